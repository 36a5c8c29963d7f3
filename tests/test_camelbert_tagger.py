"""The CAMeLBERT tagger on a tiny BERT built here: camel-tools' real loading and prediction path.

The model has random weights except its classifier, whose bias makes one label win for every
word, so that the tests know what it predicts. camel-tools' data folder is a temporary one
holding an empty catalogue (camel-tools reads it when its NER module is imported); nothing is
downloaded, and a guard makes any attempt to open a connection fail the test.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import torch
from transformers import BertConfig, BertForTokenClassification, BertTokenizer

from pipeline.config import ROOT
from pipeline.doc import Article
from pipeline.read import parse_article
from pipeline.run import add_tokens
from pipeline.taggers import camelbert as camelbert_tagger
from pipeline.taggers.base import ModelError, tag_article
from pipeline.taggers.camelbert import CamelBertTagger, default_model_dir

#: camel-tools' label names, in its own order.
CAMEL_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
WORDS = ["قال", "محمد", "بن", "سلمان", "في", "الرياض", "إن", "شركة", "ميتا", "،", "."]
#: An empty catalogue: the smallest that camel-tools' data module loads.
CATALOGUE = '{"version": "1.6", "packages": {}, "components": {}}\n'


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test at once."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def camel_data(tmp_path, monkeypatch) -> Path:
    """A camel-tools data folder with a catalogue but no model; HOME moved beside it."""
    data = tmp_path / "camel_data"
    data.mkdir()
    (data / "catalogue.json").write_text(CATALOGUE, encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data


def build_model(directory: Path, winner: str = "I-PERS") -> Path:
    """A tiny BERT token classifier saved as camel-tools' models are; ``winner`` always wins."""
    torch.manual_seed(0)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, "##ا", "##ن"]
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=256,
        id2label=dict(enumerate(CAMEL_LABELS)),
        label2id={label: i for i, label in enumerate(CAMEL_LABELS)},
    )
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[CAMEL_LABELS.index(winner)] = 5.0
    model.save_pretrained(directory)
    BertTokenizer(vocab_file=str(directory / "vocab.txt")).save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    return build_model(tmp_path_factory.mktemp("camelbert") / "model")


def test_predict_maps_pers_to_per_and_repairs_i_tags(model_dir):
    tagger = CamelBertTagger.load(model_dir)
    # every word is I-PERS: read as one PER entity per sentence, starting with B-
    assert tagger.predict([["قال", "محمد", "بن"], [], ["ميتا"]]) == [
        ["B-PER", "I-PER", "I-PER"],
        [],
        ["B-PER"],
    ]


def test_predict_keeps_words_the_tokenizer_drops(model_dir):
    """A word with no word piece (a right-to-left mark) gets O; the others keep their place."""
    tagger = CamelBertTagger.load(model_dir)
    assert tagger.predict([["محمد", "\u200f", "سلمان"], ["\u200f"]]) == [
        ["B-PER", "O", "B-PER"],
        ["O"],
    ]


def test_long_sentence_is_cut_and_collated(model_dir):
    """NERecognizer splits a sentence of more than 254 word pieces; every word keeps a tag."""
    words = ["محمد"] * 300
    tags = CamelBertTagger.load(model_dir).predict([words])[0]
    assert len(tags) == 300
    assert tags[0] == "B-PER" and set(tags[1:]) == {"I-PER"}


def test_b_labels_each_start_an_entity(tmp_path):
    tagger = CamelBertTagger.load(build_model(tmp_path / "m", winner="B-ORG"))
    assert tagger.predict([["شركة", "ميتا"]]) == [["B-ORG", "B-ORG"]]


def test_tags_an_article(model_dir):
    article = add_tokens(parse_article("قال محمد بن سلمان.".encode(), Article(id="a", source="x")))
    tagged = tag_article(article, CamelBertTagger.load(model_dir))
    # the tiny model tags every word PER; the span rules take the verb of saying off the name
    assert [(e.text, e.label) for e in tagged.entities] == [("محمد بن سلمان.", "PER")]


def test_fingerprint_covers_the_folder(tmp_path):
    directory = build_model(tmp_path / "m")
    before = CamelBertTagger.load(directory).fingerprint()
    assert CamelBertTagger.load(directory).fingerprint() == before
    (directory / "vocab.txt").write_text(
        (directory / "vocab.txt").read_text(encoding="utf-8") + "جديد\n", encoding="utf-8"
    )
    assert CamelBertTagger.load(directory).fingerprint() != before


def test_default_folder_is_camel_tools_one(model_dir, camel_data):
    assert default_model_dir() == camel_data / "data" / "ner" / "arabert"
    with pytest.raises(ModelError, match="camel_data -i ner-arabert"):
        CamelBertTagger.load()
    installed = default_model_dir()
    installed.parent.mkdir(parents=True)
    installed.symlink_to(model_dir)
    assert CamelBertTagger.load().predict([["محمد"]]) == [["B-PER"]]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "absent", "no CAMeLBERT NER model at"),
        (lambda d: d, "no config.json, vocab.txt"),
    ],
    ids=["missing folder", "empty folder"],
)
def test_bad_model_folder(tmp_path, make, message):
    with pytest.raises(ModelError, match=message):
        CamelBertTagger.load(make(tmp_path))


def test_not_an_ner_model(tmp_path):
    directory = build_model(tmp_path / "m")
    config = (directory / "config.json").read_text(encoding="utf-8")
    for i, label in enumerate(CAMEL_LABELS):
        config = config.replace(f'"{label}"', f'"LABEL_{i}"')
    (directory / "config.json").write_text(config, encoding="utf-8")
    with pytest.raises(ModelError, match="not NER tags"):
        CamelBertTagger.load(directory)


def test_broken_weights(tmp_path):
    directory = build_model(tmp_path / "m")
    (directory / "model.safetensors").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="cannot load the model"):
        CamelBertTagger.load(directory)


def test_no_catalogue_is_a_clear_error_without_network(tmp_path, model_dir):
    """In a fresh interpreter with no catalogue, loading fails at once with the install advice.

    Importing camel-tools' NER module there would try to download the catalogue; the guard in
    the child makes any connection attempt an error of its own, which must not be the one seen.
    """
    empty = tmp_path / "empty_camel_data"
    empty.mkdir()
    script = textwrap.dedent(
        f"""
        import socket, sys
        def refuse(*args, **kwargs):
            print("NETWORK", args, file=sys.stderr)
            raise SystemExit(99)
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from pathlib import Path
        from pipeline.taggers.camelbert import CamelBertTagger
        from pipeline.taggers.base import ModelError
        for path in (None, Path({str(model_dir)!r})):
            try:
                CamelBertTagger.load(path)
            except ModelError as exc:
                print(exc)
        print("camel_tools.ner" in sys.modules)
        """
    )
    env = {**os.environ, "CAMELTOOLS_DATA": str(empty), "HOME": str(tmp_path / "home")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 60
    lines = done.stdout.splitlines()
    assert "no CAMeLBERT NER model at" in lines[0] and "camel_data -i ner-arabert" in lines[0]
    assert "no data catalogue at" in lines[1] and "camel_data -i ner-arabert" in lines[1]
    assert lines[2] == "False"


def test_module_names_the_install_command():
    assert "camel_data -i ner-arabert" in camelbert_tagger.INSTALL_HINT
