"""Corrections: an annotation file checked against the article it names, and written as gold.

- :func:`export_annotations` writes pre-annotations into a folder: ``doccano.jsonl`` (one record a
  line with character spans), ``label-studio.json`` (tasks with ``predictions``) beside
  ``label-studio-config.xml`` (the labelling config to paste in), or one ``<id>.conll`` per article
  (the gold format itself).
- :func:`import_annotations` reads a Doccano JSONL export, a Label Studio JSON export, a CoNLL file
  or an edited ``tokens.csv`` (told apart by content, :mod:`pipeline.formats`), checks every
  record against the article found by id in the corpus, and only then writes
  ``<annotations>/<id>.conll``.

Decisions, for every format:

- Offsets index the decoded article text (``read_article(path).text``, also
  ``outputs/<id>/text.txt``); a record that carries the text must carry exactly that text.
- A span must start and end on our tokens, inside one sentence, and overlap no other span; a
  mismatch is an error naming the file, the record, the article and the span, never a shift.
- Spans wholly inside the date header or the site boilerplate (which gold files leave out) are
  dropped with a note; a span that crosses into them is an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from itertools import groupby, pairwise
from pathlib import Path

from pipeline.bio import LABEL_ALIASES, check_tags, spans_to_tags, tags_to_ranges
from pipeline.config import ARTICLE_SUFFIXES
from pipeline.doc import LABELS, Article, Span, Token
from pipeline.formats.common import (
    AnnotationError,
    Correction,
    LabeledSentence,
    Notes,
    ignore,
    load_json,
    read_decoded,
    sorted_spans,
)
from pipeline.formats.conll import (
    CONLL_SUFFIX,
    DOCSTART,
    article_conll,
    by_sentence,
    format_conll,
    parse_conll_corrections,
    read_conll,
)
from pipeline.formats.doccano import DOCCANO_FILE, format_doccano, parse_doccano
from pipeline.formats.label_studio import (
    LABEL_STUDIO_CONFIG_FILE,
    LABEL_STUDIO_FILE,
    MODEL_VERSION,
    format_label_studio,
    label_studio_config,
    parse_label_studio,
)
from pipeline.formats.tokens_csv import csv_delimiter, parse_tokens_csv
from pipeline.io import write_texts_atomic
from pipeline.read import ReadError, read_article
from pipeline.tokenize import tokenize

EXPORT_FORMATS = ("doccano", "label-studio", "conll")

# --- Reading any of them ---------------------------------------------------------------------


def detect_format(path: Path, text: str) -> str:
    """The format of an annotation file by its content: doccano, label-studio, conll or tokens-csv.

    >>> detect_format(Path("x"), '[{"data": {"text": "ميتا"}, "annotations": []}]')
    'label-studio'
    >>> detect_format(Path("x"), '{"text": "ميتا", "label": [[0, 4, "ORG"]]}\\n')
    'doccano'
    >>> detect_format(Path("x"), "article_id;sentence;index;start;end;text;norm;tag\\r\\n")
    'tokens-csv'
    """
    stripped = text.lstrip()
    if stripped.startswith("["):
        items = load_json(path, text)
        first = items[0] if isinstance(items, list) and items else None
        return "doccano" if isinstance(first, dict) and "data" not in first else "label-studio"
    if stripped.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            return "doccano"  # JSON lines; a broken line is reported with its number
        return "label-studio" if isinstance(whole, dict) and "data" in whole else "doccano"
    header = stripped.split("\n", 1)[0]
    if csv_delimiter(header.removesuffix("\r")) or ("article_id" in header and "\t" not in header):
        return "tokens-csv"  # (a header missing a column is reported by the CSV reader)
    if any("\t" in line or line.startswith(DOCSTART) for line in stripped.split("\n")):
        return "conll"
    raise AnnotationError(
        f"{path}: not an annotation file (expected Doccano JSONL, Label Studio JSON, CoNLL "
        "or tokens.csv)"
    )


def read_corrections(path: Path, note: Notes = ignore) -> list[Correction]:
    """The records of any annotation file we import, its format told by its content."""
    text, encoding = read_decoded(path)
    fmt = detect_format(path, text)
    if fmt != "tokens-csv" and encoding not in ("utf-8", "utf-8-sig"):
        raise AnnotationError(f"{path}: not UTF-8 (it reads as {encoding}); save it as UTF-8")
    if fmt == "doccano":
        return parse_doccano(path, text)
    if fmt == "label-studio":
        return parse_label_studio(path, text, note)
    if fmt == "tokens-csv":
        return parse_tokens_csv(path, text)
    return parse_conll_corrections(path, text)


def canonical_label(label: str) -> str | None:
    """A label in our spelling (``PERS`` -> ``PER``), or None when it is none of ours."""
    label = LABEL_ALIASES.get(label, label)
    return label if label in LABELS else None


def _describe(span: Span, text: str) -> str:
    covered = text[max(span.start, 0) : max(span.end, 0)]
    return f"span {span.start}-{span.end} {covered!r} ({span.label})"


def _first_difference(given: str, expected: str) -> str:
    pairs = enumerate(zip(given, expected, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(given), len(expected)))
    lengths = f"; {len(given)} characters instead of {len(expected)}"
    return (
        f"from offset {at} ({given[at : at + 20]!r} instead of {expected[at : at + 20]!r}"
        f"{lengths if len(given) != len(expected) else ''})"
    )


def _token_spans(
    correction: Correction, article: Article, tokens: Sequence[Token], where: str
) -> list[Span]:
    """Entity spans of a token-level record whose tokens must be exactly the article's."""
    marked = correction.tokens or ()
    for i, token in enumerate(tokens):
        if i >= len(marked):
            raise AnnotationError(
                f"{where}: the file has {len(marked)} tokens, the article {len(tokens)} "
                f"(missing from {token.text!r} at {token.start}-{token.end}); tokens must be "
                "exactly the pipeline's"
            )
        given = marked[i]
        offsets = given.start is None or (given.start, given.end) == (token.start, token.end)
        if given.text != token.text or not offsets:
            at = f"{given.start}-{given.end}" if given.start is not None else f"token {i + 1}"
            raise AnnotationError(
                f"{given.where}: article {correction.article_id}: token {given.text!r} at {at} "
                f"differs from the article's {token.text!r} at {token.start}-{token.end}; "
                "tokens must be exactly the pipeline's (edit only the tags)"
            )
    if len(marked) > len(tokens):
        raise AnnotationError(
            f"{marked[len(tokens)].where}: article {correction.article_id}: token "
            f"{marked[len(tokens)].text!r} beyond the article's last token"
        )
    spans = []
    position = 0
    for _, group in groupby(tokens, key=lambda t: t.sentence):
        sentence = list(group)
        marks = marked[position : position + len(sentence)]
        tags = [m.tag for m in marks]
        problems = check_tags(tags)
        if problems:
            i, message = problems[0]
            raise AnnotationError(f"{marks[i].where}: article {correction.article_id}: {message}")
        for first, last, label in tags_to_ranges(tags):
            start, end = sentence[first].start, sentence[last - 1].end
            spans.append(Span(start, end, article.text[start:end], label))
        position += len(sentence)
    return spans


