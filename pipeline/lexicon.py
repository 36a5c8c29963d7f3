"""Loads the language data files under ``pipeline/data/`` once.

Each data file is UTF-8 TSV whose first non-comment line is the header naming the columns;
lines starting with ``#`` are comments (say what the file is and where it came from).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>`` as dicts keyed by the header; loaded once per process.

    >>> load_tsv("months.tsv")[0]
    {'name': 'يناير', 'month': '1', 'set': 'western'}
    """
    return read_tsv(DATA_DIR / name)


def read_tsv(path: Path) -> tuple[dict[str, str], ...]:
    """Rows of a data file (TSV, ``#`` comments, a header line) as dicts keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise ValueError(f"{path}: row {lineno} does not match the header {reader.fieldnames}")
        rows.append({key: value.strip() for key, value in row.items()})
    return tuple(rows)
