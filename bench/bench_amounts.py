"""Throughput of :func:`pipeline.amounts.find_amounts`, against a plain digit regex baseline.

Run: ``python -m bench.bench_amounts`` (or ``python bench/bench_amounts.py``) from the repo root.
Optionally pass ``--ant N`` to also time the first N articles of the ANT corpus when
/work/shared/data/ant/articles.jsonl.gz exists.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# --code DIR times another checkout's extractor (e.g. a `git worktree` of an older commit), so
# that a baseline is measured in the same session: run once with it and once without.
_CODE = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else str(ROOT)
sys.path.insert(0, _CODE)

from pipeline.amounts import find_amounts  # noqa: E402

CORPUS = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
ANT = Path("/work/shared/data/ant/articles.jsonl.gz")
DIGITS = re.compile(r"\d+")


def _rate(function, texts: list[str], min_seconds: float = 1.0) -> tuple[float, int]:
    """Characters per second of ``function`` over ``texts``, repeated for at least min_seconds."""
    chars = sum(map(len, texts))
    rounds, start = 0, time.perf_counter()
    while True:
        for text in texts:
            function(text)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return chars * rounds / elapsed, rounds


def _baseline(text: str) -> list[re.Match[str]]:
    return list(DIGITS.finditer(text))


def _report(name: str, texts: list[str]) -> None:
    ours, rounds = _rate(find_amounts, texts)
    base, _ = _rate(_baseline, texts)
    found = sum(len(find_amounts(t)) for t in texts)
    print(f"{name:<22} {len(texts):>6} {sum(map(len, texts)):>10,} {found:>7} {rounds:>6} "
          f"{ours:>14,.0f} {base:>14,.0f} {base / ours:>8.1f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=int, default=0, help="also time the first N ANT articles")
    parser.add_argument("--code", default=str(ROOT), help="checkout whose pipeline/ is timed")
    args = parser.parse_args(argv)
    print(f"code: {args.code}")
    print(f"{'texts':<22} {'docs':>6} {'chars':>10} {'amounts':>7} {'rounds':>6} "
          f"{'find_amounts c/s':>14} {'re digits c/s':>14} {'slower':>9}")
    _report("corpus/raw", [p.read_text(encoding="utf-8") for p in CORPUS])
    if args.ant and ANT.exists():
        with gzip.open(ANT, "rt", encoding="utf-8") as handle:
            texts = []
            for line in handle:
                texts.append(json.loads(line).get("text", ""))
                if len(texts) >= args.ant:
                    break
        _report(f"ANT first {len(texts)}", texts)
    for n in (4000, 8000, 16000):
        text = "1 " * (n // 2)
        start = time.perf_counter()
        find_amounts(text)
        elapsed = time.perf_counter() - start
        print(f"{'1 1 1 ... ' + str(n):<22} {1:>6} {n:>10,} {'':>7} {1:>6} {n / elapsed:>14,.0f}"
              f"   ({elapsed:.2f} s)")


if __name__ == "__main__":
    main()
