"""Build ``pipeline/data/clusters.tsv``: word clusters learned from unlabelled Arabic news.

Distributional clusters at three granularities for the CRF tagger's features. The recipe:
every article of ANT (Chouigui, Ben Khiroun and Elayeb, AICCSA 2017) is cut into the pipeline's
own tokens and normalised (``pipeline.tokenize.tokenize_words``: the ``norm`` the tagger sees);
words seen at least ``--min-count`` times are counted against the ``--contexts`` most frequent
words on their left and on their right (distance 1 weighs 1, distance 2 weighs 0.5); the counts
become PPMI (context distribution smoothed with alpha 0.75), reduced by a truncated SVD to
``--dims`` dimensions (rows scaled by the square root of the singular values, then unit length);
k-means cuts the words into ``--fine`` clusters, and k-means on those centroids (weighted by the
words' frequencies) groups them into ``--mid`` and ``--coarse`` clusters, so the three ids nest
like the prefixes of a Brown cluster path.

Only the table of (word, cluster ids) leaves this script: the text of the articles never does.
Reproducible: fixed seed, one thread, rows sorted by word.

    .venv/bin/python bench/build_clusters.py --ant ../shared/data/ant/articles.jsonl.gz
"""

from __future__ import annotations

import os

# One thread: the result must not depend on the order of parallel sums, and the machine is shared.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.cluster import KMeans, MiniBatchKMeans  # noqa: E402
from sklearn.decomposition import TruncatedSVD  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.tokenize import tokenize_words  # noqa: E402

DEFAULT_ANT = ROOT.parent / "shared" / "data" / "ant" / "articles.jsonl.gz"
DEFAULT_OUT = ROOT / "pipeline" / "data" / "clusters.tsv"
SEED = 13
HEADER = """\
# Word clusters for the CRF tagger's features (pipeline/taggers/features.py), built by
# bench/build_clusters.py from the unlabelled ANT corpus: Chouigui, Ben Khiroun and Elayeb,
# "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017
# (40,008 news articles, 2014-2018). Derived statistics only: no text of the corpus is here.
# Recipe: PPMI of left/right co-occurrence counts -> truncated SVD -> k-means; {args}.
# Columns: word = normalised word (pipeline.normalize.normalize_word) seen >= {min_count} times;
# c{coarse}, c{mid}, c{fine} = its cluster id at {coarse}, {mid} and {fine} clusters (nested:
# every fine cluster lies in one mid cluster, every mid cluster in one coarse cluster).
"""


def read_tokens(path: Path, limit: int | None) -> list[list[str]]:
    """Normalised tokens of every article (the articles' text stays in memory only)."""
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if limit is not None and i >= limit:
                break
            text = json.loads(line)["text"]
            articles.append([token.norm for token in tokenize_words(text) if token.norm.isalnum()])
    return articles


def cooccurrence(
    articles: list[list[str]], vocab: dict[str, int], contexts: dict[str, int], window: int,
    sided: bool,
) -> sparse.csr_matrix:
    """Weighted counts of (word, context word) within ``window`` tokens (weight 1/distance).

    ``sided`` counts a context on the left apart from the same context on the right (syntactic
    neighbours); otherwise both sides pool into one bag (the topic of the passage).
    """
    n_ctx = len(contexts)
    rows, cols, weights = [], [], []
    for tokens in articles:
        word_ids = np.array([vocab.get(t, -1) for t in tokens], dtype=np.int64)
        ctx_ids = np.array([contexts.get(t, -1) for t in tokens], dtype=np.int64)
        for distance in range(1, window + 1):
            if len(tokens) <= distance:
                continue
            # right context of a word, then left context of a word
            for w, c, block in (
                (word_ids[:-distance], ctx_ids[distance:], n_ctx if sided else 0),
                (word_ids[distance:], ctx_ids[:-distance], 0),
            ):
                keep = (w >= 0) & (c >= 0)
                rows.append(w[keep])
                cols.append(c[keep] + block)
                weights.append(np.full(int(keep.sum()), 1.0 / distance))
    matrix = sparse.coo_matrix(
        (np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(vocab), (2 if sided else 1) * n_ctx),
    )
    return matrix.tocsr()


