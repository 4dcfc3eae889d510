"""Export a reading as audio from the window: WAV + cue sheet, page range, honest about gaps."""

from __future__ import annotations

import wave
from pathlib import Path

from app.gui.audio_export import AudioExportDialog, export_reading
from tests.speech.test_cues import parse_vtt


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_export_writes_wav_and_cues_and_names_what_was_left_out(tmp_path: Path) -> None:
    spoken = [
        ("p1.s1", "您有权请律师。"),
        ("p1.s2", ""),
        ("p1.s3", "如果您不明白这份文件，请不要签字。"),
    ]
    heard: list[str] = []
    result = export_reading(
        spoken, "zh", 150, tmp_path / "prep.wav", on_utterance=lambda r: heard.append(r.status)
    )
    assert result.wav == tmp_path / "prep.wav"
    assert result.cues == tmp_path / "prep.vtt"
    assert result.written == 2
    assert result.not_written == (("p1.s2", "the segment has no text to read"),)
    assert result.seconds == _seconds(result.wav) > 2
    assert [c[0] for c in parse_vtt(result.cues.read_text(encoding="utf-8"))] == ["p1.s1", "p1.s3"]
    assert heard == ["completed", "failed", "completed"]


def test_dialog_gives_a_page_range_and_a_wav_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    languages = (("en", "English"), ("zh", "Mandarin"), ("yue", "Cantonese"))
    dialog = AudioExportDialog(None, 12, 3, languages, "yue", tmp_path / "i-130.wav")
    qtbot.addWidget(dialog)
    request = dialog.request()
    assert (request.lang, request.first_page, request.last_page) == ("yue", 1, 12)
    dialog.last.setValue(5)
    dialog.path.setText(str(tmp_path / "pages"))
    request = dialog.request()
    assert dialog.range.isChecked()
    assert (request.first_page, request.last_page) == (3, 5)
    assert request.out == tmp_path / "pages.wav"


def test_window_exports_a_page_as_audio_and_records_it_as_file_only(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import json
    import zipfile

    from app.gui.audio_export import AudioExportRequest
    from app.gui.session_dialog import SessionSetup
    from evidence import verify_record
    from tests.app.conftest import new_window
    from tests.conftest import SAMPLE_ZH

    monkeypatch.setenv("READFIRST_DATA_DIR", str(data_dir))
    window = new_window(qtbot)
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    setup = SessionSetup("Chen Jie", (("recipient", "Chen Jie"),), ("yue",), None, "blind", "Ann")
    assert window.start_session(setup)
    window.volume_box.setValue(60)
    request = AudioExportRequest("yue", 1, 1, tmp_path / "prep.wav")
    with qtbot.waitSignal(window.audio_exported, timeout=120_000) as exported:
        assert window.export_audio(request) is not None
    result = exported.args[0]
    page_one = [s.id for s in window.document.pages[0].segments]  # type: ignore[union-attr]
    # The notice's English line cannot be spoken by the Cantonese voice: left out, and said so.
    left_out = [sid for sid, _ in result.not_written]
    assert result.written + len(left_out) == len(page_one) and result.written >= 5
    assert all("English" in why for _, why in result.not_written)
    assert _seconds(result.wav) == result.seconds > 3
    cue_ids = [c[0] for c in parse_vtt(result.cues.read_text(encoding="utf-8"))]
    assert cue_ids == [sid for sid in page_one if sid not in left_out]
    assert "does not count as read aloud" in window.status_label.text()
    assert all(sid in window.status_label.text() for sid in left_out)
    qtbot.waitUntil(lambda: window.recording is not None and sum(
        e.type == "segment_read" for e in window.recording.events()) == len(page_one))  # fmt: skip
    out = window.export_record(tmp_path / "record.zip")
    assert out is not None and verify_record(out).ok
    with zipfile.ZipFile(out) as z:
        events = [json.loads(x) for x in z.read("events.jsonl").splitlines() if x.strip()]
    reads = [e["payload"] for e in events if e["type"] == "segment_read"]
    assert [r["segment_id"] for r in reads] == page_one
    assert {(r["output"], r["language"]) for r in reads} == {("file", "yue")}
    assert [r["segment_id"] for r in reads if r["status"] != "completed"] == left_out
    # Remembered for the next start.
    assert window.settings.value("speech/volume") in (60, "60")
