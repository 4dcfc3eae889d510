"""extract(): a file -> Document, choosing per page between the PDF text layer and OCR."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from document.errors import InputUnreadable, UsageError
from document.hashing import sha256_file
from document.model import Document, Page, Source
from document.progress import CancelToken, Progress, ProgressCallback, no_progress
from ocr import pdf as pdfmod
from ocr.images import image_page_count, load_frame
from ocr.layout import segments_from_words
from ocr.ocr_page import OCR_DPI, ocr_image_page, ocr_pdf_page
from ocr.sniff import sniff

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
            doc.close()
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


def extract(
    path: Path,
    pages: Sequence[int] | None = None,
    force_ocr: bool = False,
    password: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Document:
    """Read a PDF or image file into a Document with segments in reading order.

    PDF pages with a real text layer are read with pdfplumber (method "text", confidence 1.0,
    bbox in PDF points, origin top-left). Image files, pages without text and all pages when
    force_ocr is set are OCR'd with tesseract (method "ocr", bbox in pixels at 300 dpi for PDF
    pages or of the image itself for image files, confidence 0..1). See render_page for drawing
    boxes on a page image.
    """
    report = progress or no_progress
    path = Path(path)
    kind = sniff(path)
    total = page_count(path, password)
    wanted = list(pages) if pages else list(range(1, total + 1))
    for n in wanted:
        _check_page(path, n, total)
    source = Source(str(path), sha256_file(path))
    out: list[Page] = []
    report(Progress(0, len(wanted), f"Reading {path.name}"))
    if kind == "pdf":
        out = _extract_pdf(path, wanted, force_ocr, password, report, cancel)
    else:
        for i, n in enumerate(wanted):
            if cancel is not None:
                cancel.raise_if_cancelled()
            out.append(ocr_image_page(path, n))
            report(Progress(i + 1, len(wanted), f"Page {n} of {total}"))
    return Document(source=source, pages=tuple(out))


def _extract_pdf(
    path: Path,
    wanted: list[int],
    force_ocr: bool,
    password: str | None,
    report: ProgressCallback,
    cancel: CancelToken | None,
) -> list[Page]:
    pdfmod.open_pdfium(path, password).close()  # clear password/corruption errors first
    out: list[Page] = []
    with pdfmod.open_plumber(path, password) as pdf:
        for i, n in enumerate(wanted):
            if cancel is not None:
                cancel.raise_if_cancelled()
            page = pdf.pages[n - 1]
            try:
                words, text = pdfmod.text_layer_words(page)
            except Exception as exc:  # pdfminer: broken content stream on this page
                log.warning("text layer of page %d unreadable: %s", n, exc)
                words, text = [], ""
            notes: tuple[str, ...] = ()
            if force_ocr or not pdfmod.has_text_layer(text):
                out.append(ocr_pdf_page(path, n, password))
            elif pdfmod.is_xfa_placeholder(text):
                ocr = ocr_pdf_page(path, n, password)
                notes = (
                    "This PDF is a dynamic XFA form; its text layer only says 'Please wait...', "
                    "so the rendered page was read with OCR.",
                )
                out.append(
                    Page(ocr.number, ocr.width, ocr.height, "ocr", ocr.segments, notes + ocr.notes)
                )
            else:
                out.append(
                    Page(
                        number=n,
                        width=float(page.width),
                        height=float(page.height),
                        method="text",
                        segments=tuple(segments_from_words(words, n)),
                    )
                )
            # pdfplumber caches parsed objects per page: drop them to keep memory flat.
            page.close()
            report(Progress(i + 1, len(wanted), f"Page {n}"))
    if not out and wanted:
        raise InputUnreadable(f"{path.name}: no pages could be read.")
    return out