def _checked_spans(
    correction: Correction, article: Article, tokens: Sequence[Token], where: str, note: Notes
) -> list[Span]:
    """The record's spans that fall in the body, each checked against the text and the tokens."""
    text = article.text
    by_start = {t.start: t for t in tokens}
    by_end = {t.end: t for t in tokens}
    kept = []
    for span in correction.spans:
        described = _describe(span, text)
        label = canonical_label(span.label)
        if label is None:
            raise AnnotationError(
                f"{where}: {described}: unknown label {span.label!r} (allowed: "
                f"{', '.join(LABELS)}; PERS is read as PER)"
            )
        if span.start >= span.end:
            raise AnnotationError(f"{where}: {described} is empty (it must end after its start)")
        if span.start < 0 or span.end > len(text):
            raise AnnotationError(f"{where}: {described}: offsets outside the text (0-{len(text)})")
        if span.text and text[span.start : span.end] != span.text:
            raise AnnotationError(
                f"{where}: {described}: the span's text {span.text!r} differs from the "
                "article's text at these offsets"
            )
        body = (article.body_start, article.boilerplate_start)
        if span.end <= body[0] or span.start >= body[1]:
            note(f"{where}: {described} is in the date header or site boilerplate, ignored")
            continue
        if span.start < body[0] or span.end > body[1]:
            raise AnnotationError(
                f"{where}: {described} crosses the edge of the article body "
                f"({body[0]}-{body[1]}; the date header and site boilerplate are not annotated)"
            )
        first, last = by_start.get(span.start), by_end.get(span.end)
        if first is None or last is None:
            offset = span.start if first is None else span.end
            cut = next((t for t in tokens if t.start < offset < t.end), None)
            problem = (
                f"cuts the word {cut.text!r} at {cut.start}-{cut.end}"
                if cut
                else f"{'starts' if first is None else 'ends'} on a space or between words"
            )
            raise AnnotationError(f"{where}: {described} {problem}: extend the span to whole words")
        if first.sentence != last.sentence:
            raise AnnotationError(f"{where}: {described} crosses a sentence boundary")
        kept.append(Span(span.start, span.end, text[span.start : span.end], label, first.sentence))
    kept = sorted_spans(kept)
    for before, after in pairwise(kept):
        if after.start < before.end:
            raise AnnotationError(
                f"{where}: {_describe(after, text)} overlaps {_describe(before, text)}"
            )
    return kept


