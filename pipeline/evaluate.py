"""Entity-level scores (CoNLL exact match): precision, recall and F1 per label and micro.

A predicted entity counts as correct only when its first token, last token and label all match
a gold entity, as in the CoNLL shared-task script.

The tagger is scored as the pipeline runs it: after a tagger whose ``spreads_names`` says so
(the CRF and Stanza), names spread to their untagged repeats
(:func:`pipeline.taggers.consistency.propagate`) within a gold file's sentences, taken in order
as one article (ANERcorp-style files carry no article boundaries). Pass ``consistent=False``
(``evaluate --no-consistency``) to score the sentences alone.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.amounts import find_amounts, in_money
from pipeline.bio import tags_to_ranges
from pipeline.doc import LABELS
from pipeline.formats.common import LabeledSentence
from pipeline.formats.conll import read_conll
from pipeline.taggers.base import Tagger, apply_rules, with_hashtags, without_hashtags
from pipeline.taggers.crf import CrfTagger
from pipeline.taggers.features import TAG_DOMAIN
from pipeline.train import CrfParams, fit, load_training

MICRO = "micro"
SCORE_COLUMNS = ("label", "precision", "recall", "f1", "gold", "predicted", "correct")


@dataclass(frozen=True)
class Score:
    """Counts and rates for one label (or ``micro`` over all)."""

    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, str | int]:
        return {
            "label": self.label,
            "precision": f"{self.precision:.4f}",
            "recall": f"{self.recall:.4f}",
            "f1": f"{self.f1:.4f}",
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
        }


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> list[Score]:
    """Scores per label then micro, from gold and predicted tag sequences of the same sentences.

    >>> [s.f1 for s in score([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]])][-1]
    0.0
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    counts = {label: [0, 0, 0] for label in LABELS}
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_set = set(tags_to_ranges(gold_tags))
        predicted_set = set(tags_to_ranges(predicted_tags))
        for *_, label in gold_set:
            counts[label][0] += 1
        for *_, label in predicted_set:
            counts[label][1] += 1
        for *_, label in gold_set & predicted_set:
            counts[label][2] += 1
    scores = [Score(label, *counts[label]) for label in LABELS]
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    return [*scores, Score(MICRO, *totals)]


def tag_sentences(
    tagger: Tagger, words: Sequence[Sequence[str]], consistent: bool | None = None
) -> list[list[str]]:
    """Tags of consecutive sentences, as the pipeline tags an article's: persons' names cut at
    prepositions, quoted titles MISC, dotted acronyms ORG (``span_rules``), the gazetteer's
    labels after a tagger that does not read it (``lexicon_labels``), names spread (see
    above), then what lies inside a sum of money untagged (:func:`drop_money_names`); the
    tagger and the rules read the sentences without their hashtag signs, as
    :func:`~pipeline.taggers.base.tag_article` does."""
    kept = [without_hashtags(w) for w in words]
    seen = [[w[k] for k in keep] for w, keep in zip(words, kept, strict=True)]
    tagged = apply_rules(tagger, seen, tagger.predict(seen), consistent)
    predicted = [
        with_hashtags(tags, keep, len(w))
        for tags, keep, w in zip(tagged, kept, words, strict=True)
    ]
    return [drop_money_names(w, tags) for w, tags in zip(words, predicted, strict=True)]


def drop_money_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with every entity inside a sum of money (the words joined by spaces, read by
    :func:`pipeline.amounts.find_amounts`) set to O, as the pipeline drops them.

    >>> drop_money_names(["دفع", "3", "آلاف", "ريال"], ["O", "O", "O", "B-ORG"])
    ['O', 'O', 'O', 'O']
    """
    tags = list(tags)
    ranges = tags_to_ranges(tags)
    if not ranges:
        return tags
    offsets, at = [], 0
    for word in words:
        offsets.append((at, at + len(word)))
        at += len(word) + 1
    amounts = find_amounts(" ".join(words))
    spans = [(offsets[start][0], offsets[end - 1][1]) for start, end, _ in ranges]
    for (start, end, _), out in zip(ranges, in_money(spans, amounts), strict=True):
        if out:
            tags[start:end] = ["O"] * (end - start)
    return tags


def evaluate_sentences(
    tagger: Tagger, sentences: Sequence[LabeledSentence], consistent: bool | None = None
) -> list[Score]:
    """Tag the gold sentences' tokens exactly as given and score the result."""
    words = [[token for token, _ in sentence] for sentence in sentences]
    gold = [[tag for _, tag in sentence] for sentence in sentences]
    return score(gold, tag_sentences(tagger, words, consistent))


