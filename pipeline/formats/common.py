"""What every annotation format shares: the record of one article's corrections, the error
type, and reading a file the way articles are read.

A :class:`Correction` is what a file says about one article before it is checked against the
article (:mod:`pipeline.corrections`): character spans (Doccano, Label Studio) or tagged tokens
(CoNLL, tokens.csv).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.doc import Span
from pipeline.read import ReadError, decode

#: A sentence of an annotation file: (token, tag) pairs.
LabeledSentence = list[tuple[str, str]]
#: Receives one-line notes about what an import left out.
Notes = Callable[[str], None]


class AnnotationError(ValueError):
    """A malformed annotation file; the message starts with ``file:line:`` or ``file: record:``."""


@dataclass(frozen=True, slots=True)
class MarkedToken:
    """A token with its tag as a token-level file (CoNLL, tokens.csv) gives it."""

    text: str
    tag: str
    where: str
    start: int | None = None
    end: int | None = None
    #: The sentence of the file it is in (CoNLL), -1 when the file does not say.
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Correction:
    """One article's annotations as a file gives them, before they are checked.

    ``where`` locates the record in its file for messages (``file:line``, ``file: task 3``).
    ``text`` is the full article text when the format carries it. Character-span formats fill
    ``spans`` (``Span.text`` empty when the format does not repeat the covered text);
    token-level formats fill ``tokens``.

    A record of one suggested sentence (``python -m pipeline suggest``) has ``offset``: its
    ``text`` is the article's text from that offset, and its spans count from there. A record
    that is ``reviewed=False`` still holds the predictions it was exported with, untouched and
    not marked confirmed: it is skipped, never imported as gold.
    """

    article_id: str
    where: str
    text: str | None = None
    spans: tuple[Span, ...] = ()
    tokens: tuple[MarkedToken, ...] | None = None
    offset: int | None = None
    reviewed: bool = True


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A sentence of an article offered for correction: ``text == article.text[start:end]``.

    ``entities`` are the tagger's spans in it, with offsets into the article text;
    ``confidence`` is how sure the tagger was of the sentence (its least sure token).
    """

    article_id: str
    sentence: int
    start: int
    text: str
    entities: tuple[Span, ...] = ()
    confidence: float = 1.0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def ignore(_: str) -> None:
    pass


def read_decoded(path: Path) -> tuple[str, str]:
    """The file's text and encoding, decoded the way articles are; never with replaced bytes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot read: {exc.strerror}") from None
    if not data.strip():
        raise AnnotationError(f"{path}: empty file")
    try:
        text, encoding, warnings = decode(data)
    except ReadError as exc:
        raise AnnotationError(f"{path}: {exc}") from None
    if warnings:
        raise AnnotationError(f"{path}: not valid UTF-8 ({warnings[0]}); save it as UTF-8")
    return text.lstrip("\ufeff"), encoding


def load_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationError(
            f"{path}:{exc.lineno}: not JSON ({exc.msg} at column {exc.colno})"
        ) from None


def as_offset(value: object, what: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnnotationError(f"{where}: {what} {value!r} is not a character offset")
    return value


def as_label(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise AnnotationError(f"{where}: label {value!r} is not a string")
    return value


def sorted_spans(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, s.end))
