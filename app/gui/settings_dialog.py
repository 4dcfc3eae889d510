"""Settings kept between visits (QSettings): colours, type size, voice, speed, data directory.

Keys (one place, so the window, the dialog and the tests agree):
    ui/theme             "standard" | "dark"
    ui/font_scale        percent, 100..200 (all the window's type)
    large_print/theme    a key of large_print.THEMES
    large_print/zoom     percent (set from the large-print view itself)
    speech/voice         reading language code: "en" | "zh" | "yue"
    speech/rate          words per minute
    data/dir             the data directory to use from the next start ("" = the default)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.large_print import THEMES
from document.paths import ENV_DATA_DIR, data_dir

APP_THEMES = (
    ("standard", QT_TRANSLATE_NOOP("SettingsDialog", "Standard")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark (light text on dark grey)")),
)
LARGE_PRINT_THEMES = (
    ("yellow-on-black", QT_TRANSLATE_NOOP("SettingsDialog", "Yellow on black")),
    ("white-on-black", QT_TRANSLATE_NOOP("SettingsDialog", "White on black")),
    ("black-on-white", QT_TRANSLATE_NOOP("SettingsDialog", "Black on white")),
)
VOICES = (
    ("en", QT_TRANSLATE_NOOP("SettingsDialog", "English")),
    ("zh", QT_TRANSLATE_NOOP("SettingsDialog", "Mandarin 普通话")),
    ("yue", QT_TRANSLATE_NOOP("SettingsDialog", "Cantonese 粤语")),
)
MIN_SCALE, MAX_SCALE = 100, 200
BASE_POINTS = 11.0


@dataclass(frozen=True)
class Preferences:
    app_theme: str = "standard"
    font_scale: int = 100
    large_print_theme: str = "yellow-on-black"
    voice: str = "en"
    rate: int = 150
    volume: int = 100  # percent
    data_dir: str = ""

    @classmethod
    def load(cls, settings: QSettings | None = None) -> Preferences:
        s = settings or QSettings()
        default = cls()

        def pick(key: str, allowed: tuple[str, ...], fallback: str) -> str:
            value = str(s.value(key, fallback))
            return value if value in allowed else fallback

        try:
            scale = int(str(s.value("ui/font_scale", default.font_scale)))
            rate = int(str(s.value("speech/rate", default.rate)))
            volume = int(str(s.value("speech/volume", default.volume)))
        except (TypeError, ValueError):  # a hand-edited settings file: fall back, never crash
            scale, rate, volume = default.font_scale, default.rate, default.volume
        return cls(
            app_theme=pick("ui/theme", tuple(c for c, _ in APP_THEMES), default.app_theme),
            font_scale=max(MIN_SCALE, min(MAX_SCALE, scale)),
            large_print_theme=pick("large_print/theme", tuple(THEMES), default.large_print_theme),
            voice=pick("speech/voice", tuple(c for c, _ in VOICES), default.voice),
            rate=rate,
            volume=max(0, min(100, volume)),
            data_dir=str(s.value("data/dir", "")),
        )

    def save(self, settings: QSettings | None = None) -> None:
        s = settings or QSettings()
        s.setValue("ui/theme", self.app_theme)
        s.setValue("ui/font_scale", self.font_scale)
        s.setValue("large_print/theme", self.large_print_theme)
        s.setValue("speech/voice", self.voice)
        s.setValue("speech/rate", self.rate)
        s.setValue("speech/volume", self.volume)
        s.setValue("data/dir", self.data_dir)
        s.sync()


def apply_saved_data_dir(settings: QSettings | None = None) -> str | None:
    """At start: use the data directory chosen in Settings, unless READFIRST_DATA_DIR is set
    (tests, demos and several users on one laptop keep theirs). Returns the one applied."""
    chosen = str((settings or QSettings()).value("data/dir", "") or "")
    if not chosen or os.environ.get(ENV_DATA_DIR):
        return None
    os.environ[ENV_DATA_DIR] = chosen
    return chosen


def apply_appearance(prefs: Preferences) -> None:
    """Colours and type size for the whole application (every window, at once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not hasattr(app, "_readfirst_base"):  # what "standard" and "100 %" mean on this desktop
        base = (app.style().name(), QPalette(app.palette()), app.font().pointSizeF())
        app._readfirst_base = base  # type: ignore[attr-defined]
    style, palette, points = app._readfirst_base  # type: ignore[attr-defined]
    if prefs.app_theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    else:
        app.setStyle(style)
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF((points if points > 0 else BASE_POINTS) * prefs.font_scale / 100)
    app.setFont(font)


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#f1f1f1"),
        (roles.Base, "#121212"),
        (roles.AlternateBase, "#2a2a2d"),
        (roles.Text, "#f1f1f1"),
        (roles.Button, "#303134"),
        (roles.ButtonText, "#f1f1f1"),
        (roles.Highlight, "#ffd54f"),
        (roles.HighlightedText, "#000000"),
        (roles.ToolTipBase, "#303134"),
        (roles.ToolTipText, "#f1f1f1"),
        (roles.PlaceholderText, "#b0b0b0"),
        (roles.Link, "#8ab4f8"),
    ):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#8a8a8a"))
    return p


