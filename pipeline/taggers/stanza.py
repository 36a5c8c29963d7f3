"""Stanza's BiLSTM-CRF entity tagger: train it on our annotations, load it offline, write CoNLL-U.

Training (:func:`train_stanza`) takes exactly the sentences the CRF learns from
(:func:`pipeline.train.load_training`: the gold annotations plus ``--extra`` corpora), converts
them with Stanza's own dataset utility (``write_dataset``: BIO files -> the NER JSON that
``ner_tagger`` reads) and runs Stanza's real entry point ``stanza.models.ner_tagger.main`` on
the CPU with a fixed seed: no pretrained word vectors (``--no_pretrain``), no character language
model, small layers, a fixed number of steps and no development set (so nothing is chosen by
looking at held-out data). The model file is ``models/stanza/ar_ner.pt`` and its card
``models/stanza/ar_ner.json`` (the same kind of card as the CRF's).

Loading (:class:`StanzaTagger`) goes through ``stanza.models.ner.trainer.Trainer``, the class
Stanza's own NER processor uses, fed our tokens as they are. A card may name more model files
beside its own (``"ensemble": {"members": [...]}``): they tag as one, their emission and
transition scores averaged before one Viterbi pass: the shipped card names one member, the
same recipe with another seed (stop 36, see the README). :func:`store_half` stores a model's
weights in half precision (the member's), float32 again once loaded. What the lexicon knows
(the gazetteer's places, given names, the names the CRF harvested from unlabelled news) is added
to the emission scores before that pass (``StanzaTagger.PLACE_PRIOR`` and the others; stop 37,
see the README). A ``stanza.Pipeline`` is
not used: even with ``tokenize_pretokenized=True`` and ``download_method=None`` it insists on
a ``resources.json`` and a tokeniser model, neither of which we have or need.

:func:`write_conllu` writes tagged articles with Stanza's CoNLL-U writer: the tag in MISC as
``ner=B-PER`` (Stanza's key) beside ``start_char``/``end_char`` offsets into the article text.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

import stanza
import torch
from stanza.models import ner_tagger
from stanza.models.common.doc import Document
from stanza.models.ner.data import DataLoader
from stanza.models.ner.trainer import Trainer
from stanza.models.ner.utils import decode_from_bioes
from stanza.utils.conll import CoNLL
from stanza.utils.datasets.ner.utils import write_dataset

from pipeline.bio import OUTSIDE, ranges_to_tags, tags_to_ranges
from pipeline.config import MODELS
from pipeline.doc import LABELS, Article
from pipeline.formats.common import LabeledSentence
from pipeline.io import write_text_atomic
from pipeline.normalize import normalize_word
from pipeline.taggers.base import ModelError, hash_files
from pipeline.train import TrainingFile, load_training, read_card, write_card

#: Where the shipped Stanza model lives: the model file and its card, side by side.
STANZA_DIR = MODELS / "stanza"
STANZA_MODEL_NAME = "ar_ner.pt"
STANZA_MODEL = STANZA_DIR / STANZA_MODEL_NAME
STANZA_CARD = STANZA_DIR / "ar_ner.json"
#: Pretrained word vectors and character language models learned from unlabelled news
#: (``bench/build_vectors.py``); a model records their file names, looked up here when loaded.
VECTOR_DIR = MODELS / "vectors"
PRETRAIN_NAME = "ant_ft100.pt"
CHARLM_NAMES = ("ant_charlm_forward.pt", "ant_charlm_backward.pt")
PRETRAINED_SOURCE = (
    "built by bench/build_vectors.py from the ANT corpus: Chouigui, Ben Khiroun and Elayeb, "
    "'ANT Corpus: An Arabic News Text Collection for Textual Classification', AICCSA 2017 "
    "(derived statistics only, no text)"
)
#: The seed of every shipped Stanza model.
SEED = 1234
#: File name of a CoNLL-U export (one file, a ``# newdoc id`` line before each article).
CONLLU_FILE = "articles.conllu"

_SHORTHAND = "ar_news"
_log = logging.getLogger("stanza")
# Importing ner_tagger turns Stanza's logger to DEBUG for the whole process: put back the
# level ``import stanza`` sets.
_log.setLevel(logging.INFO)


@dataclass(frozen=True)
class StanzaParams:
    """Training parameters of Stanza's tagger (names as ``ner_tagger`` spells its options).

    Small on purpose: the repository carries the model. Word embeddings are learnt from the
    training words alone (there are no pretrained vectors here), so their size grows with the
    vocabulary: keep ``word_emb_dim`` small when training on a large corpus.
    """

    max_steps: int = 1500
    batch_size: int = 16
    word_emb_dim: int = 50
    char_emb_dim: int = 32
    char_hidden_dim: int = 64
    hidden_dim: int = 128
    dropout: float = 0.5
    word_dropout: float = 0.05
    optim: str = "sgd"
    lr: float = 0.1
    scheme: str = "bioes"
    #: Use the pretrained vectors and character LMs of ``VECTOR_DIR`` (when they exist).
    pretrained: bool = False
    #: With a development set: evaluate every this many steps and keep the best model.
    eval_interval: int = 500
    #: Let training move the word vectors (Stanza adds a trained delta to each training word's
    #: pretrained vector); ``False`` keeps them as learned from unlabelled news.
    emb_finetune: bool = True

    def options(self) -> list[str]:
        """The parameters as ``ner_tagger`` command-line options."""
        skip = {"pretrained", "eval_interval", "emb_finetune"}
        return [
            option
            for name, value in asdict(self).items()
            if name not in skip
            for option in (f"--{name}", str(value))
        ] + ([] if self.emb_finetune else ["--no_emb_finetune"])


def normalise(sentences: Sequence[LabeledSentence]) -> list[LabeledSentence]:
    """Sentences with their words normalised (``pipeline.normalize``): the form the vectors and
    the character LM were learned on, and the form :class:`StanzaTagger` is given."""
    return [[(stanza_form(word), tag) for word, tag in sentence] for sentence in sentences]


def stanza_form(word: str) -> str:
    """The word as Stanza sees it: normalised, or as written when nothing would remain (a run
    of tatweel or bidi marks; Stanza refuses an empty word).

    >>> stanza_form("ـ"), stanza_form("القاهرة")
    ('ـ', 'القاهره')
    """
    return normalize_word(word) or word


def _pretrained_options(vector_dir: Path) -> list[str]:
    pretrain = vector_dir / PRETRAIN_NAME
    forward, backward = (vector_dir / name for name in CHARLM_NAMES)
    options = []
    if pretrain.is_file():
        options += ["--wordvec_pretrain_file", str(pretrain)]
    else:
        options += ["--no_pretrain"]
    if forward.is_file() and backward.is_file():
        options += [
            "--charlm", "--charlm_shorthand", "ar_ant", "--charlm_forward_file", str(forward),
            "--charlm_backward_file", str(backward),
        ]  # fmt: skip
    return options


# --- Training ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Stanza's training logs every step and prints the network: keep warnings only."""
    level = _log.level
    _log.setLevel(logging.WARNING)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        _log.setLevel(level)


