"""The main window, offscreen, on real files: what a person sees after opening a paper."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from app.gui.main import cjk_family
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.conftest import ROOT, SAMPLE, SAMPLE_ZH


@pytest.fixture
def window(qtbot, shared_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READFIRST_DATA_DIR", str(shared_data_dir))
    win = new_window(qtbot)
    return win


def _texts(win: MainWindow) -> list[str]:
    return [win.text_list.item(i).text() for i in range(win.text_list.count())]


def test_opens_the_sample_and_shows_text_and_page(
    qtbot, window: MainWindow, artifacts: Path
) -> None:  # type: ignore[no-untyped-def]
    signals = [window.document_shown, window.translation_shown, window.page_image_shown]
    with qtbot.waitSignals(signals, timeout=180_000):
        window.open_document(SAMPLE)
    texts = _texts(window)
    assert any("remain silent" in t for t in texts)
    assert any("Do not sign any paper" in t for t in texts)
    assert window.pages.count() == 2
    assert "2 pages" in window.status_label.text()
    qtbot.waitUntil(lambda: window.page_view._pixmap_item is not None, timeout=30_000)
    # Choosing a sentence highlights it on the page image.
    window.next_segment()
    window.next_segment()
    assert window.current_segment == "p1.s2"
    assert window.page_view._highlight is not None
    qtbot.wait(200)
    shot = artifacts / "gui-main-window.png"
    assert window.grab().save(str(shot))
    assert QImage(str(shot)).width() >= 1000


def test_keyboard_moves_between_sentences(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.document_shown, timeout=180_000):
        window.open_document(SAMPLE)
    window.next_action.trigger()
    assert window.current_segment == "p1.s1"
    window.next_action.trigger()
    window.next_action.trigger()
    window.prev_action.trigger()
    assert window.current_segment == "p1.s2"
    window.prev_action.trigger()
    window.prev_action.trigger()  # stops at the first sentence
    assert window.current_segment == "p1.s1"


def test_chinese_renders_with_a_cjk_font(qtbot, window: MainWindow, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    assert cjk_family() is not None, "no Chinese font: install fonts-noto-cjk"
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_document(SAMPLE_ZH)
    texts = _texts(window)
    assert any("听证会" in t for t in texts)
    # The CJK family must actually supply the glyphs (no boxes): check the font Qt resolves.
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(window.text_list.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "权利告知书听证会")
    window.grab().save(str(artifacts / "gui-chinese-notice.png"))


def test_unreadable_file_shows_a_message_and_the_app_keeps_running(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.load_failed, timeout=30_000) as blocker:
        window.open_document(empty)
    assert "empty" in blocker.args[0].lower()
    assert window.error_banner.isVisible()
    # Still usable: the sample opens afterwards.
    with qtbot.waitSignal(window.document_shown, timeout=180_000):
        window.open_document(SAMPLE)
    assert not window.error_banner.isVisible()


def _unnamed_controls(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
    )

    kinds = (QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox, QLineEdit,
             QPlainTextEdit, QProgressBar)  # fmt: skip
    found = []
    for widget in root.findChildren(QWidget):
        # Hidden parts (combo popups, the toolbar overflow button) are not reachable; a spin
        # box's inner line edit is named through its spin box.
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if widget.objectName() == "qt_spinbox_lineedit":
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QProgressBar):
            continue  # not reachable by keyboard (table headers, corner buttons)
        if not widget.accessibleName() and not (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_has_an_accessible_name(
    qtbot, window: MainWindow, shared_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.gui.help_panel import HelpPanel
    from app.gui.large_print import LargePrintView
    from app.gui.recent_sessions import RecentSessionsDialog
    from app.gui.record_check import RecordCheckDialog
    from app.gui.record_panel import TextEntryDialog
    from app.gui.session_dialog import SessionDialog
    from app.gui.settings_dialog import Preferences, SettingsDialog

    recent = RecentSessionsDialog(shared_data_dir, window)
    dialogs = [
        SessionDialog(window),
        HelpPanel(window),
        LargePrintView(window),
        TextEntryDialog(window, "Comprehension check", [("Question", False), ("Answer", True)]),
        recent,
        RecordCheckDialog(shared_data_dir / "record.zip", window),
        SettingsDialog(Preferences(), window),
    ]
    with qtbot.waitSignal(recent.loaded, timeout=10_000):
        pass
    for root in [window, *dialogs]:
        assert not _unnamed_controls(root), (type(root).__name__, _unnamed_controls(root))
        # Labels that take the keyboard focus (to be read and copied) say what they are. A
        # label's text is its name for a screen reader (an accessible name would replace it),
        # so what it is goes in the description (test_gui_screen_reader checks what is heard).
        for label in root.findChildren(QLabel):
            if label.focusPolicy() != Qt.FocusPolicy.NoFocus and label.isVisibleTo(root):
                assert label.accessibleName() or label.accessibleDescription(), (
                    type(root).__name__,
                    label.text(),
                )
    # Tool buttons are named after their actions, with a description for screen readers.
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if button is not None and action.text():
            assert button.accessibleName(), action.text()
            assert button.accessibleDescription(), action.text()


def test_screenshot_command(tmp_path: Path, shared_data_dir: Path, artifacts: Path) -> None:
    out = artifacts / "cli-screenshot.png"
    out.unlink(missing_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "READFIRST_DATA_DIR": str(shared_data_dir),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "app", str(SAMPLE), "--screenshot", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
