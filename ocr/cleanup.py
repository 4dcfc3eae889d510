"""Image clean-up before OCR: each step runs only where it helps, so a clean page costs little.

- blank page detection (almost no ink: nothing to OCR)
- illumination flattening (phone photos lit from one side), by dividing by the background
- deskew (scans fed in crooked), by maximising the sharpness of the row projection profile
- upscaling low-resolution photos so text lines are about as tall as at 300 dpi

Every step that moves pixels is recorded in a Transform, so word boxes found on the cleaned
image can be mapped back to the page image the user sees (render_page).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageFilter, ImageOps

# Share of dark pixels below which a page is blank.
BLANK_INK = 0.0015
# Text lines this many pixels tall (as line_height measures them: the inked band of a line
# in a strip, about 0.55 of ascender to descender) or less are upscaled to TARGET_LINE_PX.
# 11-point type at 150 dpi measures 14-15 px, at 300 dpi 24-30 px.
SMALL_LINE_PX = 18
TARGET_LINE_PX = 30
# Skew below this many degrees is left alone (tesseract copes, and rotating costs time).
MIN_SKEW = 0.25
MAX_SKEW = 8.0


@dataclass
class Transform:
    """Maps points of the cleaned image back to the original image (3x3 homogeneous)."""

    matrix: np.ndarray = field(default_factory=lambda: np.eye(3))

    def then(self, step: np.ndarray) -> None:
        """Record a step that maps new-image points to the previous image's points."""
        self.matrix = self.matrix @ step

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], dtype=float).T
        out = self.matrix @ pts
        return (
            float(out[0].min()),
            float(out[1].min()),
            float(out[0].max()),
            float(out[1].max()),
        )


def rotate(image: Image.Image, degrees: float, transform: Transform) -> Image.Image:
    """Rotate counter-clockwise by degrees (expanding the canvas), recording the inverse map."""
    w, h = image.size
    if degrees % 360 == 0:
        return image
    turns = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180}
    turns[270] = Image.Transpose.ROTATE_270
    if round(degrees) % 360 in turns and abs(degrees - round(degrees)) < 1e-9:
        out = image.transpose(turns[round(degrees) % 360])
    else:
        fill = 255 if image.mode == "L" else (255, 255, 255)
        out = image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    nw, nh = out.size
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    # New point relative to the new centre, turned back (clockwise on screen: y points down),
    # then moved to the old centre.
    to_new_centre = np.array([[1, 0, -nw / 2], [0, 1, -nh / 2], [0, 0, 1]])
    back = np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])
    to_old = np.array([[1, 0, w / 2], [0, 1, h / 2], [0, 0, 1]])
    transform.then(to_old @ back @ to_new_centre)
    return out


def scale(image: Image.Image, factor: float, transform: Transform) -> Image.Image:
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    out = image.resize(size, Image.Resampling.LANCZOS)
    fx, fy = image.width / out.width, image.height / out.height
    transform.then(np.array([[fx, 0, 0], [0, fy, 0], [0, 0, 1]]))
    return out


def _small(gray: Image.Image, width: int = 1000) -> tuple[np.ndarray, float]:
    """A small copy for measuring, and its scale relative to the original."""
    factor = min(1.0, width / gray.width)
    small = (
        gray
        if factor == 1.0
        else gray.resize(
            (max(1, round(gray.width * factor)), max(1, round(gray.height * factor))),
            Image.Resampling.BOX,
        )
    )
    return np.asarray(small, dtype=np.float32), factor


def _threshold(values: np.ndarray) -> float:
    """Otsu's threshold of a grey image."""
    hist, _ = np.histogram(values, bins=256, range=(0, 256))
    total = values.size
    cum = np.cumsum(hist)
    cum_mean = np.cumsum(hist * np.arange(256))
    w0 = cum[:-1]
    w1 = total - w0
    valid = (w0 > 0) & (w1 > 0)
    mean0 = np.where(valid, cum_mean[:-1] / np.maximum(w0, 1), 0)
    mean1 = np.where(valid, (cum_mean[-1] - cum_mean[:-1]) / np.maximum(w1, 1), 0)
    between = np.where(valid, w0 * w1 * (mean0 - mean1) ** 2, 0)
    return float(np.argmax(between))


