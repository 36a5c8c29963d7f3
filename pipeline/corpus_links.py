"""Names linked across a whole corpus in bounded memory: the state of :mod:`pipeline.canonical`
that grows with the corpus, kept in a scratch database (:mod:`pipeline.scratch`).

That state is the parse of every distinct spelling (with the evidence for bare clitics), what
links across articles (:class:`pipeline.canonical._CorpusSummary`) and the entity index. Here
each lives in a table instead of a dict; the rules are canonical's and run by the same code
(:func:`pipeline.canonical.link_with`), so the names and the ``entity_index.csv`` rows are
those of :func:`pipeline.canonical.link` and :func:`pipeline.canonical.entity_index`.

SQLite orders text by its UTF-8 bytes, which is Python's order of ``str`` (by code point): its
``ORDER BY`` sorts rows as ``sorted`` would.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from pipeline.canonical import (
    LIST_SEPARATOR,
    Anchor,
    Gazetteer,
    Mention,
    Position,
    _clean,
    _compact,
    _CorpusSummary,
    _Evidence,
    _fold,
    _GazetteerIndex,
    _parse,
    _Parsed,
    _Root,
    display_name,
    gazetteer_index,
    link_with,
    listed_keys,
    root_anchor,
)
from pipeline.doc import Span

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")
#: Spellings whose parse :class:`_DiskParses` keeps in memory (a few MB).
_RECENT_SPELLINGS = 1 << 14


def _key(text: str) -> str:
    """The key a spelling gives as evidence for bare clitics (clitics not stripped)."""
    return _fold(_clean(text)[0])


def link_by_article(
    articles: Callable[[], Iterable[tuple[T, Sequence[Mention]]]],
    db: sqlite3.Connection,
    gazetteer: Gazetteer | None = None,
) -> Iterator[tuple[T, list[str]]]:
    """:func:`pipeline.canonical.link_by_article` with its corpus-wide state in ``db`` (a new
    scratch database): memory holds one article's mentions at a time, whatever the corpus."""
    index = gazetteer_index(gazetteer)
    parses = _DiskParses(db, (m.text for _, mentions in articles() for m in mentions), index)
    yield from link_with(articles, index, parses, _DiskSummary(db))


class _Column(Container[str]):
    """A one-column table of distinct strings, asked whether it holds one."""

    def __init__(self, db: sqlite3.Connection, table: str) -> None:
        self.db, self.table = db, table
        db.execute(f"CREATE TABLE {table} (value TEXT PRIMARY KEY) WITHOUT ROWID")

    def add(self, values: Iterable[str]) -> None:
        query = f"INSERT OR IGNORE INTO {self.table} VALUES (?)"
        self.db.executemany(query, ((value,) for value in values))

    def __iter__(self) -> Iterator[str]:
        return (value for (value,) in self.db.execute(f"SELECT value FROM {self.table}"))

    def __contains__(self, value: object) -> bool:
        query = f"SELECT 1 FROM {self.table} WHERE value = ?"
        return self.db.execute(query, (value,)).fetchone() is not None


