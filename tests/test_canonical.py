"""Canonical names: tables of keys, of linked mentions, and the groups of the gold corpus.

``KEYS`` and ``LINKS`` were written while developing the rules (from the issue's examples);
``GOLD_GROUPS`` is the evaluation over the gold entities of the five articles. Every test passes
its own small gazetteer (``GAZETTEER``), so none depends on the shipped ``gazetteer.tsv``.
"""

from __future__ import annotations

import dataclasses
import random
from typing import NamedTuple

import pytest

from pipeline.canonical import (
    EntityIndex,
    Mention,
    canonical_key,
    canonicalize,
    canonicalize_corpus,
    entity_index,
    link,
    link_by_article,
)
from pipeline.config import ENTITY_INDEX_COLUMNS
from pipeline.doc import Article, Span


def _gazetteer(*rows: tuple[str, str, str]) -> tuple[dict[str, str], ...]:
    return tuple({"name": n, "label": label, "canonical": c} for n, label, c in rows)


#: Cross-script aliases: nothing but a gazetteer can tell that ميتا is Meta.
GAZETTEER = _gazetteer(
    ("ميتا", "ORG", "Meta"),
    ("Meta", "ORG", "Meta"),
    ("جوجل", "ORG", "Google"),
    ("غوغل", "ORG", "Google"),
    ("Google", "ORG", "Google"),
    ("سكيل إيه آي", "ORG", "Scale AI"),
    ("العراق", "LOC", "العراق"),
    ("بكين", "LOC", "بكين"),
)
NO_GAZETTEER: tuple[dict[str, str], ...] = ()

# (text, key): the key alone, no evidence for bare clitics.
KEYS = [
    ("ميتا", "ميتا"),
    ("Meta", "meta"),
    ("META", "meta"),
    ("لـMeta", "meta"),  # tatweel marks the clitic
    ("لـ Scale AI", "scale ai"),
    ("ولـ وانغ", "وانج"),
    ("للـبنتاغون", "بنتاجون"),
    ("وOpenAI", "openai"),  # glued to Latin script
    ("و OpenAI", "openai"),  # a clitic standing alone
    ("لميتا", "لميتا"),  # bare: kept without evidence
    ("لوسي غو", "لوسي جو"),
    ("فيسبوك", "فيسبوك"),
    ("بلومبرغ", "بلومبرج"),
    ("ووهان", "ووهان"),  # a doubled letter at a word's start is kept
    ("مـيـتـا", "ميتا"),
    ("ألكسندر وانغ", "الكسندر وانج"),  # غ/ج/ق for g
    ("ألكسندر وانج", "الكسندر وانج"),
    ("قوقل", "جوجل"),
    ("غوغل", "جوجل"),
    ("إنستگرام", "انستجرام"),
    ("مستشفى", "مستشفي"),  # ى/ي
    ("فاطمه", "فاطمه"),  # ة/ه
    ("فاطمة", "فاطمه"),
    ("لؤي", "لوي"),  # hamza forms
    ("رئيس", "ريس"),
    ("أمازون", "امازون"),
    ("إيه آي", "ايه اي"),
    ("ٱلله", "اله"),
    ("کراتسیوس", "كراتسيوس"),  # Persian kaf and yeh
    ("فيسبووك", "فيسبوك"),  # a doubled letter inside a word
    ("“ميتا”", "ميتا"),  # quotes
    ("«Scale AI»", "scale ai"),
    ("GPT-5", "gpt 5"),
    ("Société Générale", "societe generale"),
    ("مُحَمَّد", "محمد"),
]


@pytest.mark.parametrize(("text", "key"), KEYS, ids=[t for t, _ in KEYS])
def test_canonical_key(text: str, key: str) -> None:
    assert canonical_key(text) == key


# (text, known names, key): a bare proclitic goes only when the rest is known.
KEYS_WITH_EVIDENCE = [
    ("لميتا", {"ميتا"}, "ميتا"),
    ("وميتا", {"ميتا"}, "ميتا"),
    ("ولميتا", {"ميتا"}, "ميتا"),
    ("لوانغ", {"وانج"}, "وانج"),
    ("وألكسندر وانغ", {"ألكسندر وانج"}, "الكسندر وانج"),
    ("والصين", {"الصين"}, "الصين"),
    ("للبنتاغون", {"البنتاغون"}, "البنتاجون"),
    ("لوسي", {"ميتا", "لوسي غو"}, "لوسي"),
    ("فيسبوك", {"بوك"}, "فيسبوك"),
    ("ووهان", {"ووهان"}, "ووهان"),
    ("لووهان", {"ووهان"}, "ووهان"),
    ("بلومبرغ", {"بلومبرغ"}, "بلومبرج"),
    ("واس", {"إس"}, "واس"),  # two letters are too few to be the rest of a name
]


