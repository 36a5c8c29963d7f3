"""Token features: word features, readings of proclitics, gazetteer matching, triggers, clusters.

Every list below was written while developing the features; ``BUGS_CAUGHT`` holds cases that
once went wrong. Speed is measured by ``bench/bench_tagger.py``, not here.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.bio import tags_to_ranges
from pipeline.doc import LABELS
from pipeline.formats.conll import read_conll
from pipeline.lexicon import DATA_DIR, load_tsv
from pipeline.normalize import normalize_word
from pipeline.taggers import features
from pipeline.taggers.features import (
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    GROUPS,
    TRIGGERS_FILE,
    WINDOW,
    Featurizer,
    GazetteerName,
    cluster_of,
    clusters,
    gazetteer_tags,
    readings,
    sentence_features,
    trigger_of,
)
from pipeline.train import gold_files

# (word, features it must have, features it must not have)
WORD_FEATURES = [
    ("وبالشركة", {"w=وبالشركه", "stem=شركه", "clitic=وبال", "trig=ORG>", "shape=ar"}, set()),
    ("الرئيس", {"w=الرئيس", "stem=رئيس", "trig=PER>", "p2=رئ", "s3=ئيس"}, set()),
    ("Meta", {"w=meta", "stem=meta", "shape=Title", "clitic="}, {"trig=ORG>"}),
    ("GPT-5", {"w=gpt-5", "shape=Lat+p+d"}, set()),
    ("١٤٫٨", {"w=14.8", "shape=d+p+d", "c=none"}, set()),
    ("وزارة", {"trig=ORG="}, {"trig=ORG>"}),
    ("العاصمة", {"trig=LOC>"}, set()),
    ("القاهرة", set(), {"c=none"}),
    ("xqzxqz", {"c=none", "shape=lat"}, {"c0=0"}),
]


@pytest.mark.parametrize(
    ("word", "present", "absent"), WORD_FEATURES, ids=[w for w, *_ in WORD_FEATURES]
)
def test_word_features(word: str, present: set[str], absent: set[str]) -> None:
    own = set(sentence_features([word])[0])
    assert present <= own
    assert not absent & own


READINGS = [
    ("القاهرة", ("القاهره", "قاهره")),
    ("للقاهرة", ("للقاهره", "القاهره", "لقاهره", "قاهره")),
    ("وبالقاهرة", ("وبالقاهره", "بالقاهره", "القاهره", "قاهره")),
    ("لـMeta", ("لmeta", "meta")),
    ("في", ("في",)),
    ("بن", ("بن",)),
]


@pytest.mark.parametrize(("word", "expected"), READINGS, ids=[w for w, _ in READINGS])
def test_readings(word: str, expected: tuple[str, ...]) -> None:
    assert readings(word) == expected


# (words, gazetteer tags): multi-token names, clitics on the first token, longest match first
GAZETTEER = [
    (["الولايات", "المتحدة"], ["B-LOC", "I-LOC"]),
    (["وبالولايات", "المتحدة", "الأمريكية"], ["B-LOC", "I-LOC", "I-LOC"]),
    (["للولايات", "المتحدة"], ["B-LOC", "I-LOC"]),
    (["لزوكربيرغ"], ["B-PER"]),
    (["مارك", "زوكربيرج", "قال"], ["B-PER", "I-PER", ""]),
    (["وألكسندر", "وانغ"], ["B-PER", "I-PER"]),
    (["لـMeta", "و", "OpenAI"], ["B-ORG", "", "B-ORG"]),
    (["وOpenAI"], ["B-ORG"]),
    (["شركة", "Scale", "AI"], ["", "B-ORG", "I-ORG"]),
    (["شركة", "ميتا"], ["", "B-ORG"]),
    (["واشنطن", "بوست"], ["B-ORG", "I-ORG"]),
    (["في", "واشنطن"], ["", "B-LOC"]),
    (["إدارة", "ترامب"], ["B-ORG", "I-ORG"]),
    (["الرئيس", "ترامب"], ["", "B-PER"]),
    (["مختبر", "لوس", "ألاموس", "الوطني"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    (["جامعة", "MIT"], ["B-ORG", "I-ORG"]),
    (["Llama", "4"], ["B-MISC", "I-MISC"]),
    (["وادي", "السيليكون"], ["B-LOC", "I-LOC"]),
    (["بحيرة", "تاهو", "وبالو", "ألتو"], ["B-LOC", "I-LOC", "B-LOC", "I-LOC"]),
    (["وزارة", "الخارجية", "الروسية"], ["B-ORG", "I-ORG", "I-ORG"]),
    (["غوغل"], ["B-ORG"]),
    (["قوقل"], ["B-ORG"]),
    (["بالقاهرة", "ودبي"], ["B-LOC", "B-LOC"]),
    # فتح الله غولن: 174 times in ANT, tagged الله MISC and غولن nothing until stop 36
    (["الداعية", "فتح", "الله", "غولن"], ["", "B-PER", "I-PER", "I-PER"]),
    (["فتح", "الله", "كولن"], ["B-PER", "I-PER", "I-PER"]),
]
NO_MATCH = [
    ["الوضع", "المالي"],  # مالي (Mali) is left out: it is also "financial"
    ["فتح", "الباب"],  # فتح alone is a verb; only حركة فتح is in the gazetteer
    ["فتح", "الله"],  # the given name without غولن: no name the gazetteer knows
    ["كولن"],  # Colin (كولن باول) as well as Gülen: only with his given name
    ["الولايات"],  # the first word of a name alone is no name
    ["المتحدة"],  # nor a later word
    ["كتاب"],  # ك is no proclitic here, and تاب is no name
]
BUGS_CAUGHT = [
    # a later word of a name must match exactly: no proclitic there
    (["الولايات", "والمتحدة"], ["", ""]),
    # the empty gazetteer tag of a word never leaks into the next sentence's cache
    (["ميتا"], ["B-ORG"]),
]


GAZETTEER_CASES = GAZETTEER + [(words, [""] * len(words)) for words in NO_MATCH] + BUGS_CAUGHT


@pytest.mark.parametrize(
    ("words", "expected"), GAZETTEER_CASES, ids=[" ".join(w) for w, _ in GAZETTEER_CASES]
)
def test_gazetteer_tags(words: list[str], expected: list[str]) -> None:
    assert gazetteer_tags(words) == expected


def test_gazetteer_features_reach_the_neighbours() -> None:
    features = sentence_features(["قال", "مارك", "زوكربيرغ"])
    assert "gaz=B-PER" in features[1]
    assert "gaz=I-PER" in features[2]
    assert "1:gaz=B-PER" in features[0]
    assert "-1:gaz=B-PER" in features[2]


def test_every_gold_entity_of_the_corpus_is_in_the_gazetteer() -> None:
    missing = []
    for path in gold_files():
        for sentence in read_conll(path):
            words = [w for w, _ in sentence]
            for first, last, label in tags_to_ranges([t for _, t in sentence]):
                found = gazetteer_tags(words[first:last])
                if found != [f"B-{label}"] + [f"I-{label}"] * (last - first - 1):
                    missing.append((" ".join(words[first:last]), label, found))
    assert missing == []


def test_gazetteer_file_is_consistent() -> None:
    rows = load_tsv(GAZETTEER_FILE)
    assert len(rows) > 2000
    header = next(
        line for line in (DATA_DIR / GAZETTEER_FILE).read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    assert header == "name\tlabel\tcanonical"
    labels_of_canonical = defaultdict(set)
    names = defaultdict(set)
    for row in rows:
        assert row["label"] in LABELS, row
        assert row["name"] and row["canonical"], row
        labels_of_canonical[row["canonical"]].add(row["label"])
        names[" ".join(normalize_word(w) for w in row["name"].split())].add(row["canonical"])
    # one label per entity, and one entity per spelling
    assert {c: ls for c, ls in labels_of_canonical.items() if len(ls) > 1} == {}
    assert {n: cs for n, cs in names.items() if len(cs) > 1} == {}
    # every canonical is itself one of the spellings
    spelled = {row["name"] for row in rows}
    assert {c for c in labels_of_canonical if c not in spelled} == set()


CANONICALS = [
    ("Meta", "ميتا"), ("شركة ميتا", "ميتا"), ("Google", "جوجل"), ("غوغل", "جوجل"),
    ("قوقل", "جوجل"), ("زوكربيرج", "مارك زوكربيرغ"), ("Zuckerberg", "مارك زوكربيرغ"),
    ("ألكسندر وانج", "ألكسندر وانغ"), ("Facebook", "فيسبوك"), ("أمريكا", "الولايات المتحدة"),
]


@pytest.mark.parametrize(("name", "canonical"), CANONICALS, ids=[n for n, _ in CANONICALS])
def test_gazetteer_canonical(name: str, canonical: str) -> None:
    assert {r["canonical"] for r in load_tsv(GAZETTEER_FILE) if r["name"] == name} == {canonical}


TRIGGERS = [
    ("الرئيس", ("PER>",)), ("والرئيس", ("PER>",)), ("لرئيس", ("PER>",)),
    ("شركة", ("ORG>",)), ("بشركة", ("ORG>",)), ("وزارة", ("ORG=",)), ("لوزارة", ("ORG=",)),
    ("العاصمة", ("LOC>",)), ("بحيرة", ("LOC=",)), ("قانون", ("MISC=",)), ("قالت", ("PER>",)),
    ("الأمين", ("PER>",)), ("ميتا", ()), ("في", ()),
]


@pytest.mark.parametrize(("word", "expected"), TRIGGERS, ids=[w for w, _ in TRIGGERS])
def test_trigger_of(word: str, expected: tuple[str, ...]) -> None:
    assert trigger_of(word) == expected


def test_triggers_file_is_well_formed() -> None:
    for row in load_tsv(TRIGGERS_FILE):
        assert row["label"] in LABELS, row
        assert row["position"] in ("before", "part", "after"), row


CLUSTER_LOOKUPS = [
    # (word, has ids, found through which reading)
    ("مصر", True, "مصر"),
    ("ومصر", True, "ومصر"),
    ("بالقاهرة", True, "بالقاهره"),
    ("xqzxqz", False, None),
]


@pytest.mark.parametrize(
    ("word", "found", "reading"), CLUSTER_LOOKUPS, ids=[w for w, *_ in CLUSTER_LOOKUPS]
)
def test_cluster_of(word: str, found: bool, reading: str | None) -> None:
    ids = cluster_of(word)
    assert bool(ids) == found
    if found:
        assert len(ids) == 3
        assert ids == clusters()[reading]


def test_clusters_of_related_words_meet() -> None:
    # countries share a fine cluster; a country and a month do not share even a coarse one
    assert cluster_of("فرنسا") == cluster_of("ألمانيا")
    assert cluster_of("مصر")[0] != cluster_of("يناير")[0]


def test_cluster_table_nests_and_stays_small() -> None:
    path = DATA_DIR / CLUSTERS_FILE
    assert path.stat().st_size < 5_000_000
    table = clusters()
    assert len(table) > 10_000
    parent: dict[tuple[int, str], str] = {}
    for ids in table.values():
        for level in (1, 2):
            assert parent.setdefault((level, ids[level]), ids[level - 1]) == ids[level - 1]


# Ablated groups: the features of each group appear only when it is on.
GROUP_MARKS = {
    "word": "w=", "affix": "p2=", "shape": "shape=", "gazetteer": "gaz=", "trigger": "trig=",
    "cluster": "c1=", "stemcluster": "sc1=", "bigram": "0|1:", "vcluster": "v",
    "harvest": "hgaz=", "quote": "q=",
}


@pytest.mark.parametrize("group", GROUPS)
def test_featurizer_groups(group: str, monkeypatch) -> None:
    # a harvested list of one name, so that the harvest group has something to mark
    harvested = {"ترامب": (GazetteerName(rest=(), label="PER"),)}
    monkeypatch.setattr(features, "harvested_index", lambda: harvested)
    monkeypatch.setattr(features, "_HARVESTED_CANDIDATES", {})
    words = ["قال", "الرئيس", "دونالد", "ترامب", "في", "«", "حوار", "»"]
    mark = GROUP_MARKS[group]
    every = Featurizer(groups=frozenset(GROUPS))(words)
    without = Featurizer(groups=frozenset(GROUPS) - {group})(words)
    assert any(f.startswith(mark) for token in every for f in token)
    assert not any(f.startswith(mark) for token in without for f in token)


QUOTED = [
    ("a title", ["برنامج", "«", "حوار", "من", "القلب", "»"],
     [(2, "first"), (3, "in"), (4, "last")]),
    ("one word", ["صحيفة", '"', "معاريف", '"'], [(2, "only")]),
    ("unclosed", ["قال", "«", "إن", "الوضع"], []),
    ("too long: speech", ["«", *["كلمة"] * 8, "»"], []),
    ("empty", ["«", "»"], []),
]


@pytest.mark.parametrize(("words", "expected"), [c[1:] for c in QUOTED],
                         ids=[c[0] for c in QUOTED])
def test_quoted(words: list[str], expected: list[tuple[int, str]]) -> None:
    assert features.quoted(words) == expected


def test_domain_marks_the_word_features_once_more() -> None:
    words = ["قال", "الرئيس", "دونالد", "ترامب", "في", "القاهرة"]
    plain = sentence_features(words)
    news = sentence_features(words, "news")
    assert [sorted(row) for row in news] == [sorted(r) for r in features.marked(plain, "news")]
    for row, shared in zip(news, plain, strict=True):
        copies = {f.removeprefix("news|") for f in row if f.startswith("news|")}
        assert copies == {f for f in shared if features.domain_specific(f)}
        assert {"bias", "w=" + normalize_word(words[plain.index(shared)])} <= copies
    assert "news|gaz=B-PER" not in news[2] and "gaz=B-PER" in news[2]  # the gazetteer is shared


def test_unknown_group_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown feature groups"):
        Featurizer(groups=frozenset({"word", "magic"}))


def test_window_and_edges() -> None:
    features = sentence_features(["في", "القاهرة", "اليوم"])
    assert WINDOW == 2
    assert {"-1:w=في", "1:w=اليوم", "-2:BOS", "2:EOS", "-1|0:في|قاهره"} <= set(features[1])
    assert "1:trig=" not in " ".join(features[1])


def test_features_are_deterministic_and_cached_safely() -> None:
    words = ["وقال", "الرئيس", "الأمريكي", "دونالد", "ترامب", "إن", "شركة", "ميتا", "."]
    first = sentence_features(words)
    again = sentence_features(words)
    fresh = Featurizer()(words)
    assert first == again == fresh
    first[0].append("changed")  # callers may change the lists they get ...
    assert "changed" not in sentence_features(words)[0]  # ... without touching the cache


def test_the_cache_stays_bounded_and_keeps_a_recurring_word(monkeypatch) -> None:
    monkeypatch.setattr(features, "MAX_CACHED_WORDS", 4)
    featurizer = Featurizer(domain="news")
    computed: list[str] = []
    new_entry = featurizer._new_entry

    def counted(word: str):
        computed.append(word)
        return new_entry(word)

    monkeypatch.setattr(featurizer, "_new_entry", counted)
    rare = [f"كلمة{i}" for i in range(12)]
    for word in rare:
        assert featurizer([word, "قال"]) == Featurizer(domain="news")([word, "قال"])
        assert len(featurizer._words) <= 4
    assert computed.count("قال") == 1  # it survives every turn of the generations
    assert sorted(computed) == sorted([*rare, "قال"])


def test_shipped_tagger_leaves_out_the_groups_that_did_not_help() -> None:
    features_ = sentence_features(["قال", "الرئيس", "دونالد", "ترامب"])
    flat = [f for token in features_ for f in token]
    assert any(f.startswith("c1=") for f in flat)  # the PPMI clusters stay
    assert not any(f.startswith(("v0=", "v=none", "hgaz=")) for f in flat)
