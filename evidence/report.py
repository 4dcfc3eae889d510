"""The human-readable half of the record: a bilingual (English / 简体中文) PDF with the people,
the coverage in words and as a page map, the timeline, what the recipient said and decided, the
machine-translation disclaimer, and a draft declaration for a custodian to sign.

fpdf2 embeds a subset of a CJK TrueType font, so Chinese shows on any PDF reader.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from document.errors import MissingComponent
from document.paths import cache_dir
from evidence.coverage import LANGUAGE_NAMES, Coverage
from evidence.events import ROLE_NAMES, Event

CJK_SOURCES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)
FONT = "cjk"
DISCLAIMER = (
    "Machine translation, not a certified translation (8 CFR 1003.33). 机器翻译，非认证翻译。"
)
STATUS_COLOURS = {
    "read_aloud": (46, 125, 50),
    "read_other_language": (239, 108, 0),
    "rendered_to_file": (30, 136, 229),
    "interrupted": (251, 192, 45),
    "not_read": (189, 189, 189),
}
STATUS_LABELS = {
    "read_aloud": "read aloud in a language the recipient understands / 已用当事人听得懂的语言朗读",
    "read_other_language": "read aloud in another language / 用其他语言朗读",
    "rendered_to_file": "audio file only, not played / 仅生成音频文件，未播放",
    "interrupted": "not finished (interrupted or failed) / 未读完（中断或失败）",
    "not_read": "never read aloud / 未朗读",
}
EVENT_LABELS = {
    "session_started": "Session started / 会话开始",
    "software_versions": "Software versions / 软件版本",
    "document_opened": "Document opened / 打开文件",
    "page_shown": "Page shown / 显示页面",
    "ocr_done": "Text recognised / 文字识别完成",
    "translation_made": "Translation made / 生成译文",
    "human_correction": "Translation corrected / 人工修改译文",
    "translator_certification": "Translator's certification / 译员认证",
    "segment_read": "Sentence read / 朗读句子",
    "large_print_shown": "Large print shown / 大字显示",
    "question_asked": "Question asked / 提问",
    "explanation_given": "Explanation given / 解释",
    "comprehension_check": "Comprehension check / 理解确认",
    "acknowledgement": "Acknowledgement / 表示",
    "decision": "Decision / 决定",
    "note": "Note / 备注",
    "session_interrupted": "Session interrupted / 会话中断",
    "session_closed": "Session closed / 会话结束",
}
ACK_ZH = {
    "understood": "我听懂了",
    "did_not_understand": "我没有听懂",
    "could_not_see": "我看不到这份文件",
    "asked_for_lawyer": "我要求见律师",
}
DECISION_ZH = {"signed": "已签署", "refused": "拒绝签署", "deferred": "以后再决定"}
VISION_TEXT = {
    "sighted": "can read the paper / 能看清文件",
    "low_vision": "low vision / 视力不佳",
    "blind": "cannot see the paper / 看不到文件",
}


def cjk_font_file() -> Path:
    """A TrueType copy of the first face of a system CJK collection (fpdf2 reads .ttf only)."""
    target = cache_dir() / "fonts" / "readfirst-cjk.ttf"
    if target.exists():
        return target
    source = next((p for p in CJK_SOURCES if p.exists()), None)
    if source is None:
        raise MissingComponent(
            "No Chinese font for the report. "
            "Install one with: sudo apt-get install fonts-wqy-microhei"
        )
    from fontTools.ttLib import TTCollection

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    TTCollection(str(source)).fonts[0].save(str(tmp))
    tmp.replace(target)
    return target


def _summary_line(event: Event) -> str:
    p = event.payload
    kind = event.type
    if kind == "segment_read":
        lang = LANGUAGE_NAMES.get(p.get("language"), p.get("language"))
        where = "in the room" if p.get("output") == "device" else "to an audio file only"
        reason = f" ({p['reason']})" if p.get("reason") else ""
        return f"{p.get('segment_id')} in {lang}, {p.get('status')} {where}{reason}"
    if kind == "acknowledgement":
        return f"{p.get('statement', p.get('kind'))} / {ACK_ZH.get(p.get('kind', ''), '')}"
    if kind == "decision":
        words = f": “{p['in_their_words']}”" if p.get("in_their_words") else ""
        return f"{p.get('decision')} / {DECISION_ZH.get(p.get('decision', ''), '')}{words}"
    if kind == "comprehension_check":
        return f"Q: {p.get('question', '')}  A: “{p.get('answer', '')}”"
    if kind in ("question_asked", "explanation_given", "note"):
        return str(p.get("text", ""))
    if kind == "page_shown":
        return f"page {p.get('page')}"
    if kind == "human_correction":
        return f"{p.get('segment_id')} by {p.get('who')}: “{p.get('before')}” → “{p.get('after')}”"
    if kind == "translation_made":
        package = f"{p.get('package')} {p.get('package_version')}"
        return f"package {package}, glossary {p.get('glossary_version')}"
    if kind == "ocr_done":
        pages = p.get("pages", [])
        return f"{p.get('engine')} {p.get('engine_version') or ''}: {len(pages)} pages".strip()
    if kind == "session_closed":
        return str(p.get("reason", ""))
    if kind == "session_interrupted":
        return f"gap after {p.get('last_event_at')}"
    if kind == "large_print_shown":
        return f"{p.get('zoom_percent')}%, {p.get('theme')}"
    if kind == "document_opened":
        return str(p.get("name", ""))
    return ""


class _Report:
    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(True, margin=15)
        self.pdf.add_font(FONT, fname=str(cjk_font_file()))
        self.pdf.set_title("ReadFirst reading record")
        self.pdf.set_creator("ReadFirst")

    def heading(self, text: str, size: float = 13) -> None:
        self.pdf.ln(2)
        self.pdf.set_font(FONT, size=size)
        self.pdf.set_text_color(20, 40, 90)
        self.pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.ln(1)

    def para(self, text: str, size: float = 9.5, height: float = 5) -> None:
        self.pdf.set_font(FONT, size=size)
        self.pdf.multi_cell(0, height, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def row(self, left: str, right: str, width: float = 45) -> None:
        """Two columns; the taller one decides where the next row starts."""
        pdf = self.pdf
        pdf.set_font(FONT, size=9)
        line = 4.6
        right_width = pdf.w - pdf.r_margin - pdf.l_margin - width
        # Fast path for the common one-line row: line breaking in fpdf2 costs ~1 ms per cell,
        # which made exporting a long session take minutes.
        margin = 2 * pdf.c_margin + 0.5
        if (
            "\n" not in left
            and "\n" not in right
            and pdf.get_string_width(left) + margin < width
            and pdf.get_string_width(right) + margin < right_width
        ):
            if pdf.get_y() + line > pdf.h - pdf.b_margin:
                pdf.add_page()
            pdf.cell(width, line, left, new_x="RIGHT", new_y="TOP")
            pdf.cell(right_width, line, right, new_x="LMARGIN", new_y="NEXT")
            return
        height = max(
            pdf.multi_cell(width, line, left, align="L", dry_run=True, output="HEIGHT"),
            pdf.multi_cell(right_width, line, right, align="L", dry_run=True, output="HEIGHT"),
        )
        if pdf.get_y() + height > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        pdf.multi_cell(width, line, left, align="L", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(right_width, line, right, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(pdf.l_margin, y + height)


_SEGMENT_ID = re.compile(r"p(\d+)\.s(\d+)$")


def _id_ranges(ids: Sequence[str]) -> str:
    """["p1.s1", "p1.s2", "p1.s3", "p2.s1"] -> "p1.s1-3, p2.s1", in reading order."""
    parts: list[list[Any]] = []  # [page, first, last] or [raw id]
    for sid in ids:
        m = _SEGMENT_ID.match(sid)
        if m is None:
            parts.append([sid])
            continue
        page, n = int(m[1]), int(m[2])
        last = parts[-1] if parts else None
        if last is not None and len(last) == 3 and last[0] == page and last[2] + 1 == n:
            last[2] = n
        else:
            parts.append([page, n, n])
    return ", ".join(
        p[0] if len(p) == 1 else f"p{p[0]}.s{p[1]}" + (f"-{p[2]}" if p[2] != p[1] else "")
        for p in parts
    )


def _timeline_rows(events: Sequence[Event]) -> list[tuple[str, str]]:
    """One row per event, except that a run of sentences read the same way (language, result,
    output, operator) is one row: a 12-page reading is hundreds of them, which the page map
    already shows one by one and events.jsonl lists in full."""
    rows: list[tuple[str, str]] = []
    run: list[Event] = []

    def how(e: Event) -> tuple[Any, ...]:
        p = e.payload
        return (p.get("language"), p.get("status"), p.get("output"), p.get("reason"), e.operator)

    def flush() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        when = first.time_local[:19].replace("T", " ")
        if len(run) == 1:
            rows.append((when, f"{EVENT_LABELS[first.type]}  {_summary_line(first)}"))
        else:
            ids = _id_ranges([str(e.payload.get("segment_id")) for e in run])
            rest = _summary_line(first).split(" in ", 1)[-1]
            rows.append(
                (
                    f"{when}\nto {last.time_local[11:19]}",
                    f"{EVENT_LABELS[first.type]}  {len(run)} sentences, {ids}, in {rest}",
                )
            )
        run.clear()

    for e in events:
        if e.type == "software_versions":
            continue
        if e.type == "segment_read" and (not run or how(run[-1]) == how(e)):
            run.append(e)
            continue
        flush()
        if e.type == "segment_read":
            run.append(e)
        else:
            rows.append(
                (e.time_local[:19].replace("T", " "), f"{EVENT_LABELS[e.type]}  {_summary_line(e)}")
            )
    flush()
    return rows


def build_report(
    events: Sequence[Event],
    coverage: Coverage,
    key_fingerprint: str,
    document_sha256: str,
    page_images: Mapping[int, Any] | None = None,
    segment_boxes: Mapping[str, tuple[float, float, float, float, float, float]] | None = None,
    segments: Sequence[tuple[str, int, str]] | None = None,
) -> bytes:
    started = events[0].payload
    versions = next((e.payload for e in events if e.type == "software_versions"), {})
    r = _Report()
    pdf = r.pdf
    pdf.add_page()
    r.heading("Reading record / 朗读记录", 18)
    r.para(
        "ReadFirst (先读后签) kept this record of a legal paper being read with the person asked "
        "to sign it. It records what happened; it is not a signature or a consent form. "
        "本记录说明朗读经过，不是签名或同意书。"
    )
    r.heading("Document / 文件")
    doc = started["document"]
    r.row("Name / 名称", doc["name"])
    r.row("Pages / 页数", str(doc["pages"]))
    r.row("SHA-256", document_sha256)
    r.heading("People present / 在场人员")
    for p in started["participants"]:
        en, zh = ROLE_NAMES.get(p["role"], (p["role"], ""))
        r.row(f"{en} / {zh}", p["name"])
    recipient = started["recipient"]
    langs = ", ".join(LANGUAGE_NAMES.get(c, c) for c in recipient["languages"])
    if recipient.get("dialect"):
        langs += f" ({recipient['dialect']})"
    r.row("Language / 语言", langs)
    r.row("Sight / 视力", VISION_TEXT.get(recipient["vision"], recipient["vision"]))
    r.row("Operated by / 操作人", events[0].operator or "")
    if any(p["role"] == "fellow_detainee" for p in started["participants"]):
        r.para(
            "Note: a fellow detainee took part. 6 CFR 115.16(c) (by analogy) calls for "
            "interpretation by someone other than another detainee. 注意：有同监被拘留者参与。"
        )

    r.heading("Coverage / 朗读覆盖情况")
    r.para(
        f"{coverage.read_aloud_count} of {coverage.total} sentences "
        f"({coverage.percent:.0f}%) were read aloud in a language the recipient understands. "
        f"共 {coverage.total} 句，已朗读 {coverage.read_aloud_count} 句。"
    )
    summary = coverage.describe()
    r.para(summary[:1].upper() + summary[1:] + ".")  # not capitalize(): it lowercases "Mandarin"
    _legend(r)
    _page_map(r, coverage, page_images, segment_boxes)

    said = [e for e in events if e.type in ("acknowledgement", "decision", "comprehension_check")]
    r.heading("What the recipient said and decided / 当事人的表示和决定")
    if not said:
        r.para("Nothing was recorded. / 没有记录。")
    for e in said:
        r.row(f"{e.time_local[11:19]} {EVENT_LABELS[e.type]}", _summary_line(e), 62)

    if any(e.type in ("translation_made", "human_correction") for e in events):
        r.heading("Translation / 翻译")
        r.para(DISCLAIMER)
        certs = [e for e in events if e.type == "translator_certification"]
        for c in certs:
            r.row(
                "Certified by / 认证译员",
                f"{c.payload.get('translator')}: {c.payload.get('statement')}",
            )

    r.heading("Timeline / 时间记录")
    pdf.set_font(FONT, size=8)
    for left, right in _timeline_rows(events):
        r.row(left, right, 38)

    r.heading("Software / 软件")
    for name, version in sorted(versions.items()):
        r.row(str(name), str(version))

    pdf.add_page()
    r.heading("Draft declaration / 声明草稿", 14)
    head = events[-1].hash
    r.para(
        "I, ____________________, declare: I am a custodian of this record or otherwise "
        "qualified to describe how it was made. The record was produced by ReadFirst, a "
        "program that logs each event of a reading session when it happens, chains each event "
        "to the one before it by SHA-256 hashes, and signs the chain with an Ed25519 key kept "
        "on the computer that made it. Reading aloud is logged only when the speech engine "
        "reports the sentence finished; sentences that were interrupted or only saved to an "
        "audio file are logged as such. The exported record can be checked with "
        "`readfirst verify`, which recomputes every hash and the signature.",
        10,
    )
    r.row("Session", events[0].session_id, 40)
    r.row("Document SHA-256", document_sha256, 40)
    r.row("Chain head SHA-256", head, 40)
    r.row("Events", str(len(events)), 40)
    r.row("Signing key fingerprint", key_fingerprint, 40)
    r.para(
        "The record is offered under Federal Rules of Evidence 902(13) and 902(14) as a record "
        "generated by an electronic process and as data authenticated by hash value. "
        "I declare under penalty of perjury under the laws of the United States of America "
        "that the foregoing is true and correct (28 U.S.C. 1746).",
        10,
    )
    pdf.ln(10)
    r.para("Executed on (date) ____________________   at (place) ____________________", 10, 8)
    r.para("Signature ____________________________   Name ____________________________", 10, 8)
    pdf.ln(4)
    r.para(
        "This is a draft for a person to review, complete and sign; ReadFirst does not sign it. "
        "本声明为草稿，须由本人审阅、填写并签名。",
        8.5,
    )
    out = pdf.output()
    return bytes(out)


def _legend(r: _Report) -> None:
    pdf = r.pdf
    pdf.set_font(FONT, size=7.5)
    for status, colour in STATUS_COLOURS.items():
        pdf.set_fill_color(*colour)
        pdf.cell(4, 4, "", fill=True)
        pdf.cell(2, 4, "")
        pdf.cell(0, 4, STATUS_LABELS[status], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _page_map(
    r: _Report,
    coverage: Coverage,
    page_images: Mapping[int, Any] | None,
    segment_boxes: Mapping[str, tuple[float, float, float, float, float, float]] | None,
) -> None:
    """Page thumbnails with each sentence box coloured by its status (a grid without images)."""
    pages: dict[int, list[Any]] = {}
    for s in coverage.segments:
        pages.setdefault(s.page, []).append(s)
    if page_images and segment_boxes and all(n in page_images for n in pages):
        _thumbnails(r, pages, page_images, segment_boxes)
    else:
        _grid(r, pages)
    r.pdf.set_draw_color(0, 0, 0)
    r.pdf.set_line_width(0.2)


def _thumbnails(
    r: _Report,
    pages: dict[int, list[Any]],
    page_images: Mapping[int, Any],
    segment_boxes: Mapping[str, tuple[float, float, float, float, float, float]],
) -> None:
    pdf = r.pdf
    per_row, gap = 4, 4.0
    width = (pdf.w - pdf.l_margin - pdf.r_margin - gap * (per_row - 1)) / per_row
    row_top, row_height = pdf.get_y(), 0.0
    for i, (number, segs) in enumerate(pages.items()):
        image = page_images[number]
        height = width * image.height / image.width
        if i % per_row == 0:
            row_top += row_height + (6 if i else 0)
            row_height = 0.0
            if row_top + height + 6 > pdf.h - pdf.b_margin:
                pdf.add_page()
                row_top = pdf.get_y()
        row_height = max(row_height, height)
        x = pdf.l_margin + (i % per_row) * (width + gap)
        buf = io.BytesIO()
        image.convert("L").save(buf, "PNG")
        pdf.image(buf, x=x, y=row_top, w=width, h=height)
        # A white page on white paper has no edge: outline it so the map reads as a page.
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.2)
        pdf.rect(x, row_top, width, height)
        for s in segs:
            box = segment_boxes.get(s.segment_id)
            if box is None:
                continue
            bx0, by0, bx1, by1, pw, ph = box
            pdf.set_draw_color(*STATUS_COLOURS[s.status])
            pdf.set_line_width(0.5)
            pdf.rect(
                x + bx0 / pw * width, row_top + by0 / ph * height,
                max((bx1 - bx0) / pw * width, 0.5), max((by1 - by0) / ph * height, 0.5),
            )  # fmt: skip
        pdf.set_font(FONT, size=7)
        pdf.text(x, row_top + height + 3.5, f"Page {number} / 第 {number} 页")
    pdf.set_y(row_top + row_height + 6)


def _grid(r: _Report, pages: dict[int, list[Any]]) -> None:
    pdf = r.pdf
    for number, segs in pages.items():
        pdf.set_font(FONT, size=8)
        pdf.cell(22, 4.5, f"Page {number}")
        for s in segs:
            if pdf.get_x() + 4 > pdf.w - pdf.r_margin:
                pdf.ln(5)
                pdf.cell(22, 4.5, "")
            pdf.set_fill_color(*STATUS_COLOURS[s.status])
            pdf.cell(3.5, 4.5, "", fill=True, border=0)
            pdf.cell(0.8, 4.5, "")
        pdf.ln(6)
