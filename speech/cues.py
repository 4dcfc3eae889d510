"""The cue sheet of an exported reading: which segment is heard when, as a WebVTT file.

WebVTT because an interpreter preparing an explanation can open the WAV in any common player
(VLC, mpv) and see each sentence as it is spoken, while every cue's identifier is the segment
id ("p2.s7"), so tools map times back to the paper with a plain parser.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from document.errors import RecordWriteFailed
from speech.results import CueEntry


def cue_sheet_path(wav: Path) -> Path:
    """Where the cue sheet of ``wav`` goes: beside it, same name, ``.vtt``."""
    return Path(wav).with_suffix(".vtt")


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _cue_text(text: str) -> str:
    # A blank line ends a cue and "-->" starts a timing line: neither may appear inside one.
    lines = [line.strip() for line in text.replace("-->", "->").splitlines()]
    return "\n".join(line for line in lines if line) or "…"


def cue_sheet(cues: Sequence[CueEntry], texts: Mapping[str, str]) -> str:
    """WebVTT text: one cue per segment, identified by its id, with what was spoken."""
    blocks = ["WEBVTT"]
    for cue in cues:
        blocks.append(
            f"{cue.segment_id}\n{_timestamp(cue.start)} --> {_timestamp(cue.end)}\n"
            f"{_cue_text(texts.get(cue.segment_id, ''))}"
        )
    return "\n\n".join(blocks) + "\n"


def write_cue_sheet(cues: Sequence[CueEntry], texts: Mapping[str, str], wav: Path) -> Path:
    """Write the cue sheet beside ``wav``; returns its path. Written whole or not at all."""
    path = cue_sheet_path(wav)
    part = path.with_name(path.name + ".part")
    try:
        part.write_text(cue_sheet(cues, texts), encoding="utf-8")
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise RecordWriteFailed(
            f"Cannot write the cue sheet {path} ({exc.strerror or exc}). "
            "Choose a folder you can write to, or free some disk space."
        ) from exc
    return path
