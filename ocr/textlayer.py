"""The text layer of a PDF page as words, read with pdfium.

pdfium is used rather than pdfplumber here because it is about 30 times faster on the USCIS
forms (12 pages of i-130: 0.1 s against 3.8 s for pdfminer's parse and word grouping), which the
design's budget (12 born-digital pages in under 1 s) needs.

Word boxes: x from the glyphs' loose boxes; y one em tall around the baseline (like pdfminer's
boxes, so every word of a line has the same height), in PDF points with the origin at the
top-left of the crop box.
"""

from __future__ import annotations

import ctypes
import math
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ocr.layout import Word

# Characters further apart than this share of the font size are separate words.
_WORD_GAP = 0.25
# Text turned by more than this (radians) is not part of the page's running text.
_MAX_ANGLE = 0.1


def _font_is_bold(textpage: Any, index: int) -> bool:
    weight = raw.FPDFText_GetFontWeight(textpage, index)
    if weight >= 600:
        return True
    flags = ctypes.c_int(0)
    size = raw.FPDFText_GetFontInfo(textpage, index, None, 0, ctypes.byref(flags))
    if size <= 0:
        return False
    buf = ctypes.create_string_buffer(size)
    raw.FPDFText_GetFontInfo(textpage, index, buf, size, ctypes.byref(flags))
    name = buf.value.decode("utf-8", "replace").lower()
    return any(mark in name for mark in ("bold", "black", "heavy"))


CHECKED, UNCHECKED = "☒", "☐"
_BOX_CHARS = {"☐": False, "☑": True, "☒": True}


def checkbox_words(doc: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[Word]:
    """Checkbox and radio-button form fields as words "☒" (checked) / "☐" (not checked).

    Needs doc opened with forms=True; without a form environment there are none.
    """
    formenv = getattr(doc, "formenv", None)
    if formenv is None:
        return []
    left, _bottom, _right, top = page.get_cropbox()
    words = []
    rect = raw.FS_RECTF()
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            kind = raw.FPDFAnnot_GetFormFieldType(formenv.raw, annot)
            if kind not in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
                continue
            if not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            checked = bool(raw.FPDFAnnot_IsChecked(formenv.raw, annot))
            words.append(
                Word(
                    text=CHECKED if checked else UNCHECKED,
                    x0=rect.left - left,
                    y0=top - rect.top,
                    x1=rect.right - left,
                    y1=top - rect.bottom,
                    checked=checked,
                )
            )
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return words


_VALUE_FIELDS = frozenset(
    {raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX}
)


def _field_value(formenv: Any, annot: Any) -> str:
    size = raw.FPDFAnnot_GetFormFieldValue(formenv, annot, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetFormFieldValue(
        formenv, annot, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), size
    )
    return buf.raw.decode("utf-16-le", "replace").rstrip("\x00").strip()


def value_words(doc: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[Word]:
    """What was typed into the form's text fields (and chosen in its lists), one word per field.

    A filled-in form is read with its answers: a reading that skipped them would not be a
    reading of the paper the person is asked to sign.
    """
    formenv = getattr(doc, "formenv", None)
    if formenv is None:
        return []
    left, _bottom, _right, top = page.get_cropbox()
    words = []
    rect = raw.FS_RECTF()
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            if raw.FPDFAnnot_GetFormFieldType(formenv.raw, annot) not in _VALUE_FIELDS:
                continue
            text = " ".join(_field_value(formenv.raw, annot).split())
            if not text or not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            words.append(
                Word(
                    text=text,
                    x0=rect.left - left,
                    y0=top - rect.top,
                    x1=rect.right - left,
                    y1=top - rect.bottom,
                    value=True,
                )
            )
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return words


def page_words(page: pdfium.PdfPage) -> list[Word]:
    """Upright words of the page, in content order, in PDF points with a top-left origin."""
    left, _bottom, _right, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        words: list[Word] = []
        chars: list[tuple[str, float, float, float, float, float]] = []
        first_index = -1
        box = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
        rect = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()

        def flush() -> None:
            if chars:
                text = "".join(c[0] for c in chars)
                words.append(
                    Word(
                        text=text,
                        checked=_BOX_CHARS.get(text),
                        x0=min(c[1] for c in chars),
                        y0=min(c[2] for c in chars),
                        x1=max(c[3] for c in chars),
                        y1=max(c[4] for c in chars),
                        bold=_font_is_bold(tp, first_index),
                        size=chars[0][5],
                    )
                )
                chars.clear()

        for i in range(raw.FPDFText_CountChars(tp)):
            code = raw.FPDFText_GetUnicode(tp, i)
            # pdfium reports a hyphen at a line break as 0x02.
            ch = "-" if code == 2 else chr(code) if code else ""
            if not ch or ch.isspace() or ch in "\ufffe\ufeff" or code < 32:
                flush()
                continue
            if abs(math.remainder(raw.FPDFText_GetCharAngle(tp, i), 2 * math.pi)) > _MAX_ANGLE:
                flush()
                continue
            if raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(rect)):
                x0, x1 = rect.left, rect.right
            else:
                raw.FPDFText_GetCharBox(tp, i, *(ctypes.byref(b) for b in box))
                x0, x1 = box[0].value, box[1].value
            # The em size times the text matrix's vertical scale: the size a reader sees.
            size = raw.FPDFText_GetFontSize(tp, i)
            if raw.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix)):
                size *= math.hypot(matrix.c, matrix.d)
            raw.FPDFText_GetCharOrigin(tp, i, ctypes.byref(box[2]), ctypes.byref(box[3]))
            baseline = box[3].value
            if size <= 0:
                size = max(1.0, rect.top - rect.bottom)
            # One em tall, from the baseline up 0.8 em and down 0.2 em (as pdfminer boxes are), so
            # every word of a line has the same height whatever its letters.
            y_top, y_bottom = baseline + 0.8 * size, baseline - 0.2 * size
            c = (ch, x0 - left, top - y_top, x1 - left, top - y_bottom, round(size, 1))
            if chars:
                prev = chars[-1]
                # Some forms draw each glyph twice (fake bold): drop the copy.
                if prev[0] == ch and abs(prev[1] - c[1]) < 0.5 and abs(prev[2] - c[2]) < 0.5:
                    continue
                same_line = abs(prev[2] - c[2]) < 0.5 * max(1.0, prev[4] - prev[2])
                if not same_line or c[1] - prev[3] > _WORD_GAP * max(1.0, size) or c[1] < prev[1]:
                    flush()
            if not chars:
                first_index = i
            chars.append(c)
        flush()
        return words
    finally:
        textpage.close()
