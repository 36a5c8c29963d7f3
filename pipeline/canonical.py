"""One name for every spelling of an entity across articles: clitics stripped, letters folded.

``ميتا``, ``لميتا`` and ``Meta`` get one canonical name, so do ``ألكسندر وانغ``, ``ألكسندر وانج``,
``وانغ`` and ``لوانغ``. Four rules, in this order:

1. **Key.** :func:`canonical_key` folds a spelling to a matching key: quotes and punctuation
   dropped, letters normalised (diacritics, tatweel, alef/hamza forms, ى/ی -> ي, ة -> ه, ک -> ك),
   the letters Arabic uses for "g" folded to one (غ ق گ -> ج), a doubled letter inside a word
   written once, Latin lowercased and unaccented. Spellings whose keys are equal without spaces
   are one name (``فيس بوك`` = ``فيسبوك``).
2. **Clitics.** A proclitic (و ف ب ل ك ال لل and their combinations) is stripped from the first
   word when it is *marked*: written with tatweel (``لـMeta``, ``لـ Scale AI``), glued to Latin
   script (``وOpenAI``) or standing alone as a word. A bare one is stripped only on evidence:
   what remains is another mention (or a word of one) somewhere in the corpus, or a gazetteer
   name. So ``لميتا`` -> ``ميتا`` when ``ميتا`` occurs, while ``لوسي``, ``فيسبوك``, ``بلومبرغ``,
   ``واشنطن`` and ``ووهان`` keep their first letter. Of several evidenced remainders the shortest
   is taken (``ولميتا`` -> ``ميتا``).
3. **Linking.** A mention matching a gazetteer name (or canonical) takes the gazetteer's
   canonical. Otherwise a *short* mention is linked, inside its article, to the nearest earlier
   *full* name of the same label (failing that, the nearest later one); failing both, to the one
   full name in the whole corpus it fits, if exactly one entity fits. Short means: for PER, the
   first or last words of the full name (``وانغ``, ``غو``, ``مارك``; across articles the last
   words only); for ORG, the full name
   without trailing generic words (``Scale`` for ``Scale AI``, ``أندريل`` for ``أندريل إندستريز``)
   or its Latin initials (``MSL`` for ``Meta Superintelligence Labs``). LOC and MISC mentions are
   never linked as short forms (``Llama`` is not ``Llama 4``). Every other mention stands for
   its own key, and mentions with one key (or one gazetteer canonical) join across articles.
4. **Labels.** The label is part of an entity: spellings join only within one label, so a PER
   ``وانغ`` never joins an ORG. A mention the tagger mislabels therefore forms its own entity
   (its own ``entity_index.csv`` row, label shown) instead of being merged silently; the
   gazetteer still gives it the gazetteer's display name.

The display name of an entity is the gazetteer canonical when it has one, else the spelling
without clitics of two words or more with the most mentions (a one-word spelling only when
there is no longer one), then the most words, then the first in (article id, offset) order.
Nothing depends on the order of the input.

>>> canonical_key("لـ Scale AI")
'scale ai'
>>> canonical_key("لميتا"), canonical_key("لميتا", known={"ميتا"})
('لميتا', 'ميتا')
>>> canonical_key("ألكسندر وانغ") == canonical_key("ألكسندر وانج")
True
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import (
    Callable,
    Collection,
    Container,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from pipeline.doc import Article, Span
from pipeline.lexicon import DATA_DIR, load_tsv
from pipeline.normalize import dediac, normalize_text, normalize_word

#: The gazetteer under ``pipeline/data/``: ``name<TAB>label<TAB>canonical``.
GAZETTEER_FILE = "gazetteer.tsv"
#: Separator of the list columns of ``entity_index.csv``.
LIST_SEPARATOR = " | "

Gazetteer = Sequence[Mapping[str, str]]

# Proclitics as written: conjunction, then preposition, then article (ل + ال is written لل).
_PROCLITIC = r"(?:[وف](?:[بك]?(?:ال)?|لل?)?|[بك](?:ال)?|لل?|ال)"
# A proclitic marked as such: followed by tatweel, glued to Latin script, or a word on its own.
_MARKED = re.compile(rf"^{_PROCLITIC}(?:\u0640+\s*|\s+(?=\S)|(?=[A-Za-z]))")
_EDGE = " \t\n\"'“”‘’«»„‟‹›()[]{}<>,،;؛:!?؟…–—"
_FOLD = str.maketrans({
    "غ": "ج", "ق": "ج", "گ": "ج", "ڨ": "ج", "ڭ": "ج", "چ": "ج",
    "ک": "ك", "ی": "ي", "ى": "ي", "ئ": "ي", "ؤ": "و", "ء": None,
    "ة": "ه", "ۃ": "ه", "ھ": "ه", "ۀ": "ه", "ٱ": "ا", "پ": "ب", "ڤ": "ف",
})
# A letter repeated inside a word, not at its start, where وو may be و + a name: ``ووهان`` stays.
_DOUBLE = re.compile(r"(?<=\S)(\S)\1+")
_SPACES = re.compile(r"\s+")
# Shortest remainder of a word after a bare proclitic that may count as a name: three letters,
# so that واس (the Saudi agency) never becomes اس because some article names an اس.
_MIN_REMAINDER = 3

#: Spellings whose key and cleaned form are kept: names repeat across articles (a third of a
#: thousand news articles' mentions are distinct), so a worker folds each spelling once. At
#: 65,536 the two caches held about 40 MB on a 40,000-article run; at 16,384 about 10 MB.
_CACHED_SPELLINGS = 1 << 14


@lru_cache(maxsize=_CACHED_SPELLINGS)
def _fold(text: str) -> str:
    """Normalised, folded, unpunctuated words separated by single spaces (no clitic handling)."""
    text = unicodedata.normalize("NFKD", normalize_word(text))
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn":
            continue
        chars.append(char if category[0] in "LN" else " ")
    folded = "".join(chars).translate(_FOLD)
    return _SPACES.sub(" ", _DOUBLE.sub(r"\1", folded)).strip()


def _compact(key: str) -> str:
    return key.replace(" ", "")


@lru_cache(maxsize=_CACHED_SPELLINGS)
def _clean(text: str) -> tuple[str, bool]:
    """Edge punctuation off, a marked proclitic off, tatweel and diacritics gone.

    Returns the cleaned text (for display) and whether a proclitic was removed.
    """
    text = text.strip(_EDGE)
    match = _MARKED.match(text)
    if match:
        text = text[match.end() :].strip(_EDGE)
    text = text.replace("_", " ")  # a hashtag's name: #محمد_خان
    return _SPACES.sub(" ", dediac(normalize_text(text))).strip(), match is not None


def spelling_key(text: str) -> str:
    """The key of a spelling as written, no bare clitic stripped (cached, as its parts are)."""
    return _fold(_clean(text)[0])


def _remainders(word: str) -> list[str]:
    """What may remain of ``word`` after a bare proclitic, shortest first.

    >>> _remainders("وللبنتاغون")
    ['بنتاغون', 'لبنتاغون', 'البنتاغون', 'للبنتاغون']
    """
    found = set()
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            head = conj + prep
            if head and word.startswith(head):
                found.add(word[len(head) :])
        if word.startswith(conj + "لل"):
            found.add("ال" + word[len(conj) + 2 :])
    found |= {rest[2:] for rest in found if rest.startswith("ال")}
    if word.startswith("ال"):
        found.add(word[2:])
    letters = [r for r in found if len(_fold(r)) >= _MIN_REMAINDER]
    return sorted(letters, key=lambda r: (len(r), r))


@dataclass(frozen=True)
class _Evidence:
    """Names a bare proclitic may be stripped down to: keys of phrases and of single words,
    and the gazetteer's names (compact keys, kept apart: the same set for every corpus).
    Sets in memory, or tables of a corpus's scratch database."""

    phrases: Container[str] = frozenset()
    words: Container[str] = frozenset()
    gazetteer: Container[str] = frozenset()

    def supports(self, words: Sequence[str]) -> bool:
        key = _fold(" ".join(words))
        compact = _compact(key)
        return (
            compact in self.phrases
            or compact in self.gazetteer
            or (" " not in key and key in self.words)
        )

    def names(self, words: Sequence[str]) -> bool:
        """Whether the gazetteer has these words as a name."""
        return _compact(_fold(" ".join(words))) in self.gazetteer


