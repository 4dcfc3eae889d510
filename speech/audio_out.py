"""Live audio output: raw PCM into sox's ``play`` on an ALSA device.

Why not pyttsx3's ``say()``: its espeak driver writes a temporary WAV, runs ``aplay`` through
``os.system`` and reports the utterance completed whether or not anything was heard (and aplay
is not even installed on this Debian image). Why ``play``: sox is already a dependency of the
test suite, it reads raw PCM from stdin so audio can start on the first synthesised chunk, and
it exits non-zero when the device refuses the audio, which is what lets us say "completed".

The device is ALSA's default unless ``device`` (or READFIRST_AUDIO_DEVICE) names another, e.g.
"null", ALSA's built-in sink that discards audio: tests use it to run the live path for real on
machines without a sound card. ``null`` consumes audio instantly, so :class:`AudioSink` paces
its writes at real time itself; on a real device the writes also block on the device.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
import time

from speech.engine import SAMPLE_RATE, SAMPLE_WIDTH

ENV_AUDIO_DEVICE = "READFIRST_AUDIO_DEVICE"
NO_DEVICE = "no audio output device"
# Audio written ahead of real time: enough to ride over scheduling hiccups on a busy laptop,
# small enough that pause and stop are heard at once.
LEAD_SECONDS = 0.15
_WRITE_SECONDS = 0.05  # one write = 50 ms of audio


def _play_command() -> list[str] | None:
    exe = shutil.which("play")
    if exe is None:
        return None
    rate, bits = str(SAMPLE_RATE), str(SAMPLE_WIDTH * 8)
    return [exe, "-q", "-t", "raw", "-r", rate, "-e", "signed-integer", "-b", bits, "-c", "1", "-"]


def _env(device: str | None) -> dict[str, str]:
    env = dict(os.environ)
    device = device or os.environ.get(ENV_AUDIO_DEVICE)
    if device:
        env["AUDIODEV"] = device
    return env


def _error_line(text: str) -> str:
    """sox's error, without its warnings ("WARN alsa: can't encode 0-bit ..." is harmless)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and " WARN " not in ln]
    return lines[-1] if lines else ""


def audio_output_available(device: str | None = None) -> tuple[bool, str]:
    """Whether live audio can be played: (True, device) or (False, "no audio output ...")."""
    cmd = _play_command()
    if cmd is None:
        return (
            False,
            f"{NO_DEVICE} found (the 'play' program is missing; "
            "install it with: sudo apt-get install sox)",
        )
    # 10 ms of silence: the cheapest honest test is to play something.
    silence = b"\0" * int(SAMPLE_RATE * 0.01) * SAMPLE_WIDTH
    try:
        proc = subprocess.run(
            cmd, input=silence, env=_env(device), capture_output=True, timeout=5, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return (False, f"{NO_DEVICE} found ({exc})")
    if proc.returncode != 0:
        detail = _error_line(proc.stderr.decode(errors="replace")) or f"status {proc.returncode}"
        return (False, f"{NO_DEVICE} found ({detail})")
    return (True, device or os.environ.get(ENV_AUDIO_DEVICE) or "default")


class AudioSink:
    """One utterance's audio on its way to the device, paced at real time.

    ``write()`` blocks until the audio is due (so ``position`` tracks what is being heard),
    ``abort()`` silences it at once from any thread, ``finish()`` waits for the device to
    take the last sample and says whether it did.
    """

    def __init__(self, device: str | None = None) -> None:
        cmd = _play_command()
        if cmd is None:
            raise OSError("the 'play' program (sox) is not installed")
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_env(device),
        )
        self._aborted = threading.Event()
        self._written = 0  # samples
        self._t0: float | None = None
        self.error: str | None = None

    @property
    def position(self) -> int:
        """Samples heard so far (estimated from the wall clock since the first sample)."""
        if self._t0 is None:
            return 0
        return min(self._written, int((time.perf_counter() - self._t0) * SAMPLE_RATE))

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    def write(self, pcm: bytes) -> bool:
        """Send audio, pacing at real time; False if aborted or the device failed."""
        step = int(SAMPLE_RATE * _WRITE_SECONDS) * SAMPLE_WIDTH
        for i in range(0, len(pcm), step):
            if self._aborted.is_set():
                return False
            if self._t0 is None:
                self._t0 = time.perf_counter()
            due = self._t0 + self._written / SAMPLE_RATE - LEAD_SECONDS
            delay = due - time.perf_counter()
            if delay > 0 and self._aborted.wait(delay):
                return False
            chunk = pcm[i : i + step]
            try:
                assert self._proc.stdin is not None
                self._proc.stdin.write(chunk)
                self._proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError) as exc:
                if not self._aborted.is_set():
                    self.error = self._failure(str(exc))
                return False
            self._written += len(chunk) // SAMPLE_WIDTH
        return True

    def wait_heard(self, until: int) -> None:
        """Sleep until sample ``until`` of this stream is due to be heard (or abort)."""
        while self._t0 is not None and not self._aborted.is_set():
            remaining = self._t0 + until / SAMPLE_RATE - time.perf_counter()
            if remaining <= 0:
                return
            self._aborted.wait(min(remaining, 0.02))

    def finish(self) -> bool:
        """Close the stream and wait until the device has played it all; True if it did."""
        if self._aborted.is_set():
            return False
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
        except OSError:
            pass
        # The device holds up to LEAD_SECONDS; play exits once it has drained.
        self.wait_heard(self._written)
        if self._aborted.is_set():
            return False
        try:
            rc = self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.abort()
            self.error = "the audio device did not finish playing"
            return False
        if rc != 0:
            self.error = self._failure(f"play exited with status {rc}")
            return False
        return not self._aborted.is_set()

    def abort(self) -> None:
        """Silence it now (pause, stop, skip). Any thread, any number of times, never blocks."""
        self._aborted.set()
        if self._proc.poll() is None:
            self._proc.kill()

    def close(self) -> None:
        """Reap the player process and its pipes (call from the thread that writes)."""
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._proc.wait(timeout=2)
        for stream in (self._proc.stdin, self._proc.stderr):
            with contextlib.suppress(OSError, ValueError):
                if stream is not None:
                    stream.close()

    def _failure(self, fallback: str) -> str:
        """Why the player process failed, in words: how it ended and its error message."""
        message = self._stderr()
        rc = self._proc.poll()
        if rc is not None and rc < 0:
            killed = f"the audio player stopped unexpectedly (signal {-rc})"
            return f"{killed}: {message}" if message else killed
        return message or fallback

    def _stderr(self) -> str:
        try:
            if self._proc.poll() is None:
                self._proc.wait(timeout=2)
            assert self._proc.stderr is not None
            return _error_line(self._proc.stderr.read().decode(errors="replace"))
        except (OSError, ValueError, subprocess.TimeoutExpired):
            return ""
