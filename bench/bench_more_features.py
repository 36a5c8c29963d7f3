"""More CRF features, each measured against the shipped recipe on two development splits.

The shipped recipe: the five articles and ANERcorp train as news, AQMAR train as Wikipedia, word
features domain-marked (``bench/bench_domains.py``). Each config adds features to it:

- ``newsonly``: no AQMAR at all (the previous recipe), to check the recipe on a fresh split;
- ``gazlen``: the length of the gazetteer match (1, 2, 3+) on each of its words;
- ``clubs``: membership in a hand-written list of 357 sports clubs (``pipeline/data/clubs.tsv``),
  with the clubs whose name is also a common word or a city apart;
- ``given``: membership in a hand-written list of given names (1,247 rows, 1,167 once
  normalised; ``pipeline/data/given_names.tsv``), on the word and its neighbours;
- ``nbclusters``: the neighbours' coarse and fine clusters and stem clusters (today only the
  mid-size cluster passes to a neighbour);
- ``affix4``: four-letter prefix of the stem and suffix of the word;
- ``nb+affix4``: both;
- ``iter300``: the shipped features, trained for 300 L-BFGS iterations instead of 150;
- ``c1=0.1``, ``c1=0.02``, ``c2=0.2``, ``c2=0.01``: the shipped features with another L1 or L2
  weight (the shipped recipe has 0.05 for both);
- ``lexdrop``: every training sentence with an entity once more, with the entity words'
  identity removed (their own ``w=``/``stem=``, what they pass to their neighbours, and the word
  pairs they are in): the model learns to find a name from its shape, clusters, affixes and
  context, as it must for a name it has never seen;
- ``cldr``: the gazetteer with CLDR's Arabic names of the territories it lacks (Babel's
  ``Locale("ar").territories``: 87 names, ambiguous words such as مالي and بنين left out; needs
  ``pip install babel``);
- ``clm-km``, ``clm-dense``: the word in its sentence as the shipped character language models
  (``models/vectors/ant_charlm_*.pt``, forward and backward) read it, their two states at its
  end concatenated (Akbik et al. 2018's contextual string embeddings): ``clm-km`` as its k-means
  clusters at 64, 256 and 1,024 (fitted on the training sentences' states) for the word and its
  neighbours, ``clm-dense`` as 32 real values (their principal components);
- ``swap``: every news sentence with an entity once more, each entity replaced by another
  mention of the same label drawn from the news training data (seeded; Dai and Adel, "An
  Analysis of Simple Data Augmentation for Named Entity Recognition", COLING 2020): the contexts
  stay, the names change, so that the model leans on the context as it must for a new name;
- ``namelike``, ``namelike-nb``, ``namelike-rare`` (stop 43): how much the word looks like a
  name, the per-letter log-likelihood ratio of two letter-trigram models (one over the words of
  the shipped name lists, one over the frequent ANT words of ``vec_clusters.tsv`` in none of
  them), in 8 bins: for the word alone, passed to its neighbours too, or only for a word that
  is not one of the frequent ones;
- ``dense``: the word's FastText vector (``models/vectors/ant_ft100.pt``, unit length, 100 real
  values) as features, and ``novec`` for a word without one.

Each test set is also scored on its *unseen* entities only: gold and predicted spans whose
normalised words are no entity anywhere in the training data. Held-out news is full of those,
and the development splits share most of their names with the training data.

``--split last`` scores the usual development split (the last 10% of ANERcorp train);
``--split first`` trains on the last 90% and scores the first 10%, a split no choice of this
project was tuned on. AQMAR dev is scored too. Names spread within each file as in the
pipeline; 95% bootstrap intervals against the first config.

    .venv/bin/python bench/bench_more_features.py --configs base,nbclusters --split first
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_domains import ANERCORP, AQMAR, score_row  # noqa: E402

from pipeline.bio import tags_to_ranges  # noqa: E402
from pipeline.evaluate import split_dev  # noqa: E402
from pipeline.lexicon import read_tsv  # noqa: E402
from pipeline.normalize import normalize_word  # noqa: E402
from pipeline.taggers.consistency import propagate  # noqa: E402
from pipeline.taggers.features import Featurizer, _strip, gazetteer_tags, marked, readings  # noqa: E402
from pipeline.train import CrfParams, gold_files, load_training, new_crf  # noqa: E402


def _index(rows, key) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, dict[tuple[str, ...], str]] = {}
    for row in rows:
        words = tuple(normalize_word(w) for w in row["name"].split())
        index.setdefault(words[0], {}).setdefault(words[1:], key(row))
    return {k: sorted(v.items(), key=lambda kv: len(kv[0]), reverse=True) for k, v in index.items()}


def _matches(words, index) -> list[str | None]:
    out: list[str | None] = [None] * len(words)
    norms = [normalize_word(w) for w in words]
    i = 0
    while i < len(words):
        best = next(
            ((len(rest) + 1, label) for reading in readings(words[i])
             for rest, label in index.get(reading, ())
             if tuple(norms[i + 1 : i + 1 + len(rest)]) == rest),
            None,
        )  # fmt: skip
        if best is None:
            i += 1
            continue
        n, label = best
        for k in range(n):
            out[i + k] = f"{label}={'B' if k == 0 else 'I'}"
        i += n
    return out


@cache
def _clubs() -> dict:
    rows = read_tsv(ROOT / "pipeline" / "data" / "clubs.tsv")
    return _index(rows, lambda r: "clubamb" if r["ambiguous"] == "yes" else "club")


@cache
def _given() -> frozenset[str]:
    rows = read_tsv(ROOT / "pipeline" / "data" / "given_names.tsv")
    return frozenset(normalize_word(r["name"]) for r in rows)


def clubs(words, features):
    index = _clubs()
    for i, mark in enumerate(_matches(words, index)):
        if mark:
            features[i].append(mark)
            if i:
                features[i - 1].append("1:" + mark)
            if i + 1 < len(words):
                features[i + 1].append("-1:" + mark)
    return features


def given(words, features):
    names = _given()
    for i, word in enumerate(words):
        if any(r in names for r in readings(word)):
            features[i].append("given")
            if i + 1 < len(words):
                features[i + 1].append("-1:given")
            if i:
                features[i - 1].append("1:given")
    return features


def gazlen(words, features):
    tags = gazetteer_tags(words)
    for a, b, label in tags_to_ranges([t or "O" for t in tags]):
        for i in range(a, b):
            features[i].append(f"gazL={label}{min(b - a, 3)}")
    return features


def nbclusters(words, features):
    own = [[f for f in row if f.startswith(("c0=", "c2=", "sc1="))] for row in features]
    for i in range(len(words)):
        if i:
            features[i] += ["-1:" + f for f in own[i - 1]]
        if i + 1 < len(words):
            features[i] += ["1:" + f for f in own[i + 1]]
    return features


def affix4(words, features):
    for i, word in enumerate(words):
        norm = normalize_word(word)
        base = _strip(norm)
        if len(base) >= 5:
            features[i].append(f"p4={base[:4]}")
        if len(norm) >= 5:
            features[i].append(f"s4={norm[-4:]}")
    return features


#: Words that make a sentence a sports report (matched on every reading without proclitics).
SPORT_CUES = frozenset(normalize_word(w) for w in (
    "مباراة", "مباراه", "دوري", "الدوري", "هدف", "اهداف", "أهداف", "الهدف", "فريق", "الفريق",
    "منتخب", "المنتخب", "لاعب", "اللاعب", "لاعبين", "اللاعبين", "مدرب", "المدرب", "نادي", "النادي",
    "بطولة", "البطولة", "كأس", "الشوط", "التعادل", "تعادل", "ملعب", "الملعب", "مهاجم", "المهاجم",
    "حارس", "ركلة", "الكرة", "كرة", "تأهل", "النهائي", "المباراة", "الموسم", "هزيمة", "بهدف",
    "بهدفين", "فوزه", "الفوز",
))  # fmt: skip


def sport(words, features):
    """Every token of a sentence with a sports word gets ``topic=sport`` and the conjunction
    of it with its gazetteer label and its middle cluster (a city may be its club there)."""
    if not any(r in SPORT_CUES for w in words for r in readings(w)):
        return features
    for row in features:
        marks = [f for f in row if f.startswith(("gaz=", "c1="))]
        row += ["topic=sport", *(f"sport|{f}" for f in marks)]
    return features


#: Where a word's name-likeness ratio (:func:`name_bin`) falls: 8 bins.
NAME_BINS = (-1.0, -0.5, -0.2, 0.0, 0.2, 0.5, 1.0)
#: The lists whose words make the name model (their column), all shipped under pipeline/data.
NAME_LISTS = (("gazetteer.tsv", "name"), ("harvested.tsv", "name"), ("given_names.tsv", "name"),
              ("ant_surnames.tsv", ""), ("ant_places.tsv", ""))  # fmt: skip


def _bare(word: str) -> str:
    norm = normalize_word(word)
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


class LetterTrigrams:
    """A letter-trigram model of a set of words (add-0.1 smoothing), scored per letter."""

    def __init__(self, words, k: float = 0.1) -> None:
        from collections import Counter

        self.trigrams: Counter = Counter()
        self.bigrams: Counter = Counter()
        letters = set()
        for word in sorted(words):
            padded = "^^" + word + "$"
            for i in range(2, len(padded)):
                self.trigrams[padded[i - 2 : i + 1]] += 1
                self.bigrams[padded[i - 2 : i]] += 1
                letters.add(padded[i])
        self.k, self.size = k, len(letters) + 1

    def logp(self, word: str) -> float:
        import math

        padded = "^^" + word + "$"
        total = 0.0
        for i in range(2, len(padded)):
            seen = self.trigrams[padded[i - 2 : i + 1]] + self.k
            total += math.log(seen / (self.bigrams[padded[i - 2 : i]] + self.k * self.size))
        return total / (len(padded) - 2)


@cache
def name_models() -> tuple[LetterTrigrams, LetterTrigrams]:
    """The name model and the common-word model (see ``namelike`` above)."""
    from pipeline.lexicon import load_tsv

    names = set()
    for name, column in NAME_LISTS:
        for row in load_tsv(name):
            value = row[column] if column else next(iter(row.values()))
            for word in (value or "").split():
                bare = _bare(word)
                if len(bare) >= 2 and all("\u0600" <= ch <= "\u06ff" for ch in bare):
                    names.add(bare)
    common = {_bare(next(iter(r.values()))) for r in load_tsv("vec_clusters.tsv")}
    common = {w for w in common if len(w) >= 2 and w not in names}
    return LetterTrigrams(names), LetterTrigrams(common)


@cache
def name_bin(word: str) -> str:
    """The bin of the word's name-likeness (``x`` for a word of fewer than three Arabic letters)."""
    base = _strip(normalize_word(word))
    base = base[2:] if base.startswith("ال") and len(base) > 4 else base
    if len(base) < 3 or not all("\u0600" <= ch <= "\u06ff" for ch in base):
        return "x"
    names, common = name_models()
    ratio = names.logp(base) - common.logp(base)
    return str(sum(ratio > t for t in NAME_BINS))


