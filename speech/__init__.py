"""Reading aloud: segments -> speech in Mandarin, Cantonese or English (pyttsx3 over espeak-ng).

Reports exactly what was spoken (``UtteranceResult``) so the reading record never overstates
it. No Qt here: the GUI drives :class:`Player` and receives its callbacks on the engine thread.
"""

from speech.audio_out import audio_output_available
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
    "render_reading",
    "synthesize_to_wav",
]
