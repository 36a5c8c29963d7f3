"""Bytes -> decoded article text with its metadata (encoding, title, date, boilerplate).

The decoded text returned here is the reference for every offset the later stages write.
Decoding order: UTF-8 with BOM, UTF-16/32 with BOM, strict UTF-8, UTF-8 with a few invalid
bytes (replaced, and reported), else Windows-1256. ISO-8859-6 is never guessed: almost no
Arabic news file is in it, and Windows-1256 bytes read as ISO-8859-6 look plausible but wrong.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import html
import re
from html.parser import HTMLParser
from pathlib import Path

from pipeline.doc import Article
from pipeline.io import ReadError, read_article_bytes
from pipeline.lexicon import load_tsv

__all__ = ["ReadError", "decode", "parse_article", "read_article"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: A file whose bytes form at least this many valid UTF-8 characters beyond ASCII for each
#: invalid sequence is UTF-8 with a few bad bytes (replaced), not Windows-1256: Arabic in
#: Windows-1256 almost never forms a valid UTF-8 sequence (its letters are lead bytes followed
#: by more letters, not by continuation bytes).
_MIN_VALID_PER_INVALID = 4
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode an article's bytes: ``(text, encoding, warnings)``; raises :class:`ReadError`.

    >>> decode("ميتا".encode("cp1256"))[:2]
    ('ميتا', 'windows-1256')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"invalid {encoding} at byte {exc.start}") from None
            return text.lstrip("\ufeff"), encoding, []
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    non_ascii = sum(1 for char in text if char > "\x7f") - invalid
    if non_ascii >= _MIN_VALID_PER_INVALID * invalid:
        return text, "utf-8", [f"{invalid} invalid UTF-8 byte sequence(s) replaced by U+FFFD"]
    return data.decode("cp1256", errors="replace"), "windows-1256", []


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes with NULs: UTF-16 without a BOM when the NULs all fall on one side of the 2-byte
    units (ASCII spaces, digits and Latin letters have a zero high byte), else binary.

    >>> _decode_utf16_without_bom("ميتا 2025".encode("utf-16-le"))[1:]
    ('utf-16-le', ['UTF-16 without a BOM, read as little-endian'])
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 == 0 and (odd >= 4 * even or even >= 4 * odd):
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if text and _mostly_text(text):
            order = "little" if encoding.endswith("le") else "big"
            return text, encoding, [f"UTF-16 without a BOM, read as {order}-endian"]
    raise ReadError("binary file (NUL bytes), not text")


#: Characters an Arabic or Latin news text is made of: ASCII, Latin-1, Arabic and its
#: presentation forms, general punctuation. A binary file read as UTF-16 is mostly other code
#: points (CJK, private use, controls).
_TEXT_CHARS = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u2000-\u206f"
    r"\ufb50-\ufdff\ufe70-\ufeff]"
)


def _mostly_text(text: str) -> bool:
    return len(_TEXT_CHARS.findall(text)) >= 0.95 * len(text)


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML page: block elements break lines, script/style dropped."""

    BLOCKS = frozenset(
        [
            "address",
            "article",
            "aside",
            "blockquote",
            "br",
            "dd",
            "div",
            "dl",
            "dt",
            "figcaption",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "td",
            "th",
            "tr",
            "ul",
            "title",
        ]
    )
    SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


_HTML_START = re.compile(r"\s*(<!doctype html|<html|<body|<head|<p[\s>]|<div[\s>])", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def is_html(text: str, name: str = "") -> bool:
    """An HTML file by its name or by its first tag."""
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text))


