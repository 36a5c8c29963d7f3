"""What a run changed in the entity tables: mentions added, removed and relabelled since the
previous run into the same folder, in one line.

After retraining, this is where a user sees the corrections applied. Each run leaves a snapshot
of its entities (``<out>/.entities-previous.tsv``: article id, start, end, label), so that the
next run can compare without keeping the old tables. A mention is the same when its article and
offsets are; a changed label is a relabelling, changed offsets are a removal and an addition.

>>> before = {("a", 0, 4): "ORG", ("a", 10, 14): "PER"}
>>> after = {("a", 0, 4): "LOC", ("a", 20, 25): "PER"}
>>> compare(before, after).line()
'entities since the previous run: 1 added, 1 removed, 1 relabelled (in 1 article)'
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import CSV_ENCODING
from pipeline.io import write_text_atomic

#: The snapshot of the last run's entities, beside its tables.
SNAPSHOT_FILE = ".entities-previous.tsv"
#: Where a mention is: (article id, start, end).
Key = tuple[str, int, int]
#: A mention: (article id, start, end) -> label.
Mentions = dict[Key, str]


@dataclass(frozen=True)
class EntityChanges:
    """Counts of what changed between two runs' entity tables."""

    added: int
    removed: int
    relabelled: int
    articles: int
    total: int
    first_run: bool = False

    def line(self) -> str:
        """The one-line summary a run prints."""
        if self.first_run:
            return f"entities: {self.total} (no previous run in this folder to compare with)"
        if not (self.added or self.removed or self.relabelled):
            return "entities since the previous run: unchanged"
        plural = "" if self.articles == 1 else "s"
        return (
            f"entities since the previous run: {self.added} added, {self.removed} removed, "
            f"{self.relabelled} relabelled (in {self.articles} article{plural})"
        )


def compare(before: Mentions, after: Mentions) -> EntityChanges:
    """What changed from ``before`` to ``after``."""
    added = after.keys() - before.keys()
    removed = before.keys() - after.keys()
    relabelled = {k for k in after.keys() & before.keys() if after[k] != before[k]}
    articles = {k[0] for k in added | removed | relabelled}
    return EntityChanges(len(added), len(removed), len(relabelled), len(articles), len(after))


def _entity_rows(entities_csv: Path) -> Iterator[tuple[Key, str]]:
    """The mentions of a corpus ``entities.csv`` in file order (none when there is none)."""
    if not entities_csv.is_file():
        return
    with entities_csv.open(encoding=CSV_ENCODING, newline="") as handle:
        for row in csv.DictReader(handle):
            yield (row["article_id"], int(row["start"]), int(row["end"])), row["label"]


def read_mentions(entities_csv: Path) -> Mentions:
    """The mentions of a corpus ``entities.csv`` (empty when there is none)."""
    return dict(_entity_rows(entities_csv))


def _snapshot_rows(path: Path) -> Iterator[tuple[Key, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4 and fields[1].isdigit() and fields[2].isdigit():
                yield (fields[0], int(fields[1]), int(fields[2])), fields[3]


def _read_snapshot(path: Path) -> Mentions | None:
    return dict(_snapshot_rows(path)) if path.is_file() else None


def _format_snapshot(mentions: Mentions) -> str:
    return "".join(f"{a}\t{s}\t{e}\t{mentions[(a, s, e)]}\n" for a, s, e in sorted(mentions))


class _Unsorted(Exception):
    """A table not in (article id, start, end) order: it cannot be compared as a stream."""


def _in_order(rows: Iterable[tuple[Key, str]]) -> Iterator[tuple[Key, str]]:
    previous: Key | None = None
    for key, label in rows:
        if previous is not None and key <= previous:
            raise _Unsorted
        previous = key
        yield key, label


def _merge(before: Iterable[tuple[Key, str]], after: Iterable[tuple[Key, str]]) -> EntityChanges:
    """:func:`compare` of two tables in (article id, start, end) order, read as streams: memory
    holds the ids of the changed articles only."""
    added = removed = relabelled = total = 0
    articles: set[str] = set()
    old, new = iter(before), iter(after)
    a, b = next(old, None), next(new, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            removed += 1
            articles.add(a[0][0])
            a = next(old, None)
            continue
        total += 1
        if a is None or b[0] < a[0]:
            added += 1
            articles.add(b[0][0])
        else:
            if a[1] != b[1]:
                relabelled += 1
                articles.add(b[0][0])
            a = next(old, None)
        b = next(new, None)
    return EntityChanges(added, removed, relabelled, len(articles), total)


def record_changes(out: Path) -> EntityChanges:
    """Compare a finished run's ``entities.csv`` with the previous run's snapshot, and leave
    this run's snapshot for the next one.

    The corpus table is in article-id and offset order, as the snapshot is: both are read as
    streams (a 40,000-article corpus has 600,000 mentions), and the new snapshot is written as
    the table is read. A table in another order is compared in memory.
    """
    entities, snapshot = out / "entities.csv", out / SNAPSHOT_FILE
    tmp = snapshot.with_name(f".{snapshot.name}.tmp{os.getpid()}")
    first_run = not snapshot.is_file()

    def written(rows: Iterable[tuple[Key, str]]) -> Iterator[tuple[Key, str]]:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            for (article, start, end), label in rows:
                handle.write(f"{article}\t{start}\t{end}\t{label}\n")
                yield (article, start, end), label

    rows = written(_in_order(_entity_rows(entities)))
    try:
        changes = _merge(() if first_run else _in_order(_snapshot_rows(snapshot)), rows)
    except _Unsorted:
        rows.close()
        after = read_mentions(entities)
        old = _read_snapshot(snapshot)
        write_text_atomic(tmp, _format_snapshot(after))
        changes = compare(old or {}, after)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, snapshot)
    if first_run:
        return EntityChanges(0, 0, 0, 0, changes.total, first_run=True)
    return changes
