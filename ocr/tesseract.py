"""Everything about the tesseract program lives here: version, languages, running, errors.

Images are handed to tesseract as uncompressed PNM files so that no time is spent compressing
(pytesseract would otherwise re-encode each page as PNG).
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image

from document.errors import InputUnreadable, MissingComponent
from ocr.layout import Word

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-eng"

# One OpenMP thread per tesseract run. Pages run in parallel anyway, and tesseract's OpenMP
# threads are slower than one thread on a busy machine (measured in bench/ocr_bench.py: 12 pages
# sequentially took 88 s with the default and 21 s with one thread). Child processes inherit
# the environment; a value the user set is kept.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _package(lang: str) -> str:
    """Debian package holding a tesseract language: chi_sim -> tesseract-ocr-chi-sim."""
    return "tesseract-ocr-" + lang.replace("_", "-").lower()


@functools.lru_cache(maxsize=1)
def tesseract_version() -> str:
    """The version string of the installed tesseract ("5.3.0"); MissingComponent if absent."""
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise MissingComponent(
            f"Tesseract OCR is not installed. Install it with: {INSTALL}"
        ) from exc


@functools.lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    tesseract_version()
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError) as exc:
        raise MissingComponent(
            f"Tesseract is installed but its language data cannot be listed ({exc}). "
            f"Reinstall it with: {INSTALL}"
        ) from exc


def check_tesseract(langs: Sequence[str] = ("eng",)) -> str:
    """The tesseract version; MissingComponent naming the package for any missing language."""
    version = tesseract_version()
    have = installed_languages()
    missing = [lang for lang in langs if lang not in have]
    if missing:
        packages = " ".join(_package(lang) for lang in missing)
        names = ", ".join(missing)
        raise MissingComponent(
            f"Tesseract language data for {names} is not installed. "
            f"Install it with: sudo apt-get install {packages}"
        )
    return version


@dataclass(frozen=True)
class Orientation:
    """What tesseract's OSD says: rotate the image by `rotate` degrees (counter-clockwise)."""

    rotate: int
    confidence: float
    script: str
    script_confidence: float


def _run(image: Image.Image | Path, func, **kwargs):  # type: ignore[no-untyped-def]
    """Run a pytesseract function on an image via a fast uncompressed temp file."""
    try:
        if isinstance(image, Path):
            return func(str(image), **kwargs)
        with tempfile.TemporaryDirectory(prefix="readfirst-ocr-") as tmp:
            src = Path(tmp) / "page.pnm"
            image.save(src, format="PPM")
            return func(str(src), **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        tesseract_version.cache_clear()
        raise MissingComponent(
            f"Tesseract OCR is not installed. Install it with: {INSTALL}"
        ) from exc
    except pytesseract.TesseractError as exc:
        message = str(exc.message if hasattr(exc, "message") else exc)
        if "Failed loading language" in message or "Error opening data file" in message:
            lang = kwargs.get("lang", "eng")
            raise MissingComponent(
                f"Tesseract language data for {lang} is not installed. Install it with: "
                f"sudo apt-get install {' '.join(_package(x) for x in str(lang).split('+'))}"
            ) from exc
        raise InputUnreadable(f"Tesseract could not read this page: {message.strip()}") from exc


def ocr_words(
    image: Image.Image | Path, lang: str = "eng", psm: int = 3, dpi: int = 300
) -> list[Word]:
    """Words (pixel boxes, confidence 0..1) that tesseract finds in the image."""
    data = _run(
        image,
        pytesseract.image_to_data,
        lang=lang,
        config=f"--psm {psm} --dpi {dpi}",
        output_type=pytesseract.Output.DICT,
    )
    words = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not str(text).strip():
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append(
            Word(str(text), x, y, x + w, y + h, confidence=max(0.0, conf) / 100.0, line_key=line)
        )
    return words


def detect_orientation(image: Image.Image | Path) -> Orientation | None:
    """Orientation and script of the page, or None when there is too little text to tell."""
    try:
        out = _run(image, pytesseract.image_to_osd, config="--psm 0")
    except InputUnreadable:
        return None  # "Too few characters": a blank or nearly blank page
    fields = dict(re.findall(r"^([A-Za-z ]+):\s*(.+)$", str(out), re.M))
    try:
        return Orientation(
            rotate=int(fields["Rotate"]),
            confidence=float(fields["Orientation confidence"]),
            script=fields.get("Script", "").strip(),
            script_confidence=float(fields.get("Script confidence", 0.0)),
        )
    except (KeyError, ValueError):
        return None
