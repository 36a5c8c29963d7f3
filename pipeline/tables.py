"""Article -> CSV rows, and the per-article and corpus-wide tables, written atomically.

CSV files are UTF-8 with a BOM (Excel then shows Arabic); read them with
``pandas.read_csv(path, encoding="utf-8-sig", keep_default_na=False)``. ``text.txt`` is plain
UTF-8 without a BOM: it is the text every ``start``/``end`` offset indexes.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO

from pipeline.config import (
    AMOUNT_COLUMNS,
    ARTICLE_COLUMNS,
    CSV_ENCODING,
    DATE_COLUMNS,
    ENTITY_COLUMNS,
    ENTITY_INDEX_COLUMNS,
    TOKEN_COLUMNS,
)
from pipeline.doc import Article, Span
from pipeline.io import write_text_atomic
from pipeline.numbers import format_decimal

Row = Mapping[str, object]

#: Per-article table file names and their columns.
ARTICLE_TABLES = {
    "tokens.csv": TOKEN_COLUMNS,
    "entities.csv": ENTITY_COLUMNS,
    "amounts.csv": AMOUNT_COLUMNS,
    "dates.csv": DATE_COLUMNS,
}
#: Corpus-wide tables that concatenate the per-article ones.
CORPUS_TABLES = ("entities.csv", "amounts.csv", "dates.csv")
META_FILE = "article.csv"
TEXT_FILE = "text.txt"


def _value(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value)


def article_rows(article: Article) -> dict[str, list[dict[str, object]]]:
    """The rows of each per-article table."""
    return {
        name: [dict(zip(ARTICLE_TABLES[name], values, strict=True)) for values in rows]
        for name, rows in article_values(article).items()
    }


def article_values(article: Article) -> dict[str, list[tuple[object, ...]]]:
    """The rows of each per-article table as values in the order of its columns
    (:data:`ARTICLE_TABLES`): what the tables are written from, a row a token."""
    aid = article.id
    return {
        "tokens.csv": [
            (aid, t.sentence, t.index, t.start, t.end, t.text, t.norm, t.tag)
            for t in article.tokens
        ],
        "entities.csv": [
            (
                aid, e.sentence, e.start, e.end, e.text, e.label, e.canonical,
                "" if e.confidence is None else f"{e.confidence:.4f}",
            )
            for e in article.entities
        ],
        "amounts.csv": [
            (
                aid, a.sentence, a.start, a.end, a.text, a.kind, _value(a.value),
                _value(a.value_max), a.unit, a.currency, a.currency_source, a.qualifier,
            )
            for a in article.amounts
        ],
        "dates.csv": [
            (
                aid, d.sentence, d.start, d.end, d.text, d.date, d.precision,
                "true" if d.relative else "false", d.hijri, d.modifier,
            )
            for d in article.dates
        ],
    }


def article_meta(article: Article) -> dict[str, object]:
    """The article's row of ``articles.csv``."""
    return {
        "article_id": article.id,
        "source": article.source,
        "encoding": article.encoding,
        "title": article.title,
        "published": article.published,
        "n_sentences": len(article.sentences),
        "n_tokens": len(article.tokens),
        "n_entities": len(article.entities),
        "n_amounts": len(article.amounts),
        "n_dates": len(article.dates),
        "boilerplate_start": article.boilerplate_start if article.text else "",
        "status": article.status,
        "error": article.error,
        "warnings": "; ".join(article.warnings),
    }


def format_csv(columns: Sequence[str], rows: Iterable[Row]) -> str:
    """CSV text with a header; fields quoted only where needed, ``\\n`` line ends."""
    # csv.writer over lists: what DictWriter writes, without its per-row check of the keys
    # (a tenth of the time of writing an article's tables).
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row.get(column, "") for column in columns] for row in rows)
    return buffer.getvalue()


