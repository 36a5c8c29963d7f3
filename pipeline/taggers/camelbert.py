"""CAMeLBERT entity tagger: camel-tools' ``NERecognizer`` on a model the user already has.

The model is a BERT token-classification folder (``config.json``, weights, ``vocab.txt``) with
camel-tools' labels (``B-PERS``, ``I-LOC`` ...; ``PERS`` is read as our ``PER``). It is given by
path (``--model DIR``) or found where camel-tools installs it: ``camel_data -i ner-arabert`` puts
it in ``<data>/data/ner/arabert``, ``<data>`` being ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``.

Nothing here downloads. camel-tools' NER module loads camel-tools' data catalogue when imported
and, when there is none, fetches it from the network (without a time-out); so the catalogue is
looked for first and its absence is a :class:`~pipeline.taggers.base.ModelError` saying how to
install the model, before anything touches a socket. A model folder is checked before
transformers sees the path: a path that is not a folder would be taken for a Hugging Face hub name.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.bio import OUTSIDE, ranges_to_tags, split_tag, tags_to_ranges
from pipeline.taggers.base import ModelError, hash_files

#: Where ``camel_data -i ner-arabert`` installs the model, inside camel-tools' data folder.
CAMEL_NER_MODEL = Path("data", "ner", "arabert")
#: camel-tools' catalogue, which its NER module reads (or downloads) when imported.
CAMEL_CATALOGUE = "catalogue.json"
#: Files a model folder needs: NERecognizer loads a BertTokenizer (vocab.txt) and the model.
MODEL_FILES = ("config.json", "vocab.txt")
#: NERecognizer cuts sentences into pieces of 256 word pieces with [CLS] and [SEP]; a single word
#: longer than that would break its batches, so such a word is tagged O without the model.
MAX_WORD_PIECES = 254

INSTALL_HINT = (
    "install camel-tools' model with 'camel_data -i ner-arabert' (set CAMELTOOLS_DATA first to "
    "choose the folder), or give --model DIR with a BERT token-classification model"
)


def camel_data_dir() -> Path:
    """camel-tools' data folder, found as camel-tools finds it: ``$CAMELTOOLS_DATA`` or home."""
    configured = os.environ.get("CAMELTOOLS_DATA")
    if configured is not None:
        return Path(configured).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools"
    return Path.home() / ".camel_tools"


def default_model_dir() -> Path:
    """The folder ``camel_data -i ner-arabert`` installs the NER model into."""
    return camel_data_dir() / CAMEL_NER_MODEL


def _check_model_dir(directory: Path, given: bool) -> None:
    where = f"{directory}" if given else f"{directory} (camel-tools' default place)"
    if not directory.is_dir():
        raise ModelError(f"no CAMeLBERT NER model at {where}: {INSTALL_HINT}")
    missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
    if missing:
        raise ModelError(
            f"{directory}: not a BERT token-classification model folder (no {', '.join(missing)}); "
            f"{INSTALL_HINT}"
        )


def _recognizer_class() -> type:
    """camel-tools' ``NERecognizer``, imported only when its data catalogue is in place."""
    if "camel_tools.data" not in sys.modules:
        catalogue = camel_data_dir() / CAMEL_CATALOGUE
        if not catalogue.is_file():
            raise ModelError(
                f"camel-tools has no data catalogue at {catalogue} and would try to download one "
                f"when its NER module is imported: {INSTALL_HINT} (camel_data also writes the "
                "catalogue; or point CAMELTOOLS_DATA to a folder holding one)"
            )
    try:
        from camel_tools.ner import NERecognizer
    except Exception as exc:  # a broken catalogue or installation; camel-tools raises its own kinds
        raise ModelError(
            f"camel-tools' NER module cannot be loaded ({exc}); {INSTALL_HINT}"
        ) from None
    return NERecognizer


def _our_tag(tag: str) -> str:
    """A camel-tools tag in our spelling (``B-PERS`` -> ``B-PER``); anything unknown is O."""
    try:
        prefix, label = split_tag(tag)
    except ValueError:
        return OUTSIDE
    return OUTSIDE if prefix == OUTSIDE else f"{prefix}-{label}"


class CamelBertTagger:
    """A CAMeLBERT NER model run by camel-tools' ``NERecognizer`` on our tokens."""

    def __init__(self, recognizer: object, path: Path) -> None:
        self._recognizer = recognizer
        self.path = path

    @classmethod
    def load(cls, path: Path | None = None) -> CamelBertTagger:
        """Open the model folder ``path``, or camel-tools' installed one when ``path`` is None."""
        directory = path if path is not None else default_model_dir()
        _check_model_dir(directory, given=path is not None)
        recognizer_class = _recognizer_class()
        try:
            recognizer = recognizer_class(str(directory), use_gpu=False)
        except Exception as exc:  # transformers raises OSError, ValueError, KeyError ...
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ModelError(
                f"{directory}: cannot load the model ({message}); {INSTALL_HINT}"
            ) from None
        labels = {str(label) for label in recognizer.labels_map.values()}
        ours = {tag for tag in labels if _our_tag(tag) != OUTSIDE}
        if OUTSIDE not in labels or not ours:
            raise ModelError(
                f"{directory}: the model's labels {sorted(labels)} are not NER tags "
                "(expected O, B-PERS, I-LOC ... as camel-tools' models have)"
            )
        return cls(recognizer, directory)

    def fingerprint(self) -> str:
        return hash_files(self.path)

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of words; changes nothing.

        Words the model's tokenizer turns into no word piece (or into too many) are tagged O
        and left out of the model's input, which would otherwise drop them and shift the tags.
        """
        tokenizer = self._recognizer.tokenizer
        kept: list[list[int]] = []
        for words in sentences:
            pieces = [len(tokenizer.tokenize(word)) for word in words]
            kept.append([i for i, n in enumerate(pieces) if 0 < n <= MAX_WORD_PIECES])
        inputs = [[words[i] for i in keep] for words, keep in zip(sentences, kept, strict=True)]
        # NERecognizer gives nothing back for a sentence without words: leave those out too.
        nonempty = [words for words in inputs if words]
        raw = iter(self._recognizer.predict(nonempty) if nonempty else [])
        tagged = []
        for words, keep, model_input in zip(sentences, kept, inputs, strict=True):
            tags = [OUTSIDE] * len(words)
            if model_input:
                for i, tag in zip(keep, next(raw), strict=True):
                    tags[i] = _our_tag(tag)
            # argmax per word can give I- after O: read it as conlleval does, a new entity
            tagged.append(ranges_to_tags(len(tags), tags_to_ranges(tags)))
        return tagged
