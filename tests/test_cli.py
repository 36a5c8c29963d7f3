"""The command line, run as a user runs it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import config
from pipeline.tables import read_csv


def cli(*args: str, cwd: Path = config.ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_run_on_the_corpus_end_to_end(tmp_path: Path) -> None:
    result = cli("run", str(config.CORPUS_RAW), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "5 article(s): 5 ok, 0 failed" in result.stderr
    rows = read_csv(tmp_path / "articles.csv")
    assert [r["article_id"] for r in rows] == sorted(p.stem for p in config.CORPUS_RAW.iterdir())
    for name in ("entities.csv", "amounts.csv", "dates.csv"):
        assert read_csv(tmp_path / name)
    entities = {(r["text"], r["label"]) for r in read_csv(tmp_path / "entities.csv")}
    assert ("ميتا", "ORG") in entities
    assert any(label == "PER" and "وانغ" in text for text, label in entities)


def test_run_exits_non_zero_when_an_article_fails_and_writes_the_rest(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("وافقت ميتا على دفع 14.8 مليار دولار.\n", encoding="utf-8")
    (raw / "bad.txt").write_bytes(b"")
    result = cli("run", str(raw), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {raw / 'bad.txt'}: empty file" in result.stderr
    statuses = {r["article_id"]: r["status"] for r in read_csv(tmp_path / "out" / "articles.csv")}
    assert statuses == {"bad": "error", "good": "ok"}


def test_missing_path_and_model_are_one_line_errors(tmp_path: Path) -> None:
    result = cli("run", str(tmp_path / "nothing"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nothing'}: no such file or folder"
    result = cli(
        "run",
        str(config.CORPUS_RAW),
        "--model",
        str(tmp_path / "none.crfsuite"),
        "--out",
        str(tmp_path / "o"),
    )
    assert result.returncode == 2
    assert "make train" in result.stderr and "Traceback" not in result.stderr


def test_extract_prints_json_lines() -> None:
    result = cli(
        "extract", "--text", "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في يونيو 2025."
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["type"] for r in records}
    assert kinds == {"token", "entity", "amount", "date"}
    money = [r for r in records if r["type"] == "amount" and r["kind"] == "money"]
    assert money[0]["value"] == "14800000000" and money[0]["currency"] == "USD"
    assert any(r["type"] == "date" and r["date"] == "2025-06" for r in records)


def test_train_rejects_a_malformed_file_with_file_and_line(tmp_path: Path) -> None:
    annotations = tmp_path / "ann"
    annotations.mkdir()
    (annotations / "a.conll").write_text("ميتا\tB-ORG\nوانغ\tI-PER\n", encoding="utf-8")
    result = cli(
        "train", "--annotations", str(annotations), "--model", str(tmp_path / "m.crfsuite")
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {annotations / 'a.conll'}:2: I-PER does not continue a B-PER or I-PER"
    )


def test_train_and_evaluate_round_trip(tmp_path: Path) -> None:
    model = tmp_path / "m.crfsuite"
    none = tmp_path / "none.toml"  # no base corpora: the test needs nothing outside the repository
    result = cli("train", "--model", str(model), "--iterations", "30", "--settings", str(none))
    assert result.returncode == 0, result.stderr
    card = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["totals"]["tokens"] > 3000
    gold = sorted(config.ANNOTATIONS.glob("*.conll"))[0]
    result = cli("evaluate", str(gold), "--model", str(model), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)[gold.stem]
    assert [s["label"] for s in scores] == ["PER", "ORG", "LOC", "MISC", "micro"]
    assert float(scores[-1]["f1"]) > 0.5  # it was trained on this very file


EXPORTS = [
    # (format, file to import, files written by the import)
    # an untouched Doccano export still holds the predictions it was exported with: no gold
    ("doccano", "doccano.jsonl", 0),
    ("conll", "000_6e6466fcb39c8720.conll", 1),
    # Label Studio exports carry the model's output as predictions, which are never gold
    ("label-studio", "label-studio.json", 0),
]


@pytest.mark.parametrize(("fmt", "name", "written"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_export_then_import_through_the_cli(tmp_path: Path, fmt: str, name: str, written: int):
    out = tmp_path / "export"
    result = cli("export", "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    annotations = tmp_path / "annotations"
    result = cli("import", str(out / name), "--annotations", str(annotations))
    assert result.returncode == 0, result.stderr
    assert f"{written} annotation file(s) written" in result.stderr
    files = sorted(annotations.glob("*.conll")) if annotations.exists() else []
    assert len(files) == written
    for path in files:  # the shipped model reproduces its own training data
        gold = (config.ANNOTATIONS / path.name).read_text(encoding="utf-8")
        tokens = [line.split("\t")[0] for line in gold.splitlines()]
        assert [
            line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
        ] == tokens


def test_import_of_a_mismatching_file_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"id": "000_6e6466fcb39c8720", "text": "نص آخر", "label": []}) + "\n",
        encoding="utf-8",
    )
    annotations = tmp_path / "ann"
    result = cli("import", str(bad), "--annotations", str(annotations))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not annotations.exists()