@pytest.mark.parametrize(
    ("text", "known", "key"), KEYS_WITH_EVIDENCE, ids=[t for t, _, _ in KEYS_WITH_EVIDENCE]
)
def test_canonical_key_with_evidence(text: str, known: set[str], key: str) -> None:
    assert canonical_key(text, known=known) == key


class Case(NamedTuple):
    """Mentions in document order: (article id, text, label, expected canonical)."""

    id: str
    mentions: list[tuple[str, str, str, str]]
    gazetteer: tuple[dict[str, str], ...] = GAZETTEER


def _mentions(rows: list[tuple[str, str, str, str]]) -> list[Mention]:
    return [Mention(a, i, i * 100, text, label) for i, (a, text, label, _) in enumerate(rows)]


LINKS = [
    Case("meta", [
        ("a", "ميتا", "ORG", "Meta"),
        ("a", "لميتا", "ORG", "Meta"),
        ("b", "Meta", "ORG", "Meta"),
        ("b", "لـMeta", "ORG", "Meta"),
    ]),
    Case("meta without gazetteer: scripts stay apart", [
        ("a", "ميتا", "ORG", "ميتا"),
        ("a", "لميتا", "ORG", "ميتا"),
        ("b", "Meta", "ORG", "Meta"),
        ("b", "لـMeta", "ORG", "Meta"),
    ], NO_GAZETTEER),
    Case("wang", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("a", "وانغ", "PER", "ألكسندر وانغ"),
        ("a", "لوانغ", "PER", "ألكسندر وانغ"),
        ("b", "ألكسندر وانج", "PER", "ألكسندر وانغ"),  # tie 1:1, article a comes first
        ("b", "وانج", "PER", "ألكسندر وانغ"),
        ("c", "وألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("c", "ولـ وانغ", "PER", "ألكسندر وانغ"),
    ]),
    Case("most frequent full spelling wins", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانج"),
        ("b", "ألكسندر وانج", "PER", "ألكسندر وانج"),
        ("c", "ألكسندر وانج", "PER", "ألكسندر وانج"),
        ("c", "وانغ", "PER", "ألكسندر وانج"),
        ("c", "وانغ", "PER", "ألكسندر وانج"),
    ]),
    Case("zuckerberg", [
        ("a", "زوكربيرغ", "PER", "مارك زوكربيرغ"),  # before the full name: the later one
        ("a", "مارك زوكربيرغ", "PER", "مارك زوكربيرغ"),
        ("b", "زوكربيرج", "PER", "مارك زوكربيرغ"),  # no full name in b: the corpus's only one
        ("c", "لزوكربيرغ", "PER", "مارك زوكربيرغ"),
        ("c", "مارك زوكربيرج", "PER", "مارك زوكربيرغ"),
    ]),
    Case("google", [
        ("a", "جوجل", "ORG", "Google"),
        ("b", "Google", "ORG", "Google"),
        ("c", "غوغل", "ORG", "Google"),
        ("c", "وجوجل", "ORG", "Google"),  # the gazetteer is evidence for the clitic
    ]),
    Case("lucy guo keeps her lam", [
        ("a", "لوسي غو", "PER", "لوسي غو"),
        ("a", "غو", "PER", "لوسي غو"),
        ("a", "لوسي", "PER", "لوسي غو"),
        ("b", "لوسي", "PER", "لوسي"),  # a first name alone is not linked across articles
        ("c", "ولوسي غو", "PER", "لوسي غو"),
    ]),
    Case("a name alone that starts like a clitic", [
        ("a", "لوسي", "PER", "لوسي"),
        ("a", "فيسبوك", "MISC", "فيسبوك"),
        ("a", "بلومبرغ", "ORG", "بلومبرغ"),
        ("a", "مايكل كراتسيوس", "PER", "مايكل كراتسيوس"),
        ("a", "كراتسيوس", "PER", "مايكل كراتسيوس"),
        ("a", "واشنطن", "LOC", "واشنطن"),
        ("a", "لواشنطن", "LOC", "واشنطن"),
        ("a", "ووهان", "LOC", "ووهان"),
        ("a", "وادي السيليكون", "LOC", "وادي السيليكون"),
        ("a", "لوادي السيليكون", "LOC", "وادي السيليكون"),
    ]),
    Case("a name of the lists the span rules fill is evidence for a bare clitic", [
        ("a", "ونورث كارولينا", "LOC", "نورث كارولينا"),  # towns.tsv
        ("a", "والمرصد السوري لحقوق الإنسان", "ORG", "المرصد السوري لحقوق الإنسان"),
        ("a", "لنيوزيلاندا", "LOC", "نيوزيلاندا"),  # always_names.tsv
        ("a", "لأوكسفام", "ORG", "أوكسفام"),  # fixed_names.tsv
        ("a", "وليم", "PER", "وليم"),  # no list names ليم
    ]),
    Case("scale ai", [
        ("a", "Scale AI", "ORG", "Scale AI"),
        ("a", "Scale", "ORG", "Scale AI"),
        ("a", "لـ Scale AI", "ORG", "Scale AI"),
        ("b", "سكيل إيه آي", "ORG", "Scale AI"),
        ("b", "Scale", "ORG", "Scale AI"),
    ]),
    Case("scale without gazetteer", [
        ("a", "Scale", "ORG", "Scale AI"),  # before the full name
        ("a", "Scale AI", "ORG", "Scale AI"),
        ("b", "سكيل إيه آي", "ORG", "سكيل إيه آي"),
        ("b", "سكيل", "ORG", "سكيل إيه آي"),
    ], NO_GAZETTEER),
    Case("openai and anthropic", [
        ("a", "OpenAI", "ORG", "OpenAI"),
        ("a", "وOpenAI", "ORG", "OpenAI"),
        ("b", "وAnthropic", "ORG", "Anthropic"),
        ("c", "Anthropic", "ORG", "Anthropic"),
    ]),
    Case("an org is not the first word of another org", [
        ("a", "ميتا", "ORG", "Meta"),
        ("a", "Meta Superintelligence Labs", "ORG", "Meta Superintelligence Labs"),
        ("a", "MSL", "ORG", "Meta Superintelligence Labs"),
        ("a", "Meta", "ORG", "Meta"),
        ("a", "Google DeepMind", "ORG", "Google DeepMind"),
        ("a", "Google", "ORG", "Google"),
        ("b", "Anduril Industries", "ORG", "Anduril Industries"),
        ("b", "Anduril", "ORG", "Anduril Industries"),
        ("c", "TBD Labs", "ORG", "TBD Labs"),
        ("c", "TBD", "ORG", "TBD Labs"),
    ]),
    Case("misc and loc are not shortened", [
        ("a", "Llama 4", "MISC", "Llama 4"),
        ("a", "Llama", "MISC", "Llama"),
        ("a", "بالو ألتو", "LOC", "بالو ألتو"),
        ("a", "ألتو", "LOC", "ألتو"),
    ]),
    Case("a gazetteer name keeps its article and its first letter", [
        ("a", "العراق", "LOC", "العراق"),
        ("a", "بالعراق", "LOC", "العراق"),
        ("b", "عراق", "LOC", "العراق"),  # the bare word is evidence for stripping ال
        ("c", "بكين", "LOC", "بكين"),
        ("c", "وبكين", "LOC", "بكين"),
        ("d", "هاري كين", "PER", "هاري كين"),
        ("d", "كين", "PER", "هاري كين"),  # the evidence that would make بكين ب + كين
    ]),
    Case("the display keeps the article the key drops", [
        ("a", "البنتاغون", "ORG", "البنتاغون"),
        ("a", "للبنتاغون", "ORG", "البنتاغون"),
        ("b", "بنتاغون", "ORG", "البنتاغون"),  # one entity: the key has no article
        ("b", "البنتاغون", "ORG", "البنتاغون"),
    ], NO_GAZETTEER),
    Case("mislabel stays apart", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("a", "وانغ", "ORG", "وانغ"),
        ("a", "Meta", "LOC", "Meta"),  # the gazetteer still names it
        ("b", "وانغ", "ORG", "وانغ"),
    ]),
    Case("nearest earlier full name", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("a", "وانغ", "PER", "ألكسندر وانغ"),
        ("a", "جيسون وانغ", "PER", "جيسون وانغ"),
        ("a", "وانغ", "PER", "جيسون وانغ"),
        ("b", "وانغ", "PER", "وانغ"),  # two Wangs in the corpus: not guessed
    ]),
    Case("a surname in another article is not linked there", [
        ("a", "روبن ماير", "PER", "روبن ماير"),
        ("a", "ماير", "PER", "روبن ماير"),
        ("b", "ماير", "PER", "روبن ماير"),
        ("b", "ماير", "PER", "روبن ماير"),
    ]),
]


