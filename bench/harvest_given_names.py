"""Build ``pipeline/data/ant_given_names.tsv``: given names the tagger itself found in ANT's news.

``data/given_names.tsv`` (written by hand, a feature of the CRF) lacks many of the names the news
writes before a surname: Western, Slavic, Asian and Maghrebi given names (هربرت مكماستر، ميلوش
زيمان، غريغور ديميتروف، مية الجريبي). The span rules that read given names (``_given_names`` in
``pipeline/taggers/consistency.py``: a given name and the rare word after it, a known name run on
into the person named after it, two persons joined by و) then leave the surname alone or run two
names on as one. This script reads the entity table of a pipeline run over ANT articles and keeps
the words that begin a person's name of two words or more, as the tagger found them, that:

- do so in at least ``--min-articles`` articles;
- are tagged in at least ``1 - --max-untagged`` of their occurrences in the run's articles (the
  untagged ones inside no entity at all), so that common words stay out;
- begin names at least ``--first-ratio`` times as often as they end one (or are one alone), so
  that surnames (ترامب، أردوغان) stay out;
- have four letters or more, no article, no proclitic reading that is a given name already
  (لمحمد، بصدام), and are no given name, name particle or function word already. Names of three
  letters (يان، ريك، روي) read inside too many common words once a proclitic is taken off
  (بيانه is ب + يان + ه, كريك ك + ريك, وروى "and he narrated"): a first list with them split
  or joined 12 names wrongly in 20,004 ANT articles;
- are not in :data:`STOP`, words read off the first list by hand.

The list was built from runs of the pipeline at commit eef599c (before the list existed) over all
of ANT (40,008 articles: the odd and the even lines as two runs, their entity tables joined). Only
the list of words and its counts leaves this script, never text. Deterministic.

    zcat ../shared/data/ant/articles.jsonl.gz > ant.jsonl
    .venv/bin/python -m pipeline run ant.jsonl --out OUT --quiet --jobs 2
    .venv/bin/python bench/harvest_given_names.py --run OUT --articles ant.jsonl
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

OUT_FILE = ROOT / "pipeline" / "data" / "ant_given_names.tsv"
#: Words of the lists that are no given names, or as often a common word: عبد and أبو
#: (parts of a name), سيدي (also a place's first word), فرانس (فرانس برس), غالاكسي (a phone),
#: نيو، سانتا (places), إسلام، نور، عادل، كريم، رضا (common words), صدام ("clash": صدام لاتيني),
#: جاني ("came to me": a song's title).
STOP = frozenset(
    normalize_word(w)
    for w in (
        *("عبد", "أبو", "سيدي", "بسيدي", "لعبد", "لتركي", "بصدام", "فرانس", "غالاكسي", "نيو"),
        *("سانتا", "مدائن", "إسلام", "نور", "عادل", "كريم", "رضا", "الفه", "حمه", "لاوسكار"),
        *("لكريم", "صدام", "جاني"),
        # and of the list over all of ANT: names of companies, brands, places and events
        *("امباير", "اوبن", "اوكسفام", "اولمبيك", "اوندا", "بريكسيت", "بورت", "بوكيمون"),
        *("ديجيتال", "ديلا", "سانت", "سبيس", "سوبر", "غلوبال", "فيرجن", "كامبردج", "مرسيدس"),
        *("هيومان", "شونغكينغ", "داليان", "تيانغين", "ستونمان", "بمزل", "لكليتشدار"),
        *("ممفيس", "هانغ"),  # ممفيس جريزليز, a team; غوغل هانغ آوتس, a product
    )
)
HEADER = """\
# Given names the tagger found in ANT's news before a surname (هربرت مكماستر، ميلوش زيمان، مية
# الجريبي), for the span rules of pipeline/taggers/consistency.py that read given names (with
# data/given_names.tsv; this list is no feature of the CRF). Built by bench/harvest_given_names.py
# from the entity table of a pipeline run over the ANT corpus: Chouigui, Ben Khiroun and Elayeb,
# "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017 (derived
# statistics only: a list of words and counts, no text). Settings: {settings}.
# Columns: word = normalised word; first = times it begins a person's name of two words or more;
# articles = articles where it does; untagged = occurrences outside every entity.
"""
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652]+")
LETTERS = re.compile(r"[\u0621-\u064A]+")


def count(run: Path) -> tuple[Counter[str], Counter[str], dict[str, set[str]], dict]:
    """From ``run/entities.csv``: how often each normalised word begins (``first``) and ends
    (``last``, a name of one word included) a person's name, the articles where it begins one,
    and every article's entity spans."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with (run / "entities.csv").open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            spans[row["article_id"]].append((int(row["start"]), int(row["end"])))
            if row["label"] != "PER":
                continue
            words = [normalize_word(w) for w in row["text"].split()]
            last[words[-1]] += 1
            if len(words) >= 2 and LETTERS.fullmatch(words[0]):
                first[words[0]] += 1
                articles[words[0]].add(row["article_id"])
    return first, last, articles, spans


def untagged(path: Path, words: set[str], spans: dict) -> tuple[Counter[str], Counter[str]]:
    """How often each of ``words`` occurs in the articles of ``path`` (JSON lines, ``id`` and
    ``text``: the articles the run read), and how often outside every entity span."""
    total: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            own = spans.get(article["id"], [])
            for match in ARABIC_WORD.finditer(article.get("text") or ""):
                norm = normalize_word(match.group())
                if norm in words:
                    total[norm] += 1
                    if not any(a <= match.start() < b for a, b in own):
                        outside[norm] += 1
    return total, outside


def main(argv: list[str] | None = None) -> int:
    from pipeline.lexicon import load_tsv
    from pipeline.taggers.consistency import _ant_surnames, _words
    from pipeline.taggers.features import readings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, required=True, help="a pipeline run's output folder")
    parser.add_argument("--articles", type=Path, required=True, help="the JSON lines it read")
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--max-untagged", type=float, default=0.2)
    parser.add_argument("--first-ratio", type=float, default=3.0)
    args = parser.parse_args(argv)
    # the hand-written list only: this list must not feed itself
    given = frozenset(normalize_word(row["name"]) for row in load_tsv("given_names.tsv"))
    first, last, articles, spans = count(args.run)
    candidates = {w for w in first if w not in given and len(articles[w]) >= args.min_articles}
    total, outside = untagged(args.articles, candidates, spans)
    kept = _words("name_particles.tsv") | _words("function_words.tsv") | STOP
    rows = sorted(
        (word, first[word], len(articles[word]), outside[word])
        for word in candidates
        if outside[word] <= args.max_untagged * total[word]
        and first[word] >= args.first_ratio * last[word]
        and len(word) >= 4
        and not word.startswith(("ال", "و", "لل"))
        and word not in kept
        and word not in _ant_surnames()
        and not any(r != word and r in given for r in readings(word))
        # لسامي، بعبد: a preposition on a name of the list or a word left out of it
        and not (word[0] in "لب" and (word[1:] in candidates or word[1:] in STOP))
    )
    settings = (
        f"--min-articles {args.min_articles} --max-untagged {args.max_untagged} "
        f"--first-ratio {args.first_ratio}"
    )
    columns = ("word", "first", "articles", "untagged")
    write_list(args.out, HEADER.format(settings=settings), columns, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
