"""Stanza models alone and as one (the card's ``ensemble``), scored as the pipeline tags.

Each model (a ``.pt`` file, or a folder whose ``ar_ner.json`` names ensemble members) tags the
development split (the last 10% of ANERcorp train, which held-out runs never train on) and
AQMAR dev (``--priors 0/0/0,3/3/0``: each with each set of bonuses for the gazetteer's
places, given names and harvested names, :class:`StanzaTagger`'s priors); the tags
go through the span rules, the gazetteer's labels and names spreading
exactly as ``python -m pipeline evaluate --tagger stanza`` applies them
(:func:`pipeline.evaluate.tag_sentences`). Printed: micro P/R/F1, per-label F1, tagging words/s
(the model alone, one thread), and a 95% bootstrap interval of each F1 minus the first
model's over resampled sentences. Never part of the tests::

    .venv/bin/python bench/bench_stanza_ensemble.py /tmp/stH/p2/ar_ner.pt /tmp/s2H/p2/ar_ner.pt \
        /tmp/stH/p2/ar_ner.pt+/tmp/s2H/p2/ar_ner.pt    # the two held-out models, and as one
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_entities import bootstrap, counts  # noqa: E402

from pipeline.evaluate import score, split_dev, tag_sentences  # noqa: E402
from pipeline.train import load_training  # noqa: E402

if TYPE_CHECKING:
    from pipeline.taggers.stanza import StanzaTagger

SHARED = ROOT.parent / "shared" / "data"


def dev_sets() -> dict[str, list]:
    external, _ = load_training([], [SHARED / "anercorp" / "train.conll"])
    _, dev = split_dev(external)
    wiki, _ = load_training([], [SHARED / "aqmar" / "dev.conll"])
    return {"anercorp_dev": dev, "aqmar_dev": wiki}


def as_one(spec: str, folder: Path) -> Path:
    """A model argument: a ``.pt`` file or a model folder as it is, or ``A.pt+B.pt...`` built
    in ``folder`` as an ensemble (A as ``ar_ner.pt`` with its card, naming copies of the
    others as members)."""
    import json
    import shutil

    paths = [Path(part) for part in spec.split("+")]
    if len(paths) == 1:
        return paths[0]
    folder.mkdir(parents=True)
    shutil.copy(paths[0], folder / "ar_ner.pt")
    members = [f"ar_ner_m{k}.pt" for k in range(1, len(paths))]
    for name, path in zip(members, paths[1:], strict=True):
        shutil.copy(path, folder / name)
    card = json.loads(paths[0].with_suffix(".json").read_text(encoding="utf-8"))
    card["ensemble"] = {"members": members}
    (folder / "ar_ner.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return folder


def score_model(
    spec: str, tagger: StanzaTagger, priors: tuple[float, ...], sets: dict, first: dict
) -> None:
    """Print one model's (or ensemble's) scores on each dev set with these priors, against the
    first run's rows where there is one."""
    tagger.PLACE_PRIOR, tagger.GIVEN_NAME_PRIOR, tagger.HARVEST_PRIOR = priors
    for name, sentences in sets.items():
        words = [[w for w, _ in s] for s in sentences]
        gold = [[t for _, t in s] for s in sentences]
        started = time.perf_counter()
        tagger.predict(words)
        rate = sum(map(len, words)) / (time.perf_counter() - started)
        predicted = tag_sentences(tagger, words)
        rows = counts(gold, predicted)
        scores = {s.label: s for s in score(gold, predicted)}
        micro = scores["micro"]
        labels = " ".join(f"{k} {scores[k].f1:.3f}" for k in ("PER", "ORG", "LOC", "MISC"))
        line = (
            f"{spec} ({1 + len(tagger.members)} model(s), priors "
            f"{'/'.join(f'{bonus:g}' for bonus in priors)}) {name}: "
            f"P {micro.precision:.4f} "
            f"R {micro.recall:.4f} F1 {micro.f1:.4f}; {labels}; {rate:,.0f} words/s"
        )
        if name in first:
            mean, low, high = bootstrap(first[name], rows)
            line += f"; against the first: {mean:+.3f} [{low:+.3f}, {high:+.3f}]"
        else:
            first[name] = rows
        print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    import torch

    from pipeline.taggers.stanza import StanzaTagger

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", help="model files or folders; A.pt+B.pt as one")
    shipped = (StanzaTagger.PLACE_PRIOR, StanzaTagger.GIVEN_NAME_PRIOR, StanzaTagger.HARVEST_PRIOR)
    parser.add_argument(
        "--priors",
        default="/".join(f"{bonus:g}" for bonus in shipped),
        help="comma-separated PLACE/GIVEN/HARVEST bonuses (StanzaTagger.PLACE_PRIOR, "
        "GIVEN_NAME_PRIOR, HARVEST_PRIOR), each model scored with each in this order "
        "(default: the shipped ones)",
    )
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    sets = dev_sets()
    first: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix="ensemble-") as scratch:
        models = [
            (spec, as_one(spec, Path(scratch) / str(k))) for k, spec in enumerate(args.models)
        ]
        runs = [
            (spec, path, tuple(float(bonus) for bonus in priors.split("/")))
            for spec, path in models
            for priors in args.priors.split(",")
        ]
        for spec, path, priors in runs:
            score_model(spec, StanzaTagger.load(path), priors, sets, first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
