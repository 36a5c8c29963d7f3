"""Build ``pipeline/data/ant_surnames.tsv``: words the news writes as a surname after a given name.

The span rule ``given_names_first`` (``pipeline/taggers/consistency.py``) tags an untagged given
name (``data/given_names.tsv``) and the word after it as a person, but only when that word is
one the news writes rarely: a frequent word after a given name is as often a noun (عمر يناهز،
حسن النية). So the persons the news names most and that the tagger still missed were left: in
2,000 ANT articles `جمال خاشقجي` 11 times and `سيرغي سكريبال` 9. This script counts, over the ANT
corpus (Chouigui, Ben Khiroun and Elayeb, AICCSA 2017), how often each normalised word follows a
given name written bare (not after و, where a verb may follow: وميغان ينتظران), and keeps the words
that do so at least ``--min-after`` times and for at least ``--min-share`` of their occurrences,
that are no given name, name particle (عبد، أبو، بن ...) or function word themselves, do not
begin with و (وترامب: the next name of a list) and end in no pronoun. After the names that are
as often nouns (``data/noun_given_names.tsv``: جمال، عمر) the rule takes no verb of the list
(عمر يناهز, "an age nearing", counted here), but خاشقجي is counted after جمال.

Only the list of words and their counts leaves this script, never text. Deterministic.

    .venv/bin/python bench/harvest_surnames.py             # ../shared/data/ant/articles.jsonl.gz
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harvest_places import ant_words, list_arguments, no_ant, write_list  # noqa: E402

from pipeline.taggers.consistency import _NOT_PLACE_ENDINGS  # noqa: E402

OUT_FILE = "ant_surnames.tsv"
#: Parts of a compound name, never a surname alone.
PARTICLES = frozenset({"عبد", "ابو", "بن", "ابن", "بنت", "ولد", "ال", "ام", "اب", "ذو"})
#: Endings of a verb or a noun with a pronoun: those of ``consistency._NOT_PLACE_ENDINGS``
#: but ون and ه, which end many surnames (تيلرسون، ميستوره: ة is normalised to ه).
PRONOUN_ENDINGS = tuple(e for e in _NOT_PLACE_ENDINGS if e not in {"ون", "ه"})
HEADER = """\
# Words the news writes as a surname right after a given name, for the span rule
# given_names_first (pipeline/taggers/consistency.py): such a word after an untagged given name is
# a surname although the news writes it often (جمال خاشقجي، سيرغي سكريبال). Built by
# bench/harvest_surnames.py from the ANT corpus: Chouigui, Ben Khiroun and Elayeb, "ANT Corpus:
# An Arabic News Text Collection for Textual Classification", AICCSA 2017 (derived statistics
# only: a list of words and counts, no text). Settings: {settings}.
# Columns: word = normalised word; after = times right after a given name of given_names.tsv;
# total = times in the corpus.
"""


def count(path: Path, given: frozenset[str]) -> tuple[Counter[str], Counter[str]]:
    """``after`` (right after a bare given name) and ``total`` counts of the normalised words."""
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for _raw, norms in ant_words(path):
        total.update(norms)
        for first, second in itertools.pairwise(norms):
            if first in given:
                after[second] += 1
    return after, total


def main(argv: list[str] | None = None) -> int:
    from pipeline.taggers.consistency import _given_names, _words

    parser = list_arguments(__doc__.splitlines()[0], OUT_FILE)
    parser.add_argument("--min-total", type=int, default=5)
    args = parser.parse_args(argv)
    if no_ant(args.ant):
        return 2
    given = _given_names()
    after, total = count(args.ant, given)
    rows = sorted(
        (word, n, total[word])
        for word, n in after.items()
        if n >= args.min_after
        and total[word] >= args.min_total
        and n >= args.min_share * total[word]
        and word.isalpha()
        and not word.startswith("و")  # وترامب: the next name of a list
        and word not in _given_names()
        and word not in PARTICLES
        and word not in _words("function_words.tsv")
        and not word.endswith(PRONOUN_ENDINGS)
    )
    settings = (
        f"--min-after {args.min_after} --min-share {args.min_share} --min-total {args.min_total}"
    )
    write_list(args.out, HEADER.format(settings=settings), ("word", "after", "total"), rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
