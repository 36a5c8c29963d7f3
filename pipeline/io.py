"""Files in and out: what counts as a readable article file, article ids, atomic writes.

Every command reads articles through :func:`read_article_bytes` (a regular file under the size
limit, checked before a byte is read, so a FIFO never blocks and a 70 MB file is refused at
once), finds them with :func:`find_article_files` and names them with :func:`article_ids`. Every
output goes through a temporary file and a rename, so that a reader (or a crash) never sees half
a file. Inputs may also be fsspec URLs (``s3://bucket/ant/``, ``file:///data/dump.jsonl.gz``):
see :func:`find_url_files` and :func:`read_url_bytes`.
"""

from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

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


def is_article_name(path: PurePath) -> bool:
    """A visible file with an article extension (``.txt``, ``.html`` ...), by its name alone."""
    return not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES


@dataclass
class FoundFiles:
    """The article files under some paths, and what was left out with the reason (a file
    found under a URL is a URL, a ``str``)."""

    files: list[Path | str] = field(default_factory=list)
    skipped: list[tuple[Path | str, str]] = field(default_factory=list)


def _sort_out(
    dirs: Iterable[str], names: Iterable[str], recursive: bool
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """One folder's subfolders to walk, article files, and names left out with the reason,
    each in name order: the same rules for local folders and folder URLs."""
    kept, articles, skipped = [], [], []
    for name in sorted(dirs):
        if name.startswith("."):
            skipped.append((name, "hidden folder"))
        elif not recursive:
            skipped.append((name, "subfolder (not recursive)"))
        else:
            kept.append(name)
    for name in sorted(names):
        if name.startswith("."):
            skipped.append((name, "hidden file"))
        elif not is_article_name(PurePosixPath(name)):
            skipped.append((name, "not an article extension"))
        else:
            articles.append(name)
    return kept, articles, skipped


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
            dirs[:], articles, skipped = _sort_out(dirs, names, recursive)
            found.skipped.extend((here / name, why) for name, why in skipped)
            found.files.extend(here / name for name in articles)
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


def article_ids(files: Sequence[Path | str]) -> list[str]:
    """One id per file (a path or a URL): its stem, made unique by :func:`unique_ids`
    (deterministic for a given list of files, so a rerun gives every article the same id)."""
    named = [_as_path(file) for file in files]
    return unique_ids([safe_id(path.stem or path.name) for path in named])


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


# --- URLs: inputs on a shared folder or an object store, through fsspec ----------------------

#: ``scheme://`` at the start (fsspec's chained ``simplecache::s3://`` too): a URL, not a path.
_URL = re.compile(r"^[A-Za-z][\w+.-]*(::[A-Za-z][\w+.-]*)*://")


def is_url(name: Path | str) -> bool:
    """An input given as an fsspec URL rather than a local path (a ``Path`` never is one: it
    would have lost the ``//``).

    >>> is_url("s3://bucket/ant/"), is_url("file:///data/d.jsonl"), is_url("corpus/raw")
    (True, True, False)
    """
    return isinstance(name, str) and _URL.match(name) is not None


def _as_path(name: Path | str) -> PurePath:
    """A path or URL as a path, for its name, stem and suffix."""
    return PurePosixPath(name) if is_url(name) else Path(name)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    text = (str(exc).splitlines() or [""])[0] or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of a URL and the path within it; :class:`ReadError` when its
    scheme has none (unknown, or its package not installed: ``s3://`` needs s3fs)."""
    import fsspec.core

    scheme = url.split("://", 1)[0]
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:
        raise ReadError(f"{scheme}:// needs a package that is not installed ({exc})") from None
    except Exception as exc:  # each back end raises its own types: the message is what counts
        raise ReadError(f"no filesystem for {scheme}:// ({_one_line(exc)})") from None


def url_kind(url: str) -> str | None:
    """``"folder"`` or ``"file"`` for what a URL names, None when nothing is there; raises
    :class:`ReadError` (naming the URL) when it cannot be asked."""
    try:
        fs, path = _filesystem(url)
        info = fs.info(path)
    except FileNotFoundError:
        return None
    except ReadError as exc:
        raise ReadError(f"{url}: {exc}") from None
    except Exception as exc:
        raise ReadError(f"{url}: cannot read: {_one_line(exc)}") from None
    return "folder" if info.get("type") == "directory" else "file"


def find_url_files(url: str, recursive: bool = True) -> FoundFiles:
    """The article files under a folder URL, as :func:`find_article_files` finds them in a
    local folder (same rules, same order); a URL that is not a folder is kept as it is.

    Each file is the URL given joined with its path below it, so that a worker anywhere can
    read it (:func:`read_url_bytes`).
    """
    found = FoundFiles()
    if url_kind(url) != "folder":
        found.files.append(url)
        return found
    fs, top = _filesystem(url)
    base = url.rstrip("/")
    top = top.rstrip("/")

    def joined(root: str, name: str) -> str:
        below = root[len(top) :].strip("/") if root.startswith(top) else None
        if below is None:  # a listing that does not spell the folder as given
            return fs.unstrip_protocol(f"{root}/{name}")
        return f"{base}/{below}/{name}" if below else f"{base}/{name}"

    try:
        for root, dirs, names in fs.walk(top, on_error="raise"):
            dirs[:], articles, skipped = _sort_out(dirs, names, recursive)
            found.skipped.extend((joined(root, name), why) for name, why in skipped)
            found.files.extend(joined(root, name) for name in articles)
    except Exception as exc:  # each back end raises its own types
        raise ReadError(f"{url}: cannot list the folder: {_one_line(exc)}") from None
    return found


def read_url_bytes(url: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of an article at a URL, as :func:`read_article_bytes` reads a file: only a
    regular file under ``limit`` bytes (by its listed size first), at most ``limit + 1`` read;
    any failure is a :class:`ReadError` (a one-line message, the URL aside)."""
    try:
        fs, path = _filesystem(url)
        info = fs.info(path)
        if info.get("type") == "directory":
            raise ReadError("a folder, not a regular file: not read")
        if info.get("type") != "file":
            raise ReadError("not a regular file: not read")
        size = info.get("size")
        if size is not None and size > limit:
            raise ReadError(f"file too large ({size} bytes; the limit is {limit})")
        with fs.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except ReadError:
        raise
    except Exception as exc:  # each back end raises its own types
        raise ReadError(f"cannot read: {_one_line(exc)}") from None
    if len(data) > limit:
        raise ReadError(f"file too large (over {limit} bytes; the limit is {limit})")
    return data


# --- Input sources: article files, or the records of one dump file --------------------------

#: Dump files whose records are articles, by how their name ends.
DUMP_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
#: Default field names of a dump; ``time``, ``date`` and ``published`` are tried for the date.
DEFAULT_ID_FIELD = "id"
DEFAULT_TEXT_FIELD = "text"
DATE_FIELDS = ("published", "date", "time")


@dataclass(frozen=True)
class Source:
    """One article to analyse: a file, or a record of a dump (its text already in hand).

    ``location`` is what ``articles.csv`` shows (the path or URL, or ``dump.jsonl.gz:17`` for
    the record on line 17); ``published`` is a date given from outside the text (ISO); ``error``
    marks a record that cannot be an article (it gets its error row). A file at a ``url`` is
    read where :meth:`data` is called: on the worker.
    """

    id: str
    location: str
    path: str | None = None
    text: str | None = None
    published: str = ""
    error: str = ""
    url: str | None = None

    def data(self) -> bytes:
        """The article's bytes; raises :class:`ReadError` for an unreadable one."""
        if self.error:
            raise ReadError(self.error)
        if self.path is not None:
            return read_article_bytes(Path(self.path))
        if self.url is not None:
            return read_url_bytes(self.url)
        data = (self.text or "").encode("utf-8")
        if len(data) > MAX_ARTICLE_BYTES:
            raise ReadError(f"text too large ({len(data)} bytes; the limit is {MAX_ARTICLE_BYTES})")
        return data


@dataclass(frozen=True)
class Fields:
    """Which fields of a dump's records hold the id, the text and the publication date."""

    id: str = DEFAULT_ID_FIELD
    text: str = DEFAULT_TEXT_FIELD
    date: str | None = None


def _dump_name(path: Path | str) -> str:
    return _as_path(path).name.lower().removesuffix(".gz")


def is_dump(path: Path | str) -> bool:
    """A JSONL, CSV or Parquet file (``.gz`` allowed except for Parquet) given as input, a
    local file or a URL."""
    named = _dump_name(path).endswith(DUMP_SUFFIXES)
    if is_url(path):  # asked only of a URL named as a dump: each question is a request
        return named and url_kind(str(path)) == "file"
    return Path(path).is_file() and named


def iso_date(value: object) -> str:
    """A date field as an ISO date: ISO dates and times, RFC 2822 (``Sun, 18 Feb 2018 ...``).

    >>> iso_date("Sun, 18 Feb 2018 21:35:43 +0400"), iso_date("2025-06-13T10:00:00Z")
    ('2018-02-18', '2025-06-13')
    """
    import datetime as dt
    from email.utils import parsedate_to_datetime

    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _open_text(path: Path | str):
    import gzip

    if is_url(path):
        import fsspec

        return fsspec.open(path, "rt", compression="infer", encoding="utf-8-sig", newline="")
    path = Path(path)
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _parquet_records(source: Any) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(source).iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            number += 1
            yield number, record, ""


def _raw_records(path: Path | str) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """``(record number, record or None, error)`` for each record of a dump, lazily."""
    import json

    name = _dump_name(path)
    if name.endswith(".parquet") and is_url(path):
        import fsspec

        with fsspec.open(path, "rb") as handle:
            yield from _parquet_records(handle)
    elif name.endswith(".parquet"):
        yield from _parquet_records(path)
    elif name.endswith(".csv"):
        csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
        with _open_text(path) as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                yield number, row, ""
    else:
        with _open_text(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, None, f"not JSON ({exc.msg} at column {exc.colno})"
                    continue
                if not isinstance(record, dict):
                    yield number, None, "not a JSON object"
                    continue
                yield number, record, ""


def _record_id(number: int, record: dict[str, Any] | None, fields: Fields) -> str:
    value = record.get(fields.id) if record else None
    return safe_id(str(value)) if value not in (None, "") else f"record-{number}"


def _date_field(record: dict[str, Any], fields: Fields) -> str:
    if fields.date is not None:
        return iso_date(record.get(fields.date))
    for name in DATE_FIELDS:
        if record.get(name):
            return iso_date(record[name])
    return ""


def dump_sources(path: Path | str, fields: Fields = Fields()) -> Iterator[Source]:
    """The records of a dump (a file or a URL) as sources, lazily (the file is read twice: ids
    first, so that a duplicate never takes an id another record claims)."""
    url = is_url(path)
    # each fsspec back end raises its own types; a local file only these
    caught = Exception if url else (OSError, EOFError, ValueError, csv.Error)
    try:
        ids = iter(unique_ids([_record_id(n, r, fields) for n, r, _ in _raw_records(path)]))
    except caught as exc:
        raise ReadError(f"{path}: cannot read the dump: {_one_line(exc) if url else exc}") from None
    line = "line" if _dump_name(path).endswith((".jsonl", ".ndjson")) else "record"
    for number, record, error in _raw_records(path):
        location = f"{path}:{number}" if line == "line" else f"{path}#{number}"
        article_id = next(ids)
        if error:
            yield Source(article_id, location, error=f"{line} {number}: {error}")
            continue
        assert record is not None
        text = record.get(fields.text)
        if record.get(fields.id) in (None, ""):
            error = f"{line} {number}: no {fields.id!r} field"
        elif not isinstance(text, str):
            error = f"{line} {number}: no text in the {fields.text!r} field"
        yield Source(
            article_id,
            location,
            text=text if isinstance(text, str) else None,
            published=_date_field(record, fields),
            error=error,
        )


def file_sources(files: Sequence[Path | str]) -> Iterator[Source]:
    """Article files (paths or URLs) as sources, with their ids."""
    for file, article_id in zip(files, article_ids(files), strict=True):
        if is_url(file):
            yield Source(article_id, str(file), url=str(file))
        else:
            yield Source(article_id, str(file), path=str(file))
