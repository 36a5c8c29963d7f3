"""Arabic text normalisation for matching and features: ``str -> str``, surface text untouched.

The Arabic letter work is camel-tools' (diacritics, alef, alef maksura, teh marbuta, presentation
forms): its character classes and mappings, held here as one translation table that the tests
check against camel-tools itself; the rest (tatweel, bidi controls, digits, Latin case) is a
character table too.

>>> normalize_word("إِلَى")
'الي'
>>> normalize_word("١٤٫٨")
'14.8'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TATWEEL = "\u0640"
#: Bidi controls that may sit inside words and numbers copied from the web.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = re.compile(f"[{TATWEEL}{BIDI_CONTROLS}\u200b\u200c\u200d\ufeff]")
#: Arabic-Indic and Persian digits and Arabic separators -> ASCII (one character each).
DIGITS_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪",
    "01234567890123456789.,%",
)


#: camel-tools' Arabic diacritics (``camel_tools.utils.charsets.AR_DIAC_CHARSET``): tanwin,
#: short vowels, shadda, sukun, dagger alef.
AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
#: The alef variants camel-tools' ``normalize_alef_ar`` makes a bare alef: إ أ ٱ آ.
ALEF_VARIANTS = "\u0625\u0623\u0671\u0622"
#: Characters camel-tools' ``normalize_unicode`` rewrites before NFKC (ligatures NFKC keeps).
UNICODE_FIXES = {"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"}
#: The Persian letters that some Arabic news is typed with (a Persian keyboard: المدیر، مکافحة),
#: Farsi yeh and keheh, as the Arabic letters they look like (ي، ك): 43 of 20,004 ANT articles
#: hold them, and their words were unknown to every list and to the tagger.
PERSIAN_LETTERS = {"\u06cc": "\u064a", "\u06a9": "\u0643"}
#: The letter work of :func:`normalize_word` as one table: camel-tools' ``dediac_ar``,
#: ``normalize_alef_ar``, ``normalize_alef_maksura_ar`` (ى -> ي) and ``normalize_teh_marbuta_ar``
#: (ة -> ه), and :data:`PERSIAN_LETTERS`. The same mappings as those functions
#: (``tests/test_normalize.py`` checks them against camel-tools), without importing camel-tools'
#: character sets at every start: building them takes more than a second, and one
#: ``str.translate`` is cheaper than five regex passes.
_LETTERS = str.maketrans(
    {**dict.fromkeys(AR_DIACRITICS), **dict.fromkeys(ALEF_VARIANTS, "\u0627"),
     "\u0649": "\u064a", "\u0629": "\u0647", **PERSIAN_LETTERS}
)  # fmt: skip
_DIACRITICS = str.maketrans(dict.fromkeys(AR_DIACRITICS))


def normalize_unicode(text: str) -> str:
    """camel-tools' ``normalize_unicode``: its two ligature fixes, then NFKC."""
    if "\ufdfc" in text or "\ufdfd" in text:
        for ligature, words in UNICODE_FIXES.items():
            text = text.replace(ligature, words)
    return unicodedata.normalize("NFKC", text)


def dediac(text: str) -> str:
    """The text without Arabic diacritics (camel-tools' ``dediac_ar``).

    >>> dediac("الشّركةُ")
    'الشركة'
    """
    return text.translate(_DIACRITICS)


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
    return normalize_text(text).translate(_LETTERS).lower()
