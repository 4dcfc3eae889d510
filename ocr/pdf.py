"""PDF access: opening (passwords, corrupt files), the text layer as words, rendering pages.

pypdfium2 renders and counts pages; pdfplumber reads the text layer. Owner-password encryption
(the USCIS forms use it to forbid editing) opens without asking; a user password is required
only when the PDF cannot be opened without one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from document.errors import InputUnreadable, PasswordRequired
from ocr.images import MAX_PIXELS
from ocr.layout import Word

log = logging.getLogger(__name__)

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


def open_pdfium(path: Path, password: str | None = None) -> pdfium.PdfDocument:
    """The PDF opened with pdfium; PasswordRequired / InputUnreadable with a clear message."""
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PasswordRequired(_password_message(path, wrong=password is not None)) from exc
        raise InputUnreadable(_corrupt_message(path, str(exc).split("(")[-1].rstrip(")."))) from exc


def pdf_page_count(path: Path, password: str | None = None) -> int:
    doc = open_pdfium(path, password)
    try:
        return len(doc)
    finally:
        doc.close()


@contextmanager
def open_plumber(path: Path, password: str | None = None) -> Iterator[Any]:
    """pdfplumber's view of the PDF (call open_pdfium first: it gives the better errors)."""
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfminer raises many types for bad files
        cause = getattr(exc, "args", [None])[0] if exc.args else None
        if "Password" in type(cause).__name__ or "Password" in type(exc).__name__:
            raise PasswordRequired(_password_message(path, wrong=password is not None)) from exc
        raise InputUnreadable(_corrupt_message(path, str(exc) or type(exc).__name__)) from exc
    try:
        yield pdf
    finally:
        pdf.close()


def _is_bold(chars: list[dict[str, Any]]) -> bool:
    names = [str(c.get("fontname", "")) for c in chars if str(c.get("text", "")).strip()]
    return bool(names) and all(re.search(r"bold|black|heavy", n, re.I) for n in names)


def text_layer_words(page: Any) -> tuple[list[Word], str]:
    """Upright words of a pdfplumber page (PDF points, top-left origin) and its plain text."""
    page = page.dedupe_chars()
    raw = page.extract_words(extra_attrs=["size"], return_chars=True)
    words = [
        Word(
            text=w["text"],
            x0=float(w["x0"]),
            y0=float(w["top"]),
            x1=float(w["x1"]),
            y1=float(w["bottom"]),
            bold=_is_bold(w.get("chars", [])),
            size=float(w["size"]),
        )
        for w in raw
        if w.get("upright", True)
    ]
    return words, " ".join(w.text for w in words)


def has_text_layer(text: str) -> bool:
    return sum(1 for ch in text if not ch.isspace()) >= MIN_TEXT_CHARS


def is_xfa_placeholder(text: str) -> bool:
    """True when the page's only text is the XFA "Please wait..." message."""
    return bool(_XFA_PLACEHOLDER.search(text)) and len(text.split()) < 80


def render(doc: pdfium.PdfDocument, index: int, dpi: float) -> Image.Image:
    """Page index (0-based) as an RGB image at dpi, capped so it never exceeds MAX_PIXELS."""
    page = doc[index]
    try:
        w_pt, h_pt = page.get_size()
        scale = dpi / POINTS_PER_INCH
        pixels = w_pt * h_pt * scale * scale
        if pixels > MAX_PIXELS:
            # A poster-sized page: render smaller rather than exhaust memory.
            scale *= (MAX_PIXELS / pixels) ** 0.5
        bitmap = page.render(scale=scale, may_draw_forms=True)
        try:
            return bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
