"""Label Studio: tasks with ``data.text`` and ``data.article_id``; entities as ``labels`` results.

Export writes the tagger's entities as ``predictions`` beside the labelling config to paste in.
Import takes the last annotation of a task that was not cancelled; a task without one is skipped
with a note. Predictions are never imported: they would overwrite gold with the model's guesses.
Some versions count offsets in UTF-16 units (an emoji is two); those are converted only when the
span's ``value.text`` confirms them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.doc import LABELS, Article, Span
from pipeline.formats.common import (
    AnnotationError,
    Correction,
    Excerpt,
    Notes,
    as_label,
    as_offset,
    ignore,
    load_json,
    read_decoded,
    sorted_spans,
)

LABEL_STUDIO_FILE = "label-studio.json"
LABEL_STUDIO_CONFIG_FILE = "label-studio-config.xml"
#: ``model_version`` of the predictions written for Label Studio.
MODEL_VERSION = "pipeline-crf"
#: Names of the Label Studio control (``from_name``) and object (``to_name``) in the config.
LS_FROM_NAME = "label"
LS_TO_NAME = "text"


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
    return _result(article.id, article.text, article.entities)


def _result(ident: str, text: str, spans: Iterable[Span], shift: int = 0) -> list[dict[str, Any]]:
    """Label Studio ``labels`` results of spans over ``text`` (offsets into it after ``shift``)."""
    return [
        {
            "id": f"{ident}-{n}",
            "from_name": LS_FROM_NAME,
            "to_name": LS_TO_NAME,
            "type": "labels",
            "value": {
                "start": span.start - shift,
                "end": span.end - shift,
                "text": text[span.start - shift : span.end - shift],
                "labels": [span.label],
            },
        }
        for n, span in enumerate(sorted_spans(spans), start=1)
    ]


def format_label_studio_excerpts(
    excerpts: Iterable[Excerpt], model_version: str = MODEL_VERSION
) -> str:
    """Label Studio tasks of suggested sentences: the tagger's spans as ``predictions``.

    ``data.offset`` says where the sentence starts in the article; spans count from there.
    """
    tasks = []
    for excerpt in excerpts:
        ident = f"{excerpt.article_id}-s{excerpt.sentence}"
        result = _result(ident, excerpt.text, excerpt.entities, excerpt.start)
        data = {
            "text": excerpt.text,
            "article_id": excerpt.article_id,
            "sentence": excerpt.sentence,
            "offset": excerpt.start,
            "confidence": excerpt.confidence,
        }
        prediction = {"model_version": model_version, "score": excerpt.confidence, "result": result}
        tasks.append({"data": data, "predictions": [prediction]})
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"


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
        start = as_offset(value.get("start"), "start", where_article)
        end = as_offset(value.get("end"), "end", where_article)
        if covered and text[start:end] != covered:
            start, end = _from_utf16(text, start, end, covered)
        spans.append(Span(start, end, covered, as_label(labels[0], where_article)))
    offset = data.get("offset")
    if offset is not None:
        offset = as_offset(offset, "data.offset", where_article)
    return Correction(article_id, where, text, tuple(spans), offset=offset)


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


def parse_label_studio(path: Path, text: str, note: Notes) -> list[Correction]:
    tasks = load_json(path, text)
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


def read_label_studio(path: Path, note: Notes = ignore) -> list[Correction]:
    """The last non-cancelled annotation of each task of a Label Studio JSON export."""
    return parse_label_studio(path, read_decoded(path)[0], note)