@pytest.mark.parametrize("case", LINKS, ids=[c.id for c in LINKS])
def test_link(case: Case) -> None:
    names = link(_mentions(case.mentions), gazetteer=case.gazetteer)
    assert names == [expected for *_, expected in case.mentions]


# Known gaps: (case, why).
XFAIL = [
    (Case("vowel letters in another order", [
        ("a", "الجيش الأمريكي", "ORG", "الجيش الأمريكي"),
        ("b", "الجيش الأميركي", "ORG", "الجيش الأمريكي"),
    ]), "keys do not fold long vowels (محمود would become محمد); needs a gazetteer entry"),
    (Case("a name only ever seen with a clitic", [
        ("a", "والصين", "LOC", "الصين"),
        ("b", "لوزارة العمل", "ORG", "وزارة العمل"),
    ]), "a bare clitic needs evidence; كاليفورنيا and فالنسيا start like ك/ف + ال"),
]


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=why)) for c, why in XFAIL],
    ids=[c.id for c, _ in XFAIL],
)
def test_link_known_gaps(case: Case) -> None:
    names = link(_mentions(case.mentions), gazetteer=case.gazetteer)
    assert names == [expected for *_, expected in case.mentions]


def test_gazetteer_prefers_the_entry_of_the_mention_label() -> None:
    gazetteer = _gazetteer(
        ("ديب سيك", "ORG", "DeepSeek"),
        ("ديب سيك", "MISC", "DeepSeek-R1"),
    )
    mentions = [Mention("a", 0, 0, "ديب سيك", "MISC"), Mention("a", 0, 20, "ديب سيك", "ORG")]
    assert link(mentions, gazetteer=gazetteer) == ["DeepSeek-R1", "DeepSeek"]


