"""Co-training the CRF with Stanza on unlabelled news: sentences both taggers agree on, added.

The held-out CRF (the shipped recipe without the last 10% of ANERcorp train: the five articles
and ANERcorp's first 90% as news, AQMAR train as Wikipedia) and a Stanza model trained without
that split either (``--stanza``, from ``bench/train_stanza.py --max-steps 4500 --out M.pt``)
tag the sentences of ANT articles ``--first`` to ``--first + --articles``. Sentences with a name
on which both give the same tags are added to the training data (with the CRF's sequence
probability at least ``0.9`` or ``0.97``, or as a domain of their own), and so, for comparison,
the CRF's own sure sentences (self-training). Each CRF is scored on the dev split and AQMAR dev,
names spread as the pipeline does; 95% bootstrap against ``none`` (the same recipe, no news
added). About 15 minutes on two cores. Measured 2026-12-02 (3,561 / 5,229 / 2,412 / 5,150
sentences): agree9 0.786 against none 0.778 (AQMAR 0.584 against 0.594); none gains beyond the
noise, and all lose on Wikipedia.

    .venv/bin/python bench/bench_cotrain.py --stanza /tmp/stn/ar_ner.pt
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_entities as be  # noqa: E402

from pipeline.evaluate import split_dev  # noqa: E402
from pipeline.taggers.consistency import propagate  # noqa: E402
from pipeline.taggers.features import Featurizer, marked  # noqa: E402
from pipeline.tokenize import split_sentences, tokenize_words  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402

ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
CONFIGS = ("none", "agree", "agree9", "agree97", "agree9-own-domain", "self9")


def ant_sentences(first: int, count: int) -> list[list[str]]:
    """Sentences of 4 to 80 words of ANT articles ``first`` .. ``first + count``."""
    out = []
    with gzip.open(ANT, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= first + count:
                break
            if i < first:
                continue
            text = json.loads(line)["text"]
            for group in split_sentences(text, tokenize_words(text)):
                words = [token.text for token in group]
                if 4 <= len(words) <= 80:
                    out.append(words)
    return out


def fit_tag(job):
    """(name, seconds, {test: tags}) of a CRF trained on xs, ys."""
    import pycrfsuite

    name, xs, ys, tests = job
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "m.crfsuite")
        started = time.perf_counter()
        new_crf(CrfParams(), model_filename=model).fit(xs, ys)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        tags = {k: [tagger.tag(x) if x else [] for x in rows] for k, rows in tests.items()}
        return name, time.perf_counter() - started, tags


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    from pipeline.taggers.stanza import StanzaTagger

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stanza", type=Path, required=True,
                        help="a Stanza model trained without the dev split")
    parser.add_argument("--first", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=1_500)
    parser.add_argument("--configs", default=",".join(CONFIGS))
    args = parser.parse_args(argv)
    anercorp, _ = load_training([], [be.DEFAULT_ANERCORP])
    train, dev = split_dev(anercorp)
    gold, _ = load_training(gold_files())
    wiki, _ = load_training([], [be.DEFAULT_AQMAR / "train.conll"])
    wiki_dev, _ = load_training([], [be.DEFAULT_AQMAR / "dev.conll"])
    featurize = Featurizer()

    def features(words, domain):
        return marked([list(r) for r in featurize(words)], domain)

    xs = [features(be.words_of([s])[0], d) for d, part in (("N", gold + train), ("W", wiki))
          for s in part]  # fmt: skip
    ys = be.tags_of(gold + train) + be.tags_of(wiki)
    tests = {"dev": dev, "aqmar": wiki_dev}
    test_x = {k: [features(w, "N") if w else [] for w in be.words_of(v)] for k, v in tests.items()}
    sentences = ant_sentences(args.first, args.articles)
    print(f"{len(sentences)} ANT sentences", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "m.crfsuite")
        new_crf(CrfParams(), model_filename=model).fit(xs, ys)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        crf, probability = [], []
        for words in sentences:
            tagger.set(features(words, "N"))
            tags = tagger.tag()
            crf.append(tags)
            probability.append(tagger.probability(tags))
        base = {k: [tagger.tag(x) if x else [] for x in rows] for k, rows in test_x.items()}
    stanza = StanzaTagger.load(args.stanza).predict(sentences)

    def named(i):
        return any(t != "O" for t in crf[i])

    agree = [i for i in range(len(sentences)) if crf[i] == stanza[i] and named(i)]
    chosen = {
        "none": [],
        "agree": agree,
        "agree9": [i for i in agree if probability[i] >= 0.9],
        "agree97": [i for i in agree if probability[i] >= 0.97],
        "agree9-own-domain": [i for i in agree if probability[i] >= 0.9],
        "self9": [i for i in range(len(sentences)) if probability[i] >= 0.9 and named(i)],
    }
    print(", ".join(f"{k} {len(v)}" for k, v in chosen.items()), "sentences", flush=True)
    jobs = []
    for name in args.configs.split(","):
        domain = "A" if name.endswith("own-domain") else "N"
        added = [features(sentences[i], domain) for i in chosen[name]]
        jobs.append((name, xs + added, ys + [crf[i] for i in chosen[name]], test_x))
    with Pool(2) as pool:
        results = pool.map(fit_tag, jobs)
    for k, sentences_k in tests.items():
        words, gold_tags = be.words_of(sentences_k), be.tags_of(sentences_k)
        reference = propagate(words, base[k])
        print(k)
        be.show("held-out CRF", gold_tags, reference, None, 0, 0)
        rows = be.counts(gold_tags, reference)
        for name, seconds, tags in results:
            be.show(f"{name} ({seconds:.0f}s)", gold_tags, propagate(words, tags[k]), rows, 0, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
