"""Train the CRF entity tagger from annotation files and write the model with its card.

The card (``models/crf.json``) records what the model was trained on (files with SHA-256
hashes, sentence, token and entity counts), the labels and the training parameters.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import sklearn_crfsuite

from pipeline.bio import tags_to_ranges
from pipeline.config import ANNOTATIONS, CRF_CARD, CRF_MODEL, ROOT
from pipeline.doc import LABELS
from pipeline.formats.common import LabeledSentence
from pipeline.formats.conll import read_conll
from pipeline.io import write_text_atomic
from pipeline.lexicon import DATA_DIR, load_tsv
from pipeline.normalize import normalize_word
from pipeline.taggers.features import DATA_SOURCES, WINDOW, sentence_features


@dataclass(frozen=True)
class CrfParams:
    """Training parameters of the CRF (L-BFGS with elastic-net regularisation)."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150


@dataclass(frozen=True)
class TrainingFile:
    """One annotation file used for training, as the card records it."""

    path: str
    sha256: str
    sentences: int
    tokens: int
    entities: dict[str, int]


def describe(path: Path, sentences: Sequence[LabeledSentence]) -> TrainingFile:
    """Counts and hash of an annotation file."""
    entities: Counter[str] = Counter()
    for sentence in sentences:
        entities.update(label for _, _, label in tags_to_ranges([tag for _, tag in sentence]))
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(path)
    return TrainingFile(
        path=shown,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        sentences=len(sentences),
        tokens=sum(len(sentence) for sentence in sentences),
        entities={label: entities[label] for label in LABELS},
    )


def gold_files(directory: Path = ANNOTATIONS) -> list[Path]:
    """The corpus's own annotation files, in name order."""
    return sorted(directory.glob("*.conll"))


@cache
def _currency_words() -> frozenset[str]:
    forms = {normalize_word(row["form"]) for row in load_tsv("currencies.tsv")}
    return frozenset(forms | {f"ال{form}" for form in forms})


def harmonise(sentences: Sequence[LabeledSentence]) -> list[LabeledSentence]:
    """An external corpus brought to our guidelines: a currency word is not an entity.

    ANERcorp tags دولار, يورو, درهم ... as MISC; our annotations leave them O (amounts.csv has
    them), so a model trained on both would learn two conventions.

    >>> harmonise([[("10", "O"), ("دولارات", "B-MISC"), ("نوبل", "B-MISC")]])
    [[('10', 'O'), ('دولارات', 'O'), ('نوبل', 'B-MISC')]]
    """
    currencies = _currency_words()
    result = []
    for sentence in sentences:
        tags = [tag for _, tag in sentence]
        for first, last, label in tags_to_ranges(tags):
            words = [normalize_word(token) for token, _ in sentence[first:last]]
            if label == "MISC" and all(word in currencies for word in words):
                tags[first:last] = ["O"] * (last - first)
        result.append([(token, tag) for (token, _), tag in zip(sentence, tags, strict=True)])
    return result


def load_training(
    gold: Sequence[Path], extra: Sequence[Path] = ()
) -> tuple[list[LabeledSentence], list[TrainingFile]]:
    """Sentences of the gold files (read strictly) and external corpora (read leniently and
    brought to our guidelines by :func:`harmonise`)."""
    sentences: list[LabeledSentence] = []
    described = []
    for path, strict in [*((p, True) for p in gold), *((p, False) for p in extra)]:
        file_sentences = read_conll(path, strict=strict)
        if not strict:
            file_sentences = harmonise(file_sentences)
        sentences.extend(file_sentences)
        described.append(describe(path, file_sentences))
    return sentences, described


def new_crf(params: CrfParams, model_filename: str | None = None) -> sklearn_crfsuite.CRF:
    """An untrained CRF with our training settings (L-BFGS, every tag transition possible)."""
    return sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=params.c1,
        c2=params.c2,
        max_iterations=params.max_iterations,
        all_possible_transitions=True,
        model_filename=model_filename,
    )


def fit(sentences: Sequence[LabeledSentence], model_path: Path, params: CrfParams) -> None:
    """Train a CRF on labelled sentences and write crfsuite's model file (atomically)."""
    if not sentences:
        raise ValueError("no training sentences: add annotation files to corpus/annotations/")
    model_path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=model_path.parent, prefix=f".{model_path.name}.")
    os.close(handle)
    try:
        crf = new_crf(params, model_filename=tmp)
        crf.fit(
            [sentence_features([token for token, _ in s]) for s in sentences],
            [[tag for _, tag in s] for s in sentences],
        )
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a model is meant to be shared
        os.replace(tmp, model_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def train(
    gold: Sequence[Path],
    extra: Sequence[Path] = (),
    model_path: Path = CRF_MODEL,
    card_path: Path = CRF_CARD,
    params: CrfParams | None = None,
) -> dict:
    """Train from annotation files, write the model and its card; returns the card."""
    params = params or CrfParams()
    sentences, files = load_training(gold, extra)
    fit(sentences, model_path, params)
    card = {
        "model": model_path.name,
        "kind": "crf",
        "trainer": "python -m pipeline train (sklearn-crfsuite, L-BFGS)",
        "labels": list(LABELS),
        "params": asdict(params),
        "features": {
            "window": WINDOW,
            "module": "pipeline/taggers/features.py",
            "data": {
                name: {
                    "source": source,
                    "sha256": hashlib.sha256((DATA_DIR / name).read_bytes()).hexdigest(),
                }
                for name, source in sorted(DATA_SOURCES.items())
            },
        },
        "training": [asdict(f) for f in files],
        "totals": {
            "sentences": sum(f.sentences for f in files),
            "tokens": sum(f.tokens for f in files),
            "entities": {label: sum(f.entities[label] for f in files) for label in LABELS},
        },
        "scores": {},
    }
    write_card(card_path, card)
    return card


def write_card(path: Path, card: dict) -> None:
    """Write a model card as stable, readable JSON."""
    write_text_atomic(path, json.dumps(card, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def record_scores(card_path: Path, scores: dict[str, list[dict]]) -> None:
    """Record evaluation results in a model card's ``scores`` (by evaluation name)."""
    card = read_card(card_path)
    card.setdefault("scores", {}).update(scores)
    write_card(card_path, card)


def read_card(path: Path = CRF_CARD) -> dict:
    """A model card, or an empty one if there is none."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
