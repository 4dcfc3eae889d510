"""F1: the keyboard shortcuts, so every action can be found without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

SHORTCUTS = (
    ("Ctrl+O", QT_TRANSLATE_NOOP("HelpPanel", "Open a paper")),
    ("Ctrl+V", QT_TRANSLATE_NOOP("HelpPanel", "Paste an image (photo, screenshot) as the paper")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("HelpPanel", "Start a reading session (who is present)")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("HelpPanel", "Recent sessions: continue one, or export it")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("HelpPanel", "Check an exported reading record (.zip)")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("HelpPanel", "Settings: colours, type size, voice, data folder")),
    ("Alt+F", QT_TRANSLATE_NOOP("HelpPanel", "File menu (also: photos as one paper)")),
    ("Space", QT_TRANSLATE_NOOP("HelpPanel", "Read aloud / pause")),
    ("Left / Right", QT_TRANSLATE_NOOP("HelpPanel", "Previous / next sentence")),
    ("R", QT_TRANSLATE_NOOP("HelpPanel", "Repeat the sentence")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("HelpPanel", "Large print (then + / - to zoom, T for colours)")),
    ("Enter", QT_TRANSLATE_NOOP("HelpPanel", "Correct the Chinese of the chosen sentence")),
    ("Ctrl+1 … Ctrl+4", QT_TRANSLATE_NOOP("HelpPanel", "Record what the recipient says")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("HelpPanel", "Comprehension check")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpPanel", "Close the session and export the record")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpPanel", "Move between controls")),
    ("F1", QT_TRANSLATE_NOOP("HelpPanel", "This list")),
)


class HelpPanel(QDialog):
    def __init__(self, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        for row, (keys, action) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr(action)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 460)