class SettingsDialog(QDialog):
    """Edits a Preferences; ``preferences()`` is what the person chose."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._volume = prefs.volume
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.app_theme = self._combo(APP_THEMES, prefs.app_theme, self.tr("Window colours"))
        self.large_print_theme = self._combo(
            LARGE_PRINT_THEMES, prefs.large_print_theme, self.tr("Large print colours")
        )
        self.font_scale = QSpinBox()
        self.font_scale.setRange(MIN_SCALE, MAX_SCALE)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(prefs.font_scale)
        self.font_scale.setAccessibleName(self.tr("Type size of the window, percent"))
        self.font_scale.setAccessibleDescription(
            self.tr("Larger type for everything in the window (large print has its own zoom)")
        )
        self.voice = self._combo(VOICES, prefs.voice, self.tr("Voice to read aloud in"))
        self.rate = QSpinBox()
        self.rate.setRange(80, 260)
        self.rate.setSingleStep(10)
        self.rate.setValue(prefs.rate)
        self.rate.setAccessibleName(self.tr("Speaking speed, words per minute"))
        self.data_dir = QLineEdit(prefs.data_dir)
        self.data_dir.setPlaceholderText(str(data_dir(create=False)))
        self.data_dir.setAccessibleName(self.tr("Data directory"))
        self.data_dir.setAccessibleDescription(
            self.tr("Where the records, keys, language packages and kept papers are stored")
        )
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the data directory"))
        self.browse.setAccessibleDescription(self.tr("Pick a folder for the data directory"))
        self.browse.clicked.connect(self._choose_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)
        self.data_note = QLabel(
            self.tr(
                "A new data directory is used from the next start of ReadFirst; the session "
                "open now stays where it is. Records already made are not moved. (When the "
                "READFIRST_DATA_DIR environment variable is set, it wins.)"
            )
        )
        self.data_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Window colours:"), self.app_theme)
        form.addRow(self.tr("Type size:"), self.font_scale)
        form.addRow(self.tr("Large print colours:"), self.large_print_theme)
        form.addRow(self.tr("Voice:"), self.voice)
        form.addRow(self.tr("Speed:"), self.rate)
        # The field sits in a row with its button, so the form cannot tie the label to it.
        folder_label = QLabel(self.tr("Data directory:"))
        folder_label.setBuddy(self.data_dir)
        form.addRow(folder_label, folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.data_note)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.app_theme.setFocus()  # the first setting, top left, where the eye starts

    def _combo(self, choices: tuple[tuple[str, object], ...], current: str, name: str) -> QComboBox:
        box = QComboBox()
        for code, label in choices:
            box.addItem(self.tr(str(label)), code)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setAccessibleName(name)
        return box

    def _choose_dir(self) -> None:
        from app.gui.window import FILE_DIALOG_OPTIONS

        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Data directory"),
            self.data_dir.text() or str(Path.home()),
            FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly,
        )
        if name:
            self.data_dir.setText(name)

    def preferences(self) -> Preferences:
        return Preferences(
            app_theme=str(self.app_theme.currentData()),
            font_scale=self.font_scale.value(),
            large_print_theme=str(self.large_print_theme.currentData()),
            voice=str(self.voice.currentData()),
            rate=self.rate.value(),
            volume=self._volume,  # set in the toolbar; kept as it is
            data_dir=self.data_dir.text().strip(),
        )
