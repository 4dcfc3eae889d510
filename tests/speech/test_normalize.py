"""The text normaliser: what a listener hears for dates, forms, A-numbers and citations."""

from __future__ import annotations

import pytest

from speech.normalize import normalize, zh_cardinal, zh_decimal, zh_digits


@pytest.mark.parametrize(
    ("text", "lang", "spoken"),
    [
        ("Signed on 09/17/2018.", "en", "Signed on September 17th, 2018."),
        ("Signed on 09/17/2018.", "zh", "Signed on 二〇一八年九月十七日."),
        ("日期：09/17/2018", "yue", "日期：二〇一八年九月十七日"),
        ("Date 2018-09-01", "en", "Date September 1st, 2018"),
        ("Date of birth (mm/dd/yyyy)", "en", "Date of birth month, day, year"),
        ("Form I-589", "en", "Form I 5 8 9"),
        ("表格I-589", "zh", "表格I 五八九"),
        ("I-867A", "en", "I 8 6 7 A"),
        ("EOIR-26", "en", "E O I R 2 6"),
        ("A-123-456-789", "en", "A number 1 2 3, 4 5 6, 7 8 9"),
        ("A123456789", "zh", "A号码 一二三，四五六，七八九"),
        ("A-12-345-678", "en", "A number 1 2, 3 4 5, 6 7 8"),
        ("8 CFR 1003.38", "en", "8 C F R section 1003.38"),
        ("8 CFR 1003.38", "zh", "联邦法规第八编第一千零三点三八条"),
        ("8 C.F.R. § 292.1(a)(2)", "en", "8 C F R section 292.1, paragraph a 2"),
        ("8 U.S.C. 1158", "yue", "美国法典第八编第一千一百五十八条"),
        ("§ 208.30", "en", "section 208.30"),
        ("罚款$1,500", "zh", "罚款一千五百美元"),
        ("1,500 people", "zh", "一千五百 people"),
        ("§ 208.30", "zh", "第二百零八点三〇条"),
        ("您有30天时间上诉", "zh", "您有三十天时间上诉"),
        ("2018年9月17日", "yue", "二〇一八年九月十七日"),
        ("电话0123456", "zh", "电话〇一二三四五六"),
        ("within 30 days", "en", "within 30 days"),
        ("1,500 people", "en", "1,500 people"),
    ],
)
def test_listener_hears_words_not_symbols(text: str, lang: str, spoken: str) -> None:
    assert normalize(text, lang).text == spoken


def test_not_a_date_is_left_alone() -> None:
    assert normalize("13/45/2018", "en").text == "13/45/2018"
    assert normalize("A-12", "en").text == "A-12"


def test_plain_text_maps_one_to_one() -> None:
    spoken = normalize("You may ask for a lawyer.", "en")
    assert spoken.text == "You may ask for a lawyer."
    assert spoken.source_span(19, 6) == (19, 6)


def test_rewritten_words_map_back_to_what_is_printed() -> None:
    text = "File Form I-589 by 09/17/2018 today."
    spoken = normalize(text, "en")
    # Any word inside "I 5 8 9" highlights the printed "I-589".
    at = spoken.text.index("5 8 9")
    start, length = spoken.source_span(at, 1)
    assert text[start : start + length] == "I-589"
    at = spoken.text.index("today")
    start, length = spoken.source_span(at, 5)
    assert text[start : start + length] == "today"


def test_chinese_number_words() -> None:
    assert zh_digits("2018") == "二〇一八"
    numbers = [zh_cardinal(n) for n in (7, 17, 20, 31)]
    assert numbers == ["七", "十七", "二十", "三十一"]


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "零"),
        (10, "十"),
        (15, "十五"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1003, "一千零三"),
        (1030, "一千零三十"),
        (2018, "二千零一十八"),
        (10001, "一万零一"),
        (100010, "十万零一十"),
        (12345678, "一千二百三十四万五千六百七十八"),
    ],
)
def test_chinese_cardinals_say_their_zeros(n: int, words: str) -> None:
    # espeak-ng's Chinese voices drop the 零 and the 点 ("1003.38" -> "一千 三 三八").
    assert zh_cardinal(n) == words


def test_chinese_decimal() -> None:
    assert zh_decimal("1003.38") == "一千零三点三八"
    assert zh_decimal("1,500.05") == "一千五百点〇五"
