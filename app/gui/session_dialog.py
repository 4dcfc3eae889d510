"""Who is present, and who the paper is read to: the start of a reading session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# (code, English label); labels go through self.tr() when shown.
ROLE_CHOICES = (
    ("lawyer", QT_TRANSLATE_NOOP("SessionDialog", "Lawyer")),
    ("family_member", QT_TRANSLATE_NOOP("SessionDialog", "Family member")),
    ("interpreter", QT_TRANSLATE_NOOP("SessionDialog", "Interpreter")),
    ("officer", QT_TRANSLATE_NOOP("SessionDialog", "Officer")),
    ("witness", QT_TRANSLATE_NOOP("SessionDialog", "Witness")),
    ("fellow_detainee", QT_TRANSLATE_NOOP("SessionDialog", "Fellow detainee")),
)
LANGUAGE_CHOICES = (
    ("zh", QT_TRANSLATE_NOOP("SessionDialog", "Mandarin 普通话")),
    ("yue", QT_TRANSLATE_NOOP("SessionDialog", "Cantonese 粤语")),
    (
        "fuzhounese",
        QT_TRANSLATE_NOOP("SessionDialog", "Fuzhounese 福州话 (no voice: read in Mandarin)"),
    ),
    ("en", QT_TRANSLATE_NOOP("SessionDialog", "English")),
)
VISION_CHOICES = (
    ("sighted", QT_TRANSLATE_NOOP("SessionDialog", "Can read the paper")),
    ("low_vision", QT_TRANSLATE_NOOP("SessionDialog", "Low vision")),
    ("blind", QT_TRANSLATE_NOOP("SessionDialog", "Cannot see the paper")),
)
OTHER_ROWS = 3


@dataclass(frozen=True)
class SessionSetup:
    recipient: str
    participants: tuple[tuple[str, str], ...]  # (role, name), recipient first
    languages: tuple[str, ...]
    dialect: str | None
    vision: str
    operator: str

    @property
    def reading_language(self) -> str:
        """The voice to read in: Fuzhounese has no voice, Mandarin is the usual fallback."""
        first = self.languages[0]
        return "zh" if first == "fuzhounese" else first


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a reading session"))
        self.setAccessibleName(self.tr("Start a reading session"))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Name of the person the paper is read to"))
        self.recipient.setPlaceholderText(self.tr("e.g. Li Wei"))
        self.language = self._combo(LANGUAGE_CHOICES, self.tr("Language the person understands"))
        self.vision = self._combo(VISION_CHOICES, self.tr("Can the person see the paper?"))
        top = QFormLayout()
        top.addRow(self.tr("Read to (recipient):"), self.recipient)
        top.addRow(self.tr("Language:"), self.language)
        top.addRow(self.tr("Sight:"), self.vision)

        others = QGroupBox(self.tr("Also present"))
        grid = QGridLayout(others)
        self.other_roles: list[QComboBox] = []
        self.other_names: list[QLineEdit] = []
        for row in range(OTHER_ROWS):
            role = self._combo(ROLE_CHOICES, self.tr("Role of person {n}").format(n=row + 2))
            name = QLineEdit()
            name.setAccessibleName(self.tr("Name of person {n}").format(n=row + 2))
            grid.addWidget(role, row, 0)
            grid.addWidget(name, row, 1)
            self.other_roles.append(role)
            self.other_names.append(name)
        self.operator = QLineEdit()
        self.operator.setAccessibleName(self.tr("Who operates ReadFirst"))
        self.operator.setPlaceholderText(self.tr("your name"))
        operator_row = QFormLayout()
        operator_row.addRow(self.tr("Operated by:"), self.operator)

        self.problem = QLabel()
        self.problem.setStyleSheet("color:#8a1c12; font-weight:bold")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start recording"))
        # Continuing an earlier session is the other way in: the list of recent ones.
        self.wants_recent = False
        self.recent_button = QPushButton(self.tr("Recent sessions…"))
        self.recent_button.setAccessibleName(self.tr("Recent sessions"))
        self.recent_button.setAccessibleDescription(
            self.tr("Continue or export an earlier session instead of starting a new one")
        )
        self.recent_button.setAutoDefault(False)
        self.recent_button.clicked.connect(self._recent)
        buttons.addButton(self.recent_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(others)
        layout.addLayout(operator_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _combo(self, choices: tuple[tuple[str, str], ...], name: str) -> QComboBox:
        box = QComboBox()
        for code, label in choices:
            box.addItem(self.tr(label), code)
        box.setAccessibleName(name)
        # On Linux Qt names a combo box by its current value and drops the name above; the
        # description keeps "Role of person 2" apart from "Role of person 3" for a screen reader.
        box.setAccessibleDescription(name)
        return box

    def setup(self) -> SessionSetup | None:
        recipient = self.recipient.text().strip()
        if not recipient:
            return None
        people = [("recipient", recipient)]
        for role, name in zip(self.other_roles, self.other_names, strict=True):
            if name.text().strip():
                people.append((role.currentData(), name.text().strip()))
        language = self.language.currentData()
        dialect = "Fuzhounese" if language == "fuzhounese" else None
        operator = self.operator.text().strip() or (people[1][1] if len(people) > 1 else recipient)
        return SessionSetup(
            recipient=recipient,
            participants=tuple(people),
            languages=(language,),
            dialect=dialect,
            vision=self.vision.currentData(),
            operator=operator,
        )

    def _recent(self) -> None:
        self.wants_recent = True
        self.reject()

    def _accept(self) -> None:
        if self.setup() is None:
            self.problem.setText(self.tr("Write the name of the person the paper is read to."))
            self.problem.show()
            self.recipient.setFocus()
            return
        self.accept()