def _parse(text: str, evidence: _Evidence) -> tuple[str, str]:
    """The display spelling (clitics off) and the key of a mention.

    A bare proclitic goes when the rest is known: the longest reading the gazetteer names
    wins (بالعراق is العراق, and بكين stays بكين though an article names a كين), else the
    shortest the corpus's mentions support (البنتاغون and بنتاغون share one key). The key may
    lose the definite article; the display keeps it (العراق, never عراق).
    """
    display, marked = _clean(text)
    words = display.split()
    if not words or marked:
        return display, _fold(display)
    first, rest = words[0], words[1:]
    readings = _remainders(first)  # shortest first
    named = [r for r in (first, *reversed(readings)) if evidence.names([r, *rest])]
    if named:
        chosen = named[0]
    else:
        chosen = next((r for r in readings if evidence.supports([r, *rest])), first)
    shown = chosen
    if not chosen.startswith("ال") and "ال" + chosen in (first, *readings):
        shown = "ال" + chosen
    return " ".join([shown, *rest]), _fold(" ".join([chosen, *rest]))


def canonical_key(text: str, *, known: Collection[str] = ()) -> str:
    """The matching key of a spelling; a bare proclitic goes only when the rest is in ``known``.

    ``known`` holds names (or their keys) that count as evidence, e.g. the corpus's mentions.

    >>> canonical_key("وOpenAI"), canonical_key("لـMeta"), canonical_key("«زوكربيرج»")
    ('openai', 'meta', 'زوكربيرج')
    >>> canonical_key("لوسي غو")
    'لوسي جو'
    """
    keys = {_fold(name) for name in known}
    evidence = _Evidence(
        phrases=frozenset(_compact(k) for k in keys),
        words=frozenset(w for k in keys for w in k.split()),
    )
    return _parse(text, evidence)[1]


