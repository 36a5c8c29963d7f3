"""CPU seconds of each stage over a folder of articles, in one process (issue 11's profile).

Run from the repository root (never part of the tests)::

    .venv/bin/python bench/bench_stages.py /tmp/ant1k        # a folder of ANT articles as .txt

The tagger is loaded and warmed up first; each article is then read, tokenised, tagged, its
names linked, its amounts and dates found and its tables written to a temporary folder, and the
process's CPU time of each stage is summed. Run two versions alternately to compare them: this
machine's timings vary by a fifth from run to run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import run as R  # noqa: E402
from pipeline.doc import Article  # noqa: E402
from pipeline.read import parse_article  # noqa: E402
from pipeline.tables import write_article  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    files = sorted(folder.glob("*.txt"))[: int(argv[1]) if len(argv) > 1 else None]
    tagger = R.TaggerSpec().load()
    R.warm_up(tagger)
    seconds: dict[str, float] = defaultdict(float)
    words = 0
    stages = (
        ("tokens", R.add_tokens), ("tag", lambda a: R._tag(a, tagger)),
        ("amounts", R.add_amounts), ("drop", R.drop_amount_names), ("link", R._canonicalize),
        ("dates", R.add_dates),
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as out:
        started = time.process_time()
        for path in files:
            t = time.process_time()
            article = parse_article(path.read_bytes(), Article(id=path.stem, source=str(path)))
            seconds["read"] += time.process_time() - t
            for name, stage in stages:
                t = time.process_time()
                article = stage(article)
                seconds[name] += time.process_time() - t
            words += len(article.tokens)
            t = time.process_time()
            write_article(Path(out) / path.stem, article)
            seconds["write"] += time.process_time() - t
        total = time.process_time() - started
    print(f"{len(files)} articles, {words:,} tokens, {total:.2f} s CPU")
    for name, value in seconds.items():
        print(f"  {name:<8} {value:6.2f} s  {value / total:4.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
