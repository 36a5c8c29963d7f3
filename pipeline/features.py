"""Token features for the CRF tagger, computed from the tokens of one sentence.

Features are strings (crfsuite reads a list of strings as binary features). Each token gets its
own features and, prefixed with its offset, those of its neighbours within the window.

>>> stem("وبالشركة")
'شركه'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from pipeline.normalize import normalize_word

# Proclitics in the order they attach: conjunction, preposition, article. ``لل`` is ل + ال.
_CLITICS = re.compile(r"^(?:[وف])?(?:(?:[بكل])?ال|لل|[بكل])?")
_MIN_STEM = 2
WINDOW = 2


def stem(word: str) -> str:
    """The normalised word without its proclitics (و ف ب ك ل ال لل), if enough remains."""
    norm = normalize_word(word)
    match = _CLITICS.match(norm)
    rest = norm[match.end() :] if match else norm
    return rest if len(rest) >= _MIN_STEM else norm


def shape(word: str) -> str:
    """A coarse shape: ``'ar'``, ``'Lat'``, ``'LAT'``, ``'lat'``, ``'d'``, ``'ar+d'``, ``'p'``..."""
    kinds = []
    for char in word:
        if char.isdigit():
            kind = "d"
        elif "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
            kind = "ar" if char.isalpha() or unicodedata.category(char) == "Mn" else "p"
        elif char.isalpha():
            kind = "Lat" if char.isupper() else "lat"
        else:
            kind = "p"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    if kinds[:2] == ["Lat", "lat"] and len(kinds) == 2:
        return "Title"
    if kinds == ["Lat"] and len(word) > 1:
        return "UPPER"
    return "+".join(kinds[:3])


@cache
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word on its own (cached: news repeats its words)."""
    norm = normalize_word(word)
    base = stem(word)
    return (
        f"w={norm}",
        f"stem={base}",
        f"p2={base[:2]}",
        f"p3={base[:3]}",
        f"s2={norm[-2:]}",
        f"s3={norm[-3:]}",
        f"shape={shape(word)}",
        f"clitic={norm[: len(norm) - len(base)]}" if base != norm else "clitic=",
        f"len={min(len(base), 8)}",
    )


def _context_features(word: str) -> tuple[str, ...]:
    """The smaller set a neighbour contributes."""
    features = word_features(word)
    return features[0], features[1], features[6]


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Features of every token of a sentence (a list of strings per token)."""
    own = [word_features(word) for word in words]
    context = [_context_features(word) for word in words]
    n = len(words)
    result = []
    for i in range(n):
        features = ["bias", *own[i]]
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if offset == 0:
                continue
            if 0 <= j < n:
                features.extend(f"{offset}:{feature}" for feature in context[j])
            else:
                features.append(f"{offset}:{'BOS' if j < 0 else 'EOS'}")
        if 0 < i:
            features.append(f"-1|0:{context[i - 1][1]}|{own[i][1]}")
        result.append(features)
    return result