def convert(sentences: Sequence[LabeledSentence], directory: Path) -> Path:
    """Stanza's NER JSON of labelled sentences, written by Stanza's ``write_dataset``.

    Returns the JSON file (``<directory>/ar_news.train.json``).
    """
    with _quiet():
        write_dataset([sentences], str(directory), _SHORTHAND, shard_names=("train",))
    return directory / f"{_SHORTHAND}.train.json"


def fit_stanza(
    sentences: Sequence[LabeledSentence],
    model_path: Path,
    params: StanzaParams,
    seed: int = SEED,
    dev: Sequence[LabeledSentence] = (),
    vector_dir: Path = VECTOR_DIR,
    verbose: bool = False,
    work_dir: Path | None = None,
    resume: bool = False,
) -> None:
    """Train Stanza's tagger on labelled sentences and write its model file (atomically).

    Without ``dev`` the run is a fixed number of steps and the model written is the last. With
    ``dev`` (a development split, never the test data), Stanza scores it every
    ``params.eval_interval`` steps and the model written is the best one on it. With
    ``params.pretrained``, the word vectors and character LMs of ``vector_dir`` are used.
    Words are normalised first (:func:`normalise`). It runs on one thread, with Stanza seeding
    Python's, NumPy's and torch's generators. ``work_dir`` (default: a temporary folder) keeps
    Stanza's data and best model so far, for long runs that may be stopped; ``resume`` goes on
    training that model (Stanza's ``--finetune``: its weights and vocabulary, a new optimiser at
    ``params.lr``) for ``params.max_steps`` more steps.
    """
    if not sentences:
        raise ValueError("no training sentences: add annotation files to corpus/annotations/")
    model_path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if resume and (work_dir is None or not (work_dir / STANZA_MODEL_NAME).is_file()):
            raise FileNotFoundError(f"nothing to resume: no {STANZA_MODEL_NAME} in {work_dir}")
        if resume and work_dir is not None:
            # Stanza's --finetune keeps the saved learning rate: the one asked for replaces it
            saved = work_dir / STANZA_MODEL_NAME
            checkpoint = torch.load(saved, map_location="cpu", weights_only=False)
            checkpoint["config"]["lr"] = params.lr
            torch.save(checkpoint, saved)
        if work_dir is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="stanza-ner-"))
        else:
            work_dir.mkdir(parents=True, exist_ok=True)
            tmp = str(work_dir)
        data = convert(normalise(sentences), Path(tmp))
        never = str(params.max_steps + 1)
        if dev:
            dev_dir = Path(tmp) / "dev"
            dev_dir.mkdir(exist_ok=True)
            dev_data = convert(normalise(dev), dev_dir)
            evaluation = [
                "--eval_file", str(dev_data),
                "--eval_interval", str(params.eval_interval),
                "--max_steps_no_improve", never,
                "--log_step", str(params.eval_interval),
            ]  # fmt: skip
        else:
            # ner_tagger requires a dev file; it is never read for scores since the evaluation
            # interval lies beyond the last step.
            evaluation = [
                "--eval_file", str(data),
                "--eval_interval", never,
                "--max_steps_no_improve", never,
                "--log_step", never,
            ]  # fmt: skip
        pretrained = _pretrained_options(vector_dir) if params.pretrained else ["--no_pretrain"]
        args = [
            "--mode", "train",
            "--shorthand", _SHORTHAND,
            "--train_file", str(data),
            *evaluation,
            *pretrained,
            "--cpu",
            "--seed", str(seed),
            "--save_dir", tmp,
            "--save_name", STANZA_MODEL_NAME,
            *params.options(),
            *(["--finetune"] if resume else []),
        ]  # fmt: skip
        threads = torch.get_num_threads()
        # One thread: the same model bytes whatever the machine's cores, and these small
        # LSTMs gain little from more (on a busy machine, two threads ran many times slower).
        torch.set_num_threads(1)
        try:
            with contextlib.nullcontext() if verbose else _quiet():
                ner_tagger.main(args)
        finally:
            torch.set_num_threads(threads)
        trained = Path(tmp) / STANZA_MODEL_NAME
        if not trained.is_file():  # Stanza logs a failed save and carries on
            raise RuntimeError(f"Stanza wrote no model file into {tmp}")
        _save_portable(trained, model_path)


