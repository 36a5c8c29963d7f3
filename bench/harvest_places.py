"""Build ``pipeline/data/ant_places.tsv``: the words news writes as the name after مدينة، محافظة ...

The span rule ``named_places`` (``pipeline/taggers/consistency.py``) tags the untagged word after
a noun of a place in the construct state (``data/place_nouns.tsv``: مدينة إيلات، محافظة الجموم),
but only a word the news writes rarely: a frequent word there is as often an adjective (قرية
نائية، مدينة منزوعة السلاح) or a verb (قرية تقع). So the places the news names most, and that
the tagger has not learnt (محافظة صعدة، مدينة حرض، محافظة البيضاء), were left untagged. This
script learns them from unlabelled news, two counts over the ANT corpus (Chouigui, Ben Khiroun
and Elayeb, AICCSA 2017) per normalised word:

* ``after``: how often it follows a place noun (any proclitic on the noun: بمحافظة، ومدينة);
  kept when at least ``--min-after`` times and at least ``--min-share`` of all its occurrences
  (an adjective or verb follows many other words too);
* ``prep``: how often it follows a preposition (في، من، إلى ...) or is written with ب or ل
  (بصعدة، لحجة); kept when at least ``--min-prep`` of its occurrences. A place is where things
  happen (في صعدة); an adjective almost never follows a preposition (0-2% against 10-80% for
  the places of the first run);
* the words that follow it there: when two words follow it half the time or more
  (``--max-next``) it is the first of a name of two words (رام الله، سيدي بوزيد), and left out.

The nouns are all those of ``data/place_nouns.tsv``, also those after which only these words
are places (ولاية، منطقة، مديرية ...).

Only the list of words and their counts leaves this script, never text. Deterministic: the rows
are sorted, the counts exact.

    .venv/bin/python bench/harvest_places.py               # ../shared/data/ant/articles.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.lexicon import DATA_DIR, load_tsv  # noqa: E402
from pipeline.normalize import normalize_word  # noqa: E402
from pipeline.taggers.features import readings  # noqa: E402

DEFAULT_ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
OUT_FILE = "ant_places.tsv"
#: Prepositions after which a place is named (normalised).
PREPOSITIONS = frozenset(
    {"في", "من", "الي", "الى", "عن", "علي", "على", "حتي", "حتى", "نحو", "قرب", "داخل"}
)
HEADER = """\
# Words the news writes as the name after a noun of a place (مدينة، محافظة، بلدة ...), for the
# span rule named_places (pipeline/taggers/consistency.py): such a word is taken for a place there
# although the news writes it often. Built by bench/harvest_places.py from the ANT corpus:
# Chouigui, Ben Khiroun and Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
# Classification", AICCSA 2017 (derived statistics only: a list of words and counts, no text).
# Settings: {settings}.
# Columns: word = normalised word; after = times after a place noun of place_nouns.tsv; prep =
# times after a preposition or written with ب/ل; total = times in the corpus.
"""
#: Words the counts take for places that are none: مدينة أشباح, "a ghost town".
EXCLUDED = frozenset({"اشباح", "الاشباح"})
#: Fewest letters of a place's name (without the article): الك is a broken word.
MIN_LETTERS = 3
#: Fewest times one word must follow a word for the two to be taken for one name.
MIN_NEXT = 5
WORD = re.compile(r"\w+")


def ant_words(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Each ANT article's words (runs of word characters) as written and normalised."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            raw = WORD.findall(json.loads(line).get("text") or "")
            yield raw, [normalize_word(w) for w in raw]


def list_arguments(description: str, out_file: str) -> argparse.ArgumentParser:
    """The options every list counted in ANT takes: ``--ant``, ``--out``, and how often a word
    must stand in its context (``--min-after`` times, ``--min-share`` of its uses)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--ant", type=Path, default=DEFAULT_ANT)
    parser.add_argument("--out", type=Path, default=DATA_DIR / out_file)
    parser.add_argument("--min-after", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.2)
    return parser


def no_ant(path: Path) -> bool:
    """Whether the ANT corpus is missing (said on stderr)."""
    if path.is_file():
        return False
    print(f"{path}: no such file (the ANT corpus, articles.jsonl.gz)", file=sys.stderr)
    return True