@dataclass(frozen=True)
class Mention:
    """An entity mention to link: where it is, how it is written and its label."""

    article_id: str
    sentence: int
    start: int
    text: str
    label: str


class _GazetteerIndex:
    """Gazetteer names (and canonicals, as names of themselves) by compact key."""

    def __init__(self, rows: Gazetteer) -> None:
        self.entries: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in rows:
            for name in (row["name"], row["canonical"]):
                key = _compact(_fold(_clean(name)[0]))
                entry = (row["label"], row["canonical"])
                if key and entry not in self.entries[key]:
                    self.entries[key].append(entry)
        self._keys = frozenset(self.entries)

    def keys(self) -> frozenset[str]:
        return self._keys

    def canonical(self, key: str, label: str) -> str | None:
        """The canonical of the entry of this label, else of the first entry in file order;
        a key no entry has may be a name without its article (عراق: العراق), of this label."""
        compact = _compact(key)
        entries = self.entries.get(compact, [])
        for entry_label, canonical in entries:
            if entry_label == label:
                return canonical
        if entries:
            return entries[0][1]
        if compact.startswith("ال"):
            return None
        return next((c for lab, c in self.entries.get("ال" + compact, []) if lab == label), None)


def load_gazetteer() -> tuple[dict[str, str], ...]:
    """Rows of the shipped gazetteer (``name``, ``label``, ``canonical``); none if it is absent."""
    if not (DATA_DIR / GAZETTEER_FILE).is_file():
        return ()
    rows = load_tsv(GAZETTEER_FILE)
    if rows and not {"name", "label", "canonical"} <= rows[0].keys():
        raise ValueError(f"{GAZETTEER_FILE}: expected the columns name, label, canonical")
    return rows


