"""Reading languages, the espeak-ng voice for each, and checks that the engine is usable.

Why "zh" is not the plain "cmn" voice: in espeak-ng 1.51 (Debian 12's package, this machine)
the "cmn" voice ("Chinese (Mandarin, latin as English)") looks Chinese characters up as pinyin
with tone digits and then reads that pinyin with English rules: 您有权 comes out as
"nin two, you three, quan two" (see ``espeak-ng -x -v cmn 您有权``). The sibling voice
"cmn-latn-pinyin" reads the same characters as Mandarin syllables with tones, and still says
Latin letters by name. So "zh" uses cmn-latn-pinyin when it is installed and falls back to
"cmn" (correct in other espeak-ng releases) when it is not; the record names the voice used.
"""

from __future__ import annotations

import functools
import re

from document.errors import MissingComponent
from speech import engine

# Reading language (the CLI's --lang) -> espeak-ng voice actually used.
LANG_VOICES: dict[str, str] = {"zh": "cmn-latn-pinyin", "yue": "yue", "en": "en-us"}
# Voice to use when the preferred one is not installed.
_FALLBACK_VOICES: dict[str, str] = {"zh": "cmn"}
LANG_NAMES: dict[str, str] = {"zh": "Mandarin", "yue": "Cantonese", "en": "English"}

# Words per minute. espeak's default is 175; a slower start suits listeners new to the text.
DEFAULT_RATE = 160
MIN_RATE = 80
MAX_RATE = 450

_VERSION = re.compile(r"\d+(\.\d+)+")


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a reading language; otherwise raise ValueError naming them."""
    if lang not in LANG_VOICES:
        choices = ", ".join(sorted(LANG_VOICES))
        raise ValueError(f"Unknown reading language '{lang}'. Choose one of: {choices}.")
    return lang


def clamp_rate(rate: int | None) -> int:
    """A speaking rate within what espeak-ng accepts (None means the default)."""
    if rate is None:
        return DEFAULT_RATE
    return max(MIN_RATE, min(MAX_RATE, int(rate)))


@functools.lru_cache(maxsize=1)
def _installed_voice_names() -> frozenset[str]:
    return frozenset(engine.voice_names())


def voice_for(lang: str) -> str:
    """The espeak-ng voice to read ``lang`` with; MissingComponent if none is installed."""
    check_lang(lang)
    names = _installed_voice_names()
    for voice in (LANG_VOICES[lang], _FALLBACK_VOICES.get(lang)):
        if voice and voice in names:
            return voice
    raise MissingComponent(
        f"The espeak-ng voice for {LANG_NAMES[lang]} ({LANG_VOICES[lang]}) is missing. "
        "Install it with: sudo apt-get install espeak-ng"
    )


def check_speech_available() -> str:
    """The espeak-ng version; raises MissingComponent if the engine or a voice is missing."""
    version = engine.engine_version()
    for lang in LANG_VOICES:
        voice_for(lang)
    match = _VERSION.search(version)
    return match.group(0) if match else version
