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
    # the tagger and the rules read each sentence without its hashtag signs (دونالد #ترمب)
    kept = [without_hashtags([token.text for token in group]) for group in groups]
    words = [[group[k].text for k in keep] for group, keep in zip(groups, kept, strict=True)]
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
    predicted = [
        with_hashtags(tags, keep, len(group))
        for tags, keep, group in zip(spread, kept, groups, strict=True)
    ]
    if marginals is not None:
        marginals = [
            _hashtag_marginals(m, tags, keep)
            for m, tags, keep in zip(marginals, predicted, kept, strict=True)
        ]
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


#: The sign of a hashtag, a token of its own before the tag's words (#ترمب، #محمد_خان).
HASHTAG = "#"


def without_hashtags(words: Sequence[str]) -> list[int]:
    """The positions of a sentence's words the tagger reads: all but the hashtag signs, which
    news sites put before names (الرئيس الأميركي دونالد #ترمب، سيرغي #سكريبال) and which
    split a name in two for the tagger; a sentence of signs alone keeps them.

    >>> without_hashtags(["دونالد", "#", "ترمب"]), without_hashtags(["#"])
    ([0, 2], [0])
    """
    keep = [k for k, word in enumerate(words) if word != HASHTAG]
    return keep or list(range(len(words)))


def with_hashtags(tags: Sequence[str], keep: Sequence[int], size: int) -> list[str]:
    """The tags of a whole sentence from those of its words in ``keep``: a hashtag sign is
    inside the name around it (دونالد #ترمب: I-PER), else outside any (#ترمب at a name's
    start: O, its name begins after it).

    >>> with_hashtags(["B-PER", "I-PER"], [0, 2], 3), with_hashtags(["B-PER"], [1], 2)
    (['B-PER', 'I-PER', 'I-PER'], ['O', 'B-PER'])
    """
    if len(keep) == size:
        return list(tags)
    full = [OUTSIDE] * size
    for tag, k in zip(tags, keep, strict=True):
        full[k] = tag
    signs = set(range(size)).difference(keep)
    for k in sorted(signs, reverse=True):  # from the end: a run of signs takes the tag after it
        if 0 < k < size - 1 and full[k + 1].startswith("I-"):
            full[k] = full[k + 1]
    return full


def _hashtag_marginals(
    marginals: Sequence[dict[str, float]], tags: Sequence[str], keep: Sequence[int]
) -> list[dict[str, float]]:
    """The marginals of a whole sentence from those of its words in ``keep``: a hashtag sign
    takes those of its name's next word (its span is as sure as its words), or is surely
    outside any name."""
    if len(keep) == len(tags):
        return list(marginals)
    full: list[dict[str, float]] = [{OUTSIDE: 1.0} for _ in tags]
    for m, k in zip(marginals, keep, strict=True):
        full[k] = m
    signs = set(range(len(tags))).difference(keep)
    for k in sorted(signs, reverse=True):
        if tags[k].startswith("I-"):  # inside a name: never the sentence's last word
            full[k] = full[k + 1]
    return full


def untagged(article: Article) -> Article:
    """The article with every tag O and no entities (for runs without a model)."""
    tokens = [dataclasses.replace(token, tag=OUTSIDE) for token in article.tokens]
    return dataclasses.replace(article, tokens=tokens, entities=[])
