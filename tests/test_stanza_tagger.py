"""The Stanza tagger: a tiny model trained here through Stanza's real entry point, loaded back
through the class Stanza's NER processor uses, and the CoNLL-U export read by Stanza's reader.

Nothing is downloaded: a guard makes any attempt to open a connection fail the test.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import socket
from pathlib import Path

import pytest
import torch
from stanza.utils.conll import CoNLL

from pipeline.config import ANNOTATIONS, ROOT
from pipeline.doc import Article
from pipeline.evaluate import MICRO, evaluate_file
from pipeline.formats.conll import write_conll
from pipeline.read import parse_article
from pipeline.run import add_tokens
from pipeline.taggers.base import ModelError, tag_article
from pipeline.taggers.stanza import (
    STANZA_CARD,
    STANZA_MODEL,
    STANZA_MODEL_NAME,
    StanzaParams,
    StanzaTagger,
    format_conllu,
    train_stanza,
    write_conllu,
)
from pipeline.train import read_card

FIXTURE = [
    [("قال", "O"), ("محمد", "B-PER"), ("بن", "I-PER"), ("سلمان", "I-PER"), (".", "O")],
    [("أطلقت", "O"), ("ميتا", "B-ORG"), ("نموذجا", "O"), ("في", "O"), ("الرياض", "B-LOC")],
    [("شارك", "O"), ("وانغ", "B-PER"), ("في", "O"), ("مؤتمر", "B-MISC"), ("دافوس", "I-MISC")],
] * 2
#: Small and quick: the test is about the plumbing, not the accuracy.
TINY = StanzaParams(
    max_steps=80,
    batch_size=2,
    word_emb_dim=8,
    char_emb_dim=8,
    char_hidden_dim=8,
    hidden_dim=16,
    lr=0.5,
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test at once."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Training on two threads of a busy machine is many times slower than on one."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, Path, dict]:
    directory = tmp_path_factory.mktemp("stanza")
    gold = directory / "gold.conll"
    write_conll(gold, FIXTURE)
    card = train_stanza([gold], [], directory / "model", TINY, seed=7)
    return gold, directory / "model", card


def test_training_writes_model_and_card(trained):
    gold, model_dir, card = trained
    assert (model_dir / STANZA_MODEL_NAME).is_file()
    assert read_card(model_dir / "ar_ner.json") == card
    assert card["kind"] == "stanza"
    assert card["labels"] == ["PER", "ORG", "LOC", "MISC"]
    assert card["params"]["seed"] == 7 and card["params"]["max_steps"] == 80
    assert card["training"][0]["sha256"] == hashlib.sha256(gold.read_bytes()).hexdigest()
    assert card["totals"] == {
        "sentences": 6,
        "tokens": 30,
        "entities": {"PER": 4, "ORG": 2, "LOC": 2, "MISC": 2},
    }
    assert card["size_bytes"] == (model_dir / STANZA_MODEL_NAME).stat().st_size


def test_trained_model_tags_what_it_learned(trained):
    gold, model_dir, _ = trained
    tagger = StanzaTagger.load(model_dir)
    words = [[word for word, _ in sentence] for sentence in FIXTURE[:3]]
    assert tagger.predict([words[0], [], words[1]]) == [
        [tag for _, tag in FIXTURE[0]],
        [],
        [tag for _, tag in FIXTURE[1]],
    ]
    assert {s.label: s.f1 for s in evaluate_file(tagger, gold)}[MICRO] == 1.0


def test_loads_from_file_or_folder(trained):
    _, model_dir, _ = trained
    by_folder = StanzaTagger.load(model_dir)
    by_file = StanzaTagger.load(model_dir / STANZA_MODEL_NAME)
    assert by_folder.fingerprint() == by_file.fingerprint()
    assert by_folder.path == by_file.path


def test_training_is_deterministic(trained, tmp_path):
    gold, model_dir, _ = trained
    train_stanza([gold], [], tmp_path, TINY, seed=7)
    again = (tmp_path / STANZA_MODEL_NAME).read_bytes()
    assert again == (model_dir / STANZA_MODEL_NAME).read_bytes()
    assert StanzaTagger.load(tmp_path).fingerprint() == StanzaTagger.load(model_dir).fingerprint()


def test_tag_article(trained):
    _, model_dir, _ = trained
    article = add_tokens(parse_article("قال محمد بن سلمان.".encode(), Article(id="a", source="x")))
    tagged = tag_article(article, StanzaTagger.load(model_dir))
    assert [(e.text, e.label) for e in tagged.entities] == [("محمد بن سلمان", "PER")]


def test_training_to_a_named_file(trained, tmp_path):
    gold, _, _ = trained
    card = train_stanza([gold], [], tmp_path / "other.pt", TINY, seed=7)
    assert card["model"] == "other.pt"
    assert read_card(tmp_path / "other.json") == card
    assert StanzaTagger.load(tmp_path / "other.pt").predict([["قال"]]) == [["O"]]


# --- Several models tagging as one (the card's "ensemble") -----------------------------------


def _ensemble(folder: Path, main: Path, members: dict[str, Path]) -> Path:
    """A model folder: ``main`` as ar_ner.pt, its card naming ``members`` (copied beside it)."""
    import shutil

    folder.mkdir()
    shutil.copy(main, folder / STANZA_MODEL_NAME)
    for name, path in members.items():
        shutil.copy(path, folder / name)
    card = read_card(main.with_suffix(".json"))
    card["ensemble"] = {"members": list(members)}
    (folder / "ar_ner.json").write_text(json.dumps(card), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def second(tmp_path_factory, trained) -> Path:
    """The tiny model trained once more with another seed: a second member."""
    gold, _, _ = trained
    directory = tmp_path_factory.mktemp("second")
    train_stanza([gold], [], directory, dataclasses.replace(TINY, max_steps=30), seed=8)
    return directory / STANZA_MODEL_NAME


def test_ensemble_of_a_model_with_itself_tags_as_the_model(trained, tmp_path):
    _, model_dir, _ = trained
    model = model_dir / STANZA_MODEL_NAME
    alone = StanzaTagger.load(model)
    pair = StanzaTagger.load(_ensemble(tmp_path / "pair", model, {"ar_ner_2.pt": model}))
    assert [path.name for _, path in pair.members] == ["ar_ner_2.pt"]
    sentences = [[w for w, _ in sentence] for sentence in FIXTURE[:3]] + [[], ["قال", "وانغ"]]
    assert pair.predict(sentences) == alone.predict(sentences)
    assert pair.fingerprint() != alone.fingerprint()  # outputs of the model alone are stale


def test_ensemble_averages_the_members_scores(trained, second, tmp_path):
    """The pair's tags are the Viterbi path of its members' averaged emission and transition
    scores (computed here from each member's own), whichever member's card names the other."""
    from stanza.models.common.crf import viterbi_decode

    from pipeline.taggers.stanza import _bioes_to_bio, _scores

    _, model_dir, _ = trained
    model = model_dir / STANZA_MODEL_NAME
    pair = StanzaTagger.load(_ensemble(tmp_path / "pair", model, {"ar_ner_b.pt": second}))
    pair.PLACE_PRIOR = pair.GIVEN_NAME_PRIOR = pair.HARVEST_PRIOR = 0.0  # priors: tested below
    sentences = [[w for w, _ in sentence] for sentence in FIXTURE[:3]] + [["شارك", "محمد"]]
    first, other = StanzaTagger.load(model), StanzaTagger.load(second)
    assert first.predict(sentences) != other.predict(sentences)  # the seeds learnt apart
    from stanza.models.common.doc import Document

    from pipeline.taggers.stanza import stanza_form

    document = Document([[{"text": stanza_form(w)} for w in s] for s in sentences])
    with torch.no_grad():
        (e1, t1), (e2, t2) = (_scores([t._trainer], document, 8)[0] for t in (first, other))
    vocab = first._trainer.vocab["tag"]
    expected = []
    for a, b in zip(e1, e2, strict=True):
        ids, _ = viterbi_decode((a + b) / 2, (t1 + t2) / 2)
        units = [vocab.id2unit(i) for i in ids]
        expected.append(_bioes_to_bio([u[0] if isinstance(u, list) else u for u in units]))
    assert pair.predict(sentences) == expected
    # the average does not depend on which member the card belongs to
    swapped = StanzaTagger.load(_ensemble(tmp_path / "swapped", second, {"ar_ner_b.pt": model}))
    swapped.PLACE_PRIOR = swapped.GIVEN_NAME_PRIOR = swapped.HARVEST_PRIOR = 0.0
    assert swapped.predict(sentences) == expected


# --- The gazetteer's places as a prior on the emission scores --------------------------------


@pytest.mark.parametrize(
    ("words", "marked"),
    [
        (["زار", "الخرطوم"], [(1, "S-LOC")]),  # a place alone
        (["في", "الولايات", "المتحدة"], [(1, "B-LOC"), (2, "E-LOC")]),
        (["وصل", "وبجدة"], [(1, "S-LOC")]),  # a proclitic on the name's first word
        (["فاز", "ليفربول"], []),  # a city that names its club: the club in sports news
        (["قال", "محمد"], []),  # no place
    ],
)
def test_place_prior_marks_the_places_the_gazetteer_knows(words, marked):
    from pipeline.taggers.stanza import _place_prior

    marks = _place_prior(words, 3.0)
    assert [(at, tag) for at, tag, _ in marks if tag.endswith("LOC")] == marked
    assert {bonus for _, _, bonus in marks} <= {3.0}
    # each word of a place may also be the inside or the end of a longer name of any label
    for at, _ in marked:
        assert {tag for i, tag, _ in marks if i == at} >= {"I-ORG", "E-ORG", "I-PER", "E-MISC"}
    assert not any(t.startswith(("B-", "S-")) and not t.endswith("LOC") for _, t, _ in marks)
    assert _place_prior(words, 0.0) == []


OPENS = {"S-PER", "B-PER"}
ANYWHERE = OPENS | {f"{edge}-{label}" for label in ("PER", "ORG", "LOC", "MISC") for edge in "IE"}


@pytest.mark.parametrize(
    ("words", "marked"),
    [
        (["قال", "أحمد", "خالد"], {1: ANYWHERE, 2: ANYWHERE}),  # a father's name too, a brand's
        (["وقال", "وليونيل", "ميسي"], {1: OPENS}),  # after و a name begins: ترامب وكيم
        (["لقاء", "ترامب", "وكيم"], {2: OPENS}),
        (["يوم", "الجمعة"], {}),  # never with the article: Friday, not جمعة
        (["عن", "عمر", "يناهز"], {}),  # a name as often a noun: "at an age nearing"
        (["قال", "الرئيس"], {}),
    ],
)
def test_given_name_prior_marks_the_person_tags_of_a_given_name(words, marked):
    from pipeline.taggers.stanza import _given_name_prior

    marks = _given_name_prior(words, 2.5)
    assert {at: {t for i, t, _ in marks if i == at} for at, _, _ in marks} == marked
    assert {bonus for _, _, bonus in marks} <= {2.5}
    assert _given_name_prior(words, 0.0) == []


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (["قال", "غوتيريش"], {1: "S-PER"}),  # harvested names, with their labels
        (["قال", "انطونيو", "غوتيريش"], {1: "B-PER", 2: "E-PER"}),  # the longest first
        (["قال", "الرئيس"], {}),
    ],
)
def test_harvest_prior_marks_the_harvested_names_with_their_labels(words, named):
    from pipeline.taggers.stanza import _harvest_prior

    marks = _harvest_prior(words, 1.0)
    assert {at: tag for at, tag, _ in marks if tag.endswith("PER")} == named
    assert {bonus for _, _, bonus in marks} <= {1.0}
    for at, tag in named.items():  # and any other name may go on through it
        assert {t for i, t, _ in marks if i == at} == {tag} | {
            f"{edge}-{label}" for label in ("ORG", "LOC", "MISC") for edge in "IE"
        }
    assert _harvest_prior(words, 0.0) == []


def test_place_prior_is_added_to_the_emission_scores_before_viterbi(trained):
    """One model tags as Stanza's own ``Trainer.predict`` without the prior, and with it as
    the Viterbi path of its emission scores plus the bonus at the marked tags the model
    knows (the tiny model never saw a place of two words: no B-LOC, E-LOC)."""
    from stanza.models.common.crf import viterbi_decode
    from stanza.models.common.doc import Document
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    from pipeline.taggers import stanza as module

    _, model_dir, _ = trained
    tagger = StanzaTagger.load(model_dir)
    trainer = tagger._trainer
    sentences = [["زار", "الوفد", "الخرطوم"], ["قال", "محمد", "في", "الولايات", "المتحدة"]]
    document = Document([[{"text": module.stanza_form(w)} for w in s] for s in sentences])
    tagger.PLACE_PRIOR = tagger.GIVEN_NAME_PRIOR = tagger.HARVEST_PRIOR = 0.0
    with torch.no_grad():
        batches = module._batches(trainer, document, 8)
        own = [tags for batch in batches for tags in trainer.predict(batch)]
    assert tagger.predict(sentences) == [module._bioes_to_bio(tags) for tags in own]

    tagger.PLACE_PRIOR = 50.0  # larger than any score the tiny model gives: the prior decides
    with torch.no_grad():
        ((emissions, transitions),) = module._scores([trainer], document, 8)
    vocab = trainer.vocab["tag"]
    expected = []
    for words, scores in zip(sentences, emissions, strict=True):
        scores = scores.copy()
        for at, tag, bonus in module._place_prior(words, 50.0):
            if (known := vocab.map([(tag,)])[0][0]) >= VOCAB_PREFIX_SIZE:
                scores[at, known] += bonus
        ids, _ = viterbi_decode(scores, transitions)
        units = [vocab.id2unit(i) for i in ids]
        expected.append(module._bioes_to_bio([u[0] if isinstance(u, list) else u for u in units]))
    tagged = tagger.predict(sentences)
    assert tagged == expected
    assert tagged[0][2] != "O" and "O" not in tagged[1][3:]  # the places are in names now
    tagger.PLACE_PRIOR = 0.0
    assert tagger.predict(sentences)[0][2] == "O"  # and were not before


def test_ensemble_member_missing_or_foreign_is_named(trained, tmp_path):
    _, model_dir, _ = trained
    model = model_dir / STANZA_MODEL_NAME
    folder = _ensemble(tmp_path / "pair", model, {"ar_ner_2.pt": model})
    (folder / "ar_ner_2.pt").unlink()
    with pytest.raises(ModelError, match=r"ar_ner_2\.pt"):
        StanzaTagger.load(folder)
    (folder / "ar_ner_2.pt").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"ar_ner_2\.pt: not a Stanza NER model"):
        StanzaTagger.load(folder)


def test_retraining_writes_a_card_without_members(trained, tmp_path):
    """A model retrained over an ensemble's folder tags alone: a stale member left beside it
    is never combined with it."""
    gold, model_dir, _ = trained
    model = model_dir / STANZA_MODEL_NAME
    folder = _ensemble(tmp_path / "pair", model, {"ar_ner_2.pt": model})
    train_stanza([gold], [], folder, dataclasses.replace(TINY, max_steps=30), seed=9)
    assert StanzaTagger.load(folder).members == ()


def test_half_precision_file_is_smaller_and_loads_as_float32(trained, tmp_path):
    import shutil

    from pipeline.taggers.stanza import store_half

    _, model_dir, _ = trained
    model = tmp_path / STANZA_MODEL_NAME
    shutil.copy(model_dir / STANZA_MODEL_NAME, model)
    before = model.stat().st_size
    assert store_half(model) == model.stat().st_size < before
    weights = torch.load(model, map_location="cpu", weights_only=True)["model"]
    assert {v.dtype for v in weights.values() if torch.is_floating_point(v)} == {torch.float16}
    tagger = StanzaTagger.load(model)
    assert {p.dtype for p in tagger._trainer.model.parameters()} == {torch.float32}
    words = [[w for w, _ in sentence] for sentence in FIXTURE[:3]]
    assert tagger.predict(words) == StanzaTagger.load(model_dir).predict(words)


def test_missing_or_broken_model_says_how_to_fix(tmp_path):
    with pytest.raises(ModelError, match="make train TAGGER=stanza"):
        StanzaTagger.load(tmp_path / "none.pt")
    with pytest.raises(ModelError, match="make train TAGGER=stanza"):
        StanzaTagger.load(tmp_path)  # a folder without ar_ner.pt
    broken = tmp_path / "broken.pt"
    broken.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="not a Stanza NER model"):
        StanzaTagger.load(broken)


def test_no_training_data(tmp_path):
    with pytest.raises(ValueError, match="no training sentences"):
        train_stanza([], [], tmp_path, TINY)


def test_stanza_logger_is_not_left_at_debug():
    assert logging.getLogger("stanza").getEffectiveLevel() >= logging.INFO


# --- CoNLL-U ---------------------------------------------------------------------------------

TEXT = "date 2025-06-13\nقال محمد بن سلمان، في الرياض.\nوأعلنت ميتا عن نموذج جديد."


def tagged_article(article_id: str = "a1") -> Article:
    """An article of three sentences (a date header first) with gold tags set on its tokens."""
    article = add_tokens(parse_article(TEXT.encode(), Article(id=article_id, source="x")))
    gold = {"محمد": "B-PER", "بن": "I-PER", "سلمان": "I-PER", "الرياض": "B-LOC", "ميتا": "B-ORG"}
    tokens = [dataclasses.replace(t, tag=gold.get(t.text, "O")) for t in article.tokens]
    return dataclasses.replace(article, tokens=tokens)


def test_conllu_round_trips_through_stanza_reader(tmp_path):
    articles = [tagged_article("a1"), tagged_article("a2")]
    path = write_conllu(articles, tmp_path / "out" / "articles.conllu")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# newdoc id = a1\n")
    assert "# newdoc id = a2\n" in text
    documents = CoNLL.conll2multi_docs(input_file=str(path))
    assert len(documents) == 2
    for article, document in zip(articles, documents, strict=True):
        read = [t for sentence in document.sentences for t in sentence.tokens]
        assert [(t.text, t.start_char, t.end_char, t.ner) for t in read] == [
            (t.text, t.start, t.end, t.tag) for t in article.tokens
        ]
        for token in read:
            assert article.text[token.start_char : token.end_char] == token.text
    assert "ner=B-PER" in text and "start_char=" in text


def test_conllu_skips_articles_without_tokens():
    article = tagged_article()
    empty = Article(id="empty", source="x", text="")
    assert format_conllu([empty, article]) == format_conllu([article])
    assert "# newdoc id = empty" not in format_conllu([empty, article])


# --- The shipped model -----------------------------------------------------------------------


def test_shipped_model_loads_offline_and_tags_the_corpus(corpus_articles):
    tagger = StanzaTagger.load(STANZA_MODEL)
    article = add_tokens(corpus_articles[0])
    tagged = tag_article(article, tagger)
    assert len(tagged.tokens) == len(article.tokens)
    assert tagged.entities, "the shipped model finds no entity in a corpus article"


def test_shipped_card_describes_the_shipped_model_and_annotations():
    card = json.loads(STANZA_CARD.read_text(encoding="utf-8"))
    assert card["model"] == STANZA_MODEL.name and card["kind"] == "stanza"
    assert card["size_bytes"] == STANZA_MODEL.stat().st_size
    assert STANZA_MODEL.stat().st_size < 40 * 1024 * 1024
    # every shipped model file together stays small enough for the repository's history
    shipped = sum(p.stat().st_size for p in (ROOT / "models").rglob("*") if p.is_file())
    assert shipped < 100 * 1024 * 1024
    shipped = {str(p.relative_to(ROOT)) for p in ANNOTATIONS.glob("*.conll")}
    assert shipped <= {f["path"] for f in card["training"]}
    # each ensemble member lies beside it with a card of its own, trained on the same data
    for name in card.get("ensemble", {}).get("members", []):
        member = STANZA_MODEL.parent / name
        member_card = json.loads(member.with_suffix(".json").read_text(encoding="utf-8"))
        assert member_card["model"] == name and member_card["size_bytes"] == member.stat().st_size
        assert [f["sha256"] for f in member_card["training"]] == [
            f["sha256"] for f in card["training"]
        ]
    assert [path.name for _, path in StanzaTagger.load(STANZA_MODEL).members] == card.get(
        "ensemble", {}
    ).get("members", [])


def _tiny_pretrained(folder: Path) -> None:
    """Tiny word vectors and forward/backward character LMs, built here with Stanza's own code
    (the shipped ones come from bench/build_vectors.py): the loading path, not the accuracy."""
    from stanza.models import charlm
    from stanza.models.common.pretrain import Pretrain

    from pipeline.normalize import normalize_word
    from pipeline.taggers.stanza import CHARLM_NAMES, PRETRAIN_NAME

    words = sorted({normalize_word(w) for sentence in FIXTURE for w, _ in sentence})
    text = folder / "vectors.txt"
    text.write_text(
        f"{len(words)} 4\n"
        + "".join(f"{w} {i % 3}.5 0.25 -0.5 {i / 10}\n" for i, w in enumerate(words)),
        encoding="utf-8",
    )
    Pretrain(str(folder / PRETRAIN_NAME), str(text), max_vocab=-1).load()
    corpus = folder / "charlm"
    (corpus / "train").mkdir(parents=True)
    lines = [" ".join(normalize_word(w) for w, _ in s) + "\n" for s in FIXTURE] * 20
    (corpus / "train" / "train.txt").write_text("".join(lines), encoding="utf-8")
    (corpus / "dev.txt").write_text("".join(lines[:6]), encoding="utf-8")
    for direction, name in zip(("forward", "backward"), CHARLM_NAMES, strict=True):
        charlm.main([
            "--train_dir", str(corpus / "train"), "--eval_file", str(corpus / "dev.txt"),
            "--direction", direction, "--shorthand", "ar_test", "--mode", "train", "--cpu",
            "--seed", "7", "--char_emb_dim", "4", "--char_hidden_dim", "8", "--bptt_size", "20",
            "--batch_size", "4", "--epochs", "1", "--cutoff", "0", "--eval_steps", "-1",
            "--save_dir", str(folder), "--save_name", name,
        ])  # fmt: skip


def test_pretrained_vectors_and_character_lm_are_found_and_used(tmp_path, monkeypatch):
    from pipeline.taggers import stanza as stanza_tagger
    from pipeline.taggers.stanza import CHARLM_NAMES, PRETRAIN_NAME, fit_stanza

    # only the files built here: the shipped ones (other sizes) must not stand in for them
    monkeypatch.setattr(stanza_tagger, "VECTOR_DIR", tmp_path / "no-vectors")

    model_dir = tmp_path / "model"
    model_dir.mkdir()
    _tiny_pretrained(model_dir)
    params = dataclasses.replace(TINY, pretrained=True, max_steps=40)
    model = model_dir / STANZA_MODEL_NAME
    fit_stanza(FIXTURE, model, params, seed=7, dev=FIXTURE[:3], vector_dir=model_dir)
    config = torch.load(model, map_location="cpu", weights_only=True)["config"]
    # the model records the files by name only (portable), and uses both
    assert config["wordvec_pretrain_file"] == PRETRAIN_NAME
    assert config["charlm"] is True
    assert [config["charlm_forward_file"], config["charlm_backward_file"]] == list(CHARLM_NAMES)
    tagger = StanzaTagger.load(model)
    assert sorted(f.name for f in tagger.extra_files) == sorted([PRETRAIN_NAME, *CHARLM_NAMES])
    tags = tagger.predict([["قال", "محمد", "بن", "سلمان", "."], []])
    assert len(tags[0]) == 5 and tags[1] == []
    # the fingerprint changes with the vectors: outputs tagged with other vectors are stale
    before = tagger.fingerprint()
    (model_dir / PRETRAIN_NAME).write_bytes((model_dir / PRETRAIN_NAME).read_bytes() + b"\0")
    assert StanzaTagger.load(model).fingerprint() != before
    (model_dir / CHARLM_NAMES[1]).unlink()
    with pytest.raises(ModelError, match=CHARLM_NAMES[1]):
        StanzaTagger.load(model)


def test_ensemble_members_share_their_character_lms(tmp_path, monkeypatch):
    """Two members trained with the same character LM files get its representation of each
    batch computed once (the LMs are most of the tagging time), and tag exactly as when each
    member computes its own; they hold one copy of the pretrained word vectors."""
    import contextlib

    from stanza.models.common.char_model import CharacterLanguageModel

    from pipeline.taggers import stanza as stanza_tagger
    from pipeline.taggers.stanza import fit_stanza

    monkeypatch.setattr(stanza_tagger, "VECTOR_DIR", tmp_path / "no-vectors")
    folder = tmp_path / "model"
    folder.mkdir()
    _tiny_pretrained(folder)
    params = dataclasses.replace(TINY, pretrained=True, max_steps=30)
    first, second = folder / STANZA_MODEL_NAME, folder / "ar_ner_b.pt"
    fit_stanza(FIXTURE, first, params, seed=7, dev=FIXTURE[:3], vector_dir=folder)
    fit_stanza(FIXTURE, second, params, seed=8, dev=FIXTURE[:3], vector_dir=folder)
    (folder / "ar_ner.json").write_text(
        json.dumps({"ensemble": {"members": [second.name]}}), encoding="utf-8"
    )
    pair = StanzaTagger.load(first)
    assert len(pair.members) == 1
    # the frozen pretrained vectors: one copy for both
    assert pair.members[0][0].model.word_emb is pair._trainer.model.word_emb
    assert StanzaTagger.load(second)._trainer.model.word_emb is not pair._trainer.model.word_emb
    sentences = [[w for w, _ in sentence] for sentence in FIXTURE] + [["قال", "وانغ"]]
    calls = []
    real = CharacterLanguageModel.forward

    def counted(self, *args, **kwargs):
        calls.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(CharacterLanguageModel, "forward", counted)
    pair.BATCH_SIZE = 4
    batches = -(-len(sentences) // 4)
    shared = pair.predict(sentences)
    assert len(calls) == 2 * batches  # forward and backward LM, once a batch for both members
    calls.clear()
    monkeypatch.setattr(stanza_tagger, "_shared_char_lms", lambda _: contextlib.nullcontext())
    assert pair.predict(sentences) == shared
    assert len(calls) == 2 * 2 * batches
    # once done, each member's LM computes for itself again
    assert not any("get_representation" in vars(m) for _, m in pair._trainer.model.named_modules())


def test_run_with_stanza_on_two_worker_processes_finishes(tmp_path):
    """Workers forked from a process that had loaded the shipped Stanza model waited forever
    (torch's thread pool): they are spawned instead."""
    import subprocess
    import sys

    model = STANZA_MODEL
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, text in enumerate(["قال محمد بن سلمان إن ميتا في الرياض.", "شارك وانغ في دافوس."]):
        (articles / f"a{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(articles), "--out", str(out),
         "--tagger", "stanza", "--model", str(model), "--jobs", "2"],
        capture_output=True, text=True, timeout=240, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (out / "a0" / "entities.csv").is_file() and (out / "a1" / "entities.csv").is_file()


@pytest.mark.parametrize("emb_finetune", [True, False])
def test_emb_finetune_decides_whether_training_words_move_their_vectors(
    tmp_path, monkeypatch, emb_finetune
):
    """``emb_finetune=False`` (Stanza's ``--no_emb_finetune``): the training words keep the
    vectors learned from unlabelled news, as the words training never saw do."""
    from pipeline.taggers import stanza as stanza_tagger
    from pipeline.taggers.stanza import fit_stanza

    monkeypatch.setattr(stanza_tagger, "VECTOR_DIR", tmp_path / "no-vectors")
    _tiny_pretrained(tmp_path)
    params = dataclasses.replace(TINY, pretrained=True, max_steps=20, emb_finetune=emb_finetune)
    model = tmp_path / STANZA_MODEL_NAME
    fit_stanza(FIXTURE, model, params, seed=7, vector_dir=tmp_path)
    checkpoint = torch.load(model, map_location="cpu", weights_only=True)
    assert checkpoint["config"]["emb_finetune"] is emb_finetune
    delta = checkpoint["model"]["delta_emb.weight"]
    assert bool(delta.abs().sum() > 0) is emb_finetune
