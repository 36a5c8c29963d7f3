"""Reading: encodings, HTML, title, publication date and boilerplate."""

from __future__ import annotations

import codecs

import pytest

from pipeline.doc import Article
from pipeline.read import (
    ReadError,
    clean_text,
    date_in_name,
    decode,
    find_boilerplate,
    find_published,
    find_title,
    parse_article,
    read_article,
)

ARABIC = "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في شركة Scale AI.\n"

ENCODINGS = [
    ("utf-8", ARABIC.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le with BOM", ARABIC.encode("utf-16"), "utf-16"),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
    ("utf-32 with BOM", ARABIC.encode("utf-32"), "utf-32"),
    ("windows-1256", ARABIC.encode("cp1256"), "windows-1256"),
    ("ascii", b"Meta agreed to pay $14.8 billion.\n", "utf-8"),
]


@pytest.mark.parametrize(
    ("data", "encoding"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_decode(data: bytes, encoding: str) -> None:
    text, found, warnings = decode(data)
    assert found == encoding
    assert warnings == []
    assert text in (ARABIC, "Meta agreed to pay $14.8 billion.\n")


def test_utf8_with_a_few_invalid_bytes_stays_utf8() -> None:
    data = ARABIC.encode("utf-8")
    broken = data[:20] + b"\xff\xfe" + data[20:]
    text, encoding, warnings = decode(broken)
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 2
    assert "ميتا" in text
    assert warnings == ["2 invalid UTF-8 byte sequence(s) replaced by U+FFFD"]


def test_windows_1256_is_not_read_as_iso_8859_6() -> None:
    # ISO-8859-6 has no letters at the bytes Windows-1256 uses for پ and گ (0x81, 0x90).
    text, encoding, _ = decode("پاکستان گزارش".encode("cp1256"))
    assert encoding == "windows-1256"
    assert text == "پاکستان گزارش"


BAD = [
    ("empty", b"", "empty file"),
    ("whitespace", b" \n\t\r\n  ", "no text (whitespace only)"),
    (
        "binary with NUL",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary file (NUL bytes), not text",
    ),
    ("control characters", bytes(range(1, 9)) * 40, "binary file"),
]


@pytest.mark.parametrize(("data", "message"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_is_a_read_error(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_article(data, Article(id="x", source="x.txt"))


HTML = [
    ("<p>ميتا &amp; Scale</p>", "ميتا & Scale\n"),
    (
        "<html><head><title>عنوان</title><script>var x;</script></head>"
        "<body><h1>ميتا</h1><p>نص<br>سطر</p></body></html>",
        "عنوان\n\nميتا\n\nنص\nسطر\n",
    ),
    ("<div>الرئيس&nbsp;التنفيذي</div>", "الرئيس التنفيذي\n"),
]


@pytest.mark.parametrize(("html", "text"), HTML, ids=[h for h, _ in HTML])
def test_html_is_stripped(html: str, text: str) -> None:
    assert clean_text(html, "page.html") == text


def test_entities_unescaped_in_plain_text() -> None:
    assert clean_text("AT&amp;T &quot;ميتا&quot;\r\n", "a.txt") == 'AT&T "ميتا"\n'


PUBLISHED = [
    (" date 2025-09-04 لم يمض", ("2025-09-04", 17)),
    ("Date: 2025-9-4\nنص", ("2025-09-04", 15)),
    ("تاريخ النشر: 2024-01-31\nنص", ("2024-01-31", 24)),
    ("date 2025-13-40 نص", ("", 0)),
    ("في 2025-09-04 قال", ("", 0)),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED, ids=[t for t, _ in PUBLISHED])
def test_find_published(text: str, expected: tuple[str, int]) -> None:
    assert find_published(text) == expected


# (file name or record id, the date in it): ANT's ids, archives' dated names, and what is not one.
NAME_DATES = [
    ("AL-economy-183-20180307", "2018-03-07"),
    ("2025-06-13-budget", "2025-06-13"),
    ("news_2019_11_30", "2019-11-30"),
    ("20180307-r2", "2018-03-07"),
    ("report 2024.05.01", "2024-05-01"),
    ("a-20180307-b-2018-03-07", "2018-03-07"),  # the same date twice
    ("000_6e6466fcb39c8720", ""),
    ("20180230", ""),  # no 30 February
    ("2018-0307", ""),  # two kinds of separator
    ("120180307", ""),  # nine digits
    ("a-20180307-b-20190101", ""),  # two dates: none is taken
    ("18990307", ""),
    ("JA-localNews-453-10012017", "2017-01-10"),  # day first (ANT)
    ("news-31-12-2016", "2016-12-31"),
    ("31122016-20161231", "2016-12-31"),  # the same date both ways
    ("20161231-01012017", ""),  # two dates
    ("32012017", ""),  # no day 32
    ("2-20-11", ""),
    ("article-17", ""),
]


@pytest.mark.parametrize(("name", "expected"), NAME_DATES, ids=[n for n, _ in NAME_DATES])
def test_date_in_name(name: str, expected: str) -> None:
    assert date_in_name(name) == expected


TITLES = [
    ("ميتا تراهن على Scale AI\n\nنص المقال.", "ميتا تراهن على Scale AI"),
    ("وافقت ميتا على دفع المبلغ.\nوتعد هذه الصفقة", ""),
    ("عنوان بلا نص", ""),
    ("بحوالي 10 مليارات دولار.. ‘ميتا’ تبحث\nنص", "بحوالي 10 مليارات دولار.. ‘ميتا’ تبحث"),
    ("هل تنجح الصفقة؟\nنص", ""),
    (" ".join(["كلمة"] * 40) + "\nنص", ""),
]


@pytest.mark.parametrize(("text", "title"), TITLES, ids=[t[:30] for t, _ in TITLES])
def test_find_title(text: str, title: str) -> None:
    assert find_title(text) == title


BOILERPLATE = [
    (
        "نص المقال.\n\nشارك هذا الخبر\nإبراهيم مصطفى\nإبراهيم مصطفى\nالمقالات: 967\n\nاترك ردّاً\n\n"
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n",
        "شارك هذا الخبر",
    ),
    ("نص المقال.\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني.\n", "اترك تعليقاً"),
    ("نص المقال.\nاقرأ أيضا\n", "اقرأ أيضا"),
    ("نص المقال الذي يتحدث عن المشاركة.\n", ""),
    ("شارك هذا الخبر في الفقرة الأولى ثم تابع.\nنص طويل آخر هنا يكمل المقال.\n", ""),
]


@pytest.mark.parametrize(
    ("text", "starts_with"), BOILERPLATE, ids=[s or "none" for _, s in BOILERPLATE]
)
def test_find_boilerplate(text: str, starts_with: str) -> None:
    start = find_boilerplate(text)
    if starts_with:
        assert text[start:].startswith(starts_with)
    else:
        assert start == len(text)


def test_corpus_metadata(corpus_articles) -> None:
    by_id = {a.id[:3]: a for a in corpus_articles}
    assert by_id["000"].title == ""
    assert by_id["001"].title.startswith("ميتا تراهن بـ15 مليار دولار")
    assert by_id["003"].title.startswith("بحوالي 10 مليارات دولار")
    assert by_id["004"].published == "2025-09-04"
    assert by_id["004"].text[by_id["004"].body_start :].startswith("لم يمض")
    assert by_id["001"].text[by_id["001"].boilerplate_start :].startswith("شارك هذا الخبر")
    assert by_id["002"].text[by_id["002"].boilerplate_start :].startswith("اترك تعليقاً")
    for article in corpus_articles:
        assert article.encoding == "utf-8"
        if article.id[:3] not in ("001", "002"):
            assert article.boilerplate_start == len(article.text)


def test_file_name_with_arabic_and_spaces(tmp_path) -> None:
    path = tmp_path / "مقال عن ميتا 1.txt"
    path.write_text(ARABIC, encoding="utf-8")
    article = read_article(path)
    assert article.id == "مقال عن ميتا 1"
    assert article.text == ARABIC
