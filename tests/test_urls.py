"""Inputs as fsspec URLs (issue 11, "a real cluster"): a dump or a folder given as ``file://`` or
``memory://`` gives the same articles and tables as the same input given as a local path; only
the ``source`` column tells them apart. Outputs stay a folder: ``--out s3://...`` is refused."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline import config
from pipeline.__main__ import main
from pipeline.io import ReadError, dump_sources, is_dump, read_url_bytes
from pipeline.tables import read_csv

ARTICLES = {
    "a.txt": "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في شركة Scale AI في يونيو 2025.\n",
    "b.txt": "قال وانغ إن الشركة باعت 60,000 سهم العام الماضي. وأضاف أن الصفقة تمت في دبي.\n",
    "sub/c.txt": "أعلنت أرامكو السعودية في الرياض عن أرباح بلغت 30 مليار ريال في الربع الأول.\n",
    "empty.txt": "",  # an error row, read through the URL like the others
    ".hidden.txt": "ملف مخفي.\n",
    ".git/x.txt": "مجلد مخفي.\n",
    "notes.csv": "id,note\n1,x\n",
}
RECORDS = [
    {"id": "d1", "text": ARTICLES["a.txt"], "time": "Sun, 18 Feb 2018 21:35:43 +0400"},
    {"id": "d2", "text": ARTICLES["b.txt"], "date": "2025-06-13"},
    {"id": "d3"},
]
#: Files whose tables name the source (the path or the URL); every other file is compared as bytes.
SOURCE_TABLES = ("articles.csv", "article.csv")
STAMPS = (".stamp", ".corpus-stamp")


def file_url(path: Path) -> str:
    return f"file://{path.as_posix()}"


def dump_lines() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS) + "{not json\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder of articles (a subfolder, a hidden file and folder, a CSV) and two dumps."""
    root = tmp_path_factory.mktemp("urls")
    for name, text in ARTICLES.items():
        path = root / "raw" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "dump.jsonl").write_text(dump_lines(), encoding="utf-8")
    with gzip.open(root / "dump.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(dump_lines())
    return root


def run_cli(capsys, *args: str) -> tuple[int, list[str]]:
    """``python -m pipeline run ... --verbose`` in this process (a ``memory://`` file lives only
    here), one job unless told; the exit code and the lines on stderr."""
    jobs = [] if "--jobs" in args else ["--jobs", "1"]
    code = main(["run", *args, *jobs, "--verbose"])
    return code, capsys.readouterr().err.splitlines()


def tree(out: Path) -> dict[str, bytes]:
    """Every output file but the stamps and the tables that name the source."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name not in (*STAMPS, *SOURCE_TABLES)
    }


def source_rows(out: Path) -> dict[str, list[dict[str, str]]]:
    """The rows of the tables that name the source, by file."""
    return {
        p.relative_to(out).as_posix(): read_csv(p)
        for p in sorted(out.rglob("*.csv"))
        if p.name in SOURCE_TABLES
    }


def assert_same_but_source(local: Path, url: Path, prefix: str) -> None:
    """The same outputs, byte for byte, but for ``source``: the local one behind ``prefix``."""
    assert tree(url) == tree(local)
    local_rows, url_rows = source_rows(local), source_rows(url)
    assert url_rows.keys() == local_rows.keys()
    for name, rows in local_rows.items():
        expected = [{**row, "source": prefix + row["source"]} for row in rows]
        assert url_rows[name] == expected, name


# --- A dump as a URL --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_a_dump_url_gives_what_the_local_dump_gives(corpus, tmp_path, capsys, name) -> None:
    local, url = tmp_path / "local", tmp_path / "url"
    assert run_cli(capsys, str(corpus / name), "--out", str(local))[0] == 1  # d3 and line 4 fail
    code, err = run_cli(capsys, file_url(corpus / name), "--out", str(url))
    assert code == 1, err
    assert_same_but_source(local, url, prefix="file://")
    rows = {r["article_id"]: r for r in read_csv(url / "articles.csv")}
    assert list(rows) == ["d1", "d2", "d3", "record-4"]
    assert rows["d1"]["source"] == f"{file_url(corpus / name)}:1"
    assert (rows["d1"]["published"], rows["d2"]["published"]) == ("2018-02-18", "2025-06-13")
    assert f"error: {file_url(corpus / name)}:4: line 4: not JSON" in "\n".join(err)


def _csv(path: Path) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "time", "date"])
        writer.writeheader()
        writer.writerows(RECORDS)


def _parquet(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {k: [r.get(k) for r in RECORDS] for k in ("id", "text", "time", "date")}
    pq.write_table(pa.table(columns), path)


@pytest.mark.parametrize(("name", "write"), [("d.csv", _csv), ("d.parquet", _parquet)])
def test_csv_and_parquet_dumps_read_through_urls(tmp_path, name, write) -> None:
    write(tmp_path / name)
    local = list(dump_sources(tmp_path / name))
    assert is_dump(file_url(tmp_path / name))
    url = list(dump_sources(file_url(tmp_path / name)))
    assert url == [replace(s, location=f"file://{s.location}") for s in local]
    assert [s.id for s in url] == ["d1", "d2", "d3"]


def test_a_memory_dump_runs_in_this_process(corpus, tmp_path, capsys) -> None:
    import fsspec

    memory = fsspec.filesystem("memory")
    memory.pipe("/test-urls/dump.jsonl", dump_lines().encode("utf-8"))
    try:
        code, err = run_cli(capsys, "memory://test-urls/dump.jsonl", "--out", str(tmp_path / "m"))
    finally:
        memory.rm("/test-urls", recursive=True)
    assert code == 1, err
    run_cli(capsys, str(corpus / "dump.jsonl"), "--out", str(tmp_path / "local"))
    assert tree(tmp_path / "m") == tree(tmp_path / "local")
    sources = [r["source"] for r in read_csv(tmp_path / "m" / "articles.csv")]
    assert sources == [f"memory://test-urls/dump.jsonl:{n}" for n in (1, 2, 3, 4)]


# --- A folder as a URL ------------------------------------------------------------------------

# (options, ids, skip reasons): a folder URL is walked as a local folder is
FOLDERS = [
    (
        [],
        ["a", "b", "c", "empty"],
        {
            ".git": "hidden folder",
            ".hidden.txt": "hidden file",
            "notes.csv": "not an article extension",
        },
    ),
    (
        ["--no-recursive"],
        ["a", "b", "empty"],
        {
            ".git": "hidden folder",
            "sub": "subfolder (not recursive)",
            ".hidden.txt": "hidden file",
            "notes.csv": "not an article extension",
        },
    ),
]


@pytest.mark.parametrize(("options", "ids", "skipped"), FOLDERS, ids=["recursive", "not recursive"])
def test_a_folder_url_gives_what_the_local_folder_gives(
    corpus, tmp_path, capsys, options, ids, skipped
) -> None:
    local, url = tmp_path / "local", tmp_path / "url"
    code, local_err = run_cli(capsys, str(corpus / "raw"), "--out", str(local), *options)
    assert code == 1  # empty.txt
    code, url_err = run_cli(capsys, file_url(corpus / "raw") + "/", "--out", str(url), *options)
    assert code == 1, url_err
    assert [r["article_id"] for r in read_csv(url / "articles.csv")] == ids
    assert_same_but_source(local, url, prefix="file://")

    def report(err: list[str], prefix: str) -> tuple[list[str], dict[str, str]]:
        summary = [line for line in err if line.startswith("skipped ") and "file(s)" in line]
        listed = [line.removeprefix("skipped ") for line in err if line.startswith("skipped ")]
        reasons = dict(line.rsplit(": ", 1) for line in listed if "file(s)" not in line)
        start = prefix + str(corpus / "raw") + "/"
        return summary, {path.removeprefix(start): why for path, why in reasons.items()}

    assert report(url_err, "file://") == report(local_err, "")
    assert report(url_err, "file://")[1] == skipped
    assert f"error: {file_url(corpus / 'raw' / 'empty.txt')}: empty file" in url_err


def test_a_process_pool_over_a_url_writes_the_same_bytes(corpus, tmp_path, capsys) -> None:
    inputs = [file_url(corpus / "raw"), file_url(corpus / "dump.jsonl.gz")]
    serial, pool = tmp_path / "serial", tmp_path / "pool"
    assert run_cli(capsys, *inputs, "--out", str(serial), "--jobs", "1")[0] == 1
    code, err = run_cli(capsys, *inputs, "--out", str(pool), "--jobs", "2")
    assert code == 1 and any("(processes, 2 job(s))" in line for line in err), err
    everything = {
        p.relative_to(pool).as_posix(): p.read_bytes()
        for p in sorted(pool.rglob("*"))
        if p.is_file() and p.name != ".stamp"
    }
    assert everything == {
        p.relative_to(serial).as_posix(): p.read_bytes()
        for p in sorted(serial.rglob("*"))
        if p.is_file() and p.name != ".stamp"
    }
    assert len(read_csv(pool / "articles.csv")) == 4 + 4


# --- Reading one article at a URL, on the worker ----------------------------------------------


def _fifo(root: Path) -> Path:
    path = root / "fifo.txt"
    os.mkfifo(path)
    return path


# (case, the URL's file made in a folder, limit, the error or None for the bytes)
READS = [
    ("an article", lambda root: root / "raw" / "a.txt", 1000, None),
    ("over the limit", lambda root: root / "raw" / "a.txt", 10, "file too large"),
    ("missing", lambda root: root / "gone.txt", 1000, "cannot read: no such file"),
    ("a folder", lambda root: root / "raw" / "sub", 1000, "a folder, not a regular file"),
    ("a FIFO is not opened", _fifo, 1000, "not a regular file: not read"),
]


@pytest.mark.parametrize(("case", "make", "limit", "error"), READS, ids=[r[0] for r in READS])
def test_reading_an_article_url(corpus, tmp_path, case, make, limit, error) -> None:
    path = make(tmp_path if case.startswith("a FIFO") else corpus)
    if error is None:
        assert read_url_bytes(file_url(path), limit) == path.read_bytes()
    else:
        with pytest.raises(ReadError, match=error):
            read_url_bytes(file_url(path), limit)


# --- Errors: one line, a non-zero exit, no traceback -------------------------------------------

# (case, arguments after `run` ({tmp} is a temporary folder), the one line expected to start with)
ERRORS = [
    (
        "missing URL",
        ["file://{tmp}/nothing.jsonl"],
        "error: file://{tmp}/nothing.jsonl: no such file or folder",
    ),
    (
        "unknown scheme",
        ["nosuchscheme://x/y.jsonl"],
        "error: nosuchscheme://x/y.jsonl: no filesystem for nosuchscheme://",
    ),
    (  # s3:// alike without s3fs; OCI's ocifs is one no test environment here installs
        "a scheme whose package is not installed",
        ["oci://bucket/ant.jsonl.gz"],
        "error: oci://bucket/ant.jsonl.gz: oci:// needs a package that is not installed",
    ),
    (
        "--out as a URL",
        [str(config.CORPUS_RAW), "--out", "s3://b/o"],
        "error: --out s3://b/o: outputs need a folder every worker can reach",
    ),
]


@pytest.mark.parametrize(
    ("case", "args", "expected"),
    [pytest.param(*e, id=e[0]) for e in ERRORS],
)
def test_url_errors_are_one_line(tmp_path, case, args, expected) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    out = [] if "--out" in args else ["--out", str(tmp_path / "out")]
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", *args, *out],
        cwd=tmp_path,  # a folder named "s3:" would appear here
        env={**os.environ, "PYTHONPATH": str(config.ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(expected.format(tmp=tmp_path)), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing written
