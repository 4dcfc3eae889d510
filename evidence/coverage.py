"""Coverage: which sentences were shown, and which were read aloud in a language the recipient
understands, stated in words ("pages 1-2: all read aloud in Mandarin; page 3: sentences 4-9
never read aloud") and per segment for the page map.

Only an utterance that the speech engine reported completed, played on a device, counts as
read aloud. Audio rendered to a file is reported apart: it was not heard in the room.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

LANGUAGE_NAMES = {"zh": "Mandarin", "yue": "Cantonese", "en": "English", "fuzhounese": "Fuzhounese"}

Status = Literal["read_aloud", "read_other_language", "rendered_to_file", "interrupted", "not_read"]


@dataclass(frozen=True)
class SegmentCoverage:
    segment_id: str
    page: int
    index: int  # 1-based position on its page
    shown: bool
    status: Status
    languages: tuple[str, ...] = ()  # languages it was read aloud in (completed, on a device)


@dataclass
class Coverage:
    segments: list[SegmentCoverage]
    recipient_languages: tuple[str, ...]
    by_id: dict[str, SegmentCoverage] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {s.segment_id: s for s in self.segments}

    @property
    def total(self) -> int:
        return len(self.segments)

    @property
    def read_aloud_count(self) -> int:
        return sum(1 for s in self.segments if s.status == "read_aloud")

    @property
    def percent(self) -> float:
        return 100.0 * self.read_aloud_count / self.total if self.total else 0.0

    def describe(self) -> str:
        """The coverage in one line of plain words."""
        if not self.segments:
            return "the paper has no text to read"
        pages: dict[int, list[SegmentCoverage]] = {}
        for s in self.segments:
            pages.setdefault(s.page, []).append(s)
        parts: list[tuple[list[int], str]] = []
        for number, segs in pages.items():
            text = _describe_page(segs)
            if parts and parts[-1][1] == text and parts[-1][0][-1] == number - 1:
                parts[-1][0].append(number)
            else:
                parts.append(([number], text))
        return "; ".join(
            f"{'page' if len(nums) == 1 else 'pages'} {_ranges(nums)}: {text}"
            for nums, text in parts
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "total_segments": self.total,
            "read_aloud": self.read_aloud_count,
            "percent_read_aloud": round(self.percent, 1),
            "summary": self.describe(),
            "segments": {
                s.segment_id: {"shown": s.shown, "status": s.status, "languages": list(s.languages)}
                for s in self.segments
            },
        }


def _lang_list(codes: Iterable[str]) -> str:
    names = [LANGUAGE_NAMES.get(c, c) for c in sorted(set(codes))]
    return " and ".join(names)


def _ranges(numbers: Sequence[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _describe_page(segs: list[SegmentCoverage]) -> str:
    read = [s for s in segs if s.status == "read_aloud"]
    if len(read) == len(segs):
        return f"all read aloud in {_lang_list(lang for s in read for lang in s.languages)}"
    clauses = []
    groups: dict[str, list[int]] = {}
    for s in segs:
        groups.setdefault(s.status, []).append(s.index)
    labels = {
        "read_aloud": "read aloud in " + _lang_list(lang for s in read for lang in s.languages),
        "read_other_language": "read aloud only in a language the recipient does not understand",
        "rendered_to_file": "rendered to an audio file, not played in the room",
        "interrupted": "not finished (interrupted or failed)",
        "not_read": "never read aloud",
    }
    for status in (
        "read_aloud",
        "read_other_language",
        "rendered_to_file",
        "interrupted",
        "not_read",
    ):
        if status in groups:
            idx = groups[status]
            word = "sentence" if len(idx) == 1 else "sentences"
            clauses.append(f"{word} {_ranges(idx)} {labels[status]}")
    return ", ".join(clauses)


def _field(event: Any, name: str) -> Any:
    return event[name] if isinstance(event, dict) else getattr(event, name)


def compute_coverage(
    segments: Sequence[tuple[str, int, str]],
    events: Iterable[Any],
    recipient_languages: Sequence[str],
) -> Coverage:
    """Coverage of ``segments`` (id, page, text) by the session's ``events``."""
    understood = set(recipient_languages)
    shown_pages: set[int] = set()
    large_print = False
    outcomes: dict[str, set[str]] = {}
    languages: dict[str, set[str]] = {}
    for event in events:
        kind = _field(event, "type")
        payload = _field(event, "payload")
        if kind == "page_shown":
            shown_pages.add(int(payload.get("page", 0)))
        elif kind == "large_print_shown":
            large_print = True
        elif kind == "segment_read":
            sid = payload.get("segment_id")
            status, output, lang = (
                payload.get("status"),
                payload.get("output"),
                payload.get("language"),
            )
            if status == "completed" and output == "device":
                outcome = "read_aloud" if lang in understood else "read_other_language"
                languages.setdefault(sid, set()).add(lang)
            elif status == "completed":
                outcome = "rendered_to_file"
            else:
                outcome = "interrupted"
            outcomes.setdefault(sid, set()).add(outcome)
    rank = ("read_aloud", "read_other_language", "rendered_to_file", "interrupted")
    result = []
    index_on_page: dict[int, int] = {}
    for seg_id, page, _text in segments:
        index_on_page[page] = index_on_page.get(page, 0) + 1
        got = outcomes.get(seg_id, set())
        status: Status = next((r for r in rank if r in got), "not_read")  # type: ignore[assignment]
        langs = tuple(sorted(lang for lang in languages.get(seg_id, ()) if lang in understood))
        result.append(
            SegmentCoverage(
                segment_id=seg_id,
                page=page,
                index=index_on_page[page],
                shown=page in shown_pages or large_print,
                status=status,
                languages=langs if status == "read_aloud" else (),
            )
        )
    return Coverage(result, tuple(recipient_languages))
