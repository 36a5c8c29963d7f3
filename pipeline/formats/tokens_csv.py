"""tokens.csv with its ``tag`` column edited in a spreadsheet (the writer is
:func:`pipeline.tables.write_article`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.bio import canonical_tag
from pipeline.formats.common import AnnotationError, Correction, MarkedToken, read_decoded

#: Columns an edited tokens.csv must keep; the others (sentence, index, norm) may go.
TOKENS_CSV_REQUIRED = ("article_id", "start", "end", "text", "tag")
#: Separators a spreadsheet may save with (``;`` where the decimal mark is a comma).
_CSV_DELIMITERS = (",", ";", "\t")


def csv_delimiter(header: str) -> str | None:
    for delimiter in _CSV_DELIMITERS:
        fields = {f.strip() for f in next(csv.reader([header], delimiter=delimiter))}
        if set(TOKENS_CSV_REQUIRED) <= fields:
            return delimiter
    return None


def parse_tokens_csv(path: Path, text: str) -> list[Correction]:
    """Per-article token rows of a ``tokens.csv``; rows are numbered as a spreadsheet shows them."""
    header = text.split("\n", 1)[0].removesuffix("\r")
    delimiter = csv_delimiter(header)
    if delimiter is None:
        raise AnnotationError(
            f"{path}: row 1: a tokens.csv needs the columns {', '.join(TOKENS_CSV_REQUIRED)}"
        )
    # A cell may be longer than csv's default limit (131,072 characters); the file is in memory.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in next(reader)]
    rows: dict[str, list[MarkedToken]] = {}
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(columns, row, strict=False))
        where = f"{path}: row {row_number}"
        article_id = values.get("article_id", "").strip()
        if not article_id:
            raise AnnotationError(f"{where}: no article_id")
        tag = values.get("tag", "").strip()
        if not tag:
            raise AnnotationError(f"{where}: article {article_id}: empty tag (write O for none)")
        try:
            tag = canonical_tag(tag)
            start, end = int(values.get("start", "")), int(values.get("end", ""))
        except ValueError as exc:
            raise AnnotationError(f"{where}: article {article_id}: {exc}") from None
        token = MarkedToken(values.get("text", ""), tag, where, start, end)
        rows.setdefault(article_id, []).append(token)
    return [
        Correction(article_id, str(path), tokens=tuple(tokens))
        for article_id, tokens in rows.items()
    ]


def read_tokens_csv(path: Path) -> list[Correction]:
    """The token rows of a ``tokens.csv`` whose ``tag`` column was edited, per article.

    Accepts what spreadsheets save: with or without a BOM, CRLF line ends, ``;`` or tab
    separators, Windows-1256 or UTF-16.
    """
    return parse_tokens_csv(path, read_decoded(path)[0])
