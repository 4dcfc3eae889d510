"""Language codes ReadFirst translates between, and telling Chinese text from English text.

Codes follow Argos Translate: "en" English, "zh" Simplified Chinese, "zt" Traditional Chinese.
"""

from __future__ import annotations

import re

NAMES = {"en": "English", "zh": "Chinese (Simplified)", "zt": "Chinese (Traditional)"}

# The pairs a paper in a visiting room needs: English papers into Chinese, and Chinese (what the
# detainee says or writes) back into English.
SUPPORTED_PAIRS = frozenset({("en", "zh"), ("en", "zt"), ("zh", "en"), ("zt", "en")})

CHINESE = frozenset({"zh", "zt"})

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_LATIN = re.compile(r"[A-Za-z]")


# Other spellings of the codes, as packages made outside Argos Translate may write them.
_ALIASES = {
    "zh_cn": "zh",
    "zh_hans": "zh",
    "zh_sg": "zh",
    "zh_tw": "zt",
    "zh_hk": "zt",
    "zh_mo": "zt",
    "zh_hant": "zt",
    "zht": "zt",
    "zh_hant_tw": "zt",
}


def normalize_code(code: str) -> str:
    """ "zh_TW", "zh-Hant" -> "zt"; "zh-CN", "zh_Hans" -> "zh"; anything else lower-cased."""
    key = code.strip().replace("-", "_").lower()
    return _ALIASES.get(key, key)


def name(code: str) -> str:
    return NAMES.get(code, code)


def package_file_hint(from_code: str, to_code: str) -> str:
    """The file name a user should look for, e.g. translate-en_zh-<version>.argosmodel."""
    return f"translate-{from_code}_{to_code}-<version>.argosmodel"


_WORD = re.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff\uf900-\ufaff]")


def has_words(text: str) -> bool:
    """Whether there is anything to translate: an English word or a Chinese character.

    Item numbers ("12.a.", "(c)(26)"), dates and codes have none and are kept as written.
    """
    return _WORD.search(text) is not None


def script_of(text: str) -> str:
    """ "zh" if the text is mostly Chinese characters, "en" if mostly Latin letters, else "none"."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if not cjk and not latin:
        return "none"
    # One Chinese character carries about as much as a short English word (~4 letters).
    return "zh" if cjk * 4 >= latin else "en"


def chinese_script(text: str) -> str:
    """ "zt" if Chinese ``text`` is written in Traditional characters, else "zh" (Simplified).

    Counts the characters only one of the two scripts uses (律師 against 律师); most characters
    are shared and say nothing. A tie, or no telling character at all, counts as Simplified.
    """
    from translation.hanzi_scripts import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

    simplified = sum(c in SIMPLIFIED_ONLY for c in text)
    traditional = sum(c in TRADITIONAL_ONLY for c in text)
    return "zt" if traditional > simplified else "zh"


def is_written_in(text: str, code: str) -> bool:
    """Whether a segment is already written in the language ``code`` (so needs no translation)."""
    script = script_of(text)
    if code in CHINESE:
        return script == "zh"
    return script == "en"
