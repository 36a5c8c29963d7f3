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
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
#: Bidi controls that may sit inside words and numbers copied from the web.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = re.compile(f"[{TATWEEL}{BIDI_CONTROLS}\u200b\u200c\u200d\ufeff]")
#: Arabic-Indic and Persian digits and Arabic separators -> ASCII (one character each).
DIGITS_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪",
    "01234567890123456789.,%",
)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits and separators to ASCII: ``'٤٩٪'`` -> ``'49%'``."""
    return text.translate(DIGITS_TABLE)


def normalize_text(text: str) -> str:
    """Character-level clean-up: NFKC presentation forms, no tatweel, no bidi marks, ASCII digits.

    >>> normalize_text("ﻻ مـيـتـا")
    'لا ميتا'
    """
    return normalize_digits(_DROP.sub("", normalize_unicode(text)))


@lru_cache(maxsize=30_000)
def normalize_word(text: str) -> str:
    """The matching form of a word: clean-up plus no diacritics, one alef, ي for ى, ه for ة.

    >>> normalize_word("الشّركةُ")
    'الشركه'
    """
    text = dediac_ar(normalize_text(text))
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return text.lower()
