"""One page's OCR: a Chinese paper is read in Chinese at once after its first Chinese page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

import ocr.ocr_page as ocr_page
from ocr.ocr_page import PageJob, ScriptMemo, ocr_image, page_image, run_job
from tests.ocr.conftest import text_image


@pytest.fixture(scope="module")
def chinese() -> Image.Image:
    image = page_image(PageJob("resources/samples/sample-notice-zh.pdf", "pdf", 1))
    return image.crop((0, 500, image.width, 1100))


@pytest.fixture()
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tesseract runs a page costs: each reading's language, and "osd"."""
    seen: list[str] = []
    read, osd = ocr_page.ocr_words, ocr_page.detect_orientation

    def spy_read(image, lang="eng", **kwargs):  # type: ignore[no-untyped-def]
        seen.append(lang)
        return read(image, lang=lang, **kwargs)

    def spy_osd(image):  # type: ignore[no-untyped-def]
        seen.append("osd")
        return osd(image)

    monkeypatch.setattr(ocr_page, "ocr_words", spy_read)
    monkeypatch.setattr(ocr_page, "detect_orientation", spy_osd)
    return seen


def _text(page) -> str:
    return "".join(s.text for s in page.segments)


def test_next_page_of_a_chinese_paper_is_read_in_chinese_at_once(
    chinese: Image.Image, calls: list[str]
) -> None:
    memo = ScriptMemo()
    first = ocr_image(chinese, 1, memo)
    # The first page pays for finding out: English, then orientation and script, then Chinese.
    assert calls == ["eng", "osd", "chi_sim+eng"]
    assert "请不要签署任何文件" in _text(first)
    calls.clear()
    second = ocr_image(chinese, 2, memo)
    assert calls == ["chi_sim+eng"]
    assert _text(second) == _text(first)


def test_english_page_in_a_chinese_paper_is_still_read_in_english(calls: list[str]) -> None:
    memo = ScriptMemo()
    memo.record("chi_sim+eng")
    lines = ["You have the right to a hearing before an", "immigration judge."]
    page = ocr_image(text_image(lines), 3, memo)
    assert [s.text for s in page.segments] == [
        "You have the right to a hearing before an immigration judge."
    ]
    assert memo.guess() == "eng"


LINES = ["You may ask for a lawyer. Do not sign any paper", "that you do not understand."]


def test_single_clean_page_is_read_while_it_is_cleaned(tmp_path, monkeypatch) -> None:
    """With a core to spare, the file is read as it is at once; clean-up leaves it alone, so
    that reading is the one used and the page costs one tesseract run."""
    sources: list[object] = []
    read = ocr_page.ocr_words

    def spy(image, lang="eng", **kwargs):  # type: ignore[no-untyped-def]
        sources.append(image)
        return read(image, lang=lang, **kwargs)

    monkeypatch.setattr(ocr_page, "ocr_words", spy)
    path = tmp_path / "page.png"
    text_image(LINES).save(path)
    page = run_job(PageJob(str(path), "image", 1), ScriptMemo(), spare_core=True)
    assert [s.text for s in page.segments] == [
        "You may ask for a lawyer.",
        "Do not sign any paper that you do not understand.",
    ]
    assert sources == [Path(path)]


def test_tilted_page_read_early_is_read_again_straightened(tmp_path, calls) -> None:
    path = tmp_path / "tilted.png"
    text_image(LINES, width=1700).rotate(2.5, expand=True, fillcolor=255).save(path)
    page = run_job(PageJob(str(path), "image", 1), ScriptMemo(), spare_core=True)
    assert [s.text for s in page.segments] == [
        "You may ask for a lawyer.",
        "Do not sign any paper that you do not understand.",
    ]
    # The early reading of the tilted file, then the straightened page's.
    assert calls == ["eng", "eng"]


def test_phone_photo_turned_by_its_exif_tag_is_read_upright(tmp_path, calls) -> None:
    """The file's pixels lie on their side; its EXIF tag says so. The early reading of the file
    as it is must not be used: the page is read as the person sees it."""
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show the pixels turned 90 degrees clockwise
    sideways = text_image(LINES, width=1700).transpose(Image.Transpose.ROTATE_90)
    sideways.save(photo, quality=95, exif=exif)
    page = run_job(PageJob(str(photo), "image", 1), ScriptMemo(), spare_core=True)
    assert [s.text for s in page.segments] == [
        "You may ask for a lawyer.",
        "Do not sign any paper that you do not understand.",
    ]
    assert page.width == 1700  # upright: as wide as the page was typeset
