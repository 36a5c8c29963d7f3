"""Mention replacement: copies of the training sentences with their names swapped."""

from __future__ import annotations

import pytest

from pipeline.bio import tags_to_ranges
from pipeline.taggers.augment import _proclitic, replace_mentions

SENTENCES = [
    [("قال", "O"), ("أحمد", "B-PER"), ("سعيد", "I-PER"), ("في", "O"), ("بغداد", "B-LOC")],
    [("وزار", "O"), ("وأحمد", "B-PER"), ("سعيد", "I-PER"), ("لندن", "B-LOC")],
    [("وأعلنت", "O"), ("شركة", "O"), ("سامسونغ", "B-ORG"), ("أمس", "O")],
    [("ذهب", "O"), ("إلى", "O"), ("البيت", "O")],
    [("في", "O"), ("كأس", "B-MISC"), ("العالم", "I-MISC")],
]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وأحمد", "و"),  # أحمد begins a name
        ("بغداد", ""),  # غداد does not
        ("للأمم", "ل"),
        ("بالعراق", "ب"),  # ب on the article
        ("لندن", ""),
    ],
)
def test_proclitic(word: str, expected: str) -> None:
    assert _proclitic(word, {"أحمد"}) == expected


def test_copies_keep_the_context_and_swap_names_of_the_same_label() -> None:
    copies = replace_mentions(SENTENCES, seed=7, p=1.0)
    # one copy of each sentence that names a person, an organisation or a place
    assert len(copies) == 3
    for copy in copies:
        assert all(tag == "O" or tag[2:] in {"PER", "ORG", "LOC"} for _, tag in copy)
        assert all(tags_to_ranges([t for _, t in copy]))
    by_first = {copy[0][0]: copy for copy in copies}
    assert [w for w, t in by_first["قال"] if t == "O"] == ["قال", "في"]
    assert by_first["وأعلنت"][:2] == [("وأعلنت", "O"), ("شركة", "O")]
    assert by_first["وأعلنت"][-1] == ("أمس", "O")
    # the proclitic on the name stays on the new name
    assert by_first["وزار"][1][0].startswith("و") and by_first["وزار"][1][1] == "B-PER"


def test_replacement_is_deterministic_and_follows_the_seed() -> None:
    assert replace_mentions(SENTENCES, seed=3) == replace_mentions(SENTENCES, seed=3)
    runs = {str(replace_mentions(SENTENCES, seed=s, p=1.0)) for s in range(6)}
    assert len(runs) > 1


def test_no_swap_no_copy() -> None:
    assert replace_mentions(SENTENCES, p=0.0) == []
    assert replace_mentions([SENTENCES[3], SENTENCES[4]], p=1.0) == []  # MISC is never swapped
