"""What speech/ tells the rest of the app: one result per utterance, one cue per segment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

Status = Literal["completed", "interrupted", "failed"]
Output = Literal["device", "file"]


def utc_now() -> str:
    """The current time as UTC ISO 8601 with milliseconds ("2026-11-22T19:30:01.123+00:00")."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class UtteranceResult:
    """How the reading of one segment ended. evidence/ logs exactly this.

    ``completed`` means the engine reported the utterance finished and all of its audio reached
    the output (the device, or the WAV file on disk); anything less is "interrupted" (stop,
    skip, cancel) or "failed" (with ``reason``: no audio device, empty text, wrong language...).
    """

    segment_id: str
    language: str  # reading language: "zh", "yue" or "en"
    voice: str  # espeak-ng voice actually used
    rate: int  # words per minute
    started_at: str  # UTC ISO 8601
    ended_at: str
    status: Status
    output: Output
    reason: str | None = None


@dataclass(frozen=True)
class CueEntry:
    """Where a segment's audio lies in an exported WAV, in seconds."""

    segment_id: str
    start: float
    end: float
