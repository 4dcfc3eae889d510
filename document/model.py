"""Document > Page > Segment: what OCR produces and every later stage consumes.

Segments are sentences or field labels in reading order, with stable ids ("p3.s12") that the
translation, the speech and the reading record all refer to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

BBox = tuple[float, float, float, float]
"""x0, y0, x1, y1 in page units (PDF points for PDFs, pixels for images), origin top-left."""

Method = Literal["text", "ocr"]

# Below this OCR confidence (0..1) a segment is flagged so the reader checks it against the paper.
LOW_CONFIDENCE = 0.70

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def segment_id(page_number: int, index: int) -> str:
    """The stable id of the index-th (1-based) segment on a page: "p3.s12"."""
    return f"p{page_number}.s{index}"


@dataclass(frozen=True)
class WordBox:
    """Where one word of a segment is on the page (for highlighting the word being spoken).

    start/end: character offsets into Segment.text, half-open, so text[start:end] is the word
    (never empty, never containing whitespace). bbox: in page units like Segment.bbox.
    """

    start: int
    end: int
    bbox: BBox

    def to_json(self) -> list[Any]:
        return [self.start, self.end, [round(v, 2) for v in self.bbox]]

    @classmethod
    def from_json(cls, data: list[Any]) -> WordBox:
        start, end, bbox = data
        return cls(int(start), int(end), tuple(float(v) for v in bbox))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Segment:
    id: str
    text: str
    bbox: BBox
    confidence: float = 1.0
    kind: Literal["sentence", "label", "checkbox"] = "sentence"
    # The segment's words in text order (may be empty for segments built by hand).
    words: tuple[WordBox, ...] = ()

    @property
    def page_number(self) -> int:
        return int(self.id.split(".", 1)[0][1:])

    @property
    def low_confidence(self) -> bool:
        return self.confidence < LOW_CONFIDENCE

    def to_json(self, words: bool = False) -> dict[str, Any]:
        """The CLI's JSON shape (design.md); words=True adds "words": [[start, end, bbox]]."""
        data: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "bbox": [round(v, 2) for v in self.bbox],
            "confidence": round(self.confidence, 3),
        }
        if words:
            data["words"] = [w.to_json() for w in self.words]
        return data


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    method: Method
    segments: tuple[Segment, ...] = ()
    # Things the reader should know about this page ("rotated 180 degrees", "blank page").
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)

    def to_json(self, words: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number,
            "method": self.method,
            "width": round(self.width, 2),
            "height": round(self.height, 2),
            "segments": [s.to_json(words) for s in self.segments],
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str


@dataclass(frozen=True)
class Document:
    source: Source
    pages: tuple[Page, ...] = field(default_factory=tuple)

    def segments(self) -> Iterator[Segment]:
        for page in self.pages:
            yield from page.segments

    def segment(self, seg_id: str) -> Segment:
        for seg in self.segments():
            if seg.id == seg_id:
                return seg
        raise KeyError(seg_id)

    @property
    def language(self) -> Literal["zh", "en"]:
        """The paper's main language: Chinese if CJK characters outnumber Latin letters / 2."""
        text = "".join(s.text for s in self.segments())
        cjk = len(_CJK.findall(text))
        latin = len(_LATIN.findall(text))
        # A Chinese character carries about as much as a short English word.
        return "zh" if cjk and cjk * 2 >= latin / 2 else "en"

    def to_json(self, words: bool = False) -> dict[str, Any]:
        """The CLI's JSON contract; words=True (opt-in) adds each segment's word boxes."""
        return {
            "source": {"path": self.source.path, "sha256": self.source.sha256},
            "pages": [p.to_json(words) for p in self.pages],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        pages = []
        for p in data["pages"]:
            segs = tuple(
                Segment(
                    id=s["id"],
                    text=s["text"],
                    bbox=tuple(s["bbox"]),  # type: ignore[arg-type]
                    confidence=float(s.get("confidence", 1.0)),
                    # Present only in JSON written with to_json(words=True).
                    words=tuple(WordBox.from_json(w) for w in s.get("words", ())),
                )
                for s in p["segments"]
            )
            pages.append(
                Page(
                    number=p["number"],
                    width=p.get("width", 0.0),
                    height=p.get("height", 0.0),
                    method=p["method"],
                    segments=segs,
                    notes=tuple(p.get("notes", ())),
                )
            )
        src = data["source"]
        return cls(source=Source(src["path"], src["sha256"]), pages=tuple(pages))
