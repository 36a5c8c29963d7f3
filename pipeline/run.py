"""The sequence of stages over a corpus: read -> tokenise -> tag -> canonicalise -> amounts, dates.

Each article is processed on its own: one that cannot be read gets a row with status ``error``
and never stops the others. A run is incremental: an article whose file, model and code are
unchanged since its outputs were written is not analysed again (its ``.stamp`` says so).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, overload

from pipeline.amounts import find_amounts, in_money
from pipeline.canonical import (
    EntityIndex,
    Mention,
    canonicalize,
    canonicalize_corpus,
    spelling_key,
)
from pipeline.canonical import link_by_article as link_in_memory
from pipeline.config import ARTICLE_COLUMNS, CRF_MODEL, ROOT
from pipeline.corpus_links import DiskEntityIndex, link_by_article
from pipeline.dates import find_dates
from pipeline.doc import Amount, Article, DateMention, Span
from pipeline.engines import map_articles
from pipeline.io import (
    Fields,
    FoundFiles,
    Source,
    dump_sources,
    file_sources,
    find_article_files,
    find_url_files,
    is_dump,
    is_url,
    write_text_atomic,
)
from pipeline.read import ReadError, date_in_name, parse_article
from pipeline.scratch import scratch_db
from pipeline.tables import (
    CORPUS_TABLES,
    META_FILE,
    format_csv,
    iter_csv,
    read_csv,
    read_entities,
    write_article,
    write_corpus,
    write_entities,
    write_parquet,
)
from pipeline.taggers.base import Tagger, tag_article, untagged
from pipeline.taggers.crf import CrfTagger
from pipeline.tokenize import tokenize

if TYPE_CHECKING:
    import sqlite3

STAMP_FILE = ".stamp"
PACKAGE_DIR = Path(__file__).parent


#: The taggers a run can use, and where each looks for its model by default.
TAGGERS = ("crf", "stanza", "camelbert")


def load_tagger(kind: str, model: Path | None = None) -> Tagger:
    """Load a tagger by name; ``model`` overrides its default model path.

    Stanza and camel-tools are imported only when asked for: they are heavy, and the CRF needs
    neither.
    """
    if kind == "crf":
        return CrfTagger.load(model or CRF_MODEL)
    if kind == "stanza":
        from pipeline.taggers.stanza import STANZA_MODEL, StanzaTagger

        return StanzaTagger.load(model or STANZA_MODEL)
    if kind == "camelbert":
        from pipeline.taggers.camelbert import CamelBertTagger

        return CamelBertTagger.load(model)
    raise ValueError(f"unknown tagger {kind!r} (expected {', '.join(TAGGERS)})")


def add_tokens(article: Article) -> Article:
    """Sentences and tokens of the article body (date header and boilerplate left out)."""
    sentences, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
    return dataclasses.replace(article, sentences=sentences, tokens=tokens)


def reference_date(article: Article) -> dt.date | None:
    """The publication date, against which relative dates are resolved."""
    try:
        return dt.date.fromisoformat(article.published) if article.published else None
    except ValueError:
        return None


T = TypeVar("T", Amount, DateMention)


def _reason(exc: BaseException) -> str:
    """An exception as one short line for a ``warnings`` or ``error`` cell."""
    text = f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc) else type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _warn(article: Article, message: str) -> Article:
    return dataclasses.replace(article, warnings=[*article.warnings, message])


def _per_sentence(
    article: Article, find: Callable[[str, dt.date | None], list[T]], stage: str
) -> tuple[list[T], str | None]:
    """Run an extractor over each sentence; offsets shifted back into the article text.

    A sentence the extractor fails on is left out, and the failure returned as a warning: one
    bad sentence never costs the article.
    """
    found: list[T] = []
    failed: list[tuple[int, BaseException]] = []
    reference = reference_date(article)
    for sentence in article.sentences:
        try:
            items = find(article.text[sentence.start : sentence.end], reference)
        except Exception as exc:
            failed.append((sentence.index, exc))
            continue
        for item in items:
            found.append(
                dataclasses.replace(
                    item,
                    start=item.start + sentence.start,
                    end=item.end + sentence.start,
                    sentence=sentence.index,
                )
            )
    if not failed:
        return found, None
    index, exc = failed[0]
    more = f" and {len(failed) - 1} more" if len(failed) > 1 else ""
    return found, f"{stage} skipped in sentence {index}{more} ({_reason(exc)})"


def add_amounts(article: Article) -> Article:
    """Numbers, money, percentages, counts and ordinals of every sentence."""
    amounts, warning = _per_sentence(article, find_amounts, "amounts")
    article = dataclasses.replace(article, amounts=amounts)
    return _warn(article, warning) if warning else article


def add_dates(article: Article) -> Article:
    """Dates of every sentence, relative ones resolved against the publication date."""
    dates, warning = _per_sentence(article, find_dates, "dates")
    article = dataclasses.replace(article, dates=dates)
    return _warn(article, warning) if warning else article


def drop_amount_names(article: Article) -> Article:
    """The article without the entities that lie inside a sum of money, their tokens O.

    A currency is an amount's unit, not a name (``corpus/annotations/GUIDELINES.md``); the
    tagger still tags ريال ORG where news writes ريال مدريد, and 3 آلاف ريال is money.
    """
    if not article.entities or not any(a.kind == "money" for a in article.amounts):
        return article
    dropped = in_money([(s.start, s.end) for s in article.entities], article.amounts)
    if not any(dropped):
        return article
    entities = [s for s, out in zip(article.entities, dropped, strict=True) if not out]
    tagged = [t for t in article.tokens if t.tag != "O"]
    untag = {id(t) for t, out in zip(tagged, in_money([(t.start, t.end) for t in tagged],
                                                      article.amounts), strict=True) if out}
    tokens = [dataclasses.replace(t, tag="O") if id(t) in untag else t for t in article.tokens]
    return dataclasses.replace(article, entities=entities, tokens=tokens)


#: The kinds of amount that a name may hold as one of its words (وست هام, فرانس 24، مجموعة
#: العشرين، عبد الله الثاني); money, percentages and quantities are amounts wherever they stand.
NAMED_NUMBER_KINDS = frozenset({"number", "count", "ordinal"})


def drop_named_numbers(article: Article) -> Article:
    """The article without the numbers, counts and ordinals that are words of a name: inside
    an entity that holds more than the amount (فرانس 24، حركة خمس نجوم، الحرب العالمية
    الثانية، وست هام, where ست reads "six"). An entity that is the amount alone (60 دقيقة,
    the programme, and as often a span the tagger got wrong) leaves it.
    """
    if not article.entities or not article.amounts:
        return article
    spans = sorted((s.start, s.end) for s in article.entities)
    starts = [start for start, _ in spans]

    def named(amount: Amount) -> bool:
        at = bisect_right(starts, amount.start) - 1
        if at < 0 or amount.kind not in NAMED_NUMBER_KINDS:
            return False
        start, end = spans[at]
        return amount.end <= end and (start, end) != (amount.start, amount.end)

    kept = [a for a in article.amounts if not named(a)]
    if len(kept) == len(article.amounts):
        return article
    return dataclasses.replace(article, amounts=kept)


def _tag(article: Article, tagger: Tagger | None) -> Article:
    """Tag entities; a tagger that fails leaves the article untagged, with a warning."""
    if tagger is None:
        return untagged(article)
    try:
        return tag_article(article, tagger)
    except Exception as exc:
        return _warn(untagged(article), f"entity tagging skipped ({_reason(exc)})")


def _canonicalize(article: Article) -> Article:
    """Link names within the article; on failure every mention keeps its own spelling."""
    try:
        return canonicalize(article)
    except Exception as exc:
        entities = [dataclasses.replace(s, canonical=s.text) for s in article.entities]
        article = dataclasses.replace(article, entities=entities)
        return _warn(article, f"name linking skipped ({_reason(exc)})")


def analyse(article: Article, tagger: Tagger | None) -> Article:
    """All stages after reading, in order.

    Only tokenising can fail the article (every later stage needs its tokens); a failure in a
    later stage, or in one sentence of it, becomes a warning and the article goes on.
    """
    article = add_tokens(article)
    article = _tag(article, tagger)
    for stage in (add_amounts, drop_amount_names, drop_named_numbers, _canonicalize, add_dates):
        article = stage(article)
    return article


class ArticleRows:
    """The ``articles.csv`` rows of a run, in a table of its scratch database: each kept as the
    CSV line ``articles.csv`` gets for it, beside its id and whether it is ok. A run holds no
    row in memory, and reads them back in article-id order."""

    _HEADER = format_csv(ARTICLE_COLUMNS, [])

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._count = 0
        db.execute("CREATE TABLE article (id TEXT, ok INTEGER, line TEXT)")
        db.execute("CREATE INDEX article_order ON article (id)")

    def append(self, row: Mapping[str, object]) -> None:
        line = format_csv(ARTICLE_COLUMNS, [row]).removeprefix(self._HEADER)
        ok = row.get("status") == "ok"
        self.db.execute("INSERT INTO article VALUES (?, ?, ?)", (row["article_id"], ok, line))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def _select(self, columns: str, where: str = "") -> Iterator[tuple]:
        # Equal ids (none in a run) keep the order they came in, as a stable sort would.
        return self.db.execute(f"SELECT {columns} FROM article {where} ORDER BY id, rowid")

    def lines(self) -> Iterator[str]:
        """The CSV lines, in article-id order."""
        return (line for (line,) in self._select("line"))

    def entries(self) -> Iterator[tuple[str, str]]:
        """(article id, CSV line) pairs, in article-id order."""
        return ((aid, line) for aid, line in self._select("id, line"))

    def ids(self, ok_only: bool = False) -> Iterator[str]:
        """The article ids in order (only those of ``ok`` articles when ``ok_only``)."""
        return (aid for (aid,) in self._select("id", "WHERE ok" if ok_only else ""))

    def __iter__(self) -> Iterator[dict[str, str]]:
        """The rows as dicts of strings, in article-id order."""
        for line in self.lines():
            values = next(csv.reader(io.StringIO(line, newline="")))
            yield dict(zip(ARTICLE_COLUMNS, values, strict=True))


class WrittenRows(Sequence[dict[str, str]]):
    """The rows of a written ``articles.csv``, read from the file when asked for."""

    def __init__(self, path: Path, count: int) -> None:
        self.path, self.count = path, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter_csv(self.path)

    @overload
    def __getitem__(self, index: int) -> dict[str, str]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, str]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, str] | list[dict[str, str]]:
        if isinstance(index, slice):
            return list(self)[index]
        position = index + self.count if index < 0 else index
        if not 0 <= position < self.count:
            raise IndexError(index)
        return next(itertools.islice(self, position, None))


@dataclass(frozen=True)
class RunResult:
    """What a run did: one ``articles.csv`` row per article (read from the file), and how
    many articles were analysed."""

    metas: Sequence[dict[str, str]]
    analysed: int

    @property
    def failed(self) -> list[dict[str, str]]:
        return [meta for meta in self.metas if meta["status"] != "ok"]


def collect_inputs(paths: Iterable[Path], recursive: bool = True) -> list[Path]:
    """Article files under ``paths`` (see :func:`pipeline.io.find_article_files`)."""
    return find_article_files(paths, recursive).files


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and data: outputs are stale when it changes."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".json", ".txt"):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(data: bytes, source: Source, tagger: Tagger | None) -> str:
    model = tagger.fingerprint() if tagger else "none"
    parts = (hashlib.sha256(data).hexdigest(), source.location, model, code_fingerprint())
    if source.published:
        parts = (*parts, f"published {source.published}")
    return "\n".join(parts) + "\n"


def _shown(source: Source) -> str:
    return shown_path(Path(source.path)) if source.path is not None else source.location


def _read(source: Source, tagger: Tagger | None) -> tuple[Article, bytes, str]:
    """The article as read (an ``error`` one if it cannot be), its bytes and their stamp."""
    article = Article(id=source.id, source=_shown(source))
    try:
        data = source.data()
    except ReadError as exc:
        data = b""
        article = dataclasses.replace(article, status="error", error=str(exc))
    return article, data, _stamp(data, source, tagger)


def _written_row(directory: Path, article: Article, stamp: str) -> dict | None:
    """The ``articles.csv`` row written for the article, if its outputs are up to date."""
    stamp_path = directory / STAMP_FILE
    if (
        article.status == "ok"
        and (directory / META_FILE).is_file()
        and stamp_path.is_file()
        and stamp_path.read_text(encoding="utf-8") == stamp
    ):
        return read_csv(directory / META_FILE)[0]
    return None


def up_to_date(source: Source, out: Path, tagger: Tagger | None) -> dict | None:
    """The article's ``articles.csv`` row if its outputs are up to date, else None."""
    article, _, stamp = _read(source, tagger)
    return _written_row(out / source.id, article, stamp)


