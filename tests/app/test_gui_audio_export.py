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
