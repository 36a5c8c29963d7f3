"""Hostile input: nothing lost, nothing erased, nothing hangs, never a traceback (issue 13).

Each case is built in ``tmp_path``: colliding names, a 33-digit number, a 70 MB (sparse) file, a
FIFO, UTF-16 without a BOM, a Label Studio annotation without a result, a tokens.csv with a
field over csv's limit. ``RUN_CASES`` go through ``run`` (expected ``articles.csv`` row),
``IMPORT_CASES`` through ``import`` (expected one-line error, gold left as it was); the last
tests run every case through the command line and look for a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import config, run
from pipeline.config import MAX_ARTICLE_BYTES, TOKEN_COLUMNS
from pipeline.corrections import import_annotations
from pipeline.doc import Article
from pipeline.formats.common import AnnotationError
from pipeline.io import ReadError, article_ids, find_article_files, read_article_bytes
from pipeline.read import decode, parse_article
from pipeline.tables import format_csv, read_csv

ARTICLE = "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في شركة Scale AI في يونيو 2025.\n"
LONG_NUMBER = "فتح الحساب رقم 123456789012345678901234567890123 في بنك مصر بمبلغ 500 دولار.\n"


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_sparse(path: Path) -> None:
    """A 70 MB file that takes no disk space."""
    with path.open("wb") as handle:
        handle.truncate(70 * 1024 * 1024)


def make(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# (file name, how to make it, expected status, text the error/warning/encoding must contain)
RUN_CASES = [
    ("a.txt", make(ARTICLE.encode()), "ok", "utf-8"),
    ("a.html", make(f"<p>{ARTICLE}</p>".encode()), "ok", "utf-8"),
    ("a-2.txt", make(ARTICLE.encode()), "ok", "utf-8"),
    ("account.txt", make(LONG_NUMBER.encode()), "ok", "utf-8"),
    (
        "huge.txt",
        make_sparse,
        "error",
        f"file too large (73400320 bytes; the limit is {MAX_ARTICLE_BYTES})",
    ),
    ("pipe.txt", make_fifo, "error", "a FIFO, not a regular file"),
    ("utf16le.txt", make(ARTICLE.encode("utf-16-le")), "ok", "utf-16-le"),
    ("utf16be.txt", make(ARTICLE.encode("utf-16-be")), "ok", "utf-16-be"),
    ("binary.txt", make(bytes(range(256)) * 8), "error", "binary file (NUL bytes), not text"),
]
#: The id each file gets: a file keeps its own stem, and no other file takes it.
EXPECTED_IDS = {"a-2.txt": "a-2", "a.html": "a", "a.txt": "a-3"}


def build_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, maker, *_ in RUN_CASES:
        maker(folder / name)
    return folder


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, tagger):
    root = tmp_path_factory.mktemp("hostile")
    raw = build_corpus(root / "raw")
    out = root / "out"
    result = run.run([raw], out, tagger)
    return raw, out, result


def _row(out: Path, name: str, raw: Path) -> dict[str, str]:
    rows = [r for r in read_csv(out / "articles.csv") if Path(r["source"]).name == name]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("name", "status", "detail"),
    [(n, s, d) for n, _, s, d in RUN_CASES],
    ids=[c[0] for c in RUN_CASES],
)
def test_every_hostile_file_gets_its_row(hostile_run, name: str, status: str, detail: str) -> None:
    raw, out, _ = hostile_run
    row = _row(out, name, raw)
    assert row["status"] == status
    assert detail in (row["encoding"] if status == "ok" else row["error"])


def test_colliding_names_get_distinct_ids_and_keep_their_own(hostile_run) -> None:
    raw, out, result = hostile_run
    ids = [m["article_id"] for m in result.metas]
    assert len(ids) == len(set(ids)) == len(RUN_CASES)
    for name, expected in EXPECTED_IDS.items():
        row = _row(out, name, raw)
        assert row["article_id"] == expected
        assert (out / expected / "text.txt").read_text(encoding="utf-8") == ARTICLE


def test_ids_are_the_same_on_every_run() -> None:
    files = [Path("x/a-2.txt"), Path("x/a.html"), Path("x/a.txt"), Path("y/a.txt")]
    assert article_ids(files) == ["a-2", "a", "a-3", "a-4"] == article_ids(list(files))


def test_a_long_digit_run_costs_nothing(hostile_run) -> None:
    _, out, _ = hostile_run
    amounts = read_csv(out / "account" / "amounts.csv")
    assert any(a["value"] == "500" for a in amounts)


@pytest.mark.parametrize(
    ("name", "maker", "message"),
    [
        ("pipe.txt", make_fifo, "a FIFO, not a regular file"),
        ("huge.txt", make_sparse, "file too large"),
        ("folder.txt", lambda p: p.mkdir(), "a folder, not a regular file"),
        ("missing.txt", lambda p: None, "cannot read: No such file or directory"),
    ],
)
def test_unreadable_files_are_refused_before_reading(
    tmp_path: Path, name: str, maker: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / name
    maker(path)
    with pytest.raises(ReadError, match=message):
        read_article_bytes(path)


def test_a_folder_is_walked_and_what_is_skipped_is_said(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "notes.csv", ".hidden.txt", "sub/b.html", "sub/c.htm"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    found = find_article_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "a.txt",
        "sub/b.html",
        "sub/c.htm",
    ]
    assert {(p.name, why) for p, why in found.skipped} == {
        ("notes.csv", "not an article extension"),
        (".hidden.txt", "hidden file"),
    }
    flat = find_article_files([tmp_path], recursive=False)
    assert [p.name for p in flat.files] == ["a.txt"]
    assert ("sub", "subfolder (not recursive)") in {(p.name, why) for p, why in flat.skipped}


def test_utf16_without_bom_is_read_with_a_warning() -> None:
    text, encoding, warnings = decode(ARTICLE.encode("utf-16-le"))
    assert (text, encoding) == (ARTICLE, "utf-16-le")
    assert warnings == ["UTF-16 without a BOM, read as little-endian"]


# --- stage isolation -------------------------------------------------------------------------

TWO_SENTENCES = "دفعت ميتا 14.8 مليار دولار. وباعت غوغل حصة 49% في عام 2024.\n"


def test_a_stage_failing_in_one_sentence_is_a_warning(monkeypatch, tagger) -> None:
    real = run.find_amounts

    def failing(text, reference):
        if "ميتا" in text:
            raise ArithmeticError("boom")
        return real(text, reference)

    monkeypatch.setattr(run, "find_amounts", failing)
    article = parse_article(TWO_SENTENCES.encode(), Article(id="x", source="x.txt"))
    analysed = run.analyse(article, tagger)
    assert analysed.status == "ok"
    assert analysed.warnings == ["amounts skipped in sentence 0 (ArithmeticError: boom)"]
    assert [a.text for a in analysed.amounts] == ["49%"]
    assert analysed.dates and analysed.tokens


def test_a_failing_tagger_leaves_the_article_untagged_with_a_warning() -> None:
    @dataclasses.dataclass
    class Broken:
        def predict(self, sentences):
            raise RuntimeError("model exploded")

        def fingerprint(self) -> str:
            return "broken"

    article = parse_article(TWO_SENTENCES.encode(), Article(id="x", source="x.txt"))
    analysed = run.analyse(article, Broken())
    assert analysed.warnings == ["entity tagging skipped (RuntimeError: model exploded)"]
    assert not analysed.entities and analysed.amounts


def test_a_failure_in_a_run_stage_is_a_warning_in_articles_csv(monkeypatch, tmp_path, tagger):
    def failing(text, reference):
        raise ValueError("bad date")

    monkeypatch.setattr(run, "find_dates", failing)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "x.txt").write_text(TWO_SENTENCES, encoding="utf-8")
    result = run.run([tmp_path / "raw"], tmp_path / "out", tagger)
    (row,) = result.metas
    assert row["status"] == "ok"
    assert row["warnings"] == "dates skipped in sentence 0 and 1 more (ValueError: bad date)"
    assert int(row["n_amounts"]) > 0


# --- import: gold is never erased ------------------------------------------------------------

GOLD = "ميتا\tB-ORG\n"


def ls_export(annotation: dict) -> str:
    task = {"id": 41, "data": {"text": ARTICLE, "article_id": "t1"}, "annotations": [annotation]}
    return json.dumps([task], ensure_ascii=False)


def huge_tokens_csv() -> str:
    row = {c: "" for c in TOKEN_COLUMNS}
    row.update(article_id="t1", sentence=0, index=0, start=0, end=4, text="ك" * 200_000, tag="O")
    return format_csv(TOKEN_COLUMNS, [row])


# (case, file name, content, text the one-line error must contain)
IMPORT_CASES = [
    (
        "label studio, no result",
        "ls.json",
        ls_export({"id": 5}),
        "task 41: article t1: annotation 5 has no 'result' list; nothing imported",
    ),
    (
        "label studio, result without type",
        "ls.json",
        ls_export({"id": 5, "result": [{"value": {"start": 6, "end": 10, "labels": ["ORG"]}}]}),
        "task 41: article t1: a result without a 'type'",
    ),
    (
        "tokens.csv, a field over 131072 characters",
        "tokens.csv",
        huge_tokens_csv(),
        "row 2: article t1",
    ),
]


def import_setup(root: Path, name: str, content: str) -> tuple[Path, Path, Path]:
    corpus, gold = root / "corpus", root / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "t1.txt").write_text(ARTICLE, encoding="utf-8")
    (gold / "t1.conll").write_text(GOLD, encoding="utf-8")
    (root / name).write_text(content, encoding="utf-8")
    return root / name, corpus, gold


@pytest.mark.parametrize(
    ("name", "content", "message"), [c[1:] for c in IMPORT_CASES], ids=[c[0] for c in IMPORT_CASES]
)
def test_a_bad_annotation_file_never_erases_gold(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path, corpus, gold = import_setup(tmp_path, name, content)
    with pytest.raises(AnnotationError, match=message) as error:
        import_annotations(path, corpus, gold)
    assert "\n" not in str(error.value)
    assert (gold / "t1.conll").read_text(encoding="utf-8") == GOLD


# --- the command line: a line, never a traceback ---------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=config.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_run_on_the_hostile_folder_prints_no_traceback(tmp_path: Path) -> None:
    raw = build_corpus(tmp_path / "raw")
    result = cli("run", str(raw), "--out", str(tmp_path / "out"))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert f"{len(RUN_CASES)} article(s): {len(RUN_CASES) - 3} ok, 3 failed" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("extract", "--text", LONG_NUMBER), 0, ""),
        (("extract", "--text", "1" * 40), 0, ""),
        (("extract", "PIPE"), 2, "a FIFO, not a regular file"),
        (("extract", "HUGE"), 2, "file too large"),
    ],
    ids=["33 digits", "40 digits", "fifo", "70 MB"],
)
def test_extract_prints_no_traceback(tmp_path: Path, args: tuple, code: int, message: str) -> None:
    make_fifo(tmp_path / "pipe.txt")
    make_sparse(tmp_path / "huge.txt")
    paths = {"PIPE": str(tmp_path / "pipe.txt"), "HUGE": str(tmp_path / "huge.txt")}
    result = cli(*(paths.get(a, a) for a in args))
    assert "Traceback" not in result.stderr
    assert result.returncode == code, result.stderr
    assert message in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"), [c[1:] for c in IMPORT_CASES], ids=[c[0] for c in IMPORT_CASES]
)
def test_import_prints_no_traceback(tmp_path: Path, name: str, content: str, message: str) -> None:
    path, corpus, gold = import_setup(tmp_path, name, content)
    result = cli("import", str(path), "--corpus", str(corpus), "--annotations", str(gold))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (gold / "t1.conll").read_text(encoding="utf-8") == GOLD
