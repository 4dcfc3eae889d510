"""Protect what the model must not touch, and put it back after translation.

Glossary terms are replaced by placeholders before the sentence goes to the model and rendered
(as the glossary's Chinese) after; form numbers, regulation citations, dates, addresses and any
Chinese already in an English sentence are protected the same way and come back exactly as
written. If the model drops or repeats a placeholder, the sentence is translated again in pieces
between the protected spans, so a pinned term can never be lost or replaced by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from translation.glossary import Glossary, GlossaryHit
from translation.languages import CHINESE, has_words

# Kept exactly as written: form numbers (I-765, EOIR-26, G-28, I-867A), regulation citations
# (8 CFR 274a.12(c)(14), 8 U.S.C. 1158), dates, URLs and e-mail addresses, Chinese text.
_VERBATIM = re.compile(
    r"""
    \b\d+\s+(?:CFR|C\.F\.R\.|U\.S\.C\.?)\s+\d[\w.]*(?:\([A-Za-z0-9]{1,4}\))*
    | (?<![\w-])(?:[A-Z]{1,4}-\d{1,4}[A-Z]?)(?![\w-])
    | \b\d{1,2}/\d{1,2}/\d{2,4}\b | \bmm/dd/yyyy\b
    | https?://\S+ | \bwww\.\S+ | \b[\w.+-]+@[\w-]+\.[\w.]+\b
    """,
    re.VERBOSE,
)
# Chinese inside an English sentence (a name, an address) is kept as written.
_CHINESE_RUN = re.compile(
    r"[\u3400-\u9fff\uf900-\ufaff](?:[\s\u3000-\u303f\uff00-\uffef]*[\u3400-\u9fff\uf900-\ufaff])*"
)

PLACEHOLDER = "QZ{}"
# The model may space or case a placeholder differently ("Qz 2"); anything else is a loss.
_PLACEHOLDER_OUT = re.compile(r"Q\s?Z\s?(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A protected part of the source: what replaces it in the output, and how it is shown."""

    start: int
    end: int
    text: str  # rendering in the output (Chinese term, or the original characters)
    display: str  # rendering in the on-screen view (Chinese with English term and form)
    hit: GlossaryHit | None = None


@dataclass(frozen=True)
class Prepared:
    """A segment ready for the model: its protected spans, masked text and plain pieces."""

    source: str
    spans: tuple[Span, ...]
    hits: tuple[GlossaryHit, ...]

    @property
    def needs_model(self) -> bool:
        """Whether any words are left once the protected spans are taken out."""
        return any(has_words(p) for p in self.pieces())

    def masked(self) -> str:
        """The source with each protected span replaced by its placeholder."""
        out, pos = [], 0
        for n, span in enumerate(self.spans, 1):
            out.append(self.source[pos : span.start])
            out.append(PLACEHOLDER.format(n))
            pos = span.end
        out.append(self.source[pos:])
        return "".join(out)

    def pieces(self) -> list[str]:
        """The unprotected text between spans (len(spans) + 1 items, some maybe empty)."""
        out, pos = [], 0
        for span in self.spans:
            out.append(self.source[pos : span.start])
            pos = span.end
        out.append(self.source[pos:])
        return out

    def restore(self, translated: str) -> tuple[str, str] | None:
        """(text, display) with placeholders rendered, or None if any was lost or repeated."""
        found = [int(m.group(1)) for m in _PLACEHOLDER_OUT.finditer(translated)]
        if sorted(found) != list(range(1, len(self.spans) + 1)):
            return None

        def sub(attr: str):  # type: ignore[no-untyped-def]
            return lambda m: getattr(self.spans[int(m.group(1)) - 1], attr)

        text = _PLACEHOLDER_OUT.sub(sub("text"), translated)
        display = _PLACEHOLDER_OUT.sub(sub("display"), translated)
        return _tidy(text), _tidy(display)

    def assemble(self, piece_translations: list[str]) -> tuple[str, str]:
        """(text, display) from translated pieces interleaved with the spans' renderings."""
        text, display = [], []
        for i, piece in enumerate(piece_translations):
            text.append(piece)
            display.append(piece)
            if i < len(self.spans):
                text.append(self.spans[i].text)
                display.append(self.spans[i].display)
        return _join(text), _join(display)