def process(source: Source, out: Path, tagger: Tagger | None) -> tuple[dict, bool]:
    """Read, analyse and write one article; returns its ``articles.csv`` row and whether it ran.

    The one per-article function every engine runs.
    """
    directory = out / source.id
    article, data, stamp = _read(source, tagger)
    row = _written_row(directory, article, stamp)
    if row is not None:
        return row, False
    if article.status == "ok":
        try:
            article = parse_article(data, article)
            # a date header first, then one given from outside, then the file name's
            if not article.published:
                article.published = source.published or date_in_name(source.id)
            article = analyse(article, tagger)
        except ReadError as exc:
            article = dataclasses.replace(article, status="error", error=str(exc))
        except Exception as exc:
            message = f"internal error: {_reason(exc)}"
            article = Article(id=source.id, source=article.source, status="error", error=message)
    write_article(directory, article)
    write_text_atomic(directory / STAMP_FILE, stamp if article.status == "ok" else "")
    return read_csv(directory / META_FILE)[0], True


def shown_path(path: Path) -> str:
    """The path as ``articles.csv`` shows it: relative to the project when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class TaggerSpec:
    """A tagger by name and model path: what a worker process loads (once) for itself."""

    kind: str = "crf"
    model: str | None = None

    def load(self) -> Tagger:
        return _cached_tagger(self.kind, self.model)


@cache
def _cached_tagger(kind: str, model: str | None) -> Tagger:
    return load_tagger(kind, Path(model) if model else None)


#: A short article every stage finds something in (a name of the gazetteer, an amount, a date).
WARM_UP_TEXT = "قال محمد بن سلمان في الرياض يوم 3 مارس 2024 إن أرامكو ربحت 5.2 مليار دولار.\n"


def warm_up(tagger: Tagger | None) -> None:
    """Load what the stages load on first use (the language data, the gazetteer, the clusters,
    the tagger's features) by analysing :data:`WARM_UP_TEXT`; nothing is kept
    but those caches, which change no output."""
    article = parse_article(WARM_UP_TEXT.encode("utf-8"), Article(id="warm-up", source=""))
    with contextlib.suppress(Exception):  # a real article reports a failure, with its name
        analyse(article, tagger)


def _load_in_worker(spec: TaggerSpec | None) -> None:
    """A worker's setup (or, for forked workers, their parent's): the tagger, then a warm-up."""
    warm_up(spec.load() if spec is not None else None)


def _process_in_worker(job: tuple[Source, str, TaggerSpec | None]) -> tuple[dict, bool]:
    source, out, spec = job
    return process(source, Path(out), spec.load() if spec else None)


@dataclass(frozen=True)
class Inputs:
    """What a run reads: its sources (lazily) and the files it left out, with the reason."""

    sources: Iterable[Source]
    skipped: list[tuple[Path | str, str]]


def find_inputs(
    paths: Sequence[Path | str],
    recursive: bool = True,
    fields: Fields | None = None,
    published: Mapping[str, str] | str = "",
) -> Inputs:
    """The sources under ``paths``: dump files (JSONL/CSV/Parquet) give their records, other
    files and folders their article files. A path given as a ``str`` may be an fsspec URL
    (``s3://bucket/ant/``), a dump or a folder alike. ``published`` is a date for every article,
    or a mapping id -> date; a date header in the text, then a record's date field, come first."""
    dumps: list[Path | str] = []
    found = FoundFiles()
    for path in (p if is_url(p) else Path(p) for p in paths):
        if is_dump(path):
            dumps.append(path)
            continue
        if isinstance(path, str):
            under = find_url_files(path, recursive)
        else:
            under = find_article_files([path], recursive)
        found.files.extend(under.files)
        found.skipped.extend(under.skipped)
    # The files as strings, each made a Source when it is taken: a run keeps the list for its
    # whole length, and a Source and a Path an article took 460 bytes (a string, 100).
    files = [str(file) for file in found.files]

    def all_sources() -> Iterator[Source]:
        taken = set()
        for source in file_sources(files):
            if dumps:
                taken.add(source.id)
            yield source
        for dump in dumps:
            for source in dump_sources(dump, fields or Fields()):
                if source.id in taken:  # an id a file (or an earlier dump) already has
                    k = 2
                    while f"{source.id}-{k}" in taken:
                        k += 1
                    source = dataclasses.replace(source, id=f"{source.id}-{k}")
                taken.add(source.id)
                yield source

    def dated(sources: Iterable[Source]) -> Iterator[Source]:
        for source in sources:
            date = published if isinstance(published, str) else published.get(source.id, "")
            if date and not source.published:
                source = dataclasses.replace(source, published=date)
            yield source

    return Inputs(sources=dated(all_sources()), skipped=found.skipped)


def run(
    paths: Sequence[Path | str],
    out: Path,
    tagger: Tagger | TaggerSpec | None,
    progress: Callable[[dict[str, str], bool], None] | None = None,
    *,
    engine: str = "serial",
    jobs: int = 1,
    scheduler: str | None = None,
    inputs: Inputs | None = None,
    formats: Sequence[str] = ("csv",),
) -> RunResult:
    """Process every article under ``paths`` (paths or fsspec URLs, see :func:`find_inputs`)
    into the folder ``out`` and write the corpus tables.

    Articles are analysed and written one by one as ``engine`` maps them (``serial``,
    ``processes`` with ``jobs`` workers, ``dask``); ``progress`` is called with each article's
    row and whether it was analysed (False: up to date). The corpus tables are built from what
    was written, in article-id order, so every engine writes the same bytes.
    """
    inputs = inputs or find_inputs(paths)
    # A run keeps nothing in memory per article: each one's row goes to a table of a scratch
    # database, and the corpus step reads the articles' files again, one at a time.
    with scratch_db(out) as db:
        rows = ArticleRows(db)
        early = EarlyEntities(out)

        def keep(row: dict[str, str]) -> None:
            rows.append(row)
            early.add(row)

        analysed = _analyse_all(inputs, out, tagger, keep, progress, engine, jobs, scheduler)
        stamp = _corpus_stamp(out, rows, formats)
        if len(rows) >= IN_MEMORY_LINKING:
            early.spans.clear()  # a few MB a corpus linked on disk can do without
        if not _corpus_up_to_date(out, stamp):
            index = link_corpus(out, lambda: rows.ids(ok_only=True), db, early.spans)
            write_corpus(out, rows.lines(), (out / aid for aid in rows.ids()), index)
            if "parquet" in formats:
                write_parquet(out)
            write_text_atomic(out / CORPUS_STAMP_FILE, stamp)
        count = len(rows)
    return RunResult(metas=WrittenRows(out / "articles.csv", count), analysed=analysed)


def _analyse_all(
    inputs: Inputs,
    out: Path,
    tagger: Tagger | TaggerSpec | None,
    keep: Callable[[dict[str, str]], None],
    progress: Callable[[dict[str, str], bool], None] | None,
    engine: str,
    jobs: int,
    scheduler: str | None,
) -> int:
    """Analyse and write every article that is not up to date, as ``engine`` maps them;
    ``keep`` gets each article's row. Returns how many were analysed."""
    analysed = 0

    def record(row: dict[str, str], ran: bool) -> None:
        nonlocal analysed
        keep(row)
        analysed += ran
        if progress:
            progress(row, ran)

    results: Iterable[tuple[dict, bool]] = ()
    if isinstance(tagger, TaggerSpec) or tagger is None:
        spec = tagger
        # Up-to-date articles are taken here until one needs analysing: only then are the
        # workers started and warmed up, so a re-run over an unchanged corpus does neither.
        sources = iter(inputs.sources)
        stale = None
        for source in sources:
            row = up_to_date(source, out, spec.load() if spec else None)
            if row is None:
                stale = source
                break
            record(row, False)
        if stale is not None:
            jobs_of = ((source, str(out), spec) for source in itertools.chain([stale], sources))
            results = map_articles(
                _process_in_worker,
                jobs_of,
                engine=engine,
                jobs=jobs,
                setup=_load_in_worker,
                setup_args=(spec,),
                scheduler=scheduler,
            )
    else:  # a loaded tagger object: this process only
        loaded = tagger
        results = (process(source, out, loaded) for source in inputs.sources)
    for row, ran in results:
        record(row, ran)
    return analysed


#: The corpus step's stamp: the corpus tables were built from exactly these articles.
CORPUS_STAMP_FILE = ".corpus-stamp"


def _corpus_stamp(out: Path, rows: ArticleRows, formats: Sequence[str]) -> str:
    """A hash of every article's row and stamp, the code and the formats: when it is unchanged
    the corpus tables (linking across articles included) are too, and a re-run skips them."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(",".join(sorted(formats)).encode())
    for article_id, line in rows.entries():
        digest.update(line.encode())
        article_stamp = out / article_id / STAMP_FILE
        digest.update(article_stamp.read_bytes() if article_stamp.is_file() else b"-")
    return digest.hexdigest() + "\n"


def _corpus_up_to_date(out: Path, stamp: str) -> bool:
    path = out / CORPUS_STAMP_FILE
    tables = ("articles.csv", "entity_index.csv", *CORPUS_TABLES)
    return (
        path.is_file()
        and path.read_text(encoding="utf-8") == stamp
        and all((out / name).is_file() for name in tables)
    )


def link_articles(articles: Sequence[Article]) -> list[Article]:
    """The articles with entity names linked across all of them."""
    return canonicalize_corpus(articles)


#: Corpora of fewer articles are linked in memory (the same names and index rows as on disk,
#: tests check; about 4 KB an article): the scratch database's inserts made the corpus step of
#: 1,000 articles 1.2 s slower, time the other processes of ``--jobs N`` wait for.
IN_MEMORY_LINKING = 5_000


#: How many articles' entity spans :class:`EarlyEntities` keeps (about 4 KB an article).
EARLY_ENTITIES = 2_000


class EarlyEntities:
    """The entity spans of the first :data:`EARLY_ENTITIES` articles, each read as its row
    comes back: while the workers of ``--jobs N`` go on, this process has nothing else to do,
    and the corpus step after them (which every other process waits for) then reads fewer
    files. A run of a corpus linked on disk drops them first."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.spans: dict[str, list[Span]] = {}

    def add(self, row: Mapping[str, object]) -> None:
        if len(self.spans) >= EARLY_ENTITIES or row.get("status") != "ok":
            return
        article_id = str(row["article_id"])
        spans = read_entities(self.out / article_id)
        self.spans[article_id] = spans
        for span in spans:  # the linking's spelling caches, filled now rather than later
            spelling_key(span.text)


def link_corpus(
    out: Path,
    ids: Callable[[], Iterable[str]],
    db: sqlite3.Connection,
    early: Mapping[str, list[Span]] | None = None,
) -> Iterator[dict[str, object]]:
    """Link entity names across the articles of a run: one ``canonical`` for every spelling.

    The per-article ``entities.csv`` files are rewritten with the corpus-wide names; returns the
    rows of ``entity_index.csv``, each made as it is written (while ``db`` is open). ``ids()``
    gives the articles' ids, the same each time it is called. Each file is read once per pass
    of the linking, one article at a time, and what links across articles is kept in the
    scratch database ``db``: memory does not grow with the corpus. A corpus linked in memory
    takes the spans already read in ``early`` (:class:`EarlyEntities`) and reads the rest.
    """
    early = early if early is not None else {}

    def articles() -> Iterator[tuple[tuple[str, list[Span]], list[Mention]]]:
        for article_id in ids():
            spans = early.get(article_id)
            if spans is None:
                spans = read_entities(out / article_id)
            mentions = [Mention(article_id, s.sentence, s.start, s.text, s.label) for s in spans]
            yield (article_id, spans), mentions

    if sum(1 for _ in ids()) < IN_MEMORY_LINKING:
        index: EntityIndex | DiskEntityIndex = EntityIndex()
        read = list(articles())  # each file read once, not once per pass
        links = link_in_memory(lambda: read)
    else:
        index, links = DiskEntityIndex(db), link_by_article(articles, db)
    for (article_id, spans), names in links:
        linked = [dataclasses.replace(s, canonical=n) for s, n in zip(spans, names, strict=True)]
        if linked != spans:
            write_entities(out / article_id, Article(id=article_id, source="", entities=linked))
        index.add(article_id, linked)
    return index.iter_rows()
