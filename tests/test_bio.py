"""Tags <-> spans: tables of tag sequences and the spans they hold."""

from __future__ import annotations

import pytest

from pipeline.bio import (
    canonical_tag,
    check_tags,
    ranges_to_tags,
    spans_to_tags,
    split_tag,
    tags_to_ranges,
    tags_to_spans,
)
from pipeline.doc import Span
from pipeline.tokenize import tokenize_words

RANGES = [
    (["O", "O"], []),
    (["B-PER", "I-PER", "O", "B-ORG"], [(0, 2, "PER"), (3, 4, "ORG")]),
    (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
    (["B-LOC", "I-LOC", "I-LOC"], [(0, 3, "LOC")]),
    (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # conlleval: a stray I- starts an entity
    (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),
    (["B-PERS", "I-PERS"], [(0, 2, "PER")]),
    (["O", "B-MISC"], [(1, 2, "MISC")]),
]


@pytest.mark.parametrize(("tags", "ranges"), RANGES, ids=[" ".join(t) for t, _ in RANGES])
def test_tags_to_ranges(tags: list[str], ranges: list[tuple[int, int, str]]) -> None:
    assert tags_to_ranges(tags) == ranges


@pytest.mark.parametrize(("tags", "ranges"), RANGES, ids=[" ".join(t) for t, _ in RANGES])
def test_ranges_round_trip(tags: list[str], ranges: list[tuple[int, int, str]]) -> None:
    assert tags_to_ranges(ranges_to_tags(len(tags), ranges)) == ranges


CHECKS = [
    (["B-PER", "I-PER", "O"], []),
    (["O", "I-PER"], [(1, "I-PER does not continue a B-PER or I-PER")]),
    (["B-ORG", "I-PER"], [(1, "I-PER does not continue a B-PER or I-PER")]),
    (["B-FOO"], [(0, "unknown tag 'B-FOO' (expected O or B-/I- with PER, ORG, LOC, MISC)")]),
    (["X"], [(0, "unknown tag 'X' (expected O or B-/I- with PER, ORG, LOC, MISC)")]),
    (["B-PERS", "I-PER"], []),
]


@pytest.mark.parametrize(("tags", "problems"), CHECKS, ids=[" ".join(t) for t, _ in CHECKS])
def test_check_tags(tags: list[str], problems: list[tuple[int, str]]) -> None:
    assert check_tags(tags) == problems


def test_split_and_canonical_tag() -> None:
    assert split_tag("B-PERS") == ("B", "PER")
    assert split_tag("O") == ("O", "")
    assert canonical_tag("I-PERS") == "I-PER"
    with pytest.raises(ValueError):
        split_tag("B-")


def test_spans_and_tags_round_trip() -> None:
    text = "وقال مارك زوكربيرغ إن ميتا ستستثمر في Scale AI."
    tokens = tokenize_words(text)
    tags = ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "O"]
    spans = tags_to_spans(text, tokens, tags)
    assert [(s.text, s.label) for s in spans] == [
        ("مارك زوكربيرغ", "PER"),
        ("ميتا", "ORG"),
        ("Scale AI", "ORG"),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert spans_to_tags(tokens, spans) == tags


def test_span_cutting_a_token_is_refused() -> None:
    text = "لميتا حصة"
    tokens = tokenize_words(text)
    with pytest.raises(ValueError, match="token boundaries"):
        spans_to_tags(tokens, [Span(start=1, end=5, text="ميتا", label="ORG")])
