"""Mention replacement for a tagger's training data (Dai and Adel, "An Analysis of Simple Data
Augmentation for Named Entity Recognition", COLING 2020): copies of the annotated sentences
with their names swapped for other names of the same label, from the sentences themselves and
from the gazetteer and the names harvested from unlabelled news (``data/gazetteer.tsv``,
``data/harvested.tsv``). A tagger without gazetteer features (Stanza) sees more names in the
contexts that announce them, and fewer of the same names again.
"""
from __future__ import annotations

import random
import re
from collections.abc import Sequence

from pipeline.bio import tags_to_ranges
from pipeline.lexicon import load_tsv

PROCLITICS = "وبلفك"
_ARABIC = re.compile(r"^[\u0600-\u06FF\s]+$")
LABELS = ("PER", "ORG", "LOC", "MISC")
#: The labels whose names are swapped: MISC mixes events, works and nationalities, whose
#: contexts differ too much for a swap to read as news.
SWAPPED = ("PER", "ORG", "LOC")


def _proclitic(word: str, first_words: set[str]) -> str:
    """The proclitic letter on a name's first word ("" for none): و on وأسامة when أسامة begins
    a name, ل on للأمم; not ب of بغداد."""
    if word.startswith("لل") and len(word) > 3:
        return "ل"
    if len(word) > 2 and word[0] in PROCLITICS and (
        word[1:].startswith("ال") or word[1:] in first_words
    ):
        return word[0]
    return ""


def _without_proclitic(word: str, clitic: str) -> str:
    """The word without the proclitic letter (للأمم is الأمم, وأحمد أحمد)."""
    if not clitic:
        return word
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


def _with_proclitic(clitic: str, word: str) -> str:
    """The word with the proclitic letter on it (ل on الأمم is للأمم)."""
    if clitic == "ل" and word.startswith("ال"):
        return "ل" + word[1:]
    return clitic + word


def pools(sentences: Sequence[Sequence[tuple[str, str]]]) -> tuple[dict, dict, set[str]]:
    """(the sentences' names by label, proclitics taken off; the gazetteer's and the harvested
    names in Arabic letters by label; the first words of the sentences' names)."""
    mentions: dict[str, set[tuple[str, ...]]] = {label: set() for label in LABELS}
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for first, last, label in tags_to_ranges([t for _, t in sentence]):
            mentions[label].add(tuple(words[first:last]))
    first_words = {m[0] for names in mentions.values() for m in names}
    stripped: dict[str, list[tuple[str, ...]]] = {}
    for label, names in mentions.items():
        out = set()
        for m in names:
            out.add((_without_proclitic(m[0], _proclitic(m[0], first_words)), *m[1:]))
        stripped[label] = sorted(out)
    lexicon: dict[str, set[tuple[str, ...]]] = {label: set() for label in LABELS}
    for file in ("gazetteer.tsv", "harvested.tsv"):
        for row in load_tsv(file):
            if row["label"] in lexicon and _ARABIC.match(row["name"]):
                lexicon[row["label"]].add(tuple(row["name"].split()))
    return stripped, {k: sorted(v) for k, v in lexicon.items()}, first_words


def replace_mentions(
    sentences: Sequence[Sequence[tuple[str, str]]], seed: int = 1234, p: float = 0.8
) -> list[list[tuple[str, str]]]:
    """One copy of each sentence that names something, each name swapped (with probability
    ``p``) for another of its label: half the time one of the sentences' own names, half one
    of the gazetteer's or the harvested names; a proclitic on the first word stays."""
    rng = random.Random(seed)
    own, lexicon, first_words = pools(sentences)
    copies = []
    for sentence in sentences:
        tags = [t for _, t in sentence]
        ranges = tags_to_ranges(tags)
        if not ranges:
            continue
        words = [w for w, _ in sentence]
        out: list[tuple[str, str]] = []
        at = 0
        changed = False
        for first, last, label in ranges:
            out.extend(sentence[at:first])
            at = last
            if label not in SWAPPED:
                out.extend(sentence[first:last])
                continue
            pool = own[label] if rng.random() < 0.5 or not lexicon[label] else lexicon[label]
            if rng.random() >= p or not pool:
                out.extend(sentence[first:last])
                continue
            new = list(pool[rng.randrange(len(pool))])
            clitic = _proclitic(words[first], first_words)
            if clitic:
                new[0] = _with_proclitic(clitic, new[0])
            out.extend((w, ("B-" if k == 0 else "I-") + label) for k, w in enumerate(new))
            changed = True
        out.extend(sentence[at:])
        if changed:
            copies.append(out)
    return copies
