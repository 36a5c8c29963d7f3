"""Hostile input for :func:`~pipeline.amounts.find_amounts` and :func:`~pipeline.dates.find_dates`.

Random strings of Arabic letters, digits of three scripts (long runs included: account numbers),
number words, currency words and symbols, bidi marks and separators. Neither extractor may
raise, and every span must index the original text. The bounded budget keeps this in CI;
``bench/bench_amounts_fuzz.py`` runs the same generator over 100,000 inputs.
"""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.amounts import find_amounts
from pipeline.dates import find_dates
from pipeline.doc import AMOUNT_KINDS, QUALIFIERS

ARABIC_LETTERS = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
DIGITS = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"))
MARKS = st.sampled_from(list(".,٫٬%٪$€£¥/:-–+ \n\u200e\u200f\u061c\u202a\u202c\u2066\u2069"
                             "\u2009\u202f\u00a0ـًٌٍَُِّْ"))
WORDS = st.sampled_from(
    ["مليار", "مليون", "ألف", "تريليون", "آلاف", "دولار", "ريال", "دينار", "جنيه", "يورو",
     "أورو", "سنت", "EGP", "USD", "AED", "ج.م", "د.إ", "ر.س", "نحو", "أكثر من", "بين", "و",
     "من", "إلى", "في المئة", "عام", "عامي", "في", "يونيو", "رمضان", "هـ", "الماضي", "الثاني",
     "الحادي", "عشر", "خمسة", "فاصلة", "أثمان", "ثلث", "عشرات", "الربع", "نقطة أساس", "كيلومترا",
     "درجة مئوية", "بـ", "لـ", "14.8", "٦٠٬٠٠٠", "2025", "0000", "1445", "شخصًا", "سعودي",
     "الضعف", "سادسة"]
)
#: Digit runs of 1..40 digits: long ones are identifiers and must never raise.
DIGIT_RUNS = st.text(DIGITS, min_size=1, max_size=40)
HOSTILE = st.lists(
    st.one_of(WORDS, DIGIT_RUNS, st.text(st.one_of(ARABIC_LETTERS, DIGITS, MARKS), max_size=6)),
    max_size=20,
).flatmap(lambda parts: st.sampled_from([" ", "", "\u200f "]).map(lambda sep: sep.join(parts)))


def check_amounts(text: str, ref: datetime.date | None) -> None:
    amounts = find_amounts(text, ref)
    for amount in amounts:
        assert text[amount.start : amount.end] == amount.text
        assert amount.kind in AMOUNT_KINDS and amount.qualifier in QUALIFIERS
        assert amount.value is None or isinstance(amount.value, Decimal)
    for left, right in itertools.pairwise(amounts):
        assert left.end <= right.start


def check_dates(text: str, ref: datetime.date | None) -> None:
    for date in find_dates(text, ref):
        assert text[date.start : date.end] == date.text
        if date.date:
            year = int(date.date[:4])
            assert 1 <= year <= 9999, date  # no year 0000


@settings(max_examples=300, deadline=None, derandomize=True)
@given(HOSTILE, st.sampled_from([None, datetime.date(2025, 9, 4)]))
def test_hostile_strings_never_raise(text, ref):
    check_amounts(text, ref)
    check_dates(text, ref)


# Cases the probe of issue 13 found, kept as named regressions.
BUGS_CAUGHT = [
    pytest.param("رقم الحساب 123456789012345678901234567890123 لدى البنك", id="33-digit-account"),
    pytest.param("1" * 29, id="29-digits"),
    pytest.param("٣" * 40 + " مليار دولار", id="40-indic-digits-billion"),
    pytest.param("1" * 19 + ".5 دولار", id="19-digits-decimal"),
    pytest.param("0." + "1" * 40 + " مليون", id="long-decimal-part"),
    pytest.param("يوليو 0000", id="year-zero"),
]


@pytest.mark.parametrize("text", BUGS_CAUGHT)
def test_bugs_caught_never_raise(text):
    check_amounts(text, None)
    check_dates(text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("رقم الحساب 123456789012345678901234567890123", [], id="account-number"),
        pytest.param("1" * 19 + " دولار", [], id="19-digits-not-money"),
        pytest.param("1" * 18 + " دولار", ["1" * 18 + " دولار"], id="18-digits-money"),
    ],
)
def test_identifiers_are_not_amounts(text, expected):
    assert [a.text for a in find_amounts(text)] == expected


def test_exact_beyond_default_precision():
    """18 digits times a trillion has 30 digits: kept exactly, not rounded to 28."""
    [amount] = find_amounts("999999999999999999 تريليون دولار")
    assert amount.value == Decimal("999999999999999999") * 10**12


def test_no_year_zero():
    assert find_dates("يوليو 0000") == []
