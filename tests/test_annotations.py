"""Annotation files: CoNLL (strict gold, lenient external data) and the exchange formats.

The exchange tests run on a two-article corpus built in ``tmp_path`` (error and shape tables) and
on the shipped corpus with its gold annotations given as the "predictions" (round trips).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import config
from pipeline.bio import tags_to_spans
from pipeline.config import ANNOTATIONS, TOKEN_COLUMNS
from pipeline.corrections import (
    EXPORT_FORMATS,
    detect_format,
    export_annotations,
    import_annotations,
)
from pipeline.doc import LABELS, Article
from pipeline.formats.common import AnnotationError, LabeledSentence
from pipeline.formats.conll import (
    article_conll,
    format_conll,
    format_conll_documents,
    lenient_tag,
    read_conll,
    read_conll_documents,
    write_conll,
)
from pipeline.formats.doccano import DOCCANO_FILE, format_doccano, read_doccano
from pipeline.formats.label_studio import (
    LABEL_STUDIO_CONFIG_FILE,
    LABEL_STUDIO_FILE,
    format_label_studio,
    read_label_studio,
)
from pipeline.formats.tokens_csv import read_tokens_csv
from pipeline.read import parse_article, read_article
from pipeline.tables import article_rows, format_csv
from pipeline.tokenize import tokenize

MALFORMED = [
    ("missing tab", "ميتا\tB-ORG\nتستثمر O\n", 2, "expected 'token<TAB>tag'"),
    ("empty tag", "ميتا\tB-ORG\nتستثمر\t\n", 2, "expected 'token<TAB>tag'"),
    ("unknown label", "ميتا\tB-COMPANY\n", 1, "unknown tag 'B-COMPANY'"),
    ("I- without B-", "قال\tO\nوانغ\tI-PER\n", 2, "I-PER does not continue"),
    ("I- of another label", "\nميتا\tB-ORG\nوانغ\tI-PER\n", 3, "I-PER does not continue"),
]


@pytest.mark.parametrize(
    ("content", "line", "message"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_file_is_rejected_with_file_and_line(
    tmp_path: Path, content: str, line: int, message: str
) -> None:
    path = tmp_path / "bad.conll"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError) as error:
        read_conll(path)
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)


LENIENT = [
    ("B-PERS", "B-PER"), ("I-PERS", "I-PER"), ("B-MIS2", "B-MISC"), ("I-MIS1", "I-MISC"),
    ("B-MISC", "B-MISC"), ("I--ORG", "I-ORG"), ("B-ENGLISH", "O"), ("B-SPANISH", "O"),
    ("OO", "O"), ("O", "O"), ("B-LOC", "B-LOC"), ("garbage", "O"),
]


@pytest.mark.parametrize(("tag", "expected"), LENIENT, ids=[t for t, _ in LENIENT])
def test_lenient_tag(tag: str, expected: str) -> None:
    assert lenient_tag(tag) == expected


def test_lenient_reading_repairs_external_data(tmp_path: Path) -> None:
    path = tmp_path / "aqmar.conll"
    path.write_text("في\tO\nبرلين\tI-LOC\nx y\tB-MIS3\n\n", encoding="utf-8")
    assert read_conll(path, strict=False) == [[("في", "O"), ("برلين", "B-LOC"), ("x y", "B-MISC")]]


def test_round_trip(tmp_path: Path) -> None:
    sentences = [[("ميتا", "B-ORG"), ("تستثمر", "O")], [("قال", "O"), ("وانغ", "B-PER")]]
    path = tmp_path / "a.conll"
    write_conll(path, sentences)
    assert path.read_text(encoding="utf-8") == "ميتا\tB-ORG\nتستثمر\tO\n\nقال\tO\nوانغ\tB-PER\n\n"
    assert read_conll(path) == sentences
    assert format_conll(read_conll(path)) == path.read_text(encoding="utf-8")


def test_pers_is_read_as_per(tmp_path: Path) -> None:
    path = tmp_path / "a.conll"
    path.write_text("برند\tB-PERS\nجوتشولك\tI-PERS\n", encoding="utf-8")
    assert read_conll(path) == [[("برند", "B-PER"), ("جوتشولك", "I-PER")]]


def test_shipped_annotations_are_valid_and_align_with_the_tokenizer(corpus_articles) -> None:
    from pipeline.tokenize import tokenize

    for article in corpus_articles:
        sentences = read_conll(ANNOTATIONS / f"{article.id}.conll")
        _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        assert [w for s in sentences for w, _ in s] == [t.text for t in tokens], article.id


# --- Exchange formats: export pre-annotations, import corrections ----------------------------
#
# A small corpus of two articles (in tmp_path) for the error tables, and the shipped corpus with
# its gold annotations given as "predictions" for the round trips.


#: Date header (body starts at 17), three sentences, then site boilerplate (from 139).
TEXT = (
    " date 2025-09-04\n"
    "وافقت ميتا على دفع 14.8 مليار دولار لشركة Scale AI. وقال ألكسندر وانغ إن الصفقة كبيرة.\n"
    "وتعمل الشركة في الولايات المتحدة.\n\n"
    "شارك هذا الخبر\nإبراهيم مصطفى\n"
)
TEXT2 = "قال مارك زوكربيرغ إن ميتا ستنفق المليارات.\n"
OLD_GOLD = "قديم\tO\n\n"


def at(words: str, text: str = TEXT) -> tuple[int, int]:
    """Offsets of the first occurrence of ``words``."""
    start = text.index(words)
    return start, start + len(words)


META, SCALE, WANG, USA = at("ميتا"), at("Scale AI"), at("ألكسندر وانغ"), at("الولايات المتحدة")
BYLINE, HEADER = at("إبراهيم مصطفى"), at("2025-09-04")


def doccano(spans: list, text: str = TEXT, article_id: str = "t1", key: str = "label") -> str:
    """One Doccano JSONL line (``id`` is Doccano's own number, as in a real export)."""
    record = {"id": 7, "text": text, key: spans, "article_id": article_id}
    return json.dumps(record, ensure_ascii=False) + "\n"


def ls_value(words: str, label: str, text: str = TEXT, covered: str | None = None) -> dict:
    start, end = at(words, text)
    return {"start": start, "end": end, "text": words if covered is None else covered,
            "labels": [label]}


def ls_result(*values: dict) -> list[dict]:
    return [{"id": f"r{i}", "from_name": "label", "to_name": "text", "type": "labels", "value": v}
            for i, v in enumerate(values)]


def ls_task(annotations: list[list[dict]], predictions: list[dict] = (), article_id: str = "t1",
            text: str = TEXT, task_id: int = 1, **extra: object) -> dict:
    return {
        "id": task_id,
        "data": {"text": text, "article_id": article_id},
        "annotations": [{"id": i, "result": r, **extra} for i, r in enumerate(annotations)],
        "predictions": [{"model_version": "crf", "result": ls_result(*predictions)}],
    }


def ls_file(*tasks: dict) -> str:
    return json.dumps(list(tasks), ensure_ascii=False, indent=2)


def small_article(text: str = TEXT, article_id: str = "t1") -> Article:
    """An analysed article with no entities, as the exports receive it."""
    article = parse_article(text.encode(), Article(id=article_id, source=f"{article_id}.txt"))
    sentences, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
    return dataclasses.replace(article, sentences=sentences, tokens=tokens)


def tokens_csv(edits: dict[int, tuple[str, str]] | None = None, drop: int | None = None,
               delimiter: str = ",", newline: str = "\n") -> str:
    """The tokens.csv of t1 (all O), with ``edits``: spreadsheet row -> (column, new value)."""
    rows = article_rows(small_article())["tokens.csv"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(TOKEN_COLUMNS)
    for row_number, row in enumerate(rows, start=2):
        if row_number == drop:
            continue
        column, value = (edits or {}).get(row_number, ("", ""))
        writer.writerow([value if name == column else row[name] for name in TOKEN_COLUMNS])
    return buffer.getvalue()


def conll(edits: dict[int, str] | None = None, stop: int | None = None) -> str:
    """The CoNLL of t1 (all O), with ``edits``: line number -> new line."""
    lines = format_conll(article_conll(small_article())).split("\n")[:stop]
    return "\n".join((edits or {}).get(n, line) for n, line in enumerate(lines, start=1)) + "\n"


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """``(raw, annotations)``: two articles, and an old gold file of t1 that errors must keep."""
    raw, gold = tmp_path / "raw", tmp_path / "annotations"
    raw.mkdir()
    gold.mkdir()
    (raw / "t1.txt").write_text(TEXT, encoding="utf-8")
    (raw / "t2.txt").write_text(TEXT2, encoding="utf-8")
    (gold / "t1.conll").write_text(OLD_GOLD, encoding="utf-8")
    return raw, gold


def imported(path: Path, corpus: tuple[Path, Path], notes: list[str] | None = None) -> dict:
    """Import ``path``; the written gold files by article id, as (token, tag) sentences."""
    raw, gold = corpus
    written = import_annotations(path, raw, gold, note=(notes if notes is not None else []).append)
    return {p.stem: read_conll(p) for p in written}


def tags_of(sentences: list[LabeledSentence]) -> dict[str, str]:
    return {token: tag for sentence in sentences for token, tag in sentence if tag != "O"}


# Bad files: (name, file name, content, fragments of the one-line message). The message starts
# with the file's path; nothing is written, and the old gold file is left as it was.
ERRORS = [
    ("text differs", "a.jsonl", doccano([[*META, "ORG"]], text=TEXT.replace("ميتا", "ميتى")),
     ["a.jsonl:1: article t1: the text differs from", "from offset 26"]),
    ("span cuts a token", "a.jsonl", doccano([[META[0], META[1] - 1, "ORG"]]),
     ["a.jsonl:1: article t1: span 23-26 'ميت' (ORG) cuts the word 'ميتا' at 23-27",
      "extend the span to whole words"]),
    ("span starts on a space", "a.jsonl", doccano([[META[0] - 1, META[1], "ORG"]]),
     ["span 22-27 ' ميتا' (ORG) starts on a space", "whole words"]),
    ("span crosses sentences", "a.jsonl", doccano([[SCALE[0], WANG[1], "ORG"]]),
     ["article t1: span 59-86", "crosses a sentence boundary"]),
    ("span crosses into boilerplate", "a.jsonl", doccano([[USA[0], BYLINE[0], "LOC"]]),
     ["article t1: span 120-", "crosses the edge of the article body (17-139"]),
    ("span outside the text", "a.jsonl", doccano([[150, 400, "PER"]]),
     ["article t1: span 150-400", "offsets outside the text (0-168)"]),
    ("empty span", "a.jsonl", doccano([[META[0], META[0], "ORG"]]),
     ["span 23-23 '' (ORG) is empty"]),
    ("span text differs", "a.json",
     ls_file(ls_task([ls_result(ls_value("ميتا", "ORG", covered="فيسبوك"))])),
     ["a.json: task 1: article t1: span 23-27 'ميتا' (ORG)", "text 'فيسبوك' differs"]),
    ("unknown label", "a.jsonl", doccano([[*META, "COMPANY"]]),
     ["a.jsonl:1: article t1: span 23-27 'ميتا' (COMPANY): unknown label 'COMPANY'",
      "allowed: PER, ORG, LOC, MISC; PERS is read as PER"]),
    ("overlapping spans", "a.jsonl", doccano([[*WANG, "PER"], [at("وانغ")[0], WANG[1], "PER"]]),
     ["a.jsonl:1: article t1: span 82-86 'وانغ' (PER) overlaps span 74-86 'ألكسندر وانغ'"]),
    ("same span twice", "a.jsonl", doccano([[*META, "ORG"], [*META, "ORG"]]), ["overlaps"]),
    ("unknown article", "a.jsonl", doccano([[*META, "ORG"]], article_id="t9"),
     ["a.jsonl:1: unknown article 't9' (no t9{.txt/.html/.htm} in"]),
    ("article id with a path", "a.jsonl", doccano([], article_id="../raw/t1"),
     ["a.jsonl:1: '../raw/t1' is not an article id"]),
    ("malformed JSON line", "a.jsonl", doccano([[*META, "ORG"]]) + '{"text": "x", "label": [}\n',
     ["a.jsonl:2: not JSON (Expecting value at column 25)"]),
    ("record without article id", "a.jsonl", '{"id": 3, "text": "x", "label": []}\n',
     ["a.jsonl:1: record names no article (expected an 'article_id' field, got id 3)"]),
    ("classification project", "a.jsonl", doccano(["positive"]),
     ["a.jsonl:1: article t1: span 'positive' is not [start, end, label]"]),
    ("article given twice", "a.jsonl", doccano([]) + doccano([[*META, "ORG"]]),
     ["a.jsonl:2: article t1 is given twice (also at"]),
    ("bad record after a good one", "a.jsonl",
     doccano([[*META, "ORG"]]) + doccano([[0, 7, "ORG"]], text=TEXT2, article_id="t2"),
     ["a.jsonl:2: article t2: span 0-7 'قال مار' (ORG) cuts the word 'مارك'"]),
    ("two labels on a span", "a.json",
     ls_file(ls_task([ls_result({**ls_value("ميتا", "ORG"), "labels": ["ORG", "PER"]})])),
     ["a.json: task 1: article t1: span 23-27 has labels ['ORG', 'PER']; give each span exactly"]),
    ("task without article id", "a.json", '[{"id": 5, "data": {"text": "x"}, "annotations": []}]',
     ["a.json: task 5: task names no article (no 'data.article_id')"]),
    ("malformed JSON", "a.json", '[\n {"data": }\n]', ["a.json:2: not JSON (Expecting value"]),
    ("tokens.csv bad tag", "tokens.csv", tokens_csv({3: ("tag", "B-COMPANY")}),
     ["tokens.csv: row 3: article t1: unknown tag 'B-COMPANY'"]),
    ("tokens.csv stray I-", "tokens.csv", tokens_csv({4: ("tag", "I-ORG")}),
     ["tokens.csv: row 4: article t1: I-ORG does not continue a B-ORG"]),
    ("tokens.csv empty tag", "tokens.csv", tokens_csv({5: ("tag", "")}),
     ["tokens.csv: row 5: article t1: empty tag (write O for none)"]),
    ("tokens.csv changed token", "tokens.csv", tokens_csv({3: ("text", "فيسبوك")}),
     ["tokens.csv: row 3: article t1: token 'فيسبوك' at 23-27 differs from the article's "
      "'ميتا' at 23-27", "edit only the tags"]),
    ("tokens.csv changed offset", "tokens.csv", tokens_csv({3: ("start", "24")}),
     ["tokens.csv: row 3: article t1: token 'ميتا' at 24-27 differs"]),
    ("tokens.csv deleted row", "tokens.csv", tokens_csv(drop=3),
     ["tokens.csv: row 3: article t1: token 'على' at 28-31 differs from the article's 'ميتا'"]),
    ("tokens.csv missing column", "tokens.csv", "article_id,start,end,text\nt1,17,22,وافقت\n",
     ["tokens.csv: row 1: a tokens.csv needs the columns article_id, start, end, text, tag"]),
    ("conll changed token", "t1.conll", conll({3: "فيسبوك\tB-ORG"}),
     ["t1.conll:3: article t1: token 'فيسبوك' at token 3 differs from the article's 'على'"]),
    ("conll bad tag", "t1.conll", conll({2: "ميتا\tB-COMPANY"}),
     ["t1.conll:2: article t1: unknown tag 'B-COMPANY'"]),
    ("conll missing tokens", "t1.conll", conll(stop=5),
     ["t1.conll:1: article t1: the file has 5 tokens, the article 24"]),
    ("conll for an unknown article", "t9.conll", conll(), ["t9.conll:1: unknown article 't9'"]),
    ("DOCSTART without id", "all.conll", "-DOCSTART- -X- -X- O\n\n" + conll(),
     ["all.conll:1: -DOCSTART- line names no article"]),
    ("not an annotation file", "notes.txt", "ملاحظات عامة\n", ["not an annotation file"]),
]


@pytest.mark.parametrize(
    ("file_name", "content", "fragments"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_bad_correction_is_an_error_and_writes_nothing(
    tmp_path: Path, corpus: tuple[Path, Path], file_name: str, content: str, fragments: list[str]
) -> None:
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError) as error:
        imported(path, corpus)
    message = str(error.value)
    assert message.startswith(str(path)), message
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    gold = corpus[1]
    assert [p.name for p in gold.iterdir()] == ["t1.conll"]
    assert (gold / "t1.conll").read_text(encoding="utf-8") == OLD_GOLD


# Good files of every shape: (name, file name, content, the entity tags t1 should get).
EXPECTED_T1 = {"ميتا": "B-ORG", "Scale": "B-ORG", "AI": "I-ORG", "ألكسندر": "B-PER",
               "وانغ": "I-PER", "الولايات": "B-LOC", "المتحدة": "I-LOC"}
T1_TRIPLES = [[*META, "ORG"], [*SCALE, "ORG"], [*WANG, "PERS"], [*USA, "LOC"]]
T1_ENTITIES = [{"id": i, "start_offset": s, "end_offset": e, "label": label}
               for i, (s, e, label) in enumerate(T1_TRIPLES)]
T1_CSV_EDITS = {3: ("tag", "B-ORG"), 10: ("tag", "B-ORG"), 11: ("tag", "I-ORG"),
                14: ("tag", "B-PER"), 15: ("tag", "I-PER"), 23: ("tag", "B-LOC"),
                24: ("tag", "I-LOC")}
T1_CONLL_EDITS = {2: "ميتا\tB-ORG", 9: "Scale\tB-ORG", 10: "AI\tI-ORG", 14: "ألكسندر\tB-PER",
                  15: "وانغ\tI-PER", 24: "الولايات\tB-LOC", 25: "المتحدة\tI-LOC"}
GOOD = [
    ("doccano label triples", "export.jsonl", doccano(T1_TRIPLES)),
    ("doccano labels (older)", "export.jsonl", doccano(T1_TRIPLES, key="labels")),
    ("doccano entities", "export.jsonl", doccano(T1_ENTITIES, key="entities")),
    ("doccano id in meta", "export.jsonl", json.dumps(
        {"id": 12, "text": TEXT, "label": T1_TRIPLES, "meta": {"article_id": "t1"}},
        ensure_ascii=False)),
    ("doccano JSON list", "export.json", f"[{doccano(T1_TRIPLES)}]"),
    ("doccano with CRLF and BOM", "export.jsonl", "\ufeff" + doccano(T1_TRIPLES) + "\r\n"),
    ("doccano, named .txt", "corrections.txt", doccano(T1_TRIPLES)),
    ("label studio", "project.json", ls_file(ls_task([ls_result(
        ls_value("ميتا", "ORG"), ls_value("Scale AI", "ORG"), ls_value("ألكسندر وانغ", "PER"),
        ls_value("الولايات المتحدة", "LOC"))]))),
    ("tokens.csv as written", "tokens.csv", "\ufeff" + tokens_csv(T1_CSV_EDITS)),
    ("tokens.csv without BOM, CRLF", "tokens.csv", tokens_csv(T1_CSV_EDITS, newline="\r\n")),
    ("tokens.csv with semicolons", "tokens.csv",
     tokens_csv(T1_CSV_EDITS, delimiter=";", newline="\r\n")),
    ("tokens.csv named .conll", "t1.conll", tokens_csv(T1_CSV_EDITS)),
    ("conll <id>.conll", "t1.conll", conll(T1_CONLL_EDITS)),
    ("conll with DOCSTART", "all.conll", "-DOCSTART- t1\n\n" + conll(T1_CONLL_EDITS)),
]


@pytest.mark.parametrize(("file_name", "content"), [c[1:] for c in GOOD], ids=[c[0] for c in GOOD])
def test_every_format_imports_the_same_gold(
    tmp_path: Path, corpus: tuple[Path, Path], file_name: str, content: str
) -> None:
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8", newline="")
    gold = imported(path, corpus)
    assert list(gold) == ["t1"]
    assert tags_of(gold["t1"]) == EXPECTED_T1
    assert [w for s in gold["t1"] for w, _ in s] == [t.text for t in small_article().tokens]


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_tokens_csv_saved_by_a_spreadsheet_in_another_encoding(
    tmp_path: Path, corpus: tuple[Path, Path], encoding: str
) -> None:
    path = tmp_path / "tokens.csv"
    path.write_bytes(tokens_csv(T1_CSV_EDITS, delimiter=";", newline="\r\n").encode(encoding))
    assert tags_of(imported(path, corpus)["t1"]) == EXPECTED_T1


# --- Detection by content ----------------------------------------------------------------------

DETECT = [
    ("doccano line", doccano([]), "doccano"),
    ("doccano list", f"[{doccano([])}]", "doccano"),
    ("label studio list", ls_file(ls_task([])), "label-studio"),
    ("label studio task", json.dumps(ls_task([])), "label-studio"),
    ("tokens.csv", "\ufeffarticle_id,sentence,index,start,end,text,norm,tag\n", "tokens-csv"),
    ("tokens.csv ;", "article_id;start;end;text;tag\r\n", "tokens-csv"),
    ("conll", "ميتا\tB-ORG\n", "conll"),
    ("conll docstart", "-DOCSTART- t1\n\nميتا\tB-ORG\n", "conll"),
]


@pytest.mark.parametrize(("text", "fmt"), [c[1:] for c in DETECT], ids=[c[0] for c in DETECT])
def test_format_is_detected_by_content(text: str, fmt: str) -> None:
    assert detect_format(Path("whatever.dat"), text.lstrip("\ufeff")) == fmt


# --- Label Studio: the last annotation wins; predictions are never imported -------------------

PRECEDENCE = [
    # (name, annotations, predictions, extra keys of each annotation, expected tags of t1)
    ("last annotation wins",
     [ls_result(ls_value("ميتا", "PER")), ls_result(ls_value("ميتا", "ORG"))],
     [ls_value("وانغ", "PER")], {}, {"ميتا": "B-ORG"}),
    ("annotation over prediction",
     [ls_result()], [ls_value("ميتا", "ORG")], {}, {}),
    ("cancelled annotations are not annotations",
     [ls_result(ls_value("ميتا", "ORG"))], [], {"was_cancelled": True}, None),
]


@pytest.mark.parametrize(
    ("annotations", "predictions", "extra", "expected"),
    [c[1:] for c in PRECEDENCE], ids=[c[0] for c in PRECEDENCE],
)
def test_label_studio_precedence(
    tmp_path: Path, corpus: tuple[Path, Path], annotations: list, predictions: list, extra: dict,
    expected: dict | None,
) -> None:
    path = tmp_path / "project.json"
    path.write_text(ls_file(ls_task(annotations, predictions, **extra)), encoding="utf-8")
    notes: list[str] = []
    gold = imported(path, corpus, notes)
    if expected is None:
        assert gold == {}
        assert (corpus[1] / "t1.conll").read_text(encoding="utf-8") == OLD_GOLD
        assert notes == [f"{path}: task 1: article t1: no annotation, skipped "
                         "(predictions are never imported)"]
    else:
        assert tags_of(gold["t1"]) == expected


def test_label_studio_task_without_annotation_is_skipped_with_a_note(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    path = tmp_path / "project.json"
    tasks = [ls_task([], [ls_value("ميتا", "ORG")]),
             ls_task([ls_result(ls_value("ميتا", "ORG", TEXT2))], article_id="t2", text=TEXT2,
                     task_id=2)]
    path.write_text(ls_file(*tasks), encoding="utf-8")
    notes: list[str] = []
    gold = imported(path, corpus, notes)
    assert list(gold) == ["t2"]
    assert tags_of(gold["t2"]) == {"ميتا": "B-ORG"}
    assert (corpus[1] / "t1.conll").read_text(encoding="utf-8") == OLD_GOLD
    assert len(notes) == 1
    assert "task 1: article t1: no annotation, skipped" in notes[0]


def test_label_studio_offsets_in_utf16_units_are_read_when_the_text_confirms_them(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    text = "🚀 قال مارك زوكربيرغ إن ميتا ستنفق المليارات.\n"
    (corpus[0] / "t3.txt").write_text(text, encoding="utf-8")
    start = text.index("ميتا") + 1  # the rocket is two UTF-16 units
    value = {"start": start, "end": start + 4, "text": "ميتا", "labels": ["ORG"]}
    path = tmp_path / "project.json"
    path.write_text(ls_file(ls_task([ls_result(value)], article_id="t3", text=text)), "utf-8")
    assert tags_of(imported(path, corpus)["t3"]) == {"ميتا": "B-ORG"}


# --- Body only: header and boilerplate spans are dropped with a note ---------------------------


def test_spans_in_header_or_boilerplate_are_ignored_with_a_note(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(doccano([[*HEADER, "MISC"], [*META, "ORG"], [*BYLINE, "PER"]]), "utf-8")
    notes: list[str] = []
    gold = imported(path, corpus, notes)
    assert tags_of(gold["t1"]) == {"ميتا": "B-ORG"}
    assert notes == [
        f"{path}:1: article t1: span 6-16 '2025-09-04' (MISC) is in the date header or site "
        "boilerplate, ignored",
        f"{path}:1: article t1: span 154-167 'إبراهيم مصطفى' (PER) is in the date header or site "
        "boilerplate, ignored",
    ]


# --- Writers and readers round-trip ------------------------------------------------------------


@pytest.fixture(scope="module")
def gold_articles() -> list[Article]:
    """The shipped articles, analysed, with their gold annotations as tags and entities."""
    articles = []
    for path in sorted(config.CORPUS_RAW.glob("*.txt")):
        article = read_article(path)
        sentences, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        tags = [tag for s in read_conll(ANNOTATIONS / f"{article.id}.conll") for _, tag in s]
        tokens = [dataclasses.replace(t, tag=g) for t, g in zip(tokens, tags, strict=True)]
        entities = tags_to_spans(article.text, tokens, tags)
        articles.append(dataclasses.replace(
            article, sentences=sentences, tokens=tokens, entities=entities))
    return articles


def _spans(article: Article) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in article.entities]


def _tokens_csv(articles: list[Article]) -> str:
    rows = [row for a in articles for row in article_rows(a)["tokens.csv"]]
    return "\ufeff" + format_csv(TOKEN_COLUMNS, rows)


#: (format, writer of the file's text, reader giving back (article id, spans or tags)).
ROUND_TRIPS: list[tuple[str, Callable, Callable]] = [
    ("doccano", format_doccano,
     lambda p, _: [(c.article_id, [(s.start, s.end, s.label) for s in c.spans])
                   for c in read_doccano(p)]),
    ("label-studio", lambda arts: format_label_studio(arts, field="annotations"),
     lambda p, _: [(c.article_id, [(s.start, s.end, s.label) for s in c.spans])
                   for c in read_label_studio(p)]),
    ("conll documents", lambda arts: format_conll_documents((a.id, article_conll(a)) for a in arts),
     lambda p, _: read_conll_documents(p)),
    ("tokens.csv", _tokens_csv,
     lambda p, _: [(c.article_id, [t.tag for t in c.tokens or ()]) for c in read_tokens_csv(p)]),
]
EXPECTED_BACK: dict[str, Callable[[Article], object]] = {
    "doccano": _spans,
    "label-studio": _spans,
    "conll documents": article_conll,
    "tokens.csv": lambda a: [t.tag for t in a.tokens],
}


@pytest.mark.parametrize(
    ("name", "write", "read"), ROUND_TRIPS, ids=[name for name, _, _ in ROUND_TRIPS]
)
def test_reader_round_trips_with_its_writer(
    tmp_path: Path, gold_articles: list[Article], name: str, write: Callable, read: Callable
) -> None:
    path = tmp_path / "file"
    path.write_text(write(gold_articles), encoding="utf-8", newline="")
    back = read(path, gold_articles)
    assert back == [(a.id, EXPECTED_BACK[name](a)) for a in gold_articles]
    assert sum(len(a.entities) for a in gold_articles) > 250  # the round trip is not empty


def _accept_predictions(files: list[Path]) -> Path:
    """What an annotator's Label Studio export holds after accepting every prediction."""
    tasks = json.loads(files[0].read_text(encoding="utf-8"))
    for i, task in enumerate(tasks, start=1):
        task["id"] = i
        task["annotations"] = [{"id": i, "result": task["predictions"][0]["result"]}]
    files[0].write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return files[0]


def _confirm_doccano(files: list[Path]) -> Path:
    """What Doccano exports after an annotator confirmed every record as it was."""
    records = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({**r, "is_confirmed": True}, ensure_ascii=False) for r in records]
    files[0].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files[0]


#: (format, the file or folder to import from what export wrote).
EXPORT_IMPORT: list[tuple[str, Callable[[list[Path]], Path]]] = [
    ("doccano", _confirm_doccano),
    ("label-studio", _accept_predictions),
    ("conll", lambda files: files[0].parent),
]


@pytest.mark.parametrize(("fmt", "to_import"), EXPORT_IMPORT, ids=[f for f, _ in EXPORT_IMPORT])
def test_export_then_import_gives_back_the_gold_files(
    tmp_path: Path, gold_articles: list[Article], fmt: str, to_import: Callable
) -> None:
    files = export_annotations(gold_articles, fmt, tmp_path / "export")
    written = import_annotations(to_import(files), config.CORPUS_RAW, tmp_path / "gold")
    assert [p.name for p in written] == [f"{a.id}.conll" for a in gold_articles]
    for path in written:
        assert path.read_bytes() == (ANNOTATIONS / path.name).read_bytes(), path.name


def test_edited_tokens_csv_imports_as_the_gold_files(
    tmp_path: Path, gold_articles: list[Article]
) -> None:
    path = tmp_path / "tokens.csv"
    path.write_text(_tokens_csv(gold_articles).replace("\n", "\r\n"), encoding="utf-8")
    written = import_annotations(path, config.CORPUS_RAW, tmp_path / "gold")
    assert len(written) == len(gold_articles)
    for path in written:
        assert path.read_bytes() == (ANNOTATIONS / path.name).read_bytes(), path.name


def test_shipped_gold_file_imports_unchanged(tmp_path: Path) -> None:
    source = sorted(ANNOTATIONS.glob("*.conll"))[0]
    written = import_annotations(source, config.CORPUS_RAW, tmp_path)
    assert [p.name for p in written] == [source.name]
    assert written[0].read_bytes() == source.read_bytes()


# --- Export layout -----------------------------------------------------------------------------

LAYOUT = [
    ("doccano", [DOCCANO_FILE]),
    ("label-studio", [LABEL_STUDIO_FILE, LABEL_STUDIO_CONFIG_FILE]),
    ("conll", ["t1.conll", "t2.conll"]),
]


@pytest.mark.parametrize(("fmt", "names"), LAYOUT, ids=[f for f, _ in LAYOUT])
def test_export_layout(tmp_path: Path, fmt: str, names: list[str]) -> None:
    articles = [small_article(), small_article(TEXT2, "t2")]
    files = export_annotations(articles, fmt, tmp_path)
    assert [p.name for p in files] == names
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)  # no temporary files


def test_exported_records_carry_the_article_id_and_text(tmp_path: Path) -> None:
    article = small_article()
    tags = ["O", "B-ORG"] + ["O"] * (len(article.tokens) - 2)
    article.entities = tags_to_spans(article.text, article.tokens, tags)
    record = json.loads((export_annotations([article], "doccano", tmp_path)[0]).read_text("utf-8"))
    assert record == {"id": "t1", "text": TEXT, "label": [[*META, "ORG"]], "article_id": "t1",
                      "predicted": [[*META, "ORG"]]}
    files = export_annotations([article], "label-studio", tmp_path)
    (task,) = json.loads(files[0].read_text(encoding="utf-8"))
    assert task["data"] == {"text": TEXT, "article_id": "t1"}
    assert "annotations" not in task
    (prediction,) = task["predictions"]
    assert prediction["model_version"]
    assert [r["value"] for r in prediction["result"]] == [
        {"start": META[0], "end": META[1], "text": "ميتا", "labels": ["ORG"]}]
    assert {(r["from_name"], r["to_name"], r["type"]) for r in prediction["result"]} == {
        ("label", "text", "labels")}


def test_label_studio_config_names_every_label(tmp_path: Path) -> None:
    files = export_annotations([small_article()], "label-studio", tmp_path)
    view = ET.fromstring(files[1].read_text(encoding="utf-8"))
    labels = view.find("Labels")
    assert labels is not None
    assert (labels.get("name"), labels.get("toName")) == ("label", "text")
    assert [label.get("value") for label in labels] == list(LABELS)
    text = view.find("Text")
    assert text is not None
    assert (text.get("name"), text.get("value")) == ("text", "$text")


def test_unknown_export_format_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError, match="unknown format 'brat'"):
        export_annotations([small_article()], "brat", tmp_path)
    assert set(EXPORT_FORMATS) == {"doccano", "label-studio", "conll"}


def test_docstart_lines_are_still_skipped_by_the_training_reader(tmp_path: Path) -> None:
    path = tmp_path / "all.conll"
    path.write_text(format_conll_documents([("a", [[("ميتا", "B-ORG")]]),
                                            ("b", [[("وانغ", "B-PER")]])]), encoding="utf-8")
    assert read_conll(path) == [[("ميتا", "B-ORG")], [("وانغ", "B-PER")]]
    documents = read_conll_documents(path)
    assert documents == [("a", [[("ميتا", "B-ORG")]]), ("b", [[("وانغ", "B-PER")]])]