def namelike(words, features, neighbours: bool = False, rare_only: bool = False):
    from pipeline.taggers.features import cluster_of, vec_clusters

    for i, word in enumerate(words):
        if rare_only and cluster_of(word, vec_clusters()):
            continue
        key = "nlr" if rare_only else "nl"
        features[i].append(f"{key}={name_bin(word)}")
        if neighbours or rare_only:
            if i:
                features[i - 1].append(f"1:{key}={name_bin(word)}")
            if i + 1 < len(words):
                features[i + 1].append(f"-1:{key}={name_bin(word)}")
    return features


EXTRAS = {
    "base": None, "newsonly": None, "gazlen": gazlen, "clubs": clubs, "given": given,
    "nbclusters": nbclusters, "affix4": affix4, "sport": sport,
    "nb+affix4": lambda w, f: affix4(w, nbclusters(w, f)),
    "iter300": None, "lexdrop": None, "dense": None, "cldr": None,
    "c1=0.1": None, "c1=0.02": None, "c2=0.2": None, "c2=0.01": None,
    "clm-km": None, "clm-dense": None, "swap": None, "namelike": namelike,
    "namelike-nb": lambda w, f: namelike(w, f, neighbours=True),
    "namelike-rare": lambda w, f: namelike(w, f, rare_only=True),
}  # fmt: skip

