"""Refuse to read a text with a voice that does not speak its language.

espeak-ng will read anything with any voice: English with the Mandarin voice comes out as
pinyin-ish letters, Chinese with the English voice as "Chinese letter" for every character. A
listener gets nothing from that, and the record would claim a reading that did not happen. A
few Latin letters in a Chinese text (form numbers, "CFR") or a Chinese name in an English text
are fine; it is the main script that must match.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

# Below these shares the text is not in the voice's language.
_MIN_CJK_SHARE_FOR_CHINESE = 0.2
_MAX_CJK_SHARE_FOR_ENGLISH = 0.5


def mismatch_reason(text: str, lang: str) -> str | None:
    """Why ``text`` cannot be read in ``lang`` ("zh", "yue", "en"), or None if it can."""
    cjk = len(_CJK.findall(text))
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    # A Chinese character carries about as much as a short English word (3 letters).
    total = cjk + latin / 3
    if total == 0:
        return None  # digits and punctuation only: every voice reads those
    share = cjk / total
    if lang in ("zh", "yue") and share < _MIN_CJK_SHARE_FOR_CHINESE:
        voice = "Mandarin" if lang == "zh" else "Cantonese"
        return (
            f"the text is in English, which the {voice} voice does not speak; "
            "read its Chinese translation, or read it in English (en)"
        )
    if lang == "en" and share > _MAX_CJK_SHARE_FOR_ENGLISH:
        return (
            "the text is in Chinese, which the English voice does not speak; "
            "read it in Mandarin (zh) or Cantonese (yue)"
        )
    return None
