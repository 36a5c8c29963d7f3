"""A crfsuite model file read into numpy arrays, and the CRF's decoding over them.

crfsuite's tagger takes each token's features as strings and looks every one of them up in its
model at every sentence: on ANT news that conversion was most of the tagging time. Here the
weights are read once from the model file (crfsuite's own binary format, exact to the bit, where
``Tagger.info()`` rounds them to six places), a word's summed weights are computed once
(:class:`WordScores`), and Viterbi and forward-backward run over whole articles at once, every
sentence of the article a row of one batch.

The format (crfsuite's ``model.c``, version 100): a 48-byte header (``lCRF``, size, ``FOMC``,
version, features, labels, attributes, then the offsets of the feature array, the label and
attribute dictionaries and two reference tables), a ``FEAT`` chunk of 20-byte features (type:
0 a state feature attribute -> label, 1 a transition label -> label; source; destination;
weight as a double) and two CQDB dictionaries whose backward table gives each id's string.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<iI")
#: The model format this reader knows (crfsuite 0.12, the one python-crfsuite writes).
_VERSION = 100


class ModelFormatError(ValueError):
    """A file that is not a crfsuite model this reader knows."""


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF's weights: one row of label scores per attribute, and transitions."""

    labels: tuple[str, ...]
    #: attribute string -> its row in ``state``; an unknown attribute scores the last row (zeros)
    attributes: dict[str, int]
    #: (attributes + 1, labels)
    state: np.ndarray
    #: (labels, labels): from the row's label to the column's
    transition: np.ndarray

    @property
    def unknown(self) -> int:
        """The row of zeros that every attribute the model does not know scores."""
        return len(self.attributes)

    def rows(self, features: Sequence[str]) -> list[int]:
        """The ``state`` rows of these features (the zero row for unknown ones)."""
        get = self.attributes.get
        unknown = len(self.attributes)
        return [get(f, unknown) for f in features]


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB dictionary, in id order."""
    import numpy as np

    chunk, _size, _flag, _order, count, backward = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ModelFormatError("no CQDB dictionary where the header says")
    starts = np.frombuffer(data, dtype="<u4", count=count, offset=offset + backward).tolist()
    strings = []
    for start in starts:
        at = offset + start
        _id, size = _RECORD.unpack_from(data, at)
        strings.append(data[at + 8 : at + 8 + size - 1].decode("utf-8"))
    return strings


def read_weights(path: Path) -> CrfWeights:
    """The weights of a crfsuite model file (as ``pycrfsuite.Trainer`` writes it)."""
    import numpy as np

    data = path.read_bytes()
    if len(data) < _HEADER.size:
        raise ModelFormatError(f"{path}: too short for a crfsuite model")
    magic, _size, kind, version, _n, n_labels, n_attrs, at_features, at_labels, at_attrs, *_ = (
        _HEADER.unpack_from(data, 0)
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a crfsuite CRF model")
    if version != _VERSION:
        raise ModelFormatError(f"{path}: crfsuite model version {version}, not {_VERSION}")
    try:
        labels = _cqdb_strings(data, at_labels)
        attributes = _cqdb_strings(data, at_attrs)
    except ModelFormatError as exc:
        raise ModelFormatError(f"{path}: {exc}") from None
    if len(labels) != n_labels or len(attributes) != n_attrs:
        raise ModelFormatError(f"{path}: its dictionaries do not match its header")
    chunk, _chunk_size, count = _CHUNK.unpack_from(data, at_features)
    if chunk != b"FEAT":
        raise ModelFormatError(f"{path}: no feature array where the header says")
    record = np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("weight", "<f8")])
    features = np.frombuffer(data, dtype=record, count=count, offset=at_features + _CHUNK.size)
    state = np.zeros((n_attrs + 1, n_labels))
    transition = np.zeros((n_labels, n_labels))
    is_state = features["type"] == 0
    is_transition = features["type"] == 1
    state[features["src"][is_state], features["dst"][is_state]] = features["weight"][is_state]
    transition[features["src"][is_transition], features["dst"][is_transition]] = features["weight"][
        is_transition
    ]
    return CrfWeights(
        labels=tuple(labels),
        attributes={a: i for i, a in enumerate(attributes)},
        state=state,
        transition=transition,
    )


def _batch(emissions: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sentences' emission scores padded into one (sentences, longest, labels) array,
    longest sentence first; each row's length, and the sentences' order (row ``r`` holds
    sentence ``order[r]``). At step ``t`` the sentences still going are the first rows."""
    import numpy as np

    lengths = np.array([len(e) for e in emissions])
    order = np.argsort(-lengths, kind="stable")
    scores = np.zeros((len(emissions), int(lengths.max()), emissions[0].shape[1]))
    for r, s in enumerate(order.tolist()):
        scores[r, : lengths[s]] = emissions[s]
    return scores, lengths[order], order


