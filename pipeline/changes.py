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
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import CSV_ENCODING
from pipeline.io import write_text_atomic

#: The snapshot of the last run's entities, beside its tables.
SNAPSHOT_FILE = ".entities-previous.tsv"
#: A mention: (article id, start, end) -> label.
Mentions = dict[tuple[str, int, int], str]


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


def read_mentions(entities_csv: Path) -> Mentions:
    """The mentions of a corpus ``entities.csv`` (empty when there is none)."""
    if not entities_csv.is_file():
        return {}
    with entities_csv.open(encoding=CSV_ENCODING, newline="") as handle:
        return {
            (row["article_id"], int(row["start"]), int(row["end"])): row["label"]
            for row in csv.DictReader(handle)
        }


def _read_snapshot(path: Path) -> Mentions | None:
    if not path.is_file():
        return None
    mentions: Mentions = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 4 and fields[1].isdigit() and fields[2].isdigit():
            mentions[(fields[0], int(fields[1]), int(fields[2]))] = fields[3]
    return mentions


def _format_snapshot(mentions: Mentions) -> str:
    return "".join(f"{a}\t{s}\t{e}\t{mentions[(a, s, e)]}\n" for a, s, e in sorted(mentions))


def record_changes(out: Path) -> EntityChanges:
    """Compare a finished run's ``entities.csv`` with the previous run's snapshot, and leave
    this run's snapshot for the next one."""
    after = read_mentions(out / "entities.csv")
    before = _read_snapshot(out / SNAPSHOT_FILE)
    write_text_atomic(out / SNAPSHOT_FILE, _format_snapshot(after))
    if before is None:
        return EntityChanges(0, 0, 0, 0, len(after), first_run=True)
    return compare(before, after)
