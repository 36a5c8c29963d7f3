"""Names spread only from the spans the CRF is sure of: dev F1 for each confidence threshold.

A name tagged once spreads to its untagged repeats (``pipeline.taggers.consistency``). A span
the model gave a low marginal probability (the smallest of its tags') may be wrong, and spreads
its error: ``" ميريل "`` tagged MISC made every ميريل of a BBC Arabic article MISC. This trains
the held-out CRF of the shipped recipe (``bench_more_features.py``'s ``base``) once, tags the
development split with marginals, applies the span rules, and lets names spread only from spans
whose confidence is at least theta (a span the rules made counts as sure); theta = 0 is the
pipeline. AQMAR dev beside; 95% bootstrap intervals against theta = 0.

    .venv/bin/python bench/bench_spread_confidence.py --split last
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_more_features as more  # noqa: E402
from bench_domains import score_row  # noqa: E402

from pipeline.bio import tags_to_ranges  # noqa: E402
from pipeline.taggers.consistency import span_rules, spread_names  # noqa: E402
from pipeline.taggers.features import Featurizer, marked  # noqa: E402
from pipeline.train import CrfParams, new_crf  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9)


def spread_sure(words, raw, confidence, theta: float) -> list[list[str]]:
    """The pipeline's rules and spreading, with the spans below ``theta`` kept out of the
    spreading (and put back after it)."""
    ruled = span_rules(words, raw)
    hidden = [list(row) for row in ruled]
    for k, row in enumerate(hidden):
        for a, b, _label in tags_to_ranges(row):
            sure = min(confidence[k][a:b]) if raw[k][a:b] == row[a:b] else 1.0
            if sure < theta:
                row[a:b] = ["O"] * (b - a)
    spread = spread_names(words, hidden, raw)
    for before, row, after in zip(ruled, hidden, spread, strict=True):
        for i, (tag, masked) in enumerate(zip(before, row, strict=True)):
            if tag != masked:
                after[i] = tag
    return spread


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=more.SPLITS, default="last")
    args = parser.parse_args(argv)
    gold, train, wiki, tests = more.dev_sets(args.split)
    featurize = Featurizer()

    def features(words, domain):
        return marked([list(r) for r in featurize(words)], domain)

    xs, ys = [], []
    for domain, sentences in (("N", gold + train), ("W", wiki)):
        for sentence in sentences:
            xs.append(features([w for w, _ in sentence], domain))
            ys.append([t for _, t in sentence])
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "m.crfsuite")
        started = time.perf_counter()
        new_crf(CrfParams(), model_filename=model).fit(xs, ys)
        print(f"trained in {time.perf_counter() - started:.0f} s", flush=True)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        first: dict[str, list] = {}
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            raw, confidence = [], []
            for w in words:
                tags = list(tagger.tag(features(w, "N"))) if w else []
                raw.append(tags)
                confidence.append([tagger.marginal(t, i) for i, t in enumerate(tags)])
            for theta in THRESHOLDS:
                tags = spread_sure(words, raw, confidence, theta)
                print(f"theta={theta:<4} {name:<10} {score_row(name, sentences, tags, first)}",
                      flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
