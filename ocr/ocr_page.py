"""OCR of one page (a rendered PDF page or an image frame) into a Page.

run_job is what the executor's workers run: it opens the file itself and renders or decodes
only its own page, which keeps memory bounded on long documents.

A page is cleaned (ocr.cleanup), read once in English; only when that reading is poor (few
words, low confidence) is tesseract's orientation and script detection run, and the page read
again turned upright and/or in Chinese. Clean pages therefore cost one tesseract run. Once a
page of a paper has been read as Chinese, its next pages are read in Chinese first (ScriptMemo).
"""

from __future__ import annotations

import logging
import statistics
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PIL import Image

from document.errors import InputUnreadable, MissingComponent
from document.model import Page
from ocr import pdf as pdfmod
from ocr.boxes import read_checkboxes
from ocr.cleanup import Transform, prepare, rotate
from ocr.images import TURNED, load_frame, open_image
from ocr.layout import Word, segments_from_words
from ocr.reread import reread_poor_lines
from ocr.tesseract import check_tesseract, detect_orientation, installed_languages, ocr_words

log = logging.getLogger(__name__)

OCR_DPI = 300
# A first reading with a mean word confidence below this gets a second look (orientation,
# script); a final one below NOISE_CONFIDENCE is reported as unreadable.
RETRY_CONFIDENCE = 0.62
NOISE_CONFIDENCE = 0.45
CHINESE = "chi_sim"


@dataclass(frozen=True)
class PageJob:
    """One page to OCR."""

    path: str
    kind: Literal["pdf", "image"]
    number: int
    password: str | None = None
    # Said on the page (e.g. why a PDF page with a text layer was OCR'd).
    note: str | None = None

    def __str__(self) -> str:
        return f"Page {self.number} read with OCR"


@dataclass
class _Reading:
    words: list[Word]
    lang: str
    image: Image.Image
    transform: Transform

    @property
    def score(self) -> float:
        """Confident text found: the sum of word confidences weighted by word length."""
        return sum(w.confidence * len(w.text) for w in self.words)

    @property
    def confidence(self) -> float:
        if not self.words:
            return 0.0
        return statistics.fmean(w.confidence for w in self.words)


def _read(
    image: Image.Image, transform: Transform, lang: str, words: list[Word] | None = None
) -> _Reading:
    """Read the image (or take tesseract's words for it, read already) into a _Reading."""
    if words is None:
        words = ocr_words(image, lang=lang, dpi=OCR_DPI)
    words = read_checkboxes(reread_poor_lines(image, words, lang, OCR_DPI))
    return _Reading(words, lang, image, transform)


# The page to read early: an image, the file itself, or a reading of it already started.
Early = Image.Image | Path | Future[list[Word]]


def _start_reading(source: Image.Image | Path) -> Future[list[Word]]:
    """Start reading the page as it is, in English, on a spare core.

    Clean-up only looks at a clean page and leaves it as it is; reading it meanwhile hides
    the clean-up's time (and for an image file, the decoding) behind tesseract's.
    """
    pool = ThreadPoolExecutor(1, thread_name_prefix="readfirst-ocr-early")
    try:
        return pool.submit(ocr_words, source, lang="eng", dpi=OCR_DPI)
    finally:
        pool.shutdown(wait=False)


def _copy(transform: Transform) -> Transform:
    return Transform(transform.matrix.copy())


def _second_look(first: _Reading, notes: list[str]) -> _Reading:
    """Turn the page upright and/or read it as Chinese when tesseract's OSD says so."""
    osd = detect_orientation(first.image)
    if osd is None:
        return first
    image, transform, lang = first.image, first.transform, first.lang
    turned = False
    if osd.rotate and osd.confidence >= 1.5:
        transform = _copy(transform)
        image = rotate(image, -osd.rotate, transform)
        turned = True
    # OSD's script confidence is low on short pages; the second reading's score decides.
    if osd.script in ("Han", "Hans", "Hant"):
        if CHINESE in installed_languages():
            lang = f"{CHINESE}+eng"
        else:
            notes.append(
                "This page looks Chinese, but Chinese OCR data is not installed. "
                "Install it with: sudo apt-get install tesseract-ocr-chi-sim"
            )
    if not turned and lang == first.lang:
        return first
    second = _read(image, transform, lang)
    if second.score <= first.score:
        return first
    if turned:
        how = "upside down" if osd.rotate == 180 else "sideways"
        notes.append(f"This page was {how}; it was turned upright before reading.")
    return second


class ScriptMemo:
    """What the pages of one paper were read as so far, shared by the worker threads.

    A Chinese paper is Chinese on every page: once a page has been read as Chinese, the next
    ones are read in Chinese at once, instead of in English first, then through orientation
    and script detection, then in Chinese (about 1 s instead of 3 s a page). A page the guess
    does not fit (an English page in a Chinese paper) falls back to the usual way.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: str | None = None

    def guess(self) -> str:
        with self._lock:
            return self._last or "eng"

    def record(self, lang: str) -> None:
        with self._lock:
            self._last = lang


def _mostly_chinese(words: list[Word]) -> bool:
    """The words' main script is Chinese (the same rule as Document.language)."""
    text = "".join(w.text for w in words)
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return cjk > 0 and cjk * 2 >= latin / 2