def ink_share(gray: Image.Image) -> float:
    """Share of pixels that are clearly darker than the paper around them."""
    small = np.asarray(gray.reduce(max(1, gray.width // 800)), dtype=np.float32)
    paper = np.percentile(small, 90)
    return float((small < paper - 60).mean())


def max_filter(gray: Image.Image, size: int) -> Image.Image:
    """The same pixels as ImageFilter.MaxFilter(size) (edges repeated), done as two 1-D passes
    in numpy. Pillow's rank filter holds the GIL for its whole run (tens of ms on a page), which
    froze the window while pages were read in worker threads; numpy's reductions let it go."""
    half = size // 2
    a = np.pad(np.asarray(gray), half, mode="edge")
    rows = np.lib.stride_tricks.sliding_window_view(a, size, axis=0).max(axis=-1)
    both = np.lib.stride_tricks.sliding_window_view(rows, size, axis=1).max(axis=-1)
    return Image.fromarray(np.ascontiguousarray(both))


def background(gray: Image.Image) -> np.ndarray:
    """The paper's brightness without the text, at 1/8 size (a large max filter, then a blur)."""
    small = gray.reduce(8) if min(gray.size) >= 64 else gray
    bg = max_filter(small, 9).filter(ImageFilter.GaussianBlur(6))
    return np.asarray(bg, dtype=np.float32)


def uneven_light(gray: Image.Image) -> bool:
    bg = background(gray)
    lo, hi = np.percentile(bg, [5, 95])
    return bool(hi - lo > 35)


def flatten_illumination(gray: Image.Image) -> Image.Image:
    """Divide by the background so the paper is white everywhere and the ink stays dark."""
    bg = Image.fromarray(background(gray).astype(np.uint8)).resize(
        gray.size, Image.Resampling.BILINEAR
    )
    page = np.asarray(gray, dtype=np.float32)
    paper = np.maximum(np.asarray(bg, dtype=np.float32), 1.0)
    flat = np.clip(page / paper * 255.0, 0, 255).astype(np.uint8)
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=(1, 0))


def _profile_score(ink: Image.Image, degrees: float) -> float:
    turned = ink.rotate(degrees, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
    rows = np.asarray(turned, dtype=np.float32).sum(axis=1)
    # Sharp peaks (text lines) and deep valleys (gaps between them) when the text is level.
    return float(np.square(np.diff(rows)).sum())


def skew_angle(gray: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) to rotate by so the text lines are level."""
    # 700 px wide is enough to see a tenth of a degree over a line of text, and keeps the 30
    # trial rotations cheap (a clean page pays for them too).
    small, _ = _small(gray, 700)
    ink = Image.fromarray(((small < _threshold(small)) * 255).astype(np.uint8))
    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.8), key=lambda a: _profile_score(ink, a))
    fine = np.arange(best - 0.8, best + 0.81, 0.1)
    return float(max(fine, key=lambda a: _profile_score(ink, a)))


def line_height(gray: Image.Image) -> float | None:
    """Median height in pixels of the text lines (from row profiles), None if no text.

    The profile is taken in eight vertical strips: a form's vertical rules (field frames,
    column lines) put ink in every row of the page, which would run all its lines together in
    one whole-width profile; in a strip a rule is a few pixels of a row, below the threshold.
    """
    arr = np.asarray(gray)  # uint8: a float copy of a 300-dpi page would cost 34 MB
    sample = arr[:: max(1, arr.shape[0] // 400), :: max(1, arr.shape[1] // 400)]
    ink = arr < _threshold(sample.astype(np.float32))
    runs: list[int] = []
    width = max(1, arr.shape[1] // 8)
    for x in range(0, arr.shape[1] - width + 1, width):
        rows = np.count_nonzero(ink[:, x : x + width], axis=1) > 0.03 * width
        # Lengths of the runs of rows with ink: where the row state flips.
        edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.view(np.int8), [0]))))
        runs += (edges[1::2] - edges[::2]).tolist()
    runs = [r for r in runs if r >= 4]
    return float(np.median(runs)) if len(runs) >= 2 else None


@dataclass
class Prepared:
    image: Image.Image
    transform: Transform
    # What was done, for the log (a straightened page is nothing the reader must know).
    steps: list[str]
    blank: bool = False


def prepare(image: Image.Image) -> Prepared:
    """The page image cleaned for OCR, the map back to the original, and what was done."""
    gray = image if image.mode == "L" else image.convert("L")
    transform = Transform()
    steps: list[str] = []
    if ink_share(gray) < BLANK_INK:
        return Prepared(gray, transform, ["blank"], blank=True)
    if uneven_light(gray):
        gray = flatten_illumination(gray)
        steps.append("illumination flattened")
    angle = skew_angle(gray)
    if abs(angle) >= MIN_SKEW:
        gray = rotate(gray, angle, transform)
        steps.append(f"deskewed by {angle:.2f} degrees")
    height = line_height(gray)
    if height is not None and height <= SMALL_LINE_PX:
        factor = min(4.0, TARGET_LINE_PX / max(height, 1.0))
        gray = scale(gray, factor, transform)
        steps.append(f"upscaled x{factor:.2f} (text lines {height:.0f} px)")
    return Prepared(gray, transform, steps)
