"""Arabic number words and digits -> exact values (``Decimal``, never float).

The lowest layer of amount and date extraction:

* :func:`normalize` folds a text for matching (digits to ASCII, alef/yaa/taa-marbuta forms,
  diacritics, tatweel and bidi marks dropped) and keeps an offset map back to the original,
  so every span found in the folded text maps to exact original offsets;
* :func:`tokenize` cuts the folded text into numbers, Arabic words, Latin words and symbols;
* :func:`read_number` reads one number starting at a token: digits (``14.8 مليار``),
  spelled-out cardinals (``مئة وخمسة وعشرون ألفا``), ordinals (``الثامنة والعشرين``),
  fractions (``نصف``، ``1/3``), multipliers (``ثلاثة أضعاف``) and vague quantities
  (``عشرات الآلاف``);
* :func:`format_decimal` prints a value plainly and :func:`to_words` writes an integer in MSA.

Values are exact: ``14.3 مليار`` is ``Decimal("14300000000")``. Fractions are rounded to
:data:`FRACTION_PLACES` decimal places (``ثلث`` -> ``0.333333``).

>>> read_number(tokenize(normalize("خمسة وعشرون ألفا").text), 0).value
Decimal('25000')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Context, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from pipeline.lexicon import load_tsv
from pipeline.normalize import BIDI_CONTROLS, DIGITS_TABLE, TATWEEL

#: Decimal places kept for fractions that do not terminate (1/3 -> 0.333333).
FRACTION_PLACES = 6
#: A digit run with more integer digits than this is an identifier (an account number, an
#: IBAN, a hash), not a quantity: it is never read as a number.
MAX_INTEGER_DIGITS = 18
#: Arithmetic on values: wide enough that no value a number can take (18 digits times the
#: largest scale word, six decimal places) is ever rounded or raises.
EXACT = Context(prec=80)

# ---------------------------------------------------------------------------------------------
# Normalisation with an offset map
# ---------------------------------------------------------------------------------------------

#: Dropped when folding: Arabic diacritics (tanween, harakat, shadda, sukun, dagger alef),
#: tatweel, bidi controls (LRM/RLM/ALM, embeddings, isolates), zero-width joiners, BOM.
_DROPPED = f"\u064b-\u065f\u0670{TATWEEL}{BIDI_CONTROLS}\u200b-\u200d\ufeff"
_DROPPED_RE = re.compile(f"[{_DROPPED}]")
_KEPT_RE = re.compile(f"[^{_DROPPED}]+")
#: Marks that belong to the preceding letter: a span ending on a letter takes them along.
_TRAILING_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670])


def _fold_table() -> dict[int, int | str]:
    # One character for one: camel-tools' normalisers may change lengths, this may not.
    table: dict[int, int | str] = dict(DIGITS_TABLE)
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table[ord("ى")] = "ي"
    table[ord("ة")] = "ه"
    table[ord("−")] = "-"
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    return table


_FOLD = _fold_table()


@dataclass(frozen=True, slots=True)
class Normalized:
    """A folded copy of ``original`` for matching, with the way back to original offsets.

    ``offsets[i]`` is the original index of folded character ``i`` (``None`` when nothing was
    dropped, so offsets are the identity).
    """

    original: str
    text: str
    offsets: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of folded ``text[start:end]``; marks on the last letter kept.

        >>> n = normalize("بـ15 شخصًا")
        >>> n.span(1, 3), n.span(4, 8)
        ((2, 4), (5, 10))
        """
        if self.offsets is None:
            o_start, o_end = start, end
        else:
            o_start = self.offsets[start]
            o_end = self.offsets[end - 1] + 1
        # Tanween or shadda written after the last letter belongs to the word (دولاراً).
        while o_end < len(self.original) and self.original[o_end] in _TRAILING_MARKS:
            o_end += 1
        return o_start, o_end


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; every folded character maps back to one original character.

    >>> normalize("بحوالى ٦٠٬٠٠٠ عاملٍ").text
    'بحوالي 60,000 عامل'
    """
    if not _DROPPED_RE.search(text):
        return Normalized(text, text.translate(_FOLD), None)
    kept: list[int] = []
    for run in _KEPT_RE.finditer(text):  # runs of kept characters, not one character at a time
        kept.extend(range(run.start(), run.end()))
    folded = _DROPPED_RE.sub("", text).translate(_FOLD)
    return Normalized(text, folded, tuple(kept))


def normalize_word(word: str) -> str:
    """The folded form of a data-file entry (same folding as :func:`normalize`).

    >>> normalize_word("إحدى")
    'احدي'
    """
    return _DROPPED_RE.sub("", word).translate(_FOLD)


def strip_diacritics(word: str) -> str:
    """``word`` as written, without diacritics, tatweel or bidi marks (letters untouched).

    >>> strip_diacritics("شخصًا")
    'شخصا'
    """
    return _DROPPED_RE.sub("", word)


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    # the separators of some Arab outlets between digits, no space around them: the Arabic
    # comma (10،6) and ر (5ر656, the decimals first), see parse_digits
    r"(?P<num>[0-9]+[،ر][0-9]+(?![0-9.,،ر])"
    # digits with decimal point, comma groups, or thin/narrow/no-break space groups of three
    r"|[0-9]+(?:[.,][0-9]+|[\u2009\u202f\u00a0][0-9]{3}(?![0-9]))*"
    # a leading decimal point (.77) only after a space or at the start
    r"|(?<![^\s(])\.[0-9]+(?![.,][0-9]))"
    r"|(?P<word>[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+)"
    r"|(?P<latin>[a-z]+)"
    r"|(?P<space>\s+)"
    r"|(?P<sym>.)",
    re.DOTALL,
)
_LINE_BREAK_RE = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True, slots=True)
class Token:
    """A number, Arabic word, Latin word or symbol in the folded text.

    ``gap`` says what separates it from the previous token: ``""`` (touching), ``" "`` (spaces
    on one line) or ``"\\n"`` (a line break, or nothing before the first token).
    """

    kind: str
    start: int
    end: int
    text: str
    gap: str


def tokenize(folded: str) -> list[Token]:
    """Tokens of a folded text (see :func:`normalize`).

    >>> [t.text for t in tokenize(normalize("بـ14.8 مليار$").text)]
    ['ب', '14.8', 'مليار', '$']
    """
    tokens: list[Token] = []
    gap = "\n"
    for match in _TOKEN_RE.finditer(folded):
        kind = match.lastgroup
        if kind == "space":
            gap = "\n" if _LINE_BREAK_RE.search(match.group()) else " "
            continue
        tokens.append(Token(kind, match.start(), match.end(), match.group(), gap))  # type: ignore[arg-type]
        gap = ""
    return tokens


def joined(token: Token) -> bool:
    """True when ``token`` continues the previous one on the same line (no punctuation between)."""
    return token.gap != "\n"


# ---------------------------------------------------------------------------------------------
# Language data
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    value: Decimal
    role: str
    alone: str


def _number_words() -> dict[str, _Word]:
    return {
        normalize_word(row["word"]): _Word(Decimal(row["value"]), row["role"], row["alone"])
        for row in load_tsv("number_words.tsv")
    }


def _scale_words() -> dict[str, tuple[Decimal, str]]:
    return {
        normalize_word(row["word"]): (Decimal(row["value"]), row["form"])
        for row in load_tsv("scale_words.tsv")
    }


def _ordinals() -> dict[str, tuple[int, str]]:
    rows = load_tsv("ordinals.tsv")
    return {normalize_word(r["word"]): (int(r["value"]), r["use"]) for r in rows}


@dataclass(frozen=True, slots=True)
class _Fraction:
    value: Decimal
    unit: str
    use: str


def _fractions() -> dict[str, _Fraction]:
    table = {}
    for row in load_tsv("fractions.tsv"):
        value = ratio(Decimal(row["numerator"]), Decimal(row["denominator"]))
        table[normalize_word(row["word"])] = _Fraction(value, row["unit"], row["use"])
    return table


NUMBER_WORDS = _number_words()
SCALE_WORDS = _scale_words()
ORDINALS = _ordinals()
VAGUE_WORDS = frozenset(normalize_word(row["word"]) for row in load_tsv("vague_words.tsv"))
#: Words that read as a proclitic + a number word but are others (لست "I am not", كمية).
FALSE_FRIENDS = frozenset(
    normalize_word(row["word"]) for row in load_tsv("number_false_friends.tsv")
)
TENS = {word: int(entry.value) for word, entry in NUMBER_WORDS.items() if entry.role == "ten"}
#: The second word of a teen (ثلاثة عشر) and of a compound ordinal (الحادي عشر).
TEEN_WORDS = frozenset({"عشر", "عشره"})

# Proclitics: conjunction و/ف, then preposition ب/ل/ك. Longest first, stems of 2+ letters.
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=8192)
def clitic_splits(word: str) -> tuple[tuple[int, str], ...]:
    """Ways to read ``word`` as proclitics + stem, the bare word first.

    >>> clitic_splits("بحوالي")[:2]
    ((0, 'بحوالي'), (1, 'حوالي'))
    """
    splits = [(0, word)]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            splits.append((len(prefix), word[len(prefix) :]))
    return tuple(splits)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def exact(value: Decimal) -> Decimal:
    """``value`` without exponent or trailing zeros: ``14.8E9`` -> ``14800000000``.

    >>> exact(Decimal("14.8") * 10**9), exact(Decimal("4.30"))
    (Decimal('14800000000'), Decimal('4.3'))
    """
    with localcontext(EXACT):
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


def ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator`` rounded to :data:`FRACTION_PLACES` places.

    >>> ratio(Decimal(1), Decimal(3)), ratio(Decimal(1), Decimal(2))
    (Decimal('0.333333'), Decimal('0.5'))
    """
    with localcontext(EXACT):
        return exact((numerator / denominator).quantize(Decimal(1).scaleb(-FRACTION_PLACES)))


