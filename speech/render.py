"""Reading to a WAV file: one text, or a whole reading with a cue sheet.

The file path of the speech engine (pyttsx3's save-to-file machinery, see engine.py). An
utterance here is "completed" when the engine reported it finished and its audio is in the WAV
on disk; the WAV is written under a temporary name and renamed when the reading ends, so a
crash never leaves a half-written file under the name the user asked for.
"""

from __future__ import annotations

import logging
import os
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

from document.errors import ReadFirstError, RecordWriteFailed, UsageError
from document.progress import CancelToken, Progress, ProgressCallback
from speech import engine
from speech.chunks import pieces
from speech.engine import SAMPLE_RATE, SAMPLE_WIDTH
from speech.language import mismatch_reason
from speech.results import CueEntry, UtteranceResult, utc_now
from speech.voices import check_lang, clamp_rate, voice_for

log = logging.getLogger(__name__)

EMPTY_REASON = "the segment has no text to read"
CANCELLED_REASON = "reading cancelled before this segment was finished"


def _open_wav(path: Path) -> wave.Wave_write:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = wave.open(str(path), "wb")  # noqa: SIM115 - closed by _finish()
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot write the audio file {path} ({exc.strerror or exc}). "
            "Choose a folder you can write to, or free some disk space."
        ) from exc
    out.setnchannels(1)
    out.setsampwidth(SAMPLE_WIDTH)
    out.setframerate(SAMPLE_RATE)
    return out


def _part_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _finish(part: Path, out: wave.Wave_write, final: Path) -> None:
    try:
        out.close()
        os.replace(part, final)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot finish the audio file {final} ({exc.strerror or exc}). "
            "Free some disk space and export again."
        ) from exc


def _speak_text(text: str, lang: str, voice: str, rate: int) -> tuple[bytes, bool]:
    """Synthesise ``text`` utterance by utterance: (PCM, all utterances reported finished)."""
    pcm: list[bytes] = []
    completed = True
    for piece in pieces(text, lang):
        result = engine.synthesize(piece.spoken.text, voice, rate)
        pcm.append(result.pcm)
        completed = completed and result.completed
    return b"".join(pcm), completed


def synthesize_to_wav(text: str, lang: str, out_path: Path, rate: int | None = None) -> float:
    """Read ``text`` in ``lang`` into a WAV file; returns the seconds of audio written.

    Empty text gives an empty WAV (0.0 s). Text the voice cannot speak raises UsageError;
    a missing engine or voice raises MissingComponent.
    """
    check_lang(lang)
    voice = voice_for(lang)
    reason = mismatch_reason(text, lang)
    if reason:
        raise UsageError(f"Cannot read this aloud in {lang}: {reason}.")
    pcm, completed = _speak_text(text, lang, voice, clamp_rate(rate))
    if not completed:
        raise RuntimeError("The speech engine stopped before the end of the text. Try again.")
    out_path = Path(out_path)
    part = _part_path(out_path)
    out = _open_wav(part)
    try:
        out.writeframes(pcm)
    except OSError as exc:
        out.close()
        part.unlink(missing_ok=True)
        raise RecordWriteFailed(
            f"Cannot write the audio file {out_path} ({exc}). Free some disk space."
        ) from exc
    _finish(part, out, out_path)
    return len(pcm) / SAMPLE_WIDTH / SAMPLE_RATE


def render_reading(
    segments: Sequence[tuple[str, str]],
    lang: str,
    out_wav: Path,
    rate: int | None = None,
    on_utterance: Callable[[UtteranceResult], None] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> list[CueEntry]:
    """Read ``(segment_id, text)`` pairs in ``lang`` into one WAV; returns the cue sheet.

    Segments are synthesised one utterance at a time and appended as each finishes, so the
    first audio exists within milliseconds and a cancel acts between utterances. For every
    segment ``on_utterance`` gets one result: "completed" once its audio is in the file,
    "failed" with the reason (empty, wrong language, engine error) or, after a cancel,
    "interrupted" for that segment and every later one. Only completed segments are in the WAV
    and in the cue sheet; cues are contiguous and the last one ends where the WAV ends.
    """
    check_lang(lang)
    voice = voice_for(lang)
    words_per_minute = clamp_rate(rate)
    out_wav = Path(out_wav)
    part = _part_path(out_wav)
    out = _open_wav(part)
    cues: list[CueEntry] = []
    frames = 0
    total = len(segments)

    def report(seg_id: str, started: str, status: str, reason: str | None = None) -> None:
        if on_utterance is not None:
            on_utterance(
                UtteranceResult(
                    segment_id=seg_id,
                    language=lang,
                    voice=voice,
                    rate=words_per_minute,
                    started_at=started,
                    ended_at=utc_now(),
                    status=status,  # type: ignore[arg-type]
                    output="file",
                    reason=reason,
                )
            )

    try:
        for index, (seg_id, text) in enumerate(segments):
            if progress is not None:
                progress(Progress(index, total, f"Reading {seg_id} aloud to file"))
            started = utc_now()
            if cancel is not None and cancel.cancelled:
                for later_id, _ in segments[index:]:
                    report(later_id, started, "interrupted", CANCELLED_REASON)
                break
            if not text.strip():
                report(seg_id, started, "failed", EMPTY_REASON)
                continue
            reason = mismatch_reason(text, lang)
            if reason:
                report(seg_id, started, "failed", reason)
                continue
            pcm: list[bytes] = []
            completed = True
            cancelled = False
            try:
                for piece in pieces(text, lang):
                    if cancel is not None and cancel.cancelled:
                        cancelled = True
                        break
                    result = engine.synthesize(piece.spoken.text, voice, words_per_minute)
                    pcm.append(result.pcm)
                    completed = completed and result.completed
            except ReadFirstError:
                raise
            except (RuntimeError, TimeoutError, OSError) as exc:
                log.warning("segment %s failed: %s", seg_id, exc)
                report(seg_id, started, "failed", f"speech engine error: {exc}")
                continue
            if cancelled:
                for later_id, _ in segments[index:]:
                    report(later_id, started, "interrupted", CANCELLED_REASON)
                break
            if not completed:
                report(seg_id, started, "failed", "the speech engine did not report the end")
                continue
            audio = b"".join(pcm)
            try:
                out.writeframes(audio)
            except OSError as exc:
                report(seg_id, started, "failed", f"could not write the audio file: {exc}")
                raise RecordWriteFailed(
                    f"Cannot write the audio file {out_wav} ({exc}). Free some disk space."
                ) from exc
            n = len(audio) // SAMPLE_WIDTH
            cues.append(CueEntry(seg_id, frames / SAMPLE_RATE, (frames + n) / SAMPLE_RATE))
            frames += n
            report(seg_id, started, "completed")
    except BaseException:
        # Keep what was reported as completed: those segments are in the file.
        try:
            _finish(part, out, out_wav)
        except RecordWriteFailed:
            log.exception("could not keep the partial reading %s", out_wav)
        raise
    _finish(part, out, out_wav)
    if progress is not None:
        progress(Progress(total, total, "Reading written to file"))
    return cues