def test_link_does_not_depend_on_input_order() -> None:
    rows = [m for case in LINKS if case.gazetteer is GAZETTEER for m in case.mentions]
    mentions = [
        dataclasses.replace(m, article_id=f"{case}{m.article_id}")
        for case, m in enumerate(_mentions(rows))
    ]
    expected = link(mentions, gazetteer=GAZETTEER)
    order = list(range(len(mentions)))
    for seed in range(5):
        random.Random(seed).shuffle(order)
        names = link([mentions[i] for i in order], gazetteer=GAZETTEER)
        assert names == [expected[i] for i in order]


# Cases for the linker that streams articles (one pass for the spellings, one for what links
# across articles, one for the names): it must give what linking all mentions at once gave.
# fmt: off
STREAMED = [
    Case("a short mention before and after its full name", [
        ("a", "وانغ", "PER", "ألكسندر وانغ"),  # no earlier full name: the later one
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("a", "وانغ", "PER", "ألكسندر وانغ"),
    ]),
    Case("a chain of short forms inside one article", [
        ("a", "محمد بن سلمان", "PER", "محمد بن سلمان"),
        ("a", "بن سلمان", "PER", "محمد بن سلمان"),
        ("a", "سلمان", "PER", "محمد بن سلمان"),  # -> بن سلمان -> محمد بن سلمان
    ]),
    Case("a surname shared by two people across articles stays unlinked", [
        ("a", "روبن ماير", "PER", "روبن ماير"),
        ("b", "توماس ماير", "PER", "توماس ماير"),
        ("c", "ماير", "PER", "ماير"),
        ("c", "لماير", "PER", "ماير"),
    ]),
    Case("the one person a surname fits, in an earlier article", [
        ("a", "ماير", "PER", "روبن ماير"),
        ("b", "روبن ماير", "PER", "روبن ماير"),
        ("b", "ماير", "PER", "روبن ماير"),
    ]),
    Case("two spellings of one full name are one person for a surname elsewhere", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
        ("b", "ألكسندر وانج", "PER", "ألكسندر وانغ"),
        ("c", "وانج", "PER", "ألكسندر وانغ"),
    ]),
    Case("gazetteer names join across scripts and are never short forms", [
        ("a", "جوجل", "ORG", "Google"),
        ("b", "Google DeepMind", "ORG", "Google DeepMind"),
        ("b", "Google", "ORG", "Google"),
        ("c", "غوغل", "ORG", "Google"),
        ("c", "Meta", "LOC", "Meta"),  # another label: its own entity, the gazetteer's name
    ]),
    Case("display: most words beats most mentions", [
        ("a", "وانغ", "PER", "ألكسندر وانغ"),
        ("a", "وانغ", "PER", "ألكسندر وانغ"),
        ("b", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
    ]),
    Case("display: the full name written most often, not the longest", [
        ("a", "عمرو دياب", "PER", "عمرو دياب"),
        ("b", "عمرو دياب", "PER", "عمرو دياب"),
        ("c", "محمد .. ألحان عمرو دياب", "PER", "عمرو دياب"),  # a span run too long, once
        ("c", "دياب", "PER", "عمرو دياب"),
    ]),
    Case("display: a tie goes to the first article, whatever the input order", [
        ("b", "ألكسندر وانج", "PER", "ألكسندر وانغ"),
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانغ"),
    ]),
    Case("display: inside one article, a tie goes to the first offset", [
        ("a", "ألكسندر وانج", "PER", "ألكسندر وانج"),
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانج"),
    ]),
    Case("display: counts are summed over every article", [
        ("a", "ألكسندر وانغ", "PER", "ألكسندر وانج"),
        ("a", "وانغ", "PER", "ألكسندر وانج"),
        ("b", "ألكسندر وانج", "PER", "ألكسندر وانج"),
        ("c", "ألكسندر وانج", "PER", "ألكسندر وانج"),
    ]),
]
# fmt: on


