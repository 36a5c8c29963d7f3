"""Facts: each sum of money, percentage or count with its category, its parties and its time.

A fact is an amount of ``amounts.csv`` read in its sentence: the trigger word nearest to it
gives the category (``fact_triggers.tsv``), the sentence's entities around the trigger give the
roles (``role_words.tsv``), a date in the same sentence gives the time.

    وافقت ميتا على دفع 14.8 مليار دولار مقابل الاستحواذ على حصة 49% في شركة Scale AI
    -> 14.8 مليار دولار: investment, agent ميتا, target سكيل إيه آي
    -> 49%: stake, agent ميتا, target سكيل إيه آي
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.analysis.outputs import JOIN, Corpus, load_data
from pipeline.normalize import normalize_word

FACT_COLUMNS = (
    "article_id",
    "sentence",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "value_max",
    "unit",
    "currency",
    "qualifier",
    "category",
    "trigger",
    "trigger_start",
    "trigger_end",
    "agent",
    "target",
    "seller",
    "source",
    "mentioned",
    "roles_from",
    "date",
    "date_text",
)

OTHER = "other"
#: Categories of a transaction: someone (the agent) pays something (the target).
TRANSACTIONS = frozenset({"investment", "acquisition", "funding", "spending", "contract", "stake"})
#: Labels that can be a party to a fact; a place can also receive an investment.
PARTY_LABELS = frozenset({"ORG", "PER"})
TARGET_LABELS = {"investment": frozenset({"ORG", "PER", "LOC"})}
#: A descriptive figure (revenue, valuation, users ...) belongs to an organisation, or a person.
OWNER_LABELS = {"compensation": frozenset({"PER", "ORG"})}
#: How far back (sentences) a figure whose sentence names nobody looks for its company, and
#: the words that send it looking (with a pronoun on the trigger: تقييمها).
CONTEXT_SENTENCES = 2
BACK_REFERENCES = frozenset({"الشركه", "للشركه", "والشركه", "بالشركه"})

PROCLITICS = ("وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل", "و", "ف", "ب", "ك", "ل")
ENCLITICS = ("هما", "هم", "هن", "ها", "نا", "كم", "ه", "ي")
_WORD = re.compile(r"\w", re.UNICODE)
_DIGITS = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[،,;؛:.!?؟…]+")
#: How many words may stand between an amount and its trigger in the same clause.
NEAR_WORDS = 6


@cache
def word_forms(norm: str) -> frozenset[str]:
    """The word with and without its proclitics and pronoun suffix (``واستثمارها`` -> ``استثمار``).

    >>> "استثمار" in word_forms("واستثمارها")
    True
    """
    norm = norm.removesuffix("ـ")
    forms = {norm}
    for prefix in PROCLITICS:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            forms.add(norm[len(prefix) :])
    for form in list(forms):
        if form.endswith("ا") and len(form) >= 4:
            forms.add(form[:-1])  # tanween alef of the accusative: قرضا، أجرا
        for suffix in ENCLITICS:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.add(form[: -len(suffix)])
    return frozenset(forms)


@dataclass(frozen=True)
class TriggerWord:
    """One row of ``fact_triggers.tsv``, normalised."""

    words: tuple[str, ...]
    category: str
    kind: str
    amounts: frozenset[str]


@cache
def trigger_lexicon() -> dict[str, tuple[TriggerWord, ...]]:
    """Trigger phrases by their first (normalised) word."""
    by_first: dict[str, list[TriggerWord]] = {}
    for row in load_data("fact_triggers.tsv"):
        words = tuple(normalize_word(word) for word in row["phrase"].split())
        entry = TriggerWord(words, row["category"], row["kind"], frozenset(row["amounts"].split()))
        by_first.setdefault(words[0], []).append(entry)
    return {first: tuple(entries) for first, entries in by_first.items()}


@cache
def role_lexicon() -> dict[str, str]:
    """Normalised word -> role (``target``, ``seller``, ``source``, ``head``, ``and``)."""
    return {normalize_word(row["word"]): row["role"] for row in load_data("role_words.tsv")}


@dataclass(frozen=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    norm: str


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    canonical: str


@dataclass(frozen=True)
class Trigger:
    """A trigger phrase found in a sentence: tokens ``first..last`` (positions in the sentence)."""

    first: int
    last: int
    start: int
    end: int
    category: str
    kind: str
    amounts: frozenset[str]


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """Every trigger phrase in a sentence's tokens, overlapping ones included."""
    lexicon = trigger_lexicon()
    forms = [word_forms(token.norm) for token in tokens]
    found = []
    for i, token_forms in enumerate(forms):
        for form in token_forms:
            for entry in lexicon.get(form, ()):
                last = i + len(entry.words) - 1
                if last >= len(tokens):
                    continue
                if all(entry.words[k] in forms[i + k] for k in range(1, len(entry.words))):
                    found.append(
                        Trigger(
                            i,
                            last,
                            tokens[i].start,
                            tokens[last].end,
                            entry.category,
                            entry.kind,
                            entry.amounts,
                        )
                    )
    return sorted(set(found), key=lambda t: (t.first, t.last, t.category, t.kind))


