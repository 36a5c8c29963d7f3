"""Reading a run's output folder as a user would, and writing the analysis tables.

The analysis works only from what ``python -m pipeline run`` wrote (``outputs/*.csv`` and
``outputs/<article_id>/``), never from the runner's objects, so it runs on any finished output
folder, however it was produced.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import CSV_ENCODING
from pipeline.io import write_text_atomic
from pipeline.lexicon import read_tsv

if TYPE_CHECKING:
    import pandas as pd

DATA_DIR = Path(__file__).parent / "data"

#: Separator of several values in one cell, as in ``entity_index.csv``.
JOIN = " | "


def read_table(path: Path) -> pd.DataFrame:
    """A CSV written by the pipeline, every cell a string (``""`` for empty, values exact)."""
    import pandas as pd

    return pd.read_csv(path, encoding=CSV_ENCODING, keep_default_na=False, dtype=str)


@dataclass(frozen=True)
class Corpus:
    """The tables of one output folder (all cells strings)."""

    out: Path
    articles: pd.DataFrame
    entities: pd.DataFrame
    amounts: pd.DataFrame
    dates: pd.DataFrame
    _texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def ok_ids(self) -> list[str]:
        """Ids of the articles analysed without error, in id order."""
        return sorted(self.articles.loc[self.articles["status"] == "ok", "article_id"])

    def text(self, article_id: str) -> str:
        """The article's ``text.txt``: every offset indexes it."""
        if article_id not in self._texts:
            path = self.out / article_id / "text.txt"
            self._texts[article_id] = path.read_text(encoding="utf-8") if path.exists() else ""
        return self._texts[article_id]

    def tokens(self, article_id: str) -> pd.DataFrame:
        """The article's ``tokens.csv`` with ``sentence``, ``index``, ``start``, ``end`` as ints."""
        frame = read_table(self.out / article_id / "tokens.csv")
        for column in ("sentence", "index", "start", "end"):
            frame[column] = frame[column].astype(int)
        return frame


def load_corpus(out: Path) -> Corpus:
    """Read ``articles.csv``, ``entities.csv``, ``amounts.csv`` and ``dates.csv`` of a run."""
    missing = [
        name
        for name in ("articles.csv", "entities.csv", "amounts.csv", "dates.csv")
        if not (out / name).is_file()
    ]
    if missing:
        raise FileNotFoundError(
            f"{out}: no {', '.join(missing)}; run 'python -m pipeline run --out {out}' first"
        )
    return Corpus(
        out=out,
        articles=read_table(out / "articles.csv"),
        entities=read_table(out / "entities.csv"),
        amounts=read_table(out / "amounts.csv"),
        dates=read_table(out / "dates.csv"),
    )


def format_csv(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """CSV text with a header, ``\\n`` line ends, fields quoted only where needed."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> None:
    """Write a table atomically, UTF-8 with a BOM like every table of the pipeline."""
    write_text_atomic(path, format_csv(columns, rows), encoding=CSV_ENCODING)


@cache
def load_data(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``analysis/data/<name>`` (TSV, ``#`` comments, a header line); loaded once."""
    return read_tsv(DATA_DIR / name)
