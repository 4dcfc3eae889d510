"""Settings survive a restart of the window: colours, type size, voice, speed, large-print
theme, and the data directory (used from the next start)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.gui.settings_dialog import Preferences, apply_appearance, apply_saved_data_dir
from app.gui.window import MainWindow
from tests.app.conftest import new_window


@pytest.fixture
def settings_home(tmp_path: Path, data_dir: Path) -> Iterator[Path]:
    """QSettings in a private folder: the test's choices never reach the real user's."""
    folder = tmp_path / "settings"
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    real = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, real)
    apply_appearance(Preferences())  # the next tests see the standard look


def test_settings_survive_a_restart(  # type: ignore[no-untyped-def]
    qtbot, settings_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    window: MainWindow = new_window(qtbot)
    base_points = QApplication.font().pointSizeF()
    window.volume_box.setValue(70)  # the toolbar's volume survives the settings dialog
    dialog = window.show_settings()
    dialog.app_theme.setCurrentIndex(dialog.app_theme.findData("dark"))
    dialog.font_scale.setValue(150)
    dialog.large_print_theme.setCurrentIndex(dialog.large_print_theme.findData("white-on-black"))
    dialog.voice.setCurrentIndex(dialog.voice.findData("yue"))
    dialog.rate.setValue(120)
    chosen_dir = tmp_path / "visits-data"
    dialog.data_dir.setText(str(chosen_dir))
    dialog.grab().save(str(artifacts / "gui-settings.png"))
    dialog.accept()

    # Applied at once: dark colours, larger type, the voice and speed in the toolbar.
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert QApplication.font().pointSizeF() == pytest.approx(base_points * 1.5, rel=0.01)
    assert window.language_box.currentData() == "yue"
    assert window.rate_box.value() == 120
    assert "next start" in window.status_label.text()
    qtbot.wait(200)  # the new palette and font reach every widget through events
    window.grab().save(str(artifacts / "gui-settings-dark-150.png"))
    window.close()

    # A restart: a new window reads them back.
    again: MainWindow = new_window(qtbot)
    assert again.prefs == Preferences(
        app_theme="dark",
        font_scale=150,
        large_print_theme="white-on-black",
        voice="yue",
        rate=120,
        volume=70,
        data_dir=str(chosen_dir),
    )
    assert again.volume_box.value() == 70
    assert again.language_box.currentData() == "yue"
    assert again.rate_box.value() == 120
    again.show_large_print()
    assert again._large_print is not None and again._large_print.theme == "white-on-black"
    again._large_print.next_theme()  # T in the view: remembered too
    assert Preferences.load().large_print_theme == "black-on-white"
    # The data directory applies from the next start (unless READFIRST_DATA_DIR is set).
    monkeypatch.delenv("READFIRST_DATA_DIR")
    assert apply_saved_data_dir() == str(chosen_dir)
    assert os.environ["READFIRST_DATA_DIR"] == str(chosen_dir)
    assert apply_saved_data_dir() is None  # already set: the environment wins


def test_a_damaged_settings_file_falls_back_to_defaults(settings_home: Path) -> None:  # type: ignore[no-untyped-def]
    s = QSettings()
    s.setValue("ui/font_scale", "huge")
    s.setValue("ui/theme", "purple")
    s.setValue("speech/voice", "klingon")
    prefs = Preferences.load(s)
    assert (prefs.font_scale, prefs.app_theme, prefs.voice) == (100, "standard", "en")
