"""Several photos of one paper put together as one multi-page file, losing no pixel.

The reading record cites ONE original document by its SHA-256, so the phone photos of a
three-page notice become one file first: a multi-page TIFF, each page compressed losslessly
(Deflate), turned upright as the photo's EXIF orientation says. OCR of a page then sees exactly
the pixels it would see in the photo itself, so it reads the same text.

(A PDF embedding the JPEG bytes unchanged was tried first: smaller, but PDF renderers resample
images even at 1:1, so OCR of the page differed from OCR of the photo.)

The output holds no dates: the same photos give the same bytes, hence the same hash. The TIFF is
written here (a few tags, Deflate strips through zlib) rather than by Pillow, whose TIFF encoder
holds Python's lock for the whole page (0.6 s per photo: the window would freeze); zlib releases
it while it compresses.
"""

from __future__ import annotations

import os
import struct
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, ImageSequence

from document.errors import InputUnreadable, RecordWriteFailed
from document.progress import CancelToken
from ocr.images import MAX_PIXELS, open_image
from ocr.sniff import sniff

ROWS_PER_STRIP = 64
DEFLATE_LEVEL = 6
# TIFF tag numbers and types (TIFF 6.0): what a reader needs for 8-bit grey or RGB strips.
SHORT, LONG = 3, 4
ADOBE_DEFLATE = 8


class _TiffWriter:
    """A little-endian multi-page TIFF, one page at a time (at most one page in memory)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.f = handle
        self.f.write(b"II*\x00" + struct.pack("<I", 0))
        self.link = 4  # where the offset of the next page's directory goes

    def _tell_even(self) -> int:
        if self.f.tell() % 2:
            self.f.write(b"\x00")  # TIFF offsets are word-aligned
        return self.f.tell()

    def add_page(self, page: Image.Image, cancel: CancelToken | None = None) -> None:
        bands = 1 if page.mode == "L" else 3
        width, height = page.size
        row_bytes = width * bands
        raw = page.tobytes()
        offsets, counts = [], []
        for top in range(0, height, ROWS_PER_STRIP):
            if cancel is not None:
                cancel.raise_if_cancelled()
            strip = raw[top * row_bytes : min(height, top + ROWS_PER_STRIP) * row_bytes]
            packed = zlib.compress(strip, DEFLATE_LEVEL)
            offsets.append(self._tell_even())
            counts.append(len(packed))
            self.f.write(packed)

        def array(kind: int, values: list[int]) -> tuple[int, int, bytes | int]:
            code = "H" if kind == SHORT else "I"
            if len(values) * struct.calcsize(code) <= 4:
                return kind, len(values), struct.pack(f"<{len(values)}{code}", *values)
            where = self._tell_even()
            self.f.write(struct.pack(f"<{len(values)}{code}", *values))
            return kind, len(values), where

        tags = {
            256: array(LONG, [width]),
            257: array(LONG, [height]),
            258: array(SHORT, [8] * bands),
            259: array(SHORT, [ADOBE_DEFLATE]),
            262: array(SHORT, [1 if bands == 1 else 2]),  # BlackIsZero grey, or RGB
            273: array(LONG, offsets),
            277: array(SHORT, [bands]),
            278: array(LONG, [ROWS_PER_STRIP]),
            279: array(LONG, counts),
            284: array(SHORT, [1]),  # chunky: RGBRGB...
        }
        directory = self._tell_even()
        entries = [struct.pack("<H", len(tags))]
        for tag, (kind, count, value) in sorted(tags.items()):
            inline = (
                value.ljust(4, b"\x00") if isinstance(value, bytes) else struct.pack("<I", value)
            )
            entries.append(struct.pack("<HHI", tag, kind, count) + inline)
        entries.append(struct.pack("<I", 0))  # no next page yet
        self.f.write(b"".join(entries))
        end = self.f.tell()
        self.f.seek(self.link)
        self.f.write(struct.pack("<I", directory))
        self.f.seek(end)
        self.link = directory + 2 + 12 * len(tags)


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
        with os.fdopen(fd, "w+b") as handle:
            tiff = _TiffWriter(handle)
            for path in paths:
                for page in _pages(Path(path)):
                    tiff.add_page(page, cancel)
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
