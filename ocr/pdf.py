"""PDF access with pdfium: opening (passwords, corrupt files), rendering, text-layer checks.

Owner-password encryption (the USCIS forms use it to forbid editing) opens without asking; a
user password is required only when the PDF cannot be opened without one.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from document.errors import InputUnreadable, PasswordRequired
from ocr.images import MAX_PIXELS

log = logging.getLogger(__name__)

# pdfium is not thread-safe, not even across documents: every call into it from ocr/ (OCR
# worker threads, the GUI's page rendering) holds this lock. Hold it per page, not per document,
# so a long document never keeps the GUI waiting for a page image.
PDFIUM_LOCK = threading.RLock()

POINTS_PER_INCH = 72.0

# The text layer of a dynamic XFA form that the PDF library cannot lay out.
_XFA_PLACEHOLDER = re.compile(
    r"please wait|your pdf viewer may not be able to display this type of document", re.I
)
# Fewer visible characters than this and the page counts as having no text layer (a scan).
MIN_TEXT_CHARS = 12


def _password_message(path: Path, wrong: bool) -> str:
    what = "The password given for" if wrong else ""
    if wrong:
        return (
            f"{what} {path.name} is not right. Ask the person who sent it for the password "
            "and open it again with --password PASSWORD."
        )
    return (
        f"{path.name} is protected by a password. Open it again with --password PASSWORD "
        "(in the app: enter the password when asked)."
    )


def _corrupt_message(path: Path, detail: str) -> str:
    return (
        f"{path.name} is damaged or incomplete and cannot be opened as a PDF ({detail}). "
        "Copy or download it again, or scan the paper."
    )


def open_pdfium(path: Path, password: str | None = None, forms: bool = False) -> pdfium.PdfDocument:
    """The PDF opened with pdfium; PasswordRequired / InputUnreadable with a clear message.

    forms=True loads the interactive form (checkbox states); call it before loading pages.
    """
    try:
        with PDFIUM_LOCK:
            doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PasswordRequired(_password_message(path, wrong=password is not None)) from exc
        raise InputUnreadable(_corrupt_message(path, str(exc).split("(")[-1].rstrip(")."))) from exc
    if forms:
        # Without XFA support pdfium still reads the AcroForm fields, which is all we need;
        # its warning about XFA would only alarm the user.
        quiet = logging.getLogger("pypdfium2")
        level = quiet.level
        quiet.setLevel(logging.ERROR)
        try:
            with PDFIUM_LOCK:
                doc.init_forms()
        except pdfium.PdfiumError as exc:
            log.info("form fields of %s not loaded: %s", path.name, exc)
        finally:
            quiet.setLevel(level)
    return doc


def pdf_page_count(path: Path, password: str | None = None) -> int:
    doc = open_pdfium(path, password)
    with PDFIUM_LOCK:
        try:
            return len(doc)
        finally:
            doc.close()


def has_text_layer(text: str) -> bool:
    return sum(1 for ch in text if not ch.isspace()) >= MIN_TEXT_CHARS


def is_xfa_placeholder(text: str) -> bool:
    """True when the page's only text is the XFA "Please wait..." message."""
    return bool(_XFA_PLACEHOLDER.search(text)) and len(text.split()) < 80


def render(doc: pdfium.PdfDocument, index: int, dpi: float, grayscale: bool = False) -> Image.Image:
    """Page index (0-based) as an RGB (or grey) image at dpi, never more than MAX_PIXELS."""
    with PDFIUM_LOCK:
        return _render(doc, index, dpi, grayscale)


def close(doc: pdfium.PdfDocument) -> None:
    with PDFIUM_LOCK:
        doc.close()


def _render(doc: pdfium.PdfDocument, index: int, dpi: float, grayscale: bool) -> Image.Image:
    try:
        return _draw(doc, index, dpi, grayscale)
    except pdfium.PdfiumError as exc:
        raise InputUnreadable(
            f"Page {index + 1} of this PDF cannot be drawn ({exc}). The file may be damaged: "
            "copy or download it again, or scan the paper."
        ) from exc


def _draw(doc: pdfium.PdfDocument, index: int, dpi: float, grayscale: bool) -> Image.Image:
    page = doc[index]
    try:
        w_pt, h_pt = page.get_size()
        scale = dpi / POINTS_PER_INCH
        pixels = w_pt * h_pt * scale * scale
        if pixels > MAX_PIXELS:
            # A poster-sized page: render smaller rather than exhaust memory.
            scale *= (MAX_PIXELS / pixels) ** 0.5
        bitmap = page.render(scale=scale, may_draw_forms=True, grayscale=grayscale)
        try:
            return bitmap.to_pil().convert("L" if grayscale else "RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
