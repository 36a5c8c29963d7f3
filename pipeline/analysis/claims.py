"""Claims: the facts of several articles about one thing, side by side, and whether they agree.

Facts are grouped (pandas) by category, measure (currency, percent or count), subject (the
organisation the figure is about: its target, else its agent) and period (the year of its date,
when the sentence gives one). Each group is one claim: every article's figure with its qualifier,
the spread, and whether one value could be what all of them report.

    ميتا -> سكيل إيه آي, investment, USD:
    000: 14.8 مليار | 001: 15 مليار, نحو 15 مليار | 002: 14.3 مليار | 003: حوالي 10 مليارات
    -> min 10000000000, max 15000000000, ratio 1.5, agree false
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.analysis.facts import OTHER
from pipeline.analysis.outputs import JOIN
from pipeline.normalize import normalize_digits

if TYPE_CHECKING:
    import pandas as pd

CLAIM_COLUMNS = (
    "claim",
    "category",
    "measure",
    "subject",
    "agents",
    "period",
    "n_articles",
    "n_facts",
    "reports",
    "as_written",
    "min",
    "max",
    "ratio",
    "agree",
    "article_ids",
)

#: "About" (نحو، حوالي) allows this much either side of the figure.
APPROX = Decimal("0.10")
#: The least rounding allowed to any figure (a figure written in words: ملياري دولار).
MIN_ROUNDING = Decimal("0.001")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
INFINITY = Decimal("Infinity")


@dataclass(frozen=True)
class Report:
    """One article's figure: the interval of values it allows, and its central value."""

    low: Decimal
    high: Decimal
    central: Decimal


def rounding(text: str, value: Decimal) -> Decimal:
    """Half a unit of the last digit written: ``14.8 مليار`` -> 50000000, ``15 مليار`` -> 500000000.

    >>> int(rounding("14.8 مليار دولار", Decimal("14800000000")))
    50000000
    >>> int(rounding("15 مليار دولار", Decimal("15000000000")))
    500000000
    """
    floor = abs(value) * MIN_ROUNDING
    match = _NUMBER.search(normalize_digits(text))
    if not match or value == 0:
        return floor
    digits = match.group().replace(",", "")
    number = Decimal(digits)
    if number == 0:
        return floor
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = value / number
    return max(floor, abs(scale) * Decimal(5) * Decimal(10) ** -(decimals + 1))


def report_interval(fact: Mapping[str, str]) -> Report | None:
    """The values a fact allows, from its value, qualifier and the digits as written.

    ``about 10 billion`` allows 9 to 11 billion and ``more than 10 billion`` 10 billion and up,
    so the two agree; ``14.3`` allows 14.25 to 14.35 and ``15`` allows 14.5 to 15.5.
    """
    if not fact["value"]:
        return None
    value = Decimal(fact["value"])
    qualifier = fact["qualifier"]
    if qualifier == "range" and fact["value_max"]:
        high = Decimal(fact["value_max"])
        return Report(value, high, (value + high) / 2)
    half = rounding(fact["text"], value)
    if qualifier == "approx":
        half = max(half, abs(value) * APPROX)
    if qualifier in ("more_than", "at_least"):
        return Report(value, INFINITY, value)
    if qualifier in ("less_than", "up_to"):
        return Report(Decimal(0), value, value)
    return Report(value - half, value + half, value)


def agree(reports: Sequence[Report]) -> bool:
    """Whether one value lies within every report's interval."""
    return max(r.low for r in reports) <= min(r.high for r in reports)


def _measure(fact: Mapping[str, str]) -> str:
    if fact["kind"] == "money":
        return fact["currency"] or f"money:{fact['unit']}"
    if fact["kind"] == "percent":
        return fact["unit"] or "percent"
    return "count"


def _candidates(fact: Mapping[str, str]) -> list[str]:
    """Who a fact may be about: its targets, else its agents."""
    for column in ("target", "agent"):
        if fact[column]:
            return fact[column].split(JOIN)
    return []


