"""Shared fixtures: the shipped corpus and model, and a tagger trained once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import config
from pipeline.read import read_article
from pipeline.taggers.crf import CrfTagger

CORPUS_FILES = sorted(config.CORPUS_RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_articles():
    """The five shipped articles, read."""
    return [read_article(path) for path in CORPUS_FILES]


@pytest.fixture(scope="session")
def tagger() -> CrfTagger:
    """The shipped model."""
    return CrfTagger.load(config.CRF_MODEL)


def write_bytes(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path