def _clause_breaks(tokens: Sequence[Token], low: int, high: int) -> bool:
    """Whether punctuation that ends a clause stands between token positions low and high."""
    return any(_CLAUSE_END.fullmatch(tokens[i].text) for i in range(low + 1, high))


def choose_trigger(
    tokens: Sequence[Token], triggers: Sequence[Trigger], first: int, last: int, kind: str
) -> tuple[Trigger, int] | None:
    """The trigger of an amount over tokens ``first..last``, and how it was found (its tier).

    Tiers: 0 the trigger is in the amount (200 موظف), 1 it stands before it in the same
    clause within a few words (إيرادات بلغت 870), 2 after it likewise (دفع 14.8 مليار مقابل
    الاستحواذ), 3 anywhere in the sentence, nearest first. Within a tier the longest phrase,
    then the earlier one wins. Only triggers that can describe this kind of amount count (a
    percentage beside حصة is a stake; beside استثمار it is no investment figure).
    """
    best: tuple[int, int, int, int, Trigger] | None = None
    for trigger in triggers:
        if kind not in trigger.amounts:
            continue
        if trigger.last < first:
            gap = first - trigger.last - 1
            near = gap <= NEAR_WORDS and not _clause_breaks(tokens, trigger.last, first)
            tier = 1 if near else 3
        elif trigger.first > last:
            gap = trigger.first - last - 1
            near = gap <= NEAR_WORDS and not _clause_breaks(tokens, last, trigger.first)
            tier = 2 if near else 3
        else:
            gap, tier = 0, 0
        key = (tier, gap, -(trigger.last - trigger.first), trigger.first, trigger)
        if best is None or key[:4] < best[:4]:
            best = key
    return (best[4], best[0]) if best else None


def _is_word(token: Token) -> bool:
    return bool(_WORD.search(token.text)) and not _DIGITS.fullmatch(token.text)


def _words_before(tokens: Sequence[Token], position: int, count: int) -> list[Token]:
    """Up to ``count`` word tokens before ``position`` (punctuation and quotes skipped)."""
    words: list[Token] = []
    i = position - 1
    while i >= 0 and len(words) < count:
        if _is_word(tokens[i]):
            words.append(tokens[i])
        i -= 1
    return words


class Sentence:
    """A sentence's tokens and entities, and where each entity starts among the tokens."""

    def __init__(self, tokens: Sequence[Token], entities: Sequence[Entity]) -> None:
        self.tokens = list(tokens)
        self.entities = sorted(entities, key=lambda e: (e.start, e.end))
        self._first_token = {}
        for entity in self.entities:
            for position, token in enumerate(self.tokens):
                if token.end > entity.start:
                    self._first_token[entity] = position
                    break
            else:
                self._first_token[entity] = len(self.tokens)

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        """Positions of the first and last token overlapping ``[start, end)``."""
        inside = [i for i, t in enumerate(self.tokens) if t.start < end and t.end > start]
        if not inside:
            before = [i for i, t in enumerate(self.tokens) if t.start < start]
            position = before[-1] if before else 0
            return position, position
        return inside[0], inside[-1]

    def before(self, entity: Entity, skip_heads: bool = True) -> list[str]:
        """Roles of the words just before an entity (generic head nouns skipped)."""
        roles = role_lexicon()
        position = self._first_token[entity]
        found = []
        for token in _words_before(self.tokens, position, 3):
            role = next((roles[f] for f in sorted(word_forms(token.norm)) if f in roles), "")
            if skip_heads and role == "head":
                continue
            found.append(role)
            if len(found) == 2:
                break
        return found

    def is_source(self, entity: Entity) -> bool:
        """An entity cited as the source (بحسب بلومبرغ), not a party to the fact."""
        return "source" in self.before(entity)

    def follows(self, entity: Entity, trigger: Trigger) -> bool:
        """The entity stands right after the trigger (استثمار ميتا, تقييم Scale AI)."""
        words = _words_before(self.tokens, self._first_token[entity], 1)
        return bool(words) and words[0].start == self.tokens[trigger.last].start


