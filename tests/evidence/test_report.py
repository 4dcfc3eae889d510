"""The report PDF a lawyer prints: Chinese actually embedded and extractable, the hashes and the
draft declaration present, and page 1 rendered for people to look at."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from document.hashing import sha256_file
from evidence import EventStore, Participant, Recipient, SigningKey, export_record, verify_record
from ocr import extract, render_page
from tests.conftest import SAMPLE_ZH
from tests.evidence.conftest import VERSIONS


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, artifacts: Path) -> dict:
    """One exported Chinese session, exactly as the app exports it (thumbnails and boxes)."""
    from evidence import load_or_create_key
    from evidence.store import default_db_path

    data = tmp_path_factory.mktemp("report-data")
    store = EventStore.open(default_db_path(data))
    key: SigningKey = load_or_create_key(data)
    doc = extract(SAMPLE_ZH)
    segments = [(s.id, s.page_number, s.text) for s in doc.segments()]
    sid = store.start_session(
        document_sha256=sha256_file(SAMPLE_ZH),
        document_name=SAMPLE_ZH.name,
        page_count=len(doc.pages),
        participants=[
            Participant("recipient", "李伟"),
            Participant("lawyer", "Anna Smith"),
            Participant("interpreter", "王芳"),
        ],
        recipient=Recipient(languages=("zh",), dialect="Fuzhounese", vision="low_vision"),
        operator="Anna Smith",
        software_versions=VERSIONS,
    )
    store.append(sid, "document_opened", {"name": SAMPLE_ZH.name}, operator="Anna Smith")
    store.append(sid, "page_shown", {"page": 1}, operator="Anna Smith")
    for n, (seg_id, _page, _text) in enumerate(segments):
        store.append(
            sid,
            "segment_read",
            {
                "segment_id": seg_id,
                "language": "zh",
                "voice": "cmn",
                "rate": 1.0,
                "status": "interrupted" if n == 1 else "completed",
                "output": "device",
                "reason": "stopped by the operator" if n == 1 else None,
            },
            operator="Anna Smith",
        )
        if n == 3:
            break  # the rest of the page is never read: the map must show the gap
    store.append(
        sid,
        "comprehension_check",
        {"question": "这份文件要你做什么？", "answer": "去移民法院开庭"},
        operator="Anna Smith",
    )
    store.append(
        sid,
        "acknowledgement",
        {"kind": "understood", "statement": "I understood"},
        operator="Anna Smith",
    )
    store.append(
        sid,
        "decision",
        {"decision": "deferred", "in_their_words": "我要先和家人商量"},
        operator="Anna Smith",
    )
    store.close_session(sid)
    out = tmp_path_factory.mktemp("report") / "record.zip"
    export_record(
        store,
        sid,
        SAMPLE_ZH,
        out,
        key,
        segments=segments,
        page_images={p.number: render_page(SAMPLE_ZH, p.number, dpi=40) for p in doc.pages},
        segment_boxes={
            s.id: (*s.bbox, page.width, page.height) for page in doc.pages for s in page.segments
        },
    )
    assert verify_record(out).ok
    pdf = out.parent / "report.pdf"
    with zipfile.ZipFile(out) as z:
        pdf.write_bytes(z.read("report.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    store.close()
    return {"pdf": pdf, "text": text, "key": key, "segments": segments, "artifacts": artifacts}


def test_a_cjk_font_is_embedded(report: dict) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(report["pdf"])], capture_output=True, text=True, check=True
    ).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    # Columns end: emb sub uni object-id generation. Every font embedded, with a Unicode map.
    for row in rows:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row
    assert any("CID TrueType" in row for row in rows), fonts
    assert any("WenQuanYi" in row or "MicroHei" in row for row in rows), fonts


def test_the_text_reads_back_in_both_languages(report: dict) -> None:
    text = report["text"]
    assert "Reading record / 朗读记录" in text
    assert "李伟" in text and "王芳" in text  # names in the recipient's script
    assert "我要先和家人商量" in text  # the decision in their words
    assert "去移民法院开庭" in text  # the comprehension answer
    assert "Fuzhounese" in text and "视力不佳" in text


def test_the_hashes_and_the_draft_declaration_are_there(report: dict) -> None:
    text = "".join(report["text"].split())  # hashes may wrap across lines
    assert sha256_file(SAMPLE_ZH) in text
    assert "Draftdeclaration/声明草稿" in text
    assert "902(13)and902(14)" in text and "28U.S.C.1746" in text
    assert "".join(report["key"].fingerprint.split()) in text
    assert "ReadFirstdoesnotsignit" in text


def test_the_coverage_is_stated_in_words(report: dict) -> None:
    text = " ".join(report["text"].split())
    total = len(report["segments"])
    assert f"3 of {total} sentences" in text
    assert "read aloud in Mandarin, sentence 2 not finished (interrupted or failed)" in text
    assert f"sentences 5-{total} never read aloud" in text or f"sentence {total}" in text


def test_page_one_renders_for_people_to_look_at(report: dict) -> None:
    out = report["artifacts"] / "report-page1"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(report["pdf"]),
         str(out)],
        check=True,
    )  # fmt: skip
    from PIL import Image

    with Image.open(out.with_suffix(".png")) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])  # pixels darker than mid-grey
    assert dark > 2000, "page 1 rendered blank"


def _event(seq: int, kind: str, payload: dict, operator: str | None = "A. Smith"):
    from evidence import Event

    t = f"2026-01-01T10:00:{seq:02d}.000+00:00"
    return Event("s", seq, kind, payload, operator, t.replace("+00:00", "Z"), t, "0", "0")


def test_the_timeline_groups_sentences_read_the_same_way_and_keeps_the_rest() -> None:
    from evidence.report import _timeline_rows

    def read(seq: int, seg: str, status: str = "completed") -> object:
        payload = {"segment_id": seg, "language": "zh", "status": status, "output": "device"}
        return _event(seq, "segment_read", payload)

    events = [
        _event(1, "page_shown", {"page": 1}),
        *(read(n + 1, f"p1.s{n}") for n in range(1, 5)),  # p1.s1-4, seq 2-5
        read(6, "p1.s5", "interrupted"),
        read(7, "p1.s5"),
        read(8, "p2.s1"),
        _event(9, "decision", {"decision": "refused"}),
    ]
    rows = _timeline_rows(events)
    assert rows[0][1].endswith("page 1")
    assert rows[1] == (
        "2026-01-01 10:00:02\nto 10:00:05",
        "Sentence read / 朗读句子  4 sentences, p1.s1-4, in Mandarin, completed in the room",
    )
    assert "p1.s5 in Mandarin, interrupted in the room" in rows[2][1]  # never hidden in a run
    assert "2 sentences, p1.s5, p2.s1, in Mandarin, completed" in rows[3][1]
    assert rows[4][1].startswith("Decision / 决定  refused")
    assert len(rows) == 5
