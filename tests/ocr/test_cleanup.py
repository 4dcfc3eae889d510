"""Clean-up and second looks on real tesseract: tilted, upside-down, sideways, small, blank,
noisy and Chinese pages, with boxes mapped back onto the page image the user sees."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from ocr.cleanup import Transform, max_filter, prepare, rotate, scale, skew_angle
from ocr.ocr_page import PageJob, ocr_image, page_image
from tests.ocr.conftest import text_image

LINES = [
    "If you fear harm or persecution in your home",
    "country, tell the officer now. You may have the",
    "right to ask for asylum. Do not sign any paper",
    "that you do not understand.",
]
SENTENCES = [
    "If you fear harm or persecution in your home country, tell the officer now.",
    "You may have the right to ask for asylum.",
    "Do not sign any paper that you do not understand.",
]


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return text_image(LINES, width=1700).convert("RGB")


def _texts(p) -> list[str]:
    return [s.text for s in p.segments]


def test_transform_maps_points_back_through_rotation_and_scaling() -> None:
    image = Image.new("L", (400, 300), 255)
    image.putpixel((100, 50), 0)
    t = Transform()
    turned = scale(rotate(image, 7.0, t), 2.0, t)
    arr = np.asarray(turned)
    ys, xs = np.nonzero(arr < 200)
    x, y = float(xs.mean()), float(ys.mean())
    x0, y0, _, _ = t.box(x, y, x, y)
    assert abs(x0 - 100) < 2 and abs(y0 - 50) < 2


def test_skew_is_measured(page: Image.Image) -> None:
    tilted = page.convert("L").rotate(1.5, expand=True, fillcolor=255)
    assert skew_angle(tilted) == pytest.approx(-1.5, abs=0.25)
    assert abs(skew_angle(page.convert("L"))) < 0.25


def test_clean_page_is_left_alone(page: Image.Image) -> None:
    prepared = prepare(page)
    assert prepared.steps == [] and not prepared.blank


def test_tilted_scan_reads_whole_sentences(page: Image.Image) -> None:
    tilted = page.rotate(2.0, expand=True, fillcolor=(255, 255, 255))
    result = ocr_image(tilted, 1)
    assert _texts(result) == SENTENCES
    # Boxes are on the tilted image as given: the first sentence starts near its top left.
    x0, y0, _, _ = result.segments[0].bbox
    assert x0 < 120 and y0 < 130
    assert (result.width, result.height) == tilted.size


@pytest.mark.parametrize(("turn", "how"), [(180, "upside down"), (90, "sideways")])
def test_turned_page_is_read_upright(page: Image.Image, turn: int, how: str) -> None:
    turned = page.rotate(turn, expand=True)
    result = ocr_image(turned, 2)
    assert _texts(result) == SENTENCES
    assert any(how in note for note in result.notes)
    for seg in result.segments:
        x0, y0, x1, y1 = seg.bbox
        assert 0 <= x0 < x1 <= turned.width + 1 and 0 <= y0 < y1 <= turned.height + 1


def test_low_resolution_photo_is_enlarged(page: Image.Image) -> None:
    small = page.resize((page.width // 3, page.height // 3), Image.Resampling.LANCZOS)
    result = ocr_image(small, 1)
    assert _texts(result) == SENTENCES
    assert max(s.bbox[2] for s in result.segments) <= small.width + 1


def test_low_resolution_form_with_ruled_frames_is_enlarged(page: Image.Image) -> None:
    """A form's vertical rules put ink in every row; the lines must still be measured small."""
    from PIL import ImageDraw

    small = page.convert("L").resize((page.width // 2, page.height // 2), Image.Resampling.LANCZOS)
    draw = ImageDraw.Draw(small)
    for x in (6, 14, small.width - 14, small.width - 6):  # frames in both margins
        draw.line([(x, 0), (x, small.height)], fill=0, width=2)
    assert any(step.startswith("upscaled") for step in prepare(small).steps)
    assert _texts(ocr_image(small, 1)) == SENTENCES


def test_uneven_light_is_flattened(page: Image.Image) -> None:
    gray = np.asarray(page.convert("L"), dtype=np.float32)
    ramp = np.linspace(1.0, 0.35, gray.shape[1])[None, :]  # lit from the left only
    dim = Image.fromarray((gray * ramp).astype(np.uint8))
    prepared = prepare(dim)
    assert "illumination flattened" in prepared.steps
    assert _texts(ocr_image(dim, 1)) == SENTENCES


def test_blank_page_is_noted_without_ocr() -> None:
    blank = Image.new("RGB", (2550, 3300), (246, 246, 244))
    result = ocr_image(blank, 4)
    assert result.segments == ()
    assert result.notes == ("This page is blank.",)


def test_page_of_noise_is_flagged() -> None:
    rng = np.random.default_rng(7)
    noise = Image.fromarray((rng.random((700, 900)) * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(1)
    )
    result = ocr_image(noise, 1)
    assert any("No reliable text" in note for note in result.notes)
    assert all(s.low_confidence for s in result.segments)


def test_chinese_page_is_read_in_chinese() -> None:
    image = page_image(PageJob("resources/samples/sample-notice-zh.pdf", "pdf", 1))
    crop = image.crop((0, 500, image.width, 1100))
    result = ocr_image(crop, 1)
    text = "".join(_texts(result))
    assert "请不要签署任何文件" in text
    assert "律师" in text


@pytest.mark.parametrize("shape", [(413, 319), (5, 7), (300, 1)])
def test_max_filter_gives_pillows_pixels(shape: tuple[int, int]) -> None:
    # The background estimate must not change when the filter moves off Pillow (GIL) to numpy.
    rng = np.random.default_rng(7)
    image = Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8))
    expected = np.asarray(image.filter(ImageFilter.MaxFilter(9)))
    assert np.array_equal(np.asarray(max_filter(image, 9)), expected)
