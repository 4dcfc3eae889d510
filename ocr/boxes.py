"""Checkboxes as tesseract reads them: "[ ]", "[x]", "[X]No", "[]Yes" become checkbox words.

Tesseract has no notion of a checkbox; it reads a printed box as brackets, with an "x" inside
when it is ticked. Turning those tokens into checkbox words lets the layout read "Yes (checked)"
as it does for PDF form fields. Only bracket shapes are trusted: an "O" or "0" may be a letter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ocr.layout import Word
from ocr.textlayer import CHECKED, UNCHECKED

_BOX = re.compile(r"^[\[|(][\s_]*([xX×✓✔]?)[\s_]*[\]|)](.*)$")
_TICK = frozenset("xX×✓✔")


def _box(word: Word, checked: bool, width: float) -> Word:
    return replace(
        word,
        text=CHECKED if checked else UNCHECKED,
        x1=min(word.x1, word.x0 + width),
        checked=checked,
    )


def _rest(word: Word, text: str, box_width: float) -> Word:
    return replace(word, text=text, x0=min(word.x1 - 1, word.x0 + box_width))


def read_checkboxes(words: list[Word]) -> list[Word]:
    """The words with bracket-shaped boxes replaced by checkbox words (and the label after)."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        same_line = nxt is not None and nxt.line_key == w.line_key and nxt.x0 - w.x1 < w.height
        side = w.height
        # "[" then "]No", or "[" "x" "]No": a box split over two or three tokens.
        if w.text == "[" and same_line and nxt is not None:
            third = words[i + 2] if i + 2 < len(words) else None
            if nxt.text.startswith("]"):
                out.append(_box(replace(w, x1=nxt.x0 + 1), False, side))
                if nxt.text[1:]:
                    out.append(_rest(nxt, nxt.text[1:], 0.2 * side))
                i += 2
                continue
            if nxt.text in _TICK and third is not None and third.text.startswith("]"):
                out.append(_box(replace(w, x1=third.x0 + 1), True, side))
                if third.text[1:]:
                    out.append(_rest(third, third.text[1:], 0.2 * side))
                i += 3
                continue
        m = _BOX.match(w.text)
        if m and w.text[0] == "[":
            out.append(_box(w, bool(m.group(1)), side))
            if m.group(2):
                out.append(_rest(w, m.group(2), side))
            i += 1
            continue
        out.append(w)
        i += 1
    return out
