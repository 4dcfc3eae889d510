"""The one door to the speech engine: pyttsx3's espeak driver over libespeak-ng.

Everything that synthesises speech goes through :func:`synthesize`, which turns one short text
(a sentence or a piece of one) into 16-bit mono PCM plus the audio position of every word.

Why it looks the way it does (pyttsx3 2.99 + espeak-ng 1.51, as measured on this machine):

- The espeak driver initialises libespeak-ng once per process in AUDIO_OUTPUT_RETRIEVAL mode,
  which is asynchronous: the synth callback runs on espeak's own thread. ``runAndWait()``
  processes its ``endLoop`` command before the synthesis starts, so it can return *before* the
  WAV file exists. We therefore never trust ``runAndWait()`` returning; an utterance is done
  only when pyttsx3 reports ``finished-utterance`` with ``completed=True`` (which the driver
  sends after espeak's MSG_TERMINATED event, i.e. after the last sample). That report is what
  lets the record say "completed".
- The driver's ``started-word`` event carries the character position but not the audio time,
  which highlighting and cue sheets need. We wrap the driver's own synth callback (through
  pyttsx3's ctypes binding ``_espeak``) to read ``event.sample`` of each word and to stream the
  PCM chunks as espeak produces them (first chunk after ~20 ms), then hand every call on to
  pyttsx3 unchanged, which still writes the file and sends its events.
- Returning 1 from the synth callback (espeak's "abort") hangs pyttsx3's loop, so an utterance
  cannot be cut short inside the engine. Callers keep utterances short (see ``chunks.py``) and
  stop the *audio* instead; a cancelled synthesis of a few hundred milliseconds is discarded.
- ``say()`` is never used: the driver plays through ``os.system("aplay ...")``, ignores a failed
  playback and still reports ``completed=True``, which would make the record lie on a machine
  without sound (and aplay is not even installed here). Live playback is ``audio_out.py``.
- Rate and volume go through espeak's asynchronous command queue and race the next
  synthesis (an utterance sometimes kept the previous rate); we wait for the queue to drain
  (``espeak_Synchronize``) after setting them.
- libespeak-ng is process-global and not re-entrant: one lock serialises every use.
- The driver ``print()``s "Audio saved to ..." from espeak's thread, which would corrupt a
  command's stdout (``--format json``); we shadow ``print`` in that module only.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from document.errors import MissingComponent

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050  # espeak-ng's native rate; pyttsx3's driver writes WAVs at this rate too.
SAMPLE_WIDTH = 2  # bytes, signed 16-bit little endian, mono

INSTALL_HINT = "espeak-ng is not installed. Install it with: sudo apt-get install espeak-ng"

# espeak event types (speak_lib.h); pyttsx3's binding names them the same.
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1

_lock = threading.RLock()
_engine: Any = None
_current: _Job | None = None


@dataclass(frozen=True)
class WordMark:
    """A word as espeak spoke it: character span in the text it was given, and audio sample."""

    char_start: int  # 0-based, in characters (espeak counts characters in UTF-8 mode)
    length: int
    sample: int  # first sample of the word within this utterance's audio


@dataclass
class Synthesis:
    pcm: bytes
    words: list[WordMark]
    completed: bool  # pyttsx3 reported finished-utterance(completed=True)

    @property
    def samples(self) -> int:
        return len(self.pcm) // SAMPLE_WIDTH

    @property
    def seconds(self) -> float:
        return self.samples / SAMPLE_RATE


@dataclass
class _Job:
    on_chunk: Callable[[bytes], None] | None
    pcm: list[bytes] = field(default_factory=list)
    words: list[WordMark] = field(default_factory=list)
    completed: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


def _load_driver_modules() -> tuple[Any, Any]:
    """Import pyttsx3's espeak binding; a missing libespeak-ng becomes MissingComponent."""
    try:
        from pyttsx3.drivers import _espeak
        from pyttsx3.drivers import espeak as espeak_driver
    except (ImportError, OSError, RuntimeError) as exc:
        raise MissingComponent(f"{INSTALL_HINT} ({exc})") from exc
    return _espeak, espeak_driver


def espeak_binding() -> Any:
    """pyttsx3's ctypes binding of libespeak-ng (``pyttsx3.drivers._espeak``)."""
    return _load_driver_modules()[0]


# Run in a child process before the first initialisation in this one: libespeak-ng calls
# exit(1) when its data is missing or broken ("Error processing file '.../phontab'"), which
# would take the whole app (and any unsaved record) down with it.
_PREFLIGHT = """
import json
from pyttsx3.drivers import _espeak as e
if e.Initialize(e.AUDIO_OUTPUT_SYNCHRONOUS, 0) <= 0:
    raise SystemExit("could not initialise espeak-ng")
voices = []
for v in e.ListVoices(None):
    voices.append(v.identifier.decode("utf-8", "replace").lower())
print(json.dumps({"version": e.Info(None).decode(), "voices": voices}))
"""


