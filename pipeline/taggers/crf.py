"""The CRF tagger (crfsuite's model file), the default: features in :mod:`.features`."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.taggers.base import ModelError, hash_files
from pipeline.taggers.crfmodel import CrfWeights, read_weights, viterbi
from pipeline.taggers.crfmodel import marginals as forward_backward
from pipeline.taggers.features import Generations, featurizer

if TYPE_CHECKING:
    import numpy as np


#: Words whose summed weights stay cached (about 0.6 KB each, so at most about 25 MB): they
#: replace the words' feature strings on the tagging path, ten times their size.
MAX_SCORED_WORDS = 40_000


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
    """A trained CRF (crfsuite's own model file), tagging over its weights read into numpy.

    crfsuite trains the model; tagging reads its weights (:mod:`.crfmodel`), sums each word's
    once (its own features and what it passes to each neighbour, cached like the features
    themselves) and decodes every sentence of an article in one batch. The tags are crfsuite's
    (tests check them against its tagger); the marginals agree with its forward-backward to
    floating-point rounding.
    """

    #: Names spread to their untagged repeats after tagging: +2.5 points of dev F1 for the CRF.
    spreads_names = True
    #: Its features weigh the gazetteer against the context: no gazetteer labels after it
    #: (:func:`~pipeline.taggers.consistency.lexicon_labels` overrules the context there).
    reads_gazetteer = True

    def __init__(self, weights: CrfWeights, path: Path, domain: str = "") -> None:
        self.weights = weights
        self.path = path
        #: The domain whose marked features the model was trained with ("" for none).
        self.domain = domain
        self._featurizer = featurizer(domain)
        self._scores: Generations[tuple[str, np.ndarray]] = Generations(MAX_SCORED_WORDS)
        self._edges: np.ndarray | None = None
        self._table: tuple[dict[str, int], np.ndarray] | None = None
        self._recent: dict[tuple[str, ...], np.ndarray] = {}
        self._recent_marginals: dict[tuple[str, ...], np.ndarray] = {}

    @classmethod
    def load(cls, path: Path, domain: str | None = None) -> CrfTagger:
        """Open a model file written by ``python -m pipeline train``.

        ``domain`` is the domain whose marked features it tags with; by default its card says
        (a model trained on one domain has none).
        """
        if not path.is_file():
            raise ModelError(f"no entity model at {path}: run 'make train' to build one")
        try:
            weights = read_weights(path)
        except (OSError, ValueError, IndexError, struct.error) as exc:
            raise ModelError(f"{path}: not a CRF model ({exc}); run 'make train'") from None
        if domain is None:
            domain = _domain_of(path.with_suffix(".json"))
        return cls(weights, path, domain)

    def fingerprint(self) -> str:
        # the card's domain changes the features, hence the tags
        return hash_files(self.path) + (f" {self.domain}" if self.domain else "")

    @property
    def labels(self) -> tuple[str, ...]:
        return self.weights.labels

    def _new_word_scores(self, words: list[str]) -> list[tuple[str, np.ndarray]]:
        """Each word's stem (for the word pairs) and summed weights: row 0 for its own
        features, row ``1 + m`` for what it passes to the neighbour at the ``m``-th offset.
        The words' rows of :meth:`_contributions` are summed together."""
        import numpy as np

        index, table = self._contributions()
        get = index.get
        zero = len(table) - 1  # the last row of the table is zeros: it pads the shorter words
        stems, rows = [], []
        for word in words:
            own, stem = self._featurizer.word_features(word)
            stems.append(stem)
            rows.append([i for i in map(get, own) if i is not None])
        padded = np.full((len(words), max(map(len, rows), default=0) or 1), zero)
        for w, found in enumerate(rows):
            padded[w, : len(found)] = found
        # summed feature by feature in order, as table[found].sum(axis=0) sums a word's rows
        sums = table[padded[:, 0]]
        for j in range(1, padded.shape[1]):
            sums += table[padded[:, j]]
        # each word its own copy: a view would keep the whole batch alive in the cache
        return [(stem, row.copy()) for stem, row in zip(stems, sums, strict=True)]

    def _contributions(self) -> tuple[dict[str, int], np.ndarray]:
        """What each of a word's own features adds to its scores, by the feature (before any
        domain mark or neighbour's offset): ``(features + 1 offsets, labels)``, the weights of
        the feature itself and its marked copy in row 0, and of what the word passes with it to
        the neighbour at the ``m``-th offset in row ``1 + m``. Built once from the model's
        attributes by the featurizer's own rules (:meth:`Featurizer.passes`, ``marks``), so a
        new word costs its own features, not the strings it passes on."""
        import numpy as np

        if self._table is not None:
            return self._table
        featurizer = self._featurizer
        slot_of = {k: 1 + m for m, k in enumerate(featurizer.offsets)}
        mark = f"{self.domain}|" if self.domain else None
        index: dict[str, int] = {}
        rows, targets, slots = [], [], []
        for attribute, row in self.weights.attributes.items():
            feature, marked = attribute, False
            if mark and feature.startswith(mark):
                feature, marked = feature[len(mark) :], True
            head, colon, rest = feature.partition(":")
            k = int(head) if colon and head.lstrip("-").isdigit() else 0
            slot = slot_of.get(k, 0) if k else 0
            if slot:
                feature = rest
                if not featurizer.passes(feature, k):
                    continue
            if marked and not featurizer.marks(feature):
                continue
            rows.append(row)
            targets.append(index.setdefault(feature, len(index)))
            slots.append(slot)
        # one more row of zeros, after the features' (see _new_word_scores)
        table = np.zeros((len(index) + 1, 1 + len(slot_of), len(self.weights.labels)))
        np.add.at(table, (targets, slots), self.weights.state[rows])
        self._table = (index, table)
        return self._table

    def _edge_scores(self) -> np.ndarray:
        """What a token scores for each offset's neighbour beyond the sentence's edge."""
        import numpy as np

        if self._edges is None:
            state = self.weights.state
            self._edges = np.stack(
                [state[self.weights.rows(self._featurizer.edge(k))].sum(axis=0)
                 for k in self._featurizer.offsets]
            )  # fmt: skip
        return self._edges

    def emissions(self, words: Sequence[str]) -> np.ndarray:
        """Each token's score of each label, (tokens, labels): the sum of its features' weights,
        as crfsuite scores them."""
        return self._emissions([words])[0]

    def _emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """:meth:`emissions` of each (non-empty) sentence, all of them computed together."""
        import numpy as np

        words = [word for sentence in sentences for word in sentence]
        known = self._scores.get_many(words, self._new_word_scores)
        per_word = np.stack([scores for _, scores in known])
        scores = per_word[:, 0].copy()
        lengths = np.array([len(sentence) for sentence in sentences])
        n = len(words)
        ends = np.cumsum(lengths)
        # each token's position in its sentence, and its sentence's length
        length = np.repeat(lengths, lengths)
        position = np.arange(n) - np.repeat(ends - lengths, lengths)
        edges = self._edge_scores()
        for m, k in enumerate(self._featurizer.offsets):
            inside = (position + k >= 0) & (position + k < length)
            neighbour = per_word[np.clip(np.arange(n) + k, 0, n - 1), 1 + m]
            # one addition a token and offset, in the offsets' order, as crfsuite sums them
            scores += np.where(inside[:, None], neighbour, edges[m])
        positions, features = [], []
        first = 0
        for sentence, end in zip(sentences, ends.tolist(), strict=True):
            stems = [stem for stem, _ in known[first:end]]
            for i, extra in enumerate(self._featurizer.extras(sentence, stems), start=first):
                positions += [i] * len(extra)
                features += extra
            first = end
        if positions:
            np.add.at(scores, positions, self.weights.state[self.weights.rows(features)])
        return np.split(scores, ends[:-1])

    def _decode(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[int], list[np.ndarray], list[list[str]]]:
        """The indices of the non-empty sentences, their emissions and their best tags."""
        nonempty = [s for s, words in enumerate(sentences) if words]
        emissions = self._emissions([sentences[s] for s in nonempty]) if nonempty else []
        # kept until the next batch: tag_marginals asks again for sentences of this one
        self._recent = {tuple(sentences[s]): e for s, e in zip(nonempty, emissions, strict=True)}
        self._recent_marginals = {}
        labels = self.weights.labels
        paths = viterbi(emissions, self.weights.transition)
        return nonempty, emissions, [[labels[i] for i in path] for path in paths]

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of words; changes nothing."""
        return self._predict_with_marginals(sentences, spans_only=True, marginals=False)[0]

    def predict_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        """Tags as :meth:`predict`, and each token's marginal probability of its tag.

        The marginals come from the same model's forward-backward pass, so a span's confidence
        says how sure this model is of it; :meth:`marginals` gives every tag's.
        """
        return self._predict_with_marginals(sentences, spans_only=False)

    def predict_span_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        """As :meth:`predict_marginals`, with the marginals of the tokens inside entities only
        (an O token's dict is empty; a sentence without entities needs no forward-backward):
        all a span's confidence needs."""
        return self._predict_with_marginals(sentences, spans_only=True)

    def _predict_with_marginals(
        self, sentences: Sequence[Sequence[str]], spans_only: bool, marginals: bool = True
    ) -> tuple[list[list[str]], list[list[dict[str, float]]]]:
        nonempty, emissions, best = self._decode(sentences)
        tags: list[list[str]] = [[] for _ in sentences]
        found: list[list[dict[str, float]]] = [[] for _ in sentences]
        for s, sentence_tags in zip(nonempty, best, strict=True):
            tags[s] = sentence_tags
        if not marginals:
            return tags, found
        wanted = [
            k for k, sentence_tags in enumerate(best)
            if not spans_only or any(tag != "O" for tag in sentence_tags)
        ]  # fmt: skip
        probabilities = forward_backward([emissions[k] for k in wanted], self.weights.transition)
        # kept with the emissions: names spread into these sentences need no second pass
        self._recent_marginals = {
            tuple(sentences[nonempty[k]]): table
            for k, table in zip(wanted, probabilities, strict=True)
        }
        for k, table in zip(wanted, probabilities, strict=True):
            found[nonempty[k]] = self._tag_marginals(table, best[k], spans_only)
        for k, sentence_tags in enumerate(best):
            if not found[nonempty[k]]:
                found[nonempty[k]] = [{} for _ in sentence_tags]
        return tags, found

    def _tag_marginals(
        self, table: np.ndarray, tags: Sequence[str], spans_only: bool
    ) -> list[dict[str, float]]:
        """``{tag: marginal}`` for each token (``{}`` for an O token when ``spans_only``)."""
        index = {label: i for i, label in enumerate(self.weights.labels)}
        return [
            {tag: float(table[t, index[tag]])} if tag != "O" or not spans_only else {}
            for t, tag in enumerate(tags)
        ]

    def tag_marginals(self, words: Sequence[str], tags: Sequence[str]) -> list[dict[str, float]]:
        """The marginal probability of each token's given tag (an O token's dict is empty), for
        one sentence: how sure the model is of tags it did not choose itself (names spread to
        their repeats)."""
        if not words:
            return []
        key = tuple(words)
        table = self._recent_marginals.get(key)
        if table is None:
            emission = self._recent.get(key)
            if emission is None:
                emission = self.emissions(words)
            (table,) = forward_backward([emission], self.weights.transition)
        return self._tag_marginals(table, tags, spans_only=True)

    def marginals(self, words: Sequence[str]) -> list[dict[str, float]]:
        """Every token's marginal probability of every tag, for one sentence."""
        if not words:
            return []
        (table,) = forward_backward([self.emissions(words)], self.weights.transition)
        labels = self.weights.labels
        return [{label: float(p) for label, p in zip(labels, row, strict=True)} for row in table]
