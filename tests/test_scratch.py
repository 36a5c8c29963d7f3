"""The scratch database: bounded, inside the output folder, and gone afterwards, always."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.scratch import CACHE_KIB, SCRATCH_PREFIX, scratch_db


def test_the_scratch_database_lives_in_the_output_folder_for_one_block(tmp_path: Path) -> None:
    out = tmp_path / "out"  # made when missing
    with scratch_db(out) as db:
        (folder,) = out.iterdir()
        assert folder.name.startswith(SCRATCH_PREFIX) and (folder / "corpus.db").is_file()
        assert db.execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", ((i,) for i in range(1000)))
        assert db.execute("SELECT SUM(x) FROM t").fetchone() == (499500,)
    assert list(out.iterdir()) == []


def test_the_scratch_database_is_removed_on_an_error(tmp_path: Path) -> None:
    with pytest.raises(ZeroDivisionError), scratch_db(tmp_path) as db:
        db.execute("CREATE TABLE t (x)")
        raise ZeroDivisionError
    assert list(tmp_path.iterdir()) == []


def test_two_scratch_databases_in_one_folder_are_apart(tmp_path: Path) -> None:
    with scratch_db(tmp_path) as first, scratch_db(tmp_path) as second:
        first.execute("CREATE TABLE t (x)")
        second.execute("CREATE TABLE t (x)")  # another database: no clash
        assert len(list(tmp_path.iterdir())) == 2
    assert list(tmp_path.iterdir()) == []
