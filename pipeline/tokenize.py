"""Text -> sentences and word tokens with character offsets into the original text.

camel-tools' ``simple_word_tokenize`` returns strings without offsets and splits ``14.8``,
``60,000`` and ``١٤٫٨`` apart, so the tokens here come from one regular expression over the
original text, with the same split rule (runs of word characters; each punctuation mark on its
own) plus what news needs: numbers kept whole with their separators and ``%``, clitics kept
attached as written (``وألمانيا``, ``بـ15``: the ANERcorp convention), hyphenated names whole
(``GPT-5``), and tatweel or bidi marks inside a word kept inside it. An underscore separates
words as a space does, so a hashtag's words are words (``#محمد_خان``: ``#``, ``محمد``, ``خان``,
and a name across them keeps the underscore in its surface text).

>>> [t.text for t in tokenize_words("بلغت 14.8 مليار، و60,000 عامل")]
['بلغت', '14.8', 'مليار', '،', 'و60,000', 'عامل']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol, TypeVar

from pipeline.doc import Sentence, Token
from pipeline.normalize import BIDI_CONTROLS, normalize_word

# A word character: letters and digits of any script, Arabic marks, tatweel, underscore.
_W = r"[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_BIDI = f"[{BIDI_CONTROLS}]"
# Inside a token: a separator between two digits (14.8, 60,000, ١٤٫٨, 60 000 with a thin space),
# a hyphen or apostrophe between word characters (GPT-5, O'Neil), bidi marks between word chars.
_JOIN = (
    rf"(?<={_DIGIT})[.,\u066b\u066c\u2009\u202f](?={_DIGIT})"
    rf"|(?<=[^\W_])[-'’](?=[^\W_])"
    rf"|{_BIDI}+(?=(?:{_W}))"
)
_TOKEN = re.compile(
    rf"(?:{_W})(?:{_W}|{_JOIN})*(?:\s?[%\u066a])?"  # word or number, with a % sign
    r"|([.!?؟…])\1*"  # a run of the same sentence-final mark: '..', '...'
    r"|[^\s]",  # any other character on its own
)
# Where a sentence ends: after these marks (and the closing quotes or brackets that follow).
# A run of dots ('..', '...') joins the two halves of a headline or a sentence in Arabic news
# ("عودة لرهانات الماضي.. ولكن"), so it ends nothing unless a line break follows.
_FINAL = frozenset(".!?؟")
#: Characters that separate words without being tokens themselves.
_NOT_TOKENS = frozenset(BIDI_CONTROLS) | {"_"}
_CLOSING = frozenset("\"'”’»)]}›″")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


T = TypeVar("T", bound=_Spanned)


class _Raw(NamedTuple):
    """A token before it is numbered: all that sentence splitting needs."""

    start: int
    end: int
    text: str


def _raw_tokens(text: str, start: int, end: int | None) -> list[_Raw]:
    end = len(text) if end is None else end
    found = []
    for m in _TOKEN.finditer(text, start, end):
        surface = m.group()
        if not surface.isspace() and surface not in _NOT_TOKENS:
            found.append(_Raw(m.start(), m.end(), surface))
    return found


def tokenize_words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (no sentence numbers yet).

    >>> [(t.text, t.start) for t in tokenize_words("في ٢٠٢٥، ٤٩٪")]
    [('في', 0), ('٢٠٢٥', 3), ('،', 7), ('٤٩٪', 9)]
    >>> [(t.text, t.start) for t in tokenize_words("#محمد_خان")]
    [('#', 0), ('محمد', 1), ('خان', 6)]
    """
    return [Token(a, b, t, normalize_word(t)) for a, b, t in _raw_tokens(text, start, end)]


def split_sentences(text: str, tokens: Sequence[T]) -> list[list[T]]:
    """Group tokens into sentences: a break after . ! ? ؟ … followed by a space, and at a line end.

    A final mark glued to the next word (``U.S.``) does not end a sentence; a number such as
    ``14.8`` is one token and so never splits.
    """
    sentences: list[list[T]] = []
    current: list[T] = []
    for i, token in enumerate(tokens):
        if current and "\n" in text[current[-1].end : token.start]:
            sentences.append(current)
            current = []
        current.append(token)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            continue
        ends = _is_final(token.text) or (token.text in _CLOSING and _ends_after_mark(current))
        if ends and _after_title(current):
            ends = False  # د. رافي مهروترا: "Dr." before a name ends nothing
        # A mark glued to what follows ends nothing: 'U.S.', or '."' where the quote ends it.
        if ends and nxt.start > token.end:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


#: Abbreviated titles that a full stop follows before a name (د. "Dr."): no sentence ends there.
_ABBREVIATED_TITLES = frozenset({"د"})


def _after_title(tokens: Sequence[_Spanned]) -> bool:
    """The sentence so far ends in an abbreviated title and its stop (د.), not after a figure
    or a word of one (the 90 د. of a match's minutes, 12 م د. "12 million dinars")."""
    if len(tokens) < 2 or tokens[-1].text != "." or tokens[-2].text not in _ABBREVIATED_TITLES:
        return False
    if len(tokens) < 3:
        return True
    before = tokens[-3].text  # a word or a comma or colon; not a figure, a word of one, a stop
    return (before.isalpha() and before not in _FIGURE_WORDS) or before in _BEFORE_TITLE_MARKS


#: Marks that may come before an abbreviated title (تأليف: د. مسلم سقا، الوزير، د. نبيل).
_BEFORE_TITLE_MARKS = frozenset({":", "،", ",", "(", "-"})
#: Words of a figure before an abbreviated unit (12 م د., 611.5 أ د.: million, thousand dinars).
_FIGURE_WORDS = frozenset({"م", "أ", "ألف", "مليون", "مليار", "آلاف", "ملايين", "مليارات"})


def _ends_after_mark(tokens: Sequence[_Spanned]) -> bool:
    """The sentence so far ends in a final mark followed only by closing quotes."""
    for token in reversed(tokens):
        if token.text in _CLOSING:
            continue
        return _is_final(token.text)
    return False


def _is_final(text: str) -> bool:
    """A sentence-final mark: . ! ? ؟ (or a run of ! ?), but not a run of dots."""
    return text[0] in _FINAL and text[:2] != ".."


def tokenize(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Sentence], list[Token]]:
    """Sentences and numbered tokens of ``text[start:end]``, offsets into ``text``.

    >>> sentences, tokens = tokenize("بلغت 14.8 مليار. وقال وانغ")
    >>> [(s.start, s.end) for s in sentences], [t.sentence for t in tokens]
    ([(0, 16), (17, 26)], [0, 0, 0, 0, 1, 1])
    """
    groups = split_sentences(text, _raw_tokens(text, start, end))
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for s, group in enumerate(groups):
        sentences.append(Sentence(index=s, start=group[0].start, end=group[-1].end))
        tokens.extend(
            Token(a, b, t, normalize_word(t), sentence=s, index=i)
            for i, (a, b, t) in enumerate(group)
        )
    return sentences, tokens
