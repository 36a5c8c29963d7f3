"""The sequence of stages over a corpus: read -> tokenise -> tag -> canonicalise -> amounts, dates.

Each article is processed on its own: one that cannot be read gets a row with status ``error``
and never stops the others. A run is incremental: an article whose file, model and code are
unchanged since its outputs were written is not analysed again (its ``.stamp`` says so).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from pipeline.amounts import find_amounts
from pipeline.canonical import canonicalize, canonicalize_corpus, entity_index
from pipeline.config import CRF_MODEL, ROOT
from pipeline.dates import find_dates
from pipeline.doc import Amount, Article, DateMention
from pipeline.io import write_text_atomic
from pipeline.read import ReadError, parse_article
from pipeline.tables import (
    META_FILE,
    read_csv,
    read_entities,
    write_article,
    write_corpus,
    write_entities,
)
from pipeline.taggers.base import Tagger, tag_article, untagged
from pipeline.taggers.crf import CrfTagger
from pipeline.tokenize import tokenize

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


def _per_sentence(article: Article, find: Callable[[str, dt.date | None], list[T]]) -> list[T]:
    """Run an extractor over each sentence; offsets shifted back into the article text."""
    found: list[T] = []
    reference = reference_date(article)
    for sentence in article.sentences:
        for item in find(article.text[sentence.start : sentence.end], reference):
            found.append(
                dataclasses.replace(
                    item,
                    start=item.start + sentence.start,
                    end=item.end + sentence.start,
                    sentence=sentence.index,
                )
            )
    return found


def add_amounts(article: Article) -> Article:
    """Numbers, money, percentages, counts and ordinals of every sentence."""
    return dataclasses.replace(article, amounts=_per_sentence(article, find_amounts))


def add_dates(article: Article) -> Article:
    """Dates of every sentence, relative ones resolved against the publication date."""
    return dataclasses.replace(article, dates=_per_sentence(article, find_dates))


def analyse(article: Article, tagger: Tagger | None) -> Article:
    """All stages after reading, in order."""
    article = add_tokens(article)
    article = tag_article(article, tagger) if tagger else untagged(article)
    for stage in (canonicalize, add_amounts, add_dates):
        article = stage(article)
    return article


@dataclass(frozen=True)
class RunResult:
    """What a run did: one ``articles.csv`` row per article, and how many were analysed."""

    metas: list[dict[str, str]]
    analysed: int

    @property
    def failed(self) -> list[dict[str, str]]:
        return [meta for meta in self.metas if meta["status"] != "ok"]


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Article files: given files as they are, folders' visible files in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            )
        else:
            files.append(path)
    return files


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and data: outputs are stale when it changes."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".json", ".txt"):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(data: bytes, source: str, tagger: Tagger | None) -> str:
    model = tagger.fingerprint() if tagger else "none"
    parts = (hashlib.sha256(data).hexdigest(), source, model, code_fingerprint())
    return "\n".join(parts) + "\n"


def process(path: Path, article_id: str, out: Path, tagger: Tagger | None) -> tuple[dict, bool]:
    """Read, analyse and write one article; returns its ``articles.csv`` row and whether it ran."""
    directory = out / article_id
    article = Article(id=article_id, source=shown_path(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        data = b""
        article = dataclasses.replace(article, status="error", error=f"cannot read: {exc.strerror}")
    stamp = _stamp(data, str(path), tagger)
    stamp_path = directory / STAMP_FILE
    if (
        article.status == "ok"
        and (directory / META_FILE).is_file()
        and stamp_path.is_file()
        and stamp_path.read_text(encoding="utf-8") == stamp
    ):
        return read_csv(directory / META_FILE)[0], False
    if article.status == "ok":
        try:
            article = analyse(parse_article(data, article), tagger)
        except ReadError as exc:
            article = dataclasses.replace(article, status="error", error=str(exc))
        except Exception as exc:
            message = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
            article = Article(id=article_id, source=article.source, status="error", error=message)
    write_article(directory, article)
    write_text_atomic(stamp_path, stamp if article.status == "ok" else "")
    return read_csv(directory / META_FILE)[0], True


def shown_path(path: Path) -> str:
    """The path as ``articles.csv`` shows it: relative to the project when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def article_ids(files: Sequence[Path]) -> list[str]:
    """One id per file: its stem, with ``-2``, ``-3`` ... added when two files share a stem."""
    seen: dict[str, int] = {}
    ids = []
    for path in files:
        stem = path.stem or path.name
        seen[stem] = seen.get(stem, 0) + 1
        ids.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return ids


def run(
    paths: Sequence[Path],
    out: Path,
    tagger: Tagger | None,
    progress: Callable[[str], None] | None = None,
) -> RunResult:
    """Process every article under ``paths`` into ``out`` and write the corpus tables."""
    files = collect_inputs(paths)
    metas = []
    analysed = 0
    for path, article_id in zip(files, article_ids(files), strict=True):
        meta, ran = process(path, article_id, out, tagger)
        metas.append(meta)
        analysed += ran
        if progress:
            status = meta["status"] if meta["status"] == "ok" else f"error: {meta['error']}"
            progress(f"{path}: {status}{'' if ran else ' (up to date)'}")
    order = sorted(range(len(metas)), key=lambda i: metas[i]["article_id"])
    metas = [metas[i] for i in order]
    index = link_corpus(out, [m["article_id"] for m in metas if m["status"] == "ok"])
    write_corpus(out, metas, [out / meta["article_id"] for meta in metas], index)
    return RunResult(metas=metas, analysed=analysed)


def link_articles(articles: Sequence[Article]) -> list[Article]:
    """The articles with entity names linked across all of them."""
    return canonicalize_corpus(articles)


def link_corpus(out: Path, ids: Sequence[str]) -> list[dict[str, object]]:
    """Link entity names across the articles of a run: one ``canonical`` for every spelling.

    The per-article ``entities.csv`` files are rewritten with the corpus-wide names; returns the
    rows of ``entity_index.csv``.
    """
    articles = [Article(id=i, source="", entities=read_entities(out / i)) for i in ids]
    linked = link_articles(articles)
    for before, after in zip(articles, linked, strict=True):
        if before.entities != after.entities:
            write_entities(out / after.id, after)
    return entity_index(linked)