def _poor(reading: _Reading) -> bool:
    return len(reading.words) < 3 or reading.confidence < RETRY_CONFIDENCE


def ocr_image(
    image: Image.Image,
    number: int,
    memo: ScriptMemo | None = None,
    early: Early | None = None,
) -> Page:
    """OCR a page image. Boxes are in the pixels of `image` as given (whatever clean-up did).

    early: the same page (the image, or its file when tesseract reads that as it is) to start
    reading at once on a spare core; used when clean-up leaves the page as it is.
    """
    check_tesseract(("eng",))
    width, height = float(image.width), float(image.height)
    lang = memo.guess() if memo is not None else "eng"
    if lang != "eng" and not set(lang.split("+")) <= installed_languages():
        lang = "eng"
    started = None
    if early is not None and lang == "eng":
        started = early if isinstance(early, Future) else _start_reading(early)
    prepared = prepare(image)
    log.debug("page %d clean-up: %s", number, ", ".join(prepared.steps) or "none")
    if prepared.blank:
        return Page(number, width, height, "ocr", (), ("This page is blank.",))
    notes: list[str] = []
    # A page clean-up changed must be read again; the early reading is left to finish alone.
    words = started.result() if started is not None and not prepared.steps else None
    reading = _read(prepared.image, prepared.transform, lang, words)
    if _poor(reading) and lang != "eng":
        # The paper's other pages were Chinese; this one is not (or not upright).
        english = _read(prepared.image, prepared.transform, "eng")
        reading = english if english.score > reading.score else reading
    if _poor(reading):
        try:
            reading = _second_look(reading, notes)
        except MissingComponent as exc:  # e.g. no osd data: keep the first reading
            notes.append(str(exc))
    if memo is not None and not _poor(reading):
        # Read in Chinese but no Chinese on it: the next page is likely English too.
        memo.record(reading.lang if _mostly_chinese(reading.words) else "eng")
    if not reading.words or reading.confidence < NOISE_CONFIDENCE:
        notes.append(
            "No reliable text was found on this page (it may be a picture, a bad copy or "
            "noise). Check this page against the paper."
        )
    # Boxes found on the cleaned image, mapped back to the page image the user sees.
    box = reading.transform.box
    segments = tuple(
        replace(
            s,
            bbox=box(*s.bbox),
            words=tuple(replace(w, bbox=box(*w.bbox)) for w in s.words),
        )
        for s in segments_from_words(reading.words, number)
    )
    return Page(number, width, height, "ocr", segments, tuple(notes))


def page_image(job: PageJob) -> Image.Image:
    """The page as an image: a PDF page rendered at 300 dpi, or the image file's frame."""
    if job.kind == "image":
        return load_frame(Path(job.path), job.number - 1)
    doc = pdfmod.open_pdfium(Path(job.path), job.password)
    try:
        # Grey: OCR needs no colour, and a grey page takes a third of the memory.
        return pdfmod.render(doc, job.number - 1, OCR_DPI, grayscale=True)
    finally:
        pdfmod.close(doc)


def _as_is(job: PageJob) -> Path | None:
    """The image file itself when tesseract reads it exactly as load_frame would give it."""
    if job.kind != "image" or job.number != 1:
        return None
    path = Path(job.path)
    try:
        with open_image(path) as image:
            # Only what the header says: a PNG's getexif() would decode the whole image.
            # (A frame load_frame turns by its EXIF tag is caught after decoding: run_job.)
            plain = (
                getattr(image, "n_frames", 1) == 1
                and image.format in ("PNG", "JPEG", "TIFF", "BMP", "PPM")
                and image.mode in ("L", "RGB")
            )
    except (InputUnreadable, OSError, SyntaxError, ValueError):
        return None  # decoding it for real will say what is wrong
    return path if plain else None


def run_job(job: PageJob, memo: ScriptMemo | None = None, spare_core: bool = False) -> Page:
    """OCR one page. spare_core: a core is free (fewer pages than cores): read the page early,
    while clean-up looks at it."""
    early: Early | None = None
    if spare_core and (memo is None or memo.guess() == "eng"):
        path = _as_is(job)
        # The file as it is: tesseract decodes it while this thread does.
        early = _start_reading(path) if path is not None else None
    image = page_image(job)
    if spare_core and (early is None or image.info.get(TURNED)):
        # The file on disk was not upright: read the turned image instead.
        early = image
    page = ocr_image(image, job.number, memo, early)
    if job.note:
        notes = (job.note, *page.notes)
        page = Page(page.number, page.width, page.height, "ocr", page.segments, notes)
    return page
