"""Tokenisation: tables of texts and their tokens and sentences; offsets on the real corpus."""

from __future__ import annotations

import pytest

from pipeline.tokenize import tokenize, tokenize_words

TOKENS = [
    (
        "وافقت ميتا على دفع 14.8 مليار دولار",
        ["وافقت", "ميتا", "على", "دفع", "14.8", "مليار", "دولار"],
    ),
    ("حصة 49% في شركة", ["حصة", "49%", "في", "شركة"]),
    ("حصة 49 % في", ["حصة", "49 %", "في"]),
    ("نحو 60,000 عامل", ["نحو", "60,000", "عامل"]),
    ("نحو ٦٠٬٠٠٠ عامل", ["نحو", "٦٠٬٠٠٠", "عامل"]),
    ("بلغ ١٤٫٨ مليار", ["بلغ", "١٤٫٨", "مليار"]),
    ("بلغ ۱۴ مليار", ["بلغ", "۱۴", "مليار"]),
    ("ميتا تراهن بـ15 مليار", ["ميتا", "تراهن", "بـ15", "مليار"]),
    ("مع فرنسا وألمانيا.", ["مع", "فرنسا", "وألمانيا", "."]),
    ("“ميتا” استثمرت", ["“", "ميتا", "”", "استثمرت"]),
    ("نموذج GPT-5 الجديد", ["نموذج", "GPT-5", "الجديد"]),
    ("Scale AI، إحدى", ["Scale", "AI", "،", "إحدى"]),
    ("الذكاء الاصطناعي؟ نعم!", ["الذكاء", "الاصطناعي", "؟", "نعم", "!"]),
    ("مي\u200fتا", ["مي\u200fتا"]),
    ("ميـــتا", ["ميـــتا"]),
    ("مُحَمَّدٌ", ["مُحَمَّدٌ"]),
    ("14.8.", ["14.8", "."]),
    ("2025-06-13", ["2025-06-13"]),
    ("الماضي.. ولكن", ["الماضي", "..", "ولكن"]),
    ("1,5 و 1.", ["1,5", "و", "1", "."]),
    ("(MSL).", ["(", "MSL", ")", "."]),
    ("60\u202f000 عامل", ["60\u202f000", "عامل"]),
    ("#محمد_خان و#بلاش_تبوسني", ["#", "محمد", "خان", "و", "#", "بلاش", "تبوسني"]),
    ("snake_case __init__", ["snake", "case", "init"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[t for t, _ in TOKENS])
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = tokenize_words(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


SENTENCES = [
    ("بلغت 14.8 مليار. وقال وانغ", ["بلغت 14.8 مليار.", "وقال وانغ"]),
    ("هل ستنجح؟ ربما!", ["هل ستنجح؟", "ربما!"]),
    ("عنوان قصير\nالنص هنا.", ["عنوان قصير", "النص هنا."]),
    ('قال: "انتهى." ثم غادر', ['قال: "انتهى."', "ثم غادر"]),
    ("عودة لرهانات الماضي.. ولكن على البيانات", ["عودة لرهانات الماضي.. ولكن على البيانات"]),
    ("موقع example.com مهم. ثم", ["موقع example.com مهم.", "ثم"]),
    ("بحصة 4.3% فقط. ثم", ["بحصة 4.3% فقط.", "ثم"]),
    ("سطر\n\n\nسطر آخر", ["سطر", "سطر آخر"]),
    # د. "Dr." before a name ends nothing; after a figure it is a unit (minutes, dinars)
    ("ويرى د. رافي مهروترا أن", ["ويرى د. رافي مهروترا أن"]),
    ("تأليف: د. مسلم سقا", ["تأليف: د. مسلم سقا"]),
    ("بعد الـ10 د. تعرف على", ["بعد الـ10 د.", "تعرف على"]),
    ("بقيمة 35 م د. وكشف", ["بقيمة 35 م د.", "وكشف"]),
    ("بكلفة 1.5 م.د. في المجال", ["بكلفة 1.5 م.د.", "في المجال"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    sentences, tokens = tokenize(text)
    assert [text[s.start : s.end] for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))
    for token in tokens:
        sentence = sentences[token.sentence]
        assert sentence.start <= token.start < token.end <= sentence.end


def test_token_indexes_restart_per_sentence() -> None:
    _, tokens = tokenize("أ ب. ج د")
    assert [(t.sentence, t.index) for t in tokens] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]


def test_range_is_respected() -> None:
    text = "رأس. متن المقال. شارك هذا الخبر"
    _, tokens = tokenize(text, 5, 16)
    assert [t.text for t in tokens] == ["متن", "المقال", "."]


def test_corpus_offsets_and_norms(corpus_articles) -> None:
    for article in corpus_articles:
        _, tokens = tokenize(article.text, article.body_start, article.boilerplate_start)
        assert tokens, article.id
        for token in tokens:
            assert article.text[token.start : token.end] == token.text
            assert token.norm
        # every non-space character of the body is in exactly one token
        covered = sum(t.end - t.start for t in tokens)
        body = article.text[article.body_start : article.boilerplate_start]
        assert covered == len("".join(body.split()))
