"""What a run changed in the entity tables, compared as two sorted streams."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.changes import SNAPSHOT_FILE, compare, read_mentions, record_changes

HEADER = "\ufeffarticle_id,sentence,start,end,text,label,canonical,confidence\n"


def _table(path: Path, mentions: list[tuple[str, int, int, str]]) -> None:
    rows = "".join(f"{a},0,{s},{e},x,{label},x,0.9\n" for a, s, e, label in mentions)
    path.write_text(HEADER + rows, encoding="utf-8")


def _random_mentions(rng: random.Random) -> list[tuple[str, int, int, str]]:
    found = {}
    for _ in range(rng.randrange(0, 30)):
        start = rng.randrange(0, 40)
        found[(f"a{rng.randrange(0, 5)}", start, start + rng.randrange(1, 4))] = rng.choice(
            ["PER", "ORG", "LOC"]
        )
    return [(*key, label) for key, label in sorted(found.items())]


@pytest.mark.parametrize("seed", range(40))
def test_streamed_comparison_equals_the_in_memory_one(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    before, after = _random_mentions(rng), _random_mentions(rng)
    if rng.random() < 0.3:  # a table out of order is compared in memory, with the same result
        rng.shuffle(after)
    _table(tmp_path / "entities.csv", before)
    assert record_changes(tmp_path).first_run
    old = read_mentions(tmp_path / "entities.csv")
    _table(tmp_path / "entities.csv", after)
    new = read_mentions(tmp_path / "entities.csv")
    assert record_changes(tmp_path) == compare(old, new)
    # the snapshot left for the next run is the new table, in order
    snapshot = (tmp_path / SNAPSHOT_FILE).read_text(encoding="utf-8").splitlines()
    assert snapshot == [f"{a}\t{s}\t{e}\t{new[(a, s, e)]}" for a, s, e in sorted(new)]
    assert record_changes(tmp_path).line() == "entities since the previous run: unchanged"
    assert not list(tmp_path.glob(".*.tmp*"))
