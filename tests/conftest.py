"""Shared fixtures: the shipped corpus and model, and a tagger trained once per session."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline import config
from pipeline.bio import tags_to_spans
from pipeline.doc import Article
from pipeline.formats.conll import read_conll
from pipeline.read import read_article
from pipeline.taggers.crf import CrfTagger
from pipeline.tokenize import tokenize

CORPUS_FILES = sorted(config.CORPUS_RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_articles():
    """The five shipped articles, read."""
    return [read_article(path) for path in CORPUS_FILES]


@pytest.fixture(scope="session")
def gold_articles() -> list[Article]:
    """The five articles with their gold entity spans (tokens as in GUIDELINES.md)."""
    articles = []
    for path in sorted(config.CORPUS_RAW.glob("*.txt")):
        article = read_article(path)
        _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        sentences = read_conll(config.ANNOTATIONS / f"{path.stem}.conll")
        tags = [tag for sentence in sentences for _, tag in sentence]
        assert len(tags) == len(tokens), path
        articles.append(
            dataclasses.replace(article, entities=tags_to_spans(article.text, tokens, tags))
        )
    return articles


@pytest.fixture(scope="session")
def tagger() -> CrfTagger:
    """The shipped model."""
    return CrfTagger.load(config.CRF_MODEL)


def write_bytes(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path
