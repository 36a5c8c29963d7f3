"""Annotation files: our CoNLL, and the formats annotation tools exchange with us.

CoNLL is ``token<TAB>tag``, a blank line after each sentence. Gold files of our own
(``corpus/annotations/*.conll``) are read strictly: a line without a tab, an unknown label or an
I- tag that continues nothing is an error naming ``file:line``. External corpora given with
``--extra`` are read leniently, mapping odd tags the way Stanza does for AQMAR (``MIS*`` -> MISC,
``I--ORG`` -> I-ORG, anything else unknown -> O).

Exchange with annotation tools (``python -m pipeline export`` / ``import``):

- :func:`export_annotations` writes pre-annotations into a folder: ``doccano.jsonl`` (one record a
  line with character spans), ``label-studio.json`` (tasks with ``predictions``) beside
  ``label-studio-config.xml`` (the labelling config to paste in), or one ``<id>.conll`` per article
  (the gold format itself).
- :func:`import_annotations` reads a Doccano JSONL export, a Label Studio JSON export, a CoNLL file
  or an edited ``tokens.csv`` (told apart by content), checks every record against the article
  found by id in the corpus, and only then writes ``<annotations>/<id>.conll``.

Decisions, for every format:

- Offsets index the decoded article text (``read_article(path).text``, also
  ``outputs/<id>/text.txt``); a record that carries the text must carry exactly that text.
- A span must start and end on our tokens, inside one sentence, and overlap no other span; a
  mismatch is an error naming the file, the record, the article and the span, never a shift.
- Spans wholly inside the date header or the site boilerplate (which gold files leave out) are
  dropped with a note; a span that crosses into them is an error.
- CoNLL: export writes one ``<id>.conll`` per article. Import reads such a file (the id is the file
  name) or a file holding several articles, each after a ``-DOCSTART- <id>`` line.
- Label Studio: the last annotation of a task that was not cancelled is imported; a task without
  one is skipped with a note. Predictions are never imported: they would overwrite gold with the
  model's guesses. Some versions count offsets in UTF-16 units (an emoji is two); those are
  converted only when the span's ``value.text`` confirms them. Doccano spans carry no text, so
  their offsets are taken as Python (code point) offsets.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

from pipeline.bio import (
    LABEL_ALIASES,
    OUTSIDE,
    canonical_tag,
    check_tags,
    spans_to_tags,
    split_tag,
    tags_to_ranges,
)
from pipeline.config import ARTICLE_SUFFIXES
from pipeline.doc import LABELS, Article, Span, Token
from pipeline.io import write_text_atomic, write_texts_atomic  # moved there; still importable here
from pipeline.read import ReadError, decode, read_article
from pipeline.tokenize import tokenize

#: A sentence of an annotation file: (token, tag) pairs.
LabeledSentence = list[tuple[str, str]]
#: Receives one-line notes about what an import left out.
Notes = Callable[[str], None]


class AnnotationError(ValueError):
    """A malformed annotation file; the message starts with ``file:line:`` or ``file: record:``."""


_LENIENT_FIXES = (
    (re.compile(r"^([BI])-+MIS\w*$"), r"\1-MISC"),
    (re.compile(r"^([BI])-+(PERS?|ORG|LOC|MISC)$"), r"\1-\2"),
)


def lenient_tag(tag: str) -> str:
    """An external corpus's tag in our spelling, or O when it names no label of ours.

    >>> [lenient_tag(t) for t in ["B-MIS2", "I--ORG", "B-ENGLISH", "OO", "B-PERS"]]
    ['B-MISC', 'I-ORG', 'O', 'O', 'B-PER']
    """
    for pattern, replacement in _LENIENT_FIXES:
        if pattern.match(tag):
            return canonical_tag(pattern.sub(replacement, tag))
    return OUTSIDE


# --- CoNLL -----------------------------------------------------------------------------------

#: The line that opens each article of a CoNLL file holding several: ``-DOCSTART- <id>``.
DOCSTART = "-DOCSTART-"
CONLL_SUFFIX = ".conll"

#: A token of a CoNLL file with the line it is on.
_Line = tuple[str, str, int]


def _conll_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None


def _parse_conll(
    path: Path, lines: Iterable[tuple[int, str]], strict: bool, article_id: str = ""
) -> list[list[_Line]]:
    """Sentences of numbered CoNLL lines (``-DOCSTART-`` lines are skipped)."""
    context = f"article {article_id}: " if article_id else ""
    sentences: list[list[_Line]] = []
    current: list[_Line] = []

    def close() -> None:
        if not current:
            return
        if strict:
            for position, message in check_tags([tag for _, tag, _ in current]):
                raise AnnotationError(f"{path}:{current[position][2]}: {context}{message}")
            sentences.append([(token, canonical_tag(tag), n) for token, tag, n in current])
        else:
            tags = [tag for _, tag in _repair([(token, tag) for token, tag, _ in current])]
            pairs = zip(current, tags, strict=True)
            sentences.append([(token, canonical_tag(tag), n) for (token, _, n), tag in pairs])
        current.clear()

    for lineno, line in lines:
        if not line.strip():
            close()
            continue
        if line.startswith(DOCSTART):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0] or not fields[-1].strip():
            if strict:
                raise AnnotationError(
                    f"{path}:{lineno}: {context}expected 'token<TAB>tag', got {line!r}"
                )
            fields = line.split()
            if len(fields) < 2:
                continue
        token, tag = fields[0], fields[-1].strip()
        if not strict:
            tag = lenient_tag(tag)
        current.append((token, tag, lineno))
    close()
    return sentences


def read_conll(path: Path, strict: bool = True) -> list[LabeledSentence]:
    """Sentences of a CoNLL file; strict mode raises :class:`AnnotationError` at the bad line."""
    lines = enumerate(_conll_text(path).splitlines(), start=1)
    return [[(token, tag) for token, tag, _ in s] for s in _parse_conll(path, lines, strict)]


def _repair(sentence: LabeledSentence) -> LabeledSentence:
    """An I- tag that continues nothing becomes B- (external data only)."""
    repaired: LabeledSentence = []
    previous = ""
    for token, tag in sentence:
        prefix, label = split_tag(tag)
        if prefix == "I" and previous != label:
            tag = f"B-{label}"
        repaired.append((token, tag))
        previous = label
    return repaired


def _conll_documents(path: Path, text: str) -> list[tuple[str, int, list[list[_Line]]]]:
    """``(article id, line, sentences)`` of each article in a strict CoNLL file.

    Without ``-DOCSTART-`` lines the file is one article named by the file (``<id>.conll``).
    """
    lines = list(enumerate(text.split("\n"), start=1))
    lines = [(n, line.removesuffix("\r")) for n, line in lines]
    starts = [i for i, (_, line) in enumerate(lines) if line.startswith(DOCSTART)]
    if not starts:
        article_id = path.name.removesuffix(CONLL_SUFFIX)
        return [(article_id, 1, _parse_conll(path, lines, True, article_id))]
    for lineno, line in lines[: starts[0]]:
        if line.strip():
            raise AnnotationError(f"{path}:{lineno}: token before the first {DOCSTART} line")
    documents = []
    for first, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        lineno, line = lines[first]
        fields = line[len(DOCSTART) :].split()
        if not fields or fields[0] == "-X-":
            raise AnnotationError(
                f"{path}:{lineno}: {DOCSTART} line names no article (expected '{DOCSTART} <id>')"
            )
        sentences = _parse_conll(path, lines[first + 1 : end], True, fields[0])
        documents.append((fields[0], lineno, sentences))
    return documents


def read_conll_documents(path: Path) -> list[tuple[str, list[LabeledSentence]]]:
    """``(article id, sentences)`` of each article in a CoNLL file, read strictly.

    A file with ``-DOCSTART- <id>`` lines holds several articles; one without is the article
    its name gives (``corpus/annotations/<id>.conll``).
    """
    return [
        (article_id, [[(token, tag) for token, tag, _ in s] for s in sentences])
        for article_id, _, sentences in _conll_documents(path, _conll_text(path))
    ]


def format_conll(sentences: Iterable[Sequence[tuple[str, str]]]) -> str:
    """CoNLL text: one ``token<TAB>tag`` line a token, a blank line after each sentence."""
    return "".join(
        "".join(f"{token}\t{tag}\n" for token, tag in sentence) + "\n" for sentence in sentences
    )


def format_conll_documents(documents: Iterable[tuple[str, Sequence[LabeledSentence]]]) -> str:
    """CoNLL text of several articles, each after a ``-DOCSTART- <id>`` line and a blank line."""
    return "".join(
        f"{DOCSTART} {article_id}\n\n{format_conll(sentences)}"
        for article_id, sentences in documents
    )


def write_conll(path: Path, sentences: Iterable[Sequence[tuple[str, str]]]) -> None:
    """Write sentences as a CoNLL file (atomically)."""
    write_text_atomic(path, format_conll(sentences))


def article_conll(article: Article) -> list[LabeledSentence]:
    """The gold-format sentences of an analysed article: its tokens, tagged from its entities."""
    try:
        tags = spans_to_tags(article.tokens, sorted(article.entities, key=lambda s: s.start))
    except ValueError as exc:
        raise AnnotationError(f"article {article.id}: {exc}") from None
    return _by_sentence(article.tokens, tags)


def _by_sentence(tokens: Sequence[Token], tags: Sequence[str]) -> list[LabeledSentence]:
    pairs = zip(tokens, tags, strict=True)
    return [
        [(token.text, tag) for token, tag in group]
        for _, group in groupby(pairs, key=lambda pair: pair[0].sentence)
    ]


# --- Exchange formats: what a file says about one article ------------------------------------

EXPORT_FORMATS = ("doccano", "label-studio", "conll")
DOCCANO_FILE = "doccano.jsonl"
LABEL_STUDIO_FILE = "label-studio.json"
LABEL_STUDIO_CONFIG_FILE = "label-studio-config.xml"
#: ``model_version`` of the predictions written for Label Studio.
MODEL_VERSION = "pipeline-crf"
#: Names of the Label Studio control (``from_name``) and object (``to_name``) in the config.
LS_FROM_NAME = "label"
LS_TO_NAME = "text"


@dataclass(frozen=True, slots=True)
class MarkedToken:
    """A token with its tag as a token-level file (CoNLL, tokens.csv) gives it."""

    text: str
    tag: str
    where: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Correction:
    """One article's annotations as a file gives them, before they are checked.

    ``where`` locates the record in its file for messages (``file:line``, ``file: task 3``).
    ``text`` is the full article text when the format carries it. Character-span formats fill
    ``spans`` (``Span.text`` empty when the format does not repeat the covered text);
    token-level formats fill ``tokens``.
    """

    article_id: str
    where: str
    text: str | None = None
    spans: tuple[Span, ...] = ()
    tokens: tuple[MarkedToken, ...] | None = None


def _ignore(_: str) -> None:
    pass


def _read_decoded(path: Path) -> tuple[str, str]:
    """The file's text and encoding, decoded the way articles are; never with replaced bytes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot read: {exc.strerror}") from None
    if not data.strip():
        raise AnnotationError(f"{path}: empty file")
    try:
        text, encoding, warnings = decode(data)
    except ReadError as exc:
        raise AnnotationError(f"{path}: {exc}") from None
    if warnings:
        raise AnnotationError(f"{path}: not valid UTF-8 ({warnings[0]}); save it as UTF-8")
    return text.lstrip("\ufeff"), encoding


