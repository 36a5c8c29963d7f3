"""The entity-tagger ablation on the ANERcorp development split: each lever alone and together.

Training data: the first 90% of ANERcorp train (read as training reads it) plus the corpus
annotations, optionally AQMAR train+dev (``--aqmar``: Wikipedia, mapped to our labels as Stanza
maps them). Development data: the last 10% of ANERcorp train, never trained on. Each
configuration is a set of CRF feature groups, with or without article-level consistency
(``pipeline.taggers.consistency``; the dev split is one stream of sentences, windows cross article
borders). Printed: per-label F1, micro P/R/F1, tagging words/s (features + CRF, one process),
and a paired bootstrap (1,000 resamples of dev sentences) of micro F1 against the first row.
Predictions of another tagger on the same dev sentences (``--stanza-pred FILE``, one tag a line,
a blank line between sentences) are scored too, alone and combined with the CRF.

    .venv/bin/python bench/bench_entities.py                   # the ablation table
    .venv/bin/python bench/bench_entities.py --configs base,all --aqmar
    .venv/bin/python bench/bench_entities.py --configs +surnames,+surnames@bilou

A config name ending in ``@bilou`` trains on BILOU tags (last word L-, one-word names U-) and
reads its predictions back as BIO (2026-12-02: +surnames 0.779, @bilou 0.757 on the dev split).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.bio import tags_to_ranges  # noqa: E402
from pipeline.evaluate import MICRO, score, split_dev  # noqa: E402
from pipeline.taggers.consistency import fill_known_names, propagate  # noqa: E402
from pipeline.taggers.features import GROUPS, Featurizer, clear_caches  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402

DEFAULT_ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
DEFAULT_AQMAR = ROOT.parent / "shared" / "data" / "aqmar"
OLD = frozenset(GROUPS) - {"vcluster", "harvest", "quote"}
#: name -> (feature groups, consistency: None, "exact" repeats, or "surnames" too)
CONFIGS: dict[str, tuple[frozenset[str], str | None]] = {
    "base": (OLD, None),
    "+consistency": (OLD, "exact"),
    "+surnames": (OLD, "surnames"),
    "+vcluster": (OLD | {"vcluster"}, None),
    "+harvest": (OLD | {"harvest"}, None),
    "harvest+surnames": (OLD | {"harvest"}, "surnames"),
    "all": (frozenset(GROUPS), "surnames"),
    "all-exact": (frozenset(GROUPS), "exact"),
    "all-consistency": (frozenset(GROUPS), None),
    "+quote": (OLD | {"quote"}, "surnames"),
}
#: Configs trained with masked-name copies: name -> (config, mask rate, mask clusters too)
AUGMENTED: dict[str, tuple[str, float, bool]] = {
    "mask.3": ("+surnames", 0.3, True),
    "mask.5": ("+surnames", 0.5, True),
    "mask.5-keepc": ("+surnames", 0.5, False),
    "mask1": ("+surnames", 1.0, True),
}
#: Post-processing variants scored on the predictions of a config (no retraining):
#: name -> (config whose predictions, steps applied in order)
POST: dict[str, tuple[str, tuple[str, ...]]] = {
    "base>exact": ("base", ("exact",)),
    "base>surnames": ("base", ("surnames",)),
    "base>fill": ("base", ("fill",)),
    "base>fill>surnames": ("base", ("fill", "surnames")),
    "base>surnames>fill": ("base", ("surnames", "fill")),
    "base>fill2>surnames": ("base", ("fill2", "surnames")),
    "base>surnames>window99": ("base", ("surnames99",)),
}


def post_process(words, predicted, steps):
    for step in steps:
        if step.startswith("fill"):
            predicted = fill_known_names(words, predicted, min_words=2 if step == "fill2" else 1)
        elif step.endswith("99"):
            predicted = propagate(words, predicted, window=99)
        else:
            predicted = propagate(words, predicted, surnames=step == "surnames")
    return predicted


def words_of(sentences):
    return [[w for w, _ in s] for s in sentences]


def tags_of(sentences):
    return [[t for _, t in s] for s in sentences]


#: Features that name a word itself (its identity), as opposed to its affixes, shape or context.
_IDENTITY = ("w=", "stem=", "gaz=", "c0=", "c1=", "c2=", "sc0=", "sc1=", "sc2=", "c=none")


def mask_names(features, tags, rate, rng, clusters=True):
    """A copy of a sentence's features in which some names look unseen.

    Each entity mention is masked with probability ``rate``: its words lose the features that
    name them (word, stem, gazetteer, word pairs and, with ``clusters``, cluster ids, which
    become ``c=none``), in their own features and in what they pass to their neighbours; their
    affixes, shape and context stay. Returns None when no mention was masked.
    """
    masked: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.startswith("B-") and rng.random() < rate:
            j = i
            while j < len(tags) and (j == i or tags[j].startswith("I-")):
                masked.add(j)
                j += 1
    if not masked:
        return None
    drop = _IDENTITY if clusters else ("w=", "stem=", "gaz=")
    out = []
    for i, row in enumerate(features):
        keep = []
        for f in row:
            if i in masked and (f.startswith(drop) or f.startswith(("-1|0:", "0|1:"))):
                continue
            if f.startswith(("-1|0:",)) and i - 1 in masked:
                continue
            if f.startswith(("0|1:",)) and i + 1 in masked:
                continue
            head, sep, rest = f.partition(":")
            if sep and head.lstrip("-").isdigit() and i + int(head) in masked and rest.startswith(
                drop
            ):
                continue
            keep.append(f)
        if i in masked and clusters:
            keep.append("c=none")
        out.append(keep)
    return out


def to_bilou(tags):
    """BIO tags as BILOU: the last word of a name is L-, a one-word name U-."""
    out = []
    for i, tag in enumerate(tags):
        following = tags[i + 1] if i + 1 < len(tags) else "O"
        last = following != "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(("U-" if last else "B-") + tag[2:])
        elif tag.startswith("I-"):
            out.append(("L-" if last else "I-") + tag[2:])
        else:
            out.append(tag)
    return out


def from_bilou(tags):
    """BILOU tags back as BIO."""
    return ["B-" + t[2:] if t[:2] == "U-" else "I-" + t[2:] if t[:2] == "L-" else t for t in tags]


def train_predict(
    train, dev_words, groups, params, marginals=False, augment=0.0, clusters=True, bilou=False
):
    import random

    import pycrfsuite

    featurize = Featurizer(groups=groups)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "m.crfsuite"
        started = time.perf_counter()
        crf = new_crf(params, model_filename=str(model))
        xs = [featurize(w) for w in words_of(train)]
        ys = tags_of(train)
        if bilou:
            ys = [to_bilou(y) for y in ys]
        if augment:
            rng = random.Random(13)
            for x, y in list(zip(xs, ys, strict=True)):
                copy = mask_names(x, y, augment, rng, clusters)
                if copy is not None:
                    xs.append(copy)
                    ys.append(y)
        crf.fit(xs, ys)
        fit_seconds = time.perf_counter() - started
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        clear_caches()
        featurize = Featurizer(groups=groups)
        started = time.perf_counter()
        predicted = [tagger.tag(featurize(w)) if w else [] for w in dev_words]
        seconds = time.perf_counter() - started
        if bilou:
            predicted = [from_bilou(p) for p in predicted]
    rate = sum(map(len, dev_words)) / seconds
    return predicted, rate, fit_seconds


def counts(gold, predicted):
    """Per sentence (gold, predicted, correct) entity counts, for the bootstrap."""
    rows = []
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(tags_to_ranges(g)), set(tags_to_ranges(p))
        rows.append((len(gs), len(ps), len(gs & ps)))
    return rows


def f1_of(rows) -> float:
    g = sum(r[0] for r in rows)
    p = sum(r[1] for r in rows)
    c = sum(r[2] for r in rows)
    return 2 * c / (g + p) if g + p else 0.0


def bootstrap(base_rows, rows, n=1000, seed=7) -> tuple[float, float, float]:
    """Mean and 95% interval of F1(rows) - F1(base_rows) over resampled sentences."""
    rng = random.Random(seed)
    k = len(rows)
    diffs = []
    for _ in range(n):
        idx = [rng.randrange(k) for _ in range(k)]
        diffs.append(f1_of([rows[i] for i in idx]) - f1_of([base_rows[i] for i in idx]))
    diffs.sort()
    return sum(diffs) / n, diffs[int(0.025 * n)], diffs[int(0.975 * n)]


def read_predictions(path: Path) -> list[list[str]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            current.append(line.strip())
        else:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def write_predictions(path: Path, predicted) -> None:
    path.write_text(
        "".join("".join(t + "\n" for t in s) + "\n" for s in predicted), encoding="utf-8"
    )


def combine(first: Sequence[str], second: Sequence[str], how: str) -> list[str]:
    """Union (first's spans, then second's that overlap none) or agreement (spans in both)."""
    from pipeline.bio import ranges_to_tags

    a, b = tags_to_ranges(first), tags_to_ranges(second)
    if how == "agree":
        return ranges_to_tags(len(first), sorted(set(a) & set(b)))
    taken = [False] * len(first)
    kept = []
    for start, end, label in a:
        kept.append((start, end, label))
        taken[start:end] = [True] * (end - start)
    for start, end, label in b:
        if not any(taken[start:end]):
            kept.append((start, end, label))
    return ranges_to_tags(len(first), sorted(kept))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anercorp", type=Path, default=DEFAULT_ANERCORP)
    parser.add_argument("--aqmar", action="store_true", help="add AQMAR train+dev to training")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--c1", type=float, default=CrfParams().c1)
    parser.add_argument("--c2", type=float, default=CrfParams().c2)
    parser.add_argument("--stanza-pred", type=Path, help="another tagger's dev predictions")
    parser.add_argument("--save-pred", type=Path, help="write the last config's predictions")
    parser.add_argument("--cache", type=Path,
                        help="keep each config's raw predictions here and reuse them (the cache "
                             "knows nothing of code changes: empty it after changing features)")
    args = parser.parse_args(argv)
    anercorp, _ = load_training([], [args.anercorp])
    train, dev = split_dev(anercorp)
    gold_sentences, _ = load_training(gold_files())
    train = gold_sentences + train
    if args.aqmar:
        aqmar, _ = load_training([], [DEFAULT_AQMAR / "train.conll", DEFAULT_AQMAR / "dev.conll"])
        train = train + aqmar
    params = CrfParams(c1=args.c1, c2=args.c2)
    dev_words, dev_tags = words_of(dev), tags_of(dev)
    print(f"train {len(train)} sentences ({sum(map(len, train))} tokens), dev {len(dev)} "
          f"sentences ({sum(map(len, dev))} tokens); {params}; aqmar={args.aqmar}")
    header = (f"{'config':<18} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} {'R':>6} "
              f"{'F1':>6} {'dF1 [95% CI] vs first':>26} {'words/s':>8} {'fit s':>6}")
    print(header, flush=True)
    base_rows = None
    results = {}
    for name in args.configs.split(","):
        if name in POST:
            source, steps = POST[name]
            predicted = results[name] = post_process(dev_words, results[source], steps)
            show(name, dev_tags, predicted, base_rows, 0, 0)
            continue
        augment, keep_clusters = 0.0, True
        name, _, scheme = name.partition("@")
        if name in AUGMENTED:
            config, augment, keep_clusters = AUGMENTED[name]
            groups, consistent = CONFIGS[config]
        else:
            groups, consistent = CONFIGS[name]
        if scheme:
            name = f"{name}@{scheme}"
        cached = args.cache / f"{name}.pred" if args.cache else None
        if cached and cached.is_file():
            predicted, rate, fit_seconds = read_predictions(cached), 0.0, 0.0
        else:
            predicted, rate, fit_seconds = train_predict(
                train, dev_words, groups, params, augment=augment, clusters=keep_clusters,
                bilou=scheme == "bilou",
            )
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                write_predictions(cached, predicted)
        results[name] = predicted
        if consistent:
            started = time.perf_counter()
            predicted = propagate(dev_words, predicted, surnames=consistent == "surnames")
            if rate:
                seconds = time.perf_counter() - started
                rate = 1 / (1 / rate + seconds / sum(map(len, dev_words)))
        results[name] = predicted
        show(name, dev_tags, predicted, base_rows, rate, fit_seconds)
        if base_rows is None:
            base_rows = counts(dev_tags, predicted)
    if args.stanza_pred:
        stanza = read_predictions(args.stanza_pred)
        show("stanza", dev_tags, stanza, base_rows, 0, 0)
        show("stanza>surnames", dev_tags, propagate(dev_words, stanza), base_rows, 0, 0)
        last = results[args.configs.split(",")[-1]]
        for how in ("union", "agree"):
            mixed = [combine(c, s, how) for c, s in zip(last, stanza, strict=True)]
            show(f"crf {how} stanza", dev_tags, mixed, base_rows, 0, 0)
            mixed = [combine(s, c, how) for c, s in zip(last, stanza, strict=True)]
            show(f"stanza {how} crf", dev_tags, mixed, base_rows, 0, 0)
    if args.save_pred:
        write_predictions(args.save_pred, results[args.configs.split(",")[-1]])
    return 0


def show(name, gold, predicted, base_rows, rate, fit_seconds) -> None:
    scores = {s.label: s for s in score(gold, predicted)}
    micro = scores[MICRO]
    rows = counts(gold, predicted)
    if base_rows is None:
        delta = f"{'':>26}"
    else:
        mean, low, high = bootstrap(base_rows, rows)
        delta = f"{mean:+.3f} [{low:+.3f}, {high:+.3f}]".rjust(26)
    print(
        f"{name:<18} "
        + " ".join(f"{scores[k].f1:6.3f}" for k in ("PER", "ORG", "LOC", "MISC"))
        + f" {micro.precision:6.3f} {micro.recall:6.3f} {micro.f1:6.3f} {delta}"
        f" {rate:8.0f} {fit_seconds:6.0f}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
