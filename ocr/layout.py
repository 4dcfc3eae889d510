"""Words with boxes -> segments in reading order (shared by the text-layer and the OCR paths).

The page is cut recursively (XY-cut): wide vertical whitespace splits columns (read left to
right), horizontal whitespace splits blocks (read top to bottom). Consecutive horizontal strips
that share a gutter are kept together first (when at least two of them have text on both sides
of it), so an accidental full-width gap inside a two-column region does not interleave the
columns; a footer set off at the bottom is read last. Inside a leaf block, words become lines,
lines become paragraphs (a new item number, a bold heading, a change of type size, extra space or
a wide gap between labels starts a new one), paragraphs become sentences with
document.sentences; each sentence is one Segment whose box is the union of its words' boxes, even
when it wraps over several lines. Checkbox words are read as "Male (checked)"; filled-in form
values are read after their label ("Family Name: PYDE").

All thresholds are multiples of the median word height, so the same code works on PDF points and
on image pixels.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from document.model import BBox, Segment, WordBox, segment_id
from document.sentences import sentence_spans

# Whitespace at least this many word heights wide separates columns (or side boxes).
COLUMN_GAP = 1.4
# A gap this wide between two words of one line separates form labels ("Family Name   First Name").
LABEL_GAP = 1.4
# Vertical whitespace at least this many word heights tall separates blocks.
BLOCK_GAP = 0.9

_ENUMERATOR = re.compile(
    r"^(\(?\d{1,3}\)?\.([a-z]\.)?|\d{1,3}\.[a-z]\.?|\d{1,3}(\.\d{1,3})+\.?|[a-z]\.|"
    r"\([a-z0-9ivx]{1,4}\)|[►•▪■●–-])$"
)
_LEADS = frozenset({"NOTE:", "Part", "PART", "Section", "Item"})
# Checkbox glyphs (ocr.textlayer's CHECKED/UNCHECKED and the PDF's own box characters).
_BOX_GLYPHS = frozenset("☐☑☒")
_STATE = {"☐": "(not checked)", "☑": "(checked)", "☒": "(checked)"}
_GLYPH = re.compile(r"(?<!\S)[☐☑☒](?!\S)")
_SENTENCE_END = re.compile(r"[.!?:;。！？；][\"'”’)\]]*$")


@dataclass(frozen=True)
class Word:
    """One word and its box (x0, y0, x1, y1; origin top-left) in page units."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float = 1.0
    # Set from the PDF font name; a bold line over plain ones is a heading, not a wrapped sentence.
    bold: bool = False
    # The font size from the PDF; None for OCR words, whose box heights vary with the letters.
    size: float | None = None
    # A checkbox ("☒"/"☐") rather than a word: True checked, False not checked, None: a word.
    checked: bool | None = None
    # A filled-in form field's value (read after its label), not printed text.
    value: bool = False
    # Tesseract's (block, paragraph, line): it follows a slightly tilted or curved line better
    # than box overlap does.
    line_key: tuple[int, int, int] | None = None
    # The words this one was glued from ("9.a." + "Has" -> "9.a. Has"), to keep their own boxes.
    parts: tuple[Word, ...] = ()

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class _Line:
    words: list[Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    @property
    def bold_share(self) -> float:
        return sum(w.bold for w in self.words) / len(self.words)

    def same_size(self, other: _Line) -> bool:
        """Same type size? Exact from PDF fonts; from OCR only a large jump counts."""
        a = [w.size for w in self.words]
        b = [w.size for w in other.words]
        if None not in a and None not in b:
            sa, sb = statistics.median(a), statistics.median(b)  # type: ignore[type-var]
            return abs(sa - sb) <= 0.12 * max(sa, sb)  # type: ignore[operator]
        # Median word heights: a tall stray box (a misread item number) must not count.
        # Only a big jump counts: OCR boxes of one line can swell where a field's frame or an
        # underline touches the letters (phone photos).
        ha, hb = self.height, other.height
        return abs(ha - hb) <= 0.5 * max(ha, hb)


# --- XY-cut ------------------------------------------------------------------------------------


def _coverage(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Union of intervals, sorted."""
    merged: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _split(words: list[Word], axis: str, min_gap: float) -> list[list[Word]]:
    """Split words at empty gaps of at least min_gap along the axis ("x" columns, "y" strips)."""
    if axis == "x":
        spans = _coverage([(w.x0, w.x1) for w in words])
    else:
        spans = _coverage([(w.y0, w.y1) for w in words])
    cuts: list[tuple[float, float]] = [(spans[0][0], spans[0][1])]
    for a, b in spans[1:]:
        if a - cuts[-1][1] >= min_gap:
            cuts.append((a, b))
        else:
            cuts[-1] = (cuts[-1][0], b)
    if len(cuts) == 1:
        return [words]
    groups: list[list[Word]] = [[] for _ in cuts]
    for w in words:
        lo = w.x0 if axis == "x" else w.y0
        for i, (a, b) in enumerate(cuts):
            if a <= lo <= b:
                groups[i].append(w)
                break
    return [g for g in groups if g]


def _free(words: list[Word], lo: float, hi: float) -> list[tuple[float, float]]:
    """Whitespace intervals of the words' x-projection within [lo, hi]."""
    free = []
    pos = lo
    for a, b in _coverage([(w.x0, w.x1) for w in words]):
        if a > pos:
            free.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        free.append((pos, hi))
    return free


def _intersect(
    a: list[tuple[float, float]], b: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi > lo:
                out.append((lo, hi))
    return out


def _has_gutter(free: list[tuple[float, float]], lo: float, hi: float, min_gap: float) -> bool:
    """Is there whitespace at least min_gap wide strictly inside (lo, hi)?"""
    return any(b - a >= min_gap and a > lo and b < hi for a, b in free)


def _xy_cut(words: list[Word], col_gap: float, row_gap: float) -> list[list[Word]]:
    if len(words) <= 1:
        return [words]
    columns = _split(words, "x", col_gap)
    if len(columns) > 1:
        return [block for col in columns for block in _xy_cut(col, col_gap, row_gap)]
    strips = _split(words, "y", row_gap)
    if len(strips) == 1:
        return [words]
    lo = min(w.x0 for w in words)
    hi = max(w.x1 for w in words)
    # Group consecutive strips that share a gutter: together they are one multi-column region.
    groups: list[tuple[list[list[Word]], list[tuple[float, float]]]] = []
    for strip in strips:
        free = _free(strip, lo, hi)
        if groups:
            members, common = groups[-1]
            both = _intersect(common, free)
            joined = [w for m in members for w in m] + strip
            group_lo = min(w.x0 for w in joined)
            group_hi = max(w.x1 for w in joined)
            if _has_gutter(both, group_lo, group_hi, col_gap):
                groups[-1] = ([*members, strip], both)
                continue
        groups.append(([strip], free))
    blocks: list[list[Word]] = []
    for members, common in groups:
        gutters = [(a, b) for a, b in common if b - a >= col_gap]
        # Columns need evidence: at least two strips with text on both sides of the gutter.
        # One row of labels ("Family Name  First Name") under a heading is not a column layout;
        # read as columns it would pull the next item's heading in between the labels.
        sided = sum(
            any(any(w.x1 <= a for w in m) and any(w.x0 >= b for w in m) for a, b in gutters)
            for m in members
        )
        if len(members) > 1 and sided < 2:
            for m in members:
                blocks.extend(_xy_cut(m, col_gap, row_gap))
        else:
            blocks.extend(_xy_cut([w for m in members for w in m], col_gap, row_gap))
    return blocks


# --- lines and paragraphs ------------------------------------------------------------------------


def _lines(words: list[Word]) -> list[_Line]:
    """Group words into lines (by tesseract's line or by vertical overlap), left to right."""
    if words and all(w.line_key is not None for w in words):
        by_key: dict[tuple[int, int, int], list[Word]] = {}
        for w in words:
            by_key.setdefault(w.line_key, []).append(w)  # type: ignore[arg-type]
        keyed = [_Line(sorted(ws, key=lambda w: w.x0)) for ws in by_key.values()]
        keyed.sort(key=lambda ln: (ln.y0 + ln.y1) / 2)
        # Tesseract sometimes puts an item number ("9.a.") in a line of its own: join lines
        # that sit side by side at the same height.
        merged: list[_Line] = []
        for line in keyed:
            for other in merged[-3:]:
                overlap = min(other.y1, line.y1) - max(other.y0, line.y0)
                apart = line.x0 >= other.x1 or line.x1 <= other.x0
                if apart and overlap >= 0.5 * min(other.y1 - other.y0, line.y1 - line.y0):
                    other.words = sorted(other.words + line.words, key=lambda w: w.x0)
                    break
            else:
                merged.append(line)
        return merged
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (w.y0 + w.y1) / 2):
        best, best_overlap = None, 0.0
        for line in lines[-4:]:
            overlap = min(line.y1, w.y1) - max(line.y0, w.y0)
            ratio = overlap / max(1e-6, min(line.y1 - line.y0, w.height))
            if ratio > best_overlap:
                best, best_overlap = line, ratio
        if best is not None and best_overlap >= 0.5:
            best.words.append(w)
        else:
            lines.append(_Line([w]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: (ln.y0 + ln.y1) / 2)
    return lines


_ITEM_NUMBER = re.compile(r"^\d{1,3}\.[a-z]\.$")


def _inline_box(before: Word | None, box: Word, after: Word | None) -> bool:
    """Is this checkbox a choice inside a running sentence, not an option of its own?

    "... my representation of the petitioner in this case ☐ extends ☐ does not extend beyond
    the preparation of this petition.": the sentence stops mid-way (a lower-case word, no
    punctuation) and goes on in lower case after the box. Options of their own start with a
    capital ("☒ Male", "☐ Yes").
    """
    return (
        box.checked is not None
        and before is not None
        and before.checked is None
        and before.text[-1:].isalpha()
        and before.text[-1:].islower()
        and after is not None
        and after.checked is None
        and after.text[:1].islower()
    )


def _split_line(line: _Line, label_gap: float) -> list[_Line]:
    """Split a line at wide gaps: separate form labels on one row are separate pieces."""
    pieces = [_Line([line.words[0]])]
    for i, (prev, w) in enumerate(itertools.pairwise(line.words)):
        after = line.words[i + 2] if i + 2 < len(line.words) else None
        gap = w.x0 - prev.x1
        if _inline_box(prev, w, after) and gap < label_gap:
            pieces[-1].words.append(w)
            continue
        # "... every question in [field], a language in which I am fluent.": the sentence
        # runs on past a blank to fill in when the next word cannot start a label.
        first = w.text.split()[0]
        runs_on = (
            w.checked is None
            and prev.checked is None
            and prev.text[-1:] not in ".:;?!"
            and (first[:1] in ",;" or (first[:1].islower() and not _ENUMERATOR.match(first)))
            and gap < 12 * label_gap
        )
        if runs_on or (prev.checked is not None and w.checked is None and gap < 2.5 * label_gap):
            # A box and its option label belong together even when set a little apart.
            pieces[-1].words.append(w)
            continue
        if (
            gap >= label_gap
            # Each checkbox starts an option of its own: "7. Gender ☒ Male ☐ Female".
            or w.checked is not None
            # "4.a. Page Number   4.b. Part Number": a new item number on the same row.
            or (gap >= 0.6 * label_gap and _ITEM_NUMBER.match(w.text.split()[0]))
        ):
            pieces.append(_Line([w]))
        else:
            pieces[-1].words.append(w)
    return pieces


# A line ending in one of these continues on the next even if that starts with "13.b.".
_CONTINUES = frozenset({"-", "–", "number", "numbers", "item", "items", "and", "or", "to", "of"})


def _starts_item(line: _Line, prev: _Line) -> bool:
    if line.words[0].checked is not None:
        after = line.words[1] if len(line.words) > 1 else None
        return not _inline_box(prev.words[-1], line.words[0], after)
    first = line.words[0].text.split()[0]
    if not (_ENUMERATOR.match(first) or first in _LEADS):
        return False
    last = prev.words[-1].text
    return not (last.endswith(",") or last.lower() in _CONTINUES)


def _glue_enumerators(words: list[Word], h: float) -> list[Word]:
    """Join an item number ("1.", "9.a.") to the first word after it on its line.

    Forms set item numbers in a narrow column of their own; without this the XY-cut would read
    all the numbers of a page first and the items after them.
    """
    out = list(words)
    # By identity: equal-looking words (two "Yes" boxes) are different words, and comparing
    # dataclasses field by field made this quadratic loop slow on a full page.
    gone: set[int] = set()
    for w in words:
        if id(w) in gone or not _ENUMERATOR.match(w.text):
            continue
        right = [
            v
            for v in out
            if v is not w
            and v.x0 >= w.x1 - 0.1 * h
            and v.x0 - w.x1 < 4 * h
            and min(v.y1, w.y1) - max(v.y0, w.y0) >= 0.5 * min(v.height, w.height)
        ]
        if not right:
            continue
        nxt = min(right, key=lambda v: v.x0)
        gone.add(id(w))
        out = [v for v in out if v is not w]
        at = next(i for i, v in enumerate(out) if v is nxt)
        gone.add(id(nxt))
        out[at] = Word(
            text=f"{w.text} {nxt.text}",
            x0=w.x0,
            y0=min(w.y0, nxt.y0),
            x1=nxt.x1,
            y1=max(w.y1, nxt.y1),
            confidence=(w.confidence + nxt.confidence) / 2,
            bold=nxt.bold and w.bold,
            size=nxt.size,
            line_key=nxt.line_key,
            # "1.b. ☐ The interpreter named ..." is still a checkbox option.
            checked=nxt.checked,
            parts=(*(w.parts or (w,)), *(nxt.parts or (nxt,))),
        )
    return out


def _normal_gap(blocks: list[list[_Line]], h: float) -> float:
    """The usual whitespace between two lines of one paragraph on this page."""
    gaps = [
        b.y0 - a.y1
        for lines in blocks
        for a, b in itertools.pairwise(lines)
        if -0.5 * h < b.y0 - a.y1 < BLOCK_GAP * h
    ]
    return statistics.median(gaps) if gaps else 0.2 * h


def _paragraphs(lines: list[_Line], h: float, normal_gap: float) -> list[list[Word]]:
    """Lines of a leaf block joined into paragraphs; a wrapped sentence stays in one paragraph."""
    right = max(ln.x1 for ln in lines)
    paragraphs: list[list[Word]] = []
    # The line (or last piece of a split line) the next one may continue; None after a row of
    # separate labels.
    prev: _Line | None = None
    # prev is the last piece of a split line: the next line must start right under it.
    prev_piece = False
    for line in lines:
        pieces = _split_line(line, LABEL_GAP * h)
        first = pieces[0]
        join = (
            prev is not None
            and not (prev_piece and abs(first.x0 - prev.x0) > h)
            and not _starts_item(first, prev)
            # More space than between the lines of a paragraph: a new paragraph or label. A
            # line that starts with "," or ";" goes on with the sentence above whatever the
            # space (", a language in which I am fluent." under a blank to fill in).
            and (first.y0 - prev.y1 <= normal_gap + 0.4 * h or first.words[0].text[:1] in ",;")
            # A line ending in punctuation although the next word would have fitted after it
            # ("I am applying for:") is a deliberate break. Lines wrapped by character count
            # end early without punctuation, so an early end alone is not enough.
            and not (
                prev.words[-1].text[-1:] in ".:;?!"
                and right - prev.x1 >= first.words[0].width + 0.6 * h
            )
            # A change of type size is a new heading or paragraph.
            and first.same_size(prev)
            # A mostly bold line over a plain one is a heading ("2. Other Names Used (...)").
            and not (prev.bold_share >= 0.5 and first.bold_share == 0)
        )
        if join:
            paragraphs[-1].extend(first.words)
        else:
            paragraphs.append(list(first.words))
        paragraphs.extend(list(p.words) for p in pieces[1:])
        # "9.a.   Has the Social Security Administration (SSA) ever" (OCR sets the item number
        # apart when it misreads it): the sentence in the last piece wraps on to the next line.
        prev_piece = len(pieces) > 1
        prev = first if not prev_piece else pieces[-1] if len(pieces[-1].words) >= 3 else None
    return paragraphs


def _join_across_blanks(paragraphs: list[list[Word]], h: float) -> list[list[Word]]:
    """Join a paragraph that stops mid-sentence to the next one when that goes on with it.

    "... my answer to every question in [a blank to fill in] a language in which I am fluent."
    The blank's frame is no text, so the XY-cut puts the lines under it in a block of their
    own. The sentence goes on when the first paragraph ends in a lower-case word or a comma, the
    next starts in lower case (or with "," / ";"), close below it in the same column.
    """
    out: list[list[Word]] = []
    for para in paragraphs:
        if out and _continues_below(out[-1], para, h):
            out[-1] = out[-1] + para
        else:
            out.append(para)
    return out


def _continues_below(above: list[Word], below: list[Word], h: float) -> bool:
    last, first = above[-1], below[0]
    if last.checked is not None or first.checked is not None or first.value or last.value:
        return False
    end = last.text[-1:]
    if not (end == "," or (end.isalpha() and end.islower())):
        return False
    head = first.text.split()[0]
    if not (head[:1] in ",;" or (head[:1].islower() and not _ENUMERATOR.match(head))):
        return False
    left, right = min(w.x0 for w in above), max(w.x1 for w in above)
    return (
        first.y0 >= last.y1 - 0.3 * h
        and first.y0 - last.y1 <= 5 * h
        and left - h <= first.x0 <= right
    )


# --- sentences -----------------------------------------------------------------------------------


def _union(words: Sequence[Word]) -> BBox:
    return (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )


def _paragraph_text(words: list[Word]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph text and each word's char span; words hyphenated over two lines rejoined."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, w in enumerate(words):
        text = w.text
        nxt = words[i + 1] if i + 1 < len(words) else None
        # "employ-" at a line end followed by "ment" on the next line is one word.
        dehyphen = (
            nxt is not None
            and nxt.y0 >= w.y1 - 0.3 * w.height
            and len(text) > 2
            and text.endswith("-")
            and text[-2].isalpha()
            and nxt.text[:1].islower()
        )
        if dehyphen:
            text = text[:-1]
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
        if nxt is not None and not dehyphen:
            parts.append(" ")
            pos += 1
    return "".join(parts), spans


_TOKEN = re.compile(r"\S+")


def _token_boxes(word: Word) -> list[tuple[int, int, BBox]]:
    """The whitespace-free tokens of word.text: (start, end) in it and each one's box.

    A glued word ("9.a. Has") gives each part its own box; a value typed into a form field
    ("JOHN SMITH") has only the field's box, shared out by character count.
    """
    if word.parts and " ".join(p.text for p in word.parts) == word.text:
        out: list[tuple[int, int, BBox]] = []
        offset = 0
        for part in word.parts:
            out += [(offset + a, offset + b, box) for a, b, box in _token_boxes(part)]
            offset += len(part.text) + 1
        return out
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(word.text)]
    if len(tokens) == 1:
        return [(tokens[0][0], tokens[0][1], (word.x0, word.y0, word.x1, word.y1))]
    n = max(1, len(word.text))

    def x(i: int) -> float:
        return word.x0 + word.width * i / n

    return [(a, b, (x(a), word.y0, x(b), word.y1)) for a, b in tokens]


def _paragraph_tokens(
    words: list[Word], spans: list[tuple[int, int]]
) -> list[tuple[int, int, BBox]]:
    """Every token of the paragraph text with its span and box, in text order.

    A word rejoined over a line break ("employ-" + "ment") is one token with the box of its
    first part: that is where a reader's eye goes, and the union of two line ends would cover
    most of both lines.
    """
    tokens: list[tuple[int, int, BBox]] = []
    for w, (a, b) in zip(words, spans, strict=True):
        for ta, tb, box in _token_boxes(w):
            if a + ta >= b:  # the hyphen removed by de-hyphenation
                continue
            start, end = a + ta, min(b, a + tb)
            if tokens and tokens[-1][1] == start:
                # No space in between: the second half of a de-hyphenated word.
                tokens[-1] = (tokens[-1][0], end, tokens[-1][2])
            else:
                tokens.append((start, end, box))
    return tokens


def _align(text: str, tokens: Sequence[tuple[str, BBox]]) -> tuple[WordBox, ...]:
    """Word boxes for the tokens, found in order in the segment's final text.

    The final text may differ from the paragraph text (Chinese spaces removed, a checkbox
    glyph read as "(checked)", an answer appended), but the tokens it keeps appear in it in
    order, so searching forward from the previous word finds each one.
    """
    out: list[WordBox] = []
    pos = 0
    for token, box in tokens:
        i = text.find(token, pos) if token else -1
        if i < 0:
            continue
        out.append(WordBox(i, i + len(token), box))
        pos = i + len(token)
    # Punctuation the final text added after a word ("Name" + ":" before an answer) belongs to
    # that word, so every run of non-space characters is inside some word.
    for k, w in enumerate(out):
        stop = out[k + 1].start if k + 1 < len(out) else len(text)
        end = w.end
        while end < stop and not text[end].isspace():
            end += 1
        if end != w.end:
            out[k] = WordBox(w.start, end, w.bbox)
    return tuple(out)


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _attach_values(
    paragraphs: list[list[Word]], values: list[Word], h: float
) -> dict[int, list[Word]]:
    """For each filled-in form value, the paragraph (its label) it belongs to.

    The label is the nearest paragraph just above the field and overlapping it horizontally,
    or just left of it on the same line; failing both, the nearest paragraph at all.
    """
    boxes = [_union(p) for p in paragraphs]
    # "►" or "( )" beside a field is decoration, not its label.
    named = [any(ch.isalnum() for w in p for ch in w.text) for p in paragraphs]
    out: dict[int, list[Word]] = {}
    for v in values:
        best, best_score = None, float("inf")
        for i, (x0, y0, x1, y1) in enumerate(boxes):
            if not named[i] and any(named):
                continue
            above = y1 <= v.y0 + 0.5 * h and v.y0 - y1 < 2.5 * h and x0 < v.x1 and x1 > v.x0
            left = (
                min(y1, v.y1) - max(y0, v.y0) > 0.3 * min(y1 - y0, v.height)
                and x1 <= v.x0 + h
                and v.x0 - x1 < 12 * h
            )
            if above:
                score = v.y0 - y1
            elif left:
                score = (v.x0 - x1) / 3
            else:
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                score = 1000 * h + abs(cx - (v.x0 + v.x1) / 2) + abs(cy - (v.y0 + v.y1) / 2)
            if score < best_score:
                best, best_score = i, score
        if best is not None:
            out.setdefault(best, []).append(v)
    for vals in out.values():
        vals.sort(key=lambda w: (round(w.y0 / h), w.x0))
    return out


def _split_footer(words: list[Word], h: float) -> tuple[list[Word], list[Word]]:
    """Set apart a page footer ("Form I-765 07/17/17  Page 1 of 2") so it is read last.

    Without this a footer under a two-column region shares its gutter and is read between the
    columns. A footer: the last strip of the page, at most two lines, set off by a clear gap.
    """
    strips = _split(words, "y", BLOCK_GAP * h)
    if len(strips) < 2:
        return words, []
    last, above = strips[-1], strips[-2]
    top = min(w.y0 for w in last)
    tall = max(w.y1 for w in last) - top
    gap = top - max(w.y1 for w in above)
    # A strip as wide as the page ("Form I-765 ...   Page 1 of 2") cannot be the end of one
    # column, so a smaller gap is enough (the I-765's footer sits 1.4 lines under the fields).
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    wide = min(w.x0 for w in last) <= left + 0.25 * (right - left) and max(
        w.x1 for w in last
    ) >= right - 0.25 * (right - left)
    if tall <= 2.6 * h and (gap >= 1.5 * h or (wide and gap >= 1.2 * h)):
        return [w for s in strips[:-1] for w in s], last
    return words, []


def _tidy_cjk(sentence: str) -> str:
    # Tesseract splits Chinese into single characters; no spaces between them.
    sentence = re.sub(r"(?<=[\u3400-\u9fff，。、；：！？]) (?=\S)", "", sentence)
    return re.sub(r"(?<=\S) (?=[\u3400-\u9fff，。、；：！？])", "", sentence)


def segments_from_words(
    words: Sequence[Word], page_number: int, start_index: int = 1
) -> list[Segment]:
    """Segments of one page in reading order, ids "p{page}.s{n}" counted from start_index.

    Words with value=True are filled-in form fields: each is read after its label
    ("Family Name: Marquette") rather than as text of its own.
    """
    words = [w for w in words if w.text.strip() and w.x1 > w.x0 and w.y1 > w.y0]
    values = [w for w in words if w.value]
    words = [w for w in words if not w.value]
    if not words:
        words, values = values, []
    if not words:
        return []
    h = statistics.median(w.height for w in words)
    # Specks of dirt or a form's ruled lines that OCR reads as ":" or "ee" would otherwise make
    # lines of their own and break the sentence around them. (A PDF's own tiny text is kept
    # unless it is only punctuation.)
    words = [
        w
        for w in words
        if w.height >= 0.3 * h or (w.line_key is None and any(ch.isalnum() for ch in w.text))
    ]
    words = _glue_enumerators(words, h)
    body, footer = _split_footer(words, h)
    cut = [*_xy_cut(body, COLUMN_GAP * h, BLOCK_GAP * h), *_xy_cut(footer, COLUMN_GAP * h, 0.9 * h)]
    blocks = [_lines(block) for block in cut if block]
    normal_gap = _normal_gap(blocks, h)
    paragraphs = _join_across_blanks(
        [p for lines in blocks for p in _paragraphs(lines, h, normal_gap)], h
    )
    filled = _attach_values(paragraphs, values, h)
    segments: list[Segment] = []
    for index, para in enumerate(paragraphs):
        text, spans = _paragraph_text(para)
        para_tokens = _paragraph_tokens(para, spans)
        sentences = sentence_spans(text)
        for n_sentence, (s, e) in enumerate(sentences):
            members = [w for w, (a, b) in zip(para, spans, strict=True) if a < e and b > s]
            if not members:
                continue
            sentence = text[s:e]
            tokens = [
                (text[max(a, s) : min(b, e)], box) for a, b, box in para_tokens if a < e and b > s
            ]
            if _is_cjk(sentence):
                sentence = _tidy_cjk(sentence)
            kind = "sentence"
            if members[0].checked is not None:
                # Read the option with its state: "Male (checked)".
                kind = "checkbox"
                state = "checked" if members[0].checked else "not checked"
                # Keep an item number glued before the box ("1.b."), drop the box glyph.
                number = members[0].text.split()[0] if " " in members[0].text else ""
                option = f"{number} {sentence[len(members[0].text) :].strip()}".strip()
                sentence = f"{option} ({state})" if option else f"Checkbox ({state})"
                # The box itself stands for the words saying its state.
                at = next((i for i, (t, _b) in enumerate(tokens) if t in _BOX_GLYPHS), None)
                box = _union(members[:1]) if at is None else tokens.pop(at)[1]
                if not option:
                    tokens.append(("Checkbox", box))
                tokens += [(t, box) for t in f"({state})".split()]
            elif not _SENTENCE_END.search(sentence) and (
                # A short run of words without a full stop, or a bold heading of any length.
                len(sentence.split()) <= 12 or sum(w.bold for w in members) >= 0.5 * len(members)
            ):
                kind = "label"
            if any(ch in _BOX_GLYPHS for ch in sentence):
                # Boxes inside a sentence ("in this case ☐ extends ☐ does not extend beyond")
                # are read with their state where they stand.
                sentence = _GLYPH.sub(lambda m: _STATE[m.group()], sentence)
                tokens = [
                    (piece, b)
                    for t, b in tokens
                    for piece in (_STATE[t].split() if t in _STATE else [t])
                ]
            if n_sentence == len(sentences) - 1 and index in filled:
                # The label's last sentence carries what was written in its field.
                answer = " ".join(v.text for v in filled[index])
                sentence = f"{sentence.rstrip(':')}: {answer}"
                members = members + filled[index]
                tokens += [
                    (v.text[a:b], box) for v in filled[index] for a, b, box in _token_boxes(v)
                ]
            segments.append(
                Segment(
                    id=segment_id(page_number, start_index + len(segments)),
                    text=sentence,
                    bbox=_union(members),
                    confidence=statistics.fmean(w.confidence for w in members),
                    kind=kind,  # type: ignore[arg-type]
                    words=_align(sentence, tokens),
                )
            )
    return segments
