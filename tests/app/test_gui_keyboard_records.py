"""The new ways in, by keyboard alone: Ctrl+N with no paper lists recent sessions, Enter
continues one; Ctrl+Shift+O checks an exported record; Ctrl+, opens Settings. Also the new
dialogs in Chinese, with screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.gui import i18n
from app.gui.recent_sessions import RecentSessionsDialog
from app.gui.record_check import RecordCheckDialog
from app.gui.settings_dialog import SettingsDialog
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.app.test_gui_keyboard import _activate, _type_path_and_enter, _when_modal
from tests.app.test_gui_records import SETUP
from tests.conftest import SAMPLE_ZH

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = new_window(qtbot)
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def _modal(qtbot, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=10_000)
    return QApplication.activeModalWidget()


def test_recent_sessions_and_record_check_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, artifacts: Path
) -> None:
    # An earlier visit: a session on the Chinese notice, cut off before it was closed.
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    assert window.start_session(SETUP)
    sid = window.recording.session_id  # type: ignore[union-attr]
    window.recording = None
    window.open_document(SAMPLE_ZH)  # as if the app started again
    window.document = None
    _activate(qtbot, window)

    # Ctrl+N with no paper open: the recent sessions, newest first, the list has the focus.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = _modal(qtbot, RecentSessionsDialog)
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=10_000)
    assert dialog.tree.hasFocus()
    assert dialog.current_row().id == sid
    # Tab reaches the buttons; Enter on the list continues the chosen session.
    focus_chain = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus_chain.append(QApplication.focusWidget())
    assert dialog.continue_button in focus_chain
    dialog.tree.setFocus()
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.recording is not None, timeout=10_000)
    assert window.recording.session_id == sid  # type: ignore[union-attr]
    _activate(qtbot, window)

    out = tmp_path / "record.zip"
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, out))
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(out.exists, timeout=60_000)
    _activate(qtbot, window)

    # Ctrl+Shift+O: choose the record, and the verdict is read first (it has the focus).
    _when_modal(qtbot, QFileDialog, lambda d: _type_path_and_enter(qtbot, d, out))
    with qtbot.waitSignal(window.record_checked, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    check = _modal(qtbot, RecordCheckDialog)
    assert check.ok and check.verdict.hasFocus()
    qtbot.keyClick(check, Qt.Key.Key_Escape)
    _activate(qtbot, window)

    # Ctrl+, : Settings; Escape leaves everything as it was.
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    settings = _modal(qtbot, SettingsDialog)
    qtbot.waitUntil(settings.app_theme.hasFocus, timeout=5_000)
    qtbot.keyClick(settings, Qt.Key.Key_Escape)


def test_new_dialogs_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, artifacts: Path
) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    assert window.start_session(SETUP)
    window.record_panel.ack_buttons["understood"].click()
    out = window.export_record(tmp_path / "record.zip")
    assert out is not None
    try:
        assert i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=5_000)
        assert window.recent_action.text() == "最近的会话…"
        recent = window.show_recent_sessions()
        with qtbot.waitSignal(recent.loaded, timeout=10_000):
            pass
        assert recent.windowTitle() == "最近的会话"
        assert recent.tree.topLevelItem(0).text(3) == "已关闭"
        assert "当事人" in recent.tree.topLevelItem(0).text(2)
        recent.grab().save(str(artifacts / "gui-recent-sessions-zh.png"))
        recent.reject()
        with qtbot.waitSignal(window.record_checked, timeout=30_000):
            check = window.open_record(out)
        assert check is not None and "完整无损" in check.verdict.text()
        check.grab().save(str(artifacts / "gui-record-intact-zh.png"))
        check.reject()
        settings = window.show_settings()
        assert settings.windowTitle() == "设置"
        settings.grab().save(str(artifacts / "gui-settings-zh.png"))
        settings.reject()
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=5_000)