def check_correction(
    correction: Correction, article: Article, note: Notes = ignore
) -> list[LabeledSentence]:
    """The gold CoNLL sentences of a record, checked against the article it names.

    Raises :class:`AnnotationError` naming the record, the article and the span or token.
    """
    return list(check_sentences(correction, article, note)[0].values())


def check_sentences(
    correction: Correction, article: Article, note: Notes = ignore
) -> tuple[dict[int, LabeledSentence], bool]:
    """The gold sentences a record gives, by sentence number, and whether it is the whole article.

    A record of the whole article gives every sentence; a suggested sentence (``offset``) or a
    CoNLL document holding some of the article's sentences gives only those.
    """
    where = f"{correction.where}: article {correction.article_id}"
    _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
    if correction.offset is not None:
        return _excerpt_sentences(correction, article, tokens, where, note), False
    if correction.text is not None and correction.text != article.text:
        raise AnnotationError(
            f"{where}: the text differs from {article.source} "
            f"{_first_difference(correction.text, article.text)}"
        )
    if correction.tokens is not None:
        given = {t.sentence for t in correction.tokens}
        if -1 not in given and 0 < len(given) < len({t.sentence for t in tokens}):
            try:
                return _matched_sentences(correction, tokens, where), False
            except _NoSuchSentence as exc:
                _token_spans(correction, article, tokens, where)  # read as the whole article
                raise AnnotationError(str(exc)) from None
        spans = _token_spans(correction, article, tokens, where)
    else:
        spans = _checked_spans(correction, article, tokens, where, note)
    sentences = by_sentence(tokens, spans_to_tags(tokens, spans))
    return dict(zip(sorted({t.sentence for t in tokens}), sentences, strict=True)), True


def _sentence_tokens(tokens: Sequence[Token]) -> dict[int, list[Token]]:
    groups: dict[int, list[Token]] = {}
    for token in tokens:
        groups.setdefault(token.sentence, []).append(token)
    return groups


def _excerpt_sentences(
    correction: Correction, article: Article, tokens: Sequence[Token], where: str, note: Notes
) -> dict[int, LabeledSentence]:
    """The sentences a suggested-sentence record covers, its spans checked against the article."""
    start = correction.offset or 0
    text = correction.text or ""
    end = start + len(text)
    if article.text[start:end] != text:
        raise AnnotationError(
            f"{where}: the text at offset {start} differs from {article.source} "
            f"{_first_difference(text, article.text[start:end])}"
        )
    shifted = []
    for span in correction.spans:
        if span.start < 0 or span.end > len(text):
            raise AnnotationError(
                f"{where}: span {span.start}-{span.end} ({span.label}) is outside the record's "
                f"text (0-{len(text)})"
            )
        shifted.append(Span(span.start + start, span.end + start, span.text, span.label))
    moved = Correction(correction.article_id, correction.where, spans=tuple(shifted))
    spans = _checked_spans(moved, article, tokens, where, note)
    groups = _sentence_tokens(tokens)
    covered = sorted({t.sentence for t in tokens if start <= t.start and t.end <= end})
    for index in covered:
        if groups[index][0].start < start or groups[index][-1].end > end:
            raise AnnotationError(
                f"{where}: the record covers part of sentence {index} "
                f"({groups[index][0].start}-{groups[index][-1].end}); give whole sentences"
            )
    if not covered:
        raise AnnotationError(f"{where}: the record's text ({start}-{end}) holds no sentence")
    tags = dict(zip(tokens, spans_to_tags(tokens, spans), strict=True))
    return {i: [(t.text, tags[t]) for t in groups[i]] for i in covered}


