"""What retraining after corrections keeps of what the model knew, on ANERcorp's dev split.

Simulates a user without ``../shared``: the model before is a CRF trained on the first 90% of
ANERcorp's train file plus the corpus's gold annotations (``corpus/annotations``, the
corrections); it is then retrained on the corrections

- (a) plainly, on the corrections alone (what ``make train`` did before),
- (b) with pseudo-rehearsal: the model before tags the sentences of unlabelled articles (ANT
  articles written to a temporary folder, never committed) and its tags are trained on with the
  corrections (``pipeline.train.retrain`` when no base corpus is present),
- (c) with the base corpus named in the settings (ANERcorp's first 90% standing in for its
  train file), and (d) with AQMAR's train and dev files named as well.

Each model is scored on the last 10% of ANERcorp's train file (``pipeline.evaluate.split_dev``).

    .venv/bin/python bench/bench_retrain.py [--articles 300] [--iterations 150]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import MICRO, evaluate_sentences, split_dev  # noqa: E402
from pipeline.formats.conll import format_conll  # noqa: E402
from pipeline.taggers.crf import CrfTagger  # noqa: E402
from pipeline.train import (  # noqa: E402
    BaseCorpus,
    CrfParams,
    TrainingSettings,
    gold_files,
    load_training,
    retrain,
    train,
)

SHARED = ROOT.parent / "shared" / "data"
ANERCORP = SHARED / "anercorp" / "train.conll"
AQMAR = [SHARED / "aqmar" / "train.conll", SHARED / "aqmar" / "dev.conll"]
ANT = SHARED / "ant" / "articles.jsonl.gz"


def write_ant_articles(folder: Path, n: int) -> int:
    """Every 100th ANT article (deterministic) as ``<id>.txt`` until ``n`` are written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i % 100:
                continue
            record = json.loads(line)
            name = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(record["id"]))
            (folder / f"{i:06d}_{name}.txt").write_text(record["text"], encoding="utf-8")
            written += 1
            if written == n:
                break
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="unlabelled ANT articles")
    parser.add_argument("--iterations", type=int, default=CrfParams().max_iterations)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    params = CrfParams(max_iterations=args.iterations)
    sentences, _ = load_training([], [ANERCORP])
    train90, dev = split_dev(sentences)
    gold = gold_files()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench_retrain_") as tmp:
        work = Path(tmp)
        base_corpus = work / "anercorp_first90.conll"
        base_corpus.write_text(format_conll(train90), encoding="utf-8")
        ant = work / "ant"
        n_articles = write_ant_articles(ant, args.articles)

        def scored(name: str, model: Path, started: float, card: dict) -> None:
            scores = evaluate_sentences(CrfTagger.load(model), dev)
            micro = next(s for s in scores if s.label == MICRO)
            results[name] = {
                "dev_f1": round(micro.f1, 4),
                "precision": round(micro.precision, 4),
                "recall": round(micro.recall, 4),
                "trained_on": card.get("trained_on", ""),
                "seconds": round(time.perf_counter() - started, 1),
            }
            print(f"{name}: dev F1 {micro.f1:.4f} ({results[name]['trained_on']})", flush=True)

        before = work / "before.crfsuite"
        started = time.perf_counter()
        card = train(gold, [base_corpus], before, before.with_suffix(".json"), params)
        scored("before: corpus + ANERcorp first 90%", before, started, card)

        plans = {
            "(a) plain retrain on the corrections": TrainingSettings(),
            f"(b) pseudo-rehearsal on {n_articles} unlabelled ANT articles": TrainingSettings(
                rehearsal_articles=(ant,)
            ),
            "(c) base corpus named (ANERcorp first 90%)": TrainingSettings(
                base=(BaseCorpus("anercorp", base_corpus),)
            ),
            "(d) base corpora named (ANERcorp first 90% + AQMAR train and dev)": TrainingSettings(
                base=tuple(BaseCorpus(p.stem, p) for p in [base_corpus, *AQMAR] if p.is_file())
            ),
        }
        for name, settings in plans.items():
            model = work / f"{name[1]}.crfsuite"
            shutil.copyfile(before, model)
            shutil.copyfile(before.with_suffix(".json"), model.with_suffix(".json"))
            started = time.perf_counter()
            if name.startswith("(a)"):
                card = train(gold, (), model, model.with_suffix(".json"), params)
            else:
                card = retrain(gold, (), model, model.with_suffix(".json"), params, settings).card
            scored(name, model, started, card)
    print(f"\nANERcorp dev split: {len(dev)} sentences, {sum(len(s) for s in dev)} tokens")
    for name, result in results.items():
        print(f"{result['dev_f1']:.4f}  {name}  ({result['seconds']}s)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
