"""Export a reading to an audio file (whole paper or a page range) with its cue sheet.

For an interpreter preparing an explanation before the visit: the WAV plus a WebVTT cue sheet
(segment ids as cue ids) that common players show as subtitles. Audio written to a file was not
heard in the room; when a session is recording, its segments are logged with output "file",
which the record counts apart from reading aloud.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from document.progress import CancelToken, ProgressCallback


@dataclass(frozen=True)
class AudioExportRequest:
    lang: str
    first_page: int
    last_page: int
    out: Path


@dataclass(frozen=True)
class AudioExportResult:
    wav: Path
    cues: Path
    seconds: float
    written: int  # segments in the file
    not_written: tuple[tuple[str, str], ...]  # (segment id, why)


def export_reading(
    spoken: Sequence[tuple[str, str]],
    lang: str,
    rate: int,
    out: Path,
    on_utterance: Callable[[Any], None] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> AudioExportResult:
    """Render ``spoken`` to ``out`` and its cue sheet beside it (runs in a worker)."""
    from speech import render_reading, write_cue_sheet

    results: list[Any] = []

    def collect(result: Any) -> None:
        results.append(result)
        if on_utterance is not None:
            on_utterance(result)

    cues = render_reading(
        spoken, lang, out, rate=rate, on_utterance=collect, progress=progress, cancel=cancel
    )
    cue_path = write_cue_sheet(cues, dict(spoken), out)
    missed = tuple((r.segment_id, r.reason or r.status) for r in results if r.status != "completed")
    return AudioExportResult(
        wav=out,
        cues=cue_path,
        seconds=cues[-1].end if cues else 0.0,
        written=len(cues),
        not_written=missed,
    )


class AudioExportDialog(QDialog):
    """Which pages, which language, which file: everything reachable by keyboard."""

    def __init__(
        self,
        parent: QWidget | None,
        pages: int,
        current_page: int,
        languages: Sequence[tuple[str, str]],
        lang: str,
        suggested: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export reading as audio"))
        self.whole = QRadioButton(self.tr("The whole paper ({n} pages)").format(n=pages))
        self.range = QRadioButton(self.tr("Pages"))
        self.first = QSpinBox()
        self.last = QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, max(pages, 1))
        self.first.setValue(current_page)
        self.last.setValue(current_page)
        self.first.setAccessibleName(self.tr("First page"))
        self.last.setAccessibleName(self.tr("Last page"))
        self.whole.setChecked(True)
        for box in (self.first, self.last):
            box.valueChanged.connect(lambda _=0: self.range.setChecked(True))
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.range)
        pages_row.addWidget(self.first)
        pages_row.addWidget(self.last)
        pages_row.addStretch(1)

        self.language = QComboBox()
        for code, name in languages:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.setAccessibleName(self.tr("Language to read in"))

        self.path = QLineEdit(str(suggested))
        self.path.setAccessibleName(self.tr("Audio file"))
        self.path.setAccessibleDescription(
            self.tr("A WAV file; the cue sheet is written beside it with the ending .vtt")
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the audio file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.whole)
        form.addRow(pages_row)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("File"), file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.whole.setAccessibleName(self.whole.text())
        self.range.setAccessibleName(self.tr("Only these pages"))
        buttons.setAccessibleName(self.tr("Export or cancel"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pages = pages

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export reading as audio"), self.path.text(), "WAV (*.wav)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )  # fmt: skip
        if name:
            self.path.setText(name)

    def request(self) -> AudioExportRequest:
        out = Path(self.path.text().strip()).expanduser()
        if out.suffix.lower() != ".wav":
            out = out.with_name(out.name + ".wav")
        if self.whole.isChecked():
            first, last = 1, self._pages
        else:
            first, last = sorted((self.first.value(), self.last.value()))
        return AudioExportRequest(self.language.currentData(), first, last, out)
