"""Live reading: play, pause, resume, stop, next/previous/repeat, jump, rate, voice.

The Player owns one worker thread ("readfirst-speech"). Every public method only posts a
command (and silences the current sound at once if the command interrupts it), so the caller,
usually the GUI thread, never waits on the engine or the device. All callbacks run on the
worker thread: a Qt caller forwards them to its own thread (a queued signal).

Each segment is read utterance by utterance (``chunks.py``): synthesised with the engine
(``engine.py``, in memory, tens of milliseconds for a sentence) and sent to the audio device
(``audio_out.py``) in 50 ms slices at real-time pace. That pacing gives the word callbacks
their timing (a word is reported when its first sample is due at the device) and makes pause
and stop take effect within one slice.

What the record hears (``on_utterance``), one result per segment that was started:
- "completed": the engine reported every utterance of the segment finished AND the device
  took every sample (sox ``play`` exited 0 after the last one). A pause in between is fine.
- "interrupted": stop, next, previous, repeat, jump, loading another text or closing the
  player while the segment was playing or paused; ``reason`` says which.
- "failed": no audio output device (reason exactly ``"no audio output device"``; the state
  becomes "no_audio_output" and the reading does not move on), the device failing mid-way,
  an empty segment, text the voice does not speak, an engine error.

``on_segment(segment_id)`` marks the moment a segment's first sample reaches the device (scroll
it into view); ``on_word(segment_id, char_start, length)`` the words within it.

States (``on_state``): "idle", "playing" (sent when the first sample reaches the device, so
it also marks the time to first audio), "paused", "stopped", "finished", "no_audio_output",
"closed".
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from speech import engine
from speech.audio_out import NO_DEVICE, AudioSink, audio_output_available
from speech.chunks import Piece, pieces, timed_words
from speech.engine import SAMPLE_RATE, SAMPLE_WIDTH, Synthesis
from speech.language import mismatch_reason
from speech.results import UtteranceResult, utc_now
from speech.voices import check_lang, clamp_rate, voice_for

log = logging.getLogger(__name__)

OnUtterance = Callable[[UtteranceResult], None]
OnWord = Callable[[str, int, int], None]  # segment_id, char_start, length (in the segment text)
OnState = Callable[[str], None]

_SLICE = int(SAMPLE_RATE * 0.05)  # samples per write: 50 ms
_DEVICE_CHECK_TTL = 10.0  # seconds a successful audio device check is trusted

# Commands that silence the current sound the moment they are posted.
_INTERRUPTING = frozenset({"pause", "stop", "goto", "load", "close"})


@dataclass
class _Current:
    """The segment being read: where we are in it, for pause/resume and the final report."""

    index: int
    segment_id: str
    text: str
    started_at: str | None = None  # first sample sent to the device
    voice: str = ""
    rate: int = 0


class _Stop(Exception):
    """Leave the segment: ``outcome`` says what the worker does next."""

    def __init__(self, outcome: tuple[Any, ...]) -> None:
        super().__init__(outcome[0])
        self.outcome = outcome


class Player:
    """Reads loaded segments aloud on the audio device; see the module docstring."""

    def __init__(
        self,
        lang: str,
        rate: int | None = None,
        on_utterance: OnUtterance | None = None,
        on_word: OnWord | None = None,
        on_state: OnState | None = None,
        *,
        volume: float = 1.0,
        audio_device: str | None = None,
        on_segment: Callable[[str], None] | None = None,
    ) -> None:
        check_lang(lang)
        self._lang = lang
        self._voice = voice_for(lang)  # MissingComponent now, not on the first play
        self._rate = clamp_rate(rate)
        self._volume = max(0.0, min(1.0, volume))
        self._device = audio_device
        self._on_utterance = on_utterance
        self._on_word = on_word
        self._on_state = on_state
        # Called with the segment id when its first sample reaches the device (scroll it
        # into view, highlight the sentence on the page).
        self._on_segment = on_segment
        self._segments: list[tuple[str, str]] = []
        self._index = 0
        self._state = "idle"
        self._commands: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._sink_lock = threading.Lock()
        self._sink: AudioSink | None = None
        self._closed = False
        self._device_ok_at = -_DEVICE_CHECK_TTL
        self._thread = threading.Thread(target=self._run, name="readfirst-speech", daemon=True)
        self._thread.start()

    # ---- public API: post and return ---------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def index(self) -> int:
        """Index of the segment being read, or to be read by the next play()."""
        return self._index

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def rate(self) -> int:
        return self._rate

    def load(self, segments: Sequence[tuple[str, str]]) -> None:
        """Replace the text to read (a segment being read is reported interrupted)."""
        self._post("load", [(str(sid), str(text)) for sid, text in segments])

    def play(self, index: int | None = None) -> None:
        """Read from segment ``index`` (default: the current one; resumes when paused)."""
        if index is None:
            self._post("play")
        else:
            self._post("goto", int(index), "play")

    def pause(self) -> None:
        self._post("pause")

    def resume(self) -> None:
        self._post("resume")

    def stop(self) -> None:
        self._post("stop")

    def next(self) -> None:
        self._post("goto", "next", "skipped to the next sentence")

    def previous(self) -> None:
        self._post("goto", "previous", "went back to the previous sentence")

    def repeat(self) -> None:
        self._post("goto", "repeat", "started the sentence again")

    def jump(self, segment_id: str) -> None:
        self._post("goto", ("id", segment_id), f"jumped to {segment_id}")

    def set_rate(self, rate: int) -> None:
        """Words per minute, from the next utterance on."""
        self._rate = clamp_rate(rate)

    def set_volume(self, volume: float) -> None:
        """0.0-1.0, from the next utterance on."""
        self._volume = max(0.0, min(1.0, float(volume)))

    def set_lang(self, lang: str) -> None:
        """Reading language (and voice) from the next utterance on; load() the text for it."""
        check_lang(lang)
        voice = voice_for(lang)
        self._lang, self._voice = lang, voice

    def close(self, timeout: float = 3.0) -> None:
        """Stop reading and end the worker thread (waits up to ``timeout`` for it)."""
        if self._closed:
            return
        self._closed = True
        self._post("close")
        self._thread.join(timeout)

    # ---- plumbing ------------------------------------------------------------------------

    def _post(self, *command: Any) -> None:
        if self._closed and command[0] != "close":
            return
        self._commands.put(command)
        if command[0] in _INTERRUPTING:
            with self._sink_lock:
                if self._sink is not None:
                    self._sink.abort()

    def _set_state(self, state: str) -> None:
        self._state = state
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                log.exception("on_state callback failed")

    def _report(self, cur: _Current, status: str, reason: str | None = None) -> None:
        result = UtteranceResult(
            segment_id=cur.segment_id,
            language=self._lang,
            voice=cur.voice or self._voice,
            rate=cur.rate or self._rate,
            started_at=cur.started_at or utc_now(),
            ended_at=utc_now(),
            status=status,  # type: ignore[arg-type]
            output="device",
            reason=reason,
        )
        if self._on_utterance is not None:
            try:
                self._on_utterance(result)
            except Exception:
                # The record must see every result: a failing callback is a bug to surface.
                log.exception("on_utterance callback failed for %s", cur.segment_id)

    def _word(self, segment_id: str, start: int, length: int) -> None:
        if self._on_word is not None:
            try:
                self._on_word(segment_id, start, length)
            except Exception:
                log.exception("on_word callback failed")

    # ---- the worker ----------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            command = self._commands.get()
            try:
                if not self._handle_idle(command):
                    return
            except Exception:
                # A bug must not leave the GUI waiting on a dead thread: say we stopped.
                log.exception("speech player error")
                self._set_state("stopped")

    def _handle_idle(self, command: tuple[Any, ...]) -> bool:
        """Handle a command while not reading; False ends the worker."""
        while command:
            command = self._dispatch(command) or ()
            if command and command[0] == "close":
                self._set_state("closed")
                return False
        return True

    def _dispatch(self, command: tuple[Any, ...]) -> tuple[Any, ...] | None:
        """Run one command; returns the next one to run at once, if reading produced one."""
        name = command[0]
        pending: tuple[Any, ...] | None = None
        if name == "close":
            return command
        if name == "load":
            self._segments, self._index = command[1], 0
            self._set_state("idle")
        elif name == "play" or (name == "resume" and self._state == "paused"):
            pending = self._read_from(self._index)
        elif name == "goto":
            target = self._target(command[1])
            if target is not None:
                self._index = target
                pending = self._read_from(target)
        # "pause", "stop", "resume" while not reading: nothing to do.
        return pending

    def _audio_check(self) -> tuple[bool, str]:
        """audio_output_available(), trusting a success for a few seconds.

        Probing spawns a player (10-30 ms of the time to first audio). Trusting a recent
        success cannot make the record lie: if the device has gone since, the sink fails and
        the segment is reported "failed" with the device's message.
        """
        now = time.monotonic()
        if now - self._device_ok_at < _DEVICE_CHECK_TTL:
            return True, "recently checked"
        available, detail = audio_output_available(self._device)
        if available:
            self._device_ok_at = now
        return available, detail

    def _target(self, where: Any) -> int | None:
        if where == "next":
            target = self._index + 1
        elif where == "previous":
            target = self._index - 1
        elif where == "repeat":
            target = self._index
        elif isinstance(where, tuple):
            ids = [sid for sid, _ in self._segments]
            if where[1] not in ids:
                log.warning("jump to unknown segment %s", where[1])
                return None
            target = ids.index(where[1])
        else:
            target = int(where)
        if not self._segments:
            return None
        return max(0, min(len(self._segments) - 1, target))

    def _read_from(self, index: int) -> tuple[Any, ...] | None:
        """Read segments from ``index`` on; returns a command to handle next, if any."""
        if index >= len(self._segments):
            index = 0  # play after the end starts again
        if not self._segments:
            self._set_state("finished")
            return None
        available, detail = self._audio_check()
        if not available:
            cur = _Current(index, *self._segments[index])
            log.warning("cannot play %s: %s", cur.segment_id, detail)
            self._index = index
            self._report(cur, "failed", NO_DEVICE)
            self._set_state("no_audio_output")
            return None
        while index < len(self._segments):
            self._index = index
            try:
                self._read_segment(index)
            except _Stop as stop:
                return stop.outcome[1] if len(stop.outcome) > 1 else None
            index += 1
        self._index = len(self._segments)
        self._set_state("finished")
        return None

    def _read_segment(self, index: int) -> None:
        seg_id, text = self._segments[index]
        cur = _Current(index, seg_id, text, voice=self._voice, rate=self._rate)
        if not text.strip():
            self._report(cur, "failed", "the segment has no text to read")
            return
        reason = mismatch_reason(text, self._lang)
        if reason:
            self._report(cur, "failed", reason)
            return
        for piece in pieces(text, self._lang):
            self._check_commands(cur)
            cur.voice, cur.rate = self._voice, self._rate
            try:
                synth = engine.synthesize(piece.spoken.text, cur.voice, cur.rate, self._volume)
            except Exception as exc:  # engine trouble ends this segment, not the player
                log.exception("synthesis failed for %s", seg_id)
                self._report(cur, "failed", f"speech engine error: {exc}")
                return
            if not synth.completed:
                self._report(cur, "failed", "the speech engine did not report the end")
                return
            self._play_piece(cur, piece, synth)
        self._report(cur, "completed")

    def _play_piece(self, cur: _Current, piece: Piece, synth: Synthesis) -> None:
        position = 0  # samples of this utterance already heard
        while True:
            self._check_commands(cur)
            finished, heard, error = self._play_pcm(cur, piece, synth, position)
            if error is not None:
                self._report(cur, "failed", f"audio output failed: {error}")
                self._set_state("no_audio_output")
                raise _Stop(("device",))
            if finished:  # the device took every sample and the player exited cleanly
                return
            # Silenced by a command: handle it (pause waits here for resume or another command).
            position = self._resume_point(synth, heard)
            self._check_commands(cur, block=True)

    @staticmethod
    def _resume_point(synth: Synthesis, heard: int) -> int:
        """Resume at the start of the word being spoken, so no word is cut in half."""
        starts = [w.sample for w in synth.words if w.sample <= heard]
        return max(starts) if starts else 0

    def _play_pcm(
        self, cur: _Current, piece: Piece, synth: Synthesis, start: int
    ) -> tuple[bool, int, str | None]:
        """Send samples from ``start``: (all played, samples heard up to, device error)."""
        try:
            sink = AudioSink(self._device)
        except OSError as exc:
            return False, start, str(exc)
        with self._sink_lock:
            self._sink = sink
            if not self._commands.empty():  # posted before the sink existed
                sink.abort()
        words = [w for w in timed_words(piece, synth.words, cur.text) if w.sample >= start]
        next_word = 0

        def announce(upto: int) -> None:
            nonlocal next_word
            while next_word < len(words) and words[next_word].sample <= upto:
                w = words[next_word]
                self._word(cur.segment_id, w.start, w.length)
                next_word += 1

        pcm, total = synth.pcm, synth.samples
        offset = start
        try:
            while offset < total and not sink.aborted:
                end = min(total, offset + _SLICE)
                if not sink.write(pcm[offset * SAMPLE_WIDTH : end * SAMPLE_WIDTH]):
                    break
                if cur.started_at is None:
                    cur.started_at = utc_now()
                    if self._on_segment is not None:
                        try:
                            self._on_segment(cur.segment_id)
                        except Exception:
                            log.exception("on_segment callback failed")
                if self._state != "playing":
                    self._set_state("playing")
                offset = end
                announce(start + sink.position)
            if not sink.aborted and sink.error is None:
                # Drain: keep the word highlights in step while the device plays the tail.
                while next_word < len(words) and not sink.aborted:
                    sink.wait_heard(words[next_word].sample - start)
                    announce(start + sink.position)
                if sink.finish():
                    return True, total, None
            if sink.error is not None and not sink.aborted:
                return False, start + sink.position, sink.error
            return False, start + sink.position, None
        finally:
            with self._sink_lock:
                self._sink = None
            sink.close()

    def _check_commands(self, cur: _Current, block: bool = False) -> None:
        """Apply posted commands to the segment being read; raise _Stop to leave it."""
        while True:
            try:
                command = self._commands.get(block=block)
            except queue.Empty:
                return
            name = command[0]
            if name == "pause":
                if self._state != "paused":
                    self._set_state("paused")
                block = True  # wait for what comes next
                continue
            if name in ("resume", "play"):
                if self._state == "paused" or block:
                    return  # carry on from where we were
                continue
            if name == "stop":
                self._report(cur, "interrupted", "stopped")
                self._set_state("stopped")
                raise _Stop(("stop",))
            if name == "close":
                self._report(cur, "interrupted", "the player was closed")
                raise _Stop(("close", command))
            if name == "load":
                self._report(cur, "interrupted", "another text was loaded")
                raise _Stop(("load", command))
            if name == "goto":
                target = self._target(command[1])
                if target is None:
                    continue
                self._report(
                    cur,
                    "interrupted",
                    command[2]
                    if command[2] != "play"
                    else f"started reading at {self._segments[target][0]}",
                )
                raise _Stop(("goto", ("goto", target, "play")))
