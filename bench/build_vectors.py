"""Build word vectors, vector clusters and a character language model from unlabelled news.

Everything here is learned from ANT (Chouigui, Ben Khiroun and Elayeb, AICCSA 2017; 40,008
Arabic news articles) and only derived statistics leave this script: never the text.

Steps (each can be run alone; ``--steps`` picks them, in this order):

``corpus``
    every ANT article cut into the pipeline's own sentences and tokens
    (``pipeline.tokenize``), normalised (the ``norm`` the taggers see), one sentence a line, into
    ``--work`` (outside the repository: this file holds ANT's text).
``vectors``
    gensim FastText (CBOW with character n-grams, so rare words get good vectors), one worker
    thread and a fixed seed; the ``--keep`` most frequent words are written as Stanza's
    pretrained-embedding file ``models/vectors/ant_ft100.pt`` (float32 rows, pruned vocabulary).
``clusters``
    k-means of those vectors at three sizes, written as ``pipeline/data/vec_clusters.tsv``
    (features of the CRF tagger).
``charlm``
    Stanza's character language model trainer (``stanza.models.charlm``), forward and backward,
    on the first ``--charlm-mb`` MB of the corpus file, small layers, for a fixed number of
    epochs: ``models/vectors/ant_charlm_{forward,backward}.pt``.

    .venv/bin/python bench/build_vectors.py --ant ../shared/data/ant/articles.jsonl.gz
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from multiprocessing import Pool  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.tokenize import tokenize  # noqa: E402

DEFAULT_ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
DEFAULT_WORK = ROOT / "build" / "ant"
VECTOR_DIR = ROOT / "models" / "vectors"
PRETRAIN = VECTOR_DIR / "ant_ft100.pt"
CLUSTERS = ROOT / "pipeline" / "data" / "vec_clusters.tsv"
SEED = 13
CITATION = (
    "ANT corpus: Chouigui, Ben Khiroun and Elayeb, 'ANT Corpus: An Arabic News Text Collection "
    "for Textual Classification', AICCSA 2017 (derived statistics only, no text)"
)


def _sentences(line: str) -> list[str]:
    text = json.loads(line)["text"]
    sentences, tokens = tokenize(text)
    out: list[list[str]] = [[] for _ in sentences]
    for token in tokens:
        out[token.sentence].append(token.norm.replace(" ", "_"))
    return [" ".join(words) for words in out if words]


def build_corpus(ant: Path, work: Path, limit: int | None) -> Path:
    """One normalised sentence a line (ANT's text: stays in ``work``, outside git)."""
    work.mkdir(parents=True, exist_ok=True)
    out = work / "sentences.txt"
    with gzip.open(ant, "rt", encoding="utf-8") as handle:
        lines = [line for i, line in enumerate(handle) if limit is None or i < limit]
    tmp = out.with_suffix(".tmp")
    with Pool(2) as pool, tmp.open("w", encoding="utf-8") as sink:
        # imap keeps the articles' order: the same corpus file every time.
        for sentences in pool.imap(_sentences, lines, chunksize=64):
            for sentence in sentences:
                sink.write(sentence + "\n")
    os.replace(tmp, out)
    return out


class _Corpus:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self):
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                yield line.split()


def train_vectors(corpus: Path, work: Path, dims: int, epochs: int, min_count: int):
    from gensim.models import FastText

    model = FastText(
        vector_size=dims, window=5, min_count=min_count, sg=0, epochs=epochs, seed=SEED,
        workers=1, min_n=2, max_n=5, bucket=500_000,
    )
    model.build_vocab(corpus_iterable=_Corpus(corpus))
    model.train(
        corpus_iterable=_Corpus(corpus), total_examples=model.corpus_count, epochs=epochs
    )
    model.wv.save(str(work / "ft.kv"))
    return model.wv


def write_pretrain(wv, keep: int, out: Path) -> list[str]:
    """The ``keep`` most frequent words as Stanza's Pretrain file (vocab + float32 matrix)."""
    import numpy as np
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.common.vocab import VOCAB_PREFIX

    words = [w for w in wv.index_to_key[: keep + len(VOCAB_PREFIX)] if w not in VOCAB_PREFIX]
    words = words[:keep]
    emb = np.zeros((len(words) + len(VOCAB_PREFIX), wv.vector_size), dtype=np.float32)
    for i, word in enumerate(words):
        emb[i + len(VOCAB_PREFIX)] = wv[word]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_txt = out.with_suffix(".txt.tmp")
    with tmp_txt.open("w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} {wv.vector_size}\n")
        for word in words:
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in wv[word]) + "\n")
    pretrain = Pretrain(str(out), str(tmp_txt), max_vocab=-1)
    pretrain.load()  # reads the text file, writes the .pt
    tmp_txt.unlink()
    return words