def _by_article(mentions: list[Mention]) -> list[tuple[str, list[Mention]]]:
    articles: dict[str, list[Mention]] = {}
    for m in mentions:
        articles.setdefault(m.article_id, []).append(m)
    return list(articles.items())


@pytest.mark.parametrize("case", STREAMED + LINKS, ids=[c.id for c in STREAMED + LINKS])
def test_link_by_article_gives_the_names_of_link(case: Case) -> None:
    mentions = _mentions(case.mentions)
    expected = [name for *_, name in case.mentions]
    assert link(mentions, gazetteer=case.gazetteer) == expected
    articles = _by_article(mentions)[::-1]  # the order of the articles changes nothing
    calls = []

    def read() -> list[tuple[str, list[Mention]]]:
        calls.append(len(calls))
        return articles

    names = dict(link_by_article(read, gazetteer=case.gazetteer))
    assert [names[m.article_id].pop(0) for m in mentions] == expected
    assert calls == [0, 1, 2]  # three passes, whatever the size of the corpus


# --- articles and the entity index ---------------------------------------------------------

def _article(article_id: str, *entities: tuple[str, str]) -> Article:
    """An article whose text is its entities separated by spaces."""
    spans, start = [], 0
    for text, label in entities:
        spans.append(Span(start, start + len(text), text, label, sentence=0))
        start += len(text) + 1
    return Article(id=article_id, source="", text=" ".join(t for t, _ in entities), entities=spans)


FIXTURE = [
    _article("002", ("ميتا", "ORG"), ("ألكسندر وانج", "PER"), ("وانج", "PER")),
    _article("001", ("لميتا", "ORG"), ("Meta", "ORG"), ("وانغ", "PER"), ("لوسي", "PER")),
    _article("003", ("ميتا", "ORG"), ("غو", "PER")),
]

INDEX_ROWS = [
    {"canonical": "Meta", "label": "ORG", "mentions": 4, "articles": 3,
     "variants": "ميتا | Meta | لميتا", "article_ids": "001 | 002 | 003"},
    {"canonical": "ألكسندر وانج", "label": "PER", "mentions": 3, "articles": 2,
     "variants": "ألكسندر وانج | وانج | وانغ", "article_ids": "001 | 002"},
    {"canonical": "غو", "label": "PER", "mentions": 1, "articles": 1,
     "variants": "غو", "article_ids": "003"},
    {"canonical": "لوسي", "label": "PER", "mentions": 1, "articles": 1,
     "variants": "لوسي", "article_ids": "001"},
]


def test_entity_index_rows() -> None:
    rows = entity_index(FIXTURE, gazetteer=GAZETTEER)
    assert [tuple(row) for row in rows] == [ENTITY_INDEX_COLUMNS] * len(rows)
    assert rows == INDEX_ROWS


