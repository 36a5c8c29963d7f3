"""Input sources: dump files (JSONL, CSV, Parquet, gzip) as articles, ids, dates (issue 11)."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from pipeline.io import Fields, ReadError, Source, dump_sources, is_dump, iso_date

TEXT = "وافقت ميتا على دفع 14.8 مليار دولار.\n"
RECORDS = [
    {"id": "x1", "text": TEXT, "time": "Sun, 18 Feb 2018 21:35:43 +0400"},
    {"id": "x1", "text": TEXT, "date": "2025-06-13"},
    {"id": "x1-2", "text": TEXT},
    {"id": "", "text": TEXT},
    {"id": "../etc", "text": TEXT},
]


def write_jsonl(path: Path, records: list[dict], extra: str = "") -> Path:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + extra
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def write_csv(path: Path, records: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "time", "date"])
        writer.writeheader()
        writer.writerows(records)
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    import pyarrow as pa  # a dependency: a missing install fails, it does not skip
    import pyarrow.parquet as pq
    columns = {k: [r.get(k) for r in records] for k in ("id", "text", "time", "date")}
    pq.write_table(pa.table(columns), path)
    return path


WRITERS = {
    "dump.jsonl": write_jsonl,
    "dump.jsonl.gz": write_jsonl,
    "dump.csv": write_csv,
    "dump.parquet": write_parquet,
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_dump_format_gives_the_same_articles(tmp_path: Path, name: str) -> None:
    path = WRITERS[name](tmp_path / name, RECORDS)
    assert is_dump(path)
    sources = list(dump_sources(path))
    assert [s.id for s in sources] == ["x1", "x1-3", "x1-2", "record-4", "_._etc"]
    assert [s.published for s in sources] == ["2018-02-18", "2025-06-13", "", "", ""]
    assert sources[0].data() == TEXT.encode()
    assert sources[3].error.endswith("no 'id' field")
    with pytest.raises(ReadError, match="no 'id' field"):
        sources[3].data()


def test_bad_lines_are_error_rows_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [RECORDS[0]], extra="{broken\n[1, 2]\n")
    path.write_text(path.read_text(encoding="utf-8") + json.dumps({"id": "z"}) + "\n")
    sources = list(dump_sources(path))
    assert [(s.id, s.error) for s in sources] == [
        ("x1", ""),
        (
            "record-2",
            "line 2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        ),
        ("record-3", "line 3: not a JSON object"),
        ("z", "line 4: no text in the 'text' field"),
    ]
    assert sources[0].location == f"{path}:1"


def test_fields_are_named_by_options(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"uid": 7, "body": TEXT, "when": "2024-01-02"}])
    (source,) = dump_sources(path, Fields(id="uid", text="body", date="when"))
    assert source == Source("7", f"{path}:1", text=TEXT, published="2024-01-02")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18"),
        ("2025-06-13T10:00:00Z", "2025-06-13"),
        ("2025-06-13", "2025-06-13"),
        ("yesterday", ""),
        (None, ""),
    ],
)
def test_dates_of_records(value: object, expected: str) -> None:
    assert iso_date(value) == expected


def test_a_text_over_the_limit_is_refused(monkeypatch) -> None:
    monkeypatch.setattr("pipeline.io.MAX_ARTICLE_BYTES", 10)
    with pytest.raises(ReadError, match="text too large"):
        Source("x", "d.jsonl:1", text=TEXT).data()
