"""CoNLL annotation files: strict reading with file:line errors, lenient external data, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.annotations import AnnotationError, format_conll, lenient_tag, read_conll, write_conll
from pipeline.config import ANNOTATIONS

MALFORMED = [
    ("missing tab", "ميتا\tB-ORG\nتستثمر O\n", 2, "expected 'token<TAB>tag'"),
    ("empty tag", "ميتا\tB-ORG\nتستثمر\t\n", 2, "expected 'token<TAB>tag'"),
    ("unknown label", "ميتا\tB-COMPANY\n", 1, "unknown tag 'B-COMPANY'"),
    ("I- without B-", "قال\tO\nوانغ\tI-PER\n", 2, "I-PER does not continue"),
    ("I- of another label", "\nميتا\tB-ORG\nوانغ\tI-PER\n", 3, "I-PER does not continue"),
]


@pytest.mark.parametrize(
    ("content", "line", "message"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_file_is_rejected_with_file_and_line(
    tmp_path: Path, content: str, line: int, message: str
) -> None:
    path = tmp_path / "bad.conll"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError) as error:
        read_conll(path)
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)


LENIENT = [
    ("B-PERS", "B-PER"), ("I-PERS", "I-PER"), ("B-MIS2", "B-MISC"), ("I-MIS1", "I-MISC"),
    ("B-MISC", "B-MISC"), ("I--ORG", "I-ORG"), ("B-ENGLISH", "O"), ("B-SPANISH", "O"),
    ("OO", "O"), ("O", "O"), ("B-LOC", "B-LOC"), ("garbage", "O"),
]


@pytest.mark.parametrize(("tag", "expected"), LENIENT, ids=[t for t, _ in LENIENT])
def test_lenient_tag(tag: str, expected: str) -> None:
    assert lenient_tag(tag) == expected


def test_lenient_reading_repairs_external_data(tmp_path: Path) -> None:
    path = tmp_path / "aqmar.conll"
    path.write_text("في\tO\nبرلين\tI-LOC\nx y\tB-MIS3\n\n", encoding="utf-8")
    assert read_conll(path, strict=False) == [[("في", "O"), ("برلين", "B-LOC"), ("x y", "B-MISC")]]


def test_round_trip(tmp_path: Path) -> None:
    sentences = [[("ميتا", "B-ORG"), ("تستثمر", "O")], [("قال", "O"), ("وانغ", "B-PER")]]
    path = tmp_path / "a.conll"
    write_conll(path, sentences)
    assert path.read_text(encoding="utf-8") == "ميتا\tB-ORG\nتستثمر\tO\n\nقال\tO\nوانغ\tB-PER\n\n"
    assert read_conll(path) == sentences
    assert format_conll(read_conll(path)) == path.read_text(encoding="utf-8")


def test_pers_is_read_as_per(tmp_path: Path) -> None:
    path = tmp_path / "a.conll"
    path.write_text("برند\tB-PERS\nجوتشولك\tI-PERS\n", encoding="utf-8")
    assert read_conll(path) == [[("برند", "B-PER"), ("جوتشولك", "I-PER")]]


def test_shipped_annotations_are_valid_and_align_with_the_tokenizer(corpus_articles) -> None:
    from pipeline.tokenize import tokenize

    for article in corpus_articles:
        sentences = read_conll(ANNOTATIONS / f"{article.id}.conll")
        _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        assert [w for s in sentences for w, _ in s] == [t.text for t in tokens], article.id
