"""Engines: serial, a process pool and a Dask cluster give byte-identical outputs (issue 11)."""

from __future__ import annotations

import gc
import gzip
import json
import multiprocessing
import os
import shutil
import sys
from pathlib import Path

import pytest

from pipeline import config
from pipeline.engines import DASK_CHUNK, map_articles
from pipeline.run import TaggerSpec, find_inputs, run

ARTICLE = "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في شركة Scale AI في يونيو 2025.\n"


def _square(x: int) -> int:
    return x * x


#: Set by :func:`_remember_setup` in the process that ran the setup.
_SETUP_IN: list[int] = []


def _remember_setup() -> None:
    _SETUP_IN.append(os.getpid())


def _setup_pids(_: int) -> list[int]:
    return list(_SETUP_IN)


def tree(out: Path) -> dict[str, bytes]:
    """Every output file by its path (stamps and temporary files aside)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != ".stamp"
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The five shipped articles, two hostile files and a small JSONL dump."""
    root = tmp_path_factory.mktemp("engines")
    raw = root / "raw"
    shutil.copytree(config.CORPUS_RAW, raw)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "sub").mkdir()
    (raw / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    records = [
        {"id": "d1", "text": ARTICLE, "time": "Sun, 18 Feb 2018 21:35:43 +0400"},
        {"id": "d2", "text": "قال وانغ إن الشركة باعت 60,000 سهم العام الماضي.\n"},
        {"id": "d3"},
    ]
    dump = root / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.write("{not json\n")
    return root


@pytest.fixture(scope="module")
def serial_tree(corpus: Path) -> dict[str, bytes]:
    out = corpus / "serial"
    paths = [corpus / "raw", corpus / "dump.jsonl.gz"]
    result = run(paths, out, TaggerSpec("crf"), engine="serial")
    assert len(result.metas) == 5 + 2 + 4
    return tree(out)


@pytest.mark.parametrize("engine", ["serial", "processes", "dask"])
def test_map_articles_runs_every_item_once(engine: str) -> None:
    # more items than a Dask task carries, and a last task of fewer
    n = 2 * DASK_CHUNK + 5
    assert sorted(map_articles(_square, range(n), engine=engine, jobs=2)) == [
        x * x for x in range(n)
    ]


def test_forked_workers_inherit_the_setup_run_once_before_them(monkeypatch) -> None:
    # another test may have loaded torch, with which the pool spawns instead: these workers
    # never touch it, so the pool may fork here
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    _SETUP_IN.clear()
    seen = list(map_articles(_setup_pids, range(4), "processes", 2, setup=_remember_setup))
    if "fork" in multiprocessing.get_all_start_methods():
        assert seen == [[os.getpid()]] * 4  # run here once, not again in each child
    else:  # spawned workers set up for themselves, once each
        assert all(len(pids) == 1 and pids[0] != os.getpid() for pids in seen)
    _SETUP_IN.clear()


def _frozen(_: int) -> bool:
    return gc.get_freeze_count() > 0


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_what_setup_loaded_is_frozen_while_mapping_only(engine: str) -> None:
    assert gc.get_freeze_count() == 0
    assert all(map_articles(_frozen, range(3), engine, 2, setup=_remember_setup))
    assert gc.get_freeze_count() == 0  # this process collects everything again afterwards
    _SETUP_IN.clear()


def test_the_serial_run_reads_files_subfolders_and_dump_records(serial_tree) -> None:
    articles = serial_tree["articles.csv"].decode("utf-8-sig").splitlines()
    ids = [line.split(",", 1)[0] for line in articles[1:]]
    assert {"a", "empty", "d1", "d2", "d3", "record-4"} <= set(ids)
    d1 = next(line for line in articles if line.startswith("d1,"))
    assert "dump.jsonl.gz:1" in d1 and ",2018-02-18," in d1
    assert "line 3: no text in the 'text' field" in serial_tree["articles.csv"].decode()
    assert "line 4: not JSON" in serial_tree["articles.csv"].decode()


def test_a_process_pool_writes_the_same_bytes(corpus: Path, serial_tree) -> None:
    out = corpus / "processes"
    run(
        [corpus / "raw", corpus / "dump.jsonl.gz"],
        out,
        TaggerSpec("crf"),
        engine="processes",
        jobs=2,
    )
    assert tree(out) == serial_tree


def test_a_dask_cluster_writes_the_same_bytes(corpus: Path, serial_tree) -> None:
    import dask.distributed as distributed  # a dependency: a missing install fails the test
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        out = corpus / "dask"
        run(
            [corpus / "raw", corpus / "dump.jsonl.gz"],
            out,
            TaggerSpec("crf"),
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    assert tree(out) == serial_tree


def test_a_rerun_analyses_nothing(corpus: Path, serial_tree) -> None:
    out = corpus / "rerun"
    paths = [corpus / "raw", corpus / "dump.jsonl.gz"]
    run(paths, out, TaggerSpec("crf"))
    again = run(paths, out, TaggerSpec("crf"), engine="processes", jobs=2)
    assert again.analysed == 3  # the three error rows are written again, no ok article
    assert tree(out) == serial_tree


def test_published_dates_reach_articles_without_one(corpus: Path, tmp_path: Path) -> None:
    inputs = find_inputs([corpus / "raw" / "sub"], published="2024-05-01")
    result = run([], tmp_path, None, inputs=inputs)
    assert [m["published"] for m in result.metas] == ["2024-05-01"]


def test_a_rerun_of_an_unchanged_corpus_skips_the_corpus_step(
    tmp_path: Path, monkeypatch, tagger
) -> None:
    from pipeline import run as run_module

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "b.txt").write_text("قال وانغ إن الشركة باعت 60,000 سهم.\n", encoding="utf-8")
    out = tmp_path / "out"
    run([raw], out, tagger)
    first = tree(out)

    def linked(*args, **kwargs):
        raise AssertionError("the corpus step ran again")

    with monkeypatch.context() as patch:
        patch.setattr(run_module, "link_corpus", linked)
        assert run([raw], out, tagger).analysed == 0
    assert tree(out) == first
    (raw / "b.txt").write_text("قالت ميتا إن الشركة باعت 70,000 سهم.\n", encoding="utf-8")
    run([raw], out, tagger)
    assert "70,000" in (out / "amounts.csv").read_text(encoding="utf-8-sig")


def test_a_rerun_of_an_unchanged_corpus_starts_no_worker(tmp_path: Path, monkeypatch) -> None:
    from pipeline import run as run_module

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a", "b"):
        (raw / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run([raw], out, TaggerSpec("crf"), engine="processes", jobs=2)
    first = tree(out)

    def mapped(*args, **kwargs):
        raise AssertionError("workers were started")

    with monkeypatch.context() as patch:
        patch.setattr(run_module, "map_articles", mapped)
        assert run([raw], out, TaggerSpec("crf"), engine="processes", jobs=2).analysed == 0
    assert tree(out) == first
    (raw / "b.txt").write_text("قال وانغ إن الشركة باعت 60,000 سهم.\n", encoding="utf-8")
    again = run([raw], out, TaggerSpec("crf"), engine="processes", jobs=2)
    assert again.analysed == 1 and [m["article_id"] for m in again.metas] == ["a", "b"]
