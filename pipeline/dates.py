"""Dates and relative dates in Arabic news text -> :class:`~pipeline.doc.DateMention`.

What is found (month names in both sets, see ``data/months.tsv``):

* ISO dates ``2025-09-04`` and day-first numeric dates ``4/9/2025`` -> precision day;
* ``4 سبتمبر 2025``، ``4 يونيو/حزيران 2025`` -> day; ``4 سبتمبر`` -> day, year from the
  reference date (relative);
* ``يونيو 2025``، ``أيلول من عام 2025`` -> month;
* years in a date context: ``عام 2016``، ``العام 2016`` (the span includes the year noun),
  ``في 2014``، ``منذ 2019``، ``بحلول نهاية 2025`` (the span is the year alone; the trigger word
  stays outside) -> year;
* a month alone after a trigger or with الماضي/المقبل (``في أبريل``، ``يوليو الماضي``) -> month,
  year from the reference date: the previous year when الماضي and the month is not before the
  reference month, the next year when المقبل/القادم and it is not after it;
* relative expressions (``data/relative_dates.tsv``): العام الماضي، الشهر المقبل، أمس، اليوم...
  ``الأسبوع الماضي`` is the reference date minus 7 days, precision day;
* weekdays (``data/weekdays.tsv``), precision day, against the reference date: ``يوم الثلاثاء``
  and a bare ``الثلاثاء`` the last one (today included; the next one after a future word of
  ``date_words.tsv``: ``من المقرر أن تنطلق يوم السبت``), ``الخميس الماضي`` / ``المقبل`` the
  one before / after the reference date, ``أمس الأربعاء``، ``اليوم الخميس``، ``غدا الجمعة`` the
  named day nearest yesterday, today or tomorrow. Not after ``صلاة``, ``سوق``, ``بين`` ...
  (``not_weekday_before``), before ``عشر`` (``الأحد عشر``: eleven) or ``معا``, nor just before a
  written date (``الجمعة 30 ديسمبر 2016``).

Conventions: spans never include a leading clitic (و ف ب ل ك: ``وفي أبريل`` -> ``أبريل``);
whatever is resolved against the reference date has ``relative=True``, and ``date == ""``
when there is no reference date.

Beyond these (issue 10):

* quarters and halves: ``الربع الثالث من 2024`` -> ``2024-Q3`` (precision ``quarter``),
  ``النصف الأول من العام`` -> ``2025-H1`` against the reference date (precision ``half``);
* Hijri dates (``data/hijri_months.tsv``): ``1 رمضان 1445 هـ`` -> ``2024-03-11`` with
  ``hijri == "1445-09-01"``, converted by hijridate (Umm al-Qura, 1343-1500 AH). A Hijri month
  or year gets the smallest Gregorian month or year that holds all of it, else ``date == ""``
  (``1446 هـ`` runs from July 2024 to June 2025);
* lists of years (``عامي 2022 و2023`` -> two years), ``من 2024`` when no counted noun follows,
  a day range before a month (``من 3 إلى 5 مايو`` -> two days);
* a modifier word before a date (``data/date_modifiers.tsv``) joins the span and fills
  ``modifier``: ``أواخر عام 2023`` -> 2023, ``late``.

>>> [(d.text, d.date) for d in find_dates("أعلنت في يونيو 2025 عن صفقة")]
[('يونيو 2025', '2025-06')]
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from hijridate import Hijri

from pipeline.doc import DateMention
from pipeline.lexicon import load_tsv
from pipeline.normalize import TATWEEL
from pipeline.numbers import Normalized, normalize, normalize_word

_LETTER = "\u0621-\u064a"
_START = f"(?<![{_LETTER}])"
_END = f"(?![{_LETTER}])"
_CLITIC = "(?:[وف]?[بلك]?)"


def _alternation(words: list[str]) -> str:
    """A regex alternation of folded phrases, longest first, any spacing between words."""
    folded = sorted({normalize_word(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in folded)


MONTHS: dict[str, int] = {
    " ".join(normalize_word(row["name"]).split()): int(row["month"])
    for row in load_tsv("months.tsv")
}
_WORDS: dict[str, list[str]] = {}
for _row in load_tsv("date_words.tsv"):
    _WORDS.setdefault(_row["role"], []).append(_row["word"])


@dataclass(frozen=True, slots=True)
class _Relative:
    unit: str
    offset: int
    precision: str


RELATIVE: dict[str, _Relative] = {
    normalize_word(row["phrase"]): _Relative(row["unit"], int(row["offset"]), row["precision"])
    for row in load_tsv("relative_dates.tsv")
}
HIJRI_MONTHS: dict[str, int] = {
    " ".join(normalize_word(row["name"]).split()): int(row["month"])
    for row in load_tsv("hijri_months.tsv")
}
MODIFIERS: dict[str, str] = {
    normalize_word(row["word"]): row["modifier"] for row in load_tsv("date_modifiers.tsv")
}
_GUARDED = [row["phrase"] for row in load_tsv("relative_dates.tsv") if row["guard"]]
_UNGUARDED = [row["phrase"] for row in load_tsv("relative_dates.tsv") if not row["guard"]]

_MONTH = f"(?:{_alternation(list(MONTHS))}){_END}"
# A second name for the same month, as news agencies write it: يونيو/حزيران، يونيو (حزيران),
# نوفمبر تشرين الثاني. No space after it is taken (the span ends at the name).
_MONTH_ALIAS = rf"(?:\s*(?:/|-)\s*{_MONTH}|\s*\(\s*{_MONTH}\s*\)|\s+{_MONTH})?"
_YEAR_NOUN = _alternation(_WORDS["year_noun"])
_TRIGGER = _alternation(_WORDS["trigger"])
_MONTH_TRIGGER = _alternation(_WORDS["trigger"] + _WORDS["month_trigger"])
_PAST = _alternation(_WORDS["past"])
_FUTURE = _alternation(_WORDS["future"])
# A year is not followed by more digits, a decimal part, a percent sign or the Hijri mark هـ.
_YEAR_END = rf"(?![0-9]|[.,%][0-9]|%|\s*ه{_END})"

_HIJRI_MONTH = f"(?:{_alternation(list(HIJRI_MONTHS))}){_END}"
# هـ (folded: ه, the tatweel dropped), هجري/هجرية, للهجرة.
_HIJRI_MARK = rf"(?:ه(?:جريه?)?|للهجره){_END}"
_HIJRI_RE = re.compile(
    rf"(?<![0-9.,])(?P<s>(?:(?P<d>[0-9]{{1,2}})\s+(?:من\s+)?{_CLITIC})?(?P<mon>{_HIJRI_MONTH})"
    rf"\s*[،,]?\s*(?:(?:{_YEAR_NOUN})\s+)?(?P<y>[0-9]{{4}})(?![0-9.,])(?:\s*(?P<mark>{_HIJRI_MARK}))?)"
    rf"|(?<![0-9.,])(?P<s2>(?P<y2>[0-9]{{3,4}})\s*{_HIJRI_MARK})"
)
_ORDINAL_PARTS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0,
    # after الثلاثية (a quarter, as Tunisian outlets say), feminine
    "الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الاخيره": 0,
}
#: A quarter (الربع، الثلاثية) or a half (النصف، السداسي: a semester) of a year.
_QUARTER_WORDS = ("الربع", "الثلاثيه", "الثلاثي")
_PERIOD_RE = re.compile(
    rf"{_START}{_CLITIC}(?P<s>(?P<part>الربع|النصف|الثلاثيه|الثلاثي|السداسي)\s+"
    rf"(?P<ord>{'|'.join(_ORDINAL_PARTS)})"
    rf"\s+(?:(?:من|خلال|في)\s+)?{_CLITIC}(?:(?P<y>[0-9]{{4}}){_YEAR_END}"
    rf"|(?:{_YEAR_NOUN})\s+(?P<y2>[0-9]{{4}}){_YEAR_END}"
    # a fiscal year (العام المالي) is no calendar year: its quarters are not said here
    rf"|(?P<rel>(?:العام|السنه)(?!\s+المالي)(?:\s+(?P<when>الحالي|الجاري|الماضي|المقبل|القادم))?){_END}))"
)
# A year list after a year: عامي 2022 و2023، في 2022 و2023 و2024.
_MORE_YEARS_RE = re.compile(rf"\s*(?:و|،|,)\s*(?:(?:{_YEAR_NOUN})\s+)?(?P<y>[0-9]{{4}}){_YEAR_END}")
# A span of years: 2015-2017، 2013-14 (the second may keep only its last two digits).
_YEAR_SPAN_RE = re.compile(
    r"(?<![0-9.,،/-])(?P<y1>(?:19|20)[0-9]{2})\s*[-–]\s*(?P<y2>[0-9]{4}|[0-9]{2})(?![0-9.,%/-])"
)
# The year a span from a year runs to: من 2014 إلى 2016، من 2014 وحتى 2016.
_UNTIL_YEAR_RE = re.compile(r"\s+(?:و?(?:الي|حتي))\s+(?P<y>[0-9]+)(?![0-9.,])")
_FROM_YEAR_RE = re.compile(rf"{_START}{_CLITIC}من\s+(?P<y>[0-9]{{4}}){_YEAR_END}")
_NEXT_WORD_RE = re.compile(rf"\s*(?P<w>[{_LETTER}]+)")
#: Words after من + year that still leave it a year: من 2024 إلى 2026، من 2024 وحتى اليوم.
_YEAR_FOLLOWERS = frozenset({"الي", "حتي", "وحتي", "والي", "و", "فصاعدا", "وما"})
#: Words before من + year that make it a quantity: أكثر من 2000.
_QUANTITY_BEFORE = re.compile(r"(?:اكثر|اقل|ازيد|يزيد|تزيد|يقل|تقل|بدلا|اعلي|ادني)\s*$")
_DAY_RANGE_RE = re.compile(
    rf"(?<![0-9.,])(?P<s>(?P<d>[0-9]{{1,2}}))"
    rf"(?P<mid>(?:\s*(?:و|،|,)\s*[0-9]{{1,2}}(?![0-9]))*)"  # a list: أيام 16 و17 و18 مارس
    rf"\s*(?:-|–|الي|حتي|و)\s*(?P<d2>[0-9]{{1,2}})"
    rf"\s+{_CLITIC}(?P<mon>{_MONTH})"
)
_MODIFIER_RE = re.compile(
    rf"{_START}{_CLITIC}(?P<m>{_alternation(list(MODIFIERS))})\s+(?:(?:شهر|عام|العام)\s+)?$"
)

_ISO_RE = re.compile(
    r"(?<![0-9.\-/])(?P<s>(?P<y>[0-9]{4})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2}))"
    r"(?![0-9]|[.\-/][0-9])"
)
_DMY_RE = re.compile(
    r"(?<![0-9.\-/])(?P<s>(?P<d>[0-9]{1,2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}))"
    r"(?![0-9]|[.\-/][0-9])"
)
DAY_ORDINALS: dict[str, int] = {
    " ".join(normalize_word(row["word"]).split()): int(row["day"])
    for row in load_tsv("day_ordinals.tsv")
}
# A day written as an ordinal: في الأول من يناير، السادس من كانون الأول/ديسمبر 2017.
# What says the year of a month named without a number: يونيو الماضي، يونيو من العام الماضي،
# مارس من العام المقبل، سبتمبر العام الماضي (inside the span).
_YEAR_CUE = (
    rf"\s+(?:(?:من\s+)?(?:العام|السنه)\s+(?P<yw>قبل\s+الماضي|الماضي|المنصرم|الفائت|المقبل"
    rf"|القادم|الحالي|الجاري)|(?P<past>{_PAST})|(?P<future>{_FUTURE})){_END}"
)
#: The year of ``_YEAR_CUE``'s words, from the publication year.
_CUE_YEARS = {"قبل الماضي": -2, "الماضي": -1, "المنصرم": -1, "الفائت": -1, "المقبل": 1,
              "القادم": 1, "الحالي": 0, "الجاري": 0}  # fmt: skip
# The year after a day and month: 2017، عام 2017، لعام 1983، من العام الماضي ...
_DAY_YEAR = (
    rf"(?:\s*[،,]?\s*(?:(?:من\s+|ل)?(?:{_YEAR_NOUN})\s+)?(?P<y>[0-9]{{4}}){_YEAR_END}"
    rf"|{_YEAR_CUE})?"
)
_ORDINAL_DAY_RE = re.compile(
    # غرة (the first day, as Maghrebi outlets write it) takes the month without من
    rf"{_START}{_CLITIC}(?P<s>(?P<ord>{_alternation(list(DAY_ORDINALS))})\s+(?:من\s+|(?<=غره\s))"
    rf"(?:شهر\s+)?(?P<mon>{_MONTH}){_MONTH_ALIAS}{_DAY_YEAR})"
)
#: Words before an ordinal that make it no day: الأسبوع الثاني من مارس، النصف الأول من يونيو.
_NOT_A_DAY_BEFORE = re.compile(r"(?:الاسبوع|النصف|الربع|الثلث|الجزء|الشطر|العشر)\s+$")
#: A word before an ordinal day and month that makes them a name: مدينة السادس من أكتوبر.
_A_NAME_BEFORE = re.compile(r"مدين[هة]\s+$")
_DAY_MONTH_RE = re.compile(
    rf"(?<![0-9.,])(?P<s>(?P<d>[0-9]{{1,2}})\s*(?:من\s+(?:شهر\s+)?)?{_CLITIC}(?P<mon>{_MONTH})"
    rf"{_MONTH_ALIAS}{_DAY_YEAR})"
)
_MONTH_YEAR_RE = re.compile(
    rf"{_START}{_CLITIC}(?P<s>(?P<mon>{_MONTH}){_MONTH_ALIAS}"
    rf"\s*[،,]?\s*(?:من\s+)?(?:ل?(?:{_YEAR_NOUN})\s+)?(?P<y>[0-9]{{4}}){_YEAR_END})"
)
_MONTH_ALONE_RE = re.compile(
    rf"(?:(?P<trig>{_START}{_CLITIC}(?:{_MONTH_TRIGGER}){_END}\s+)|{_START}{_CLITIC})"
    rf"(?P<s>(?P<mon>{_MONTH}){_MONTH_ALIAS}(?:{_YEAR_CUE})?)"
)
#: Month names that are also names of people (ماي: Theresa May): alone, they need شهر before
#: them, a year or a past/future word (``name_month`` in date_words.tsv).
_NAME_MONTHS = frozenset(normalize_word(w) for w in _WORDS.get("name_month", []))
_MONTH_WORD_RE = re.compile(r"شهر")
_YEAR_RE = re.compile(
    rf"{_START}{_CLITIC}(?:(?P<noun>(?:{_YEAR_NOUN}))\s+(?P<y1>[0-9]{{4}})"
    rf"|(?:{_TRIGGER})\s+(?:(?P<noun2>{_YEAR_NOUN})\s+)?(?P<y2>[0-9]{{4}})){_YEAR_END}"
)
_RELATIVE_RE = re.compile(
    rf"{_START}{_CLITIC}(?P<s>{_alternation(_UNGUARDED)}){_END}"
    rf"(?!\s+(?:{_PAST}|{_FUTURE}|الحالي|الجاري){_END})"
    rf"|{_START}{_CLITIC}(?P<g>{_alternation(_GUARDED)}){_END}(?!\s+ال)"
)

# A day of a month named by where it lies: يوم 22 من الشهر الجاري، 15 من الشهر المقبل.
_DAY_OF_MONTH_RE = re.compile(
    rf"(?<![0-9.,])(?P<s>(?P<d>[0-9]{{1,2}})\s+(?:من\s+)?"
    rf"(?P<rel>{_alternation([p for p, r in RELATIVE.items() if r.unit == 'month'])})){_END}"
)

WEEKDAYS: dict[str, int] = {
    normalize_word(row["name"]): int(row["weekday"]) for row in load_tsv("weekdays.tsv")
}
#: The day-unit relative phrases (أمس، اليوم، غدا ...) that may come before a weekday name.
_DAY_ANCHORS = [row["phrase"] for row in load_tsv("relative_dates.tsv") if row["unit"] == "day"]
# يوم الثلاثاء، الخميس الماضي، مساء أمس الأربعاء (the span from أمس)، يوم غد الجمعة; never a
# weekday just before a written date (الجمعة 30 ديسمبر 2016: the date says it).
_WEEKDAY_RE = re.compile(
    rf"{_START}{_CLITIC}(?P<s>(?:يوم\s+)?(?:(?P<anchor>{_alternation(_DAY_ANCHORS)})\s+)?"
    rf"(?P<wd>{_alternation(list(WEEKDAYS))}){_END}"
    rf"(?!\s+(?:{_alternation(_WORDS['not_weekday_after'])}){_END})"
    rf"(?:\s+(?:(?P<past>{_PAST})|(?P<future>{_FUTURE})){_END})?)"
    r"(?!\s*[،,]?\s*[0-9])"
)
_NOT_WEEKDAY_BEFORE = re.compile(
    rf"{_START}[وف]?(?:{_alternation(_WORDS['not_weekday_before'])})\s+$"
)
#: A word that makes the relative day after it a name: حزب الغد، صحيفة اليوم.
_NAME_BEFORE = re.compile(rf"{_START}[وفبل]?(?:{_alternation(_WORDS['name_before'])})\s+$")
_FUTURE_CUE = re.compile(rf"{_START}[وف]?(?:{_alternation(_WORDS['future_cue'])}){_END}")
#: How far before a weekday a future word is looked for (about four words).
_CUE_REACH = 40


def _weekday_date(ref: datetime.date, weekday: int, m: re.Match[str], folded: str) -> str:
    """The day a weekday name stands for in a text published on ``ref`` (see weekdays.tsv)."""
    if m["anchor"]:
        anchor = ref + datetime.timedelta(days=RELATIVE[" ".join(m["anchor"].split())].offset)
        shift = (weekday - anchor.weekday() + 3) % 7 - 3  # the named day nearest the anchor
        return (anchor + datetime.timedelta(days=shift)).isoformat()
    if m["past"]:
        days = -((ref.weekday() - weekday) % 7 or 7)
    elif m["future"]:
        days = (weekday - ref.weekday()) % 7 or 7
    elif _FUTURE_CUE.search(folded, max(0, m.start() - _CUE_REACH), m.start()):
        days = (weekday - ref.weekday()) % 7
    else:
        days = -((ref.weekday() - weekday) % 7)
    return (ref + datetime.timedelta(days=days)).isoformat()


def _weekdays(folded: str, ref: datetime.date | None) -> list[_Found]:
    """يوم الثلاثاء، الخميس الماضي، اليوم الخميس ... -> a day near ``ref`` (weekdays.tsv)."""
    found = []
    for m in _WEEKDAY_RE.finditer(folded):
        if _NOT_WEEKDAY_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        date = "" if ref is None else _weekday_date(ref, WEEKDAYS[m["wd"]], m, folded)
        found.append(_Found(m.start("s"), m.end("s"), date, "day", True))
    return found


#: Years a written date may have (a year noun or a month name before it).
_YEARS = (1000, 2999)


#: The precision of a candidate that only keeps the others off its span.
_NO_DATE = "none"


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # folded offsets
    end: int
    date: str
    precision: str
    relative: bool
    hijri: str = ""


def _day(year: int, month: int, day: int) -> str:
    """ISO day, or "" when the calendar has no such day (31/2/2025)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _shift_month(ref: datetime.date, months: int) -> str:
    year, month = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    return f"{year:04d}-{month + 1:02d}"