@dataclass
class Roles:
    agent: list[str]
    target: list[str]
    seller: list[str]
    source: list[str]


def _coordinated(sentence: Sentence, first: Entity, labels: frozenset[str]) -> list[Entity]:
    """``first`` and the entities joined to it by و (على ألكسندر وانغ و Scale AI)."""
    chain = [first]
    later = [e for e in sentence.entities if e.start >= first.end and e.label in labels]
    for entity in later:
        between = [
            t
            for t in sentence.tokens
            if t.start >= chain[-1].end and t.end <= entity.start and _is_word(t)
        ]
        joined = (not between and entity.canonical != chain[-1].canonical) or (
            len(between) == 1 and between[0].norm == "و"
        )
        if not joined:
            break
        chain.append(entity)
    return chain


def find_roles(sentence: Sentence, trigger: Trigger | None) -> Roles:
    """Who does what in a fact sentence, from the entities around its trigger."""
    roles = Roles([], [], [], [])
    sources = [e for e in sentence.entities if sentence.is_source(e)]
    roles.source = [e.canonical for e in sources]
    parties = [e for e in sentence.entities if e not in sources]
    if trigger is None:
        return roles
    if trigger.category in TRANSACTIONS:
        target_labels = TARGET_LABELS.get(trigger.category, PARTY_LABELS)
        after = trigger.end
        targets: list[Entity] = []
        for entity in parties:
            if (
                entity.start >= after
                and entity.label in target_labels
                and sentence.before(entity)[:1] == ["target"]
            ):
                targets = _coordinated(sentence, entity, target_labels)
                break
        # the owner of a noun (استثمار ميتا) or the subject of a verb in VSO order
        # (استثمرت مايكروسوفت) stands right after it; else the subject stands before
        agent = next(
            (
                e
                for e in parties
                if e.label in PARTY_LABELS and e not in targets and sentence.follows(e, trigger)
            ),
            None,
        )
        if agent is None:
            agent = next(
                (
                    e
                    for e in reversed(parties)
                    if e.end <= trigger.start and e.label in PARTY_LABELS and e not in targets
                ),
                None,
            )
        roles.agent = [agent.canonical] if agent else []
        roles.target = [e.canonical for e in targets]
        if trigger.category == "acquisition" and targets:
            seller = next(
                (
                    e
                    for e in parties
                    if e.start >= targets[-1].end
                    and e.label in PARTY_LABELS
                    and sentence.before(e)[:1] == ["seller"]
                ),
                None,
            )
            roles.seller = [seller.canonical] if seller else []
    else:
        labels = OWNER_LABELS.get(trigger.category, frozenset({"ORG"}))
        owner = next(
            (e for e in parties if e.label in labels and sentence.follows(e, trigger)), None
        )
        if owner is None:
            owner = next(
                (e for e in reversed(parties) if e.end <= trigger.start and e.label in labels),
                None,
            )
        roles.target = [owner.canonical] if owner else []
    return roles


def _unique(names: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _keep(kind: str, value: str, value_max: str, category: str) -> bool:
    """Money and percentages with a figure are facts; a count only with a category (jobs, users)."""
    if not (value or value_max):
        return False
    if kind in ("money", "percent"):
        return True
    return kind == "count" and category != OTHER


def _nearest_date(dates: list[dict[str, str]], start: int) -> dict[str, str] | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(int(d["start"]) - start), int(d["start"])))