def _save_portable(trained: Path, model_path: Path) -> None:
    """Rewrite Stanza's model file without the temporary paths it records.

    The same data and seed then give the same bytes, hence the same fingerprint.
    """
    checkpoint = torch.load(trained, map_location="cpu", weights_only=True)
    config = checkpoint["config"]
    for key in ("train_file", "eval_file", "save_dir"):
        config[key] = None
    # the pretrained files by name only: :meth:`StanzaTagger.load` finds them in VECTOR_DIR
    for key in ("wordvec_pretrain_file", "charlm_forward_file", "charlm_backward_file"):
        if config.get(key):
            config[key] = Path(config[key]).name
    config["save_name"] = model_path.name
    _save_atomic(checkpoint, model_path)


def store_half(model_path: Path) -> int:
    """Rewrite a model file with its floating-point weights in half precision (atomically);
    returns the new size in bytes.

    Loading casts them back to float32 (``load_state_dict`` copies into the model's float32
    parameters), so tagging runs as before on values rounded to 16 bits: about half the bytes
    in the repository. Measure the tags before shipping one (``bench/halve_stanza.py`` does).
    """
    checkpoint = torch.load(model_path, map_location="cpu", weights_only=True)
    checkpoint["model"] = {
        key: value.half() if torch.is_floating_point(value) else value
        for key, value in checkpoint["model"].items()
    }
    _save_atomic(checkpoint, model_path)
    return model_path.stat().st_size


def _save_atomic(checkpoint: dict, model_path: Path) -> None:
    """``torch.save`` to a temporary file beside ``model_path``, then moved over it."""
    tmp = model_path.with_name(f".{model_path.name}.tmp{os.getpid()}")
    try:
        torch.save(checkpoint, tmp)
        os.replace(tmp, model_path)
    finally:
        tmp.unlink(missing_ok=True)


