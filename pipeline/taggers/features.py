"""Token features for the CRF tagger, computed from the tokens of one sentence.

Features are strings (crfsuite reads a list of strings as binary features). Each token gets its
own features and, prefixed with its offset, a smaller set from each neighbour within the window:
the word, stem, shape, trigger marks and mid-size cluster of the words next to it, the word,
trigger marks and cluster of those two away, and the gazetteer tags of both next to it.
The groups, each measured on the ANERcorp development split (``bench/bench_tagger.py
--ablate``):

- ``word``: the normalised word, its clitic-stripped stem, the stems of the previous word and
  this one;
- ``affix``: first letters of the stem, last letters of the word, the proclitic, the length;
- ``shape``: Arabic, Latin (title, upper, lower), digits, punctuation;
- ``gazetteer``: B/I membership in a name of ``data/gazetteer.tsv`` (longest match first);
- ``trigger``: a word of ``data/triggers.tsv`` announcing a label (``الرئيس``, ``شركة``, ``مدينة``);
- ``cluster``: word clusters at three sizes learned from unlabelled news (``data/clusters.tsv``,
  built by ``bench/build_clusters.py``), of the word as written (with its clitics);
- ``stemcluster``: the clusters of its clitic-stripped stem (``وبالقاهرة`` -> those of ``قاهره``);
- ``bigram``: the stems of this word and the next.
- ``vcluster``: clusters at three sizes of FastText vectors learned from the same news
  (``data/vec_clusters.tsv``, built by ``bench/build_vectors.py``), of the word or its least
  stripped reading that has one;
- ``harvest``: B/I membership in names the tagger itself found often and surely in unlabelled
  news (``data/harvested.tsv``, built by ``bench/harvest_names.py``), a feature apart from the
  hand-written gazetteer so that the model learns how far to trust each;
- ``quote``: the words of a short quotation (``برنامج « حوار من القلب »``): first, inside, last.

Words are matched on their normalised form with every reading of their proclitics, so
``وبالقاهرة``, ``للقاهرة`` and ``القاهرة`` all find ``القاهرة``.

>>> stem("وبالشركة")
'شركه'
>>> readings("للقاهرة")
('للقاهره', 'القاهره', 'لقاهره', 'قاهره')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Generic, NamedTuple, TypeVar

from pipeline.lexicon import DATA_DIR, load_tsv
from pipeline.normalize import normalize_word

V = TypeVar("V")

# Proclitics in the order they attach: conjunction, preposition, article. ``لل`` is ل + ال.
_CLITICS = re.compile(r"^(?:[وف])?(?:(?:[بكل])?ال|لل|[بكل])?")
_MIN_STEM = 2
WINDOW = 2

GAZETTEER_FILE = "gazetteer.tsv"
TRIGGERS_FILE = "triggers.tsv"
CLUSTERS_FILE = "clusters.tsv"
VEC_CLUSTERS_FILE = "vec_clusters.tsv"
HARVESTED_FILE = "harvested.tsv"

#: Where each data file comes from (for the model card).
DATA_SOURCES = {
    GAZETTEER_FILE: "written by hand for this project from general knowledge (see its header)",
    TRIGGERS_FILE: "written by hand for this project",
    CLUSTERS_FILE: (
        "built by bench/build_clusters.py from the ANT corpus: Chouigui, Ben Khiroun and Elayeb, "
        "'ANT Corpus: An Arabic News Text Collection for Textual Classification', AICCSA 2017 "
        "(derived statistics only, no text)"
    ),
    VEC_CLUSTERS_FILE: (
        "built by bench/build_vectors.py: k-means of FastText vectors learned from the ANT corpus "
        "(Chouigui, Ben Khiroun and Elayeb, AICCSA 2017; derived statistics only, no text)"
    ),
    HARVESTED_FILE: (
        "built by bench/harvest_names.py: names the CRF (trained without the dev split) found "
        "often and surely in 15,000 ANT articles (Chouigui, Ben Khiroun and Elayeb, AICCSA "
        "2017; a list of names, no text)"
    ),
}
#: Words whose features stay cached; past this the caches start again (memory stays bounded;
#: the featurizer's own cache keeps the words of its last two generations, see ``_entry``).
#: 30,000 covers the words of an article stream's working set: on 1,000 ANT articles the peak RSS
#: was 1.30x that of 200 (1.65x with 200,000) in the same time.
MAX_CACHED_WORDS = 30_000
#: Every feature group, in the order their features are listed.
GROUPS = (
    "word",
    "affix",
    "shape",
    "gazetteer",
    "trigger",
    "cluster",
    "stemcluster",
    "bigram",
    "vcluster",
    "harvest",
    "quote",
)
#: The groups of the shipped tagger. ``vcluster`` and ``harvest`` are measured by
#: ``bench/bench_entities.py`` but left out: neither raised the development F1 (-0.7 and -1.1
#: points; the harvested names, found by a model trained on the same sentences, are a feature
#: the training data trusts more than new text deserves). ``quote`` lost 0.7 points as well: the
#: neighbours' words already show the marks, and most quotations are not names.
DEFAULT_GROUPS = frozenset(GROUPS) - {"vcluster", "harvest", "quote"}
#: Proclitic sequences a reading may strip: conjunction, then preposition and/or article.
_PROCLITICS = tuple(
    conj + prep for conj in ("", "و", "ف") for prep in ("", "ب", "ك", "ل", "ال", "بال", "كال", "لل")
)


def _strip(norm: str) -> str:
    match = _CLITICS.match(norm)
    rest = norm[match.end() :] if match else norm
    return rest if len(rest) >= _MIN_STEM else norm


def stem(word: str) -> str:
    """The normalised word without its proclitics (و ف ب ك ل ال لل), if enough remains."""
    return _strip(normalize_word(word))


@lru_cache(maxsize=MAX_CACHED_WORDS)
def _normalized(word: str) -> str:
    return normalize_word(word)


@lru_cache(maxsize=MAX_CACHED_WORDS)
def readings(word: str) -> tuple[str, ...]:
    """Normalised forms of a word with each way of stripping proclitics, longest first.

    ``لل`` gives back the article it swallowed (``للقاهرة`` -> ``القاهره``). At least two letters
    must remain.

    >>> readings("وOpenAI")
    ('وopenai', 'openai')
    """
    norm = _normalized(word)
    found = {norm: None}
    for prefix in _PROCLITICS:
        if prefix and norm.startswith(prefix) and len(norm) - len(prefix) >= _MIN_STEM:
            rest = norm[len(prefix) :]
            if prefix.endswith("لل"):
                found["ال" + rest] = None
            found[rest] = None
    return tuple(sorted(found, key=len, reverse=True))


def shape(word: str) -> str:
    """A coarse shape: ``'ar'``, ``'Lat'``, ``'LAT'``, ``'lat'``, ``'d'``, ``'ar+d'``, ``'p'``..."""
    kinds = []
    for char in word:
        if char.isdigit():
            kind = "d"
        elif "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
            kind = "ar" if char.isalpha() or unicodedata.category(char) == "Mn" else "p"
        elif char.isalpha():
            kind = "Lat" if char.isupper() else "lat"
        else:
            kind = "p"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    if kinds[:2] == ["Lat", "lat"] and len(kinds) == 2:
        return "Title"
    if kinds == ["Lat"] and len(word) > 1:
        return "UPPER"
    return "+".join(kinds[:3])


# --- language data, loaded once -----------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerName:
    """One gazetteer name as the matcher sees it: the words after the first, and its label.

    ``skip`` is 1 when the first word is a generic head noun outside the name (``شركة ميتا``).
    """

    rest: tuple[str, ...]
    label: str
    skip: int = 0


@cache
def triggers() -> dict[str, tuple[str, ...]]:
    """Normalised trigger word -> its features (``PER>`` before, ``ORG=`` part, ``LOC<`` after)."""
    marks = {"before": ">", "part": "=", "after": "<"}
    table: dict[str, set[str]] = {}
    for row in load_tsv(TRIGGERS_FILE):
        table.setdefault(normalize_word(row["word"]), set()).add(
            f"{row['label']}{marks[row['position']]}"
        )
    return {word: tuple(sorted(values)) for word, values in table.items()}


def trigger_of(word: str) -> tuple[str, ...]:
    """Trigger marks of a word, from its least-stripped reading that is a trigger.

    >>> trigger_of("والرئيس")
    ('PER>',)
    """
    table = triggers()
    for reading in readings(word):
        if reading in table:
            return table[reading]
    return ()


@cache
def gazetteer_index() -> dict[str, tuple[GazetteerName, ...]]:
    """First normalised word of every gazetteer name -> its names, longest first.

    A name made of a trigger that stands ``before`` names (``شركة``, ``صحيفة``) and another
    spelling of the same entity (``شركة ميتا`` = ``شركة`` + ``ميتا``) is indexed with ``skip=1``:
    the head noun is outside the name (GUIDELINES.md). ``مختبر لوس ألاموس الوطني`` keeps its head
    noun, since ``لوس ألاموس الوطني`` alone is no spelling of it.
    """
    heads = {word for word, marks in triggers().items() if any(m.endswith(">") for m in marks)}
    rows = [
        (tuple(normalize_word(w) for w in row["name"].split()), row["label"], row["canonical"])
        for row in load_tsv(GAZETTEER_FILE)
    ]
    canonicals = {words: canonical for words, _, canonical in rows}
    index: dict[str, dict[tuple[str, ...], GazetteerName]] = {}
    for words, label, canonical in rows:
        if not words:
            continue
        skip = int(words[0] in heads and canonicals.get(words[1:]) == canonical)
        name = GazetteerName(rest=words[1:], label=label, skip=skip)
        index.setdefault(words[0], {}).setdefault(words[1:], name)
    return {
        first: tuple(sorted(names.values(), key=lambda n: len(n.rest), reverse=True))
        for first, names in index.items()
    }


def _gazetteer_candidates(word: str, harvested: bool = False) -> tuple[GazetteerName, ...]:
    """Gazetteer names a word may start (over all its readings), longest first; cached."""
    cache_ = _HARVESTED_CANDIDATES if harvested else _CANDIDATES
    found = cache_.get(word)
    if found is None:
        index = harvested_index() if harvested else gazetteer_index()
        names = [name for reading in readings(word) for name in index.get(reading, ())]
        # sorted() is stable: among names of one length, the least-stripped reading comes first
        if len(cache_) >= MAX_CACHED_WORDS:
            cache_.clear()
        found = cache_[word] = tuple(sorted(names, key=lambda n: len(n.rest), reverse=True))
    return found


_CANDIDATES: dict[str, tuple[GazetteerName, ...]] = {}
_HARVESTED_CANDIDATES: dict[str, tuple[GazetteerName, ...]] = {}


def gazetteer_tags(words: Sequence[str], harvested: bool = False) -> list[str]:
    """B-/I- membership tags of the words in gazetteer names, longest match first ("" outside).

    Only the first word may carry proclitics; the others must match their normalised form.

    >>> gazetteer_tags(["ووزارة", "الخارجية", "الأمريكية", "في", "للولايات", "المتحدة"])
    ['B-ORG', 'I-ORG', 'I-ORG', '', 'B-LOC', 'I-LOC']
    >>> gazetteer_tags(["شركة", "ميتا"])
    ['', 'B-ORG']
    """
    tags = [""] * len(words)
    norms: list[str] | None = None
    i = 0
    while i < len(words):
        best = None
        for name in _gazetteer_candidates(words[i], harvested):
            n = len(name.rest)
            if n:
                if norms is None:
                    norms = [_normalized(w) for w in words]
                if tuple(norms[i + 1 : i + 1 + n]) != name.rest:
                    continue
            best = name
            break
        if best is None:
            i += 1
            continue
        length = 1 + len(best.rest)
        for k in range(best.skip, length):
            tags[i + k] = f"{'B' if k == best.skip else 'I'}-{best.label}"
        i += length
    return tags


def _cluster_table(name: str) -> dict[str, tuple[str, ...]]:
    """``word`` -> the ids of the other columns, from a data file (a header line, ``#`` comments).

    Read line by line, not through :func:`load_tsv`: its 76,000 rows as dicts took 0.5 s of
    every start and 40 MB kept for nothing (now 0.24 s and 10 MB). Words of one cluster share
    one tuple of ids (the clusters nest, so 1,024 tuples at most).
    """
    try:
        handle = (DATA_DIR / name).open(encoding="utf-8", newline="")
    except FileNotFoundError:
        return {}
    table: dict[str, tuple[str, ...]] = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    header: list[str] = []
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [value.strip() for value in line.rstrip("\r\n").split("\t")]
            if not header:
                header = fields
                word_at = header.index("word")
                id_at = [i for i, column in enumerate(header) if column != "word"]
                continue
            if len(fields) != len(header):
                raise ValueError(f"{name}: line {lineno} does not match the header {header}")
            ids = tuple(fields[i] for i in id_at)
            table[fields[word_at]] = shared.setdefault(ids, ids)
    return table


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Normalised word -> its cluster ids, coarse to fine (empty if no table ships)."""
    return _cluster_table(CLUSTERS_FILE)


@cache
def vec_clusters() -> dict[str, tuple[str, ...]]:
    """Normalised word -> its vector-cluster ids, coarse to fine (empty if no table ships)."""
    return _cluster_table(VEC_CLUSTERS_FILE)


def cluster_of(word: str, table: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Cluster ids of a word, or of its least-stripped reading that has them."""
    table = clusters() if table is None else table
    for reading in readings(word):
        if reading in table:
            return table[reading]
    return ()


@cache
def harvested_index() -> dict[str, tuple[GazetteerName, ...]]:
    """First normalised word of every harvested name -> its names, longest first."""
    index: dict[str, dict[tuple[str, ...], GazetteerName]] = {}
    try:
        rows = load_tsv(HARVESTED_FILE)
    except FileNotFoundError:
        rows = ()
    for row in rows:
        words = tuple(row["name"].split())
        if words:
            name = GazetteerName(rest=words[1:], label=row["label"])
            index.setdefault(words[0], {}).setdefault(words[1:], name)
    return {
        first: tuple(sorted(names.values(), key=lambda n: len(n.rest), reverse=True))
        for first, names in index.items()
    }


# --- features ---------------------------------------------------------------------------------


class Generations(Generic[V]):
    """A bounded cache of values by word, in two generations of half the bound each.

    A word of the previous generation moves up when asked for; the rest is dropped when the
    current one is full. Frequent words are never computed again, as they were each time a
    single cache was emptied.
    """

    def __init__(self, bound: int | None = None) -> None:
        #: words kept at most (default: :data:`MAX_CACHED_WORDS` when first filled)
        self.bound = bound
        self._current: dict[str, V] = {}
        self._previous: dict[str, V] = {}

    def get(self, word: str, compute: Callable[[str], V]) -> V:
        """The value of ``word``, computed by ``compute`` when neither generation holds it."""
        value = self._current.get(word)
        if value is None:
            value = self._previous.pop(word, None)
            if value is None:
                value = compute(word)
            self._keep(word, value)
        return value

    def get_many(self, words: Sequence[str], compute: Callable[[list[str]], list[V]]) -> list[V]:
        """The value of each of ``words``; ``compute`` is called once, with the distinct words
        neither generation holds (in order of first appearance), and gives their values."""
        found: dict[str, V] = {}
        missing: list[str] = []
        current = self._current
        for word in words:
            if word in found:
                continue
            value = current.get(word)
            if value is None:
                value = self._previous.pop(word, None)
                if value is None:
                    found[word] = value  # type: ignore[assignment]  # filled in below
                    missing.append(word)
                    continue
                self._keep(word, value)
                current = self._current
            found[word] = value
        if missing:
            for word, value in zip(missing, compute(missing), strict=True):
                self._keep(word, value)
                found[word] = value
        return [found[word] for word in words]

    def _keep(self, word: str, value: V) -> None:
        if len(self._current) >= (self.bound or MAX_CACHED_WORDS) // 2:
            self._previous = self._current
            self._current = {}
        self._current[word] = value

    def __len__(self) -> int:
        return len(self._current) + len(self._previous)

    def clear(self) -> None:
        self._current.clear()
        self._previous.clear()


@dataclass
class Featurizer:
    """Features of sentences from a chosen set of groups (the tagger uses all of them).

    Each word's own features and what it passes to each neighbour are computed once and cached:
    news repeats its words, and a sentence is then mostly the concatenation of cached tuples.
    """

    groups: frozenset[str] = DEFAULT_GROUPS
    window: int = WINDOW
    #: With a domain, word features come twice: shared and marked with it (:func:`marked`).
    domain: str = ""
    _words: Generations[_Entry] = field(default_factory=lambda: Generations(), repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.groups) - set(GROUPS)
        if unknown:
            raise ValueError(f"unknown feature groups {sorted(unknown)}; known: {GROUPS}")
        self._offsets = [k for k in range(-self.window, self.window + 1) if k]
        self._edges = {k: (f"{k}:{'BOS' if k < 0 else 'EOS'}",) for k in self._offsets}

    def own(self, word: str) -> tuple[str, ...]:
        """Features of a word on its own."""
        return self._entry(word).own[1:]

    def _entry(self, word: str) -> _Entry:
        return self._words.get(word, self._new_entry)

    def _new_entry(self, word: str) -> _Entry:
        """A word's own features and what it passes to each neighbour; with a domain, the
        domain-specific ones once more, marked (as :func:`marked` would give them)."""
        own, stem = self.word_features(word)
        mark = self.domain
        passed = {
            1: [f for f in own if self.passes(f, 1)],
            2: [f for f in own if self.passes(f, 2)],
        }
        context = {}
        for k in self._offsets:
            features = [f"{k}:{f}" for f in passed[abs(k)]]
            if mark:
                features += [f"{mark}|{k}:{f}" for f in passed[abs(k)] if self.marks(f)]
            context[k] = tuple(features)
        if mark:
            own += [f"{mark}|{f}" for f in own if self.marks(f)]
        return _Entry(tuple(own), context, stem)

    def word_features(self, word: str) -> tuple[list[str], str]:
        """A word's own features before any domain mark (``bias`` first), and its stem (``""``
        without the ``word`` group). The token's list and its neighbours' are made from them by
        :meth:`passes` and :meth:`marks`."""
        own = ["bias", *self._word_features(word)]
        return own, _strip(_normalized(word)) if "word" in self.groups else ""

    @staticmethod
    def passes(feature: str, k: int) -> bool:
        """Whether a word passes this feature of its own to the neighbour at offset ``k``
        (as ``f"{k}:{feature}"``): the next words get more than those two away."""
        return feature.startswith(_CONTEXT_PREFIXES if abs(k) == 1 else _FAR_CONTEXT_PREFIXES)

    def marks(self, feature: str) -> bool:
        """Whether the feature comes once more marked with the domain (``f"{domain}|..."``)."""
        return bool(self.domain) and feature.startswith(DOMAIN_MARKED)

    def _word_features(self, word: str) -> Iterable[str]:
        norm = _normalized(word)
        base = _strip(norm)
        groups = self.groups
        if "word" in groups:
            yield f"w={norm}"
            yield f"stem={base}"
        if "affix" in groups:
            yield f"p2={base[:2]}"
            yield f"p3={base[:3]}"
            yield f"s2={norm[-2:]}"
            yield f"s3={norm[-3:]}"
            yield f"clitic={norm[: len(norm) - len(base)]}"
            yield f"len={min(len(base), 8)}"
        if "shape" in groups:
            yield f"shape={shape(word)}"
        if "trigger" in groups:
            yield from (f"trig={mark}" for mark in trigger_of(word))
        if "cluster" in groups:
            ids = cluster_of(word)
            yield from (f"c{k}={c}" for k, c in enumerate(ids)) if ids else ("c=none",)
        if "stemcluster" in groups and base != norm:
            yield from (f"sc{k}={c}" for k, c in enumerate(clusters().get(base, ())))
        if "vcluster" in groups:
            ids = cluster_of(word, vec_clusters())
            yield from (f"v{k}={c}" for k, c in enumerate(ids)) if ids else ("v=none",)

    @property
    def offsets(self) -> list[int]:
        """The neighbours' offsets within the window, in the order their features are listed."""
        return self._offsets

    def edge(self, k: int) -> tuple[str, ...]:
        """What the token gets for a neighbour at offset ``k`` beyond the sentence's edge."""
        return self._edges[k]

    def entries(self, words: Sequence[str]) -> list[_Entry]:
        """Each word's cached features: its own and what it passes to each neighbour."""
        return [self._entry(word) for word in words]

    def extras(self, words: Sequence[str], stems: Sequence[str]) -> list[list[str]]:
        """The features of each token that depend on more than one word (``stems``: each
        word's entry's ``stem``): word pairs, quotation and gazetteer marks (its own and its
        neighbours'), listed after the cached ones."""
        n = len(words)
        result: list[list[str]] = [[] for _ in range(n)]
        bigrams = "bigram" in self.groups
        for i, stem in enumerate(stems):
            if not stem:
                continue
            features = result[i]
            # word pairs are domain-specific; the quote and gazetteer features below are not
            if i:
                pair = f"-1|0:{stems[i - 1]}|{stem}"
                features += (pair, f"{self.domain}|{pair}") if self.domain else (pair,)
            if bigrams and i + 1 < n:
                pair = f"0|1:{stem}|{stems[i + 1]}"
                features += (pair, f"{self.domain}|{pair}") if self.domain else (pair,)
        if "quote" in self.groups:
            for i, mark in quoted(words):
                result[i].append(f"q={mark}")
        for group, key, harvested in (("gazetteer", "gaz", False), ("harvest", "hgaz", True)):
            if group not in self.groups:
                continue
            for i, tag in enumerate(gazetteer_tags(words, harvested)):
                if tag:
                    result[i].append(f"{key}={tag}")
                    if i:
                        result[i - 1].append(f"1:{key}={tag}")
                    if i + 1 < n:
                        result[i + 1].append(f"-1:{key}={tag}")
        return result

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        """Features of every token of a sentence (a list of strings per token)."""
        n = len(words)
        entries = self.entries(words)
        result = []
        extras = self.extras(words, [entry.stem for entry in entries])
        for i, (entry, extra) in enumerate(zip(entries, extras, strict=True)):
            features = list(entry.own)
            for k in self._offsets:
                j = i + k
                if 0 <= j < n:
                    features += entries[j].context[k]
                else:
                    features += self._edges[k]
            features += extra
            result.append(features)
        return result


#: Quotation marks: opening -> closing. News quotes titles (programmes, books, operations) and
#: names of papers and parties.
_QUOTES = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’", "„": "“"}
#: Longest quotation taken as a possible title; longer ones are speech.
MAX_QUOTED = 6


def quoted(words: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, mark)`` for the words of short quotations: ``first``, ``in``, ``last`` or
    ``only`` (one word between the marks).

    >>> quoted(["برنامج", "«", "حوار", "من", "القلب", "»"])
    [(2, 'first'), (3, 'in'), (4, 'last')]
    """
    found = []
    i = 0
    while i < len(words):
        close = _QUOTES.get(words[i])
        if close is None:
            i += 1
            continue
        end = next(
            (j for j in range(i + 1, min(len(words), i + MAX_QUOTED + 2)) if words[j] == close),
            None,
        )
        if end is None or end == i + 1:
            i += 1
            continue
        if end == i + 2:
            found.append((i + 1, "only"))
        else:
            found.append((i + 1, "first"))
            found.extend((k, "in") for k in range(i + 2, end - 1))
            found.append((end - 1, "last"))
        i = end + 1
    return found


class _Entry(NamedTuple):
    """What the featurizer caches for a word."""

    own: tuple[str, ...]
    context: dict[int, tuple[str, ...]]
    stem: str


#: Features a neighbour passes on (matched as prefixes of the word's own features).
_CONTEXT_PREFIXES = ("w=", "stem=", "shape=", "trig=", "c1=", "c=none", "v1=", "v=none")
#: The fewer a neighbour two words away passes on.
_FAR_CONTEXT_PREFIXES = ("w=", "c1=", "trig=")

_FEATURIZERS: dict[str, Featurizer] = {}


def featurizer(domain: str = "") -> Featurizer:
    """The shared featurizer of a domain (its cache serves every caller)."""
    found = _FEATURIZERS.get(domain)
    if found is None:
        found = _FEATURIZERS[domain] = Featurizer(domain=domain)
    return found


def clear_caches() -> None:
    """Forget every word seen so far (to time the features from cold); data files stay loaded."""
    for featurizer in _FEATURIZERS.values():
        featurizer._words.clear()
    _CANDIDATES.clear()
    _HARVESTED_CANDIDATES.clear()
    readings.cache_clear()
    _normalized.cache_clear()


#: The domain the tagger tags in. A model trained with sentences of other domains too (AQMAR's
#: Wikipedia) has its word features twice, shared and marked with the sentence's domain (after
#: Daume III, "Frustratingly Easy Domain Adaptation", ACL 2007), and tags with the shared and
#: news copies.
TAG_DOMAIN = "news"
#: The features a domain marks: those naming a word (its form, stem, clusters, word pairs, also
#: as a neighbour's) and the bias. Affixes, shape, triggers and the gazetteer stay shared: on the
#: dev splits, marking every feature kept AQMAR at 0.485, marking these alone gave 0.589, with
#: ANERcorp unchanged (bench/bench_domains.py).
DOMAIN_MARKED = (
    "bias", "w=", "stem=", "c0=", "c1=", "c2=", "c=none", "sc0=", "sc1=", "sc2=", "-1|0:", "0|1:",
)  # fmt: skip


def domain_specific(feature: str) -> bool:
    """Whether a domain marks this feature (:data:`DOMAIN_MARKED`, after a neighbour's offset).

    >>> domain_specific("-1:w=قال"), domain_specific("p2=قا"), domain_specific("-1:BOS")
    (True, False, False)
    """
    head, sep, rest = feature.partition(":")
    if sep and head.lstrip("-").isdigit():
        feature = rest
    return feature.startswith(DOMAIN_MARKED)


def marked(features: list[list[str]], domain: str) -> list[list[str]]:
    """Each token's features, and its domain-specific ones once more marked with ``domain`` (as
    ``Featurizer(domain=...)`` gives them, in another order).

    >>> marked([["bias", "w=قال", "p2=قا"]], "news")
    [['bias', 'w=قال', 'p2=قا', 'news|bias', 'news|w=قال']]
    """
    return [row + [f"{domain}|{f}" for f in row if domain_specific(f)] for row in features]


def sentence_features(words: Sequence[str], domain: str = "") -> list[list[str]]:
    """Features of every token of a sentence (a list of strings per token); with a ``domain``,
    each feature also marked with it (:func:`marked`)."""
    return featurizer(domain)(words)