#: CLDR territory names that are also common words, or no place.
_CLDR_SKIP = ("مالي", "بنين", "جيرسي", "غوام", "نيوي", "بالاو", "ناورو", "أروبا", "جزيرة مان")


def cldr_rows() -> list[dict[str, str]]:
    """Gazetteer rows (LOC) for CLDR's Arabic territory names that the gazetteer lacks."""
    import re

    from babel import Locale

    from pipeline.lexicon import load_tsv

    known = {" ".join(map(normalize_word, r["name"].split())) for r in load_tsv("gazetteer.tsv")}
    rows = []
    for code, name in sorted(Locale("ar").territories.items()):
        canonical = re.sub(r"\s*\(.*?\)", "", name).strip()
        if len(code) != 2 or not code.isalpha() or " - " in canonical or "منطقة" in name:
            continue
        for form in [canonical, *re.findall(r"\((.*?)\)", name)]:
            key = " ".join(map(normalize_word, form.split()))
            if key in known or form in _CLDR_SKIP or "لكنات" in form or len(form) < 3:
                continue
            known.add(key)
            rows.append({"name": form, "label": "LOC", "canonical": canonical})
    return rows


def _with_cldr(on: bool) -> None:
    """Make the featurizer's gazetteer the shipped one with (or without) the CLDR rows."""
    from pipeline.taggers import features

    if on:
        extra = tuple(cldr_rows())
        plain = features.load_tsv
        features.load_tsv = lambda name: plain(name) + (extra if name == "gazetteer.tsv" else ())
        features._plain_load_tsv = plain
    elif hasattr(features, "_plain_load_tsv"):
        features.load_tsv = features._plain_load_tsv
    features.gazetteer_index.cache_clear()
    for cached in (features._CANDIDATES, features._HARVESTED_CANDIDATES, features._FEATURIZERS):
        cached.clear()


