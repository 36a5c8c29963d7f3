"""The CRF's weights read from crfsuite's model file, and decoding over them: the same tags and
marginals as crfsuite's own tagger."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from pipeline.formats.conll import write_conll
from pipeline.taggers.crf import CrfTagger
from pipeline.taggers.crfmodel import ModelFormatError, marginals, read_weights, viterbi
from pipeline.taggers.features import sentence_features
from pipeline.train import CrfParams, train

TRAINING = [
    [("قال", "O"), ("وانغ", "B-PER"), ("لي", "I-PER"), ("إن", "O"), ("ميتا", "B-ORG"), (".", "O")],
    [("زار", "O"), ("الرئيس", "O"), ("القاهرة", "B-LOC"), ("و", "O"), ("بغداد", "B-LOC")],
    [("أعلنت", "O"), ("شركة", "O"), ("أرامكو", "B-ORG"), ("السعودية", "I-ORG"), ("أمس", "O")],
    [("فاز", "O"), ("كأس", "B-MISC"), ("العالم", "I-MISC"), ("في", "O"), ("قطر", "B-LOC")],
] * 3

# Sentences of different lengths decoded in one batch, with words the model never saw.
SENTENCES = [
    ["قال", "وانغ", "لي", "إن", "ميتا", "في", "القاهرة", "."],
    ["بغداد"],
    ["وأعلنت", "شركة", "جديدة", "في", "دبي", "عن", "كأس", "العالم", "للأندية"],
    ["زار", "الرئيس"],
    [],
    ["قال", "أحمد", "إن", "أرامكو", "السعودية", "ربحت", "كثيرا", "في", "قطر", "وبغداد", "أمس"],
]


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("crfmodel")
    gold = directory / "gold.conll"
    write_conll(gold, TRAINING)
    path = directory / "crf.crfsuite"
    train([gold], [], path, directory / "crf.json", CrfParams(max_iterations=60))
    return path


def test_weights_are_crfsuites(model: Path) -> None:
    weights = read_weights(model)
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    info = crf.info()  # its text dump rounds weights to six places
    assert weights.labels == tuple(sorted(info.labels, key=lambda label: int(info.labels[label])))
    index = {label: i for i, label in enumerate(weights.labels)}
    assert len(info.state_features) > 50
    for (attribute, label), w in info.state_features.items():
        assert weights.state[weights.attributes[attribute], index[label]] == pytest.approx(
            w, abs=1e-6
        )
    for (a, b), w in info.transitions.items():
        assert weights.transition[index[a], index[b]] == pytest.approx(w, abs=1e-6)
    assert not weights.state[weights.unknown].any()
    assert weights.rows(["bias", "no such feature"]) == [
        weights.attributes["bias"],
        weights.unknown,
    ]


def test_tags_and_marginals_are_crfsuites(model: Path) -> None:
    tagger = CrfTagger.load(model)
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    tags, full = tagger.predict_marginals(SENTENCES)
    assert tags == tagger.predict(SENTENCES)
    assert any(t != "O" for row in tags for t in row)
    for words, row_tags, row_marginals in zip(SENTENCES, tags, full, strict=True):
        if not words:
            assert row_tags == row_marginals == []
            continue
        crf.set(sentence_features(words, tagger.domain))
        assert row_tags == list(crf.tag())
        for t, (tag, marginal) in enumerate(zip(row_tags, row_marginals, strict=True)):
            assert marginal == {tag: pytest.approx(crf.marginal(tag, t), abs=1e-12)}
        every = tagger.marginals(words)
        for t, probabilities in enumerate(every):
            assert sum(probabilities.values()) == pytest.approx(1.0)
            for label, p in probabilities.items():
                assert p == pytest.approx(crf.marginal(label, t), abs=1e-12)


def _brute_force(emission: np.ndarray, transition: np.ndarray) -> tuple[list[int], np.ndarray]:
    """The best path and the marginals by enumerating every label sequence."""
    n, n_labels = emission.shape
    scores = {}
    for path in itertools.product(range(n_labels), repeat=n):
        score = sum(emission[t, y] for t, y in enumerate(path))
        scores[path] = score + sum(transition[a, b] for a, b in itertools.pairwise(path))
    best = max(scores, key=lambda p: (scores[p], [-y for y in p]))
    z = sum(np.exp(s) for s in scores.values())
    table = np.zeros((n, n_labels))
    for path, s in scores.items():
        for t, y in enumerate(path):
            table[t, y] += np.exp(s) / z
    return list(best), table


@pytest.mark.parametrize("lengths", [(1,), (4,), (3, 1, 4), (2, 5, 2, 1)])
def test_batched_decoding_is_exact_for_every_sentence(lengths: tuple[int, ...]) -> None:
    rng = np.random.default_rng(sum(lengths))
    transition = rng.normal(size=(3, 3)) * 2
    emissions = [rng.normal(size=(n, 3)) * 3 for n in lengths]
    paths = viterbi(emissions, transition)
    tables = marginals(emissions, transition)
    for emission, path, table in zip(emissions, paths, tables, strict=True):
        best, expected = _brute_force(emission, transition)
        assert path == best
        np.testing.assert_allclose(table, expected, atol=1e-12)


def test_a_sentence_gets_the_same_bits_alone_and_in_any_batch() -> None:
    # what a worker writes must not depend on which sentences shared its batch
    rng = np.random.default_rng(7)
    transition = rng.normal(size=(9, 9)) * 2
    emissions = [rng.normal(size=(n, 9)) * 3 for n in (12, 3, 40, 1, 7, 25, 60, 2)]
    together = marginals(emissions, transition)
    paths = viterbi(emissions, transition)
    for emission, table, path in zip(emissions, together, paths, strict=True):
        (alone,) = marginals([emission], transition)
        assert np.array_equal(alone, table)
        assert viterbi([emission], transition) == [path]
    assert np.array_equal(marginals(emissions[2:5], transition)[1], together[3])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a model",
        b"lCRF" + bytes(44),
        b"lCRF\0\0\0\0FOMCd\0\0\0" + bytes(32) + b"x" * 100,  # version 100, no dictionaries
        b"lCRF\0\0\0\0FOMCe\0\0\0" + bytes(32) + b"x" * 100,  # version 101
    ],
    ids=["empty", "text", "not-a-crf", "no-dictionaries", "another-version"],
)
def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.crfsuite"
    path.write_bytes(data)
    with pytest.raises(ModelFormatError):
        read_weights(path)