def _load_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationError(
            f"{path}:{exc.lineno}: not JSON ({exc.msg} at column {exc.colno})"
        ) from None


def _offset(value: object, what: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnnotationError(f"{where}: {what} {value!r} is not a character offset")
    return value


def _label(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise AnnotationError(f"{where}: label {value!r} is not a string")
    return value


# --- Doccano ---------------------------------------------------------------------------------


def format_doccano(articles: Iterable[Article]) -> str:
    """Doccano JSONL (sequence labelling), one article a line, its entities as character spans.

    The article id is in ``id`` and in ``article_id``: Doccano keeps unknown keys as metadata
    and exports them again, but replaces ``id`` by its own number.
    """
    return "".join(
        json.dumps(
            {
                "id": article.id,
                "text": article.text,
                "label": [[s.start, s.end, s.label] for s in _sorted(article.entities)],
                "article_id": article.id,
            },
            ensure_ascii=False,
        )
        + "\n"
        for article in articles
    )


def _doccano_record(record: object, where: str) -> Correction:
    if not isinstance(record, dict):
        raise AnnotationError(f"{where}: expected a JSON object, got {type(record).__name__}")
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    article_id = record.get("article_id", meta.get("article_id", record.get("id")))
    if not isinstance(article_id, str) or not article_id:
        raise AnnotationError(
            f"{where}: record names no article (expected an 'article_id' field, got "
            f"id {article_id!r})"
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise AnnotationError(f"{where}: article {article_id}: no 'text' field")
    spans = []
    key = next((k for k in ("label", "labels", "entities") if k in record), "label")
    items = record.get(key) or []
    if not isinstance(items, list):
        raise AnnotationError(f"{where}: article {article_id}: '{key}' is not a list")
    for item in items:
        if key == "entities" and isinstance(item, dict):
            values = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
        elif isinstance(item, list) and len(item) == 3:
            values = item
        else:
            raise AnnotationError(
                f"{where}: article {article_id}: span {item!r} is not [start, end, label] "
                "(is this a sequence-labelling project?)"
            )
        start = _offset(values[0], "start", f"{where}: article {article_id}")
        end = _offset(values[1], "end", f"{where}: article {article_id}")
        spans.append(Span(start, end, "", _label(values[2], f"{where}: article {article_id}")))
    return Correction(article_id, where, text, tuple(spans))


def _parse_doccano(path: Path, text: str) -> list[Correction]:
    """Records of a Doccano JSONL export (or of a JSON list of such records)."""
    if text.lstrip().startswith("["):
        records = _load_json(path, text)
        return [_doccano_record(r, f"{path}: record {i}") for i, r in enumerate(records, 1)]
    corrections = []
    # Split on \n only: str.splitlines would also split at U+2028 or U+0085 inside a string.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(
                f"{path}:{lineno}: not JSON ({exc.msg} at column {exc.colno})"
            ) from None
        corrections.append(_doccano_record(record, f"{path}:{lineno}"))
    return corrections


def read_doccano(path: Path) -> list[Correction]:
    """The records of a Doccano JSONL export: ``label`` triples, ``labels`` or ``entities``."""
    return _parse_doccano(path, _read_decoded(path)[0])


# --- Label Studio ----------------------------------------------------------------------------


def label_studio_config() -> str:
    """The labelling config to paste into a Label Studio project (Settings > Labeling Interface)."""
    labels = "".join(f'    <Label value="{label}"/>\n' for label in LABELS)
    return (
        "<View>\n"
        f'  <Labels name="{LS_FROM_NAME}" toName="{LS_TO_NAME}">\n{labels}  </Labels>\n'
        f'  <Text name="{LS_TO_NAME}" value="$text"/>\n'
        "</View>\n"
    )


def _label_studio_result(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "id": f"{article.id}-{n}",
            "from_name": LS_FROM_NAME,
            "to_name": LS_TO_NAME,
            "type": "labels",
            "value": {
                "start": span.start,
                "end": span.end,
                "text": article.text[span.start : span.end],
                "labels": [span.label],
            },
        }
        for n, span in enumerate(_sorted(article.entities), start=1)
    ]


def format_label_studio(
    articles: Iterable[Article], model_version: str = MODEL_VERSION, field: str = "predictions"
) -> str:
    """Label Studio tasks (a JSON list): ``data.text``, ``data.article_id`` and the entities.

    ``field="predictions"`` gives pre-annotations; ``field="annotations"`` gives what an
    annotator's export holds (gold to review, and tests).
    """
    if field not in ("predictions", "annotations"):
        raise ValueError(f"field must be 'predictions' or 'annotations', not {field!r}")
    tasks = []
    for article in articles:
        result = _label_studio_result(article)
        if field == "predictions":
            entry = {"model_version": model_version, "result": result}
        else:
            entry = {"result": result}
        tasks.append({"data": {"text": article.text, "article_id": article.id}, field: [entry]})
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"


def _label_studio_task(task: object, where: str, note: Notes) -> Correction | None:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise AnnotationError(f"{where}: not a Label Studio task (no 'data' object)")
    data = task["data"]
    article_id, text = data.get("article_id"), data.get("text")
    if not isinstance(article_id, str) or not article_id:
        raise AnnotationError(f"{where}: task names no article (no 'data.article_id')")
    where_article = f"{where}: article {article_id}"
    if not isinstance(text, str):
        raise AnnotationError(f"{where_article}: no 'data.text'")
    annotations = [
        a
        for a in task.get("annotations") or []
        if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if not annotations:
        note(f"{where_article}: no annotation, skipped (predictions are never imported)")
        return None
    spans = []
    result = annotations[-1].get("result")
    if not isinstance(result, list):
        # Read as "no entities", it would rewrite the article's gold as all O.
        raise AnnotationError(
            f"{where_article}: annotation {annotations[-1].get('id')!r} has no 'result' list; "
            "nothing imported (export the project again, or remove the task)"
        )
    for item in result:
        if not isinstance(item, dict) or not item.get("type"):
            raise AnnotationError(
                f"{where_article}: a result without a 'type' ({str(item)[:60]}); nothing imported"
            )
        if item.get("type") != "labels":
            kind = item.get("type")
            note(f"{where_article}: result of type {kind!r} ignored (only 'labels' are spans)")
            continue
        value = item.get("value")
        if not isinstance(value, dict):
            raise AnnotationError(f"{where_article}: result {item.get('id')!r} has no 'value'")
        labels = value.get("labels")
        if not isinstance(labels, list) or len(labels) != 1:
            raise AnnotationError(
                f"{where_article}: span {value.get('start')}-{value.get('end')} has labels "
                f"{labels!r}; give each span exactly one label"
            )
        covered = value.get("text", "")
        covered = covered if isinstance(covered, str) else ""
        start = _offset(value.get("start"), "start", where_article)
        end = _offset(value.get("end"), "end", where_article)
        if covered and text[start:end] != covered:
            start, end = _from_utf16(text, start, end, covered)
        spans.append(Span(start, end, covered, _label(labels[0], where_article)))
    return Correction(article_id, where, text, tuple(spans))


def _from_utf16(text: str, start: int, end: int, covered: str) -> tuple[int, int]:
    """Offsets counted in UTF-16 units (some Label Studio versions, after an emoji) as code
    points, when that makes the span cover its text; else the offsets as given.

    >>> _from_utf16("😀 ميتا", 3, 7, "ميتا")
    (2, 6)
    """
    if all(char <= "\uffff" for char in text):
        return start, end
    points = [0]
    for char in text:
        points.append(points[-1] + (2 if char > "\uffff" else 1))
    index = {units: i for i, units in enumerate(points)}
    if start in index and end in index and text[index[start] : index[end]] == covered:
        return index[start], index[end]
    return start, end


def _parse_label_studio(path: Path, text: str, note: Notes) -> list[Correction]:
    tasks = _load_json(path, text)
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise AnnotationError(f"{path}: expected a JSON list of Label Studio tasks")
    corrections = []
    for i, task in enumerate(tasks, start=1):
        task_id = task.get("id", i) if isinstance(task, dict) else i
        correction = _label_studio_task(task, f"{path}: task {task_id}", note)
        if correction is not None:
            corrections.append(correction)
    return corrections


def read_label_studio(path: Path, note: Notes = _ignore) -> list[Correction]:
    """The last non-cancelled annotation of each task of a Label Studio JSON export."""
    return _parse_label_studio(path, _read_decoded(path)[0], note)


# --- tokens.csv (tags edited in a spreadsheet) -----------------------------------------------

#: Columns an edited tokens.csv must keep; the others (sentence, index, norm) may go.
TOKENS_CSV_REQUIRED = ("article_id", "start", "end", "text", "tag")
#: Separators a spreadsheet may save with (``;`` where the decimal mark is a comma).
_CSV_DELIMITERS = (",", ";", "\t")


def _csv_delimiter(header: str) -> str | None:
    for delimiter in _CSV_DELIMITERS:
        fields = {f.strip() for f in next(csv.reader([header], delimiter=delimiter))}
        if set(TOKENS_CSV_REQUIRED) <= fields:
            return delimiter
    return None


def _parse_tokens_csv(path: Path, text: str) -> list[Correction]:
    """Per-article token rows of a ``tokens.csv``; rows are numbered as a spreadsheet shows them."""
    header = text.split("\n", 1)[0].removesuffix("\r")
    delimiter = _csv_delimiter(header)
    if delimiter is None:
        raise AnnotationError(
            f"{path}: row 1: a tokens.csv needs the columns {', '.join(TOKENS_CSV_REQUIRED)}"
        )
    # A cell may be longer than csv's default limit (131,072 characters); the file is in memory.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in next(reader)]
    rows: dict[str, list[MarkedToken]] = {}
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(columns, row, strict=False))
        where = f"{path}: row {row_number}"
        article_id = values.get("article_id", "").strip()
        if not article_id:
            raise AnnotationError(f"{where}: no article_id")
        tag = values.get("tag", "").strip()
        if not tag:
            raise AnnotationError(f"{where}: article {article_id}: empty tag (write O for none)")
        try:
            tag = canonical_tag(tag)
            start, end = int(values.get("start", "")), int(values.get("end", ""))
        except ValueError as exc:
            raise AnnotationError(f"{where}: article {article_id}: {exc}") from None
        token = MarkedToken(values.get("text", ""), tag, where, start, end)
        rows.setdefault(article_id, []).append(token)
    return [
        Correction(article_id, str(path), tokens=tuple(tokens))
        for article_id, tokens in rows.items()
    ]


def read_tokens_csv(path: Path) -> list[Correction]:
    """The token rows of a ``tokens.csv`` whose ``tag`` column was edited, per article.

    Accepts what spreadsheets save: with or without a BOM, CRLF line ends, ``;`` or tab
    separators, Windows-1256 or UTF-16.
    """
    return _parse_tokens_csv(path, _read_decoded(path)[0])


def _conll_corrections(path: Path, text: str) -> list[Correction]:
    return [
        Correction(
            article_id,
            f"{path}:{lineno}",
            tokens=tuple(
                MarkedToken(token, tag, f"{path}:{n}") for s in sentences for token, tag, n in s
            ),
        )
        for article_id, lineno, sentences in _conll_documents(path, text)
    ]


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
        items = _load_json(path, text)
        first = items[0] if isinstance(items, list) and items else None
        return "doccano" if isinstance(first, dict) and "data" not in first else "label-studio"
    if stripped.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            return "doccano"  # JSON lines; a broken line is reported with its number
        return "label-studio" if isinstance(whole, dict) and "data" in whole else "doccano"
    header = stripped.split("\n", 1)[0]
    if _csv_delimiter(header.removesuffix("\r")) or ("article_id" in header and "\t" not in header):
        return "tokens-csv"  # (a header missing a column is reported by the CSV reader)
    if any("\t" in line or line.startswith(DOCSTART) for line in stripped.split("\n")):
        return "conll"
    raise AnnotationError(
        f"{path}: not an annotation file (expected Doccano JSONL, Label Studio JSON, CoNLL "
        "or tokens.csv)"
    )


def read_corrections(path: Path, note: Notes = _ignore) -> list[Correction]:
    """The records of any annotation file we import, its format told by its content."""
    text, encoding = _read_decoded(path)
    fmt = detect_format(path, text)
    if fmt != "tokens-csv" and encoding not in ("utf-8", "utf-8-sig"):
        raise AnnotationError(f"{path}: not UTF-8 (it reads as {encoding}); save it as UTF-8")
    if fmt == "doccano":
        return _parse_doccano(path, text)
    if fmt == "label-studio":
        return _parse_label_studio(path, text, note)
    if fmt == "tokens-csv":
        return _parse_tokens_csv(path, text)
    return _conll_corrections(path, text)


# --- Checking a record against its article ---------------------------------------------------


def _sorted(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, s.end))


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
            raise AnnotationError(
                f"{where}: {described} {problem}: extend the span to whole words"
            )
        if first.sentence != last.sentence:
            raise AnnotationError(f"{where}: {described} crosses a sentence boundary")
        kept.append(Span(span.start, span.end, text[span.start : span.end], label, first.sentence))
    kept = _sorted(kept)
    for before, after in pairwise(kept):
        if after.start < before.end:
            raise AnnotationError(
                f"{where}: {_describe(after, text)} overlaps {_describe(before, text)}"
            )
    return kept