#: The lists of names the span rules tag after the tagger (``taggers/consistency.py``). Their
#: names are evidence, as the gazetteer's are, that a bare first letter before one is a
#: proclitic (ونورث كارولينا is نورث كارولينا in a run of one article); they give no canonical.
#: Clubs of one word (العربي، المصري، الشباب) are common words too, and are left out.
LISTED_FILES = (
    "towns.tsv", "organisations.tsv", "always_names.tsv", "fixed_names.tsv", "clubs.tsv"
)


@cache
def listed_keys() -> frozenset[str]:
    """Compact keys of the names of :data:`LISTED_FILES` (of clubs, those of two words or
    more)."""
    return frozenset(
        _compact(_fold(_clean(row["name"])[0]))
        for name in LISTED_FILES
        if (DATA_DIR / name).is_file()
        for row in load_tsv(name)
        if name != "clubs.tsv" or " " in row["name"].strip()
    )


@cache
def _shipped_index() -> _GazetteerIndex:
    return _GazetteerIndex(load_gazetteer())


@dataclass(frozen=True)
class _Parsed:
    mention: Mention
    display: str
    key: str
    gazetteer: str | None

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.key.split())

    @property
    def own_anchor(self) -> tuple[str, str]:
        if self.gazetteer is not None:
            return ("gazetteer", self.gazetteer)
        return ("key", _compact(self.key))


#: Words an organisation's name may drop (``Scale`` for ``Scale AI``), as matching keys.
@cache
def _org_suffix_keys() -> frozenset[str]:
    return frozenset(_fold(row["word"]) for row in load_tsv("org_suffixes.tsv"))


def _short_forms(full: _Parsed, across: bool = False) -> set[tuple[str, ...]]:
    """Keys (as word tuples) of the shortened mentions a full name may have; see the rules above.

    PER: its first or last words (only the last ones ``across`` articles: a first name alone
    elsewhere is too often someone else). ORG: the name without trailing generic words, and
    the initials of a Latin name of two words or more (``MSL``). Other labels: none.
    """
    words, label = full.words, full.mention.label
    forms: set[tuple[str, ...]] = set()
    if label == "PER":
        for n in range(1, len(words)):
            forms.add(words[-n:])
            if not across:
                forms.add(words[:n])
    elif label == "ORG":
        n = len(words)
        while n > 1 and words[n - 1] in _org_suffix_keys():
            n -= 1
            forms.add(words[:n])
        latin = full.display.split()
        if len(latin) > 1 and all(w[0].isascii() and w[0].isalpha() for w in latin):
            forms.add((_fold("".join(w[0] for w in latin)),))
    return forms


#: Where a mention is: mentions are taken in this order, and a spelling's first one wins ties.
Position = tuple[str, int, int, str, str]
#: The entity a mention stands for: ("gazetteer", canonical) or ("key", compact key of a name).
Anchor = tuple[str, str]
#: The full name a mention stands for inside its article, as (label, key): every mention with
#: the same root gets the same canonical name.
_Root = tuple[str, str]
T = TypeVar("T")


def _position(m: Mention) -> Position:
    return (m.article_id, m.start, m.sentence, m.text, m.label)


