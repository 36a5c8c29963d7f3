"""Tags <-> spans: the only place that knows BIO (IOB2).

>>> tags_to_ranges(["B-PER", "I-PER", "O", "B-ORG"])
[(0, 2, 'PER'), (3, 4, 'ORG')]
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.doc import LABELS, Span, Token

OUTSIDE = "O"
#: Label spellings read as ours (ANERcorp writes PERS).
LABEL_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
#: Every tag a model may predict, in a fixed order.
TAGS: tuple[str, ...] = (OUTSIDE, *(f"{p}-{label}" for label in LABELS for p in "BI"))


def split_tag(tag: str) -> tuple[str, str]:
    """``'B-PERS'`` -> ``('B', 'PER')``; ``'O'`` -> ``('O', '')``. Raises ValueError if unknown."""
    if tag == OUTSIDE:
        return OUTSIDE, ""
    prefix, dash, label = tag.partition("-")
    label = LABEL_ALIASES.get(label, label)
    if not dash or prefix not in ("B", "I") or label not in LABELS:
        raise ValueError(f"unknown tag {tag!r} (expected O or B-/I- with {', '.join(LABELS)})")
    return prefix, label


#: :func:`split_tag` of every tag a model predicts, looked up.
_SPLIT = {tag: split_tag(tag) for tag in TAGS}


#: :func:`tags_to_ranges` of the tag sequences seen lately: the span rules ask it for every
#: sentence's ranges again and again while most sentences keep their tags (stop 69's profile of
#: 300 ANT articles: 251,024 calls, 7% of the run). Emptied when full, so memory stays flat.
_RANGES: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = {}
_RANGES_KEPT = 4096


def tags_to_ranges(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token ranges ``(first, last + 1, label)`` of the entities in a tag sequence.

    An I- tag that does not continue a span of its label starts a new one (as conlleval does).
    """
    if tags.count(OUTSIDE) == len(tags):  # a sentence without a name, counted at C speed
        return []
    key = tuple(tags)
    found = _RANGES.get(key)
    if found is None:
        found = tuple(_ranges(key))
        if len(_RANGES) >= _RANGES_KEPT:
            _RANGES.clear()
        _RANGES[key] = found
    return list(found)


def _ranges(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """:func:`tags_to_ranges` computed."""
    ranges: list[tuple[int, int, str]] = []
    begin, current = -1, ""
    for i, tag in enumerate(tags):
        if tag == OUTSIDE and not current:
            continue  # most tokens
        prefix, label = _SPLIT.get(tag) or split_tag(tag)
        if current and (prefix != "I" or label != current):
            ranges.append((begin, i, current))
            current = ""
        if prefix != OUTSIDE and not current:
            begin, current = i, label
    if current:
        ranges.append((begin, len(tags), current))
    return ranges


def ranges_to_tags(n: int, ranges: Sequence[tuple[int, int, str]]) -> list[str]:
    """The tag sequence of ``n`` tokens holding the given token ranges."""
    tags = [OUTSIDE] * n
    for first, last, label in ranges:
        tags[first] = f"B-{label}"
        for i in range(first + 1, last):
            tags[i] = f"I-{label}"
    return tags


def tags_to_spans(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """Entity spans over ``text`` from the tags of its tokens."""
    return [
        Span(
            start=tokens[first].start,
            end=tokens[last - 1].end,
            text=text[tokens[first].start : tokens[last - 1].end],
            label=label,
            sentence=tokens[first].sentence,
        )
        for first, last, label in tags_to_ranges(tags)
    ]


def spans_to_tags(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    """Tags of ``tokens`` from character spans; a span must start and end on token boundaries.

    Raises ValueError naming the span when it cuts a token or covers none.
    """
    starts = {token.start: i for i, token in enumerate(tokens)}
    ends = {token.end: i for i, token in enumerate(tokens)}
    ranges = []
    for span in spans:
        if span.start not in starts or span.end not in ends or ends[span.end] < starts[span.start]:
            raise ValueError(
                f"span {span.start}-{span.end} {span.text!r} ({span.label}) does not start and "
                "end on token boundaries"
            )
        ranges.append((starts[span.start], ends[span.end] + 1, span.label))
    return ranges_to_tags(len(tokens), ranges)


def check_tags(tags: Sequence[str]) -> list[tuple[int, str]]:
    """Problems of a gold tag sequence: ``(position, message)``, empty when it is valid IOB2."""
    problems = []
    previous = OUTSIDE
    for i, tag in enumerate(tags):
        try:
            prefix, label = split_tag(tag)
        except ValueError as exc:
            problems.append((i, str(exc)))
            previous = OUTSIDE
            continue
        if prefix == "I" and (previous == OUTSIDE or split_tag(previous)[1] != label):
            problems.append((i, f"{tag} does not continue a B-{label} or I-{label}"))
        previous = tag
    return problems


def canonical_tag(tag: str) -> str:
    """The tag in our spelling: ``'B-PERS'`` -> ``'B-PER'``."""
    prefix, label = split_tag(tag)
    return OUTSIDE if prefix == OUTSIDE else f"{prefix}-{label}"