@cache
def _vectors():
    """The FastText vectors of the shipped Stanza pretrain: (word -> row, unit-length rows)."""
    import numpy as np
    import torch

    data = torch.load(ROOT / "models" / "vectors" / "ant_ft100.pt", weights_only=False)
    emb = data["emb"].numpy().astype(np.float64)
    return data["vocab"]["_unit2id"], emb / (np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9)


def dense(words, rows):
    """``rows`` as crfsuite's weighted features: each 1.0, and the word's vector's values."""
    from pipeline.taggers.stanza import stanza_form

    index, emb = _vectors()
    out = []
    for word, row in zip(words, rows, strict=True):
        features = dict.fromkeys(row, 1.0)
        at = index.get(stanza_form(word))
        if at is None:
            features["novec"] = 1.0
        else:
            features.update((f"v{j}", float(x)) for j, x in enumerate(emb[at]))
        out.append(features)
    return out

_STATES: dict[tuple[str, ...], object] = {}


def charlm_states(sentences: list[list[str]], batch: int = 64) -> None:
    """Fill ``_STATES``: each sentence's words' forward and backward character-LM states (at the
    word's end in reading order), concatenated, as a float32 array (words x 512)."""
    import numpy as np
    from stanza.models.common.char_model import CharacterLanguageModel

    from pipeline.taggers.stanza import stanza_form

    folder = ROOT / "models" / "vectors"
    lms = [CharacterLanguageModel.load(str(folder / f"ant_charlm_{d}.pt"))
           for d in ("forward", "backward")]  # fmt: skip
    todo = sorted({tuple(s) for s in sentences if s and tuple(s) not in _STATES}, key=len)
    for k in range(0, len(todo), batch):
        chunk = todo[k : k + batch]
        forms = [[stanza_form(w) for w in s] for s in chunk]
        parts = [lm.build_char_representation(forms) for lm in lms]
        for key, f, b in zip(chunk, *parts, strict=True):
            _STATES[key] = np.concatenate([f.numpy(), b.numpy()], axis=1)


_CLM: dict[str, object] = {}


