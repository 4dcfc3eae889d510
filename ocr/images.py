"""Image files: safe opening (decompression-bomb guard before decoding) and their pages.

A multi-page TIFF is a multi-page paper; EXIF orientation (phone photos) is applied so pixel
coordinates match what a person sees.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from document.errors import InputUnreadable

# 150 megapixels: an A4 page at 1200 dpi is 140 MP. Anything larger is refused before decoding.
MAX_PIXELS = 150_000_000
# The EXIF tag saying how a phone held the camera.
_ORIENTATION = 0x0112
# Set in an image's info by load_frame when it turned the frame upright by its EXIF tag.
TURNED = "readfirst_exif_turned"


def _unreadable(path: Path, detail: str) -> InputUnreadable:
    return InputUnreadable(
        f"{path.name} is damaged or incomplete and cannot be opened as an image ({detail}). "
        "Copy it again, or take a new photo or scan of the paper."
    )


def open_image(path: Path) -> Image.Image:
    """Open lazily (header only) and refuse giant images before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            # Our own limit (MAX_PIXELS, checked below) decides; PIL's warning would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise _too_big(path, None) from exc
    except OSError as exc:
        raise _unreadable(path, str(exc)) from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _too_big(path, (width, height))
    return image


def _too_big(path: Path, size: tuple[int, int] | None) -> InputUnreadable:
    dims = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return InputUnreadable(
        f"{path.name} is too large to open safely{dims}; the limit is "
        f"{MAX_PIXELS // 1_000_000} megapixels. Scan or photograph the paper at 300 dpi."
    )


def image_page_count(path: Path) -> int:
    with open_image(path) as image:
        return int(getattr(image, "n_frames", 1))


def load_frame(path: Path, index: int) -> Image.Image:
    """Frame index (0-based) decoded, EXIF-rotated, as RGB or L."""
    with open_image(path) as image:
        try:
            for i, frame in enumerate(ImageSequence.Iterator(image)):
                if i == index:
                    frame.load()
                    # The frame's pixels are copied once (the file closes after this), and
                    # turned or converted only when needed: a 300-dpi page is 8 MB a copy.
                    out = frame.copy()
                    if out.getexif().get(_ORIENTATION, 1) != 1:
                        out = ImageOps.exif_transpose(out)
                        # Turned here: the file as it is on disk is not this page.
                        out.info[TURNED] = True
                    if out.width * out.height > MAX_PIXELS:
                        raise _too_big(path, out.size)
                    mode = "L" if out.mode in ("1", "L", "I;16") else "RGB"
                    return out if out.mode == mode else out.convert(mode)
        except (OSError, SyntaxError, ValueError) as exc:
            raise _unreadable(path, str(exc)) from exc
    raise InputUnreadable(f"{path.name} has no page {index + 1}.")
