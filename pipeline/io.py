"""Files in and out: what counts as a readable article file, article ids, atomic writes.

Every command reads articles through :func:`read_article_bytes` (a regular file under the size
limit, checked before a byte is read, so a FIFO never blocks and a 70 MB file is refused at
once), finds them with :func:`find_article_files` and names them with :func:`article_ids`. Every
output goes through a temporary file and a rename, so that a reader (or a crash) never sees half
a file.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES


class ReadError(ValueError):
    """An article that cannot be read; the message is one line meant for the user."""


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_article_file(path: Path, limit: int = MAX_ARTICLE_BYTES) -> int:
    """The size of a readable article file; raises :class:`ReadError` for anything else.

    Only ``stat`` is used: a FIFO, socket or device is refused without being opened, and a file
    over ``limit`` bytes without being read.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(f"{_file_kind(info.st_mode)}, not a regular file: not read")
    if info.st_size > limit:
        raise ReadError(f"file too large ({info.st_size} bytes; the limit is {limit})")
    return info.st_size


def read_article_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of an article file, checked by :func:`check_article_file` first.

    The file is opened non-blocking and checked again once open, so that a file swapped for a
    FIFO in between cannot block either; at most ``limit + 1`` bytes are read.
    """
    check_article_file(path, limit)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(f"{_file_kind(mode)}, not a regular file: not read")
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise ReadError(f"cannot read: {exc.strerror}") from None
    if len(data) > limit:
        raise ReadError(f"file too large (over {limit} bytes; the limit is {limit})")
    return data


def is_article_name(path: Path) -> bool:
    """A visible file with an article extension (``.txt``, ``.html`` ...), by its name alone."""
    return not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES


@dataclass
class FoundFiles:
    """The article files under some paths, and what was left out with the reason."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def find_article_files(paths: Iterable[Path], recursive: bool = True) -> FoundFiles:
    """Article files: a given file as it is; in a folder, the files with an article extension.

    Folders are walked in name order (subfolders too when ``recursive``); hidden files and
    folders, other extensions and (when not ``recursive``) subfolders are reported in
    ``skipped``. A FIFO or device with an article name is kept: reading it gives its error row.
    """
    found = FoundFiles()
    for path in paths:
        if not path.is_dir():
            found.files.append(path)
            continue
        for root, dirs, names in os.walk(path):
            here = Path(root)
            kept = []
            for name in sorted(dirs):
                if name.startswith("."):
                    found.skipped.append((here / name, "hidden folder"))
                elif not recursive:
                    found.skipped.append((here / name, "subfolder (not recursive)"))
                else:
                    kept.append(name)
            dirs[:] = kept
            for name in sorted(names):
                file = here / name
                if name.startswith("."):
                    found.skipped.append((file, "hidden file"))
                elif not is_article_name(file):
                    found.skipped.append((file, "not an article extension"))
                else:
                    found.files.append(file)
    return found


_UNSAFE_ID = re.compile(r"[\\/\x00-\x1f\x7f]")


def safe_id(name: str) -> str:
    """A name usable as an article id and folder name: no separators or control characters,
    no leading dot (``..`` would name the output folder's parent).

    >>> safe_id("../x/y"), safe_id("")
    ('_._x_y', '_')
    """
    name = _UNSAFE_ID.sub("_", name)
    return f"_{name[1:]}" if name.startswith(".") else (name or "_")


def unique_ids(wanted: Sequence[str]) -> list[str]:
    """One distinct id for each wanted id, in order: the first of equal ones keeps it, the
    others get ``-2``, ``-3`` ... never taking an id that another entry wants for itself.

    >>> unique_ids(["a", "a", "a-2"])
    ['a', 'a-3', 'a-2']
    """
    claimed = set(wanted)
    used: set[str] = set()
    ids = []
    for name in wanted:
        chosen = name
        if chosen in used:
            k = 2
            while f"{name}-{k}" in claimed or f"{name}-{k}" in used:
                k += 1
            chosen = f"{name}-{k}"
        used.add(chosen)
        ids.append(chosen)
    return ids


def article_ids(files: Sequence[Path]) -> list[str]:
    """One id per file: its stem, made unique by :func:`unique_ids` (deterministic for a given
    list of files, so a rerun gives every article the same id)."""
    return unique_ids([safe_id(path.stem or path.name) for path in files])


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
