"""Several photos of one paper put together as one multi-page file, losing no pixel.

The reading record cites ONE original document by its SHA-256, so the phone photos of a
three-page notice become one file first: a multi-page TIFF, each page compressed losslessly
(Deflate), turned upright as the photo's EXIF orientation says. OCR of a page then sees exactly
the pixels it would see in the photo itself, so it reads the same text.

(A PDF embedding the JPEG bytes unchanged was tried first: smaller, but PDF renderers resample
images even at 1:1, so OCR of the page differed from OCR of the photo.)

The output holds no dates: the same photos give the same bytes, hence the same hash.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence
from PIL.TiffImagePlugin import AppendingTiffWriter

from document.errors import InputUnreadable, RecordWriteFailed
from document.progress import CancelToken
from ocr.images import MAX_PIXELS, open_image
from ocr.sniff import sniff

COMPRESSION = "tiff_adobe_deflate"


def _upright(frame: Image.Image) -> Image.Image:
    """The frame turned as its EXIF says, as 8-bit grey or RGB (transparency laid on white)."""
    image = ImageOps.exif_transpose(frame)
    if image.mode in ("1", "L"):
        return image.convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return image.convert("I").point(lambda v: v / 256).convert("L")
    if "A" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _pages(path: Path) -> Iterator[Image.Image]:
    """The upright pages of one photo (a multi-page TIFF gives all of its pages)."""
    if sniff(path) != "image":
        raise InputUnreadable(
            f"{path.name} is a PDF, not a photo. Only photos or scans (JPEG, PNG, TIFF) can be put "
            "together as one paper; open a PDF on its own."
        )
    with open_image(path) as image:  # refuses giant images before decoding
        try:
            for frame in ImageSequence.Iterator(image):
                frame.load()
                page = _upright(frame.copy())
                if page.width * page.height > MAX_PIXELS:
                    raise InputUnreadable(f"{path.name} is too large to open safely.")
                yield page
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputUnreadable(
                f"{path.name} is damaged or incomplete and cannot be opened as an image ({exc}). "
                "Copy it again, or take a new photo of the page."
            ) from exc


def assemble_images(paths: Sequence[Path], out: Path, cancel: CancelToken | None = None) -> Path:
    """Put the photos ``paths`` together, in this order, as one multi-page TIFF at ``out``,
    keeping every pixel. Returns ``out``.

    InputUnreadable names the first file that is not a readable image and says what to do;
    RecordWriteFailed if ``out`` cannot be written. A failure never leaves a file at ``out``.
    """
    if not paths:
        raise InputUnreadable("No photos were given. Choose the photos of the paper's pages.")
    tmp: str | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".assemble-", suffix=".tif", dir=out.parent)
        # One page in memory at a time: ten 12-megapixel photos would not fit otherwise.
        with os.fdopen(fd, "w+b") as handle, AppendingTiffWriter(handle) as tiff:
            for path in paths:
                for page in _pages(Path(path)):
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    page.save(tiff, format="TIFF", compression=COMPRESSION)
                    tiff.newFrame()
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot write the assembled paper to {out} ({exc.strerror}). Free some space or "
            "choose another data directory."
        ) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return out