def fit_charlm(train: list[list[str]]) -> None:
    """k-means (64, 256, 1,024) and a 32-dimensional PCA of the training sentences' states."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import PCA

    states = np.concatenate([_STATES[tuple(s)] for s in train if s])
    _CLM["km"] = [MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit(states)
                  for k in (64, 256, 1024)]  # fmt: skip
    pca = PCA(32, random_state=0).fit(states)
    scale = np.sqrt(pca.explained_variance_[0])
    _CLM["pca"] = (pca, scale)


def clm_km(words, features):
    states = _STATES[tuple(words)]
    ids = [km.predict(states) for km in _CLM["km"]]
    own = [[f"ck{g}={ids[g][i]}" for g in range(len(ids))] for i in range(len(words))]
    for i in range(len(words)):
        features[i] += own[i]
        if i:
            features[i] += ["-1:" + f for f in own[i - 1][:2]]
        if i + 1 < len(words):
            features[i] += ["1:" + f for f in own[i + 1][:2]]
    return features


def clm_dense(words, rows):
    pca, scale = _CLM["pca"]
    values = pca.transform(_STATES[tuple(words)]) / scale
    out = []
    for row, vec in zip(rows, values, strict=True):
        features = dict.fromkeys(row, 1.0)
        features.update((f"cd{j}", float(x)) for j, x in enumerate(vec))
        out.append(features)
    return out


#: A token's own identity features (before the domain mark), and the word pairs.
_IDENTITY = ("w=", "stem=")
_PAIRS = ("-1|0:", "0|1:")


def without_names(rows: list[list[str]], tags: list[str]) -> list[list[str]] | None:
    """The sentence's features with its entity words' identity removed (None: no entity).

    Removed: an entity word's ``w=``/``stem=``, the word pairs of its row, the ``k:w=`` and
    ``k:stem=`` its neighbours get from it, and their word pairs that hold it."""
    names = {i for i, tag in enumerate(tags) if tag != "O"}
    if not names:
        return None
    out = []
    for j, row in enumerate(rows):
        kept = []
        for f in row:
            if j in names and f.startswith(_IDENTITY + _PAIRS):
                continue
            if (f.startswith("-1|0:") and j - 1 in names) or (
                f.startswith("0|1:") and j + 1 in names
            ):
                continue
            head, colon, rest = f.partition(":")
            passed = colon and head.lstrip("-").isdigit() and rest.startswith(_IDENTITY)
            if passed and j + int(head) in names:
                continue
            kept.append(f)
        out.append(kept)
    return out


def swapped(sentences, seed: int = 13) -> list[list[tuple[str, str]]]:
    """Each sentence with an entity once more, every entity replaced by a mention of the same
    label drawn (seeded) from all the sentences' mentions."""
    import random

    pool: dict[str, list[tuple[str, ...]]] = {}
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for a, b, label in tags_to_ranges([t for _, t in sentence]):
            pool.setdefault(label, []).append(tuple(words[a:b]))
    rng = random.Random(seed)
    out = []
    for sentence in sentences:
        words = [w for w, _ in sentence]
        ranges = tags_to_ranges([t for _, t in sentence])
        if not ranges:
            continue
        new: list[tuple[str, str]] = []
        at = 0
        for a, b, label in ranges:
            new.extend(sentence[at:a])
            name = rng.choice(pool[label])
            new.extend((w, ("B-" if i == 0 else "I-") + label) for i, w in enumerate(name))
            at = b
        new.extend(sentence[at:])
        out.append(new)
    return out


def _key(words) -> tuple[str, ...]:
    return tuple(normalize_word(w) for w in words)


def seen_names(sentences) -> set[tuple[str, ...]]:
    """The normalised words of every entity of the training sentences (any label)."""
    seen = set()
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for a, b, _label in tags_to_ranges([t for _, t in sentence]):
            seen.add(_key(words[a:b]))
    return seen


def unseen_row(sentences, predicted, seen) -> str:
    """P, R and F1 over the entities (gold and predicted) whose words the training data never
    tagged, and how many gold ones there are."""
    gold_n = pred_n = correct = 0
    for sentence, tags in zip(sentences, predicted, strict=True):
        words = [w for w, _ in sentence]
        gold_tags = [t for _, t in sentence]
        gold = {r for r in tags_to_ranges(gold_tags) if _key(words[r[0] : r[1]]) not in seen}
        pred = {r for r in tags_to_ranges(tags) if _key(words[r[0] : r[1]]) not in seen}
        gold_n, pred_n, correct = gold_n + len(gold), pred_n + len(pred), correct + len(gold & pred)
    p = correct / pred_n if pred_n else 0.0
    r = correct / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"unseen {gold_n:4d} gold: P {p:.3f} R {r:.3f} F1 {f:.3f}"
#: Configs that change the training parameters, not the features.
PARAMS = {
    "iter300": CrfParams(max_iterations=300),
    # the regularisation of the shipped recipe (c1 = c2 = 0.05), halved or doubled and more
    "c1=0.1": CrfParams(c1=0.1), "c1=0.02": CrfParams(c1=0.02),
    "c2=0.2": CrfParams(c2=0.2), "c2=0.01": CrfParams(c2=0.01),
}  # fmt: skip


