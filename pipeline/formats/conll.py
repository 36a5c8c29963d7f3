"""CoNLL: ``token<TAB>tag``, a blank line after each sentence; the gold format itself.

Gold files of our own (``corpus/annotations/*.conll``) are read strictly: a line without a tab,
an unknown label or an I- tag that continues nothing is an error naming ``file:line``. External
corpora given with ``--extra`` are read leniently, mapping odd tags the way Stanza does for AQMAR
(``MIS*`` -> MISC, ``I--ORG`` -> I-ORG, anything else unknown -> O).

Export writes one ``<id>.conll`` per article. Import reads such a file (the id is the file name)
or a file holding several articles, each after a ``-DOCSTART- <id>`` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby
from pathlib import Path

from pipeline.bio import OUTSIDE, canonical_tag, check_tags, spans_to_tags, split_tag
from pipeline.doc import Article, Token
from pipeline.formats.common import AnnotationError, Correction, LabeledSentence, MarkedToken
from pipeline.io import write_text_atomic

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


# --- CoNLL -----------------------------------------------------------------------------------

#: The line that opens each article of a CoNLL file holding several: ``-DOCSTART- <id>``.
DOCSTART = "-DOCSTART-"
CONLL_SUFFIX = ".conll"

#: A token of a CoNLL file with the line it is on.
_Line = tuple[str, str, int]


def _conll_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None


def _parse_conll(
    path: Path, lines: Iterable[tuple[int, str]], strict: bool, article_id: str = ""
) -> list[list[_Line]]:
    """Sentences of numbered CoNLL lines (``-DOCSTART-`` lines are skipped)."""
    context = f"article {article_id}: " if article_id else ""
    sentences: list[list[_Line]] = []
    current: list[_Line] = []

    def close() -> None:
        if not current:
            return
        if strict:
            for position, message in check_tags([tag for _, tag, _ in current]):
                raise AnnotationError(f"{path}:{current[position][2]}: {context}{message}")
            sentences.append([(token, canonical_tag(tag), n) for token, tag, n in current])
        else:
            tags = [tag for _, tag in _repair([(token, tag) for token, tag, _ in current])]
            pairs = zip(current, tags, strict=True)
            sentences.append([(token, canonical_tag(tag), n) for (token, _, n), tag in pairs])
        current.clear()

    for lineno, line in lines:
        if not line.strip():
            close()
            continue
        if line.startswith(DOCSTART):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0] or not fields[-1].strip():
            if strict:
                raise AnnotationError(
                    f"{path}:{lineno}: {context}expected 'token<TAB>tag', got {line!r}"
                )
            fields = line.split()
            if len(fields) < 2:
                continue
        token, tag = fields[0], fields[-1].strip()
        if not strict:
            tag = lenient_tag(tag)
        current.append((token, tag, lineno))
    close()
    return sentences


def read_conll(path: Path, strict: bool = True) -> list[LabeledSentence]:
    """Sentences of a CoNLL file; strict mode raises :class:`AnnotationError` at the bad line."""
    lines = enumerate(_conll_text(path).splitlines(), start=1)
    return [[(token, tag) for token, tag, _ in s] for s in _parse_conll(path, lines, strict)]


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


def conll_documents(path: Path, text: str) -> list[tuple[str, int, list[list[_Line]]]]:
    """``(article id, line, sentences)`` of each article in a strict CoNLL file.

    Without ``-DOCSTART-`` lines the file is one article named by the file (``<id>.conll``).
    """
    lines = list(enumerate(text.split("\n"), start=1))
    lines = [(n, line.removesuffix("\r")) for n, line in lines]
    starts = [i for i, (_, line) in enumerate(lines) if line.startswith(DOCSTART)]
    if not starts:
        article_id = path.name.removesuffix(CONLL_SUFFIX)
        return [(article_id, 1, _parse_conll(path, lines, True, article_id))]
    for lineno, line in lines[: starts[0]]:
        if line.strip():
            raise AnnotationError(f"{path}:{lineno}: token before the first {DOCSTART} line")
    documents = []
    for first, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        lineno, line = lines[first]
        fields = line[len(DOCSTART) :].split()
        if not fields or fields[0] == "-X-":
            raise AnnotationError(
                f"{path}:{lineno}: {DOCSTART} line names no article (expected '{DOCSTART} <id>')"
            )
        sentences = _parse_conll(path, lines[first + 1 : end], True, fields[0])
        documents.append((fields[0], lineno, sentences))
    return documents


def read_conll_documents(path: Path) -> list[tuple[str, list[LabeledSentence]]]:
    """``(article id, sentences)`` of each article in a CoNLL file, read strictly.

    A file with ``-DOCSTART- <id>`` lines holds several articles; one without is the article
    its name gives (``corpus/annotations/<id>.conll``).
    """
    return [
        (article_id, [[(token, tag) for token, tag, _ in s] for s in sentences])
        for article_id, _, sentences in conll_documents(path, _conll_text(path))
    ]


def format_conll(sentences: Iterable[Sequence[tuple[str, str]]]) -> str:
    """CoNLL text: one ``token<TAB>tag`` line a token, a blank line after each sentence."""
    return "".join(
        "".join(f"{token}\t{tag}\n" for token, tag in sentence) + "\n" for sentence in sentences
    )


def format_conll_documents(documents: Iterable[tuple[str, Sequence[LabeledSentence]]]) -> str:
    """CoNLL text of several articles, each after a ``-DOCSTART- <id>`` line and a blank line."""
    return "".join(
        f"{DOCSTART} {article_id}\n\n{format_conll(sentences)}"
        for article_id, sentences in documents
    )


def write_conll(path: Path, sentences: Iterable[Sequence[tuple[str, str]]]) -> None:
    """Write sentences as a CoNLL file (atomically)."""
    write_text_atomic(path, format_conll(sentences))


def article_conll(article: Article) -> list[LabeledSentence]:
    """The gold-format sentences of an analysed article: its tokens, tagged from its entities."""
    try:
        tags = spans_to_tags(article.tokens, sorted(article.entities, key=lambda s: s.start))
    except ValueError as exc:
        raise AnnotationError(f"article {article.id}: {exc}") from None
    return by_sentence(article.tokens, tags)


def by_sentence(tokens: Sequence[Token], tags: Sequence[str]) -> list[LabeledSentence]:
    pairs = zip(tokens, tags, strict=True)
    return [
        [(token.text, tag) for token, tag in group]
        for _, group in groupby(pairs, key=lambda pair: pair[0].sentence)
    ]


def parse_conll_corrections(path: Path, text: str) -> list[Correction]:
    return [
        Correction(
            article_id,
            f"{path}:{lineno}",
            tokens=tuple(
                MarkedToken(token, tag, f"{path}:{n}", sentence=i)
                for i, s in enumerate(sentences)
                for token, tag, n in s
            ),
        )
        for article_id, lineno, sentences in conll_documents(path, text)
    ]
