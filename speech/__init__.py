"""Reading aloud: segments -> speech in Mandarin, Cantonese or English (pyttsx3 over espeak-ng).

Reports exactly what was spoken (``UtteranceResult``) so the reading record never overstates
it. No Qt here: the GUI drives :class:`Player` and receives its callbacks on the engine thread.

- ``LANG_VOICES``: reading language -> espeak-ng voice ("zh" is cmn-latn-pinyin: see voices.py)
- ``check_speech_available()``: espeak-ng version, or MissingComponent (exit 4)
- ``audio_output_available()``: (ok, device or "no audio output device found (...)")
- ``synthesize_to_wav()`` / ``render_reading()``: to a WAV file, with a cue sheet (render.py)
- ``write_cue_sheet()``: the cue sheet as WebVTT beside the WAV, segment ids as cue ids (cues.py)
- ``Player``: live reading with pause/resume/stop/next/previous/repeat/jump (player.py)

Modules: engine.py (the only code touching pyttsx3/libespeak-ng), audio_out.py (sox ``play``),
normalize.py (dates, form numbers, citations per language), chunks.py (utterances, word
highlights), language.py (voice/text language check), results.py (what is reported).
"""

from speech.audio_out import audio_output_available
from speech.cues import cue_sheet_path, write_cue_sheet
from speech.player import Player
from speech.render import render_reading, synthesize_to_wav
from speech.results import CueEntry, UtteranceResult
from speech.voices import LANG_VOICES, check_speech_available

__all__ = [
    "LANG_VOICES",
    "CueEntry",
    "Player",
    "UtteranceResult",
    "audio_output_available",
    "check_speech_available",
    "cue_sheet_path",
    "render_reading",
    "synthesize_to_wav",
    "write_cue_sheet",
]
