"""Money, percentages, counts, plain numbers and ordinals in Arabic news text -> ``Amount``.

>>> [(a.text, a.kind, str(a.value), a.currency, a.qualifier)
...  for a in find_amounts("تراهن ميتا بحوالي 10 مليارات دولار على Scale AI")]
[('حوالي 10 مليارات دولار', 'money', '10000000000', 'USD', 'approx')]

Span convention (one rule for every kind):

* the span covers the qualifier words, the number, its scale word and its unit: currency
  (with its adjective: ``5 ملايين دولار كندي``), percent sign or words, or the counted noun:
  ``نحو 15 مليار دولار``، ``أكثر من 2 مليار دولار``، ``بين 10 و15 مليار دولار``،
  ``15 مليار دولار تقريبا``، ``عشرات الآلاف من المتعاقدين``;
* a leading clitic is never in the span, whether on the qualifier or on the number:
  ``بحوالي 60,000 عامل`` -> ``حوالي 60,000 عامل``، ``بـ15 مليار دولار`` -> ``15 مليار دولار``،
  ``الـ 7 مليارات دولار`` -> ``7 مليارات دولار``;
* a qualifier counts when it touches the number (only spaces between); a verb qualifier
  (``data/qualifiers.tsv``, position ``verb``: تتجاوز، يفوق، يناهز، لا يقل عن ...) also across
  up to three words of its subject, outside the span: in
  ``قد تتجاوز قيمة هذا التمويل 10 مليارات دولار`` the amount is ``10 مليارات دولار``,
  ``more_than``. When several qualifiers are stacked the nearest wins
  (``ليصل إلى أكثر من 2 مليار دولار`` is ``more_than``).

Kinds and units: ``money`` (unit the currency word, ``currency`` ISO 4217 or "" when the
word alone is ambiguous: ريال، دينار...), ``percent`` (unit ``percent`` or
``percentage_point``), ``count`` (unit the counted noun as written, without clitics, article,
diacritics or the tanween alef: ``50 شخصًا`` -> ``شخص``), ``number`` (unit "" or
``multiplier`` for الضعف، ثلاثة أضعاف) and ``ordinal``. Vague quantities (عشرات، آلاف،
مليارات الدولارات، بضعة، عدة) have value None and qualifier ``vague``. Ranges (``بين X و Y``،
``من X إلى Y`` with X < Y, ``X-Y``) have qualifier ``range`` and ``value_max``; a scale word
on Y alone is shared (``بين 10 و15 مليار`` = 1e10..1.5e10).

Not amounts: numbers inside dates (``find_dates`` runs first), a bare year 1900-2100 with
nothing counted after it, versions and model names (a number right after a Latin word:
``Llama 4``، ``GPT-5``، or touching one: ``5G``), times ``10:30``, phone numbers, IP
addresses, the partitive أحد/إحدى (``إحدى أبرز الشركات``) and واحد/واحدة unless after a
counted noun (``عام واحد`` is a count of 1).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import lru_cache

from pipeline.dates import MONTHS, find_dates
from pipeline.doc import Amount
from pipeline.lexicon import load_tsv
from pipeline.numbers import (
    EXACT,
    FRACTIONS,
    NUMBER_WORDS,
    ORDINALS,
    SCALE_WORDS,
    TEEN_WORDS,
    TENS,
    VAGUE_WORDS,
    Normalized,
    Number,
    Token,
    clitic_splits,
    exact,
    joined,
    normalize,
    normalize_word,
    read_number,
    strip_diacritics,
    tokenize,
)

# ---------------------------------------------------------------------------------------------
# Language data as phrase tables: first word -> [(all words, payload)], longest phrase first
# ---------------------------------------------------------------------------------------------

Phrases = dict[str, list[tuple[tuple[str, ...], object]]]


def _phrase_table(pairs: list[tuple[str, object]]) -> Phrases:
    table: Phrases = {}
    for phrase, payload in pairs:
        words = tuple(token.text for token in tokenize(normalize_word(phrase)))
        table.setdefault(words[0], []).append((words, payload))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


_QUALIFIER_ROWS = load_tsv("qualifiers.tsv")
QUALIFIERS_BEFORE = _phrase_table(
    [(r["phrase"], r["qualifier"]) for r in _QUALIFIER_ROWS if r["position"] in ("before", "verb")]
)
QUALIFIERS_AFTER = _phrase_table(
    [(r["phrase"], r["qualifier"]) for r in _QUALIFIER_ROWS if r["position"] == "after"]
)
VERB_QUALIFIERS = sorted(
    (
        (tuple(t.text for t in tokenize(normalize_word(r["phrase"]))), r["qualifier"])
        for r in _QUALIFIER_ROWS if r["position"] == "verb"
    ),
    key=lambda entry: -len(entry[0]),
)
_VERB_LAST_WORDS = frozenset(words[-1] for words, _ in VERB_QUALIFIERS)
PERCENT_WORDS = _phrase_table(
    [(r["phrase"], (r["unit"], Decimal(r["per"]))) for r in load_tsv("percent_words.tsv")]
)
CURRENCIES = _phrase_table(
    [(r["form"], (r["unit"], r["currency"])) for r in load_tsv("currencies.tsv")]
)


def _subunits() -> Phrases:
    rows: dict[str, list[tuple[str, Decimal, str]]] = {}
    for row in load_tsv("subunits.tsv"):
        rows.setdefault(row["form"], []).append((row["unit"], Decimal(row["per"]), row["currency"]))
    return _phrase_table([(form, tuple(entries)) for form, entries in rows.items()])


#: Sub-units: form -> ((unit, per, currency alone), ...).
SUBUNITS = _subunits()
UNITS = _phrase_table([(r["form"], r["unit"]) for r in load_tsv("units.tsv")])
#: A scale and a currency in one abbreviation (1142 م د = 1,142 million dinars).
CURRENCY_ABBREVIATIONS = _phrase_table([
    (r["form"], (r["unit"], r["currency"], Decimal(r["scale"])))
    for r in load_tsv("currency_abbreviations.tsv")
])
def _context_units() -> Phrases:
    """form -> ((unit, cues), ...): the units a word has when its sentence names what is
    measured (درجة: °C where the weather is, Richter where an earthquake is)."""
    rows: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for r in load_tsv("unit_context.tsv"):
        cues = tuple(normalize_word(c) for c in r["cues"].split())
        rows.setdefault(r["form"], []).append((r["unit"], cues))
    return _phrase_table([(form, tuple(units)) for form, units in rows.items()])


CONTEXT_UNITS = _context_units()
IDIOMS = _phrase_table([(r["phrase"], True) for r in load_tsv("idioms.tsv")])
DUAL_NOUNS = {normalize_word(r["form"]): r["singular"] for r in load_tsv("dual_nouns.tsv")}
def _range_openers() -> Phrases:
    joiners: dict[str, set[str]] = {}
    for row in load_tsv("range_words.tsv"):
        joiners.setdefault(row["opener"], set()).add(normalize_word(row["joiner"]))
    return _phrase_table([(opener, frozenset(words)) for opener, words in joiners.items()])


RANGE_OPENERS = _range_openers()


def _agreement_stem(word: str) -> str:
    """An adjective without article and feminine ending: الأمريكية -> امريكي (folded)."""
    word = word[2:] if word.startswith("ال") and len(word) > 4 else word
    return word[:-1] if word.endswith("ه") else word


def _modifier_stem(word: str) -> str:
    """:func:`_agreement_stem` of a currency's adjective, which may also be in the accusative
    after 11-99 (جنيها استرلينيا -> استرليني، ريالا سعوديا، دولارا كنديا: about 50 sums in
    ANT, `جنيها إسترلينيا` 29 of them, had no currency or the context's)."""
    if word.endswith("يا") and len(word) > 4:
        word = word[:-1]
    return _agreement_stem(word)


def _modifiers() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in load_tsv("currency_modifiers.tsv"):
        words = tuple(_agreement_stem(w) for w in normalize_word(row["modifier"]).split())
        table.setdefault(row["unit"], []).append((words, row["currency"]))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


CURRENCY_MODIFIERS = _modifiers()
#: ISO code -> the currency word it belongs to (from the modifiers and the written forms).
CURRENCY_UNITS = {
    **{currency: unit for unit, entries in CURRENCY_MODIFIERS.items() for _, currency in entries},
    **{row["currency"]: row["unit"] for row in load_tsv("currencies.tsv") if row["currency"]},
}


def _context_cues() -> dict[tuple[str, ...], str]:
    return {
        tuple(_agreement_stem(w) for w in normalize_word(row["cue"]).split()): row["currency"]
        for row in load_tsv("currency_context.tsv")
    }


#: Context cue (agreement stems of its words) -> ISO code of that country's currency.
CONTEXT_CUES = _context_cues()
_CUE_FIRSTS = frozenset(words[0] for words in CONTEXT_CUES)
FUNCTION_WORDS = frozenset(normalize_word(r["word"]) for r in load_tsv("function_words.tsv"))

#: Words before a number that make it a reference number, no amount (القرار رقم 2231).
_NUMBER_SIGNS = frozenset(normalize_word(w) for w in ("رقم", "برقم", "الرقم", "ورقم"))

#: Words before (الساعة) or after (مساء، بتوقيت) a number that make it a time of day.
_TIME_ROWS = load_tsv("time_words.tsv")
_TIME_BEFORE = frozenset(normalize_word(r["word"]) for r in _TIME_ROWS if r["role"] == "before")
_TIME_AFTER = frozenset(normalize_word(r["word"]) for r in _TIME_ROWS if r["role"] == "after")
_DURATIONS = frozenset(normalize_word(r["word"]) for r in _TIME_ROWS if r["role"] == "duration")

#: Product names in Arabic letters: a number after one is its model (آيفون 8).
_PRODUCT_NAMES = frozenset(normalize_word(r["word"]) for r in load_tsv("product_names.tsv"))

#: Words after a product's model number (ميت 20 برو، آيفون 8 بلس): the number is a model's,
#: no amount (``data/model_words.tsv``).
_MODEL_WORDS = frozenset(normalize_word(r["word"]) for r in load_tsv("model_words.tsv"))
#: Words before a match score (فاز 3-1، بنتيجة 1-3): ``data/score_words.tsv``.
_SCORE_WORDS = frozenset(normalize_word(r["word"]) for r in load_tsv("score_words.tsv"))
#: How many words before a score its cue word may be.
_SCORE_REACH = 6

#: Singular nouns a half follows for one and a half (عام ونصف), and the nouns a half may
#: repeat after a count (17 عاما ونصف العام): ``data/half_nouns.tsv``.
_HALF_ROWS = load_tsv("half_nouns.tsv")
_HALF_OF_ONE = frozenset(normalize_word(r["word"]) for r in _HALF_ROWS if r["role"] == "one")
_HALF_OF = frozenset(normalize_word(r["word"]) for r in _HALF_ROWS if r["role"] == "repeated")

#: A preposition or conjunction and the article: a word so written is never the counted noun
#: right after a number (ماليزيا 1 للتنمية).
_ARTICLE_CLITICS = ("لل", "بال", "كال", "فال", "وال")

def _whole(table: Phrases) -> set[str]:
    """The words that are a whole phrase of ``table``: نقطة alone is a counted noun (index
    points), only the start of نقطة مئوية. (The other tables keep their first words out: تصل
    of تصل إلى is no noun.)"""
    return {first for first, entries in table.items() if any(len(w) == 1 for w, _ in entries)}


#: The proclitics a noun before واحد may carry (لمرة واحدة، بيوم واحد، ويوم واحد), which stay
#: out of the span and the unit where the noun without them is one :data:`_COUNTED_ONE` holds.
_NOUN_CLITICS = frozenset("وفبلك")

#: Nouns that واحد من counts (يوم واحد من، مرة واحدة من): the singulars of the dual nouns and
#: the nouns of half_nouns.tsv. After any other word واحد من is "one of" (تعد واحدة من).
_COUNTED_ONE = frozenset(normalize_word(s) for s in DUAL_NOUNS.values()) | _HALF_OF_ONE

#: Words that can never be the counted noun after a number.
_NOT_NOUNS = (
    FUNCTION_WORDS | NUMBER_WORDS.keys() | SCALE_WORDS.keys() | VAGUE_WORDS
    | {w for w, (_, use) in ORDINALS.items() if use != "definite"}  # 30 ثانية is a count
    | FRACTIONS.keys() | {m for m in MONTHS if " " not in m}
    | QUALIFIERS_BEFORE.keys() | QUALIFIERS_AFTER.keys() | _whole(PERCENT_WORDS) | CURRENCIES.keys()
    | SUBUNITS.keys() | UNITS.keys() | CONTEXT_UNITS.keys()
)

#: Nouns of places (``place_nouns.tsv``, ``city_nouns.tsv``): counted nouns whatever a
#: proclitic reading says (بلدية is no ب + لديه: 18 بلدية).
_PLACE_NOUNS = frozenset(
    normalize_word(r["word"]) for r in (*load_tsv("place_nouns.tsv"), *load_tsv("city_nouns.tsv"))
)

#: A number written with a dot before each group of three digits (2.500, 1.440): before a
#: sub-unit of a thousandth, thousands, as Tunisian prices write them (2.500 مليم = 2.5 dinars).
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")

#: Counted nouns measured in fractions (a race in 11.212 ثانية, a gymnast's 14.200 نقطة):
#: their dots are decimal points.
_FRACTIONAL_NOUNS = frozenset(
    {"ثانية", "ثانيه", "ثوان", "ثواني", "ثوانى", "ثانيتين", "دقيقة", "دقيقه", "دقائق", "نقطة",
     "نقطه", "نقاط"}
)

#: How a word read as a counted noun begins when it is more likely a clitic on a verb or noun
#: (96.367 ليبقى، 90.302 ويوم، 92.619 بزيادة: an index's value): its dot stays a decimal point.
_CLITIC_STARTS = ("و", "ب", "لي", "لت")

#: Words after which an amount may start (stems; ال-forms of ordinals and tens included).
_STARTERS = (
    NUMBER_WORDS.keys() | SCALE_WORDS.keys() | VAGUE_WORDS | FRACTIONS.keys()
    | {"ال" + w for w in (*ORDINALS, *TENS)}
    | {w for w, (_, use) in ORDINALS.items() if use == "bare"}
    | QUALIFIERS_BEFORE.keys() | RANGE_OPENERS.keys() | DUAL_NOUNS.keys()
)
#: Units with the article: an amount starts there only as a teen (الاثني عشر).
_DEFINITE_UNITS = frozenset("ال" + w for w, e in NUMBER_WORDS.items() if e.role == "unit")
#: Symbols and Latin codes written before a number ($5، USD 5).
_SYMBOL_STARTERS = frozenset(
    {"%", "us"} | {w for w in CURRENCIES if not w[0].isalpha() or w.isascii()}
)
_DASHES = frozenset({"-", "–", "—"})
#: What follows a list item's number at the start of a line: 1. 2- 3)
_LIST_MARKS = frozenset({".", ")", *_DASHES})


@lru_cache(maxsize=30_000)
def _word_may_start(word: str) -> bool:
    """Whether an amount may start at this word: a reading of it is a starter."""
    return any(stem in _STARTERS or stem in NUMBER_WORDS for _, stem in clitic_splits(word))

#: Words that open another clause or phrase: a verb qualifier does not reach across them.
_CLAUSE_WORDS = frozenset(normalize_word(r["word"]) for r in load_tsv("clause_words.tsv"))


# ---------------------------------------------------------------------------------------------
# The scanner
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    """An amount in folded offsets, before it becomes an :class:`Amount`."""

    start: int
    end_index: int
    kind: str
    value: Decimal | None
    value_max: Decimal | None = None
    unit: str = ""
    currency: str = ""
    qualifier: str = "exact"
    currency_source: str = ""


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str
    unit: str
    currency: str
    end_index: int
    #: The number is divided by it: 200 نقطة أساس = 2 points, 43 سنتا = 0.43 دولار.
    per: Decimal = Decimal(1)


class _Scanner:
    """Reads amounts token by token over one normalised text."""

    def __init__(self, norm: Normalized, reference_date: datetime.date | None) -> None:
        self.norm = norm
        self.tokens = tokenize(norm.text)
        self.blocked = self._date_tokens(reference_date)
        self._block_idioms()
        self._phone_runs: list[bool] | None = None
        self._context: dict[str, set[str]] | None = None
        #: The index after the last time of day the scan dropped: its words start nothing
        #: (الساعة الحادية عشرة والنصف: عشرة is no number of its own).
        self._time_end = 0

    def _block_idioms(self) -> None:
        """Tokens inside an idiom (حاسة سادسة) are never part of an amount."""
        for i, token in enumerate(self.tokens):
            if token.kind == "word" and token.text in IDIOMS:
                match = self._phrase(i, IDIOMS)
                if match is not None:
                    for k in range(i, match[1]):
                        self.blocked[k] = True

    def _date_tokens(self, reference_date: datetime.date | None) -> list[bool]:
        """Which tokens lie inside a date: a number that is part of a date is not an amount."""
        blocked = [False] * len(self.tokens)
        dates = find_dates(self.norm.original, reference_date)
        if not dates:  # most sentences
            return blocked
        starts = [self.norm.span(t.start, t.end)[0] for t in self.tokens]
        for date in dates:
            k = bisect_left(starts, date.start)
            while k < len(starts) and starts[k] < date.end:
                blocked[k] = True
                k += 1
        return blocked

    # -- the main loop ------------------------------------------------------------------------

    def scan(self) -> list[Amount]:
        amounts: list[Amount] = []
        last_end, i = 0, 0
        while i < len(self.tokens):
            found = self._amount_at(i) if self._may_start(i) else None
            if found is not None and found.start >= last_end:
                found = self._with_context(self._with_verb(found, i))
                amounts.append(self._record(found))
                last_end = self.tokens[found.end_index - 1].end
                i = found.end_index
            else:
                i = max(i + 1, self._time_end)
        return amounts

    def _may_start(self, i: int) -> bool:
        """Cheap test that an amount can start here (keeps the scan fast)."""
        token = self.tokens[i]
        if self.blocked[i]:
            return False
        if token.kind == "num":
            return True
        if token.kind == "word":
            if token.text in _DEFINITE_UNITS:  # الاثني عشر شهرا, but not الاثنين alone
                following = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
                if following in TEEN_WORDS or following in SCALE_WORDS:  # الخمسة ملايين
                    return True
                return _word_may_start(token.text)
            return _word_may_start(token.text)
        return token.text in _SYMBOL_STARTERS

    def _record(self, found: _Found) -> Amount:
        start, end = self.norm.span(found.start, self.tokens[found.end_index - 1].end)
        source = found.currency_source or ("explicit" if found.currency else "")
        return Amount(
            start, end, self.norm.original[start:end], found.kind, found.value, found.value_max,
            found.unit, found.currency, found.qualifier, currency_source=source,
        )

    # -- qualifiers and currencies from the words around -------------------------------------

    def _with_verb(self, found: _Found, i: int) -> _Found:
        """تتجاوز قيمتها 10 ملايين دولار: a verb before the subject qualifies the amount."""
        if found.qualifier != "exact" or found.kind == "ordinal":
            return found
        tokens = self.tokens
        for between in range(1, 4):
            end = i - between  # index after the verb phrase
            if end < 1 or not joined(tokens[end]):
                return found
            middle = tokens[end]
            if middle.kind != "word" or self.blocked[end] or middle.text in _CLAUSE_WORDS:
                return found
            last = tokens[end - 1]
            if last.kind != "word" or not any(
                stem in _VERB_LAST_WORDS for _, stem in clitic_splits(last.text)
            ):
                continue
            for words, qualifier in VERB_QUALIFIERS:
                first = end - len(words)
                if first < 0 or any(not joined(tokens[k]) for k in range(first + 1, end)):
                    continue
                stems = [tokens[k].text for k in range(first, end)]
                if stems[1:] == list(words[1:]) and any(
                    stem == words[0] for _, stem in clitic_splits(stems[0])
                ):
                    return replace(found, qualifier=qualifier)
        return found

    def _with_context(self, found: _Found) -> _Found:
        """A bare ريال/دينار/جنيه/درهم/ليرة takes the currency of the one country the text
        points to (its places, companies, national adjectives): أرامكو ... 27.5 مليار ريال."""
        if found.kind != "money" or found.currency or not found.unit:
            return found
        if self._context is None:
            self._context = self._context_currencies()
        candidates = self._context.get(found.unit, set())
        if len(candidates) != 1:
            return found  # no evidence, or two countries: never guess
        return replace(found, currency=next(iter(candidates)), currency_source="context")

    def _context_currencies(self) -> dict[str, set[str]]:
        """Currency word -> the ISO codes the text's cues point to."""
        found: dict[str, set[str]] = {}
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.kind != "word":
                continue
            for _, stem in clitic_splits(token.text):
                first = _agreement_stem(stem)
                if first not in _CUE_FIRSTS:
                    continue
                for words, currency in CONTEXT_CUES.items():
                    if words[0] != first or i + len(words) > len(tokens):
                        continue
                    rest = [_agreement_stem(tokens[k].text) for k in range(i + 1, i + len(words))]
                    if rest == list(words[1:]):
                        found.setdefault(CURRENCY_UNITS.get(currency, ""), set()).add(currency)
        return found

    # -- phrases --------------------------------------------------------------------------

    def _phrase(
        self, i: int, table: Phrases, clitic: bool = False
    ) -> tuple[int, int, object] | None:
        """(clitic length, index after, payload) of the longest phrase of ``table`` at ``i``."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        token = tokens[i]
        firsts = (
            clitic_splits(token.text) if clitic and token.kind == "word" else ((0, token.text),)
        )
        for prefix, stem in firsts:
            for words, payload in table.get(stem, ()):
                k = i + 1
                for word in words[1:]:
                    if k >= len(tokens) or not joined(tokens[k]) or tokens[k].text != word:
                        break
                    k += 1
                else:
                    return prefix, k, payload
        return None

    def _next(self, k: int) -> bool:
        """True when token ``k`` exists and continues the amount on the same line."""
        return k < len(self.tokens) and joined(self.tokens[k]) and not self.blocked[k]

    # -- amounts ----------------------------------------------------------------------------

    def _amount_at(self, i: int) -> _Found | None:
        found = self._qualified_at(i) or self._range_at(i) or self._quantity_at(i)
        if found is None:
            return None
        end = found.end_index
        found = self._with_subunit(found)
        end = found.end_index
        after = self._phrase(end, QUALIFIERS_AFTER) if self._next(end) else None
        if after is not None and found.qualifier == "exact":
            found = replace(found, end_index=after[1], qualifier=str(after[2]))
        return found if self._acceptable(found, i) else None

    def _with_subunit(self, found: _Found) -> _Found:
        """20 دولارا و43 سنتا = 20.43: a sub-unit of the same currency joined by و."""
        k = found.end_index
        if found.kind != "money" or found.value is None or found.value_max is not None:
            return found
        if not self._next(k) or not self.tokens[k].text.startswith("و"):
            return found
        j = k + 1 if self.tokens[k].text == "و" else k
        if not self._next(j):
            return found
        number = read_number(self.tokens, j)
        if number is None or number.value is None or number.kind != "cardinal":
            return found
        if any(self.blocked[j : number.end_index]) or not self._next(number.end_index):
            return found
        match = self._phrase(number.end_index, SUBUNITS)
        if match is None:
            return found
        for unit, per, currency in match[2]:  # type: ignore[attr-defined]
            if unit == found.unit and number.value < per:
                # a sub-unit of one country names the currency: 3 دنانير و500 مليم is TND
                return replace(found, end_index=match[1],
                               value=exact(found.value + number.value / per),
                               currency=found.currency or currency)
        return found

    def _qualified_at(self, i: int) -> _Found | None:
        """نحو 15 مليار دولار، أكثر من الضعف، ما يصل إلى 65 مليار دولار."""
        match = self._phrase(i, QUALIFIERS_BEFORE, clitic=True)
        if match is None:
            return None
        prefix, j, qualifier = match
        if not self._next(j):
            return None
        inner = self._range_at(j) or self._quantity_at(j, qualified=True)
        if inner is None or inner.kind == "ordinal":
            return None
        start = self.tokens[i].start + prefix
        if inner.qualifier in ("range", "vague"):
            return replace(inner, start=start)
        return replace(inner, start=start, qualifier=str(qualifier))

    def _range_at(self, i: int) -> _Found | None:
        """بين 10 و15 مليار دولار، من 3 إلى 5 ملايين."""
        match = self._phrase(i, RANGE_OPENERS, clitic=True)
        if match is None:
            return self._bare_range(i)
        prefix, j, joiner = match
        if not self._next(j):
            return None
        low = self._plain_number(j)
        if low is None:
            return None
        k = low.end_index
        low_unit = self._unit_at(k, low)
        if low_unit is not None:
            k = low_unit.end_index
        if not self._next(k):
            return None
        word = self.tokens[k].text
        if word in joiner:  # type: ignore[operator]
            k += 1
        elif not ("و" in joiner and word.startswith("و")):  # type: ignore[operator]
            return None
        if not self._next(k):
            return None
        high = self._plain_number(k)
        if high is None:
            return None
        start = self.tokens[i].start + prefix
        return self._range(start, low, low_unit, high)

    def _bare_range(self, i: int) -> _Found | None:
        """3 إلى 9%، 10 إلى 15 مليون دولار: a bare number, إلى, then a number with its unit
        (without the unit, 3 إلى 9 says too little to be one amount)."""
        if not any(t.text in ("الي", "حتي") for t in self.tokens[i + 1 : i + 5]):
            return None  # most numbers: no إلى shortly after, no need to read one
        low = self._plain_number(i)
        if low is None or self._unit_at(low.end_index, low) is not None:
            return None
        k = low.end_index
        if not (self._next(k) and self.tokens[k].text in ("الي", "حتي") and self._next(k + 1)):
            return None
        high = self._plain_number(k + 1)
        if high is None or self._unit_at(high.end_index, high) is None:
            return None
        return self._range(low.start, low, None, high)

    def _plain_number(self, k: int) -> Number | None:
        number = read_number(self.tokens, k)
        if number is None or number.value is None or number.kind not in ("cardinal", "fraction"):
            return None
        if any(self.blocked[k : number.end_index]):
            return None
        return number

    def _range(
        self, start: int, low: Number, low_unit: _Unit | None, high: Number
    ) -> _Found | None:
        assert low.value is not None and high.value is not None
        high_unit = self._unit_at(high.end_index, high)
        low_value, high_value = low.value, high.value
        if low.scale is None and high.scale is not None:
            low_value = exact(low_value * high.scale)  # بين 10 و15 مليار: the scale is shared
        unit = high_unit or low_unit
        if unit is not None:  # بين 50 و75 سنتا = 0.50-0.75 USD; each side by its own unit
            low_value = exact(low_value / (low_unit or unit).per)
            high_value = exact(high_value / (high_unit or low_unit or unit).per)
        if low_value >= high_value:
            return None  # من 5 إلى 3 reports a change, not a range
        if unit is None and _is_year(low) and _is_year(high):
            return None  # بين 2014 و2016 is a period
        end_index = high_unit.end_index if high_unit else high.end_index
        kind = unit.kind if unit else "number"
        return _Found(start, end_index, kind, low_value, high_value,
                      unit.unit if unit else "", unit.currency if unit else "", "range")

    def _quantity_at(self, i: int, qualified: bool = False) -> _Found | None:
        """A number with its unit: 14.8 مليار دولار، 49%، 200 موظف، $5، %49، عام واحد."""
        tokens = self.tokens
        start = tokens[i].start
        before: _Unit | None = None
        symbol = self._phrase(i, CURRENCIES)
        if symbol is not None and tokens[i].kind != "word" and self._next(symbol[1]):
            unit, currency = symbol[2]  # type: ignore[misc]
            before = _Unit("money", unit, currency, symbol[1])
            i = symbol[1]
        elif (
            tokens[i].text == "%" and self._next(i + 1) and not tokens[i + 1].gap
            and not (i and tokens[i - 1].kind == "num" and not tokens[i].gap)
        ):
            before = _Unit("percent", "percent", "", i + 1)  # %49 (the sign written first)
            i += 1
        if self.blocked[i]:
            return None
        dual = self._dual_at(i) if before is None else None
        if dual is not None:
            return dual
        number = read_number(tokens, i, qualified)
        if number is None or any(self.blocked[i : number.end_index]):
            return None
        if before is None:
            start = number.start
        if number.kind == "ordinal":
            return _Found(start, number.end_index, "ordinal", number.value)
        if before is None and tokens[i].text == "ونصف" and i and tokens[i - 1].text in _HALF_OF_ONE:
            # عام ونصف، ساعة ونصف: one and a half of the noun before
            noun = self._noun(i - 1, definite=False)
            if noun and joined(tokens[i]) and number.end_index == i + 1:
                return _Found(tokens[i - 1].start, i + 1, "count", Decimal("1.5"), unit=noun)
        if number.kind == "multiplier":
            return _Found(start, number.end_index, "number", number.value, unit="multiplier")
        if number.alone == "after_noun" and not self._percent_at(number.end_index):
            return self._after_noun(i, number)  # واحد بالمئة is one percent all the same
        dash = self._dash_range(start, number)
        if dash is not None:
            return dash
        unit = before or self._unit_at(number.end_index, number)
        if (
            unit is not None and unit.kind == "count" and before is None
            and _GROUPED_THOUSANDS.fullmatch(number.digits) and unit.unit not in _FRACTIONAL_NOUNS
            and not unit.unit.startswith(_CLITIC_STARTS)
        ):  # fmt: skip
            # 500.000 إسرائيلي، 12.109 سطرا: no count has a fraction, the dot groups thousands
            number = replace(number, value=Decimal(number.digits.replace(".", "")))
            unit = self._unit_at(number.end_index, number) or unit
        qualifier = "vague" if number.kind == "vague" else "exact"
        if unit is None:
            return _Found(start, number.end_index, "number", number.value, qualifier=qualifier)
        end_index = max(unit.end_index, number.end_index)
        value = number.value
        if value is not None and unit.per != 1:
            value = exact(value / unit.per)
        if (value is not None and unit.kind in ("count", "quantity") and number.scale is None
                and self._next(end_index) and tokens[end_index].text == "ونصف"):
            value, end_index = exact(value + Decimal("0.5")), end_index + 1  # 3 سنوات ونصف
            if self._next(end_index) and tokens[end_index].text in _HALF_OF:
                end_index += 1  # 17 عاما ونصف العام
        return _Found(start, end_index, unit.kind, value, None, unit.unit, unit.currency,
                      qualifier)

    def _dual_at(self, i: int) -> _Found | None:
        """شهرين، دعويان: a dual noun is a count of two (listed nouns only)."""
        token = self.tokens[i]
        if token.kind != "word":
            return None
        for prefix, stem in clitic_splits(token.text):
            singular = DUAL_NOUNS.get(stem)
            if singular is not None:
                if self._next(i + 1) and self.tokens[i + 1].text == "ونصف":  # سنتين ونصف
                    return _Found(token.start + prefix, i + 2, "count", Decimal("2.5"),
                                  unit=singular)
                return _Found(token.start + prefix, i + 1, "count", Decimal(2), unit=singular)
        return None

    def _percent_at(self, k: int) -> bool:
        """A percent word (بالمئة، في المائة، %) starts at token ``k``."""
        return self._next(k) and self._phrase(k, PERCENT_WORDS) is not None

    def _after_noun(self, i: int, number: Number) -> _Found | None:
        """عام واحد، رجل واحد: واحد/واحدة after a counted noun make a count of one."""
        if i == 0 or not joined(self.tokens[i]) or self.blocked[i - 1]:
            return None
        start, end = self.norm.span(self.tokens[i].start, self.tokens[i].end)
        if strip_diacritics(self.norm.original[start:end]).startswith("وأ"):
            return None  # وأحد folds to واحد: it is و + the partitive أحد, not "one"
        if self.tokens[i].text.startswith("وو"):
            return None  # سوريا وواحد فقط: "and one", no adjective of the noun before
        noun = self._noun(i - 1, definite=False)
        if not noun:
            return None
        after = number.end_index
        each = self._next(after + 1) and self.tokens[after + 1].text == "كل"  # واحد من كل جانب
        if self._next(after) and self.tokens[after].text == "من" and not each:
            # "one of": تعد واحدة من، بريطانيا واحدة من أسوأ; a count only of a noun the lists
            # count (قبل يوم واحد من، مباراة واحدة من النهاية)
            stems = {stem for _, stem in clitic_splits(normalize_word(noun))}
            if stems.isdisjoint(_COUNTED_ONE):
                return None
        start = self.tokens[i - 1].start
        folded = normalize_word(noun)
        clitic = folded[:1] in _NOUN_CLITICS and folded not in _COUNTED_ONE
        if clitic and folded[1:] in _COUNTED_ONE:
            start, noun = start + 1, noun[1:]  # لمرة واحدة، بيوم واحد: the clitic stays out
        return _Found(start, number.end_index, "count", number.value, unit=noun)

    def _dash_range(self, start: int, low: Number) -> _Found | None:
        """10-15 مليون: two digit numbers joined by a dash."""
        k = low.end_index
        if not low.digits or not self._next(k) or self.tokens[k].text not in _DASHES:
            return None
        if not self._next(k + 1) or self.tokens[k + 1].kind != "num":
            return None
        high = self._plain_number(k + 1)
        if high is None or high.kind != "cardinal":
            return None
        return self._range(start, low, None, high)

    # -- units ------------------------------------------------------------------------------

    def _unit_at(self, k: int, number: Number) -> _Unit | None:
        """What follows a number: percent words, a currency, or the counted noun."""
        if not self._next(k):
            return None
        match = self._phrase(k, PERCENT_WORDS)
        if match is not None:
            unit_name, per = match[2]  # type: ignore[misc]
            return _Unit("percent", unit_name, "", match[1], per)
        match = self._phrase(k, SUBUNITS)
        if match is not None and number.kind == "cardinal":
            unit_name, per, currency = match[2][0]  # type: ignore[index]
            if per >= 1000 and _GROUPED_THOUSANDS.fullmatch(number.digits):
                per /= 1000  # 2.500 مليم: 2,500 millimes, no millime has a fraction
            return _Unit("money", unit_name, currency, match[1], per)
        match = self._phrase(k, UNITS)
        if match is not None and number.kind != "vague":
            return _Unit("quantity", str(match[2]), "", match[1])
        match = self._phrase(k, CONTEXT_UNITS)
        if match is not None and number.kind != "vague":
            for unit_name, cues in match[2]:  # type: ignore[misc]
                if any(cue in self.norm.text for cue in cues):  # 36 درجة on الحرارة
                    return _Unit("quantity", unit_name, "", match[1])
        match = self._phrase(k, CURRENCY_ABBREVIATIONS)
        if match is not None and number.kind == "cardinal" and number.scale is None:
            unit, currency, scale = match[2]  # type: ignore[misc]
            return _Unit("money", unit, currency, match[1], exact(1 / scale))
        match = self._phrase(k, CURRENCIES)
        if match is not None:
            unit, currency = match[2]  # type: ignore[misc]
            end_index = match[1]
            modifier = self._currency_modifier(end_index, unit)
            if modifier is not None:
                currency, end_index = modifier
            return _Unit("money", unit, currency, end_index)
        if number.kind == "vague":
            token = self.tokens[k]
            if token.text == "من" and self._next(k + 1):
                match = self._phrase(k + 1, CURRENCIES)  # مئات الملايين من الدولارات
                if match is not None and self.tokens[k + 1].text.startswith("ال"):
                    unit, currency = match[2]  # type: ignore[misc]
                    return _Unit("money", unit, currency, match[1])
            definite_next = self._next(k + 1) and self.tokens[k + 1].text.startswith("ال")
            if token.text == "من" and definite_next:
                noun = self._noun(k + 1, definite=True)  # عشرات الآلاف من المتعاقدين
                return _Unit("count", noun, "", k + 2) if noun else None
            if token.text.startswith("ال"):
                noun = self._noun(k, definite=True)  # آلاف الموظفين
                return _Unit("count", noun, "", k + 1) if noun else None
        noun = self._noun(k, definite=False, number=number)
        return _Unit("count", noun, "", k + 1) if noun else None

    def _currency_modifier(self, k: int, unit: str) -> tuple[str, int] | None:
        """The adjective that fixes the currency: دولار كندي، ليرة تركية، الدولار الأمريكي."""
        for words, currency in CURRENCY_MODIFIERS.get(unit, ()):
            j = k
            for word in words:
                if not self._next(j) or _modifier_stem(self.tokens[j].text) != word:
                    break
                j += 1
            else:
                return currency, j
        return None

    def _noun(self, k: int, definite: bool, number: Number | None = None) -> str:
        """The counted noun at token ``k`` as written (no article, diacritics or tanween alef)."""
        token = self.tokens[k]
        if token.kind != "word" or self.blocked[k]:
            return ""
        word = token.text
        start, end = self.norm.span(token.start, token.end)
        written = self.norm.original[start:end]
        # the article is a bare alef and lam: أ of ألبومات، ألماني is the word's own (folded, the
        # two look alike)
        article = word.startswith("ال") and not strip_diacritics(written).startswith(("أل", "إل"))
        if definite:
            if not article:
                return ""
            word = word[2:]
        elif article or word.startswith(_ARTICLE_CLITICS) or word in _NOT_NOUNS:
            return ""  # no counted noun has the article, nor a preposition before it (للتنمية)
        if len(word) < 2 or (
            word not in _PLACE_NOUNS and any(stem in _NOT_NOUNS for _, stem in clitic_splits(word))
        ):
            return ""  # also وعشرة، ومن: a clitic on a number or function word
        if (
            number is not None and number.value in (1, 2)
            and not number.digits and number.scale is None
        ):  # fmt: skip
            return ""  # اثنين قتلا: one and two follow their noun (رجلين اثنين), never lead
        noun = strip_diacritics(written)[2 if definite else 0 :]
        # The accusative of 11..99 (خمسون شخصا) or a written tanween (شخصًا) adds an alef.
        accusative = "\u064b" in written or (
            number is not None and number.scale is None and number.value is not None
            and number.value == number.value.to_integral_value() and number.value % 100 >= 11
        )
        if accusative and noun.endswith("ا") and len(noun) > 3:
            noun = noun[:-1]
        elif noun.endswith("وا") and len(noun) > 3:
            return ""  # ثمانية قتلوا، 8 آلاف فروا: a verb's plural; عضوا only after 11..99
        return noun

    # -- what is not an amount -----------------------------------------------------------------

    def _acceptable(self, found: _Found, i: int) -> bool:
        """Drop versions, times, phone numbers and bare years (see the module docstring)."""
        tokens = self.tokens
        first = next((k for k in range(i, found.end_index) if tokens[k].kind == "num"), None)
        last = first if first is not None else i
        while last + 1 < found.end_index and tokens[last + 1].kind == "num":
            last += 1
        if self._time_of_day(i, last):
            self._time_end = max(self._time_end, found.end_index)
            return False
        if found.kind in ("number", "count") and self._score(i if first is None else first):
            return False  # the count of 4 - 1 ليتوج is a verb
        if first is None:
            return True
        prev = tokens[first - 1] if first else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        # Touching Latin letters (5G, A320), a time (10:30), a phone number (+971 ..., 0501234567).
        if prev is not None and not tokens[first].gap and prev.kind == "latin":
            return False
        if after is not None and not after.gap and after.kind == "latin":
            return False
        if after is not None and not after.gap and after.text == ":" and _touching_num(
            tokens, last + 2
        ):
            return False
        if prev is not None and not tokens[first].gap and prev.text == ":" and first >= 2 and (
            tokens[first - 2].kind == "num" and not prev.gap
        ):
            return False
        if self._phone_like(first):
            return False
        if found.kind == "number" and tokens[first].gap == "\n" and after is not None and (
            after.text in _DASHES or (after.text in _LIST_MARKS and not after.gap)
        ) and last == first:
            return False  # a list's item number at the start of a line: 1. 2- 3)
        plain = found.kind in ("number", "count") and found.qualifier == "exact"
        if plain and _is_year_text(tokens[first].text) and found.value == int(tokens[first].text):
            # A bare year-like number is a year (رؤية 2030، لـ2025 ناقشنا), not a quantity,
            # even before a noun: news far more often follow a year with a noun or verb
            # than count 1900-2100 things without a qualifier.
            return False
        # A model or product version: Llama 4, GPT-5, Windows 11, iPhone 15, cap-180-300,
        # آيفون 8، إس-300 (data/product_names.tsv).
        bare = found.kind in ("number", "count")
        if bare and prev is not None and joined(tokens[first]):
            named = prev.text in _PRODUCT_NAMES or prev.text.removeprefix("و") in _PRODUCT_NAMES
            if plain and (prev.kind == "latin" or named):
                return False
            if prev.text in _DASHES and first >= 2 and joined(prev) and (
                tokens[first - 2].kind == "latin" or tokens[first - 2].text in _PRODUCT_NAMES
                # a model's second number (بوينغ 787-10) or a year range's end (1880-81)
                or (tokens[first - 2].kind == "num" and (
                    _is_historic_year(tokens[first - 2].text) or (
                        first >= 3 and tokens[first - 3].text in _PRODUCT_NAMES)))
            ):
                return False
        if bare and after is not None and normalize_word(after.text) in _MODEL_WORDS:
            return False  # ميت 20 برو، 8 بلس
        # A reference number: القرار رقم 2231، برقم 15.
        return not (plain and prev is not None and normalize_word(prev.text) in _NUMBER_SIGNS)

    def _time_of_day(self, i: int, last: int) -> bool:
        """The number from token ``i`` to ``last`` is a time: after الساعة (with the minutes of
        الساعة 10 و46 دقيقة) or before مساءً، بتوقيت ... (``data/time_words.tsv``)."""
        tokens = self.tokens
        after = tokens[last + 1].text if last + 1 < len(tokens) else ""
        if after in _TIME_AFTER:
            return True
        k = i - 1
        while k >= 2 and tokens[k].text in ("و", "،", ",") and tokens[k - 1].kind == "num":
            k -= 2  # the minutes (الساعة 10 و46 دقيقة), a list (الدقائق 11 و16 و45)
        return k >= 0 and tokens[k].text in _TIME_BEFORE and after not in _DURATIONS

    def _score(self, k: int) -> bool:
        """The number at token ``k`` is half of a match score: two whole numbers up to 20 (or
        صفر) joined by a dash (3-1، 2-2، 3 - صفر), falling or level, or after a word of
        ``data/score_words.tsv``."""
        t = self.tokens

        def small(j: int) -> int | None:
            if not 0 <= j < len(t):
                return None
            if t[j].text == "صفر":  # 3 - صفر
                return 0
            ok = t[j].kind == "num" and t[j].text.isdigit()
            return int(t[j].text) if ok and int(t[j].text) <= 20 else None

        if k + 2 < len(t) and t[k + 1].text in _DASHES:
            a, b, start = small(k), small(k + 2), k
        elif k >= 2 and t[k - 1].text in _DASHES:
            a, b, start = small(k - 2), small(k), k - 2
        else:
            return False
        if a is None or b is None:
            return False
        if a >= b:
            return True
        return any(t[j].text in _SCORE_WORDS for j in range(max(0, start - _SCORE_REACH), start))

    def _phone_like(self, k: int) -> bool:
        """A digit run that looks like a phone number or a code: +..., 0 + 6 digits or more,
        three or more groups (555-123-4567, 4 123 4567), a group with a leading zero (000)."""
        text = self.tokens[k].text
        if text.startswith("0") and len(text) > 1 and text.isdigit():
            return True
        if self._phone_runs is None:
            self._phone_runs = _phone_runs(self.tokens)
        return self._phone_runs[k]


def _phone_runs(tokens: list[Token]) -> list[bool]:
    """For each token, whether it lies in a run of digit groups that reads as a phone number.

    A run is digit tokens joined by single spaces (``4 123 4567``) or touching dashes
    (``555-123-4567``); it is phone-like when ``+`` touches its first group, or when it has
    three or more groups, all plain digits (not 5,000 or 14.8). One pass over the tokens, so
    that a long run (``1 1 1 ...``) costs linear time.
    """
    marks = [False] * len(tokens)
    k = 0
    while k < len(tokens):
        if tokens[k].kind != "num":
            k += 1
            continue
        first = j = k
        groups, plain = 1, tokens[k].text.isdigit()
        while j + 1 < len(tokens):
            if tokens[j + 1].kind == "num" and tokens[j + 1].gap == " ":
                j += 1
            elif (
                tokens[j + 1].text == "-" and not tokens[j + 1].gap
                and _touching_num(tokens, j + 2)
            ):
                j += 2
            else:
                break
            groups, plain = groups + 1, plain and tokens[j].text.isdigit()
        plus = first > 0 and tokens[first - 1].text == "+" and not tokens[first].gap
        if plus or (groups >= 3 and plain):
            for g in range(first, j + 1):
                marks[g] = True
        k = j + 1
    return marks


def _touching_num(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].kind == "num" and not tokens[k].gap


def _is_historic_year(text: str) -> bool:
    """Four digits that may be a year, today's or history's (1880 of 1880-81)."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _is_year_text(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _is_year(number: Number) -> bool:
    return bool(number.digits) and _is_year_text(number.digits)


def find_amounts(text: str, reference_date: datetime.date | None = None) -> list[Amount]:
    """Amounts in ``text``: sorted by start, non-overlapping, ``sentence=-1``.

    ``reference_date`` only helps resolve dates, whose numbers are never amounts.

    >>> [(a.text, a.kind, str(a.value), a.unit) for a in find_amounts("سرّحت نحو 200 موظف")]
    [('نحو 200 موظف', 'count', '200', 'موظف')]
    """
    with localcontext(EXACT):  # values are never rounded, whatever the caller's context
        return _Scanner(normalize(text), reference_date).scan()


def in_money(spans: Sequence[tuple[int, int]], amounts: Sequence[Amount]) -> list[bool]:
    """For each ``(start, end)``, whether it lies inside a sum of money of ``amounts`` (offsets
    in the same text): a currency there is the amount's unit, never a name.

    >>> in_money([(11, 15), (0, 3)], find_amounts("دفع 3 آلاف ريال"))
    [True, False]
    """
    money = sorted((a.start, a.end) for a in amounts if a.kind == "money")
    starts = [start for start, _ in money]
    inside = []
    for start, end in spans:
        at = bisect_right(starts, start) - 1
        inside.append(at >= 0 and end <= money[at][1])
    return inside
