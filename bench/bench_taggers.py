"""Compare the entity taggers on one development split: F1 per label, speed, training time.

The split is the CRF's: the first 90% of the sentences of an external corpus (ANERcorp's train
file by default) for training, the last 10% for development (``pipeline.evaluate.split_dev``).
Each tagger is trained on the 90% in this run (or loaded when a model is given), then tags the
development words exactly as given. Speed is words per second of ``predict`` over the whole
development split on one process, and its ratio to the CRF measured in the same run. CAMeLBERT
runs only when a model folder is given (``--camelbert DIR``, or ``--camelbert`` alone for
camel-tools' installed one); camel-tools' models were fine-tuned on ANERcorp's train split,
which holds this development split, so its scores here are not a fair comparison.

Two combinations of the CRF and Stanza are scored as well: ``agree`` keeps the entities both
found (same words, same label); ``union`` keeps the CRF's entities and adds Stanza's that
overlap none of them.

    .venv/bin/python bench/bench_taggers.py                      # train both, ~15 min on one core
    .venv/bin/python bench/bench_taggers.py --stanza-steps 500   # a quicker, weaker Stanza
    .venv/bin/python bench/bench_taggers.py --stanza-model M.pt --crf-model M.crfsuite
    .venv/bin/python bench/bench_taggers.py --camelbert ~/.camel_tools/data/ner/arabert
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.bio import ranges_to_tags, tags_to_ranges  # noqa: E402
from pipeline.doc import LABELS  # noqa: E402
from pipeline.evaluate import MICRO, Score, format_scores, score, split_dev  # noqa: E402
from pipeline.formats.common import LabeledSentence  # noqa: E402
from pipeline.formats.conll import read_conll  # noqa: E402
from pipeline.taggers.base import ModelError, Tagger  # noqa: E402
from pipeline.taggers.crf import CrfTagger  # noqa: E402
from pipeline.taggers.stanza import StanzaParams, StanzaTagger, fit_stanza  # noqa: E402
from pipeline.train import CrfParams, fit  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
#: Stanza's budget on the 90% of ANERcorp: 27 epochs of 32-sentence batches (0.2-0.3 s a step).
STANZA_STEPS = 3000
#: Word embeddings are learnt from ~27k training words: a small size keeps the model small.
STANZA_ANERCORP = StanzaParams(max_steps=STANZA_STEPS, batch_size=32, word_emb_dim=50)


@dataclasses.dataclass
class Result:
    name: str
    scores: list[Score]
    words_per_second: float
    train_seconds: float | None


def words_of(sentences: Sequence[LabeledSentence]) -> list[list[str]]:
    return [[token for token, _ in s] for s in sentences]


def tags_of(sentences: Sequence[LabeledSentence]) -> list[list[str]]:
    return [[tag for _, tag in s] for s in sentences]


def timed_predict(tagger: Tagger, words: list[list[str]]) -> tuple[list[list[str]], float]:
    """Predictions and words per second of one pass over the sentences."""
    started = time.perf_counter()
    predicted = tagger.predict(words)
    return predicted, sum(map(len, words)) / (time.perf_counter() - started)


def agree(first: Sequence[str], second: Sequence[str]) -> list[str]:
    """The entities both tag sequences hold."""
    both = set(tags_to_ranges(first)) & set(tags_to_ranges(second))
    return ranges_to_tags(len(first), sorted(both))


def union(first: Sequence[str], second: Sequence[str]) -> list[str]:
    """The first sequence's entities plus the second's that overlap none of them."""
    kept = tags_to_ranges(first)
    taken = {i for begin, end, _ in kept for i in range(begin, end)}
    extra = [r for r in tags_to_ranges(second) if not taken & set(range(r[0], r[1]))]
    return ranges_to_tags(len(first), sorted(kept + extra))


def f1_table(results: Sequence[Result], baseline: float) -> str:
    header = f"{'tagger':<10}" + "".join(f"{label:>7}" for label in (*LABELS, MICRO))
    header += f"{'words/s':>10}{'x CRF':>7}{'train s':>9}"
    lines = [header]
    for r in results:
        by_label = {s.label: s.f1 for s in r.scores}
        cells = "".join(f"{100 * by_label[label]:7.1f}" for label in (*LABELS, MICRO))
        speed = f"{r.words_per_second:10.0f}{r.words_per_second / baseline:7.2f}"
        trained = f"{r.train_seconds:9.0f}" if r.train_seconds is not None else f"{'-':>9}"
        lines.append(f"{r.name:<10}{cells}{speed}{trained}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="CoNLL corpus")
    parser.add_argument("--crf-model", help="score this CRF model instead of training one")
    parser.add_argument("--stanza-model", help="score this Stanza model instead of training one")
    parser.add_argument("--stanza-steps", type=int, default=STANZA_STEPS)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument(
        "--camelbert", nargs="?", const="", help="CAMeLBERT model folder (alone: camel-tools')"
    )
    parser.add_argument("--keep", help="folder to keep the models trained in this run")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    parser.add_argument("--detail", action="store_true", help="also print P/R/F1 tables")
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(
            f"error: no corpus at {corpus}: give the path of a CoNLL file (ANERcorp's train.conll, "
            "see ../shared/data/README.md)",
            file=sys.stderr,
        )
        return 2
    torch.set_num_threads(args.threads)
    train_sentences, dev = split_dev(read_conll(corpus, strict=False))
    words, gold = words_of(dev), tags_of(dev)
    print(
        f"{corpus}: {len(train_sentences)} training sentences, {len(dev)} development sentences "
        f"({sum(map(len, words))} words); torch threads {args.threads}",
        file=sys.stderr,
    )

    results: list[Result] = []
    predictions: dict[str, list[list[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep:
            tmp = args.keep
            Path(tmp).mkdir(parents=True, exist_ok=True)
        crf_seconds = None
        crf_path = Path(args.crf_model) if args.crf_model else Path(tmp) / "dev.crfsuite"
        if not args.crf_model:
            started = time.perf_counter()
            fit(train_sentences, crf_path, CrfParams())
            crf_seconds = time.perf_counter() - started
        crf = CrfTagger.load(crf_path)
        predictions["crf"], rate = timed_predict(crf, words)
        results.append(Result("crf", score(gold, predictions["crf"]), rate, crf_seconds))
        print(f"crf done ({crf_seconds or 0:.0f}s training)", file=sys.stderr)

        stanza_seconds = None
        stanza_path = Path(args.stanza_model) if args.stanza_model else Path(tmp) / "dev.pt"
        if not args.stanza_model:
            params = dataclasses.replace(STANZA_ANERCORP, max_steps=args.stanza_steps)
            started = time.perf_counter()
            fit_stanza(train_sentences, stanza_path, params, args.seed)
            stanza_seconds = time.perf_counter() - started
        stanza = StanzaTagger.load(stanza_path)
        predictions["stanza"], rate = timed_predict(stanza, words)
        results.append(Result("stanza", score(gold, predictions["stanza"]), rate, stanza_seconds))
        print(f"stanza done ({stanza_seconds or 0:.0f}s training)", file=sys.stderr)

    pairs = zip(predictions["crf"], predictions["stanza"], strict=True)
    both = [(agree(c, s), union(c, s)) for c, s in pairs]
    for name, index in (("agree", 0), ("union", 1)):
        combined = [pair[index] for pair in both]
        # a combination costs both taggers' time
        rate = 1 / (1 / results[0].words_per_second + 1 / results[1].words_per_second)
        results.append(Result(name, score(gold, combined), rate, None))

    if args.camelbert is not None:
        from pipeline.taggers.camelbert import CamelBertTagger

        try:
            camelbert = CamelBertTagger.load(Path(args.camelbert) if args.camelbert else None)
        except ModelError as exc:
            print(f"camelbert left out: {exc}", file=sys.stderr)
        else:
            predicted, rate = timed_predict(camelbert, words)
            results.append(Result("camelbert", score(gold, predicted), rate, None))
            print(
                "note: camel-tools' NER models were fine-tuned on ANERcorp train, which holds "
                "this development split: camelbert's scores are not comparable",
                file=sys.stderr,
            )

    print(f"Entity F1 (%) on the last 10% of {corpus.name}, trained on the first 90%")
    print(f1_table(results, results[0].words_per_second))
    if args.detail:
        for r in results:
            print()
            print(format_scores(r.scores, r.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