class _NoSuchSentence(AnnotationError):
    """A sentence of a token-level record that is none of the article's."""


def _matched_sentences(
    correction: Correction, tokens: Sequence[Token], where: str
) -> dict[int, LabeledSentence]:
    """Sentences of a token-level record that holds only some of the article's sentences,
    each found in the article by its words (in order)."""
    groups = _sentence_tokens(tokens)
    order = sorted(groups)
    found: dict[int, LabeledSentence] = {}
    position = 0
    marked = correction.tokens or ()
    for _, group in groupby(marked, key=lambda t: t.sentence):
        given = list(group)
        words = [t.text for t in given]
        match = next(
            (i for i in order[position:] if [t.text for t in groups[i]] == words), None
        )
        if match is None:
            raise _NoSuchSentence(
                f"{given[0].where}: article {correction.article_id}: the sentence "
                f"{' '.join(words)[:60]!r} is none of the article's sentences (after the ones "
                "before it); tokens must be exactly the pipeline's"
            )
        problems = check_tags([t.tag for t in given])
        if problems:
            i, message = problems[0]
            raise AnnotationError(f"{given[i].where}: article {correction.article_id}: {message}")
        found[match] = [(t.text, t.tag) for t in given]
        position = order.index(match) + 1
    return found


def merge_gold(
    existing: Sequence[LabeledSentence],
    tokens: Sequence[Token],
    reviewed: dict[int, LabeledSentence],
) -> tuple[list[LabeledSentence], int]:
    """An article's gold sentences with the reviewed ones put in, in the article's order.

    Existing gold sentences are placed by their words; those that match no sentence of the
    article (the article changed since) are kept at the end. Returns them and how many such.
    """
    groups = _sentence_tokens(tokens)
    order = sorted(groups)
    placed: dict[int, LabeledSentence] = {}
    unplaced: list[LabeledSentence] = []
    position = 0
    for sentence in existing:
        words = [token for token, _ in sentence]
        match = next(
            (i for i in order[position:] if [t.text for t in groups[i]] == words), None
        )
        if match is None:
            unplaced.append(list(sentence))
            continue
        placed[match] = list(sentence)
        position = order.index(match) + 1
    placed.update(reviewed)
    return [placed[i] for i in sorted(placed)] + unplaced, len(unplaced)


def _valid_id(article_id: str) -> bool:
    """An id that names a file in the corpus folder and nothing outside it."""
    return (
        article_id == Path(article_id).name
        and not article_id.startswith(".")
        and not any(c in article_id for c in "\\/\x00")
    )


def find_article(corpus_dir: Path, article_id: str, where: str) -> Article:
    """The corpus article ``<corpus_dir>/<id>.txt`` (or ``.html``/``.htm``), read."""
    if not _valid_id(article_id):
        raise AnnotationError(f"{where}: {article_id!r} is not an article id")
    paths = [corpus_dir / f"{article_id}{suffix}" for suffix in ARTICLE_SUFFIXES]
    found = [path for path in paths if path.is_file()]
    if not found:
        names = "/".join(ARTICLE_SUFFIXES)
        raise AnnotationError(
            f"{where}: unknown article {article_id!r} (no {article_id}{{{names}}} in {corpus_dir})"
        )
    if len(found) > 1:
        raise AnnotationError(
            f"{where}: article {article_id!r} is ambiguous: {', '.join(p.name for p in found)}"
        )
    try:
        return read_article(found[0], article_id)
    except ReadError as exc:
        raise AnnotationError(f"{where}: article {article_id}: {found[0]}: {exc}") from None


# --- Entry points ----------------------------------------------------------------------------

_log = logging.getLogger(__name__)


