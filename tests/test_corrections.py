"""Import takes only what a person corrected or confirmed, sentence by sentence when asked.

A two-article corpus in ``tmp_path``, tagged by the shipped model; exports are made the way
``export`` and ``suggest`` make them, then edited the way an annotator would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.corrections import export_annotations, import_annotations
from pipeline.doc import Article
from pipeline.formats.common import AnnotationError, Excerpt
from pipeline.formats.conll import format_conll, read_conll
from pipeline.read import read_article
from pipeline.run import add_tokens
from pipeline.suggest import article_excerpts, export_suggestions
from pipeline.taggers.base import tag_article
from pipeline.taggers.crf import CrfTagger

TEXTS = {
    "a1": "وافقت ميتا على دفع 14.8 مليار دولار لشركة Scale AI. وقال ألكسندر وانغ إن الصفقة "
    "كبيرة.\nوتعمل الشركة في الولايات المتحدة.\n",
    "a2": "قال مارك زوكربيرغ إن ميتا ستنفق المليارات.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    raw, gold = tmp_path / "raw", tmp_path / "gold"
    raw.mkdir()
    for article_id, text in TEXTS.items():
        (raw / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return raw, gold


@pytest.fixture
def articles(corpus: tuple[Path, Path], tagger: CrfTagger) -> list[Article]:
    raw, _ = corpus
    return [tag_article(add_tokens(read_article(p)), tagger) for p in sorted(raw.glob("*.txt"))]


def excerpts(articles: list[Article], tagger: CrfTagger) -> list[Excerpt]:
    return [e for a in articles for e in article_excerpts(a, tagger, None)]


def tokens_of(articles: list[Article]) -> Callable[[str], list]:
    return {a.id: a.tokens for a in articles}.__getitem__


def import_(paths: list[Path], corpus: tuple[Path, Path], **kw: object) -> tuple[dict, list[str]]:
    notes: list[str] = []
    written = import_annotations(paths, corpus[0], corpus[1], note=notes.append, **kw)
    return {p.stem: read_conll(p) for p in written}, notes


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


# --- Untouched exports write no gold -----------------------------------------------------------

UNTOUCHED = ["doccano", "label-studio"]


@pytest.mark.parametrize("fmt", UNTOUCHED)
def test_untouched_export_writes_no_gold(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], fmt: str
) -> None:
    assert sum(len(a.entities) for a in articles) >= 3  # there are predictions to refuse
    files = export_annotations(articles, fmt, tmp_path / "export")
    gold, notes = import_(files[:1], corpus)
    assert gold == {}
    assert not corpus[1].exists()
    assert len([n for n in notes if "skipped" in n]) >= len(articles)


@pytest.mark.parametrize("fmt", UNTOUCHED)
def test_untouched_suggestions_write_no_gold(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], tagger, fmt: str
) -> None:
    files = export_suggestions(excerpts(articles, tagger), fmt, tmp_path / "suggest")
    gold, notes = import_(files[:1], corpus)
    assert gold == {}
    assert not corpus[1].exists()
    assert any("skipped" in n for n in notes)


def test_only_the_corrected_doccano_record_is_imported(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article]
) -> None:
    (path,) = export_annotations(articles, "doccano", tmp_path / "export")
    records = jsonl(path)
    records[1]["label"] = [[4, 17, "PER"]]  # a2: مارك زوكربيرغ, as the annotator marked it
    write_jsonl(path, records)
    gold, notes = import_([path], corpus)
    assert list(gold) == ["a2"]
    assert ("مارك", "B-PER") in gold["a2"][0] and ("زوكربيرغ", "I-PER") in gold["a2"][0]
    assert notes[-1] == "1 record(s) skipped: predictions nobody corrected or confirmed"


def test_a_confirmed_doccano_record_is_imported_as_it_is(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article]
) -> None:
    (path,) = export_annotations(articles, "doccano", tmp_path / "export")
    records = jsonl(path)
    records[0]["meta"] = {"is_confirmed": True}  # as Doccano keeps unknown keys
    write_jsonl(path, records)
    assert list(import_([path], corpus)[0]) == ["a1"]
    assert list(import_([path], corpus, confirmed=True)[0]) == ["a1", "a2"]


# --- Suggested sentences merge into the gold file ------------------------------------------------


def test_a_corrected_sentence_replaces_only_that_sentence_of_the_gold(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], tagger
) -> None:
    a1 = articles[0]
    old = [[(t.text, "O") for t in a1.tokens if t.sentence == s] for s in range(3)]
    old[0][1] = ("ميتا", "B-ORG")
    corpus[1].mkdir()
    (corpus[1] / "a1.conll").write_text(format_conll(old), encoding="utf-8")
    (path,) = export_suggestions(excerpts(articles, tagger), "doccano", tmp_path / "s")
    records = [r for r in jsonl(path) if (r["article_id"], r["sentence"]) == ("a1", 2)]
    usa, company = (records[0]["text"].index(w) for w in ("الولايات المتحدة", "الشركة"))
    records[0]["label"] = [[usa, usa + 16, "LOC"], [company, company + 6, "ORG"]]
    write_jsonl(path, records)
    gold, _ = import_([path], corpus)
    assert gold["a1"][:2] == old[:2]  # the other gold sentences are kept
    assert [tag for _, tag in gold["a1"][2]] == ["O", "B-ORG", "O", "B-LOC", "I-LOC", "O"]


def test_sentences_from_several_files_fill_a_new_gold_file_in_text_order(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], tagger
) -> None:
    chosen = [e for e in excerpts(articles, tagger) if e.article_id == "a1"]
    (ls_path, _) = export_suggestions(chosen[2:], "label-studio", tmp_path / "ls")
    tasks = json.loads(ls_path.read_text(encoding="utf-8"))
    tasks[0]["annotations"] = [{"id": 1, "result": []}]  # reviewed: no names here
    ls_path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    (conll_path,) = export_suggestions(chosen[:1], "conll", tmp_path / "c", tokens_of(articles))
    text = conll_path.read_text(encoding="utf-8").replace("ميتا\tB-ORG", "ميتا\tB-PER")
    conll_path.write_text(text.replace("ميتا\tO", "ميتا\tB-PER"), encoding="utf-8")
    gold, _ = import_([ls_path, conll_path], corpus)
    words = [[t.text for t in articles[0].tokens if t.sentence == s] for s in (0, 2)]
    assert [[w for w, _ in s] for s in gold["a1"]] == words
    assert ("ميتا", "B-PER") in gold["a1"][0]
    assert {tag for _, tag in gold["a1"][1]} == {"O"}


def test_the_same_sentence_in_two_files_is_an_error_and_writes_nothing(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], tagger
) -> None:
    chosen = [e for e in excerpts(articles, tagger) if e.article_id == "a2"]
    (one,) = export_suggestions(chosen, "doccano", tmp_path / "one")
    records = jsonl(one)
    records[0]["label"] = []
    write_jsonl(one, records)
    two = tmp_path / "two.jsonl"
    write_jsonl(two, records)
    with pytest.raises(AnnotationError, match=r"two\.jsonl:1: article a2: sentence 0 is given "
                       r"twice \(also at .*one.*doccano\.jsonl:1\)"):
        import_([one, two], corpus)
    assert not corpus[1].exists()


def test_a_sentence_whose_text_differs_is_an_error_naming_the_record(
    tmp_path: Path, corpus: tuple[Path, Path], articles: list[Article], tagger
) -> None:
    (path,) = export_suggestions(excerpts(articles, tagger), "doccano", tmp_path / "s")
    records = jsonl(path)
    records[1]["text"] = records[1]["text"].replace("ألكسندر", "الكسندر")
    records[1]["label"] = []
    write_jsonl(path, records)
    with pytest.raises(AnnotationError, match=rf"^{path}:2: article a1: the text at offset \d+ "):
        import_([path], corpus)
    assert not corpus[1].exists()
