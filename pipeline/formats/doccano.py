"""Doccano JSONL (sequence labelling): one article a line, its entities as character spans.

Doccano spans carry no text, so their offsets are taken as Python (code point) offsets.

Every exported record carries the tagger's spans twice: in ``label`` for the annotator to
correct, and in ``predicted`` (kept by Doccano as metadata and exported again). On import, a
record whose labels still equal its ``predicted`` spans was not corrected; it is imported only
when marked confirmed (``confirmed``, ``is_confirmed`` or ``approved`` true), else skipped.
A record of a suggested sentence also carries ``offset`` (where its text starts in the article)
and ``sentence``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.doc import Article, Span
from pipeline.formats.common import (
    AnnotationError,
    Correction,
    Excerpt,
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
                "predicted": [[s.start, s.end, s.label] for s in sorted_spans(article.entities)],
            },
            ensure_ascii=False,
        )
        + "\n"
        for article in articles
    )


def format_doccano_excerpts(excerpts: Iterable[Excerpt]) -> str:
    """Doccano JSONL of suggested sentences: one sentence a line, spans counted from its start."""
    lines = []
    for excerpt in excerpts:
        spans = [
            [s.start - excerpt.start, s.end - excerpt.start, s.label]
            for s in sorted_spans(excerpt.entities)
        ]
        record = {
            "id": f"{excerpt.article_id}#{excerpt.sentence}",
            "text": excerpt.text,
            "label": spans,
            "article_id": excerpt.article_id,
            "sentence": excerpt.sentence,
            "offset": excerpt.start,
            "confidence": excerpt.confidence,
            "predicted": spans,
        }
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


#: Keys a Doccano record may carry to say a person confirmed its labels as they are.
CONFIRMED_KEYS = ("confirmed", "is_confirmed", "approved")


def _field(record: dict, meta: dict, key: str) -> object:
    return record[key] if key in record else meta.get(key)


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
    offset = _field(record, meta, "offset")
    if offset is not None:
        offset = as_offset(offset, "offset", f"{where}: article {article_id}")
    predicted = _field(record, meta, "predicted")
    confirmed = any(_field(record, meta, key) is True for key in CONFIRMED_KEYS)
    untouched = isinstance(predicted, list) and sorted(
        (s.start, s.end, s.label) for s in spans
    ) == sorted(tuple(p) for p in predicted if isinstance(p, list))
    reviewed = confirmed or not untouched
    return Correction(article_id, where, text, tuple(spans), offset=offset, reviewed=reviewed)


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
