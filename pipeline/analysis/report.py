"""The report: one static, right-to-left HTML page of a run, built from its tables.

Each article's text with entities, amounts and dates marked (hover shows the value, currency,
qualifier, canonical name), the entity index, the claims with disagreements highlighted, and a
chart of the figures each article reported. The page loads nothing from the network and runs no
script; everything taken from the articles is escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.analysis.outputs import JOIN, Corpus, read_table

TEMPLATES = Path(__file__).parent / "templates"
REPORT_TEMPLATE = "report.html.j2"
#: How many claims (reported by two articles or more) get a chart.
CHART_CLAIMS = 4
CATEGORY_NAMES = {
    "investment": "استثمار",
    "stake": "حصة",
    "valuation": "تقييم",
    "acquisition": "استحواذ",
    "revenue": "إيرادات",
    "spending": "إنفاق",
    "funding": "تمويل",
    "contract": "عقد",
    "compensation": "رواتب وتعويضات",
    "jobs": "وظائف",
    "users": "مستخدمون",
    "other": "أخرى",
}


@dataclass(frozen=True)
class Segment:
    """A piece of an article's text: plain (``kind`` empty) or a marked span."""

    text: str
    kind: str = ""
    label: str = ""
    title: str = ""


def _amount_title(row: Mapping[str, str], category: str) -> str:
    value = row["value"] or "?"
    if row["value_max"]:
        value += f"–{row['value_max']}"
    parts = [row["kind"], f"{value} {row['currency'] or row['unit']}".strip(), row["qualifier"]]
    if category:
        parts.append(category)
    return " · ".join(p for p in parts if p)


def segments(
    text: str,
    entities: Sequence[Mapping[str, str]],
    amounts: Sequence[Mapping[str, str]],
    dates: Sequence[Mapping[str, str]],
    categories: Mapping[int, str] | None = None,
) -> list[Segment]:
    """Cut an article's text into plain and marked segments (a span overlapping one before it
    stays plain); the segments' texts put together are the text."""
    categories = categories or {}
    spans: list[tuple[int, int, str, str, str]] = []
    for row in entities:
        title = f"{row['label']} · {row['canonical']}"
        spans.append((int(row["start"]), int(row["end"]), "entity", row["label"], title))
    for row in amounts:
        start = int(row["start"])
        title = _amount_title(row, categories.get(start, ""))
        spans.append((start, int(row["end"]), "amount", row["kind"], title))
    for row in dates:
        title = " · ".join(p for p in ("date", row["date"] or "?", row["precision"]) if p)
        spans.append((int(row["start"]), int(row["end"]), "date", "date", title))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    out: list[Segment] = []
    position = 0
    for start, end, kind, label, title in spans:
        if start < position or end > len(text) or start >= end:
            continue
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], kind, label, title))
        position = end
    if position < len(text):
        out.append(Segment(text[position:]))
    return out


def _by_article(frame: object, article_id: str) -> list[dict[str, str]]:
    return frame[frame["article_id"] == article_id].to_dict("records")  # type: ignore[index]


def chart_svg(claims: Sequence[Mapping[str, object]], titles: Mapping[str, str]) -> str:
    """An SVG chart (matplotlib) of what each article reported for the most reported claims.

    Text stays text in the SVG (``svg.fonttype`` none), so the browser shapes the Arabic.
    """
    from matplotlib import rcParams
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    shown = [c for c in claims if int(str(c["n_articles"])) >= 2][:CHART_CLAIMS]
    if not shown:
        return ""
    rcParams["svg.fonttype"] = "none"
    rcParams["svg.hashsalt"] = "pipeline-report"
    figure = Figure(figsize=(8, 2.2 * len(shown)), layout="constrained")
    FigureCanvasSVG(figure)
    for number, claim in enumerate(shown):
        axes = figure.add_subplot(len(shown), 1, number + 1)
        labels, values, colours = [], [], []
        for report in str(claim["reports"]).split(JOIN):
            article_id, _, figures = report.partition(": ")
            for figure_text in figures.split(", "):
                value, _, qualifier = figure_text.partition(" ")
                labels.append(
                    _mathtext_safe(f"{article_id[:3]} {titles.get(article_id, '')} ({qualifier})")
                )
                values.append(float(value))
                colours.append("#c0392b" if claim["agree"] == "false" else "#2e86c1")
        scale, word = _scale(max(values))
        values = [v / scale for v in values]
        positions = list(range(len(values)))
        axes.barh(positions, values, color=colours)
        axes.set_xlabel(f"{word} {claim['measure']}".strip(), fontsize=8)
        axes.set_yticks(positions, labels, fontsize=8)
        axes.invert_yaxis()
        for position, value in zip(positions, values, strict=True):
            axes.annotate(
                f"{value:g}",
                (value, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
            )
        name = CATEGORY_NAMES.get(str(claim["category"]), str(claim["category"]))
        axes.set_title(
            _mathtext_safe(f"{name} · {claim['subject']} · {claim['measure']}"), fontsize=10
        )
        axes.margins(x=0.15)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def _mathtext_safe(text: str) -> str:
    """Matplotlib reads ``$...$`` as mathematics; a dollar in a name stays a dollar."""
    return text.replace("$", r"\$")


def _scale(value: float) -> tuple[float, str]:
    """The scale word to write a chart's figures with: ``14.8`` مليار rather than ``1.48e10``."""
    for scale, word in ((1e9, "مليار"), (1e6, "مليون"), (1e3, "ألف")):
        if abs(value) >= scale:
            return scale, word
    return 1.0, ""


def render_report(
    corpus: Corpus, facts: Sequence[Mapping[str, object]], claims: Sequence[Mapping[str, object]]
) -> str:
    """The report's HTML text (deterministic: the same tables give the same bytes)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    meta = {row["article_id"]: row for row in corpus.articles.to_dict("records")}
    titles = {aid: _shorten(row["title"]) for aid, row in meta.items()}
    fact_categories: dict[str, dict[int, str]] = {}
    for fact in facts:
        fact_categories.setdefault(str(fact["article_id"]), {})[int(str(fact["start"]))] = str(
            fact["category"]
        )
    articles = []
    for article_id in corpus.ok_ids:
        articles.append(
            {
                "id": article_id,
                "title": meta[article_id]["title"],
                "published": meta[article_id]["published"],
                "source": meta[article_id]["source"],
                "segments": segments(
                    corpus.text(article_id),
                    _by_article(corpus.entities, article_id),
                    _by_article(corpus.amounts, article_id),
                    _by_article(corpus.dates, article_id),
                    fact_categories.get(article_id, {}),
                ),
            }
        )
    index_path = corpus.out / "entity_index.csv"
    entity_index = read_table(index_path).to_dict("records") if index_path.is_file() else []
    failed = corpus.articles[corpus.articles["status"] != "ok"].to_dict("records")
    svg = chart_svg(claims, titles)
    template = environment.get_template(REPORT_TEMPLATE)
    return template.render(
        articles=articles,
        failed=failed,
        claims=[dict(c, category_name=CATEGORY_NAMES.get(str(c["category"]), "")) for c in claims],
        entity_index=entity_index,
        n_facts=len(facts),
        titles=titles,
        # matplotlib's own SVG writer escapes every text it puts in the chart
        chart=Markup(svg),
        join=JOIN,
    )


def _shorten(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
