"""Rewrite what espeak-ng would misread in legal papers, per reading language.

Dates ("09/17/2018"), form numbers ("I-589"), A-numbers ("A-123-456-789"), regulation and
statute citations ("8 CFR 1003.38", "8 U.S.C. 1158"), sections ("§ 208") and grouped numbers
("1,500") are turned into words a listener understands. The rewrite is deliberately plain:
it says what is written, in the listener's language, and adds nothing (no "form" or "table"
the paper does not say).

Every character of the spoken text remembers the span of the original text it came from, so a
word espeak reports at a position in the spoken text is highlighted at the right place in the
paper (:meth:`Spoken.source_span`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ZH_DIGITS = "〇一二三四五六七八九"
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
_DAY_ORDINALS_EN = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}


@dataclass(frozen=True)
class Spoken:
    """The text given to the engine, and for each of its characters the source span."""

    text: str
    origin: tuple[tuple[int, int], ...]  # origin[i] = (start, end) in the source text

    def source_span(self, start: int, length: int) -> tuple[int, int]:
        """Map ``length`` spoken characters from ``start`` to (source start, source length)."""
        if not self.origin:
            return (0, 0)
        lo = max(0, min(start, len(self.origin) - 1))
        hi = max(lo, min(start + max(length, 1), len(self.origin)) - 1)
        begin = self.origin[lo][0]
        end = max(self.origin[i][1] for i in range(lo, hi + 1))
        return (begin, end - begin)


# ---- number words ------------------------------------------------------------------------


def zh_digits(digits: str) -> str:
    """Digits read one by one in Chinese: "589" -> "五八九" (as for numbers on a card)."""
    return "".join(_ZH_DIGITS[int(d)] if d.isdigit() else d for d in digits)


def zh_cardinal(n: int) -> str:
    """A whole number in Chinese characters: 1003 -> "一千零三", 1500 -> "一千五百".

    espeak-ng's Chinese voices misread many numbers (1003.38 comes out as "one thousand, three,
    three eight"), so the number words are written out for them.
    """
    if n == 0:
        return "零"
    groups = []
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    out = ""
    gap = False  # a zero group or leading zeros since the last digit written
    for i in reversed(range(len(groups))):
        group = groups[i]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += _zh_group(group) + ("", "万", "亿", "万亿")[i]
        gap = False
    return out[1:] if out.startswith("一十") else out


def _zh_group(group: int) -> str:
    out, zero = "", False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = group // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _ZH_DIGITS[digit] + unit
    return out


def zh_decimal(number: str) -> str:
    """ "1003.38" -> "一千零三点三八": the whole part as a number, the rest digit by digit."""
    whole, _, frac = number.replace(",", "").partition(".")
    spoken = zh_cardinal(int(whole)) if whole else "零"
    return spoken + ("点" + zh_digits(frac) if frac else "")


def _spell(chars: str) -> str:
    """Letters and digits one by one, separated by spaces: "EOIR26" -> "E O I R 2 6"."""
    return " ".join(c for c in chars if c.isalnum())


# ---- rules -------------------------------------------------------------------------------

Rule = Callable[[re.Match[str], str], str | None]


def _date_us(m: re.Match[str], lang: str) -> str | None:
    month, day, year = int(m["m"]), int(m["d"]), int(m["y"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if lang == "en":
        return f"{_MONTHS_EN[month - 1]} {_DAY_ORDINALS_EN.get(day, f'{day}th')}, {year}"
    return f"{zh_digits(str(year))}年{zh_cardinal(month)}月{zh_cardinal(day)}日"


def _date_iso(m: re.Match[str], lang: str) -> str | None:
    return _date_us(m, lang)


def _date_placeholder(m: re.Match[str], lang: str) -> str | None:
    # Forms print the expected format: "(mm/dd/yyyy)".
    return "month, day, year" if lang == "en" else "月，日，年"


def _a_number(m: re.Match[str], lang: str) -> str | None:
    digits = re.sub(r"\D", "", m["num"])
    if len(digits) not in (8, 9):
        return None
    # Read in the groups the paper prints, else in threes, so a listener can check them.
    groups = [g for g in re.split(r"[\s-]+", m["num"].strip()) if g]
    if len(groups) == 1:
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    if lang == "en":
        return "A number " + ", ".join(_spell(g) for g in groups)
    return "A号码 " + "，".join(zh_digits(g) for g in groups)


def _form_number(m: re.Match[str], lang: str) -> str | None:
    prefix, number, suffix = m["prefix"], m["num"], m["suffix"] or ""
    if lang == "en":
        return f"{_spell(prefix)} {_spell(number)}{' ' + _spell(suffix) if suffix else ''}"
    tail = f" {_spell(suffix)}" if suffix else ""
    return f"{_spell(prefix)} {zh_digits(number)}{tail}"


def _subparagraphs(parts: str, lang: str) -> str:
    items = re.findall(r"\(([A-Za-z0-9]+)\)", parts or "")
    if not items:
        return ""
    if lang == "en":
        return ", paragraph " + " ".join(_spell(i) for i in items)
    return " 第" + " ".join(zh_digits(i) if i.isdigit() else _spell(i) for i in items) + "款"


def _cfr(m: re.Match[str], lang: str) -> str | None:
    title, section = m["title"], m["section"]
    if lang == "en":
        return f"{title} C F R section {section}" + _subparagraphs(m["sub"], lang)
    return f"联邦法规第{zh_cardinal(int(title))}编第{zh_decimal(section)}条" + _subparagraphs(
        m["sub"], lang
    )


def _usc(m: re.Match[str], lang: str) -> str | None:
    title, section = m["title"], m["section"]
    if lang == "en":
        return f"{title} U S C section {section}" + _subparagraphs(m["sub"], lang)
    section_zh = zh_decimal(section) if section.replace(".", "").isdigit() else section
    return f"美国法典第{zh_cardinal(int(title))}编第{section_zh}条" + _subparagraphs(m["sub"], lang)


def _section(m: re.Match[str], lang: str) -> str | None:
    if lang == "en":
        return f"section {m['section']}" + _subparagraphs(m["sub"], lang)
    return f"第{zh_decimal(m['section'])}条" + _subparagraphs(m["sub"], lang)


def _grouped_number(m: re.Match[str], lang: str) -> str | None:
    # "1,500": espeak's Chinese voices pause at the comma and read "one, five hundred".
    return None if lang == "en" else zh_cardinal(int(m.group(0).replace(",", "")))


def _year_zh(m: re.Match[str], lang: str) -> str | None:
    # "2018年" is said digit by digit: 二〇一八年.
    return None if lang == "en" else zh_digits(m.group(0))


def _number_zh(m: re.Match[str], lang: str) -> str | None:
    if lang == "en":
        return None  # the English voice reads numbers well
    digits = m.group(0)
    if "." not in digits and (len(digits) > 8 or (len(digits) > 1 and digits[0] == "0")):
        return zh_digits(digits)  # an identifier or a code, not an amount
    return zh_decimal(digits)


def _money(m: re.Match[str], lang: str) -> str | None:
    return None if lang == "en" else zh_decimal(m["amount"]) + "美元"


_SUB = r"(?P<sub>(?:\([A-Za-z0-9]{1,4}\))*)"
_RULES: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(
            r"\b(?P<title>\d{1,2})\s*C\.?\s?F\.?\s?R\.?\s*(?:§+\s*|(?:Part|part|Sec\.?)\s+)?"
            r"(?P<section>\d+(?:\.\d+)?)" + _SUB
        ),
        _cfr,
    ),
    (
        re.compile(
            r"\b(?P<title>\d{1,2})\s*U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?"
            r"(?P<section>\d+[a-z]?(?:\.\d+)?)" + _SUB
        ),
        _usc,
    ),
    (re.compile(r"§+\s*(?P<section>\d+(?:\.\d+)*)" + _SUB), _section),
    (re.compile(r"\((?:mm|MM)/(?:dd|DD)/(?:yyyy|YYYY)\)"), _date_placeholder),
    (re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d/])"), _date_us),
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), _date_iso),
    (
        re.compile(r"(?<![A-Za-z0-9])A[-#\s]?(?P<num>\d{2,3}(?:[-\s]?\d{3}){2})(?![\d-])"),
        _a_number,
    ),
    (
        re.compile(
            r"(?<![A-Za-z0-9-])(?P<prefix>I|G|N|M|AR|DS|EOIR|SF|CBP)-(?P<num>\d{1,4})"
            r"(?P<suffix>[A-Z]{0,2})(?![A-Za-z0-9])"
        ),
        _form_number,
    ),
    (re.compile(r"\$\s?(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)(?!\d)"), _money),
    (re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])"), _grouped_number),
    (re.compile(r"(?<![\d.])\d{4}(?=\s*年)"), _year_zh),
    (re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d,]|\.\d)"), _number_zh),
]


def normalize(text: str, lang: str) -> Spoken:
    """The text to speak for ``text`` read in ``lang`` ("zh", "yue" or "en")."""
    pieces: list[tuple[str, int, int]] = []  # (spoken text, source start, source end)
    pos = 0
    while pos < len(text):
        best = _earliest_rewrite(text, pos, lang)
        if best is None:
            pieces.append((text[pos:], pos, len(text)))
            break
        start, end, replacement = best
        if start > pos:
            pieces.append((text[pos:start], pos, start))
        pieces.append((_padded(replacement, text, start, end), start, end))
        pos = end
    spoken: list[str] = []
    origin: list[tuple[int, int]] = []
    for piece, start, end in pieces:
        if end - start == len(piece) and text[start:end] == piece:
            origin.extend((start + i, start + i + 1) for i in range(len(piece)))
        else:
            origin.extend((start, end) for _ in piece)
        spoken.append(piece)
    return Spoken("".join(spoken), tuple(origin))


def _earliest_rewrite(text: str, pos: int, lang: str) -> tuple[int, int, str] | None:
    """The first rewrite at or after ``pos``: (start, end, replacement); earlier rules win ties."""
    best: tuple[int, int, str] | None = None
    for pattern, rule in _RULES:
        m = pattern.search(text, pos)
        while m is not None and (best is None or m.start() < best[0]):
            replacement = rule(m, lang)
            if replacement is not None:
                best = (m.start(), m.end(), replacement)
                break
            m = pattern.search(text, m.start() + 1)
    return best


def _padded(replacement: str, text: str, start: int, end: int) -> str:
    """Keep a replacement from running into a neighbouring Latin word or number."""

    def latin(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    if start > 0 and latin(text[start - 1]) and replacement[:1].isalnum():
        replacement = " " + replacement
    if end < len(text) and latin(text[end]) and replacement[-1:].isalnum():
        replacement += " "
    return replacement