def train_stanza(
    gold: Sequence[Path],
    extra: Sequence[Path] = (),
    model_dir: Path = STANZA_DIR,
    params: StanzaParams | None = None,
    seed: int = SEED,
) -> dict:
    """Train on annotation files, write the model and its card beside it; returns the card.

    ``model_dir`` is a folder (the model is ``ar_ner.pt`` in it, the card ``ar_ner.json``) or a
    ``.pt`` file (the card takes its name with ``.json``).
    """
    params = params or StanzaParams()
    sentences, files = load_training(gold, extra)
    model_path = model_dir if model_dir.suffix == ".pt" else model_dir / STANZA_MODEL_NAME
    fit_stanza(sentences, model_path, params, seed)
    card = {
        "model": model_path.name,
        "kind": "stanza",
        "trainer": (
            "python -m pipeline train --tagger stanza (stanza.models.ner_tagger: BiLSTM-CRF, "
            "no pretrained word vectors, no character language model, CPU)"
        ),
        "versions": {"stanza": stanza.__version__, "torch": torch.__version__},
        "labels": list(LABELS),
        "params": {**asdict(params), "seed": seed},
        "training": [asdict(f) for f in files],
        "totals": _totals(files),
        "size_bytes": model_path.stat().st_size,
        "scores": {},
    }
    write_card(model_path.with_suffix(".json"), card)
    return card


def _totals(files: Sequence[TrainingFile]) -> dict:
    entities: Counter[str] = Counter()
    for f in files:
        entities.update(f.entities)
    return {
        "sentences": sum(f.sentences for f in files),
        "tokens": sum(f.tokens for f in files),
        "entities": {label: entities[label] for label in LABELS},
    }


# --- Tagging -----------------------------------------------------------------------------------


def _bioes_to_bio(tags: Sequence[str]) -> list[str]:
    """Stanza's BIOES predictions as our BIO tags.

    >>> _bioes_to_bio(["S-PER", "B-ORG", "I-ORG", "E-ORG", "O"])
    ['B-PER', 'B-ORG', 'I-ORG', 'I-ORG', 'O']
    """
    ranges = [(e["start"], e["end"] + 1, e["type"]) for e in decode_from_bioes(tags)]
    return ranges_to_tags(len(tags), [r for r in ranges if r[2] in LABELS])


class StanzaTagger:
    """A trained Stanza NER model (``models/stanza/ar_ner.pt``), run on our own tokens."""

    #: Sentences tagged at once: far faster than training's small batches on a CPU.
    BATCH_SIZE = 128
    #: What the lexicon knows, as bonuses added to the emission scores before the Viterbi
    #: pass (the model's context can still overrule them; 0 turns one off): a place of the
    #: gazetteer (:func:`_place_prior`), a given name (:func:`_given_name_prior`) and a name
    #: the CRF harvested from unlabelled news (:func:`_harvest_prior`). Stop 37, chosen on the
    #: dev split with the shipped pair's held-out twins (places 0-10, then given names 0-4,
    #: then harvested names 0-3): 0.749 -> 0.776 there, AQMAR dev 0.371 -> 0.390 (README).
    PLACE_PRIOR = 3.0
    GIVEN_NAME_PRIOR = 3.0
    HARVEST_PRIOR = 1.0
    #: Names spread after Stanza too: with today's span rules it gains on both dev sets (the
    #: shipped recipe's held-out model: +0.005 on ANERcorp's dev split, +0.008 on AQMAR dev;
    #: the model of its first 4,500 steps +0.007 and +0.007). It had cost 1.1 points (stop 21).
    spreads_names = True

    def __init__(
        self,
        trainer: Trainer,
        path: Path,
        extra_files: Sequence[Path] = (),
        members: Sequence[tuple[Trainer, Path]] = (),
    ) -> None:
        self._trainer = trainer
        self.path = path
        self.extra_files = tuple(extra_files)
        #: More models tagging as one with this one (the card's ``ensemble``): their emission
        #: and transition scores are averaged before one Viterbi pass (:func:`_ensemble_tags`).
        self.members = tuple(members)

    @classmethod
    def load(cls, path: Path = STANZA_MODEL) -> StanzaTagger:
        """Open a model written by ``python -m pipeline train --tagger stanza``.

        ``path`` is the model file or the folder holding ``ar_ner.pt``. Nothing is downloaded.
        """
        file = path / STANZA_MODEL_NAME if path.is_dir() else path
        if not file.is_file():
            raise ModelError(
                f"no Stanza entity model at {path}: run 'make train TAGGER=stanza' to build one"
            )
        pretrains: dict[Path, object] = {}  # one copy of the vectors for every member
        trainer, extra_files = _load_trainer(file, pretrains)
        members = [
            (_load_trainer(member, pretrains)[0], member) for member in _ensemble_members(file)
        ]
        for other, member in members:
            if trainer.vocab["tag"].state_dict() != other.vocab["tag"].state_dict():
                raise ModelError(f"{member}: tags other than {file}'s; it cannot tag with it")
            _share_word_vectors(trainer, other)
        return cls(trainer, file, extra_files, members)

    def fingerprint(self) -> str:
        others = (*(path for _, path in self.members), *self.extra_files)
        return hash_files(self.path) + "".join(hash_files(f)[:16] for f in others)

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of words; changes nothing."""
        nonempty = [[stanza_form(w) for w in words] for words in sentences if words]
        predicted: list[list[str]] = []
        if nonempty:
            document = Document([[{"text": word} for word in words] for words in nonempty])
            trainers = (self._trainer, *(trainer for trainer, _ in self.members))
            priors = [
                _place_prior(words, self.PLACE_PRIOR)
                + _given_name_prior(words, self.GIVEN_NAME_PRIOR)
                + _harvest_prior(words, self.HARVEST_PRIOR)
                for words in sentences
                if words
            ]
            with torch.no_grad():
                predicted = _ensemble_tags(trainers, document, self.BATCH_SIZE, priors)
        found = iter(predicted)
        return [next(found) if words else [] for words in sentences]


def _load_trainer(
    file: Path, pretrains: dict[Path, object] | None = None
) -> tuple[Trainer, list[Path]]:
    """Stanza's Trainer over one model file, and the pretrained files it reads. Word vectors
    already read for another model (``pretrains``, by path) are not read again: an ensemble's
    members share them (frozen: Stanza learns a model's own changes apart, as its delta)."""
    if not file.is_file():
        raise ModelError(f"no Stanza entity model at {file}: run 'make train TAGGER=stanza'")
    try:
        config = torch.load(file, map_location="cpu", weights_only=True)["config"]
    except Exception as exc:  # torch raises many kinds on a foreign file
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"{file}: not a Stanza NER model ({message}); run 'make train TAGGER=stanza'"
        ) from None
    extra_files, pretrain, args = _pretrained_files(file, config, pretrains)
    try:
        with _quiet():
            trainer = Trainer(model_file=str(file), pretrain=pretrain, args=args, device="cpu")
    except Exception as exc:  # torch and Stanza raise many kinds on a foreign file
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"{file}: not a Stanza NER model ({message}); run 'make train TAGGER=stanza'"
        ) from None
    return trainer, extra_files


