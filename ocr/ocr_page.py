"""OCR of one page (a rendered PDF page or an image frame) into a Page.

run_job is what the executor's worker processes run: it opens the file itself and renders or
decodes only its own page, which keeps memory bounded on long documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image

from document.model import Page
from ocr import pdf as pdfmod
from ocr.images import load_frame
from ocr.layout import segments_from_words
from ocr.tesseract import check_tesseract, ocr_words

OCR_DPI = 300


@dataclass(frozen=True)
class PageJob:
    """One page to OCR: picklable, so it can go to a worker process."""

    path: str
    kind: Literal["pdf", "image"]
    number: int
    password: str | None = None
    # Said on the page (e.g. why a PDF page with a text layer was OCR'd).
    note: str | None = None

    def __str__(self) -> str:
        return f"Page {self.number} read with OCR"


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


def page_image(job: PageJob) -> Image.Image:
    """The page as an image: a PDF page rendered at 300 dpi, or the image file's frame."""
    if job.kind == "image":
        return load_frame(Path(job.path), job.number - 1)
    doc = pdfmod.open_pdfium(Path(job.path), job.password)
    try:
        return pdfmod.render(doc, job.number - 1, OCR_DPI)
    finally:
        pdfmod.close(doc)


def run_job(job: PageJob) -> Page:
    page = ocr_image(page_image(job), job.number)
    if job.note:
        page = Page(
            page.number, page.width, page.height, "ocr", page.segments, (job.note, *page.notes)
        )
    return page
