"""Table-driven tests for :func:`pipeline.amounts.find_amounts`.

Every case is (text, span, expected fields) run through one parametrize with a readable id.
MONEY, PERCENT, COUNTS, FRACTIONS, QUALIFIERS, RANGES, NOT_AMOUNTS and BUGS_CAUGHT were written
while developing; CORPUS (every amount of the five articles in ``corpus/raw``) is the
evaluation list, checked both ways: each listed amount is found, and nothing else is.
Known gaps are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import datetime
import itertools
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.amounts import find_amounts
from pipeline.doc import AMOUNT_KINDS, QUALIFIERS

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus" / "raw"
#: Article 004 carries its publication date; the others have none in the text.
REFERENCE_DATES = {"004_75b14329c493e249": datetime.date(2025, 9, 4)}


def A(text, span, kind, value, unit="", currency="", qualifier="exact", value_max=None,
      xfail=""):
    """One case: ``span`` must be found in ``text`` with these fields."""
    fields = {
        "kind": kind,
        "value": None if value is None else Decimal(value),
        "value_max": None if value_max is None else Decimal(value_max),
        "unit": unit,
        "currency": currency,
        "qualifier": qualifier,
    }
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, span, fields, id=f"{span}|{text}"[:80], marks=marks)


def USD(text, span, value, qualifier="exact", value_max=None):
    return A(text, span, "money", value, "دولار", "USD", qualifier, value_max)


MONEY = [
    USD("وافقت ميتا على دفع 14.8 مليار دولار", "14.8 مليار دولار", "14800000000"),
    USD("استثمار 14.3 مليار دولار", "14.3 مليار دولار", "14300000000"),
    USD("بلغت 3 ملايين دولار", "3 ملايين دولار", "3000000"),
    USD("ميتا تراهن بـ15 مليار دولار", "15 مليار دولار", "15000000000"),
    USD("تراهن ب15 مليار دولار", "15 مليار دولار", "15000000000"),
    # The verb qualifies the amount across its object (issue 10): "exceeded the 7 billion mark".
    USD("تجاوز حاجز الـ 7 مليارات دولار", "7 مليارات دولار", "7000000000", "more_than"),
    USD("بلغت ملياري دولار", "ملياري دولار", "2000000000"),
    USD("بلغت مليارا دولار", "مليارا دولار", "2000000000"),
    USD("خسر مليوني دولار", "مليوني دولار", "2000000"),
    USD("دفعت مليون دولار", "مليون دولار", "1000000"),
    USD("دفعت ألف دولار", "ألف دولار", "1000"),
    USD("دفعت ألفي دولار", "ألفي دولار", "2000"),
    USD("دفعت 100 دولار", "100 دولار", "100"),
    USD("دفعت 25 دولارا", "25 دولارا", "25"),
    USD("دفعت 25 دولاراً", "25 دولاراً", "25"),
    USD("دفعت خمسة دولارات", "خمسة دولارات", "5"),
    USD("دفعت 5 دولارات أمريكية", "5 دولارات أمريكية", "5"),
    USD("دفعت 5 ملايين دولار أميركي", "5 ملايين دولار أميركي", "5000000"),
    USD("دفعت 5 ملايين دولار أمريكي", "5 ملايين دولار أمريكي", "5000000"),
    USD("بلغت 1.5 مليون دولار", "1.5 مليون دولار", "1500000"),
    USD("بلغت 0.5 مليار دولار", "0.5 مليار دولار", "500000000"),
    USD("بلغت 60,000 دولار", "60,000 دولار", "60000"),
    USD("بلغت ٦٠٬٠٠٠ دولار", "٦٠٬٠٠٠ دولار", "60000"),
    USD("بلغت ١٤٫٨ مليار دولار", "١٤٫٨ مليار دولار", "14800000000"),
    USD("بلغت ۱۴٫۸ مليار دولار", "۱۴٫۸ مليار دولار", "14800000000"),
    USD("بلغت 1,234,567 دولار", "1,234,567 دولار", "1234567"),
    USD("بقيمة 5,2 مليار دولار والبرازيل", "5,2 مليار دولار", "5200000000"),
    USD("متوسط الدخل 182 ألفاً و240 دولاراً في السنة", "182 ألفاً و240 دولاراً", "182240"),
    USD("بلغت 1\u2009234\u2009567 دولار", "1\u2009234\u2009567 دولار", "1234567"),
    USD("بلغت 1\u202f234 دولار", "1\u202f234 دولار", "1234"),
    USD("بلغت 14\u200e.8 مليار دولار", "14\u200e.8 مليار دولار", "14800000000"),
    USD("بلغت ١٤ـ٫ـ٨ مليار دولار", "١٤ـ٫ـ٨ مليار دولار", "14800000000"),
    USD("بلغت \u200f29 مليار دولار", "29 مليار دولار", "29000000000"),
    USD("بلغت 29\u200f مليار دولار", "29\u200f مليار دولار", "29000000000"),
    USD("بلغت 2.5 تريليون دولار", "2.5 تريليون دولار", "2500000000000"),
    USD("بلغت 2.5 ترليون دولار", "2.5 ترليون دولار", "2500000000000"),
    USD("بلغت 3 بلايين دولار", "3 بلايين دولار", "3000000000"),
    USD("بلغت 4 بليون دولار", "4 بليون دولار", "4000000000"),
    USD("تبلغ $14.8 مليار", "$14.8 مليار", "14800000000"),
    USD("تبلغ US$ 5 ملايين", "US$ 5 ملايين", "5000000"),
    USD("سعره 10$ فقط", "10$", "10"),
    USD("خمسة وعشرون ألف دولار", "خمسة وعشرون ألف دولار", "25000"),
    USD("ثلاثة ملايين دولار", "ثلاثة ملايين دولار", "3000000"),
    USD("قيمة الدولار 5 الدولارات", "5 الدولارات", "5"),
    USD("نصف مليون دولار", "نصف مليون دولار", "500000"),
    USD("ربع مليار دولار", "ربع مليار دولار", "250000000"),
    USD("3 ملايين و500 ألف دولار", "3 ملايين و500 ألف دولار", "3500000"),
    A("دفعت 5 ملايين دولار كندي", "5 ملايين دولار كندي", "money", "5000000", "دولار", "CAD"),
    A("دفعت 5 دولارات أسترالية", "5 دولارات أسترالية", "money", "5", "دولار", "AUD"),
    A("دفعت 5 دولارات سنغافورية", "5 دولارات سنغافورية", "money", "5", "دولار", "SGD"),
    A("دفعت 7 دولارات هونغ كونغ", "7 دولارات هونغ كونغ", "money", "7", "دولار", "HKD"),
    A("بلغت 20 مليون يورو", "20 مليون يورو", "money", "20000000", "يورو", "EUR"),
    A("بلغت 20 يوروهات", "20 يوروهات", "money", "20", "يورو", "EUR"),
    A("بلغت €5 فقط", "€5", "money", "5", "يورو", "EUR"),
    A("بلغت 5€ فقط", "5€", "money", "5", "يورو", "EUR"),
    A("بلغت £5 فقط", "£5", "money", "5", "جنيه", "GBP"),
    A("بلغت ¥500 فقط", "¥500", "money", "500", "ين", "JPY"),
    A("بلغت 300 جنيه إسترليني", "300 جنيه إسترليني", "money", "300", "جنيه", "GBP"),
    A("بلغت 300 جنيه استرليني", "300 جنيه استرليني", "money", "300", "جنيه", "GBP"),
    A("بلغت 300 جنيه مصري", "300 جنيه مصري", "money", "300", "جنيه", "EGP"),
    A("بلغت 300 جنيهات مصرية", "300 جنيهات مصرية", "money", "300", "جنيه", "EGP"),
    A("بلغت 300 جنيه", "300 جنيه", "money", "300", "جنيه", ""),
    A("بلغت 300 ريال سعودي", "300 ريال سعودي", "money", "300", "ريال", "SAR"),
    A("بلغت 300 ريالات سعودية", "300 ريالات سعودية", "money", "300", "ريال", "SAR"),
    A("بلغت 300 ريال قطري", "300 ريال قطري", "money", "300", "ريال", "QAR"),
    A("بلغت 300 ريال عماني", "300 ريال عماني", "money", "300", "ريال", "OMR"),
    A("بلغت 300 ريال يمني", "300 ريال يمني", "money", "300", "ريال", "YER"),
    A("بلغت 300 ريال إيراني", "300 ريال إيراني", "money", "300", "ريال", "IRR"),
    A("بلغت 300 ريال", "300 ريال", "money", "300", "ريال", ""),
    A("بلغت 300 درهم إماراتي", "300 درهم إماراتي", "money", "300", "درهم", "AED"),
    A("بلغت 300 درهم مغربي", "300 درهم مغربي", "money", "300", "درهم", "MAD"),
    A("بلغت 30 دراهم", "30 دراهم", "money", "30", "درهم", ""),
    A("بلغت 300 دينار كويتي", "300 دينار كويتي", "money", "300", "دينار", "KWD"),
    A("بلغت 300 دينار أردني", "300 دينار أردني", "money", "300", "دينار", "JOD"),
    A("بلغت 300 دينار بحريني", "300 دينار بحريني", "money", "300", "دينار", "BHD"),
    A("بلغت 300 دينار عراقي", "300 دينار عراقي", "money", "300", "دينار", "IQD"),
    A("بلغت 300 دينار تونسي", "300 دينار تونسي", "money", "300", "دينار", "TND"),
    A("بلغت 300 دينار جزائري", "300 دينار جزائري", "money", "300", "دينار", "DZD"),
    A("بلغت 300 دينار ليبي", "300 دينار ليبي", "money", "300", "دينار", "LYD"),
    A("بلغت 300 دنانير", "300 دنانير", "money", "300", "دينار", ""),
    A("بلغت 5 ملايين ليرة تركية", "5 ملايين ليرة تركية", "money", "5000000", "ليرة", "TRY"),
    A("بلغت 5 ملايين ليرة لبنانية", "5 ملايين ليرة لبنانية", "money", "5000000", "ليرة", "LBP"),
    A("بلغت 5 آلاف ليرة سورية", "5 آلاف ليرة سورية", "money", "5000", "ليرة", "SYP"),
    A("بلغ 14.75 راند", "14.75 راند", "money", "14.75", "راند", "ZAR"),
    A("بلغ 19.19 بيزو مكسيكي", "19.19 بيزو مكسيكي", "money", "19.19", "بيزو", "MXN"),
    A("دفع 300 كرونة سويدية", "300 كرونة سويدية", "money", "300", "كرونة", "SEK"),
    A("غرامة 40 شيكلا", "40 شيكلا", "money", "40", "شيكل", "ILS"),
    A("بقيمة 10 مليارات وون", "10 مليارات وون", "money", "10000000000", "وون", "KRW"),
    A("تراجع بنسبة واحد بالمئة", "واحد بالمئة", "percent", "1", "percent"),
    A("ارتفع واحدا في المئة", "واحدا في المئة", "percent", "1", "percent",
      xfail="the accusative واحدا is not a number word yet"),
    A("بلغت 50 ليرات", "50 ليرات", "money", "50", "ليرة", ""),
    A("بلغت 100 مليار ين", "100 مليار ين", "money", "100000000000", "ين", "JPY"),
    A("بلغت 100 مليار ين ياباني", "100 مليار ين ياباني", "money", "100000000000", "ين", "JPY"),
    A("بلغت 100 مليار يوان", "100 مليار يوان", "money", "100000000000", "يوان", "CNY"),
    A("بتلقي 42 مليون رنغيت", "42 مليون رنغيت", "money", "42000000", "رينغيت", "MYR"),
    A("بلغت 100 مليار روبل", "100 مليار روبل", "money", "100000000000", "روبل", "RUB"),
    A("بلغت 100 مليار روبية هندية", "100 مليار روبية هندية", "money", "100000000000", "روبية",
      "INR"),
    A("بلغت 100 فرنك سويسري", "100 فرنك سويسري", "money", "100", "فرنك", "CHF"),
    A("بلغت 100 فرنك", "100 فرنك", "money", "100", "فرنك", ""),
    A("مليارات الدولارات", "مليارات الدولارات", "money", None, "دولار", "USD", "vague"),
    A("ملايين الدولارات", "ملايين الدولارات", "money", None, "دولار", "USD", "vague"),
    A("مئات الملايين من الدولارات", "مئات الملايين من الدولارات", "money", None, "دولار", "USD",
      "vague"),
]

PERCENT = [
    A("حصة 49% في الشركة", "49%", "percent", "49", "percent"),
    A("حصة ٤٩٪ في الشركة", "٤٩٪", "percent", "49", "percent"),
    A("حصة 4.3% فقط", "4.3%", "percent", "4.3", "percent"),
    A("بنسبة 15,6% من الصادرات", "15,6%", "percent", "15.6", "percent"),
    A("التضخم 0,9% فقط", "0,9%", "percent", "0.9", "percent"),
    A("حصة ١٥٫٥٪ فقط", "١٥٫٥٪", "percent", "15.5", "percent"),
    A("حصة 49 % فقط", "49 %", "percent", "49", "percent"),
    A("حصة %49 فقط", "%49", "percent", "49", "percent"),
    A("ارتفع 25 في المئة", "25 في المئة", "percent", "25", "percent"),
    A("ارتفع 25 في المائة", "25 في المائة", "percent", "25", "percent"),
    A("ارتفع 25 في المية", "25 في المية", "percent", "25", "percent"),
    A("ارتفع 25 بالمئة", "25 بالمئة", "percent", "25", "percent"),
    A("ارتفع 25 بالمائة", "25 بالمائة", "percent", "25", "percent"),
    A("ارتفع خمسة بالمئة", "خمسة بالمئة", "percent", "5", "percent"),
    A("ارتفع خمسة وعشرين في المئة", "خمسة وعشرين في المئة", "percent", "25", "percent"),
    A("ارتفع 0.5 نقطة مئوية", "0.5 نقطة مئوية", "percent", "0.5", "percentage_point"),
    A("ارتفع 3 نقاط مئوية", "3 نقاط مئوية", "percent", "3", "percentage_point"),
    A("تراجع 100 بالمئة", "100 بالمئة", "percent", "100", "percent"),
    A("بنسبة 12.75%", "12.75%", "percent", "12.75", "percent"),
    A("نسبة 0.25%", "0.25%", "percent", "0.25", "percent"),
]

COUNTS = [
    A("تقدر القوة العاملة بحوالي 60,000 عامل", "حوالي 60,000 عامل", "count", "60000", "عامل",
      qualifier="approx"),
    A("تسريح 200 موظف", "200 موظف", "count", "200", "موظف"),
    A("وفق خمسة مصادر مطلعة", "خمسة مصادر", "count", "5", "مصادر"),
    A("المكونة من 50 شخصًا", "50 شخصًا", "count", "50", "شخص"),
    A("المكونة من 50 شخصا", "50 شخصا", "count", "50", "شخص"),
    A("ويستخدم مليار شخص", "مليار شخص", "count", "1000000000", "شخص"),
    A("ويستخدم 3 ملايين شخص", "3 ملايين شخص", "count", "3000000", "شخص"),
    A("و60 عاملا", "60 عاملا", "count", "60", "عامل"),
    A("قتل 20 قتيلاً", "20 قتيلاً", "count", "20", "قتيل"),
    A("بعد 3 سنوات", "3 سنوات", "count", "3", "سنوات"),
    A("منذ 25 عاما", "25 عاما", "count", "25", "عام"),
    A("لديها 12 شركة", "12 شركة", "count", "12", "شركة"),
    A("لديها ثلاث شركات", "ثلاث شركات", "count", "3", "شركات"),
    A("لديها عشر شركات", "عشر شركات", "count", "10", "شركات"),
    A("لديها أحد عشر موظفا", "أحد عشر موظفا", "count", "11", "موظف"),
    A("لديها إحدى عشرة شركة", "إحدى عشرة شركة", "count", "11", "شركة"),
    A("لديها اثنا عشر موظفا", "اثنا عشر موظفا", "count", "12", "موظف"),
    A("لديها مئة موظف", "مئة موظف", "count", "100", "موظف"),
    A("لديها مائتا موظف", "مائتا موظف", "count", "200", "موظف"),
    A("لديها ألف موظف", "ألف موظف", "count", "1000", "موظف"),
    A("لديها 1.2 مليون مستخدم", "1.2 مليون مستخدم", "count", "1200000", "مستخدم"),
    A("بعد عام واحد فقط", "عام واحد", "count", "1", "عام"),
    A("في دولة واحدة", "دولة واحدة", "count", "1", "دولة"),
    A("عشرات الآلاف من المتعاقدين", "عشرات الآلاف من المتعاقدين", "count", None, "متعاقدين",
      qualifier="vague"),
    A("آلاف الموظفين", "آلاف الموظفين", "count", None, "موظفين", qualifier="vague"),
    A("بضعة آلاف شخص", "بضعة آلاف شخص", "count", None, "شخص", qualifier="vague"),
    A("عدة شركات", "عدة شركات", "count", None, "شركات", qualifier="vague"),
    A("بضع سنوات", "بضع سنوات", "count", None, "سنوات", qualifier="vague"),
    A("مئات الموظفين", "مئات الموظفين", "count", None, "موظفين", qualifier="vague"),
    A("ملايين الأشخاص", "ملايين الأشخاص", "count", None, "أشخاص", qualifier="vague"),
    A("توظيف 2000 عامل", "2000 عامل", "count", "2000", "عامل",
      xfail="a bare year-like number 1900-2100 is read as a year, even before a noun"),
    A("60 000 عامل", "60 000 عامل", "count", "60000", "عامل",
      xfail="an ordinary space is not read as a thousands separator"),
    A("شهرين فقط", "شهرين", "count", "2", "شهر"),
    A("غادر بعد شهرين فقط", "شهرين", "count", "2", "شهر"),
    A("دعويان قضائيتان مستمرتان", "دعويان", "count", "2", "دعوى"),
    A("خلال يومين", "يومين", "count", "2", "يوم"),
    A("نحو عامين", "نحو عامين", "count", "2", "عام", qualifier="approx"),
]

FRACTIONS = [
    A("حصل على نصف الأرباح", "نصف", "number", "0.5"),
    A("حصل على ثلث الأرباح", "ثلث", "number", "0.333333"),
    A("حصل على ربع الأرباح", "ربع", "number", "0.25"),
    A("حصل على سدس الأرباح", "سدس", "number", "0.166667"),
    A("حصل على ثلثي الأرباح", "ثلثي", "number", "0.666667"),
    A("حصل على ثلثا الأرباح", "ثلثا", "number", "0.666667"),
    A("حصل على ثلاثة أرباع الأرباح", "ثلاثة أرباع", "number", "0.75"),
    A("حصل على ثلاثة أخماس الأرباح", "ثلاثة أخماس", "number", "0.6"),
    A("النسبة 1/3 من الأرباح", "1/3", "number", "0.333333"),
    A("النسبة 3/4 من الأرباح", "3/4", "number", "0.75"),
    A("بعد نصف ساعة", "نصف ساعة", "count", "0.5", "ساعة"),
    A("نصف مليون", "نصف مليون", "number", "500000"),
    A("أكثر من النصف", "أكثر من النصف", "number", "0.5", qualifier="more_than"),
    A("زادت بأكثر من الضعف", "أكثر من الضعف", "number", "2", "multiplier", qualifier="more_than"),
    A("ارتفعت ضعفين", "ضعفين", "number", "2", "multiplier"),
    A("ارتفعت ثلاثة أضعاف", "ثلاثة أضعاف", "number", "3", "multiplier"),
    A("ارتفعت عشرة أضعاف", "عشرة أضعاف", "number", "10", "multiplier"),
    A("ارتفعت 3 أضعاف", "3 أضعاف", "number", "3", "multiplier"),
    A("ارتفعت إلى الضعف", "الضعف", "number", "2", "multiplier",
      xfail="الضعف alone is ambiguous (weakness) and needs a qualifier"),
]

QUALIFIERS_CASES = [
    USD("استثمار نحو 15 مليار دولار", "نحو 15 مليار دولار", "15000000000", "approx"),
    USD("دفع حوالي 200 مليون دولار", "حوالي 200 مليون دولار", "200000000", "approx"),
    USD("دفع حوالى 200 مليون دولار", "حوالى 200 مليون دولار", "200000000", "approx"),
    USD("دفع قرابة 200 مليون دولار", "قرابة 200 مليون دولار", "200000000", "approx"),
    USD("دفع زهاء 200 مليون دولار", "زهاء 200 مليون دولار", "200000000", "approx"),
    USD("دفع ما يقارب 200 مليون دولار", "ما يقارب 200 مليون دولار", "200000000", "approx"),
    USD("دفع ما يقرب من 200 مليون دولار", "ما يقرب من 200 مليون دولار", "200000000", "approx"),
    USD("دفع 200 مليون دولار تقريبا", "200 مليون دولار تقريبا", "200000000", "approx"),
    USD("دفع 200 مليون دولار تقريباً", "200 مليون دولار تقريباً", "200000000", "approx"),
    USD("بحوالي 10 مليارات دولار", "حوالي 10 مليارات دولار", "10000000000", "approx"),
    USD("قدرت لنحو 10 مليارات دولار", "نحو 10 مليارات دولار", "10000000000", "approx"),
    A("فقدان الشركة لنحو 4.3% من كوادرها", "نحو 4.3%", "percent", "4.3", "percent",
      qualifier="approx"),
    USD("ليصل إلى أكثر من 2 مليار دولار", "أكثر من 2 مليار دولار", "2000000000", "more_than"),
    USD("إلى أكثر من ملياري دولار", "أكثر من ملياري دولار", "2000000000", "more_than"),
    USD("ما يزيد على 3 مليارات دولار", "ما يزيد على 3 مليارات دولار", "3000000000",
        "more_than"),
    USD("ما يزيد عن 3 مليارات دولار", "ما يزيد عن 3 مليارات دولار", "3000000000", "more_than"),
    USD("قيمة يتجاوز 3 مليارات دولار", "يتجاوز 3 مليارات دولار", "3000000000", "more_than"),
    USD("قيمة تتجاوز 3 مليارات دولار", "تتجاوز 3 مليارات دولار", "3000000000", "more_than"),
    # The subject stands between the verb and the amount (issue 10): the verb still qualifies.
    USD("قد تتجاوز قيمة هذا التمويل 10 مليارات دولار", "10 مليارات دولار", "10000000000",
        "more_than"),
    USD("تتجاوز قيمتها 10 ملايين دولار", "10 ملايين دولار", "10000000", "more_than"),
    USD("يفوق حجمها 3 مليارات دولار", "3 مليارات دولار", "3000000000", "more_than"),
    USD("يناهز 5 ملايين دولار", "يناهز 5 ملايين دولار", "5000000", "approx"),
    USD("لا تتجاوز قيمتها 5 ملايين دولار", "5 ملايين دولار", "5000000", "up_to"),
    USD("تخطت إيراداتها السنوية 2 مليار دولار", "2 مليار دولار", "2000000000", "more_than"),
    # A clause between: the verb belongs to another phrase.
    USD("تتجاوز التوقعات التي بلغت 4 ملايين دولار", "4 ملايين دولار", "4000000"),
    USD("قيمة فوق 3 مليارات دولار", "فوق 3 مليارات دولار", "3000000000", "more_than"),
    USD("قيمة أقل من 3 مليارات دولار", "أقل من 3 مليارات دولار", "3000000000", "less_than"),
    USD("قيمة دون 3 مليارات دولار", "دون 3 مليارات دولار", "3000000000", "less_than"),
    USD("قيمة ما دون 3 مليارات دولار", "ما دون 3 مليارات دولار", "3000000000", "less_than"),
    USD("قيمة لا يقل عن 3 مليارات دولار", "لا يقل عن 3 مليارات دولار", "3000000000",
        "at_least"),
    USD("قيمة ما لا يقل عن 3 مليارات دولار", "ما لا يقل عن 3 مليارات دولار", "3000000000",
        "at_least"),
    USD("قيمة 3 مليارات دولار على الأقل", "3 مليارات دولار على الأقل", "3000000000",
        "at_least"),
    USD("قيمة على الأقل 3 مليارات دولار", "على الأقل 3 مليارات دولار", "3000000000",
        "at_least"),
    USD("إنفاق ما يصل إلى 65 مليار دولار", "ما يصل إلى 65 مليار دولار", "65000000000",
        "up_to"),
    USD("إنفاق يصل إلى 65 مليار دولار", "يصل إلى 65 مليار دولار", "65000000000", "up_to"),
    USD("المبيعات لتصل إلى 2 مليار دولار", "تصل إلى 2 مليار دولار", "2000000000", "up_to"),
    USD("إنفاق حتى 65 مليار دولار", "حتى 65 مليار دولار", "65000000000", "up_to"),
    A("دون 18 عاما", "دون 18 عاما", "count", "18", "عام", qualifier="less_than"),
    A("20 قتيلا على الأقل", "20 قتيلا على الأقل", "count", "20", "قتيل", qualifier="at_least"),
    A("500 شخص أو أكثر", "500 شخص أو أكثر", "count", "500", "شخص", qualifier="at_least"),
    A("ما يزيد على 3 آلاف", "ما يزيد على 3 آلاف", "number", "3000", qualifier="more_than"),
    A("أكثر من عشرات الآلاف", "أكثر من عشرات الآلاف", "number", None, qualifier="vague"),
]

#: The Arabic comma and ر between digits (Tunisian outlets above all): 506 amounts of 1,500
#: Jawhara FM articles had the wrong value.
ARABIC_SEPARATORS = [
    A("بنسبة 10،6 بالمائة", "10،6 بالمائة", "percent", "10.6", "percent"),
    A("قيمته 5ر656 مليون دينار", "5ر656 مليون دينار", "money", "656500000", "دينار"),
    A("شن إجمالي 225ر29 غارة", "225ر29 غارة", "count", "29225", "غارة"),
    A("لتمر من 117،901 مليون دينار", "117،901 مليون دينار", "money", "117901000", "دينار"),
    A("(2ر74 مليون دولار)", "2ر74 مليون دولار", "money", "74200000", "دولار", "USD"),
    A("عدد الموظفين 54،180 ، مقارنة", "54،180", "number", "54180"),
    A("تراجعا ب1،9 بالمائة", "1،9 بالمائة", "percent", "1.9", "percent"),
    # the Tunisian news agency's abbreviations: م د = million dinars, أ د = thousand dinars
    A("بقيمة 1142 م د مقابل", "1142 م د", "money", "1142000000", "دينار"),
    A("قيمة 194،647 م د بالنسبة", "194،647 م د", "money", "194647000", "دينار"),
    A("مقابل 5ر355 م د. حسب", "5ر355 م د", "money", "355500000", "دينار"),
    A("بمبلغ 500 أد", "500 أد", "money", "500000", "دينار"),
]

RANGES = [
    # no opener: a bare number, إلى, then a number with its unit
    A("عوائد سنوية في نطاق 3 إلى 9% لكل", "3 إلى 9%", "percent", "3", "percent",
      qualifier="range", value_max="9"),
    A("لنمو الودائع بسبعة إلى 8% سنويا", "سبعة إلى 8%", "percent", "7", "percent",
      qualifier="range", value_max="8"),
    A("يصل عددهم 3 إلى 5 أشخاص", "3 إلى 5 أشخاص", "count", "3", "أشخاص", qualifier="range",
      value_max="5"),
    A("يتراوح ما بين 2000 إلى 2500 ريال شهرياً", "ما بين 2000 إلى 2500 ريال", "money", "2000",
      "ريال", qualifier="range", value_max="2500"),
    A("ما بين 600 ريال إلى 1000 ريال", "ما بين 600 ريال إلى 1000 ريال", "money", "600", "ريال",
      qualifier="range", value_max="1000"),
    USD("بين 10 و15 مليار دولار", "بين 10 و15 مليار دولار", "10000000000", "range",
        "15000000000"),
    USD("بين 10 و 15 مليار دولار", "بين 10 و 15 مليار دولار", "10000000000", "range",
        "15000000000"),
    USD("ما بين 10 و15 مليار دولار", "ما بين 10 و15 مليار دولار", "10000000000", "range",
        "15000000000"),
    USD("من 3 إلى 5 ملايين دولار", "من 3 إلى 5 ملايين دولار", "3000000", "range", "5000000"),
    USD("من 3 الى 5 ملايين دولار", "من 3 الى 5 ملايين دولار", "3000000", "range", "5000000"),
    USD("من 3 حتى 5 ملايين دولار", "من 3 حتى 5 ملايين دولار", "3000000", "range", "5000000"),
    USD("10-15 مليون دولار", "10-15 مليون دولار", "10000000", "range", "15000000"),
    USD("10 - 15 مليون دولار", "10 - 15 مليون دولار", "10000000", "range", "15000000"),
    USD("بين 500 ألف و2 مليون دولار", "بين 500 ألف و2 مليون دولار", "500000", "range",
        "2000000"),
    A("بين 10% و15%", "بين 10% و15%", "percent", "10", "percent", "", "range", "15"),
    A("بين 10 و15%", "بين 10 و15%", "percent", "10", "percent", "", "range", "15"),
    A("من 3 إلى 5 ملايين شخص", "من 3 إلى 5 ملايين شخص", "count", "3000000", "شخص", "",
      "range", "5000000"),
    A("بين خمسة وعشرة ملايين", "بين خمسة وعشرة ملايين", "number", "5000000", "", "", "range",
      "10000000"),
    A("بين 20 و30 موظفا", "بين 20 و30 موظفا", "count", "20", "موظف", "", "range", "30"),
    A("يتراوح بين 1.5 و2.5 مليار", "بين 1.5 و2.5 مليار", "number", "1500000000", "", "",
      "range", "2500000000"),
    A("نحو 10-15 مليون", "نحو 10-15 مليون", "number", "10000000", "", "", "range", "15000000"),
    A("تراجع من 5 إلى 3 ملايين", "3 ملايين", "number", "3000000"),
    A("10 و15 مليار دولار", "10 و15 مليار دولار", "money", "10000000000", "دولار", "USD",
      "range", "15000000000", xfail="'X و Y' without بين is read as two amounts"),
]

NOT_AMOUNTS = [
    pytest.param(text, expected, id=text[:60])
    for text, expected in [
        ("أطلقت ميتا Llama 4 في أبريل", []),
        ("افتتح في الأول من يناير", []),  # a day of the month (a date), not an ordinal
        ("“Llama 4” التابع لميتا", []),
        ("نموذجها المنتظر “GPT-5″ الذي", []),
        ("يعمل على Windows 11 و iPhone 15", []),
        ("جولة التمويل من السلسلة F لـ Scale", []),
        ("شبكات 5G وطائرة A320", []),
        ("اتصل على +971 4 123 4567", []),
        ("اتصل على 0501234567", []),
        ("اتصل على 555-123-4567", []),
        ("الخادم 192.168.1.1 متوقف", []),
        ("الإصدار 1.2.3 متاح", []),
        ("في الساعة 10:30 صباحا", []),
        ("الساعة 10:30:15", []),
        ("رؤية 2030 الطموحة", []),
        ("استعدادا لـ2025 ناقشنا", []),
        ("في عام 2016 أسس", []),
        ("في العام 2016 أسس", []),
        ("منذ 2014 حتى 2019", []),
        ("بحلول نهاية 2025", []),
        ("في يونيو 2025", []),
        ("في 4 سبتمبر 2025", []),
        ("بتاريخ 4/9/2025", []),
        ("بتاريخ 2025-09-04", []),
        ("في كانون الثاني 2025", []),
        ("في تشرين الأول", []),
        ("بين 2014 و2016", []),
        ("إحدى أبرز الشركات", []),
        ("أحد أكبر عملاء الشركة", []),
        ("وأحد المسؤولين", []),
        ("واحدة من أكبر الصفقات", []),
        ("قال واحد من المسؤولين", []),
        ("قرار مجلس الأمن رقم 2231", []),
        ("معدات من نوع cap-180", []),
        ("وأكد واحد من الشهود", []),
        ("أولوية الأولويات", []),
        ("شركتهم الأولية", []),
        ("أصغر ملياردير عصامي", []),
        ("نقاط الضعف في الخطة", []),
        ("ضعف الاقتصاد", []),
        ("الربع الأول", ["الأول"]),
        ("Y Combinator و MIT", []),
        ("لست أدري", []),
        ("صندوق ماليزيا 1 للتنمية", ["1"]),  # a number, not a count of للتنمية
        # match scores and minutes, cup rounds
        ("فاز الريال على يوفنتوس 4 - 1 ليتوج", []),
        ("وتعادل جنوه مع سبال 1 - 1.", []),
        ("ثأر من هزيمته صفر - 3 على ملعبه", []),
        ("خسر 1-3 أمام مضيفه", []),
        ("الصفحات 12-14", ["12-14"]),
        ("من 3-5 سنوات", ["3-5 سنوات"]),
        ("سجل في الدقيقة 87 .", []),
        ("في الدقائق 11 و16 و45 .", []),
        ("خلال 5 دقائق", ["5 دقائق"]),
        ("تأهل إلى الدور ربع النهائي", []),
        ("في نصف نهائي الكأس", []),
        ("ربع ساعة", ["ربع ساعة"]),
        # a list's item numbers at the start of a line
        ("وهي:\n1- وقف محاولات\n2. شراكة", []),
        ("نص\n13 - ميكرونيسيا", []),
        ("نص\n5 أشخاص قتلوا", ["5 أشخاص"]),
        ("انخفض 9 إلى 3%", ["9", "3%"]),  # falling: a change, no range
        ("قتل 3 إلى جانب 5 جنود", ["3", "5 جنود"]),
        # product models, a preposition before واحدة
        ("الهاتفين آيفون 8 وآيفون 8 بلس", []),
        ("نظامها التشغيلي ويندوز 10 ضمن فعاليات", []),
        ("على المؤشر كاك 40 الفرنسي", []),
        ("تصنف المستخدمين ضمن واحدة من ثلاث فئات", ["ثلاث فئات"]),
        ("اشترى 5 آيفون", ["5 آيفون"]),
        # a counted noun that begins with أل is no definite noun; يوم is a counted noun
        ("سيطلق 4 ألبومات جديدة", ["4 ألبومات"]),
        ("مسح لنحو ألفي ألماني", ["نحو ألفي ألماني"]),
        ("حاصرها 900 يوم", ["900 يوم"]),
        ("قبل يوم واحد من انطلاق", ["يوم واحد"]),
        ("قتل 5 يوم الأحد", ["5"]),
        ("بحلول الساعة 1736 بتوقيت غرينتش", []),
        ("حوالي الساعة 21,00 (20,00 ت غ) من الخميس", []),
        ("عند الساعة 10 و46 دقيقة من مساء الاثنين", []),
        ("يعرض في الثامنة مساءً", []),
        ("في تمام الساعة 8 مساء", []),
        ("على مدار الساعة 24 ساعة", ["24 ساعة"]),
        ("قتل 5 أشخاص مساء الاثنين", ["5 أشخاص"]),
        ("ولست متأكدا من ذلك", []),
        ("بأن كمية المخدرات كبيرة", []),
        ("وكمية من الأسلحة", []),
        ("المقالات: 967", ["967"]),
        ("الرمز 007 سري", []),
        ("بمعدل 1.5، مما", ["1.5"]),
        ("", []),
        ("   \n\n", []),
    ]
]

BUGS_CAUGHT = [
    # وأحد folds to واحد (hamza dropped): it once became a count with the Latin word before.
    pytest.param("مسؤولي Scale AI وأحد المسؤولين", [], id="wa-ahad-after-latin"),
    # The up_to phrase with its clitic (لتصل إلى) once put the ل into the span.
    pytest.param("المبيعات لتصل إلى 2 مليار دولار", ["تصل إلى 2 مليار دولار"], id="clitic-lam"),
    # A phone run once left its middle groups as numbers.
    pytest.param("+971 4 123 4567", [], id="phone-middle-groups"),
    # Three numbers with separators once looked like a phone number.
    pytest.param("5\u00a0000 و1٬000٬000", ["5\u00a0000", "1٬000٬000"], id="grouped-not-phone"),
    # A year before a verb once became a count of a verb (ناقشن).
    pytest.param("لـ2025 ناقشنا", [], id="year-before-verb"),
    # نحو is also a preposition "towards": no number, no amount.
    pytest.param("توجه بعض المختبرات نحو توليد بيانات", [], id="nahw-preposition"),
    # كانون الثاني must be a date, not the ordinal الثاني.
    pytest.param("في كانون الثاني الماضي", [], id="month-not-ordinal"),
    # Dual-looking words that are no dual nouns (only listed nouns are counts of two).
    pytest.param("في البحرين والحسين بين الطرفين", [], id="not-dual-nouns"),
    # Idioms (data/idioms.tsv) are not quantities.
    pytest.param("يمتلك حاسة سادسة", [], id="idiom-sixth-sense"),
    pytest.param("إنه رجل واحد بامتياز", [], id="idiom-one-man"),
    # A 33-digit account number once cost the whole article (InvalidOperation).
    pytest.param("الحساب 123456789012345678901234567890123", [], id="account-number"),
    # ملياردير contains مليار but is a word of its own.
    pytest.param("أصغر ملياردير", [], id="billionaire"),
    # A trailing mark after the last letter belongs to the span (دولاراً).
    pytest.param("دفع 25 دولاراً.", ["25 دولاراً"], id="trailing-tanween"),
]


# Issue 10: amounts as news writes them beyond the five articles (written from news phrasing).
CURRENCIES_WRITTEN = [
    A("بلغ سعر السهم 42 EGP", "42 EGP", "money", "42", "جنيه", "EGP"),
    A("بسعر 100 AED للتذكرة", "100 AED", "money", "100", "درهم", "AED"),
    A("سعر الكيلو 42 ج.م", "42 ج.م", "money", "42", "جنيه", "EGP"),
    A("غرامة قدرها 20 أورو", "20 أورو", "money", "20", "يورو", "EUR"),
    A("جمعت 7 ملايين USD", "7 ملايين USD", "money", "7000000", "دولار", "USD"),
    A("استثمار بقيمة 300 ألف EUR", "300 ألف EUR", "money", "300000", "يورو", "EUR"),
    A("بلغت USD 5 ملايين", "USD 5 ملايين", "money", "5000000", "دولار", "USD"),
    A("الإيجار 500 د.إ شهريا", "500 د.إ", "money", "500", "درهم", "AED"),
    A("بيع بـ 30 ر.س", "30 ر.س", "money", "30", "ريال", "SAR"),
    A("بلغ سعره 20 دولار و43 سنت", "20 دولار و43 سنت", "money", "20.43", "دولار", "USD"),
    A("بيع السهم بتسعة وتسعين سنتا", "تسعة وتسعين سنتا", "money", "0.99", "دولار", "USD"),
    A("ثمنه 5 جنيهات و50 قرشا", "5 جنيهات و50 قرشا", "money", "5.5", "جنيه"),
    A("بلغ 3 دنانير و250 فلسا", "3 دنانير و250 فلسا", "money", "3.25", "دينار"),
    A("ثمنه 10 ريالات و25 هللة", "10 ريالات و25 هللة", "money", "10.25", "ريال"),
]

CURRENCY_CONTEXT = [
    A("ارتفعت أرباح أرامكو إلى 27.5 مليار ريال", "27.5 مليار ريال", "money", "27500000000",
      "ريال", "SAR"),
    A("أعلنت الحكومة المصرية تخصيص 10 مليارات جنيه", "10 مليارات جنيه", "money",
      "10000000000", "جنيه", "EGP"),
    A("بلغت صادرات الكويت 5 مليارات دينار", "5 مليارات دينار", "money", "5000000000",
      "دينار", "KWD"),
    A("في دبي بلغ الإيجار 90 ألف درهم", "90 ألف درهم", "money", "90000", "درهم", "AED"),
    # Without a country, or with two countries of the same currency word: no guess.
    A("بلغ الإيراد 5 ملايين ريال", "5 ملايين ريال", "money", "5000000", "ريال", ""),
    A("قارن بين السعودية وقطر: 5 ملايين ريال", "5 ملايين ريال", "money", "5000000", "ريال", ""),
    # The adjective wins over the context.
    A("في السعودية دفع 5 ملايين ريال قطري", "5 ملايين ريال قطري", "money", "5000000", "ريال",
      "QAR"),
]

QUANTITIES = [
    A("يبلغ طوله 120 كيلومترا", "120 كيلومترا", "quantity", "120", "km"),
    A("ويزن 3 أطنان", "3 أطنان", "quantity", "3", "t"),
    A("حجز 30 كلغ من المخدرات", "30 كلغ", "quantity", "30", "kg"),
    A("لإنتاج 500 مليون قدم مكعبة يوميا", "500 مليون قدم مكعبة", "quantity", "500000000",
      "ft³"),
    A("ضرب زلزال بقوة 4.6 درجات على مقياس ريختر", "4.6 درجات", "quantity", "4.6", "Richter"),
    A("بشدة بلغت 7ر3 درجات على سلم ريختر", "7ر3 درجات", "quantity", "3.7", "Richter"),
    A("جرعة 500 ملغ يوميا", "500 ملغ", "quantity", "500", "mg"),
    A("وصلت درجة الحرارة إلى 45 درجة مئوية", "45 درجة مئوية", "quantity", "45", "°C"),
    A("أنتجت 9 ملايين برميل يوميا", "9 ملايين برميل", "quantity", "9000000", "barrel"),
    A("بقدرة 500 ميغاواط", "500 ميغاواط", "quantity", "500", "MW"),
    A("على مساحة 20 ألف هكتار", "20 ألف هكتار", "quantity", "20000", "ha"),
    A("مساحة 1.5 كيلومتر مربع", "1.5 كيلومتر مربع", "quantity", "1.5", "km²"),
    A("بمسطحات تبلغ 13820م2، وإقامة", "13820م2", "quantity", "13820", "m²"),
    A("مساحة 500 م² فقط", "500 م²", "quantity", "500", "m²"),
    A("نحو 3 آلاف م3 من المياه", "نحو 3 آلاف م3", "quantity", "3000", "m³", qualifier="approx"),
    A("نحو 40 كم من العاصمة", "نحو 40 كم", "quantity", "40", "km", qualifier="approx"),
    A("بسرعة 120 كيلومترا في الساعة", "120 كيلومترا في الساعة", "quantity", "120", "km/h"),
    A("نحو 45 درجة", "نحو 45 درجة", "quantity", "45", "°C",
      xfail="درجة alone (no مئوية) stays a count: degrees of what is not said"),
    # ... unless the sentence says it is the temperature (data/unit_context.tsv)
    A("وتصل درجات الحرارة محليا إلى 40 درجة", "40 درجة", "quantity", "40", "°C"),
    A("تتراوح الحرارة القصوى بين 31 و 36 درجة", "بين 31 و 36 درجة", "quantity", "31", "°C",
      qualifier="range", value_max="36"),
    A("طقس حار: نحو 45 درجة في الظل", "نحو 45 درجة", "quantity", "45", "°C", qualifier="approx"),
    A("حصل على 40 درجة في الامتحان", "40", "number", "40"),
]

SPOKEN_NUMBERS = [
    A("بلغ النمو خمسة فاصلة اثنان", "خمسة فاصلة اثنان", "number", "5.2"),
    A("نمو بنسبة ثلاثة فاصلة خمسة في المئة", "ثلاثة فاصلة خمسة في المئة", "percent", "3.5",
      "percent"),
    A("خمسة أثمان الناخبين", "خمسة أثمان", "number", "0.625"),
    A("ثلث السكان", "ثلث", "number", "0.333333"),
    A("ارتفع .77 نقطة", ".77 نقطة", "count", "0.77", "نقطة"),
    A("يتصدر برصيد 40 نقطة", "40 نقطة", "count", "40", "نقطة"),
    A("تراجع المؤشر 25 نقطة أساس", "25 نقطة أساس", "percent", "0.25", "percentage_point"),
    A("خفض الفائدة 200 نقطة أساس", "200 نقطة أساس", "percent", "2", "percentage_point"),
    A("رفع الفائدة 25 نقطة أساس", "25 نقطة أساس", "percent", "0.25", "percentage_point"),
]


def _check(text, span, fields):
    amounts = find_amounts(text)
    for amount in amounts:
        assert text[amount.start : amount.end] == amount.text
    matching = [a for a in amounts if a.text == span]
    assert matching, f"{span!r} not in {[a.text for a in amounts]}"
    amount = matching[0]
    got = {key: getattr(amount, key) for key in fields}
    assert got == fields
    assert amount.kind in AMOUNT_KINDS and amount.qualifier in QUALIFIERS
    assert amount.sentence == -1


@pytest.mark.parametrize(("text", "span", "fields"), MONEY)
def test_money(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), PERCENT)
def test_percent(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), COUNTS)
def test_counts(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), FRACTIONS)
def test_fractions(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), QUALIFIERS_CASES)
def test_qualifiers(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), RANGES)
def test_ranges(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), ARABIC_SEPARATORS)
def test_arabic_separators(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), CURRENCIES_WRITTEN)
def test_currencies_written(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), CURRENCY_CONTEXT)
def test_currency_context(text, span, fields):
    _check(text, span, fields)
    [amount] = [a for a in find_amounts(text) if a.text == span]
    if "قطري" in span:
        assert amount.currency_source == "explicit"
    else:
        assert amount.currency_source == ("context" if fields["currency"] else "")


@pytest.mark.parametrize(("text", "span", "fields"), QUANTITIES)
def test_quantities(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "span", "fields"), SPOKEN_NUMBERS)
def test_spoken_numbers(text, span, fields):
    _check(text, span, fields)


@pytest.mark.parametrize(("text", "expected"), NOT_AMOUNTS + BUGS_CAUGHT)
def test_not_amounts_and_bugs(text, expected):
    assert [a.text for a in find_amounts(text)] == expected


# ---------------------------------------------------------------------------------------------
# CORPUS: every amount in the five articles, (article stem, span, occurrences, fields)
# ---------------------------------------------------------------------------------------------


def C(stem, span, times, kind, value, unit="", currency="", qualifier="exact", value_max=None):
    fields = {
        "kind": kind,
        "value": None if value is None else Decimal(value),
        "value_max": value_max,
        "unit": unit,
        "currency": currency,
        "qualifier": qualifier,
    }
    return pytest.param(stem, span, times, fields, id=f"{stem[:3]}|{span}")


def CUSD(stem, span, times, value, qualifier="exact"):
    return C(stem, span, times, "money", value, "دولار", "USD", qualifier)


A0, A1, A2, A3, A4 = (
    "000_6e6466fcb39c8720", "001_a038912ff83e431d", "002_5802921390852e0a",
    "003_2f4a8bf77e8c5980", "004_75b14329c493e249",
)
CORPUS = [
    CUSD(A0, "14.8 مليار دولار", 1, "14800000000"),
    C(A0, "49%", 1, "percent", "49", "percent"),
    CUSD(A0, "حوالي 200 مليون دولار", 1, "200000000", "approx"),
    CUSD(A0, "870 مليون دولار", 1, "870000000"),
    CUSD(A0, "أكثر من 2 مليار دولار", 1, "2000000000", "more_than"),
    CUSD(A0, "29 مليار دولار", 1, "29000000000"),
    CUSD(A0, "ما يصل إلى 65 مليار دولار", 1, "65000000000", "up_to"),
    CUSD(A1, "15 مليار دولار", 1, "15000000000"),
    CUSD(A1, "نحو 15 مليار دولار", 1, "15000000000", "approx"),
    C(A1, "49%", 1, "percent", "49", "percent"),
    C(A1, "نحو 4.3%", 1, "percent", "4.3", "percent", qualifier="approx"),
    C(A1, "967", 1, "number", "967"),
    CUSD(A2, "14.3 مليار دولار", 4, "14300000000"),
    C(A2, "الثامنة والعشرين", 1, "ordinal", "28"),
    CUSD(A2, "29 مليار دولار", 1, "29000000000"),
    CUSD(A2, "5 مليارات دولار", 1, "5000000000"),
    C(A2, "التاسعة عشرة", 1, "ordinal", "19"),
    C(A2, "عام واحد", 1, "count", "1", "عام"),
    C(A2, "عشرات الآلاف من المتعاقدين", 2, "count", None, "متعاقدين", qualifier="vague"),
    CUSD(A2, "7 مليارات دولار", 1, "7000000000"),
    C(A2, "49%", 1, "percent", "49", "percent"),
    C(A2, "1.5", 1, "number", "1.5"),
    C(A2, "حوالي 60,000 عامل", 1, "count", "60000", "عامل", qualifier="approx"),
    CUSD(A2, "750 مليون دولار", 1, "750000000"),
    C(A2, "50 شخصًا", 1, "count", "50", "شخص"),
    C(A2, "دعويان", 1, "count", "2", "دعوى"),
    CUSD(A3, "حوالي 10 مليارات دولار", 1, "10000000000", "approx"),
    C(A3, "مليارات الدولارات", 2, "money", None, "دولار", "USD", "vague"),
    # "قد تتجاوز قيمة هذا التمويل 10 مليارات دولار": the verb qualifies across its subject.
    CUSD(A3, "10 مليارات دولار", 1, "10000000000", "more_than"),
    CUSD(A3, "حوالي 14 مليار دولار", 1, "14000000000", "approx"),
    CUSD(A3, "25 مليار دولار", 1, "25000000000"),
    CUSD(A3, "أكثر من 13 مليار دولار", 1, "13000000000", "more_than"),
    CUSD(A3, "ما يصل إلى 65 مليار دولار", 1, "65000000000", "up_to"),
    C(A3, "مليار شخص", 1, "count", "1000000000", "شخص"),
    CUSD(A3, "870 مليون دولار", 2, "870000000"),
    C(A3, "أكثر من الضعف", 1, "number", "2", "multiplier", qualifier="more_than"),
    CUSD(A3, "تصل إلى 2 مليار دولار", 1, "2000000000", "up_to"),
    CUSD(A3, "أكثر من ملياري دولار", 1, "2000000000", "more_than"),
    CUSD(A4, "14.3 مليار دولار", 1, "14300000000"),
    C(A4, "خمسة مصادر", 1, "count", "5", "مصادر"),
    C(A4, "نحو 200 موظف", 1, "count", "200", "موظف", qualifier="approx"),
    CUSD(A4, "99 مليون دولار", 1, "99000000"),
    C(A4, "شهرين", 1, "count", "2", "شهر"),
]


def _article_amounts(stem):
    text = (CORPUS_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    return text, find_amounts(text, REFERENCE_DATES.get(stem))


@pytest.mark.parametrize(("stem", "span", "times", "fields"), CORPUS)
def test_corpus(stem, span, times, fields):
    text, amounts = _article_amounts(stem)
    matching = [a for a in amounts if a.text == span]
    assert len(matching) == times, [a.text for a in amounts]
    for amount in matching:
        assert text[amount.start : amount.end] == span
        assert {key: getattr(amount, key) for key in fields} == fields


@pytest.mark.parametrize("stem", [A0, A1, A2, A3, A4])
def test_corpus_has_nothing_else(stem):
    """Precision: the CORPUS list is every amount the article has, so nothing else is found."""
    expected = Counter()
    for param in CORPUS:
        if param.values[0] == stem:
            expected[param.values[1]] += param.values[2]
    _, amounts = _article_amounts(stem)
    assert Counter(a.text for a in amounts) == expected


def test_corpus_deal_lines_up():
    """The one deal reported as 14.8, 15, 14.3 and about 10 billion dollars, from the tables."""
    deal = {
        (a.value, a.currency, a.qualifier)
        for stem in (A0, A1, A2, A3)
        for a in _article_amounts(stem)[1][:1]
    }
    assert deal == {
        (Decimal("14800000000"), "USD", "exact"),
        (Decimal("15000000000"), "USD", "exact"),
        (Decimal("14300000000"), "USD", "exact"),
        (Decimal("10000000000"), "USD", "approx"),
    }


def test_sorted_non_overlapping_deterministic():
    text, amounts = _article_amounts(A2)
    assert amounts == find_amounts(text)
    for left, right in itertools.pairwise(amounts):
        assert left.end <= right.start


ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(
    ARABIC,
    st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬%٪$€/:- \n\u200e\u200f\u061c\u202a"
                         "\u202c\u2066\u2069\u2009\u202f\u00a0ـًٌٍَُِّْ")),
    st.characters(),
)
WORDS = st.sampled_from(
    ["مليار", "مليون", "ألف", "دولار", "نحو", "أكثر من", "بين", "و", "من", "إلى", "في المئة",
     "عام", "في", "يونيو", "الماضي", "الثاني", "خمسة", "عشر", "وعشرون", "عشرات", "الآلاف",
     "بـ", "لـ", "%", "-", "14.8", "٦٠٬٠٠٠", "2025", "شخصًا", "ريال", "سعودي", "الضعف"]
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(MIXED, max_size=80))
def test_random_text_keeps_offsets(text):
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.kind in AMOUNT_KINDS and amount.qualifier in QUALIFIERS


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(WORDS, st.text(MIXED, max_size=3)), max_size=15).map(" ".join))
def test_random_phrases_keep_offsets(text):
    amounts = find_amounts(text, datetime.date(2025, 9, 4))
    for amount in amounts:
        assert text[amount.start : amount.end] == amount.text
    for left, right in itertools.pairwise(amounts):
        assert left.end <= right.start