def _share_word_vectors(trainer: Trainer, member: Trainer) -> None:
    """The member's frozen pretrained word vectors replaced by the same ones of ``trainer``
    (each model copies them: 24 MB each for the shipped vectors). Only vectors Stanza keeps
    frozen (an unsaved module: the model's own changes are in its delta) and equal."""
    ours, theirs = trainer.model, member.model
    if (
        "word_emb" in ours.unsaved_modules
        and "word_emb" in theirs.unsaved_modules
        and ours.word_emb.weight.shape == theirs.word_emb.weight.shape
        and torch.equal(ours.word_emb.weight, theirs.word_emb.weight)
    ):
        theirs.word_emb = ours.word_emb


def _ensemble_members(file: Path) -> list[Path]:
    """The other model files the card beside ``file`` names under ``ensemble.members`` (file
    names in the same folder). A retrained model's card names none, so a stale member is never
    combined with a new model."""
    card = file.with_suffix(".json")
    try:
        names = read_card(card).get("ensemble", {}).get("members", [])
    except (ValueError, AttributeError) as exc:
        raise ModelError(f"{card}: not a model card ({exc})") from None
    return [file.parent / Path(name).name for name in names]


def _batches(trainer: Trainer, document: Document, size: int) -> DataLoader:
    return DataLoader(
        document,
        size,
        trainer.args,
        vocab=trainer.vocab,
        evaluation=True,
        preprocess_tags=False,
        bert_tokenizer=trainer.model.bert_tokenizer,
    )


def _scores(
    trainers: Sequence[Trainer], document: Document, size: int
) -> list[tuple[list, object]]:
    """Each model's emission scores for each sentence (in the document's order; a tags x words
    array each) and its transition scores, as ``Trainer.predict`` computes them before its
    Viterbi pass. The models run batch by batch side by side, so that character LMs they
    share are run once a batch (:func:`_shared_char_lms`)."""
    emissions: list[list] = [[] for _ in trainers]
    transitions: list = [None for _ in trainers]
    for trainer in trainers:
        trainer.model.eval()
    loaders = [_batches(trainer, document, size) for trainer in trainers]
    with _shared_char_lms(trainers):
        for batches in zip(*loaders, strict=True):
            for k, (trainer, batch) in enumerate(zip(trainers, batches, strict=True)):
                found, transitions[k] = _batch_scores(trainer, batch)
                emissions[k].extend(found)
    return list(zip(emissions, transitions, strict=True))


