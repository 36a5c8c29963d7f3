"""Several CRFs as one: a product of experts of CRFs trained on other views of the same data.

Each member is the shipped recipe (``bench/bench_more_features.py``'s ``base``: the five
articles and ANERcorp train as news, AQMAR train as Wikipedia, word features domain-marked)
trained without the dev split, on another view of the data:

* ``base``: the recipe itself;
* ``bagN``: the news sentences drawn with replacement (seed N), AQMAR as it is;
* ``lexdrop``: every sentence with a name once more, the names' own words hidden (the table's
  ``lexdrop`` row in the README), so that the member learns the names' contexts;
* ``newsonly``: news alone, without domain marks.

Members with the same features combine into one linear CRF: their state and transition
weights summed (a product of experts, Hinton 2002; the Viterbi path of the sum is that of the
members' geometric mean), decoded once. So the combination costs no tagging time once its
weights are merged. Each combination is scored as the pipeline tags (span rules, names
spread), with a 95% bootstrap interval against the first one given. Members are trained once
per split and kept in ``--cache`` (about four minutes each on this CPU):

    .venv/bin/python bench/bench_ensemble.py --split last
    .venv/bin/python bench/bench_ensemble.py --split first
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_more_features as more  # noqa: E402
from bench_domains import score_row  # noqa: E402

from pipeline.taggers.consistency import span_rules, spread_names  # noqa: E402
from pipeline.taggers.crfmodel import read_weights, viterbi  # noqa: E402
from pipeline.taggers.features import Featurizer, marked  # noqa: E402
from pipeline.train import CrfParams, new_crf  # noqa: E402

MEMBERS = ("base", "bag1", "bag2", "lexdrop", "newsonly")
COMBOS = (
    "base", "bag1", "lexdrop", "newsonly", "base+bag1+bag2", "base+lexdrop",
    "base+newsonly", "base+bag1+bag2+lexdrop+newsonly",
)  # fmt: skip


def train_member(member: str, news, wiki, tests, featurize) -> dict:
    """The member's labels, transitions and each test sentence's emission scores."""
    import numpy as np

    domains = (None, None) if member == "newsonly" else ("N", "W")

    def features(words, domain):
        rows = [list(r) for r in featurize(words)]
        return rows if domain is None else marked(rows, domain)

    if member.startswith("bag"):
        draw = random.Random(int(member[3:]))
        news = [news[draw.randrange(len(news))] for _ in news]
    xs, ys = [], []
    corpora = (news, [] if member == "newsonly" else wiki)
    for domain, sentences in zip(domains, corpora, strict=True):
        for sentence in sentences:
            words, tags = [w for w, _ in sentence], [t for _, t in sentence]
            xs.append(features(words, domain))
            ys.append(tags)
            if member == "lexdrop":
                rows = more.without_names([list(r) for r in featurize(words)], tags)
                if rows is not None:
                    xs.append(marked(rows, domain))
                    ys.append(tags)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        new_crf(CrfParams(), model_filename=str(path)).fit(xs, ys)
        weights = read_weights(path)
    out = {"labels": weights.labels, "transition": weights.transition}
    for name, sentences in tests.items():
        scores = []
        for sentence in sentences:
            rows = features([w for w, _ in sentence], domains[0]) if sentence else []
            scores.append(
                np.stack([weights.state[weights.rows(f)].sum(0) for f in rows])
                if rows else np.zeros((0, len(weights.labels)))
            )
        out[name] = scores
    return out


def combined_tags(members: list[dict], name: str, sentences) -> list[list[str]]:
    """Viterbi tags of the members' summed scores, then the span rules and spreading."""
    labels = members[0]["labels"]
    if any(sorted(m["labels"]) != sorted(labels) for m in members):
        raise ValueError("members with different label sets")
    # crfsuite numbers the labels in the order training met them: bring each to the first's
    orders = [[m["labels"].index(label) for label in labels] for m in members]
    transition = sum(m["transition"][o][:, o] for m, o in zip(members, orders, strict=True))
    scores = [
        sum(m[name][i][:, o] for m, o in zip(members, orders, strict=True))
        for i in range(len(sentences))
    ]
    tagged = [i for i, s in enumerate(scores) if len(s)]
    raw: list[list[str]] = [[] for _ in sentences]
    for i, path in zip(tagged, viterbi([scores[i] for i in tagged], transition), strict=True):
        raw[i] = [labels[k] for k in path]
    words = [[w for w, _ in s] for s in sentences]
    return spread_names(words, span_rules(words, raw), raw)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=more.SPLITS, default="last")
    parser.add_argument("--combos", default=",".join(COMBOS))
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ensemble")
    args = parser.parse_args(argv)
    gold, train, wiki, tests = more.dev_sets(args.split)
    featurize = Featurizer()
    args.cache.mkdir(parents=True, exist_ok=True)
    loaded: dict[str, dict] = {}

    def member(name: str) -> dict:
        if name not in loaded:
            path = args.cache / f"{args.split}_{name}.pkl"
            if not path.exists():
                trained = train_member(name, gold + train, wiki, tests, featurize)
                path.write_bytes(pickle.dumps(trained))
            loaded[name] = pickle.loads(path.read_bytes())
        return loaded[name]

    print(f"{'members':<34} {'test':<10} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
          f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs first':>26}", flush=True)
    first: dict[str, list] = {}
    for combo in args.combos.split(","):
        members = [member(m) for m in combo.split("+")]
        for name, sentences in tests.items():
            row = score_row(name, sentences, combined_tags(members, name, sentences), first)
            print(f"{combo:<34} {name:<10} {row}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
