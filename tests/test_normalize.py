"""Normalisation: table of (surface, normalised form)."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_digits, normalize_text, normalize_word

WORDS = [
    ("إلى", "الي"),
    ("أحمد", "احمد"),
    ("آمن", "امن"),
    ("ٱلله", "الله"),
    ("مستشفى", "مستشفي"),
    ("الشركة", "الشركه"),
    ("مُحَمَّدٌ", "محمد"),
    ("ميـــتا", "ميتا"),
    ("مي\u200fتا", "ميتا"),
    ("\u202bميتا\u202c", "ميتا"),
    ("ﻻ", "لا"),
    ("ﻣﻴﺘﺎ", "ميتا"),
    ("١٤٫٨", "14.8"),
    ("۱۴", "14"),
    ("٦٠٬٠٠٠", "60,000"),
    ("٤٩٪", "49%"),
    ("Scale", "scale"),
    ("GPT-5", "gpt-5"),
    ("وألمانيا", "والمانيا"),
]


@pytest.mark.parametrize(("surface", "expected"), WORDS, ids=[w for w, _ in WORDS])
def test_normalize_word(surface: str, expected: str) -> None:
    assert normalize_word(surface) == expected


def test_normalize_text_keeps_letters_and_case() -> None:
    assert normalize_text("Scale ميـتا ١٤") == "Scale ميتا 14"


def test_normalize_digits_only_touches_digits() -> None:
    assert normalize_digits("عام ٢٠٢٥ و۱۴٫۸") == "عام 2025 و14.8"
