"""Cut a segment into short utterances and prepare each for the engine.

Short utterances keep the time to first audio low and let stop/cancel act between them: the
engine cannot be interrupted inside an utterance (see engine.py). A segment is split into its
sentences, and a sentence longer than MAX_CHARS at the last comma or space before the limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from document.sentences import sentence_spans
from speech.engine import WordMark
from speech.normalize import Spoken, normalize

# About 15 s of speech; espeak-ng synthesises it in well under 100 ms on this machine.
MAX_CHARS = 240

_BREAK = re.compile(r"[,;:，；：、)\]]\s*|\s+")


@dataclass(frozen=True)
class Piece:
    """One utterance: where it starts in the segment text, and what the engine is given."""

    offset: int
    spoken: Spoken

    def segment_span(self, char_start: int, length: int) -> tuple[int, int]:
        """(start, length) in the segment text of a word reported in the spoken text."""
        start, length = self.spoken.source_span(char_start, length)
        return (self.offset + start, length)


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_CHARS:
        cut = None
        for m in _BREAK.finditer(text, start + MAX_CHARS // 3, start + MAX_CHARS):
            cut = m.end()
        if cut is None or cut <= start:
            cut = start + MAX_CHARS  # one long unbroken run (a URL, a CJK run): cut anyway
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def utterance_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of ``text`` to speak one after another (empty text: none)."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        spans.extend(_split_long(text, start, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def pieces(text: str, lang: str) -> list[Piece]:
    """The utterances for one segment, each normalised for ``lang``."""
    return [Piece(s, normalize(text[s:e], lang)) for s, e in utterance_spans(text)]


@dataclass(frozen=True)
class TimedWord:
    """A word to highlight: its first audio sample and its span in the segment text."""

    sample: int
    start: int
    length: int


def timed_words(piece: Piece, words: Sequence[WordMark], text: str) -> list[TimedWord]:
    """The engine's word events as highlights on the segment ``text``, in audio order.

    espeak-ng speaks some word pairs as one unit and reports only the first ("with the"
    gives one event for "with"), and says a rewritten item ("I 5 8 9") as several words. So
    each highlight runs up to the next one, and repeats of the same printed item are merged:
    together they cover every word of the utterance, once, in order.
    """
    spans: list[tuple[int, int, int]] = []  # sample, start, end
    for w in sorted(words, key=lambda w: w.sample):
        start, length = piece.segment_span(w.char_start, w.length)
        if spans and start < spans[-1][2] and start >= spans[-1][1]:
            continue  # inside the printed item already highlighted
        if spans and start < spans[-1][1]:
            continue  # espeak sometimes reports a word twice, late; keep the order
        spans.append((w.sample, start, start + length))
    piece_end = piece.offset + len(_source_text(piece, text))
    result = []
    for i, (sample, start, end) in enumerate(spans):
        limit = spans[i + 1][1] if i + 1 < len(spans) else piece_end
        end = max(end, _trim_end(text, start, limit))
        result.append(TimedWord(sample, start, end - start))
    return result


def _source_text(piece: Piece, text: str) -> str:
    if not piece.spoken.origin:
        return ""
    end = max(e for _, e in piece.spoken.origin)
    return text[piece.offset : piece.offset + end]


_TRAILING = re.compile(r"[\s.,;:!?。，；：！？、)\]\"'”’」』）]+$")


def _trim_end(text: str, start: int, limit: int) -> int:
    """``limit`` pulled back over spaces and punctuation, not before ``start``."""
    m = _TRAILING.search(text, start, limit)
    return m.start() if m and m.start() > start else limit
