"""Fuzz ``find_amounts``, ``find_dates`` and the per-article analysis with hostile strings.

Reports exceptions (should be 0), offset violations (0), impossible dates (0), the slowest
input, and the chars/s of long runs (``1 1 1 ...``, digits and words) at doubling sizes, so that
linear time shows as a flat rate. Deterministic (seeded).

Run: ``.venv/bin/python bench/bench_amounts_fuzz.py [--n 100000] [--articles 2000]``.
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.amounts import find_amounts  # noqa: E402
from pipeline.dates import find_dates  # noqa: E402
from pipeline.doc import Article  # noqa: E402

DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
MARKS = (".,٫٬%٪$€£¥/:-–+ \n\u200e\u200f\u061c\u202a\u202c\u2066\u2069\u2009\u202f\u00a0"
         "ـًٌٍَُِّْ")
LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
WORDS = ["مليار", "مليون", "ألف", "تريليون", "آلاف", "دولار", "ريال", "دينار", "جنيه", "يورو",
         "أورو", "سنت", "EGP", "USD", "AED", "ج.م", "د.إ", "ر.س", "نحو", "أكثر من", "بين", "و",
         "من", "إلى", "في المئة", "عام", "عامي", "في", "يونيو", "رمضان", "هـ", "الماضي", "الثاني",
         "الحادي", "عشر", "خمسة", "فاصلة", "أثمان", "ثلث", "عشرات", "الربع", "نقطة أساس",
         "كيلومترا", "درجة مئوية", "بـ", "لـ", "14.8", "٦٠٬٠٠٠", "2025", "0000", "1445",
         "شخصًا", "سعودي", "الضعف", "سادسة", "أرامكو", "السعودية", "مصر", "تتجاوز", "يناهز"]
REF = datetime.date(2025, 9, 4)


def hostile(rng: random.Random) -> str:
    """One random string of words, digit runs (up to 40 digits) and random characters."""
    parts = []
    for _ in range(rng.randint(0, 20)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(WORDS))
        elif roll < 0.7:
            parts.append("".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 40))))
        else:
            pool = rng.choice([LETTERS, DIGITS, MARKS])
            parts.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 6))))
    return rng.choice([" ", "", "\u200f "]).join(parts)


def check(text: str, ref: datetime.date | None, problems: Counter[str]) -> None:
    for amount in find_amounts(text, ref):
        if text[amount.start : amount.end] != amount.text:
            problems["amount offset violations"] += 1
    for date in find_dates(text, ref):
        if text[date.start : date.end] != date.text:
            problems["date offset violations"] += 1
        if date.date and not 1 <= int(date.date[:4]) <= 9999:
            problems["impossible dates"] += 1


def check_article(text: str, problems: Counter[str]) -> None:
    from pipeline.run import add_amounts, add_dates, add_tokens
    from pipeline.taggers.base import untagged

    article = Article("fuzz", "fuzz", text=text, published="2025-09-04",
                      boilerplate_start=len(text))
    article = add_dates(add_amounts(untagged(add_tokens(article))))
    for item in [*article.amounts, *article.dates]:
        if text[item.start : item.end] != item.text:
            problems["article offset violations"] += 1


def linear_rates() -> None:
    print("\nlong runs (chars/s should stay flat as the size doubles):")
    for name, unit in [("'1 ' * n", "1 "), ("'مليار دولار 5 ' * n", "5 مليار دولار "),
                       ("'و1' * n", "و1"), ("digits", "1")]:
        cells = []
        for size in (4000, 8000, 16000, 32000):
            text = (unit * size)[:size]
            start = time.perf_counter()
            find_amounts(text)
            find_dates(text)
            cells.append(f"{size:>6}: {size / (time.perf_counter() - start):>9,.0f}")
        print(f"  {name:<24} " + "  ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="hostile strings")
    parser.add_argument("--articles", type=int, default=2_000,
                        help="hostile articles (strings joined with sentence breaks)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    find_amounts("1")  # load the data files before timing
    problems: Counter[str] = Counter()
    slowest = (0.0, "")
    chars, start = 0, time.perf_counter()
    for i in range(args.n):
        text = hostile(rng)
        chars += len(text)
        t0 = time.perf_counter()
        try:
            check(text, REF if i % 2 else None, problems)
        except Exception:  # counting every failure is the point
            problems["exceptions"] += 1
            if problems["exceptions"] <= 3:
                print(repr(text))
                traceback.print_exc()
        elapsed = time.perf_counter() - t0
        if elapsed > slowest[0]:
            slowest = (elapsed, text)
    total = time.perf_counter() - start
    for _ in range(args.articles):
        text = ". ".join(hostile(rng) for _ in range(rng.randint(1, 8)))
        try:
            check_article(text, problems)
        except Exception:
            problems["article exceptions"] += 1
            if problems["article exceptions"] <= 3:
                traceback.print_exc()
    print(f"{args.n:,} strings ({chars:,} chars) in {total:.1f} s = {chars / total:,.0f} chars/s;"
          f" {args.articles:,} articles")
    for key in ("exceptions", "amount offset violations", "date offset violations",
                "impossible dates", "article exceptions", "article offset violations"):
        print(f"  {key:<28} {problems[key]}")
    print(f"  slowest input: {slowest[0] * 1000:.1f} ms for {len(slowest[1])} chars "
          f"({len(slowest[1]) / max(slowest[0], 1e-9):,.0f} chars/s)")
    linear_rates()
    return 1 if sum(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
