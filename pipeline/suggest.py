"""Which sentences to correct first: those the tagger is least sure of, spread across articles.

A sentence's confidence is the smallest marginal probability the CRF gives the tag it predicted
for any of its tokens (an ``O`` it hesitated over counts too: that is a name it may have
missed). Sentences are taken round by round: each article's least sure sentence, then each
article's second ..., least sure first within a round, ties broken by article id and sentence
number; so one long, odd article cannot fill the whole batch. Sentences already in an article's
gold file are left out.

The suggestions are written in the formats ``export`` writes, one record a sentence, carrying
the article id, the sentence number and its offset in the article; ``import`` puts a corrected
sentence into the article's gold file and keeps the article's other gold sentences.

>>> [(e.article_id, e.sentence) for e in rank([
...     Excerpt("a", 0, 0, "x", confidence=0.2), Excerpt("a", 1, 2, "y", confidence=0.1),
...     Excerpt("b", 0, 0, "z", confidence=0.5)], 3)]
[('a', 1), ('b', 0), ('a', 0)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from pathlib import Path

from pipeline.bio import spans_to_tags
from pipeline.config import ANNOTATIONS
from pipeline.corrections import EXPORT_FORMATS
from pipeline.doc import Article, Token
from pipeline.formats.common import AnnotationError, Excerpt, LabeledSentence
from pipeline.formats.conll import CONLL_SUFFIX, format_conll_documents, read_conll
from pipeline.formats.doccano import DOCCANO_FILE, format_doccano_excerpts
from pipeline.formats.label_studio import (
    LABEL_STUDIO_CONFIG_FILE,
    LABEL_STUDIO_FILE,
    format_label_studio_excerpts,
    label_studio_config,
)
from pipeline.io import write_texts_atomic

#: How many sentences ``suggest`` offers by default.
DEFAULT_N = 50
#: The CoNLL file of suggested sentences (a ``-DOCSTART- <id>`` line before each article's).
SUGGEST_CONLL_FILE = "suggest.conll"


def sentence_confidence(marginals: Sequence[dict[str, float]]) -> float:
    """The smallest probability of a predicted tag in the sentence, rounded to 4 places.

    >>> sentence_confidence([{"O": 0.99}, {"B-PER": 0.61}, {"O": 0.7}])
    0.61
    """
    return round(min((p for m in marginals for p in m.values()), default=1.0), 4)


def rank(excerpts: Sequence[Excerpt], n: int) -> list[Excerpt]:
    """The ``n`` sentences to correct first: round-robin over articles, least sure first."""
    by_article: dict[str, list[Excerpt]] = {}
    for excerpt in excerpts:
        by_article.setdefault(excerpt.article_id, []).append(excerpt)
    ordered = []
    for article_excerpts in by_article.values():
        article_excerpts.sort(key=lambda e: (e.confidence, e.sentence))
        ordered += [(round_, e) for round_, e in enumerate(article_excerpts)]
    ordered.sort(
        key=lambda item: (item[0], item[1].confidence, item[1].article_id, item[1].sentence)
    )
    return [excerpt for _, excerpt in ordered[: max(n, 0)]]


def _gold_words(annotations: Path | None, article_id: str) -> set[tuple[str, ...]]:
    if annotations is None:
        return set()
    path = annotations / f"{article_id}{CONLL_SUFFIX}"
    if not path.is_file():
        return set()
    return {tuple(token for token, _ in sentence) for sentence in read_conll(path)}


def article_excerpts(
    article: Article, tagger: object, annotations: Path | None = ANNOTATIONS
) -> list[Excerpt]:
    """Every sentence of an analysed article (tokens and entities set) with its confidence,
    except those already in its gold file under ``annotations``."""
    predict_marginals = getattr(tagger, "predict_marginals", None)
    if predict_marginals is None:
        raise AnnotationError("suggest needs a tagger that gives marginal probabilities (the CRF)")
    groups = [list(g) for _, g in groupby(article.tokens, key=lambda t: t.sentence)]
    _, marginals = predict_marginals([[t.text for t in group] for group in groups])
    gold = _gold_words(annotations, article.id)
    excerpts = []
    for group, sentence_marginals in zip(groups, marginals, strict=True):
        if tuple(t.text for t in group) in gold:
            continue
        start, end = group[0].start, group[-1].end
        entities = tuple(s for s in article.entities if start <= s.start and s.end <= end)
        excerpts.append(
            Excerpt(
                article.id,
                group[0].sentence,
                start,
                article.text[start:end],
                entities,
                sentence_confidence(sentence_marginals),
            )
        )
    return excerpts


def _conll_sentences(excerpt: Excerpt, tokens: Sequence[Token]) -> LabeledSentence:
    inside = [t for t in tokens if excerpt.start <= t.start and t.end <= excerpt.end]
    return list(zip([t.text for t in inside], spans_to_tags(inside, excerpt.entities), strict=True))


def export_suggestions(
    excerpts: Sequence[Excerpt],
    fmt: str,
    out: Path,
    tokens: Callable[[str], Sequence[Token]] | None = None,
) -> list[Path]:
    """Write suggested sentences for correction; returns the files.

    ``doccano``: ``out/doccano.jsonl``; ``label-studio``: ``out/label-studio.json`` and its
    config; ``conll``: ``out/suggest.conll``, each article's sentences in text order after a
    ``-DOCSTART- <id>`` line (``tokens`` gives an article's tokens by id).
    """
    if fmt == "doccano":
        files = {out / DOCCANO_FILE: format_doccano_excerpts(excerpts)}
    elif fmt == "label-studio":
        files = {
            out / LABEL_STUDIO_FILE: format_label_studio_excerpts(excerpts),
            out / LABEL_STUDIO_CONFIG_FILE: label_studio_config(),
        }
    elif fmt == "conll":
        if tokens is None:
            raise ValueError("the CoNLL format needs the articles' tokens")
        documents: dict[str, list[Excerpt]] = {}
        for excerpt in excerpts:
            documents.setdefault(excerpt.article_id, []).append(excerpt)
        text = format_conll_documents(
            (
                article_id,
                [
                    _conll_sentences(e, tokens(article_id))
                    for e in sorted(group, key=lambda e: e.sentence)
                ],
            )
            for article_id, group in documents.items()
        )
        files = {out / SUGGEST_CONLL_FILE: text}
    else:
        raise AnnotationError(f"unknown format {fmt!r} (expected {', '.join(EXPORT_FORMATS)})")
    write_texts_atomic(files)
    return list(files)


def suggest(
    articles: Sequence[Article],
    tagger: object,
    fmt: str,
    out: Path,
    n: int = DEFAULT_N,
    annotations: Path | None = ANNOTATIONS,
) -> tuple[list[Excerpt], list[Path]]:
    """Rank the sentences of analysed articles and write the ``n`` least sure; returns them and
    the files written."""
    excerpts = [e for article in articles for e in article_excerpts(article, tagger, annotations)]
    chosen = rank(excerpts, n)
    by_id = {article.id: article.tokens for article in articles}
    return chosen, export_suggestions(chosen, fmt, out, by_id.__getitem__)