def write_clusters(wv, words: list[str], sizes: tuple[int, int, int], out: Path) -> None:
    """k-means of the unit vectors at three sizes; rows sorted by word."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    vectors = np.stack([wv[w] for w in words]).astype(np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    columns = []
    for k in sizes:
        km = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3,
                             max_iter=100).fit(vectors)
        columns.append(km.labels_)
    header = (
        "# Word-vector clusters for the CRF tagger's features (pipeline/taggers/features.py),\n"
        f"# built by bench/build_vectors.py from FastText vectors of the {CITATION}.\n"
        f"# k-means (seed {SEED}) of the unit vectors of the {len(words)} most frequent words.\n"
    )
    lines = [header, "\t".join(["word", *(f"v{k}" for k in sizes)]) + "\n"]
    for i in sorted(range(len(words)), key=lambda i: words[i]):
        lines.append("\t".join([words[i], *(str(c[i]) for c in columns)]) + "\n")
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, out)


def train_charlm(corpus: Path, work: Path, mb: int, epochs: int, direction: str) -> Path:
    """Stanza's charlm on the first ``mb`` MB of the corpus, one direction, ``epochs`` passes."""
    import torch
    from stanza.models import charlm

    data = work / f"charlm-{direction}"
    for split in ("train", "dev"):
        (data / split).mkdir(parents=True, exist_ok=True)
    budget = mb * 1_000_000
    with corpus.open(encoding="utf-8") as handle:
        train_lines, dev_lines, size = [], [], 0
        for line in handle:
            if size < budget:
                train_lines.append(line)
            elif len(dev_lines) < 2000:
                dev_lines.append(line)
            else:
                break
            size += len(line.encode("utf-8"))
    (data / "train" / "train.txt").write_text("".join(train_lines), encoding="utf-8")
    (data / "dev" / "dev.txt").write_text("".join(dev_lines), encoding="utf-8")
    out = VECTOR_DIR / f"ant_charlm_{direction}.pt"
    torch.set_num_threads(1)
    args = [
        "--train_dir", str(data / "train"),
        "--eval_file", str(data / "dev" / "dev.txt"),
        "--direction", direction,
        "--shorthand", "ar_ant",
        "--mode", "train",
        "--cpu",
        "--seed", str(SEED),
        "--char_emb_dim", "64",
        "--char_hidden_dim", "256",
        "--char_num_layers", "1",
        "--bptt_size", "100",
        "--batch_size", "64",
        "--epochs", str(epochs),
        "--eval_steps", "-1",
        "--report_steps", "200",
        "--save_dir", str(VECTOR_DIR),
        "--save_name", out.name,
    ]  # fmt: skip
    charlm.main(args)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=DEFAULT_ANT)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help="scratch folder for ANT's tokenised text (never committed)")
    parser.add_argument("--steps", default="corpus,vectors,clusters,charlm")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--keep", type=int, default=60_000, help="words in the shipped file")
    parser.add_argument("--charlm-mb", type=int, default=12)
    parser.add_argument("--charlm-epochs", type=int, default=3)
    parser.add_argument("--direction", default="forward,backward")
    args = parser.parse_args(argv)
    steps = args.steps.split(",")
    started = time.perf_counter()

    def say(what: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f}s] {what}", file=sys.stderr, flush=True)

    corpus = args.work / "sentences.txt"
    if "corpus" in steps:
        if not args.ant.is_file():
            parser.exit(2, f"error: no ANT corpus at {args.ant} (give its path with --ant)\n")
        build_corpus(args.ant, args.work, args.limit)
        say(f"corpus written: {corpus}")
    wv = None
    if "vectors" in steps:
        wv = train_vectors(corpus, args.work, args.dims, args.epochs, args.min_count)
        say(f"vectors trained: {len(wv.index_to_key)} words")
    if "clusters" in steps or "vectors" in steps:
        if wv is None:
            from gensim.models import KeyedVectors

            wv = KeyedVectors.load(str(args.work / "ft.kv"))
        words = write_pretrain(wv, args.keep, PRETRAIN)
        say(f"wrote {PRETRAIN} ({PRETRAIN.stat().st_size / 1e6:.1f} MB, {len(words)} words)")
        if "clusters" in steps:
            write_clusters(wv, words, (64, 256, 1024), CLUSTERS)
            say(f"wrote {CLUSTERS}")
    if "charlm" in steps:
        for direction in args.direction.split(","):
            out = train_charlm(corpus, args.work, args.charlm_mb, args.charlm_epochs, direction)
            say(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
