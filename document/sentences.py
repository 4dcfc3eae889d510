"""Sentence splitting tuned for legal English (and plain Chinese punctuation).

Returns character spans so callers can map each sentence back to the words (and boxes) it came
from. The hard cases are periods that do not end a sentence: "U.S.", "8 CFR 292.1(a)(2)",
"Item Number 9.a.", "Part 6. Additional Information", "Mr. Li", "No. 5".
"""

from __future__ import annotations

import re

# Lower-cased tokens (without the final period) after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    u.s u.s.a u.k d.c p.o a.m p.m e.g i.e etc al cf vs v no nos art arts sec secs ch pt pts para
    paras fig figs vol ed eds mr mrs ms dr jr sr st ave blvd rd apt ste inc co corp ltd llc dept
    gov govt jan feb mar apr jun jul aug sep sept oct nov dec approx est min max tel ext op atty
    cir fed reg supp app ann stat u.s.c c.f.r i.n.a f.r.e
    """.split()
)

# Words after which "6." or "9.a." is a heading or item number, not a sentence end.
_NUMBER_LEADS = frozenset("part item number section page no question step chapter".split())

_ENUMERATOR = re.compile(r"^\(?(\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})\)?(\.[A-Za-z0-9]{1,3})*\.$")
# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|[。！？；]+[”’」』）]*")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'“‘(\[]*([A-Z0-9\u3400-\u9fff►•]|$)")


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token that ends at ``end`` (inclusive of its punctuation)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_sentence_end(text: str, sentence_start: int, punct_start: int, punct_end: int) -> bool:
    punct = text[punct_start:punct_end]
    if punct[0] in "。！？；":
        return True
    if "?" in punct or "!" in punct:
        return _NEXT_STARTS_SENTENCE.match(text, punct_end) is not None
    if not _NEXT_STARTS_SENTENCE.match(text, punct_end):
        return False
    token = _token_before(text, punct_start + 1)
    bare = token.rstrip(".").lstrip("(\"'“‘[").lower()
    if bare in ABBREVIATIONS:
        return False
    # Initials such as "J." or "A.B." (but not a plain word like "it.").
    if re.fullmatch(r"([A-Za-z]\.)+", token.lstrip("(\"'“‘[")) and len(bare) <= 3:
        return False
    if _ENUMERATOR.match(token):
        before = text[sentence_start : punct_start + 1 - len(token)].split()
        if not before or before[-1].lower().rstrip(".:") in _NUMBER_LEADS:
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences in ``text``, whitespace trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if _is_sentence_end(text, start, m.start(), m.end()):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
