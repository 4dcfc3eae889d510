"""extract(): a file -> Document, choosing per page between the PDF text layer and OCR."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image

from document.errors import InputUnreadable, MissingComponent, UsageError
from document.hashing import sha256_file
from document.model import Document, Page, Source
from document.progress import CancelToken, Progress, ProgressCallback, no_progress
from ocr import cache
from ocr import pdf as pdfmod
from ocr.executor import default_workers, run_jobs
from ocr.images import image_page_count, load_frame
from ocr.layout import segments_from_words
from ocr.ocr_page import OCR_DPI, PageJob, ScriptMemo, run_job
from ocr.sniff import sniff
from ocr.tesseract import tesseract_version
from ocr.textlayer import checkbox_words, page_words, value_words

log = logging.getLogger(__name__)


def page_count(path: Path, password: str | None = None) -> int:
    """Number of pages of a PDF or (multi-page) image file."""
    if sniff(path) == "pdf":
        return pdfmod.pdf_page_count(path, password)
    return image_page_count(path)


def render_page(
    path: Path, page_number: int, dpi: int = 150, password: str | None = None
) -> Image.Image:
    """Page page_number (1-based) as an image for display.

    Coordinates: a Page's width/height are in the same units as its segments' bboxes (PDF points
    for text pages, pixels at 300 dpi for OCR'd PDF pages, pixels of the image for image files).
    To draw a bbox on the rendered image, multiply by ``image.width / page.width`` (x) and
    ``image.height / page.height`` (y). Image files are treated as 300 dpi (dpi=300: as stored).
    """
    _check_page(path, page_number, page_count(path, password))
    if sniff(path) == "pdf":
        doc = pdfmod.open_pdfium(path, password)
        try:
            return pdfmod.render(doc, page_number - 1, dpi)
        finally:
            pdfmod.close(doc)
    image = load_frame(path, page_number - 1)
    if dpi == OCR_DPI:
        return image
    scale = dpi / OCR_DPI
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _check_page(path: Path, number: int, total: int) -> None:
    if not 1 <= number <= total:
        raise UsageError(
            f"{path.name} has {total} page{'s' if total != 1 else ''}; there is no page {number}. "
            f"Choose pages between 1 and {total}."
        )


def _engine() -> str:
    try:
        return f"tesseract {tesseract_version()}"
    except MissingComponent:
        return "no tesseract"


def extract(
    path: Path,
    pages: Sequence[int] | None = None,
    force_ocr: bool = False,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Document:
    """Read a PDF or image file into a Document with segments in reading order.

    PDF pages with a real text layer are read from it (method "text", confidence 1.0, bbox in
    PDF points, origin top-left). Image files, pages without text and all pages when force_ocr is
    set are OCR'd with tesseract, in parallel across cores (method "ocr", bbox in pixels at 300
    dpi for PDF pages or of the image itself for image files, confidence 0..1). See render_page
    for drawing boxes on a page image. Results are cached by content: a second call is instant.
    """
    report = progress or no_progress
    path = Path(path)
    kind = sniff(path)
    total = page_count(path, password)  # raises PasswordRequired before any cache lookup
    if total == 0:
        raise InputUnreadable(
            f"{path.name} has no pages. Copy or download it again, or scan the paper."
        )
    wanted = sorted(set(pages)) if pages else list(range(1, total + 1))
    for n in wanted:
        _check_page(path, n, total)
    source = Source(str(path), sha256_file(path))
    key = cache.cache_key(source.sha256, wanted, force_ocr, _engine())
    cached = cache.load(key, source)
    if cached is not None:
        report(Progress(len(wanted), len(wanted), f"{path.name}: read before, taken from cache"))
        return cached
    report(Progress(0, len(wanted), f"Reading {path.name}"))
    if kind == "pdf":
        out = _extract_pdf(path, wanted, force_ocr, password, report, cancel)
    else:
        jobs = [PageJob(str(path), "image", n) for n in wanted]
        out = run_jobs(_reader(len(jobs)), jobs, progress=report, cancel=cancel)
    doc = Document(source=source, pages=tuple(out))
    cache.store(key, doc)
    return doc


def _reader(jobs: int) -> Callable[[PageJob], Page]:
    """run_job for the pages of one paper, sharing what script they were read in. With fewer
    pages than cores, each page is read early on a spare core while it is cleaned up."""
    return functools.partial(run_job, memo=ScriptMemo(), spare_core=jobs < default_workers())


_XFA_NOTE = (
    "This PDF is a dynamic XFA form; its text layer only says 'Please wait...', so the rendered "
    "page was read with OCR."
)


def _extract_pdf(
    path: Path,
    wanted: list[int],
    force_ocr: bool,
    password: str | None,
    report: ProgressCallback,
    cancel: CancelToken | None,
) -> list[Page]:
    """Text pages here (fast); pages that need OCR go to the executor afterwards."""
    done: dict[int, Page] = {}
    jobs: list[PageJob] = []
    doc = pdfmod.open_pdfium(path, password, forms=True)
    try:
        for n in wanted:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if force_ocr:
                jobs.append(PageJob(str(path), "pdf", n, password))
                continue
            with pdfmod.PDFIUM_LOCK:
                page = doc[n - 1]
                try:
                    words = page_words(page)
                    boxes = checkbox_words(doc, page) + value_words(doc, page)
                    width, height = page.get_size()
                finally:
                    page.close()
            text = " ".join(w.text for w in words)
            if not pdfmod.has_text_layer(text):
                jobs.append(PageJob(str(path), "pdf", n, password))
            elif pdfmod.is_xfa_placeholder(text):
                jobs.append(PageJob(str(path), "pdf", n, password, note=_XFA_NOTE))
            else:
                segments = tuple(segments_from_words(words + boxes, n))
                done[n] = Page(n, float(width), float(height), "text", segments)
                report(Progress(len(done), len(wanted), f"Page {n} read from its text layer"))
    finally:
        pdfmod.close(doc)
    if jobs:
        ocr_pages = run_jobs(
            _reader(len(jobs)),
            jobs,
            progress=report,
            cancel=cancel,
            done_before=len(done),
            total=len(wanted),
        )
        done.update((p.number, p) for p in ocr_pages)
    return [done[n] for n in wanted]
