"""Every path and constant of the pipeline in one place."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_RAW = ROOT / "corpus" / "raw"
ANNOTATIONS = ROOT / "corpus" / "annotations"
MODELS = ROOT / "models"
OUTPUTS = ROOT / "outputs"

#: The shipped CRF model and its card.
CRF_MODEL = MODELS / "crf.crfsuite"
CRF_CARD = MODELS / "crf.json"

#: Files the reader takes from a folder (anything else there is skipped and reported).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

#: CSV files are written as UTF-8 with a BOM so that Excel shows Arabic; pandas reads them
#: with ``pd.read_csv(path, encoding="utf-8-sig")``.
CSV_ENCODING = "utf-8-sig"

#: Articles larger than this are refused (a 20 MB article is read; a 200 MB one is not).
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# Column names of every table, defined once.
TOKEN_COLUMNS = ("article_id", "sentence", "index", "start", "end", "text", "norm", "tag")
ENTITY_COLUMNS = (
    "article_id", "sentence", "start", "end", "text", "label", "canonical", "confidence",
)
AMOUNT_COLUMNS = (
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
    "currency_source",
    "qualifier",
)
ENTITY_INDEX_COLUMNS = ("canonical", "label", "mentions", "articles", "variants", "article_ids")
DATE_COLUMNS = (
    "article_id", "sentence", "start", "end", "text", "date", "precision", "relative", "hijri",
    "modifier",
)
ARTICLE_COLUMNS = (
    "article_id",
    "source",
    "encoding",
    "title",
    "published",
    "n_sentences",
    "n_tokens",
    "n_entities",
    "n_amounts",
    "n_dates",
    "boilerplate_start",
    "status",
    "error",
    "warnings",
)
