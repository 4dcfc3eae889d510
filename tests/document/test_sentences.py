from document.sentences import sentence_spans, split_sentences


def test_legal_periods_do_not_end_sentences() -> None:
    text = (
        "See 8 CFR 292.1(a)(2). The U.S. government may act. "
        "Part 6. Additional Information is here."
    )
    assert split_sentences(text) == [
        "See 8 CFR 292.1(a)(2).",
        "The U.S. government may act.",
        "Part 6. Additional Information is here.",
    ]


def test_item_numbers_and_titles() -> None:
    text = (
        'If you answered "Yes" to Item Number 9.a., provide the SSN. Mr. Li agreed. No. 5 is next.'
    )
    assert split_sentences(text) == [
        'If you answered "Yes" to Item Number 9.a., provide the SSN.',
        "Mr. Li agreed.",
        "No. 5 is next.",
    ]


def test_question_exclamation_and_chinese() -> None:
    assert split_sentences("Was he there? Yes! 你好。请签字？好") == [
        "Was he there?",
        "Yes!",
        "你好。",
        "请签字？",
        "好",
    ]


def test_spans_point_into_the_text() -> None:
    text = "  One sentence here.   Another one.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["One sentence here.", "Another one."]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