def _subjects(facts: Sequence[Mapping[str, str]]) -> list[str]:
    """Each fact's subject: of its candidates, the one most facts are about, else the first.

    (رهان ميتا على ألكسندر وانغ و Scale AI is about Scale AI, like the other reports.)
    """
    counts = Counter(name for fact in facts for name in _candidates(fact))
    subjects = []
    for fact in facts:
        names = _candidates(fact)
        subjects.append(max(names, key=lambda n: (counts[n], -names.index(n))) if names else "")
    return subjects


def _fill_periods(frame: pd.DataFrame) -> pd.DataFrame:
    """A fact without a year joins the one dated group of its kind with all of whose figures it
    agrees.

    (870 مليون دولار "last year", in an article without a publication date, joins the
    reports of 870 million in 2024, not those of 2 billion in 2025.)
    """
    periods = list(frame["period"])
    records = frame.to_dict("records")
    same = ("category", "measure", "subject")
    for i, record in enumerate(records):
        mine = report_interval(record)
        if record["period"] or mine is None:
            continue
        dated: dict[str, list[Report]] = {}
        for other in records:
            theirs = report_interval(other) if other["period"] else None
            if theirs and all(other[k] == record[k] for k in same):
                dated.setdefault(other["period"], []).append(theirs)
        fits = [period for period, reports in dated.items() if agree([mine, *reports])]
        if len(fits) == 1:
            periods[i] = fits[0]
    frame = frame.copy()
    frame["period"] = periods
    return frame


def _plain(value: Decimal) -> str:
    """A value written exactly, without exponent (``14300000000``, ``4.3``)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def build_claims(facts: Sequence[Mapping[str, str]]) -> list[dict[str, object]]:
    """One claim row per group of facts; claims reported by most articles first.

    Facts without a category (``other``) or without a subject are left out: grouping them
    would put unrelated figures side by side.
    """
    import pandas as pd

    frame = pd.DataFrame(list(facts), dtype=str)
    if frame.empty:
        return []
    frame = frame[(frame["category"] != OTHER) & (frame["value"] != "")].copy()
    frame["measure"] = [_measure(row) for row in frame.to_dict("records")]
    frame["subject"] = _subjects(frame.to_dict("records"))
    frame["period"] = frame["date"].str[:4]
    frame = _fill_periods(frame[frame["subject"] != ""])
    rows = []
    keys = ["category", "measure", "subject", "period"]
    for (category, measure, subject, period), group in frame.groupby(keys, sort=True):
        group = group.sort_values(["article_id", "start"], key=_natural)
        records = group.to_dict("records")
        intervals = [report_interval(r) for r in records]
        reports = [r for r in intervals if r is not None]
        by_article: dict[str, list[str]] = {}
        written: dict[str, list[str]] = {}
        for record in records:
            figure = f"{record['value']} {record['qualifier']}"
            by_article.setdefault(record["article_id"], [])
            if figure not in by_article[record["article_id"]]:
                by_article[record["article_id"]].append(figure)
            written.setdefault(record["article_id"], [])
            if record["text"] not in written[record["article_id"]]:
                written[record["article_id"]].append(record["text"])
        centrals = [r.central for r in reports]
        low, high = min(centrals), max(centrals)
        agents = [a for r in records for a in r["agent"].split(JOIN) if a]
        rows.append(
            {
                "category": category,
                "measure": measure,
                "subject": subject,
                "agents": JOIN.join(dict.fromkeys(agents)),
                "period": period,
                "n_articles": len(by_article),
                "n_facts": len(records),
                "reports": JOIN.join(f"{a}: {', '.join(f)}" for a, f in by_article.items()),
                "as_written": JOIN.join(f"{a}: {' / '.join(t)}" for a, t in written.items()),
                "min": _plain(low),
                "max": _plain(high),
                "ratio": f"{high / low:.2f}" if low > 0 else "",
                "agree": "true" if agree(reports) else "false",
                "article_ids": JOIN.join(by_article),
            }
        )
    rows.sort(key=lambda r: (-int(r["n_articles"]), -int(r["n_facts"]), *(str(r[k]) for k in keys)))
    for number, row in enumerate(rows, start=1):
        row["claim"] = f"c{number:04d}"
    return rows


def _natural(column: pd.Series) -> pd.Series:
    """Sort offsets as numbers, ids as text."""
    return column.astype(int) if column.name == "start" else column