#: A month named without its year is taken within this many months before the publication
#: date or after it (news looks back more than ahead): in February, ديسمبر is last December.
_MONTHS_BACK, _MONTHS_AHEAD = 8, 3


def _year_near(ref: datetime.date, month: int) -> int:
    """The year of ``month`` named without one in a text published on ``ref``.

    >>> _year_near(datetime.date(2018, 2, 16), 12), _year_near(datetime.date(2018, 2, 16), 3)
    (2017, 2018)
    >>> _year_near(datetime.date(2025, 11, 4), 1)
    2026
    """
    ahead = month - ref.month
    if ahead > _MONTHS_AHEAD:
        return ref.year - 1
    if ahead < -_MONTHS_BACK:
        return ref.year + 1
    return ref.year


def _cued_year(m: re.Match[str], ref: datetime.date, month: int, day: int = 0) -> int:
    """The year of a month (and day) named without a number, from ``_YEAR_CUE`` if present:
    من العام الماضي is last year; الماضي the last such month (day) before ``ref``, المقبل the
    next after it; else the one near ``ref`` (:func:`_year_near`)."""
    if m["yw"]:
        return ref.year + _CUE_YEARS[" ".join(m["yw"].split())]
    when, now = (month, day), (ref.month, ref.day if day else 0)
    if m["past"]:
        return ref.year - 1 if when >= now else ref.year
    if m["future"]:
        return ref.year + 1 if when <= now else ref.year
    return _year_near(ref, month)


