"""Printed checkboxes in scans: bracket shapes tesseract reads become checked / not checked."""

from __future__ import annotations

from ocr.boxes import read_checkboxes
from ocr.layout import Word, segments_from_words
from ocr.ocr_page import ocr_image
from tests.ocr.conftest import text_image


def _w(text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, 100, x1, 130, confidence=0.9, line_key=(1, 1, 1))


def test_bracket_tokens_become_checkbox_words() -> None:
    words = [_w("[X]No", 10, 80), _w("[", 120, 128), _w("]Yes", 130, 200), _w("[_]", 240, 270)]
    out = read_checkboxes(words)
    assert [(w.text, w.checked) for w in out] == [
        ("☒", True),
        ("No", None),
        ("☐", False),
        ("Yes", None),
        ("☐", False),
    ]


def test_brackets_that_are_not_boxes_stay_text() -> None:
    words = [_w("[1]", 10, 40), _w("(a)", 50, 80), _w("section", 90, 180)]
    assert read_checkboxes(words) == words


def test_scanned_checkboxes_are_read_with_their_state() -> None:
    image = text_image(["Do you want a lawyer?", "[X] Yes      [ ] No"], width=900, font_px=42)
    page = ocr_image(image, 1)
    assert [(s.text, s.kind) for s in page.segments] == [
        ("Do you want a lawyer?", "sentence"),
        ("Yes (checked)", "checkbox"),
        ("No (not checked)", "checkbox"),
    ]


def test_footer_is_read_after_both_columns() -> None:
    def line(text: str, x: float, y: float) -> list[Word]:
        out = []
        for token in text.split():
            out.append(Word(token, x, y, x + 5 * len(token), y + 10))
            x += 5 * len(token) + 5
        return out

    words = line("Your rights are", 40, 100) + line("listed here.", 40, 112)
    words += line("Your decision is", 300, 100) + line("yours alone.", 300, 112)
    words += line("SAMPLE", 40, 300) + line("Page 1 of 2", 300, 300)
    assert [s.text for s in segments_from_words(words, 1)] == [
        "Your rights are listed here.",
        "Your decision is yours alone.",
        "SAMPLE",
        "Page 1 of 2",
    ]
