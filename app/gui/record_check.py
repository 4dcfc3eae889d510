"""The result of checking an exported reading record, in plain words (as `readfirst verify`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def check_record(path: Path) -> Any:
    """evidence.verify_record on ``path`` after the same file checks as the CLI (worker side)."""
    from app.commands.common import document_path
    from evidence import verify_record

    return verify_record(document_path(path))


class RecordCheckDialog(QDialog):
    """Says whether a record is intact: the summary and key fingerprint, or the first problem."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Check a reading record"))
        self.setAccessibleName(self.tr("Check a reading record"))
        self.resize(760, 320)
        self.verdict = self._label(self.tr("Result"))
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.verdict.setFont(font)
        self.details = self._label(self.tr("Details"))
        self.advice = self._label(self.tr("What to do"))
        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setStyleSheet("QLabel:focus { border: 2px solid #1565c0; }")  # visible focus
        self.ok: bool | None = None

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        # Tab reaches it and a screen reader reads it; the text can be selected and copied.
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return label

    def show_result(self, result: Any) -> None:
        self.ok = bool(result.ok)
        if result.ok:
            self.verdict.setText(
                self.tr("✔ {name} is intact and its signature is valid.").format(
                    name=self.path.name
                )
            )
            self.verdict.setStyleSheet("color:#1b5e20")
            self.details.setText(result.summary)
            self.advice.setText(
                self.tr(
                    "Compare the key fingerprint with the one written down at the visit: {fp}"
                ).format(fp=result.fingerprint)
            )
        else:
            problem = result.problems[0] if result.problems else result.summary
            self.verdict.setText(
                self.tr("✘ {name} is NOT a valid reading record.").format(name=self.path.name)
            )
            self.verdict.setStyleSheet("color:#8a1c12")
            self.details.setText(self.tr("First problem found: {problem}.").format(problem=problem))
            self.advice.setText(
                self.tr(
                    "It was changed after it was exported, or it is damaged or incomplete. Do not "
                    "rely on it: ask for the file exactly as it was exported, or export it again "
                    "from the computer that recorded the session."
                )
            )
        self._settle()

    def _settle(self) -> None:
        """New texts wrap to more lines: lay out again, and put the focus on the verdict."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.verdict.setFocus()

    def show_failure(self, message: str) -> None:
        self.ok = False
        self.verdict.setText(self.tr("The record could not be checked."))
        self.verdict.setStyleSheet("color:#8a1c12")
        self.details.setText(message)
        self.advice.setText(self.tr("Choose the .zip file that was exported, and try again."))
        self._settle()