def test_entity_index_counts_an_article_added_twice_once() -> None:
    index = EntityIndex()
    spans = [
        Span(0, 4, "ميتا", "ORG", canonical="Meta"),
        Span(5, 9, "Meta", "ORG", canonical="Meta"),
    ]
    for article_id in ("b", "a", "b"):
        index.add(article_id, spans)
    (row,) = index.rows()
    assert (row["mentions"], row["articles"], row["article_ids"]) == (6, 2, "a | b")


def test_entity_index_of_canonicalised_articles_keeps_their_names() -> None:
    articles = canonicalize_corpus(FIXTURE, gazetteer=GAZETTEER)
    assert entity_index(articles, gazetteer=NO_GAZETTEER) == INDEX_ROWS


def test_canonicalize_corpus_fills_canonical_and_leaves_inputs_alone() -> None:
    before = [dataclasses.replace(a, entities=list(a.entities)) for a in FIXTURE]
    articles = canonicalize_corpus(FIXTURE, gazetteer=GAZETTEER)
    assert [[s.canonical for s in a.entities] for a in articles] == [
        ["Meta", "ألكسندر وانج", "ألكسندر وانج"],
        ["Meta", "Meta", "ألكسندر وانج", "لوسي"],
        ["Meta", "غو"],
    ]
    assert [a.entities for a in FIXTURE] == [a.entities for a in before]
    assert all(not s.canonical for a in FIXTURE for s in a.entities)
    for old, new in zip(FIXTURE, articles, strict=True):
        assert [dataclasses.replace(s, canonical="") for s in new.entities] == old.entities


def test_canonicalize_one_article() -> None:
    article = _article("x", ("لوسي غو", "PER"), ("غو", "PER"))
    (full, short) = canonicalize(article).entities
    assert full.canonical and full.canonical == short.canonical
    assert not article.entities[0].canonical


# --- the gold entities of the five articles ------------------------------------------------

# (entity, spellings in the gold files, label, expected canonical)
GOLD_GROUPS = [
    ("Meta", {"ميتا", "لميتا", "Meta", "لـMeta"}, "ORG", "Meta"),
    ("Wang", {"ألكسندر وانغ", "ألكسندر وانج", "وانغ", "وانج", "لوانغ", "وألكسندر وانغ"}, "PER",
     "ألكسندر وانغ"),
    ("Zuckerberg", {"زوكربيرغ", "لزوكربيرغ", "مارك زوكربيرغ", "مارك زوكربيرج"}, "PER",
     "مارك زوكربيرغ"),
    ("Google", {"جوجل", "Google"}, "ORG", "Google"),
    ("Scale AI", {"Scale AI", "Scale", "سكيل إيه آي"}, "ORG", "Scale AI"),
    ("Lucy Guo", {"لوسي غو", "غو"}, "PER", "لوسي غو"),
    ("OpenAI", {"OpenAI", "وOpenAI"}, "ORG", "OpenAI"),
    ("Anthropic", {"Anthropic", "وAnthropic"}, "ORG", "Anthropic"),
    ("MSL", {"Meta Superintelligence Labs", "MSL"}, "ORG", "Meta Superintelligence Labs"),
    ("Bloomberg", {"بلومبرغ"}, "ORG", "بلومبرغ"),
    ("Washington", {"واشنطن", "لواشنطن"}, "LOC", "واشنطن"),
]


@pytest.mark.parametrize(
    ("entity", "spellings", "label", "canonical"), GOLD_GROUPS, ids=[g[0] for g in GOLD_GROUPS]
)
def test_gold_groups(
    gold_articles: list[Article], entity: str, spellings: set[str], label: str, canonical: str
) -> None:
    spans = [s for a in canonicalize_corpus(gold_articles, GAZETTEER) for s in a.entities]
    assert {s.text for s in spans if s.canonical == canonical and s.label == label} == spellings
    assert {s.canonical for s in spans if s.text in spellings and s.label == label} == {canonical}


def test_gold_names_do_not_depend_on_article_order(gold_articles: list[Article]) -> None:
    def names(articles: list[Article]) -> dict[tuple[str, int], str]:
        return {
            (a.id, s.start): s.canonical
            for a in canonicalize_corpus(articles, GAZETTEER)
            for s in a.entities
        }

    expected = names(gold_articles)
    for seed in range(3):
        shuffled = list(gold_articles)
        random.Random(seed).shuffle(shuffled)
        assert names(shuffled) == expected
