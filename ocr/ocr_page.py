"""OCR of one page (a rendered PDF page or an image frame) into a Page.

Plain functions of (path, page number) so that they can run in a worker process: each worker
renders or decodes only its own page, which keeps memory bounded on long documents.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from document.model import Page
from ocr import pdf as pdfmod
from ocr.images import load_frame
from ocr.layout import segments_from_words
from ocr.tesseract import check_tesseract, ocr_words

OCR_DPI = 300


def ocr_image(image: Image.Image, number: int, lang: str = "eng") -> Page:
    """OCR a page image; bbox in the image's pixels."""
    check_tesseract(tuple(lang.split("+")))
    words = ocr_words(image, lang=lang, dpi=OCR_DPI)
    return Page(
        number=number,
        width=float(image.width),
        height=float(image.height),
        method="ocr",
        segments=tuple(segments_from_words(words, number)),
    )


def ocr_pdf_page(path: Path, number: int, password: str | None = None) -> Page:
    doc = pdfmod.open_pdfium(path, password)
    try:
        image = pdfmod.render(doc, number - 1, OCR_DPI)
    finally:
        doc.close()
    return ocr_image(image, number)


def ocr_image_page(path: Path, number: int) -> Page:
    return ocr_image(load_frame(path, number - 1), number)
