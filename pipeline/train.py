"""Train the CRF entity tagger from annotation files and write the model with its card.

The card (``models/crf.json``) records what the model was trained on (files with SHA-256
hashes, sentence, token and entity counts), the labels and the training parameters.

Retraining after corrections (:func:`retrain`, what ``make train`` runs) keeps what the model
knew: the base corpora named once in ``corpus/training.toml`` are trained on with the
corrections; where none of them is present, the current model's own tags on the user's
unlabelled sentences are mixed in instead (pseudo-rehearsal). The card says which was done, and
keeps the previous model's scores under ``previous_model`` rather than wiping them.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import sklearn_crfsuite

from pipeline.bio import tags_to_ranges
from pipeline.config import ANNOTATIONS, CRF_CARD, CRF_MODEL, ROOT
from pipeline.doc import LABELS
from pipeline.formats.common import AnnotationError, LabeledSentence
from pipeline.formats.conll import read_conll
from pipeline.io import write_text_atomic
from pipeline.lexicon import DATA_DIR, load_tsv
from pipeline.normalize import normalize_word
from pipeline.taggers.features import DATA_SOURCES, TAG_DOMAIN, WINDOW, sentence_features


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
    return TrainingFile(
        path=describe_path(path),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        sentences=len(sentences),
        tokens=sum(len(sentence) for sentence in sentences),
        entities={label: entities[label] for label in LABELS},
    )


def describe_path(path: Path) -> str:
    """A training file's path as the card shows it: relative to the project folder when inside
    it or beside it (``../shared/data/anercorp/train.conll``), else as given."""
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT.parent):
        return os.path.relpath(resolved, ROOT)
    return str(path)


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


def fit(
    sentences: Sequence[LabeledSentence],
    model_path: Path,
    params: CrfParams,
    domains: Sequence[str] | None = None,
) -> bool:
    """Train a CRF on labelled sentences and write crfsuite's model file (atomically).

    ``domains`` names each sentence's domain (default: all news). When some sentence is of
    another domain, every feature is given twice, shared and marked with the sentence's domain
    (:func:`pipeline.taggers.features.marked`), and the model must tag with
    ``TAG_DOMAIN``-marked features; returns whether it was trained so.
    """
    if not sentences:
        raise ValueError("no training sentences: add annotation files to corpus/annotations/")
    model_path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=model_path.parent, prefix=f".{model_path.name}.")
    os.close(handle)
    try:
        if domains is not None and len(domains) != len(sentences):
            raise ValueError(f"{len(domains)} domains for {len(sentences)} sentences")
        several = domains is not None and any(d != TAG_DOMAIN for d in domains)
        of_sentences = domains if several and domains is not None else [""] * len(sentences)
        crf = new_crf(params, model_filename=tmp)
        crf.fit(
            [
                sentence_features([token for token, _ in s], domain)
                for s, domain in zip(sentences, of_sentences, strict=True)
            ],
            [[tag for _, tag in s] for s in sentences],
        )
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a model is meant to be shared
        os.replace(tmp, model_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return several


def file_domains(files: Sequence[TrainingFile], domains: Mapping[Path, str]) -> list[str]:
    """The domain of each file :func:`load_training` read (``domains`` maps a path to its
    domain; the other files are news)."""
    by_path = {describe_path(path): domain for path, domain in domains.items()}
    return [by_path.get(f.path, TAG_DOMAIN) for f in files]


def sentence_domains(files: Sequence[TrainingFile], domains: Mapping[Path, str]) -> list[str]:
    """The domain of every sentence of those files, in their order."""
    of_files = file_domains(files, domains)
    return [domain for f, domain in zip(files, of_files, strict=True) for _ in range(f.sentences)]


def train(
    gold: Sequence[Path],
    extra: Sequence[Path] = (),
    model_path: Path = CRF_MODEL,
    card_path: Path = CRF_CARD,
    params: CrfParams | None = None,
    rehearsal: Rehearsal | None = None,
    domains: Mapping[Path, str] | None = None,
) -> dict:
    """Train from annotation files (and ``rehearsal``'s pseudo-labelled sentences), write the
    model and its card; returns the card. ``domains`` gives the domain of ``extra`` files that
    are not news (``{aqmar: "wiki"}``): see :func:`fit`."""
    params = params or CrfParams()
    sentences, files = load_training(gold, extra)
    previous = read_card(card_path)
    previous_sha256 = hash_file(model_path) if model_path.is_file() else ""
    of_sentences = sentence_domains(files, domains or {})
    rehearsed = rehearsal.sentences if rehearsal else []
    several = fit(
        sentences + rehearsed, model_path, params, of_sentences + [TAG_DOMAIN] * len(rehearsed)
    )
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
        "training": [
            asdict(f) | ({"domain": d} if several else {})
            for f, d in zip(files, file_domains(files, domains or {}), strict=True)
        ],
        "totals": {
            "sentences": sum(f.sentences for f in files),
            "tokens": sum(f.tokens for f in files),
            "entities": {label: sum(f.entities[label] for f in files) for label in LABELS},
        },
        "scores": {},
    }
    if several:
        card["features"]["domains"] = {
            "tag": TAG_DOMAIN,
            "method": "the word features (form, stem, clusters, word pairs) and the bias shared "
            "and marked with the sentence's domain, after Daume III, 'Frustratingly Easy Domain "
            f"Adaptation' (ACL 2007); tagging uses the shared and the {TAG_DOMAIN} copies",
        }
    if rehearsal is not None:
        card["pseudo_rehearsal"] = rehearsal.describe()
        card["totals"]["sentences"] += len(rehearsal.sentences)
        card["totals"]["tokens"] += sum(len(s) for s in rehearsal.sentences)
    card["trained_on"] = trained_on(files[: len(gold)], files[len(gold) :], rehearsal)
    if previous:
        card["scores_note"] = (
            "not measured for this model yet (run 'make eval'); the previous model's scores "
            "are under previous_model and do not apply to this one"
        )
        card["previous_model"] = {
            "sha256": previous_sha256,
            "trained_on": previous.get("trained_on", ""),
            "training": [f.get("path", "") for f in previous.get("training", [])],
            "scores": previous.get("scores", {}),
        }
        if not previous.get("scores") and previous.get("previous_model"):
            card["previous_model"]["previous_model"] = previous["previous_model"]
    card["sha256"] = hash_file(model_path)
    write_card(card_path, card)
    return card


def write_card(path: Path, card: dict) -> None:
    """Write a model card as stable, readable JSON."""
    write_text_atomic(path, json.dumps(card, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def record_scores(card_path: Path, scores: dict[str, list[dict]]) -> None:
    """Record evaluation results in a model card's ``scores`` (by evaluation name)."""
    card = read_card(card_path)
    card.setdefault("scores", {}).update(scores)
    card.pop("scores_note", None)  # "not measured yet" no longer holds
    write_card(card_path, card)


def read_card(path: Path = CRF_CARD) -> dict:
    """A model card, or an empty one if there is none."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


# --- Retraining after corrections -------------------------------------------------------------

#: The settings file naming the base corpora and the articles for pseudo-rehearsal.
TRAINING_SETTINGS = ROOT / "corpus" / "training.toml"


class SettingsError(AnnotationError):
    """A malformed training settings file; the message names the file and the entry."""


@dataclass(frozen=True)
class BaseCorpus:
    """An external annotated corpus the tagger is always trained with, when it is present."""

    name: str
    path: Path
    licence: str = ""
    citation: str = ""
    url: str = ""
    #: ``news``, or another domain whose sentences train domain-marked features (see :func:`fit`)
    domain: str = TAG_DOMAIN


@dataclass(frozen=True)
class TrainingSettings:
    """``corpus/training.toml``: base corpora, and article folders for pseudo-rehearsal."""

    base: tuple[BaseCorpus, ...] = ()
    rehearsal_articles: tuple[Path, ...] = ()


def read_settings(path: Path = TRAINING_SETTINGS, root: Path = ROOT) -> TrainingSettings:
    """The training settings; paths in the file are relative to ``root`` (the project folder).

    A missing file means no base corpora and pseudo-rehearsal on ``corpus/raw``.
    """
    import tomllib

    if not path.is_file():
        return TrainingSettings(rehearsal_articles=(root / "corpus" / "raw",))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not a TOML file ({exc})") from None
    base = []
    entries = data.get("base", [])
    if not isinstance(entries, list):
        raise SettingsError(f"{path}: 'base' must be a list of [[base]] tables")
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise SettingsError(f"{path}: [[base]] entry {i} has no 'path'")
        if entry.get("use", True) is False:
            continue
        fields = {k: str(entry.get(k, "")) for k in ("licence", "citation", "url")}
        fields["domain"] = str(entry.get("domain", TAG_DOMAIN))
        name = str(entry.get("name", entry["path"]))
        base.append(BaseCorpus(name, Path(os.path.normpath(root / entry["path"])), **fields))
    rehearsal = data.get("rehearsal", {})
    folders = rehearsal.get("articles", ["corpus/raw"]) if isinstance(rehearsal, dict) else None
    if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
        raise SettingsError(f"{path}: [rehearsal] articles must be a list of folder names")
    return TrainingSettings(tuple(base), tuple(root / f for f in folders))


@dataclass(frozen=True)
class Rehearsal:
    """The current model's own tags on unlabelled sentences, to train with the corrections."""

    model_sha256: str
    folders: tuple[str, ...]
    articles: int
    sentences: list[LabeledSentence]

    def describe(self) -> dict:
        entities: Counter[str] = Counter()
        for sentence in self.sentences:
            entities.update(label for *_, label in tags_to_ranges([t for _, t in sentence]))
        return {
            "model_sha256": self.model_sha256,
            "articles_from": list(self.folders),
            "articles": self.articles,
            "sentences": len(self.sentences),
            "tokens": sum(len(s) for s in self.sentences),
            "entities": {label: entities[label] for label in LABELS},
        }


def pseudo_rehearsal(
    model_path: Path, folders: Sequence[Path], known: Sequence[LabeledSentence] = ()
) -> Rehearsal:
    """Sentences of the articles under ``folders`` tagged by the model at ``model_path``.

    Sentences whose words are those of a ``known`` (corrected) sentence are left out: the
    correction, not the model's old guess, is what training should see for them.
    """
    from pipeline.io import find_article_files
    from pipeline.read import ReadError, read_article
    from pipeline.taggers.crf import CrfTagger
    from pipeline.tokenize import tokenize

    tagger = CrfTagger.load(model_path)
    seen = {tuple(token for token, _ in sentence) for sentence in known}
    sentences: list[LabeledSentence] = []
    articles = 0
    for path in find_article_files([f for f in folders if f.exists()]).files:
        try:
            article = read_article(path)
        except (ReadError, OSError):
            continue  # the run reports unreadable articles; rehearsal just does without them
        _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        words: dict[int, list[str]] = {}
        for token in tokens:
            words.setdefault(token.sentence, []).append(token.text)
        unlabelled = [w for w in words.values() if tuple(w) not in seen]
        if not unlabelled:
            continue
        articles += 1
        for w, tags in zip(unlabelled, tagger.predict(unlabelled), strict=True):
            sentences.append(list(zip(w, tags, strict=True)))
            seen.add(tuple(w))  # a sentence repeated across articles is rehearsed once
    shown = []
    for folder in folders:
        try:
            shown.append(str(folder.resolve().relative_to(ROOT)))
        except ValueError:
            shown.append(str(folder))
    return Rehearsal(hash_file(model_path), tuple(shown), articles, sentences)


def hash_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def trained_on(
    gold: Sequence[TrainingFile], extra: Sequence[TrainingFile], rehearsal: Rehearsal | None
) -> str:
    """One line saying what a model was trained on, for the card and the command's output."""
    text = f"{len(gold)} gold file(s) ({sum(f.tokens for f in gold)} tokens)"
    if extra:
        text += f" + {', '.join(f.path for f in extra)} ({sum(f.tokens for f in extra)} tokens)"
    if rehearsal is not None:
        n = len(rehearsal.sentences)
        text += (
            f" + pseudo-rehearsal: the previous model's tags on {n} unlabelled sentence(s) of "
            f"{rehearsal.articles} article(s)"
        )
    return text


@dataclass(frozen=True)
class Retrained:
    """What :func:`retrain` did: ``mode`` is base-corpora, pseudo-rehearsal or corrections-only."""

    mode: str
    card: dict
    missing: tuple[str, ...] = ()


def retrain(
    gold: Sequence[Path],
    extra: Sequence[Path] = (),
    model_path: Path = CRF_MODEL,
    card_path: Path = CRF_CARD,
    params: CrfParams | None = None,
    settings: TrainingSettings | None = None,
) -> Retrained:
    """Retrain the CRF on the corrections without forgetting what the current model knew.

    The base corpora of ``settings`` that exist are trained on with the corrections and
    ``extra``. When none exists (and no ``extra`` is given), the model at ``model_path`` tags the
    unlabelled sentences of the settings' rehearsal folders and those are mixed in; without a
    current model, the corrections alone are used.
    """
    settings = settings if settings is not None else read_settings()
    present = [c.path for c in settings.base if c.path.is_file()]
    missing = tuple(str(c.path) for c in settings.base if not c.path.is_file())
    corpora: list[Path] = []
    for path in [*extra, *present]:
        if path.resolve() not in {p.resolve() for p in corpora}:
            corpora.append(path)
    if corpora:
        domains = {c.path: c.domain for c in settings.base if c.domain != TAG_DOMAIN}
        card = train(gold, corpora, model_path, card_path, params, domains=domains)
        return Retrained("base-corpora", card, missing)
    if model_path.is_file():
        known, _ = load_training(gold)
        rehearsal = pseudo_rehearsal(model_path, settings.rehearsal_articles, known)
        card = train(gold, (), model_path, card_path, params, rehearsal)
        return Retrained("pseudo-rehearsal", card, missing)
    return Retrained("corrections-only", train(gold, (), model_path, card_path, params), missing)
