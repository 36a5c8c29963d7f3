"""The runner and the tables: every bad input, the offset invariant, determinism, increments."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline import run as run_module
from pipeline.canonical import canonicalize, canonicalize_corpus, entity_index
from pipeline.doc import Article, Span
from pipeline.read import parse_article
from pipeline.run import ArticleRows, link_corpus, run, warm_up
from pipeline.scratch import SCRATCH_PREFIX, scratch_db
from pipeline.tables import (
    ARTICLE_TABLES,
    CORPUS_TABLES,
    read_csv,
    read_entities,
    write_article,
    write_corpus,
    write_csv,
)

ARTICLE = "وافقت ميتا على دفع 14.8 مليار دولار مقابل حصة 49% في شركة Scale AI في يونيو 2025.\n"

# (file name, bytes, expected status, expected encoding or error)
INPUTS = [
    ("utf8.txt", ARTICLE.encode("utf-8"), "ok", "utf-8"),
    ("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "ok", "utf-8-sig"),
    ("utf16.txt", ARTICLE.encode("utf-16"), "ok", "utf-16"),
    ("cp1256.txt", ARTICLE.encode("cp1256"), "ok", "windows-1256"),
    (
        "broken utf8.txt",
        ARTICLE.encode("utf-8")[:20] + b"\xff" + ARTICLE.encode("utf-8")[20:],
        "ok",
        "utf-8",
    ),
    ("مقال عن ميتا.txt", ARTICLE.encode("utf-8"), "ok", "utf-8"),
    ("page.html", f"<html><body><p>{ARTICLE}</p></body></html>".encode(), "ok", "utf-8"),
    ("empty.txt", b"", "error", "empty file"),
    ("blank.txt", b"  \n\n\t ", "error", "no text (whitespace only)"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "error", "binary file"),
]


@pytest.fixture(scope="module")
def bad_corpus_run(tmp_path_factory, tagger):
    root = tmp_path_factory.mktemp("bad")
    raw = root / "raw"
    raw.mkdir()
    for name, data, *_ in INPUTS:
        (raw / name).write_bytes(data)
    out = root / "out"
    result = run([raw], out, tagger)
    return raw, out, result


@pytest.mark.parametrize(
    ("name", "status", "detail"), [(n, s, d) for n, _, s, d in INPUTS], ids=[n for n, *_ in INPUTS]
)
def test_every_input_gets_a_row(bad_corpus_run, name: str, status: str, detail: str) -> None:
    _, out, _ = bad_corpus_run
    rows = {row["article_id"]: row for row in read_csv(out / "articles.csv")}
    row = rows[Path(name).stem]
    assert row["status"] == status
    if status == "ok":
        assert row["encoding"] == detail
        assert row["error"] == ""
        assert int(row["n_tokens"]) > 10
        assert (
            (out / row["article_id"] / "text.txt").read_text(encoding="utf-8").startswith("وافقت")
        )
    else:
        assert row["error"].startswith(detail)
        assert "\n" not in row["error"]


def test_invalid_bytes_are_reported_in_the_row(bad_corpus_run) -> None:
    _, out, _ = bad_corpus_run
    row = {r["article_id"]: r for r in read_csv(out / "articles.csv")}["broken utf8"]
    assert row["warnings"] == "1 invalid UTF-8 byte sequence(s) replaced by U+FFFD"


def test_failures_are_counted_and_others_written(bad_corpus_run) -> None:
    _, out, result = bad_corpus_run
    assert sorted(m["article_id"] for m in result.failed) == ["blank", "empty", "image"]
    assert len(result.metas) == len(INPUTS)
    assert not [p for p in out.rglob("*") if ".tmp" in p.name]  # atomic writes leave nothing


def test_raw_folder_is_never_written(bad_corpus_run) -> None:
    raw, _, _ = bad_corpus_run
    assert sorted(p.name for p in raw.iterdir()) == sorted(n for n, *_ in INPUTS)


def _all_table_rows(out: Path):
    for name in (*ARTICLE_TABLES, *CORPUS_TABLES):
        for path in sorted(out.rglob(name)):
            for row in read_csv(path):
                yield path, row


def test_offsets_index_text_txt_in_every_table(corpus_run) -> None:
    out, _ = corpus_run
    texts = {p.parent.name: p.read_text(encoding="utf-8") for p in out.glob("*/text.txt")}
    checked = 0
    for path, row in _all_table_rows(out):
        text = texts[row["article_id"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"], (path, row)
        checked += 1
    assert checked > 3000


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, tagger):
    out = tmp_path_factory.mktemp("corpus") / "out"
    result = run([config.CORPUS_RAW], out, tagger)
    return out, result


def test_corpus_tables_concatenate_the_articles(corpus_run) -> None:
    out, result = corpus_run
    assert [m["status"] for m in result.metas] == ["ok"] * 5
    for name in CORPUS_TABLES:
        corpus_rows = read_csv(out / name)
        article_rows = [r for d in sorted(out.iterdir()) if d.is_dir() for r in read_csv(d / name)]
        assert corpus_rows == article_rows


def test_tables_open_in_pandas_as_documented(corpus_run) -> None:
    out, _ = corpus_run
    amounts = pd.read_csv(out / "amounts.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(amounts.columns) == list(config.AMOUNT_COLUMNS)
    tokens = pd.read_csv(
        out / "000_6e6466fcb39c8720" / "tokens.csv", encoding="utf-8-sig", keep_default_na=False
    )
    assert list(tokens.columns) == list(config.TOKEN_COLUMNS)
    assert (out / "amounts.csv").read_bytes().startswith(codecs.BOM_UTF8)
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(articles.columns) == list(config.ARTICLE_COLUMNS)


def test_boilerplate_feeds_no_table(corpus_run) -> None:
    out, _ = corpus_run
    for row in read_csv(out / "articles.csv"):
        limit = int(row["boilerplate_start"])
        for name in ("tokens.csv", "entities.csv", "amounts.csv", "dates.csv"):
            for r in read_csv(out / row["article_id"] / name):
                assert int(r["end"]) <= limit
    tokens = read_csv(out / "001_a038912ff83e431d" / "tokens.csv")
    assert "المقالات" not in {t["text"] for t in tokens}


def test_headline_figures_are_in_the_tables(corpus_run) -> None:
    out, _ = corpus_run
    money = {
        (r["article_id"][:3], r["value"], r["currency"])
        for r in read_csv(out / "amounts.csv")
        if r["kind"] == "money"
    }
    for expected in [
        ("000", "14800000000", "USD"),
        ("001", "15000000000", "USD"),
        ("002", "14300000000", "USD"),
        ("003", "10000000000", "USD"),
        ("004", "14300000000", "USD"),
    ]:
        assert expected in money
    percents = {
        (r["article_id"][:3], r["value"])
        for r in read_csv(out / "amounts.csv")
        if r["kind"] == "percent"
    }
    assert ("000", "49") in percents


def test_runs_are_byte_identical_and_incremental(tmp_path: Path, tagger) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(config.CORPUS_RAW.glob("*.txt"))[:2]:
        (raw / path.name).write_bytes(path.read_bytes())
    first, second = tmp_path / "a", tmp_path / "b"
    assert run([raw], first, tagger).analysed == 2
    assert run([raw], second, tagger).analysed == 2
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        if name.name != ".stamp":  # the stamp names the source path, which differs
            assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # unchanged input: nothing analysed again, same tables
    before = {p: p.read_bytes() for p in first.rglob("*.csv")}
    assert run([raw], first, tagger).analysed == 0
    assert {p: p.read_bytes() for p in first.rglob("*.csv")} == before
    # one article edited: only it is analysed again
    edited = sorted(raw.iterdir())[0]
    edited.write_bytes(
        edited.read_bytes() + "\nوقال وانغ إن الصفقة بلغت 20 مليار دولار.\n".encode()
    )
    assert run([raw], first, tagger).analysed == 1
    values = {r["value"] for r in read_csv(first / "amounts.csv")}
    assert "20000000000" in values


def test_a_20_mb_article_is_read(tmp_path: Path, tagger) -> None:
    body = (config.CORPUS_RAW / "002_5802921390852e0a.txt").read_bytes()
    big = tmp_path / "raw" / "big.txt"
    big.parent.mkdir()
    big.write_bytes(body * (20_000_000 // len(body) + 1))
    assert big.stat().st_size >= 20_000_000
    result = run([big.parent], tmp_path / "out", tagger)
    assert result.metas[0]["status"] == "ok", result.metas[0]["error"]
    assert int(result.metas[0]["n_amounts"]) > 10_000


def test_csv_fields_with_commas_quotes_and_newlines_survive(tmp_path: Path, tagger) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "q.txt").write_text('قال "وانغ"، إن 60,000 عامل.\n', encoding="utf-8")
    run([raw], tmp_path / "out", tagger)
    with (tmp_path / "out" / "q" / "tokens.csv").open(encoding="utf-8-sig", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert '"' in texts and "60,000" in texts
    assert os.path.getsize(tmp_path / "out" / "q" / "text.txt") > 0


class _BrokenTagger:
    def fingerprint(self) -> str:
        return "broken"

    def predict(self, sentences):
        raise RuntimeError("no model")


@pytest.mark.parametrize(
    "tagger_of",
    [lambda t: t, lambda t: None, lambda t: _BrokenTagger()],
    ids=["crf", "untagged", "broken"],
)
def test_warm_up_never_fails_and_changes_no_output(tmp_path: Path, tagger, tagger_of) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run([raw], tmp_path / "cold", tagger_of(tagger))
    warm_up(tagger_of(tagger))
    run([raw], tmp_path / "warm", tagger_of(tagger))
    for name in ("articles.csv", "entities.csv", "entity_index.csv", "amounts.csv", "dates.csv"):
        assert (tmp_path / "warm" / name).read_bytes() == (tmp_path / "cold" / name).read_bytes()


def _article(article_id: str, *entities: tuple[str, str]) -> Article:
    """An article whose text is its entities separated by spaces."""
    spans, start = [], 0
    for text, label in entities:
        spans.append(Span(start, start + len(text), text, label, sentence=0))
        start += len(text) + 1
    return Article(id=article_id, source="", text=" ".join(t for t, _ in entities), entities=spans)


LINKED_ARTICLES = [
    _article("b", ("ميتا", "ORG"), ("ألكسندر وانج", "PER"), ("وانج", "PER"), ("ماير", "PER")),
    _article("a", ("وانغ", "PER"), ("لميتا", "ORG"), ("روبن ماير", "PER"), ("لوسي", "PER")),
    _article("c", ("Meta", "ORG"), ("توماس ماير", "PER"), ("ماير", "PER"), ("غو", "PER")),
    _article("d", ("ماير", "PER"), ("Scale", "ORG"), ("Scale AI", "ORG")),
]


def test_a_run_leaves_no_scratch_database_even_when_the_corpus_step_fails(
    tmp_path: Path, tagger, monkeypatch
) -> None:
    from pipeline import run as run_module

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a", "b"):
        (raw / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run([raw], out, tagger)
    assert [m["article_id"] for m in result.metas] == ["a", "b"] and result.metas[-1]["n_tokens"]
    assert not list(out.glob(f"{SCRATCH_PREFIX}*"))

    def failing(*args, **kwargs):
        raise OSError("disk full")

    (out / ".corpus-stamp").unlink()
    with monkeypatch.context() as patch:
        patch.setattr(run_module, "write_corpus", failing)
        with pytest.raises(OSError, match="disk full"):
            run([raw], out, tagger)
    assert not list(out.glob(f"{SCRATCH_PREFIX}*"))


def test_a_corpus_linked_on_disk_gets_the_same_bytes_as_in_memory(
    tmp_path: Path, tagger, monkeypatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(config.CORPUS_RAW.glob("*.txt")):
        (raw / path.name).write_bytes(path.read_bytes())
    run([raw], tmp_path / "memory", tagger)
    monkeypatch.setattr(run_module, "IN_MEMORY_LINKING", 0)  # a large corpus's way
    run([raw], tmp_path / "disk", tagger)
    memory, disk = tmp_path / "memory", tmp_path / "disk"
    tables = sorted(p.relative_to(memory) for p in memory.rglob("*.csv"))
    assert len(tables) > 5
    for name in tables:
        assert (memory / name).read_bytes() == (disk / name).read_bytes(), name


@pytest.mark.parametrize("early", [0, 1, 100], ids=["none-read-early", "one-early", "all-early"])
@pytest.mark.parametrize("in_memory", [5_000, 0], ids=["in-memory", "on-disk"])
def test_link_corpus_gives_the_names_of_canonicalize_corpus(
    tmp_path: Path, monkeypatch, in_memory: int, early: int
) -> None:
    monkeypatch.setattr(run_module, "IN_MEMORY_LINKING", in_memory)
    monkeypatch.setattr(run_module, "EARLY_ENTITIES", early)
    read_early = run_module.EarlyEntities(tmp_path)
    for article in LINKED_ARTICLES:  # as a run leaves them: names linked within each article
        write_article(tmp_path / article.id, canonicalize(article))
        read_early.add({"article_id": article.id, "status": "ok"})
    assert len(read_early.spans) == min(early, len(LINKED_ARTICLES))
    ids = sorted(a.id for a in LINKED_ARTICLES)
    with scratch_db(tmp_path) as db:
        rows = list(link_corpus(tmp_path, lambda: ids, db, read_early.spans))
    expected = {a.id: a.entities for a in canonicalize_corpus(LINKED_ARTICLES)}
    for article_id in ids:
        assert read_entities(tmp_path / article_id) == expected[article_id]
    assert rows == entity_index(list(canonicalize_corpus(LINKED_ARTICLES)))


# articles.csv rows whose values need quoting, in no particular order.
META_ROWS = [
    {"article_id": "b", "source": "raw/b,1.txt", "title": 'قال "وانغ"، إن', "status": "ok"},
    {"article_id": "a", "title": "سطر\nوسطر\r\n", "status": "error", "error": "binary file"},
    {"article_id": "c 3", "source": "raw/c 3.txt", "title": " ", "warnings": "x; y"},
]


def test_article_rows_keep_each_row_as_its_csv_line(tmp_path: Path) -> None:
    expected = [
        {column: row.get(column, "") for column in config.ARTICLE_COLUMNS}
        for row in sorted(META_ROWS, key=lambda row: row["article_id"])
    ]
    with scratch_db(tmp_path) as db:
        rows = ArticleRows(db)
        for row in META_ROWS:
            rows.append(row)
        assert list(rows) == expected and len(rows) == 3
        assert list(rows.ids(ok_only=True)) == ["b"]
        write_corpus(tmp_path / "streamed", rows.lines(), [], [])
    write_csv(tmp_path / "articles.csv", config.ARTICLE_COLUMNS, expected)
    written = (tmp_path / "streamed" / "articles.csv").read_bytes()
    assert written == (tmp_path / "articles.csv").read_bytes()


def test_a_field_longer_than_the_csv_modules_limit_reads_back(tmp_path: Path) -> None:
    # a name found in 20,000 articles of an archive: its article_ids run past 131,072 characters
    ids = " | ".join(f"article-{i:06d}" for i in range(20_000))
    rows = [{"canonical": "مصر", "label": "LOC", "mentions": "1", "articles": "20000",
             "variants": "مصر", "article_ids": ids}]  # fmt: skip
    write_csv(tmp_path / "entity_index.csv", config.ENTITY_INDEX_COLUMNS, rows)
    assert read_csv(tmp_path / "entity_index.csv") == rows
    assert pd.read_csv(tmp_path / "entity_index.csv")["article_ids"][0] == ids


# (text, (surface, label) entities the tagger gave, the surfaces kept): a name inside a sum of
# money is its unit, not a name; the same word elsewhere stays.
AMOUNT_NAMES = [
    ("دفع 3 آلاف ريال فقط.", [("ريال", "ORG")], []),
    ("فاز ريال مدريد وربح 200 ألف ريال سعودي.",
     [("ريال مدريد", "ORG"), ("ريال", "ORG"), ("سعودي", "LOC")], ["ريال مدريد"]),
    ("ارتفع اليورو في منطقة اليورو.", [("اليورو", "LOC")], ["اليورو"]),
    ("قالت أرامكو إنها ربحت 5 مليارات دولار.", [("أرامكو", "ORG"), ("دولار", "MISC")],
     ["أرامكو"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "tagged", "kept"), AMOUNT_NAMES, ids=[t for t, *_ in AMOUNT_NAMES]
)
def test_a_name_inside_a_sum_of_money_is_dropped(
    text: str, tagged: list[tuple[str, str]], kept: list[str]
) -> None:
    article = run_module.add_tokens(parse_article(text.encode(), Article(id="a", source="")))
    spans, taken = [], 0
    for surface, label in tagged:
        start = text.index(surface, taken)
        taken = start + len(surface)
        spans.append(Span(start, taken, surface, label, sentence=0))
    tokens = [
        dataclasses.replace(t, tag="B-X") if any(s.start <= t.start < s.end for s in spans) else t
        for t in article.tokens
    ]
    article = dataclasses.replace(article, tokens=tokens, entities=spans)
    after = run_module.drop_amount_names(run_module.add_amounts(article))
    assert [s.text for s in after.entities] == kept
    assert [t.text for t in after.tokens if t.tag != "O"] == [
        t.text for t in article.tokens if any(s.start <= t.start < s.end for s in after.entities)
    ]


NAMED_NUMBERS = [
    # (text, tagged entities, amounts kept): a number, count or ordinal that is a word of a name
    ("فاز وست هام على ليفربول", [("وست هام", "ORG")], []),  # ست reads "six"
    ("قالت قناة فرانس 24 إن 5 أشخاص قتلوا", [("فرانس 24", "ORG")], ["5 أشخاص"]),
    ("التقى الملك عبد الله الثاني", [("عبد الله الثاني", "PER")], []),
    ("برنامج 60 دقيقة", [("60 دقيقة", "MISC")], ["60 دقيقة"]),  # the name is the amount
    ("دفعت أرامكو 3 آلاف دولار", [("أرامكو", "ORG")], ["3 آلاف دولار"]),  # not in the name
    ("التقى بـ 3 آلاف", [], ["3 آلاف"]),  # no entity
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "tagged", "kept"), NAMED_NUMBERS, ids=[t for t, *_ in NAMED_NUMBERS]
)
def test_a_number_inside_a_name_is_no_amount(
    text: str, tagged: list[tuple[str, str]], kept: list[str]
) -> None:
    article = run_module.add_tokens(parse_article(text.encode(), Article(id="a", source="")))
    spans = []
    for surface, label in tagged:
        start = text.index(surface)
        spans.append(Span(start, start + len(surface), surface, label, sentence=0))
    article = run_module.add_amounts(dataclasses.replace(article, entities=spans))
    after = run_module.drop_named_numbers(article)
    assert [a.text for a in after.amounts] == kept
    assert after.entities == article.entities


def test_a_date_in_the_file_name_is_the_publication_date_last(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = "توفي في السادس من كانون الأول/ديسمبر عن 76 عاما.\n"
    (raw / "AL-culture-10-20180216.txt").write_text(text, encoding="utf-8")
    (raw / "b-20180216.txt").write_text("date 2025-09-04\n" + text, encoding="utf-8")
    (raw / "c-20180216.txt").write_text(text, encoding="utf-8")
    (raw / "d.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    inputs = run_module.find_inputs([raw], published={"c-20180216": "2019-01-05"})
    run([raw], out, None, inputs=inputs)
    published = {r["article_id"]: r["published"] for r in read_csv(out / "articles.csv")}
    assert published == {
        "AL-culture-10-20180216": "2018-02-16",  # the name's, no other
        "b-20180216": "2025-09-04",  # the text's header first
        "c-20180216": "2019-01-05",  # then a date given from outside
        "d": "",
    }
    dates = {r["article_id"]: r["date"] for r in read_csv(out / "dates.csv")}
    assert dates["AL-culture-10-20180216"] == "2017-12-06"
    assert dates["b-20180216"] == "2025-12-06" and dates["c-20180216"] == "2018-12-06"
    assert dates["d"] == ""
