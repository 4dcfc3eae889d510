"""Rebuild the bundled sample documents (run by hand; the outputs are committed).

sample-notice.pdf: a two-page, two-column notice rendered at 300 dpi with scanner noise and saved
as an image-only PDF, so reading it needs OCR. sample-notice.txt holds its ground-truth text, one
paragraph per line. sample-notice-zh.pdf: a short born-digital Chinese notice (embedded CJK font),
so Chinese reading is testable without a translation package. All marked SAMPLE: not real notices.

    python resources/samples/make_samples.py
"""

from __future__ import annotations

import io
import tempfile
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DPI = 300
W, H = int(8.5 * DPI), 11 * DPI
MARGIN = 240
GUTTER = 120
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

TITLE = "NOTICE OF RIGHTS AND REQUEST FOR DISPOSITION"
BANNER = "SAMPLE - NOT A REAL NOTICE - FOR TESTING READFIRST ONLY"

# (heading, paragraphs) per column, per page. Sentences wrap over several lines on purpose.
PAGES: list[list[tuple[str, list[str]]]] = [
    [
        (
            "Your rights",
            [
                "You have been arrested because immigration officers believe that you are "
                "not lawfully in the United States. You have the right to a hearing before an "
                "immigration judge to decide whether you may stay in the U.S.",
                "You may be represented by a lawyer of your choice at no cost to the government. "
                "A list of free legal services in your area is attached to this notice.",
                "You have the right to remain silent. Anything you say may be used against you "
                "in removal proceedings.",
            ],
        ),
        (
            "Before you sign",
            [
                "Do not sign any paper that you do not understand. You may ask for an "
                "interpreter in a language you understand, such as Mandarin or Cantonese.",
                "If you fear harm or persecution in your home country, tell the officer now. "
                "You may have the right to ask for asylum.",
                "If you sign a request for voluntary departure, you give up your right to a "
                "hearing and you must leave the country.",
            ],
        ),
    ],
    [
        (
            "Appeals and deadlines",
            [
                "If the judge orders you removed, you may appeal to the Board of Immigration "
                "Appeals. The appeal must be received within 30 days of the decision under "
                "8 CFR 1003.38.",
                "If you waive your right to appeal, the order becomes final at once and you "
                "may be removed quickly.",
            ],
        ),
        (
            "Your decision",
            [
                "Mark one box below to show what you choose. Your signature means that this "
                "notice was read to you, not that you agree with the charges.",
                "I request a hearing before an immigration judge. I want to speak with a "
                "lawyer before I decide.",
            ],
        ),
    ],
]


def _font(path: str, pt: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, int(pt * DPI / 72))


def _draw_column(
    draw: ImageDraw.ImageDraw, x: int, y: int, width: int, heading: str, paragraphs: list[str]
) -> int:
    body, bold = _font(SERIF, 12), _font(SERIF_BOLD, 13)
    draw.text((x, y), heading, font=bold, fill=0)
    y += int(bold.size * 1.9)
    chars = int(width / (body.getlength("abcdefghijklmnopqrstuvwxyz") / 26))
    for para in paragraphs:
        for line in textwrap.wrap(para, chars):
            while body.getlength(line) > width:  # textwrap counts chars, the page counts pixels
                chars -= 1
                line = textwrap.wrap(para, chars)[0]
            draw.text((x, y), line, font=body, fill=0)
            y += int(body.size * 1.45)
        y += int(body.size * 0.9)
    return y


def _scan_look(page: Image.Image, seed: int) -> Image.Image:
    """Grey paper, dark-grey ink, a little blur and speckle: looks scanned, still clean to OCR."""
    rng = np.random.default_rng(seed)
    ink = np.asarray(page, dtype=np.float32) / 255.0  # 1 = paper, 0 = ink
    out = 40 + ink * (236 - 40) + rng.normal(0, 3, ink.shape)
    speckle = rng.random(ink.shape) < 0.0004
    out[speckle] = rng.uniform(40, 140, int(speckle.sum()))
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(0.7))


def make_english() -> None:
    pages = []
    truth: list[str] = []
    col_w = (W - 2 * MARGIN - GUTTER) // 2
    for number, columns in enumerate(PAGES, start=1):
        page = Image.new("L", (W, H), 255)
        draw = ImageDraw.Draw(page)
        small, title = _font(SERIF_BOLD, 10), _font(SERIF_BOLD, 16)
        draw.text((MARGIN, 120), BANNER, font=small, fill=0)
        y = 330
        if number == 1:
            draw.text((MARGIN, y), TITLE, font=title, fill=0)
            truth.append(TITLE)
            y += int(title.size * 2.4)
        for i, (heading, paragraphs) in enumerate(columns):
            _draw_column(draw, MARGIN + i * (col_w + GUTTER), y, col_w, heading, paragraphs)
            truth.append(heading)
            truth.extend(paragraphs)
        draw.text((MARGIN, H - 200), f"SAMPLE    Page {number} of {len(PAGES)}", font=small, fill=0)
        pages.append(_scan_look(page, number))
    out = HERE / "sample-notice.pdf"
    # JPEG inside the PDF, as a scanner would produce; no text layer.
    jpeg_pages = []
    for p in pages:
        buf = io.BytesIO()
        p.save(buf, "JPEG", quality=70)
        jpeg_pages.append(Image.open(buf))
    jpeg_pages[0].save(
        out,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=jpeg_pages[1:],
        title="SAMPLE notice (ReadFirst)",
    )
    (HERE / "sample-notice.txt").write_text("\n".join(truth) + "\n", encoding="utf-8")


ZH_TITLE = "权利告知书（样本）"
ZH_LINES = [
    "样本：这不是真实的通知，仅用于测试先读后签。",
    "您有权在移民法官面前参加听证会。",
    "您可以自费聘请律师。在您理解之前，请不要签署任何文件。",
    "如果您害怕回到本国会受到迫害，请立即告诉官员。",
    "您有权要求一名您听得懂的语言的口译员。",
]


def make_chinese() -> None:
    from fontTools.ttLib import TTCollection
    from fpdf import FPDF

    with tempfile.TemporaryDirectory() as tmp:
        ttf = Path(tmp) / "wqy-microhei.ttf"
        TTCollection(CJK_TTC).fonts[0].save(ttf)
        pdf = FPDF(format="letter")
        pdf.set_title("SAMPLE Chinese notice (ReadFirst)")
        pdf.add_font("wqy", fname=str(ttf))
        pdf.add_page()
        pdf.set_font("wqy", size=10)
        pdf.cell(0, 8, "SAMPLE - NOT A REAL NOTICE", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("wqy", size=18)
        pdf.cell(0, 16, ZH_TITLE, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("wqy", size=13)
        for line in ZH_LINES:
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.output(str(HERE / "sample-notice-zh.pdf"))
    (HERE / "sample-notice-zh.txt").write_text("\n".join([ZH_TITLE, *ZH_LINES]) + "\n", "utf-8")


if __name__ == "__main__":
    make_english()
    make_chinese()
