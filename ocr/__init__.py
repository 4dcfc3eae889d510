"""ocr/: a file (PDF, PNG/JPEG/TIFF, multi-page TIFF, phone photo) -> Document in reading order.

Public API:
    extract(path, pages=None, force_ocr=False, password=None, progress=None, cancel=None)
    page_count(path, password=None)
    render_page(path, page_number, dpi=150, password=None)
    check_tesseract(langs=("eng",))

Modules: sniff (file type), pdf + textlayer (pdfium), images (safe decoding), tesseract (the one
wrapper of the program), cleanup (deskew, lighting, upscaling), reread (lines misread across
columns read again), boxes (printed checkboxes), layout (reading order, sentences, word boxes),
ocr_page (one page), executor (pages in parallel), cache.

Every Segment carries its words (document.model.WordBox: character offsets into its text and a
box in page units), for highlighting the word being spoken on the page image.
"""

from ocr.pipeline import extract, page_count, render_page
from ocr.tesseract import check_tesseract

__all__ = ["check_tesseract", "extract", "page_count", "render_page"]
