"""Recent reading sessions: which paper, when, who was there, and whether the session was closed.

An open (interrupted) session can be continued; a closed one can be exported again or its paper
viewed. The list is read from the evidence store in a worker, so a long history never freezes the
window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.gui import i18n
from app.gui.paper_store import kept_copy
from app.gui.workers import Task, start

MAX_SESSIONS = 100


@dataclass(frozen=True)
class SessionRow:
    id: str
    created_utc: str
    document_name: str
    document_sha256: str
    closed: bool
    events: int
    participants: tuple[tuple[str, str], ...]  # (role, name)
    paper: Path | None  # the kept copy of the paper, if this computer has one

    @property
    def local_time(self) -> str:
        """When it started, in this computer's time zone (what the visitor remembers)."""
        try:
            when = datetime.fromisoformat(self.created_utc.replace("Z", "+00:00"))
        except ValueError:
            return self.created_utc
        return when.astimezone().strftime("%Y-%m-%d %H:%M")


def list_sessions(data: Path, limit: int = MAX_SESSIONS) -> list[SessionRow]:
    """The newest sessions of the data directory's evidence store (none if it has no store)."""
    from evidence import EventStore, default_db_path

    db = default_db_path(data)
    if not db.is_file():
        return []
    store = EventStore.open(db, read_only=True)
    try:
        rows = []
        for info in store.sessions()[:limit]:
            events = store.events(info.id)
            started = events[0].payload if events else {}
            people = tuple(
                (str(p.get("role", "")), str(p.get("name", "")))
                for p in started.get("participants", [])
            )
            rows.append(
                SessionRow(
                    info.id,
                    info.created_utc,
                    info.document_name,
                    info.document_sha256,
                    info.closed,
                    info.events,
                    people,
                    kept_copy(data, info.document_sha256),
                )
            )
        return rows
    finally:
        store.close()


class RecentSessionsDialog(QDialog):
    """Pick a recent session; ``chosen`` is (action, row) with action "continue", "export" or
    "view" once the dialog is accepted."""

    loaded = Signal()

    def __init__(self, data: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent sessions"))
        self.setAccessibleName(self.tr("Recent sessions"))
        self.resize(900, 460)
        self.rows: list[SessionRow] = []
        self.chosen: tuple[str, SessionRow] | None = None
        self.intro = QLabel(self.tr("Reading the list of sessions…"))
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Paper"), self.tr("Started"), self.tr("People present"), self.tr("State")]
        )
        self.tree.setAccessibleName(self.tr("Recent sessions"))
        self.tree.setAccessibleDescription(
            self.tr("Newest first. Choose one with the arrow keys, then continue or export it.")
        )
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self._default_action())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("About the chosen session"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = self._button(
            self.tr("Continue session"),
            self.tr("Open the paper and go on recording in this session (it was not closed)"),
        )
        self.export_button = self._button(
            self.tr("Export record…"),
            self.tr("Save the signed record of this closed session as a zip file"),
        )
        self.view_button = self._button(
            self.tr("Open paper"), self.tr("Open the paper of this session without recording")
        )
        for button, action in (
            (self.continue_button, "continue"),
            (self.export_button, "export"),
            (self.view_button, "view"),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, a=action: self._choose(a))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self._update_buttons()
        self._task = Task(list_sessions, data, with_progress=False)
        self._task.signals.finished.connect(self._on_loaded)
        self._task.signals.failed.connect(self._on_failed)
        start(self._task)

    @staticmethod
    def _button(text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        return button

    def _people(self, row: SessionRow) -> str:
        from evidence import ROLE_NAMES

        chinese = i18n.current() != "en"
        parts = []
        for role, name in row.participants:
            en, zh = ROLE_NAMES.get(role, (role, role))
            parts.append(f"{name} ({zh if chinese else en})")
        return ", ".join(parts)

    def _state(self, row: SessionRow) -> str:
        return self.tr("closed") if row.closed else self.tr("not closed: can be continued")

    def _on_loaded(self, rows: list[SessionRow]) -> None:
        if not isValid(self):  # closed before the list was read
            return
        self.rows = rows
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row.document_name, row.local_time, self._people(row), self._state(row)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if rows:
            self.intro.setText(
                self.tr("{n} sessions on this computer, newest first.").format(n=len(rows))
            )
            self.select(rows[0].id)
        else:
            self.intro.setText(
                self.tr("No sessions yet. Open a paper, then start a session (Ctrl+N).")
            )
        self.tree.setFocus()
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        message = getattr(exc, "message", str(exc))
        self.intro.setText(
            self.tr("The list of sessions could not be read: {why}").format(why=message)
        )
        self.loaded.emit()

    def current_row(self) -> SessionRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        sid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == sid), None)

    def select(self, session_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == session_id:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self, *_: Any) -> None:
        row = self.current_row()
        self.continue_button.setEnabled(row is not None and not row.closed)
        self.export_button.setEnabled(row is not None and row.closed)
        self.view_button.setEnabled(row is not None)
        if row is None:
            self.detail.setText("")
            return
        where = (
            self.tr("The paper is kept on this computer.")
            if row.paper is not None
            else self.tr(
                "This computer has no copy of the paper: you will be asked for the same file."
            )
        )
        self.detail.setText(
            self.tr("{name}, started {time}; {n} events; {state}. {where}").format(
                name=row.document_name,
                time=row.local_time,
                n=row.events,
                state=self._state(row),
                where=where,
            )
        )

    def _default_action(self) -> None:
        row = self.current_row()
        if row is not None:
            self._choose("export" if row.closed else "continue")

    def _choose(self, action: str) -> None:
        row = self.current_row()
        if row is None:
            return
        self.chosen = (action, row)
        self.accept()