def _batch_scores(trainer: Trainer, batch: tuple) -> tuple[list, object]:
    """One model's emission scores for the sentences of one batch (in the document's order)
    and its transition scores."""
    from stanza.models.common.utils import unsort
    from stanza.models.ner.trainer import unpack_batch

    inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, offsets = (
        unpack_batch(batch, "cpu")
    )
    word, wordchars, wordchars_mask, chars, tags = inputs
    _, logits, trans = trainer.model(
        word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens, wordlens, chars,
        offsets, charlens, char_orig_idx,
    )  # fmt: skip
    if len(logits) != 1:
        raise ModelError("a Stanza model with several tag columns cannot be in an ensemble")
    values = logits[0].numpy()
    found = unsort([values[i, : sentlens[i]] for i in range(len(values))], orig_idx)
    return found, trans[0].numpy()


class _LastRepresentation:
    """A character LM's ``get_representation`` that keeps its last answer and gives it again
    for the same input: the next model of an ensemble asks for the same batch."""

    def __init__(self, compute) -> None:
        self.compute = compute
        self.last: tuple | None = None

    def __call__(self, chars, charoffsets, charlens, char_orig_idx):
        key = (charoffsets, list(charlens), list(char_orig_idx))
        if self.last is not None:
            last_key, last_chars, answer = self.last
            if (
                last_key == key
                and last_chars.shape == chars.shape
                and torch.equal(last_chars, chars)
            ):
                return answer
        answer = self.compute(chars, charoffsets, charlens, char_orig_idx)
        self.last = (key, chars, answer)
        return answer


@contextlib.contextmanager
def _shared_char_lms(trainers: Sequence[Trainer]) -> Iterator[None]:
    """While it lasts, models that read the same character LM file (frozen: Stanza loads it
    from its file, never from the model) get its representation of a batch computed once:
    in an ensemble the LMs are most of the tagging time. Nothing shared for one model."""
    patched = []
    if len(trainers) > 1:
        shared: dict[tuple[str, str], _LastRepresentation] = {}
        for trainer in trainers:
            for name in ("charmodel_forward", "charmodel_backward"):
                module = getattr(trainer.model, name, None)
                file = trainer.args.get(name.replace("charmodel", "charlm") + "_file")
                if module is None or not file:
                    continue
                memo = shared.setdefault(
                    (name, str(file)), _LastRepresentation(module.get_representation)
                )
                module.get_representation = memo
                patched.append(module)
    try:
        yield
    finally:
        for module in patched:
            del module.get_representation


def _place_prior(words: Sequence[str], bonus: float) -> list[tuple[int, str, float]]:
    """The (position, BIOES tag, ``bonus``) marks for the words of a place the gazetteer knows
    (:func:`~pipeline.taggers.features.gazetteer_tags`, longest match first; a proclitic on
    the first word allowed): the place's own tag at each word's position (``S-LOC`` alone;
    ``B-``, ``I-``, ``E-LOC`` in a longer name), and the inside and end of every other name
    it may close (اتحاد جدة، جامعة فلورنسا، هيئة الرياضة السعودية). Outside every name and
    the other labels' starts lose ground; the model's context still chooses among the rest.
    A city whose name alone names its club (``data/city_clubs.tsv``: ليفربول، برشلونة) gets
    nothing: in sports news the name is the club. Nothing when ``bonus`` is 0.

    >>> sorted(_place_prior(["وصل", "إلى", "جدة"], 3.0))[:3]
    [(2, 'E-MISC', 3.0), (2, 'E-ORG', 3.0), (2, 'E-PER', 3.0)]
    >>> [tag for _, tag, _ in _place_prior(["وصل", "إلى", "جدة"], 3.0) if tag.endswith("LOC")]
    ['S-LOC']
    """
    if not bonus:
        return []
    from pipeline.taggers.consistency import _city_clubs
    from pipeline.taggers.features import gazetteer_tags, readings

    found = [tag or OUTSIDE for tag in gazetteer_tags(words)]
    places = [
        span
        for span in tags_to_ranges(found)
        if span[2] == "LOC" and _city_clubs().isdisjoint(readings(words[span[0]]))
    ]
    return _name_marks(places, bonus)


