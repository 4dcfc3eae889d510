"""The reading workflow in the window: session, reading, what was said, export, verify."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.gui import i18n
from app.gui.session_dialog import SessionSetup
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.conftest import FORMS, SAMPLE, SAMPLE_ZH

SETUP = SessionSetup(
    recipient="Li Wei",
    participants=(("recipient", "Li Wei"), ("lawyer", "Ann Lee"), ("interpreter", "Wang Fang")),
    languages=("zh",),
    dialect=None,
    vision="low_vision",
    operator="Ann Lee",
)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = new_window(qtbot)
    return win


def _events(record: Path) -> list[dict]:
    with zipfile.ZipFile(record) as z:
        return [json.loads(x) for x in z.read("events.jsonl").splitlines() if x.strip()]


def test_session_records_what_happened_and_exports_a_valid_record(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    artifacts: Path,  # type: ignore[no-untyped-def]
) -> None:
    from evidence import verify_record

    with qtbot.waitSignals([window.document_shown, window.page_image_shown], timeout=60_000):
        window.open_document(SAMPLE_ZH)
    assert "Not recording" in window.recording_banner.text()
    assert window.start_session(SETUP)
    assert "Li Wei" in window.recording_banner.text()
    assert window.record_panel.ack_buttons["understood"].isEnabled()

    window.show_large_print()
    window.next_segment()
    window.record_panel.ack_buttons["asked_for_lawyer"].click()
    window.log_event(
        "comprehension_check", {"question": "What is this paper?", "answer": "权利告知"}
    )
    window.grab().save(str(artifacts / "gui-session.png"))
    window._large_print.grab().save(str(artifacts / "gui-large-print.png"))  # type: ignore[union-attr]

    out = window.export_record(tmp_path / "record.zip")
    assert out is not None and out.exists()
    assert "Not recording" in window.recording_banner.text()
    result = verify_record(out)
    assert result.ok, result.problems
    types = [e["type"] for e in _events(out)]
    for wanted in ("document_opened", "ocr_done", "page_shown", "large_print_shown",
                   "acknowledgement", "comprehension_check", "session_closed"):  # fmt: skip
        assert wanted in types, f"{wanted} missing from {types}"
    ack = next(e for e in _events(out) if e["type"] == "acknowledgement")
    assert ack["payload"]["kind"] == "asked_for_lawyer"


def test_reading_aloud_without_sound_is_never_recorded_as_read(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from speech import audio_output_available

    has_audio, _ = audio_output_available()
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    window.start_session(SETUP)
    window.next_segment()
    logged: list[str] = []
    window.event_logged.connect(logged.append)
    window.toggle_play()
    if has_audio:  # a machine with sound: the sentence is played and recorded
        qtbot.waitUntil(lambda: "segment_read" in logged, timeout=30_000)
        return
    qtbot.waitUntil(window.error_banner.isVisible, timeout=30_000)
    assert "audio" in window.error_banner.text().lower()
    out = window.export_record(tmp_path / "r.zip")
    assert out is not None
    reads = [e for e in _events(out) if e["type"] == "segment_read"]
    assert all(e["payload"]["status"] != "completed" for e in reads)


def test_chinese_ui_switches_at_run_time(qtbot, window: MainWindow, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    signals = [window.document_shown, window.page_image_shown, window.translation_shown]
    with qtbot.waitSignals(signals, timeout=180_000):
        window.open_document(SAMPLE)
    # No language package installed: the glossary's Chinese terms are shown, and it says so.
    assert "No full translation available" in window.disclaimer.text()
    assert not window.error_banner.isVisible()
    texts = [window.text_list.item(i).text() for i in range(window.text_list.count())]
    assert any("保持沉默的权利" in t for t in texts)
    try:
        assert i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.open_action.text() == "打开…", timeout=5_000)
        assert window.play_action.text() == "▶ 朗读"
        assert window.record_panel.ack_buttons["understood"].text() == "我听懂了"
        assert window.pages.item(0).text() == "第 1 页"
        window.grab().save(str(artifacts / "gui-chinese-ui.png"))
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: window.open_action.text() == "Open…", timeout=5_000)


def test_every_ui_string_has_a_chinese_translation() -> None:
    import xml.etree.ElementTree as ET

    from document.paths import resource_path

    ts = ET.parse(resource_path("i18n", "readfirst_zh_CN.ts"))
    messages = list(ts.getroot().iter("message"))
    assert len(messages) > 100
    untranslated = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert not untranslated
    assert resource_path("i18n", "readfirst_zh_CN.qm").stat().st_size > 1000


@pytest.mark.parametrize(
    ("paper", "language"),
    [(SAMPLE, "en"), (FORMS / "i-765.pdf", "en"), (SAMPLE_ZH, "yue")],
    ids=["sample-scan", "i-765", "chinese-notice-cantonese"],
)
def test_whole_workflow_reads_two_sentences_and_exports(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    artifacts: Path,
    monkeypatch,
    paper: Path,
    language: str,
) -> None:
    from evidence import verify_record

    monkeypatch.setenv("READFIRST_AUDIO_DEVICE", "null")  # real playback into ALSA's null sink
    with qtbot.waitSignals([window.document_shown, window.page_image_shown], timeout=180_000):
        window.open_document(paper)
    setup = SessionSetup(
        recipient="Li Wei",
        participants=(("recipient", "Li Wei"), ("family_member", "Li Na")),
        languages=(language,),
        dialect=None,
        vision="sighted",
        operator="Li Na",
    )
    assert window.start_session(setup)
    window.next_segment()
    window.next_segment()  # start at the second sentence
    done: list[str] = []
    window.event_logged.connect(lambda kind: done.append(kind) if kind == "segment_read" else None)
    window.toggle_play()
    qtbot.waitUntil(lambda: len(done) >= 2, timeout=60_000)
    window.toggle_play()
    window.record_panel.ack_buttons["understood"].click()
    window.grab().save(str(artifacts / f"workflow-{paper.stem}-{language}.png"))
    out = window.export_record(tmp_path / "record.zip")
    assert out is not None
    assert verify_record(out).ok
    with zipfile.ZipFile(out) as z:
        reads = [
            e["payload"]
            for e in (json.loads(x) for x in z.read("events.jsonl").splitlines() if x.strip())
            if e["type"] == "segment_read"
        ]
        assert z.read("report.pdf").startswith(b"%PDF")
    assert [r["status"] for r in reads[:2]] == ["completed", "completed"]
    assert {r["language"] for r in reads} == {language}


def test_a_session_cut_off_by_a_crash_is_continued_with_the_gap_recorded(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    from app.recording import Recording
    from evidence import verify_record
    from ocr import extract

    # A first run of the app recorded a reading, then died before closing the session.
    crashed = Recording(data_dir)
    doc = extract(SAMPLE_ZH)
    crashed.start(doc, SAMPLE_ZH.name, SETUP.participants, ("yue",), "blind", "Ann Lee", {})
    crashed.log(
        "acknowledgement", {"kind": "did_not_understand", "statement": "I did not understand"}
    )
    sid = crashed.session_id

    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    assert "interrupted" in window.recording_banner.text()
    assert window.resume_action.isVisible()
    assert window.resume_session()
    assert window.recording is not None and window.recording.session_id == sid
    assert window.session is not None and window.session.vision == "blind"
    # It goes on in Cantonese, the recipient's language, although the paper opened in Mandarin.
    assert window.language_box.currentData() == "yue"
    window.record_panel.ack_buttons["understood"].click()
    out = window.export_record(tmp_path / "resumed.zip")
    assert out is not None and verify_record(out).ok
    types = [e["type"] for e in _events(out)]
    assert types.index("session_interrupted") > types.index("acknowledgement")
    assert types[-2:] == ["acknowledgement", "session_closed"]


def test_large_print_marks_the_word_being_spoken(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, artifacts: Path
) -> None:
    import re

    monkeypatch.setenv("READFIRST_AUDIO_DEVICE", "null")
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    window.select_segment("p1.s3")
    window.show_large_print()
    window.toggle_play()
    view = window._large_print
    assert view is not None
    qtbot.waitUntil(lambda: "<span" in view.text.text(), timeout=30_000)
    marked = re.search(r"<span[^>]*>(.*?)</span>", view.text.text())
    assert marked and marked.group(1) in window.document.segment("p1.s3").text  # type: ignore[union-attr]
    view.grab().save(str(artifacts / "gui-large-print-word.png"))
    window.stop_reading()