def write_list(
    out: Path, header: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """A data file of counted words: the header's comments, a column line, one row a word."""
    text = header + "\t".join(columns) + "\n"
    text += "".join("\t".join(str(v) for v in row) + "\n" for row in rows)
    out.write_text(text, encoding="utf-8")
    print(f"{len(rows)} words -> {out}")


def count(
    path: Path, nouns: frozenset[str]
) -> tuple[Counter[str], Counter[str], Counter[str], dict[str, Counter[str]]]:
    """``after``, ``prep`` and ``total`` counts of the normalised words of the corpus, and the
    words that follow each word after a place noun (``next``). ``nouns``: normalised."""
    after: Counter[str] = Counter()
    prep: Counter[str] = Counter()
    total: Counter[str] = Counter()
    following: dict[str, Counter[str]] = {}
    noun_cache: dict[str, bool] = {}
    for raw, norms in ant_words(path):
        total.update(norms)
        for i in range(len(norms) - 1):
            word = raw[i]
            is_noun = noun_cache.get(word)
            if is_noun is None:
                found = readings(word)
                # the construct state: محافظة, not المحافظة
                is_noun = noun_cache[word] = any(
                    n in found and "ال" + n not in found for n in nouns
                )
            if is_noun:
                after[norms[i + 1]] += 1
                if i + 2 < len(norms):
                    following.setdefault(norms[i + 1], Counter())[norms[i + 2]] += 1
            if norms[i] in PREPOSITIONS:
                prep[norms[i + 1]] += 1
    for word in list(after):
        bare = word[2:] if word.startswith("ال") else word
        definite = word.startswith("ال")
        attached = ("بال" + bare, "لل" + bare) if definite else ("ب" + word, "ل" + word)
        prep[word] += sum(total[form] for form in attached)
    return after, prep, total, following


def _first_of_compound(
    following: Counter[str], n: int, max_next: float, total: Counter[str]
) -> bool:
    """Whether the word is mostly the first of a name of two words (رام الله، دير الزور، سيدي
    بوزيد، نورث كارولينا): the two words that follow it most after a place noun do so
    ``max_next`` of its times there or more, and the first at least ``MIN_NEXT`` times. Alone
    it would be half a name. The country's adjective (زيوريخ السويسرية) or another place joined
    by و (كفريا والفوعة) is no second half (:func:`_no_partner`)."""
    partners = Counter(
        {word: k for word, k in following.items() if not _no_partner(word, total)}
    )
    top = partners.most_common(2)
    if not top or top[0][1] < MIN_NEXT:
        return False
    return sum(k for _, k in top) >= max_next * n


def _no_partner(word: str, total: Counter[str]) -> bool:
    """A word that follows a place's name without being part of it: و first (كفريا والفوعة),
    ب on a word the news writes (الغردقة بمصر), a function word or a point of the compass
    (الحسكة شمال), a definite word in ة (كاركاسون القريبة، زيوريخ السويسرية) or a definite
    nisba adjective (الامريكي, whose feminine الامريكيه the news writes too; not الوادي of
    حلق الوادي)."""
    from pipeline.taggers.consistency import _compass_word, _words

    if word.startswith("و") or (word.startswith("ب") and total[word[1:]] >= MIN_NEXT):
        return True
    if word in _words("function_words.tsv") or _compass_word(word):
        return True
    if not word.startswith("ال"):
        return False
    return word.endswith("ه") or (word.endswith("ي") and total[word + "ه"] >= MIN_NEXT)


def _currency(word: str) -> bool:
    """A currency's name (منطقة اليورو, the euro area), which is no place."""
    from pipeline.amounts import CURRENCIES

    return any(reading in CURRENCIES for reading in readings(word))


def main(argv: list[str] | None = None) -> int:
    parser = list_arguments(__doc__.splitlines()[0], OUT_FILE)
    parser.add_argument("--min-prep", type=float, default=0.05)
    parser.add_argument("--max-next", type=float, default=0.5)
    args = parser.parse_args(argv)
    if no_ant(args.ant):
        return 2
    nouns = frozenset(normalize_word(row["word"]) for row in load_tsv("place_nouns.tsv"))  # all
    after, prep, total, following = count(args.ant, nouns)
    rows = sorted(
        (word, n, prep[word], total[word])
        for word, n in after.items()
        if n >= args.min_after
        and n >= args.min_share * total[word]
        and prep[word] >= args.min_prep * total[word]
        and not any(ch.isdigit() for ch in word)
        and word not in EXCLUDED
        and len(word.removeprefix("ال")) >= MIN_LETTERS
        and not _currency(word)
        and not _first_of_compound(following.get(word, Counter()), n, args.max_next, total)
    )
    settings = (
        f"--min-after {args.min_after} --min-share {args.min_share} --min-prep {args.min_prep}"
        f" --max-next {args.max_next}"
    )
    write_list(args.out, HEADER.format(settings=settings), ("word", "after", "prep", "total"), rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