def format_values(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """:func:`format_csv` of rows given as values in the columns' order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> None:
    """Write one table atomically, UTF-8 with a BOM."""
    write_text_atomic(path, format_csv(columns, rows), encoding=CSV_ENCODING)


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a table written by :func:`write_csv` (all values as strings).

    A field may be longer than the ``csv`` module's default limit (131,072 characters): the
    ``article_ids`` of a name found in 20,000 articles of an archive.
    """
    return list(iter_csv(path))


def iter_csv(path: Path) -> Iterator[dict[str, str]]:
    """The rows of :func:`read_csv`, read one at a time."""
    if csv.field_size_limit() < _LONGEST_FIELD:
        csv.field_size_limit(_LONGEST_FIELD)
    with path.open(encoding=CSV_ENCODING, newline="") as handle:
        yield from csv.DictReader(handle)


#: The longest field :func:`read_csv` reads (2**31 - 1, the largest the csv module takes).
_LONGEST_FIELD = 2**31 - 1


def read_entities(directory: Path) -> list[Span]:
    """The entity spans of an article's ``entities.csv``."""
    return [
        Span(
            start=int(row["start"]),
            end=int(row["end"]),
            text=row["text"],
            label=row["label"],
            sentence=int(row["sentence"]),
            canonical=row["canonical"],
            confidence=float(row["confidence"]) if row.get("confidence") else None,
        )
        for row in read_csv(directory / "entities.csv")
    ]


def write_entities(directory: Path, article: Article) -> None:
    """Rewrite an article's ``entities.csv`` (after names were linked across the corpus)."""
    rows = article_values(article)["entities.csv"]
    write_text_atomic(
        directory / "entities.csv", format_values(ENTITY_COLUMNS, rows), encoding=CSV_ENCODING
    )


def write_article(directory: Path, article: Article) -> None:
    """Write ``text.txt``, the four tables and the article's own ``article.csv`` row."""
    write_text_atomic(directory / TEXT_FILE, article.text)
    for name, rows in article_values(article).items():
        text = format_values(ARTICLE_TABLES[name], rows)
        write_text_atomic(directory / name, text, encoding=CSV_ENCODING)
    write_csv(directory / META_FILE, ARTICLE_COLUMNS, [article_meta(article)])


def _append_rows(target: IO[bytes], path: Path) -> None:
    """Copy a per-article table's rows (its header and BOM left out) onto ``target``."""
    with path.open("rb") as handle:
        handle.readline()
        shutil.copyfileobj(handle, target)


@contextmanager
def _replacing(path: Path) -> Iterator[IO[bytes]]:
    """A temporary file that replaces ``path`` once written: never a half table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with tmp.open("wb") as target:
            yield target
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


def write_corpus(
    out: Path, meta_lines: Iterable[str], article_dirs: Iterable[Path], index: Iterable[Row]
) -> None:
    """Write ``articles.csv`` (its rows given as CSV lines, in order), ``entity_index.csv`` and
    the corpus-wide tables.

    Every table is streamed to its file, and the corpus tables are the per-article files
    concatenated byte for byte, in one pass over the articles: memory does not grow with the
    corpus, and they hold exactly what the article folders hold.
    """
    with _replacing(out / "articles.csv") as target:
        target.write(format_csv(ARTICLE_COLUMNS, []).encode(CSV_ENCODING))
        for line in meta_lines:
            target.write(line.encode("utf-8"))
    with _replacing(out / "entity_index.csv") as target:
        text = io.TextIOWrapper(target, encoding=CSV_ENCODING, newline="")
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(ENTITY_INDEX_COLUMNS)
        writer.writerows([row.get(column, "") for column in ENTITY_INDEX_COLUMNS] for row in index)
        text.flush()
        text.detach()
    with ExitStack() as stack:
        targets = [stack.enter_context(_replacing(out / name)) for name in CORPUS_TABLES]
        for name, target in zip(CORPUS_TABLES, targets, strict=True):
            target.write(format_csv(ARTICLE_TABLES[name], []).encode(CSV_ENCODING))
        for directory in article_dirs:
            for name, target in zip(CORPUS_TABLES, targets, strict=True):
                if (directory / name).is_file():
                    _append_rows(target, directory / name)


#: Columns that are integers in the Parquet tables (everything else is text; exact values
#: stay text so that 14300000000.5 is never rounded).
INTEGER_COLUMNS = frozenset(
    {
        "sentence",
        "index",
        "start",
        "end",
        "mentions",
        "articles",
        "n_sentences",
        "n_tokens",
        "n_entities",
        "n_amounts",
        "n_dates",
    }
)
PARQUET_DIR = "parquet"


def write_parquet(out: Path) -> list[Path]:
    """The corpus tables as Parquet files in ``out/parquet/`` (typed: offsets and counts as
    integers, values as exact decimal text); returns the files written."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    written = []
    tables = {
        "articles": ARTICLE_COLUMNS,
        "entity_index": ENTITY_INDEX_COLUMNS,
        **{name.removesuffix(".csv"): ARTICLE_TABLES[name] for name in CORPUS_TABLES},
    }
    for name, columns in tables.items():
        types = {c: pa.int64() if c in INTEGER_COLUMNS else pa.string() for c in columns}
        table = pacsv.read_csv(
            out / f"{name}.csv",
            read_options=pacsv.ReadOptions(encoding="utf-8", block_size=1 << 24),
            convert_options=pacsv.ConvertOptions(
                column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
        target = out / PARQUET_DIR / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
        pq.write_table(table, tmp)
        os.replace(tmp, target)
        written.append(target)
    return written
