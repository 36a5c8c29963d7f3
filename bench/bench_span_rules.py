"""The rules every tagger's output goes through (``pipeline.taggers.consistency.span_rules``),
measured on the shipped recipe's held-out predictions.

The shipped CRF recipe (the five articles and ANERcorp train as news, AQMAR train as Wikipedia,
word features domain-marked; ``bench/bench_more_features.py``'s ``base``) is trained without the
test split and tags it; then each test set is scored with names spread as the pipeline does
(``spread_names``), without and with the rules before it, and with each rule alone. Test sets: the
last 10% of ANERcorp train (``--split last``) or its first 10% (``--split first``, training on
the rest), and AQMAR dev. 95% bootstrap intervals against the first row. About two minutes.

    .venv/bin/python bench/bench_span_rules.py --split last
    .venv/bin/python bench/bench_span_rules.py --split first

``--save FILE`` keeps the held-out model's raw tags (a pickle); ``--load FILE`` scores the rules
on them without training again (seconds, for trying a rule; the test sets are read again).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_more_features as more  # noqa: E402
from bench_domains import score_row  # noqa: E402

from pipeline.taggers.consistency import (  # noqa: E402
    club_cities,
    complete_names,
    coordinated_places,
    cut_directions,
    cut_nicknames,
    dotted_names,
    drop_adjectives,
    drop_common_nouns,
    drop_currencies,
    fill_clubs,
    fill_federations,
    fill_organisations,
    fill_towns,
    gazetteer_labels,
    given_names_first,
    homograph_places,
    join_persons,
    join_places,
    match_clubs,
    named_places,
    preposition_places,
    quoted_names,
    span_rules,
    split_known_lists,
    split_names,
    spread_names,
    starring_names,
    trim_indefinites,
    trim_kin,
    trim_organisation_tails,
    trim_person_tails,
    trim_titles,
)

RULES = {
    "none": lambda words, tags: tags,
    "split_names": split_names,
    "join_persons": join_persons,
    "join_places": join_places,
    "gazetteer_labels": gazetteer_labels,
    "quoted_names": quoted_names,
    "dotted_names": dotted_names,
    "common_nouns": drop_common_nouns,
    "currencies": drop_currencies,
    "adjectives": drop_adjectives,
    "indefinites": trim_indefinites,
    "complete_names": complete_names,
    "fill_clubs": fill_clubs,
    "club_cities": club_cities,
    "match_clubs": match_clubs,
    "named_places": named_places,
    "split_known_lists": split_known_lists,
    "given_names_first": given_names_first,
    "trim_person_tails": trim_person_tails,
    "trim_organisation_tails": trim_organisation_tails,
    "trim_titles": trim_titles,
    "trim_kin": trim_kin,
    "cut_nicknames": cut_nicknames,
    "starring_names": starring_names,
    "coordinated_places": coordinated_places,
    "homograph_places": homograph_places,
    "preposition_places": preposition_places,
    "fill_towns": fill_towns,
    "fill_organisations": fill_organisations,
    "fill_federations": fill_federations,
    "directions": cut_directions,
    "all (span_rules)": span_rules,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=more.SPLITS, default="last")
    parser.add_argument("--save", type=Path, help="write the raw held-out tags to this pickle")
    parser.add_argument("--load", type=Path, help="score the raw tags of this pickle")
    parser.add_argument("--rules", help="only these rows (comma-separated names), besides none")
    args = parser.parse_args(argv)
    gold, train, wiki, tests = more.dev_sets(args.split)
    if args.load:
        with args.load.open("rb") as f:
            predicted = pickle.load(f)
        print(f"raw tags from {args.load}; names spread in every row")
    else:
        spread = more.propagate
        more.propagate = lambda words, tags: tags  # the raw tags: the rules come before spreading
        try:
            predicted, seconds = more.fit_predict("base", gold + train, wiki, tests)
        finally:
            more.propagate = spread
        print(f"trained in {seconds:.0f} s; names spread in every row")
    if args.save:
        with args.save.open("wb") as f:
            pickle.dump(predicted, f)
    print(
        f"{'rules':<17} {'test':<10} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
        f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs none':>26}"
    )
    first: dict[str, list] = {}
    wanted = {"none", *args.rules.split(",")} if args.rules else set(RULES)
    for rule, apply in RULES.items():
        if rule not in wanted:
            continue
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            tags = spread_names(words, apply(words, predicted[name]), predicted[name])
            print(f"{rule:<17} {name:<10} {score_row(name, sentences, tags, first)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
