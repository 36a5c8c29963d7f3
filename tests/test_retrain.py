"""Retraining after corrections: settings, base corpora or pseudo-rehearsal, the card, and the
whole loop (suggest -> correct -> import -> retrain -> the corrected spans come out corrected).

Models are trained with few iterations on tiny data in ``tmp_path``; nothing outside the
repository is read.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import config
from pipeline.changes import record_changes
from pipeline.corrections import import_annotations
from pipeline.formats.conll import format_conll, read_conll
from pipeline.read import read_article
from pipeline.run import add_tokens
from pipeline.suggest import suggest
from pipeline.taggers.base import tag_article
from pipeline.taggers.crf import CrfTagger
from pipeline.train import (
    BaseCorpus,
    CrfParams,
    SettingsError,
    TrainingSettings,
    read_settings,
    retrain,
    write_card,
)

FAST = CrfParams(max_iterations=40)


# --- Settings ----------------------------------------------------------------------------------


def test_settings_name_base_corpora_relative_to_the_project(tmp_path: Path) -> None:
    path = tmp_path / "training.toml"
    path.write_text(
        '[[base]]\nname = "A"\npath = "../data/a.conll"\nlicence = "CC BY-SA 4.0"\n'
        '[[base]]\nuse = false\npath = "b.conll"\n'
        '[rehearsal]\narticles = ["raw", "more"]\n',
        encoding="utf-8",
    )
    settings = read_settings(path, root=tmp_path / "project")
    assert settings.base == (BaseCorpus("A", tmp_path / "data" / "a.conll", "CC BY-SA 4.0"),)
    assert settings.base[0].domain == "news"
    assert settings.rehearsal_articles == (tmp_path / "project/raw", tmp_path / "project/more")


def test_no_settings_file_means_rehearsal_on_the_corpus(tmp_path: Path) -> None:
    settings = read_settings(tmp_path / "none.toml", root=tmp_path)
    assert settings == TrainingSettings((), (tmp_path / "corpus" / "raw",))


BAD_SETTINGS = [
    ("not TOML", "[[base]\n", "not a TOML file"),
    ("base without a path", '[[base]]\nname = "x"\n', "[[base]] entry 1 has no 'path'"),
    ("rehearsal not a list", '[rehearsal]\narticles = "raw"\n', "must be a list"),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in BAD_SETTINGS],
                         ids=[c[0] for c in BAD_SETTINGS])
def test_bad_settings_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "training.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"^{path}: .*{message.replace('[', '.')}"):
        read_settings(path)


def test_the_shipped_settings_name_anercorp_and_aqmar() -> None:
    text = (config.ROOT / "corpus" / "training.toml").read_text(encoding="utf-8")
    assert "anercorp/train.conll" in text and "aqmar/train.conll" in text
    base = read_settings().base
    assert [c.name.split(",")[0] for c in base] == [
        "ANERcorp (CAMeL Lab release)",
        "AQMAR Arabic Wikipedia named entity corpus",
        "AQMAR Arabic Wikipedia named entity corpus",
    ]
    assert [c.domain for c in base] == ["news", "wiki", "wiki"]


# --- Training on two domains -------------------------------------------------------------------

#: News tags طوباس as a place; the other domain, with three times the sentences, leaves it O.
NEWS = "زار\tO\nالوفد\tO\nطوباس\tB-LOC\nأمس\tO\n\n" * 10
WIKI = "زار\tO\nالوفد\tO\nطوباس\tO\nأمس\tO\n\n" * 30


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("wiki", "B-LOC"), ("news", "O")],
    ids=["marked features: news conventions win", "one domain: the majority wins"],
)
def test_a_corpus_of_another_domain_trains_marked_features(
    tmp_path: Path, domain: str, expected: str
) -> None:
    news, wiki = tmp_path / "news.conll", tmp_path / "wiki.conll"
    news.write_text(NEWS, encoding="utf-8")
    wiki.write_text(WIKI, encoding="utf-8")
    model = tmp_path / "m.crfsuite"
    settings = TrainingSettings(
        (BaseCorpus("news", news), BaseCorpus("wiki", wiki, domain=domain)), ()
    )
    card = retrain([], (), model, model.with_suffix(".json"), FAST, settings).card
    tagger = CrfTagger.load(model)
    assert tagger.predict([["زار", "الوفد", "طوباس", "أمس"]])[0][2] == expected
    if domain == "news":  # one domain: no marks, and the card says nothing of domains
        assert "domains" not in card["features"] and tagger.domain == ""
    else:
        assert card["features"]["domains"]["tag"] == "news" and tagger.domain == "news"
        # tagging without the news copies gives other tags: outputs are stamped with the domain
        assert CrfTagger.load(model, "").fingerprint() != tagger.fingerprint()
        assert [f["domain"] for f in card["training"]] == ["news", "wiki"]


# --- What retraining trains on -----------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    """Two shipped articles, the gold of one sentence of the first, and the shipped model."""
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir()
    gold.mkdir()
    for path in sorted(config.CORPUS_RAW.glob("*.txt"))[:2]:
        shutil.copyfile(path, raw / path.name)
    first = sorted(config.ANNOTATIONS.glob("*.conll"))[0]
    (gold / first.name).write_text(format_conll(read_conll(first)[:1]), encoding="utf-8")
    model = tmp_path / "crf.crfsuite"
    shutil.copyfile(config.CRF_MODEL, model)
    card = json.loads(config.CRF_CARD.read_text(encoding="utf-8"))
    write_card(model.with_suffix(".json"), card)
    return {"raw": raw, "gold": gold, "model": model, "card": model.with_suffix(".json")}


def test_without_base_corpora_the_model_rehearses_its_own_tags(workspace: dict[str, Path]):
    old_scores = json.loads(workspace["card"].read_text(encoding="utf-8"))["scores"]
    assert old_scores  # the shipped card has scores: they must not be wiped
    settings = TrainingSettings(
        (BaseCorpus("absent", workspace["raw"] / "no.conll"),), (workspace["raw"],)
    )
    gold = sorted(workspace["gold"].glob("*.conll"))
    result = retrain(gold, (), workspace["model"], workspace["card"], FAST, settings)
    assert result.mode == "pseudo-rehearsal"
    assert result.missing == (str(workspace["raw"] / "no.conll"),)
    card = json.loads(workspace["card"].read_text(encoding="utf-8"))
    rehearsal = card["pseudo_rehearsal"]
    assert rehearsal["articles"] == 2
    assert rehearsal["sentences"] > 40  # every sentence but the corrected one
    assert sum(rehearsal["entities"].values()) > 20
    assert "pseudo-rehearsal" in card["trained_on"]
    assert card["previous_model"]["scores"] == old_scores
    assert card["scores"] == {} and "do not apply" in card["scores_note"]
    assert card["sha256"] != card["previous_model"]["sha256"]


def test_the_corrected_sentence_is_not_rehearsed(workspace: dict[str, Path]) -> None:
    settings = TrainingSettings((), (workspace["raw"],))
    gold = sorted(workspace["gold"].glob("*.conll"))
    with_gold = retrain(gold, (), workspace["model"], workspace["card"], FAST, settings)
    n = with_gold.card["pseudo_rehearsal"]["sentences"]
    shutil.copyfile(config.CRF_MODEL, workspace["model"])
    without = retrain([], (), workspace["model"], workspace["card"], FAST, settings)
    assert without.card["pseudo_rehearsal"]["sentences"] == n + 1


def test_base_corpora_that_exist_are_trained_on(workspace: dict[str, Path], tmp_path: Path):
    base = tmp_path / "base.conll"
    base.write_text("زار\tO\nبغداد\tB-LOC\n\nقال\tO\nجوزيف\tB-PER\nعون\tI-PER\n\n", "utf-8")
    settings = TrainingSettings((BaseCorpus("base", base),), (workspace["raw"],))
    gold = sorted(workspace["gold"].glob("*.conll"))
    result = retrain(gold, (), workspace["model"], workspace["card"], FAST, settings)
    assert result.mode == "base-corpora"
    paths = [f["path"] for f in result.card["training"]]
    assert paths[-1] == str(base) and len(paths) == 2
    assert "pseudo_rehearsal" not in result.card
    assert str(base) in result.card["trained_on"]


def test_without_a_model_the_corrections_alone(workspace: dict[str, Path]) -> None:
    workspace["model"].unlink()
    gold = sorted(workspace["gold"].glob("*.conll"))
    settings = TrainingSettings((), (workspace["raw"],))
    result = retrain(gold, (), workspace["model"], workspace["card"], FAST, settings)
    assert result.mode == "corrections-only"
    assert workspace["model"].is_file()


# --- The loop ----------------------------------------------------------------------------------

FLIP = {"ORG": "LOC", "PER": "ORG", "LOC": "ORG", "MISC": "ORG"}


def test_suggest_correct_import_retrain_gives_the_corrected_spans(
    workspace: dict[str, Path], tmp_path: Path
) -> None:
    raw, gold, model = workspace["raw"], tmp_path / "new_gold", workspace["model"]
    tagger = CrfTagger.load(model)
    articles = [tag_article(add_tokens(read_article(p)), tagger) for p in sorted(raw.iterdir())]
    chosen, (path,) = suggest(articles, tagger, "doccano", tmp_path / "suggest", 4, gold)
    assert len({e.article_id for e in chosen}) == 2
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    corrected = [r for r in records if r["label"]][:2]
    assert corrected
    for record in corrected:  # the annotator relabels every name of the sentence
        record["label"] = [[s, e, FLIP[label]] for s, e, label in record["label"]]
    files = []
    for i, record in enumerate(corrected):  # one file per annotator
        files.append(tmp_path / f"annotator{i}.jsonl")
        files[-1].write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    files.append(path)  # the untouched suggestions too: nothing of them may become gold
    import_annotations(files, raw, gold, note=lambda _: None)
    assert sum(len(read_conll(p)) for p in gold.glob("*.conll")) == len(corrected)

    settings = TrainingSettings((), (raw,))
    result = retrain(sorted(gold.glob("*.conll")), (), model, workspace["card"], FAST, settings)
    assert result.mode == "pseudo-rehearsal"
    retrained = CrfTagger.load(model)
    for record in corrected:
        article = next(a for a in articles if a.id == record["article_id"])
        tagged = tag_article(add_tokens(read_article(Path(article.source))), retrained)
        start, end = record["offset"], record["offset"] + len(record["text"])
        spans = [[s.start - start, s.end - start, s.label] for s in tagged.entities
                 if start <= s.start and s.end <= end]
        assert spans == record["label"], record["text"]


def test_a_run_says_what_changed_in_the_entities(tmp_path: Path) -> None:
    header = "\ufeffarticle_id,sentence,start,end,text,label,canonical,confidence\n"
    (tmp_path / "entities.csv").write_text(
        header + "a,0,0,4,ميتا,ORG,ميتا,0.9\na,0,10,14,وانغ,PER,وانغ,0.8\n", encoding="utf-8"
    )
    assert record_changes(tmp_path).line() == (
        "entities: 2 (no previous run in this folder to compare with)"
    )
    assert record_changes(tmp_path).line() == "entities since the previous run: unchanged"
    (tmp_path / "entities.csv").write_text(
        header + "a,0,0,4,ميتا,LOC,ميتا,0.9\nb,0,3,7,جوجل,ORG,جوجل,0.7\n", encoding="utf-8"
    )
    assert record_changes(tmp_path).line() == (
        "entities since the previous run: 1 added, 1 removed, 1 relabelled (in 2 articles)"
    )
