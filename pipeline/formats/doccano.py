"""Doccano JSONL (sequence labelling): one article a line, its entities as character spans.

Doccano spans carry no text, so their offsets are taken as Python (code point) offsets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.doc import Article, Span
from pipeline.formats.common import (
    AnnotationError,
    Correction,
    as_label,
    as_offset,
    load_json,
    read_decoded,
    sorted_spans,
)

DOCCANO_FILE = "doccano.jsonl"


def format_doccano(articles: Iterable[Article]) -> str:
    """Doccano JSONL (sequence labelling), one article a line, its entities as character spans.

    The article id is in ``id`` and in ``article_id``: Doccano keeps unknown keys as metadata
    and exports them again, but replaces ``id`` by its own number.
    """
    return "".join(
        json.dumps(
            {
                "id": article.id,
                "text": article.text,
                "label": [[s.start, s.end, s.label] for s in sorted_spans(article.entities)],
                "article_id": article.id,
            },
            ensure_ascii=False,
        )
        + "\n"
        for article in articles
    )


def _doccano_record(record: object, where: str) -> Correction:
    if not isinstance(record, dict):
        raise AnnotationError(f"{where}: expected a JSON object, got {type(record).__name__}")
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    article_id = record.get("article_id", meta.get("article_id", record.get("id")))
    if not isinstance(article_id, str) or not article_id:
        raise AnnotationError(
            f"{where}: record names no article (expected an 'article_id' field, got "
            f"id {article_id!r})"
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise AnnotationError(f"{where}: article {article_id}: no 'text' field")
    spans = []
    key = next((k for k in ("label", "labels", "entities") if k in record), "label")
    items = record.get(key) or []
    if not isinstance(items, list):
        raise AnnotationError(f"{where}: article {article_id}: '{key}' is not a list")
    for item in items:
        if key == "entities" and isinstance(item, dict):
            values = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
        elif isinstance(item, list) and len(item) == 3:
            values = item
        else:
            raise AnnotationError(
                f"{where}: article {article_id}: span {item!r} is not [start, end, label] "
                "(is this a sequence-labelling project?)"
            )
        start = as_offset(values[0], "start", f"{where}: article {article_id}")
        end = as_offset(values[1], "end", f"{where}: article {article_id}")
        spans.append(Span(start, end, "", as_label(values[2], f"{where}: article {article_id}")))
    return Correction(article_id, where, text, tuple(spans))


def parse_doccano(path: Path, text: str) -> list[Correction]:
    """Records of a Doccano JSONL export (or of a JSON list of such records)."""
    if text.lstrip().startswith("["):
        records = load_json(path, text)
        return [_doccano_record(r, f"{path}: record {i}") for i, r in enumerate(records, 1)]
    corrections = []
    # Split on \n only: str.splitlines would also split at U+2028 or U+0085 inside a string.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(
                f"{path}:{lineno}: not JSON ({exc.msg} at column {exc.colno})"
            ) from None
        corrections.append(_doccano_record(record, f"{path}:{lineno}"))
    return corrections


def read_doccano(path: Path) -> list[Correction]:
    """The records of a Doccano JSONL export: ``label`` triples, ``labels`` or ``entities``."""
    return parse_doccano(path, read_decoded(path)[0])