def article_facts(corpus: Corpus, article_id: str) -> list[dict[str, str]]:
    """The fact rows of one article, in text order."""
    amounts = corpus.amounts[
        (corpus.amounts["article_id"] == article_id)
        & corpus.amounts["kind"].isin(["money", "percent", "count"])
    ]
    if amounts.empty:
        return []
    tokens = corpus.tokens(article_id)
    entities = corpus.entities[corpus.entities["article_id"] == article_id]
    dates = corpus.dates[corpus.dates["article_id"] == article_id]
    by_sentence_tokens = {
        int(s): [Token(r.index, r.start, r.end, r.text, r.norm) for r in g.itertuples()]
        for s, g in tokens.groupby("sentence")
    }
    by_sentence_entities: dict[int, list[Entity]] = {}
    for row in entities.itertuples():
        by_sentence_entities.setdefault(int(row.sentence), []).append(
            Entity(int(row.start), int(row.end), row.label, row.canonical)
        )
    by_sentence_dates: dict[int, list[dict[str, str]]] = {}
    for row in dates.to_dict("records"):
        by_sentence_dates.setdefault(int(row["sentence"]), []).append(row)

    text = corpus.text(article_id)
    rows = []
    for amount in amounts.to_dict("records"):
        number = int(amount["sentence"])
        start, end = int(amount["start"]), int(amount["end"])
        sentence = Sentence(
            by_sentence_tokens.get(number, []), by_sentence_entities.get(number, [])
        )
        first, last = sentence.token_span(start, end)
        triggers = find_triggers(sentence.tokens)
        chosen = choose_trigger(sentence.tokens, triggers, first, last, amount["kind"])
        trigger = chosen[0] if chosen else None
        if amount["kind"] == "count" and chosen and chosen[1] > 2:
            trigger = None  # a count is a fact only beside its trigger: خمسة مصادر is none
        category = trigger.category if trigger else OTHER
        if not _keep(amount["kind"], amount["value"], amount["value_max"], category):
            continue
        roles = find_roles(sentence, trigger)
        if trigger is not None and trigger.category == "stake" and not roles.target:
            # حصة تبلغ 49% من أسهمها: the stake of the deal the sentence reports
            deals = [t for t in triggers if t.category in ("investment", "acquisition")]
            deal = choose_trigger(sentence.tokens, deals, first, last, "money")
            if deal:
                roles = find_roles(sentence, deal[0])
        roles_from = "sentence" if (roles.agent or roles.target) else ""
        named = [e for e in sentence.entities if e.label == "ORG" and not sentence.is_source(e)]
        if (
            not roles.agent
            and not roles.target
            and trigger is not None
            and not named
            and _refers_back(sentence, trigger)
        ):
            roles.target = _context_owner(by_sentence_entities, by_sentence_tokens, number)
            roles_from = "previous_sentence" if roles.target else ""
        parties = {*roles.agent, *roles.target, *roles.seller, *roles.source}
        mentioned = _unique([e.canonical for e in sentence.entities if e.canonical not in parties])
        date = _nearest_date(by_sentence_dates.get(number, []), start)
        rows.append(
            {
                **{key: amount[key] for key in FACT_COLUMNS[:11]},
                "category": category,
                "trigger": text[trigger.start : trigger.end] if trigger else "",
                "trigger_start": trigger.start if trigger else "",
                "trigger_end": trigger.end if trigger else "",
                "agent": JOIN.join(_unique(roles.agent)),
                "target": JOIN.join(_unique(roles.target)),
                "seller": JOIN.join(_unique(roles.seller)),
                "source": JOIN.join(_unique(roles.source)),
                "mentioned": JOIN.join(mentioned),
                "roles_from": roles_from,
                "date": date["date"] if date else "",
                "date_text": date["text"] if date else "",
            }
        )
    return rows


def _refers_back(sentence: Sentence, trigger: Trigger) -> bool:
    """The sentence points back to a company: الشركة, or a pronoun on the trigger (تقييمها)."""
    if any(token.norm in BACK_REFERENCES for token in sentence.tokens):
        return True
    return sentence.tokens[trigger.first].norm.endswith(("ها", "هم"))


def _context_owner(
    entities: dict[int, list[Entity]], tokens: dict[int, list[Token]], number: int
) -> list[str]:
    """The last organisation named (not as a source) in the previous sentences: الشركة = it."""
    for previous in range(number - 1, max(-1, number - 1 - CONTEXT_SENTENCES), -1):
        sentence = Sentence(tokens.get(previous, []), entities.get(previous, []))
        owners = [e for e in sentence.entities if e.label == "ORG" and not sentence.is_source(e)]
        if owners:
            return [owners[-1].canonical]
    return []


def build_facts(corpus: Corpus) -> list[dict[str, str]]:
    """Fact rows of every article analysed without error, in article-id and text order."""
    rows = []
    for article_id in corpus.ok_ids:
        rows.extend(article_facts(corpus, article_id))
    return rows
