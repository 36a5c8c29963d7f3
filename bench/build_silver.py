"""Silver training data for the Stanza tagger: unlabelled ANT news tagged by the CRF.

A CRF model (``--crf``; for a held-out Stanza run, one trained without the dev split: see
``--held-out``) tags the sentences of ANT articles ``--first`` .. ``--first + --articles`` as
the pipeline tags an article (span rules, names spread across the article, nothing inside a sum
of money) and the sentences of 4 to 80 words are written as CoNLL (``word<TAB>tag``) for
``bench/train_stanza.py --silver``. Knowledge distillation (Bucilua et al. 2006; for taggers,
Kim and Rush 2016): the BiLSTM learns from many more name contexts than ANERcorp holds, in the
CRF's guidelines. The CoNLL file holds ANT text: it stays out of the repository (write it under
``/tmp`` or ``build/``).

    .venv/bin/python bench/build_silver.py --held-out --out /tmp/silver/held_out.conll
    .venv/bin/python bench/build_silver.py --crf models/crf.crfsuite --out /tmp/silver/all.conll
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import split_dev, tag_sentences  # noqa: E402
from pipeline.taggers.crf import CrfTagger  # noqa: E402
from pipeline.tokenize import split_sentences, tokenize_words  # noqa: E402
from pipeline.train import load_training  # noqa: E402

ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.conll"
AQMAR = ROOT.parent / "shared" / "data" / "aqmar"


def held_out_crf(folder: Path) -> Path:
    """The shipped CRF recipe trained without the last 10% of ANERcorp train (in ``folder``)."""
    external, _ = load_training([], [ANERCORP])
    train, _ = split_dev(external)
    first = folder / "anercorp_first90.conll"
    first.write_text(
        "".join("".join(f"{w}\t{t}\n" for w, t in s) + "\n" for s in train), encoding="utf-8"
    )
    settings = folder / "training.toml"
    settings.write_text(
        f'[[base]]\nname = "ANERcorp train, first 90%"\npath = "{first}"\n'
        f'[[base]]\ndomain = "wiki"\nname = "AQMAR train"\npath = "{AQMAR / "train.conll"}"\n'
        f'[[base]]\ndomain = "wiki"\nname = "AQMAR dev"\npath = "{AQMAR / "dev.conll"}"\n',
        encoding="utf-8",
    )
    model = folder / "crf.crfsuite"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "train", "--settings", str(settings),
         "--model", str(model)],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crf", type=Path, help="the CRF model that tags (default: --held-out)")
    parser.add_argument("--held-out", action="store_true",
                        help="train the shipped recipe without the dev split first and tag with it")
    parser.add_argument("--first", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if (args.crf is None) == (not args.held_out):
        parser.error("give --crf MODEL or --held-out")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model = args.crf or held_out_crf(Path(tmp))
        tagger = CrfTagger.load(model)
        sentences = named = 0
        with gzip.open(ANT, "rt", encoding="utf-8") as handle, \
                args.out.open("w", encoding="utf-8") as out:
            for i, line in enumerate(handle):
                if i >= args.first + args.articles:
                    break
                if i < args.first:
                    continue
                text = json.loads(line)["text"]
                words = [[t.text for t in group]
                         for group in split_sentences(text, tokenize_words(text))]
                for sentence, tags in zip(words, tag_sentences(tagger, words), strict=True):
                    if not 4 <= len(sentence) <= 80:
                        continue
                    out.write("".join(f"{w}\t{t}\n" for w, t in zip(sentence, tags, strict=True)))
                    out.write("\n")
                    sentences += 1
                    named += any(t != "O" for t in tags)
    print(f"{sentences} sentences ({named} with a name) of {args.articles} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
