"""Shared fixtures for ocr tests: real forms, real tesseract, a private data directory."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from document.paths import resource_path

if TYPE_CHECKING:
    from PIL import Image

FORMS = Path("/work/shared/forms")
I765 = FORMS / "i-765.pdf"
I130 = FORMS / "i-130.pdf"
SAMPLE = resource_path("samples", "sample-notice.pdf")
SAMPLE_TRUTH = resource_path("samples", "sample-notice.txt")


@pytest.fixture(scope="session", autouse=True)
def session_data_dir(tmp_path_factory: pytest.TempPathFactory):
    """A private READFIRST_DATA_DIR for module-scoped fixtures too (they run before data_dir):
    without it they would read and fill the real user cache, and get stale results from it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("READFIRST_DATA_DIR", str(tmp_path_factory.mktemp("session-data")))
        yield


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own READFIRST_DATA_DIR: nothing touches real user data or caches."""
    path = tmp_path / "data"
    monkeypatch.setenv("READFIRST_DATA_DIR", str(path))
    return path


def normalise(text: str) -> str:
    """Compare texts as a reader hears them: straight quotes, single spaces."""
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def text_image(
    lines: list[str], width: int = 1400, font_px: int = 38, margin: int = 60
) -> Image.Image:
    """A clean white page image with the lines typeset in a serif font (about 11 pt at 300 dpi)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, font_px)
    pitch = int(font_px * 1.45)
    image = Image.new("L", (width, 2 * margin + pitch * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * pitch), line, font=font, fill=0)
    return image