def _parses(spellings: Iterable[str], index: _GazetteerIndex) -> dict[str, tuple[str, str]]:
    """The display spelling and key of each distinct spelling of a corpus: a bare clitic is
    stripped on the evidence of all of them (and of the gazetteer)."""
    texts = set(spellings)
    keys = {spelling_key(text) for text in texts}
    evidence = _Evidence(
        phrases=frozenset(_compact(k) for k in keys),
        words=frozenset(w for k in keys for w in k.split()),
        gazetteer=index.keys() | listed_keys(),
    )
    parses = {}
    for text in texts:
        display, key = _parse(text, evidence)
        # Most spellings display as written and many fold to themselves: one string, not three.
        display = text if display == text else display
        parses[text] = (display, display if key == display else key)
    return parses


def _parse_article(
    mentions: Sequence[Mention], parses: Mapping[str, tuple[str, str]], index: _GazetteerIndex
) -> tuple[list[int], list[_Parsed]]:
    """One article's mentions parsed, in :func:`_position` order, and where each was given."""
    order = sorted(range(len(mentions)), key=lambda i: _position(mentions[i]))
    parsed = []
    for i in order:
        m = mentions[i]
        display, key = parses[m.text]
        parsed.append(_Parsed(m, display or m.text, key, index.canonical(key, m.label)))
    return order, parsed


def _roots(parsed: Sequence[_Parsed]) -> list[int]:
    """Inside one article (its mentions in :func:`_position` order): the position of the full
    name each mention stands for, its own when it shortens none.

    A short mention stands for the nearest earlier full name it shortens, else the nearest
    later one, and for whatever that one stands for in turn.
    """
    # The full names are indexed by (label, short form) -> their positions in the article, so
    # that each mention finds its nearest one by bisection: linear in the mentions, not
    # quadratic (a 20 MB article has hundreds of thousands).
    full_at: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for pos, p in enumerate(parsed):
        for form in _short_forms(p):
            full_at[p.mention.label, form].append(pos)
    target: dict[int, int] = {}
    for pos, p in enumerate(parsed):
        if p.gazetteer is not None:
            continue
        positions = full_at.get((p.mention.label, p.words))
        if not positions:
            continue
        before = bisect_left(positions, pos)
        after = bisect_right(positions, pos)
        if before > 0:
            target[pos] = positions[before - 1]
        elif after < len(positions):
            target[pos] = positions[after]

    root: dict[int, int] = {}

    def find_root(i: int) -> int:
        if i not in root:  # a full name has more words than its short form: no cycles
            root[i] = find_root(target[i]) if i in target else i
        return root[i]

    return [find_root(pos) for pos in range(len(parsed))]


@dataclass
class _CorpusSummary:
    """What linking across articles needs of the whole corpus, gathered one article at a time:
    its size grows with the distinct spellings, never with the mentions.

    ``fits``: (label, short form) -> the one entity the full names it shortens stand for, or
    None when they stand for several. ``displays``: root -> display spelling -> (mentions,
    first position) of the mentions standing for that root.
    """

    fits: dict[tuple[str, tuple[str, ...]], Anchor | None] = dataclasses.field(default_factory=dict)
    displays: dict[_Root, dict[str, tuple[int, Position]]] = dataclasses.field(
        default_factory=lambda: defaultdict(dict)
    )

    def add(self, parsed: Sequence[_Parsed], roots: Sequence[int]) -> None:
        """Add one article's mentions (in :func:`_position` order) and their roots."""
        for p, at in zip(parsed, roots, strict=True):
            root = parsed[at]
            anchor = root.own_anchor
            for form in _short_forms(p, across=True):
                key = (p.mention.label, form)
                if self.fits.setdefault(key, anchor) != anchor:
                    self.fits[key] = None
            displays = self.displays[p.mention.label, root.key]
            position = _position(p.mention)
            count, first = displays.get(p.display, (0, position))
            displays[p.display] = (count + 1, min(first, position))

    def names(self, index: _GazetteerIndex) -> dict[_Root, str]:
        """The canonical name of every root: the display name of its (entity, label) group."""
        groups: dict[tuple[Anchor, str], list[_Root]] = defaultdict(list)
        for root in self.displays:
            groups[root_anchor(root, index, self.fits.get), root[0]].append(root)
        names: dict[_Root, str] = {}
        for (anchor, _), roots in groups.items():
            if anchor[0] == "gazetteer":
                name = anchor[1]
            elif len(roots) == 1:  # most groups: nothing to merge
                name = display_name(self.displays[roots[0]])
            else:
                merged: dict[str, tuple[int, Position]] = {}
                for root in roots:
                    for display, (count, first) in self.displays[root].items():
                        total, earliest = merged.get(display, (0, first))
                        merged[display] = (total + count, min(earliest, first))
                name = display_name(merged)
            names.update(dict.fromkeys(roots, name))
        return names


