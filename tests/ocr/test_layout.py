"""Reading order and sentence assembly on word boxes laid out like real form pages."""

from __future__ import annotations

from ocr.layout import Word, segments_from_words

CHAR = 5.0  # width of one character
H = 10.0  # word height (font size), line pitch 12


def line(text: str, x: float, y: float, conf: float = 1.0, gap: float = CHAR) -> list[Word]:
    """Words of one typeset line starting at (x, y); `gap` between words."""
    words = []
    for token in text.split():
        words.append(Word(token, x, y, x + CHAR * len(token), y + H, confidence=conf))
        x += CHAR * len(token) + gap
    return words


def para(lines: list[str], x: float, y: float, pitch: float = 12.0) -> list[Word]:
    return [w for i, text in enumerate(lines) for w in line(text, x, y + i * pitch)]


def texts(words: list[Word]) -> list[str]:
    return [s.text for s in segments_from_words(words, 1)]


def test_two_columns_are_read_one_after_the_other() -> None:
    # Both columns happen to have a gap at the same height (y 136-160): a naive XY-cut would
    # cut the page there and read left-top, right-top, left-bottom, right-bottom.
    left = para(["You may be represented by a", "lawyer at no cost to the", "government."], 40, 100)
    left += para(["You have the right to remain", "silent."], 40, 160)
    right = para(["Do not sign any paper that", "you do not understand."], 300, 100)
    right += para(["You may ask for an", "interpreter in a language", "you understand."], 300, 160)
    assert texts(left + right) == [
        "You may be represented by a lawyer at no cost to the government.",
        "You have the right to remain silent.",
        "Do not sign any paper that you do not understand.",
        "You may ask for an interpreter in a language you understand.",
    ]


def test_side_box_is_not_spliced_into_the_paragraph_beside_it() -> None:
    body = para(
        [
            "The petitioner must submit two identical",
            "passport-style photographs taken within",
            "30 days of filing. Write your name and",
            "A-Number on the back of each photograph",
            "in pencil.",
        ],
        40,
        100,
    )
    box = para(["Staple your photograph", "here. Do not staple", "over the face."], 300, 112)
    assert texts(body + box) == [
        "The petitioner must submit two identical passport-style photographs taken within "
        "30 days of filing.",
        "Write your name and A-Number on the back of each photograph in pencil.",
        "Staple your photograph here.",
        "Do not staple over the face.",
    ]


def test_full_width_header_and_footer_around_columns() -> None:
    header = line("NOTICE OF RIGHTS AND REQUEST FOR DISPOSITION OF THE CASE AND", 40, 40)
    left = para(["Your rights are listed", "below in full."], 40, 80)
    right = para(["Your decision is", "yours to make."], 300, 80)
    footer = line("Form I-826 SAMPLE page one of two pages for testing only here now", 40, 140)
    assert texts(footer + right + left + header) == [
        "NOTICE OF RIGHTS AND REQUEST FOR DISPOSITION OF THE CASE AND",
        "Your rights are listed below in full.",
        "Your decision is yours to make.",
        "Form I-826 SAMPLE page one of two pages for testing only here now",
    ]


def test_labels_on_one_row_are_separate_segments() -> None:
    words = line("1. Full Name", 40, 80)
    row = line("Family Name", 54, 100) + line("First Name", 160, 100)
    row += line("Middle Name", 260, 100)
    segments = segments_from_words(words + row, 1)
    expected = ["1. Full Name", "Family Name", "First Name", "Middle Name"]
    assert [s.text for s in segments] == expected
    assert {s.kind for s in segments} == {"label"}


def test_line_wrapped_word_is_rejoined() -> None:
    words = para(["Renewal of my employ-", "ment authorization card."], 40, 100)
    segments = segments_from_words(words, 1)
    assert [s.text for s in segments] == ["Renewal of my employment authorization card."]
    # The box covers both lines: the longer second line sets the right edge.
    assert segments[0].bbox == (40, 100, 40 + CHAR * 22 + 2 * CHAR, 122)


