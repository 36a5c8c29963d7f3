"""Article-level consistency: a name tagged in one sentence informs its other mentions.

A tagger sees one sentence at a time, so it tags ``بغداد`` in one sentence and misses it in the
next. After tagging, every untagged run of words that repeats a name tagged elsewhere in the
same article, within :data:`WINDOW` sentences of a mention (or of a repeat that took its
label), takes that name's label (the label it was given most often in the article). Words
are compared on their normalised form, the first word of a name on its readings without
proclitics (``وبغداد`` repeats ``بغداد``). Names of one letter or
made only of function words never spread. Tags already set are never changed, so this can only
add entities (it raises recall; precision is what the bench measures).

Before that, :func:`span_rules` mends what a sentence tagger gets wrong the same way every time:
a person's name run across a preposition (:func:`split_names`), a name in quotation marks
after a noun that announces it, برنامج or مسلسل (:func:`quoted_names`), an acronym or website
cut at its dots (:func:`dotted_names`), a Latin acronym such as CNN (:func:`latin_acronyms`),
a common noun tagged alone (:func:`drop_common_nouns`).

>>> propagate([["زار", "محمد", "بغداد"], ["وفي", "بغداد", "قال"]],
...           [["O", "B-PER", "B-LOC"], ["O", "O", "O"]])
[['O', 'B-PER', 'B-LOC'], ['O', 'B-LOC', 'O']]
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline.bio import OUTSIDE, tags_to_ranges
from pipeline.doc import LABELS
from pipeline.lexicon import load_tsv
from pipeline.normalize import dediac, normalize_word

#: How many sentences before and after a tagged name its repeats are looked for.
WINDOW = 20
#: How many times a name spreads from the repeats it reached (see :func:`propagate`).
SPREAD_ROUNDS = 5
#: Shortest name (in letters) that spreads.
MIN_LETTERS = 2
#: How many times an article tags a word alone as a person, and how many times as often as
#: with another label, for that label to turn to a person (see :func:`relabel_surnames`).
PERSON_VOTES = 3


@cache
def _words(name: str) -> frozenset[str]:
    """The normalised words of a word-list data file (its ``word`` column)."""
    return frozenset(normalize_word(row["word"]) for row in load_tsv(name))


#: The pronoun endings that make a kinship or role noun "his/her/their/our ..." (ابنهما، شقيقه،
#: مراسلنا).
_PRONOUN_ENDINGS = ("هما", "هم", "ها", "ه", "نا")


def _relation_word(word: str) -> bool:
    """ابنهما، وشقيقه، معاونه، واسمها، مراسلنا: a kinship or role noun with a pronoun ending."""
    from pipeline.taggers.features import readings

    for reading in readings(word):
        for ending in _PRONOUN_ENDINGS:
            if reading.endswith(ending) and reading[: -len(ending)] in _words("relation_nouns.tsv"):
                return True
    return False


def _opens_no_name(word: str, feminine: bool = False) -> bool:
    """الأوروغوياني، المخضرم، جثمان: a word that begins no person's name (``name_openers.tsv``);
    with ``feminine``, their feminine too (التونسية لطيفة), which is no surname, but alone may
    be a country (السعودية)."""
    from pipeline.taggers.features import readings

    forms = set(readings(word))
    if feminine:
        forms |= {form[:-1] for form in forms if form.endswith("يه")}
    return not _words("name_openers.tsv").isdisjoint(forms)


#: Pronouns of the first and second person (normalised), which begin no name: أنا سعيد, "I
#: am happy", was a person on unseen news.
_PRONOUNS = frozenset({"انا", "نحن", "انت", "انتم", "انني", "اننا", "انتما"})


def split_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each person's name cut where it runs across a word no name holds
    (``data/name_breakers.tsv``): the word becomes O and the next one, if the name goes on,
    begins a name. A name begun with a kinship or role noun with a pronoun ending
    (``data/relation_nouns.tsv``: ابنهما، شقيقه، معاونه), a nationality adjective or a
    description (``data/name_openers.tsv``: الأوروغوياني، المخضرم) begins after it (such a
    noun inside a name cuts it: محمد فوزي نجلهما عمرو are two persons), and one
    tagged as a person alone right before a person's name is none (الأوروغوياني + لويس
    سواريز: a gazetteer name had begun a name of its own after it). A title
    joined to and or to (والشيخ، للشيخ، ورئيس: :func:`_joined_title`) inside a name breaks it
    too: زايد والشيخ خليفة are two persons, and so does a description joined to and
    (:func:`_and_opener`: بنعطية والهولندي ستروتمان). So does a given name joined to "and"
    (``data/given_names.tsv``: إلهام شاهين ولبنى عبد العزيز، خالد ولؤي), but one in ة or in
    وا without a hamza that ends the name may be a surname (مراد وهبة، كريستوفر وايلي). على, "on",
    written so, begins none (على ترامب: normalised it reads as the given name علي), nor does a
    word that opens a clause (``data/clause_openers.tsv``: فإن أندري غوميش), and a
    nationality adjective with ل or ب (بايرن للبرتغالي) ends one (:func:`_to_nationality`).

    >>> split_names([["شيرين", "عبد", "الوهاب", "من", "حسام", "حبيب"]],
    ...             [["B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"]])
    [['B-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue  # most sentences name no person
        for first, last, label in tags_to_ranges(row):
            if label != "PER":
                continue
            if normalize_word(words[first]) in _PRONOUNS:
                # أنا سعيد (أننا) ("I am happy (that we)"): a pronoun and the word after it are
                # a sentence, no name; before two words or more of a name, the name follows it
                rest = [normalize_word(w) for w in words[first + 1 : last]]
                if len(rest) >= 2 and not any(
                    (w in _words("function_words.tsv") and w not in _CHAIN_GIVEN)
                    or w in _PRONOUNS
                    for w in rest
                ):  # أنا محمد علي: علي, normalised, is also على "on"
                    row[first], row[first + 1] = OUTSIDE, "B-PER"
                else:
                    row[first:last] = [OUTSIDE] * (last - first)
                continue
            if words[first] in _ON or (  # على ترامب: "on Trump", though it normalises as علي
                last - first >= 2 and dediac(words[first]) in _clause_openers()
            ):  # فإن أندري غوميش
                row[first] = OUTSIDE
                if last - first >= 2:
                    row[first + 1] = "B-PER"
                continue
            if (
                last - first == 1
                and last < len(row)
                and row[last] == "B-PER"
                and (_relation_word(words[first]) or _opens_no_name(words[first], feminine=True))
            ):  # الأوروغوياني + لويس سواريز, tagged apart: the adjective is no name of its own
                row[first] = OUTSIDE
                continue
            if last - first >= 2 and (
                _relation_word(words[first]) or _opens_no_name(words[first], feminine=True)
            ):
                row[first], row[first + 1] = OUTSIDE, "B-PER"  # ابنهما X: the name is X
            for k in range(first + 1, last):
                if (
                    normalize_word(words[k]) in _words("name_breakers.tsv")
                    or _joined_title(words[k])
                    or _to_nationality(words[k])  # بايرن للبرتغالي: "for the Portuguese"
                    or _and_opener(words[k])  # بنعطية والهولندي ستروتمان: two persons
                    # محمد فوزي نجلهما عمرو: "their son"; not ة (زوجة، حفيدة), no pronoun
                    or (_relation_word(words[k]) and not dediac(words[k]).endswith("ة"))
                ):
                    row[k] = OUTSIDE
                    after = k + 1
                    while after < last and not any(c.isalpha() for c in words[after]):
                        row[after] = OUTSIDE  # مواليد 09-06-1988: a date begins no name
                        after += 1
                    if after < last:
                        row[after] = "B-PER"
                elif _crown_prince(words, k):  # محمد بن سلمان ولي العهد: both words out
                    row[k] = OUTSIDE
                    if k + 1 < last:
                        row[k + 1] = OUTSIDE
                    if k + 2 < last:
                        row[k + 2] = "B-PER"
                elif _and_given_name(words[k]) and (
                    k + 1 < last
                    or not (dediac(words[k]).endswith(("ة", "ه")) or dediac(words[k])[1:2] == "ا")
                ):
                    # إلهام شاهين ولبنى عبد العزيز، خالد ولؤي: two persons; a last word in ة
                    # may be a surname (مراد وهبة), and so may one in وا (كريستوفر وايلي;
                    # "and Ahmad" is written وأحمد)
                    row[k] = "B-PER"
                elif _to_known_person(words[k]):
                    row[k] = "B-PER"  # قال كيم لترمب: "Kim told Trump", two persons
            if (
                row[last - 1] == "I-PER"
                and _opens_no_name(words[last - 1], feminine=True)
                and not _opens_no_name(words[last - 1])
            ):
                row[last - 1] = OUTSIDE  # مدينة الملك عبدالله الرياضية: a feminine adjective
    return result


def _and_opener(word: str) -> bool:
    """والهولندي، والملازم: و joined to a word that begins no name (``name_openers.tsv``), which
    inside a person's name begins the next person's description (بنعطية والهولندي ستروتمان;
    12 such names in 20,004 ANT articles)."""
    norm = normalize_word(word)
    return norm.startswith("و") and norm[1:] in _words("name_openers.tsv")


def _crown_prince(words: Sequence[str], k: int) -> bool:
    """ولي العهد ("crown prince") at ``k``: a title after a name, never inside it; its العهد
    spread alone had made "the era" a person."""
    return (
        normalize_word(words[k]) in ("ولي", "وولي")
        and k + 1 < len(words)
        and normalize_word(words[k + 1]) == "العهد"
    )


@cache
def _clause_openers() -> frozenset[str]:
    """فإن، بأن، عندما ...: the words of ``data/clause_openers.tsv`` as written (not normalised:
    فإن would read فان, "van")."""
    return frozenset(dediac(row["word"]) for row in load_tsv("clause_openers.tsv"))


def _to_nationality(word: str) -> bool:
    """للبرتغالي، بالمصري، وللأرجنتيني: a nationality adjective with the article and ل or ب
    before it ("for / with the Portuguese"), which no name holds inside it (``name_openers.tsv``;
    without the preposition, أبو عمر المصري keeps it as his surname)."""
    norm = normalize_word(word)
    for joined in ("لل", "بال", "ولل", "وبال", "فلل", "فبال"):
        rest = "ال" + norm[len(joined) :]
        if norm.startswith(joined) and (
            rest in _words("name_openers.tsv")
            or (rest.endswith("يه") and rest[:-1] in _words("name_openers.tsv"))
        ):
            return True  # بالفرنسية, "in French", too
    return False


#: على, "on", as written (with ى): normalised it reads علي, a given name, and the tagger takes
#: it for one (على تويتر، على كيليان مبابي); ANERcorp tags it so once in 1,480. With a pronoun
#: ending it begins no name either (ليرد عليه بن حاج: "Ben Hadj answered him"; ANERcorp and
#: AQMAR leave all 341 of them O).
_ON = frozenset(
    clitic + stem
    for clitic in ("", "و", "ف")
    for stem in ("على", "عليه", "عليها", "عليهم", "عليهما", "عليهن", "علينا", "عليك", "عليكم")
)


def _to_known_person(word: str) -> bool:
    """لترمب، بميركل: ل or ب on a person's name of one word that the gazetteer knows
    (ترمب، ميركل), "to / with Trump", which begins another person's name: no name holds it."""
    from pipeline.taggers.features import gazetteer_index

    norm = normalize_word(word)
    for clitic in ("ل", "ب", "ول", "وب"):
        rest = norm[len(clitic) :]
        if norm.startswith(clitic) and len(rest) >= 3 and any(
            name.label == "PER" and not name.rest for name in gazetteer_index().get(rest, ())
        ):
            return True
    return False


def _to_known_name(word: str) -> bool:
    """لمصر، بكيبيك: ل or ب on a name the gazetteer knows (not itself a name's first word),
    "to / in Egypt": the name of what a noun before it announces never begins so."""
    from pipeline.taggers.features import gazetteer_index

    norm = normalize_word(word)
    index = gazetteer_index()
    if norm in index:
        return False
    return any(
        norm.startswith(clitic) and norm[len(clitic) :] in index
        for clitic in ("ل", "ب", "ول", "وب")
    )


def _joined_title(word: str) -> bool:
    """والشيخ، للشيخ، بالرئيس: a title that announces a person (``data/triggers.tsv``, PER,
    before) with a proclitic, which no name holds inside it (وليد is a name)."""
    from pipeline.taggers.features import readings

    norm = normalize_word(word)
    return norm[:1] in _JOINING and any(r in _titles() for r in readings(word) if r != norm)


def _joined_given_name(word: str) -> bool:
    """لمديحة، بخالد، وأحمد: a given name after و, ل or ب (one of ``data/given_names.tsv`` or of
    a cluster of given names, :func:`_name_clusters`), the word as written being no word of
    ``data/clusters.tsv`` (ليونيل، بيتزي are): it begins a name of its own, never the inside
    of one."""
    from pipeline.taggers.features import clusters

    norm = normalize_word(word)
    if norm[:1] not in "ولب" or norm in _given_names() or norm in clusters():
        return False
    return norm[1:] in _given_names() or clusters().get(norm[1:], ())[1:2] in _name_clusters()


def _clitic_given_name(word: str) -> str | None:
    """The given name (normalised) after ل or ب that ``word`` is (لمارتين، لخلوصي: "to
    Martin", "to Hulusi"), else None: the word as written no word of ``data/clusters.tsv`` nor
    a given name itself, the name none as often a noun (``data/noun_given_names.tsv``: لجمال
    "for beauty") and none :func:`_given_name` refuses; after ب only a name of a foreign
    origin (بسحر, "with the magic of")."""
    from pipeline.taggers.features import clusters

    norm = normalize_word(word)
    if len(norm) < 2 or norm[0] not in "لب" or norm in _given_names() or norm in clusters():
        return None
    bare = _given_name(word[1:]) if not word[1:].startswith("و") else None
    if bare not in _given_names():
        return None  # the names of ANT's news are read as written only
    if norm[0] == "ب" and bare not in _foreign_given_names():
        return None  # بسحر علاقاتي, "with the magic of my relations"
    return None if bare in _words("noun_given_names.tsv") else bare


def _and_given_name(word: str) -> bool:
    """ولبنى، وأحمد: "and" joined to a given name (``data/given_names.tsv``); وليد is a name."""
    norm = normalize_word(word)
    return (
        norm.startswith("و")
        and norm not in _given_names()
        and (norm[1:] in _given_names() or norm[1:] in _news_given_names())
    )


@cache
def _given_names() -> frozenset[str]:
    """The normalised given names of ``data/given_names.tsv``."""
    return frozenset(normalize_word(row["name"]) for row in load_tsv("given_names.tsv"))


@cache
def _news_given_names() -> frozenset[str]:
    """Given names the tagger found in ANT's news before a surname (``data/ant_given_names.tsv``:
    هربرت، ميلوش، غريغور) and names written by hand that both lists lack
    (``data/more_given_names.tsv``: نادية، ساجد، ستافان), which :func:`_given_name`,
    :func:`_and_given_name` and :func:`split_known_heads` read as written (bare or after و)
    only: read after another proclitic, such names hide in common words (كانتي is no ك on
    أنتي)."""
    return _words("ant_given_names.tsv") | _words("more_given_names.tsv")


def _ordinal(word: str) -> bool:
    """الأول، الثاني، الثالث: an ordinal (``data/ordinals.tsv``), which ends a regnal name
    (عبدالله الثاني) and is no surname: every الشوط الأول ("the first half") would be him."""
    from pipeline.numbers import ORDINALS

    return normalize_word(word).removeprefix("ال") in ORDINALS


#: The proclitics that join a title to the words before it: و ف ب ل ك.
_JOINING = frozenset("وفبلك")


@cache
def _titles() -> frozenset[str]:
    """The normalised words that announce a person before the name (``data/triggers.tsv``)."""
    from pipeline.taggers.features import triggers

    return frozenset(word for word, marks in triggers().items() if "PER>" in marks)


def join_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with two persons' names side by side made one when one of them is a single
    word (the tagger cut شريف إسماعيل، عبد الله بن عبدالعزيز آل سعود in two) and the second
    begins with no proclitic that joins two names (و، ل ...: بوش وبلير are two, as are بوش
    لبلير; كيم of جيم يونغ كيم is no ك, see :func:`_joins_names`), but for a name of one word
    after another whose و is its own (:func:`_name_in_w`: هارفي واينستين). Two names of
    two words or more are two persons listed without a comma (عادل إمام محمد رمضان). A hashtag
    mark between them is taken in (دونالد #ترمب, رجب طيب #أردوغان: one person), and so is a
    European name's particle (:func:`_second_particle`: جان إيف + لو دريان، ألكسندر فان در +
    بيلين). A name that
    ends in آل ("the house of"), or that آل follows, goes on: the name after it or the untagged
    word is the family's (مشعل بن عبد العزيز آل + سعود، عبد العزيز بن عبد الله آل الشيخ،
    سلمان بن حمد + آل خليفة).

    >>> join_persons([["المهندس", "شريف", "إسماعيل"]], [["O", "B-PER", "B-PER"]])
    [['O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        spans = [span for span in tags_to_ranges(row) if span[2] == "PER"]
        for _a, b, _ in spans:
            if words[b - 1] == "آل" and b < len(row) and row[b] == OUTSIDE and words[b].isalpha():
                row[b] = "I-PER"
            elif (
                b + 1 < len(row) and words[b] == "آل" and row[b] == OUTSIDE
                and row[b + 1] in (OUTSIDE, "B-PER") and words[b + 1].isalpha()
            ):  # fmt: skip
                row[b : b + 2] = ["I-PER", "I-PER"]  # سلمان بن حمد + آل خليفة
        for (a, b, _), (c, d, _) in itertools.pairwise(spans):
            if b == c and b - a == 1 and _opens_no_name(words[a], feminine=True):
                row[a] = OUTSIDE  # الشاه, spread from a mention of its own, + إسماعيل الأول
                continue
            hashtag = c == b + 1 and words[b] == "#"  # دونالد #ترمب: one name
            if b == c and (_particle(words[b - 1]) is not None or _second_particle(words[c])):
                # a European name's particle between the two: ألكسندر فان در + بيلين (no ب
                # on يلين), جان إيف + لو دريان
                row[c] = "I-PER"
                continue
            if (
                (b == c or hashtag)
                and (
                    b - a == 1 or d - c == 1 or words[b - 1] == "آل"
                    or (b == c and _chain_name(words[a:b], words[c]))
                )
                and (not _joins_names(words[c]) or (b - a == d - c == 1 and _name_in_w(words[c])))
                # a nationality before a name: المواطنة التونسية لطيفة
                and not (b - a == 1 and _opens_no_name(words[a], feminine=True))
            ):  # fmt: skip
                row[b:c + 1] = ["I-PER"] * (c + 1 - b)
    return result


def _second_particle(word: str) -> bool:
    """Whether ``word`` is a European name's particle that begins the second of two
    persons' names side by side, which are then one (جان إيف + لو دريان): those of
    ``data/name_particles.tsv`` and the French لو ("if" in Arabic, so never taken in after a
    name on its own: ميسي لو خاض, "Messi, if he played")."""
    return _particle(word) is not None or dediac(word) == "لو"


def _name_in_w(word: str) -> bool:
    """Whether ``word`` is a name whose و is its own first letter, not "and": the news writes
    it often (``data/vec_clusters.tsv``: واينستين، ويليامز، واتسون) and not without the و, and
    no list of persons holds it without (ويونكر, ولوفيرين, وليفاندوفسكي stay "and" + a
    name)."""
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    return (
        norm.startswith("و")
        and norm in vec_clusters()
        and norm[1:] not in vec_clusters()
        and not _person_word(norm[1:])
    )


#: Given names that the list of given names leaves out as common words (سعيد "happy", علي
#: "on me"), which inside a chain of given names are the father's or grandfather's.
_CHAIN_GIVEN = frozenset({"سعيد", "علي", "عبده"})


def _chain_name(first: Sequence[str], word: str) -> bool:
    """Whether a person's name of two given names (``first``: فهد سعيد، أحمد علي) and the
    name after it beginning with a given name (``word``: محمد، عبدالله) are one name: an Arab
    name chains the father's and grandfather's names (فهد سعيد محمد الرقباني، أحمد علي عبدالله
    صالح), where two persons listed would each end in a surname (دونالد ترامب جون بولتون)."""
    if len(first) != 2:
        return False
    given = _given_names() | _CHAIN_GIVEN
    # as written: على "on" normalises to علي (محمد صلاح على حسن تمثيله, "for his fine showing")
    return all(normalize_word(w) in given and "ى" not in w for w in (*first, word))


@cache
def _name_particles() -> dict[str, bool]:
    """The particles of European names (``data/name_particles.tsv``) as written, each with
    whether it follows a given name by itself (فان) or only another particle (دير of فون دير)."""
    return {row["word"]: row["alone"] == "yes" for row in load_tsv("name_particles.tsv")}


def _particle(word: str) -> bool | None:
    """Whether a word is a particle of a European name that may follow a given name by itself,
    ``False`` for one that only follows another, ``None`` for no particle. The hamza counts:
    فإن, "then", is no فان."""
    return _name_particles().get(dediac(word).replace("ى", "ي"))


def _particle_run(words: Sequence[str], at: int) -> int:
    """The end of the particles from ``at`` and the surname after them, or ``at`` where none
    is there: the first particle must follow a given name by itself, and the surname is a word
    of letters that is no function word, number or word with the article (فان دير + سار; not
    فان + ستة عشر, "then sixteen", nor دير + الأنبا, "the monastery of")."""
    from pipeline.numbers import NUMBER_WORDS, ORDINALS
    from pipeline.taggers.features import readings

    end = at
    while end < len(words) and _particle(words[end]) in ((True, False) if end > at else (True,)):
        end += 1
    if end == at or end >= len(words):
        return at
    word = words[end]
    forms = set(readings(word))
    if (
        not word.isalpha()
        or normalize_word(word).startswith("ال")
        or not forms.isdisjoint(_words("function_words.tsv"))
        or any(form in NUMBER_WORDS or form in ORDINALS for form in forms)
    ):
        return at
    return end + 1


def join_particles(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name that ends in particles of a European name
    (``data/name_particles.tsv``: فان، فون، دي، دا) taking the surname after them (باتريك فان +
    أنهولت، إدوين فان دير + سار), and a name that such a particle and a surname follow untagged
    taking them in (خوان مارتن + دل بوترو، يوهان فولفغانغ + فون غوته), as ANERcorp and AQMAR
    tag دومينيك دو فيلبان (فان after a person is "van" 8 times of 8 there; فإن, "then", is
    no فان: وبحسب مادورو فإن سعر). A name of the particle alone is left (ديل of the company
    Dell), as is a particle that follows another only (أبي لا يملك, "my father does not own")
    or a word of two letters (ميكرو إس دي بسعة, "a microSD of ...": إس is a letter).

    >>> join_particles([["باتريك", "فان", "أنهولت", "لاعب"]], [["B-PER", "I-PER", "O", "O"]])
    [['B-PER', 'I-PER', 'I-PER', 'O']]
    >>> join_particles([["خوان", "دل", "بوترو"]], [["B-PER", "O", "O"]])
    [['B-PER', 'I-PER', 'I-PER']]
    >>> join_particles([["شلوف", "فان", "5"]], [["B-PER", "I-PER", "O"]])
    [['B-PER', 'I-PER', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first, last, label in list(tags_to_ranges(row)):
            if label != "PER" or last >= len(row) or row[last] != OUTSIDE:
                continue
            at = last
            while at - 1 > first and _particle(words[at - 1]) is not None:
                at -= 1  # the particles that end the name: فان دير
            if len(normalize_word(words[at - 1])) < 3:
                continue  # ميكرو إس دي: the letters of an acronym, no given name
            end = _particle_run(words, at)
            if (
                end > last
                and all(tag == OUTSIDE for tag in row[last : end - 1])
                and row[end - 1] in (OUTSIDE, "B-PER")  # فيرجيل فان + [دايك]
            ):
                row[last:end] = ["I-PER"] * (end - last)
    return result


def _person_mentions(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> tuple[Counter[tuple[str, ...]], dict[tuple[str, ...], set[str]]]:
    """An article's persons' mentions (by :func:`_key`) with how often each is tagged, and the
    labels each name of the article is tagged with."""
    mentions: Counter[tuple[str, ...]] = Counter()
    labels: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            key = _key(words[first:last])
            labels[key].add(label)
            mentions[key] += label == "PER"
    return +mentions, labels


def _run_split(
    span: Sequence[str],
    mentions: Counter[tuple[str, ...]],
    labels: dict[tuple[str, ...], set[str]],
    side_by_side: bool = False,
) -> tuple[int, int] | None:
    """Where a person's span that an article tags once runs two persons it names apart into
    one: ``(k, j)``, the first person being ``span[:k]`` and the second ``span[j:]``, or None.
    Both are persons' mentions of their own in the article of three letters or more (not كو of
    مينغ تشي كو), the first never tagged with another label (فايسبوك) nor ending in الله (آية
    الله العظمى خامنئي); between them stands one word
    that is a common word, a function word or a title, and no given name nor a name's particle
    (ترامب + يحذر + كيم, مبارك + الفريق + أحمد شفيق), or nothing, where the second begins with
    a given name and the first ends in none (ترامب + مايكل كوهين; not موسى مصطفى + موسى, nor
    محمد + بن سلمان), the second then also a full name whose surname alone the article names
    (مايكل كوهين beside كوهين); or two words, each a person the gazetteer knows alone and
    the first no given name (a headline's لقاء ترمب بوتين), or the first the last word of
    another person's longer name in the article (أخرج يونغ صلاح beside أشلي يونغ, زيدان فخور
    beside زين الدين زيدان: there the second is no person where the news writes it often and
    it ends no name of the article, and ``(1, 2)`` says so). A name the article tags twice or
    more is one person's, however common its words (كوليندا غرابار كيتاروفيتش). With
    ``side_by_side``, only the cuts with no word between the two."""
    from pipeline.taggers.features import readings

    if mentions[_key(span)] > 1:
        return None
    joiners = _words("name_joiners.tsv") | _NAME_PARTICLES

    def apart(left: Sequence[str], right: Sequence[str], surname: bool = False) -> bool:
        first, second = _key(left), _key(right)
        return (
            first in mentions
            and labels[first] == {"PER"}
            and normalize_word(left[-1]) != "الله"
            # or, with ``surname``, a full name whose surname the article names alone (كوهين)
            and (
                second in mentions
                or (surname and len(right) >= 2 and _key(right[-1:]) in mentions)
            )
            and min(len(normalize_word("".join(part))) for part in (left, right)) >= 3
        )

    between = range(0) if side_by_side else range(1, len(span) - 1)
    for k in between:
        middle = normalize_word(span[k])
        if (
            apart(span[:k], span[k + 1 :])
            and middle not in joiners
            and not any(_person_word(form) for form in readings(span[k]))
            and (
                _common_word(span[k])
                or middle in _words("function_words.tsv")
                or not _titles().isdisjoint(readings(span[k]))
            )
        ):
            return k, k + 1
    for k in range(1, len(span) - 1):
        last = normalize_word(span[k - 1])
        if (
            apart(span[:k], span[k:], surname=True)
            and last not in _given_names()
            and last not in joiners
            and not _given_names().isdisjoint(readings(span[k]))
        ):
            return k, k
    # the last words of the article's other persons' names of two words or more (أشلي يونغ)
    surnames = {key[-1] for key in mentions if len(key) > 1 and key != _key(span)}
    if (
        len(span) == 2
        and apart(span[:1], span[1:])
        and _given_names().isdisjoint(readings(span[0]))
        and (
            all(_gazetteer_person(word) for word in span)
            or normalize_word(span[0]) in surnames
        )
    ):
        # ترمب بوتين، أردوغان غولن; يونغ صلاح: a surname first; but زيدان فخور, فاغنر تمادى:
        # a word the news writes often that ends no name of the article is no person
        second = normalize_word(span[1])
        common = second in _words("common_words.tsv")
        if common and second not in surnames and not _gazetteer_person(span[1]):
            return 1, 2
        return 1, 1
    return None


def _gazetteer_person(word: str) -> bool:
    """Whether the gazetteer knows ``word`` alone as a person (بوتين، نتنياهو، غولن)."""
    from pipeline.taggers.features import gazetteer_index

    return any(
        not name.rest and name.label == "PER"
        for name in gazetteer_index().get(normalize_word(word), ())
    )


def split_pairs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name cut before each word joined by و "and" that ends another
    person's name of the article (ديشان ولوريس beside ديدييه ديشان and هوغو لوريس; ماكرون
    وكونتي; الشورابي والقطاري): the news names a pair or a list by their surnames so, and the
    tagger ran them into one (فيدور سمولوف وإيغناشيفيتش beside سيرغي إيغناشيفيتش; 20 names
    in 20,004 ANT articles, all lists but three that were no persons' names), but not after a
    word that joins a name to the next (``data/name_joiners.tsv``: سعد بن أبي وقاص, where
    another name ends in قاص). A name whose last word is ل "to" on a word of another person's
    name of the article is cut before it, and the word with its ل is that person (ترامب
    لروحاني beside حسن روحاني; وقال زيدان لبيل; شاكيرا لبيكيه), as ANERcorp tags a name with
    its proclitic.

    >>> split_pairs([["ديدييه", "ديشان", "و", "هوغو", "لوريس"], ["ديشان", "ولوريس"]],
    ...             [["B-PER", "I-PER", "O", "B-PER", "I-PER"], ["B-PER", "I-PER"]])[1]
    ['B-PER', 'B-PER']
    """
    ends: Counter[str] = Counter()
    names: Counter[str] = Counter()  # each word of a person's name, once a name
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER":
                ends[normalize_word(words[last - 1])] += 1
                names.update({normalize_word(w) for w in words[first:last]})
    joiners = _words("name_joiners.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < 2:
                continue
            second = normalize_word(words[last - 1])
            cuts = [
                k
                for k in range(first + 1, last)
                if (word := normalize_word(words[k])).startswith("و")
                and len(word) >= 4
                and ends[word[1:]] > 0
                and normalize_word(words[k - 1]) not in joiners
            ]
            if cuts:
                # ديشان ولوريس; a list the tagger ran into one (سمولوف وإيغناشيفيتش beside
                # سيرغي إيغناشيفيتش, مودريتش وراكيتيتش وماندزوكيتش); not after a word that
                # joins a name to the next (سعد بن أبي وقاص)
                for k in cuts:
                    row[k] = "B-PER"
                continue
            # ترامب لروحاني, "Trump to Rouhani": ل on a word of another person's name
            to = second.startswith("ل") and not second.startswith("لل") and len(second) >= 4
            if to and names[second[1:]] and not _listed_name(second):  # لطفي is a name
                row[last - 1] = "B-PER"
    return result


def split_person_runs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], side_by_side: bool = False
) -> list[list[str]]:
    """The tags with a person's span that runs two persons the article names on their own into
    one cut in two (:func:`_run_split`): a headline's ترامب يحذر كيم ("Trump warns Kim"), كومي
    يقارن ترامب, and a surname before a person's full name (محامي ترامب مايكل كوهين, "Trump's
    lawyer Michael Cohen"), which ANERcorp tags as two names (عادل إمام محمد رمضان). With
    ``side_by_side`` (after names spread, where :func:`join_persons` joins again what this cut),
    only two persons with no word between them.

    >>> split_person_runs([["ترامب", "يحذر", "كيم"], ["قال", "ترامب", "إن", "كيم"]],
    ...                   [["B-PER", "I-PER", "I-PER"], ["O", "B-PER", "O", "B-PER"]])
    [['B-PER', 'O', 'B-PER'], ['O', 'B-PER', 'O', 'B-PER']]
    """
    mentions, labels = _person_mentions(sentences, tags)
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(list(row)):
            if label != "PER" or last - first < 2:
                continue
            cut = _run_split(words[first:last], mentions, labels, side_by_side)
            if cut is not None:
                k, j = cut
                row[first + k : first + j] = [OUTSIDE] * (j - k)
                if first + j < last:  # else no second person: زيدان + فخور
                    row[first + j] = "B-PER"
    return result


def split_mixed_pairs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name of two words that runs a person the article names and a name it
    tags alone with another label into one cut in two, each with its label: a subject run
    into its object (اتهم ترامب غوغل "Trump accused Google", وغادر آبي أسمرة "Abiy left
    Asmara", وصل أردوغان ساراييفو) or a club into its player (يحتفل ليفربول صلاح). The person
    is a word the article tags alone as a person and that is no given name (ترامب، آبي), and
    the other word is tagged alone at least twice with one label other than PER and never as
    a person; or the other comes first, tagged alone an organisation only (a club, not a
    place: نوتنغهام شاير), and the person is the surname of a name of two words or more
    (صلاح of محمد صلاح). In 20,004 ANT articles 9 such pairs cut, each part rightly but بيلي
    of بيلي أيكيا (IKEA's bookcase, a person still). A pair the article tags so more than
    once is a name (سيلتا فيغو), and so is a pair whose first word is a given name (عبدالملك
    الحوثي، جيمي ويلز) or a MISC (a nickname: ترامب المكسيك).

    >>> split_mixed_pairs([["وقال", "ترامب"], ["اتهم", "ترامب", "غوغل"], ["غوغل", "ترد"],
    ...                    ["إن", "غوغل"]],
    ...                   [["O", "B-PER"], ["O", "B-PER", "I-PER"], ["B-ORG", "O"],
    ...                    ["O", "B-ORG"]])[1]
    ['O', 'B-PER', 'B-ORG']
    """
    alone: defaultdict[str, Counter[str]] = defaultdict(Counter)  # words tagged alone
    persons: set[tuple[str, ...]] = set()  # persons' names of two words or more
    pairs: Counter[tuple[str, str]] = Counter()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first == 1:
                alone[normalize_word(words[first])][label] += 1
            elif last - first == 2:
                pairs[normalize_word(words[first]), normalize_word(words[first + 1])] += 1
            if label == "PER" and last - first >= 2:
                persons.add(tuple(normalize_word(w) for w in words[first:last]))
    result = [list(t) for t in tags]
    if not pairs:
        return result
    none: Counter[str] = Counter()
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first != 2 or label == "MISC":
                continue
            a, b = normalize_word(words[first]), normalize_word(words[first + 1])
            seen_a, seen_b = alone.get(a, none), alone.get(b, none)
            if pairs[a, b] > 1 or ("PER" in seen_b and "PER" in seen_a):
                continue
            surnames = {name[-1] for name in persons if name != (a, b)}
            if seen_a["PER"] and len(seen_a) == 1 and _given_name(words[first]) is None:
                other = seen_b.most_common(1)
                if other and other[0][1] >= 2 and "PER" not in seen_b and b not in surnames:
                    row[first:last] = ["B-PER", f"B-{other[0][0]}"]
            elif b in surnames and set(seen_a) == {"ORG"} and _given_name(words[first]) is None:
                row[first:last] = ["B-ORG", "B-PER"]
    return result


def join_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a place of one word that begins towns' names (``data/place_openers.tsv``:
    سيدي، حمام، خان) and the place after it made one, when that begins with no و: the tagger
    knows بوزيد and الأنف and cut سيدي بوزيد and حمام الأنف in two. A word that ends towns'
    names (``data/place_closers.tsv``: آباد) and the word before it are one place whatever the
    tagger said (جلال آباد، أحمد آباد: a given name in front made them a person).

    >>> join_places([["بمدينة", "سيدي", "بوزيد"]], [["O", "B-LOC", "B-LOC"]])
    [['O', 'B-LOC', 'I-LOC']]
    >>> join_places([["في", "جلال", "آباد"]], [["O", "B-PER", "I-PER"]])
    [['O', 'B-LOC', 'I-LOC']]
    """
    from pipeline.taggers.features import readings, shape

    openers = _words("place_openers.tsv")
    closers = _words("place_closers.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words)):
            if "ب" not in words[i]:  # most words: no normalising (every closer has ب)
                continue
            if normalize_word(words[i]) in closers and shape(words[i - 1]) == "ar":
                row[i - 1 : i + 1] = ["B-LOC", "I-LOC"]
                if i + 1 < len(row) and row[i + 1].startswith("I-"):
                    row[i + 1] = "B-" + row[i + 1][2:]  # a name that ran on past the town
        if "B-LOC" not in row:
            continue
        spans = [span for span in tags_to_ranges(row) if span[2] == "LOC"]
        for (a, b, _), (c, _d, _) in itertools.pairwise(spans):
            if (
                b == c and b - a == 1 and not normalize_word(words[c]).startswith("و")
                and not openers.isdisjoint(readings(words[a]))
            ):  # fmt: skip
                row[c] = "I-LOC"
    return result


def opened_towns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name of two to four words that begins with an opener that
    begins no person's name made the place (:func:`_town_opened`: سيدي سالم، بسيدي الهاني،
    بني حسن): after the rules that find persons by their given names, which take سالم
    "Salem" of سد سيدي سالم for one (the opener left out before it is taken in).

    >>> opened_towns([["المستشفى", "بسيدي", "الهاني"]], [["O", "B-PER", "I-PER"]])
    [['O', 'B-LOC', 'I-LOC']]
    """
    result = [list(t) for t in tags]
    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        if "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "PER":
                continue
            if first and row[first - 1] == OUTSIDE and _town_opened(words, first - 1, last):
                first -= 1  # سد سيدي + سالم: the opener left out of the name
            if first == 0 and s and _ends_initial(sentences[s - 1]):
                continue  # يدعى "م. + سيدي مختار": the sentence cut after an initial
            if 2 <= last - first <= 4 and _town_opened(words, first, last):
                row[first:last] = ["B-LOC"] + ["I-LOC"] * (last - first - 1)
    return result


def _ends_initial(words: Sequence[str]) -> bool:
    """Whether a sentence ends with a letter and its dot (م .), a name's initial."""
    return len(words) >= 2 and words[-1] == "." and len(words[-2]) == 1 and words[-2].isalpha()


@cache
def _town_only_openers() -> frozenset[str]:
    """The normalised openers of ``data/place_openers.tsv`` that begin no person's name
    (its ``person`` column: سيدي، بني، كفر)."""
    rows = load_tsv("place_openers.tsv")
    return frozenset(normalize_word(row["word"]) for row in rows if row["person"] == "no")


def _town_opened(words: Sequence[str], first: int, last: int) -> bool:
    """Whether a person's name ``words[first:last]`` is a town's: it begins with an opener
    that begins no person's name (سيدي سالم، بسيدي الهاني، بني حسن) and is no given name
    itself (لبنى, which reads ل + بنى), has no ولد "son of" in it (رئيس الحزب سيدي ولد محم, a
    Mauritanian name) nor a person the gazetteer knows (بنى ترامب وكيم, "Trump built") and
    follows no title, rank or nationality (الجنرال سيدي الحسن توري), initial's dot or
    quotation mark (م. سيدي مختار), nor a noun of what a name names (``quoted_heads.tsv``:
    مدرسة سيدي عبد السلام, a school)."""
    from pipeline.taggers.features import readings

    opener = words[first]
    if _town_only_openers().isdisjoint(readings(opener)) or _given_name(opener) is not None:
        return False  # لبنى العليان: a given name that reads ل + بنى
    rest = words[first + 1 : last]
    if any(normalize_word(word) == "ولد" or _gazetteer_person(word) for word in rest):
        return False  # سيدي ولد محم; بنى ترامب وكيم, "Trump built"
    if first == 0:
        return True
    before = words[first - 1]
    return not (
        before.endswith(".")
        or before in _OPENING
        or _opens_no_name(before, feminine=True)
        or not _titles().isdisjoint(readings(before))
        or _head_reading(before) is not None  # مدرسة سيدي عبد السلام (but منطقة سيدي حسين)
    )


def _person_word(norm: str) -> bool:
    """A normalised word that is a given name (``data/given_names.tsv``) or a person's name of
    one word in the gazetteer (بلير، زيدان) or in ``data/fixed_names.tsv`` (نادال)."""
    if norm in _given_names():
        return True
    if any(not rest and label == "PER" for rest, label, _ in _fixed().get(norm, ())):
        return True
    return _gazetteer_person(norm)


def _joins_names(word: str, unknown_and: bool = True) -> bool:
    """و، ل، ب ... on the second of two names side by side, which makes them two: و on any
    name but one that begins so (وليد), the others only on a name known without it (لزيدان،
    بنتنياهو) or on a word that names rarely are (بالخبر، للصحافيين، برنامجا, which lose بالخير
    and بنا), since as many names begin with them (كيم، كريك، بوش، فيصل، لوكاس). Without
    ``unknown_and``, و joins no western name spelt with it (after a given name alone, a
    surname in W is the same person's: غافين ويليامسون; but صلاح وفيرمينو are two)."""
    norm = normalize_word(word)
    if norm[:1] not in _JOINING or _person_word(norm):
        return False
    # a preposition on a noun with the article (للصحافيين), an accusative (برنامجا)
    common = norm[1:].startswith("ال") or norm.startswith("لل") or norm.endswith("ا")
    # a western name in W (ويليامسون، وليامسون، وارنر، وودورد), not و on one (وفيرمينو، ونك)
    western = norm[0] == "و" and norm[1:2] in ("ي", "ا", "و", "ل")
    return (
        (norm[0] == "و" and (unknown_and or not western))
        or common
        or _person_word(norm[1:])
        or (norm[0] != "و" and _joined_given_name(word))  # لمديحة: a name the list lacks
    )


#: Quotation marks around a title, as the tokenizer gives them.
_OPENING = frozenset({"«", '"', "“", "'", "''", "``", "„"})
_CLOSING = frozenset({"»", '"', "”", "'", "''"})
#: Punctuation no name in quotation marks starts with.
_SENTENCE_MARKS = frozenset({"،", ",", ":", "؛", ";", ".", "؟", "?", "!"})
#: Longest title in words, unless ``data/quoted_heads.tsv`` gives its noun a shorter limit.
MAX_TITLE_WORDS = 6


def quoted_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each name in quotation marks after a noun of ``data/quoted_heads.tsv``
    tagged with that noun's label, the marks O: a title after برنامج or مسلسل is MISC
    (برنامج « حكايات »، مسلسل "كلبش 2"), a company after شركة ORG (شركة "السلام"), a site after
    موقع ORG (موقع "بوابة الأهرام") unless the tagger made it a label the head keeps (موقع
    "تويتر": a platform, MISC).

    >>> quoted_names([["برنامج", "«", "ذا", "فويس", "»"]], [["O", "O", "B-PER", "I-PER", "O"]])
    [['O', 'O', 'B-MISC', 'I-MISC', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for head, first, last, label, _spreads, kept in _quoted_spans(words):
            tagged = row[first][2:]
            if tagged in kept and all(t == f"I-{tagged}" for t in row[first + 1 : last]):
                continue  # موقع "تويتر": a platform the tagger knows stays MISC
            if row[head].startswith("B-") and row[head + 1].startswith("I-"):
                row[head] = OUTSIDE  # the tagger's span began at the head (منظمة "غولوس)
            row[head + 1 : first] = [OUTSIDE] * (first - head - 1)
            close = next(k for k in range(last, len(words)) if words[k] in _CLOSING)
            row[last : close + 1] = [OUTSIDE] * (close + 1 - last)
            row[first:last] = [f"B-{label}"] + [f"I-{label}"] * (last - first - 1)
            if close + 1 < len(row) and row[close + 1].startswith("I-"):
                row[close + 1] = "B-" + row[close + 1][2:]
    return result


#: Marks between two titles of a list in quotation marks (:func:`quoted_lists`): و، ، و.
_LIST_JOINERS = frozenset({"،", ",", "و"})


def _closing_mark(words: Sequence[str], start: int, longest: int) -> int | None:
    """The index of the mark that closes a name in quotation marks begun at ``start``, at most
    ``longest`` words on, else None; None too where the first word is a mark: a mark that
    closed a quotation (للصحيفة" ، مضيفا: ") opens no name, which starts with no comma."""
    if words[start] in _SENTENCE_MARKS | _OPENING | _CLOSING:
        return None
    return next(
        (k for k in range(start + 1, min(len(words), start + 1 + longest)) if words[k] in _CLOSING),
        None,
    )


def _quoted_chain(words: Sequence[str], opening: int) -> list[tuple[int, int]]:
    """(first, close) of each title in quotation marks from the mark at ``opening`` on, joined
    to the one before by و or a comma or both (أفلام "أ" و"ب"، و"ج"): ``words[first:close]``,
    ``close`` the closing mark. Ends at the first title of more than :data:`MAX_TITLE_WORDS`
    words or one begun by a mark."""
    found: list[tuple[int, int]] = []
    j = opening
    while j < len(words) - 1 and words[j] in _OPENING:
        first = j + 1
        close = _closing_mark(words, first, MAX_TITLE_WORDS)
        if close is None:
            break
        found.append((first, close))
        j = close + 1
        while j < len(words) and j - close <= 2 and words[j] in _LIST_JOINERS:
            j += 1
        if j == close + 1:
            break  # no و nor comma: the list ends
    return found


def quoted_lists(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each title of a list of works in quotation marks tagged MISC: the titles
    joined by و or a comma to a title after a noun of ``data/quoted_heads.tsv`` labelled MISC
    (مسلسل "أيام العمر" و"حبيبة"), or two titles or more so joined right after a plural of
    ``data/title_plurals.tsv`` without the article (أفلام "علي بيه مظهر" و"المتسول" و"غريب في
    بيتي": the tagger found one of three). A title the tagger tagged whole takes MISC (أفلام
    "الكيف" و"سكوت هنصور", a film, not a person); one with a name inside that does not fill it
    (فيلم "فاطمة وماريكا وراشيل") is left.

    >>> quoted_lists([["أفلام", '"', "المتسول", '"', "و", '"', "غريب", "في", "بيتي", '"']],
    ...              [["O", "O", "B-MISC", "O", "O", "O", "O", "O", "O", "O"]])
    [['O', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']]
    """
    from pipeline.taggers.features import readings

    plurals = _words("title_plurals.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if not any(w in _OPENING for w in words):
            continue
        lists = [
            _quoted_chain(words, first - 1)[1:]
            for _head, first, _last, label, _spreads, _kept in _quoted_spans(words)
            if label == "MISC"
        ]
        for i in range(len(words) - 1):
            if words[i + 1] in _OPENING and not plurals.isdisjoint(
                r for r in readings(words[i]) if "ال" + r not in readings(words[i])
            ):
                chain = _quoted_chain(words, i + 1)
                lists.append(chain if len(chain) >= 2 else [])
        for first, close in (item for chain in lists for item in chain):
            item = row[first:close]
            whole = item[0].startswith("B-") and all(t.startswith("I-") for t in item[1:])
            if all(t == OUTSIDE for t in item) or (
                whole and (close == len(row) or not row[close].startswith("I-"))
            ):
                row[first:close] = ["B-MISC"] + ["I-MISC"] * (close - first - 1)
    return result


def quoted_short_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's name without its head noun, alone in quotation marks,
    tagged ORG where the article names it whole as an organisation with the head
    (``data/organisation_heads.tsv``, and قوات، ائتلاف، تحالف): هيئة تحرير الشام, then
    "تحرير الشام"; قوات سوريا الديمقراطية, then "سوريا الديمقراطية"; منظمة الصحة العالمية,
    then "الصحة العالمية" (the tagger left them untagged or took a place in them). Not after a
    noun that heads something else of the same words (اتفاقية "حظر الأسلحة الكيمياوية", a
    treaty: :data:`_OTHER_HEADS`), nor where the quoted words go on past the name.

    >>> quoted_short_names(
    ...     [["هيئة", "تحرير", "الشام"], ["مقاتلي", '"', "تحرير", "الشام", '"']],
    ...     [["B-ORG", "I-ORG", "I-ORG"], ["O", "O", "O", "B-LOC", "O"]])
    [['B-ORG', 'I-ORG', 'I-ORG'], ['O', 'O', 'B-ORG', 'I-ORG', 'O']]
    """
    shorts = _short_names(sentences, tags)
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last in _quoted_short_spans(words, shorts):
            if row[first - 1] != OUTSIDE or row[last] != OUTSIDE or "B-ORG" in row[first:last]:
                continue  # the marks inside a name, or an organisation already
            row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


def _short_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> set[tuple[str, ...]]:
    """The normalised words after the head noun of each organisation's name of three words or
    more that the article tags (هيئة تحرير الشام -> تحرير الشام)."""
    from pipeline.taggers.features import _normalized, readings

    heads = _words("organisation_heads.tsv") | _SHORT_NAME_HEADS
    shorts: set[tuple[str, ...]] = set()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "ORG" and last - first >= 3 and not heads.isdisjoint(
                readings(words[first])
            ):
                shorts.add(tuple(_normalized(w) for w in words[first + 1 : last]))
    return shorts


def _quoted_short_spans(
    words: Sequence[str], shorts: set[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """(first, last) of each of ``shorts`` alone in quotation marks in ``words``, not after a
    noun that heads something else of the same words (:data:`_OTHER_HEADS`)."""
    from pipeline.taggers.features import _normalized, readings

    spans: list[tuple[int, int]] = []
    if not shorts:
        return spans
    longest = max(len(short) for short in shorts)
    for i, word in enumerate(words):
        if word not in _OPENING:
            continue
        if i > 0 and not _OTHER_HEADS.isdisjoint(readings(words[i - 1])):
            continue  # بمعركة "حظر الأسلحة الكيماوية": a battle
        close = next(
            (j for j in range(i + 2, min(len(words), i + 2 + longest)) if words[j] in _CLOSING),
            None,
        )
        if close is not None and tuple(_normalized(w) for w in words[i + 1 : close]) in shorts:
            spans.append((i + 1, close))
    return spans


#: Nouns that head an organisation's name without being in ``organisation_heads.tsv`` (they
#: also join the parts of one name there): قوات سوريا الديمقراطية، ائتلاف دولة القانون.
_SHORT_NAME_HEADS = frozenset({"قوات", "ائتلاف", "تحالف"})
#: Nouns before a quotation that name something else by an organisation's words: a treaty, a
#: battle, a slogan (اتفاقية "حظر الأسلحة الكيمياوية", معركة "حظر الأسلحة الكيماوية").
_OTHER_HEADS = frozenset(
    normalize_word(w)
    for w in ("اتفاقية", "الاتفاقية", "معاهدة", "اتفاق", "معركة", "شعار", "قانون", "مؤتمر")
)


def _quoted_spans(
    words: Sequence[str],
) -> list[tuple[int, int, int, str, bool, frozenset[str]]]:
    """(head, first, last, label, spreads, kept) of each name in quotation marks after a noun of
    ``data/quoted_heads.tsv``: ``words[first:last]``, the marks around it (and a stop or colon
    before the closing one), the noun at ``head``. One word that is an indefinite adjective
    (منظمة "إرهابية"، شركة "وهمية") is no name, nor a number alone a title (للسفينة "31"; but
    لموقع "24" is a site). Since stop 80 a work's noun (labelled MISC) announces its title
    with a pronoun joined too (كتابه "النبي", "his book"; :func:`_work_reading`) and with up
    to two adjectives between (:func:`_title_adjective`: مسلسله الجديد "أرض النفاق"): 96 such
    titles in 20,004 ANT articles' odd lines, two in three of them untagged or tagged as a
    person or a place."""
    if _OPENING.isdisjoint(words):
        return []  # most sentences quote nothing
    heads = _quoted_heads()
    spans = []
    # (noun, mark): the noun right before the mark, or before one or two adjectives before it
    # (فيلمه الأخير "مولانا", المسلسل التلفزيوني "كروس")
    pairs = []
    for opening in range(1, len(words) - 2):
        if words[opening] not in _OPENING:
            continue
        for i in range(opening - 1, max(opening - 4, -1), -1):
            if i < opening - 1 and not _title_adjective(words[i + 1]):
                break
            if i < len(words) - 3:
                pairs.append((i, opening))
    for i, opening in sorted(pairs):
        reading = _head_reading(words[i])
        work = reading is None or opening > i + 1
        if work:  # كتابه "النبي", أغنيته الجديدة "عيش بشوقك": a work's noun only
            reading = reading if reading is not None else _work_reading(words[i])
            if reading is None or heads[reading].label != "MISC":
                continue
            if reading == _PROGRAMME and not _STATE_PROGRAMMES.isdisjoint(
                map(normalize_word, words[i + 1 : opening])
            ):
                continue  # البرنامج البالستي "...": a state's programme, no show
        label, spreads, longest, kept, _unquoted, _with_article = heads[reading]
        start = opening + 1
        if words[start] == words[opening]:  # a doubled mark: '' written as two '
            start += 1
        close = _closing_mark(words, start, longest)
        if close is None:
            continue
        end = close  # a full stop or colon inside the marks (مجموعة "أرامكو.") is no part of it
        while end - 1 > start and words[end - 1] in _SENTENCE_MARKS:
            end -= 1
        if end - start == 1 and _indefinite_adjective(words[start]):
            continue
        if label == "MISC" and not any(c.isalpha() for word in words[start:end] for c in word):
            continue  # للسفينة "31": a number, no title (لموقع "24" is a site)
        spans.append((i, start, end, label, spreads, kept))
    return spans


#: Adjectives with the article that stand between a work's noun and its title in quotation
#: marks (فيلمه الأخير "مولانا", ألبومها الجديد "..."), besides a nisba (:func:`_title_adjective`).
#: The noun برنامج, normalised: a show, or after these adjectives a state's programme.
_PROGRAMME = normalize_word("برنامج")
_STATE_PROGRAMMES = frozenset(
    normalize_word(w)
    for w in ("البالستي", "الباليستي", "الصاروخي", "الاقتصادي", "الإصلاحي", "الانتخابي",
              "الحكومي", "السياسي", "التدريبي", "الإنمائي")
)
_TITLE_ADJECTIVES = frozenset(
    normalize_word(w)
    for w in (
        "الجديد", "الجديدة", "الأخير", "الأخيرة", "الشهير", "الشهيرة",
        "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة",
    )
)  # fmt: skip


def _title_adjective(word: str) -> bool:
    """الجديد، الأخير، الشهير (:data:`_TITLE_ADJECTIVES`) or a nisba with the article (الوثائقي،
    التلفزيوني، الكوميدي), as written after a work's noun."""
    norm = normalize_word(word)
    return norm in _TITLE_ADJECTIVES or _article_nisba(word)


def _article_nisba(word: str) -> bool:
    """A nisba adjective with the article as written, of four letters or more before its ي
    (التلفزيوني، الوثائقى، الكوميدية; not المسمى "named", nor النووي of a state's programme)."""
    written = dediac(word)
    if not written.startswith("ال"):
        return False
    body = written[2:]
    core = body[:-2] if body.endswith("ية") else body[:-1] if body.endswith(("ي", "ى")) else ""
    return len(core) >= 4


#: Pronouns joined to a noun: his, her, their (two), their.
_NOUN_PRONOUNS = ("هما", "هم", "ها", "ه")


def _work_reading(word: str) -> str | None:
    """The noun of ``data/quoted_heads.tsv`` labelled MISC (a work's) that ``word`` is with a
    pronoun joined (كتابه، فيلمها، بمسلسله، أغنيته: ة written ت before it), else None; not
    كتابة ("writing"), whose ة normalises as the pronoun's ه."""
    from pipeline.taggers.features import readings

    heads = _quoted_heads()
    norm, written = normalize_word(word), dediac(word)
    for pronoun in _NOUN_PRONOUNS:
        stem = norm.removesuffix(pronoun)
        if stem == norm or len(stem) < 3 or not written.endswith(pronoun):
            continue
        for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else ""):
            found = next((r for r in readings(form) if r in heads), None) if form else None
            if found is not None and heads[found].label == "MISC":
                return found
    return None


#: Nouns of ``data/quoted_heads.tsv`` before which a word in the Latin script is as often a
#: kind as a name (شبكة Wi-Fi, "a Wi-Fi network"), or names another label than the noun's
#: (سلسلة Galaxy A, a series of phones, not a chain of shops).
_NOT_LATIN_HEADS = frozenset({"شبكه", "سلسله"})
#: Most digits of a figure that goes on a name in the Latin script (Factor 5; not the price of
#: هاتف PHAB2 Plus 999 دينار).
MAX_LATIN_FIGURE = 2
#: A word with a letter of the Latin script (Mosaic, eBay, O3).
_LATIN_WORD = re.compile(r"[A-Za-z]")


def latin_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with untagged words in the Latin script right after a noun of
    ``data/quoted_heads.tsv`` tagged as one name with the noun's label, as if in quotation marks
    (شركة Select Medical، من إنتاج شركة Aevum، قناة sbc: ORG; تطبيق Duolingo: MISC): the news
    writes a foreign name in its own script there, and no common word. A figure after the Latin
    words is part of the name (شركة Factor 5), and so is a name the tagger began right after
    them, of the noun's label or in the Latin script (طراز B-21 + Raider; مجموعة Republic of +
    Florida); up to the noun's most words (``max_words``). جامعة is part of the university's
    name (جامعة MIT, as :func:`headed_names` has it); a noun whose `article` column says so
    announces no name with the article. Not after :data:`_NOT_LATIN_HEADS` (شبكة Wi-Fi).

    >>> latin_names([["مع", "شركة", "Select", "Medical", "لتشغيل"]], [["O"] * 5])
    [['O', 'O', 'B-ORG', 'I-ORG', 'O']]
    """
    heads = _quoted_heads()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(len(words) - 1):
            if row[i] != OUTSIDE or row[i + 1] != OUTSIDE or not _LATIN_WORD.search(words[i + 1]):
                continue
            reading = _head_reading(words[i])
            if reading is None or reading in _NOT_LATIN_HEADS:
                continue
            head = heads[reading]
            end = i + 2
            while (
                end < len(words)
                and end - i - 1 < head.longest
                and row[end] == OUTSIDE
                and (
                    _LATIN_WORD.search(words[end])
                    or (words[end].isdigit() and len(words[end]) <= MAX_LATIN_FIGURE)
                )
            ):
                end += 1
            # a name the tagger began right after, in the Latin script or of the noun's label:
            # B-21 + Raider MISC, Republic of + Florida LOC
            if end < len(row) and row[end].startswith("B-") and (
                row[end] == f"B-{head.label}" or _LATIN_WORD.search(words[end])
            ):
                end += 1
                while end < len(row) and row[end].startswith("I-"):
                    end += 1
            first = i if reading == "جامعه" else i + 1
            row[first:end] = [f"B-{head.label}"] + [f"I-{head.label}"] * (end - first - 1)
    return result


@cache
def _company_words() -> frozenset[str]:
    """The words that end a company's name written in English (``data/company_words.tsv``),
    without diacritics."""
    return frozenset(dediac(row["word"]) for row in load_tsv("company_words.tsv"))


def device_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name that opens with a device's (``data/product_names.tsv``, kind
    device: آيفون، أندرويد، ويندوز; kind line before another word: غالاكسي نوت) labelled a
    product, MISC, as ANERcorp labels a maker's models: the tagger took "غالاكسي نوت" and آيفون
    إكس for organisations, غالاكسي إس for a person. غالاكسي alone is Los Angeles's club too.
    A product's name and the model's letters in Latin after it, each a MISC of its own, are
    one (:data:`_MODEL_CODE`: آيفون X، iPhone XR، MacBook Pro), and so are a device's name and
    such letters, either of them untagged (شبيه بآيفون X).

    >>> device_names([["هاتف", "غالاكسي", "نوت", "9"], ["مع", "غالاكسي"]],
    ...              [["O", "B-ORG", "I-ORG", "O"], ["O", "B-ORG"]])
    [['O', 'B-MISC', 'I-MISC', 'O'], ['O', 'B-ORG']]
    """
    from pipeline.taggers.features import readings

    kinds = _words_by_kind("product_names.tsv")
    devices, lines = kinds.get("device", frozenset()), kinds.get("line", frozenset())
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            forms = set(readings(words[first]))
            if label == "MISC" or (
                forms.isdisjoint(devices) and (last - first < 2 or forms.isdisjoint(lines))
            ):
                continue
            row[first:last] = ["B-MISC"] + ["I-MISC"] * (last - first - 1)
        if "B-MISC" not in row:
            continue
        for first, last, label in tags_to_ranges(list(row)):
            if label != "MISC" or last == len(row) or not _MODEL_CODE.fullmatch(words[last]):
                continue
            if row[last] == "B-MISC" or (
                row[last] == OUTSIDE and not devices.isdisjoint(readings(words[first]))
            ):
                row[last] = "I-MISC"  # آيفون + X (بلس), MacBook + Pro: the model's letters
        for at in range(1, len(row)):
            if (
                row[at] == "B-MISC"
                and row[at - 1] == OUTSIDE
                and _MODEL_CODE.fullmatch(words[at])
                and not devices.isdisjoint(readings(words[at - 1]))
            ):
                row[at - 1 : at + 1] = ["B-MISC", "I-MISC"]  # بآيفون + X: the device untagged
    return result


#: A model's letters or word in Latin after a product's name (آيفون X، iPhone XR، PHAB2 Pro):
#: the tagger tagged them a MISC of their own (35 times in 20,004 ANT articles).
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{0,2}|Pro|Plus|Max|Mini|Lite|Air|Pad|Ultra")


def company_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name of two words or more that ends in a word of an English company's
    name (``data/company_words.tsv``: كابيتال، إكونوميكس، موتورز، بنك) labelled an
    organisation: the tagger took such names for persons (الراجحي كابيتال، كابيتول إكونوميكس),
    places (دويتشه بنك) or titles in quotation marks (أكسفورد إيكونوميكس).

    >>> company_names([["قالت", "الراجحي", "كابيتال", "إن"]], [["O", "B-PER", "I-PER", "O"]])
    [['O', 'B-ORG', 'I-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(list(row)):
            if label != "ORG" and last - first >= 2 and dediac(words[last - 1]) in _company_words():
                row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


def agency_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the name right after وكالة الأنباء and its feminine adjectives tagged ORG:
    the agency (وكالة الأنباء الأردنية "بترا"، وكالة الأنباء التركية الرسمية (الأناضول)), which
    the tagger takes for a place, a person or a product, its names being places and given
    names. In quotation marks or brackets whatever the tagger made of it; without them only a
    place (وكالة الأنباء التركية الأناضول), for after لوكالة الأنباء الفرنسية a person speaks
    (قال لوكالة الأنباء الفرنسية رونالدو شيميت), and not a place with ل or ب (وكالة الأنباء
    الرسمية لكوريا الشمالية, "North Korea's official agency"), nor one more adjective the
    tagger took for a place (وكالة الأنباء الرسمية السعودية).

    >>> agency_names([["وكالة", "الأنباء", "الأردنية", '"', "بترا", '"']],
    ...              [["O", "O", "O", "O", "B-LOC", "O"]])
    [['O', 'O', 'O', 'O', 'B-ORG', 'O']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "ORG" or last - first > MAX_AGENCY_WORDS:
                continue
            k = first - 1
            marked = k >= 0 and words[k] in _OPENING | {"("}
            k -= marked
            adjectives = 0
            while k >= 0 and _nisba_adjective(words[k]):
                k, adjectives = k - 1, adjectives + 1
            if k < 1 or not adjectives or "انباء" not in readings(words[k]):
                continue
            if "وكاله" not in readings(words[k - 1]):
                continue
            bare = normalize_word(words[first])
            place = label == "LOC" and not _nisba_adjective(words[first])  # الرسمية السعودية
            if marked or (place and (bare.startswith("ال") or bare[:1] not in "لب")):
                row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


#: Most words of a news agency's name after وكالة الأنباء (:func:`agency_names`: دي بي آي).
MAX_AGENCY_WORDS = 3


def _nisba_adjective(word: str) -> bool:
    """التركية، الرسمية، الكورية: an adjective with the article and the feminine nisba ending."""
    norm = normalize_word(word)
    return norm.startswith("ال") and norm.endswith("يه") and len(norm) > 5


def _indefinite_adjective(word: str) -> bool:
    """إرهابية، وهمية: a feminine nisba adjective (ـية, with ta marbuta) without the article,
    which a news text quotes after منظمة or شركة as a description, not a name. A name written
    with ه (بولوريه، أوليه، شيفروليه) is no adjective; تقنية, a Saudi company, is lost."""
    norm = normalize_word(word)
    return not norm.startswith("ال") and word.endswith("ية") and len(norm) > 4


def drop_nisba_phrases(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a miscellaneous name of two words that are a common noun and an
    indefinite nisba adjective after it (:func:`_indefinite_adjective`), neither with the
    article: a description the tagger took for a title or an event, often in quotation marks
    (تجنيب العالم "كارثة نووية", "a nuclear disaster"; حرب نفسية، مسألة عائلية، جروح سطحية,
    32 such names in 20,004 ANT articles' odd lines, about 25 of them wrong). The noun is a word
    the news writes often (``data/vec_clusters.tsv``); the adjective no word with و, ب or ل
    on a word the news writes (ونهاية of the film بداية ونهاية, بولاية). A title after a noun
    of ``data/quoted_heads.tsv`` is MISC again (:func:`quoted_names` comes after).

    >>> drop_nisba_phrases([["تجنيب", "العالم", '"', "كارثة", "نووية", '"']],
    ...                    [["O", "O", "O", "B-MISC", "I-MISC", "O"]])
    [['O', 'O', 'O', 'O', 'O', 'O']]
    """
    from pipeline.taggers.features import vec_clusters

    def adjective(word: str) -> bool:
        norm = normalize_word(word)
        joined = norm[:1] in ("و", "ب", "ل", "ف") and (
            norm[1:] in vec_clusters() or norm.startswith("لل")
        )
        return _indefinite_adjective(word) and not joined

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-MISC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "MISC" or last - first != 2:
                continue
            noun = normalize_word(words[first])
            if noun.startswith("ال") or noun not in vec_clusters():
                continue
            if adjective(words[first + 1]):
                row[first:last] = [OUTSIDE] * 2
    return result


class _Head(NamedTuple):
    """A noun of ``data/quoted_heads.tsv``: the label of the name it announces, whether that name
    spreads to its repeats, its most words, the labels a name the tagger tagged keeps, the labels
    an unquoted name right after it trades for its own, and whether it announces one with the
    article too."""

    label: str
    spreads: bool
    longest: int
    kept: frozenset[str]
    unquoted: frozenset[str]
    with_article: bool


@cache
def _quoted_heads() -> dict[str, _Head]:
    """``data/quoted_heads.tsv``: normalised noun -> its :class:`_Head`."""
    return {
        normalize_word(row["word"]): _Head(
            row["label"],
            row["spreads"] == "yes",
            int(row["max_words"] or MAX_TITLE_WORDS),
            frozenset(row["keeps"].split()),
            frozenset(row["unquoted"].split()),
            row["article"] != "no",
        )
        for row in load_tsv("quoted_heads.tsv")
    }


def headed_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name the tagger tagged right after a noun of ``data/quoted_heads.tsv``,
    without quotation marks, given the noun's label when the tagger's label is one the noun's
    `unquoted` column lists: a person's name after ملعب is the stadium's (ملعب سانتياغو برنابيو:
    MISC), an organisation's (ملعب برشلونة, the club's ground) stays; a place, an organisation
    or a person after جامعة is the university's (جامعة ماريلاند، جامعة أوكسفورد، جامعة محمد
    علي: ORG, the noun inside the name, as ``data/triggers.tsv`` has it and ANERcorp tags it),
    but not a place with ل or ب on it (رؤية جامعة لمصر, "a vision uniting Egypt"), nor a
    person after the noun with the article (رئيس الجامعة حسن جونين, its president). A name
    after حي is a quarter's (حي خالد بن الوليد: LOC), but not after من وحي ("inspired by"). A
    name the tagger began at the noun itself loses the noun, unless the noun is part of its
    names. A rank between the noun and the name (مطار الملك خالد الدولي، ملعب الملك فهد) is the
    name's first word, and so is ولاية between جامعة and a place (جامعة ولاية أوهايو). A place
    after نادي is its club's (نادي حمام الأنف: ORG), and a club's name of ``data/clubs.tsv`` the
    tagger began at نادي loses the noun (نادي برشلونة: O B-ORG, as ANERcorp tags 19 of 25).

    >>> headed_names([["على", "ملعب", "سانتياغو", "برنابيو"]], [["O", "O", "B-PER", "I-PER"]])
    [['O', 'O', 'B-MISC', 'I-MISC']]
    >>> headed_names([["إلى", "مطار", "الملك", "خالد", "الدولي"]],
    ...              [["O", "O", "O", "B-PER", "I-PER"]])
    [['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC']]
    >>> headed_names([["في", "جامعة", "ماريلاند"], ["رؤية", "جامعة", "لمصر"]],
    ...              [["O", "O", "B-LOC"], ["O", "O", "B-LOC"]])
    [['O', 'B-ORG', 'I-ORG'], ['O', 'O', 'B-LOC']]
    """
    from pipeline.taggers.features import readings, trigger_of

    heads = _quoted_heads()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            at = first
            reading = _head_reading(words[first]) if last - first > 1 else None
            if reading is None and first > 0 and row[first - 1] == OUTSIDE:
                at, reading = first - 1, _head_reading(words[first - 1])
                if reading is None and first > 1 and row[first - 2] == OUTSIDE:
                    # مطار الملك خالد: a rank between the noun and the name is the name's
                    reading = _head_reading(words[first - 2])
                    rank = normalize_word(words[first - 1])
                    if reading is not None and (
                        (rank.startswith("ال") and rank in _titles())
                        # جامعة ولاية أوهايو: a state's university, ولاية in its name
                        or (rank == "ولايه" and reading == normalize_word("جامعة"))
                    ):
                        at, first = first - 2, first - 1
                    else:
                        reading = None
            if reading in _TEAM_NOUNS and at == first and label == "ORG":
                if _club_at(words, first + 1, last):  # نادي برشلونة: the club's name alone
                    row[first], row[first + 1] = OUTSIDE, "B-ORG"
                continue
            if reading is None or label not in heads[reading].unquoted:
                continue
            if _to_known_name(words[first]):
                continue  # رؤية جامعة لمصر, "a vision uniting Egypt": no university's name
            if at > 0 and normalize_word(words[at - 1]) == "من" and words[at] == "وحي":
                continue  # من وحي داعش, "inspired by ISIS": revelation, no quarter
            head_label = heads[reading].label
            if label == "PER" and head_label == "ORG" and "ال" + reading in readings(words[at]):
                continue  # رئيس الجامعة حسن جونين: the university's president, not its name
            if label == "LOC" and last - first > 1 and _nationality_adjective(words[last - 1]):
                last -= 1  # بجريدة الرياض السعودية: the paper's nationality, no part of it
                row[last] = OUTSIDE
            if f"{head_label}=" in trigger_of(words[at]) and reading not in _TEAM_NOUNS:
                start = at  # a head that is the name's first word (جامعة ماريلاند) stays in it,
                # but not a club's noun: نادي مانشستر يونايتد, O B-ORG in ANERcorp 19 times of 25
            else:
                row[at] = OUTSIDE
                start = max(first, at + 1)
            row[start:last] = [f"B-{head_label}"] + [f"I-{head_label}"] * (last - start - 1)
    return result


def _club_at(words: Sequence[str], first: int, last: int) -> bool:
    """Whether ``words[first:last]`` begins with a club's name of ``data/clubs.tsv`` (ريال مدريد
    of ريال مدريد الإسباني; not كرة القدم of نادي كرة القدم)."""
    from pipeline.taggers.features import readings

    rest = [normalize_word(w) for w in words[first + 1 : last]]
    names = _club_names()
    return any(
        " ".join([reading, *rest[:n]]) in names
        for reading in readings(words[first])
        for n in range(len(rest) + 1)
    )


@cache
def _media_names() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """``data/media_names.tsv``: first normalised word -> (the name's normalised words, its
    head nouns), the longest names first."""
    found: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = defaultdict(list)
    for row in load_tsv("media_names.tsv"):
        name = tuple(normalize_word(w) for w in row["name"].split())
        heads = frozenset(normalize_word(w) for w in row["heads"].split())
        found[name[0]].append((name, heads))
    return {k: tuple(sorted(v, key=lambda n: -len(n[0]))) for k, v in found.items()}


def _media_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) of each name of ``data/media_names.tsv`` right after one of its head nouns
    without the article (صحيفة الحياة، لقناة نسمة; not الصحيفة الحياة)."""
    from pipeline.taggers.features import readings

    names = _media_names()
    spans = []
    for i in range(1, len(words)):
        found = names.get(normalize_word(words[i]))
        if not found:
            continue
        forms = readings(words[i - 1])
        for name, heads in found:
            end = i + len(name)
            if (
                tuple(normalize_word(w) for w in words[i:end]) == name
                and not heads.isdisjoint(forms)
                and not any("ال" + head in forms for head in heads)
            ):
                spans.append((i, end))
                break
    return spans


def media_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a paper's, channel's or agency's name of ``data/media_names.tsv``, whose
    words are common ones (الحياة "life", نسمة "a breeze"), tagged as an organisation where it
    stands untagged right after its head noun without the article (صحيفة الحياة، لقناة نسمة،
    وكالة أعماق; the head outside, as ANERcorp tags جريدة الحياة). Such a name does not spread
    to its repeats (:func:`spread_names`).

    >>> media_names([["ذكرت", "صحيفة", "الحياة", "أن"]], [["O", "O", "O", "O"]])
    [['O', 'O', 'B-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last in _media_spans(words):
            if all(tag == OUTSIDE for tag in row[first:last]):
                row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


def _quoted_media_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) of each name of ``data/media_names.tsv`` alone in quotation marks that is
    surely the paper or channel: of two words or more (« الشرق الأوسط »، "القدس العربي"), after
    نقلا عن ("reprinted from": نقلا عن "الخليج" الإماراتية), or of one word after a word that
    cites it (:data:`_CITING`) and before the paper's feminine nationality adjective (بحسب
    "البيان" الإماراتية; not انطلاقة "الثورة" السورية, "the Syrian revolution", nor المشاركة
    "العربية"), or after a word of the channel's or paper's work (:func:`_media_context`: مراسل
    "العربية"، في مقابلة مع "العربية"، قال لـ"الحياة")."""
    from pipeline.taggers.features import readings

    names = _media_names()
    spans = []
    for i in range(len(words) - 2):
        if words[i] not in _OPENING:
            continue
        for name, _heads in names.get(normalize_word(words[i + 1]), ()):
            end = i + 1 + len(name)
            if end >= len(words) or words[end] not in _CLOSING:
                continue
            if tuple(normalize_word(w) for w in words[i + 1 : end]) != name:
                continue
            reprinted = i >= 2 and [normalize_word(w) for w in words[i - 2 : i]] == ["نقلا", "عن"]
            described = (
                end + 1 < len(words)
                and normalize_word(words[end + 1]).endswith("يه")
                and _nationality_adjective(words[end + 1])
                and i > 0
                and not _CITING.isdisjoint(readings(words[i - 1]))
            )
            if len(name) >= 2 or reprinted or described or _media_context(words, i):
                spans.append((i + 1, end))
                break
    return spans


#: Words right before a channel's or paper's name in quotation marks that make it the channel
#: or the paper (مراسل "العربية"، كاميرا "العربية"، عبر شاشة "الحدث").
_MEDIA_BEFORE = frozenset(
    normalize_word(w)
    for w in (
        "مراسل", "مراسلة", "مراسلو", "موفد", "موفدة", "كاميرا", "شاشة", "نشرة", "قناتي",
        "لقناتي", "لـ",
    )
)  # fmt: skip
#: Nouns of an interview before مع and a channel's or paper's name (في مقابلة مع "العربية").
_INTERVIEW_NOUNS = frozenset(
    normalize_word(w) for w in ("مقابلة", "لقاء", "حوار", "حديث", "اتصال", "مقابلته", "لقائه")
)


def _media_context(words: Sequence[str], opening: int) -> bool:
    """Whether the word before a quotation mark at ``opening`` makes the one-word name of a
    channel or paper inside it the channel or the paper: a reporter, camera or screen of it, لـ
    ("told": قال لـ"العربية") or مع after an interview (في مقابلة مع "العربية"; not المشاركة
    "العربية", "the Arab participation")."""
    from pipeline.taggers.features import readings

    if opening == 0:
        return False
    before = words[opening - 1]
    if normalize_word(before) in _MEDIA_BEFORE or not _MEDIA_BEFORE.isdisjoint(readings(before)):
        return True
    return (
        normalize_word(before) == "مع"
        and opening >= 2
        and not _INTERVIEW_NOUNS.isdisjoint(readings(words[opening - 2]))
    )


#: Words that cite a paper before its name in quotation marks ("according to", "reported"):
#: بحسب "البيان" الإماراتية، ذكرت "الرياض" السعودية.
_CITING = frozenset(
    normalize_word(w)
    for w in (
        "بحسب", "حسب", "وفق", "وفقا", "عن", "نشرت", "نشرته", "نشرتها", "ذكرت", "أوردت",
        "قالت", "كتبت", "لصحيفة", "صحيفة", "جريدة", "لجريدة",
    )
)


def quoted_media(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a paper's or channel's name of ``data/media_names.tsv`` alone in quotation
    marks tagged ORG where it is surely the paper (:func:`_quoted_media_spans`: قال لـ « الشرق
    الأوسط »، نقلا عن "الرياض" السعودية), which the tagger took for the region or the city or
    left untagged: ANERcorp tags such a quoted paper ORG 15 times of 21 (the region 4 times,
    of the same « الشرق الأوسط »). Such a name does not spread (:func:`spread_names`): the
    Middle East elsewhere in the article stays a place.

    >>> quoted_media([["وقال", "لـ", "«", "الشرق", "الأوسط", "»"]],
    ...              [["O", "O", "O", "B-LOC", "I-LOC", "O"]])
    [['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last in _quoted_media_spans(words):
            if row[first - 1] == OUTSIDE and row[last] == OUTSIDE:
                row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


#: The most words a paper's name has in a column's credit line (اليوم السابع).
_MAX_CREDITED_WORDS = 3
#: The nouns of a paper before its name in a credit line, left outside the name.
_PAPER_NOUNS = frozenset(normalize_word(w) for w in ("صحيفة", "جريدة", "مجلة"))
#: The nouns of a paper or a channel before its name in quotation marks (جريدة "المنتخب").
_MEDIA_NOUNS = _PAPER_NOUNS | {normalize_word("قناة")}


def credited_papers(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags of a column's credit line, a sentence of its own that names the paper the
    column is reprinted from (``*نقلاً عن الرؤية الإماراتية``، ``نقلا عن عكاظ السعودية``):
    the name between نقلا عن and the paper's feminine nationality adjective that ends the
    line is the paper, ORG (as ANERcorp tags صحيفة الأهرام B-ORG القاهرية O), the adjective
    outside it. The tagger read such a line as the city (الرياض), the country (السعودية) or
    nothing: 179 of 198 such lines in 20,004 ANT articles named no paper (this finds 177 of
    them). A quoted name is :func:`quoted_media`'s; a line that goes on after the adjective
    is no credit line.

    >>> credited_papers([["*", "نقلاً", "عن", "عكاظ", "السعودية"]],
    ...                 [["O", "O", "O", "O", "B-LOC"]])
    [['O', 'O', 'O', 'B-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last in _credited_spans(words):
            row[first : last + 1] = ["B-ORG"] + ["I-ORG"] * (last - first - 1) + [OUTSIDE]
    return result


def _credited_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) of the paper's name in a column's credit line (:func:`credited_papers`),
    the nationality adjective at ``last``; none in any other sentence."""
    start = 0
    while start < len(words) and words[start] == "*":
        start += 1
    end = len(words)
    while end > start and not any(ch.isalpha() for ch in words[end - 1]):
        end -= 1  # the line's final full stop
    first, last = start + 2, end - 1  # the name's words, and the adjective at last
    if first < last and normalize_word(words[first]) in _PAPER_NOUNS:
        first += 1  # نقلا عن صحيفة الرياض السعودية: the noun outside the name
    if (
        [normalize_word(w) for w in words[start : start + 2]] != ["نقلا", "عن"]
        or not 1 <= last - first <= _MAX_CREDITED_WORDS
        or not words[last].endswith("ية")
        or not _nationality_adjective(words[last])
        or not all(w.isalpha() for w in words[first:last])
    ):
        return []
    return [(first, last)]


def _head_reading(word: str) -> str | None:
    """The reading of ``word`` that is a noun of ``data/quoted_heads.tsv`` (وبرنامج -> برنامج),
    None for a noun its `article` column says announces no name with the article (الملعب)."""
    from pipeline.taggers.features import readings

    heads = _quoted_heads()
    found = readings(word)
    reading = next((r for r in found if r in heads), None)
    if reading is not None and not heads[reading].with_article and "ال" + reading in found:
        return None  # الملعب "مسلحا": the pitch, no stadium's name
    return reading


#: Longest part of a dotted acronym (سي.إن.إن، د.ب.أ، إم.إس.سي.آي، بي.دبليو.سي), in letters.
MAX_ACRONYM_PART = 5


def dotted_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each dotted acronym of three parts or more (سي . إن . إن، د . ب . أ: parts
    of one to four letters) and each website (العربية . نت: ``data/site_suffixes.tsv``) one
    ORG, as the tokenizer leaves them cut at their dots (with the words after it that the
    tagger's span went on to); a span the tagger gave exactly those words keeps its label. Two
    single letters (ت.غ) are an author's initials, and stay.

    >>> dotted_names([["لـ", "العربية", ".", "نت"]], [["O", "B-PER", "O", "O"]])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "." not in words[1:-1]:
            continue  # no dot inside the sentence: nothing to join
        i = 0
        while i < len(words):
            j = i
            while j + 2 < len(words) and words[j + 1] == "." and words[j + 2].isalpha():
                j += 2
            parts = words[i : j + 1 : 2]
            acronym = len(parts) >= 3 and all(
                p.isalpha() and len(p) <= MAX_ACRONYM_PART for p in parts
            )
            site = (
                len(parts) == 2
                and words[i].isalpha()
                and (normalize_word(parts[1]) in _words("site_suffixes.tsv"))
            )
            if not (acronym or site):
                i += 1
                continue
            end = j + 1
            own = row[i].startswith("B-") and all(t == "I-" + row[i][2:] for t in row[i + 1 : end])
            own = own and (end == len(row) or not row[end].startswith("I-"))
            if not own:
                row[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
                while end < len(row) and row[end].startswith("I-"):
                    row[end] = "I-ORG"  # the tagger's span went on: بي.دبليو.سي للخدمات
                    end += 1
            i = end
    return result


@cache
def _latin_acronyms() -> dict[str, str]:
    """The gazetteer's Latin acronyms (CNN, BBC, NATO, G20) and their labels, as written."""
    from pipeline.taggers.features import GAZETTEER_FILE

    return {
        row["name"]: row["label"] for row in load_tsv(GAZETTEER_FILE) if _is_acronym(row["name"])
    }


def _is_acronym(word: str) -> bool:
    """Two to six capital Latin letters or digits, beginning with a letter (CNN, G20; not US$)."""
    return (
        2 <= len(word) <= 6
        and word.isascii()
        and word.isalnum()
        and word[0].isalpha()
        and word.isupper()
    )


#: A proclitic written with ـ before a Latin name (لـCNN، وبـCNN).
_LATIN_CLITIC = re.compile(r"^و?[لب]ـ(?=[A-Za-z])")


def latin_acronyms(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each untagged Latin acronym of the gazetteer (CNN, BBC, NATO), written in
    capitals as it is there, given the gazetteer's label: the training corpora are Arabic
    script only, so the tagger has learnt nothing of them and leaves ``(CNN)`` of a CNN Arabic
    dateline untagged. A preposition written on it with ـ (لـCNN، بـCNN) stays in the span, as
    on an Arabic name.
    Any other acronym, untagged or taken alone for MISC, is an organisation's right after the
    noun of one (``data/organisation_heads.tsv``: شركة MSC، قناة TRT، مجموعة BMG) or after an
    organisation's name, in brackets or not (حزب الاتحاد الديمقراطي الكردي (PYD)، بنك
    الاستثمار الأوروبي EIB): its initials; letters only (a model has digits: هواوي "P9").

    >>> latin_acronyms([["دبي", "(", "CNN", ")"], ["يتحدث", "لـCNN", "عن"]],
    ...                [["B-LOC", "O", "O", "O"], ["O", "O", "O"]])
    [['B-LOC', 'O', 'B-ORG', 'O'], ['O', 'B-ORG', 'O']]
    >>> latin_acronyms([["قالت", "شركة", "PWC"], ["حزب", "الاستقلال", "(", "UKIP", ")"]],
    ...                [["O", "O", "B-MISC"], ["B-ORG", "I-ORG", "O", "O", "O"]])
    [['O', 'O', 'B-ORG'], ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'O']]
    """
    heads = _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i, word in enumerate(words):
            word = _LATIN_CLITIC.sub("", word)
            if not _is_acronym(word):
                continue
            if row[i] == OUTSIDE and word in _latin_acronyms():
                row[i] = f"B-{_latin_acronyms()[word]}"
                continue
            alone = i + 1 == len(words) or not row[i + 1].startswith("I-")
            # letters only: a model has digits (هاتف هواوي "P9")
            if row[i] not in (OUTSIDE, "B-MISC") or not alone or not word.isalpha():
                continue
            bracketed = i > 0 and words[i - 1] in _OPENING | {"("}
            j = i - 2 if bracketed else i - 1
            # three letters or more after a name without brackets (a product: أبل XS)
            initials = bracketed or len(word) >= 3
            if j >= 0 and (
                (row[j].endswith("-ORG") and initials)
                or (row[j] == OUTSIDE and not heads.isdisjoint(_heads_read(words[j])))
            ):
                row[i] = "B-ORG"
    return result


def spelled_acronyms(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name of two words or more that are all Latin letters spelt
    out (``data/letter_names.tsv``: دبليو إس، دي بي، بي سي) made an organisation's initials,
    with the letters around it that the tagger left out (إن + إتش سي، آي + دي سي): 31 such
    "persons" in 20,004 ANT articles, most of them the end of an acronym, became 30 initials,
    24 of them an organisation's (the rest a rating, a standard or a model's: إيه إيه، إل تي
    إي، وآي آر, no persons either). A letter that is
    also a word (إن "that", أو "or", في "in") is taken in only inside brackets or quotation
    marks that open right before it ((إن إتش سي); not قال إن بي بي سي, "said that the
    BBC"). One letter alone is a person's initial (إي. لين براون) and stays.

    >>> spelled_acronyms([["(", "إن", "إتش", "سي", ")"]], [["O", "O", "B-PER", "I-PER", "O"]])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']]
    """
    letters = _words("letter_names.tsv")
    function_words = _words("function_words.tsv")

    def letter(word: str, bracketed: bool = True) -> bool:
        norm = normalize_word(word)
        return norm in letters and (bracketed or norm not in function_words)

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < 2 or not all(map(letter, words[first:last])):
                continue
            while (
                first > 0
                and row[first - 1] == OUTSIDE
                and letter(words[first - 1], first > 1 and words[first - 2] in _OPENING | {"("})
            ):
                first -= 1
            while last < len(words) and row[last] == OUTSIDE and letter(words[last], False):
                last += 1
            row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


#: The article, with a preposition written onto it (الجزيرة، للجزيرة، بالجزيرة).
_ARTICLES = ("ال", "لل", "بال", "كال")


def drop_demonstrated(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a span whose first word has the article and follows a demonstrative
    (``data/demonstratives.tsv``: هذه الجزيرة "this island", هذا المونديال, هذه المنظمة
    الدولية): a common noun, as ANERcorp train has it after 695 of the 696 such words. Not a
    place: وهذا الأردن أردنا ("and this Jordan is our Jordan"), هذا الخليج الفارسي.

    >>> drop_demonstrated([["وصلوا", "إلى", "هذه", "الجزيرة"]], [["O", "O", "O", "B-ORG"]])
    [['O', 'O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    pointers = _words("demonstratives.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "LOC" or first == 0 or pointers.isdisjoint(readings(words[first - 1])):
                continue
            word = words[first][1:] if words[first][:1] in "وف" else words[first]
            if word.startswith(_ARTICLES):  # not هذه ألمانيا, "this is Germany"
                row[first:last] = [OUTSIDE] * (last - first)
    return result


#: Words that speak of an island, normalised, a proclitic (و ب ل ف) stripped: the noun
#: without the article, its plural and dual, and the archipelago (جزيرة سقطرى، جزر القمر،
#: أرخبيل، الأرخبيل).
_ISLAND_WORDS = frozenset(
    normalize_word(w) for w in ("جزيرة", "جزيرتي", "جزر", "أرخبيل", "الأرخبيل")
)


def drop_islands(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without الجزيرة tagged alone as an organisation (the channel Al Jazeera, or
    the club) in an article that speaks of an island (:data:`_ISLAND_WORDS`): there it is
    "the island" (إعصار في جزيرة سقطرى ... قرى في الجزيرة الواقعة في بحر العرب), a common noun,
    as ANERcorp train leaves it; unless after the noun of an organisation (قناة الجزيرة,
    قناة "الجزيرة") or before a nationality adjective in the masculine (الجزيرة الإماراتي:
    the club; an island is feminine: الجزيرة الإيطالية).

    >>> drop_islands([["جزيرة", "سقطرى"], ["وصلوا", "إلى", "الجزيرة"], ["قناة", "الجزيرة"]],
    ...              [["O", "B-LOC"], ["O", "O", "B-ORG"], ["O", "B-ORG"]])
    [['O', 'B-LOC'], ['O', 'O', 'O'], ['O', 'B-ORG']]
    """

    def bare(word: str) -> str:
        norm = normalize_word(word)
        if norm.startswith("لل"):  # للجزيرة
            return "ا" + norm[1:]
        return norm[1:] if norm[:1] in "وبلف" and len(norm) > 4 else norm

    if not any(bare(w) in _ISLAND_WORDS for words in sentences for w in words):
        return [list(t) for t in tags]
    island, heads = bare("الجزيرة"), _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first != 1 or bare(words[first]) != island:
                continue
            before = first - 1 if first and words[first - 1] not in _OPENING else first - 2
            after = words[last] if last < len(words) else ""
            if before >= 0 and not heads.isdisjoint(_heads_read(words[before])):
                continue  # قناة الجزيرة
            if _nationality_adjective(after) and not normalize_word(after).endswith("ه"):
                continue  # الجزيرة الإماراتي
            row[first] = OUTSIDE
    return result


@cache
def _maqsura_words() -> frozenset[str]:
    """The words of ``data/maqsura_words.tsv`` as written, without diacritics (ى kept)."""
    return frozenset(dediac(row["word"]) for row in load_tsv("maqsura_words.tsv"))


def _maqsura_word(word: str) -> bool:
    """أودى، وأودى، بالحسنى: a word of ``data/maqsura_words.tsv`` as written (with its final
    ى, which :func:`normalize_word` reads as ي), with a proclitic or not.

    >>> _maqsura_word("وأودى"), _maqsura_word("أودي")
    (True, False)
    """
    bare = dediac(word)
    words = _maqsura_words()
    return bare in words or (bare[:1] in "وفبل" and bare[1:] in words)


def drop_feeling_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a person that is one word of ``data/feeling_names.tsv`` alone (سعيد،
    with و or not) where it is the adjective: right before a word begun with ب or ل, not بن،
    بنت or a function word (بعد، لدى: سعيد بأن "happy that", سعيد للغاية "very happy"), or
    after ميلاد or غير (عيد ميلاد سعيد "happy birthday", غير سعيد "unhappy"); not after a
    title, a verb of saying or a word that opens a name (``name_openers.tsv``: الراحل سعيد
    بلقولة، وقال سعيد بأن). After غير, a name that is an adjective too
    (``data/adjective_names.tsv``), with the article or not and with what ل begins after it, is
    the adjective (غير صالح للاستهلاك "unfit for consumption", غير السليم "the unsound").

    >>> drop_feeling_names([["قوله", ":", "سعيد", "للفوز"], ["وقال", "سعيد", "إن"]],
    ...                    [["O", "O", "B-PER", "O"], ["O", "B-PER", "O"]])
    [['O', 'O', 'O', 'O'], ['O', 'B-PER', 'O']]
    """
    from pipeline.taggers.features import readings

    feelings = _words("feeling_names.tsv")
    adjectives = feelings | _words("adjective_names.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER":
                continue
            if (
                first
                and normalize_word(words[first - 1]) == "غير"
                and normalize_word(words[first]).removeprefix("ال") in adjectives
                and all(normalize_word(w).startswith("ل") for w in words[first + 1 : last])
            ):
                # غير صالح للاستهلاك "unfit for consumption", غير السليم "the unsound"
                row[first:last] = [OUTSIDE] * (last - first)
                continue
            if last - first != 1:
                continue
            if normalize_word(words[first]).removeprefix("و") not in feelings:
                continue
            after = normalize_word(words[last]) if last < len(words) else ""
            before = normalize_word(words[first - 1]) if first else ""
            preposition = (
                after[:1] in ("ب", "ل")
                and len(after) > 2
                and after not in ("بن", "بنت")
                and after not in _words("function_words.tsv")  # وقال سعيد بعد ذلك
            )
            if first and (
                before in _words("name_openers.tsv")
                or not _titles().isdisjoint(readings(words[first - 1]))
            ):
                continue  # المغربي الراحل سعيد بلقولة، وقال سعيد بأن: the person
            if preposition or before in ("ميلاد", "غير"):
                row[first] = OUTSIDE
    return result


def drop_verbal_nouns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a name of one word of ``data/verbal_nouns.tsv`` that is the verbal noun
    there: right before one of its prepositions, alone or with a pronoun (النيل من، النيل منها,
    "undermining"; صدام بين، صدام مع, "a clash between, with"), and not after a word of the
    row's ``river_words`` (مياه النيل من إثيوبيا).

    >>> drop_verbal_nouns([["بهدف", "النيل", "من", "أمن"], ["مياه", "النيل", "من", "إثيوبيا"]],
    ...                   [["O", "B-LOC", "O", "O"], ["O", "B-LOC", "O", "B-LOC"]])
    [['O', 'O', 'O', 'O'], ['O', 'B-LOC', 'O', 'B-LOC']]
    """
    from pipeline.taggers.features import readings

    nouns = _verbal_nouns()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, _label in tags_to_ranges(row):
            if last - first != 1 or last == len(words):
                continue
            found = [nouns[form] for form in readings(words[first]) if form in nouns]
            if not found:
                continue
            prepositions, rivers = found[0]
            after = normalize_word(words[last])
            if not any(
                after == p or after.removeprefix(p) in _PRONOUN_ENDINGS for p in prepositions
            ):
                continue
            if first and not rivers.isdisjoint(readings(words[first - 1])):
                continue  # مياه النيل من إثيوبيا: the river
            row[first] = OUTSIDE
    return result


@cache
def _verbal_nouns() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """``data/verbal_nouns.tsv``: each word (normalised) -> its prepositions and river words."""
    return {
        normalize_word(row["word"]): (
            tuple(normalize_word(p) for p in row["preposition"].split()),
            frozenset(normalize_word(w) for w in row["river_words"].split()),
        )
        for row in load_tsv("verbal_nouns.tsv")
    }


def drop_said_to_me(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a person that is لي alone right after a verb of saying
    (:func:`_saying_verb`: وقال لي "he told me", قالت لي), unless the article names a person of
    two words or more with it (لي هسين لونغ, then وقال لي خلال مؤتمر: :func:`_named_words`) or
    writes it after a title or a nationality (:func:`_titled_li`: الصيني لي كه شيانغ).

    >>> drop_said_to_me([["وقال", "لي", ":", "ابتعدي"]], [["O", "B-PER", "O", "O"]])
    [['O', 'O', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    named: set[str] | None = None
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first != 1 or first == 0:
                continue
            if normalize_word(words[first]) != "لي" or not _saying_verb(words[first - 1]):
                continue
            if named is None:
                named = _named_words(sentences, tags)
                if _titled_li(sentences):
                    named.add("لي")
            if "لي" not in named:
                row[first] = OUTSIDE
    return result


def _titled_li(sentences: Sequence[Sequence[str]]) -> bool:
    """Whether the article writes لي after a title or a nationality (رئيس الوزراء الصيني لي
    كه شيانغ): a person named Li, whom وقال لي then names even where the tagger missed the
    name in full."""
    from pipeline.taggers.features import readings

    for words in sentences:
        for at in range(1, len(words)):
            if normalize_word(words[at]) != "لي":
                continue
            before = words[at - 1]
            if _saying_verb(before):
                continue  # قال is a trigger of a person too
            if _nationality_adjective(before) or not _titles().isdisjoint(readings(before)):
                return True
    return False


@cache
def _never_named() -> frozenset[str]:
    """The words of ``data/common_words.tsv`` that no person's name held where they were
    counted (``person`` 0: الديوك، المهرجان، منصبه، القلب), normalised."""
    return frozenset(
        normalize_word(row["word"]) for row in load_tsv("common_words.tsv") if row["person"] == "0"
    )


def _clause_shaped(word: str, never: set[str]) -> bool:
    """Whether ``word``, whose readings ``never`` no person's name held, is written as a word
    of the sentence (:func:`drop_unnamed_persons`): with the article as written (الديوك; not
    أليجري, whose أل is the name's), a proclitic on the word the list holds (بهجوم، كأساسي،
    والرياض, but ل only before the article) or a pronoun at its end (أنصاره، منصبه). A bare
    word may be a foreign name (ويست of كاني ويست، سيول، دينامو), and so may it after ل
    (لويست)."""
    plain = dediac(word)
    body = plain[1:] if plain[:1] in ("و", "ف") and len(plain) > 3 else plain
    if body.startswith(("أل", "إل", "آل")):
        return False  # أليجري: no article, whatever the readings strip
    # a proclitic on the word: ب، ك، و، ف (بهجوم، كأساسي، وسبعة); ل only before the article
    # (للمرة) or a pronoun, for ل on a foreign name is "of" it (لويست after كاني ويست)
    clitic = any(
        form != normalize_word(word)
        and (not body.startswith("ل") or form.startswith("ال") or body.startswith("لل"))
        for form in never
    )
    return body.startswith("ال") or clitic or plain.endswith(("ه", "ها", "هم", "هما"))


def _possessed_noun(word: str) -> bool:
    """Whether a word is a noun with a possessive pronoun at its end (ألبومه "his album",
    بسوابقه، تأخرنا، ونواحيها): its stem without و، ف، ب or ل before it, of four letters or
    more, is a word the news writes with the article (الألبوم، السوابق:
    ``data/vec_clusters.tsv``) and no given name or name a list holds; not a word in يه or ة
    (أوليه، بيكيه: foreign names). A plural or dual in the construct state has lost its ن
    (رياضيينا "our athletes", مساعدوه "his aides": الرياضيين، المساعدين).

    >>> _possessed_noun("بسوابقه"), _possessed_noun("مناسكنا"), _possessed_noun("بيكيه")
    (True, True, False)
    >>> _possessed_noun("رياضيينا"), _possessed_noun("مساعدوه")
    (True, True)
    """
    from pipeline.taggers.features import vec_clusters

    bare, norm = dediac(word), normalize_word(word)
    if bare.endswith(("ة", "يه")) or _given_name(word) is not None or _listed_name(norm):
        return False
    for ending in (*_PRONOUN_ENDINGS, "كم"):  # سوابقه، مناسكنا، رواياتكم
        if bare.endswith(ending):
            stem = norm[: -len(ending)]
            core = stem[1:] if stem[:1] in ("و", "ف", "ب", "ل") and len(stem) > 4 else stem
            if len(core) >= 4 and core[-1] in ("ي", "و", "ا") and "ال" + core not in vec_clusters():
                # a plural or dual in the construct state, its ن dropped: رياضيينا، مساعدوه
                core = core[:-1] + "ين" if core[-1] == "و" else core + "ن"
            return (
                len(core) >= 4
                and "ال" + core in vec_clusters()
                and _given_name(core) is None
                and not _listed_name(core)
            )
    return False


def drop_possessed_nouns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the names of one word that are a noun with a possessive pronoun
    (:func:`_possessed_noun`: المعروف بسوابقه "known for his record", ألبومه "his album",
    الحسيمة ونواحيها "and its surroundings"): no name is written so, but a title in quotation
    marks may be (أغنية "تأخرنا"، تطبيق "مناسكنا"). In 20,004 ANT articles 15 such mentions
    dropped, all wrong but رماده (a Tunisian town: معتمدية رماده).

    >>> drop_possessed_nouns([["المعروف", "بسوابقه", "،"]], [["O", "B-PER", "O"]])
    [['O', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, _label in tags_to_ranges(row):
            if first > 0 and words[first - 1] in _OPENING:
                continue  # a title: أغنية "تأخرنا"، تطبيق "مناسكنا"، جمعية "أجيالنا"
            if last - first == 1 and _possessed_noun(words[first]):
                row[first] = OUTSIDE
    return result


def drop_unnamed_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the persons of one word that no person's name holds where the news
    was counted (:func:`_never_named`: منتخب الديوك، تنظيم المهرجان، سيغادر منصبه، أمراض
    القلب, read with its proclitics or without), no given name nor a person's word the lists
    know (:func:`_person_word`, ``data/ant_surnames.tsv``), written as a word of the sentence
    (:func:`_clause_shaped`: not ويست, the surname of كاني ويست), where no person's name of two
    words or more in the article holds it (وأوضح زمام after محمد زمام). In 20,004 ANT articles
    78 such mentions, one a surname (ب"الغريب", "the stranger"); a first version that took bare
    words and ل on them dropped the 36 mentions of ويست, whose given name the tagger missed.
    A surname of ``data/noun_surnames.tsv`` that is as often a noun goes so too, though the
    lists know it (إعلان الحداد, "declaring mourning", where no Haddad is named in full).
    A person whose every word is a plural or a dual noun (:func:`_plural_or_dual`: مطورون
    عقاريون، مراسلون، مواطنان بريطانيان) is dropped too.

    >>> drop_unnamed_persons([["منتخب", "الديوك", "في"]], [["O", "B-PER", "O"]])
    [['O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    never = _never_named()
    result = [list(t) for t in tags]
    in_names: set[str] = set()
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first > 1:
                for word in words[first:last]:
                    in_names.update(readings(word))
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and all(map(_plural_or_dual, words[first:last])):
                row[first:last] = [OUTSIDE] * (last - first)  # مطورون عقاريون، مراسلون
                continue
            if label != "PER" or last - first != 1:
                continue
            forms = set(readings(words[first]))
            if not forms.isdisjoint(in_names):
                continue
            if not forms.isdisjoint(_words("noun_surnames.tsv")):
                row[first] = OUTSIDE  # إعلان الحداد, "mourning", and no حسين الحداد
                continue
            if forms.isdisjoint(never):
                continue
            if not _clause_shaped(words[first], forms & never):
                continue  # ويست of كاني ويست، سيول، دينامو: a foreign name may be a word
            if _given_name(words[first]) is not None or any(
                _person_word(f) or f in _ant_surnames() for f in forms
            ):
                continue
            row[first] = OUTSIDE
    return result


def _plural_or_dual(word: str) -> bool:
    """Whether a word is the plural in ون or the dual in ان of a participle (مراسلون، معلقون،
    مطورون، مهاجمان: م and a stem of four letters or more the news writes) or of a nisba
    adjective (ديمقراطيون، عقاريون، سوريان، دبلوماسيان: a stem in ي the news writes with the
    article too, where :func:`_plural_nisba` wants the article on the plural), with و or the
    article before it or not, whose stem is no name a list holds (موريسون: موريس).

    >>> _plural_or_dual("مراسلون"), _plural_or_dual("عقاريون")
    (True, True)
    >>> _plural_or_dual("موريسون")
    False
    """
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word).removeprefix("و").removeprefix("ال")
    stem = norm[:-2]
    if not norm.endswith(("ون", "ان")) or len(stem) < 4:
        return False
    if _given_name(stem) is not None or _listed_name(stem):
        return False
    known = vec_clusters()
    if norm.startswith("م"):
        return stem in known or stem + "ه" in known
    return stem.endswith("ي") and stem in known and "ال" + stem in known


def drop_common_nouns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the entities that are one word of ``data/not_names.tsv`` or
    ``data/name_openers.tsv`` alone (مراسلنا: "our correspondent"; التشيلي: "the Chilean",
    unless it is a person, whom a surname such as المصري may name), with or without clitics,
    or a noun of ``data/construct_nouns.tsv`` without the article (جزيرة, not الجزيرة), or a
    word of ``data/maqsura_words.tsv`` as written (أودى "took", not أودي, Audi), and the
    persons that are one title alone (الشيخ، الدكتورة: ``data/triggers.tsv``) or one plural
    adjective (الفلسطينيين: :func:`_plural_nisba`); an ordinal alone is no name either
    (الأول of كانون الأول، الهدف الأول), nor a person, place or organisation that is the
    second word of a set phrase (``data/adjective_phrases.tsv``: الماء الصالح للشراب، ولاية
    الفقيه) nor its first, alone or with it (الرباط الصليبي, "the cruciate ligament", is no
    Rabat; a MISC title in quotation marks is one), nor a month in a date
    (:func:`_month_in_date`: نيسان/أبريل is no company), nor an organisation's head noun alone
    (:func:`_head_alone`: منظمة of وقالت منظمة "بتسيلم") or with an adjective that describes it
    (:func:`_described_head`: منظمة إرهابية), nor a verb in the future (:func:`_future_verb`:
    بلاده "ستنتصر"), nor a weekday after a word of the day (:func:`_weekday_after_day`: كل
    يوم خميس), nor "where" (:data:`_WHERE`: وأين). A paper a column's credit line names is
    left (:func:`credited_papers`: نقلاً عن المنتخب المغربية), and so is a word of
    ``not_names.tsv`` in quotation marks after a paper's or channel's noun (:data:`_MEDIA_NOUNS`:
    جريدة "المنتخب"; not برنامج "تفاعلكم", موقع "الأفضل", nor "هاتريك").

    >>> drop_common_nouns([["وقال", "مراسلنا", "إن"]], [["O", "B-PER", "O"]])
    [['O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        credited = {first for first, _ in _credited_spans(words)}
        for first, last, label in tags_to_ranges(row):
            if first in credited:
                continue  # نقلاً عن المنتخب المغربية: a paper
            if (
                last - first > 1
                and label != "MISC"
                and _governed_noun(words, first)
                and _known_or_nothing(words[first:last], []) != row[first:last]
            ):
                # في صالح أردوغان, "in Erdogan's favour": صالح is a noun, what follows it a
                # name only where the gazetteer knows it whole (but ثقته في صالح المطلك, a
                # person the gazetteer knows with it)
                row[first:last] = _known_or_nothing(words[first + 1 : last], [OUTSIDE])
                continue
            quoted = (
                first > 1
                and words[first - 1] in _OPENING
                and _head_reading(words[first - 2]) in _MEDIA_NOUNS
            )  # جريدة "المنتخب", a paper; not موقع "الأفضل", "the position of the best"
            if last - first == 1 and (
                (not quoted and not _words("not_names.tsv").isdisjoint(readings(words[first])))
                or _bare_construct_noun(words[first])
                # أودى بحياة ("took the lives of"), not أودي (Audi): data/maqsura_words.tsv
                or _maqsura_word(words[first])
                # a nationality alone may be a surname (ميشيل المصري ... وجد المصري), and a
                # title in quotation marks after برنامج or فيلم a role (برنامج "الحكم", a show)
                or (
                    label != "PER"
                    and _opens_no_name(words[first])
                    and not (label == "MISC" and _quoted_title(words, first))
                )
                # a title alone is no person (الشيخ، الدكتورة; سلطان, without ال, may be)
                or (label == "PER" and not _titles().isdisjoint(readings(words[first])))
                # nor a plural adjective (الفلسطينيين، الصليبيين، شماليين; an ORG may be a group
                # that names itself so: الحوثيين)
                or (label in ("PER", "MISC", "LOC") and _plural_nisba(words[first]))
                or (label == "PER" and _people_of(words[first]))
                # nor an organisation's plural without the article (قادة حوثيين)
                or (label == "ORG" and _indefinite_group(words[first]))
                # nor an ordinal (الأول، أول: كانون الأول، الهدف الأول)
                or _ordinal_word(words[first])
                # nor an adjective of a set phrase (الماء الصالح للشراب، القتل الرحيم) or its
                # noun's complement (ولاية الفقيه); not MISC: ANERcorp tags الله so (صلى الله)
                or (label != "MISC" and first and _set_phrase(words[first - 1], words[first]))
                # nor its noun (الرباط الصليبي, "the cruciate ligament", is no Rabat)
                or (last < len(words) and _set_phrase(words[first], words[last]))
                # nor "where" asking (وأين دور ..., "and where is the role of"), as written:
                # واين is Wayne
                or dediac(words[first]) in _WHERE
                # nor a month in a date (نيسان/أبريل، أبريل (نيسان), 10 ماي 2018)
                or _month_in_date(words, first)
                # nor a weekday after a word of the day (يوم الخميس، كل يوم خميس)
                or _weekday_after_day(words, first)
                # nor a verb in the future (ستنتصر، سيقدمان), but a quoted title may be one
                or (
                    _future_verb(words[first])
                    and not (label == "MISC" and first > 0 and words[first - 1] in _OPENING)
                )
                # nor an organisation's head noun alone (منظمة of منظمة "بتسيلم", المنظمة), but
                # in quotation marks it is a name (حزب "الرابطة", Italy's League)
                or (
                    label == "ORG"
                    and _head_alone(words[first])
                    and not (first > 0 and words[first - 1] in _OPENING)
                )
            ):
                row[first] = OUTSIDE
            elif last - first == 2 and (
                # the whole phrase taken for a name, but a title in quotation marks is one
                # (مسلسل "ولي العهد", a series; not "الحمد لله ..., a quoted tweet's start)
                (
                    _set_phrase(words[first], words[first + 1])
                    and not (label == "MISC" and first > 0 and words[first - 1] in _OPENING)
                )
                or _described_head(words[first], words[first + 1])  # "منظمة إرهابية" too
            ):
                row[first:last] = [OUTSIDE, OUTSIDE]
    return result


def _quoted_title(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` begins a title in quotation marks after a noun that announces a
    work (:func:`_quoted_spans`: برنامج "الحكم"، فيلم "المصارع")."""
    return at > 1 and any(
        first == at and label == "MISC" for _, first, _, label, _, _ in _quoted_spans(words)
    )


#: "Where", asking, with و or ف, as written (the tagger took وأين for a person 5 times in
#: 20,004 ANT articles, أين and فأين once each); واين without the hamza is Wayne.
_WHERE = frozenset({"أين", "وأين", "فأين"})


def _future_verb(word: str) -> bool:
    """Whether a word is س and a verb in the imperfect that the news writes often, of five
    letters or more (ستنتصر، سيقدمان، سنغادر، وسيستأنف: "will win", ...), no name a list holds,
    nor one whose stem is a name (برون سترومان: ترومان) or that ends in ا (سيلينا غوميز). One
    of four letters is one where the news writes its stem often with both ي and ت (ستكشف:
    يكشف، تكشف; سيلعب), it ends in neither ي nor و as written and its form in ي is no name
    (سيدان: يدان; سيونغ: يونغ; مارك سيلبي).

    >>> _future_verb("ستنتصر"), _future_verb("ستكشف"), _future_verb("سيدان")
    (True, True, False)
    """
    from pipeline.taggers.features import vec_clusters

    bare = dediac(word).removeprefix("و").removeprefix("ف")
    stem = bare[1:]
    if not (
        bare.startswith("س")
        and stem.startswith(("ي", "ت", "ن", "أ"))
        and not bare.endswith("ا")  # سيلينا غوميز
        and _given_name(bare) is None
        and not _listed_name(normalize_word(bare))
        and not _listed_name(normalize_word(stem))  # برون سترومان: ترومان
    ):
        return False
    words = vec_clusters()
    if len(stem) >= 5:
        norm = normalize_word(stem)
        # a dual's or a plural's ending on a verb the news writes in the singular
        # (ستلتزمان: تلتزم; سيحاكمان، ستواجهون)
        return norm in words or (
            norm.endswith(("ان", "ون")) and len(norm) >= 6 and norm[:-2] in words
        )
    third = normalize_word(stem[1:])
    return (
        len(stem) == 4
        and "ي" + third in words
        and "ت" + third in words
        and not bare.endswith(("ي", "و"))
        and not _listed_name("ي" + third)
    )


def _governed_noun(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is the noun of a set phrase of ``data/adjective_phrases.tsv``
    that opens with a preposition (في صالح, "in favour of"), which governs what follows it."""
    return (
        at > 0
        and normalize_word(words[at - 1]) in _words("function_words.tsv")
        and _set_phrase(words[at - 1], words[at])
    )


def _known_or_nothing(words: Sequence[str], head: list[str]) -> list[str]:
    """``head`` and the tags of ``words``: the gazetteer's name with its label where the
    gazetteer knows them as one name, else nothing."""
    from pipeline.taggers.features import gazetteer_tags

    known = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words)])
    if [span[:2] for span in known] == [(0, len(words))]:
        label = known[0][2]
        return [*head, f"B-{label}"] + [f"I-{label}"] * (len(words) - 1)
    return [*head] + [OUTSIDE] * len(words)


def _described_head(noun: str, adjective: str) -> bool:
    """منظمة إرهابية، منظمة دولية، قناة فضائية: a noun of ``data/organisation_heads.tsv``
    without the article and an indefinite nisba adjective (:func:`_indefinite_adjective`) that
    no list names, which describe an organisation and name none (ANERcorp leaves every such
    pair O: شركة صينية، منظمة إجرامية); not نادي إشبيلية (Seville, a name) nor جامعة ولاية
    (a state's university, ولاية a noun)."""
    from pipeline.taggers.features import readings

    found = readings(noun)
    return (
        not _words("organisation_heads.tsv").isdisjoint(found)
        and not any(form.startswith("ال") for form in found)
        and _indefinite_adjective(adjective)
        and not normalize_word(adjective).endswith(("ايه", "اءه"))
        and not any(map(_listed_name, readings(adjective)))
    )


def _head_alone(word: str) -> bool:
    """منظمة، المنظمة، والشركة: a noun of ``data/organisation_heads.tsv`` alone, which names no
    organisation (ANERcorp tags 5 of its 1,274 so), unless it is a club's or a name of the
    gazetteer of its own (الاتحاد، the club of Jeddah)."""
    from pipeline.taggers.features import gazetteer_index, readings

    found = readings(word)
    if _words("organisation_heads.tsv").isdisjoint(found):
        return False
    index = gazetteer_index()
    return not any(
        r in _club_names() or any(not name.rest for name in index.get(r, ())) for r in found
    )


def cut_head_clauses(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's span cut where "the organisation" the article speaks of
    runs on into a function word and the clause after it (وقالت المنظمة إن، وذكرت الجامعة أن
    لبنى العليان، الطريق الرابطة بين ...): a noun of ``data/organisation_heads.tsv`` with the
    article (:func:`_head_alone`) and a word of ``data/function_words.tsv`` after it name
    nothing; what follows the function word keeps a name only where the gazetteer knows it
    whole (أن قطر). 34 such spans cut in 20,004 ANT articles, all wrong. Not a club's or a
    gazetteer's name of one word (الاتحاد أمام القادسية: the club of Jeddah). Any name but a
    title is cut so where it runs on into إن or أن after a word with the article
    (:func:`_that_clause`: وكالة الأنباء المركزية الكورية + أن كيم).

    >>> cut_head_clauses([["وقالت", "المنظمة", "إن", "قطر"]], [["O", "B-ORG", "I-ORG", "I-ORG"]])
    [['O', 'O', 'O', 'B-LOC']]
    """
    from pipeline.taggers.features import readings

    function_words = _words("function_words.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        for first, last, label in tags_to_ranges(list(row)):
            if label != "ORG" or last - first < 2:
                continue
            if normalize_word(words[first + 1]) not in function_words:
                continue
            if not any(r.startswith("ال") for r in readings(words[first])):
                continue  # منظمة إن: no article, no "the organisation"
            if not _head_alone(words[first]):
                continue
            row[first:last] = _known_or_nothing(words[first + 2 : last], [OUTSIDE, OUTSIDE])
        for first, last, label in tags_to_ranges(list(row)):
            cut = _that_clause(words, first, last) if label != "MISC" else None
            if cut is not None:
                head = [f"B-{label}"] + [f"I-{label}"] * (cut - first - 1) + [OUTSIDE]
                row[first:last] = _known_or_nothing(words[cut + 1 : last], head)
    return result


def _that_clause(words: Sequence[str], first: int, last: int) -> int | None:
    """Where a name's span runs on into إن or أن "that" and its clause, after a word with the
    article (وكالة الأنباء المركزية الكورية أن كيم، المنظمة العالمية للتجارة أن الاتحاد
    الأوروبي، الاتحاد الدولي للنقل الجوي إن ريان إير): the index of إن, or None. Not after a
    word without the article, as a name's "in" is (سي إن إن، فرونتيرز إن نيورولوجي)."""
    from pipeline.taggers.features import readings

    for at in range(first + 1, last - 1):
        if normalize_word(words[at]) == "ان" and any(
            r.startswith("ال") for r in readings(words[at - 1])
        ):
            return at
    return None


def _weekday_after_day(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a weekday's name (``data/weekdays.tsv``, with the article or
    without it: خميس، جمعة are given names too) after a word that makes it the day
    (``data/weekday_heads.tsv``: يوم الخميس، كل يوم خميس، صباح الجمعة).

    >>> _weekday_after_day(["كل", "يوم", "خميس"], 2), _weekday_after_day(["عوض", "خميس"], 1)
    (True, False)
    """
    from pipeline.dates import WEEKDAYS

    if not at or normalize_word(words[at - 1]) not in _words("weekday_heads.tsv"):
        return False
    norm = normalize_word(words[at])
    return norm in WEEKDAYS or "ال" + norm in WEEKDAYS


def _month_in_date(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a month's name (``pipeline.dates.MONTHS``) written as a date writes
    it: beside a slash (نيسان/أبريل), a figure (10 ماي 2018) or in brackets after another
    month (أبريل (نيسان)), or a Hijri month after شهر (شهر رمضان), or the first word of a
    month of two (كانون الأول). Alone it may be a company or a person (نيسان، ماي، رمضان)."""
    from pipeline.dates import HIJRI_MONTHS, MONTHS
    from pipeline.taggers.features import readings

    month = normalize_word(words[at])
    if at and month in HIJRI_MONTHS and "شهر" in readings(words[at - 1]):
        return True  # شهر رمضان: the month, not a person named رمضان
    after = normalize_word(words[at + 1]) if at + 1 < len(words) else ""
    if f"{month} {after}" in MONTHS:
        return True  # كانون الأول: the first word of a month of two, no person (5 in ANT)
    if month not in MONTHS:
        return False
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return (
        "/" in (before, after)
        or before.isdigit()
        or after.isdigit()
        or (before == "(" and at > 1 and normalize_word(words[at - 2]) in MONTHS)
    )


@cache
def _adjective_phrases() -> frozenset[tuple[str, str]]:
    """The (noun, adjective) pairs of ``data/adjective_phrases.tsv``, normalised."""
    return frozenset(
        (normalize_word(row["noun"]), normalize_word(row["adjective"]))
        for row in load_tsv("adjective_phrases.tsv")
    )


def _set_phrase(noun: str, adjective: str) -> bool:
    """Whether ``noun`` (in any reading: بالماء) and ``adjective`` are a set phrase of
    ``data/adjective_phrases.tsv`` (القتل الرحيم، الحكم الرشيد)."""
    from pipeline.taggers.features import readings

    adjective = normalize_word(adjective)
    return any((reading, adjective) in _adjective_phrases() for reading in readings(noun))


def _ordinal_word(word: str) -> bool:
    """الأول، وأول، الثانية: an ordinal (:func:`_ordinal`), with و or ف before it at most (باول
    is Powell, not ب + أول)."""
    norm = normalize_word(word)
    return _ordinal(norm) or (norm[:1] in ("و", "ف") and _ordinal(norm[1:]))


def _plural_nisba(word: str) -> bool:
    """الفلسطينيين، والجمهوريون، شماليين: a plural of a nisba adjective (ـيين، ـيون with the
    article, of seven letters at least: النيون is neon; ـيين without it, as ليون and ديون end in
    يون), which names a group, never a person nor, alone, a place or a title (المسؤولون
    السودانيون MISC). ANERcorp tags 374 of 379 such words O."""
    from pipeline.taggers.features import readings

    return any(
        (len(r) >= 6 and r.endswith("يين"))
        or (len(r) >= 7 and r.startswith("ال") and r.endswith("يون"))
        for r in readings(word)
    )


def _indefinite_group(word: str) -> bool:
    """حوثيين، حوثيون (قادة حوثيين "Houthi leaders", مسلحون حوثيون): the plural of a group's
    nisba without the article, an adjective or a common noun, whose form with the article, in
    either plural or the singular, is an organisation of the gazetteer (الحوثيون، الحوثي);
    propagation had spread الحوثيين onto them (18 times in 20,004 ANT articles).

    >>> _indefinite_group("حوثيين"), _indefinite_group("الحوثيين"), _indefinite_group("ليون")
    (True, False, False)
    """
    from pipeline.taggers.features import gazetteer_index

    norm = normalize_word(word)
    bare = norm[1:] if norm[:1] in "وف" else norm
    if bare.startswith(("ال", "لل", "بال", "كال")) or not bare.endswith(("يين", "يون")):
        return False
    stem = bare[:-2]  # حوثي
    index = gazetteer_index()
    return any(
        n.label == "ORG" and not n.rest
        for form in ("ال" + stem, "ال" + stem + "ين", "ال" + stem + "ون")
        for n in index.get(form, ())
    )


def _people_of(word: str) -> bool:
    """فرنسيون، وإيطاليون، كوبيون ("French, Italians, Cubans"): a plural nationality without
    the article (its singular with it in ``name_openers.tsv``), which the tagger took for a
    person on unseen news (مسؤولون فرنسيون). A place may be so spelt (منطقة روسيون, Roussillon),
    so only a person's tag goes."""
    from pipeline.taggers.features import readings

    return any(
        r.endswith("يون") and "ال" + r[:-2] in _words("name_openers.tsv") for r in readings(word)
    )


def _bare_construct_noun(word: str) -> bool:
    """جزيرة، ومديرية، لحزب: a noun of ``data/construct_nouns.tsv`` without the article (a
    name's head in the construct state: جزيرة لومبوك), not الجزيرة."""
    from pipeline.taggers.features import readings

    found = readings(word)
    return any(
        noun in found and "ال" + noun not in found for noun in _words("construct_nouns.tsv")
    )


def _currency_unit(word: str) -> str:
    """The currency a word is written for (الريال، بالليرة -> its unit), else ""."""
    from pipeline.amounts import CURRENCIES
    from pipeline.taggers.features import readings

    for reading in readings(word):
        for words, (unit, _code) in CURRENCIES.get(reading, ()):  # type: ignore[misc]
            if len(words) == 1:
                return unit
    return ""


def _counts(word: str) -> bool:
    """Whether a word is a count a currency may follow: digits (500، 21) or a number or scale
    word (مليار، ملايير، خمسة): 11 مليار درهم is dirhams, never a place."""
    from pipeline.numbers import NUMBER_WORDS, SCALE_WORDS

    if any(c.isdigit() for c in word) and not any(c.isalpha() for c in word):
        return True
    norm = normalize_word(word)
    return norm in SCALE_WORDS or norm in NUMBER_WORDS


#: Marks between a count and its currency: غرامة (20,000) ريال، قدرها، 20,000، ريال.
_COUNT_CLOSERS = frozenset({")", "،", ","})


#: The words that set one currency against another (الدولار أمام الريال، مقابل الريال).
_AGAINST = frozenset({"امام", "مقابل"})


def drop_currencies(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a currency word tagged alone (الريال ORG) where the text says it is the
    currency: before the adjective of its country (الريال اليمني; ``currency_modifiers.tsv``)
    or after a word of ``data/currency_cues.tsv`` (سعر الريال، انهيار الليرة) or a count (11
    مليار درهم, 500 ريال: :func:`_counts`), or against another currency (الدولار أمام
    الريال، الدولار مقابل الريال: :data:`_AGAINST`). Elsewhere
    الريال may be Real Madrid, and stays. A span of a currency word and its country's
    adjective (الدولار الأمريكي MISC) is the currency too, and no entity.

    >>> drop_currencies([["انهيار", "الريال", "أمام", "الدولار"]], [["O", "B-ORG", "O", "O"]])
    [['O', 'O', 'O', 'O']]
    """
    from pipeline.amounts import CURRENCY_MODIFIERS, _agreement_stem
    from pipeline.taggers.features import readings

    def modifier(words: Sequence[str], unit: str, at: int) -> int:
        """How many words from ``at`` are the adjective of a country of ``unit`` (0: none)."""
        for mod, _code in CURRENCY_MODIFIERS.get(unit, ()):
            stems = [_agreement_stem(normalize_word(w)) for w in words[at : at + len(mod)]]
            if tuple(stems) == mod:
                return len(mod)
        return 0

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        for first, last, _label in tags_to_ranges(row):
            unit = _currency_unit(words[first])
            if not unit:
                continue
            if last - first > 1:  # الدولار الأمريكي, the whole span
                if modifier(words, unit, first + 1) == last - first - 1:
                    row[first:last] = [OUTSIDE] * (last - first)
                continue
            count = first - 1  # past a bracket or comma: قدرها (20,000) ريال، قدرها، 20,000، ريال
            while count > 0 and first - count <= 2 and words[count] in _COUNT_CLOSERS:
                count -= 1
            cued = first > 0 and (
                not _words("currency_cues.tsv").isdisjoint(readings(words[first - 1]))
                or _counts(words[count])
                # سعر الدولار أمام الريال, "the dollar against the riyal": another currency
                or (
                    first > 1
                    and not _AGAINST.isdisjoint(readings(words[first - 1]))
                    and bool(_currency_unit(words[first - 2]))
                )
            )
            if cued or modifier(words, unit, last):
                row[first] = OUTSIDE
    return result


def drop_adjectives(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the places that are a definite feminine adjective after a definite
    noun (الحكومة السعودية، الأزمة السورية: "the Saudi government"): a nisba adjective is no
    name in our guidelines (ANERcorp's), while السعودية after a preposition or alone is the
    country; nor right after a place (مدينة عفرين السورية: ANERcorp leaves such a word O 58
    times of 59) or a nationality after an organisation (صحيفة مكة السعودية) or after any
    name in quotation marks (قناة "الإخبارية" السعودية: 53 in 20,004 ANT articles). A word of
    ``data/function_words.tsv`` before it is no noun. So is an indefinite
    one whose definite form or stem is a country's name in the gazetteer (أفلام سعودية، مدينة
    إيرانية، شركة تركية), unless the gazetteer has it alone too (سورية, Syria: then only after
    a noun it agrees with, :func:`_agreeing_noun`: قاعدة جوية سورية، فصائل سورية; not a place
    that only ends so, مدينة مليلية), and so is a
    masculine one in the accusative after a counted or listed noun (:func:`_accusative_nisba`:
    23 دبلوماسيا روسيا، مسؤولا تركيا).

    A nationality adjective with the article tagged alone as a person after a definite noun
    is that noun's adjective too (ولي العهد السعودي، وزير النقل السعودي: "the Saudi crown
    prince"), which the tagger, reading a title before it, took for a name and names spread;
    so is "Arab", "Kurdish" or "Amazigh" (:data:`_PEOPLE_ADJECTIVES`: الخط العربي، الوجود
    العربي: ANERcorp train tags العربي O all 59 times it follows an untagged word with the
    article). An elative of ``data/elative_names.tsv`` alone right after an untagged definite
    noun or a pronoun (:func:`_after_predicate_word`) is the adjective, whatever its label
    (الأطفال الأقصر قامة "the shortest children", هي الأقصر; not مدينة الأقصر, Luxor), but not
    after a title (``data/triggers.tsv``: الفريق الأحمر, General al-Ahmar).

    >>> drop_adjectives([["قالت", "الحكومة", "السعودية"], ["في", "السعودية"]],
    ...                 [["O", "O", "B-LOC"], ["O", "B-LOC"]])
    [['O', 'O', 'O'], ['O', 'B-LOC']]
    """
    from pipeline.taggers.features import gazetteer_index, readings

    def after_noun(words: Sequence[str], row: Sequence[str], first: int) -> bool:
        """Whether an untagged definite noun stands right before ``words[first]``; the noun
        may carry a proclitic: والتفتيشات الديوانية ("and the customs checks")."""
        if first == 0 or row[first - 1] != OUTSIDE:
            return False
        nouns = readings(words[first - 1])
        return any(n.startswith("ال") and n not in _words("function_words.tsv") for n in nouns)

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-LOC" not in row and "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if (
                last - first == 1
                and normalize_word(words[first]) in _words("elative_names.tsv")
                and (after_noun(words, row, first) or _after_predicate_word(words, first))
                and _titles().isdisjoint(readings(words[first - 1]))
            ):
                row[first] = OUTSIDE  # الأطفال الأقصر قامة: "the shortest", no Luxor
                continue
            if label == "PER" and last - first == 1 and (
                _nationality_adjective(words[first])
                or normalize_word(words[first]) in _PEOPLE_ADJECTIVES
            ):
                if after_noun(words, row, first):
                    row[first] = OUTSIDE  # ولي العهد السعودي
                continue
            if label == "PER" and last - first == 1 and _person_nisba(words, row, first):
                row[first] = OUTSIDE  # جنرال روسي: "a Russian general"
                continue
            if label == "PER" and last - first >= 2 and _described_person(words[first:last]):
                row[first:last] = [OUTSIDE] * (last - first)  # الفرعون المصري: an epithet
                continue
            if label != "LOC" or last - first != 1:
                continue
            word = normalize_word(words[first])
            if _accusative_nisba(words, row, first):
                row[first] = OUTSIDE  # دبلوماسيا روسيا: "a Russian diplomat"
                continue
            if not word.endswith("يه") or len(word) < 4:
                continue
            if not word.startswith("ال"):
                # سعودية (أفلام سعودية، أول سعودية): the country is only ever السعودية
                # إيرانية، تونسية، تركية (مدينة إيرانية): the adjective of إيران، تونس، تركيا
                index = gazetteer_index()
                alone = any(not n.rest for n in index.get(word, ()))
                stem = word[:-2]
                countries = ("ال" + word, stem, "ال" + stem, stem + "يا")
                if not alone and any(
                    not n.rest and n.label == "LOC" for c in countries for n in index.get(c, ())
                ):
                    row[first] = OUTSIDE
                elif (
                    alone
                    and _nationality_adjective("ال" + word)  # سورية, not مليلية
                    and _agreeing_noun(words, row, first)
                ):
                    row[first] = OUTSIDE  # قاعدة جوية سورية، فصائل سورية: "Syrian"
                continue
            if first == 0 or len(word) <= 5:
                continue
            if row[first - 1].endswith("-LOC") or (
                row[first - 1].endswith("-ORG") and _nationality_adjective(words[first])
            ):
                # عفرين السورية: "Syrian Afrin"; صحيفة مكة السعودية, a paper's nationality
                # (not a city after a club: النجم الساحلي المهدية)
                row[first] = OUTSIDE
                continue
            if (
                first >= 2
                and words[first - 1] in _CLOSING
                and row[first - 2] != OUTSIDE
                and _nationality_adjective(words[first])
                and _quoted_before(words, row, first - 2)
            ):
                row[first] = OUTSIDE  # قناة "الإخبارية" السعودية: the channel's nationality
                continue
            if after_noun(words, row, first):
                row[first] = OUTSIDE
    return result


#: Pronouns and forms of كان that a predicate follows (هي الأقصر "it is the shortest", كانوا
#: الأقصر), normalised: :func:`drop_adjectives` reads an elative of ``data/elative_names.tsv``
#: after one as the adjective.
_PREDICATE_WORDS = frozenset(
    normalize_word(w)
    for w in ("هو", "هي", "هم", "هن", "كان", "كانت", "كانوا", "كن", "يكون", "تكون", "يكونون")
)


def _after_predicate_word(words: Sequence[str], at: int) -> bool:
    """Whether a word of :data:`_PREDICATE_WORDS` stands right before ``words[at]``."""
    return at > 0 and normalize_word(words[at - 1]) in _PREDICATE_WORDS


#: Adjectives of a people that no list holds as a nationality (العربي is a given name and the
#: name of a club and a magazine too, so it opens no name: ``name_openers.tsv`` leaves it out).
_PEOPLE_ADJECTIVES = frozenset(
    normalize_word(w)
    for w in ("العربي", "العربية", "الكردي", "الكردية", "الأمازيغي", "الأمازيغية")
)


#: Broken plurals of things (not persons) that an indefinite feminine adjective follows
#: (فصائل سورية "Syrian factions", مواقع سورية "Syrian sites"), and إعلام of وسائل إعلام.
_THING_PLURALS = frozenset(
    normalize_word(w)
    for w in ("فصائل", "مواقع", "أهداف", "مصادر", "مناطق", "مدن", "عوائل", "أندية", "إعلام")
)
#: Nouns in ة or ات that govern a country's name as often as an adjective follows them (حكومة
#: سورية), and تجاه ("towards"), which ends so: a place after them stays.
_GOVERNING_NOUNS = frozenset(
    normalize_word(w)
    for w in ("دولة", "حكومة", "عاصمة", "جمهورية", "رئاسة", "سفارة", "زيارة", "تجاه", "اتجاه")
)


def _agreeing_noun(words: Sequence[str], row: Sequence[str], first: int) -> bool:
    """Whether ``words[first]``, an indefinite feminine word that also names a country alone
    (سورية, Syria as some papers write it), follows an untagged indefinite noun it agrees with
    as its adjective: a feminine one in ة (قاعدة جوية سورية، طائرة سورية), a plural in ات or a
    plural of things (لقوات سورية، فصائل سورية، وسائل إعلام سورية). Not after a preposition
    (في سورية), a noun that governs it (مستقبل سورية، جنوب سورية, or :data:`_GOVERNING_NOUNS`:
    حكومة سورية) or a word with the article."""
    from pipeline.taggers.features import readings

    if first == 0 or row[first - 1] != OUTSIDE:
        return False
    before = readings(words[first - 1])
    if any(r.startswith("ال") for r in before):
        return False  # the article: الحكومة السورية is drop_adjectives' own case
    functions = _words("function_words.tsv")
    return any(
        r not in functions
        and r not in _GOVERNING_NOUNS
        and (r.endswith("ه") or r.endswith("ات") or r in _THING_PLURALS)
        for r in before
    )


def _quoted_before(words: Sequence[str], row: Sequence[str], end: int) -> bool:
    """Whether the name whose last word is ``words[end]`` stands right after a quotation mark
    that opens: "الإخبارية" of قناة "الإخبارية" السعودية, not بيروت of في بيروت "السعودية ...,
    where the mark after the name opens a quotation."""
    start = end
    while start > 0 and row[start].startswith("I-"):
        start -= 1
    return start > 0 and words[start - 1] in _OPENING


def _accusative_nisba(words: Sequence[str], row: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` (تركيا، روسيا، سوريا) is a nationality adjective in the indefinite
    accusative (تركيّاً, "Turkish": its masculine with the article in ``name_openers.tsv``)
    after an untagged indefinite accusative noun that a number counts (23 دبلوماسيا روسيا، 40
    جنديا تركيا) or that ``data/accusative_nouns.tsv`` lists (مسؤولا تركيا، وفدا تركيا): 127
    mentions in 20,004 ANT articles had been places. An adverb or participle before the
    country (اتهمت بريطانيا رسميا روسيا، مطالبا تركيا) leaves it a place, and so does a dual
    in construct (سفيرا روسيا وبريطانيا, "the ambassadors of Russia and Britain")
    unless a number counts it.

    >>> _accusative_nisba(["طرد", "23", "دبلوماسيا", "روسيا"], ["O"] * 4, 3)
    True
    >>> _accusative_nisba(["اتهمت", "بريطانيا", "رسميا", "روسيا"], ["O", "B-LOC", "O", "O"], 3)
    False
    """
    word = normalize_word(words[at])
    if not word.endswith("يا") or "ال" + word[:-1] not in _words("name_openers.tsv"):
        return False
    if at == 0 or row[at - 1] != OUTSIDE:
        return False
    noun = normalize_word(words[at - 1])
    if not noun.endswith("ا") or noun.endswith(("ها", "وا")):
        return False
    if noun[:-1] in _words("accusative_nouns.tsv"):
        return True
    from pipeline.numbers import NUMBER_WORDS
    from pipeline.numbers import normalize_word as fold

    counted = fold(words[at - 2]).removeprefix("و") if at > 1 else ""  # ثلاثين، و652
    return noun not in _words("function_words.tsv") and (
        any(ch.isdigit() for ch in counted) or counted in NUMBER_WORDS
    )


def _described_person(name: Sequence[str]) -> bool:
    """Whether a person's span of two words or more is a description, not a name: every word
    written with the article (after و or ف, ب or ل at most; not إلبو, whose hamza only looks
    so) and the last a nationality adjective in ي or ية (``name_openers.tsv``) or السابق،
    الأسبق، الحالي: الفرعون المصري "the Egyptian Pharaoh" (Mohamed Salah's epithet), والكشاف
    الإسباني السابق "the former Spanish scout", والغزو الياباني "the Japanese invasion". In
    20,004 ANT articles 9 mentions so, all descriptions; Maghrebi names written with the
    article (الحبيب الصيد، المنصف المرزوقي) end in no such word.

    >>> _described_person(["الفرعون", "المصري"]), _described_person(["الحبيب", "الصيد"])
    (True, False)
    """
    last = normalize_word(name[-1])
    if not (
        (last.endswith(("ي", "يه")) and _nationality_adjective(name[-1]))
        or last in _DESCRIPTION_TAILS
    ):
        return False
    for word in name:
        plain = dediac(word)
        plain = plain[1:] if plain[:1] in ("و", "ف") and not plain.startswith("ال") else plain
        if not plain.startswith(("ال", "بال", "لل")):
            return False
    return True


#: "Former", "current": a description's last word (والكشاف الإسباني السابق).
_DESCRIPTION_TAILS = frozenset(normalize_word(w) for w in ("السابق", "الأسبق", "الحالي"))


#: Nouns of persons that a nationality adjective follows as often as a name, the nominative
#: or genitive twins of ``data/accusative_nouns.tsv``'s: وزير روسي "a Russian minister", رئيس
#: كوري "a Korean president" (the accusative's duals in construct do not arise here).
_NISBA_NOUNS = frozenset(normalize_word(w) for w in ("وزير", "رئيس", "ملاكم"))


def _person_nisba(words: Sequence[str], row: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a nationality adjective without the article (روسي، إريترية:
    its form with the article in ``name_openers.tsv``) right after an untagged indefinite noun
    of a person it describes (``data/accusative_nouns.tsv``'s nouns and :data:`_NISBA_NOUNS`,
    masculine or in ة, with و or ف before it or not): جنرال روسي "a Russian general", مسؤول
    إريتري، مواطنة إريترية، ملاكم أوكراني. In 20,004 ANT articles the tagger had taken 8 such
    adjectives for persons; روسي and كوري of فريق كوري (Curry's team), لدي روسي (De Rossi)
    follow no such noun.

    >>> _person_nisba(["قال", "جنرال", "روسي"], ["O", "O", "B-PER"], 2)
    True
    >>> _person_nisba(["ثلاثية", "كوري"], ["O", "B-PER"], 1)
    False
    """
    from pipeline.taggers.features import readings

    if at == 0 or row[at - 1] != OUTSIDE:
        return False
    word = normalize_word(words[at])
    if not word.endswith(("ي", "يه")) or any(r.startswith("ال") for r in readings(words[at])):
        return False  # a nisba's shape: أساقفة of رئيس أساقفة is a title's noun (name_openers)
    if not _nationality_adjective("ال" + word):
        return False
    nouns = _words("accusative_nouns.tsv") | _NISBA_NOUNS
    noun = normalize_word(words[at - 1])
    for form in (noun, noun[1:] if noun[:1] in ("و", "ف") else ""):  # وزير، ومسؤول
        if form in nouns or (form.endswith("ه") and form[:-1] in nouns):  # مواطنة
            return True
    return False


def complete_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each fragment of a name, where the gazetteer knows the whole name around
    it and the rest is untagged, given the whole name and the gazetteer's label: ``قال لبي بي
    سي`` (BBC with the preposition ل on its first word, which the tagger left out) had been
    ``بي سي``, a person, in BBC Arabic's every interview. A span that is a name of the gazetteer
    itself stays as it is: ``غزة`` of ``قطاع غزة``, ``سوريا`` of ``شمال سوريا`` are places of
    their own, as ANERcorp tags them (extended, they cost its dev split 2 points); a title or
    head noun before the fragment (``الملك``، ``النادي``) stays outside, as our guidelines say.
    The head noun is taken where the fragment is an adjective alone (:func:`_lone_adjective`:
    مقاتلات التحالف العربي, of which the tagger had tagged العربي an organisation).
    A name the tagger cut in pieces, one of them of the gazetteer's label, is one (سيدي +
    بوزيد; عبد الملك, a person, + الحوثي, a group; الولايات + المتحدة ORG), and so is an
    organisation named by a word of its own and a place, of which the tagger tagged the place
    alone (:func:`_named_after_place`: حزب آفاق تونس).

    >>> complete_names([["قال", "لبي", "بي", "سي", "إن"]], [["O", "O", "B-PER", "I-PER", "O"]])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']]
    """
    from pipeline.taggers.features import gazetteer_tags, trigger_of

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        known = tags_to_ranges([tag or OUTSIDE for tag in gazetteer_tags(words)])
        spans = tags_to_ranges(row)
        for start, end, label in known:
            inside = [s for s in spans if start <= s[0] and s[1] <= end]
            if len(inside) > 1:  # سيدي + بوزيد, the gazetteer's place in two pieces
                if any(s[2] == label for s in inside) and OUTSIDE not in row[start:end]:
                    row[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
                continue
            if len(inside) != 1 or inside[0][:2] == (start, end):
                continue
            first, last, _ = inside[0]
            alone = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words[first:last])])
            if [r[:2] for r in alone] == [(0, last - first)] and not _named_after_place(
                words, start, end, inside[0], label
            ):
                continue  # a name of its own
            if any(trigger_of(words[k]) for k in range(start, first)) and not (
                _lone_adjective(words, first, last) and last == end
            ):
                continue  # a title or a head noun before it (الملك سلمان): no part of the name
            others = [*range(start, first), *range(last, end)]
            if all(row[k] == OUTSIDE for k in others):
                row[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return result


def _lone_adjective(words: Sequence[str], first: int, last: int) -> bool:
    """Whether ``words[first:last]`` is one adjective with the article and a nisba ending
    (العربي، الدولية), which names nothing alone: of التحالف العربي the tagger had tagged
    العربي, the head noun التحالف untagged. After نادي it is a club's name (النادي الأهلي,
    where our guidelines leave the head noun outside)."""
    from pipeline.taggers.features import readings

    norm = normalize_word(words[first])
    return (
        last - first == 1
        and norm.startswith("ال")
        and norm.endswith(("ي", "يه"))
        and len(norm) > 4
        and not (first and "نادي" in readings(words[first - 1]))
    )


#: Nouns an organisation's descriptive name begins with before a place (بورصة لندن، إدارة
#: ترامب، سفارة فرنسا), where ANERcorp tags the place alone (بورصة لندن: O B-LOC).
_DESCRIPTIVE_HEADS = frozenset(
    normalize_word(w)
    for w in ("بورصة", "إدارة", "حكومة", "سفارة", "قنصلية", "بلدية", "سوق", "شرطة", "ولاية", "جيش")
)


def _named_after_place(
    words: Sequence[str], start: int, end: int, inside: tuple[int, int, str], label: str
) -> bool:
    """Whether the organisation the gazetteer knows at ``words[start:end]`` is named by a word
    of its own and the place the tagger tagged at its end (آفاق تونس، the Tunisian party,
    tagged تونس only), not described by a head noun before the place (بورصة لندن، إدارة
    ترامب; ``data/organisation_heads.tsv``, ``data/building_nouns.tsv``) nor beginning with the
    place (روسيا اليوم: "Russia today" as often as the channel)."""
    from pipeline.taggers.features import readings

    if label != "ORG" or inside[2] != "LOC" or inside[1] != end or inside[0] == start:
        return False
    heads = _DESCRIPTIVE_HEADS | _words("organisation_heads.tsv") | _words("building_nouns.tsv")
    return not any(r in heads for k in range(start, inside[0]) for r in readings(words[k]))


#: Sentences either side of a city's mention whose sports words count (:func:`club_cities`).
SPORT_WINDOW = 2


@cache
def _city_clubs() -> frozenset[str]:
    """The normalised names of ``data/city_clubs.tsv`` (برشلونة، ليفربول، روما)."""
    return frozenset(normalize_word(row["name"]) for row in load_tsv("city_clubs.tsv"))


@cache
def _club_places() -> frozenset[str]:
    """The normalised names :func:`club_cities` takes for the club in a report on a match:
    the cities of ``data/city_clubs.tsv`` and the clubs of one word of ``data/clubs.tsv`` that
    are no common word (``ambiguous`` no: تشلسي، بايرن، فيورنتينا، سندرلاند), which the tagger
    took for places (لاعب خط وسط تشلسي الإنجليزي، الانضمام إلى فيورنتينا)."""
    clubs = (
        normalize_word(row["name"])
        for row in load_tsv("clubs.tsv")
        if row["ambiguous"] == "no" and " " not in row["name"].strip()
    )
    return _city_clubs() | frozenset(clubs)


def _sport_words(words: Sequence[str]) -> int:
    """How many of the words are words of a match (``data/sport_words.tsv``)."""
    from pipeline.taggers.features import readings

    cues = _words("sport_words.tsv")
    return sum(1 for w in words if not cues.isdisjoint(readings(w)))


def club_cities(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a city that names its club (``data/city_clubs.tsv``: برشلونة، ليفربول), or a
    club of one word the tagger took for a place (:func:`_club_places`: تشلسي), tagged
    ORG where it is the club: before a masculine nationality (ليفربول الإنجليزي: نادي is
    masculine, the city مدينة feminine: برشلونة الإسبانية is the city), or with two words of
    a match (``data/sport_words.tsv``) in its sentence and the :data:`SPORT_WINDOW` sentences
    either side, unless a noun of the city comes before it (مدينة ليفربول). The gazetteer
    has most of these cities as places, and the training news reports few matches. An
    organisation of one or two words after such a noun without the article is the place
    (رئيس بلدية ليفربول، شوارع مانشستر، بلدية لينفيل), unless the gazetteer knows it as
    something else (عاصمة داعش).

    >>> club_cities([["فاز", "برشلونة", "على", "إشبيلية", "بهدفين"], ["في", "مدينة", "روما"]],
    ...             [["O", "B-LOC", "O", "B-LOC", "O"], ["O", "O", "B-LOC"]])
    [['O', 'B-ORG', 'O', 'B-ORG', 'O'], ['O', 'O', 'B-LOC']]
    """
    from pipeline.taggers.features import gazetteer_tags, readings

    result = [list(t) for t in tags]
    cues: list[int] | None = None
    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        if "B-LOC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "LOC" or last - first != 1:
                continue
            if _club_places().isdisjoint(readings(words[first])):
                continue
            if first and not _words("city_nouns.tsv").isdisjoint(readings(words[first - 1])):
                continue  # مدينة ليفربول (data/city_nouns.tsv)
            after = normalize_word(words[last]) if last < len(words) else ""
            if after.endswith("يه") and after.startswith("ال"):
                continue  # برشلونة الإسبانية: the city
            club = after in _words("name_openers.tsv") and not after.endswith("ه")
            club = club or _next_to_club(words, row, first)
            if not club:
                if cues is None:
                    cues = [_sport_words(w) for w in sentences]
                near = cues[max(0, s - SPORT_WINDOW) : s + SPORT_WINDOW + 1]
                club = sum(near) >= 2
            if club:
                row[first] = "B-ORG"
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "ORG" and last - first <= 2 and _after_city_noun(words, first):
                known = {tag[2:] for tag in gazetteer_tags(words[first:last]) if tag}
                if not known & {"ORG", "PER", "MISC"}:  # عاصمة داعش: the group
                    row[first:last] = ["B-LOC"] + ["I-LOC"] * (last - first - 1)
    return result


def _after_city_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word before ``words[at]`` is a noun of a city without the article
    (``data/city_nouns.tsv``: رئيس بلدية ليفربول، شوارع مانشستر): with it, the city's club
    follows (قطبي العاصمة أتلتيكو مدريد وريال مدريد)."""
    from pipeline.taggers.features import readings

    if at == 0:
        return False
    found = set(readings(words[at - 1]))
    nouns = _words("city_nouns.tsv") & found
    return bool(nouns) and not any("ال" + noun in found for noun in nouns)


def _next_to_club(words: Sequence[str], row: Sequence[str], k: int) -> bool:
    """Whether و joins the city at ``k`` to a club of ``data/clubs.tsv`` tagged ORG right
    before or after it (ريال مدريد وبرشلونة، برشلونة وريال مدريد): the clubs of a list.

    >>> _next_to_club(["ريال", "مدريد", "وبرشلونة"], ["B-ORG", "I-ORG", "B-LOC"], 2)
    True
    >>> _next_to_club(["بين", "مدريد", "وبرشلونة"], ["O", "B-LOC", "B-LOC"], 2)
    False
    """
    spans = {first: last for first, last, label in tags_to_ranges(row) if label == "ORG"}
    ends = {last: first for first, last in spans.items()}
    found = []
    if k in ends and normalize_word(words[k]).startswith("و"):
        found.append(" ".join(words[ends[k] : k]))
    if k + 1 in spans and normalize_word(words[k + 1]).startswith("و"):
        found.append(" ".join(words[k + 1 : spans[k + 1]]))
    for name in found:
        norm = normalize_word(name)
        if norm in _club_names() or (norm.startswith("و") and norm[1:] in _club_names()):
            return True
    return False


#: Words a club's name follows inside a cup's or a title's name (كأس الاتحاد، ولي العهد).
_CUP_WORDS = frozenset({"كاس", "ولي"})
#: The words between two clubs in a report on a match: مع، أمام، ضد، على ("with", "against").
_MATCH_LINKS = frozenset({"مع", "امام", "ضد", "علي"})


@cache
def _club_names() -> frozenset[str]:
    """Every name of ``data/clubs.tsv``, normalised."""
    return frozenset(normalize_word(row["name"]) for row in load_tsv("clubs.tsv"))


@cache
def _plain_clubs() -> frozenset[str]:
    """The names of ``data/clubs.tsv`` that are no common word or city (``ambiguous`` no),
    normalised."""
    return frozenset(
        normalize_word(row["name"]) for row in load_tsv("clubs.tsv") if row["ambiguous"] == "no"
    )


@cache
def _ambiguous_clubs() -> frozenset[str]:
    """The clubs of one word of ``data/clubs.tsv`` that are common words or cities too
    (``ambiguous`` yes: السد "the dam", الوكرة, ليل), normalised."""
    return frozenset(
        normalize_word(row["name"])
        for row in load_tsv("clubs.tsv")
        if row["ambiguous"] == "yes" and " " not in row["name"]
    )


def match_clubs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged club whose name is a common word or a city too
    (``data/clubs.tsv``, ambiguous: الهلال "the crescent", الوحدة "unity") tagged ORG in a
    report on a match (two words of a match in its sentence and the sentences either side,
    one in its own), where
    مع، أمام، ضد or على joins it to another club, tagged ORG or listed (الخسارة التي مني بها
    الوحدة أمام الدحيل؛ تفوق الهلال على الأهلي). Not after كأس or ولي (كأس الاتحاد، ولي العهد),
    nor with ب (بالتعاون مع, "in cooperation with").

    Since stop 43 also where و joins it to another club (الهلال والنصر، بين الهلال واتحاد جدة:
    the unseen ANT news had left الهلال untagged there), and since stop 60 a club of
    ``data/sport_clubs.tsv`` with no other club beside it (مدرب الهلال؛ :func:`_alone_club`).

    >>> match_clubs([["خسارة", "الوحدة", "أمام", "الدحيل", "في", "مباراة", "الدوري"]],
    ...             [["O", "O", "O", "B-ORG", "O", "O", "O"]])
    [['O', 'B-ORG', 'O', 'B-ORG', 'O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    clubs = _ambiguous_clubs()
    alone = _words("sport_clubs.tsv")
    result = [list(t) for t in tags]
    cues: list[int] | None = None

    def club_at(words: Sequence[str], row: Sequence[str], k: int) -> bool:
        return 0 <= k < len(words) and (
            row[k].endswith("ORG") or not clubs.isdisjoint(readings(words[k]))
            or not _clubs().keys().isdisjoint(readings(words[k]))
        )  # fmt: skip

    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        for i, word in enumerate(words):
            if row[i] != OUTSIDE or clubs.isdisjoint(readings(word)):
                continue
            if normalize_word(word).startswith("ب") or (
                i and not _CUP_WORDS.isdisjoint(readings(words[i - 1]))
            ):
                continue  # بالتعاون مع "in cooperation with"; كأس الاتحاد، ولي العهد
            # the club's name may run on one word (أم صلال، الأهلي القطري): look past it too
            before = [i - 2] if i > 1 and normalize_word(words[i - 1]) in _MATCH_LINKS else []
            after = [
                k + 1
                for k in (i + 1, i + 2)
                if k + 1 < len(words) and normalize_word(words[k]) in _MATCH_LINKS
            ]
            # or و joins it to another club (الهلال والنصر، بين الهلال واتحاد جدة، النصر والهلال)
            joined = [i + 1] if i + 1 < len(words) and _and_word(words[i + 1]) else []
            joined += [i - 1] if i and _and_word(word) else []
            if not any(club_at(words, row, k) for k in before + after[:1] + joined) and (
                alone.isdisjoint(readings(word)) or not _alone_club(words, i)
            ):
                continue
            if cues is None:
                cues = [_sport_words(w) for w in sentences]
            if cues[s] and sum(cues[max(0, s - SPORT_WINDOW) : s + SPORT_WINDOW + 1]) >= 2:
                row[i] = "B-ORG"
    return result


def club_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a club of ``data/clubs.tsv`` that the tagger took alone for a person made
    the organisation in a report on a match (two words of a match in its sentence and the
    sentences either side, one in its own: وكان توتنهام قد حسم تأهله، سالزبورغ، لإيفرتون),
    unless it is a person's name too: one the gazetteer knows (بولتون) or a given name, or the
    last word of a person's name of two words or more in the article (فرناندو سانتوس, then
    سانتوس alone), or a name, a given name, a title or a verb of saying comes right before
    it (``triggers.tsv``: وأضاف سانتوس). A club read with ب alone is left (برين is no ب +
    رين).

    >>> club_persons([["وكان", "توتنهام", "قد", "حسم", "تأهله", "بالفوز", "في", "المباراة"]],
    ...              [["O", "B-PER", "O", "O", "O", "O", "O", "O"]])
    [['O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    named: set[str] = set()  # the clubs that end a person's name of two words or more
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first >= 2:
                named.add(_club_of(words[last - 1]) or "")
    cues: list[int] | None = None
    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        if "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first != 1:
                continue
            word = words[first]
            club = _club_of(word)
            if club is None or club in named:
                continue
            norm = normalize_word(word)
            if norm.startswith("ب") and norm != club:
                continue  # برين: ب + رين (Rennes), or a name
            if _gazetteer_person(word) or _given_name(word) is not None:
                continue  # بولتون: John Bolton
            if first and (
                row[first - 1] != OUTSIDE
                or _given_name(words[first - 1]) is not None
                or not _titles().isdisjoint(readings(words[first - 1]))
            ):
                continue
            if cues is None:
                cues = [_sport_words(w) for w in sentences]
            if cues[s] and sum(cues[max(0, s - SPORT_WINDOW) : s + SPORT_WINDOW + 1]) >= 2:
                row[first] = "B-ORG"
    return result


def split_person_clubs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name run on into a club's name of one word (``data/clubs.tsv``:
    ليوناردو النصر، مورينيو تشلسي) cut before the club, which is the organisation, where the
    article names the person without it elsewhere: whole (ليوناردو alone) or by the surname
    (تيري تشلسي beside جون تيري); not a given name another person shares (سيرجيو ليون beside
    سيرجيو راموس: León is a surname too). A name the article writes only so (خديجة الرياضي،
    نظمي النصر) is left: news writes many surnames as clubs' names; so is a club's name that is
    a nisba (محمد وائل العربي، أيمن الصفاقسي) or that follows و, ب or ل (دان وبولتون, a list;
    الحريري للرياض, a visit). Before :func:`club_persons`, which then takes the club alone for
    the organisation elsewhere (محترف النصر).

    >>> split_person_clubs([["قال", "ليوناردو", ":"], ["ليوناردو", "النصر", ":"]],
    ...                    [["O", "B-PER", "O"], ["B-PER", "I-PER", "O"]])
    [['O', 'B-PER', 'O'], ['B-PER', 'B-ORG', 'O']]
    """
    spans: set[tuple[str, ...]] = set()  # the persons' names of the article, whole
    surnames: set[str] = set()  # and the last words of those of two words or more
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER":
                key = tuple(normalize_word(w) for w in words[first:last])
                spans.add(key)
                if len(key) >= 2:
                    surnames.add(key[-1])
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            club = normalize_word(words[last - 1])
            if label != "PER" or last - first < 2 or club not in _club_names():
                continue  # not after و, ب or ل: دان وبولتون, a list; الحريري للرياض, a place
            if club.startswith("ال") and club.endswith("ي"):
                continue  # محمد وائل العربي، أيمن الصفاقسي: a nisba is a surname as often
            if _given_name(words[last - 1]) is not None or _gazetteer_person(words[last - 1]):
                continue  # a club that is a person's name too (بولتون، سانتوس)
            rest = tuple(normalize_word(w) for w in words[first : last - 1])
            if rest in spans or (len(rest) == 1 and rest[0] in surnames):
                row[last - 1] = "B-ORG"
    return result


def _alone_club(words: Sequence[str], at: int) -> bool:
    """Whether a club of ``data/sport_clubs.tsv`` at ``words[at]`` may stand alone: written
    with the article (الجنوب إفريقي is South African), not after a noun with the article,
    whose adjective it is (المنتخب الأفريقي, "the African team"; الملعب الإفريقي, a stadium),
    nor before الأحمر (الهلال الأحمر, the Red Crescent)."""
    from pipeline.taggers.features import readings

    if not any(form.startswith("ال") for form in readings(words[at])):
        return False
    if at and any(
        form.startswith("ال") and form not in _words("function_words.tsv")
        for form in readings(words[at - 1])
    ):
        return False
    return at + 1 == len(words) or normalize_word(words[at + 1]) != normalize_word("الأحمر")


def _and_word(word: str) -> bool:
    """والنصر: a word that begins with و (and is more than it)."""
    norm = normalize_word(word)
    return norm.startswith("و") and len(norm) > 2


#: Adjectives that follow a noun of a place without naming it (من جهة أخرى، قرية صغيرة).
_PLACE_ADJECTIVES = frozenset(
    {"اخر", "اخري", "ثاني", "ثانيه", "واحد", "واحده", "جديد", "كبير", "صغير"}
)


def named_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the untagged word after a noun of ``data/place_nouns.tsv`` in the
    construct state (مدينة إيلات، بلدتي الفارعة، محافظة الجموم) tagged as a place, unless it is a
    function word, a point of the compass, a nationality (مدينة إسرائيلية), a title (مدينة الملك
    عبدالله) or an adjective, or a word the news writes often: one of the 60,000 words of
    ``data/vec_clusters.tsv`` in any reading, without its article (قرية تقع، شارع المطار،
    مجموعات محافظة ومؤيدين: "conservative groups and supporters"; this also leaves
    عرسال and الدورة to the tagger). A word without the article that ends in ة is taken for an
    adjective (قرية نائية), so مدينة مليلية is left to the tagger too. Neither test applies to
    the words of ``data/ant_places.tsv``, which unlabelled news writes after such nouns and
    after prepositions far more than an adjective is (محافظة صعدة، مدينة حرض، محافظة البيضاء).
    After the nouns that are as often something else (``any_word`` rare: ولاية الرئيس، منطقة
    الجزاء، مقاطعة الانتخابات) those words are places (ولاية آيوا، مديرية كتاف), and since stop 69
    a rare word too unless it ends in a pronoun, is a common word's plural or the like
    (:func:`_unlikely_place`: بمنطقة جنزور, not وحي خيالنا nor منطقة البحيرات); after
    ناحية (``no``: من ناحية أخرى, "on the other hand") only those words.

    >>> named_places([["في", "مدينة", "أكادير", "المغربية"]], [["O", "O", "O", "O"]])
    [['O', 'O', 'B-LOC', 'O']]
    >>> named_places([["في", "محافظة", "صعدة"], ["في", "قرية", "نائية"]], [["O"] * 3, ["O"] * 3])
    [['O', 'O', 'B-LOC'], ['O', 'O', 'O']]

    A place of one word right after such a noun, or after a plural of one (مناطق، مدن), that
    is an indefinite feminine adjective (:func:`_indefinite_nisba`: منطقة صحراوية، مناطق
    سورية) is no place.

    A hashtag between the noun and the name is passed over (بمحافظة #البيضاء). A person's
    name right after محافظة or إقليم is a province named for him (محافظة صلاح الدين), after
    مدينة، بلدة، قرية or معتمدية a town (بلدة فورني دي سوبرا، قرية عبد الله), and one
    right after a street's or a square's noun a street or a square (بشارع الحبيب بورقيبة، نهج
    فرحات حشاد، ميدان رابين: ANERcorp tags بشارع السعدون and ساحة كهرمانة LOC). A name the
    tagger made an organisation or a title right after such a noun is a place where the
    gazetteer knows it whole as one and not with that label (مطار لوس أنجلوس, MISC 5 times in
    20,004 ANT articles; ANERcorp tags the city after مطار LOC 7 times of 7: مطار دمشق، مطار
    دالاس; the airports named for persons MISC: مطار محمد الخامس).
    """
    from pipeline.taggers.features import readings

    nouns = _place_nouns()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in _untagged_pairs(row):
            found = readings(words[i])
            if nouns.keys().isdisjoint(found):
                continue
            construct = [n for n in nouns.keys() & set(found) if "ال" + n not in found]
            if not construct:
                continue
            modes = {nouns[n] for n in construct}
            any_word = "yes" in modes or "rare" in modes
            at = i + 1
            if words[at] == "#" and at + 1 < len(words) and row[at + 1] == OUTSIDE:
                at += 1  # بمحافظة #البيضاء: a hashtag
            word = words[at]
            norm = normalize_word(word)
            if norm not in _ant_places() and (
                not any_word
                or not _rare_name(word)
                or not _PLACE_ADJECTIVES.isdisjoint(readings(word))
                or (norm.endswith("ه") and not norm.startswith("ال"))
                or ("yes" not in modes and _unlikely_place(word))
            ):
                continue
            row[at] = "B-LOC"
        for first, last, label in tags_to_ranges(row):
            # بمحافظة صلاح الدين، بشارع الحبيب بورقيبة: a place named for a person
            before = readings(words[first - 1]) if first else ()
            # in the construct state: not حكم الساحة فهد المرداسي, "the referee"
            named = any(n in before and "ال" + n not in before for n in _NAMED_FOR_NOUNS)
            if label == "PER" and named:
                row[first:last] = ["B-LOC"] + ["I-LOC"] * (last - first - 1)
            elif (
                label in ("MISC", "ORG")
                and any(n in before and "ال" + n not in before for n in nouns)
                and _known_or_nothing(words[first:last], [])[0] == "B-LOC"
                and _known_name_at(words, first, last, label) != last - first
            ):
                row[first:last] = ["B-LOC"] + ["I-LOC"] * (last - first - 1)  # مطار لوس أنجلوس
            elif (
                label == "LOC" and last - first == 1 and first
                and _indefinite_nisba(words[first])
                and not (nouns.keys() | _PLACE_PLURALS).isdisjoint(readings(words[first - 1]))
            ):  # fmt: skip
                row[first] = OUTSIDE  # منطقة صحراوية، مناطق سورية: "a desert area"
    return result


#: Plurals of place nouns an adjective follows as it follows the singular (مناطق سورية).
_PLACE_PLURALS = frozenset({"مناطق", "مدن", "قري", "بلدات"})


def _indefinite_nisba(word: str) -> bool:
    """صحراوية، نائية، جبلية: an indefinite feminine adjective in ية, one that the news writes
    with the article too (الصحراوية is a word of ``data/vec_clusters.tsv``), and neither a
    place of ``data/ant_places.tsv`` (حمورية) nor one the gazetteer knows (صقلية) unless its
    masculine is a nationality (سورية, "Syrian", of مناطق سورية).

    >>> _indefinite_nisba("صحراوية"), _indefinite_nisba("صقلية"), _indefinite_nisba("سورية")
    (True, False, True)
    """
    from pipeline.taggers.features import gazetteer_index, vec_clusters

    norm = normalize_word(word)
    if not norm.endswith("يه") or norm.startswith("ال") or norm in _ant_places():
        return False
    if "ال" + norm not in vec_clusters():
        return False
    known = any(n.label == "LOC" and not n.rest for n in gazetteer_index().get(norm, ()))
    return not known or "ال" + norm[:-1] in _words("name_openers.tsv")


#: The nouns after which a person's name is a place named for him (محافظة صلاح الدين, شارع
#: الحبيب بورقيبة; نهج is Tunisia's word for a street), normalised.
_NAMED_FOR_NOUNS = frozenset(
    {"محافظه", "محافظتي", "اقليم", "شارع", "نهج", "ساحه", "ميدان", "جاده"}
    # since stop 60 the towns' too: بلدة إلتمان، قرية عبد الله، مدينة محمد بن زايد (ANERcorp:
    # 161 places after مدينة، بلدة، قرية، محافظة، إقليم، معتمدية, 3 persons, all its own slips)
    | {"مدينه", "مدينتي", "بلده", "بلدتي", "قريه", "قريتي", "معتمديه"}
    # since stop 70 منطقة's (بمنطقة أبو صوير، منطقة عائشة بكار, 16 persons in 20,004 ANT
    # articles, all places; ANERcorp train: 44 places after it, no person)
    | {"منطقه", "منطقتي"}
    # since stop 71 a mountain's, a river's, an island's, a quarter's and a camp's (جبل دينا،
    # حي الشيخ جراح، مخيم عين الحلوة; ANERcorp train: 31 places after them, one person)
    | {"جبل", "جبال", "نهر", "جزيره", "حي", "مخيم"}
)


@cache
def _place_nouns() -> dict[str, str]:
    """The nouns of ``data/place_nouns.tsv`` (normalised) -> which words the tagger cannot have
    learnt are a place after it: ``yes`` any, ``rare`` any but the words of
    :func:`_unlikely_place`, ``no`` none (only the words of ``data/ant_places.tsv``)."""
    rows = load_tsv("place_nouns.tsv")
    return {normalize_word(row["word"]): row["any_word"] for row in rows}


def _unlikely_place(word: str) -> bool:
    """Whether a rare word after a noun of place is still no place's name: one that ends in a
    pronoun (وحي خيالنا, "a figment of our imagination"; مقاطعة دورتنا), one with the
    preposition ل before its article (منطقة للمنسوجات, "a zone for textiles"), the plural in ات
    of a word the news writes often (منطقة البحيرات, "the lakes": بحيرة is a word of
    ``data/vec_clusters.tsv``; not الفرات), or a family's or the article's word alone (منطقة آل
    عمار, جبل الـ 47: the name is longer). Not the words of ``data/common_words.tsv``, which
    holds the places the news names often as well (مطار الشعيرات، مطار المزة، ميناء المخا: 46 of
    the 53 rare words after such nouns in 20,004 ANT articles that it holds).

    >>> [_unlikely_place(w) for w in ("خيالنا", "للمنسوجات", "البحيرات", "آل")]
    [True, True, True, True]
    >>> _unlikely_place("جنزور"), _unlikely_place("الفرات"), _unlikely_place("الشعيرات")
    (False, False, False)
    """
    from pipeline.taggers.features import readings, vec_clusters

    norm = normalize_word(word).replace("ـ", "")
    if norm in _ant_places():
        return False
    owned = any(norm.endswith(ending) for ending in _PRONOUN_ENDINGS if ending != "ه")
    plural = any(
        form.endswith("ات") and form.removeprefix("ال")[:-2] + "ه" in vec_clusters()
        for form in readings(word)
    )
    return owned or plural or norm.startswith("لل") or len(norm) <= 2


@cache
def _ant_places() -> frozenset[str]:
    """The words the news writes as the name after a place noun (``data/ant_places.tsv``,
    counted in unlabelled news by ``bench/harvest_places.py``), in their normalised form."""
    return frozenset(row["word"] for row in load_tsv("ant_places.tsv"))


def _untagged_pairs(row: Sequence[str]) -> Iterable[int]:
    """Each position ``i`` of a sentence's tags where ``i`` and ``i + 1`` are both untagged.
    The rules that tag a word by the one before it read the row as they change it."""
    for i in range(len(row) - 1):
        if row[i] == OUTSIDE and row[i + 1] == OUTSIDE:
            yield i


def _persons_after_untagged(row: Sequence[str]) -> Iterable[int]:
    """The first position of each person's span of a sentence's tags that an untagged word
    precedes: the spans as they stood when the rule began, the word before read from the row
    as the rule has changed it so far."""
    for first, _last, label in tags_to_ranges(row):
        if label == "PER" and first > 0 and row[first - 1] == OUTSIDE:
            yield first


def _rare_name(word: str) -> bool:
    """Whether a word may be a name the tagger has not learnt: letters and no digit, and no
    function word, point of the compass, nationality or title, nor a word the news writes often:
    one of the 60,000 words of ``data/vec_clusters.tsv`` in any reading, without its article
    (تقع، المطار: مطار، ومؤيدين: مؤيدين)."""
    from pipeline.taggers.features import readings, vec_clusters

    forms = set(readings(word))
    return (
        any(ch.isalpha() for ch in word)
        and not any(ch.isdigit() for ch in word)
        and forms.isdisjoint(_words("function_words.tsv"))
        and not _compass_word(word)
        and not _opens_no_name(word, feminine=True)
        and _titles().isdisjoint(forms)
        and forms.isdisjoint(_date_names())
        and not any(form.removeprefix("ال") in vec_clusters() for form in forms)
    )


@cache
def _date_names() -> frozenset[str]:
    """The normalised names of weekdays and months (``weekdays.tsv``، ``months.tsv``)."""
    rows = (*load_tsv("weekdays.tsv"), *load_tsv("months.tsv"))
    return frozenset(normalize_word(row["name"]) for row in rows)


#: Endings of a verb or a noun with a pronoun (وزرعوا، ووجههم، وتوعدته، ومتخوفون), which no place
#: has; a final ه (not ة) is a pronoun too (ويدمّره).
_NOT_PLACE_ENDINGS = ("وا", "هم", "ها", "هن", "هما", "كم", "كما", "نا", "ون", "ه")
#: The first letters of a verb in the imperfect (ويدمره، وتنشران، ونطرح، وستحفر) or of a verbal
#: noun (والتغرير), after و and the article.
_VERB_PREFIXES = ("ي", "ت", "ن", "سي", "ست", "سن")


def coordinated_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a word joined by و to a place (طابا وإيلات، منبج ومارع)
    tagged as a place too, when it is a word the tagger has not learnt (:func:`_rare_name`):
    a common word (لبنان والمنطقة) or a verb (لمصر وربوا الحمير) is left alone. Only places: a
    person's or an organisation's name joined by و is as often followed by a common word. A
    place whose و is its own letter joins nothing before it (:func:`_name_in_w`: دنزل
    واشنطن، إلغاء واشنطن، أحجمت واشنطن: 7 wrong places in 20,004 ANT articles).

    >>> coordinated_places([["منبج", "ومارع", "وقرى"]], [["B-LOC", "O", "O"]])
    [['B-LOC', 'B-LOC', 'O']]

    (قرى, "villages", is a word the news writes often, so it stays untagged; so would صفد.)
    A place so found that ends a place of two words the gazetteer knows takes its first word
    too (باب المندب والوازعية, where المندب alone had kept باب out when names spread).
    """
    from pipeline.taggers.features import gazetteer_tags

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-LOC" not in row:
            continue
        changed = True
        while changed:
            changed = False
            for first, last, label in tags_to_ranges(row):
                if label != "LOC":
                    continue
                after = last < len(words) and row[last] == OUTSIDE
                if (
                    after
                    and _and_place(words[last])
                    and (last + 1 == len(row) or not row[last + 1].startswith("I-"))
                ):
                    row[last] = "B-LOC"
                    changed = True
                before = first > 0 and row[first - 1] == OUTSIDE
                if (
                    before
                    and normalize_word(words[first]).startswith("و")
                    and not _name_in_w(words[first])  # واشنطن: no "and" (دنزل واشنطن)
                    and (first < 2 or row[first - 2] == OUTSIDE)
                    and _place_before_and(words[first - 1])
                ):
                    row[first - 1] = "B-LOC"
                    changed = True
                    # باب + المندب والوازعية: the gazetteer's place of two words whole
                    pair = gazetteer_tags(words[first - 2 : first]) if first >= 2 else []
                    if [t or OUTSIDE for t in pair] == ["B-LOC", "I-LOC"]:
                        row[first - 2 : first] = ["B-LOC", "I-LOC"]
    return result


#: Letters with hamza: a given name written with one is matched as written.
_HAMZAS = frozenset("أإآؤئء")
#: Endings of a participle or adjective (normalised: ة is ه), after م.
_PARTICIPLE_ENDINGS = ("ا", "ه", "ان", "ين", "ات", "ون")
#: Fewest letters of a surname found after a given name (:func:`given_names_first`).
MIN_SURNAME_LETTERS = 3


@cache
def _raw_given() -> frozenset[str]:
    """The given names of ``data/given_names.tsv`` and ``data/more_given_names.tsv`` as written
    (short vowels taken off): both are written by hand, with their hamzas (إيليا، إدريسا)."""
    return frozenset(dediac(row["name"]) for row in load_tsv("given_names.tsv")) | frozenset(
        dediac(row["word"]) for row in load_tsv("more_given_names.tsv")
    )


def given_names_first(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged given name (``data/given_names.tsv``, bare or after و) and the
    rare word after it tagged as a person (الفنانة ندي بسيوني، وباسكال مشعلاني، ريجينا سايدل): a
    word the tagger has not learnt (:func:`_rare_name`) after a given name is its surname. Not a
    word that ends in a pronoun (ه: وزينه "and decorated it", not زينة) nor one after و; not a
    participle after it (زبيدة مختفية, "Zubaida, missing"), nor a word with the article after a
    name that is as often a noun (``data/noun_given_names.tsv``: عمر السجان, "the jailer's age").
    A surname the news writes often (``data/ant_surnames.tsv``: جمال خاشقجي، سيرغي سكريبال) is
    taken too, and a person tagged right after joins the name (رجب طيب أردوغان). A given name
    the tagger took alone for a person takes the same surname after it (مازن السديري).

    >>> given_names_first([["الفنانة", "ندي", "بسيوني", "حيث"]], [["O", "O", "O", "O"]])
    [['O', 'B-PER', 'I-PER', 'O']]
    """
    from pipeline.taggers.features import vec_clusters

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in _untagged_pairs(row):
            bare = _given_name(words[i])
            surname = words[i + 1]
            after = normalize_word(surname)
            if bare is None and words[i].removeprefix("و") == "علي":
                # علي, written for على "on" too (and عليّ "on me"): only before a rare word
                # without the article that reads as no verb nor preposition's object (علي
                # تحجيم، علي باقتراف "on limiting", "on committing")
                if (
                    after.startswith(("ال", "ب", "ل"))
                    or _verb_like(surname, after)
                    or not _rare_name(surname)
                ):
                    continue
                bare = "علي"
            if bare is None:
                bare = _clitic_given_name(words[i])
            if bare is None or not _surname_after(bare, surname):
                continue
            row[i : i + 2] = ["B-PER", "I-PER"]
            if (
                i + 2 < len(row)
                and row[i + 2] == "B-PER"
                and not normalize_word(words[i + 2]).startswith("و")  # a list: ... ومينا
            ):
                row[i + 2] = "I-PER"  # رجب طيب + أردوغان: one name
        # a given name the tagger took alone for a person, its surname left out (مازن
        # السديري، إيمان مطلق)
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first != 1 or last == len(row) or row[last] != OUTSIDE:
                continue
            bare = _given_name(words[first])
            after = normalize_word(words[last])
            if (
                bare is not None
                and _surname_after(bare, words[last])
                # a preposition on a common word (سلمان للإغاثة، صلاح بمباريات، رضوان لقديم)
                and not (after[:1] in ("ب", "ل") and after[1:] in vec_clusters())
                and not after.startswith(("لل", "بال"))
            ):
                row[last] = "I-PER"
    return result


#: Given names the list leaves out as common words (تركي "Turkish", سلطان "sultan") that before
#: آل and a family's name are only ever the name.
_FAMILY_GIVEN = frozenset({"تركي", "سلطان"})


def family_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a given name (``data/given_names.tsv``; after و, ل or ب too) before آل and
    a word made one person's name with them (تركي آل الشيخ، لتركي آل الشيخ، خالد آل خليفة: آل,
    "the family of", names a Gulf family), where the tagger left them untagged, took the given
    name alone for a person, or the family's word alone for a name of another label (الشيخ
    is a title alone, خليفة a given name). The unseen ANT news left تركي آل الشيخ untagged 14
    times in 1,200 articles (تركي is also "Turkish").

    >>> family_names([["وجه", "تركي", "آل", "الشيخ", "رئيس"]], [["O", "O", "O", "O", "O"]])
    [['O', 'B-PER', 'I-PER', 'I-PER', 'O']]
    """
    names = _given_names() | _FAMILY_GIVEN
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(len(row) - 2):
            if dediac(words[i + 1]) != "آل" or row[i + 1] != OUTSIDE:
                continue
            if row[i] not in (OUTSIDE, "B-PER"):
                continue
            if (
                not words[i + 2].isalpha()
                or normalize_word(words[i + 2]) in _words("function_words.tsv")
                or (i + 3 < len(row) and row[i + 3].startswith("I-"))
            ):
                continue
            norm = normalize_word(words[i])
            if not any(
                norm.startswith(clitic) and norm[len(clitic) :] in names
                for clitic in ("", "و", "ل", "ب", "ول", "وب")
            ):
                continue
            row[i : i + 3] = ["B-PER", "I-PER", "I-PER"]
    return result


#: How the imperfect of the derived verbs begins (يتقاعد، يستعد، تتقدم), which no surname after a
#: given name does in ANT's news.
_DERIVED_IMPERFECT = ("يت", "يست", "تت", "تست")


def _surname_after(given: str, surname: str) -> bool:
    """Whether ``surname`` after the given name ``given`` (normalised, without و) is its
    surname for :func:`given_names_first`: a word the tagger has not learnt or one the news
    writes as a surname often, not a participle, a derived verb (طلعت زكريا يتقمص "plays"), an
    ordinal's الـ18, a word after و, nor a word with the article after a name that is as often a
    noun."""
    after = normalize_word(surname)
    return not (
        len(after) < MIN_SURNAME_LETTERS
        # a verb of the imperfect in its derived forms (يتقاعد، يتقمص، يستعد "retires" ...)
        or after.startswith(_DERIVED_IMPERFECT)
        or "ـ" in surname  # الـ18
        or after.startswith("و")
        # a participle (ملفوفا، مختفية، منخرطين، متحمسان): "wrapped", "missing" ...
        or (after.startswith("م") and after.endswith(_PARTICIPLE_ENDINGS))
        or (after.startswith("ال") and given in _words("noun_given_names.tsv"))
        or _suffixed_word(surname)
        or not (_rare_name(surname) or _news_surname(surname, after, given))
    )


def _suffixed_word(word: str) -> bool:
    """Whether a word ends in a pronoun or a plural's ending (:data:`_NOT_PLACE_ENDINGS`) on a
    noun's or a verb's stem: one the news writes (وزينه "and decorated it"), a noun's in ة
    (غلته، بممازحتها), one of three letters (ذرفه), a verb's (تناشدهما، فسنحاربه، استدرجها،
    أقنعها) or a participle's (لمحزونون). Not a foreign name that only ends so (سكوبينا، ديكيه،
    دورمه), whose stem of four letters or more is none of these.

    >>> _suffixed_word("بطاريته"), _suffixed_word("تناشدهما"), _suffixed_word("سكوبينا")
    (True, True, False)
    """
    from pipeline.taggers.features import readings, vec_clusters

    bare, norm = dediac(word), normalize_word(word)
    for ending in _NOT_PLACE_ENDINGS:
        if not bare.endswith(ending):
            continue
        stem = norm[: -len(ending)]
        core = stem[1:] if stem[:1] in ("و", "ف", "ب", "ل") else stem
        if (
            len(stem) <= MIN_SURNAME_LETTERS
            or stem.endswith("ت")
            or core.startswith((*_VERB_PREFIXES, "است", "م"))
            or (len(core) == 4 and core.startswith("ا"))
            or _verb_shaped(core.removeprefix("س"))
            or any(
                not vec_clusters().keys().isdisjoint(readings(form))
                for form in (stem, "ال" + core)
            )
        ):
            return True
    return False


def given_names_before(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], titled: bool = True
) -> list[list[str]]:
    """The tags with an untagged given name (``data/given_names.tsv``, bare or after و) right
    before a person's name joined to it: the tagger began the name one word late (أحمد أبو
    الغيط، وغادة عادل), after another name too when و joins them (ماكرون وأنغيلا ميركل), and
    after an organisation or a place (مندوب سوريا لدى الأمم المتحدة بشار الجعفري). Not
    right after another person's name without و, nor before one joined by و (a list: أسمهان وفهد
    بلان), nor what :func:`_given_name` refuses (علي, written for على: ردا علي محمد صلاح), nor a
    name that is as often a noun (``noun_given_names.tsv``: عمر "age"). Without ``titled``, only
    a word of the lists (as :func:`spread_names` runs it again, after the rules that take a
    title off: a word after a title, اللواء دكتور, is no given name there).

    >>> given_names_before([["قال", "الوزير", "أحمد", "أبو", "الغيط"]],
    ...                    [["O", "O", "O", "B-PER", "I-PER"]])
    [['O', 'O', 'B-PER', 'I-PER', 'I-PER']]
    >>> given_names_before([["عن", "غافين", "ويليامسون"], ["أسمهان", "وفهد", "بلان"]],
    ...                    [["O", "O", "B-PER"], ["O", "B-PER", "I-PER"]])
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first in _persons_after_untagged(row):
            at = first - 1
            if at > 0 and row[at - 1].endswith("-PER") and not words[at].startswith("و"):
                continue  # محمد رمضان علي ...: a list of names (but ماكرون وأنغيلا ميركل)
            if _joins_names(words[first], unknown_and=False):
                continue  # أسمهان وفهد بلان: two persons (غافين ويليامسون: one)
            given = _given_name(words[at])
            if (
                (given is not None and given not in _words("noun_given_names.tsv"))
                or (titled and (_given_after_title(words, at) or _turki_given(words, at)))
            ):
                row[at] = "B-PER"
                row[first] = "I-PER"
    return result


def listed_given_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged given name (``data/given_names.tsv``) right before a person's
    name that و joins to it (:func:`_joins_names`) tagged a person of its own: two persons
    named side by side, the first by the given name alone (فيدل وراؤول، سيرغي ويوليا
    سكريبال، باراك وميشيل أوباما; ANERcorp tags the given name a person). Not a name that is
    as often a noun (``noun_given_names.tsv``: عمر "age"), nor one right after a word the
    tagger left untagged that is a given name too (الطاهر), begins with و (a list's item) or is
    a rare word (:func:`_rare_name`: جيكوب كولن وبدر الشمراني), or after another person's name,
    of which it may be the surname (وروبين عيسى ولمى ناصر).

    >>> listed_given_names([["قاد", "فيدل", "وراؤول", "محاولة"]], [["O", "O", "B-PER", "O"]])
    [['O', 'B-PER', 'B-PER', 'O']]
    """
    nouns = _words("noun_given_names.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first in _persons_after_untagged(row):
            at = first - 1
            if not normalize_word(words[first]).startswith("و") or not _joins_names(words[first]):
                continue
            given = _given_name(words[at])
            if given is None or given in nouns:
                continue
            before = normalize_word(words[at - 1]) if at > 0 else ""
            if at > 0 and (
                row[at - 1] != OUTSIDE
                or _given_name(words[at - 1]) is not None
                or (before.startswith("ال") and _given_name(before[2:]) is not None)
                or (before.startswith("و") and before not in _words("function_words.tsv"))
                or _rare_name(words[at - 1])
            ):
                continue  # وروبين عيسى ولمى ناصر: عيسى may be روبين's surname, in a list
            row[at] = "B-PER"
    return result


#: The second words of compound given names (سيف الإسلام، نجيب الله، نور الدين), normalised:
#: the only words with the article that :func:`given_names_relabel` joins to a given name.
_COMPOUND_ENDS = frozenset(normalize_word(w) for w in ("الإسلام", "الله", "الدين"))


def first_names_named(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the untagged word before a person's name taken into it where the article
    tags both as one person elsewhere: the tagger knows no given name ألفة, and tagged ألفة
    يوسف in the headline but يوسف alone after الجامعية (22 times in 20,000 ANT articles; محرم
    إينجه، سيرج سركيسيان). Not a word the news writes with the article (``data/vec_clusters.tsv``:
    الخطة of خطة ترامب, الدكتور), nor a proclitic on a word it writes that is no name (لمعاقبة
    راموس, بحكومة بن دغر), a title or a function word: a common noun the tagger took into a
    name elsewhere is none.

    >>> first_names_named([["ألفة", "يوسف"], ["الجامعية", "ألفة", "يوسف", "على"]],
    ...                   [["B-PER", "I-PER"], ["O", "O", "B-PER", "O"]])[1]
    ['O', 'B-PER', 'I-PER', 'O']
    """
    from pipeline.taggers.features import vec_clusters

    mentions, _labels = _person_mentions(sentences, tags)
    if len(mentions) < 2:
        return [list(t) for t in tags]
    common = vec_clusters()
    excluded = _words("function_words.tsv") | _titles()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or first == 0 or row[first - 1] != OUTSIDE:
                continue
            word = normalize_word(words[first - 1])
            if (
                mentions[_key(words[first - 1 : last])]
                and "ال" + word not in common
                and not (  # لمعاقبة راموس: ل on a word the news writes (معاقبة), no name
                    word[0] in _JOINING
                    and word[1:] in common
                    and _given_name(words[first - 1]) is None
                    and not _listed_name(word)
                )
                and word not in excluded
                and not dediac(words[first - 1]).startswith("ال")  # not ألفة, normalised الفه
            ):
                row[first - 1 : first + 1] = ["B-PER", "I-PER"]
    return result


def given_names_relabel(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged given name (:func:`_given_name`, not one as often a noun of
    ``data/noun_given_names.tsv``) and the name of one or two words the tagger gave another
    label right after it made one person: the given name says whose name it is (ألفريد نوبل
    MISC, سيف الإسلام، نجيب الله، جيرالد فورد ORG، يوليا تيموشنكو LOC). Not after a tagged name,
    whose last word the given name may be (محمد بن سلمان لأميركا), nor a name with a proclitic
    on it (سالم لإسبانيا) or a place the gazetteer knows (مريم إسرائيل، وعزت أنقرة), a name of
    two words it knows whole (يعرب مجلس الأمن: "the Security Council expresses"), a club, a
    nationality adjective (لبنى السورية) or a word with the article other than the second word
    of a compound name (بسمة المونديال, "the World Cup's smile"; but سيف الإسلام).

    >>> given_names_relabel([["وصية", "ألفريد", "نوبل", "الذي"], ["عزت", "أنقرة", "الأمر"]],
    ...                     [["O", "O", "B-MISC", "O"], ["O", "B-LOC", "O"]])
    [['O', 'B-PER', 'I-PER', 'O'], ['O', 'B-LOC', 'O']]
    """
    from pipeline.taggers.features import gazetteer_index, readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            at = first - 1
            if label == "PER" or last - first > 2 or at < 0 or row[at] != OUTSIDE:
                continue
            if at > 0 and row[at - 1] != OUTSIDE:
                continue  # محمد بن سلمان لأميركا: the given name ends a name
            given = _given_name(words[at])
            if given is None or given in _words("noun_given_names.tsv"):
                continue
            word = normalize_word(words[first])
            if word[:1] in "وبلك" and not word.startswith("ال"):
                continue  # سالم لإسبانيا
            if word.startswith("ال") and word not in _COMPOUND_ENDS:
                continue  # بسمة المونديال, "the World Cup's smile"; but سيف الإسلام
            if last - first > 1 and _known_name_at(words, first, last, label) == last - first:
                continue  # يعرب مجلس الأمن, "the Security Council expresses"
            if label == "LOC" and any(
                n.label == "LOC" and len(n.rest) == last - first - 1
                for form in readings(words[first])
                for n in gazetteer_index().get(form, ())
            ):
                continue  # مريم إسرائيل: a place the gazetteer knows
            rest = " ".join(normalize_word(w) for w in words[first:last])
            if rest in _club_names() or _nationality_adjective(words[last - 1]):
                continue  # نضال لطيف أولمبيك الكاف; لبنى السورية
            row[at] = "B-PER"
            row[first:last] = ["I-PER"] * (last - first)
    return result


def surnamed_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name of two words the tagger gave another label, a given name
    (:func:`_given_name`, not one as often a noun of ``data/noun_given_names.tsv``) and a word
    that ends a person's name elsewhere in the article, alone or after another first word, and
    stands in no other name of another label, made a person's: the surname says whose name it
    is (يوليا سكريبال MISC after سيرغي سكريبال, سمر بدوي ORG, بترا كفيتوفا LOC; 7 names in
    20,004 ANT articles, all rightly). The same pair tagged a person elsewhere is no evidence
    (لكيت كات PER once, كيت كات MISC 9 times: the chocolate). Not after a noun of an
    organisation, a place, a building or a work, or a word the tagger's triggers say announces
    another label, quotation marks between (شركة "توماس كوك"، نادي شارلوت هورنتس، ميناء بندر
    عباس، مسلسل "هارون الرشيد": a first version without that made 20 such names persons), nor a
    club's name (``data/clubs.tsv``) or a name of two words the gazetteer knows whole with its
    label.

    >>> surnamed_persons([["سم", "يوليا", "سكريبال"], ["وقال", "سيرغي", "سكريبال"]],
    ...                  [["O", "B-MISC", "I-MISC"], ["O", "B-PER", "I-PER"]])[0]
    ['O', 'B-PER', 'I-PER']
    """
    from pipeline.taggers.features import readings, triggers

    surnames: defaultdict[str, set[str]] = defaultdict(set)  # last word -> the names' firsts

    def opening(word: str) -> str:
        """A name's first word, its given name if it is one, ل or ب off (لكيت: كيت)."""
        return _given_name(word[1:] if word[:1] in "لب" else word) or normalize_word(word)

    others: Counter[str] = Counter()  # the words of the other labels' names but the pairs
    pairs = []
    for i, (words, row) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if label == "PER":
                opener = opening(words[first]) if last - first > 1 else ""
                surnames[normalize_word(words[last - 1])].add(opener)
            elif last - first == 2 and _given_name(words[first]) is not None:
                pairs.append((i, first, label))
            else:
                others.update(normalize_word(w) for w in words[first:last])
    nouns = (
        _words("organisation_heads.tsv")
        | _words("place_nouns.tsv")
        | _words("building_nouns.tsv")
        | _words("quoted_heads.tsv")
    )
    found = triggers()
    result = [list(t) for t in tags]
    for i, first, label in pairs:
        words = sentences[i]
        surname = normalize_word(words[first + 1])
        # the surname ends a name with another first word, or alone: not كيت كات by itself
        if not surnames[surname] - {opening(words[first])} or others[surname]:
            continue
        at = first - 1
        while at >= 0 and not any(ch.isalnum() for ch in words[at]):
            at -= 1  # شركة "توماس كوك": the noun before the quotation mark
        forms = readings(words[at]) if at >= 0 else ()
        marks = {mark[:3] for form in forms for mark in found.get(form, ())}
        if not nouns.isdisjoint(forms) or marks & {"ORG", "LOC", "MIS"}:
            continue  # شركة توماس كوك، نادي شارلوت هورنتس، ميناء بندر عباس
        if _given_name(words[first]) in _words("noun_given_names.tsv"):
            continue
        if " ".join(normalize_word(w) for w in words[first : first + 2]) in _club_names():
            continue
        if _known_name_at(words, first, first + 2, label) == 2:
            continue
        result[i][first : first + 2] = ["B-PER", "I-PER"]
    return result


def theophoric_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with الله that the tagger took alone for the word of God (MISC) right after the
    first half of a name made with it (``data/theophoric_names.tsv``: نصر، فضل، فتح، أسد)
    made a person's name with that half (الملا فضل الله، أسد الله أسدي), as ANERcorp tags نصر
    الله: the half as written or after و, untagged, and a person's name right before it or
    right after الله joined to it (حسن + نصر الله، فتح الله + غولين). Not after a clitic
    (بفضل الله, "thanks to God"). The title آية الله ("ayatollah") is taken into the person's
    name right after it, as ANERcorp tags آية الله طبسي (B-PERS I-PERS I-PERS, 3 times of 3),
    where the tagger left آية out and took الله alone or with the name.

    >>> theophoric_names([["قتل", "الملا", "فضل", "الله", "زعيم"]],
    ...                  [["O", "O", "O", "B-MISC", "O"]])
    [['O', 'O', 'B-PER', 'I-PER', 'O']]
    """
    halves = _words("theophoric_names.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-MISC" not in row and "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if first == 0 or words[first] != "الله" or row[first - 1] != OUTSIDE:
                continue
            half = first - 1
            norm = normalize_word(words[half])
            if norm.removeprefix("و") == "ايه":  # آية الله + the name: one person
                end = last if label == "PER" and last - first > 1 else None  # الله طبسي PER
                alone = label == "MISC" and last - first == 1
                if alone and last < len(row) and row[last] == "B-PER":
                    end = last + 1  # الله MISC + الطبسي PER
                    while end < len(row) and row[end] == "I-PER":
                        end += 1
                if end is not None:
                    row[half:end] = ["B-PER"] + ["I-PER"] * (end - half - 1)
                continue
            known = norm in halves or (norm.startswith("و") and norm[1:] in halves)
            if label != "MISC" or last - first != 1 or not known:
                continue
            start = half
            if half > 0 and row[half - 1] in ("B-PER", "I-PER"):
                while row[start - 1] == "I-PER":
                    start -= 1
                start -= 1  # حسن + نصر الله
            end = last
            if end < len(row) and row[end] == "B-PER":
                end += 1
                while end < len(row) and row[end] == "I-PER":
                    end += 1  # فتح الله + غولين
            row[start:end] = ["B-PER"] + ["I-PER"] * (end - start - 1)
    return result


def ali_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with علي, as written (with ي), that the tagger left out before a person's
    name taken into it where it is the given name Ali (:func:`_ali_opens_name`: الرئيس
    السابق علي عبدالله صالح، التونسي الدولي علي معلول), with the given name before it too (غلام
    علي رشيد), and a given name the tagger took alone before it joined to the name (محمد + علي
    + السنوسي: one person). Not before a name joined by و (لطفي علي وناصر الشنوفي: a list).
    علي after a person's name that ends in a given name is the father's name where
    :func:`_ali_after` says so (محمد علي الحوثي). On 20,004 ANT articles the two took علي
    into 92 names (and :func:`_turki_given` تركي into 84: تركي المالكي).

    >>> ali_names([["وزير", "المالية", "علي", "حسن", "خليل"], ["القبض", "علي", "محمدين"]],
    ...           [["O", "O", "O", "B-PER", "I-PER"], ["O", "O", "B-PER"]])
    [['O', 'O', 'B-PER', 'I-PER', 'I-PER'], ['O', 'O', 'B-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first in _persons_after_untagged(row):
            at = first - 1
            if dediac(words[at]) != "علي" or _joins_names(words[first], unknown_and=False):
                continue
            given = at > 0 and _given_name(words[at - 1]) is not None
            if given and row[at - 1] in ("B-PER", "I-PER"):
                row[at : first + 1] = ["I-PER", "I-PER"]  # محمد + علي + السنوسي
            elif given and row[at - 1] == OUTSIDE and (at < 2 or row[at - 2] == OUTSIDE):
                row[at - 1 : first + 1] = ["B-PER", "I-PER", "I-PER"]  # غلام علي + رشيد
            elif _ali_opens_name(words, at):
                row[at : first + 1] = ["B-PER", "I-PER"]
        for _first, last, label in tags_to_ranges(row):
            if label == "PER" and last < len(row) and row[last] == OUTSIDE:
                _ali_after(words, row, last)
    return result


def _ali_after(words: Sequence[str], row: list[str], at: int) -> None:
    """Take علي at ``at``, right after a person's name that ends in a given name, into the
    name (in place) where it is the father's name: before a person's name (merged), a surname
    (:func:`_surname_after`), or a family's nisba (:func:`_family_nisba`), also where the
    tagger took it alone for a group or a place (محمد علي الحوثي), or after محمد unless a
    demonstrative or a word with a pronoun ending follows (محمد علي كان, the boxer). After
    other names علي before a common word is على, "on" (ويخشى جوزيه علي فريقه: "fears for his
    team"; ANERcorp train has 8 علي in a name after a person's and 5 such)."""
    if dediac(words[at]) != "علي":
        return
    name = normalize_word(words[at - 1])
    given = _given_name(name) or (_given_name(name[1:]) if name[:1] in ("ب", "ل") else None)
    if given is None:
        return
    after = at + 1
    if after < len(row) and row[after] == "B-PER":
        if not _joins_names(words[after], unknown_and=False):
            row[at : after + 1] = ["I-PER", "I-PER"]  # محمد + علي + السنوسي
        return
    alone = after + 1 == len(row) or not row[after + 1].startswith("I-")
    if after < len(row) and row[after] in (OUTSIDE, "B-ORG", "B-LOC") and alone:
        nisba = _family_nisba(words[after])
        if nisba or (row[after] == OUTSIDE and _surname_after("علي", words[after])):
            row[at : after + 1] = ["I-PER", "I-PER"]
            return
    if given == "محمد" and not (
        after < len(row)
        and (
            normalize_word(words[after]) in _words("demonstratives.tsv") | {"ذلك"}
            or words[after].endswith(("ه", "ها", "هم"))
        )
    ):
        row[at] = "I-PER"  # محمد علي, the boxer, the pasha


#: The verbs of saying that announce a person (``data/triggers.tsv``: قال، أكد), after which
#: علي is as often على "on", written with ي (أكد علي ضرورة, "stressed the need").
_SAYING_VERBS = frozenset(
    {"قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اشار", "اعلن", "اعلنت", "اوضح", "ذكر", "صرح"}
)


def _ali_opens_name(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]``, علي as written (with ي), is the given name Ali before the
    person's name after it, which the tagger reads as على "on" (ANERcorp train: علي as written
    233 times O, 35 times a person's first word) and leaves out (الرئيس السابق علي + عبدالله
    صالح): after a title (الرئيس، اللاعب), a word that begins no name (``name_openers.tsv``:
    المواطن، الحارس، الإماراتي), a title and one or two words with the article that complete
    it (وزير المالية، الرئيس اليمني السابق), a given name (محمد علي، غلام علي), after a mark
    of punctuation or first in a headline. Not after a verb (القبض علي محمدين, "the arrest
    of")."""
    from pipeline.taggers.features import readings

    if dediac(words[at]) != "علي":
        return False

    def title(word: str) -> bool:
        forms = set(readings(word)) - _SAYING_VERBS
        return not forms.isdisjoint(_titles())

    if at == 0 or not any(c.isalnum() for c in words[at - 1]):
        return True  # a headline's first word, or after a comma or a colon: ، علي يوسف شراره
    before = words[at - 1]
    return (
        title(before)
        or _opens_no_name(before, feminine=True)
        or _given_name(before) is not None
        or any(
            title(words[k])
            and all(normalize_word(w).startswith("ال") for w in words[k + 1 : at])
            for k in range(max(0, at - 3), at - 1)
        )
    )


def _turki_given(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is تركي, "Turkish" and a given name (the list leaves it out),
    that is the given name before a person's name: where the word before it is no noun without
    the article that the adjective would follow (مسؤول تركي, "a Turkish official"), but a
    word with the article (العقيد الركن تركي المالكي), one with a pronoun ending (المتحدث
    باسمه تركي المالكي), a mark of punctuation or nothing. The unseen ANT news left تركي out of
    تركي المالكي 84 times in 20,004 articles, and put it before a person's name as the
    adjective in none."""
    if dediac(words[at]) != "تركي":
        return False
    if at == 0 or not any(c.isalnum() for c in words[at - 1]):
        return True
    before = normalize_word(words[at - 1])
    return before.startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "وبال")) or before.endswith(
        ("ه", "ها", "هم")
    )


def _family_nisba(word: str) -> bool:
    """Whether a word has the form of a family's nisba (ال...ي, five letters or more: الحوثي،
    الطائي), no nationality (``name_openers.tsv``: المصري) nor a club (``clubs.tsv``: الأهلي)."""
    norm = normalize_word(word)
    return (
        norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 5
        and norm not in _words("name_openers.tsv") and norm not in _club_names()
    )  # fmt: skip


def given_names_nisba(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged given name (``data/given_names.tsv``) right before a word the
    tagger took alone for an organisation or a place that is a family's name in the form of a
    nisba (ال...ي: عبدالملك الحوثي، يحيى الحوثي، حاتم الطائي) made one person's name, also
    when the tagger made the given name a person alone: it knows the group or the tribe, not
    the man. Not after another name, nor a nationality
    (``name_openers.tsv``: أحمد المصري stays as the tagger has it), a club (``clubs.tsv``: الأهلي),
    nor a name that is as often a noun (``noun_given_names.tsv``).

    >>> given_names_nisba([["دفع", "زعيمها", "عبدالملك", "الحوثي", "للاعتراف"]],
    ...                   [["O", "O", "O", "B-ORG", "O"]])
    [['O', 'O', 'B-PER', 'I-PER', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-ORG" not in row and "B-LOC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            at = first - 1
            if label not in ("ORG", "LOC") or last - first != 1 or at < 0:
                continue
            alone = row[at] == "B-PER"  # the given name tagged as a person's name on its own
            if row[at] != OUTSIDE and not alone:
                continue
            if at > 0 and row[at - 1] != OUTSIDE:
                continue
            if not _family_nisba(words[first]):
                continue
            given = _given_name(words[at])
            if given is not None and given not in _words("noun_given_names.tsv"):
                row[at] = "B-PER"
                row[first] = "I-PER"
    return result


def _given_after_title(words: Sequence[str], at: int) -> bool:
    """العقيد تركي المالكي: a word between a title (``data/triggers.tsv``: العقيد، الرئيس) and
    a person's name is the name's first word, a given name the list leaves out as a common word
    (تركي "Turkish", عادل "just") or lacks; not a word with the article (الرئيس الأمريكي دونالد
    ترامب), a function or date word (الرئيس أمس), a nationality or description, nor digits."""
    from pipeline.taggers.features import readings

    word = words[at]
    norm = normalize_word(word)
    title = normalize_word(words[at - 1]) if at > 0 else ""
    return (
        title.startswith("ال")  # a rank or honorific as written before a name: العقيد، الأمير
        and title in _titles()
        and title not in _words("construct_titles.tsv")  # المتحدث باسم، مدير حملة
        and len(norm) >= 3
        and word.isalpha()
        and not norm.startswith("ال")
        and not word.endswith(("ه", "ها", "هم", "نا"))  # a pronoun: وزير خارجيته
        and norm not in _words("function_words.tsv")
        and norm not in _date_names()
        and not _ordinal(word)  # الفريق أول
        and not _opens_no_name(word, feminine=True)
        and _titles().isdisjoint(readings(word))
    )


def _given_name(word: str) -> str | None:
    """The given name (``data/given_names.tsv``, normalised, without و) that ``word`` is, bare
    or after و, else None: not a function word (علي, written for على "on"), a word ending in ه
    (وزينه "and decorated it") unless the list spells the name so (طه، أسامه), or one with a
    hamza the name lacks (a hamza written is read: سأمر "I shall pass" is no سامر, اليأس no
    الياس). A name that begins with و is read whole first (وليد، وائل، وسيم، ويليام; ووليد is
    و + وليد).

    >>> _given_name("وليد"), _given_name("ووائل"), _given_name("وسامر"), _given_name("وأين")
    ('وليد', 'وائل', 'سامر', None)
    """
    norm, written = normalize_word(word), dediac(word)
    bare = norm
    if norm.startswith("و") and norm not in _given_names() and norm not in _news_given_names():
        bare, written = norm[1:], written[1:]
    if (
        (bare not in _given_names() and bare not in _news_given_names())
        or norm in _words("function_words.tsv")
        # وزينه "and decorated it"; but a name the list spells with ه (طه، أسامه) is one
        or (word.endswith("ه") and written not in _raw_given())
        or (_HAMZAS & set(word) and written not in _raw_given())
    ):
        return None
    return bare


def _news_surname(word: str, norm: str, given: str) -> bool:
    """Whether ``word`` (``norm``: normalised), after the given name ``given``, is one of the
    surnames the news writes often (``data/ant_surnames.tsv``: خاشقجي، سكريبال); after a name
    that is as often a noun (``noun_given_names.tsv``) not a verb (عمر يناهز)."""
    if norm not in _ant_surnames():
        return False
    return given not in _words("noun_given_names.tsv") or not _verb_like(word, norm)


@cache
def _ant_surnames() -> frozenset[str]:
    """The words the news writes as a surname after a given name (``data/ant_surnames.tsv``,
    counted in unlabelled news by ``bench/harvest_surnames.py``), normalised."""
    return frozenset(row["word"] for row in load_tsv("ant_surnames.tsv"))


def _and_place(word: str) -> bool:
    """ونهاريا، والجليل: a word after و that may be a place (:func:`_rare_name`), neither a
    verb in the imperfect nor a word with a pronoun (:data:`_NOT_PLACE_ENDINGS`), or a word of
    ``data/ant_places.tsv`` (وحجة)."""
    norm = normalize_word(word)
    return norm.startswith("و") and (
        norm[1:] in _ant_places() or (not _verb_like(word, norm[1:]) and _rare_name(word))
    )


def _verb_like(word: str, norm: str) -> bool:
    """Whether a word (``norm``: its normalised form without the conjunction) reads as a verb or
    a verbal noun rather than a foreign name: the first letters of the imperfect (after the
    article too: التغرير), a pronoun at its end, a shadda (ووظّف), or four letters or fewer
    ending in ت (ألغت)."""
    bare = norm.removeprefix("ال")
    return (
        bare.startswith(_VERB_PREFIXES)
        or dediac(word).endswith(_NOT_PLACE_ENDINGS)
        or "\u0651" in word
        or (len(bare) <= 4 and bare.endswith("ت"))
    )


def _place_before_and(word: str) -> bool:
    """طابا (طابا وإيلات): a word before و + a place that may be a place too: as
    :func:`_and_place`, and no adjective with the article (الكيان الصهيوني والأردن)."""
    norm = normalize_word(word)
    return norm in _ant_places() or (
        not _verb_like(word, norm)
        and not (norm.startswith("ال") and norm.endswith(("ي", "يه")))
        and _rare_name(word)
    )


def split_known_lists(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a span that is names of the gazetteer joined by و, and nothing else, cut
    into those names, each with the gazetteer's label (فيسبوك وغوغل: MISC + ORG; ترامب وبوتن: two
    persons): the tagger runs a list on as one name. A name whose words the gazetteer knows only
    apart (حزب العدالة والتنمية، البوسنة والهرسك) stays whole.

    >>> split_known_lists([["عبر", "فيسبوك", "وتويتر"]], [["O", "B-MISC", "I-MISC"]])
    [['O', 'B-MISC', 'B-MISC']]
    """
    from pipeline.taggers.features import gazetteer_tags

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, _label in tags_to_ranges(row):
            if last - first < 2 or not any(
                normalize_word(words[k]).startswith("و") for k in range(first + 1, last)
            ):
                continue
            known = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words[first:last])])
            if (
                len(known) < 2
                or known[0][0] != 0
                or known[-1][1] != last - first
                or any(a[1] != b[0] for a, b in itertools.pairwise(known))
                or not all(
                    normalize_word(words[first + k]).startswith("و") for k, _, _ in known[1:]
                )
            ):
                continue
            for a, b, label in known:
                row[first + a : first + b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
    return result


def split_tagged_lists(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a span of two names joined by و cut in two where the article tags each
    half alone elsewhere, each half with the label it has there (سيول وبيونغ يانغ ORG -> سيول
    + وبيونغ يانغ, two places; باليرمو وفروسينوني، إيما واتسون ومايلز تيلر، فاروق والأهلى:
    a person and a club): the tagger ran a list on as one name, as
    :func:`split_known_lists` finds with the gazetteer. The second half counts where the
    article writes it without و (not ريورز of غولدن ستيت وريورز from a ووريورز alone, nor
    يليامز of سيرينا ويليامز); the first may carry و, ب or ل either time.

    >>> split_tagged_lists([["سيول", "وبيونغ", "يانغ"], ["بيونغ", "يانغ", "و", "سيول"]],
    ...                    [["B-ORG", "I-ORG", "I-ORG"], ["B-LOC", "I-LOC", "O", "B-LOC"]])
    [['B-LOC', 'B-LOC', 'I-LOC'], ['B-LOC', 'I-LOC', 'O', 'B-LOC']]
    """

    def key(words: Sequence[str], bare: bool) -> tuple[str, ...]:
        norm = [normalize_word(w) for w in words]
        if bare and norm[0][:1] in "وبل" and len(norm[0]) > 3:
            norm[0] = norm[0][1:]
        return tuple(norm)

    written: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    bare: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            written[key(words[first:last], False)][label] += 1
            for form in {key(words[first:last], False), key(words[first:last], True)}:
                bare[form][label] += 1
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, _label in tags_to_ranges(row):
            for k in range(first + 1, last):
                second = normalize_word(words[k])
                if not second.startswith("و") or len(second) < 3:
                    continue
                head = bare.get(key(words[first:k], False)) or bare.get(key(words[first:k], True))
                tail = written.get((second[1:], *key(words[k + 1 : last], False)))
                if head and tail:
                    one, two = head.most_common(1)[0][0], tail.most_common(1)[0][0]
                    row[first:k] = [f"B-{one}"] + [f"I-{one}"] * (k - first - 1)
                    row[k:last] = [f"B-{two}"] + [f"I-{two}"] * (last - k - 1)
                    break
    return result


def _clitic_forms(word: str) -> list[str]:
    """The normalised word and its readings without و, ب or ل before it (وبولاية: بولاية،
    ولاية), and with the article whose alef لل drops (للاتحاد: الاتحاد). Narrower than
    :func:`pipeline.taggers.features.readings`, which also strips ف، ك and the article: a club
    and a place noun are matched as written after those letters only (المدينة is no head noun
    of :func:`trim_place_heads`)."""
    norm = normalize_word(word)
    forms = [norm]
    if norm[:1] in "وبل":
        forms.append(norm[1:])
    if norm[:2] in ("وب", "ول"):
        forms.append(norm[2:])
    if norm.startswith(("لل", "ولل")):
        forms.append("ال" + norm.split("لل", 1)[1])
    return forms


def _clitic_form_in(word: str, listed: frozenset[str]) -> str | None:
    """The form of ``word`` (:func:`_clitic_forms`: as written, or without و, ب or ل) that
    ``listed`` holds, else None: a club, a place's or a feature's head noun, a prize's noun."""
    return next((form for form in _clitic_forms(word) if form in listed), None)


def _club_of(word: str) -> str | None:
    """The club of ``data/clubs.tsv`` (normalised) that ``word`` names, after و, ب or ل too
    (وهامبورغ، لفيورنتينا، للاتحاد), else None."""
    return _clitic_form_in(word, _club_names())


def split_club_lists(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's span that is clubs of one word (``data/clubs.tsv``)
    joined by و, and nothing else, cut into those clubs, each ORG: the tagger runs a list of
    clubs on as one name (المدرب السابق لليفركوزن وهامبورغ وشتوتغارت؛ بنفيكا وبورتو). Not where
    every club of it is also a common word (الاتحاد والتعاون, "union and cooperation"); a
    city whose name alone names its club (``data/city_clubs.tsv``) is a club here.

    >>> split_club_lists([["بنفيكا", "وبورتو"]], [["B-ORG", "I-ORG"]])
    [['B-ORG', 'B-ORG']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first < 2:
                continue
            clubs = [_club_of(words[k]) for k in range(first, last)]
            if (
                all(clubs)
                and all(normalize_word(words[k]).startswith("و") for k in range(first + 1, last))
                and not all(
                    club in _ambiguous_clubs() and club not in _city_clubs() for club in clubs
                )
            ):
                row[first:last] = ["B-ORG"] * (last - first)
    return result


def split_generic_heads(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's span that opens with a noun of an organisation with the
    article alone, "the organisation" the article speaks of (``data/organisation_heads.tsv``:
    المنظمة، البنك، الاتحاد), and goes on with a given name, cut in two: the noun is no name and
    the rest is a person (السفير لدى المنظمة + دنيس شيا، مدير عام المنظمة + أحمد أوزومجو). After
    نادي the noun is the club (نادي الاتحاد + حمد الصنيع).

    >>> split_generic_heads([["مدير", "المنظمة", "أحمد", "أوزومجو"]],
    ...                     [["O", "B-ORG", "I-ORG", "I-ORG"]])
    [['O', 'O', 'B-PER', 'I-PER']]
    """
    heads = _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(list(row)):
            norm = normalize_word(words[first])
            if (
                label == "ORG"
                and last - first >= 2
                and norm.startswith("ال")
                and norm[2:] in heads
                and _given_name(words[first + 1]) is not None
            ):
                club = first > 0 and normalize_word(words[first - 1]) == "نادي"
                row[first] = "B-ORG" if club else OUTSIDE
                row[first + 1 : last] = ["B-PER"] + ["I-PER"] * (last - first - 2)
    return result


def split_known_heads(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's span that opens with a name the gazetteer knows of another
    label and goes on with a given name cut in two, each with its label: the tagger runs a
    company, an agency or a place into the person named after it (مؤسس موقع فيسبوك مارك
    زوكربيرغ، المدير التنفيذي لإنستغرام كيفن سيستروم، المدير السابق لإف بي آي جيمس كومي،
    نجمة هوليود جينيفر أنيستون). Not where the first word is a given name itself. A span of
    the name's own label is cut so too where a given name written without a clitic (of
    ``given_names.tsv`` or :func:`_news_given_names`) and one or two surnames follow the name
    (كبير مفاوضي الاتحاد الأوروبي ميشال بارنييه، المدير الطبي للفيفا جيري دفوراك).

    >>> split_known_heads([["مؤسس", "فيسبوك", "مارك", "زوكربيرغ"]],
    ...                   [["O", "B-PER", "I-PER", "I-PER"]])
    [['O', 'B-MISC', 'B-PER', 'I-PER']]
    """
    from pipeline.taggers.features import gazetteer_tags, readings

    given = _given_names()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first < 2:
                continue
            known = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words[first:last])])
            if not known or known[0][0] != 0 or known[0][2] == "PER":
                continue
            _, end, head = known[0]
            if end >= last - first or not given.isdisjoint(readings(words[first])):
                continue
            after = normalize_word(words[first + end])
            if label != "PER":
                # Another label's span holds a person only with a surname after the given
                # name, written without a clitic (أمازون وبيل باك is a company and another).
                if (
                    head != label
                    or not 2 <= last - first - end <= 3  # a given name and one or two surnames
                    or after not in given | _news_given_names()
                ):
                    continue
            elif given.isdisjoint(readings(words[first + end])):
                continue
            row[first : first + end] = [f"B-{head}"] + [f"I-{head}"] * (end - 1)
            row[first + end : last] = ["B-PER"] + ["I-PER"] * (last - first - end - 1)
    return result


def split_known_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a span of the label of a name the gazetteer knows, that name and then a
    place it knows, of one word and without the article, cut in two, each with its label: the
    tagger ran a subject into its object (اتهم المسؤولون الأميركيون والناتو موسكو، دعت الأمم
    المتحدة موسكو). A person's name so, or an organisation's with the article on its first
    or last word (مجلس الأمن الدولي إيران): names of one body that end in a country (طالبان
    باكستان، بنك مصر إيران، سكاي نيوز أستراليا) have none. Not a club (الترجي جرجيس), a name
    with another hamza than the gazetteer's (الأخوان كينغستون, "the Kingston brothers"), a
    place with the article (غولن العقبة, "Gülen is the obstacle") nor another label's span
    (a MISC nickname: ترامب المكسيك): a first version split these (20,004 ANT articles).

    >>> split_known_places([["واتهم", "والناتو", "موسكو", "بنشر"]],
    ...                    [["O", "B-ORG", "I-ORG", "O"]])
    [['O', 'B-ORG', 'B-LOC', 'O']]
    """
    from pipeline.taggers.features import gazetteer_tags, readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first < 2 or label == "LOC":
                continue
            known = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words[first:last])])
            if len(known) != 2 or known[0][0] != 0 or known[1][1:] != (last - first, "LOC"):
                continue
            (_, end, head), (place, _, _) = known
            if place != end or end != last - first - 1 or head != label or label == "MISC":
                continue
            if any(f.startswith("ال") for f in readings(words[last - 1])):
                continue  # غولن العقبة, "Gülen (is) the obstacle"
            if not _known_alone(words, last - 1) or (last < len(row) and row[last] != OUTSIDE):
                continue  # نيمار لباريس + سان جرمان: the place begins a club's name
            rest = words[first : last - 1]
            if _club_of(" ".join(rest)) or _hamza_clash(rest):
                continue  # الترجي جرجيس, a club; الأخوان كينغستون, not الإخوان
            definite = any(  # الناتو، مجلس الأمن الدولي: the name's first or last word
                f.startswith("ال") for w in (words[first], words[last - 2]) for f in readings(w)
            )
            if head == "PER" or definite:
                row[first:last - 1] = [f"B-{head}"] + [f"I-{head}"] * (end - 1)
                row[last - 1] = "B-LOC"
    return result


def split_organisation_lists(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's span cut before a word that is و and a noun that begins
    an organisation's name (``data/organisation_heads.tsv``: والمنظمة، وشركة، ووزارة) with
    a word after it: the tagger runs two organisations listed with و on as one (جامعة الدول
    العربية والمنظمة العالمية، توتال وشركة الصين الوطنية للبترول), which ANERcorp annotates as
    two. A name whose second part is the noun alone stays whole.

    >>> split_organisation_lists(
    ...     [["البنك", "الدولي", "والصندوق", "العربي"]], [["B-ORG", "I-ORG", "I-ORG", "I-ORG"]])
    [['B-ORG', 'I-ORG', 'B-ORG', 'I-ORG']]
    """
    heads = _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "I-ORG" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "ORG":
                continue
            for k in range(first + 1, last - 1):
                norm = normalize_word(words[k])
                rest = norm[1:].removeprefix("ال")
                if norm.startswith("و") and rest in heads:
                    row[k] = "B-ORG"
    return result


_LIST_COMMAS = frozenset({"،", ","})


def _list_word(word: str) -> bool:
    """A word that can be part of a name in a list: letters only, not a function word nor a
    title (``triggers.tsv``: الرئيس، نائب)."""
    from pipeline.taggers.features import readings

    norm = normalize_word(word)
    return (
        word.isalpha()
        and len(norm) > 1
        and norm not in _words("function_words.tsv")
        and _titles().isdisjoint(readings(word))
    )


def _person_at(spans: dict[int, str], at: int) -> bool:
    return spans.get(at) == "PER"


def listed_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name of one to three words between two places of a list made
    a place (ونينوى وصلاح الدين والأنبار: the governorate, not Saladin; تايوان وهونع كونغ
    ومكاو): the item begins with و or follows a comma, and the place after it begins with و,
    right after it or after a comma. Only a person's name: an organisation between two
    places is as often one (كندا والاتحاد الأوروبي والمكسيك).

    >>> listed_places([["ونينوى", "وصلاح", "الدين", "والأنبار"]],
    ...               [["B-LOC", "B-PER", "I-PER", "B-LOC"]])
    [['B-LOC', 'B-LOC', 'I-LOC', 'B-LOC']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row or row.count("B-LOC") < 2:
            continue
        ranges = tags_to_ranges(row)
        triples = zip(ranges, ranges[1:], ranges[2:], strict=False)
        for (_, end0, before), (first, last, label), (first2, _, after) in triples:
            if label != "PER" or before != "LOC" or after != "LOC" or last - first > 3:
                continue
            gap1, gap2 = words[end0:first], words[last:first2]
            if gap1 not in ([], ["،"], [","]) or gap2 not in ([], ["،"], [","]):
                continue
            if not normalize_word(words[first2]).startswith("و"):
                continue
            if not gap1 and not normalize_word(words[first]).startswith("و"):
                continue
            row[first:last] = ["B-LOC"] + ["I-LOC"] * (last - first - 1)
    return result


def listed_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged item of one to three words between two persons' names of a
    list made a person's name too (محمد منير ، وعلي الحجار ، ونيكول سابا; ابوتريكة ومتعب
    وأسامة حسني): the items of a list are of one kind, and the tagger, sure of its neighbours,
    missed the name it had not seen. The item is cut from its neighbours by a comma or begins
    with و; it opens with a given name or a word the news rarely writes (:func:`_rare_name`),
    as news puts a title between commas after a name (بوتين، ونظيره التركي، أردوغان); every
    word of it is letters and no function word or title, and no word inside it but the
    first begins with و (نيسابور، وسيزوار وشيروان: each و begins an item of its own). Only
    between two persons: a list of places or organisations has common words among its items
    as often (لبنان والمنطقة).

    >>> listed_persons([["ومحمد", "منير", "،", "وعلي", "الحجار", "،", "ونيكول", "سابا"]],
    ...                [["B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "I-PER"]])
    [['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count("B-PER") < 2:
            continue
        ranges = tags_to_ranges(row)
        ends = {last: label for _, last, label in ranges}
        starts = {first: label for first, _, label in ranges}
        size = len(row)
        for at in range(1, size):
            if row[at] != OUTSIDE:
                continue
            opens_with_and = normalize_word(words[at]).startswith("و")
            after_comma = at > 1 and words[at - 1] in _LIST_COMMAS and _person_at(ends, at - 1)
            if not (after_comma or (opens_with_and and _person_at(ends, at))):
                continue
            bare = normalize_word(words[at]).removeprefix("و")
            given = bare in _given_names() or bare in _CHAIN_GIVEN  # وعلي الحجار
            if not given and not _rare_name(words[at]):
                continue  # الرئيس الأمريكي، ونظيره التركي: an apposition, no name
            for end in range(at + 1, min(at + 3, size) + 1):
                k = end - 1
                if (
                    row[k] != OUTSIDE
                    or not _list_word(words[k])
                    or (k > at and normalize_word(words[k]).startswith("و"))
                ):
                    break
                closes = (
                    end + 1 < size and words[end] in _LIST_COMMAS and _person_at(starts, end + 1)
                ) or (
                    end < size
                    and normalize_word(words[end]).startswith("و")
                    and _person_at(starts, end)
                )
                if closes:
                    row[at:end] = ["B-PER"] + ["I-PER"] * (end - at - 1)
                    break
    return result


def first_listed_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the first item of a list of persons made a person's name too, when the
    tagger found the next item and not it (الأعوان علي الكرمي وفؤاد البوغانمي; عبلة كامل ورياض
    الخولي): two untagged words right before a person's name of two words or more that
    begins with و, the first a given name (``data/given_names.tsv``; not the preposition
    على written so), the second letters, no function word or title (:func:`_list_word`), not begun
    with و (نانسي وأحلام are two) nor with لل or بال (مبروك للبطل وحبيب الملايين) and no
    nationality (سان لورنزو الأرجنتينية، a club). The word before is untagged, or the item begins
    with و itself (ومحمد العويس ومصطفى ملائكة وفواز القرني). Run after the trims of
    :func:`span_rules`, on the next item as they leave it. 14 such items in 20,004 ANT articles
    (17 mentions with their repeats), every one a person.

    >>> first_listed_persons([["الأعوان", "علي", "الكرمي", "وفؤاد", "البوغانمي"]],
    ...                      [["O", "O", "O", "B-PER", "I-PER"]])
    [['O', 'B-PER', 'I-PER', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        starts = {first: last for first, last, label in tags_to_ranges(row) if label == "PER"}
        for at in range(len(row) - 3):
            later = at + 2
            if later not in starts or starts[later] - later < 2 or row[at : at + 2] != [
                OUTSIDE,
                OUTSIDE,
            ]:
                continue
            given, second = words[at], words[at + 1]
            bare = normalize_word(given).removeprefix("و")
            if not normalize_word(words[later]).startswith("و") or given == "على":
                continue
            if bare not in _given_names() and bare not in _CHAIN_GIVEN:
                continue
            if not (given.isalpha() and _list_word(second)):
                continue  # the given name may be a function word's letters (علي، على)
            if normalize_word(second).startswith(("و", "لل", "بال")):
                continue  # مبروك للبطل وحبيب الملايين: a preposition and a noun
            if _opens_no_name(second, feminine=True):
                continue
            if at > 0 and row[at - 1] != OUTSIDE and not normalize_word(given).startswith("و"):
                continue
            row[at : at + 2] = ["B-PER", "I-PER"]
    return result


def last_listed_persons(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the last item of a list of persons made a person's name too, when the
    tagger found the item before and not it (إسحاق نيوتن وتشارلز داروين; جويل ماتيب وآدم
    لالانا): two untagged words right after a person's name of two words or more, the first a
    given name (:func:`_given_name`; not علي, as often على "on") begun with و, the second
    as :func:`first_listed_persons` reads it, and after them the item ends: a mark of
    punctuation, a function word, a word begun with و (the next item) or the sentence's end
    (not ومنذر بلحاج + علي). Run after the trims of :func:`span_rules`.

    >>> last_listed_persons([["بجوار", "إسحاق", "نيوتن", "وتشارلز", "داروين", "."]],
    ...                     [["O", "B-PER", "I-PER", "O", "O", "O"]])
    [['O', 'B-PER', 'I-PER', 'B-PER', 'I-PER', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        ends = {last: last - first for first, last, label in tags_to_ranges(row) if label == "PER"}
        for at in range(1, len(row) - 1):
            if ends.get(at, 0) < 2 or row[at : at + 2] != [OUTSIDE, OUTSIDE]:
                continue
            given, second = words[at], words[at + 1]
            norm = normalize_word(given)
            if not norm.startswith("و") or norm[1:] == "علي" or not given.isalpha():
                continue
            if _given_name(given) is None and norm[1:] not in _CHAIN_GIVEN:
                continue
            if not _list_word(second) or normalize_word(second).startswith(("و", "لل", "بال")):
                continue
            if _opens_no_name(second, feminine=True):
                continue
            if at + 2 < len(row) and not _ends_list_item(words[at + 2], row[at + 2]):
                continue
            row[at : at + 2] = ["B-PER", "I-PER"]
    return result


def _ends_list_item(word: str, tag: str) -> bool:
    """Whether ``word`` (tagged ``tag``) comes after the end of an item of a list: a mark of
    punctuation, a word begun with و (the next item, tagged or not) or an untagged function
    word; not علي as written (ومحمد بلحاج + علي, a name's third word)."""
    norm = normalize_word(word)
    if norm.startswith("و"):
        return tag in (OUTSIDE, "B-PER")
    if tag != OUTSIDE or dediac(word) == "علي":
        return False
    return not word.isalpha() or norm in _words("function_words.tsv")


def _relabel_known_names(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    wrong: Callable[[Sequence[str], int, int, str, str], bool],
) -> list[list[str]]:
    """The tags with each span that is exactly one name of the gazetteer given the gazetteer's
    label where ``wrong(words, first, last, label, gazetteer_label)`` says the tagger's is."""
    from pipeline.taggers.features import gazetteer_tags

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        for first, last, label in tags_to_ranges(row):
            known = tags_to_ranges([t or OUTSIDE for t in gazetteer_tags(words[first:last])])
            if len(known) != 1 or known[0][:2] != (0, last - first):
                continue
            new = known[0][2]
            if new != label and wrong(words, first, last, label, new):
                row[first:last] = [f"B-{new}"] + [f"I-{new}"] * (last - first - 1)
    return result


def gazetteer_labels(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a span that is exactly one name of the gazetteer given the gazetteer's
    label where the tagger's is surely wrong: a company or a place of two words or more or a
    platform tagged as a person (مورغان ستانلي، لوكهيد مارتن، بن قردان; قال تويتر إن), a
    person of two words or more tagged as an organisation (بيل غيتس), a company in Latin
    letters tagged MISC (MBC, JPMorgan: the training corpora hold no Latin script), a person
    tagged as a place (إدارة ترامب) but after a noun of a place or a building his name may
    name (برج ترامب). Places keep the tagger's label (a city may be its club), but for an
    organisation's name that is also a place's right after a noun that announces an
    organisation (وكالة أنباء الأناضول, the Turkish agency: LOC 22 times in 6,500 ANT
    articles), and so do the names written in Arabic that ANERcorp tags MISC (البيت الأبيض).
    A platform the gazetteer lists MISC is one, not an organisation, right after the noun of a
    website or an app (``data/site_nouns.tsv``: موقع يوتيوب، تطبيق إنستغرام).

    >>> gazetteer_labels([["وقال", "تويتر", "إن"]], [["O", "B-PER", "O"]])
    [['O', 'B-MISC', 'O']]
    """

    def surely_wrong(words: Sequence[str], first: int, last: int, label: str, new: str) -> bool:
        many = last - first > 1
        return (
            (label == "PER" and (new == "MISC" or (new in ("ORG", "LOC") and many)))
            or (label == "ORG" and new == "PER" and many)
            or (label == "MISC" and new == "ORG" and all(_is_latin(w) for w in words[first:last]))
            or (label == "LOC" and new == "ORG" and _after_organisation_noun(words, first))
            or (label == "ORG" and new == "MISC" and _after_site_noun(words, first))
            # إدارة ترامب: a person, but برج ترامب, مطار كينيدي, جبل عرفات are places
            or (label == "LOC" and new == "PER" and not _after_building_noun(words, first))
        )  # fmt: skip

    return _relabel_known_names(sentences, tags, surely_wrong)


def headed_organisations(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a MISC of two words or more that a noun of an organisation begins
    (``data/organisation_heads.tsv``, and تيار: معهد الإحصاءات التركي، المعهد الوطني لعلاج
    الإدمان، جامعة الملك سعود، تيار المحبة) an organisation, as ANERcorp train tags 367 such
    names and MISC three. Not a canal (قناة السويس), which is no organisation's name, nor a
    forum (منتدى الخليج الاقتصادي: the news names the meeting, an event, more than a body).

    >>> headed_organisations([["أعلن", "معهد", "الإحصاءات", "التركي"]],
    ...                      [["O", "B-MISC", "I-MISC", "I-MISC"]])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG']]
    """
    from pipeline.taggers.features import readings

    heads = (_words("organisation_heads.tsv") | {"تيار"}) - {"قناه", "منتدي"}
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-MISC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            many = last - first >= 2
            if label == "MISC" and many and not heads.isdisjoint(readings(words[first])):
                row[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return result


def _after_building_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word before ``words[at]`` is a noun of a place or a building that a
    person's name may name (``data/building_nouns.tsv``: برج ترامب، مطار كينيدي، جبل عرفات)."""
    from pipeline.taggers.features import readings

    return at > 0 and not _words("building_nouns.tsv").isdisjoint(readings(words[at - 1]))


def lexicon_labels(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a span that is exactly one name of the gazetteer (clubs included) given
    the gazetteer's label, but for a place the tagger took for an organisation (a city may be
    its club): for a tagger that never reads the gazetteer (Stanza, CAMeLBERT), which takes
    أرسنال for a person and فولكسفاغن، الناتو for places. The CRF's gazetteer features already
    weigh these names against their context, and there the rule only overrules the context
    (measured in the README).

    >>> lexicon_labels([["وكان", "أرسنال", "متقدما"]], [["O", "B-PER", "O"]])
    [['O', 'B-ORG', 'O']]
    """

    def wrong(words: Sequence[str], first: int, last: int, label: str, new: str) -> bool:
        return not (label == "ORG" and new == "LOC")

    return _relabel_known_names(sentences, tags, wrong)


def _after_site_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word before ``words[at]`` is the noun of a website or an app
    (``data/site_nouns.tsv``: موقع، بموقع، تطبيق), proclitics off."""
    from pipeline.taggers.features import readings

    return at > 0 and not _words("site_nouns.tsv").isdisjoint(readings(words[at - 1]))


def _after_organisation_noun(words: Sequence[str], at: int) -> bool:
    """Whether the word before ``words[at]`` announces an organisation (``triggers.tsv``:
    وكالة، صحيفة، شركة), or is أنباء after such a word (وكالة أنباء الأناضول); not a noun
    between them (مركز محافظة بابل)."""
    from pipeline.taggers.features import readings, triggers

    found = triggers()

    def announces(word: str) -> bool:
        marks = (mark for form in readings(word) for mark in found.get(form, ()))
        return any(mark.startswith("ORG") for mark in marks)

    if at and normalize_word(words[at - 1]) in ("انباء", "الانباء"):
        at -= 1
    return at > 0 and announces(words[at - 1])


def _is_latin(word: str) -> bool:
    """MBC، JPMorgan: a word of Latin letters (digits and & allowed)."""
    return any("a" <= c.lower() <= "z" for c in word) and all(
        c.isascii() and (c.isalnum() or c in "&.-") for c in word
    )


#: The fewest words of a gazetteer organisation that :func:`fill_organisations` tags alone.
MIN_FILLED_WORDS = 3

#: A listed name: the words after its first, its label, and whether it is tagged only where
#: the tagger left every word of it untagged (the gazetteer's organisations).
_Listed = tuple[tuple[str, ...], str, bool]


def fill_organisations(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each organisation of the gazetteer of three words or more that the
    tagger left wholly untagged given ORG (صندوق النقد الدولي، صندوق الاستثمارات العامة), and
    each of ``data/organisations.tsv`` (المرصد السوري لحقوق الإنسان, 523 times in the ANT
    corpus; جيش الإسلام) ORG, whole, where no span the tagger made runs past it. Ministries
    stay out, as ANERcorp leaves وزارة outside every name; the gazetteer's names of two words
    are often common phrases.

    >>> fill_organisations([["وقال", "المرصد", "السوري", "لحقوق", "الإنسان"]], [["O"] * 5])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']]
    """
    return _fill_names(sentences, tags, _organisations())


def party_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a party's name after حزب "party" an organisation's, حزب in it, as
    ANERcorp tags حزب الله and حزب الليكود: a name the tagger found right after it takes it in
    (حزب + آفاق تونس، حزب + الاتحاد الديمقراطي; a name it took for a work, حزب + النهضة MISC,
    is ORG), and one word with the article it left untagged, or two joined by و, is a name
    where nothing with the article follows but an adjective of the party
    (``data/party_words.tsv`` "closer": حزب الخضر في، حزب الغد، حزب العيش والحرية، حزب
    الدعوة الإسلامي). Not a word that names no party (``data/party_words.tsv`` "not_name":
    حزب المعارضة), an adjective in ي (حزب الشيوعي), nor a name that may go on past it (حزب
    الشعب الجمهوري، حزب الشعب الباكستاني، حزب البديل من أجل ألمانيا), nor الحزب "the party".

    >>> party_names([["وقال", "حزب", "الخضر", "إن"], ["لحزب", "آفاق", "تونس"]],
    ...             [["O", "O", "O", "O"], ["O", "B-ORG", "I-ORG"]])
    [['O', 'B-ORG', 'I-ORG', 'O'], ['B-ORG', 'I-ORG', 'I-ORG']]
    """
    party = normalize_word("حزب")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(len(words) - 1):
            norm = normalize_word(words[i])
            if row[i] != OUTSIDE or norm[-3:] != party or norm[:-3] not in ("", "و", "ف", "ل", "ب"):
                continue
            if row[i + 1] in ("B-ORG", "B-MISC"):  # حزب + آفاق تونس
                end = i + 2
                while end < len(row) and row[end].startswith("I-"):
                    end += 1
            else:
                end = _party_name_end(words, row, i + 1)
            if end is not None:
                row[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return result


def bank_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a bank named by its adjectives an organisation's: البنك or المصرف with
    the article, a proclitic before it or not (``data/bank_words.tsv``), and the adjectives
    in ي with the article after it, all untagged (البنك المركزي، البنك المركزي التركي،
    للبنك التجاري، المصرف المركزي العراقي), as ANERcorp tags البنك الدولي، البنك المركزي
    الأوروبي (9 times of 9 in the training part of its train file). Not a relative pronoun
    (البنك الذي) nor an adjective that names no bank (``bank_words.tsv`` "not_name": نظام البنك
    الأساسي, "the bank's basic statute"; البنك المحلي).

    >>> bank_names([["وقال", "البنك", "المركزي", "التركي", "إن"]], [["O"] * 5])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']]
    """
    from pipeline.taggers.features import readings

    heads = _words_by_kind("bank_words.tsv")["head"]
    not_names = _words_by_kind("bank_words.tsv")["not_name"]
    function_words = _words("function_words.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(len(words) - 1):
            if row[i] != OUTSIDE or heads.isdisjoint(readings(words[i])):
                continue
            end = i + 1
            while end < len(words) and row[end] == OUTSIDE:
                adjective = normalize_word(words[end])
                if not (adjective.startswith("ال") and adjective.endswith("ي")):
                    break
                if adjective in function_words or adjective in not_names:
                    break
                end += 1
            if end > i + 1:
                row[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return result


def institution_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged institution named by its head noun, an adjective and its
    field with ل an organisation's (``data/institution_words.tsv``): الهيئة الوطنية للانتخابات،
    المجلس الأعلى للقضاء، المعهد الوطني للإحصاء، للهيئة العامة للرياضة, as ANERcorp tags
    اللجنة الدولية للصليب الأحمر and الوكالة الوطنية للتنسيق. The field is a word with لل, and
    the adjectives in ي with the article after it (المؤسسة العامة للتأمينات الاجتماعية), and
    a noun with و and the article after them, as ANERcorp takes it in (الاتحاد العربي لعلوم
    الفضاء والفلك; الهيئة العليا للرقابة الإدارية والمالية), but not a head, a title or a
    function word (الاتحاد الدولي للشرطة والعقيد خالد, ANERcorp's; والتي); or,
    after an adjective that names no country, a word with ل and the noun with the article it
    governs (الوكالة الوطنية لمكافحة الجريمة، المجلس الأعلى لتنظيم الإعلام), as a purpose
    after the noun of a country's institution is none (السلطة الفلسطينية لإدارة القطاع), nor
    after a meeting's (``meeting``: الجمعية العامة لإصدار القرارات). A field that is a body
    the institution is part of is none (``not_field`` and the heads: المجلس الوطني للحزب), but
    for a head that is a field too (``field``: المدرسة الوطنية للإدارة). A
    nationality adjective names one with a field of لل (المركز المصري للدراسات الاقتصادية).
    Every word untagged: a name the tagger found after ل is another's (الجمعية العامة للأمم
    المتحدة, as ANERcorp tags it). Not one that would end in a group with لل
    (:func:`_group_edge`: مسؤول بالإدارة الأميركية للصحفيين, "an official told journalists";
    النقابة الوطنية للصحفيين, which :func:`trim_indefinites` would cut there), but with an
    adjective after it (النقابة الوطنية للصحفيين التونسيين).

    >>> institution_names([["أعلنت", "الهيئة", "الوطنية", "للانتخابات", "أن"]], [["O"] * 5])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']]
    """
    from pipeline.taggers.features import readings

    kinds = _words_by_kind("institution_words.tsv")
    heads, adjectives, not_fields = kinds["head"], kinds["adjective"], kinds["not_field"]
    meetings, fields = kinds["meeting"], kinds["field"]
    stop = _words("function_words.tsv") | kinds["not_adjective"]
    not_joined = heads | stop | _titles()  # الاتحاد الدولي للشرطة + والعقيد
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(len(words) - 2):
            if row[i : i + 3] != [OUTSIDE] * 3 or heads.isdisjoint(readings(words[i])):
                continue
            adjective, field = normalize_word(words[i + 1]), normalize_word(words[i + 2])
            if field in stop or field in not_fields:
                continue
            if field not in fields and not heads.isdisjoint(readings(field)):
                continue  # المجلس الوطني للجمعية: the body it is part of
            end = i + 3
            if field.startswith("لل") and len(field) >= 5:
                if adjective not in adjectives and not _nationality_adjective(words[i + 1]):
                    continue
            elif (
                field.startswith("ل")
                and len(field) >= 4
                and adjective in adjectives
                and not any(f"{head} {adjective}" in meetings for head in readings(words[i]))
            ):
                governed = normalize_word(words[end]) if end < len(words) else ""
                if row[end : end + 1] != [OUTSIDE] or not governed.startswith("ال"):
                    continue
                if governed in stop:
                    continue
                end += 1
            else:
                continue
            end = _adjectives_end(words, row, end, stop)
            joined = normalize_word(words[end]) if end < len(words) else ""
            if (
                row[end : end + 1] == [OUTSIDE]
                and joined.startswith("وال")
                and len(joined) >= 6
                and joined[1:] not in not_joined
            ):
                end = _adjectives_end(words, row, end + 1, stop)
            if end == i + 3 and _group_edge(words[i + 2], "ORG"):
                continue  # للصحفيين at the end reads "to the journalists" (trim_indefinites)
            row[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return result


def _adjectives_end(
    words: Sequence[str], row: Sequence[str], end: int, stop: frozenset[str]
) -> int:
    """Where the untagged adjectives in ي with the article from ``words[end]`` on end (at most
    three; not a word of ``stop``): الاجتماعية of المؤسسة العامة للتأمينات الاجتماعية, التونسيين
    of النقابة الوطنية للصحفيين التونسيين."""
    last = min(len(words), end + 3)
    while end < last and row[end] == OUTSIDE:
        after = normalize_word(words[end])
        if not (after.startswith("ال") and after.endswith(("ي", "يه", "يين"))) or after in stop:
            break
        end += 1
    return end


def _party_words(kind: str) -> frozenset[str]:
    """The normalised words of ``data/party_words.tsv`` of one kind."""
    return _words_by_kind("party_words.tsv").get(kind, frozenset())


def _party_name_end(words: Sequence[str], row: Sequence[str], at: int) -> int | None:
    """Where the untagged name of a party that begins at ``words[at]``, after حزب, ends (one
    word with the article, or two joined by و), or None (:func:`party_names`)."""
    function_words = _words("function_words.tsv")
    name = normalize_word(words[at])
    if (
        row[at] != OUTSIDE
        or not name.startswith("ال")
        or name.endswith("ي")
        or name in _party_words("not_name") | function_words
    ):
        return None
    end = at + 1
    if end < len(words) and row[end] == OUTSIDE and normalize_word(words[end]).startswith("وال"):
        end += 1  # حزب العيش والحرية
    if end == len(words):
        return end
    after = normalize_word(words[end])
    if row[end] != OUTSIDE:
        return None
    if after.startswith("ال") and after not in function_words:
        # حزب الشعب الباكستاني, حزب المؤتمر الوطني: the name may go on; nothing is told
        return end if after in _party_words("closer") else None
    if after == "من" and end + 1 < len(words) and normalize_word(words[end + 1]) == "اجل":
        return None  # حزب البديل من أجل ألمانيا
    return end


def fill_clubs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each sports club of two words or more (``data/clubs.tsv``: النجم الرياضي
    الساحلي، الترجي الرياضي التونسي) tagged ORG, whole, where no span the tagger made runs past
    it, and each club of one word (توتنهام، الفيصلي) where the tagger left it untagged: the
    training news holds few of the Maghreb's and the Gulf's clubs.

    >>> fill_clubs([["فاز", "النجم", "الساحلي"]], [["O", "O", "B-LOC"]])
    [['O', 'B-ORG', 'I-ORG']]
    """
    return _fill_names(sentences, tags, _clubs())


def fill_towns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each town of two words or more (``data/towns.tsv``: سيدي بوزيد، حمام
    الأنف، بئر علي بن خليفة) tagged LOC, whole, where no span the tagger made runs past it.

    >>> fill_towns([["حادث", "بئر", "علي", "بن", "خليفة"]], [["O", "O", "B-PER", "I-PER", "I-PER"]])
    [['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC']]
    """
    return _fill_names(sentences, tags, _towns())


def suffix_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each untagged word that ends as a country's or region's name does
    (``data/place_suffixes.tsv``: ستان) tagged as a place, after و، ب or ل at most
    (وطاجكستان، بأوزباكستان): a name the gazetteer spells otherwise (طاجيكستان). Not a word the
    news writes often (فستان "a dress", البستان "the orchard": ``data/vec_clusters.tsv``), nor a
    feminine dual whose singular it writes (مدرستان، دراستان), nor a word after the noun of
    a name (``data/quoted_heads.tsv``: مؤسسة غوليستان, a foundation).

    >>> suffix_places([["مثل", "تركمنستان", "و", "فستان"]], [["O"] * 4])
    [['O', 'B-LOC', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for at, word in enumerate(words):
            if row[at] != OUTSIDE or not _suffix_place(word):
                continue
            if at == 0 or _head_reading(words[at - 1]) is None:  # not مؤسسة غوليستان
                row[at] = "B-LOC"
    return result


def _suffix_place(word: str) -> bool:
    """تركمنستان، وأوزباكستان: :func:`suffix_places`' test of one word."""
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    suffixes = _place_suffixes()
    if not norm.endswith(tuple(suffixes)) or not norm.isalpha():
        return False
    if norm.startswith(("ال", "لل", "وال", "بال")):
        return False  # التركستان، للتركستان: a people, not the land
    bare = norm[1:] if norm.startswith(("و", "ب", "ل")) else norm
    common = vec_clusters()
    return any(
        bare.endswith(suffix)
        and len(bare) - len(suffix) >= least
        and norm not in common
        and bare not in common
        and bare[:-3] + "ه" not in common  # مدرستان: the dual of مدرسة
        for suffix, least in suffixes.items()
    )


@cache
def _place_suffixes() -> dict[str, int]:
    """``data/place_suffixes.tsv``: normalised ending -> the fewest letters before it."""
    rows = load_tsv("place_suffixes.tsv")
    return {normalize_word(row["suffix"]): int(row["min_letters"]) for row in rows}


def fill_listed(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """:func:`fill_clubs`, :func:`fill_towns` and :func:`fill_organisations` in one pass over
    the words (the longest name first where two begin at one word), with the names of
    ``data/always_names.tsv`` (تويتر، الحوثي) where the tagger left them untagged, and those
    of ``data/fixed_names.tsv`` (أوكسفام ORG، نادال PER) whatever label it gave them alone.

    >>> fill_listed([["على", "تويتر", "و", "ميليشيات", "الحوثي"]], [["O"] * 5])
    [['O', 'B-MISC', 'O', 'O', 'B-ORG']]
    """
    return _fill_names(sentences, tags, _listed())


def fill_federations(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each sports federation (الاتحاد, one or two adjectives with the article,
    then ل and a sport of ``data/sports.tsv``: الاتحاد المصري لكرة القدم، الاتحاد الدولي لألعاب
    القوى) tagged ORG, whole, where no span the tagger made begins before it or runs past it:
    the tagger left seven of ten untagged in 400 ANT articles, or took الاتحاد الأوروبي alone.

    >>> fill_federations([["وقرر", "الاتحاد", "الإسباني", "لكرة", "القدم"]], [["O"] * 5])
    [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']]
    """
    from pipeline.taggers.features import _normalized, readings

    sports = _sports()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i, word in enumerate(words):
            if "الاتحاد" not in readings(word):
                continue
            k = i + 1
            while k < min(len(words), i + 3) and _normalized(words[k]).startswith("ال"):
                k += 1  # the adjectives: المصري، الدولي، العربي السعودي
            if k == i + 1 or k >= len(words):
                continue
            first = {r for r in readings(words[k]) if r != _normalized(words[k])}
            end = next(
                (k + len(sport) for sport in sports
                 if sport[0] in first
                 and tuple(_normalized(w) for w in words[k + 1 : k + len(sport)]) == sport[1:]),
                None,
            )  # fmt: skip
            inside = row[i].startswith("B-") or row[i] == OUTSIDE
            if end and inside and (end == len(row) or not row[end].startswith("I-")):
                row[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
    return result


@cache
def _sports() -> tuple[tuple[str, ...], ...]:
    """The normalised words of each sport of ``data/sports.tsv``, longest first."""
    rows = load_tsv("sports.tsv")
    sports = {tuple(normalize_word(w) for w in row["sport"].split()) for row in rows}
    return tuple(sorted(sports, key=lambda s: (-len(s), s)))


@cache
def _clubs() -> dict[str, tuple[_Listed, ...]]:
    """First normalised word of each club name that is no common word or city
    (``data/clubs.tsv``, ``ambiguous`` no) -> its other words, label and mode (one word: only
    where untagged)."""
    names = [row["name"] for row in load_tsv("clubs.tsv") if row["ambiguous"] == "no"]
    listed = [(name, "ORG", " " not in name) for name in names]
    return _first_words(listed, {}, min_words=1)


@cache
def _towns() -> dict[str, tuple[_Listed, ...]]:
    """First normalised word of each town of ``data/towns.tsv`` and each country named with a
    point of the compass (``data/compass_countries.tsv``: جنوب أفريقيا، جنوب السودان, which the
    tagger cuts to the place after it) -> its other words ..."""
    countries = ({"name": row["word"]} for row in load_tsv("compass_countries.tsv"))
    rows = [*load_tsv("towns.tsv"), *countries]
    return _first_words(((row["name"], "LOC", False) for row in rows), {})


@cache
def _organisations() -> dict[str, tuple[_Listed, ...]]:
    """The names of ``data/organisations.tsv`` and the gazetteer's organisations of three
    words or more, no ministry among them (these only where every word is untagged)."""
    from pipeline.taggers.features import gazetteer_index

    found: dict[str, set[_Listed]] = defaultdict(set)
    for first, names in gazetteer_index().items():
        for name in names:
            if (
                name.label == "ORG" and not name.skip and first != "وزاره"
                and 1 + len(name.rest) >= MIN_FILLED_WORDS
            ):  # fmt: skip
                found[first].add((name.rest, "ORG", True))
    listed = ((row["name"], "ORG", False) for row in load_tsv("organisations.tsv"))
    return _first_words(listed, found)


@cache
def _always() -> dict[str, tuple[_Listed, ...]]:
    """The names of ``data/always_names.tsv`` (تويتر، الحوثي), one word or more, each tagged
    only where the tagger left it untagged."""
    return _labelled_names("always_names.tsv", untagged=True)


@cache
def _fixed() -> dict[str, tuple[_Listed, ...]]:
    """The names of ``data/fixed_names.tsv`` (أوكسفام، نادال), one word or more, each tagged
    with its label whatever the tagger gave it alone."""
    return _labelled_names("fixed_names.tsv", untagged=False)


def _labelled_names(name: str, untagged: bool) -> dict[str, tuple[_Listed, ...]]:
    """The names of a data file with ``name`` and ``label`` columns, indexed as
    :func:`_first_words` does, one word or more."""
    rows = load_tsv(name)
    return _first_words(((row["name"], row["label"], untagged) for row in rows), {}, min_words=1)


@cache
def _listed() -> dict[str, tuple[_Listed, ...]]:
    """Clubs, towns, organisations and the names that are names wherever they stand in one
    index."""
    found: dict[str, set[_Listed]] = defaultdict(set)
    for table in (_clubs(), _towns(), _organisations(), _always(), _fixed()):
        for first, names in table.items():
            found[first].update(names)
    return _first_words((), found)


def _first_words(
    names: Iterable[tuple[str, str, bool]], found: dict[str, set[_Listed]], min_words: int = 2
) -> dict[str, tuple[_Listed, ...]]:
    """First normalised word of each name of ``min_words`` or more (with ``found``) -> the
    rest, label and mode, longest first."""
    index: dict[str, set[_Listed]] = defaultdict(set, {k: set(v) for k, v in found.items()})
    for name, label, untagged in names:
        words = tuple(normalize_word(w) for w in name.split())
        if len(words) >= min_words:
            index[words[0]].add((words[1:], label, untagged))
    return {k: tuple(sorted(v, key=lambda n: (-len(n[0]), n))) for k, v in index.items()}


def _fill_names(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    names: dict[str, tuple[_Listed, ...]],
) -> list[list[str]]:
    """The tags with each name of ``names`` tagged with its label, whole, where no span the
    tagger made begins before it or runs past it (or, for a name so marked, where the tagger
    left all of it untagged); where one begun inside it runs past it after a span of its first
    word, the name is taken whole all the same (:func:`_split_inside`: ريال مدريد ناتشو); a
    person's name that runs into one of a person's goes on to its end (محمد زين + العابدين)."""
    from pipeline.taggers.features import _normalized, readings

    starts = names.keys()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        norms: list[str] | None = None
        i = 0
        while i < len(words):
            forms = readings(words[i])
            if starts.isdisjoint(forms):  # most words: no name begins with them
                i += 1
                continue
            found = None
            for reading in forms:
                for rest, label, untagged in names.get(reading, ()):
                    if norms is None:
                        norms = [_normalized(w) for w in words]
                    end = i + 1 + len(rest)
                    if tuple(norms[i + 1 : end]) != rest:
                        continue
                    if untagged and any(t != OUTSIDE for t in row[i:end]):
                        continue
                    if found is None or end > found[0]:
                        found = (end, label)
                    break  # the longest of this reading
            if found is None:
                i += 1
                continue
            end, label = found
            if _hamza_clash(words[i:end]):  # الأخوان كاسترو, "the brothers": no الإخوان
                i += 1
                continue
            inside = row[i].startswith("B-") or row[i] == OUTSIDE
            if inside and end < len(row) and row[end].startswith("I-"):
                inside = _split_inside(row, i, end)
                if inside and label == "ORG" and row[end] == "B-LOC":
                    _player_after_club(words, row, end)
            if inside:
                row[i:end] = [f"B-{label}"] + [f"I-{label}"] * (end - i - 1)
            elif label == "PER" and row[i] == "I-PER" and not (
                end < len(row) and row[end].startswith("I-")
            ):
                # محمد زين + العابدين: a person's name that runs into a fixed one takes it whole
                row[i:end] = ["I-PER"] * (end - i)
            i = end
    return result


@cache
def _raw_listed() -> dict[str, str]:
    """The names of ``data/always_names.tsv`` read only with their own hamza (``hamza``
    strict: الإخوان), as written (undiacritised), by their normalised form."""
    rows = (row for row in load_tsv("always_names.tsv") if row["hamza"] == "strict")
    return {normalize_word(row["name"]): dediac(row["name"]) for row in rows}


def _hamza_clash(words: Sequence[str]) -> bool:
    """Whether ``words`` write another hamza than the listed name they match writes at the same
    letter (الأخوان, "the two brothers", for الإخوان, the Muslim Brotherhood), for a name so
    marked (:func:`_raw_listed`): the matcher reads both as one (normalised). A hamza left
    out (الاخوان) is no clash, nor one written otherwise in a name not so marked (الأليزيه).

    >>> _hamza_clash(["الأخوان"]), _hamza_clash(["للأخوان"]), _hamza_clash(["للإخوان"])
    (True, True, False)
    >>> _hamza_clash(["الاخوان", "المسلمين"]), _hamza_clash(["الأليزيه"])
    (False, False)
    """
    from pipeline.taggers.features import readings

    text = " ".join(dediac(w) for w in words)
    rest = "".join(" " + normalize_word(w) for w in words[1:])
    # with or without a proclitic on the first word (للأخوان): compared from the end
    keys = (reading + rest for reading in readings(words[0]))
    listed = next((_raw_listed()[k] for k in keys if k in _raw_listed()), None)
    if listed is None:
        return False
    return any(
        a != b and a in _HAMZAS and b in _HAMZAS
        for a, b in zip(reversed(text), reversed(listed), strict=False)
    )


def _player_after_club(words: Sequence[str], row: list[str], at: int) -> None:
    """The place the tagger ran on past a club it split (ريال مدريد + ناتشو, "Real Madrid's
    Nacho") relabelled a person where its first word is no place the gazetteer knows, no city
    with a club and has no و (ريال مدريد وبرشلونة: :func:`club_cities` makes that a club).

    >>> row = ["B-ORG", "I-ORG", "B-LOC"]
    >>> _player_after_club(["ريال", "مدريد", "ناتشو"], row, 2); row
    ['B-ORG', 'I-ORG', 'B-PER']
    """
    from pipeline.taggers.features import gazetteer_index, readings

    forms = readings(words[at])
    if normalize_word(words[at]).startswith("و") or not _city_clubs().isdisjoint(forms):
        return
    if any(not name.rest for form in forms for name in gazetteer_index().get(form, ())):
        return
    last = at + 1
    while last < len(row) and row[last] == "I-LOC":
        last += 1
    row[at:last] = ["B-PER"] + ["I-PER"] * (last - at - 1)


def _split_inside(row: list[str], first: int, end: int) -> bool:
    """Whether the tagger split the listed name of ``row[first:end]`` in two, a span of its
    first word and one begun inside it that runs past its end (ريال/B-ORG مدريد/B-LOC
    ناتشو/I-LOC, "Real Madrid's Nacho"); if so, the words past the name begin a span of their
    own, with the label the tagger gave them.

    >>> row = ["B-ORG", "B-LOC", "I-LOC"]
    >>> _split_inside(row, 0, 2), row
    (True, ['B-ORG', 'B-LOC', 'B-LOC'])
    >>> _split_inside(["B-ORG", "I-ORG", "I-ORG"], 0, 2)
    False
    """
    if not row[first].startswith("B-"):
        return False
    begun = [k for k in range(first + 1, end) if row[k].startswith("B-")]
    if not begun or any(row[k] == OUTSIDE for k in range(first, end)):
        return False
    row[end] = "B-" + row[end][2:]
    return True


def _compass_word(word: str) -> bool:
    """شمال، بجنوب، ووسط: a point of the compass without the article (``compass_words.tsv``),
    or a noun of the area around a place (``area_words.tsv``: ريف، ضواحي), with the features'
    proclitics that hold no article (بشمال، بريف; not الشمال، الريف)."""
    from pipeline.taggers.features import _PROCLITICS

    norm = normalize_word(word)
    words = _words("compass_words.tsv") | _words("area_words.tsv")
    return any(
        norm.startswith(prefix) and norm[len(prefix) :] in words
        for prefix in _PROCLITICS
        if not prefix.endswith(("ال", "لل"))
    )


def _article_compass(word: str) -> bool:
    """الشمال، والجنوب، للشرق: a point of the compass (``compass_words.tsv``) with the article,
    after the features' proclitics that end in it."""
    from pipeline.taggers.features import _PROCLITICS

    norm = normalize_word(word)
    words = _words("compass_words.tsv")
    return any(
        norm.startswith(prefix) and norm[len(prefix) :] in words
        for prefix in _PROCLITICS
        if prefix.endswith(("ال", "لل"))
    )


@cache
def _homograph_places() -> tuple[frozenset[str], frozenset[str]]:
    """The normalised names of ``data/homograph_places.tsv`` and the words before them that no
    adjective follows (its prepositions and nouns of a state)."""
    rows = load_tsv("homograph_places.tsv")
    places = frozenset(normalize_word(r["word"]) for r in rows if r["kind"] == "place")
    cues = frozenset(normalize_word(r["word"]) for r in rows if r["kind"] != "place")
    return places, cues


def homograph_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a place whose name is also a common word (``data/homograph_places.tsv``:
    مالي, Mali and "financial") tagged as a place where the tagger left it untagged and the
    word before it is one no adjective follows: a preposition (في مالي), a point of the compass
    (شمال مالي) or a noun of a state (حكومة مالي), or none (a sentence's first word, or after a
    mark: الساحل - مالي); or where a place is joined to it by و on either side (موريتانيا
    ومالي، مالي والنيجر), or it follows a place with ب (تمبكتو بمالي).
    دعم مالي ("financial support") stays untagged. Names still spread onto it as onto any
    word (in an article on Mali, إنقاذ مالي and تحصد مالي are the country far more often than
    an article's دعم مالي is the adjective: 22 against 1 in 447 ANT articles that name it).

    >>> homograph_places([["في", "مالي"], ["دعم", "مالي"]], [["O", "O"], ["O", "O"]])
    [['O', 'B-LOC'], ['O', 'O']]
    """
    endings = tuple(_homograph_places()[0])
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i, word in enumerate(words):
            if (
                row[i] == OUTSIDE
                and word.endswith(endings)  # a quick test first: news writes مالي bare
                and _homograph_place(words, row, i) is True
            ):
                row[i] = "B-LOC"
    return result


@cache
def _words_by_kind(name: str) -> dict[str, frozenset[str]]:
    """The normalised words of a data file with ``word`` and ``kind`` columns, by kind
    (``common_places.tsv``, ``party_words.tsv``, ``bank_words.tsv``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in load_tsv(name):
        found[row["kind"]].add(normalize_word(row["word"]))
    return {kind: frozenset(words) for kind, words in found.items()}


def _common_places() -> dict[str, frozenset[str]]:
    """The normalised words of ``data/common_places.tsv`` by kind (place, before, after,
    article)."""
    return _words_by_kind("common_places.tsv")


def drop_pronoun_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without a place of one word written with ه where a place's name ends in ة, when
    the word is a noun with the pronoun "his" or "its" (جده "his grandfather", not جدة; قفصه
    "its cage", not قفصة; بريده "his mail"; والده وجده): normalised, ه and ة are one letter,
    so the gazetteer's place is matched. The word's stem is a noun the news writes with the
    article (الجد، القفص، البريد: ``data/vec_clusters.tsv``), and no noun of a place stands
    before it, nor before the word anywhere in the article (``data/place_nouns.tsv``: محافظة
    حجه, Hajjah, and then في حجه). Not a word in اه or يه (تايبيه،
    الشانزليزيه), nor one whose stem is no noun (أنقره: انقر is "click").

    >>> drop_pronoun_places([["بين", "جده", "الإمام"], ["بمحافظة", "حجه"]],
    ...                     [["O", "B-LOC", "O"], ["O", "B-LOC"]])
    [['O', 'O', 'O'], ['O', 'B-LOC']]
    """
    from pipeline.taggers.features import readings, vec_clusters

    nouns = _words("place_nouns.tsv")

    def named(words: Sequence[str], at: int) -> bool:
        return at > 0 and not nouns.isdisjoint(readings(words[at - 1]))

    places: set[str] | None = None  # read once, at the first word in ه: most articles have none
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-LOC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            written = dediac(words[first])
            if label != "LOC" or last - first != 1 or not written.endswith("ه"):
                continue
            if written.endswith(("اه", "يه")) or len(written) < 3:
                continue
            if places is None:  # محافظة حجه once: the article's other حجه, بحجه are the place
                places = {
                    form
                    for other in sentences
                    for i in range(1, len(other))
                    if named(other, i)
                    for form in readings(other[i])
                }
            if named(words, first) or not places.isdisjoint(readings(words[first])):
                continue
            stems = [r for r in readings(written[:-1]) if len(r) >= 2 and not r.startswith("ال")]
            if any("ال" + stem in vec_clusters() for stem in stems):
                row[first] = OUTSIDE
    return result


def drop_common_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the places of ``data/common_places.tsv`` whose name is a common noun the
    news writes far more often (مشهد, Mashhad and "a scene": في مشهد مؤثر), tagged alone where
    nothing says it is the place: a noun of a city before it (``data/city_nouns.tsv``: مدينة
    مشهد) or a cue of the file (مدن مشهد، مشهد الإيرانية), a place beside it joined by و (طهران
    ومشهد، مشهد وكرمانشاه), or a mark or the sentence's end after it (في مشهد، ...), at one of
    its mentions in the article at least: an article on the city names it so once and then
    writes it bare (لكن مشهد عاصمة الإقليم). With the article (المشهد) it is never the city,
    nor are the file's places of kind "article" (الجنين "the foetus", not Jenin; الكابل "the
    cable", not Kabul), which the file does not make doubtful without it; nor any name of one
    word but a person's (ملكة "السول", "the queen of soul", no organisation either). A noun of
    an area with the article before a compass adjective is no place (:func:`_area_before_compass`:
    الريف الغربي "the western countryside").

    >>> drop_common_places([["في", "مشهد", "مؤثر"]], [["O", "B-LOC", "O"]])
    [['O', 'O', 'O']]
    >>> drop_common_places([["في", "مدينة", "مشهد"], ["لكن", "مشهد", "عاصمة"]],
    ...                    [["O", "O", "B-LOC"], ["O", "B-LOC", "O"]])
    [['O', 'O', 'B-LOC'], ['O', 'B-LOC', 'O']]
    """
    from pipeline.taggers.features import readings

    cues = _common_places()
    places = cues.get("place", frozenset())
    common = cues.get("article", frozenset())  # with the article, a common noun
    articled = places | common
    before = cues.get("before", frozenset()) | _words("city_nouns.tsv")
    after = cues.get("after", frozenset())

    def said(words: Sequence[str], row: Sequence[str], first: int, last: int) -> bool:
        """Whether the mention's context says it is the place."""
        nxt = words[last] if last < len(words) else ""
        return (
            (first > 0 and not before.isdisjoint(readings(words[first - 1])))
            or normalize_word(nxt) in after
            or not any(ch.isalpha() for ch in nxt)  # في مشهد، / the sentence's end
            # طهران ومشهد، مشهد وكرمانشاه
            or (first > 0 and row[first - 1].endswith("-LOC") and words[first][0] == "و")
            or (row[last : last + 1] == ["B-LOC"] and nxt.startswith("و"))
        )

    result = [list(t) for t in tags]
    unsaid: list[tuple[list[str], int, frozenset[str]]] = []
    sure: set[str] = set()  # an article that says once that it is the city means the city
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        for first, last, label in tags_to_ranges(row):
            if label == "PER" or last - first != 1:
                continue
            forms = readings(words[first])
            if label == "LOC" and _area_before_compass(forms, words[last : last + 1]):
                row[first] = OUTSIDE  # الريف الغربي "the western countryside", no Rif
                continue
            nouns = (articled if label == "LOC" else common).intersection(forms)
            if any("ال" + name in forms for name in nouns):
                row[first] = OUTSIDE  # المشهد, "the scene": the city's name has no article
                continue
            if label != "LOC":
                continue
            names = places.intersection(forms)
            if not names:
                continue
            if said(words, row, first, last):
                sure |= names
            else:
                unsaid.append((row, first, names))
    for row, first, names in unsaid:
        if sure.isdisjoint(names):
            row[first] = OUTSIDE
    return result


def _area_before_compass(forms: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a word (``forms``: its readings) is a noun of the area around a place with the
    article (``area_words.tsv``: الريف، الضواحي) and the word ``after`` it an adjective of the
    compass with the article (``compass_words.tsv``: الغربي، الشمالي): the area of a place the
    sentence names (الريف الغربي لإدلب), no place of its own (الريف, the Rif)."""
    areas = _words("area_words.tsv")
    compass = _words("compass_words.tsv")
    after_norm = normalize_word(after[0]) if after else ""
    return (
        any(form.startswith("ال") and form[2:] in areas for form in forms)
        and after_norm.startswith("ال")
        and after_norm[2:] in compass
    )


def _homograph_place(words: Sequence[str], row: Sequence[str], i: int) -> bool | None:
    """None if ``words[i]`` is no name of ``data/homograph_places.tsv`` (with و or ب before
    it), else whether its context makes it the place (:func:`homograph_places`)."""
    from pipeline.taggers.features import readings

    places, cues = _homograph_places()
    norm = normalize_word(words[i])
    proclitic = norm[:1] if norm not in places and norm[1:] in places else ""
    if norm not in places and proclitic not in ("و", "ب"):
        return None
    if proclitic:
        return i > 0 and row[i - 1].endswith("-LOC")  # موريتانيا ومالي، تمبكتو بمالي
    if i == 0 or not any(ch.isalpha() for ch in words[i - 1]):
        return True  # no adjective opens a sentence or follows a mark: مالي تعلن، الساحل - مالي
    if not cues.isdisjoint(readings(words[i - 1])) or _compass_word(words[i - 1]):
        return True  # وقوات مالي: the word's readings without its proclitics
    return (
        i + 1 < len(words)
        and row[i + 1] == "B-LOC"
        and normalize_word(words[i + 1]).startswith("و")
    )  # مالي والنيجر


#: The places of ``data/ant_places.tsv`` that :func:`preposition_places` tags: written at least
#: this often in ANT, and at least this share of the time after a preposition or with ب/ل (a
#: lower bar let in في بالي, "in my mind", من البحيرة, "from the lake").
MIN_SURE_PLACE_TOTAL = 100
MIN_SURE_PLACE_PREPOSITION = 0.25
#: Normalised prepositions after which such a word is the place (في نابل، إلى دوما، بين القصرين).
_PLACE_PREPOSITIONS = frozenset({"في", "الي", "من", "بين", "نحو", "قرب"})
#: رام is رام الله's first word; بحجة is "under the pretext" as often as "in Hajjah".
_NOT_SURE_PLACES = frozenset({"رام", "بحجه"})
#: الكاف is also Africa's football confederation (عوقب من الكاف): Le Kef only with ب joined
#: (بالكاف) or before a headline's colon.
_NOT_AFTER_PREPOSITION = frozenset({"الكاف"})


@cache
def _sure_places() -> frozenset[str]:
    """The normalised words of ``data/ant_places.tsv`` that unlabelled news writes as a place
    often and mostly after a preposition (:data:`MIN_SURE_PLACE_TOTAL`,
    :data:`MIN_SURE_PLACE_PREPOSITION`): نابل، المهدية، القصرين، دوما، الموصل، صعدة."""
    return frozenset(
        row["word"]
        for row in load_tsv("ant_places.tsv")
        if int(row["total"]) >= MIN_SURE_PLACE_TOTAL
        and int(row["prep"]) >= MIN_SURE_PLACE_PREPOSITION * int(row["total"])
        and row["word"] not in _NOT_SURE_PLACES
    )


def preposition_places(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a place that unlabelled news writes mostly after a preposition
    (:func:`_sure_places`, from ``data/ant_places.tsv``) tagged as a place where the tagger left
    it untagged after a preposition (في المهدية، إلى دوما، بين القصرين), with ب or ل joined to
    it (بنابل، بالمنستير، لدوما) or as a headline's place before a colon (نابل : إيقاف ...), as
    Tunisian outlets open their local news. The tagger knows سوسة and صفاقس but not most
    towns of a region's news; a town of a few words is :func:`fill_towns`' work.

    >>> preposition_places([["في", "المهدية"], ["نابل", ":", "إيقاف"]], [["O", "O"], ["O"] * 3])
    [['O', 'B-LOC'], ['B-LOC', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i, word in enumerate(words):
            if row[i] != OUTSIDE or (i + 1 < len(row) and row[i + 1].startswith("I-")):
                continue
            form = _sure_place_form(word)
            if form == "joined":
                row[i] = "B-LOC"
            elif form:
                before = normalize_word(words[i - 1]) if i else ""
                headline = i == 0 and i + 1 < len(words) and words[i + 1] == ":"
                after = before in _PLACE_PREPOSITIONS and form != "not after a preposition"
                if headline or (after and row[i - 1] == OUTSIDE):
                    row[i] = "B-LOC"
    return result


@lru_cache(maxsize=65536)
def _sure_place_form(word: str) -> str | None:
    """How ``word`` writes a place of :func:`_sure_places`: ``bare`` (نابل), ``joined`` to ب
    or ل (بنابل), ``not after a preposition`` (الكاف), or None: no such place. Cached: the
    rule asks of every untagged word."""
    norm = normalize_word(word)
    places = _sure_places()
    if norm in places:
        return "not after a preposition" if norm in _NOT_AFTER_PREPOSITION else "bare"
    if norm[:1] in ("ب", "ل") and norm[1:] in places and norm not in _NOT_SURE_PLACES:
        return "joined"
    return None


def cut_directions(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each place begun with a point of the compass without the article (شمال
    سوريا، بجنوب لبنان) begun after it, and one of those alone dropped, as ANERcorp tags them:
    the place is سوريا. A country so named (جنوب أفريقيا، جنوب السودان:
    ``compass_countries.tsv``) stays. A point of the compass with the article tagged a place
    alone (منطقة الشمال، النازحين من الشمال, "the north") is dropped too (:func:`_article_compass`):
    ANERcorp's train file has 135 of them outside every name and none tagged a place alone
    but two halves of الشرق الأوسط, AQMAR's 55 and none; الشمال the club (ORG) keeps its label.

    >>> cut_directions([["في", "بشمال", "سوريا"], ["جنوب", "أفريقيا"], ["من", "الشمال"]],
    ...                [["O", "B-LOC", "I-LOC"], ["B-LOC", "I-LOC"], ["O", "B-LOC"]])
    [['O', 'O', 'B-LOC'], ['B-LOC', 'I-LOC'], ['O', 'O']]
    """
    from pipeline.taggers.features import readings

    countries = _words("compass_countries.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-LOC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label == "LOC" and last - first == 1 and _article_compass(words[first]):
                row[first] = OUTSIDE  # النازحين من الشمال
                continue
            if label != "LOC" or not _compass_word(words[first]):
                continue
            rest = " ".join(normalize_word(w) for w in words[first + 1 : last])
            if any(f"{reading} {rest}" in countries for reading in readings(words[first])):
                continue  # جنوب أفريقيا
            row[first] = OUTSIDE
            if last - first > 1:
                row[first + 1] = "B-LOC"
    return result


#: The tanween marks (fathatan, dammatan, kasratan): عاماً، ميتاً، غاضباً.
TANWEEN = frozenset("\u064b\u064c\u064d")
#: The labels whose names never hold an indefinite word (a title, MISC, may: أحد عشر كوكباً).
_DEFINITE_LABELS = frozenset({"PER", "ORG", "LOC"})
#: A match's score written as one word (3-صفر، 1-1), which ends no name (النصر 3-صفر).
_SCORE = re.compile(r"(?:\d+|صفر)[-–](?:\d+|صفر)")


def _no_name_edge(word: str) -> bool:
    """A word with tanween, a score, or a hashtag's or mention's mark alone (the tagger made
    # of مدينة #عدن a place): no name begins or ends with it."""
    return not TANWEEN.isdisjoint(word) or _SCORE.fullmatch(word) is not None or word in {"#", "@"}


#: The shapes of an Arabic adjective or adverb in the accusative (normalised): فاعلا (ساخرا،
#: مانعا), فعيلا (طويلا، كثيرا), a participle in م (مختلفا، مجددا), استفعالا (استعدادا) and a
#: nisba (دوليا، رسميا); a foreign surname seldom has one (تشاكا، سيسكا، كولينا).
_ADVERB_SHAPE = re.compile(r"\wا\w\wا|\w\wي\wا|م\w{3,}ا|است\w{3,}ا|\w{3,}يا")
#: A noun of three or four letters in the accusative (جدلا، هدفا، غضبا، بلاغا), without و or ي:
#: the foreign surnames of that length that end in ا have one (موتا، فيدا، روزا، رينا).
_SHORT_ACCUSATIVE = re.compile(r"[^\Wوي]{3,4}ا")
#: Letters (with its ا) from which a noun of any shape in the accusative is one (برنامجا، كابوسا:
#: "a programme" after قدم; ANERcorp's dev split had برنامجا tagged a person five times).
_LONG_ACCUSATIVE = 6


def _named_words(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> set[str]:
    """The normalised words of the persons' names of two words or more the article tags (a
    given name alone that is an accusative's letters too stays the person: مارا after مارا
    مارتن)."""
    found: set[str] = set()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first >= 2:
                end = last - 1 if _accusative_adverb(words[last - 1]) else last  # لينيكر ساخرا
                found.update(normalize_word(word) for word in words[first:end])
    return found


def _accusative_adverb(word: str) -> bool:
    """طويلا، مجددا، كثيرا: an adjective or adverb in the accusative written without its
    tanween (ـا), of one of their shapes (:data:`_ADVERB_SHAPE`), or a short noun so
    (:data:`_SHORT_ACCUSATIVE`: سارة عيدان جدلا، بيروتي هدفا; 14 names in 20,004 ANT articles) or
    a long one of any shape (:data:`_LONG_ACCUSATIVE`: عزت أبو عوف برنامجا): both
    it and the word without ا, of three letters or more, are frequent words
    of the news (``data/vec_clusters.tsv``), and no list of names holds either as a name of
    one word (رضا، كمالا;
    بوتينا of ماريا بوتينا, بوتين being a name; سينا, فيلا: سين، فيل are too short)."""
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    if len(norm) < 4 or not norm.endswith("ا") or norm.startswith("ال"):
        return False
    words = vec_clusters()
    if norm not in words or norm[:-1] not in words:
        return False
    shaped = _ADVERB_SHAPE.fullmatch(norm) or _SHORT_ACCUSATIVE.fullmatch(norm)
    if not shaped and len(norm) < _LONG_ACCUSATIVE:
        return False
    return not any(_listed_name(form) for form in (norm, norm[:-1]))


def _listed_name(norm: str) -> bool:
    """Whether a list of names holds a normalised word as a name of one word: a given name or a
    person of the gazetteer (:func:`_person_word`), any name of the gazetteer or of
    ``harvested.tsv`` (يريفان), or a surname of ANT's news (``ant_surnames.tsv``)."""
    from pipeline.taggers.features import gazetteer_index, harvested_index

    return (
        _person_word(norm)
        or any(not name.rest for name in gazetteer_index().get(norm, ()))
        or any(not name.rest for name in harvested_index().get(norm, ()))
        or norm in _ant_surnames()
    )


def _plural_noun(word: str) -> bool:
    """المعالجون، والمحللين: a masculine plural with the article (ـون، ـين), which names a group
    with the adjective after it (المعالجون النفسيون, "the psychotherapists")."""
    from pipeline.taggers.features import readings

    return any(r.startswith("ال") and r.endswith(("ون", "ين")) for r in readings(word))


def _group_edge(word: str, label: str) -> bool:
    """الديمقراطيين، للصحفيين: a plural nisba with the article (:func:`_plural_nisba`), which
    names a group and so no edge of a person's name of two words or more; of an organisation's
    or a place's only after ل ("to the journalists"), as جماعة الحوثيين is a name whole."""
    from pipeline.taggers.features import readings

    if label != "PER" and not normalize_word(word).startswith("لل"):
        return False
    return any(r.startswith("ال") and _plural_nisba(r) for r in readings(word))


def trim_indefinites(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each word written with tanween (عاماً، ميتاً، غاضباً، إفريقياً) taken off
    the edges of a person's, organisation's or place's name: tanween marks an indefinite noun,
    adjective or adverb, which no such name is (``ولد ميتاً``, "born dead", had been Meta; ``قال
    حسني غاضباً``, "said Husni angrily", a person of two words). A span of such words alone is
    dropped. Titles (MISC) keep theirs. A match's score is cut the same way (``النصر 3-صفر``),
    and so is a plural adjective with the article that names a group (:func:`_group_edge`:
    ``غوارديولا للصحفيين``, "Guardiola to the journalists"), a name's other words kept; and an
    adverb in the accusative without its tanween at a person's name's end (ولم ينتظر رامي طويلا:
    :func:`_accusative_adverb`) or alone (قال ساخرا، قدم برنامجا), unless a person's name of two
    words or more in the article holds it (مارا of مارا مارتن: :func:`_named_words`).

    >>> trim_indefinites([["قال", "حسني", "غاضباً"], ["ولد", "ميتاً"], ["النصر", "3-صفر"]],
    ...                  [["O", "B-PER", "I-PER"], ["O", "B-ORG"], ["B-ORG", "I-ORG"]])
    [['O', 'B-PER', 'O'], ['O', 'O'], ['B-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    named = _named_words(sentences, tags)
    for words, row in zip(sentences, result, strict=True):
        if row.count(OUTSIDE) == len(row):
            continue
        for first, last, label in tags_to_ranges(row):
            if label not in _DEFINITE_LABELS:
                continue
            if (
                label == "PER"
                and last - first == 1
                and _accusative_adverb(words[first])
                and normalize_word(words[first]).removeprefix("و") not in named
            ):
                row[first] = OUTSIDE  # قال ساخرا "he said mockingly"; قدم برنامجا
                continue
            start, end = first, last
            while start < end and _no_name_edge(words[start]):
                start += 1
            while end > start and _no_name_edge(words[end - 1]):
                end -= 1
            while end - start > 1 and _group_edge(words[start], label):
                start += 1  # الديمقراطيين ترامب
            while end - start > 1 and _group_edge(words[end - 1], label):
                end -= 1  # غوارديولا للصحفيين، وجبهة النصرة الإرهابيين
                if (first > 0 and row[first - 1].endswith(label)) or (
                    end - start == 1 and _plural_noun(words[start])
                ):
                    start = end  # بيكهام + أحلام الإكوادوريين; المعالجون النفسيون: a group
            if label == "PER" and end - start > 1 and _accusative_adverb(words[end - 1]):
                end -= 1  # ولم ينتظر رامي طويلا: "Rami did not wait long"
            if (start, end) == (first, last):
                continue
            row[first:last] = [OUTSIDE] * (last - first)
            if start < end:
                row[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return result


#: Fewest words of a person's name whose last word may be cut (:func:`trim_person_tails`).
MIN_TRIMMED_PERSON = 3


def _dual_noun(word: str) -> bool:
    """المدربان، الفرنسيان، الأمينان: a noun or adjective in the dual with the article, its
    singular one of the 60,000 words of ``data/vec_clusters.tsv`` (المدرب، الفرنسي), of six
    letters or more and no listed name: it speaks of two and begins no person's name
    (استعرض المدربان الرياضيان نيكولا مارتن ومات لولس).

    >>> _dual_noun("المدربان"), _dual_noun("الفرنسيان"), _dual_noun("السودان")
    (True, True, False)
    """
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    return (
        norm.startswith("ال")
        and norm.endswith("ان")
        and len(norm) >= 6
        and norm[:-2] in vec_clusters()
        and not _listed_name(norm)
    )


def trim_titles(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a title or a verb of saying that begins a person's name of two words or
    more taken off it (``data/triggers.tsv``, PER before: الشيخ، البابا، الدكتورة، قال), as
    ANERcorp leaves them out (الشيخ O 45 times of 46 before a name, الدكتور 31 of 31), and so
    are the words of ``data/name_openers.tsv`` (ranks, epithets, nationalities: القاضي،
    الأسطوري، الإيطالي), as many as begin the name, before or after a title (الجنرال المتقاعد
    جون كيلي), and so are the titles written without the article (:data:`_UNDEFINED_TITLES`:
    دكتور كيد). A title without the article before a word with it heads a post, no name
    (:data:`_BARE_TITLES`: شيخ الأزهر, the institution alone keeping the gazetteer's label; 28
    such persons in 20,004 ANT articles, and 4 الأزهر spread from them). A
    span the tagger took for a title (MISC) that is a title and a name without the
    article, outside quotation marks, is that person (البروفيسور كوغان); in quotation marks it
    is a title (فيلم "الأمير الصغير"), and after a noun that names a place by a person it is the
    place (:func:`headed_names`: مطار الملك خالد). An organisation's span that is a title, words
    that begin no name and a person's name is that person (:func:`_titled_person`: المستشارة
    الألمانية أنغيلا ميركل, an organisation 14 times in 20,004 ANT articles).

    >>> trim_titles([["وقال", "الشيخ", "تميم"], ["أن", "البروفيسور", "كوغان"]],
    ...             [["O", "B-PER", "I-PER"], ["O", "B-MISC", "I-MISC"]])
    [['O', 'O', 'B-PER'], ['O', 'O', 'B-PER']]
    """
    from pipeline.taggers.features import readings

    titles = _titles()
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row and "B-MISC" not in row and "B-ORG" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            named = _titled_person(words, first, last) if label == "ORG" else None
            if named is not None:
                # المستشارة الألمانية أنغيلا ميركل: a person the tagger took for a body
                row[first:named] = [OUTSIDE] * (named - first)
                row[named:last] = ["B-PER"] + ["I-PER"] * (last - named - 1)
                continue
            if label == "PER" and last - first >= 2:  # الجنرال المتقاعد جون كيلي: one by one
                while first < last and (
                    _opens_no_name(words[first], feminine=True)
                    or _dual_noun(words[first])
                    or normalize_word(words[first]).removeprefix("و") in _UNDEFINED_TITLES
                ):
                    row[first] = OUTSIDE
                    first += 1
                if first < last:
                    row[first] = "B-PER"  # الكولونيل المتقاعد، ريك فرانكونا: no name left
            if label not in ("PER", "MISC") or last - first < 2:
                continue
            if (
                label == "PER"
                and normalize_word(words[first]) in _BARE_TITLES
                and normalize_word(words[first + 1]).startswith("ال")
            ):
                # شيخ الأزهر, "the sheikh of al-Azhar": a title and what it heads, no name
                row[first:last] = _known_or_nothing(words[first + 1 : last], [OUTSIDE])
                continue
            if titles.isdisjoint(readings(words[first])):
                continue
            if label == "MISC" and (
                normalize_word(words[first + 1]).startswith("ال")
                or (first > 0 and words[first - 1] in _OPENING)
                or (first > 0 and _head_reading(words[first - 1]) is not None)  # مطار الملك خالد
            ):
                continue
            row[first:last] = [OUTSIDE] + ["B-PER"] + ["I-PER"] * (last - first - 2)
    return result


def _titled_person(words: Sequence[str], first: int, last: int) -> int | None:
    """Where the person's name begins in an organisation's span ``words[first:last]`` that is
    a title or a word that begins no name (``data/name_openers.tsv``: الكولونيل، الكوستاريكي),
    more such words and a given name or a person the gazetteer knows (المستشارة الألمانية
    أنغيلا ميركل، الأمير جورج، الكولونيل المتقاعد وليام إندلي), None if it is
    no such span or if a noun before it makes it a building's or a body's name (مستشفى الملكة
    شارلوت، مدرسة الأمير جورج) or it is in quotation marks (فرقة "السلطان مراد")."""
    from pipeline.taggers.features import readings

    if last - first < 2 or (
        _titles().isdisjoint(readings(words[first]))
        and not _opens_no_name(words[first], feminine=True)  # الكولونيل، الكوستاريكي
    ):
        return None
    if first > 0 and (
        words[first - 1] in _OPENING
        or _after_building_noun(words, first)
        or _after_organisation_noun(words, first)
        or _head_reading(words[first - 1]) is not None
    ):
        return None
    named = first + 1
    while named < last and _opens_no_name(words[named], feminine=True):
        named += 1
    if named == last:
        return None
    bare = normalize_word(words[named])
    if bare.startswith("ال") and len(bare) > 2:
        return None  # وزير الدفاع الوطني فرحات الحرشاني: the title's portfolio first
    if _given_name(words[named]) is None and not any(
        _person_word(normalize_word(word)) for word in words[named:last]
    ):
        return None
    return named


#: Titles the news writes without the article before a person's name, as English does
#: (ويقول دكتور كيد، دكتور إيشيغورو: 15 persons in 20,004 ANT articles began with one), normalised;
#: the titles of ``data/triggers.tsv`` are read with it (الدكتور).
_UNDEFINED_TITLES = frozenset({"دكتور", "دكتوره", "بروفيسور", "بروفسور", "بروفيسوره"})

#: Titles written without the article before what they head (شيخ الأزهر، مفتي الجمهورية،
#: بابا الفاتيكان), normalised: before a word with the article they name a post, not a person
#: (شيخ دياباتي، عادل إمام are names).
_BARE_TITLES = frozenset(
    normalize_word(w) for w in ("شيخ", "مفتي", "إمام", "بابا", "بطريرك", "حاخام")
)


def _after_title(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` follows a quoted title's closing mark, or من after one ("ذي غريت
    وول" من بطولة): a work's title and its actors."""
    if at > 1 and words[at - 1] == "من":
        at -= 1
    return at > 0 and _closes_title(words, at - 1)


def _closes_title(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a closing quotation mark: » or ”, or a straight mark that
    pairs one before it (في "بطولة ...": the first of a pair opens)."""
    mark = words[at]
    if mark not in _CLOSING:
        return False
    return mark not in _OPENING or words[:at].count(mark) % 2 == 1


#: How many words before بطولة a film's noun makes it "starring" (:func:`starring_names`).
STARRING_WINDOW = 15


def starring_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a tournament (MISC) begun with بطولة that is "starring" made the actor's
    name. After a noun of a film or a show (``data/starring_works.tsv``) in the 15 words before
    it, or right after a quoted title (and من), بطولة and a name without the article is the
    person (فيلم "ناطحة السحاب" من بطولة دوين جونسون; "ذي غريت وول" من بطولة مات دايمن), unless
    the name is a word of a match (``data/sport_words.tsv``: بطولة كأس أمم أوروبا) or in Latin
    letters (بطولة WWE). بطولة before such a noun names nothing (اختاره لبطولة فيلم, "chose him
    to star in a film"). A tournament stays (بطولة كأس العالم، بطولة ويمبلدون).

    >>> starring_names([["فيلم", '"', "رامبايج", '"', "من", "بطولة", "دواين", "جونسون"]],
    ...                [["O", "O", "B-MISC", "O", "O", "B-MISC", "I-MISC", "I-MISC"]])
    [['O', 'O', 'B-MISC', 'O', 'O', 'O', 'B-PER', 'I-PER']]
    """
    from pipeline.taggers.features import readings

    works = _words("starring_works.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-MISC" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "MISC" or "بطوله" not in readings(words[first]):
                continue
            if last - first == 1:
                continue
            after = normalize_word(words[first + 1])
            if not works.isdisjoint(readings(words[first + 1])):
                row[first:last] = [OUTSIDE] * (last - first)  # لبطولة فيلم
            elif (
                (after == "ال" or not after.startswith("ال"))  # آل باتشينو
                and _words("sport_words.tsv").isdisjoint(readings(words[first + 1]))
                and not _is_latin(words[first + 1])  # بطولة WWE
                and (
                    any(
                        not works.isdisjoint(readings(w))
                        for w in words[max(0, first - STARRING_WINDOW) : first]
                    )
                    or _after_title(words, first)
                )
            ):
                row[first:last] = [OUTSIDE, "B-PER"] + ["I-PER"] * (last - first - 2)
    return result


def _owned_word(word: str, tag: str) -> bool:
    """Whether the word after a role noun is what the role belongs to: a name (tagged), a noun
    that announces an organisation (``quoted_heads.tsv``: نادي، شركة، شبكة) or a common word with
    the article (الملكة، الفريق), but no function word (الذي), weekday or month (الجمعة) and no
    nationality or description (الجزائري: ``name_openers.tsv``)."""
    from pipeline.taggers.features import readings, vec_clusters

    if tag != OUTSIDE:
        return True
    forms = set(readings(word))
    heads = _quoted_heads()
    if any(heads[form].label == "ORG" for form in forms if form in heads):
        return True
    norm = normalize_word(word)
    return (
        norm.startswith("ال")
        and norm in vec_clusters()
        and forms.isdisjoint(_words("function_words.tsv"))
        and forms.isdisjoint(_date_names())
        and not _opens_no_name(word, feminine=True)
    )


def trim_role_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a noun of a role or a kinship (``data/role_tails.tsv``: مالك، مهاجم، زوج)
    that ends a person's name of two words or more taken off where what it belongs to follows
    (:func:`_owned_word`): رومان أبراموفيتش
    مالك + نادي تشيلسي, "Chelsea's owner"; فيليب زوج + الملكة. A surname that is such a word
    stays before a verb, a comma or a weekday (أنور مالك إن، سجاد مالك الجمعة). A name left
    of a name's particles alone is none (ابن شقيق الرئيس, "the president's nephew").

    >>> trim_role_tails([["رومان", "أبراموفيتش", "مالك", "نادي", "تشيلسي"]],
    ...                 [["B-PER", "I-PER", "I-PER", "O", "B-ORG"]])
    [['B-PER', 'I-PER', 'O', 'O', 'B-ORG']]
    """
    from pipeline.taggers.features import readings

    roles = _words("role_tails.tsv")
    joiners = _words("name_joiners.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(list(row)):
            if (
                label == "PER"
                and last - first >= 2
                and last < len(words)
                and not roles.isdisjoint(readings(words[last - 1]))
                and _owned_word(words[last], row[last])
            ):
                row[last - 1] = OUTSIDE
                if all(normalize_word(w) in joiners for w in words[first : last - 1]):
                    row[first : last - 1] = [OUTSIDE] * (last - 1 - first)  # ابن + شقيق
    return result


def trim_person_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the last word of a person's name of three words or more taken off when it
    is ل and the article on a common word of the news (للعربية، للأهلي، للموظف: a word of
    ``data/vec_clusters.tsv`` once ل is stripped) or لـ before a Latin name (لـCNN): the tagger
    runs a name on into the word after it (سلطان بن سحيم للعربية, "... to Al Arabiya"); in a
    name of two words only where the article names the person elsewhere
    (:func:`_named_elsewhere`: الجدعان للعربية beside محمد الجدعان). Not
    بال: Maghrebi surnames are written so (عبد الحكيم بالحاج). A common word without a
    preposition (جولة، برنامجا) is left too: news writes many surnames as common words (سون
    هيونغ مين، عبد الرشيد دوستم), which a first version cut (2,000 ANT articles).
    In a name of any length, an adjective in the feminine at its end is cut
    (:func:`_feminine_adjective`: ماجدة الصحية), and so is ب or ل on a common noun with a
    pronoun (:func:`_noun_with_pronoun`: محمد دياب بفيلمه, "with his film") or on a verbal
    noun or a plural (:func:`_preposition_noun`: روجيرو بتسجيل), and a word with a
    figure or ل before an
    organisation or a place the
    gazetteer knows ends it (:func:`_ends_person`: لوبان 21.7 %، سليمان لفرانس برس; the place
    is tagged: محمد بن سلمان للندن), and a model's
    designation makes the whole span no person (بانتسير إس-1). An ordinal without the article
    at its end goes where the word before it is in another person's span of the article
    (:func:`_ordinal_tail`: هاليب أول لاعبة, "Halep, the first player"). An elative before an
    indefinite word ends no person's name, nor is one alone (:func:`_elative_tail`: نيمار
    أغلى لاعب، جائزة سيزار أفضل فيلم).

    >>> trim_person_tails([["قال", "سلطان", "بن", "سحيم", "للعربية"]],
    ...                   [["O", "B-PER", "I-PER", "I-PER", "I-PER"]])
    [['O', 'B-PER', 'I-PER', 'I-PER', 'O']]
    """
    from pipeline.taggers.features import vec_clusters

    result = [list(t) for t in tags]
    named: Counter[str] | None = None
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER":
                continue
            cut = next((k for k in range(first + 1, last) if _ends_person(words, k)), None)
            if cut is not None:
                # a model's designation (بانتسير إس-1، Galaxy J8، هوك uh-60): no person at all
                if _MODEL.fullmatch(words[cut]):
                    row[first:last] = [OUTSIDE] * (last - first)
                    continue
                row[cut:last] = [OUTSIDE] * (last - cut)
                # محمد بن سلمان للندن: "... to London"; not لباريس سان جرمان, a club
                alone = last == len(row) or row[last] == OUTSIDE
                if cut + 1 == last and alone and _to_place(words[cut]) and _known_alone(words, cut):
                    row[cut] = "B-LOC"
                last = cut
            if last - first >= 2 and _feminine_adjective(words[last - 1]):
                row[last - 1] = OUTSIDE  # حالة الفنانة ماجدة الصحية: "her health condition"
                last -= 1
            if last - first >= 2 and (
                _noun_with_pronoun(words[last - 1]) or _preposition_noun(words[last - 1])
            ):
                row[last - 1] = OUTSIDE  # محمد دياب بفيلمه: "with his film"
                last -= 1
            if _elative_tail(words, row, last - 1):
                row[last - 1] = OUTSIDE  # نيمار أغلى لاعب: "the most expensive player"
                last -= 1
                if last == first:
                    continue
            if last - first >= 2 and _ordinal_tail(words, last - 1):
                if named is None:
                    named = _person_words(sentences, tags)
                if named[_bare_word(words[last - 2])] >= 2:
                    row[last - 1] = OUTSIDE  # جيسي لينغارد ثاني: "the second (player) to"
                    last -= 1
            word = words[last - 1]
            norm = normalize_word(word)
            if last - first == 2 and norm.startswith("لل") and "ال" + norm[2:] in vec_clusters():
                # الجدعان للعربية: cut where the article names the person elsewhere
                if _named_elsewhere(sentences, tags, words[first:last]):
                    row[last - 1] = OUTSIDE
                continue
            if last - first < MIN_TRIMMED_PERSON:
                continue
            if word.startswith("لـ") and len(word) > 2:
                row[last - 1] = OUTSIDE
                continue
            if norm.startswith("لل") and "ال" + norm[2:] in vec_clusters():
                row[last - 1] = OUTSIDE
    return result


@cache
def _bare_ordinals() -> frozenset[str]:
    """أول، ثاني، ثالثة: the ordinals of ``data/ordinals.tsv`` written without the article, as
    spelt (with hamza: باول is Powell, not ب + اول)."""
    return frozenset(
        dediac(row["word"]) for row in load_tsv("ordinals.tsv") if row["use"] != "compound"
    )


def _bare_word(word: str) -> str:
    """A word normalised, without the و before it (وماسكيرانو: ماسكيرانو)."""
    norm = normalize_word(word)
    return norm[1:] if norm.startswith("و") and len(norm) > 3 else norm


def _person_words(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> Counter[str]:
    """How many of an article's persons' spans hold each word (:func:`_bare_word`)."""
    found: Counter[str] = Counter()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER":
                found.update({_bare_word(w) for w in words[first:last]})
    return found


_ROOT = "[بتثجحخدذرزسشصضطظعغفقكلمنهءئؤ]"  # a root's consonant: no long vowel, no alef
#: The shapes of a verb in the imperfect (normalised, with its pronoun endings): يفعل، يتفعل،
#: ينفعل، يستفعل، يفتعل، يفاعل، يتفاعل، and يفعي (يهدي، يغطي). Foreign names seldom have them: a
#: long vowel soon after the ي or ت (يانكر، تيلور، توسك، تريمش).
_IMPERFECT = re.compile(
    rf"(?:[يت](?:ست|ن|ت)?{_ROOT}{{3}}|[يت]{_ROOT}ت{_ROOT}{{2}}|[يت]ت?{_ROOT}ا{_ROOT}{{2}}"
    rf"|[يت]{_ROOT}{{2}}ي)(?:ون|ان|ين|ك|كم|نا|ها|هم|هما|ه|ني)?"
)


def _verb_shaped(word: str) -> bool:
    """Whether a word has a verb's shape in the imperfect (:data:`_IMPERFECT`: ينفعل، يغرز،
    يلهمنا، تتفقد) and is no given name or known person (يعرب، تركي، ترامب); rarer verbs than
    :func:`_imperfect_verb` knows, and so :func:`trim_verbs` cuts one off a person's span only
    where the word before it names a person elsewhere in the article and it does not."""
    norm = normalize_word(word)
    return (
        len(norm) >= 4
        and _IMPERFECT.fullmatch(norm) is not None
        and _given_name(word) is None
        and not _person_word(norm)
    )


def _elative_tail(words: Sequence[str], row: Sequence[str], at: int) -> bool:
    """Whether ``words[at]``, the last word of a person's span, is an elative of
    ``data/elatives.tsv`` before an untagged indefinite word (أغلى لاعب، أفضل فيلم، أحسن ممثلة):
    it ranks what follows, and no person's name ends in it.

    >>> _elative_tail(["نيمار", "أغلى", "لاعب"], ["B-PER", "I-PER", "O"], 1)
    True
    >>> _elative_tail(["ما", "خفي", "أعظم", "،"], ["B-MISC", "I-MISC", "I-MISC", "O"], 2)
    False
    """
    from pipeline.taggers.features import readings

    if at + 1 >= len(words) or row[at + 1] != OUTSIDE:
        return False
    if normalize_word(words[at]) not in _words("elatives.tsv"):
        return False
    after = words[at + 1]
    return after.isalpha() and not any(r.startswith("ال") for r in readings(after))


def _ordinal_tail(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]``, the last word of a person's span, is an ordinal without the
    article, after ب or ك at most (هاليب أول لاعبة، هاليب بأول لقب، وماسكيرانو كثالث): the
    news ranks the person, and the ordinal is no part of the name (not after آل: آل ثاني).
    :func:`trim_person_tails` cuts it where the word before it is in another person's span of
    the article (not مراد عاشور حكم رابع, "the fourth referee": حكم is no name)."""
    word = dediac(words[at])
    bare = word[1:] if word[:1] in ("ب", "ك") else word
    return (
        (word in _bare_ordinals() or bare in _bare_ordinals())
        and at > 0
        and normalize_word(words[at - 1]) != "ال"
    )


def _named_elsewhere(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], name: Sequence[str]
) -> bool:
    """Whether the first word of ``name`` is a word of another person's name the tagger found
    in the article (محمد الجدعان beside الجدعان للعربية); ``name`` again does not count."""
    norm = normalize_word(name[0])
    own = tuple(normalize_word(w) for w in name)
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            other = tuple(normalize_word(w) for w in words[first:last])
            if label == "PER" and other != own and norm in other:
                return True
    return False


def trim_varying_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the last word of a person's name of three words or more taken off when it
    is a common word of the news (:func:`_rare_name` says no; not a given name, a surname the
    news writes often, a nisba in ي or an ordinal) and the article writes the rest of the name
    elsewhere with another word after it: مامودو غاساما المهاجر ("the migrant") beside مامودو
    غاساما من, عبد السلام الفرد ("the individual") beside عبد السلام بالسجن. The name is what the
    mentions share, and names then spread from it (:func:`spread_names`). The rest must not
    end in a word that joins a name to the next (``data/name_joiners.tsv``: حمد بن جاسم beside
    حمد بن خليفة). :func:`trim_person_tails` leaves such words, which many surnames are (سون هيونغ
    مين), wherever the article gives no second mention to compare.

    >>> trim_varying_tails([["مامودو", "غاساما", "المهاجر", "من"], ["قال", "مامودو", "غاساما"]],
    ...                    [["B-PER", "I-PER", "I-PER", "O"], ["O", "O", "O"]])
    [['B-PER', 'I-PER', 'O', 'O'], ['O', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    starts: dict[str, list[tuple[int, int]]] | None = None
    norms: list[list[str]] = []
    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        if "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < MIN_TRIMMED_PERSON:
                continue
            if not _common_tail(words, last - 1):
                continue
            if starts is None:  # built once an article has a candidate
                norms = [[normalize_word(w) for w in ws] for ws in sentences]
                starts = defaultdict(list)
                for t, ws in enumerate(norms):
                    for i, w in enumerate(ws):
                        starts[w].append((t, i))
            prefix, tail = norms[s][first : last - 1], norms[s][last - 1]
            if prefix[-1] in _words("name_joiners.tsv"):
                continue
            n = len(prefix)
            if any(
                (t, i) != (s, first)
                and norms[t][i : i + n] == prefix
                and (i + n == len(norms[t]) or norms[t][i + n] != tail)
                for t, i in starts[prefix[0]]
            ):
                row[last - 1] = OUTSIDE
    return result


def _common_tail(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a common word of the news and nothing of a name: not a word
    :func:`_rare_name` takes for a name, a given name (عبدالله too), a surname the news writes
    often, a nisba (العروي، المصري) or an ordinal (الثاني)."""
    word = words[at]
    norm = normalize_word(word)
    bare = norm.removeprefix("ال")
    return (
        not _rare_name(word)
        and not norm.endswith("ي")
        and not _ordinal(word)
        and _given_name(word) is None
        and not norm.startswith(("عبد", "ابو"))  # عبدالله، أبوالنجا: names written as one word
        and norm not in ("الدين", "الله")  # عز الدين، نصر الله: a name's second half
        and norm not in _ant_surnames()
        and bare not in _ant_surnames()
        and not any(ch.isdigit() for ch in word)
        and words[at - 1] != "-"
    )


def trim_organisation_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's name the gazetteer knows whole, of two words or more,
    cut where the tagger ran it on into what follows, when that is no part of a name: a word
    with a figure (قرار مجلس الأمن 2231، مجلس الأمن الـ 15: a resolution's number, the
    members' count), or a person the gazetteer knows (لمنظمة التجارة العالمية ترامب: tagged on
    their own). A word that may go on the name (an adjective, للتراث العالمي، نيوز) leaves it
    whole, and so do a place and ل before another organisation: a bank or a body may be named
    so (بنك مصر إيران، الجمعية العامة للأمم المتحدة), which a first version cut (6,500 ANT
    articles).

    >>> trim_organisation_tails([["وقرار", "مجلس", "الأمن", "2231"]],
    ...                         [["O", "B-ORG", "I-ORG", "I-ORG"]])
    [['O', 'B-ORG', 'I-ORG', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "I-ORG" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first < 3:
                continue
            known = _known_name_at(words, first, last - 1, "ORG")  # a name shorter than the span
            if known is None or known < 2:
                continue
            end = first + known
            word = words[end]
            figure = word in ("الـ", "ال") and end + 1 < last and words[end + 1].isdigit()
            if figure or any(ch.isdigit() for ch in word):
                row[end:last] = [OUTSIDE] * (last - end)
                continue
            length = _known_name_at(words, end, last, "PER")
            if length is not None:
                row[end:last] = [OUTSIDE] * (last - end)
                row[end : end + length] = ["B-PER"] + ["I-PER"] * (length - 1)
    return result


def event_years(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with مونديال ("World Cup", without the article) and the year after it one
    MISC name (مونديال 2018، بمونديال 2022), as ANERcorp tags مونديال 2006 four times of five;
    the tagger left the year out (108 times in 20,004 ANT articles) or the name untagged
    (114). With the article (المونديال) nothing changes, nor before a place (مونديال روسيا: O
    and LOC in ANERcorp, which :func:`drop_place_events` gives after names spread).

    >>> event_years([["خلال", "مونديال", "2018", "في"], ["بمونديال", "2022"]],
    ...             [["O", "B-MISC", "O", "O"], ["O", "O"]])
    [['O', 'B-MISC', 'I-MISC', 'O'], ['B-MISC', 'I-MISC']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for k in range(len(words) - 1):
            year = words[k + 1]
            if not _is_year(year):
                continue
            found = readings(words[k])
            if _YEAR_EVENTS.isdisjoint(found) or any("ال" + e in found for e in _YEAR_EVENTS):
                continue
            after = row[k + 2] if k + 2 < len(row) else OUTSIDE
            alone = row[k + 1] == OUTSIDE and not after.startswith("I-")
            if row[k] in (OUTSIDE, "B-MISC") and alone:
                row[k : k + 2] = ["B-MISC", "I-MISC"]
    return result


#: The events whose year ANERcorp tags as part of their name (مونديال 2006), normalised.
_YEAR_EVENTS = frozenset({"مونديال"})


def trim_event_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a MISC that begins with المونديال ("the World Cup", with the article) cut
    after that word, unless a year follows it: the word names the event alone and what the
    tagger ran on is the sentence's (المونديال الروسي، المونديال الأخير، المونديال يستقيل), as
    ANERcorp tags المونديال السابق and والمونديال الأخيرين (the adjective O). Run at the end
    of :func:`spread_names`, with :func:`drop_place_events`; a year after it is
    :func:`event_years`' (المونديال 2018 is left as the tagger gave it).

    >>> trim_event_tails([["في", "المونديال", "الروسي"]], [["O", "B-MISC", "I-MISC"]])
    [['O', 'B-MISC', 'O']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "MISC" or last - first < 2 or _is_year(words[first + 1]):
                continue
            if any("ال" + event in readings(words[first]) for event in _YEAR_EVENTS):
                row[first + 1 : last] = [OUTSIDE] * (last - first - 1)
    return result


def _is_year(word: str) -> bool:
    """1998، 2018: a year of four digits from 1900 to 2099."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def drop_place_events(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without the MISC of مونديال ("World Cup", without the article) alone right
    before a place: the place is the name (مونديال روسيا: O and LOC, as ANERcorp tags مونديال
    ألمانيا and لمونديال ألمانيا four times of four). Run at the end of :func:`spread_names`,
    so that the word still spreads to its other mentions (المونديال) before it goes.

    >>> drop_place_events([["في", "مونديال", "روسيا"]], [["O", "B-MISC", "B-LOC"]])
    [['O', 'O', 'B-LOC']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "MISC" or last - first != 1 or last == len(row) or row[last] != "B-LOC":
                continue
            found = readings(words[first])
            bare = all("ال" + event not in found for event in _YEAR_EVENTS)  # not المونديال
            if bare and not _YEAR_EVENTS.isdisjoint(found):
                row[first] = OUTSIDE
    return result


def split_located_organisations(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's name of two words or more that ends in ب and a place
    (:func:`_located_at`: إقليم الأمن الوطني بالمنستير، الأمم المتحدة بنيويورك, "in
    Monastir", "in New York") cut before that word, which is tagged as the place: ANERcorp
    tags the place apart (اتحاد المحامين بأثينا، قائد الناتو بأفغانستان: B-LOC 8 times, never
    inside the name). 109 such names in 20,004 ANT articles, most of them Tunisian police and
    guard units. A club named with its town stays whole (الاتحاد الرياضي بتطاوين,
    ``data/clubs.tsv``).

    >>> split_located_organisations([["إقليم", "الأمن", "الوطني", "بالمنستير"]],
    ...                             [["B-ORG", "I-ORG", "I-ORG", "I-ORG"]])
    [['B-ORG', 'I-ORG', 'I-ORG', 'B-LOC']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "I-ORG" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first < 2 or not _located_at(words[last - 1]):
                continue
            rest = " ".join(normalize_word(w) for w in words[first + 1 : last])
            if any(f"{form} {rest}" in _club_names() for form in readings(words[first])):
                continue  # الاتحاد الرياضي بتطاوين: the club's name
            row[last - 1] = "B-LOC"
    return result


def split_addressed_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name of two words or more that runs on into ل and an organisation the
    gazetteer knows, whole to the name's end (برومل لبي بي سي، جامعة ستانفورد لبي بي سي، مالي
    لـCNN: "told the BBC"), cut there: the organisation is tagged apart, and what stands
    before it keeps its label where the tagger took it for a person (ماريو أبو زيد لسكاي
    نيوز), where it is a name of the gazetteer with that label or where it begins with an
    organisation's noun (جامعة ستانفورد), else it is left for the names of the article to
    spread onto (a person the article names in full, برومل): 35 mentions out and 60 in on
    20,004 ANT articles (stop 55), most of them after قال or أضاف.

    >>> split_addressed_names([["وقال", "برومل", "لبي", "بي", "سي"]],
    ...                       [["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]])
    [['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']]
    """
    from pipeline.taggers.features import readings

    heads = _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            for k in range(first + 1, last):
                norm = normalize_word(words[k])
                if not norm.startswith("ل") or norm.startswith("لل"):
                    continue
                if _known_name_at(words, k, last, "ORG") != last - k:
                    continue
                row[k:last] = ["B-ORG"] + ["I-ORG"] * (last - k - 1)
                known = _known_name_at(words, first, k, label) == k - first
                if label != "PER" and not known and heads.isdisjoint(readings(words[first])):
                    row[first:k] = [OUTSIDE] * (k - first)
                break
    return result


def _located_at(word: str) -> bool:
    """بالمنستير، بنيويورك: ب and a place the gazetteer knows alone, not a noun of a place
    (بولاية، بمنطقة: ``data/place_nouns.tsv``) nor a word of one of the gazetteer's names as
    it stands (بوست of واشنطن بوست).

    >>> _located_at("بالمنستير"), _located_at("بوست"), _located_at("بولاية")
    (True, False, False)
    """
    from pipeline.taggers.features import gazetteer_index, readings

    norm = normalize_word(word)
    if not norm.startswith("ب") or norm in _gazetteer_words():
        return False
    forms = [form for form in readings(word) if form != norm]
    if not _place_nouns().keys().isdisjoint(forms):
        return False
    index = gazetteer_index()
    return any(n.label == "LOC" and not n.rest for form in forms for n in index.get(form, ()))


@cache
def _gazetteer_words() -> frozenset[str]:
    """Every word of the gazetteer's names, normalised (واشنطن، بوست)."""
    from pipeline.taggers.features import gazetteer_index

    found = set(gazetteer_index())
    for names in gazetteer_index().values():
        for name in names:
            found.update(name.rest)
    return frozenset(found)


def _nationality_adjective(word: str) -> bool:
    """السورية، العراقي: a nationality adjective with the article, masculine or feminine
    (``name_openers.tsv``), without a proclitic (والسورية joins another word)."""
    norm = normalize_word(word)
    openers = _words("name_openers.tsv")
    return norm in openers or (norm.endswith("يه") and norm[:-1] in openers)


#: Nouns a state's official name begins with, its nationality adjective part of it.
_STATE_NOUNS = frozenset(
    normalize_word(w) for w in ("جمهورية", "الجمهورية", "مملكة", "المملكة", "الجماهيرية", "سلطنة")
)


def trim_place_nisbas(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a place's name cut before the nationality adjective the tagger ran it on
    into (دوما السورية، كفرنبل السورية، ميريلاند الأمريكية: "Syrian Douma"), which ANERcorp
    leaves outside the name (بعلبك اللبنانية، كاليفورنيا الأمريكية: O 7 times of 7 after a city
    or a state); a name the gazetteer knows whole keeps it (المملكة العربية السعودية،
    الولايات المتحدة الأمريكية، كولومبيا البريطانية), and so does a state's official name
    (الجمهورية اللبنانية), and so does a common noun with the article before the adjective
    (الاتحاد الروسي، شبه الجزيرة الكورية), unless the gazetteer knows it as a place alone
    (الرقة السورية).

    >>> trim_place_nisbas([["إلى", "مدينة", "دوما", "السورية"]], [["O", "O", "B-LOC", "I-LOC"]])
    [['O', 'O', 'B-LOC', 'O']]
    >>> trim_place_nisbas([["المملكة", "العربية", "السعودية"]], [["B-LOC", "I-LOC", "I-LOC"]])
    [['B-LOC', 'I-LOC', 'I-LOC']]
    """
    return _cut_final_nisbas(sentences, tags, "LOC", _place_keeps_nisba)


def _place_keeps_nisba(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the place ``words[first:last]`` keeps the nationality adjective at its end."""
    from pipeline.taggers.features import readings

    if _known_name_at(words, first, last, "LOC") == last - first:
        return True
    if any(r in _STATE_NOUNS for r in readings(words[first])):
        return True  # الجمهورية اللبنانية: a state's official name
    known = _known_name_at(words, last - 2, last - 1, "LOC") == 1
    # الاتحاد الروسي، شبه الجزيرة الكورية: a common noun's, a name
    return normalize_word(words[last - 2]).startswith("ال") and not known


def _cut_final_nisbas(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    label: str,
    keeps: Callable[[Sequence[str], int, int], bool],
) -> list[list[str]]:
    """The tags with the nationality adjective (:func:`_nationality_adjective`) that ends a
    ``label`` span of two words or more cut from it, unless ``keeps(words, first, last)``."""
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if f"I-{label}" not in row:
            continue
        for first, last, found in tags_to_ranges(row):
            if found != label or last - first < 2 or not _nationality_adjective(words[last - 1]):
                continue
            if not keeps(words, first, last):
                row[last - 1] = OUTSIDE
    return result


def trim_club_nisbas(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a club's name cut before the nationality adjective after it (تشلسي
    الإنكليزي، الهلال السعودي، ريال مدريد الإسباني: "English Chelsea"), which ANERcorp leaves
    outside the name (O 34 times of 34 after a club); the club is a name of
    ``data/clubs.tsv`` without the adjective, whichever spelling the list also gives with it,
    and not one of its common words or cities (الجيش الروسي "the Russian army", الاتحاد
    السعودي "the Saudi federation": ``ambiguous``) unless the list gives it with this very
    adjective as a club's name and nothing else's (الهلال السعودي, السد القطري).

    >>> trim_club_nisbas([["لاعب", "تشلسي", "الإنكليزي"]], [["O", "B-ORG", "I-ORG"]])
    [['O', 'B-ORG', 'O']]
    """
    return _cut_final_nisbas(sentences, tags, "ORG", _club_keeps_nisba)


def trim_headed_nisbas(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the nationality adjective cut from the end of an organisation's name
    written after the noun that announces it (``data/quoted_heads.tsv``, label ORG: صحيفة عكاظ
    السعودية، وكالة مهر الإيرانية، شركة تي موبايل الأمريكية): the adjective describes the
    paper or the company, as ANERcorp tags it (صحيفة لوموند B-ORG الفرنسية O, شركة توتال B-ORG
    الفرنسية O). Only where the name's first word has no article: an Arabic description keeps
    its adjective (الخطوط الجوية القطرية، منظمة التحرير الفلسطينية), and so does a name the
    gazetteer knows with it (أرامكو السعودية), and الدولي or الرياضي, which names hold.

    >>> trim_headed_nisbas([["صحيفة", "عكاظ", "السعودية"]], [["O", "B-ORG", "I-ORG"]])
    [['O', 'B-ORG', 'O']]
    """
    return _cut_final_nisbas(sentences, tags, "ORG", _headed_keeps_nisba)


def _headed_keeps_nisba(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the organisation ``words[first:last]`` keeps the nationality adjective at its
    end (:func:`trim_headed_nisbas`)."""
    from pipeline.taggers.features import _normalized, readings

    adjective = normalize_word(words[last - 1])
    if adjective in _NAMES_ADJECTIVES or not adjective.endswith(("ي", "يه")) or first == 0:
        return True  # ويسترن جنرال: name_openers.tsv's titles are no nisba
    reading = _head_reading(words[first - 1])
    if reading is None or _quoted_heads()[reading].label != "ORG":
        return True
    if _normalized(words[first]).startswith("ال") or _head_reading(words[first]) is not None:
        return True  # مجلة معهد أمراض القلب الأمريكية: a description, its noun first
    if not _words("organisation_heads.tsv").isdisjoint(readings(words[first])):
        return True
    return _known_name_at(words, first, last, "ORG") == last - first


#: The nouns of a club or a team that a description follows (النادي الكتالوني, المنتخب
#: السعودي), normalised without the article, and the adjectives besides nationalities that
#: describe one (the royal club, the old lady, the reserve team, the Olympic team, the rival).
_TEAM_NOUNS = frozenset(normalize_word(w) for w in ("فريق", "نادي", "منتخب"))
_TEAM_DESCRIPTIONS = frozenset(
    normalize_word(w)
    for w in ("الملكي", "العجوز", "الرديف", "الأولمبي", "الأوليمبي", "المنافس", "اللاتيني")
)


def _team_noun(word: str) -> bool:
    """الفريق، للنادي، والمنتخب: a noun of :data:`_TEAM_NOUNS` with the article."""
    from pipeline.taggers.features import readings

    return any(f.startswith("ال") and f[2:] in _TEAM_NOUNS for f in readings(word))


def drop_club_descriptions(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags without an organisation that describes a club or a team rather than naming
    it: الفريق، النادي or المنتخب and a nationality or another describing adjective (النادي
    الكتالوني "the Catalan club", النادي اللندني، المنتخب السعودي، النادي الملكي، الفريق
    الرديف), which ANERcorp leaves O (النادي الكاتالوني، المنتخب الكويتي); where the word after
    the noun is a club's own name, the club alone is the name (النادي الأهلي: O B-ORG, as
    ANERcorp tags it 6 times). A club ``data/clubs.tsv`` names so stays whole (النادي
    الإفريقي، النادي الصفاقسي: Tunisian clubs, whose nisbas are no nationality).

    >>> drop_club_descriptions([["مع", "النادي", "الكتالوني"], ["النادي", "الأهلي"]],
    ...                        [["O", "B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]])
    [['O', 'O', 'O'], ['O', 'B-ORG']]
    """
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first > 2:
                continue
            if last - first == 1:  # الفريق [الرديف]: the club list's word after the noun
                noun = first > 0 and row[first - 1] == OUTSIDE and _team_noun(words[first - 1])
                if noun and normalize_word(words[first]) in _TEAM_DESCRIPTIONS:
                    row[first] = OUTSIDE
                continue
            if not _team_noun(words[first]):
                continue
            forms = readings(words[first])
            adjective = normalize_word(words[first + 1])
            if any(f"{form} {adjective}" in _club_names() for form in forms):
                continue  # النادي الإفريقي: a club's name
            if _nationality_adjective(words[first + 1]) or adjective in _TEAM_DESCRIPTIONS:
                row[first:last] = [OUTSIDE, OUTSIDE]  # الفريق الرديف, though a club's name too
            elif adjective in _club_names():
                row[first:last] = [OUTSIDE, "B-ORG"]  # النادي الأهلي: the club is الأهلي
    return result


def _club_keeps_nisba(words: Sequence[str], first: int, last: int) -> bool:
    """Whether the organisation ``words[first:last]`` keeps the nationality adjective at its
    end: it is no club of ``clubs.tsv`` without it, or one whose name is also a common word or
    a city that the list does not name with this adjective as a club alone, or the adjective is
    one of its own name (الترجي الرياضي، الاتحاد الدولي)."""
    from pipeline.taggers.features import readings

    if normalize_word(words[last - 1]) in _NAMES_ADJECTIVES:
        return True
    rest = " ".join(normalize_word(w) for w in words[first + 1 : last - 1])
    clubs = {f"{r} {rest}".strip() for r in readings(words[first])} & _club_names()
    if not clubs:
        return True
    if not clubs <= _ambiguous_clubs():
        return False
    # الهلال السعودي: a club whose name alone is a common word (الهلال "the crescent"), which
    # the list gives with the adjective as a club's, and no other thing's (not الجيش السوري)
    adjective = normalize_word(words[last - 1])
    return not {f"{club} {adjective}" for club in clubs} & _plain_clubs()


#: الدولي "international" and الرياضي "sporting" (a description before a name), which
#: ``name_openers.tsv`` holds among the nationalities, and which clubs and federations have in
#: their names (الترجي الرياضي، الاتحاد الدولي).
_NAMES_ADJECTIVES = frozenset(
    normalize_word(w) for w in ("الدولي", "الدولية", "الرياضي", "الرياضية")
)


def _known_name_at(words: Sequence[str], at: int, last: int, label: str) -> int | None:
    """How many words the gazetteer's longest name of ``label`` that begins at ``words[at]``
    and ends by ``last`` takes; None if there is none."""
    from pipeline.taggers.features import _gazetteer_candidates

    rest = tuple(normalize_word(w) for w in words[at + 1 : last])
    for name in _gazetteer_candidates(words[at]):  # longest first
        if name.label == label and rest[: len(name.rest)] == name.rest:
            return 1 + len(name.rest)
    return None


def _known_alone(words: Sequence[str], at: int) -> bool:
    """Whether no name of the gazetteer longer than ``words[at]`` begins there (نيمار لباريس
    سان جرمان: not Paris but its club)."""
    return all((_known_name_at(words, at, len(words), label) or 0) <= 1 for label in LABELS)


#: A model's designation: letters, then digits, maybe after a hyphen (إس-1، J8، uh-60).
_MODEL = re.compile(r"[^\W\d_ـ]+-?\d[\w-]*")


#: A verb of the imperfect in the dual (يستقبلان، يعدان: "the two receive / are counted"), the
#: conjunction stripped: ي, two letters or more, ان.
_DUAL_VERB = re.compile(r"[يت]\w{2,}ان")


def _dual_verb(word: str) -> bool:
    """يستقبلان، وريبيري يعدان، دمشق وموسكو تتوعدان: a verb in the dual, which the news puts
    right after the two persons or places it speaks of (ومحمد بن زايد يستقبلان), never inside
    a name: its stem is a frequent word of ANT in the imperfect of both the third person
    masculine and feminine (يستقبل، تستقبل: ``data/vec_clusters.tsv``), and no list of names
    holds it (يوهان، يريفان; ديديه يوكانان: يوكان is no word the news writes; only و is
    stripped, not ف: دو فيلبان). One in ت has six letters or more (not وو تشيان).
    """
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    bare = norm[1:] if norm.startswith("و") and len(norm) > 5 else norm
    if not _DUAL_VERB.fullmatch(bare):
        return False
    if bare.startswith("ت") and len(bare) < 6:
        return False  # وو تشيان: a Chinese name (يشي، تشي are verbs)
    stem, words = bare[:-2], vec_clusters()
    if "ي" + stem[1:] not in words or "ت" + stem[1:] not in words:
        return False
    return not _listed_name(bare)


def _feminine_adjective(word: str) -> bool:
    """الصحية، الشمالية: an adjective in the feminine with the article, which agrees with the
    noun before a name (حالة الفنانة ماجدة الصحية, "the actress Magda's health condition")
    and is no surname: ANERcorp ends no person's name so, and it and its masculine (الصحي)
    are both frequent words of ANT (``data/vec_clusters.tsv``) that no list of names holds
    (العطية: العطي is no word the news writes); not an ordinal, which ends a queen's name
    (إليزابيث الثانية)."""
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    if len(norm) < 6 or not norm.startswith("ال") or not dediac(word).endswith("ية"):
        return False  # الفقيه, a surname, ends in ه
    if _ordinal(word):
        return False
    return norm in vec_clusters() and norm[:-1] in vec_clusters() and not _listed_name(norm)


def _noun_with_pronoun(word: str) -> bool:
    """Whether a word is ب or ل, a common word of the news and a pronoun: بفيلمه، لزواجه،
    بصراحتها (صراحة), "with his film", never a surname. The word between is one of
    ``data/vec_clusters.tsv`` of three letters or more, no given name nor a surname the news
    writes often, and not ending in ي: French surnames end so (باشليه، بيليه، لمونيه).

    >>> _noun_with_pronoun("بفيلمه"), _noun_with_pronoun("بيكيه")
    (True, False)
    """
    from pipeline.taggers.features import vec_clusters

    bare = dediac(word).removeprefix("و")
    if not bare.startswith(("ب", "ل")):
        return False
    ending = next((e for e in _NOT_PLACE_ENDINGS if e.startswith("ه") and bare.endswith(e)), "")
    stem = bare[1 : len(bare) - len(ending)]
    if not ending or len(stem) < 3 or stem.endswith("ي"):
        return False
    forms = [stem] + ([stem[:-1] + "ة"] if stem.endswith("ت") else [])
    return any(
        normalize_word(form) in vec_clusters()
        and _given_name(form) is None
        and normalize_word(form) not in _ant_surnames()
        for form in forms
    )


def _preposition_noun(word: str) -> bool:
    """Whether a word is ب on a verbal noun of the pattern تفعيل (بتسجيل، بتبديل: "by scoring",
    "by replacing") or ل on a plural in ين (لصحافيين، لمسؤولين: "to journalists"), a common
    word of the news (``data/vec_clusters.tsv``) either way, which ends no name: the tagger ran
    names on into them (روجيرو بتسجيل الهدف، بومبيو لصحافيين; 11 names in 20,004 ANT
    articles).

    >>> _preposition_noun("بتسجيل"), _preposition_noun("لصحافيين"), _preposition_noun("لوبين")
    (True, True, False)
    """
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    stem = norm[1:]
    if norm.startswith("ب") and len(stem) == 5:
        form = stem[0] == "ت" and stem[3] == "ي" and "ي" not in stem[1:3] + stem[4:]
    elif norm.startswith("ل") and not norm.startswith("لل"):
        form = len(stem) >= 6 and stem.endswith("ين")
    else:
        return False
    return form and stem in vec_clusters() and _given_name(stem) is None


def _ends_person(words: Sequence[str], at: int) -> bool:
    """Whether a person's name the tagger ran on ends before ``words[at]``: a word with a
    digit (لوبان 21.7 %، سيمونا هاليب 7965: a score in a table), a verb in the dual
    (:func:`_dual_verb`: بنزيما وريبيري يعدان), the preposition أمام "before" after a word
    that is no given name, nor with it a person of the gazetteer (فريلاند أمام صحافيين; عادل
    أمام is the actor, whose name the news writes so as often as إمام) or ل joined to an
    organisation the gazetteer knows, with its words after it (وقال سليمان لفرانس برس,
    "Suleiman told AFP"; نبوت لرويترز), or to a place of one word it knows (محمد بن سلمان
    للندن, "... to London"), or ب and the article joined to one (داود بالقدس, "... in
    Jerusalem")."""
    from pipeline.taggers.features import gazetteer_index

    word = words[at]
    if any(ch.isdigit() for ch in word) or _dual_verb(word):
        return True
    if dediac(word) == "أمام" and _given_name(words[at - 1]) is None:
        # عادل أمام: the gazetteer's عادل إمام, the same words once normalised
        return _known_name_at(words, at - 1, at + 1, "PER") != 2
    norm = normalize_word(word)
    if norm.startswith("بال"):  # داود بالقدس: "... in Jerusalem"
        return _to_place(word)
    if norm.startswith("لل"):
        key = "ال" + norm[2:]
    elif norm.startswith("ل") and not _person_word(norm):
        key = norm[1:]
    else:
        return False
    rest = tuple(normalize_word(w) for w in words[at + 1 :])
    return _to_place(word) or any(
        name.label == "ORG" and rest[: len(name.rest)] == name.rest
        for name in gazetteer_index().get(key, ())
    )


def _to_place(word: str) -> bool:
    """Whether ``word`` is ل joined to a place of one word the gazetteer knows (للندن، لمصر), or
    ب to one with the article (بالرياض)."""
    from pipeline.taggers.features import gazetteer_index

    norm = normalize_word(word)
    if norm.startswith("بال"):
        keys = [norm[1:]]  # بالرياض: ب on a place with the article
    elif not norm.startswith("ل") or _person_word(norm):
        return False
    else:
        keys = [norm[1:], "ال" + norm[2:]] if norm.startswith("لل") else [norm[1:]]  # للندن
    return any(
        n.label == "LOC" and not n.rest for key in keys for n in gazetteer_index().get(key, ())
    )


#: The words that bring in a person's other name, which is a name of its own (علي حسن
#: المجيد الملقب بعلي الكيماوي: ANERcorp tags two persons and leaves the word out).
_NICKNAME_MARKS = frozenset(
    {"المكنى", "الملقب", "الملقبة", "المعروف", "المعروفة", "المدعو", "المدعوة", "المكناة"}
)


def cut_nicknames(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name the tagger ran on across المكنى، الملقب، المعروف ("known
    as") cut there: the word is left out and what follows it is a name of its own (حسين
    البكلي المكنى أبو زينب: two persons). As written, with ى: المكني is a surname too.

    >>> cut_nicknames([["حسين", "البكلي", "المكنى", "أبو", "زينب"]],
    ...               [["B-PER", "I-PER", "I-PER", "I-PER", "I-PER"]])
    [['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        if "B-PER" not in row:
            continue
        for first, last, label in tags_to_ranges(row):
            if label != "PER":
                continue
            for k in range(first + 1, last):
                if dediac(words[k]) in _NICKNAME_MARKS:
                    row[k] = OUTSIDE
                    if k + 1 < last:
                        row[k + 1] = "B-PER"
                    break
    return result


#: The nouns of ``data/relation_nouns.tsv`` that begin names too (ابن تيمية، بنت الشاطئ، ولد
#: الشيخ; مساعد is a given name), which :func:`trim_kin` leaves.
#: Function words (``data/function_words.tsv``) that begin foreign names too (دون بالون، أو
#: غلوبو، كي نيشيكوري، في إيه آر، هي غيرلز، بين أفليك، بل غيتس، هو جين تاو، هن سن، ما ينغ جيو،
#: لو مير، لي، راي) or are names themselves (علي، إمام، آنا، آن، لا، أي): :func:`trim_particles`
#: leaves them at a name's start.
_FOREIGN_OPENERS = frozenset(
    normalize_word(w)
    for w in (
        "دون", "أو", "كي", "في", "هي", "بين", "بل", "هو", "هن", "ما", "لو", "لي", "راي", "علي",
        "إمام", "أنا", "أن", "لا", "أي", "م", "ه",
    )
)  # fmt: skip


#: Particles written with the hamza that tells them from a name normalised alike: أمام ("in front
#: of": سيكون أمام إنريكي 6 أسابيع) is no إمام, which :data:`_FOREIGN_OPENERS` keeps.
_WRITTEN_PARTICLES = frozenset({"أمام"})


#: The words after which باسم is "in the name of", "as", not the given name Basem (المتحدث باسم
#: الحرس الوطني، المعروف باسم عبد الحسيب, "known as"): :func:`trim_particles` takes it off a
#: name it begins.
_NAMED_BY = frozenset(
    normalize_word(w)
    for w in (
        "المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "ناطقة",
        "المعروف", "المعروفة", "معروف", "يعرف", "تعرف", "يعرفون", "المعروفين", "يسمى", "تسمى",
    )
)
#: Particles that a name of one word does not follow: "non-" (غير صالح، غير سعيد, "invalid",
#: "unhappy") and "that he/she" before a verb (أنه يرجو): :func:`trim_particles` drops the two.
_BEFORE_NO_NAME = frozenset(normalize_word(w) for w in ("غير", "أنه", "إنه", "أنها", "إنها"))
#: Prepositions and particles, as written (their hamza and final ى told apart from names':
#: أمام "before" from إمام, على "on" from علي), that never end a name: the tagger ran a name on
#: into the word after it (صلاح أمام "السيتي", ماسكيرانو سوى لقبين, مجلس الأمن القومي أنه).
_FINAL_PARTICLES = frozenset(
    {"على", "أمام", "سوى", "حتى", "أكثر", "أنه", "أنها", "من", "عن", "إلى", "منذ", "لدى", "عند"}
    # نصح الشيخ خليفة بأن, "advised ... to"; لن يشارك لويس بالتالي, "so Luis will not play"
    | {"بأن", "بالتالي"}
)
#: Words before على that make it the name علي written with ى (بن على, Ben Ali; محمد على).
_ALI_BEFORE = frozenset({"بن", "ابن", "ابو", "محمد"})


def _imperfect_verb(word: str) -> bool:
    """Whether a word is a verb in the imperfect of the third person, as the news writes it
    after a name in a headline (كيم يريد، كوادرادو يرحب): ي and three letters or more, whose
    form with ت (تريد، ترحب) is one of the 60,000 words of ``data/vec_clusters.tsv``, and no
    name a list holds. Names in ي have no such twin (يونكر، يلدريم، يسوي); a shorter word is
    left (يدر of وسام بن يدر: تدر is a verb), and so is one ending in ي or و as written, as
    names do whose twin is a verb (مديحة يسري: تسري; علي يونسي، فرناندو ييرو).

    >>> _imperfect_verb("يريد"), _imperfect_verb("يونكر"), _imperfect_verb("يسري")
    (True, False, False)
    """
    from pipeline.taggers.features import vec_clusters

    norm = normalize_word(word)
    return (
        norm.startswith("ي")
        and len(norm) >= 4
        and not dediac(word).endswith(("ي", "و"))
        and "ت" + norm[1:] in vec_clusters()
        and _given_name(word) is None
        and not _listed_name(norm)
    )


def trim_verbs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a verb that ends or begins a person's name of two words or more taken off
    it: a verb in the imperfect at its end (:func:`_imperfect_verb`: a headline runs the name on
    into its verb, كيم يريد + ضمانات, "Kim wants guarantees"; ماركيز يشكر + الجماهير) or inside
    it, where the verb's object runs on too and is a name of its own (ترامب يغازل بوتن، زلاتكو
    يطرد كالينيتش: 5 such names in 20,004 ANT articles, cut into 7 persons and 3 words still
    taken for persons, مواطن، شاكرا، البرسا), not after a word that joins a name to the next
    (``data/name_joiners.tsv``: وسام بن يدر), a verb in the past of ``data/name_verbs.tsv`` at
    either end, with و or ف before it or not (شارك ديمبلي، سانشيز شارك، ولعب بن يوسف), and a
    verb in the dual at its beginning (:func:`_dual_verb`: شرطيان يطاردان كلارك, "two policemen
    chase Clark"). A verb in the imperfect singular that begins a name is left where the name's
    last word names no other person's span of the article or the verb does: many given names
    in ي have a verb for twin (يسري، يركي); else it goes (صندوق النقد يحذر ترامب، ينتدب ممفيس
    ديباي: 11 names in 20,004 ANT articles, all right), and so is one with و before it
    (ويسترجع فراس الجليدي، ويخرج جيسوس). A verb in the dual alone is no name of any label
    (وابنته يرقدان، دمشق وموسكو تتوعدان). A verb in the future
    (:func:`_future_verb`) is taken off the end of any name (ترامب سيتنفس، المنظمة ستكشف) and
    off the beginning of a person's, where a word of three letters or more follows it
    (وسيستبعد بيتزي; not ستتصل بي). A rarer verb's shape at the end (:func:`_verb_shaped`:
    زيدان ينفعل، ميسي يرزق) goes where the word before it is in another person's span of the
    article and it is not.

    >>> trim_verbs([["كيم", "يريد", "ضمانات"], ["وشارك", "العامري", "في"]],
    ...            [["B-PER", "I-PER", "O"], ["B-PER", "I-PER", "O"]])
    [['B-PER', 'O', 'O'], ['O', 'B-PER', 'O']]
    """
    joiners = _words("name_joiners.tsv")
    result = [list(t) for t in tags]
    named: Counter[str] | None = None
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first == 1 and _dual_verb(words[first]):
                row[first] = OUTSIDE  # وابنته يرقدان، دمشق وموسكو تتوعدان: a verb alone
            if last - first < 2:
                continue
            if _future_verb(words[last - 1]):
                row[last - 1] = OUTSIDE
                last -= 1
            if label != "PER" or last - first < 2:
                continue
            if _future_verb(words[first]) and len(normalize_word(words[first + 1])) >= 3:
                row[first] = OUTSIDE
                row[first + 1] = "B-PER"
                first += 1
                if last - first < 2:
                    continue
            inner = next(
                (
                    k
                    for k in range(first + 1, last - 1)
                    if normalize_word(words[k - 1]) not in joiners and _imperfect_verb(words[k])
                ),
                None,
            )
            if inner is not None:
                # a headline's subject, verb and object run on as one: ظريف يزور الأسد
                row[inner] = OUTSIDE
                row[inner + 1] = "B-PER"
                last = inner
                if last - first < 2:
                    continue
            if _past_verb(words[last - 1]) or (
                normalize_word(words[last - 2]) not in joiners
                and _imperfect_verb(words[last - 1])
            ):
                row[last - 1] = OUTSIDE
                last -= 1
            elif normalize_word(words[last - 2]) not in joiners and _verb_shaped(words[last - 1]):
                if named is None:
                    named = _person_words(sentences, tags)
                if named[_bare_word(words[last - 2])] >= 2 > named[_bare_word(words[last - 1])]:
                    row[last - 1] = OUTSIDE  # زيدان ينفعل: "Zidane loses his temper"
                    last -= 1
            if last - first >= 2 and (_past_verb(words[first]) or _dual_verb(words[first])):
                row[first] = OUTSIDE
                row[first + 1] = "B-PER"
            elif last - first >= 2 and (
                _imperfect_verb(words[first])
                or (dediac(words[first]).startswith("و") and _imperfect_verb(words[first][1:]))
            ):
                if named is None:
                    named = _person_words(sentences, tags)
                if named[_bare_word(words[last - 1])] >= 2 > named[_bare_word(words[first])]:
                    row[first] = OUTSIDE  # يحذر ترامب: "Trump warns", named alone elsewhere
                    row[first + 1] = "B-PER"
    return result


def cut_particle_verbs(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the word after a particle that only a verb follows
    (``data/verb_particles.tsv``: لم، لن، قد) taken off any name it begins: it is a verb (لم
    ينس الكرواتيون, "the Croats did not forget", ينس taken for Jens; لم اقارن فهد). Run again
    after names spread, which tag a verb that is another name's word elsewhere (قد يكون after
    جاك بيكون, read as ب + يكون; وقد أشرف after أشرف, a given name).

    >>> cut_particle_verbs([["لم", "ينس", "الكرواتيون"]], [["O", "B-PER", "O"]])
    [['O', 'O', 'O']]
    """
    particles = _words("verb_particles.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if first > 0 and normalize_word(words[first - 1]) in particles:
                row[first] = OUTSIDE
                if last - first > 1:
                    row[first + 1] = f"B-{label}"
    return result


def _past_verb(word: str) -> bool:
    """شارك، وشارك، فلعب: a verb of ``data/name_verbs.tsv``, with و or ف before it or not."""
    norm = normalize_word(word)
    verbs = _words("name_verbs.tsv")
    return norm in verbs or (norm[:1] in ("و", "ف") and norm[1:] in verbs)


def trim_clause_openers(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a word of the sentence that begins a person's name of three words or more
    going on with a given name taken off it, and a nationality adjective after it: a word of
    لل, "for the" (رئيس الاتحاد الفرنسي للعبة + نويل لو غريت، مدرب لليونايتد + جوزيه مورينيو،
    لاعب للخويا القطري + يوسف المساكني: the federation's sport, the person's club), or one
    written as a word of the sentence that no person's name holds (:func:`_clause_shaped`,
    :func:`_never_named`: تصديه لرأسية + مهند عسيري، وإلزام + عمر السومة، لنظام + بشار
    الأسد). In 20,004 ANT articles 31 names so begun, all cut right but where بن follows (بلدية
    بن عروس، باديس بن صالح: a town's name, a given name), which is left. Not where the word is
    a given name, with ل or without (للوليد بن طلال, ل + الوليد; للويس إنريكي). A club of
    ``data/clubs.tsv`` so cut off is tagged as one.

    >>> trim_clause_openers([["الفرنسي", "للعبة", "نويل", "لو", "غريت"]],
    ...                     [["O", "B-PER", "I-PER", "I-PER", "I-PER"]])
    [['O', 'O', 'B-PER', 'I-PER', 'I-PER']]
    """
    from pipeline.taggers.features import readings

    never = _never_named()
    heads = _COMPOUND_OPENERS - _NASAB  # عبد، أبو، آل; not بن: بلدية بن عروس
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < 3:
                continue
            forms = set(readings(words[first]))
            if any(_person_word(f) for f in forms) or _given_name(words[first]) is not None:
                continue
            norm = normalize_word(words[first])
            lam = norm.removeprefix("و").startswith("لل")
            # a proclitic on a word no name holds, ل too before a given name (لرأسية + مهند);
            # not on a word in ا, as foreign given names end (وألفا عمر كوناري: "alpha")
            clitic = any(form != norm and not form.endswith("ا") for form in forms & never)
            shaped = clitic or _clause_shaped(words[first], forms & never)
            unnamed = bool(forms & never) and shaped
            if not (lam or unnamed):
                continue
            cut = first + 1
            if _nationality_adjective(words[cut]) and last - cut > 2:
                cut += 1  # للخويا القطري
            if normalize_word(words[cut]) not in heads and _given_name(words[cut]) is None:
                continue  # the name after it begins with a given name, or it is left
            row[first:cut] = [OUTSIDE] * (cut - first)
            row[cut] = "B-PER"
            if not _club_names().isdisjoint(forms):
                row[first] = "B-ORG"  # للخويا, للإسماعيلي: the club
    return result


def trim_particles(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a function word (``data/function_words.tsv``) that begins a name of two
    words or more taken off it: a preposition or a particle before a name is never part of
    it (ضد بن سلمان، لصالح فيكو، سوى راموس، لولا كريستيانو رونالدو، مع الشرطة البلدية: 51
    names in 8,000 ANT articles). Not in quotation marks, where a title begins with one
    (برنامج "في المرمى"، أغنية "كل اللي بيحبوني"), nor where the gazetteer knows the name whole
    from it (لولا دا سيلفا), nor a word that begins foreign names too
    (:data:`_FOREIGN_OPENERS`: دون بالون، كي نيشيكوري). After "non-" or "that he" the one word
    left is no name either (غير صالح, "invalid"; أنه يرجو: :data:`_BEFORE_NO_NAME`). A
    preposition or particle that ends a name, as written (:data:`_FINAL_PARTICLES`: صلاح أمام،
    كوغان على أن), is taken off its end too, but على after بن or محمد is the name علي (بن على).
    باسم after a spokesman or "known" (:data:`_NAMED_BY`: المتحدث باسم الحرس الوطني) is "in the
    name of", not the given name, and is taken off a name it begins.

    >>> trim_particles([["يرفع", "دعوى", "ضد", "بن", "سلمان"], ["لولا", "دا", "سيلفا"]],
    ...                [["O", "O", "B-PER", "I-PER", "I-PER"], ["B-PER", "I-PER", "I-PER"]])
    [['O', 'O', 'O', 'B-PER', 'I-PER'], ['B-PER', 'I-PER', 'I-PER']]
    """
    from pipeline.taggers.features import gazetteer_index

    particles = _words("function_words.tsv") - _FOREIGN_OPENERS
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            norm = normalize_word(words[first])
            written = dediac(words[first]) in _WRITTEN_PARTICLES  # أمام, not إمام
            if (
                last - first >= 2
                and norm == "باسم"
                and first > 0
                and normalize_word(words[first - 1]) in _NAMED_BY
            ):
                # المتحدث باسم الحرس الوطني, "the spokesman for": باسم is no given name here
                row[first:last] = [OUTSIDE, f"B-{label}"] + [f"I-{label}"] * (last - first - 2)
                continue
            # ة is no pronoun's ه: علية الصمودي is a woman's name, not عليه "on him"
            if last - first < 2 or not (norm in particles or written) or words[first].endswith("ة"):
                continue
            if first > 0 and words[first - 1] in _OPENING:
                continue
            rest = tuple(normalize_word(w) for w in words[first + 1 : last])
            known = gazetteer_index().get(norm, ())
            if any(n.rest and rest[: len(n.rest)] == n.rest for n in known):  # لولا دا سيلفا
                continue
            if last - first == 2 and norm in _BEFORE_NO_NAME:  # غير صالح، أنه يرجو
                row[first:last] = [OUTSIDE, OUTSIDE]
                continue
            row[first:last] = [OUTSIDE, f"B-{label}"] + [f"I-{label}"] * (last - first - 2)
        for first, last, label in tags_to_ranges(row):
            final = dediac(words[last - 1])
            if (
                last - first >= 2
                # أي "any" ends no person's name (عبد الرزاق أي علاقة); إف بي أي is the FBI
                and (final in _FINAL_PARTICLES or (final == "أي" and label == "PER"))
                and not (final == "على" and normalize_word(words[last - 2]) in _ALI_BEFORE)
                and normalize_word(words[last - 2]) not in particles
                and not (first > 0 and words[first - 1] in _OPENING)
            ):
                row[last - 1] = OUTSIDE  # صلاح أمام: "Salah against"
    return result


#: مساعد العيبان، مالك الجزيري، قائد السبسي: a given name or a surname as written alone.
_NAME_KIN = frozenset({"ابن", "ابنت", "بنت", "ولد", "اسم", "مساعد", "مالك", "قائد"})


def _place_head(word: str) -> str | None:
    """The noun of ``data/place_heads.tsv`` (normalised) that ``word`` is, after و, ب or ل
    too, else None."""
    heads = _words("place_heads.tsv")
    return _clitic_form_in(word, heads)


def trim_place_heads(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name that opens with the noun of an administrative place
    (``data/place_heads.tsv``: ولاية، محافظة، مديرية ...) cut after it, the rest a place
    (بولايتي تطاوين ORG -> بولايتي + تطاوين LOC; مديرية الحسينية; معتمدية سيدي علوان): the
    noun stays outside the name. After a dual noun (ولايتي، مدينتي), the two places joined by
    و are two names. Not an organisation after ولاية alone (ولاية سيناء, a group's "province"),
    nor a name with another such noun inside (معتمدية قصور الساف بولاية المهدية).

    >>> trim_place_heads([["في", "بولايتي", "تطاوين", "وقبلي"]], [["O", "B-ORG", "I-ORG", "O"]])
    [['O', 'O', 'B-LOC', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            head = _place_head(words[first])
            if (
                head is None
                or last - first < 2
                or (label == "ORG" and head == "ولايه")
                or any(_place_head(words[k]) for k in range(first + 1, last))
            ):
                continue
            row[first:last] = [OUTSIDE, "B-LOC"] + ["I-LOC"] * (last - first - 2)
            if head.endswith(("تي", "تا")):  # a dual: two places
                for k in range(first + 2, last):
                    if normalize_word(words[k]).startswith("و"):
                        row[k] = "B-LOC"
                        break
    return result


def award_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name of one word right after the noun of a prize
    (``data/award_nouns.tsv``: جائزة، جوائز) a prize's name, MISC, as ANERcorp tags جائزة نوبل
    and جوائز أوسكار: where the tagger took it for a person no span of the article outside
    such a place names (بجائزة سيزار، جوائز توني، جائزة فيلدز) or for a place the gazetteer
    does not know (جائزة بوليتزر، بجائزة بريتزكر). A country stays a place (جائزة إيطاليا
    الكبرى, a Grand Prix: LOC in ANERcorp), and a person the article names elsewhere a person.

    >>> award_names([["فاز", "بجائزة", "سيزار"]], [["O", "O", "B-PER"]])
    [['O', 'O', 'B-MISC']]
    """
    nouns = _words("award_nouns.tsv")

    def after_award(words: Sequence[str], first: int) -> bool:
        return first > 0 and _clitic_form_in(words[first - 1], nouns) is not None

    persons: Counter[str] = Counter()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and not after_award(words, first):
                persons.update({_bare_word(w) for w in words[first:last]})
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first != 1 or not after_award(words, first):
                continue
            if (label == "LOC" and _known_name_at(words, first, last, "LOC") is None) or (
                label == "PER" and not persons[_bare_word(words[first])]
            ):
                row[first] = "B-MISC"
    return result


def trim_feature_heads(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a place that opens with the noun of a geographic feature
    (``data/feature_heads.tsv``: نهر، هضبة، جبل، مضيق ...) cut after it where the rest is the
    gazetteer's place whole (هضبة الجولان -> هضبة + الجولان, نهر الفرات, جبل لبنان, مضيق باب
    المندب), as ANERcorp keeps the noun outside (نهر النيجر، هضبة إثيوبيا، جبل لبنان). Not where
    the rest names no place alone (جبل طارق، وادي السيليكون), nor a lake (بحيرة تاهو, one name).

    >>> trim_feature_heads([["في", "هضبة", "الجولان"]], [["O", "B-LOC", "I-LOC"]])
    [['O', 'O', 'B-LOC']]
    """
    heads = _words("feature_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if (
                label == "LOC"
                and last - first >= 2
                and _clitic_form_in(words[first], heads) is not None
                and _known_name_at(words, first + 1, last, "LOC") == last - first - 1
            ):
                row[first:last] = [OUTSIDE, "B-LOC"] + ["I-LOC"] * (last - first - 2)
    return result


def ruler_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a ruler's name that is a common word too (``data/rulers.tsv``: الأسد،
    الشاهد، الصيد) tagged a person where it stands untagged right after the noun of what he
    rules, itself untagged (نظام الأسد "the Assad regime", لحكومة الصيد), as ANERcorp tags a
    person after نظام or حكومة; elsewhere the word is what it says (نصيب الأسد).

    >>> ruler_names([["دعم", "نظام", "الأسد"], ["نصيب", "الأسد"]], [["O", "O", "O"], ["O", "O"]])
    [['O', 'O', 'B-PER'], ['O', 'O']]
    """
    kinds = _words_by_kind("rulers.tsv")
    heads, names = kinds["head"], kinds["name"]
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words)):
            if (
                row[i] == OUTSIDE
                and row[i - 1] == OUTSIDE
                and normalize_word(words[i]) in names
                and _clitic_form_in(words[i - 1], heads) is not None
            ):
                row[i] = "B-PER"
    return result


def trim_port_heads(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a name that opens with the noun of a port or an airport
    (``data/port_heads.tsv``: ميناء، مطار، مرفأ) cut after it: the noun is outside and the rest
    a place (ميناء الصليف ORG -> ميناء + الصليف LOC; بميناء الحديدة MISC; ميناء دورالي PER), or
    MISC where the tagger took it for a person and it begins with a given name (ميناء حمد, named
    after an emir; بمطار محمد الخامس MISC in ANERcorp). Not after an organisation's noun (شركة
    ميناء جيبوتي, a company).

    >>> trim_port_heads([["سفينة", "في", "ميناء", "الصليف"]], [["O", "O", "B-ORG", "I-ORG"]])
    [['O', 'O', 'O', 'B-LOC']]
    """
    heads = _words("port_heads.tsv")
    bodies = _words("organisation_heads.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if (
                last - first < 2
                or _clitic_form_in(words[first], heads) is None
                or (first > 0 and _clitic_form_in(words[first - 1], bodies) is not None)
            ):
                continue
            named = label == "PER" and _given_name(words[first + 1]) is not None
            new = "MISC" if named else "LOC"
            row[first:last] = [OUTSIDE, f"B-{new}"] + [f"I-{new}"] * (last - first - 2)
    return result


def trim_kin(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a noun of kinship that begins a person's name of two words or more taken
    off it (``data/relation_nouns.tsv``: خطيبة جمال خاشقجي، والد كينغ، شقيق صالح), as ANERcorp
    leaves them out (زوجة، نجل، والد: O every time). Not ابن، بنت، ولد, which begin names
    (ابن خلدون). What is left may be no name (زوج الراحلة, "the late woman's husband"): a
    common word with the article is as often a surname (شقيق الحريري), so it stays. A kinship
    or role noun with a pronoun ending (:func:`_relation_word`: منافسه، قائده) is taken off an
    organisation's name it begins too (منافسه تشيلسي, "its rival Chelsea").

    Since stop 68 a noun of kinship that ends a person's name is taken off it too, ابن، بنت
    and ولد among them, which want a name after them (الشيخة لطيفة ابنة + حاكم دبي، الأمير
    جورج ابن + الأمير وليام): no name of ANERcorp's or AQMAR's training files ends in one.

    >>> trim_kin([["تقول", "خطيبة", "جمال", "خاشقجي"]], [["O", "B-PER", "I-PER", "I-PER"]])
    [['O', 'O', 'B-PER', 'I-PER']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if last - first < 2:
                continue
            if label == "PER" and _kin_tail(words[last - 1]):
                row[last - 1] = OUTSIDE
                last -= 1
                if last - first < 2:
                    continue
            if (label == "PER" and _kin_noun(words[first])) or (
                # not ة, which normalises as the pronoun ه: المستشارة
                label == "ORG"
                and _relation_word(words[first])
                and not dediac(words[first]).endswith("ة")
            ):
                row[first : first + 2] = [OUTSIDE, f"B-{label}"]
    return result


def _kin_tail(word: str) -> bool:
    """ابنة، حفيد، شقيقه: a noun of kinship of ``data/relation_nouns.tsv`` (its stem before a
    pronoun ending), those that begin names included, but no noun of a role (مالك، مساعد،
    قائد، مستشار: surnames too) nor خطيب (a surname as often)."""
    stem = _relation_stem(word)
    return stem in _KIN_TAILS and stem in _words("relation_nouns.tsv")


#: The nouns of ``data/relation_nouns.tsv`` that :func:`_kin_tail` takes off a name's end.
_KIN_TAILS = frozenset(
    {"ابن", "ابنت", "بنت", "نجل", "ولد", "شقيق", "شقيقت", "اخ", "اخو", "اخت", "زوج", "زوجت"}
    | {"والد", "والدت", "خطيبت", "ارمل", "ارملت", "صهر", "حفيد", "حفيدت"}
)


def _kin_noun(word: str) -> bool:
    """شقيق، زوجة، خطيبة: a noun of ``data/relation_nouns.tsv`` as written alone (its stem
    before a pronoun ending, ت for ة), not one that begins names (:data:`_NAME_KIN`)."""
    stem = _relation_stem(word)
    return stem not in _NAME_KIN and stem in _words("relation_nouns.tsv")


def _relation_stem(word: str) -> str:
    """A word normalised as ``data/relation_nouns.tsv`` writes its nouns: ت for a last ة
    (normalised ه), the stem before a pronoun ending (زوجة، زوجته: زوجت)."""
    norm = normalize_word(word)
    return norm[:-1] + "ت" if norm.endswith("ه") else norm


def span_rules(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The rules every tagger's output goes through before names spread: persons' names
    and towns' names side by side joined (:func:`join_persons`, :func:`join_places`), a
    European name's particles and surname taken in (:func:`join_particles`: باتريك فان +
    أنهولت), names cut at prepositions (:func:`split_names`) and two persons the article names
    on their own run into one cut apart (:func:`split_person_runs`: ترامب يحذر كيم), and so
    are a person and a name of another label (:func:`split_mixed_pairs`: اتهم ترامب غوغل),
    names in quotation marks after a noun that announces them (:func:`quoted_names`) and an
    organisation's name without its head noun in them (:func:`quoted_short_names`) or a
    paper's name alone in them (:func:`quoted_media`: « الشرق الأوسط ») or named by a column's
    credit line (:func:`credited_papers`: نقلاً عن الرؤية الإماراتية), a name
    ending in an English company's word an organisation (:func:`company_names`), dotted
    acronyms and websites (:func:`dotted_names`), the gazetteer's Latin acronyms and an
    organisation's initials (:func:`latin_acronyms`) or its initials spelt out in Arabic that
    the tagger took for a person (:func:`spelled_acronyms`: إن إتش سي), clubs, towns and
    organisations of two words or more (:func:`fill_listed`) and sports federations
    (:func:`fill_federations`), names the
    gazetteer knows whole (:func:`complete_names`), its names run on as one joined by و cut
    apart (:func:`split_known_lists`; and two names the article tags alone elsewhere,
    :func:`split_tagged_lists`) or into a person's name after them
    (:func:`split_known_heads`: فيسبوك + مارك زوكربيرغ) and "the organisation" the article
    speaks of run into a person's name (:func:`split_generic_heads`: المنظمة + دنيس شيا), and
    so two organisations joined by
    و and a head noun (:func:`split_organisation_lists`), a name between two persons' names
    of a list (:func:`listed_persons`) or before the second (:func:`first_listed_persons`)
    and a person's between two places of one a place
    (:func:`listed_places`: ونينوى وصلاح الدين والأنبار), its organisations run on into a figure
    or another
    name cut there (:func:`trim_organisation_tails`) or ending in the place they are at
    (:func:`split_located_organisations`: الأمم المتحدة بنيويورك), names run on into ل and an
    organisation they spoke to cut there (:func:`split_addressed_names`: برومل لبي بي سي) and
    its labels where the tagger's is surely wrong (:func:`gazetteer_labels`), a MISC that an
    organisation's noun begins an organisation (:func:`headed_organisations`), cities that
    are their club in a report on a match (:func:`club_cities`) and clubs taken alone for
    persons there (:func:`club_persons`), the word after a noun of a
    place (:func:`named_places`) and a rare word joined to a place by و
    (:func:`coordinated_places`), a town unlabelled news names mostly after a preposition
    found there (:func:`preposition_places`: في المهدية، بنابل), a place whose name is a
    common word where nothing else can stand (:func:`homograph_places`: في مالي), a given
    name and the rare word after it (:func:`given_names_first`), a given name, آل and a
    family's word (:func:`family_names`), the person's name after it
    (:func:`given_names_before`), a given name alone after a ruler's title
    (:func:`royal_given_names`: الشيخ تميم) or a name the tagger gave another label
    (:func:`given_names_relabel`: ألفريد نوبل), a given name and another person's surname the
    tagger gave another label (:func:`surnamed_persons`: يوليا سكريبال) or a family's nisba the
    tagger took for a group
    (:func:`given_names_nisba`), a town's name taken for a person's (:func:`opened_towns`:
    سيدي سالم), a ruler's name that is a common word after the noun of what he rules
    (:func:`ruler_names`: نظام الأسد),
    a stadium's name after ملعب that the tagger took for a person's (:func:`headed_names`),
    a paper's or channel's name that is a common word after its head noun
    (:func:`media_names`: صحيفة الحياة، قناة نسمة),
    points of the compass before places (:func:`cut_directions`) and the noun of a
    geographic feature before a place the gazetteer knows alone (:func:`trim_feature_heads`:
    هضبة + الجولان) or of a port or an airport before any name (:func:`trim_port_heads`:
    ميناء + الصليف), a nationality adjective
    at a place's end (:func:`trim_place_nisbas`: دوما السورية) or at an organisation's after
    the noun that announces it (:func:`trim_headed_nisbas`: صحيفة عكاظ السعودية), indefinite
    words at a name's edges (:func:`trim_indefinites`), a common word at a long person's
    name's end (:func:`trim_person_tails`: also a figure and what follows, ل before an
    organisation; and :func:`trim_varying_tails`, where the article writes the name with
    another word after it) and a role's noun before what the role belongs to
    (:func:`trim_role_tails`: رومان أبراموفيتش مالك + نادي تشيلسي),
    a title or a noun of kinship at its start (:func:`trim_titles`, :func:`trim_kin`), a word
    of the sentence there (:func:`trim_clause_openers`: للعبة + نويل لو غريت) and a
    preposition or particle (:func:`trim_particles`: ضد بن سلمان) or a verb at its end
    (:func:`trim_verbs`: كيم يريد) or after لم، لن or قد at its start
    (:func:`cut_particle_verbs`: لم ينس الكرواتيون), a name
    run on across "known as" cut there (:func:`cut_nicknames`), the actor after
    بطولة, "starring" (:func:`starring_names`), common nouns,
    currencies and adjectives alone dropped (:func:`drop_common_nouns`,
    :func:`drop_currencies`, :func:`drop_adjectives`; these run again after names spread, see
    :func:`spread_names`), and a common noun after a demonstrative (:func:`drop_demonstrated`:
    هذه الجزيرة, "this island"); مونديال and its year are one name (:func:`event_years`), and
    the name after "called" is a person's (:func:`called_names`: امرأة تدعى غزالة عوض), and so
    are two rare words after a nationality or a role (:func:`described_names`: وزير النفط
    الإيراني بيجن زنغنه), and a name of one word after a prize's noun that the tagger took for
    a person or an unknown place is the prize's (:func:`award_names`: بجائزة بوليتزر)."""
    tags = join_particles(sentences, join_persons(sentences, tags))
    tags = split_names(sentences, join_places(sentences, tags))
    tags = split_pairs(sentences, split_person_runs(sentences, tags))
    tags = split_mixed_pairs(sentences, tags)
    tags = complete_names(sentences, fill_federations(sentences, fill_listed(sentences, tags)))
    tags = bank_names(sentences, party_names(sentences, tags))
    tags = institution_names(sentences, tags)
    tags = split_known_heads(sentences, split_known_lists(sentences, tags))
    tags = split_tagged_lists(sentences, tags)
    tags = split_known_places(sentences, split_generic_heads(sentences, tags))
    tags = split_club_lists(sentences, tags)
    tags = split_located_organisations(sentences, trim_organisation_tails(sentences, tags))
    tags = split_addressed_names(sentences, tags)
    tags = listed_persons(sentences, split_organisation_lists(sentences, tags))
    tags = listed_places(sentences, tags)
    tags = headed_organisations(sentences, gazetteer_labels(sentences, tags))
    tags = drop_nisba_phrases(sentences, tags)  # "كارثة نووية": no title
    tags = quoted_lists(sentences, quoted_names(sentences, club_cities(sentences, tags)))
    tags = quoted_media(sentences, quoted_short_names(sentences, tags))
    tags = credited_papers(sentences, tags)
    tags = latin_names(sentences, tags)
    tags = company_names(sentences, agency_names(sentences, tags))
    tags = device_names(sentences, tags)
    tags = split_person_clubs(sentences, tags)
    tags = club_persons(sentences, match_clubs(sentences, tags))
    tags = preposition_places(sentences, named_places(sentences, suffix_places(sentences, tags)))
    tags = homograph_places(sentences, coordinated_places(sentences, tags))
    tags = drop_pronoun_places(sentences, drop_common_places(sentences, tags))
    tags = theophoric_names(sentences, tags)
    tags = given_names_before(sentences, given_names_first(sentences, tags))
    tags = royal_given_names(sentences, listed_given_names(sentences, tags))
    tags = first_names_named(sentences, given_names_relabel(sentences, tags))
    tags = surnamed_persons(sentences, tags)
    tags = ali_names(sentences, family_names(sentences, tags))
    tags = opened_towns(sentences, given_names_nisba(sentences, tags))
    tags = ruler_names(sentences, tags)
    tags = media_names(sentences, headed_names(sentences, tags))
    tags = cut_directions(sentences, trim_indefinites(sentences, tags))
    tags = trim_club_nisbas(sentences, trim_place_nisbas(sentences, tags))
    tags = trim_headed_nisbas(sentences, tags)
    tags = drop_club_descriptions(sentences, tags)
    tags = trim_varying_tails(sentences, trim_person_tails(sentences, tags))
    tags = trim_role_tails(sentences, tags)
    tags = trim_particles(sentences, trim_titles(sentences, trim_kin(sentences, tags)))
    tags = trim_clause_openers(sentences, tags)
    tags = trim_verbs(sentences, cut_particle_verbs(sentences, tags))
    tags = first_listed_persons(sentences, tags)
    tags = last_listed_persons(sentences, tags)
    tags = trim_feature_heads(sentences, trim_place_heads(sentences, tags))
    tags = trim_port_heads(sentences, tags)
    tags = cut_nicknames(sentences, tags)
    tags = starring_names(sentences, tags)
    tags = cut_head_clauses(sentences, tags)
    tags = drop_common_nouns(sentences, drop_demonstrated(sentences, tags))
    tags = drop_possessed_nouns(sentences, drop_unnamed_persons(sentences, tags))
    tags = drop_said_to_me(sentences, drop_feeling_names(sentences, tags))
    tags = drop_verbal_nouns(sentences, tags)
    tags = event_years(sentences, drop_currencies(sentences, tags))
    tags = latin_acronyms(sentences, drop_adjectives(sentences, dotted_names(sentences, tags)))
    tags = called_names(sentences, spelled_acronyms(sentences, tags))
    tags = award_names(sentences, described_names(sentences, tags))
    return said_rare_names(sentences, tags)


def spread_names(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """Names spread to their untagged repeats (:func:`propagate`), but not onto a repeat that
    is an adjective there (السعودية of الحكومة السعودية, :func:`drop_adjectives`), an
    indefinite word (تركياً, "a Turk", after تركيا: :func:`trim_indefinites`) or a common
    noun or nationality alone (التشيلي after تشيلي: :func:`drop_common_nouns`) or after a
    demonstrative (هذه الجزيرة after الجزيرة: :func:`drop_demonstrated`) or in an article on an
    island ("the island": :func:`drop_islands`), nor onto a
    currency the text names as one (الريال الإيراني after هبوط الريال: :func:`drop_currencies`)
    or a point of the compass (شمال of شمال إسرائيل after الشمال: :func:`cut_directions`) or
    a noun with "his" written like a place in ة (جده: :func:`drop_pronoun_places`), and
    مونديال alone before a place loses its MISC once it has spread (:func:`drop_place_events`)
    and a MISC begun by المونديال is cut after it (:func:`trim_event_tails`); a
    name spread next to a person's is joined to it (:func:`join_persons`: ناصر بن حمد آل +
    خليفة).
    Another spelling of a person's name is that person (:func:`spread_variants`: داسون after
    ماري داوسون), and a mention cut short takes the whole name the article tags
    (:func:`extend_mentions`); an organisation's name run on into a word of the sentence that
    the article names without it is cut there (:func:`trim_clause_tails`: منظمة العفو + قائلا).
    A name in quotation marks after a noun whose names do not spread (شركة "تقنية", قناة
    "العربية"; ``data/quoted_heads.tsv``) stays where it is, unless the tagger itself tagged
    it so (``tagged``: its tags before :func:`span_rules`), and so does a paper's name of one
    word, a common one, after its head noun (:func:`media_names`: صحيفة الحياة), a paper's
    name alone in quotation marks (:func:`quoted_media`: « الشرق الأوسط ») or in a column's
    credit line (:func:`credited_papers`: الرؤية, "the vision", elsewhere) or an
    organisation's without its head noun (:func:`quoted_short_names`: "التجارة العالمية", not
    بيئة التجارة العالمية, "the world trade environment")."""
    held = [list(t) for t in tags]  # names that do not spread, hidden from propagate
    shorts = _short_names(sentences, tags)
    hidden = [list(t) for t in tags]
    for k, (words, row) in enumerate(zip(sentences, hidden, strict=True)):
        for _head, first, last, _label, spreads, _kept in _quoted_spans(words):
            found = tagged is not None and list(tagged[k][first:last]) == row[first:last]
            if not spreads and row[first].startswith("B-") and not found:
                row[first:last] = [OUTSIDE] * (last - first)
        for first, last in _media_spans(words):
            found = tagged is not None and list(tagged[k][first:last]) == row[first:last]
            if last - first == 1 and row[first] == "B-ORG" and not found:
                row[first] = OUTSIDE  # صحيفة الحياة: not "life" elsewhere (الحوار التونسي is)
        # « الشرق الأوسط »: not the region elsewhere; "التجارة العالمية": not "world trade"
        quoted = [*_quoted_media_spans(words), *_quoted_short_spans(words, shorts)]
        for first, last in [*quoted, *_credited_spans(words)]:
            found = tagged is not None and list(tagged[k][first:last]) == row[first:last]
            if row[first] == "B-ORG" and not found:
                row[first:last] = [OUTSIDE] * (last - first)
    spread = propagate(sentences, hidden)
    for before, row, after in zip(held, hidden, spread, strict=True):
        for k, (tag, masked) in enumerate(zip(before, row, strict=True)):
            if tag != masked:
                after[k] = tag
    spread = extend_mentions(sentences, spread)
    spread = relabel_surnames(sentences, spread_variants(sentences, spread), counted=tags)
    spread = said_given_names(sentences, given_names_alone(sentences, spread))
    spread = arabic_given_names_alone(sentences, spread)  # منال after منال ابتسام
    # a given name before a surname spread from elsewhere (مالالا + يوسفزاي)
    spread = listed_given_names(sentences, given_names_before(sentences, spread, titled=False))
    spread = trim_clause_tails(sentences, spread)  # منظمة العفو + قائلا
    tags = join_persons(sentences, trim_common_tails(sentences, spread))  # ترامب + لروحاني
    # but not two persons side by side that span_rules cut apart (محامي ترامب + مايكل كوهين)
    tags = split_pairs(sentences, split_person_runs(sentences, tags, side_by_side=True))
    tags = given_names_nisba(sentences, ali_names(sentences, tags))
    tags = cut_directions(sentences, trim_indefinites(sentences, tags))
    tags = drop_common_nouns(sentences, drop_demonstrated(sentences, tags))
    tags = drop_possessed_nouns(sentences, drop_unnamed_persons(sentences, tags))
    tags = drop_said_to_me(sentences, drop_feeling_names(sentences, tags))
    tags = drop_verbal_nouns(sentences, tags)
    tags = drop_islands(sentences, drop_currencies(sentences, tags))
    tags = drop_common_places(sentences, drop_adjectives(sentences, tags))
    tags = cut_particle_verbs(sentences, drop_pronoun_places(sentences, tags))
    return trim_event_tails(sentences, drop_place_events(sentences, tags))


#: The origins (``data/given_names.tsv``) of the given names :func:`given_names_alone` takes
#: alone: not Arabic, nor Persian and Turkish, whose names name parties' wings and places too
#: (حزب الرابطة الإسلامية - جناح نواز; قاطن في جلال).
_ALONE_ORIGINS = frozenset({"western", "african", "asian", "other"})


@cache
def _foreign_given_names() -> frozenset[str]:
    """The normalised given names of ``data/given_names.tsv`` of every origin but Arabic."""
    rows = load_tsv("given_names.tsv")
    return frozenset(normalize_word(row["name"]) for row in rows if row["origin"] != "arabic")


@cache
def _given_names_of(origins: frozenset[str]) -> frozenset[str]:
    """The normalised given names of ``data/given_names.tsv`` of these origins."""
    rows = load_tsv("given_names.tsv")
    return frozenset(normalize_word(row["name"]) for row in rows if row["origin"] in origins)


def _alone_given_names() -> frozenset[str]:
    """The normalised given names of the origins of :data:`_ALONE_ORIGINS`."""
    return _given_names_of(_ALONE_ORIGINS)


def given_names_alone(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """The tags with an untagged given name of a foreign origin (``data/given_names.tsv``:
    :data:`_ALONE_ORIGINS`; bare or after و, ل or ب) tagged as a person where the article tags
    a person's name of two words or more that opens with it within ``window`` sentences: that
    person named by the given name alone (ميلانيا after ميلانيا ترامب; كيم after كيم جونغ أون).
    Not where a word the tagger has not learnt follows, untagged (another surname: ميلانيا
    كناوس), nor next to a person's name
    (:func:`given_names_before` joins those), nor a word written with the article (الفريد "the
    unique", not ألفريد). Arabic given names are left out: the news names many persons محمد in
    one article, and many such names are common words.

    >>> given_names_alone([["قالت", "ميلانيا", "ترامب"], ["وأضافت", "ميلانيا", "إن"]],
    ...                   [["O", "B-PER", "I-PER"], ["O", "O", "O"]])
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'O']]
    """
    foreign = _alone_given_names()

    def bare(word: str) -> str | None:
        name = _given_name(word) or _clitic_given_name(word)
        # الفريد "the unique", not ألفريد
        plain = dediac(word)[1:] if _clitic_given_name(word) else dediac(word).removeprefix("و")
        return name if name in foreign and not plain.startswith("ال") else None

    named: defaultdict[str, list[int]] = defaultdict(list)
    for k, (words, row) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first >= 2 and (name := bare(words[first])):
                named[name].append(k)
    result = [list(t) for t in tags]
    if not named:
        return result
    for k, (words, row) in enumerate(zip(sentences, result, strict=True)):
        for i, word in enumerate(words):
            if row[i] != OUTSIDE or not any(
                abs(k - at) <= window for at in named.get(bare(word) or "", ())
            ):
                continue
            before = row[i - 1] if i else OUTSIDE
            after = row[i + 1] if i + 1 < len(row) else OUTSIDE
            joined = normalize_word(word).startswith("و") and word not in _raw_given()
            if (before.endswith("PER") and not joined) or after.endswith("PER"):
                continue  # but ترمب وكيم: two persons
            if after == OUTSIDE and i + 1 < len(words) and _rare_name(words[i + 1]):
                continue
            row[i] = "B-PER"
    return result


#: Words before which a given name that is as often a noun (``noun_given_names.tsv``) is that
#: noun: عن عمر يناهز ("at the age of"), في عمر ابنتي, عن حسن نية ("in good faith").
_NOUN_NAME_PREPOSITIONS = frozenset(normalize_word(w) for w in ("عن", "في", "من", "على"))


def arabic_given_names_alone(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """The tags with an untagged Arabic given name (``data/given_names.tsv``, origin
    ``arabic``) tagged as a person where the article tags a person's name of two words or more
    that opens with it within ``window`` sentences: the person named by the given name alone,
    as features and profiles do (منال after منال ابتسام, نجيب after نجيب رزاق, جمال after
    جمال خاشقجي). :func:`given_names_alone` leaves these names out; here, unlike there, the
    name is read bare or after و only (not لدينا, "we have", as ل + دينا), and not after و
    where the word so written is one the news writes often (وشما, "a tattoo"). A name that is
    as often a noun (``noun_given_names.tsv``: عمر "age", حسن "good") is taken bare only, not
    after a preposition (عن عمر يناهز, عن حسن نية) nor before a word with the article (عمر
    المباراة, "the match's time"; but جمال الذي). Not next to a person's name, nor before an
    untagged word the tagger has not learnt (another surname), as there, nor before a given name
    or a word of a person's name the article tags (the rest of a name: عبدالكريم الحوثي after
    عبدالملك الحوثي, حسن نصر الله). The person's name it comes from holds no function word nor
    a word with a preposition joined (مبروك لأهلك, "congratulations to your family", no name).
    Left: مني ("from me") after منى حسن, as the list spells both.

    >>> arabic_given_names_alone([["قالت", "منال", "ابتسام"], ["وكانت", "منال", "قد"]],
    ...                          [["O", "B-PER", "I-PER"], ["O", "O", "O"]])
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'O']]
    """
    from pipeline.taggers.features import vec_clusters

    arabic = _given_names_of(frozenset({"arabic"}))
    nouns = _words("noun_given_names.tsv")
    function = _words("function_words.tsv")
    particles = _NAME_PARTICLES | _words("name_joiners.tsv") | {normalize_word("بن")}

    def bare(word: str) -> str | None:
        norm = normalize_word(word)
        name = _given_name(word)
        if name not in arabic or dediac(word).removeprefix("و").startswith("ال"):
            return None
        if name != norm and (norm in vec_clusters() or name in nouns):
            return None  # وشما "a tattoo"; وجمال "and beauty"
        return name

    def clitic(word: str) -> bool:  # لأهلك: ل + أهلك
        norm = normalize_word(word)
        return len(norm) > 3 and norm[:1] in ("ل", "ب", "ك") and norm[1:] in vec_clusters()

    named: defaultdict[str, list[int]] = defaultdict(list)
    # the words of the article's persons' names but their first, without the article
    surnames: set[str] = set()
    for k, (words, row) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < 2:
                continue
            rest = [normalize_word(w) for w in words[first + 1 : last]]
            surnames.update(w.removeprefix("ال") for w in rest)
            if any((w in function and w not in particles) or clitic(w) for w in rest):
                continue  # مبروك لأهلك, عمرو لي: no person's name (but تميم بن حمد)
            if name := bare(words[first]):
                named[name].append(k)
    result = [list(t) for t in tags]
    if not named:
        return result
    for k, (words, row) in enumerate(zip(sentences, result, strict=True)):
        for i, word in enumerate(words):
            if row[i] != OUTSIDE:
                continue
            norm = normalize_word(word)
            if norm not in named and norm[1:] not in named:
                continue  # most words: none of the article's given names, bare or after و
            name = bare(word)
            if name is None or not any(abs(k - at) <= window for at in named.get(name, ())):
                continue
            before = row[i - 1] if i else OUTSIDE
            after = row[i + 1] if i + 1 < len(row) else OUTSIDE
            if before.endswith("PER") or after.endswith("PER"):
                continue
            following = words[i + 1] if i + 1 < len(words) else ""
            norm = normalize_word(following)
            if name in nouns and (
                (i and normalize_word(words[i - 1]) in _NOUN_NAME_PREPOSITIONS)
                or (norm.startswith("ال") and norm not in function)
            ):
                continue  # عن عمر يناهز; عمر المباراة
            if after == OUTSIDE and following and (
                _rare_name(following)
                or _given_name(following)
                or norm.removeprefix("ال") in surnames
            ):
                continue  # the rest of a name: عبدالكريم الحوثي, حسن نصر الله, هزاع علي
            row[i] = "B-PER"
    return result


def royal_given_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged given name (``data/given_names.tsv``, of any origin) right
    after an untagged ruler's title (``data/royal_titles.tsv``: الشيخ، الأمير، السلطان) tagged
    a person: a ruler named by his given name alone (الشيخ تميم، السلطان قابوس), the title
    outside. Not a name that is as often a noun (``noun_given_names.tsv``), nor one a name or a
    word the tagger has not learnt follows (the rest of the name: :func:`given_names_before`'s,
    :func:`given_names_first`'s).

    >>> royal_given_names([["وصف", "الشيخ", "تميم", "إيران"]], [["O", "O", "O", "B-LOC"]])
    [['O', 'O', 'B-PER', 'B-LOC']]
    """
    titles = _words("royal_titles.tsv")
    nouns = _words("noun_given_names.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words)):
            if row[i] != OUTSIDE or row[i - 1] != OUTSIDE:
                continue
            if normalize_word(words[i - 1]).removeprefix("و") not in titles:
                continue
            given = _given_name(words[i])
            if given is None or given in nouns or normalize_word(words[i]).startswith("و"):
                continue
            after = row[i + 1] if i + 1 < len(words) else OUTSIDE
            rare = after == OUTSIDE and i + 1 < len(words) and _rare_name(words[i + 1])
            if after.endswith("-PER") or rare:
                continue  # the rest of a name: given_names_before's, given_names_first's
            row[i] = "B-PER"
    return result


def _saying_verb(word: str) -> bool:
    """وقالت، فأضاف، تقول: a verb of saying (``data/saying_verbs.tsv``), bare or after و or ف."""
    norm = normalize_word(word)
    verbs = _words("saying_verbs.tsv")
    return norm in verbs or (norm[:1] in ("و", "ف") and norm[1:] in verbs)


def said_given_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged word right after a verb of saying (:func:`_saying_verb`:
    وقالت، تقول) tagged as a person where it is the first word of a person's name of two words
    or more the article tags: the person named by the given name alone, as features and
    interviews do (نبيلة after نبيلة ... , وتقول ديمة لبي بي سي; any given name, Arabic too,
    which :func:`given_names_alone` leaves out elsewhere). Not a word of two letters (لو "if"),
    one with the article, علي (على "on" as often), a title or a noun that heads a name
    (شركة، شرطة), and only before a word that cannot go on the name (:func:`_ends_said_name`:
    not مفتاح + ميسوري, a surname).

    >>> said_given_names([["قالت", "نبيلة", "عمار"], ["وتقول", "نبيلة", "إن"]],
    ...                  [["O", "B-PER", "I-PER"], ["O", "O", "O"]])
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'O']]
    """
    named: set[str] = set()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first >= 2:
                named.add(normalize_word(words[first]))
    result = [list(t) for t in tags]
    if not named:
        return result
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words)):
            norm = normalize_word(words[i])
            if (
                row[i] != OUTSIDE
                or row[i - 1] != OUTSIDE
                or norm not in named
                or len(norm) < 3
                or norm.startswith("ال")
                or norm == "علي"
                or not _saying_verb(words[i - 1])
                or _head_reading(words[i]) is not None
                or norm in _titles()
            ):
                continue
            if i + 1 == len(words) or _ends_said_name(words[i + 1]):
                row[i] = "B-PER"
    return result


#: "Called", as written (يدعى، تُدعى، ويدعى، المدعو): the name follows. يدعي "claims" is
#: written with ي, and the news writes the passive with ى.
_CALLED = frozenset(
    (*(p + w for p in ("", "و") for w in ("يدعى", "تدعى")), "المدعو", "المدعوة", "والمدعو")
)


def _called_by(words: Sequence[str], at: int) -> bool:
    """Whether the name after ``words[at]`` (يدعى) is a person's by the nouns before it
    (``data/called_heads.tsv``): the nearest person's or thing's noun of the six words back
    decides; with none, a nationality without the article (جزائري يدعى) makes it a person's.
    المدعو is a person's always."""
    from pipeline.taggers.features import readings

    if normalize_word(words[at]).removeprefix("و").startswith("المدعو"):
        return True
    kinds = _words_by_kind("called_heads.tsv")
    nationality = False
    for word in reversed(words[max(0, at - 6) : at]):
        forms = {f.removeprefix("ال") for f in readings(word)}
        forms |= {f[:-1] for f in forms if f.endswith("ا") and len(f) > 3}
        if not forms.isdisjoint(kinds["thing"]):
            return False
        if not forms.isdisjoint(kinds["person"]):
            return True
        nationality = nationality or (
            not normalize_word(word).startswith("ال") and _nationality_adjective("ال" + word)
        )
    return nationality


def _called_word(word: str, first: bool) -> bool:
    """Whether ``word`` may be a word of the name after يدعى (:func:`called_names`): letters,
    no function word nor title (بروفيسور), no ال or لل but on a given name (العربي الشتوكي), no
    accusative (المدعو أولا); after the first, no word the news writes often unless a name
    (عوض عن، موقعة) and no و but on a word the news never writes (سعدالله ونوس; not جاو
    وعمره)."""
    norm, common = normalize_word(word), _words("common_words.tsv")
    if not word.isalpha() or len(norm) < 2 or norm in _words("function_words.tsv"):
        return False
    if norm in _titles():
        return False  # ويدعى بروفيسور + اتش تي سميث: a title
    if norm.startswith(("ال", "لل")) and not _person_word(norm) and (first or norm in common):
        return False
    if first:
        return not (norm.endswith("ا") and norm in common)
    if norm.startswith("و") and not _unwritten_word(word):
        return False
    return norm not in common or _person_word(norm)


def called_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the untagged name after "called" (:data:`_CALLED`: رجل يدعى جاغو، امرأة
    تدعى غزالة عوض، المدعو اريه كنغ) tagged as a person's where the nouns before it make it one
    (:func:`_called_by`: not شركة أمنية تدعى "فاير آي"): the first word after it (or the words
    in the quotation marks after it, four at most) and up to three more that may go on a name
    (:func:`_called_word`), all untagged; a person's name the tagger found right after them is
    the rest of the name (رجلاً يدعى سعد + وقاص).

    >>> called_names([["مسؤول", "يدعى", "كوكب", "فاروقي", "أن"], ["شركة", "تدعى", "سوفاسي"]],
    ...              [["O"] * 5, ["O"] * 3])
    [['O', 'O', 'B-PER', 'I-PER', 'O'], ['O', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i, word in enumerate(words[:-1]):
            if dediac(word) not in _CALLED or row[i] != OUTSIDE:
                continue
            first = i + 1
            quoted = words[first] in _OPENING
            first += quoted
            if quoted:
                close = next(
                    (k for k in range(first, min(len(words), first + 5)) if words[k] in _CLOSING),
                    None,
                )
                if close is None or close == first:
                    continue
                span = range(first, close)
                if not all(_called_word(words[k], k == first) for k in span):
                    continue
                last = close
            else:
                if first >= len(words) or not _called_word(words[first], True):
                    continue
                last = first + 1
                while (
                    last < min(len(words), first + 4)
                    and row[last] == OUTSIDE
                    and _called_word(words[last], False)
                ):
                    last += 1
            if any(tag != OUTSIDE for tag in row[first:last]) or not _called_by(words, i):
                continue
            row[first:last] = ["B-PER"] + ["I-PER"] * (last - first - 1)
            if last < len(row) and row[last] == "B-PER" and not quoted:
                row[last] = "I-PER"  # سعد + وقاص, the surname the tagger found alone
    return result


def _described_word(word: str, first: bool) -> bool:
    """Whether ``word`` may be a word of a person's name after a nationality or a role
    (:func:`described_names`): Arabic letters, no function word, no article; a given name, or a
    word the news never writes (:func:`_unwritten_word`: زنغنه، ويدودو) or, after the first, no
    word it writes often, of three letters or more and no plural in ات of a word it writes
    (استحقاقات); not و, or ل first, on a word that is no given name (ومفاوضين، لممتحني), a
    proclitic on a word the news writes, a pronoun at its end, a verb's shape (سيغطيان; تكيل:
    ت on a word it writes) or the accusative of a word the news writes (متواصلا)."""
    from pipeline.taggers.features import readings, vec_clusters

    norm, plain = normalize_word(word), dediac(word)
    if not _ARABIC_WORD.fullmatch(plain) or len(norm) < 2 or norm.startswith("ال"):
        return False
    if norm in _words("function_words.tsv"):
        return False
    if _given_name(word) is not None:
        return True
    if norm.startswith("و") or (first and norm.startswith("ل")):
        return False
    known = vec_clusters()
    if any(form != norm and form in known for form in readings(word)):
        return False  # بفستان، لممتحني: a proclitic on a word of the sentence
    if plain.endswith(("ها", "هم", "هما")) or (norm.endswith("ا") and norm[:-1] in known):
        return False
    if not first and (len(norm) < 3 or (norm.endswith("ات") and norm[:-2] + "ه" in known)):
        return False  # مشتبها به، سيغطيان استحقاقات: a pronoun, a plural
    if _verb_shaped(norm) or _imperfect_verb(word) or _future_verb(word) or _dual_verb(word):
        return False
    if norm.startswith("ت") and ("ي" + norm[1:] in known or (len(norm) == 4 and norm[1:] in known)):
        return False  # المحاكم الإسرائيلية تكيل: a verb, its form with ي or its stem a word
    return _unwritten_word(word) or (not first and norm not in _words("common_words.tsv"))


#: A word of Arabic letters only (no Latin, digit or mark).
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def described_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with the untagged name of two or three words right after a nationality
    adjective or a role the news puts before names (``data/name_openers.tsv``: وزير النفط
    الإيراني بيجن زنغنه، الرئيس الإندونيسي جوكو ويدودو، والروسي سلافا زايتزيف) tagged as a
    person's, where each word may be one of a name (:func:`_described_word`): the first a given
    name or a word the news never writes. الله after the second is the name's (نواف شكر الله).
    A word the news never writes (:func:`_unwritten_word`) between such a word and a person's
    name is the name's first (القاضي رافيندرا + كومار جوشي، الرئيس الأوغندي يوويري +
    موسيفيني).

    >>> described_names([["الإيراني", "بيجن", "زنغنه", "،"], ["الإيراني", "توفيق", "أوضاعها"]],
    ...                 [["O"] * 4, ["O"] * 3])
    [['O', 'B-PER', 'I-PER', 'O'], ['O', 'O', 'O']]
    """
    from pipeline.taggers.features import readings

    openers = _words("name_openers.tsv")
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words) - 1):
            if row[i - 1] != OUTSIDE or row[i] != OUTSIDE or row[i + 1] not in (OUTSIDE, "B-PER"):
                continue
            before = words[i - 1]
            if openers.isdisjoint(readings(before)) and not _nationality_adjective(before):
                continue
            if row[i + 1] == "B-PER":
                # the given name the tagger left out of the name after it (القاضي رافيندرا +
                # كومار جوشي، الرئيس الأوغندي يوويري + موسيفيني)
                if _unwritten_word(words[i]) and not normalize_word(words[i]).startswith("و"):
                    row[i : i + 2] = ["B-PER", "I-PER"]
                continue
            if not (_described_word(words[i], True) and _described_word(words[i + 1], False)):
                continue
            last = i + 2
            if last < len(words) and row[last] == OUTSIDE and normalize_word(words[last]) == "الله":
                last += 1  # والبحريني نواف شكر الله
            if (
                last < len(words)
                and row[last] == OUTSIDE
                and _described_word(words[last], False)
                and _unwritten_word(words[last])
            ):
                last += 1  # سري مولياني إندراواتي
            row[i:last] = ["B-PER"] + ["I-PER"] * (last - i - 1)
    return result


def said_rare_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an untagged word right after a verb of saying (:func:`_saying_verb`:
    وقالت، وأضاف) and before a word that cannot go on a name (:func:`_ends_said_name`: إن،
    في، a colon, لـ) tagged as a person where the news never writes it
    (:func:`_unwritten_word`: وقالت فادايم :، وأضاف شقيرات، وقال زوكربرج في): a surname alone
    the tagger had not seen. Not a word with a pronoun at its end (زعيمنا، منتقدوها), a plural,
    dual, feminine or case ending on a word the news writes (مساعدون، مجلتا، مازحة، مخففا،
    انسحابي), nor a word after a verb an object follows as often (:data:`_OBJECT_VERBS`: اعتبر،
    ترى، كتب). In 20,004 ANT articles: 91 persons in 45 articles, 8 of them wrong (وأكد
    انتساب، قال ظرفاء، يقول قائل); a first version without the endings and the object verbs
    made about 40 wrong of 158.

    >>> said_rare_names([["وقالت", "فادايم", ":"], ["وقال", "زعيمنا", "إن"]],
    ...                 [["O", "O", "O"], ["O", "O", "O"]])
    [['O', 'B-PER', 'O'], ['O', 'O', 'O']]
    """
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for i in range(1, len(words) - 1):
            if (
                row[i] == OUTSIDE
                and row[i - 1] == OUTSIDE
                and _saying_verb(words[i - 1])
                and normalize_word(words[i - 1]).lstrip("وف") not in _OBJECT_VERBS
                and _ends_said_name(words[i + 1])
                and _unwritten_word(words[i])
            ):
                row[i] = "B-PER"
    return result


#: Verbs of ``data/saying_verbs.tsv`` that an object follows as often as a subject (اعتبر
#: مخففا "deemed lenient", ترى عجبا, كتبت وأشرت), normalised: :func:`said_rare_names` leaves
#: the word after them.
_OBJECT_VERBS = frozenset(
    normalize_word(w)
    for w in (
        *("اعتبر", "اعتبرت", "يعتبر", "تعتبر", "يرى", "ترى", "رأى", "رأت"),
        *("كتب", "كتبت", "سأل", "سألت"),
    )
)


def _unwritten_word(word: str) -> bool:
    """A word of letters only, three or more, without the article, that is none of the 60,000
    words of ``data/vec_clusters.tsv`` read with or without its proclitics, with no pronoun at
    its end (زعيمنا), no ending of a plural, a dual, the feminine or a case on such a word
    (مساعدون، منظمتان، مزارعو، مازحة، مخففا، انسحابي، محبوبتك; not ويدراوغو، تالون), and no
    verb's shape (تنصل) (:func:`said_rare_names`)."""
    from pipeline.taggers.features import readings, vec_clusters

    norm = normalize_word(word)
    known = vec_clusters().keys()
    if (
        not word.isalpha()
        or len(norm) < 3
        or norm.startswith(("ال", "لل"))
        or norm.endswith((*_PRONOUN_ENDINGS, "هن"))
        or _verb_shaped(norm.removeprefix("و"))
        or not known.isdisjoint(readings(word))
    ):
        return False
    # a word the news writes, with an ending: مساعدون، منظمتان، مزارعو، مجلتا، مازحة (مازحا)،
    # مخففا "lenient", انسحابي "my withdrawal", محبوبتك "your beloved"; not ويدراوغو، تالون
    for ending in ("ون", "ين", "ات", "ان", "تان", "تا", "و", "ه", "ا", "ي", "ك"):
        stem = norm.removesuffix(ending)
        if stem != norm and not known.isdisjoint({stem, stem + "ه", stem + "ا"}):
            return False
    return True


def _ends_said_name(word: str) -> bool:
    """Whether ``word`` cannot go on the name before it (:func:`said_given_names`): a mark of
    punctuation, a function word (إن، في، أنها) or a word begun with the preposition ل or ب
    (لصحيفة، لبي بي سي); not another word (مفتاح + ميسوري, a surname)."""
    norm = normalize_word(word)
    return (
        not any(ch.isalpha() for ch in word)
        or norm in _words("function_words.tsv")
        or (norm[:1] in ("ل", "ب") and len(norm) >= 3)
    )


@cache
def _regnal_words() -> frozenset[str]:
    """الأول، الثاني، الثانية، الثامن: the ordinals with the article, which follow a monarch's
    or a pope's name (هنري الثامن، إليزابيث الثانية، تواضروس الثاني) as a part of it."""
    stems = {normalize_word(row["word"]) for row in load_tsv("ordinals.tsv")}
    return frozenset("ال" + form for stem in stems for form in (stem, stem + "ه"))


#: The words of a lineage (محمد بن محمد): what follows its chain is the family's name.
_NASAB = frozenset(normalize_word(w) for w in ("بن", "ابن", "بنت"))
#: The words that begin a compound name and want the word after them (عبد الحق، أبو مازن).
_COMPOUND_OPENERS = frozenset(
    normalize_word(w) for w in ("عبد", "أبو", "بن", "ابن", "بنت", "آل", "أم", "ذو")
)


def _sentence_shaped(word: str) -> bool:
    """Whether a word has the shape of a word of the sentence rather than of a surname: the
    article (الأسبوع، الملل), a proclitic ب، ل or ف (بغضب، بفيديو), the prefix of a verb in the
    present (يختلق، تروي), a pronoun at its end (رصيده، منصبه، نفسه; ه as written, not ة), the
    ending of the accusative (قائلا), or a function word (خلال، أمام).

    >>> [_sentence_shaped(w) for w in ("رصيده", "يختلق", "خلال", "مدني", "مدرسة")]
    [True, True, True, False, False]
    """
    norm, plain = normalize_word(word), dediac(word)
    return (
        norm.startswith(("ال", "ب", "ل", "ف", "ي", "ت"))
        or plain.endswith(("ه", "ها", "هم", "هما", "نا"))
        or norm.endswith("ا")
        or norm in _words("function_words.tsv")
    )


def _clause_word(word: str) -> bool:
    """Whether a word too rare for ``data/common_words.tsv`` is a word of the sentence by its
    shape: ب or ك on a word of ``data/vec_clusters.tsv`` of four letters or more, no function
    word, five after ا (بلهجة، بابتسامة، كالتالي: "in a tone", "with a smile", "as follows";
    not بدير، برون، باليه، بامتد: surnames) or such a word with ها or هم at its end, or ه after
    a hamza (أداءه: "his performance"; not سلامه، عبده: names written so), the word no given
    name nor a surname the news writes often, nor ending in ي but after كال (بيكيه: French
    surnames end so; بالعربي: Maghrebi ones are ب and a nisba) (:func:`trim_common_tails`).

    >>> [_clause_word(w) for w in ("بلهجة", "أداءه", "بيكيه", "بدير", "سلامه", "كالتالي")]
    [True, True, False, False, False, True]
    """
    from pipeline.taggers.features import vec_clusters

    plain = dediac(word)
    if plain[:1] in ("ب", "ك"):
        # four letters or more, five after ا, no function word: بدير، برون، باليه are
        # surnames, and so are Hadrami names in با (بامتد); not باعتذار، بابتسامة
        stem = plain[1:]
        function = normalize_word(stem) in _words("function_words.tsv")
        short = len(stem) < (5 if stem[:1] in "اأإآ" else 4)
        stems = [] if short or function else [stem]
    else:
        # ه alone only after a hamza (أداءه، آراءه): سلامه، عبده، شحاته are names so written
        ending = next((e for e in ("ها", "هم", "ءه") if plain.endswith(e)), "")
        stem = plain[: len(plain) - len(ending)] + ("ء" if ending == "ءه" else "")
        stems = [stem, *([stem[:-1] + "ة"] if stem.endswith("ت") else [])] if ending else []
    return any(
        len(stem) >= 3
        # كالتالي; not بيكيه, nor بالعربي (Belarbi: Maghrebi surnames are ب + a nisba)
        and (not stem.endswith("ي") or (plain[0] == "ك" and stem.startswith("ال")))
        and normalize_word(stem) in vec_clusters()
        and _given_name(stem) is None
        and _given_name(plain) is None
        and normalize_word(stem).removeprefix("ال") not in _ant_surnames()
        and normalize_word(stem) not in _ant_surnames()
        for stem in stems
    )


def trim_common_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with a person's name cut before its last word where that word is one the news
    writes often and seldom in a name (``data/common_words.tsv``: رصيده، الأسبوع، بغضب) and the
    article names the person without it: so, or by a word of one word that begins or ends
    another person's name (صلاح رصيده after صلاح, أبي الأسبوع after أبي أحمد, بيكيه بغضب after
    جيرارد بيكيه): the tagger ran the name on into the sentence.
    Only a word of the sentence's shape (:func:`_sentence_shaped`: not خديجة مدني, a bare
    adjective that may be a surname) and of four letters or more (ريم بنا، ليو هي: short
    surnames are as often common words); not a nisba with the article (أيمن الصفاقسي، مراد
    التركي: surnames as often as adjectives), a word after a name's particle (عبد الحق), a word
    a list of names holds (:func:`_listed_name`), an ordinal (:func:`_regnal_words`: هنري
    الثامن), nor a word of another person's name in the article.

    >>> trim_common_tails([["قال", "صلاح", "إن"], ["ورفع", "صلاح", "رصيده", "إلى"]],
    ...                   [["O", "B-PER", "O"], ["O", "B-PER", "I-PER", "O"]])
    [['O', 'B-PER', 'O'], ['O', 'B-PER', 'O', 'O']]
    """
    common = _words("common_words.tsv")
    names: Counter[tuple[str, ...]] = Counter()
    in_names: Counter[str] = Counter()
    ends: Counter[str] = Counter()  # the first and the last words of the names
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "PER":
                key = tuple(normalize_word(w) for w in words[first:last])
                names[(key[0].removeprefix("و"), *key[1:])] += 1
                in_names.update(key)
                ends.update({key[0].removeprefix("و"), key[-1]})
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "PER" or last - first < 2:
                continue
            tail = normalize_word(words[last - 1])
            known = tail in common or _clause_word(words[last - 1])
            if len(tail) < 4 or not known or in_names[tail] > 1:
                continue  # ريم بنا، ليو هي: short surnames are common words as often
            if tail in _regnal_words():
                continue
            if _listed_name(tail) or _listed_name(tail.removeprefix("ال")):
                continue
            if not _sentence_shaped(words[last - 1]):
                continue  # خديجة مدني، محمد قصير: a bare noun or adjective may be a surname
            if tail.startswith("ال") and tail.endswith("ي"):
                continue  # أيمن الصفاقسي، مراد التركي: a nisba is a surname as often
            rest = [normalize_word(w) for w in words[first : last - 1]]
            rest[0] = rest[0].removeprefix("و")
            if rest[-1] in _COMPOUND_OPENERS:
                continue  # عبد الحق: the particle wants the word after it
            # named so elsewhere, or by a word that begins or ends another name (صلاح رصيده
            # after صلاح; شينزو آبي تراجعت after آبي, the name's last word; a name of one word
            # counts itself once among the ends); not after a chain of بن (محمد بن محمد بن محمد
            # بوزيد: the family's name)
            chain = len(rest) >= 2 and rest[-2] in _NASAB
            if names[tuple(rest)] or (not chain and ends[rest[-1]] > (len(rest) == 1)):
                row[last - 1] = OUTSIDE
    return result


def trim_clause_tails(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with an organisation's name cut before its last word where that word is a word
    of the sentence (:func:`_clause_tail`: منظمة العفو قائلا، فياريال منافسه، ماكنزي بعنوان)
    and the article names the organisation without it. A first version that took every word of
    the sentence's shape (:func:`_sentence_shaped`) cut clubs' and agencies' names (مانشستر
    يونايتد، ريال بيتيس، العربية للطيران) in 20,004 ANT articles.

    >>> trim_clause_tails([["وقالت", "منظمة", "العفو", "قائلا"], ["منظمة", "العفو"]],
    ...                   [["O", "B-ORG", "I-ORG", "I-ORG"], ["B-ORG", "I-ORG"]])
    [['O', 'B-ORG', 'I-ORG', 'O'], ['B-ORG', 'I-ORG']]
    """
    common = _words("common_words.tsv")
    names: Counter[tuple[str, ...]] = Counter()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label == "ORG":
                key = [normalize_word(w) for w in words[first:last]]
                names[(key[0].removeprefix("و"), *key[1:])] += 1
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for first, last, label in tags_to_ranges(row):
            if label != "ORG" or last - first < 2:
                continue
            if not _clause_tail(words[last - 1], common):
                continue
            rest = [normalize_word(w) for w in words[first : last - 1]]
            if names[(rest[0].removeprefix("و"), *rest[1:])]:
                row[last - 1] = OUTSIDE
    return result


def _clause_tail(word: str, common: frozenset[str]) -> bool:
    """Whether ``word`` at an organisation's end is a word of the sentence
    (:func:`trim_clause_tails`): a function word of three letters or more (not a letter's name:
    بي إن), or a word the news writes often (``common``: ``data/common_words.tsv``) or one of
    :func:`_clause_word`, that is a pronoun on a word of ``data/vec_clusters.tsv`` (منافسه،
    بيانها), a participle's or adverb's accusative (مضيفا، قائلا; not فيرونا، روما) or ب, ف or ك
    on a word of four letters or more of that list (بعنوان). Not ل on one (العربية للطيران،
    إنترفاكس للأنباء: names), nor a word that begins as a verb in the present (مانشستر يونايتد،
    هدرسفيلد تاون)."""
    from pipeline.taggers.features import vec_clusters

    norm, plain = normalize_word(word), dediac(word)
    if len(norm) < 3 or norm in _words("letter_names.tsv"):
        return False
    if norm in _words("function_words.tsv"):
        return True
    if norm.startswith(("ال", "ي", "ت", "ل")) or not (norm in common or _clause_word(word)):
        return False
    stem = next((plain[: -len(e)] for e in ("ها", "هم", "ه") if plain.endswith(e)), "")
    pronoun = len(stem) >= 3 and normalize_word(stem) in vec_clusters()  # منافسه: منافس
    # the accusative of a participle or adverb the list holds (قائلا، مضيفا، أساسا); not
    # فيرونا، روما: names end so too
    accusative = norm.endswith("ا") and (norm.startswith("م") or norm in _CLAUSE_ACCUSATIVES)
    clitic = norm[:1] in ("ب", "ف", "ك") and len(norm) >= 5 and norm[1:] in vec_clusters()
    return pronoun or accusative or clitic


#: Accusatives that end a clause and no name, not of the participle's م (:func:`_clause_tail`).
_CLAUSE_ACCUSATIVES = frozenset(
    normalize_word(w) for w in ("قائلا", "قائلة", "أساسا", "أيضا", "حاليا", "سابقا", "رسميا")
)


#: Shortest person's name (in letters) whose other spellings :func:`spread_variants` finds.
MIN_VARIANT_LETTERS = 5
#: The long vowels a spelling of a foreign name writes or leaves out (ديمتروف، ديميتروف).
_LONG_VOWELS = "اوي"


def _spelling_variants(name: str) -> set[str]:
    """The other spellings of a normalised name that the news writes: one long vowel more or
    less inside it (داوسون، داسون; not at its end, where ي makes a nisba: الغفراني، الغفران) or
    two letters side by side swapped (جوكوفيتش، جوكوفتيش).

    >>> {"داسون", "جوكوفتيش"} <= _spelling_variants("داوسون") | _spelling_variants("جوكوفيتش")
    True
    """
    # not the last letter: الغفراني, a person, and قبيلة الغفران, a tribe
    found = {name[:k] + name[k + 1 :] for k in range(1, len(name) - 1) if name[k] in _LONG_VOWELS}
    found |= {name[:k] + v + name[k:] for k in range(1, len(name)) for v in _LONG_VOWELS}
    found |= {
        name[:k] + name[k + 1] + name[k] + name[k + 2 :]
        for k in range(len(name) - 1)
        if name[k] != name[k + 1]
    }
    found.discard(name)
    return found


def spread_variants(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The tags with each untagged word that is another spelling of a person's name of one
    word the article tags (a surname, or a name alone) tagged as that person: news writes
    foreign names with and without a long vowel and swaps letters (ديميتروف and ديمتروف,
    داوسون and داسون, أبوردينة and أبودرينة in one article). Both spellings have at least
    :data:`MIN_VARIANT_LETTERS` letters and the other one is a rare word (none of its readings
    in ``data/vec_clusters.tsv``: not والأوسط), so that no common word is taken for one.
    Since stop 68 a place of one word the article tags spreads so too (أوكرانيا and أكرانيا;
    :func:`_place_variant`).

    >>> spread_variants([["قال", "ماري", "داوسون"], ["وفتحت", "داسون", "تحقيقا"]],
    ...                 [["O", "B-PER", "I-PER"], ["O", "O", "O"]])
    [['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'O']]
    """
    from pipeline.taggers.features import readings, vec_clusters

    names: set[str] = set()
    places: set[str] = set()
    for words, row in zip(sentences, tags, strict=True):
        for first, last, label in tags_to_ranges(row):
            norm = normalize_word(words[last - 1])
            if label == "PER" and len(norm) >= MIN_VARIANT_LETTERS:
                names.add(norm)
            elif label == "LOC" and last - first == 1 and len(norm) >= MIN_VARIANT_LETTERS:
                places.update(f for f in (norm, norm[1:]) if len(f) >= MIN_VARIANT_LETTERS)
    if not names and not places:
        return [list(t) for t in tags]
    variants = {v for name in names for v in _spelling_variants(name)} - names
    # since stop 68 a place of one word too (أوكرانيا and أكرانيا, بنغلاديش and بنغلادش in one
    # article), but for a vowel more or less before a last ا or ة: بلجيكيا، ألمانا، النوبية are
    # the people's or the language's words (a nisba, with the accusative's alif), not بلجيكا،
    # ألمانيا، النوبة
    variants_loc = {
        v for name in places for v in _spelling_variants(name)
        if len(v) == len(name) or v[-2:] == name[-2:] or name[-1] not in "اه"
    } - places - names  # fmt: skip
    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        for k, word in enumerate(words):
            if row[k] != OUTSIDE:
                continue
            norm = normalize_word(word)
            forms = [norm] + [norm[1:]] * (norm[:1] in ("و", "ل", "ب"))
            found = any(f in variants and len(f) >= MIN_VARIANT_LETTERS for f in forms)
            if found and _rare_name(word) and vec_clusters().keys().isdisjoint(readings(word)):
                row[k] = "B-PER"
            elif any(_place_variant(f, variants_loc) for f in forms):
                row[k] = "B-LOC"
    return result


def _place_variant(norm: str, variants: set[str]) -> bool:
    """Whether a normalised word is another spelling (:func:`_spelling_variants`) of a place the
    article tags (``variants``, no name the article tags among them), and a rare word (none
    of ``data/vec_clusters.tsv``). A spelling the news writes often is left, though its
    vectors fall with the place's (سنغفورة، سنغافورة): so do العرق with العراق and القديس
    with القدس, and of the 3,000 places of one word most named in 20,004 ANT articles 36
    have such a spelling, most of them common words (بلجيكيا، القاصرين، السوداء، المندوب)."""
    return norm in variants and len(norm) >= MIN_VARIANT_LETTERS and _rare_name(norm)


def _key(words: Sequence[str]) -> tuple[str, ...]:
    """A name as compared: the first word's shortest reading that keeps its article, the
    others normalised. A name written with the article is never written without it: the
    surname الورد is not the verb ورد, nor الحريق ("the fire") حريق.

    >>> _key(["وبالحريق"]), _key(["لترامب"]), _key(["للحريق", "الكبير"])
    (('الحريق',), ('ترامب',), ('الحريق', 'الكبير'))
    """
    from pipeline.taggers.features import readings

    forms = readings(words[0])
    definite = "ال" + forms[-1]
    first = definite if definite in forms else forms[-1]
    return (first, *(normalize_word(w) for w in words[1:]))


def _letters(words: Sequence[str]) -> int:
    """The letters of a name as its key counted them before it kept the article (the
    thresholds below were set on those lengths): the first word's shortest reading."""
    from pipeline.taggers.features import readings

    return len(readings(words[0])[-1]) + sum(len(normalize_word(w)) for w in words[1:])


#: Particles inside a person's name before its last word, besides ``name_joiners.tsv``'s
#: (فان غوخ، دي ميستورا، أبو الطيور), and علي, which ``given_names.tsv`` leaves out (على,
#: "on", reads so once normalised) but which is one (صالح علي الصماد).
_NAME_PARTICLES = frozenset(
    normalize_word(w) for w in ("فان", "دي", "دو", "أبو", "أبي", "آل", "علي")
)


def _common_word(word: str) -> bool:
    """A word the news writes often (``data/vec_clusters.tsv``) that is, in none of its
    readings, a given name or a name's particle (بن، فان، أبو; وعلي is و + علي): الذكاء of أبو
    الذكاء الاصطناعي, كشك."""
    from pipeline.taggers.features import readings, vec_clusters

    forms = readings(word)
    return normalize_word(word) in vec_clusters() and not any(
        form in _NAME_PARTICLES or form in _words("name_joiners.tsv") or _person_word(form)
        for form in forms
    )


@lru_cache(maxsize=1 << 16)
def _all_readings(word: str) -> tuple[str, ...]:
    """The word's readings, and theirs where no article was taken off: a name is keyed by its
    shortest reading (فيصل by يصل, its ف taken for a proclitic), which وفيصل and لفيصل reach
    only through فيصل; الكوري is never ال + ك + وري.

    >>> _all_readings("لفيصل"), _all_readings("الكوري")
    (('لفيصل', 'فيصل', 'يصل'), ('الكوري', 'كوري'))
    """
    from pipeline.taggers.features import readings

    first = readings(word)
    found = dict.fromkeys(first)
    for form in first[1:]:
        if "ال" + form not in first and not form.startswith("ال"):
            found.update(dict.fromkeys(readings(form)))
    return tuple(found)


def _written_definite(norm: str, name: str) -> bool:
    """Whether a normalised word is ``name`` written with the article (after و, ف, ب or ك):
    الصغير, "the young one", after the person فهد صغير, a young cheetah; الجينز after a
    person named جينز. Not after ل, whose لل is ل + the article as often as ل + a name's ل
    (للطيفة, for لطيفة), nor a nisba (زمالي, then الزمالي: Tunisian news writes a surname
    so in its later mentions).

    >>> _written_definite("والصغير", "صغير"), _written_definite("للترامب", "ترامب")
    (True, False)
    """
    if name.endswith("ي") or name.startswith("ال"):
        return False
    stem = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    stem = stem[1:] if stem[:1] in ("ب", "ك") and stem[1:3] == "ال" else stem
    return stem == "ال" + name


def propagate(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    window: int = WINDOW,
    surnames: bool = True,
) -> list[list[str]]:
    """The tags with untagged repeats of tagged names given their label (see the module).

    With ``surnames``, the last word of a person's name of two or more words is a name of its
    own (``ترامب`` after ``دونالد ترامب``): each mention in full is a vote for PER, against
    the labels the article gives the word alone (a tie goes to the label given first).
    Since stop 68 a family's name after آل ends a name so, its two words (آل الشيخ after تركي
    آل الشيخ; 122 times untagged in 20,004 ANT articles that named him in full).

    A person's name of one word is not spread onto the word with a proclitic where that word
    as written is one no person's name holds (:func:`_never_named`: بعيد, "shortly after", is
    no ب + عيد after جمال عيد).

    A repeat that took a name's label is a mention of it in turn, whose own window reaches
    further (at most :data:`SPREAD_ROUNDS` times): a name tagged in an article's first
    sentences reaches its thirtieth through its repeats in between (خاشقجي, tagged in the
    title, was left untagged from the twenty-third sentence on).
    """
    before: Sequence[Sequence[str]] = tags
    result = _propagate_once(sentences, tags, window, surnames)
    for _ in range(SPREAD_ROUNDS - 1):
        if result == before:  # nothing spread this round: nothing new to spread from
            break
        before, result = result, _propagate_once(sentences, result, window, surnames)
    return result


#: آل "the house of" as written, bare or after a proclitic (بآل الشيخ، وآل خليفة).
_AL_FORMS = frozenset({"آل", "وآل", "بآل", "لآل", "فآل", "وبآل", "ولآل"})


def _surname_key(words: Sequence[str], first: int, last: int) -> tuple[str, ...] | None:
    """The key of the surname of the person's name ``words[first:last]`` (two words or more),
    its last word, which is a name of its own (ترامب after دونالد ترامب); None where that word
    is no surname alone."""
    surname = _key(words[last - 1 : last])
    if (
        _letters(words[last - 1 : last]) > MIN_LETTERS
        and surname[0] not in _words("function_words.tsv")
        and not _ordinal(words[last - 1])  # عبدالله الثاني: no surname
        # أبو عمر المصري: alone, المصري is the adjective (الشعبين المصري والسوداني);
        # nor its feminine (عبدالله الرياضية of مدينة الملك عبدالله الرياضية)
        and not _opens_no_name(words[last - 1], feminine=True)
        # آل الشيخ: the family's name; alone, الشيخ is a title (so after بآل، وآل)
        and dediac(words[last - 2]) not in _AL_FORMS
    ):
        return surname
    return None


def relabel_surnames(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    window: int = WINDOW,
    counted: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """The tags with a word tagged alone as something else than a person where it is the
    surname of a person the article names in full within ``window`` sentences, more often in
    full than it tags the word so alone (وخرج باييت ORG after ديميتري باييت twice; ترامب LOC;
    نتانياهو MISC), or as often but in full first (ووفق هولمز ORG after جوناثان هولمز once;
    not a club's word or a named thing: :func:`_named_thing`), and the gazetteer knows no
    such name of that label (الحوثي ORG after عبد الملك الحوثي: the group; فورد، باريس).

    Votes also come from the word tagged a person alone: where the article tags it so at
    least :data:`PERSON_VOTES` times, and that many times as often as with the other label
    (أومتيتي ORG once, PER five times; دوتيرتي; نتانياهو), it is a person there too, unless
    it is in quotation marks or after the noun of an organisation or a building
    (:func:`_named_thing`: شركة كوشنر، برج ترامب، حركة غولن، إعصار "ماثيو"). A word right
    after a verb of saying (:func:`_saying_verb`) is the person whatever the votes, where the
    full name is near (وقالت وايت ORG twice after دانا وايت once; وقالت بيري after كاتي بيري):
    on 20,004 ANT articles' odd lines that made 19 mentions persons, all rightly (هيلي، بيري،
    مالستروم، إيسنر); the gazetteer keeps الحوثي، ناسا and دايملر as they were, and فورد
    (Christine Blasey Ford's, the carmaker's name) with them.

    The other label's votes are counted on ``counted`` where given (:func:`spread_names`
    gives its tags before names spread), so that a wrong label spread to the word's repeats
    does not outvote the full name (قضية بيتروفيتش LOC, spread to لكن بيتروفيتش لم تتصل, after
    لويز بيتروفيتش once); a person's votes count where names spread too. On 20,004 ANT
    articles that made 64 words persons, 60 of them rightly (هيلي، نتانياهو، فرداسكو; not
    عملية السلط, a town, nor إيبولا after فيروس إيبولا taken for a person).

    >>> relabel_surnames([["ديميتري", "باييت"], ["وخرج", "باييت"], ["ديميتري", "باييت"]],
    ...                  [["B-PER", "I-PER"], ["O", "B-ORG"], ["B-PER", "I-PER"]])
    [['B-PER', 'I-PER'], ['O', 'B-PER'], ['B-PER', 'I-PER']]
    """
    from pipeline.taggers.features import gazetteer_index

    full: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    alone: Counter[tuple[tuple[str, ...], str]] = Counter()
    first_alone: dict[tuple[tuple[str, ...], str], tuple[int, int]] = {}
    def vote(words: Sequence[str], at: int, label: str, s: int) -> None:
        alone[_key(words[at : at + 1]), label] += 1
        first_alone.setdefault((_key(words[at : at + 1]), label), (s, at))

    for s, (words, row) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" and last - first >= 2:
                surname = _surname_key(words, first, last)
                if surname is not None:
                    full[surname].append((s, first))
            elif last - first == 1 and (counted is None or label == "PER"):
                vote(words, first, label, s)
    for s, (words, row) in enumerate(zip(sentences, counted or [], strict=counted is not None)):
        for first, last, label in tags_to_ranges(row):
            if last - first == 1 and label != "PER":  # the other labels' votes, before spreading
                vote(words, first, label, s)
    result = [list(t) for t in tags]
    if not full and not any(label == "PER" for _name, label in alone):
        return result
    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if label == "PER" or last - first != 1:
                continue
            key = _key(words[first:last])
            near = [(t, at) for t, at in full.get(key, ()) if abs(s - t) <= window]
            persons = alone[key, "PER"]
            said = bool(near) and first > 0 and _saying_verb(words[first - 1])
            voted = said or len(near) > alone[key, label] or (
                (
                    (0 < len(near) == alone[key, label] and near[0] < first_alone[key, label])
                    or (persons >= PERSON_VOTES and persons >= PERSON_VOTES * alone[key, label])
                )
                and not _named_thing(words, first)
            )
            if not voted or any(
                n.label == label and not n.rest
                for form in _all_readings(words[first])
                for n in gazetteer_index().get(form, ())
            ):
                continue
            row[first] = "B-PER"
    return result


def _named_thing(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` names a thing a person gave a name to: in quotation marks (إعصار
    "ماثيو", الروبوت "سايمون") or after the noun of an organisation or a building (شركة كوشنر,
    برج ترامب, شركته لاكتاليس: ``data/organisation_heads.tsv``, ``data/building_nouns.tsv``,
    with a pronoun on the noun or not: :func:`_heads_read`), or a club: a
    word of a name of ``data/clubs.tsv`` (أتلتيكو).

    >>> _named_thing(["شركة", "كوشنر"], 1), _named_thing(["وقال", "كوشنر"], 1)
    (True, False)
    """
    from pipeline.taggers.features import readings

    if at + 1 < len(words) and at and words[at - 1] in _OPENING and words[at + 1] in _CLOSING:
        return True
    if not _club_words().isdisjoint(readings(words[at])):
        return True  # أتلتيكو of أتلتيكو مدريد: a club
    heads = _words("organisation_heads.tsv") | _words("building_nouns.tsv")
    return at > 0 and not heads.isdisjoint(_heads_read(words[at - 1]))


def _heads_read(word: str) -> tuple[str, ...]:
    """The readings of a word and, where it ends in a pronoun, of the noun before it: شركته
    ("his company") reads شركة too, مكتبها مكتب.

    >>> "شركه" in _heads_read("شركته"), "مكتب" in _heads_read("ومكتبها")
    (True, True)
    """
    from pipeline.taggers.features import readings

    found = list(readings(word))
    for form in tuple(found):
        for ending in _PRONOUN_ENDINGS:
            base = form[: -len(ending)]
            if form.endswith(ending) and len(base) >= 3:
                found.append(base[:-1] + "ه" if base.endswith("ت") else base)
    return tuple(found)


@cache
def _club_words() -> frozenset[str]:
    """Every word of the names of ``data/clubs.tsv``, normalised (أتلتيكو، مدريد، سيتي)."""
    return frozenset(word for name in _club_names() for word in name.split())


def _propagate_once(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    window: int,
    surnames: bool,
) -> list[list[str]]:
    """One round of :func:`propagate`: repeats within ``window`` sentences of a mention."""
    from pipeline.taggers.features import readings

    result = [list(t) for t in tags]
    # name -> label counts, and the sentences where it was tagged
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    implied: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # a surname -> the common words before it in its names (الذكاء of أبو الذكاء الاصطناعي)
    before: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s, (words, sentence_tags) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(sentence_tags):
            key = _key(words[first:last])
            if _letters(words[first:last]) < MIN_LETTERS or all(
                w in _words("function_words.tsv") for w in (readings(words[first])[-1], *key[1:])
            ):  # الله: its shortest reading is له
                continue
            labels[key][label] += 1
            where[key].append(s)
            if surnames and label == "PER" and last - first >= 2:
                surname = _surname_key(words, first, last)
                if surname is not None:
                    implied[surname].append(s)
                    if _common_word(words[last - 2]):
                        before[surname].add(normalize_word(words[last - 2]))
                elif last - first >= 3 and dediac(words[last - 2]) == "آل":
                    # the family's name with آل, two words, is the person's (آل الشيخ after
                    # تركي آل الشيخ; alone, الشيخ is a title)
                    implied[_key(words[last - 2 : last])].append(s)
    for key, sentence_indexes in implied.items():
        if key not in labels:
            where[key].extend(sentence_indexes)
        labels[key]["PER"] += len(sentence_indexes)
    if not labels:
        return result
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in labels:
        by_first[key[0]].append(key)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    # the readings that can begin a name: its first word, or that word without the article
    starts = set(by_first) | {key[2:] for key in by_first if key.startswith("ال")}
    for s, words in enumerate(sentences):
        row = result[s]
        i = 0
        while i < len(words):
            if row[i] != OUTSIDE:
                i += 1
                continue
            forms = _all_readings(words[i])
            if starts.isdisjoint(forms):  # most words: no name begins with them
                i += 1
                continue
            if (
                len(forms) > 1
                and forms[0].startswith("و")
                and forms[1] in _words("name_breakers.tsv")
            ):
                # وفي، ومن: "and" on a word no name holds (كوفي is keyed في); not ف, which begins
                # names as often (فان دير زوان, ف + ان; فالي نصر), nor وعلي (علي a function word)
                i += 1
                continue
            match = None
            norm = normalize_word(words[i])
            for k, reading in enumerate(forms):
                if reading != norm and not _words("function_words.tsv").isdisjoint(forms[:k]):
                    # a function word is no proclitic and a name: التي is not ال + تي, nor
                    # والتي و + ال + تي (a boy nicknamed تي had made both an organisation)
                    continue
                keys = list(by_first.get(reading, ()))
                definite = "ال" + reading
                if definite not in forms and reading not in _words("function_words.tsv"):
                    # a name with the article, this word without it: the same name in a
                    # construct (مونديال روسيا) or a foreign one (ناتو، الناتو), but never
                    # a person's (الحريري، الورد: ورد is a verb)
                    keys += [
                        key
                        for key in by_first.get(definite, ())
                        if labels[key].most_common(1)[0][0] != "PER"
                    ]
                for key in keys:
                    n = len(key)
                    if i + n > len(words) or any(t != OUTSIDE for t in row[i : i + n]):
                        continue
                    if any(normalize_word(words[i + k]) != key[k] for k in range(1, n)):
                        continue
                    if not any(abs(s - t) <= window for t in where[key]):
                        continue
                    person = labels[key].most_common(1)[0][0] == "PER"
                    if person and _written_definite(norm, key[0]):
                        continue  # الصغير ("the young one") is no صغير of فهد صغير
                    if (
                        n == 1
                        and reading != norm
                        and labels[key].most_common(1)[0][0] == "PER"
                        and _bare_word(words[i]) in _never_named()
                    ):
                        continue  # بعيد ("shortly after") is no ب + عيد of جمال عيد
                    if (
                        n == 1
                        and i > 0
                        and row[i - 1] == OUTSIDE
                        and not before.get(key, set()).isdisjoint(_all_readings(words[i - 1]))
                    ):
                        # the name's own last two words, untagged here: a phrase the tagger
                        # left alone (للذكاء الاصطناعي after أبو الذكاء الاصطناعي, a person)
                        continue
                    if match is None or n > len(match):
                        match = key
            if match is None:
                i += 1
                continue
            label = labels[match].most_common(1)[0][0]
            row[i] = f"B-{label}"
            for k in range(1, len(match)):
                row[i + k] = f"I-{label}"
            i += len(match)
    return result


#: Share of given names (``data/given_names.tsv``) among the words of a cluster of
#: ``data/clusters.tsv`` (its second granularity) that makes it a cluster of given names.
NAME_CLUSTER_SHARE = 0.25


@cache
def _name_clusters() -> frozenset[tuple[str, ...]]:
    """The clusters of ``data/clusters.tsv`` at its second granularity (as 1-tuples) whose
    words are given names for :data:`NAME_CLUSTER_SHARE` of them or more: the news writes
    names there that the list lacks (حافظ، فضل، رشيدة), beside its names and a few titles."""
    from pipeline.taggers.features import clusters

    total: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for word, ids in clusters().items():
        if len(ids) > 1:
            total[ids[1]] += 1
            named[ids[1]] += word in _given_names()
    return frozenset(
        (cluster,) for cluster, n in total.items() if named[cluster] >= NAME_CLUSTER_SHARE * n
    )


#: Most words :func:`extend_mentions` adds to a mention on either side.
MAX_EXTENSION = 2


def extend_mentions(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """The tags with a mention the tagger cut short (قائد السبسي of حافظ قائد السبسي: the
    given name at a title's start left out) taken whole, where the article
    tags the whole name, of two words or more, with the same label within ``window``
    sentences, and the words the mention lacks (at most :data:`MAX_EXTENSION` on either side)
    are untagged words of letters that are no title and no common word (:func:`_common_word`:
    a rare foreign name; not خطة of خطة ترامب, دموع of دموع نيمار) or are words of a cluster of
    given names (:func:`_name_clusters`: حافظ، رشيدة، فضل), no function word and no word that
    opens no name (``name_openers.tsv``); before the mention, no word with the article either
    (المنشد الصوفي, "the Sufi singer"). Where the mention and the words added meet, a word
    that begins with و after a first word without it begins the second name of a list (نيمار
    وكوتينيو, كريستو وجان كلود), and a given name after و, ل or ب (:func:`_joined_given_name`:
    العقاد لمديحة يسري) a name of its own: neither joins. Miscellaneous names are left as
    they are.

    >>> extend_mentions([["حافظ", "قائد", "السبسي", ":"], ["وقال", "حافظ", "قائد", "السبسي"]],
    ...                 [["O", "B-PER", "I-PER", "O"], ["O", "B-PER", "I-PER", "I-PER"]])
    [['B-PER', 'I-PER', 'I-PER', 'O'], ['O', 'B-PER', 'I-PER', 'I-PER']]
    """
    from pipeline.taggers.features import cluster_of, readings

    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for s, (words, row) in enumerate(zip(sentences, tags, strict=True)):
        for first, last, label in tags_to_ranges(row):
            if last - first >= 2:
                key = _key(words[first:last])
                labels[key][label] += 1
                where[key].append(s)
    result = [list(t) for t in tags]
    if not labels:
        return result

    def addable(word: str) -> bool:
        norm = normalize_word(word)
        # علي the name, not على "on", which normalises to it; فإن "indeed" is no فان "van"
        function = (
            norm in _words("function_words.tsv")
            and not (dediac(word) == norm and (norm in _NAME_PARTICLES or _person_word(norm)))
        ) or (norm in _NAME_PARTICLES and "إ" in word)
        return (
            norm.isalpha()
            and not function
            and _titles().isdisjoint(readings(word))
            and not _opens_no_name(word)
            and (not _common_word(word) or cluster_of(word)[1:2] in _name_clusters())
        )

    for s, (words, row) in enumerate(zip(sentences, result, strict=True)):
        for first, last, label in tags_to_ranges(list(row)):
            if label == "MISC":
                continue
            best: tuple[int, int] | None = None
            for before, after in itertools.product(range(MAX_EXTENSION + 1), repeat=2):
                start, end = first - before, last + after
                if not before + after or start < 0 or end > len(words):
                    continue
                extra = [*range(start, first), *range(last, end)]
                if any(row[k] != OUTSIDE or not addable(words[k]) for k in extra):
                    continue
                if any(
                    normalize_word(words[k]).startswith("ال")
                    and normalize_word(words[k]) not in _NAME_PARTICLES  # آل
                    for k in range(start, first)
                ):
                    continue  # المنشد الصوفي عز الدين: a noun and its adjective, no given name
                # the second name of a list, or one after ل (نيمار وكوتينيو، العقاد لمديحة يسري:
                # "Aqqad's love for Madiha Yousri"), begins a name of its own
                joints = [first] if before else []
                joints += [last] if after else []
                if any(
                    _joined_given_name(words[k])
                    or (
                        normalize_word(words[k]).startswith("و")
                        and not normalize_word(words[start]).startswith("و")
                    )
                    for k in joints
                ):
                    continue
                key = _key(words[start:end])
                if key not in labels or labels[key].most_common(1)[0][0] != label:
                    continue
                if not any(abs(s - t) <= window for t in where[key]):
                    continue
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end)
            if best is not None:
                row[best[0] : best[1]] = [f"B-{label}"] + [f"I-{label}"] * (
                    best[1] - best[0] - 1
                )
    return result


def fill_known_names(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], min_words: int = 1
) -> list[list[str]]:
    """The tags with untagged runs of words that are harvested names given their label.

    The names are those the tagger itself found often and surely in unlabelled news
    (``data/harvested.tsv``); only runs where every word is untagged are filled.
    """
    from pipeline.taggers.features import gazetteer_tags

    result = [list(t) for t in tags]
    for words, row in zip(sentences, result, strict=True):
        known = gazetteer_tags(words, harvested=True)
        for first, last, label in tags_to_ranges([t or OUTSIDE for t in known]):
            if last - first >= min_words and all(t == OUTSIDE for t in row[first:last]):
                row[first] = f"B-{label}"
                for k in range(first + 1, last):
                    row[k] = f"I-{label}"
    return result
