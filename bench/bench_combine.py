"""The CRF and the Stanza ensemble combined, on their held-out tags, scored as the pipeline tags.

Both taggers' raw tags of the ANERcorp dev split (the last 10% of ANERcorp train) and AQMAR
dev, from models that never trained on them: the CRF's from ``bench/bench_span_rules.py --save
FILE`` (the shipped recipe, held out), Stanza's from held-out runs of ``bench/train_stanza.py
--last`` joined as one (``A.pt+B.pt+...``, as ``bench/bench_stanza_ensemble.py`` builds them,
with the shipped priors). Rows: each alone, the CRF's spans with Stanza's added where they
overlap none (``union``), the same with the gazetteer's labels after it (``union+lexicon``) and
Stanza's spans first (``stanza-first``); every row then goes through the span rules and names
spread as the pipeline applies them to its tagger (the gazetteer's labels for Stanza alone).
Printed per row: per-label F1, P, R, F1, a 95% bootstrap interval against the CRF, and the same
over the entities whose words the training data never tagged (``unseen``)::

    .venv/bin/python bench/bench_span_rules.py --split last --save /tmp/crf_last.pkl
    .venv/bin/python bench/bench_combine.py /tmp/crf_last.pkl \
        /tmp/stH/p2/ar_ner.pt+/tmp/s2H/p2/ar_ner.pt+/tmp/s3H/p2/ar_ner.pt
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_domains import score_row  # noqa: E402
from bench_more_features import SPLITS, dev_sets, seen_names, unseen_row  # noqa: E402
from bench_stanza_ensemble import as_one  # noqa: E402

from pipeline.bio import ranges_to_tags, tags_to_ranges  # noqa: E402
from pipeline.taggers.consistency import lexicon_labels, span_rules, spread_names  # noqa: E402

Tags = list[list[str]]


def union(first: Sequence[Sequence[str]], second: Sequence[Sequence[str]]) -> Tags:
    """Every span of ``first``, and each span of ``second`` that overlaps none of them.

    >>> union([["B-PER", "O", "O"]], [["B-ORG", "I-ORG", "B-LOC"]])
    [['B-PER', 'O', 'B-LOC']]
    """
    out = []
    for kept, offered in zip(first, second, strict=True):
        ranges = tags_to_ranges(kept)
        taken = {k for start, end, _ in ranges for k in range(start, end)}
        extra = [r for r in tags_to_ranges(offered) if not taken & set(range(r[0], r[1]))]
        out.append(ranges_to_tags(len(kept), sorted([*ranges, *extra])))
    return out


def as_crf(words: Sequence[Sequence[str]], tags: Tags) -> Tags:
    """The pipeline's rules after the CRF (which reads the gazetteer itself)."""
    return spread_names(words, span_rules(words, tags), tags)


def as_stanza(words: Sequence[Sequence[str]], tags: Tags) -> Tags:
    """The pipeline's rules after Stanza: the gazetteer's labels as well."""
    return spread_names(words, lexicon_labels(words, span_rules(words, tags)), tags)


ROWS: dict[str, Callable[[Sequence[Sequence[str]], Tags, Tags], Tags]] = {
    "crf": lambda words, crf, stanza: as_crf(words, crf),
    "stanza": lambda words, crf, stanza: as_stanza(words, stanza),
    "union": lambda words, crf, stanza: as_crf(words, union(crf, stanza)),
    "union+lexicon": lambda words, crf, stanza: as_stanza(words, union(crf, stanza)),
    "stanza-first": lambda words, crf, stanza: as_stanza(words, union(stanza, crf)),
}


def main(argv: list[str] | None = None) -> int:
    import torch

    from pipeline.taggers.stanza import StanzaTagger

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crf_tags", type=Path, help="bench_span_rules.py --save's pickle")
    parser.add_argument("stanza", help="held-out Stanza model(s), A.pt+B.pt+... as one")
    parser.add_argument("--split", choices=SPLITS, default="last")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    gold, train, wiki, tests = dev_sets(args.split)
    with args.crf_tags.open("rb") as f:
        crf = pickle.load(f)
    with tempfile.TemporaryDirectory(prefix="combine-") as scratch:
        tagger = StanzaTagger.load(as_one(args.stanza, Path(scratch) / "model"))
        stanza = {
            name: tagger.predict([[w for w, _ in s] for s in sentences])
            for name, sentences in tests.items()
        }
    seen = seen_names(gold + train + wiki)
    print(f"{'row':<14} {'test':<10} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
          f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs crf':>26}")  # fmt: skip
    first: dict[str, list] = {}
    for row, combine in ROWS.items():
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            tags = combine(words, crf[name], stanza[name])
            print(f"{row:<14} {name:<10} {score_row(name, sentences, tags, first)}", flush=True)
            print(f"{'':<14} {name:<10} {unseen_row(sentences, tags, seen)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
