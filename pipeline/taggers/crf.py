"""The CRF tagger (crfsuite's model file), the default: features in :mod:`.features`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from pipeline.taggers.base import ModelError, hash_files
from pipeline.taggers.features import sentence_features


def _domain_of(card: Path) -> str:
    """The domain a model tags in, from its card (``features.domains.tag``): a model trained on
    several domains has domain-marked features (:func:`pipeline.train.fit`)."""
    import json

    try:
        data = json.loads(card.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    domains = data.get("features", {}).get("domains") if isinstance(data, dict) else None
    return str(domains.get("tag", "")) if isinstance(domains, dict) else ""


class CrfTagger:
    """A trained CRF (crfsuite's own model file)."""

    #: Names spread to their untagged repeats after tagging: +2.5 points of dev F1 for the CRF.
    spreads_names = True

    def __init__(self, tagger: pycrfsuite.Tagger, path: Path, domain: str = "") -> None:
        self._tagger = tagger
        self.path = path
        #: The domain whose marked features the model was trained with ("" for none).
        self.domain = domain

    @classmethod
    def load(cls, path: Path, domain: str | None = None) -> CrfTagger:
        """Open a model file written by ``python -m pipeline train``.

        ``domain`` is the domain whose marked features it tags with; by default its card says
        (a model trained on one domain has none).
        """
        if not path.is_file():
            raise ModelError(f"no entity model at {path}: run 'make train' to build one")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: not a CRF model ({exc}); run 'make train'") from None
        if domain is None:
            domain = _domain_of(path.with_suffix(".json"))
        return cls(tagger, path, domain)

    def fingerprint(self) -> str:
        # the card's domain changes the features, hence the tags
        return hash_files(self.path) + (f" {self.domain}" if self.domain else "")

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of words; changes nothing."""
        tag = self._tagger.tag
        return [list(tag(sentence_features(w, self.domain))) if w else [] for w in sentences]

    def predict_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        """Tags as :meth:`predict`, and each token's marginal probability of its tag.

        The marginals come from the same model's forward-backward pass (crfsuite), so a span's
        confidence says how sure this model is of it. Only the predicted tag's probability is
        computed here (one call a token); :meth:`marginals` gives every tag's.
        """
        return self._predict_with_marginals(sentences, spans_only=False)

    def predict_span_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        """As :meth:`predict_marginals`, with the marginals of the tokens inside entities only
        (an O token's dict is empty): all a span's confidence needs, at a tenth of the calls."""
        return self._predict_with_marginals(sentences, spans_only=True)

    def _predict_with_marginals(
        self, sentences: Sequence[Sequence[str]], spans_only: bool
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        crf = self._tagger
        tags: list[list[str]] = []
        marginals: list[list[dict[str, float]]] = []
        for words in sentences:
            if not words:
                tags.append([])
                marginals.append([])
                continue
            crf.set(sentence_features(words, self.domain))
            predicted = crf.tag()
            tags.append(list(predicted))
            marginals.append(_tag_marginals(crf, predicted, spans_only))
        return tags, marginals

    def tag_marginals(self, words: Sequence[str], tags: Sequence[str]) -> list[dict[str, float]]:
        """The marginal probability of each token's given tag (an O token's dict is empty), for
        one sentence: how sure the model is of tags it did not choose itself (names spread to
        their repeats)."""
        if not words:
            return []
        crf = self._tagger
        crf.set(sentence_features(words, self.domain))
        return _tag_marginals(crf, tags, spans_only=True)

    def marginals(self, words: Sequence[str]) -> list[dict[str, float]]:
        """Every token's marginal probability of every tag, for one sentence."""
        crf = self._tagger
        if not words:
            return []
        crf.set(sentence_features(words, self.domain))
        labels = crf.labels()
        return [{label: crf.marginal(label, t) for label in labels} for t in range(len(words))]


def _tag_marginals(
    crf: pycrfsuite.Tagger, tags: Sequence[str], spans_only: bool
) -> list[dict[str, float]]:
    """``{tag: marginal}`` for each token of the sentence ``crf`` was last set to (``{}`` for an
    O token when ``spans_only``)."""
    return [
        {tag: crf.marginal(tag, t)} if tag != "O" or not spans_only else {}
        for t, tag in enumerate(tags)
    ]
