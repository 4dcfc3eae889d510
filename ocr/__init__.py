"""ocr/: a file (PDF, PNG/JPEG/TIFF, phone photo) -> Document in reading order.

Public API: extract, page_count, render_page, check_tesseract.
"""

from ocr.pipeline import extract, page_count, render_page
from ocr.tesseract import check_tesseract

__all__ = ["check_tesseract", "extract", "page_count", "render_page"]