def test_checkboxes_are_read_with_their_state() -> None:
    words = line("7. Gender", 40, 100)
    words.append(Word("☒", 110, 100, 118, 108, checked=True))
    words += line("Male", 122, 100)
    words.append(Word("☐", 160, 100, 168, 108, checked=False))
    words += line("Female", 172, 100)
    segments = segments_from_words(words, 1)
    assert [(s.text, s.kind) for s in segments] == [
        ("7. Gender", "label"),
        ("Male (checked)", "checkbox"),
        ("Female (not checked)", "checkbox"),
    ]


def test_confidence_is_the_mean_of_the_words_and_low_ones_are_flagged() -> None:
    words = line("Sign here.", 40, 100, conf=0.9) + line("Date of birth unclear.", 40, 130, 0.4)
    first, second = segments_from_words(words, 3)
    assert (first.id, second.id) == ("p3.s1", "p3.s2")
    assert first.confidence == 0.9 and not first.low_confidence
    assert second.confidence == 0.4 and second.low_confidence


def test_empty_page_has_no_segments() -> None:
    assert segments_from_words([], 1) == []
    assert segments_from_words([Word(" ", 0, 0, 5, 10)], 1) == []


def test_sentence_runs_on_past_a_blank_to_fill_in() -> None:
    # "... every question in ________, a language in which I am fluent."
    words = line("The interpreter read to me every question and instruction on this", 40, 100)
    words += line("petition and my answer to every question in", 40, 112)
    words += line(", a language in which I am", 300, 112)
    words += line("fluent. I understood all of it.", 40, 124)
    assert texts(words) == [
        "The interpreter read to me every question and instruction on this petition and my "
        "answer to every question in , a language in which I am fluent.",
        "I understood all of it.",
    ]


def test_words_of_a_segment_point_into_its_text() -> None:
    words = para(["9.a. You may appeal this employ-", "ment decision within 30 days."], 40, 100)
    [seg] = segments_from_words(words, 1)
    assert seg.text == "9.a. You may appeal this employment decision within 30 days."
    found = [seg.text[w.start : w.end] for w in seg.words]
    assert found == seg.text.split()
    # The item number glued to "You" keeps its own box; the rejoined word has its first part's.
    number, you = seg.words[0], seg.words[1]
    assert number.bbox == (40, 100, 40 + 4 * CHAR, 100 + H)
    assert you.bbox[0] > number.bbox[2]
    employment = seg.words[found.index("employment")]
    assert employment.bbox[1] == 100 and employment.bbox[2] - employment.bbox[0] == 7 * CHAR


def test_chinese_words_have_boxes_after_spaces_are_removed() -> None:
    chars = [
        Word(ch, 40 + 12 * i, 100, 50 + 12 * i, 110) for i, ch in enumerate("您有权聘请律师。")
    ]
    [seg] = segments_from_words(chars, 1)
    assert seg.text == "您有权聘请律师。"
    assert [seg.text[w.start : w.end] for w in seg.words] == list("您有权聘请律师。")
    assert seg.words[2].bbox == (64, 100, 74, 110)


def test_sentence_goes_on_under_a_blank_to_fill_in() -> None:
    # OCR sees nothing of the blank's frame: the next line is three lines further down.
    words = para(["1.b. The interpreter read to me every", "question in"], 40, 100)
    words += para(["a language in which I am fluent.", "I understood all of it."], 40, 160)
    words += line("Part 8. Contact Information", 40, 220)
    assert texts(words) == [
        "1.b. The interpreter read to me every question in a language in which I am fluent.",
        "I understood all of it.",
        "Part 8. Contact Information",
    ]


def test_a_label_below_a_finished_sentence_stays_apart() -> None:
    words = para(["You may ask for a lawyer."], 40, 100) + line(
        "signature of the applicant", 40, 140
    )
    assert texts(words) == ["You may ask for a lawyer.", "signature of the applicant"]


def test_sentence_after_a_misread_item_number_wraps_on() -> None:
    # The item number "9.a." came out as "ee", set apart from the sentence by a wide gap.
    words = line("ee", 40, 100) + line("Has the Social Security Administration ever", 80, 100)
    words += line("issued a card to you?", 80, 112)
    assert texts(words) == [
        "ee",
        "Has the Social Security Administration ever issued a card to you?",
    ]