def _harvest_prior(words: Sequence[str], bonus: float) -> list[tuple[int, str, float]]:
    """The marks of :func:`_place_prior` for the names the CRF harvested from unlabelled news
    (``data/harvested.tsv``, its ``harvest`` features; longest match first), each with its
    label: persons, organisations, places and other names the gazetteer lacks (أردوغان،
    غوتيريش، هيئة تحرير الشام). Nothing when ``bonus`` is 0.

    >>> [tag for _, tag, _ in _harvest_prior(["قال", "غوتيريش"], 3.0) if tag[0] in "SB"]
    ['S-PER']
    """
    if not bonus:
        return []
    from pipeline.taggers.features import gazetteer_tags

    found = [tag or OUTSIDE for tag in gazetteer_tags(words, harvested=True)]
    return _name_marks(tags_to_ranges(found), bonus)


def _name_marks(
    spans: Sequence[tuple[int, int, str]], bonus: float
) -> list[tuple[int, str, float]]:
    """For each word of each (first, last, label) name: its label's BIOES tag at the word's
    position, and the inside and end of every other label's name (the name may be part of a
    longer one), each with ``bonus``."""
    marks: list[tuple[int, str, float]] = []
    for first, last, label in spans:
        for i in range(first, last):
            edge = "B" if i == first else "E" if i == last - 1 else "I"
            marks.append((i, f"{'S' if last - first == 1 else edge}-{label}", bonus))
            marks.extend(
                (i, f"{inside}-{other}", bonus)
                for other in LABELS
                if other != label
                for inside in "IE"
            )
    return marks


#: The proclitics a given name may carry (و، ف، ب، ل، ك and their pairs): not the article,
#: which makes جمعة Friday (الجمعة) and سعيد "the happy one".
_NAME_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


@cache
def _prior_given_names() -> frozenset[str]:
    """The given names :func:`_given_name_prior` gives a bonus: those of ``given_names.tsv``
    but the names as often a noun (``noun_given_names.tsv``), normalised."""
    from pipeline.taggers.consistency import _given_names, _words

    return _given_names() - _words("noun_given_names.tsv")


def _given_name_prior(words: Sequence[str], bonus: float) -> list[tuple[int, str, float]]:
    """The (position, BIOES tag, ``bonus``) marks for the words that are a given name of
    ``data/given_names.tsv``: a person's name opening there, or any name going on through it
    (a father's or grandfather's name; a brand's, ريد بول، تاكو بيل); with a proclitic (و، ف،
    ب، ل، ك, not the article, which makes جمعة Friday) only a person's name opening there
    (ترامب وكيم are two persons). Not a name as often a common noun
    (``data/noun_given_names.tsv``: عمر of عن عمر يناهز, "at an age nearing"). The model's
    context still decides whether the word is a name here (سعيد "happy", أمين "secretary").
    Nothing when ``bonus`` is 0.

    >>> [tag for _, tag, _ in _given_name_prior(["قال", "أحمد"], 3.0)][:4]
    ['S-PER', 'B-PER', 'I-PER', 'E-PER']
    >>> [tag for _, tag, _ in _given_name_prior(["ترامب", "وكيم"], 3.0)]
    ['S-PER', 'B-PER']
    >>> _given_name_prior(["يوم", "الجمعة"], 3.0)
    []
    """
    if not bonus:
        return []
    names = _prior_given_names()
    marks = []
    for i, word in enumerate(words):
        norm = normalize_word(word)
        stems = (norm[len(p) :] for p in _NAME_PROCLITICS if norm.startswith(p))
        if norm in names:
            marks.extend((i, f"{edge}-PER", bonus) for edge in "SB")
            marks.extend((i, f"{edge}-{label}", bonus) for label in LABELS for edge in "IE")
        elif any(len(stem) >= 2 and stem in names for stem in stems):
            marks.extend((i, f"{edge}-PER", bonus) for edge in "SB")
    return marks


