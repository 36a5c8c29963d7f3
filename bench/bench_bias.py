"""Trading precision for recall at decoding time: a penalty on the O tag (Minkov et al. 2006).

Minkov, Wang, Tomasic and Cohen, "NER Systems that Suit User's Preferences: Adjusting the Recall-
Precision Trade-off for Entity Extraction" (NAACL 2006): the CRF is trained as usual; when tagging,
a constant is taken off the score of the O tag at every token, so that Viterbi prefers names where
the model hesitates. The CRF of this project is precise and misses names (held-out newswire:
precision 0.82, recall 0.61), so recall is what it lacks.

The model is the shipped recipe (the five articles and ANERcorp's first 90% as news, AQMAR train
as Wikipedia, word features domain-marked), trained once and kept in ``build/``; decoding is
re-done here in numpy from the model's own weights (checked identical to crfsuite's at penalty 0),
names spread within each file as in the pipeline, after the span rules. Scored on the ANERcorp dev
split (``--split last``, or ``first``: its first 10%, training on the rest) and AQMAR dev, and on
the entities of each whose words the training data never tagged (``unseen``, the kind held-out
news is full of; ``bench/bench_more_features.py``).

    .venv/bin/python bench/bench_bias.py [--penalties 0,0.5,1,1.5] [--split first] [--retrain]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_domains import ANERCORP, AQMAR, score_row  # noqa: E402
from bench_more_features import SPLITS, dev_split, seen_names, unseen_row  # noqa: E402

from pipeline.taggers.consistency import propagate, span_rules  # noqa: E402
from pipeline.taggers.features import Featurizer, marked  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402

BUILD = ROOT / "build" / "bias"


def train(news, wiki, path: Path) -> None:
    featurize = Featurizer()
    xs, ys = [], []
    for domain, sentences in (("N", news), ("W", wiki)):
        for sentence in sentences:
            xs.append(marked(featurize([w for w, _ in sentence]), domain))
            ys.append([t for _, t in sentence])
    path.parent.mkdir(parents=True, exist_ok=True)
    new_crf(CrfParams(), model_filename=str(path)).fit(xs, ys)


class Decoder:
    """Viterbi over the model's weights, with a penalty on O."""

    def __init__(self, path: Path) -> None:
        import numpy as np
        import pycrfsuite

        self.np = np
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        self.crf = tagger
        info = tagger.info()
        self.labels = sorted(info.labels, key=info.labels.get)
        index = {label: i for i, label in enumerate(self.labels)}
        self.weights: dict[str, object] = {}
        for (attr, label), w in info.state_features.items():
            row = self.weights.get(attr)
            if row is None:
                row = self.weights[attr] = np.zeros(len(self.labels))
            row[index[label]] = w
        self.trans = np.zeros((len(self.labels), len(self.labels)))
        for (a, b), w in info.transitions.items():
            self.trans[index[a], index[b]] = w
        self.o = index["O"]

    def scores(self, features):
        np = self.np
        out = np.zeros((len(features), len(self.labels)))
        zero = None
        for t, row in enumerate(features):
            for f in row:
                w = self.weights.get(f, zero)
                if w is not None:
                    out[t] += w
        return out

    def decode(self, states, penalty: float) -> list[str]:
        np = self.np
        s = states.copy()
        s[:, self.o] -= penalty
        n = len(s)
        delta = s[0].copy()
        back = np.zeros((n, len(self.labels)), dtype=int)
        for t in range(1, n):
            cand = delta[:, None] + self.trans
            back[t] = cand.argmax(axis=0)
            delta = cand.max(axis=0) + s[t]
        best = [int(delta.argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(back[t][best[-1]]))
        return [self.labels[i] for i in reversed(best)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--penalties", default="0,0.25,0.5,0.75,1,1.5,2")
    parser.add_argument("--retrain", action="store_true")
    parser.add_argument("--split", choices=SPLITS, default="last")
    args = parser.parse_args(argv)
    anercorp, _ = load_training([], [ANERCORP])
    train_part, dev = dev_split(anercorp, args.split)
    model = BUILD / f"held_out_{args.split}.crfsuite"
    gold, _ = load_training(gold_files())
    wiki, _ = load_training([], [AQMAR / "train.conll"])
    wiki_dev, _ = load_training([], [AQMAR / "dev.conll"])
    if args.retrain or not model.is_file():
        print("training", model, flush=True)
        train(gold + train_part, wiki, model)
    decoder = Decoder(model)
    seen = seen_names(gold + train_part + wiki)
    featurize = Featurizer()
    tests = {f"{args.split}-dev": dev, "aqmar-dev": wiki_dev}
    states = {}
    for name, sentences in tests.items():
        rows = []
        mismatches = 0
        for sentence in sentences:
            words = [w for w, _ in sentence]
            features = marked(featurize(words), "N")
            st = decoder.scores(features)
            rows.append(st)
            if decoder.decode(st, 0.0) != list(decoder.crf.tag(features)):
                mismatches += 1
        states[name] = rows
        print(f"{name}: {mismatches} sentences where numpy Viterbi differs from crfsuite",
              flush=True)
    print(f"{'penalty':>7} {'test':<13} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
          f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs 0':>26}", flush=True)
    first: dict[str, list] = {}
    for penalty in (float(p) for p in args.penalties.split(",")):
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            raw = [decoder.decode(st, penalty) for st in states[name]]
            predicted = propagate(words, span_rules(words, raw))
            row = score_row(name, sentences, predicted, first)
            print(f"{penalty:7.2f} {name:<13} {row}", flush=True)
            print(f"{'':>7} {name:<13} {unseen_row(sentences, predicted, seen)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
