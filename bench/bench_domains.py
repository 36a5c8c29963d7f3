"""News and Wikipedia in one CRF: plain concatenation against feature augmentation.

Daumé III, "Frustratingly Easy Domain Adaptation" (ACL 2007): every feature is given twice, once
shared and once marked with the sentence's domain, so the weights learn what holds everywhere
and what only one domain does (AQMAR's MISC is not ANERcorp's). The tagger then tags with the
shared and news features. Scored on the ANERcorp development split (last 10% of ANERcorp train)
and on AQMAR dev (never trained on here), names spread within each file as the pipeline does.

    .venv/bin/python bench/bench_domains.py [--configs news,concat,augment]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import MICRO, score, split_dev  # noqa: E402
from pipeline.taggers.consistency import propagate  # noqa: E402
from pipeline.taggers.features import Featurizer, marked  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from bench_entities import bootstrap, counts  # noqa: E402

ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
AQMAR = ROOT.parent / "shared" / "data" / "aqmar"
CONFIGS = ("news", "concat", "augment-all", "augment-shared", "augment")
#: How each config tags: with the news copies of the features, or the shared ones alone.
TAG_WITH = {"augment-all": "N", "augment-shared": "", "augment": "N"}


def marked_all(features: list[list[str]], domain: str) -> list[list[str]]:
    """Every feature shared and marked (Daume III's recipe as written)."""
    return [row + [f"{domain}|{f}" for f in row] for row in features]


def mark_of(config: str):
    """augment marks what the pipeline marks (word features, the bias); the others all."""
    return marked if config == "augment" else marked_all


def fit_predict(config, news, wiki, tests, params):
    import pycrfsuite

    featurize = Featurizer()
    xs, ys = [], []
    for domain, sentences in (("N", news), ("W", wiki if config != "news" else [])):
        for sentence in sentences:
            features = featurize([w for w, _ in sentence])
            xs.append(mark_of(config)(features, domain) if config in TAG_WITH else features)
            ys.append([t for _, t in sentence])
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "m.crfsuite")
        started = time.perf_counter()
        new_crf(params, model_filename=model).fit(xs, ys)
        seconds = time.perf_counter() - started
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        out, rates = {}, {}
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            started = time.perf_counter()
            predicted = [
                tagger.tag(mark_of(config)(featurize(w), TAG_WITH[config])
                           if TAG_WITH.get(config) else featurize(w))
                if w else []
                for w in words
            ]
            rates[name] = sum(map(len, words)) / (time.perf_counter() - started)
            out[name] = propagate(words, predicted)
    return out, seconds, rates


def score_row(name: str, sentences, predicted, first: dict[str, list]) -> str:
    """Per-label F1, P, R, F1 and the bootstrap difference against the first row of the same
    test set (``first`` remembers it), of ``predicted`` tags for gold ``sentences``."""
    gold = [[t for _, t in s] for s in sentences]
    scores = {s.label: s for s in score(gold, predicted)}
    micro = scores[MICRO]
    rows = counts(gold, predicted)
    if name in first:
        mean, low, high = bootstrap(first[name], rows)
        delta = f"{mean:+.3f} [{low:+.3f}, {high:+.3f}]"
    else:
        first[name], delta = rows, ""
    return (" ".join(f"{scores[k].f1:6.3f}" for k in ("PER", "ORG", "LOC", "MISC"))
            + f" {micro.precision:6.3f} {micro.recall:6.3f} {micro.f1:6.3f} {delta:>26}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--c1", type=float, default=CrfParams().c1)
    parser.add_argument("--c2", type=float, default=CrfParams().c2)
    args = parser.parse_args(argv)
    params = CrfParams(c1=args.c1, c2=args.c2)
    anercorp, _ = load_training([], [ANERCORP])
    train, dev = split_dev(anercorp)
    gold, _ = load_training(gold_files())
    news = gold + train
    wiki, _ = load_training([], [AQMAR / "train.conll"])
    wiki_dev, _ = load_training([], [AQMAR / "dev.conll"])
    tests = {"anercorp-dev": dev, "aqmar-dev": wiki_dev}
    print(f"news {len(news)} sentences, wiki {len(wiki)}; dev {len(dev)}, aqmar dev "
          f"{len(wiki_dev)}; {params}", flush=True)
    print(f"{'config':<14} {'test':<13} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
          f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs first':>26} {'words/s':>8} {'fit s':>6}",
          flush=True)
    first: dict[str, list] = {}
    for config in args.configs.split(","):
        predicted, seconds, rates = fit_predict(config, news, wiki, tests, params)
        for name, sentences in tests.items():
            row = score_row(name, sentences, predicted[name], first)
            print(f"{config:<14} {name:<13} {row} {rates[name]:8.0f} {seconds:6.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
