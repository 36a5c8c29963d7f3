"""Files in and out: atomic writes, and what counts as a readable article file.

Every output goes through a temporary file and a rename, so that a reader (or a crash) never sees
half a file.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with tmp.open("w", encoding=encoding, newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


def write_texts_atomic(files: dict[Path, str]) -> None:
    """Write several files: every temporary file first, then the renames, so that a failure
    while writing (disk full) leaves every target as it was."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
            staged.append((tmp, path))
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
    except OSError:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
