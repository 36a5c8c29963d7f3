"""Build ``pipeline/data/harvested.tsv``: names the CRF finds often and surely in unlabelled news.

Self-training for the gazetteer: a CRF trained WITHOUT the development split (the first 90% of
ANERcorp train plus the corpus annotations, exactly the dev-split model of ``make eval``) tags
the first ``--articles`` ANT articles (Chouigui, Ben Khiroun and Elayeb, AICCSA 2017). A span is
counted when every one of its tokens has a marginal probability of at least ``--min-prob``; a
name (its normalised words, the first one without proclitics) is kept when it was counted at
least ``--min-count`` times and at least ``--agree`` of those times with the same label. Only
the list of names leaves this script, never the text. The dev-split model is used so that the
development F1 of a CRF with this feature stays honest (no name is learnt from the dev split).

    .venv/bin/python bench/harvest_names.py --anercorp ../shared/data/anercorp/train.conll
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.bio import tags_to_ranges  # noqa: E402
from pipeline.evaluate import split_dev  # noqa: E402
from pipeline.lexicon import DATA_DIR  # noqa: E402
from pipeline.normalize import normalize_word  # noqa: E402
from pipeline.taggers.features import (  # noqa: E402
    DEFAULT_GROUPS,
    HARVESTED_FILE,
    Featurizer,
    readings,
)
from pipeline.tokenize import split_sentences, tokenize_words  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402

DEFAULT_ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
DEFAULT_ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
HEADER = """\
# Names harvested from unlabelled news by the CRF itself (self-training), for the ``harvest``
# feature group of pipeline/taggers/features.py. Built by bench/harvest_names.py from the ANT
# corpus: Chouigui, Ben Khiroun and Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
# Classification", AICCSA 2017 (derived statistics only: a list of names, no text).
# Tagger: a CRF trained on the first 90% of ANERcorp train + corpus/annotations (never on the
# dev split). Settings: {settings}.
# Columns: name = normalised words (the first without proclitics), label, count = spans seen.
"""


def _key(words: list[str]) -> tuple[str, ...]:
    """A name as the matcher looks it up: the first word's shortest reading (no proclitics,
    no article: it matches وبالقاهرة and القاهرة alike), the other words normalised."""
    return (readings(words[0])[-1], *(normalize_word(w) for w in words[1:]))


def harvest(model: Path, featurize: Featurizer, ant: Path, articles: int, min_prob: float):
    import pycrfsuite

    counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    with gzip.open(ant, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= articles:
                break
            text = json.loads(line)["text"]
            for group in split_sentences(text, tokenize_words(text)):
                words = [t.text for t in group]
                if not words:
                    continue
                crf.set(featurize(words))
                tags = crf.tag()
                for start, end, label in tags_to_ranges(tags):
                    sure = all(crf.marginal(tags[k], k) >= min_prob for k in range(start, end))
                    if sure:
                        counts[_key(words[start:end])][label] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anercorp", type=Path, default=DEFAULT_ANERCORP)
    parser.add_argument("--ant", type=Path, default=DEFAULT_ANT)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--min-prob", type=float, default=0.9)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--agree", type=float, default=0.9)
    parser.add_argument("--out", type=Path, default=DATA_DIR / HARVESTED_FILE)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for path in (args.anercorp, args.ant):
        if not path.is_file():
            parser.exit(2, f"error: no file at {path}\n")
    anercorp, _ = load_training([], [args.anercorp])
    train, _dev = split_dev(anercorp)
    gold, _ = load_training(gold_files())
    # the shipped groups (never this one): the list must not depend on an earlier list
    featurize = Featurizer(groups=DEFAULT_GROUPS)
    sentences = gold + train
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "harvest.crfsuite"
        crf = new_crf(CrfParams(), model_filename=str(model))
        words = [[w for w, _ in s] for s in sentences]
        crf.fit([featurize(w) for w in words], [[t for _, t in s] for s in sentences])
        print(f"trained ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
        counts = harvest(model, featurize, args.ant, args.articles, args.min_prob)
    rows = []
    for name, labels in counts.items():
        total = sum(labels.values())
        label, top = labels.most_common(1)[0]
        if total >= args.min_count and top / total >= args.agree:
            rows.append((" ".join(name), label, top))
    rows.sort()
    settings = (
        f"{args.articles} articles, min marginal {args.min_prob}, min count {args.min_count}, "
        f"label agreement {args.agree}"
    )
    text = HEADER.format(settings=settings) + "name\tlabel\tcount\n"
    text += "".join(f"{n}\t{label}\t{c}\n" for n, label, c in rows)
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, args.out)
    by_label = Counter(label for _, label, _ in rows)
    print(f"wrote {args.out}: {len(rows)} names {dict(by_label)} "
          f"({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