def export_annotations(
    articles: Sequence[Article], fmt: str, out: Path, model_version: str = MODEL_VERSION
) -> list[Path]:
    """Write analysed articles as pre-annotations for an annotation tool; returns the files.

    ``doccano``: ``out/doccano.jsonl``. ``label-studio``: ``out/label-studio.json`` and
    ``out/label-studio-config.xml``. ``conll``: ``out/<id>.conll`` for each article.
    """
    if fmt == "doccano":
        files = {out / DOCCANO_FILE: format_doccano(articles)}
    elif fmt == "label-studio":
        files = {
            out / LABEL_STUDIO_FILE: format_label_studio(articles, model_version),
            out / LABEL_STUDIO_CONFIG_FILE: label_studio_config(),
        }
    elif fmt == "conll":
        files = {out / f"{a.id}{CONLL_SUFFIX}": format_conll(article_conll(a)) for a in articles}
        if len(files) < len(articles):
            raise AnnotationError("two articles share an id: their CoNLL files would collide")
    else:
        raise AnnotationError(f"unknown format {fmt!r} (expected {', '.join(EXPORT_FORMATS)})")
    write_texts_atomic(files)
    return list(files)


def _files(paths: Sequence[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
            )
        elif path.is_file():
            files.append(path)
        else:
            raise AnnotationError(f"{path}: no such file")
    return files


def import_annotations(
    paths: Path | Sequence[Path],
    corpus_dir: Path,
    annotations_dir: Path,
    note: Notes | None = None,
    confirmed: bool = False,
) -> list[Path]:
    """Check corrections against the corpus and write ``<annotations_dir>/<id>.conll``.

    ``paths`` are annotation files of any format :func:`read_corrections` reads, or folders of
    them (e.g. a CoNLL export). Everything is checked before anything is written, so a bad file
    writes nothing. Only what a person corrected or confirmed is imported: a record still
    holding the predictions it was exported with is skipped with a note (``confirmed`` takes
    every record as confirmed, for a Doccano export of approved examples only). A record of
    whole article replaces its gold file; suggested sentences replace those sentences of it and
    keep the others. ``note`` receives what was left out (default: logged as warnings).
    """
    note = note or _log.warning
    files = _files([paths] if isinstance(paths, Path) else list(paths))
    whole: dict[str, tuple[str, dict[int, LabeledSentence]]] = {}
    parts: dict[str, dict[int, tuple[str, LabeledSentence]]] = {}
    articles: dict[str, tuple[Article, list[Token]]] = {}
    skipped = 0
    for file in files:
        for correction in read_corrections(file, note):
            article_id = correction.article_id
            if not (correction.reviewed or confirmed):
                skipped += 1
                note(
                    f"{correction.where}: article {article_id}: unchanged from the predictions "
                    "exported with it and not marked confirmed, skipped"
                )
                continue
            if article_id not in articles:
                article = find_article(corpus_dir, article_id, correction.where)
                _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
                articles[article_id] = (article, tokens)
            sentences, is_whole = check_sentences(correction, articles[article_id][0], note)
            if article_id in whole or (article_id in parts and is_whole):
                earlier = (
                    whole[article_id][0]
                    if article_id in whole
                    else next(iter(parts[article_id].values()))[0]
                )
                raise AnnotationError(
                    f"{correction.where}: article {article_id} is given twice (also at {earlier})"
                )
            if is_whole:
                whole[article_id] = (correction.where, sentences)
                continue
            given = parts.setdefault(article_id, {})
            for index, sentence in sentences.items():
                if index in given:
                    raise AnnotationError(
                        f"{correction.where}: article {article_id}: sentence {index} is given "
                        f"twice (also at {given[index][0]})"
                    )
                given[index] = (correction.where, sentence)
    outputs: dict[Path, str] = {}
    for article_id, (_, sentences) in whole.items():
        outputs[annotations_dir / f"{article_id}{CONLL_SUFFIX}"] = format_conll(sentences.values())
    for article_id, given in parts.items():
        target = annotations_dir / f"{article_id}{CONLL_SUFFIX}"
        existing = read_conll(target) if target.is_file() else []
        reviewed = {index: sentence for index, (_, sentence) in given.items()}
        merged, unplaced = merge_gold(existing, articles[article_id][1], reviewed)
        if unplaced:
            note(
                f"{target}: {unplaced} gold sentence(s) match no sentence of article "
                f"{article_id} any more; kept at the end"
            )
        outputs[target] = format_conll(merged)
    if skipped:
        note(f"{skipped} record(s) skipped: predictions nobody corrected or confirmed")
    write_texts_atomic(outputs)
    return list(outputs)