def format_decimal(value: Decimal) -> str:
    """A value as plain text: no exponent, no trailing zeros, at most 6 decimal places.

    >>> format_decimal(Decimal("1.43E+10")), format_decimal(Decimal("4.30"))
    ('14300000000', '4.3')
    >>> format_decimal(Decimal(1) / Decimal(3))
    '0.333333'
    """
    with localcontext(EXACT):
        if value.as_tuple().exponent < -FRACTION_PLACES:  # type: ignore[operator]
            value = value.quantize(Decimal(1).scaleb(-FRACTION_PLACES))
        text = format(exact(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


# A comma before one or two digits is a decimal comma, as many Arab outlets write it
# (15,6% ، 5,2 مليار دولار); before three it groups thousands (60,000).
_DECIMAL_COMMA_RE = re.compile(r"[0-9]+,[0-9]{1,2}")
_DIGITS_RE = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[\u2009\u202f\u00a0][0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?"
    r"|\.[0-9]+"
)


def parse_digits(text: str, scaled: bool = False) -> Decimal | None:
    """The value of a folded digit string, or ``None`` if its separators make no number or it
    is too long to be a quantity (more than :data:`MAX_INTEGER_DIGITS` integer digits).

    >>> parse_digits("60,000"), parse_digits("14.8"), parse_digits("192.168.1.1")
    (Decimal('60000'), Decimal('14.8'), None)
    >>> parse_digits("123456789012345678901234567890123") is None
    True
    >>> parse_digits("15,6"), parse_digits("0,25")
    (Decimal('15.6'), Decimal('0.25'))

    The Arabic comma between digits (Tunisian and other outlets) is a decimal comma, and groups
    thousands before three digits unless a scale word follows (``scaled``: 117،901 مليون is
    117.901 million, 54،180 موظفا 54,180). ``ر`` between digits is the same separator written
    with the decimals first: 5ر656 مليون is 656.5 million, 225ر29 غارة 29,225.

    >>> parse_digits("10،6"), parse_digits("54،180"), parse_digits("117،901", scaled=True)
    (Decimal('10.6'), Decimal('54180'), Decimal('117.901'))
    >>> parse_digits("5ر656"), parse_digits("225ر29"), parse_digits("16ر1", scaled=True)
    (Decimal('656.5'), Decimal('29225'), Decimal('1.16'))
    """
    if "،" in text or "ر" in text:
        return _parse_arabic_separator(text, scaled)
    if _DECIMAL_COMMA_RE.fullmatch(text):
        text = text.replace(",", ".")
    if not _DIGITS_RE.fullmatch(text):
        return None
    plain = re.sub(r"[,\u2009\u202f\u00a0]", "", text)
    if len(plain.partition(".")[0]) > MAX_INTEGER_DIGITS:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None


def _parse_arabic_separator(text: str, scaled: bool) -> Decimal | None:
    """See :func:`parse_digits`: ``A،B`` is A.B (or A,B as thousands), ``AرB`` is B.A."""
    if "ر" in text:
        decimals, _, whole = text.partition("ر")
    else:
        whole, _, decimals = text.partition("،")
    if not (whole.isdigit() and decimals.isdigit()):
        return None
    if len(decimals) == 3 and not scaled:
        return parse_digits(whole + decimals) if len(whole) <= 3 else None
    return parse_digits(f"{whole}.{decimals}")


# ---------------------------------------------------------------------------------------------
# Reading a number from tokens
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens.

    ``start`` is the folded offset where it starts (after any clitic), ``end_index`` the index of
    the first token after it. ``kind`` is cardinal, ordinal, fraction, multiplier or vague
    (``value`` None). ``scale`` is the largest scale word used (None without one); ``digits``
    is the digit string when the number is one bare digit token; ``alone`` is ``after_noun`` for
    واحد/واحدة standing alone (a number only after a counted noun: عام واحد).
    """

    start: int
    end_index: int
    value: Decimal | None
    kind: str = "cardinal"
    scale: Decimal | None = None
    digits: str = ""
    alone: str = "yes"
    unit: str = ""


def _word_stem(token: Token, clitics: bool) -> tuple[tuple[int, str], ...]:
    if token.kind != "word":
        return ()
    return clitic_splits(token.text) if clitics else ((0, token.text),)


def read_number(tokens: list[Token], i: int, qualified: bool = False) -> Number | None:
    """Read the number starting at ``tokens[i]``, or ``None``.

    ``qualified`` says a qualifier phrase precedes (أكثر من الضعف), which lets ambiguous
    words such as الضعف or النصف count.

    >>> toks = tokenize(normalize("الثامنة والعشرين").text)
    >>> read_number(toks, 0).value, read_number(toks, 0).kind
    (Decimal('28'), 'ordinal')
    """
    with localcontext(EXACT):
        return (
            _read_ordinal(tokens, i)
            or _read_fraction(tokens, i, qualified)
            or _read_cardinal(tokens, i)
            or _read_vague(tokens, i)
        )


def _read_ordinal(tokens: list[Token], i: int) -> Number | None:
    """الأول، الحادي عشر، الثامنة والعشرين، العشرون، سادسة."""
    for prefix, stem in _word_stem(tokens[i], clitics=True):
        definite = stem.startswith("ال")
        rest = stem[2:] if definite else stem
        if rest in ORDINALS:
            value, use = ORDINALS[rest]
        elif definite and rest in TENS:
            if _scale_after(tokens, i) or _accusative_after(tokens, i):
                # الخمسين مليون جنيه، خلال الثلاثين يوما: fifty million, thirty days, cardinals
                # (_component)
                return None
            value, use = TENS[rest], "definite"
        else:
            continue
        if use == "bare" or definite:
            start = tokens[i].start + prefix
            compound = _ordinal_compound(tokens, i + 1) if value < 10 and definite else None
            if compound:
                add, end_index = compound
                return Number(start, end_index, Decimal(value + add), "ordinal")
            if use != "compound":
                return Number(start, i + 1, Decimal(value), "ordinal")
    return None


def _ordinal_compound(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The tens part after an ordinal unit: عشر/عشرة (+10) or و + ال + tens (+20..90)."""
    if k >= len(tokens) or not joined(tokens[k]) or tokens[k].kind != "word":
        return None
    text = tokens[k].text
    if text in TEEN_WORDS:
        return 10, k + 1
    if text == "و" and k + 1 < len(tokens) and joined(tokens[k + 1]):
        text, k = tokens[k + 1].text, k + 1
    elif text.startswith("و"):
        text = text[1:]
    else:
        return None
    if text.startswith("ال") and text[2:] in TENS:
        return TENS[text[2:]], k + 1
    return None


def _read_fraction(tokens: list[Token], i: int, qualified: bool) -> Number | None:
    """نصف، ثلثي، ضعفين، النصف/الضعف after a qualifier, 1/3; then an optional scale word."""
    token = tokens[i]
    if token.kind == "num":
        return _read_digit_fraction(tokens, i)
    for prefix, stem in _word_stem(token, clitics=True):
        entry = FRACTIONS.get(stem)
        if entry is None or entry.use == "after_cardinal":
            continue
        if entry.use == "qualified" and not qualified:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text in _NOT_AFTER_FRACTION:
            return None  # ربع النهائي: a round of a cup
        value, end_index, scale = entry.value, i + 1, None
        if not entry.unit and end_index < len(tokens) and joined(tokens[end_index]):
            scaled = SCALE_WORDS.get(tokens[end_index].text)
            if scaled and scaled[1] == "singular":  # نصف مليون = 500000
                scale = scaled[0]
                value, end_index = exact(value * scale), end_index + 1
        kind = "multiplier" if entry.unit else ("fraction" if scale is None else "cardinal")
        return Number(token.start + prefix, end_index, value, kind, scale, unit=entry.unit)
    return None


def _read_digit_fraction(tokens: list[Token], i: int) -> Number | None:
    """``1/3`` (and not a date such as 4/9/2025, which never reaches here as an amount)."""
    if i + 2 >= len(tokens):
        return None
    slash, denominator = tokens[i + 1], tokens[i + 2]
    if slash.text != "/" or slash.gap or denominator.kind != "num" or denominator.gap:
        return None
    if i + 3 < len(tokens) and tokens[i + 3].text == "/" and not tokens[i + 3].gap:
        return None
    top, bottom = parse_digits(tokens[i].text), parse_digits(denominator.text)
    # Only a proper fraction with a small denominator (1/3، 3/4); 42/590 is a reference number.
    if top is None or not bottom or not 0 < top < bottom <= 100:
        return None
    return Number(tokens[i].start, i + 3, ratio(top, bottom), "fraction")


FRACTIONS = _fractions()
#: Words after a fraction word that make it a name (ربع النهائي، نصف النهائي).
_NOT_AFTER_FRACTION = frozenset(
    normalize_word(row["word"]) for row in load_tsv("not_after_fraction.tsv")
)


@dataclass(slots=True)
class _Cardinal:
    """Running state of :func:`_read_cardinal`: the finished groups and the current one."""

    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    parts: frozenset[str] = frozenset()  # H (hundreds), U (unit), T (tens), TEEN, D (digits)
    last_unit: int = -1
    last_role: str = ""
    last_scale: Decimal | None = None
    max_scale: Decimal | None = None
    pending: bool = False  # a unit that only lives in a compound (أحد، اثنا) waits for its tens
    needs_scale: bool = False  # digits after a scale word (3 ملايين و500) need their own scale


def _abbreviations() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First token -> the token texts of each scale-and-currency abbreviation (م د، م.د)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for row in load_tsv("currency_abbreviations.tsv"):
        words = tuple(t.text for t in tokenize(normalize(row["form"]).text))
        table.setdefault(words[0], []).append(words)
    return {first: tuple(rows) for first, rows in table.items()}


#: The abbreviations that hold a scale (1142 م د = 1,142 million dinars), as amounts.py reads
#: them from ``data/currency_abbreviations.tsv``.
_ABBREVIATIONS = _abbreviations()


def _scale_after(tokens: list[Token], k: int) -> bool:
    """A scale word follows token ``k`` (مليون), or an abbreviation with one (م د)."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1].text
    if after in SCALE_WORDS:
        return True
    return any(
        tuple(t.text for t in tokens[k + 1 : k + 1 + len(words)]) == words
        for words in _ABBREVIATIONS.get(after, ())
    )


#: Adverbs in the accusative, which end in ا as a counted noun after 11..99 does.
_ACCUSATIVE_ADVERBS = frozenset(
    {"تقريبا", "ايضا", "جدا", "مثلا", "سابقا", "لاحقا", "دائما", "ابدا", "فورا", "معا", "قريبا"}
)


def _definite_ten_counting(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a ten with the article (and maybe a clitic) before its counted noun."""
    if not _accusative_after(tokens, k):
        return False
    return any(
        stem.startswith("ال") and stem[2:] in TENS for _, stem in clitic_splits(tokens[k].text)
    )


def _accusative_after(tokens: list[Token], k: int) -> bool:
    """A noun in the accusative follows token ``k`` (يوما، عاما، موقعا), as the counted noun of
    a ten does: الثلاثين يوما is "the thirty days", not "the thirtieth". Not an adverb
    (تقريبا، حاليا، سنويا: none ending in يا), nor a verb (الستين كانوا، نجوا: a plural's وا;
    يجعلها: the imperfect's ي with a pronoun's ها; جنيها and مواطنا are nouns)."""
    if k + 1 >= len(tokens) or not joined(tokens[k + 1]) or tokens[k + 1].kind != "word":
        return False
    word = tokens[k + 1].text
    return (
        len(word) > 3
        and word.endswith("ا")
        and not word.endswith(("يا", "وا"))
        and not (word.startswith(("ي", "ت", "ن")) and word.endswith("ها"))
        and not word.startswith(("ال", "و", "ف", "ب", "ل"))
        and word not in _ACCUSATIVE_ADVERBS
    )


def _component(
    token: Token, first: bool, scaled: bool = False, teen: bool = False
) -> tuple[int, str, Decimal, str, str] | None:
    """(clitic length, role, value, form/alone, surface) of one cardinal word or digit token;
    ``scaled``: a scale word follows (it makes 117،901 a decimal); ``teen``: عشر/عشرة follows,
    so that a unit with the article starts a teen (الاثني عشر شهرا: the twelve months)."""
    if token.kind == "num":
        value = parse_digits(token.text, scaled)
        return None if value is None else (0, "digits", value, "yes", token.text)
    if token.kind != "word":
        return None
    # The first word may carry any proclitic (بخمسة); later ones only the و that joins them.
    # Later words try the joining و first: وأحد folds to واحد but is و + أحد (ثمانمئة وأحد عشر).
    text = token.text
    if text in FALSE_FRIENDS or (text[:1] in "وف" and text[1:] in FALSE_FRIENDS):
        return None
    splits = clitic_splits(text) if first else ((1, text[1:]), (0, text))
    if first and teen and text.startswith("ال"):
        unit = NUMBER_WORDS.get(text[2:])
        if unit is not None and unit.role == "unit":
            return 2, unit.role, unit.value, "yes", text[2:]
    if first and scaled:
        # A unit or a ten with the article before a scale word is a cardinal: الخمسة ملايين
        # دولار، تجاوزت السبعين ألف ريال (the article and a clitic before it are left out); so
        # is a ten before its counted noun (خلال الثلاثين يوما: _read_ordinal leaves it).
        for prefix, stem in splits:
            word = NUMBER_WORDS.get(stem[2:]) if stem.startswith("ال") else None
            if word is not None and word.role in ("unit", "ten") and word.value:  # not الصفر
                return prefix + 2, word.role, word.value, "yes", stem[2:]
    for prefix, stem in splits:
        if not first and prefix and not text.startswith("و"):
            continue
        if stem in NUMBER_WORDS:
            word = NUMBER_WORDS[stem]
            return prefix, word.role, word.value, word.alone, stem
        if stem in SCALE_WORDS:
            value, form = SCALE_WORDS[stem]
            return prefix, "scale", value, form, stem
    return None


def _apply(state: _Cardinal, role: str, value: Decimal, form: str, first: bool, waw: bool) -> bool:
    """Add one component to ``state`` if Arabic number grammar allows it there."""
    parts = state.parts
    new_group = not parts and not first  # a new group after a scale word must start with و
    if role == "digits":
        if parts or (new_group and not waw):
            return False
        state.group, state.parts = value, frozenset("D")
        state.needs_scale = not first
    elif role == "unit":
        if (
            state.last_role == "unit" and not waw and value == 10
            and 1 <= state.last_unit <= 9 and not parts & {"T", "TEEN", "D"}
        ):
            state.group += 10  # ثلاثة عشر
            state.parts, state.pending = parts | {"TEEN"}, False
        elif parts & {"U", "T", "TEEN", "D"} or (("H" in parts or new_group) and not waw):
            return False
        else:
            state.group += value
            state.parts = parts | {"U"}
            state.last_unit = int(value)
            state.pending = form == "no"
    elif role == "ten":
        if parts & {"T", "TEEN", "D"} or (parts and not waw) or (new_group and not waw):
            return False
        state.group += value
        state.parts, state.pending = parts | {"T"}, False
    elif role == "hundred":
        if state.last_role == "unit" and not waw and value == 100 and parts == frozenset("U"):
            if not 3 <= state.last_unit <= 9:
                return False
            state.group = Decimal(state.last_unit * 100)  # ثلاث مئة
        elif parts or (new_group and not waw):
            return False
        else:
            state.group = value
        state.parts = frozenset("H")
    else:  # scale word
        if state.pending or (state.last_scale is not None and value >= state.last_scale):
            return False
        if not parts:
            if (new_group and not waw) or form == "plural":
                return False  # a plural scale alone is vague (آلاف), read elsewhere
            multiplier = Decimal(1 if form == "singular" else 2)
        elif waw:
            if form not in ("singular", "dual"):
                return False
            multiplier = state.group + (1 if form == "singular" else 2)  # مئة وألف = 101000
        elif form == "dual":
            return False
        else:
            multiplier = state.group
        state.total += multiplier * value
        state.group, state.parts, state.needs_scale = Decimal(0), frozenset(), False
        state.last_scale = value
        state.max_scale = value if state.max_scale is None else max(state.max_scale, value)
    state.last_role = role
    return True


def _read_cardinal(tokens: list[Token], i: int, decimals: bool = True) -> Number | None:
    """Digits and spelled-out cardinals with scale words: 14.8 مليار، مئة وخمسة وعشرون ألفا."""
    state = _Cardinal()
    best: Number | None = None
    start = -1
    k, first, single_alone = i, True, "yes"
    while k < len(tokens):
        token = tokens[k]
        if not first and not joined(token):
            break
        waw = False
        if not first and token.kind == "word" and token.text == "و":
            if k + 1 >= len(tokens) or not joined(tokens[k + 1]):
                break
            waw, k, token = True, k + 1, tokens[k + 1]
        teen = k + 1 < len(tokens) and tokens[k + 1].text in TEEN_WORDS
        scaled = _scale_after(tokens, k) or (first and _definite_ten_counting(tokens, k))
        component = _component(token, first, scaled, teen)
        if component is None:
            break
        prefix, role, value, form, _ = component
        if not first and prefix:
            waw = True
        if not _apply(state, role, value, form, first, waw):
            break
        if role == "digits" and state.needs_scale and _rest_of(state, value, tokens, k + 1):
            state.needs_scale = False  # 182 ألفا و240 دولارا = 182,240
        if first:
            start = token.start + prefix
            single_alone = form if role == "unit" else "yes"
        else:
            single_alone = "yes"
        first = False
        k += 1
        if not state.pending and not state.needs_scale:
            digits = token.text if role == "digits" and k == i + 1 else ""
            best = Number(start, k, exact(state.total + state.group), "cardinal",
                          state.max_scale, digits, single_alone)
    if best is None:
        return None
    if best.end_index == i + 1 and tokens[i].text in SCALE_WORDS and best.value is not None:
        value, form = SCALE_WORDS[tokens[i].text]
        after = tokens[best.end_index] if best.end_index < len(tokens) else None
        if form == "accusative" and not (after and joined(after) and after.kind == "word"):
            # مليونا alone is "a million" (accusative); before a noun it is the dual
            # construct "two million" (مليونا دولار).
            best = replace(best, value=value)
    return _after_cardinal(tokens, _spoken_decimal(tokens, best) if decimals else best)


def _rest_of(state: _Cardinal, value: Decimal, tokens: list[Token], k: int) -> bool:
    """Whether digits after a thousand and و are the rest of the number (182 ألفا و240) rather
    than the start of another (5 آلاف و10 آلاف): whole, below a thousand, and no scale word
    after them. After a million they are not joined: ``3 ملايين و500`` is said for 3.5 million
    as often as written for 3,000,500."""
    if state.last_scale != 1000 or not value < 1000:
        return False
    if value != value.to_integral_value():
        return False
    after = tokens[k] if k < len(tokens) else None
    if after is None or not joined(after) or after.kind != "word":
        return True
    return not any(stem in SCALE_WORDS for _, stem in clitic_splits(after.text))


#: The spoken decimal point: خمسة فاصلة اثنان = 5.2.
_DECIMAL_POINT = frozenset({"فاصله", "فاصل"})


def _spoken_decimal(tokens: list[Token], number: Number) -> Number:
    """خمسة فاصلة اثنان = 5.2, ثلاثة فاصلة صفر خمسة = 3.05, اثنان فاصلة خمسة مليار = 2.5e9."""
    k = number.end_index
    value = number.value
    if value is None or number.scale is not None or value != value.to_integral_value():
        return number
    if k + 1 >= len(tokens) or not joined(tokens[k]) or tokens[k].text not in _DECIMAL_POINT:
        return number
    j, zeros = k + 1, 0
    while j + 1 < len(tokens) and tokens[j].text == "صفر" and joined(tokens[j + 1]):
        j, zeros = j + 1, zeros + 1
    if not joined(tokens[j]):
        return number
    part = _read_cardinal(tokens, j, decimals=False)
    if part is None or part.value is None or part.kind != "cardinal" or part.digits:
        return number
    scale = part.scale or Decimal(1)
    digits = part.value / scale
    if digits != digits.to_integral_value() or not 0 <= digits < 1000:
        return number
    fraction = Decimal(f"0.{'0' * zeros}{int(digits)}")
    return Number(number.start, part.end_index, exact((value + fraction) * scale), "cardinal",
                  part.scale)


def _after_cardinal(tokens: list[Token], number: Number) -> Number:
    """A plural fraction or multiplier after a cardinal: ثلاثة أرباع = 0.75, ثلاثة أضعاف = 3;
    a half after a scale word: مليون ونصف = 1,500,000, 3 ملايين ونصف المليون = 3,500,000."""
    k = number.end_index
    if number.scale is not None and number.value is not None and k < len(tokens) and (
        joined(tokens[k]) and tokens[k].text == "ونصف"
    ):
        end = k + 1
        following = tokens[end].text if end < len(tokens) and joined(tokens[end]) else ""
        if following.removeprefix("ال") in SCALE_WORDS:
            end += 1  # ونصف المليون، ونصف مليون
        half = exact(number.scale / 2)
        return replace(number, end_index=end, value=exact(number.value + half))
    if k < len(tokens) and joined(tokens[k]) and number.value is not None:
        entry = FRACTIONS.get(tokens[k].text)
        if entry is not None and entry.use == "after_cardinal":
            kind = "multiplier" if entry.unit else "fraction"
            return Number(number.start, k + 1, exact(number.value * entry.value), kind,
                          unit=entry.unit)
    return number


def _read_vague(tokens: list[Token], i: int) -> Number | None:
    """عشرات، مئات الآلاف، بضعة آلاف، عدة ملايين: a quantity without a value."""
    for prefix, stem in _word_stem(tokens[i], clitics=True):
        if stem in VAGUE_WORDS:
            k = i + 1
            while k < len(tokens) and joined(tokens[k]) and tokens[k].kind == "word":
                word = tokens[k].text
                bare = word[2:] if word.startswith("ال") else word
                if word in VAGUE_WORDS or word in SCALE_WORDS or bare in VAGUE_WORDS:
                    k += 1
                else:
                    break
            return Number(tokens[i].start + prefix, k, None, "vague")
    return None


def parse_number(text: str) -> Decimal | None:
    """The value of ``text`` when all of it is one number (digits or words), else ``None``.

    >>> parse_number("مليونان وثلاثمئة وخمسة وأربعون ألفا وستمئة وثمانية وسبعون")
    Decimal('2345678')
    >>> parse_number("١٤٫٨ مليار")
    Decimal('14800000000')
    """
    tokens = tokenize(normalize(text).text)
    if not tokens:
        return None
    number = read_number(tokens, 0)
    if number is None or number.end_index != len(tokens):
        return None
    return number.value


# ---------------------------------------------------------------------------------------------
# Writing numbers in words
# ---------------------------------------------------------------------------------------------

_UNITS = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
_TEENS = ("عشرة", "أحد عشر", "اثنا عشر", *tuple(f"{u} عشر" for u in _UNITS[3:]))
_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDREDS = ("", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة",
             "تسعمئة")
#: (value, singular, dual, plural, accusative) of each scale word, largest first.
_SCALES = (
    (10**9, "مليار", "ملياران", "مليارات", "مليارا"),
    (10**6, "مليون", "مليونان", "ملايين", "مليونا"),
    (10**3, "ألف", "ألفان", "آلاف", "ألفا"),
)


def _below_thousand(n: int, construct: bool = False) -> list[str]:
    """Parts of 1..999 in the nominative masculine, hundreds first, units before tens."""
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        # مئتا ألف: the dual loses its nun before the counted scale word.
        parts.append("مئتا" if hundreds == 2 and construct and not rest else _HUNDREDS[hundreds])
    if 1 <= rest <= 9:
        parts.append(_UNITS[rest])
    elif 10 <= rest <= 19:
        parts.append(_TEENS[rest - 10])
    elif rest:
        tens, unit = divmod(rest, 10)
        parts.extend([_UNITS[unit], _TENS[tens]] if unit else [_TENS[tens]])
    return parts


def to_words(n: int) -> str:
    """``n`` (0..999,999,999,999) in Modern Standard Arabic, nominative, masculine counted.

    >>> to_words(2345678)
    'مليونان وثلاثمئة وخمسة وأربعون ألفا وستمئة وثمانية وسبعون'
    >>> to_words(200000), to_words(11000), to_words(101000)
    ('مئتا ألف', 'أحد عشر ألفا', 'مئة وألف')
    """
    if n == 0:
        return "صفر"
    if not 0 < n < 10**12:
        raise ValueError(f"to_words: {n} out of range")
    parts: list[str] = []
    for value, singular, dual, plural, accusative in _SCALES:
        count, n = divmod(n, value)
        if not count:
            continue
        rest = count % 100
        if count == 1:
            parts.append(singular)
        elif count == 2:
            parts.append(dual)
        elif count >= 100 and rest in (1, 2):
            # مئة وألف (101000): the counted word absorbs the final one or two.
            parts.extend(_below_thousand(count - rest))
            parts.append(singular if rest == 1 else dual)
        else:
            words = _below_thousand(count, construct=True)
            if 3 <= rest <= 10:
                noun = plural
            elif 11 <= rest <= 99:
                noun = accusative
            else:
                noun = singular
            words[-1] = f"{words[-1]} {noun}"
            parts.extend(words)
    parts.extend(_below_thousand(n))
    return " و".join(parts)
