"""Build ``pipeline/data/common_words.tsv``: words the news writes often and seldom in a name.

A person's name that the tagger ran on into the next word (فينغر يختلق "Wenger makes up",
صلاح رصيده "Salah's tally", أبي الأسبوع "Abiy last week") ends in a word of the sentence, not of
the name. The span rule ``trim_common_tails`` (``pipeline/taggers/consistency.py``) cuts such a
word off where the article names the person without it; it needs to know which words are of
the sentence. This script reads the entity table of a pipeline run over ANT articles and keeps
the normalised words that:

- have ``--min-letters`` letters or more (the rule reads no shorter word: ريم بنا، ليو هي);
- occur at least ``--min-total`` times in the run's articles (runs of Arabic letters);
- are inside a person's name for at most ``--max-person`` of their occurrences (as the tagger
  found them), so that surnames that are common words too (ريم بنا، ليو هي) stay out when the
  tagger tags them so often enough.

Built from a run over the even lines of ANT (20,004 articles) so that the odd lines, on which
the rule is measured, played no part in it. Only the list of words and its counts leaves this
script, never text. Deterministic.

    zcat ../shared/data/ant/articles.jsonl.gz | awk 'NR%2==0' > even.jsonl
    .venv/bin/python -m pipeline run even.jsonl --out EVEN --quiet --jobs 2
    .venv/bin/python bench/harvest_common_words.py --run EVEN --articles even.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harvest_places import write_list  # noqa: E402

from pipeline.normalize import normalize_word  # noqa: E402

OUT_FILE = ROOT / "pipeline" / "data" / "common_words.tsv"
#: A run of Arabic letters (and diacritics): a word as the counts read it.
ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")
HEADER = """\
# Words the news writes often and seldom inside a person's name, for the span rule
# trim_common_tails (pipeline/taggers/consistency.py): such a word at the end of a person's name
# the article names without it is a word of the sentence (فينغر يختلق، صلاح رصيده). Built by
# bench/harvest_common_words.py from a pipeline run over the even lines of the ANT corpus:
# Chouigui, Ben Khiroun and Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
# Classification", AICCSA 2017 (derived statistics only: a list of words and counts, no text).
# Settings: {settings}.
# Columns: word = normalised word; total = times in the run's articles; person = times inside a
# person's name the tagger found.
"""


def count(run: Path, articles: Path) -> tuple[Counter[str], Counter[str]]:
    """``total`` and ``person`` counts of the normalised words of the articles of a run."""
    spans: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    with (run / "entities.csv").open(encoding="utf-8-sig", newline="") as table:
        for row in csv.DictReader(table):
            if row["label"] == "PER":
                spans[row["article_id"]].append((int(row["start"]), int(row["end"])))
    total: Counter[str] = Counter()
    person: Counter[str] = Counter()
    with articles.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            persons = sorted(spans.get(str(article.get("id")), ()))
            for match in ARABIC_WORD.finditer(article.get("text") or ""):
                word = normalize_word(match.group())
                total[word] += 1
                if any(s <= match.start() and match.end() <= e for s, e in persons):
                    person[word] += 1
    return total, person


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="a pipeline run's output folder")
    parser.add_argument("--articles", type=Path, required=True, help="the run's JSONL articles")
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    parser.add_argument("--min-letters", type=int, default=4)
    parser.add_argument("--min-total", type=int, default=20)
    parser.add_argument("--max-person", type=float, default=0.05)
    args = parser.parse_args(argv)
    total, person = count(args.run, args.articles)
    rows = sorted(
        (word, n, person[word])
        for word, n in total.items()
        if len(word) >= args.min_letters
        and n >= args.min_total
        and person[word] <= args.max_person * n
    )
    settings = (
        f"--min-letters {args.min_letters} --min-total {args.min_total} "
        f"--max-person {args.max_person}"
    )
    write_list(args.out, HEADER.format(settings=settings), ("word", "total", "person"), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