def check_correction(
    correction: Correction, article: Article, note: Notes = _ignore
) -> list[LabeledSentence]:
    """The gold CoNLL sentences of a record, checked against the article it names.

    Raises :class:`AnnotationError` naming the record, the article and the span or token.
    """
    where = f"{correction.where}: article {correction.article_id}"
    if correction.text is not None and correction.text != article.text:
        raise AnnotationError(
            f"{where}: the text differs from {article.source} "
            f"{_first_difference(correction.text, article.text)}"
        )
    _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
    if correction.tokens is not None:
        spans = _token_spans(correction, article, tokens, where)
    else:
        spans = _checked_spans(correction, article, tokens, where, note)
    return _by_sentence(tokens, spans_to_tags(tokens, spans))


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


def import_annotations(
    path: Path, corpus_dir: Path, annotations_dir: Path, note: Notes | None = None
) -> list[Path]:
    """Check corrections against the corpus and write ``<annotations_dir>/<id>.conll``.

    ``path`` is an annotation file of any format :func:`read_corrections` reads, or a folder
    of them (e.g. a CoNLL export). Everything is checked before anything is written, so a bad
    file writes nothing. ``note`` receives what was left out (default: logged as warnings).
    """
    note = note or _log.warning
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    elif path.is_file():
        files = [path]
    else:
        raise AnnotationError(f"{path}: no such file")
    outputs: dict[Path, str] = {}
    seen: dict[str, str] = {}
    for file in files:
        for correction in read_corrections(file, note):
            article_id = correction.article_id
            if article_id in seen:
                raise AnnotationError(
                    f"{correction.where}: article {article_id} is given twice "
                    f"(also at {seen[article_id]})"
                )
            seen[article_id] = correction.where
            article = find_article(corpus_dir, article_id, correction.where)
            sentences = check_correction(correction, article, note)
            outputs[annotations_dir / f"{article_id}{CONLL_SUFFIX}"] = format_conll(sentences)
    write_texts_atomic(outputs)
    return list(outputs)
