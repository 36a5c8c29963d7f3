"""A temporary SQLite database inside a run's output folder, for what grows with the corpus.

The corpus step keeps there what it would otherwise hold per article or per distinct name (the
``articles.csv`` rows, the spellings to link, the entity index): SQLite's page cache is bounded,
so memory stays flat however large the corpus, and sorting is SQLite's (spilling to disk).
The folder is removed when the ``with`` block ends, by an error too.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as out, scratch_db(Path(out)) as db:
...     db.execute("SELECT 1 + 1").fetchone()
(2,)
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

#: The scratch folder's name starts so (hidden: never taken for an article's folder).
SCRATCH_PREFIX = ".scratch-"
#: SQLite's page cache, KiB: the database's memory, whatever the size of its tables.
CACHE_KIB = 8 * 1024


@contextmanager
def scratch_db(out: Path) -> Iterator[sqlite3.Connection]:
    """A new, empty database in a temporary folder inside ``out``, removed afterwards.

    Nothing is committed: the database lives for one ``with`` block, and its writes need no
    journal and no sync to disk.
    """
    import sqlite3

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=out))
    try:
        db = sqlite3.connect(folder / "corpus.db")
        try:
            db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("PRAGMA temp_store = FILE")
            yield db
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