def root_anchor(
    root: _Root,
    index: _GazetteerIndex,
    fit: Callable[[tuple[str, tuple[str, ...]]], Anchor | None],
) -> Anchor:
    """The entity a root stands for: its gazetteer canonical, else the one entity across the
    corpus it shortens (``fit`` of its (label, words), see :class:`_CorpusSummary`), else its
    own key."""
    label, key = root
    gazetteer = index.canonical(key, label)
    if gazetteer is not None:
        return ("gazetteer", gazetteer)
    fitted = fit((label, tuple(key.split())))
    return fitted if fitted is not None else ("key", _compact(key))


def display_name(displays: Mapping[str, tuple[int, Position]]) -> str:
    """The name of two words or more with the most mentions (one word only when no longer name
    is there), then most words, then first in (article id, offset) order: one mention of a span
    the tagger ran too long (محمد .. ألحان عمرو دياب) never names the عمرو دياب of thirty."""

    def rank(d: str) -> tuple[bool, int, int, Position, str]:
        words = len(d.split())
        return words < 2, -displays[d][0], -words, displays[d][1], d

    return min(displays, key=rank)


class CorpusSummary(Protocol):
    """What linking across articles gathers of a corpus (:class:`_CorpusSummary` in memory, or
    a scratch database's tables): each article's mentions, then the name of every root."""

    def add(self, parsed: Sequence[_Parsed], roots: Sequence[int]) -> None: ...

    def names(self, index: _GazetteerIndex) -> Mapping[_Root, str]: ...


def link_by_article(
    articles: Callable[[], Iterable[tuple[T, Sequence[Mention]]]],
    gazetteer: Gazetteer | None = None,
) -> Iterator[tuple[T, list[str]]]:
    """Each article with the canonical display names of its mentions (in the order given),
    linked across all the articles; what :func:`link` gives, one article at a time.

    ``articles()`` gives (item, that article's mentions) pairs, every mention of an article in
    one pair; it is called three times (spellings, then what links across articles, then the
    names) and must give the same mentions each time. Memory grows with the distinct spellings,
    not with the mentions: a corpus's ``entities.csv`` files can be read one at a time.
    """
    index = gazetteer_index(gazetteer)
    parses = _parses((m.text for _, mentions in articles() for m in mentions), index)
    yield from link_with(articles, index, parses, _CorpusSummary())


def gazetteer_index(gazetteer: Gazetteer | None = None) -> _GazetteerIndex:
    """The gazetteer's names by key (default: the shipped gazetteer's, loaded once)."""
    return _shipped_index() if gazetteer is None else _GazetteerIndex(gazetteer)


def link_with(
    articles: Callable[[], Iterable[tuple[T, Sequence[Mention]]]],
    index: _GazetteerIndex,
    parses: Mapping[str, tuple[str, str]],
    summary: CorpusSummary,
) -> Iterator[tuple[T, list[str]]]:
    """:func:`link_by_article` from the parses of the corpus's spellings, gathering what links
    across articles in ``summary`` (in memory, or on disk: see :mod:`pipeline.corpus_links`)."""
    for _, mentions in articles():
        _, parsed = _parse_article(mentions, parses, index)
        summary.add(parsed, _roots(parsed))
    names = summary.names(index)
    del summary
    for item, mentions in articles():
        order, parsed = _parse_article(mentions, parses, index)
        article_names = [""] * len(mentions)
        for i, p, at in zip(order, parsed, _roots(parsed), strict=True):
            article_names[i] = names[p.mention.label, parsed[at].key]
        yield item, article_names