def strip_html(text: str) -> str:
    """The visible text of an HTML page, one block a line.

    >>> strip_html("<p>ميتا &amp; Scale</p><script>x()</script>")
    'ميتا & Scale\\n'
    """
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def clean_text(text: str, name: str = "") -> str:
    """Decoded file text -> reference text: line ends unified, HTML stripped, entities unescaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if is_html(text, name):
        return strip_html(text)
    return html.unescape(text) if "&" in text else text


_DATE_HEADER = re.compile(
    r"\A[ \t\ufeff]*(?:date|published|تاريخ النشر|التاريخ|نشر في)\s*[:：]?\s*"
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\s*",
    re.I,
)
_FINAL_PUNCT = ".!?؟:،,;؛…"
_MAX_TITLE_WORDS = 30


# A date in a file name or record id: 20180307, 2018-03-07, 2018_03_07 (one separator kind);
# or day first, as the numeric dates of Arabic text are (dates.py) and some archives name their
# files: 10012017, 10-01-2017. No eight digits can be both: a year-first month is at most 12,
# a day-first year begins with 19 or 20.
_NAME_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_NAME_DATE_DAY_FIRST = re.compile(
    r"(?<![0-9])(0[1-9]|[12][0-9]|3[01])([-_.]?)(0[1-9]|1[0-2])\2((?:19|20)[0-9]{2})(?![0-9])"
)


def date_in_name(name: str) -> str:
    """The date a news archive writes into an article's file name or id, ISO; "" when it has
    none, or several different ones.

    >>> date_in_name("AL-economy-183-20180307"), date_in_name("2025-06-13-budget")
    ('2018-03-07', '2025-06-13')
    >>> date_in_name("JA-localNews-453-10012017")
    '2017-01-10'
    >>> date_in_name("000_6e6466fcb39c8720"), date_in_name("20180230")
    ('', '')
    """
    dates = set()
    for m in _NAME_DATE.finditer(name):
        with contextlib.suppress(ValueError):  # 30 February
            dates.add(datetime.date(int(m[1]), int(m[3]), int(m[4])).isoformat())
    for m in _NAME_DATE_DAY_FIRST.finditer(name):
        with contextlib.suppress(ValueError):
            dates.add(datetime.date(int(m[4]), int(m[3]), int(m[1])).isoformat())
    return dates.pop() if len(dates) == 1 else ""


def find_published(text: str) -> tuple[str, int]:
    """A publication date given at the very top: ``(ISO date, offset where the body starts)``.

    >>> find_published(" date 2025-09-04 لم يمض")
    ('2025-09-04', 17)
    """
    match = _DATE_HEADER.match(text)
    if not match:
        return "", 0
    year, month, day = (int(group) for group in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return "", 0
    return f"{year:04d}-{month:02d}-{day:02d}", match.end()


def find_title(text: str, body_start: int = 0) -> str:
    """The title: a short first line, followed by more text, without final punctuation."""
    rest = text[body_start:]
    stripped = rest.lstrip()
    line, newline, after = stripped.partition("\n")
    line = line.strip()
    if not line or not newline or not after.strip():
        return ""
    if line[-1] in _FINAL_PUNCT or len(line.split()) > _MAX_TITLE_WORDS:
        return ""
    return line


def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"]) for row in load_tsv("boilerplate.tsv"))


def find_boilerplate(text: str) -> int:
    """Offset where site boilerplate (share, comment, author, counter lines) begins at the end.

    Walks up from the last line while lines are blank, match a boilerplate pattern, or are short
    name-like lines between such matches; returns ``len(text)`` when there is none.
    """
    patterns = _boilerplate_patterns()
    start = len(text)
    offset = len(text)
    for line in reversed(text.splitlines(keepends=True)):
        offset -= len(line)
        content = line.strip()
        if not content:
            continue
        if any(pattern.search(content) for pattern in patterns):
            start = offset
        elif not _looks_like_byline(content):
            break
    return start


def _looks_like_byline(line: str) -> bool:
    """A short line without sentence punctuation, like an author's name."""
    return len(line.split()) <= 4 and not any(char in line for char in ".!?؟،,")


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read one article file into an :class:`Article` (text and metadata, no analysis yet)."""
    article = Article(id=article_id or path.stem, source=str(path))
    return parse_article(read_article_bytes(path), article)


def parse_article(data: bytes, article: Article) -> Article:
    """Fill ``article`` from the file's bytes; raises :class:`ReadError` for unusable input."""
    if not data:
        raise ReadError("empty file")
    raw, encoding, warnings = decode(data)
    text = clean_text(raw, article.source)
    if not text.strip():
        raise ReadError("no text (whitespace only)")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ReadError(f"binary file ({controls} control characters), not text")
    published, body_start = find_published(text)
    article.text = text
    article.encoding = encoding
    article.warnings = warnings
    article.published = published
    article.title = find_title(text, body_start)
    article.body_start = body_start
    article.boilerplate_start = max(find_boilerplate(text), body_start)
    return article
