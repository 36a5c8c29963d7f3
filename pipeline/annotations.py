"""Annotation files: read and write CoNLL (``token<TAB>tag``, a blank line after each sentence).

Gold files of our own (``corpus/annotations/*.conll``) are read strictly: a line without a tab,
an unknown label or an I- tag that continues nothing is an error naming ``file:line``. External
corpora given with ``--extra`` are read leniently, mapping odd tags the way Stanza does for
AQMAR (``MIS*`` -> MISC, ``I--ORG`` -> I-ORG, anything else unknown -> O).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.bio import OUTSIDE, canonical_tag, check_tags, split_tag

#: A sentence of an annotation file: (token, tag) pairs.
LabeledSentence = list[tuple[str, str]]


class AnnotationError(ValueError):
    """A malformed annotation file; the message starts with ``file:line:``."""


_LENIENT_FIXES = (
    (re.compile(r"^([BI])-+MIS\w*$"), r"\1-MISC"),
    (re.compile(r"^([BI])-+(PERS?|ORG|LOC|MISC)$"), r"\1-\2"),
)


def lenient_tag(tag: str) -> str:
    """An external corpus's tag in our spelling, or O when it names no label of ours.

    >>> [lenient_tag(t) for t in ["B-MIS2", "I--ORG", "B-ENGLISH", "OO", "B-PERS"]]
    ['B-MISC', 'I-ORG', 'O', 'O', 'B-PER']
    """
    for pattern, replacement in _LENIENT_FIXES:
        if pattern.match(tag):
            return canonical_tag(pattern.sub(replacement, tag))
    return OUTSIDE


def read_conll(path: Path, strict: bool = True) -> list[LabeledSentence]:
    """Sentences of a CoNLL file; strict mode raises :class:`AnnotationError` at the bad line."""
    sentences: list[LabeledSentence] = []
    current: LabeledSentence = []
    lines: list[int] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None

    def close() -> None:
        if not current:
            return
        if strict:
            for position, message in check_tags([tag for _, tag in current]):
                raise AnnotationError(f"{path}:{lines[position]}: {message}")
        else:
            current[:] = _repair(current)
        sentences.append([(token, canonical_tag(tag)) for token, tag in current])
        current.clear()
        lines.clear()

    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            close()
            continue
        if line.startswith("-DOCSTART-"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0] or not fields[-1].strip():
            if strict:
                raise AnnotationError(f"{path}:{lineno}: expected 'token<TAB>tag', got {line!r}")
            fields = line.split()
            if len(fields) < 2:
                continue
        token, tag = fields[0], fields[-1].strip()
        if not strict:
            tag = lenient_tag(tag)
        current.append((token, tag))
        lines.append(lineno)
    close()
    return sentences


def _repair(sentence: LabeledSentence) -> LabeledSentence:
    """An I- tag that continues nothing becomes B- (external data only)."""
    repaired: LabeledSentence = []
    previous = ""
    for token, tag in sentence:
        prefix, label = split_tag(tag)
        if prefix == "I" and previous != label:
            tag = f"B-{label}"
        repaired.append((token, tag))
        previous = label
    return repaired


def format_conll(sentences: Iterable[Sequence[tuple[str, str]]]) -> str:
    """CoNLL text: one ``token<TAB>tag`` line a token, a blank line after each sentence."""
    return "".join(
        "".join(f"{token}\t{tag}\n" for token, tag in sentence) + "\n" for sentence in sentences
    )


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with tmp.open("w", encoding=encoding, newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


def write_conll(path: Path, sentences: Iterable[Sequence[tuple[str, str]]]) -> None:
    """Write sentences as a CoNLL file (atomically)."""
    write_text_atomic(path, format_conll(sentences))
