"""The whole visit by keyboard alone, on the real window, with real speech (ALSA's null sink:
this machine has no sound card): open, start a session, move, read two sentences aloud, record
what the recipient said, export, and verify the export. Screenshots of each step are kept."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.gui.session_dialog import SessionDialog
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.conftest import SAMPLE_ZH


def _when_modal(qtbot, kind: type, act) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of ``kind`` once it is open (exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """After a dialog closes, the main window is the active one again (as on a desktop)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _type_path_and_enter(qtbot, dialog: QFileDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    name_box.setFocus()
    # setText, not typed keys: typing a path pops up the dialog's completer, which may take
    # the Enter that follows (it did, on a loaded machine) and leave the dialog open.
    name_box.setText(str(path))
    qtbot.keyClick(name_box, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READFIRST_AUDIO_DEVICE", "null")
    win = new_window(qtbot)
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def test_keyboard_only_visit(qtbot, window: MainWindow, tmp_path: Path, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    from evidence import verify_record

    # Ctrl+O, type the path, Enter.
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, SAMPLE_ZH))
    with qtbot.waitSignals([window.document_shown, window.page_image_shown], timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window.grab().save(str(artifacts / "keyboard-1-opened.png"))
    _activate(qtbot, window)

    # Ctrl+N: who is present. Type the recipient's name, Enter starts recording.
    def fill_session(dialog: SessionDialog) -> None:
        qtbot.keyClicks(dialog.recipient, "Chen Jie")
        dialog.grab().save(str(artifacts / "keyboard-2-session-dialog.png"))
        qtbot.keyClick(dialog.recipient, Qt.Key.Key_Return)

    _when_modal(qtbot, SessionDialog, fill_session)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.recording is not None, timeout=10_000)
    assert window.session is not None and window.session.recipient == "Chen Jie"
    assert window.language_box.currentData() == "zh"
    _activate(qtbot, window)

    # Right twice: the title (the English banner is sentence 1). Space reads from there.
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_segment == "p1.s2"
    reads: list[str] = []
    window.event_logged.connect(lambda kind: reads.append(kind) if kind == "segment_read" else None)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: reads.count("segment_read") >= 2, timeout=60_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: not window._player_active, timeout=10_000)
    window.grab().save(str(artifacts / "keyboard-3-read-two-sentences.png"))
    assert window.record_panel.coverage_bar.value() > 0
    assert "read aloud in Mandarin" in window.record_panel.coverage_label.text()

    # Ctrl+4: "I asked for a lawyer". Ctrl+E: export, type the file name, Enter.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / "keyboard-record.zip"
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, out))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(out.exists, timeout=60_000)
    window.grab().save(str(artifacts / "keyboard-4-exported.png"))

    result = verify_record(out)
    assert result.ok, result.problems
    with zipfile.ZipFile(out) as z:
        events = [json.loads(x) for x in z.read("events.jsonl").splitlines() if x.strip()]
    completed = [
        e["payload"]["segment_id"]
        for e in events
        if e["type"] == "segment_read" and e["payload"]["status"] == "completed"
    ]
    assert completed[:2] == ["p1.s2", "p1.s3"]
    assert all(e["payload"]["output"] == "device" for e in events if e["type"] == "segment_read")
    ack = [e["payload"]["kind"] for e in events if e["type"] == "acknowledgement"]
    assert ack == ["asked_for_lawyer"]
    assert events[-1]["type"] == "session_closed"