# Sentences like the ones ReadFirst translates, each with glossary terms or codes to protect.
# At install, they tell whether a package's model copies placeholders through (a real model
# mostly does; a model that does not is better served by translating pieces straight away).
CALIBRATION = (
    "You have the right to be represented by an attorney at your hearing.",
    "Read the Notice to Appear before you sign it.",
    "An interpreter will read Form I-867A to you in a language you understand.",
    "If you waive appeal, the removal order becomes final.",
    "You may ask the immigration judge for voluntary departure.",
    "Write your A-Number on every page of Form I-589.",
    "The asylum officer will conduct a credible fear interview.",
    "Do not sign anything you do not understand; ask for a lawyer.",
    "Your signature certifies, under penalty of perjury, that the statement is true.",
    "DHS must give you a list of free legal services under 8 CFR 1003.61.",
)
# The same sentences in Chinese, for packages that translate Chinese into English (the Traditional
# ones converted from the Simplified with OpenCC s2tw).
CALIBRATION_ZH = (
    "您有权在听证会上由律师代理。",
    "签署出庭通知之前请仔细阅读。",
    "口译员会用您懂的语言向您宣读 I-867A 表格。",
    "如果您放弃上诉，驱逐令即成为最终命令。",
    "您可以请求移民法官准予自愿离境。",
    "请在 I-589 表格的每一页写上您的A号码。",
    "庇护官员将进行可信恐惧面谈。",
    "不明白的文件不要签署，请要求见律师。",
    "您的签名表示您在伪证罪处罚下保证陈述属实。",
    "国土安全部必须给您一份免费法律服务名单。",
)
CALIBRATION_ZT = (
    "您有權在聽證會上由律師代理。",
    "簽署出庭通知之前請仔細閱讀。",
    "口譯員會用您懂的語言向您宣讀 I-867A 表格。",
    "如果您放棄上訴，驅逐令即成為最終命令。",
    "您可以請求移民法官准予自願離境。",
    "請在 I-589 表格的每一頁寫上您的A號碼。",
    "庇護官員將進行可信恐懼面談。",
    "不明白的文件不要簽署，請要求見律師。",
    "您的簽名表示您在偽證罪處罰下保證陳述屬實。",
    "國土安全部必須給您一份免費法律服務名單。",
)
# Below this share of calibration sentences with every placeholder kept, a package translates
# protected sentences in pieces from the start instead of trying the whole sentence first.
MIN_PLACEHOLDER_SURVIVAL = 0.5


def placeholder_survival(  # type: ignore[no-untyped-def]
    translate, glossary: Glossary, from_code: str = "en", to_code: str = "zh"
) -> float:
    """Share of calibration sentences whose placeholders all survive ``translate``.

    The sentences are in the package's source language, and the terms pinned are those of the
    direction (``glossary`` is the bundled one; its script is chosen here).
    """
    sentences = {"zh": CALIBRATION_ZH, "zt": CALIBRATION_ZT}.get(from_code, CALIBRATION)
    terms = glossary.any_script() if from_code in CHINESE else glossary.for_script(to_code)
    prepared = [prepare(s, terms, keep_chinese=False, source_code=from_code) for s in sentences]
    outputs = translate([p.masked() for p in prepared])
    kept = sum(p.restore(o) is not None for p, o in zip(prepared, outputs, strict=True))
    return kept / len(sentences)


def display_of(hit: GlossaryHit) -> str:
    """Chinese with the English beside it: "出庭通知〔Notice to Appear, I-862〕".

    The English is the paper's own words ("lawyer" stays "lawyer", though the glossary files it
    under "attorney"), so the reader can point at them on the page.
    """
    return f"{hit.zh}〔{hit.shown()}〕"


def reverse_display_of(hit: GlossaryHit) -> str:
    """English with the Chinese the person wrote beside it: "attorney〔律师〕"."""
    return f"{hit.en}〔{hit.matched}〕"


def prepare(
    text: str,
    glossary: Glossary | None,
    pin: bool = True,
    keep_chinese: bool = True,
    source_code: str = "en",
) -> Prepared:
    """Find glossary terms and verbatim spans in ``text``.

    English source (``source_code`` "en"): the glossary's English terms are found and pinned to
    its Chinese (pass the glossary for the target script: ``Glossary.for_script``). Chinese
    source: its Chinese renderings are found and pinned to the English term, except where
    ``Glossary.pins_to_english`` says no (reported only).
    With ``pin`` False, terms are reported as hits but the model translates them.
    ``keep_chinese`` protects Chinese runs in an English source.
    """
    chinese_source = source_code in CHINESE
    hits: list[GlossaryHit] = []
    if glossary is not None:
        hits = glossary.find_chinese(text) if chinese_source else glossary.find(text)
    spans: list[Span] = []
    if pin and glossary is not None:
        for h in hits:
            if not chinese_source:
                spans.append(Span(h.start, h.end, h.zh, display_of(h), h))
            elif glossary.pins_to_english(h.matched):
                spans.append(Span(h.start, h.end, h.en, reverse_display_of(h), h))
    # Text that looks like a placeholder ("QZ1" in a code) is protected too, so it cannot be
    # mistaken for one of ours when the translation comes back.
    verbatim = [*_PLACEHOLDER_OUT.finditer(text), *_VERBATIM.finditer(text)]
    if keep_chinese:
        verbatim += _CHINESE_RUN.finditer(text)
    for m in verbatim:
        if all(m.end() <= s.start or m.start() >= s.end for s in spans):
            spans.append(Span(m.start(), m.end(), m.group(0), m.group(0)))
    spans.sort(key=lambda s: s.start)
    return Prepared(source=text, spans=tuple(spans), hits=tuple(hits))


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef《》〔〕]"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK})\s+|\s+(?={_CJK})")


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[.,;:?!)](?:\s|$))")


def _tidy(text: str) -> str:
    """No spaces next to Chinese characters, nor before closing punctuation; single elsewhere."""
    text = " ".join(text.split())
    text = _SPACE_BEFORE_PUNCTUATION.sub("", text)
    return _SPACE_BETWEEN_CJK.sub("", text).strip()


def _join(parts: list[str]) -> str:
    return _tidy(" ".join(p.strip() for p in parts if p.strip()))
