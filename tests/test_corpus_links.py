"""Linking on disk: the names and the entity index of :mod:`pipeline.canonical`, whatever the
order of the articles, from the tables of a scratch database.

The cases are those of ``tests/test_canonical.py`` (written for the in-memory linker), plus a
corpus of many small articles drawn from them, where every spelling recurs across articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from pipeline.canonical import (
    EntityIndex,
    Gazetteer,
    Mention,
    canonicalize_corpus,
    entity_index,
    link,
)
from pipeline.corpus_links import DiskEntityIndex, link_by_article
from pipeline.doc import Article, Span
from pipeline.scratch import scratch_db
from tests.test_canonical import (
    FIXTURE,
    GAZETTEER,
    INDEX_ROWS,
    LINKS,
    STREAMED,
    Case,
    _by_article,
    _mentions,
)


def _linked_on_disk(
    tmp_path: Path, articles: Sequence[tuple[str, list[Mention]]], gazetteer: Gazetteer
) -> dict[str, list[str]]:
    with scratch_db(tmp_path) as db:
        return dict(link_by_article(lambda: articles, db, gazetteer))


@pytest.mark.parametrize("case", STREAMED + LINKS, ids=[c.id for c in STREAMED + LINKS])
def test_link_on_disk_gives_the_names_of_link(tmp_path: Path, case: Case) -> None:
    mentions = _mentions(case.mentions)
    expected = [name for *_, name in case.mentions]
    names = _linked_on_disk(tmp_path, _by_article(mentions)[::-1], case.gazetteer)
    assert [names[m.article_id].pop(0) for m in mentions] == expected


def test_link_on_disk_takes_the_first_position_from_an_article_given_later(
    tmp_path: Path,
) -> None:
    # Two spellings of one name, with as many words and mentions: the one first in (article,
    # offset) order names it, though the articles where each comes first are given last.
    wang, wanj = "ألكسندر وانغ", "ألكسندر وانج"
    mentions = [
        Mention("a", 0, 50, wanj, "PER"),
        Mention("a", 0, 100, wang, "PER"),
        Mention("b", 0, 0, wang, "PER"),
        Mention("c", 0, 0, wanj, "PER"),
    ]
    assert link(mentions, gazetteer=GAZETTEER) == [wanj] * 4
    articles = _by_article(mentions)
    names = _linked_on_disk(tmp_path, [articles[1], articles[2], articles[0]], GAZETTEER)
    assert names == {"a": [wanj, wanj], "b": [wanj], "c": [wanj]}


def _corpus(seed: int, n: int = 120) -> list[Mention]:
    """``n`` articles, each a few cases of ``LINKS`` (their mentions in order), so that the
    same spellings, short forms and full names recur across many articles."""
    rng = random.Random(seed)
    cases = [case for case in LINKS if case.gazetteer is GAZETTEER]
    mentions = []
    for k in range(n):
        start = 0
        for case in rng.sample(cases, 3):
            for _, text, label, _ in case.mentions:
                mentions.append(Mention(f"{k:04d}", start // 50, start, text, label))
                start += 10
    return mentions


@pytest.mark.parametrize("seed", range(3))
def test_link_on_disk_gives_the_names_of_link_in_any_order(tmp_path: Path, seed: int) -> None:
    mentions = _corpus(seed)
    expected = link(mentions, gazetteer=GAZETTEER)
    articles = _by_article(mentions)
    random.Random(seed).shuffle(articles)
    names = _linked_on_disk(tmp_path, articles, GAZETTEER)
    assert [names[m.article_id].pop(0) for m in mentions] == expected


def _disk_index(tmp_path: Path, articles: Sequence[Article]) -> list[dict[str, object]]:
    with scratch_db(tmp_path) as db:
        index = DiskEntityIndex(db)
        for article in articles:
            index.add(article.id, article.entities)
        return list(index.iter_rows())


def test_entity_index_on_disk_rows(tmp_path: Path) -> None:
    assert _disk_index(tmp_path, canonicalize_corpus(FIXTURE, GAZETTEER)) == INDEX_ROWS


def test_entity_index_on_disk_counts_an_article_added_twice_once(tmp_path: Path) -> None:
    spans = [
        Span(0, 4, "ميتا", "ORG", canonical="Meta"),
        Span(5, 9, "Meta", "ORG", canonical="Meta"),
    ]
    with scratch_db(tmp_path) as db:
        index = DiskEntityIndex(db)
        for article_id in ("b", "a", "b"):
            index.add(article_id, spans)
        (row,) = index.iter_rows()
    assert (row["mentions"], row["articles"], row["article_ids"]) == (6, 2, "a | b")


def _articles(mentions: Sequence[Mention]) -> Iterator[Article]:
    for article_id, group in _by_article(list(mentions)):
        spans = [Span(m.start, m.start + len(m.text), m.text, m.label, m.sentence) for m in group]
        yield Article(id=article_id, source="", entities=spans)


@pytest.mark.parametrize("seed", range(3))
def test_entity_index_on_disk_gives_the_rows_of_entity_index(tmp_path: Path, seed: int) -> None:
    articles = canonicalize_corpus(list(_articles(_corpus(seed))), GAZETTEER)
    expected = entity_index(articles)
    random.Random(seed).shuffle(articles)  # the order the articles come in changes nothing
    assert _disk_index(tmp_path, articles) == expected
    in_memory = EntityIndex()
    for article in articles:
        in_memory.add(article.id, article.entities)
    assert list(in_memory.iter_rows()) == expected


def test_gold_names_on_disk(tmp_path: Path, gold_articles: list[Article]) -> None:
    expected = canonicalize_corpus(gold_articles, GAZETTEER)
    mentions = [
        (a.id, [Mention(a.id, s.sentence, s.start, s.text, s.label) for s in a.entities])
        for a in gold_articles
    ]
    names = _linked_on_disk(tmp_path, mentions, GAZETTEER)
    for article in expected:
        assert names[article.id] == [s.canonical for s in article.entities]
    assert _disk_index(tmp_path, expected) == entity_index(expected)
