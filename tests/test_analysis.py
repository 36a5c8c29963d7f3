"""The analysis: facts, claims and the report, built from output folders as a run writes them.

Small output folders are written here table by table (text.txt, tokens.csv, entities.csv,
amounts.csv, dates.csv, articles.csv), so each case says exactly what the tables hold. The bars
of the issue are checked on a real run of the shipped corpus, and the report in a real browser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from pipeline import config
from pipeline.analysis import analyse_outputs
from pipeline.analysis.claims import build_claims, report_interval
from pipeline.analysis.facts import build_facts
from pipeline.analysis.outputs import load_corpus, write_csv
from pipeline.analysis.report import segments
from pipeline.normalize import normalize_word

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+|[^\w\s]")


@dataclass
class Doc:
    """One article of a tiny output folder: sentences one per line, spans found by their text."""

    id: str
    text: str
    title: str = ""
    entities: Sequence[tuple[str, str, str]] = ()  # surface, label, canonical
    # surface, kind, value, qualifier, currency (unit is the currency word or kind)
    amounts: Sequence[tuple[str, str, str, str, str]] = ()
    dates: Sequence[tuple[str, str]] = ()  # surface, ISO date
    published: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _find(text: str, surface: str, taken: set[int]) -> int:
    start = text.find(surface)
    while start in taken:
        start = text.find(surface, start + 1)
    assert start >= 0, f"{surface!r} not in the text"
    taken.add(start)
    return start


def make_outputs(out: Path, docs: Sequence[Doc]) -> Path:
    """Write the tables of a run over ``docs`` into ``out``, as the pipeline lays them out."""
    tables: dict[str, list[dict[str, object]]] = {
        "entities.csv": [],
        "amounts.csv": [],
        "dates.csv": [],
        "articles.csv": [],
    }
    for doc in docs:
        folder = out / doc.id
        folder.mkdir(parents=True)
        (folder / "text.txt").write_text(doc.text, encoding="utf-8")
        line_starts = [0] + [m.end() for m in re.finditer("\n", doc.text)]

        def sentence_of(offset: int, starts: list[int] = line_starts) -> int:
            return sum(1 for s in starts if s <= offset) - 1

        tokens, index = [], {}
        for match in _TOKEN.finditer(doc.text):
            number = sentence_of(match.start())
            index[number] = index.get(number, -1) + 1
            tokens.append(
                {
                    "article_id": doc.id,
                    "sentence": number,
                    "index": index[number],
                    "start": match.start(),
                    "end": match.end(),
                    "text": match.group(),
                    "norm": normalize_word(match.group()),
                    "tag": "O",
                }
            )
        write_csv(folder / "tokens.csv", config.TOKEN_COLUMNS, tokens)
        taken: set[int] = set()
        rows = {"entities.csv": [], "amounts.csv": [], "dates.csv": []}
        for surface, label, canonical in doc.entities:
            start = _find(doc.text, surface, taken)
            rows["entities.csv"].append(
                {
                    "article_id": doc.id,
                    "sentence": sentence_of(start),
                    "start": start,
                    "end": start + len(surface),
                    "text": surface,
                    "label": label,
                    "canonical": canonical,
                }
            )
        for surface, kind, value, qualifier, currency in doc.amounts:
            start = _find(doc.text, surface, taken)
            rows["amounts.csv"].append(
                {
                    "article_id": doc.id,
                    "sentence": sentence_of(start),
                    "start": start,
                    "end": start + len(surface),
                    "text": surface,
                    "kind": kind,
                    "value": value,
                    "value_max": "",
                    "unit": "دولار" if currency else kind,
                    "currency": currency,
                    "qualifier": qualifier,
                }
            )
        for surface, date in doc.dates:
            start = _find(doc.text, surface, taken)
            rows["dates.csv"].append(
                {
                    "article_id": doc.id,
                    "sentence": sentence_of(start),
                    "start": start,
                    "end": start + len(surface),
                    "text": surface,
                    "date": date,
                    "precision": "year",
                    "relative": "false",
                }
            )
        for name, columns in (
            ("entities.csv", config.ENTITY_COLUMNS),
            ("amounts.csv", config.AMOUNT_COLUMNS),
            ("dates.csv", config.DATE_COLUMNS),
        ):
            write_csv(folder / name, columns, rows[name])
            tables[name].extend(rows[name])
        tables["articles.csv"].append(
            {
                "article_id": doc.id,
                "source": f"corpus/raw/{doc.id}.txt",
                "encoding": "utf-8",
                "title": doc.title,
                "published": doc.published,
                "status": "ok",
                **doc.extra,
            }
        )
    write_csv(out / "entities.csv", config.ENTITY_COLUMNS, tables["entities.csv"])
    write_csv(out / "amounts.csv", config.AMOUNT_COLUMNS, tables["amounts.csv"])
    write_csv(out / "dates.csv", config.DATE_COLUMNS, tables["dates.csv"])
    articles = [
        {c: row.get(c, "") for c in config.ARTICLE_COLUMNS} for row in tables["articles.csv"]
    ]
    write_csv(out / "articles.csv", config.ARTICLE_COLUMNS, articles)
    return out


META, SCALE = ("ميتا", "ORG", "ميتا"), ("Scale AI", "ORG", "سكيل إيه آي")


def usd(surface: str, value: str, qualifier: str = "exact") -> tuple[str, str, str, str, str]:
    return (surface, "money", value, qualifier, "USD")


# (id, sentences, entities, amounts, dates, expected columns of the first fact)
FACT_CASES = [
    (
        "investor before the verb, target after في",
        "ميتا تستثمر 14.3 مليار دولار في شركة Scale AI",
        [META, SCALE],
        [usd("14.3 مليار دولار", "14300000000")],
        [],
        {"category": "investment", "agent": "ميتا", "target": "سكيل إيه آي", "trigger": "تستثمر"},
    ),
    (
        "a stake bought is an investment; its percentage is the stake",
        "وافقت ميتا على دفع 14.8 مليار دولار مقابل الاستحواذ على حصة 49% في شركة Scale AI",
        [META, SCALE],
        [usd("14.8 مليار دولار", "14800000000"), ("49%", "percent", "49", "exact", "")],
        [],
        {"category": "investment", "agent": "ميتا", "target": "سكيل إيه آي"},
    ),
    (
        "verb before its subject (VSO), clitic on the trigger",
        "واستثمرت مايكروسوفت أكثر من 13 مليار دولار في OpenAI",
        [("مايكروسوفت", "ORG", "مايكروسوفت"), ("OpenAI", "ORG", "OpenAI")],
        [usd("أكثر من 13 مليار دولار", "13000000000", "more_than")],
        [],
        {"category": "investment", "agent": "مايكروسوفت", "target": "OpenAI"},
    ),
    (
        "acquisition: buyer, bought, seller",
        "استحوذت جوجل على فيتبت من سوفت بنك مقابل 2.1 مليار دولار",
        [("جوجل", "ORG", "جوجل"), ("فيتبت", "ORG", "فيتبت"), ("سوفت بنك", "ORG", "سوفت بنك")],
        [usd("2.1 مليار دولار", "2100000000")],
        [],
        {"category": "acquisition", "agent": "جوجل", "target": "فيتبت", "seller": "سوفت بنك"},
    ),
    (
        "a cited source is no party",
        "وبحسب رويترز، بلغت إيرادات أبل 90 مليار دولار في 2024",
        [("رويترز", "ORG", "رويترز"), ("أبل", "ORG", "أبل")],
        [usd("90 مليار دولار", "90000000000")],
        [("2024", "2024")],
        {"category": "revenue", "target": "أبل", "source": "رويترز", "date": "2024", "agent": ""},
    ),
    (
        "the company of the previous sentence (الشركة)",
        "أعلنت سامسونج نتائجها.\nوبلغت إيرادات الشركة 70 مليار دولار",
        [("سامسونج", "ORG", "سامسونج")],
        [usd("70 مليار دولار", "70000000000")],
        [],
        {"category": "revenue", "target": "سامسونج", "roles_from": "previous_sentence"},
    ),
    (
        "a count with its noun",
        "وسرحت الشركة نحو 200 موظف",
        [],
        [("نحو 200 موظف", "count", "200", "approx", "")],
        [],
        {"category": "jobs", "qualifier": "approx"},
    ),
    (
        "no trigger: other, entities listed as mentioned",
        "ودفعت جوجل 200 مليون دولار مقابل البيانات",
        [("جوجل", "ORG", "جوجل")],
        [usd("200 مليون دولار", "200000000")],
        [],
        {"category": "other", "agent": "", "mentioned": "جوجل"},
    ),
]

# (id, sentence, amounts): amounts that are no facts
NO_FACT = [
    (
        "a count far from any trigger",
        "وفق خمسة مصادر، بدأت الشركة تسريح العاملين",
        [("خمسة مصادر", "count", "5", "exact", "")],
    ),
    (
        "a vague sum has no figure",
        "استثمرت ميتا مليارات الدولارات",
        [("مليارات الدولارات", "money", "", "vague", "USD")],
    ),
    (
        "an ordinal or a bare number",
        "للمرة الثالثة في 10 أيام",
        [("الثالثة", "ordinal", "3", "exact", "")],
    ),
]


@pytest.mark.parametrize(
    ("text", "entities", "amounts", "dates", "expected"),
    [case[1:] for case in FACT_CASES],
    ids=[case[0] for case in FACT_CASES],
)
def test_facts(tmp_path: Path, text, entities, amounts, dates, expected) -> None:
    out = make_outputs(tmp_path, [Doc("a", text, entities=entities, amounts=amounts, dates=dates)])
    facts = build_facts(load_corpus(out))
    assert facts, "no fact"
    got = {key: str(facts[0][key]) for key in expected}
    assert got == expected
    for fact in facts:  # offsets index the text
        assert text[int(fact["start"]) : int(fact["end"])] == fact["text"]
        if fact["trigger"]:
            assert text[int(fact["trigger_start"]) : int(fact["trigger_end"])] == fact["trigger"]


def test_percentage_beside_a_stake_is_the_stake_of_the_deal(tmp_path: Path) -> None:
    case = FACT_CASES[1]
    out = make_outputs(tmp_path, [Doc("a", case[1], entities=case[2], amounts=case[3])])
    stake = build_facts(load_corpus(out))[1]
    assert (stake["category"], stake["agent"], stake["target"]) == ("stake", "ميتا", "سكيل إيه آي")


@pytest.mark.parametrize(("text", "amounts"), [c[1:] for c in NO_FACT], ids=[c[0] for c in NO_FACT])
def test_no_fact(tmp_path: Path, text, amounts) -> None:
    out = make_outputs(tmp_path, [Doc("a", text, amounts=amounts)])
    assert build_facts(load_corpus(out)) == []


def _fact(article: str, value: str, qualifier: str = "exact", text: str = "", **more) -> dict:
    return {
        "article_id": article,
        "start": "0",
        "text": text or value,
        "kind": "money",
        "value": value,
        "value_max": more.pop("value_max", ""),
        "unit": "دولار",
        "currency": "USD",
        "qualifier": qualifier,
        "category": "investment",
        "agent": "ميتا",
        "target": "سكيل إيه آي",
        "date": "",
        **more,
    }


B = 1_000_000_000
# (id, [(value, qualifier, text as written)], agree)
AGREEMENT = [
    (
        "about 10 and more than 10 billion",
        [(10 * B, "approx", "نحو 10 مليارات"), (10 * B, "more_than", "أكثر من 10 مليارات")],
        True,
    ),
    (
        "15 may be 14.8 rounded",
        [(15 * B, "exact", "15 مليار"), (14.8 * B, "exact", "14.8 مليار")],
        True,
    ),
    (
        "14.3 is not 14.8",
        [(14.3 * B, "exact", "14.3 مليار"), (14.8 * B, "exact", "14.8 مليار")],
        False,
    ),
    (
        "about 10 is not 15",
        [(10 * B, "approx", "حوالي 10 مليارات"), (15 * B, "exact", "15 مليار")],
        False,
    ),
    (
        "up to 65 and 65",
        [(65 * B, "up_to", "ما يصل إلى 65 مليار"), (65 * B, "exact", "65 مليار")],
        True,
    ),
    (
        "more than 13 is not 12",
        [(13 * B, "more_than", "أكثر من 13 مليار"), (12 * B, "exact", "12 مليار")],
        False,
    ),
]


@pytest.mark.parametrize(
    ("reports", "agree"), [c[1:] for c in AGREEMENT], ids=[c[0] for c in AGREEMENT]
)
def test_agreement(reports, agree) -> None:
    facts = [
        _fact(f"a{i}", str(Decimal(str(value)).quantize(Decimal(1))), qualifier, text)
        for i, (value, qualifier, text) in enumerate(reports)
    ]
    [claim] = build_claims(facts)
    assert claim["agree"] == ("true" if agree else "false")
    assert claim["n_articles"] == len(reports)


def test_range_interval() -> None:
    interval = report_interval(
        _fact("a", "10000000000", "range", "بين 10 و15 مليار", value_max="15000000000")
    )
    assert interval is not None
    assert (interval.low, interval.high) == (Decimal(10 * B), Decimal(15 * B))


def test_claims_group_by_subject_and_leave_out_what_cannot_be_grouped() -> None:
    facts = [
        _fact("a", "14300000000", text="14.3 مليار"),
        # about Wang and Scale AI: grouped with the others, who are about Scale AI
        _fact("b", "15000000000", target="ألكسندر وانغ | سكيل إيه آي"),
        _fact("c", "99000000", target="جوجل"),
        _fact("d", "5000000", category="other"),
        _fact("e", "7000000", agent="", target=""),
    ]
    claims = build_claims(facts)
    assert [(c["subject"], c["article_ids"]) for c in claims] == [
        ("سكيل إيه آي", "a | b"),
        ("جوجل", "c"),
    ]
    assert claims[0]["reports"] == "a: 14300000000 exact | b: 15000000000 exact"
    assert (claims[0]["min"], claims[0]["max"], claims[0]["ratio"]) == (
        "14300000000",
        "15000000000",
        "1.05",
    )


def test_a_fact_without_a_year_joins_the_dated_group_it_agrees_with() -> None:
    facts = [
        _fact("a", "870000000", category="revenue", date="2024"),
        _fact("a", "2000000000", "more_than", category="revenue", date="2025"),
        _fact("b", "870000000", category="revenue"),
    ]
    periods = {c["period"]: c["article_ids"] for c in build_claims(facts)}
    assert periods == {"2024": "a | b", "2025": "a"}


def test_segments_cover_the_text_and_skip_overlaps() -> None:
    text = "ميتا تستثمر 14.3 مليار دولار"
    got = segments(
        text,
        [{"start": "0", "end": "4", "label": "ORG", "canonical": "ميتا"}],
        [
            {
                "start": "12",
                "end": "28",
                "kind": "money",
                "value": "14300000000",
                "value_max": "",
                "currency": "USD",
                "unit": "دولار",
                "qualifier": "exact",
            },
        ],
        [{"start": "12", "end": "16", "date": "", "precision": "year"}],
    )
    assert "".join(s.text for s in got) == text
    assert [(s.kind, s.text) for s in got if s.kind] == [
        ("entity", "ميتا"),
        ("amount", "14.3 مليار دولار"),
    ]
    assert got[-1].title == "money · 14300000000 USD · exact"


HOSTILE = Doc(
    "x<evil>",
    "<script>document.body.setAttribute('data-pwned','1')</script> أعلنت ميتا\n"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> "
    "استثمرت ميتا 10 مليارات دولار في </textarea><b>Scale</b>",
    title="<script>document.body.setAttribute('data-pwned','3')</script>",
    entities=[("ميتا", "ORG", "ميتا<script>x</script>"), ("<b>Scale</b>", "ORG", "<b>Scale</b>")],
    amounts=[usd("10 مليارات دولار", "10000000000")],
)


def test_report_escapes_the_articles_and_loads_nothing(tmp_path: Path) -> None:
    out = make_outputs(
        tmp_path,
        [
            HOSTILE,
            Doc(
                "y",
                "استثمرت ميتا 12 مليار دولار في Scale",
                entities=[META, ("Scale", "ORG", "<b>Scale</b>")],
                amounts=[usd("12 مليار دولار", "12000000000")],
            ),
        ],
    )
    analyse_outputs(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    for raw in ("<script", "<img", "</textarea>", "<b>Scale"):
        assert raw not in html.lower()
    assert "&lt;script&gt;document.body.setAttribute" in html
    assert "&lt;/textarea&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html


def test_analyse_is_byte_identical_and_atomic(tmp_path: Path) -> None:
    out = make_outputs(
        tmp_path, [Doc("a", FACT_CASES[1][1], entities=FACT_CASES[1][2], amounts=FACT_CASES[1][3])]
    )
    first = analyse_outputs(out)
    written = {
        name: (out / name).read_bytes() for name in ("facts.csv", "claims.csv", "report.html")
    }
    analyse_outputs(out)
    assert {name: (out / name).read_bytes() for name in written} == written
    assert first.facts == 2
    assert not [p for p in out.rglob("*") if ".tmp" in p.name]
    facts = pd.read_csv(out / "facts.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert list(facts["category"]) == ["investment", "stake"]


def test_analyse_without_a_run_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "analyse", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "articles.csv" in result.stderr


# --- the bars, on a real run of the shipped corpus -------------------------------------------


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m pipeline run`` then ``analyse`` on corpus/raw, as a user would."""
    out = tmp_path_factory.mktemp("run")
    for command in (["run", str(config.CORPUS_RAW), "--quiet"], ["analyse"]):
        subprocess.run(
            [sys.executable, "-m", "pipeline", *command, "--out", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return out


def test_the_deal_as_each_article_reported_it(corpus_run: Path) -> None:
    claims = pd.read_csv(
        corpus_run / "claims.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str
    )
    deal = claims[(claims["category"] == "investment") & (claims["subject"] == "سكيل إيه آي")]
    assert len(deal) == 1
    row = deal.iloc[0]
    assert row["agents"] == "ميتا" and row["measure"] == "USD" and row["agree"] == "false"
    for figure in ("14800000000 exact", "15000000000", "14300000000 exact", "10000000000 approx"):
        assert figure in row["reports"]
    assert (row["min"], row["max"]) == ("10000000000", "15000000000")
    stake = claims[(claims["category"] == "stake") & (claims["measure"] == "percent")].iloc[0]
    assert stake["agree"] == "true" and stake["min"] == stake["max"] == "49"
    revenue = set(claims.loc[claims["category"] == "revenue", "min"])
    assert {"870000000", "2000000000"} <= revenue


# --- the report in a real browser ------------------------------------------------------------


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no headless browser: install Debian's chromium (.ci/run does it with apt-get)")


def _chromium(*args: str) -> str:
    result = subprocess.run(
        [
            _browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--user-data-dir=" + str(Path(args[-1].removeprefix("file://")).parent / ".chromium"),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return result.stdout


def test_report_in_a_browser(corpus_run: Path, tmp_path: Path) -> None:
    from PIL import Image

    hostile = make_outputs(tmp_path / "hostile", [HOSTILE])
    analyse_outputs(hostile)
    dom = _chromium("--dump-dom", (hostile / "report.html").as_uri())
    assert re.search(r"<body>", dom) and not re.search(r"<body[^>]*data-pwned", dom)  # none ran
    assert "&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;" in dom
    assert "&lt;/textarea&gt;" in dom and "&lt;img src=x onerror=" in dom

    report = (corpus_run / "report.html").as_uri()
    dom = _chromium("--dump-dom", report)
    assert '<html lang="ar" dir="rtl">' in dom
    assert len(re.findall(r'<mark class="entity ORG" title="ORG · ميتا">', dom)) > 20
    assert re.search(
        r'<mark class="amount money" title="money · 14800000000 USD · exact · investment">'
        r"14.8 مليار دولار</mark>",
        dom,
    )
    assert '<table id="claims-table">' in dom and '<tr class="disagree">' in dom
    assert "<svg" in dom
    shot = tmp_path / "report.png"
    _chromium("--window-size=1200,1600", f"--screenshot={shot}", report)
    image = Image.open(shot).convert("L")
    histogram = image.histogram()
    not_white = sum(histogram[:240]) / (image.width * image.height)
    assert image.size == (1200, 1600)
    assert not_white > 0.02, f"the screenshot is blank ({not_white:.1%} not white)"