def fit_predict(config, news, wiki, tests):
    import pycrfsuite

    _with_cldr(config == "cldr")
    featurize = Featurizer()
    extra = EXTRAS[config] or (clm_km if config == "clm-km" else None)
    if config.startswith("clm"):
        everything = [*news, *wiki, *(s for v in tests.values() for s in v)]
        charlm_states([[w for w, _ in s] for s in everything])
        fit_charlm([[w for w, _ in s] for s in news + wiki])

    def features(words, domain):
        rows = [list(r) for r in featurize(words)]
        if extra:
            rows = extra(words, rows)
        rows = rows if config == "newsonly" else marked(rows, domain)
        if config == "clm-dense":
            return clm_dense(words, rows)
        return dense(words, rows) if config == "dense" else rows

    xs, ys = [], []
    if config == "swap":
        news = [*news, *swapped(news)]
    for domain, sentences in (("N", news), ("W", [] if config == "newsonly" else wiki)):
        for sentence in sentences:
            words, tags = [w for w, _ in sentence], [t for _, t in sentence]
            xs.append(features(words, domain))
            ys.append(tags)
            if config == "lexdrop":
                rows = without_names([list(r) for r in featurize(words)], tags)
                if rows is not None:
                    xs.append(marked(rows, domain))
                    ys.append(tags)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "m.crfsuite")
        started = time.perf_counter()
        new_crf(PARAMS.get(config, CrfParams()), model_filename=model).fit(xs, ys)
        seconds = time.perf_counter() - started
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        out = {}
        for name, sentences in tests.items():
            words = [[w for w, _ in s] for s in sentences]
            out[name] = propagate(
                words, [list(tagger.tag(features(w, "N"))) if w else [] for w in words]
            )
    return out, seconds


#: The development splits of ANERcorp train a held-out model can be scored on.
SPLITS = ("last", "first", "middle")


def dev_split(anercorp, which: str):
    """(train, dev) of ANERcorp train: ``last`` keeps its last 10% for development (the usual
    split), ``first`` its first 10%, ``middle`` the 10% from 45% to 55% (stop 42: a split that
    no span rule and no gazetteer name was read from), training on the rest."""
    if which == "first":
        cut = round(len(anercorp) * 0.1)
        return anercorp[cut:], anercorp[:cut]
    if which == "middle":
        start, end = round(len(anercorp) * 0.45), round(len(anercorp) * 0.55)
        return anercorp[:start] + anercorp[end:], anercorp[start:end]
    return split_dev(anercorp)


def dev_sets(split: str):
    """The shipped recipe's data for a held-out model and its test sets: (the five articles,
    ANERcorp train without the ``split`` 10%, AQMAR train, {split dev, AQMAR dev})."""
    anercorp, _ = load_training([], [ANERCORP])
    train, dev = dev_split(anercorp, split)
    gold, _ = load_training(gold_files())
    wiki, _ = load_training([], [AQMAR / "train.conll"])
    wiki_dev, _ = load_training([], [AQMAR / "dev.conll"])
    return gold, train, wiki, {f"{split}-dev": dev, "aqmar-dev": wiki_dev}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=",".join(EXTRAS))
    parser.add_argument("--split", choices=SPLITS, default="last")
    args = parser.parse_args(argv)
    gold, train, wiki, tests = dev_sets(args.split)
    print(f"{'config':<11} {'test':<10} {'PER':>6} {'ORG':>6} {'LOC':>6} {'MISC':>6} {'P':>6} "
          f"{'R':>6} {'F1':>6} {'dF1 [95% CI] vs first':>26} {'fit s':>6}", flush=True)
    first: dict[str, list] = {}
    seen = seen_names(gold + train + wiki)
    for config in args.configs.split(","):
        predicted, seconds = fit_predict(config, gold + train, wiki, tests)
        for name, sentences in tests.items():
            row = score_row(name, sentences, predicted[name], first)
            print(f"{config:<11} {name:<10} {row} {seconds:6.0f}", flush=True)
            print(f"{'':<11} {name:<10} {unseen_row(sentences, predicted[name], seen)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
