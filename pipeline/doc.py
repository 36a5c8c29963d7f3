"""The data model that flows through the stages: an article and the spans found in it.

Every span (token, entity, amount, date) carries ``start``/``end`` character offsets into
``Article.text``, the decoded original text: ``article.text[span.start:span.end] == span.text``.
Normalised forms sit beside the surface form and never replace it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: Entity labels, in the order tables and reports list them.
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")

#: Kinds of amount (``Amount.kind``).
AMOUNT_KINDS: tuple[str, ...] = ("money", "percent", "count", "quantity", "number", "ordinal")

#: Qualifiers of an amount (``Amount.qualifier``).
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "approx",
    "more_than",
    "less_than",
    "at_least",
    "up_to",
    "range",
    "vague",
)

#: Precision of a date mention (``DateMention.precision``).
PRECISIONS: tuple[str, ...] = ("year", "half", "quarter", "month", "day")


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark: ``text`` as written, ``norm`` for matching."""

    start: int
    end: int
    text: str
    norm: str
    sentence: int = -1
    index: int = -1
    tag: str = "O"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a character range; ``boilerplate`` marks site furniture."""

    index: int
    start: int
    end: int
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """A named-entity mention. ``label`` is one of :data:`LABELS`."""

    start: int
    end: int
    text: str
    label: str
    sentence: int = -1
    canonical: str = ""
    #: The tagger's probability of this span (0..1), ``None`` when the tagger gives none.
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    """A number, sum of money, percentage, count or ordinal with its exact value.

    ``value``/``value_max`` are :class:`~decimal.Decimal` (exact: ``14.3 مليار`` is 14300000000)
    or ``None`` for vague quantities; ``value_max`` is set for ranges only.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str = ""
    currency: str = ""
    qualifier: str = "exact"
    sentence: int = -1
    #: ``explicit`` (the text names the currency), ``context`` (from the country the text
    #: points to: a Saudi company's ريال is SAR) or "" (no currency).
    currency_source: str = ""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date: ``date`` is ISO 8601, partial allowed (``2025``, ``2025-06``, ``2025-06-13``).

    ``relative`` is true when the date was resolved from an expression such as العام الماضي
    against the article's publication date; an unresolved relative expression has ``date == ""``.
    """

    start: int
    end: int
    text: str
    date: str
    precision: str
    relative: bool = False
    sentence: int = -1
    #: The Hijri date as written (``1445-09-01``) when the text gives one; ``date`` is Gregorian.
    hijri: str = ""
    #: ``early``, ``mid`` or ``late`` when a word before the date says so (أواخر عام 2023).
    modifier: str = ""


@dataclass(slots=True)
class Article:
    """One article: its decoded text and everything the stages found in it."""

    id: str
    source: str
    text: str = ""
    encoding: str = ""
    title: str = ""
    published: str = ""
    #: Offset where the article body starts (after a date header such as ``date 2025-09-04``).
    body_start: int = 0
    #: Offset where site boilerplate (share/comment/author lines) begins; ``len(text)`` if none.
    boilerplate_start: int = 0
    #: Problems that did not stop the article (e.g. invalid bytes replaced).
    warnings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Span] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    status: str = "ok"
    error: str = ""
