"""The entity-tagging stage: a tagger predicts BIO tags for sentences of words, and
:func:`tag_article` sets them on an article. :class:`~pipeline.taggers.crf.CrfTagger` is the
default tagger.

Training lives in :mod:`pipeline.train`; this stage only loads a saved model. Any object with
``predict`` and ``fingerprint`` (the :class:`Tagger` protocol) can tag articles.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import Protocol

from pipeline.bio import OUTSIDE, tags_to_spans
from pipeline.doc import Article


class Tagger(Protocol):
    """What the pipeline needs of an entity tagger."""

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags (``O``, ``B-PER`` ...) for each sentence of words; changes nothing."""
        ...

    def fingerprint(self) -> str:
        """A hash of the model: outputs tagged with another model are stale."""
        ...


def hash_files(path: Path) -> str:
    """SHA-256 over a model file, or over every file of a model folder (names included)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        digest.update(file.read_bytes())
    return digest.hexdigest()


class ModelError(RuntimeError):
    """A model that cannot be loaded; the message says how to get one."""


def tag_article(article: Article, tagger: Tagger) -> Article:
    """The article with every token's tag and its entity spans set from the tagger's predictions."""
    groups = [list(group) for _, group in groupby(article.tokens, key=lambda t: t.sentence)]
    predicted = tagger.predict([[token.text for token in group] for group in groups])
    tokens = []
    entities = []
    for group, tags in zip(groups, predicted, strict=True):
        tokens.extend(
            dataclasses.replace(token, tag=tag) for token, tag in zip(group, tags, strict=True)
        )
        entities.extend(tags_to_spans(article.text, group, tags))
    return dataclasses.replace(article, tokens=tokens, entities=entities)


def untagged(article: Article) -> Article:
    """The article with every tag O and no entities (for runs without a model)."""
    tokens = [dataclasses.replace(token, tag=OUTSIDE) for token in article.tokens]
    return dataclasses.replace(article, tokens=tokens, entities=[])
