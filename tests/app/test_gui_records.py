"""Recent sessions (continue one, export one again) and checking an exported record in the
window: real evidence store, real export, real verification."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.gui.recent_sessions import RecentSessionsDialog
from app.gui.record_check import RecordCheckDialog
from app.gui.session_dialog import SessionSetup
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.conftest import SAMPLE_ZH

SETUP = SessionSetup(
    recipient="Li Wei",
    participants=(("recipient", "Li Wei"), ("lawyer", "Ann Lee")),
    languages=("zh",),
    dialect=None,
    vision="sighted",
    operator="Ann Lee",
)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return new_window(qtbot)


def _open(qtbot, window: MainWindow, paper: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.document_shown, timeout=120_000):
        window.open_document(paper)


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _recent(qtbot, window: MainWindow) -> RecentSessionsDialog:  # type: ignore[no-untyped-def]
    """The recent-sessions dialog, once its list (read in a worker) is shown."""
    dialog = window.show_recent_sessions()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    return dialog


def test_recent_sessions_are_listed_continued_and_exported_again(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path, artifacts: Path
) -> None:
    from evidence import verify_record

    # The paper came on a USB stick that is gone by the next visit: only the kept copy remains.
    stick = tmp_path / "usb" / SAMPLE_ZH.name
    stick.parent.mkdir()
    shutil.copy(SAMPLE_ZH, stick)
    _open(qtbot, window, stick)
    assert not (data_dir / "papers").exists()  # only looked at: nothing kept
    with qtbot.waitSignal(window.paper_kept, timeout=30_000) as kept:
        assert window.start_session(SETUP)  # read in a session: kept
    assert kept.args[0].read_bytes() == SAMPLE_ZH.read_bytes()
    window.record_panel.ack_buttons["understood"].click()
    first = window.recording.session_id  # type: ignore[union-attr]
    assert window.export_record(tmp_path / "first.zip") is not None  # closes the session
    assert window.start_session(SETUP)
    second = window.recording.session_id  # type: ignore[union-attr]
    window.recording = None  # the power goes: the second session is never closed
    shutil.rmtree(stick.parent)

    dialog = _recent(qtbot, window)
    assert [r.id for r in dialog.rows] == [second, first]  # newest first
    tree = dialog.tree
    assert tree.topLevelItem(0).text(0) == SAMPLE_ZH.name
    assert "Li Wei" in tree.topLevelItem(0).text(2) and "Ann Lee" in tree.topLevelItem(0).text(2)
    assert "not closed" in tree.topLevelItem(0).text(3)
    assert tree.topLevelItem(1).text(3) == "closed"
    assert "kept on this computer" in dialog.detail.text()
    # The open session can be continued, not exported; the closed one the other way round.
    assert dialog.continue_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.grab().save(str(artifacts / "gui-recent-sessions.png"))
    dialog.select(first)
    assert dialog.export_button.isEnabled() and not dialog.continue_button.isEnabled()
    dialog.select(second)

    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        dialog.continue_button.click()
    assert window.recording is not None and window.recording.session_id == second
    assert "Li Wei" in window.recording_banner.text()
    window.record_panel.ack_buttons["asked_for_lawyer"].click()
    out = window.export_record(tmp_path / "second.zip")
    assert out is not None and verify_record(out).ok
    with zipfile.ZipFile(out) as z:
        assert "session_interrupted" in z.read("events.jsonl").decode()

    # The first session, closed long ago, exported again from the kept copy.
    dialog = _recent(qtbot, window)
    row = next(r for r in dialog.rows if r.id == first)
    dialog.reject()
    again = tmp_path / "first-again.zip"
    with qtbot.waitSignal(window.session_exported, timeout=120_000) as blocker:
        window.open_session("export", row, again)
    assert blocker.args[0] == again
    result = verify_record(again)
    assert result.ok, result.problems

    # Viewing it: its paper, and what was read in it, in the record panel; nothing recorded.
    with qtbot.waitSignal(window.past_session_shown, timeout=60_000):
        window.open_session("view", row)
    assert window.recording is None
    assert "Shown: the session of" in window.recording_banner.text()
    assert "never read aloud" in window.record_panel.coverage_label.text()
    assert not window.record_panel.ack_buttons["understood"].isEnabled()
    window.grab().save(str(artifacts / "gui-recent-session-viewed.png"))


def test_an_exported_record_is_checked_in_plain_words(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path, artifacts: Path
) -> None:
    from evidence import load_or_create_key

    _open(qtbot, window, SAMPLE_ZH)
    assert window.start_session(SETUP)
    window.record_panel.ack_buttons["understood"].click()
    record = window.export_record(tmp_path / "record.zip")
    assert record is not None
    fingerprint = load_or_create_key(data_dir).fingerprint

    with qtbot.waitSignal(window.record_checked, timeout=30_000) as blocker:
        dialog = window.open_record(record)
    assert blocker.args[0].ok
    assert dialog is not None and dialog.ok
    assert "is intact and its signature is valid" in dialog.verdict.text()
    assert fingerprint in dialog.advice.text()
    assert "Coverage" in dialog.details.text()
    dialog.grab().save(str(artifacts / "gui-record-intact.png"))
    dialog.close()

    # One changed byte in the events: caught, and the first problem is said in words.
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(record) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "events.jsonl":
                data = data.replace(b"understood", b"understooD", 1)
            dst.writestr(item, data)
    with qtbot.waitSignal(window.record_checked, timeout=30_000) as blocker:
        _drop(window, [tampered])  # dropped on the window, as a person would
    assert not blocker.args[0].ok
    dialog = window.record_check
    assert isinstance(dialog, RecordCheckDialog) and dialog.ok is False
    assert "NOT a valid reading record" in dialog.verdict.text()
    assert "First problem found:" in dialog.details.text()
    assert "ask for the file exactly as it was exported" in dialog.advice.text()
    dialog.grab().save(str(artifacts / "gui-record-tampered.png"))
    dialog.close()

    # Not a record at all: said plainly, nothing crashes.
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    with qtbot.waitSignal(window.record_checked, timeout=30_000) as blocker:
        window.open_record(junk)
    assert window.record_check is not None and window.record_check.ok is False


def test_a_session_without_a_kept_paper_asks_for_the_same_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.recording import Recording
    from ocr import extract
    from tests.app.test_gui_keyboard import _type_path_and_enter, _when_modal
    from tests.conftest import SAMPLE

    # Recorded by `readfirst read` (the CLI keeps no copy), then cut off.
    crashed = Recording(data_dir)
    crashed.start(extract(SAMPLE_ZH), SAMPLE_ZH.name, SETUP.participants, ("zh",), "sighted",
                  "Ann Lee", {})  # fmt: skip
    dialog = _recent(qtbot, window)
    row = dialog.current_row()
    assert row is not None and row.paper is None
    assert "no copy of the paper" in dialog.detail.text()
    dialog.reject()

    # The wrong file is refused in plain words; nothing is resumed.
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, SAMPLE))
    with qtbot.waitSignal(window.document_shown, timeout=120_000):
        window.open_session("continue", row)
    assert "is not the paper of that session" in window.error_banner.text()
    assert window.recording is None

    # The same file: the session goes on.
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, SAMPLE_ZH))
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_session("continue", row)
    assert window.recording is not None and window.recording.session_id == crashed.session_id


def test_closing_the_check_before_it_ends_is_harmless(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    with qtbot.waitSignal(window.record_checked, timeout=30_000):
        dialog = window.open_record(junk)
        assert dialog is not None
        dialog.close()  # deleted at once (WA_DeleteOnClose)
    assert "junk.zip: NOT valid" in window.status_label.text()