def _preflight() -> None:
    """Check in a child process that libespeak-ng and its data load (about 50 ms, once)."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _PREFLIGHT],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MissingComponent(f"{INSTALL_HINT} (could not start the check: {exc})") from exc
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        detail = lines[-1].strip() if lines else f"exit status {proc.returncode}"
        raise MissingComponent(f"{INSTALL_HINT} ({detail})")


def _get_engine() -> Any:
    """The process-wide pyttsx3 engine (created on first use, under the lock)."""
    global _engine
    if _engine is None:
        _preflight()
        _espeak, espeak_driver = _load_driver_modules()
        import pyttsx3

        # Silence the driver's "Audio saved to ..." (it would land in a command's stdout).
        espeak_driver.print = lambda *args, **kwargs: None
        try:
            engine = pyttsx3.init("espeak")
        except RuntimeError as exc:  # "could not initialize espeak": voice data missing
            raise MissingComponent(f"{INSTALL_HINT} ({exc})") from exc
        engine.connect("finished-utterance", _on_finished)
        engine.connect("error", _on_error)
        _engine = engine
        atexit.register(_release_engine)
    return _engine


def _release_engine() -> None:
    # Drop the engine while the interpreter is whole: pyttsx3's DriverProxy.__del__ uses
    # contextlib, which is already torn down if it runs at final shutdown (noise on stderr).
    global _engine
    with _lock:
        _engine = None


def _on_finished(name: object = None, completed: bool = False, **_: object) -> None:
    job = _current
    if job is not None and not job.done.is_set():
        job.completed = bool(completed)
        job.done.set()


def _on_error(name: object = None, exception: BaseException | None = None, **_: object) -> None:
    job = _current
    if job is not None and not job.done.is_set():
        job.error = exception or RuntimeError("speech engine error")
        job.done.set()


def _make_synth_callback(driver: Any, _espeak: Any) -> Callable[[Any, int, Any], int]:
    def on_synth(wav: Any, numsamples: int, events: Any) -> int:
        # Runs on espeak's thread. Never raise into C: log and carry on.
        job = _current
        if job is not None:
            try:
                i = 0
                while events[i].type != _EVENT_LIST_TERMINATED:
                    ev = events[i]
                    if ev.type == _EVENT_WORD and ev.length > 0:
                        job.words.append(WordMark(ev.text_position - 1, ev.length, ev.sample))
                    i += 1
                if numsamples > 0:
                    chunk = ctypes.string_at(wav, numsamples * SAMPLE_WIDTH)
                    job.pcm.append(chunk)
                    if job.on_chunk is not None:
                        job.on_chunk(chunk)
            except Exception:
                log.exception("error in speech chunk handler")
        return int(driver._onSynth(wav, numsamples, events))

    return on_synth


def voice_names() -> set[str]:
    """Names by which espeak-ng voices can be chosen ("cmn", "sit/cmn", "en-us", ...)."""
    with _lock:
        engine = _get_engine()
        names: set[str] = set()
        for voice in engine.getProperty("voices"):
            names.add(voice.id)
            names.add(voice.id.rsplit("/", 1)[-1])
            names.update(voice.languages or ())
        return names


def engine_version() -> str:
    with _lock:
        _get_engine()
        raw = espeak_binding().Info(None)
        return raw.decode() if isinstance(raw, bytes) else str(raw)


def synthesize(
    text: str,
    voice: str,
    rate: int,
    volume: float = 1.0,
    on_chunk: Callable[[bytes], None] | None = None,
    timeout: float | None = None,
) -> Synthesis:
    """Speak ``text`` with ``voice`` into memory; blocks until the engine reports the end.

    ``on_chunk`` receives PCM as espeak produces it (on espeak's thread) so playback can start
    before synthesis ends. Raises MissingComponent if the voice cannot be selected and
    TimeoutError if the engine never reports the end.
    """
    global _current
    if not text.strip():
        return Synthesis(b"", [], completed=True)
    if timeout is None:
        # espeak-ng runs at 20-100x real time; a generous bound that still catches a hang.
        timeout = 10.0 + len(text) * 0.05
    with _lock:
        engine = _get_engine()
        _espeak = espeak_binding()
        driver = engine.proxy._driver
        try:
            driver.setProperty("voice", voice)
        except ValueError as exc:
            raise MissingComponent(
                f"The espeak-ng voice '{voice}' is missing. Install it with: "
                "sudo apt-get install espeak-ng"
            ) from exc
        driver.setProperty("rate", int(rate))
        driver.setProperty("volume", max(0.0, min(1.0, float(volume))))
        # Parameters travel through espeak's asynchronous command queue; without this the
        # next utterance sometimes still runs at the previous rate (measured: 1 in 3).
        _espeak.Synchronize()
        job = _Job(on_chunk=on_chunk)
        _current = job
        # Re-install our wrapper every time: another pyttsx3 driver would have replaced it.
        _espeak.SetSynthCallback(_make_synth_callback(driver, _espeak))
        with tempfile.TemporaryDirectory(prefix="readfirst-tts-") as tmp:
            try:
                engine.save_to_file(text, str(Path(tmp) / "utterance.wav"))
                engine.runAndWait()  # may return before the end: we wait for the report below
                if not job.done.wait(timeout):
                    _espeak.Cancel()
                    raise TimeoutError(
                        f"The speech engine did not finish within {timeout:.0f} s. "
                        "Try again; if it keeps happening, reinstall espeak-ng."
                    )
            finally:
                _current = None
        if job.error is not None:
            raise RuntimeError(f"speech engine error: {job.error}") from job.error
        return Synthesis(b"".join(job.pcm), job.words, job.completed)