def embed(counts: sparse.csr_matrix, dims: int) -> np.ndarray:
    """Unit-length SVD vectors of the PPMI matrix, rows scaled by sqrt of the singular values."""
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=SEED)
    vectors = svd.fit_transform(ppmi(counts))
    # fit_transform gives U * S; eigenvalue weighting with p = 0.5 keeps U * sqrt(S).
    vectors /= np.sqrt(svd.singular_values_)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive pointwise mutual information, context probabilities smoothed by ``alpha``."""
    counts = counts.tocoo()
    total = counts.sum()
    row_sums = np.asarray(counts.sum(axis=1)).ravel()
    col_sums = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    p_col = col_sums / col_sums.sum()
    pmi = np.log(counts.data * (1.0 / total) / (row_sums[counts.row] / total * p_col[counts.col]))
    keep = pmi > 0
    return sparse.csr_matrix(
        (pmi[keep], (counts.row[keep], counts.col[keep])), shape=counts.shape
    )


def cluster(
    vectors: np.ndarray, freqs: np.ndarray, fine: int, mid: int, coarse: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nested cluster ids: k-means on words, then on the fine centroids, then on the mid ones."""
    fine_km = MiniBatchKMeans(
        n_clusters=fine, random_state=SEED, batch_size=4096, n_init=3, max_iter=200
    ).fit(vectors, sample_weight=np.log1p(freqs))
    fine_ids = fine_km.labels_
    fine_weight = np.bincount(fine_ids, weights=freqs, minlength=fine)
    mid_km = KMeans(n_clusters=mid, random_state=SEED, n_init=5).fit(
        fine_km.cluster_centers_, sample_weight=np.log1p(fine_weight)
    )
    mid_weight = np.bincount(mid_km.labels_, weights=fine_weight, minlength=mid)
    coarse_km = KMeans(n_clusters=coarse, random_state=SEED, n_init=5).fit(
        mid_km.cluster_centers_, sample_weight=np.log1p(mid_weight)
    )
    mid_ids = mid_km.labels_[fine_ids]
    return coarse_km.labels_[mid_ids], mid_ids, fine_ids


def build(args: argparse.Namespace) -> str:
    """The TSV text of the cluster table."""
    started = time.perf_counter()
    articles = read_tokens(args.ant, args.limit)
    freq = Counter(t for tokens in articles for t in tokens)
    print(
        f"{len(articles)} articles, {sum(freq.values())} tokens, {len(freq)} types "
        f"({time.perf_counter() - started:.0f}s)",
        file=sys.stderr,
    )
    # Ties broken by the word itself: the same input always gives the same ids.
    ranked = sorted(freq.items(), key=lambda item: (-item[1], item[0]))
    words = [w for w, c in ranked if c >= args.min_count]
    vocab = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, (w, _) in enumerate(ranked[: args.contexts])}
    freqs = np.array([freq[w] for w in words], dtype=np.float64)
    vectors = embed(cooccurrence(articles, vocab, contexts, 2, sided=True), args.dims)
    columns = list(cluster(vectors, freqs, args.fine, args.mid, args.coarse))
    names = [f"c{args.coarse}", f"c{args.mid}", f"c{args.fine}"]
    if args.topic_window:
        bag = cooccurrence(articles, vocab, contexts, args.topic_window, sided=False)
        vectors = embed(bag, args.dims)
        columns += list(cluster(vectors, freqs, args.fine, args.mid, args.coarse))[1:]
        names += [f"t{args.mid}", f"t{args.fine}"]
    del articles
    print(f"{len(words)} words clustered ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    shown = (
        f"min_count={args.min_count}, contexts={args.contexts}, dims={args.dims}, seed={SEED}"
    )
    header = HEADER.format(
        args=shown, min_count=args.min_count, coarse=args.coarse, mid=args.mid, fine=args.fine
    )
    if args.topic_window:
        header += (
            f"# t{args.mid}, t{args.fine} = clusters of a second model pooling both sides within "
            f"{args.topic_window} words (topic rather than syntax).\n"
        )
    lines = [header, "\t".join(["word", *names]) + "\n"]
    for i in sorted(range(len(words)), key=lambda i: words[i]):
        lines.append("\t".join([words[i], *(str(column[i]) for column in columns)]) + "\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=DEFAULT_ANT, help="ANT articles.jsonl.gz")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--contexts", type=int, default=10000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--coarse", type=int, default=64)
    parser.add_argument("--mid", type=int, default=256)
    parser.add_argument("--fine", type=int, default=1024)
    parser.add_argument("--topic-window", type=int, default=0,
                        help="also cluster by a bag of words within this window (0: off)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = parser.parse_args(argv)
    if not args.ant.is_file():
        parser.exit(2, f"error: no ANT corpus at {args.ant} (give its path with --ant)\n")
    text = build(args)
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
