"""Arabic text normalisation for matching and features: ``str -> str``, surface text untouched.

camel-tools does the Arabic-specific letter work (alef, alef maksura, teh marbuta, diacritics,
presentation forms); the rest (tatweel, bidi controls, digits, Latin case) is a character table.

>>> normalize_word("إِلَى")
'الي'
>>> normalize_word("١٤٫٨")
'14.8'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

TATWEEL = "\u0640"
#: Bidi controls that may sit inside words and numbers copied from the web.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = re.compile(f"[{TATWEEL}{BIDI_CONTROLS}\u200b\u200c\u200d\ufeff]")
#: Arabic-Indic and Persian digits and Arabic separators -> ASCII (one character each).
DIGITS_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪",
    "01234567890123456789.,%",
)


@cache
def _camel():
    """camel-tools' functions, imported on first use: building its character sets takes most of
    a second, which a re-run over unchanged articles never needs."""
    from camel_tools.utils import dediac, normalize

    return (
        dediac.dediac_ar,
        normalize.normalize_alef_ar,
        normalize.normalize_alef_maksura_ar,
        normalize.normalize_teh_marbuta_ar,
        normalize.normalize_unicode,
    )


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits and separators to ASCII: ``'٤٩٪'`` -> ``'49%'``."""
    return text.translate(DIGITS_TABLE)


def normalize_text(text: str) -> str:
    """Character-level clean-up: NFKC presentation forms, no tatweel, no bidi marks, ASCII digits.

    >>> normalize_text("ﻻ مـيـتـا")
    'لا ميتا'
    """
    return normalize_digits(_DROP.sub("", _camel()[4](text)))


@lru_cache(maxsize=30_000)
def normalize_word(text: str) -> str:
    """The matching form of a word: clean-up plus no diacritics, one alef, ي for ى, ه for ة.

    >>> normalize_word("الشّركةُ")
    'الشركه'
    """
    dediac_ar, alef, alef_maksura, teh_marbuta, _ = _camel()
    text = dediac_ar(normalize_text(text))
    return teh_marbuta(alef_maksura(alef(text))).lower()