def evaluate_file(
    tagger: Tagger, gold_path: Path, consistent: bool | None = None
) -> list[Score]:
    """Scores of a model on a gold CoNLL file (external spellings such as PERS accepted)."""
    return evaluate_sentences(tagger, read_conll(gold_path, strict=False), consistent)


def cross_validate(
    gold: Sequence[Path],
    extra: Sequence[Path] = (),
    params: CrfParams | None = None,
    consistent: bool | None = None,
    other_domain: Sequence[Path] = (),
) -> tuple[list[Score], dict[str, list[Score]]]:
    """Leave-one-article-out: each gold file tagged by a model trained without it.

    ``other_domain`` corpora (Wikipedia) are trained on as another domain (domain-marked
    features, :func:`pipeline.train.fit`). Returns the pooled scores over all held-out articles
    and the scores of each article.
    """
    params = params or CrfParams()
    all_gold: list[list[str]] = []
    all_predicted: list[list[str]] = []
    per_file: dict[str, list[Score]] = {}
    extra_sentences, _ = load_training([], extra)
    other, _ = load_training([], other_domain)
    with tempfile.TemporaryDirectory() as tmp:
        for held_out in gold:
            train_sentences, _ = load_training([p for p in gold if p != held_out])
            model = Path(tmp) / f"{held_out.stem}.crfsuite"
            tagger = _fit_load(train_sentences + extra_sentences, other, model, params)
            sentences = read_conll(held_out)
            gold_tags = [[tag for _, tag in s] for s in sentences]
            predicted = tag_sentences(tagger, [[t for t, _ in s] for s in sentences], consistent)
            per_file[held_out.stem] = score(gold_tags, predicted)
            all_gold.extend(gold_tags)
            all_predicted.extend(predicted)
    return score(all_gold, all_predicted), per_file


#: Share of an external corpus's sentences (the last ones) held out as its development split.
DEV_FRACTION = 0.1


def split_dev(
    sentences: Sequence[LabeledSentence], fraction: float = DEV_FRACTION
) -> tuple[list[LabeledSentence], list[LabeledSentence]]:
    """The first sentences for training and the last ``fraction`` of them for development."""
    cut = len(sentences) - round(len(sentences) * fraction)
    return list(sentences[:cut]), list(sentences[cut:])


def evaluate_dev_split(
    corpus: Path,
    params: CrfParams | None = None,
    fraction: float = DEV_FRACTION,
    original_labels: bool = False,
    consistent: bool | None = None,
    other_domain: Sequence[Path] = (),
) -> list[Score]:
    """Train on the first sentences of an external corpus and score its held-out last ones.

    Both parts are read as training reads external data (:func:`load_training`: currency words
    are O, as in our guidelines), or with the corpus's own labels when ``original_labels``
    (comparable with published scores on that corpus). ``other_domain`` corpora are trained on
    too, as another domain (see :func:`cross_validate`).
    """
    sentences = (
        read_conll(corpus, strict=False) if original_labels else load_training([], [corpus])[0]
    )
    train_sentences, dev = split_dev(sentences, fraction)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "dev.crfsuite"
        other, _ = load_training([], other_domain)
        tagger = _fit_load(train_sentences, other, model, params or CrfParams())
        return evaluate_sentences(tagger, dev, consistent)


def _fit_load(news, other, model: Path, params: CrfParams) -> CrfTagger:
    """Train on news sentences and another domain's, and open the model."""
    domains = [TAG_DOMAIN] * len(news) + ["other"] * len(other)
    several = fit([*news, *other], model, params, domains)
    return CrfTagger.load(model, TAG_DOMAIN if several else "")


def format_scores(scores: Sequence[Score], title: str = "") -> str:
    """A plain-text table of scores."""
    lines = [title] if title else []
    lines.append(f"{'label':<6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6} {'ok':>6}")
    for s in scores:
        lines.append(
            f"{s.label:<6} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} "
            f"{s.gold:6d} {s.predicted:6d} {s.correct:6d}"
        )
    return "\n".join(lines)
