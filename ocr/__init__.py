"""ocr/: a file (PDF, PNG/JPEG/TIFF, multi-page TIFF, phone photo) -> Document in reading order.

Public API:
    extract(path, pages=None, force_ocr=False, password=None, progress=None, cancel=None)
    page_count(path, password=None)
    render_page(path, page_number, dpi=150, password=None)
    check_tesseract(langs=("eng",))

Modules: sniff (file type), pdf + textlayer (pdfium), images (safe decoding), tesseract (the one
wrapper of the program), cleanup (deskew, lighting, upscaling), boxes (printed checkboxes),
layout (reading order, sentences), ocr_page (one page), executor (pages in parallel), cache.
"""

from ocr.pipeline import extract, page_count, render_page
from ocr.tesseract import check_tesseract

__all__ = ["check_tesseract", "extract", "page_count", "render_page"]
