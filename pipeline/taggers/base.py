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

from pipeline.bio import OUTSIDE, tags_to_ranges, tags_to_spans
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
    """SHA-256 over a model file, or over every file of a model folder (names included).

    Remembered while the files keep their size and modification time: every article's stamp
    names the model, and hashing tens of MB an article made a re-run slow.
    """
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    key = (str(path), *((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))
    found = _HASHES.get(key)
    if found is None:
        found = _HASHES[key] = _hash(path, files)
    return found


_HASHES: dict[tuple, str] = {}


def _hash(path: Path, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        digest.update(file.read_bytes())
    return digest.hexdigest()


class ModelError(RuntimeError):
    """A model that cannot be loaded; the message says how to get one."""


def span_confidence(
    marginals: Sequence[dict[str, float]], first: int, last: int, label: str
) -> float:
    """How sure the model is of the span ``first:last`` with ``label``: the smallest marginal
    probability of its tags (``B-`` then ``I-``), rounded to 4 places.

    >>> span_confidence([{"B-PER": 0.9}, {"I-PER": 0.7}], 0, 2, "PER")
    0.7
    """
    probabilities = [marginals[first].get(f"B-{label}", 0.0)]
    probabilities += [marginals[k].get(f"I-{label}", 0.0) for k in range(first + 1, last)]
    return round(min(probabilities), 4)


def spreads_names(tagger: object, consistent: bool | None = None) -> bool:
    """Whether names spread to their untagged repeats after this tagger (``consistent`` says so
    when given; else the tagger's ``spreads_names``, off for taggers that do not say)."""
    return bool(getattr(tagger, "spreads_names", False) if consistent is None else consistent)


def reads_gazetteer(tagger: object) -> bool:
    """Whether the tagger weighs the gazetteer itself (the CRF's features do: its
    ``reads_gazetteer``); the others get the gazetteer's labels after tagging
    (:func:`~pipeline.taggers.consistency.lexicon_labels`)."""
    return bool(getattr(tagger, "reads_gazetteer", False))


def apply_rules(
    tagger: object,
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[str]],
    consistent: bool | None = None,
) -> list[list[str]]:
    """The tagger's tags after the rules every tagger's output goes through
    (:func:`~pipeline.taggers.consistency.span_rules`), the gazetteer's labels for a tagger
    that does not read it, and names spread where the tagger (or ``consistent``) says so."""
    from pipeline.taggers.consistency import lexicon_labels, span_rules, spread_names

    predicted = span_rules(words, tagged)
    if not reads_gazetteer(tagger):
        predicted = lexicon_labels(words, predicted)
    if spreads_names(tagger, consistent):
        predicted = spread_names(words, predicted, tagged)
    return predicted


def tag_article(article: Article, tagger: Tagger, consistent: bool | None = None) -> Article:
    """The article with every token's tag and its entity spans set from the tagger's predictions.

    With ``consistent`` (by default, when the tagger's ``spreads_names`` says so: the CRF's
    does), untagged repeats of a name tagged elsewhere in the article take its label
    (:func:`pipeline.taggers.consistency.propagate`). A person's name the tagger ran across a
    preposition is cut there first, a title in quotation marks after برنامج، مسلسل ... is MISC
    and a dotted acronym or website ORG (:func:`~pipeline.taggers.consistency.span_rules`);
    after a tagger that does not read the gazetteer, a name it knows whole takes its label
    (:func:`apply_rules`). A
    tagger that gives marginal probabilities (``predict_marginals``) gives every span its
    ``confidence``.
    """
    groups = [list(group) for _, group in groupby(article.tokens, key=lambda t: t.sentence)]
    words = [[token.text for token in group] for group in groups]
    marginals: list[list[dict[str, float]]] | None = None
    if hasattr(tagger, "predict_span_marginals"):  # the marginals of tagged tokens only
        predicted, marginals = tagger.predict_span_marginals(words)
    elif hasattr(tagger, "predict_marginals"):
        predicted, marginals = tagger.predict_marginals(words)
    else:
        predicted = tagger.predict(words)
    spread = apply_rules(tagger, words, predicted, consistent)
    if marginals is not None:
        for s, (before, after) in enumerate(zip(predicted, spread, strict=True)):
            if before == after:
                continue
            # a name spread or cut here: how sure was the model of it?
            if hasattr(tagger, "tag_marginals"):
                marginals[s] = tagger.tag_marginals(words[s], after)
            elif hasattr(tagger, "marginals"):
                marginals[s] = tagger.marginals(words[s])
    predicted = spread
    tokens = []
    entities = []
    for s, (group, tags) in enumerate(zip(groups, predicted, strict=True)):
        # most tokens keep the tag they were made with (O): copy only the others
        tokens.extend(
            token if token.tag == tag else dataclasses.replace(token, tag=tag)
            for token, tag in zip(group, tags, strict=True)
        )
        spans = tags_to_spans(article.text, group, tags)
        if marginals is not None:
            spans = [
                dataclasses.replace(span, confidence=span_confidence(marginals[s], a, b, label))
                for span, (a, b, label) in zip(spans, tags_to_ranges(tags), strict=True)
            ]
        entities.extend(spans)
    return dataclasses.replace(article, tokens=tokens, entities=entities)


def untagged(article: Article) -> Article:
    """The article with every tag O and no entities (for runs without a model)."""
    tokens = [dataclasses.replace(token, tag=OUTSIDE) for token in article.tokens]
    return dataclasses.replace(article, tokens=tokens, entities=[])
