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
    ("المدیر", "المدير"),  # Farsi yeh, typed on a Persian keyboard
    ("مکافحة", "مكافحه"),  # keheh
]


@pytest.mark.parametrize(("surface", "expected"), WORDS, ids=[w for w, _ in WORDS])
def test_normalize_word(surface: str, expected: str) -> None:
    assert normalize_word(surface) == expected


def test_normalize_text_keeps_letters_and_case() -> None:
    assert normalize_text("Scale ميـتا ١٤") == "Scale ميتا 14"


def test_normalize_digits_only_touches_digits() -> None:
    assert normalize_digits("عام ٢٠٢٥ و۱۴٫۸") == "عام 2025 و14.8"


def _camel_normalize_word(text: str) -> str:
    """normalize_word as camel-tools' own functions compute it (the reference)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    from pipeline.normalize import _DROP, PERSIAN_LETTERS

    text = dediac_ar(normalize_digits(_DROP.sub("", normalize_unicode(text))))
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text))).lower()
    return text.translate(str.maketrans(PERSIAN_LETTERS))  # ours: camel-tools keeps them


def test_letter_tables_are_camel_tools_own() -> None:
    from camel_tools.utils.charsets import AR_DIAC_CHARSET
    from camel_tools.utils.dediac import dediac_ar

    from pipeline.normalize import AR_DIACRITICS, dediac

    assert frozenset(AR_DIACRITICS) == AR_DIAC_CHARSET
    # every character of the Arabic blocks and their presentation forms, alone and in a word
    blocks = ((0x0600, 0x0700), (0x0750, 0x0780), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
    chars = [chr(c) for first, last in blocks for c in range(first, last)]
    samples = chars + [f"ال{c}شركة" for c in chars] + [
        "إِلَى", "الشّركةُ", "ﷲ", "ﷺ", "﷼", "﷽", "آمنة", "ٱلرحمن", "مـيـتـا", "١٤٫٨", "OpenAI",
    ]
    for text in samples:
        assert normalize_word.__wrapped__(text) == _camel_normalize_word(text), repr(text)
        assert dediac(text) == dediac_ar(text), repr(text)
