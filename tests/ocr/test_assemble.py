"""Phone photos put together as one paper: every pixel kept, the same text as photo by photo."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from document.errors import InputUnreadable
from ocr import extract, page_count
from ocr.assemble import assemble_images
from ocr.images import load_frame
from tests.conftest import make_sample_photos
from tests.ocr.conftest import SAMPLE


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_sample_photos(tmp_path_factory.mktemp("photos"))


def test_photos_become_one_paper_with_every_pixel_kept(photos: list[Path], tmp_path: Path) -> None:
    out = assemble_images(photos, tmp_path / "paper.tif")
    assert page_count(out) == 2
    for index, photo in enumerate(photos):
        kept = np.asarray(load_frame(out, index))
        seen = np.asarray(load_frame(photo, 0))  # as a person sees it: EXIF-turned
        assert kept.shape == seen.shape
        assert (kept == seen).all()
    assert load_frame(out, 0).height > load_frame(out, 0).width  # upright, not sideways
    # The same photos give the same bytes: the record's hash does not depend on the day.
    again = assemble_images(photos, tmp_path / "again.tif")
    assert again.read_bytes() == out.read_bytes()


def test_ocr_of_the_assembled_paper_reads_the_same_as_the_photos(
    photos: list[Path], tmp_path: Path
) -> None:
    paper = extract(assemble_images(photos, tmp_path / "paper.tif"))
    one_by_one = [extract(photo).pages[0] for photo in photos]
    assert [p.number for p in paper.pages] == [1, 2]
    for page, photo_page in zip(paper.pages, one_by_one, strict=True):
        assert [s.text for s in page.segments] == [s.text for s in photo_page.segments]
        assert (page.width, page.height) == (photo_page.width, photo_page.height)
    assert any("remain silent" in s.text for s in paper.segments())


def test_a_pdf_or_a_non_image_is_refused_with_its_name(photos: list[Path], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    out = tmp_path / "paper.tif"
    with pytest.raises(InputUnreadable, match=r"notes\.txt"):
        assemble_images([photos[0], notes], out)
    with pytest.raises(InputUnreadable, match=r"sample-notice\.pdf is a PDF, not a photo"):
        assemble_images([photos[0], SAMPLE], out)
    assert not out.exists()  # nothing half-made left behind
    assert not list(tmp_path.glob(".assemble-*"))


def test_a_truncated_photo_is_refused(photos: list[Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photos[0].read_bytes()[:5000])
    with pytest.raises(InputUnreadable, match=r"broken\.jpg"):
        assemble_images([broken], tmp_path / "paper.tif")