class _DiskParses(Mapping[str, tuple[str, str]]):
    """The display spelling and key of each distinct spelling of a corpus (canonical's
    ``_parses``): a bare clitic is stripped on the evidence of all of them."""

    def __init__(
        self, db: sqlite3.Connection, spellings: Iterable[str], index: _GazetteerIndex
    ) -> None:
        self.db = db
        texts, phrases, words = _Column(db, "spelling"), _Column(db, "phrase"), _Column(db, "word")
        db.execute(
            "CREATE TABLE parse (text TEXT PRIMARY KEY, display TEXT, key TEXT) WITHOUT ROWID"
        )
        texts.add(spellings)
        phrases.add(_compact(_key(text)) for text in texts)
        words.add(word for text in texts for word in _key(text).split())
        evidence = _Evidence(
            phrases=phrases, words=words, gazetteer=index.keys() | listed_keys()
        )
        db.executemany(
            "INSERT INTO parse VALUES (?, ?, ?)",
            ((text, *_parse(text, evidence)) for text in texts),
        )
        # Names recur across articles: the last ones asked for are kept, up to a bound.
        self._recent: dict[str, tuple[str, str]] = {}

    def __getitem__(self, text: str) -> tuple[str, str]:
        found = self._recent.get(text)
        if found is None:
            query = "SELECT display, key FROM parse WHERE text = ?"
            found = self.db.execute(query, (text,)).fetchone()
            if found is None:
                raise KeyError(text)
            if len(self._recent) >= _RECENT_SPELLINGS:
                self._recent.clear()
            self._recent[text] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return (text for (text,) in self.db.execute("SELECT text FROM parse"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM parse").fetchone()[0]


class _DiskSummary:
    """:class:`pipeline.canonical._CorpusSummary` in tables: ``fit`` (label, short form ->
    anchor, NULL when several), ``display`` (root, display -> mentions, first position), then
    ``member`` (each root's entity) and ``name`` (each root's canonical name).

    Each article is summed up in memory first, as the in-memory summary does it, then merged
    into the tables: what the merge keeps (the one anchor of a short form, the count and first
    position of a display) does not depend on the order of the articles.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.execute(
            "CREATE TABLE fit (label TEXT, form TEXT, kind TEXT, anchor TEXT,"
            " PRIMARY KEY (label, form)) WITHOUT ROWID"
        )
        db.execute(
            "CREATE TABLE display (label TEXT, key TEXT, display TEXT, count INTEGER,"
            " article_id TEXT, start INTEGER, sentence INTEGER, text TEXT, text_label TEXT,"
            " PRIMARY KEY (label, key, display)) WITHOUT ROWID"
        )
        db.execute("CREATE TABLE member (kind TEXT, anchor TEXT, label TEXT, key TEXT)")
        db.execute(
            "CREATE TABLE name (label TEXT, key TEXT, name TEXT, PRIMARY KEY (label, key))"
            " WITHOUT ROWID"
        )

    def add(self, parsed: Sequence[_Parsed], roots: Sequence[int]) -> None:
        """Add one article's mentions (in canonical's position order) and their roots."""
        article = _CorpusSummary()
        article.add(parsed, roots)
        # A short form that another article fits to another entity (or to several) fits none.
        self.db.executemany(
            "INSERT INTO fit VALUES (?, ?, ?, ?) ON CONFLICT (label, form) DO UPDATE"
            " SET kind = NULL, anchor = NULL"
            " WHERE kind IS NOT excluded.kind OR anchor IS NOT excluded.anchor",
            (
                (label, " ".join(form), *(fitted or (None, None)))
                for (label, form), fitted in article.fits.items()
            ),
        )
        displays = [  # (label, key, display, count, *first position)
            (label, key, display, count, *first)
            for (label, key), counts in article.displays.items()
            for display, (count, first) in counts.items()
        ]
        self.db.executemany(
            "INSERT INTO display VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (label, key, display) DO UPDATE SET count = count + excluded.count",
            displays,
        )
        # The first position, compared as Python compares tuples (SQLite's row values).
        self.db.executemany(
            "UPDATE display SET (article_id, start, sentence, text, text_label) = (?, ?, ?, ?, ?)"
            " WHERE label = ? AND key = ? AND display = ?"
            " AND (article_id, start, sentence, text, text_label) > (?, ?, ?, ?, ?)",
            ((*row[4:], *row[:3], *row[4:]) for row in displays),
        )

    def _fit(self, short: tuple[str, tuple[str, ...]]) -> Anchor | None:
        """The one entity the full names a (label, short form) shortens stand for, or None."""
        label, form = short
        query = "SELECT kind, anchor FROM fit WHERE label = ? AND form = ?"
        found = self.db.execute(query, (label, " ".join(form))).fetchone()
        return (found[0], found[1]) if found and found[0] is not None else None

    def _displays(self, root: _Root) -> dict[str, tuple[int, Position]]:
        query = (
            "SELECT display, count, article_id, start, sentence, text, text_label FROM display"
            " WHERE label = ? AND key = ?"
        )
        return {row[0]: (row[1], tuple(row[2:])) for row in self.db.execute(query, root)}

    def names(self, index: _GazetteerIndex) -> Mapping[_Root, str]:
        """The canonical name of every root: the display name of its (entity, label) group,
        each group read from the tables in turn."""
        roots = self.db.execute("SELECT DISTINCT label, key FROM display")
        self.db.executemany(
            "INSERT INTO member VALUES (?, ?, ?, ?)",
            ((*root_anchor(root, index, self._fit), *root) for root in roots),
        )
        self.db.executemany("INSERT INTO name VALUES (?, ?, ?)", self._named_roots())
        return _Names(self.db)

    def _named_roots(self) -> Iterator[tuple[str, str, str]]:
        """(label, key, name) of every root, one (entity, label) group of roots at a time."""
        members = self.db.execute(
            "SELECT kind, anchor, label, key FROM member ORDER BY kind, anchor, label, key"
        )
        for (kind, entity, _), group in itertools.groupby(members, key=lambda row: row[:3]):
            roots = [(label, key) for *_, label, key in group]
            if kind == "gazetteer":
                name = entity
            else:
                merged: dict[str, tuple[int, Position]] = {}
                for root in roots:
                    for display, (count, first) in self._displays(root).items():
                        total, earliest = merged.get(display, (0, first))
                        merged[display] = (total + count, min(earliest, first))
                name = display_name(merged)
            yield from ((*root, name) for root in roots)


class _Names(Mapping[_Root, str]):
    """The ``name`` table: the canonical name of each root."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __getitem__(self, root: _Root) -> str:
        query = "SELECT name FROM name WHERE label = ? AND key = ?"
        found = self.db.execute(query, root).fetchone()
        if found is None:
            raise KeyError(root)
        return found[0]

    def __iter__(self) -> Iterator[_Root]:
        return ((label, key) for label, key in self.db.execute("SELECT label, key FROM name"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM name").fetchone()[0]


class DiskEntityIndex:
    """:class:`pipeline.canonical.EntityIndex` in the tables ``variant`` (entity, spelling ->
    mentions) and ``found`` (entity, article): added one article at a time, its rows made as
    they are asked for."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.execute(
            "CREATE TABLE variant (canonical TEXT, label TEXT, text TEXT, count INTEGER,"
            " PRIMARY KEY (canonical, label, text)) WITHOUT ROWID"
        )
        db.execute(
            "CREATE TABLE found (canonical TEXT, label TEXT, article_id TEXT,"
            " PRIMARY KEY (canonical, label, article_id)) WITHOUT ROWID"
        )

    def add(self, article_id: str, spans: Iterable[Span]) -> None:
        counts = Counter((span.canonical, span.label, span.text) for span in spans)
        self.db.executemany(
            "INSERT INTO variant VALUES (?, ?, ?, ?) ON CONFLICT (canonical, label, text)"
            " DO UPDATE SET count = count + excluded.count",
            ((*variant, count) for variant, count in counts.items()),
        )
        entities = dict.fromkeys((canonical, label) for canonical, label, _ in counts)
        self.db.executemany(
            "INSERT OR IGNORE INTO found VALUES (?, ?, ?)",
            ((*entity, article_id) for entity in entities),
        )

    def iter_rows(self) -> Iterator[dict[str, object]]:
        """One row per (canonical, label), most mentioned first, as
        :meth:`pipeline.canonical.EntityIndex.iter_rows` makes them."""
        entities = self.db.execute(
            "SELECT canonical, label, SUM(count) AS mentions FROM variant"
            " GROUP BY canonical, label ORDER BY mentions DESC, canonical, label"
        )
        for canonical, label, mentions in entities:
            entity = (canonical, label)
            variants = self.db.execute(
                "SELECT text FROM variant WHERE canonical = ? AND label = ?"
                " ORDER BY count DESC, text",
                entity,
            )
            article_ids = self.db.execute(
                "SELECT article_id FROM found WHERE canonical = ? AND label = ?"
                " ORDER BY article_id",
                entity,
            )
            ids = [article_id for (article_id,) in article_ids]
            yield {
                "canonical": canonical,
                "label": label,
                "mentions": mentions,
                "articles": len(ids),
                "variants": LIST_SEPARATOR.join(text for (text,) in variants),
                "article_ids": LIST_SEPARATOR.join(ids),
            }
