"""Large-print reading view for a person with low vision: one sentence at a time, up to 400%.

High-contrast themes (yellow on black, white on black, black on white); the sentence being read
follows the reader. Keyboard: +/- zoom, arrows move, T changes theme, Esc closes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

THEMES = {
    "yellow-on-black": ("#000000", "#ffeb3b"),
    "white-on-black": ("#000000", "#ffffff"),
    "black-on-white": ("#ffffff", "#000000"),
}
MIN_ZOOM, MAX_ZOOM, STEP = 100, 400, 25
BASE_POINTS = 14.0


class LargePrintView(QDialog):
    """Shows the current sentence (and its Chinese, when there is one) in very large type."""

    move_requested = Signal(int)  # -1 previous sentence, +1 next
    zoom_changed = Signal(int)
    theme_changed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, zoom: int = 200, theme: str = "yellow-on-black"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Large print"))
        self.setAccessibleName(self.tr("Large print view"))
        self.setAccessibleDescription(self.tr("The current sentence in large, high-contrast type"))
        self.resize(1100, 700)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.theme = theme if theme in THEMES else "yellow-on-black"
        self.position = QLabel()
        self.position.setAccessibleDescription(self.tr("Position in the paper"))
        self._plain: dict[QLabel, str] = {}
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Descriptions, not names: a label's accessible name replaces its text, and a screen
        # reader (or a magnifier that speaks) would say "Sentence" instead of the sentence.
        self.text.setAccessibleDescription(self.tr("Sentence"))
        self.translation = QLabel()
        self.translation.setTextFormat(Qt.TextFormat.RichText)
        self.translation.setWordWrap(True)
        self.translation.setAccessibleDescription(self.tr("Chinese translation"))
        self.translation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.position)
        column.addWidget(self.text)
        column.addWidget(self.translation)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for keys, slot in (
            (("+", "=", "Ctrl++"), lambda: self.set_zoom(self.zoom + STEP)),
            (("-", "Ctrl+-"), lambda: self.set_zoom(self.zoom - STEP)),
            (("Right", "Down"), lambda: self.move_requested.emit(1)),
            (("Left", "Up"), lambda: self.move_requested.emit(-1)),
            (("T",), self.next_theme),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)
        self._apply()

    def show_sentence(self, position: str, text: str, translation: str | None = None) -> None:
        self.position.setText(position)
        self._plain = {self.text: text, self.translation: translation or ""}
        self.text.setText(html.escape(text))
        self.translation.setText(html.escape(translation or ""))
        self.translation.setVisible(bool(translation))

    def highlight_word(self, in_translation: bool, start: int, length: int) -> None:
        """Mark the word being spoken (colours inverted), so the eye can follow the voice."""
        label = self.translation if in_translation else self.text
        plain = self._plain.get(label, "")
        if not plain or start < 0 or start >= len(plain):
            return
        end = min(len(plain), start + max(length, 1))
        background, foreground = THEMES[self.theme]
        label.setText(
            html.escape(plain[:start])
            + f'<span style="background:{foreground}; color:{background}">'
            + html.escape(plain[start:end])
            + "</span>"
            + html.escape(plain[end:])
        )

    def set_zoom(self, zoom: int) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self._apply()
            self.zoom_changed.emit(zoom)

    def next_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.theme) + 1) % len(names)])

    def set_theme(self, theme: str) -> None:
        if theme in THEMES and theme != self.theme:
            self.theme = theme
            self._apply()
            self.theme_changed.emit(theme)

    def point_size(self) -> float:
        return BASE_POINTS * self.zoom / 100

    def _apply(self) -> None:
        background, foreground = THEMES[self.theme]
        self.setStyleSheet(
            f"QDialog, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {background}; }}"
            f"QLabel {{ color: {foreground}; background: {background}; }}"
            f"QLabel:focus {{ border: 4px solid {foreground}; }}"
        )
        for label, scale in ((self.text, 1.0), (self.translation, 1.0), (self.position, 0.45)):
            font = QFont(label.font())
            font.setPointSizeF(self.point_size() * scale)
            font.setBold(label is self.text)
            label.setFont(font)