def _unsorted(rows: list[T], order: np.ndarray) -> list[T]:
    """Per-sentence results back in the sentences' order."""
    result: list[T] = [None] * len(rows)  # type: ignore[list-item]
    for r, s in enumerate(order.tolist()):
        result[s] = rows[r]
    return result


def viterbi(emissions: Sequence[np.ndarray], transition: np.ndarray) -> list[list[int]]:
    """The best label sequence of each sentence (its (tokens, labels) emission scores), all
    sentences decoded together. Ties go to the lower label index, as in crfsuite."""
    import numpy as np

    if not emissions:
        return []
    scores, lengths, order = _batch(emissions)
    n_sentences, longest, n_labels = scores.shape
    # how many sentences (the first rows) are still going at each step
    going = (lengths[None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()
    delta = scores[:, 0].copy()
    # a sentence that has ended keeps its label: its path stays where it stopped
    back = np.empty((longest, n_sentences, n_labels), dtype=np.intp)
    back[:] = np.arange(n_labels)
    for t in range(1, longest):
        a = going[t]
        candidates = delta[:a, :, None] + transition  # (sentence, from, to)
        best = candidates.argmax(axis=1)
        back[t, :a] = best
        delta[:a] = candidates.max(axis=1) + scores[:a, t]
    label = delta.argmax(axis=1)
    path = np.zeros((longest, n_sentences), dtype=np.intp)
    path[-1] = label
    for t in range(longest - 1, 0, -1):
        label = back[t, np.arange(n_sentences), label]
        path[t - 1] = label
    return _unsorted([path[: lengths[r], r].tolist() for r in range(n_sentences)], order)


def marginals(emissions: Sequence[np.ndarray], transition: np.ndarray) -> list[np.ndarray]:
    """Each token's marginal probability of each label, (tokens, labels) per sentence, by the
    forward-backward algorithm in scaled probabilities (as crfsuite computes them).

    The products with the transitions are summed by numpy, not BLAS, whose kernels differ
    with the batch's size and the machine: a sentence gets the same bits alone or in any
    batch, on any worker."""
    import numpy as np

    if not emissions:
        return []
    scores, lengths, order = _batch(emissions)
    n_sentences, longest, _ = scores.shape
    # every token's scores shifted by their maximum: each row's scale cancels out
    weights = np.exp(scores - scores.max(axis=2, keepdims=True))
    moves = np.exp(transition)
    going = (lengths[None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()
    # only the first going[t] rows are computed at step t: past a sentence's last token alpha
    # is never read, and beta stays 1 (nothing follows)
    alpha = np.ones_like(weights)
    alpha[:, 0] = weights[:, 0] / weights[:, 0].sum(axis=1, keepdims=True)
    for t in range(1, longest):
        a = going[t]
        step = (alpha[:a, t - 1, :, None] * moves).sum(axis=1) * weights[:a, t]
        alpha[:a, t] = step / step.sum(axis=1, keepdims=True)
    beta = np.ones_like(weights)
    for t in range(longest - 2, -1, -1):
        a = going[t + 1]
        step = ((weights[:a, t + 1] * beta[:a, t + 1])[:, None, :] * moves).sum(axis=2)
        beta[:a, t] = step / step.sum(axis=1, keepdims=True)
    joint = alpha * beta
    joint /= joint.sum(axis=2, keepdims=True)
    return _unsorted([joint[r, : lengths[r]] for r in range(n_sentences)], order)
