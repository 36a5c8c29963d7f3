"""suggest: the least sure sentences first, spread across articles, exported for correction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import config
from pipeline.doc import Article
from pipeline.formats.common import AnnotationError, Excerpt
from pipeline.run import add_tokens
from pipeline.suggest import rank, suggest
from pipeline.taggers.base import tag_article


def ex(article_id: str, sentence: int, confidence: float) -> Excerpt:
    return Excerpt(article_id, sentence, sentence * 10, "x", confidence=confidence)


#: (name, excerpts, n, expected (article, sentence) order)
RANKS = [
    ("least sure first within a round", [ex("a", 0, 0.9), ex("b", 0, 0.5)], 2,
     [("b", 0), ("a", 0)]),
    ("each article once before any twice", [ex("a", 0, 0.1), ex("a", 1, 0.2), ex("b", 0, 0.9)],
     3, [("a", 0), ("b", 0), ("a", 1)]),
    ("ties by article id, then sentence", [ex("b", 0, 0.5), ex("a", 1, 0.5), ex("a", 0, 0.5)], 3,
     [("a", 0), ("b", 0), ("a", 1)]),
    ("n limits", [ex("a", 0, 0.1), ex("b", 0, 0.2), ex("c", 0, 0.3)], 2, [("a", 0), ("b", 0)]),
    ("n of 0", [ex("a", 0, 0.1)], 0, []),
]


@pytest.mark.parametrize(("excerpts", "n", "expected"), [c[1:] for c in RANKS],
                         ids=[c[0] for c in RANKS])
def test_rank(excerpts: list[Excerpt], n: int, expected: list[tuple[str, int]]) -> None:
    assert [(e.article_id, e.sentence) for e in rank(excerpts, n)] == expected


def _sentences(article: Article) -> list[list[str]]:
    words: dict[int, list[str]] = {}
    for token in article.tokens:
        words.setdefault(token.sentence, []).append(token.text)
    return list(words.values())


@pytest.fixture(scope="module")
def tagged(corpus_articles: list[Article], tagger) -> list[Article]:
    return [tag_article(add_tokens(a), tagger) for a in corpus_articles]


def test_suggestions_on_the_corpus(tmp_path: Path, tagged: list[Article], tagger) -> None:
    chosen, files = suggest(tagged, tagger, "doccano", tmp_path, n=8, annotations=None)
    assert len(chosen) == 8
    first_round = chosen[:5]
    assert sorted(e.article_id for e in first_round) == sorted(a.id for a in tagged)
    assert [e.confidence for e in first_round] == sorted(e.confidence for e in first_round)
    assert all(0 <= e.confidence <= 1 for e in chosen)
    # the first round holds the least sure sentence of the corpus: recompute every sentence's
    # smallest marginal from the model itself
    least = min(
        min(next(iter(m.values())) for m in sentence)
        for article in tagged
        for sentence in tagger.predict_marginals(_sentences(article))[1]
        if sentence
    )
    assert min(e.confidence for e in chosen) == pytest.approx(least, abs=1e-4)
    assert least < 1  # and the model does hesitate somewhere
    texts = {a.id: a.text for a in tagged}
    records = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    for record, excerpt in zip(records, chosen, strict=True):
        start = record["offset"]
        assert texts[record["article_id"]][start : start + len(record["text"])] == record["text"]
        assert record["label"] == record["predicted"]
        for s, e, _ in record["label"]:
            assert any(span.text == record["text"][s:e] for span in excerpt.entities)


def test_suggestions_are_deterministic(tmp_path: Path, tagged: list[Article], tagger) -> None:
    for fmt in ("doccano", "label-studio", "conll"):
        one = suggest(tagged, tagger, fmt, tmp_path / "1", n=6, annotations=None)[1]
        two = suggest(tagged, tagger, fmt, tmp_path / "2", n=6, annotations=None)[1]
        assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]


def test_sentences_already_in_the_gold_are_not_suggested(
    tmp_path: Path, tagged: list[Article], tagger
) -> None:
    # the shipped gold files cover every sentence of the shipped articles
    chosen, _ = suggest(tagged, tagger, "doccano", tmp_path, n=50, annotations=config.ANNOTATIONS)
    assert chosen == []


def test_a_tagger_without_marginals_is_refused(tmp_path: Path, tagged: list[Article]) -> None:
    class Plain:
        def predict(self, sentences):
            return [["O"] * len(s) for s in sentences]

    with pytest.raises(AnnotationError, match="marginal probabilities"):
        suggest(tagged, Plain(), "doccano", tmp_path, annotations=None)


def test_unknown_format(tmp_path: Path, tagged: list[Article], tagger) -> None:
    with pytest.raises(AnnotationError, match="unknown format 'brat'"):
        suggest(tagged, tagger, "brat", tmp_path, annotations=None)