def _ensemble_tags(
    trainers: Sequence[Trainer],
    document: Document,
    size: int,
    priors: Sequence[Sequence[tuple[int, str, float]]] = (),
) -> list[list[str]]:
    """BIO tags from one model or several as one (a product of experts): each sentence's
    emission scores and the transition scores averaged over the models, each (position,
    BIOES tag, bonus) of the sentence's ``priors`` added (:func:`_place_prior`,
    :func:`_given_name_prior`, :func:`_harvest_prior`; a tag the models never learnt is
    skipped), then one Viterbi
    pass (the decoding of ``Trainer.predict``, over the averages: one model without priors
    tags exactly as ``Trainer.predict`` does)."""
    import numpy as np
    from stanza.models.common.crf import viterbi_decode
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.ner.trainer import fix_singleton_tags

    scored = _scores(trainers, document, size)
    transitions = np.mean([trans for _, trans in scored], axis=0)
    vocab = trainers[0].vocab["tag"]
    tagset = trainers[0].args["predict_tagset"]
    wanted = {tag for marks in priors for _, tag, _ in marks}
    ids_of = {tag: vocab.map([(tag,)])[0][tagset] for tag in wanted}
    ids_of = {tag: i for tag, i in ids_of.items() if i >= VOCAB_PREFIX_SIZE}  # a tag it knows
    result = []
    for k, sentence in enumerate(zip(*(emissions for emissions, _ in scored), strict=True)):
        emissions = np.mean(sentence, axis=0)
        for position, tag, bonus in priors[k] if k < len(priors) else ():
            if tag in ids_of:
                emissions[position, ids_of[tag]] += bonus
        ids, _ = viterbi_decode(emissions, transitions)
        ids = [i if i >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for i in ids]
        tags = [t[tagset] if isinstance(t, list) else t for t in vocab.unmap(list(zip(ids)))]
        result.append(_bioes_to_bio(fix_singleton_tags(tags)))
    return result


def _pretrained_files(
    file: Path, config: dict, pretrains: dict[Path, object] | None = None
) -> tuple[list[Path], object, dict]:
    """The pretrained vectors and character LMs a model was trained with, found beside the
    model or in :data:`VECTOR_DIR`: (their paths, Stanza's Pretrain or None, Trainer args).
    A Pretrain already in ``pretrains`` (by path) is taken from there; a new one is put in."""
    from stanza.models.common.pretrain import Pretrain

    def find(name: str) -> Path:
        for folder in (file.parent, VECTOR_DIR):
            if (folder / name).is_file():
                return folder / name
        raise ModelError(
            f"{file}: needs {name}, found neither beside it nor in {VECTOR_DIR} "
            "(run 'python bench/build_vectors.py' to rebuild it)"
        )

    files: list[Path] = []
    pretrain = None
    args: dict = {}
    if config.get("wordvec_pretrain_file") and config.get("pretrain", True):
        path = find(Path(config["wordvec_pretrain_file"]).name)
        pretrain = pretrains.get(path) if pretrains is not None else None
        if pretrain is None:
            pretrain = Pretrain(str(path))
        if pretrains is not None:
            pretrains[path] = pretrain
        files.append(path)
        args["wordvec_pretrain_file"] = str(path)
    if config.get("charlm"):
        for key in ("charlm_forward_file", "charlm_backward_file"):
            path = find(Path(config[key]).name)
            files.append(path)
            args[key] = str(path)
    return files, pretrain, args


# --- CoNLL-U -----------------------------------------------------------------------------------


def article_document(article: Article) -> Document:
    """A Stanza document of an analysed article: its tokens, tags and offsets into its text."""
    sentences = []
    comments = []
    for number, (index, group) in enumerate(groupby(article.tokens, key=lambda t: t.sentence)):
        tokens = list(group)
        tags = ranges_to_tags(len(tokens), tags_to_ranges([t.tag for t in tokens]))
        sentences.append(
            [
                {"id": i, "text": t.text, "start_char": t.start, "end_char": t.end, "ner": tag}
                for i, (t, tag) in enumerate(zip(tokens, tags, strict=True), start=1)
            ]
        )
        comments.append(
            ([f"# newdoc id = {article.id}"] if number == 0 else [])
            + [f"# sent_id = {article.id}-{index}"]
        )
    document = Document(sentences, text=article.text, comments=comments)
    if document.sentences:
        # Stanza gives the first token all the text before it and the last all the text after
        # it: the date header and the site boilerplate, which are no part of the tagged body.
        first = document.sentences[0].tokens[0]
        last = document.sentences[-1].tokens[-1]
        before, after = article.text[: first.start_char], article.text[last.end_char :]
        first.spaces_before = before[len(before.rstrip()) :]
        last.spaces_after = after[: len(after) - len(after.lstrip())]
    return document


def format_conllu(articles: Sequence[Article]) -> str:
    """CoNLL-U of analysed articles, written by Stanza; ``# newdoc id = <id>`` opens each.

    HEAD holds Stanza's placeholder (the previous word): there is no parse.
    """
    out = io.StringIO()
    for article in articles:
        if article.tokens:
            CoNLL.write_doc2conll(article_document(article), out)
    return out.getvalue()


def write_conllu(articles: Sequence[Article], path: Path) -> Path:
    """Write analysed articles as one CoNLL-U file (atomically); returns the path."""
    write_text_atomic(path, format_conllu(articles))
    return path
