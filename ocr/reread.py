"""A second reading of the lines tesseract read poorly, one column's piece of a line at a time.

On a phone photo the page is keystoned: the lines of two columns side by side are not level
with each other. Tesseract's layout analysis still makes one text line of them, fits one
baseline through both, and reads one side as garbage ("NOTE We yod ans erreta)" for
'NOTE: If you answered "Yes"'). Cut out on its own, the same piece reads cleanly.

Only poorly read pieces of lines that run across a column gutter (the cause) are read again,
all in one extra tesseract run (the crops stacked on one canvas), and only when they hold more
than a few characters: a clean page pays nothing and a bad one pays one short run.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, replace

from PIL import Image

from ocr.layout import Word
from ocr.tesseract import ocr_words

# A piece is read again when a word in it is below WORD_POOR and the piece's mean (weighted by
# word length) is below PIECE_POOR.
WORD_POOR = 0.5
PIECE_POOR = 0.75
# Words of one tesseract line further apart than this many word heights are in other columns
# (a gutter between columns is wider; a word tesseract missed altogether leaves a narrower gap).
PIECE_GAP = 5.0
# Fewer misread characters than this on a page are left as they are.
MIN_CHARS = 30
# The new reading replaces the old one only when clearly better.
BETTER_BY = 0.1


@dataclass
class _Piece:
    words: list[Word]
    # Tesseract's line went on across a column gutter: the cause of misreadings on photos.
    across: bool = False

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (
            min(w.x0 for w in self.words),
            min(w.y0 for w in self.words),
            max(w.x1 for w in self.words),
            max(w.y1 for w in self.words),
        )


def _score(words: list[Word]) -> float:
    """Mean confidence of the words with letters or digits, weighted by their length."""
    counted = [(w.confidence, len(w.text)) for w in words if any(ch.isalnum() for ch in w.text)]
    total = sum(n for _c, n in counted)
    return sum(c * n for c, n in counted) / total if total else 1.0


def _poor(piece: _Piece) -> bool:
    text = [w for w in piece.words if any(ch.isalnum() for ch in w.text)]
    if sum(len(w.text) for w in text) < 3:
        return False
    return min(w.confidence for w in text) < WORD_POOR and _score(piece.words) < PIECE_POOR


def _pieces(words: list[Word], h: float) -> list[_Piece]:
    """Each tesseract line cut at gaps wide enough to be between columns."""
    by_line: dict[object, list[Word]] = {}
    for w in words:
        by_line.setdefault(w.line_key, []).append(w)
    pieces: list[_Piece] = []
    for line in by_line.values():
        line.sort(key=lambda w: w.x0)
        parts = [[line[0]]]
        for prev, w in itertools.pairwise(line):
            if w.x0 - prev.x1 > PIECE_GAP * h:
                parts.append([])
            parts[-1].append(w)
        pieces += [_Piece(p, across=len(parts) > 1) for p in parts]
    return pieces


def _merge(pieces: list[_Piece], h: float) -> list[_Piece]:
    """Join poor pieces side by side on one line (tesseract may put them in separate lines)."""
    out: list[_Piece] = []
    for piece in sorted(pieces, key=lambda p: p.box[0]):
        x0, y0, _x1, y1 = piece.box
        for other in out:
            _a0, b0, a1, b1 = other.box
            overlap = min(y1, b1) - max(y0, b0)
            if overlap >= 0.5 * min(y1 - y0, b1 - b0) and 0 <= x0 - a1 < PIECE_GAP * h:
                other.words.extend(piece.words)
                break
        else:
            out.append(piece)
    return out


def reread_poor_lines(image: Image.Image, words: list[Word], lang: str, dpi: int) -> list[Word]:
    """The words, with each poorly read piece of a line replaced by its reading on its own."""
    if not words or any(w.line_key is None for w in words):
        return words
    h = statistics.median(w.height for w in words)
    poor = _merge([p for p in _pieces(words, h) if p.across and _poor(p)], h)
    # A few misread characters (a box, a frame's edge) are not worth a tesseract run.
    if sum(len(w.text) for p in poor for w in p.words) < MIN_CHARS:
        return words
    pad_x, pad_y, gap = round(0.6 * h), round(0.35 * h), round(1.5 * h)
    crops: list[tuple[int, int, int, int]] = []
    for piece in poor:
        x0, y0, x1, y1 = piece.box
        crops.append(
            (
                max(0, round(x0) - pad_x),
                max(0, round(y0) - pad_y),
                min(image.width, round(x1) + pad_x),
                min(image.height, round(y1) + pad_y),
            )
        )
    width = max(c[2] - c[0] for c in crops) + 2 * gap
    height = sum(c[3] - c[1] + gap for c in crops) + gap
    canvas = Image.new("L", (width, height), 255)
    gray = image.convert("L")
    tops: list[int] = []
    y = gap
    for crop in crops:
        canvas.paste(gray.crop(crop), (gap, y))
        tops.append(y)
        y += crop[3] - crop[1] + gap
    found: list[list[Word]] = [[] for _ in crops]
    for w in ocr_words(canvas, lang=lang, psm=6, dpi=dpi):
        middle = (w.y0 + w.y1) / 2
        for i, (crop, top) in enumerate(zip(crops, tops, strict=True)):
            if top <= middle < top + crop[3] - crop[1]:
                dx, dy = crop[0] - gap, crop[1] - top
                found[i].append(replace(w, x0=w.x0 + dx, x1=w.x1 + dx, y0=w.y0 + dy, y1=w.y1 + dy))
                break
    replaced: dict[int, list[Word]] = {}
    for piece, new in zip(poor, found, strict=True):
        _x0, y0, _x1, y1 = piece.box
        # Only the piece's own line: a neighbouring line caught in the crop is read already.
        new = [w for w in new if y0 <= (w.y0 + w.y1) / 2 <= y1]
        if new and _score(new) >= _score(piece.words) + BETTER_BY:
            key = piece.words[0].line_key
            replaced[id(piece.words[0])] = [replace(w, line_key=key) for w in new]
            for w in piece.words[1:]:
                replaced[id(w)] = []
    out: list[Word] = []
    for w in words:
        out.extend(replaced.get(id(w), [w]))
    return out
