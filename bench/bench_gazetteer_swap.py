"""A model trained with one gazetteer, tagging with another: is a gazetteer change worth a retrain?

The CRF reads the gazetteer through features (a word's B/I membership in a name of each label),
whose weights it learnt on the names it trained with. A name added afterwards fires the same
features, so a shipped model can use an extended gazetteer without retraining; retraining with it
also moves every other weight (training noise of about half a point on the dev splits). This
trains the held-out recipe (``bench/bench_more_features.py``'s ``base``: the five articles and
ANERcorp train without the split as news, AQMAR train as Wikipedia) once with the gazetteer of a
git revision, then tags the test sets with that gazetteer and with the working tree's, and scores
both as the pipeline tags (span rules, names spread); 95% bootstrap against the first row. With
``--retrain`` a model trained with the working tree's gazetteer is scored too (twice the time).
About three minutes a model on this machine; ANERcorp and AQMAR from ``../shared/data``. With
``--config NAME`` every model gets that feature config of ``bench_more_features.py`` too (stop
43: ``--config namelike --trained-with 87955d9``, scored against the same command without it).
With ``--keep FRACTION`` the model trains with that share of the revision's names only (whole
entities, all spellings of one canonical name together, chosen by a hash of it: the same share
on every run), so that it learns to find names the gazetteer lacks (gazetteer dropout; stop 47:
``--trained-with 87955d9 --keep 0.5``, against the same command without it).

    .venv/bin/python bench/bench_gazetteer_swap.py --split last --trained-with HEAD
    .venv/bin/python bench/bench_gazetteer_swap.py --split first --trained-with 87955d9 --retrain
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_more_features as more  # noqa: E402
from bench_domains import score_row  # noqa: E402

from pipeline.taggers import features  # noqa: E402
from pipeline.taggers.consistency import span_rules, spread_names  # noqa: E402


def use_gazetteer(path: Path) -> None:
    """Read the gazetteer from ``path`` from now on (every cache of it forgotten)."""
    features.GAZETTEER_FILE = str(path.resolve())  # load_tsv joins it to DATA_DIR: absolute wins
    features.gazetteer_index.cache_clear()
    features.clear_caches()


def at_revision(spec: str, path: Path) -> Path:
    """A file of a git revision (``REV:path/in/repo``) written to ``path``."""
    path.write_bytes(
        subprocess.run(["git", "show", spec], cwd=ROOT, check=True, capture_output=True).stdout
    )
    return path


#: A feature config of ``bench_more_features.EXTRAS`` added to the recipe (``--config``).
EXTRA = None


def _rows(featurize, words):
    rows = [list(r) for r in featurize(words)]
    return EXTRA(words, rows) if EXTRA else rows


def fit(news, wiki, model: Path) -> None:
    """The held-out base recipe, trained with the gazetteer in use, written to ``model``."""
    featurize = features.Featurizer()
    xs, ys = [], []
    for domain, sentences in (("N", news), ("W", wiki)):
        for sentence in sentences:
            words = [w for w, _ in sentence]
            xs.append(more.marked(_rows(featurize, words), domain))
            ys.append([t for _, t in sentence])
    more.new_crf(more.PARAMS.get("base", more.CrfParams()), model_filename=str(model)).fit(xs, ys)


def keep_share(path: Path, share: float, out: Path) -> Path:
    """The gazetteer at ``path`` with ``share`` of its canonical names kept (every spelling of
    one together; the choice a hash of the name, the same on every run), written to ``out``."""
    import hashlib

    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept, header = [], True
    for line in lines:
        if line.startswith("#") or header:
            kept.append(line)
            header = header and line.startswith("#")
            continue
        canonical = line.rstrip("\n").split("\t")[-1]
        digest = int(hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8], 16)
        if digest / 0xFFFFFFFF < share:
            kept.append(line)
    out.write_text("".join(kept), encoding="utf-8")
    return out


def tag(model: Path, tests) -> dict[str, list[list[str]]]:
    """Each test set's raw tags by ``model``, with the gazetteer in use."""
    import pycrfsuite

    featurize = features.Featurizer()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = {}
    for name, sentences in tests.items():
        words = [[w for w, _ in s] for s in sentences]
        out[name] = [
            list(tagger.tag(more.marked(_rows(featurize, w), "N"))) if w else []
            for w in words
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=more.SPLITS, default="last")
    parser.add_argument("--trained-with", default="HEAD", help="git revision of the gazetteer")
    parser.add_argument("--retrain", action="store_true", help="also train with the new one")
    parser.add_argument(
        "--tagging-with",
        type=Path,
        action="append",
        help="a new gazetteer file, each scored in turn (default: the working tree's); "
        "a git revision's file as REV:pipeline/data/gazetteer.tsv",
    )
    parser.add_argument(
        "--keep",
        type=float,
        default=1.0,
        help="train with this share of the revision's names only (gazetteer dropout)",
    )
    parser.add_argument(
        "--config",
        choices=[k for k, v in more.EXTRAS.items() if v],
        help="a feature config of bench_more_features.py added to the recipe, for every model",
    )
    args = parser.parse_args(argv)
    global EXTRA
    EXTRA = more.EXTRAS[args.config] if args.config else None
    gold, train, wiki, tests = more.dev_sets(args.split)
    newer = args.tagging_with or [ROOT / "pipeline" / "data" / features.GAZETTEER_FILE]
    with tempfile.TemporaryDirectory() as tmp:
        old = at_revision(f"{args.trained_with}:pipeline/data/gazetteer.tsv", Path(tmp) / "old.tsv")
        if args.keep < 1:
            old = keep_share(old, args.keep, Path(tmp) / "kept.tsv")
        runs = []
        use_gazetteer(old)
        fit(gold + train, wiki, Path(tmp) / "old.crfsuite")
        runs.append(("trained and tagging with the old", tag(Path(tmp) / "old.crfsuite", tests)))
        for k, path in enumerate(newer):
            if ":" in str(path) and not path.exists():
                path = at_revision(str(path), Path(tmp) / f"new{k}.tsv")
            use_gazetteer(path)
            name = "the new" if len(newer) == 1 else f"new {k + 1}"
            runs.append(
                (
                    f"trained with the old, tagging with {name}",
                    tag(Path(tmp) / "old.crfsuite", tests),
                )
            )
        # --retrain: trained with the last of them, which is in use
        if args.retrain:
            fit(gold + train, wiki, Path(tmp) / "new.crfsuite")
            runs.append(
                ("trained and tagging with the new", tag(Path(tmp) / "new.crfsuite", tests))
            )
    print(
        f"gazetteer of {args.trained_with} against "
        + ", ".join(f"new {k + 1} = {p}" for k, p in enumerate(newer))
        + f"; split {args.split}"
    )
    print(
        f"{'model':<44} {'test':<10} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
        f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs first':>26}"
    )
    first: dict[str, list] = {}
    for label, predicted in runs:
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            tags = spread_names(words, span_rules(words, predicted[name]), predicted[name])
            print(f"{label:<44} {name:<10} {score_row(name, sentences, tags, first)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
