"""The record panel: what the recipient said and decided, and how much has been read aloud.

The panel only asks; the window logs. Every button maps to one event type of design.md.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ACKNOWLEDGEMENTS = (
    ("understood", QT_TRANSLATE_NOOP("RecordPanel", "I understood")),
    ("did_not_understand", QT_TRANSLATE_NOOP("RecordPanel", "I did not understand")),
    ("could_not_see", QT_TRANSLATE_NOOP("RecordPanel", "I could not see the document")),
    ("asked_for_lawyer", QT_TRANSLATE_NOOP("RecordPanel", "I asked for a lawyer")),
)
DECISIONS = (
    ("signed", QT_TRANSLATE_NOOP("RecordPanel", "Signed")),
    ("refused", QT_TRANSLATE_NOOP("RecordPanel", "Refused to sign")),
    ("deferred", QT_TRANSLATE_NOOP("RecordPanel", "Decided later")),
)
REMARKS = (
    ("question_asked", QT_TRANSLATE_NOOP("RecordPanel", "Question asked")),
    ("explanation_given", QT_TRANSLATE_NOOP("RecordPanel", "Explanation given")),
    ("note", QT_TRANSLATE_NOOP("RecordPanel", "Note")),
)


class TextEntryDialog(QDialog):
    """Asks for one or two pieces of text, in the recipient's own words."""

    def __init__(self, parent: QWidget | None, title: str, fields: list[tuple[str, bool]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout()
        self.kind: QComboBox | None = None
        self.edits: list[QLineEdit | QPlainTextEdit] = []
        for label, multiline in fields:
            edit: QLineEdit | QPlainTextEdit = QPlainTextEdit() if multiline else QLineEdit()
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.edits.append(edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> list[str]:
        return [
            (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
            for e in self.edits
        ]


class RecordPanel(QWidget):
    event_requested = Signal(str, object)  # event type, payload
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Record"))
        said = QGroupBox(self.tr("The recipient says"))
        grid = QGridLayout(said)
        self.ack_buttons: dict[str, QPushButton] = {}
        for i, (code, label) in enumerate(ACKNOWLEDGEMENTS):
            button = self._button(
                self.tr(label), self.tr("Record that the recipient said: ") + self.tr(label)
            )
            button.clicked.connect(lambda _=False, c=code, t=label: self._acknowledge(c, t))
            grid.addWidget(button, i // 2, i % 2)
            button.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            button.setToolTip(f"{button.toolTip()} (Ctrl+{i + 1})")
            self.ack_buttons[code] = button

        decided = QGroupBox(self.tr("Decision"))
        row = QHBoxLayout(decided)
        self.decision_buttons: dict[str, QPushButton] = {}
        for code, label in DECISIONS:
            button = self._button(self.tr(label), self.tr("Record the decision: ") + self.tr(label))
            button.clicked.connect(lambda _=False, c=code: self._decide(c))
            row.addWidget(button)
            self.decision_buttons[code] = button

        talk = QGroupBox(self.tr("Conversation"))
        talk_row = QHBoxLayout(talk)
        self.check_button = self._button(
            self.tr("Comprehension check…"),
            self.tr("Record a question and the recipient's answer in their own words"),
        )
        self.check_button.clicked.connect(self._comprehension_check)
        self.check_button.setShortcut(QKeySequence("Ctrl+K"))
        self.remark_kind = QComboBox()
        for code, label in REMARKS:
            self.remark_kind.addItem(self.tr(label), code)
        self.remark_kind.setAccessibleName(self.tr("Kind of remark"))
        # On Linux Qt names a combo box by its current value and drops the name above: say it
        # in the description too, which AT-SPI does pass on.
        self.remark_kind.setAccessibleDescription(self.tr("Kind of remark"))
        self.remark_button = self._button(
            self.tr("Add…"), self.tr("Record a question, explanation or note")
        )
        self.remark_button.clicked.connect(self._remark)
        talk_row.addWidget(self.check_button)
        talk_row.addWidget(self.remark_kind)
        talk_row.addWidget(self.remark_button)

        self.coverage_bar = QProgressBar()
        self.coverage_bar.setRange(0, 100)
        self.coverage_bar.setFormat(self.tr("%p% read aloud"))
        self.coverage_bar.setAccessibleName(self.tr("Share of the paper read aloud"))
        self.coverage_label = QLabel(self.tr("Nothing read aloud yet."))
        self.coverage_label.setWordWrap(True)
        # Description, not name: a name would hide the coverage text from a screen reader.
        self.coverage_label.setAccessibleDescription(self.tr("Coverage"))
        self.export_button = self._button(
            self.tr("Close and export record…"),
            self.tr("End the session and save the signed reading record as a zip file"),
        )
        self.export_button.clicked.connect(self.export_requested.emit)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        coverage = QVBoxLayout()
        coverage.addWidget(self.coverage_bar)
        coverage.addWidget(self.coverage_label)
        coverage.addWidget(self.export_button)

        self.coverage_label.setMinimumWidth(320)
        layout = QHBoxLayout(self)
        layout.addWidget(said, 3)
        layout.addWidget(decided, 2)
        layout.addWidget(talk, 3)
        layout.addLayout(coverage, 4)
        self.set_recording(False)

    @staticmethod
    def _button(text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))  # speech would say "dot dot dot"
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def set_recording(self, on: bool) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(on)
        self.remark_kind.setEnabled(on)

    def clear_coverage(self) -> None:
        self.show_coverage(0, self.tr("Nothing read aloud yet."))

    def show_coverage(self, percent: float, description: str) -> None:
        self.coverage_bar.setValue(round(percent))
        self.coverage_label.setText(description)

    # ---- asking -------------------------------------------------------------------------
    def _acknowledge(self, code: str, label: str) -> None:
        self.event_requested.emit("acknowledgement", {"kind": code, "statement": label})

    def _decide(self, code: str) -> None:
        dialog = TextEntryDialog(
            self, self.tr("Decision"), [(self.tr("In the recipient's words (optional):"), True)]
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            (words,) = dialog.values()
            self.event_requested.emit("decision", {"decision": code, "in_their_words": words})

    def _comprehension_check(self) -> None:
        dialog = TextEntryDialog(
            self,
            self.tr("Comprehension check"),
            [
                (self.tr("Question asked:"), False),
                (self.tr("Answer, in the recipient's words:"), True),
            ],
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            question, answer = dialog.values()
            if question or answer:
                self.event_requested.emit(
                    "comprehension_check", {"question": question, "answer": answer}
                )

    def _remark(self) -> None:
        kind: Any = self.remark_kind.currentData()
        dialog = TextEntryDialog(self, self.remark_kind.currentText(), [(self.tr("Text:"), True)])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            (text,) = dialog.values()
            if text:
                self.event_requested.emit(kind, {"text": text})