def link(mentions: Sequence[Mention], gazetteer: Gazetteer | None = None) -> list[str]:
    """The canonical display name of each mention, in the order given.

    ``gazetteer`` holds rows with ``name``, ``label`` and ``canonical`` (default: the shipped
    ``pipeline/data/gazetteer.tsv``, or none while it does not exist).
    """
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[m.article_id].append(i)

    def articles() -> Iterator[tuple[list[int], list[Mention]]]:
        for indices in by_article.values():
            yield indices, [mentions[i] for i in indices]

    names = [""] * len(mentions)
    for indices, article_names in link_by_article(articles, gazetteer):
        for i, name in zip(indices, article_names, strict=True):
            names[i] = name
    return names


def canonicalize_corpus(
    articles: Sequence[Article], gazetteer: Gazetteer | None = None
) -> list[Article]:
    """The articles with every entity's ``canonical`` filled, names linked across all of them."""
    mentions = [
        Mention(article.id, span.sentence, span.start, span.text, span.label)
        for article in articles
        for span in article.entities
    ]
    names = iter(link(mentions, gazetteer))
    return [
        dataclasses.replace(
            article,
            entities=[dataclasses.replace(s, canonical=next(names)) for s in article.entities],
        )
        for article in articles
    ]


def canonicalize(article: Article) -> Article:
    """One article with its entities' ``canonical`` filled (names linked within it only)."""
    return canonicalize_corpus([article])[0]


def entity_index(
    articles: Sequence[Article], gazetteer: Gazetteer | None = None
) -> list[dict[str, object]]:
    """Rows of ``entity_index.csv``: one per (canonical, label), most mentioned first.

    Articles whose entities have no ``canonical`` yet are canonicalised first, as one corpus.
    """
    if any(not span.canonical for article in articles for span in article.entities):
        articles = canonicalize_corpus(articles, gazetteer)
    index = EntityIndex()
    for article in articles:
        index.add(article.id, article.entities)
    return index.rows()


class EntityIndex:
    """The counts behind ``entity_index.csv``, added one article at a time (its memory grows
    with the number of entities and spellings, and with the articles of each entity)."""

    def __init__(self) -> None:
        self.spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        # A list, not a set: most entities are in one article, where a set takes three times a
        # list's memory; an article's mentions come in one call, so a repeat is the last one.
        self.found_in: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add(self, article_id: str, spans: Iterable[Span]) -> None:
        for span in spans:
            self.spellings[span.canonical, span.label][span.text] += 1
            found = self.found_in[span.canonical, span.label]
            if not found or found[-1] != article_id:
                found.append(article_id)

    def iter_rows(self) -> Iterator[dict[str, object]]:
        """The rows of :meth:`rows`, each made when it is asked for."""
        mentions = {entity: sum(counts.values()) for entity, counts in self.spellings.items()}
        for canonical, label in sorted(mentions, key=lambda e: (-mentions[e], e[0], e[1])):
            counts = self.spellings[canonical, label]
            article_ids = sorted(set(self.found_in[canonical, label]))
            yield {
                "canonical": canonical,
                "label": label,
                "mentions": mentions[canonical, label],
                "articles": len(article_ids),
                "variants": LIST_SEPARATOR.join(sorted(counts, key=lambda t: (-counts[t], t))),
                "article_ids": LIST_SEPARATOR.join(article_ids),
            }

    def rows(self) -> list[dict[str, object]]:
        """One row per (canonical, label), most mentioned first."""
        return list(self.iter_rows())
