"""The analysis of a finished run: facts, claims across articles, and a report to read.

Works only from the tables in the output folder, so any run's outputs can be analysed:

    >>> from pathlib import Path
    >>> from pipeline.analysis import analyse_outputs
    >>> analyse_outputs(Path("outputs"))  # doctest: +SKIP
    Analysis(facts=35, claims=16, report=PosixPath('outputs/report.html'))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FACTS_FILE = "facts.csv"
CLAIMS_FILE = "claims.csv"
REPORT_FILE = "report.html"


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyse_outputs` wrote."""

    facts: int
    claims: int
    report: Path


def analyse_outputs(out: Path) -> Analysis:
    """Write ``facts.csv``, ``claims.csv`` and ``report.html`` into a run's output folder.

    Every file is written atomically; the same tables give byte-identical files.
    """
    from pipeline.analysis.claims import CLAIM_COLUMNS, build_claims
    from pipeline.analysis.facts import FACT_COLUMNS, build_facts
    from pipeline.analysis.outputs import load_corpus, write_csv, write_text_atomic
    from pipeline.analysis.report import render_report

    corpus = load_corpus(out)
    facts = build_facts(corpus)
    claims = build_claims(facts)
    html = render_report(corpus, facts, claims)
    write_csv(out / FACTS_FILE, FACT_COLUMNS, facts)
    write_csv(out / CLAIMS_FILE, CLAIM_COLUMNS, claims)
    write_text_atomic(out / REPORT_FILE, html)
    return Analysis(len(facts), len(claims), out / REPORT_FILE)