def _resolve(rel: _Relative, ref: datetime.date | None) -> str:
    """The date of a relative expression against ``ref`` ("" without a reference date)."""
    if ref is None:
        return ""
    if rel.unit == "year":
        return f"{ref.year + rel.offset:04d}"
    if rel.unit == "month":
        return _shift_month(ref, rel.offset)
    days = rel.offset * (7 if rel.unit == "week" else 1)
    try:
        return (ref + datetime.timedelta(days=days)).isoformat()
    except OverflowError:  # a reference date at the calendar's edge
        return ""


def _month_of(match: re.Match[str]) -> int:
    return MONTHS[" ".join(match.group("mon").split())]


#: What every pattern but the month alone, the periods and the relative phrases needs: three
#: sentences in four of news have none, and are not scanned for those.
_DIGIT_RE = re.compile("[0-9]")


def _candidates(folded: str, ref: datetime.date | None) -> list[_Found]:
    found: list[_Found] = []
    digits = _DIGIT_RE.search(folded) is not None

    def numbered(regex: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """The matches of a pattern that needs a digit: none in a text without (most are)."""
        return regex.finditer(folded) if digits else ()

    for regex in (_ISO_RE, _DMY_RE):
        for m in numbered(regex):
            date = _day(int(m["y"]), int(m["m"]), int(m["d"]))
            if date:
                found.append(_Found(m.start("s"), m.end("s"), date, "day", False))
    for m in numbered(_DAY_MONTH_RE):
        month, day = _month_of(m), int(m["d"])
        if m["y"]:
            date = _day(int(m["y"]), month, day)
            if date:
                found.append(_Found(m.start("s"), m.end("s"), date, "day", False))
        elif 1 <= day <= 31:
            date = _day(_cued_year(m, ref, month, day), month, day) if ref else ""
            found.append(_Found(m.start("s"), m.end("s"), date, "day", True))
    for m in _ORDINAL_DAY_RE.finditer(folded):
        if _NOT_A_DAY_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue  # the month alone may still be a date
        if _A_NAME_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            # no date at all: not the month alone either
            found.append(_Found(m.start("s"), m.end("s"), "", _NO_DATE, False))
            continue
        month, day = _month_of(m), DAY_ORDINALS[" ".join(m["ord"].split())]
        if m["y"]:
            date = _day(int(m["y"]), month, day)
            if date:
                found.append(_Found(m.start("s"), m.end("s"), date, "day", False))
        else:
            date = _day(_cued_year(m, ref, month, day), month, day) if ref else ""
            found.append(_Found(m.start("s"), m.end("s"), date, "day", True))
    for m in numbered(_MONTH_YEAR_RE):
        if not _YEARS[0] <= int(m["y"]) <= _YEARS[1]:
            continue  # يوليو 0000 is no date
        found.append(_Found(m.start("s"), m.end("s"), f"{int(m['y']):04d}-{_month_of(m):02d}",
                            "month", False))
    for m in _MONTH_ALONE_RE.finditer(folded):
        if not (m["trig"] or m["past"] or m["future"] or m["yw"]):
            continue  # a bare month name needs context: آب is also "father"
        if m["mon"] in _NAME_MONTHS and not (m["past"] or m["future"] or m["yw"]) and (
            not _MONTH_WORD_RE.search(m["trig"] or "")
        ):
            continue  # سحب الثقة من ماي: Theresa May; شهر ماي، ماي الماضي are the month
        month, date = _month_of(m), ""
        if ref is not None:
            date = f"{_cued_year(m, ref, month):04d}-{month:02d}"
        found.append(_Found(m.start("s"), m.end("s"), date, "month", True))
    years = list(numbered(_YEAR_RE))
    for m in years:
        year = m["y1"] or m["y2"]
        noun = m["noun"] or m["noun2"]
        low, high = _YEARS if noun else (1900, 2100)
        if low <= int(year) <= high:
            start = m.start("noun") if m["noun"] else m.start("noun2") if noun else m.start("y2")
            found.append(_Found(start, m.end(), year, "year", False))
    for m in years:
        noun = m["noun"] or m["noun2"]
        found.extend(_more_years(folded, m.end(), _YEARS if noun else (1900, 2100)))
    for m in numbered(_YEAR_SPAN_RE):
        first, last = int(m["y1"]), m["y2"]
        end = int(str(first)[:2] + last) if len(last) == 2 else int(last)
        if first < end <= 2100 and end - first <= 50:  # 2015-2017، 2013-14
            found.append(_Found(m.start("y1"), m.end("y1"), m["y1"], "year", False))
            found.append(_Found(m.start("y2"), m.end("y2"), f"{end:04d}", "year", False))
    for m in numbered(_FROM_YEAR_RE):
        if _QUANTITY_BEFORE.search(folded, 0, m.start()) or not 1900 <= int(m["y"]) <= 2100:
            continue
        after = _NEXT_WORD_RE.match(folded, m.end())
        if after is not None and after["w"] not in _YEAR_FOLLOWERS:
            continue  # من 2000 موظف is a count
        until = _UNTIL_YEAR_RE.match(folded, m.end())
        later = until is not None and int(m["y"]) < int(until["y"]) <= 2100
        if until is not None and len(until["y"]) >= 4 and not later:
            continue  # من 2000 إلى 3000 دولار is a sum of money
        found.append(_Found(m.start("y"), m.end("y"), m["y"], "year", False))
        if until is not None and later and len(until["y"]) == 4:
            found.append(_Found(until.start("y"), until.end("y"), until["y"], "year", False))
    for m in numbered(_DAY_OF_MONTH_RE):
        month = _resolve(RELATIVE[" ".join(m["rel"].split())], ref)
        date = _day(int(month[:4]), int(month[5:]), int(m["d"])) if month else ""
        if date or ref is None:
            found.append(_Found(m.start("s"), m.end("s"), date, "day", True))
    for m in numbered(_DAY_RANGE_RE):
        days = [(m.start("d"), m.end("d"))] + [
            (m.start("mid") + d.start(), m.start("mid") + d.end())
            for d in re.finditer("[0-9]+", m["mid"])
        ]
        values = [int(folded[a:b]) for a, b in days]
        every = [*values, int(m["d2"])]
        if every == sorted(set(every)) and every[0] >= 1 and every[-1] <= 31:  # rising days
            month = _month_of(m)
            for (a, b), low in zip(days, values, strict=True):
                date = _day(_year_near(ref, month), month, low) if ref else ""
                found.append(_Found(a, b, date, "day", True))
    found.extend(_periods(folded, ref))
    if digits:
        found.extend(_hijri(folded))
    found.extend(_weekdays(folded, ref))
    for m in _RELATIVE_RE.finditer(folded):
        group = "s" if m["s"] else "g"
        if _NAME_BEFORE.search(folded, max(0, m.start(group) - 12), m.start(group)):
            continue
        rel = RELATIVE[" ".join(m[group].split())]
        found.append(_Found(m.start(group), m.end(group), _resolve(rel, ref), rel.precision, True))
    return found


def _more_years(
    folded: str, end: int, years: tuple[int, int] = (1900, 2100)
) -> list[_Found]:
    """The other years of a list: عامي 2022 و2023 -> 2023 (and 2024 in و2024 ...); after a
    year noun any year (بين عامي 1830 و1837), else 1900-2100."""
    more = []
    while (m := _MORE_YEARS_RE.match(folded, end)) and years[0] <= int(m["y"]) <= years[1]:
        more.append(_Found(m.start("y"), m.end("y"), m["y"], "year", False))
        end = m.end()
    return more


def _periods(folded: str, ref: datetime.date | None) -> list[_Found]:
    """الربع الثالث من 2024 -> 2024-Q3; النصف الأول من العام -> 2025-H1 (reference year)."""
    found = []
    for m in _PERIOD_RE.finditer(folded):
        quarter = m["part"] in _QUARTER_WORDS
        n = _ORDINAL_PARTS[m["ord"]] or (4 if quarter else 2)
        if not quarter and n > 2:
            continue
        year, relative = m["y"] or m["y2"], False
        if year is None:
            relative = True
            if ref is None:
                year = ""
            else:
                shift = {"الماضي": -1, "المقبل": 1, "القادم": 1}.get(m["when"] or "", 0)
                year = f"{ref.year + shift:04d}"
        elif not _YEARS[0] <= int(year) <= _YEARS[1]:
            continue
        date = f"{year}-{'Q' if quarter else 'H'}{n}" if year else ""
        found.append(_Found(m.start("s"), m.end("s"), date, "quarter" if quarter else "half",
                            relative))
    return found


def _hijri(folded: str) -> list[_Found]:
    """1 رمضان 1445 هـ -> 2024-03-11 (hijri 1445-09-01); رمضان 1445 -> 2024-03; 1446 هـ."""
    found = []
    for m in _HIJRI_RE.finditer(folded):
        if m["s2"]:
            year, month, day = int(m["y2"]), 0, 0
            start, end = m.start("s2"), m.end("s2")
        else:
            year, month = int(m["y"]), HIJRI_MONTHS[" ".join(m["mon"].split())]
            day = int(m["d"]) if m["d"] else 0
            start, end = m.start("s"), m.end("s")
        # a year with its mark (350 للهجرة) may be any; a month's year, a recent one
        if not (100 if m["s2"] else 1300) <= year <= 1600:
            continue
        hijri, date, precision = _to_gregorian(year, month, day)
        if hijri:
            found.append(_Found(start, end, date, precision, False, hijri))
    return found


def _to_gregorian(year: int, month: int, day: int) -> tuple[str, str, str]:
    """(hijri ISO, Gregorian ISO, precision); hijri "" for an impossible day (30 شعبان 1445).

    A month or a year gets the smallest Gregorian month or year that holds all of it.
    """
    precision = "day" if day else "month" if month else "year"
    hijri = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    try:
        if day:
            return hijri, Hijri(year, month, day).to_gregorian().isoformat(), precision
        first = Hijri(year, month or 1, 1)
        last_month = month or 12
        last = Hijri(year, last_month, Hijri(year, last_month, 1).month_length())
        start, end = first.to_gregorian(), last.to_gregorian()
    except OverflowError:  # outside the Umm al-Qura table: kept, not converted
        return hijri, "", precision
    except ValueError:
        return "", "", precision  # no such day
    if (start.year, start.month) == (end.year, end.month):
        return hijri, f"{start.year:04d}-{start.month:02d}", "month"
    if start.year == end.year:
        return hijri, f"{start.year:04d}", "year"
    return hijri, "", precision


def find_dates_in(
    norm: Normalized, reference_date: datetime.date | None = None
) -> list[DateMention]:
    """:func:`find_dates` over an already normalised text (shared with amount extraction)."""
    chosen: list[_Found] = []
    # Longest first at each start; then keep those that do not overlap an earlier choice.
    for cand in sorted(_candidates(norm.text, reference_date), key=lambda f: (f.start, -f.end)):
        if chosen and cand.start < chosen[-1].end:
            continue
        chosen.append(cand)
    chosen = [cand for cand in chosen if cand.precision != _NO_DATE]
    mentions = []
    previous_end = 0
    for cand in chosen:
        modifier, folded_start = _modifier(norm.text, cand, previous_end)
        start, end = norm.span(folded_start, cand.end)
        while end < len(norm.original) and norm.original[end] == TATWEEL:
            end += 1  # هـ: the tatweel belongs to the mark
        mentions.append(DateMention(start, end, norm.original[start:end], cand.date,
                                    cand.precision, cand.relative, hijri=cand.hijri,
                                    modifier=modifier))
        previous_end = cand.end
    return mentions


def _modifier(folded: str, cand: _Found, previous_end: int) -> tuple[str, int]:
    """(modifier, start) of a date: أواخر عام 2023 -> ("late", start of أواخر)."""
    for word, modifier in MODIFIERS.items():
        if folded.startswith(word, cand.start):
            return modifier, cand.start  # the phrase holds it already: نهاية العام
    m = _MODIFIER_RE.search(folded, max(previous_end, cand.start - 30), cand.start)
    if m is None:
        return "", cand.start
    return MODIFIERS[m["m"]], m.start("m")


def find_dates(text: str, reference_date: datetime.date | None = None) -> list[DateMention]:
    """Dates in ``text``, sorted and non-overlapping, offsets into ``text``.

    >>> ref = datetime.date(2025, 9, 4)
    >>> [(d.text, d.date, d.precision) for d in find_dates("سرّح 200 موظف في يوليو الماضي", ref)]
    [('يوليو الماضي', '2025-07', 'month')]
    >>> [(d.text, d.date, d.relative) for d in find_dates("حققت 870 مليون دولار العام الماضي")]
    [('العام الماضي', '', True)]
    """
    return list(_dates_of(text, reference_date))


@lru_cache(maxsize=256)
def _dates_of(text: str, reference_date: datetime.date | None) -> tuple[DateMention, ...]:
    """The dates of a text, kept for a while: amount extraction asks for a sentence's dates
    (their numbers are no amounts) just before the dates stage asks again."""
    return tuple(find_dates_in(normalize(text), reference_date))
