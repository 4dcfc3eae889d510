"""Second reading of lines misread across columns, on a real form photographed (simulated)."""

from __future__ import annotations

import pytest
from PIL import Image

from bench.ocr_bench import degrade_phone, rasterise, save_jpeg
from ocr import render_page
from ocr.cleanup import prepare
from ocr.layout import segments_from_words
from ocr.ocr_page import OCR_DPI
from ocr.reread import reread_poor_lines
from ocr.tesseract import ocr_words
from tests.ocr.conftest import I765

NOTE = (
    'NOTE: If you answered "Yes" to Item Number 23.b., refer to Item Number 5., Item H. or '
    "Item I. in the Who May File Form I-765 section of these Instructions for information "
    "about providing court dispositions."
)


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """Page 2 of the I-765 as the bench's 150-dpi phone photo: tilted 3 degrees, keystoned,
    unevenly lit, JPEG."""
    work = tmp_path_factory.mktemp("photo")
    with Image.open(rasterise(I765, 2, 150, work / "p2.png")) as clean:
        path = save_jpeg(degrade_phone(clean, seed=3), work / "p2.jpg", 70, 150)
    with Image.open(path) as image:
        return image.convert("L")


def _texts(words) -> list[str]:
    return [s.text.replace("“", '"').replace("”", '"') for s in segments_from_words(words, 2)]


def test_line_misread_across_columns_is_read_again(photo: Image.Image) -> None:
    page = prepare(photo).image
    first = ocr_words(page, dpi=OCR_DPI)
    # Tesseract made one line of the two columns, whose baselines differ on the keystoned
    # photo, and misread the right-hand one.
    assert NOTE not in _texts(first)
    again = reread_poor_lines(page, first, "eng", OCR_DPI)
    assert NOTE in _texts(again)


def test_clean_page_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page = render_page(I765, 2, dpi=OCR_DPI).convert("L")
    words = ocr_words(page, dpi=OCR_DPI)
    calls = []
    monkeypatch.setattr("ocr.reread.ocr_words", lambda *a, **k: calls.append(a) or [])
    assert reread_poor_lines(page, words, "eng", OCR_DPI) == words
    assert calls == []
