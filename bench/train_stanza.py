"""Train the shipped Stanza tagger: news annotations, pretrained vectors and character LMs.

Training data: the corpus annotations, the first 90% of ANERcorp train and (``--aqmar``) AQMAR
train+dev (Wikipedia, Stanza's tag mapping). The last 10% of ANERcorp train is the development
split: Stanza scores it every ``--eval-interval`` steps and keeps the best model (model
selection on the dev split only; no test data is used). With the word vectors and character
LMs of ``models/vectors/`` (``bench/build_vectors.py``). Stanza's work folder (``--work``)
keeps the best model so far, so a long run can be stopped and finished with ``--finish``.
The card records the data, parameters, training time, sizes and the dev scores.

The shipped model (news only, stop 34): 4,500 steps at lr 0.1, then 1,500 at 0.02, the last
model kept. A held-out run of the same recipe (``--last``: no evaluation while it trains) gives
the scores; the other trains on the dev split too and takes them. The two run side by side,
one core each (about 67 minutes)::

    H=/tmp/stH; F=/tmp/stF; P=.venv/bin/python
    ($P bench/train_stanza.py --last --max-steps 4500 --work $H/work --out $H/p1/ar_ner.pt &&
     $P bench/train_stanza.py --last --resume --lr 0.02 --max-steps 1500 --work $H/work \
        --out $H/p2/ar_ner.pt) > held_out.log 2>&1 &
    ($P bench/train_stanza.py --all --max-steps 4500 --work $F/work --out $F/p1/ar_ner.pt \
        --scores-of models/stanza/ar_ner.json &&
     $P bench/train_stanza.py --all --resume --lr 0.02 --max-steps 1500 --work $F/work \
        --scores-of $H/p2/ar_ner.json) > all.log 2>&1 &

(the second run of each reads its ``--scores-of`` card only when it ends). The previous model
kept the best step of a held-out run with evaluation every 500 steps (``--max-steps 6500``
without ``--last``).
    .venv/bin/python bench/train_stanza.py --finish      # after stopping a run
    nohup .venv/bin/python bench/train_stanza.py --aqmar --resume --max-steps 5000 > more.log &
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import score, split_dev  # noqa: E402
from pipeline.taggers import stanza as st  # noqa: E402
from pipeline.train import describe, gold_files, load_training, write_card  # noqa: E402

DEFAULT_ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
DEFAULT_AQMAR = ROOT.parent / "shared" / "data" / "aqmar"
PARAMS = st.StanzaParams(
    max_steps=12000, batch_size=32, word_emb_dim=50, char_emb_dim=32, char_hidden_dim=64,
    hidden_dim=256, pretrained=True, eval_interval=500,
)


def data(anercorp: Path, aqmar: bool, everything: bool = False, silver: Sequence[Path] = (),
         augment: bool = False):
    external, files = load_training([], [anercorp])
    train, dev = split_dev(external)
    if everything:  # the model offered to users: its dev split trained on too
        train = train + dev
    gold, gold_described = load_training(gold_files())
    train = gold + train
    described = [*gold_described, *files]
    if aqmar:
        paths = [DEFAULT_AQMAR / "train.conll", DEFAULT_AQMAR / "dev.conll"]
        more, more_files = load_training([], paths)
        train += more
        described += more_files
    if augment:  # a copy of the news with its names swapped (pipeline/taggers/augment.py)
        from pipeline.taggers.augment import replace_mentions

        train += replace_mentions(train)
    if silver:  # unlabelled news tagged by the CRF (bench/build_silver.py)
        more, more_files = load_training([], silver)
        train += more
        described += more_files
    return train, dev, described


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anercorp", type=Path, default=DEFAULT_ANERCORP)
    parser.add_argument("--aqmar", action="store_true")
    parser.add_argument("--silver", type=Path, nargs="*", default=[],
                        help="CoNLL files of ANT news tagged by the CRF (bench/build_silver.py): "
                             "for a held-out run, tagged by a CRF trained without the dev split")
    parser.add_argument("--augment", action="store_true",
                        help="add a copy of the news with its names swapped for others of their "
                             "label (mention replacement, pipeline/taggers/augment.py; stop 35: "
                             "-3.9 points on the dev split after 4,500 steps, see README)")
    parser.add_argument("--max-steps", type=int, default=PARAMS.max_steps)
    parser.add_argument("--eval-interval", type=int, default=PARAMS.eval_interval)
    parser.add_argument("--lr", type=float, default=PARAMS.lr,
                        help="SGD learning rate (lower to go on training a model with --resume)")
    parser.add_argument("--no-emb-finetune", action="store_true",
                        help="keep the pretrained word vectors as they are (Stanza's "
                             "--no_emb_finetune: no delta learned for the training words)")
    parser.add_argument("--seed", type=int, default=st.SEED,
                        help="Stanza's seed (shipped model: 1234; its second member: 4321)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "stanza")
    parser.add_argument("--out", type=Path, default=st.STANZA_MODEL)
    parser.add_argument("--save-pred", type=Path,
                        help="write the dev predictions (a tag a line) for bench_entities.py")
    parser.add_argument("--note", default="", help="said in the card (e.g. where a run stopped)")
    parser.add_argument("--resume", action="store_true",
                        help="go on training the best model so far in --work for --max-steps more")
    parser.add_argument("--all", action="store_true",
                        help="train on the dev split too, for --max-steps with no model "
                             "selection (the step a held-out run found best); the card takes "
                             "the dev scores of that run from --scores-of")
    parser.add_argument("--scores-of", type=Path,
                        help="with --all: the card of the held-out run of the same recipe")
    parser.add_argument("--last", action="store_true",
                        help="a held-out run as --all runs: no evaluation during training, the "
                             "last model kept (then scored on the dev split): the scores of a "
                             "recipe with no model selection, such as --resume at a lower --lr")
    parser.add_argument("--finish", action="store_true",
                        help="only write the best model so far from --work, with its card")
    args = parser.parse_args(argv)
    params = PARAMS.__class__(**{**asdict(PARAMS), "max_steps": args.max_steps,
                                 "eval_interval": args.eval_interval, "lr": args.lr,
                                 "emb_finetune": not args.no_emb_finetune})
    if args.all and not args.scores_of:
        parser.error("--all needs --scores-of: the held-out run's card")
    train, dev, described = data(args.anercorp, args.aqmar, args.all, args.silver, args.augment)
    print(f"train {len(train)} sentences, dev {len(dev)}; {params}", flush=True)
    started = time.perf_counter()
    if not args.finish:
        st.fit_stanza(train, args.out, params, seed=args.seed,
                      dev=() if args.all or args.last else dev,
                      verbose=True,
                      work_dir=args.work, resume=args.resume)
    else:
        st._save_portable(args.work / st.STANZA_MODEL_NAME, args.out)
    seconds = time.perf_counter() - started
    tagger = st.StanzaTagger.load(args.out)
    started = time.perf_counter()
    predicted = tagger.predict([[w for w, _ in s] for s in dev])
    rate = sum(map(len, dev)) / (time.perf_counter() - started)
    scores = score([[t for _, t in s] for s in dev], predicted)
    if args.save_pred:
        args.save_pred.write_text(
            "".join("".join(t + "\n" for t in s) + "\n" for s in predicted), encoding="utf-8"
        )
    extra = {f.name: f.stat().st_size for f in tagger.extra_files}
    held_out = json.loads(args.scores_of.read_text(encoding="utf-8")) if args.all else {}
    card = {
        "model": args.out.name,
        "kind": "stanza",
        "trainer": (
            "bench/train_stanza.py"
            + (" --aqmar" if args.aqmar else "")
            + (" --all" if args.all else "")
            + (" --augment (a copy of the news with its names swapped, "
               "pipeline/taggers/augment.py)" if args.augment else "")
            + (" --silver (ANT news tagged by the CRF, bench/build_silver.py)"
               if args.silver else "")
            + f" --max-steps {args.max_steps} (stanza.models.ner_tagger: BiLSTM-CRF with the "
            "pretrained FastText vectors and forward/backward character LMs of models/vectors/, "
            "learned from ANT by bench/build_vectors.py; "
            + ("the last model, no selection; CPU)" if args.all or args.last else
               "best model on the dev split; CPU)")
            + (f"; {args.note}" if args.note else "")
        ),
        "versions": {"stanza": st.stanza.__version__, "torch": st.torch.__version__},
        "labels": list(st.LABELS),
        "params": {**asdict(params), "seed": args.seed},
        "training": [asdict(f) for f in described],
        "development": asdict(describe(args.anercorp, dev)) | {
            "split": "last 10% of the sentences of ANERcorp train"
            + (" (trained on too: the scores are those of the held-out run of the same "
               "recipe, see held_out_run)" if args.all else " (never trained on)")
        },
        "pretrained_files": {
            name: {"size_bytes": size, "source": st.PRETRAINED_SOURCE}
            for name, size in extra.items()
        },
        "size_bytes": args.out.stat().st_size,
        "training_seconds": round(seconds),
        "scores": (
            {"dev_split_anercorp_train": [s.row() for s in scores]} if not args.all else {
                "dev_split_anercorp_train": held_out["scores"]["dev_split_anercorp_train"],
                "dev_split_trained_on_too": [s.row() for s in scores],
            }
        ),
        "tagging_words_per_second_dev": round(rate),
    }
    if args.all:
        card["held_out_run"] = {
            "trainer": held_out["trainer"],
            "training_seconds": held_out["training_seconds"],
            "note": "the same recipe without the dev split"
                    + (", the last model" if "no selection" in held_out["trainer"]
                       else ", best model on it")
                    + ": its scores are this model's dev scores",
        }
    write_card(args.out.with_suffix(".json"), card)
    micro = scores[-1]
    print(f"dev P {micro.precision:.4f} R {micro.recall:.4f} F1 {micro.f1:.4f}; "
          f"{rate:.0f} words/s; wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
