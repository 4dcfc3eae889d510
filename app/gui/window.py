"""The main window: pages on the left, the page image in the middle, the text on the right.

All slow work (OCR, page rendering, speech) runs in workers; slots only update widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.gui.large_print import LargePrintView
from app.gui.page_view import PageView
from app.gui.workers import Task, start
from document.errors import Cancelled, ExitCode, ReadFirstError
from document.model import Document, Segment
from document.progress import Progress

log = logging.getLogger(__name__)

LANGUAGES = (("en", "English"), ("zh", "普通话 Mandarin"), ("yue", "粤语 Cantonese"))
PAGE_DPI = 110
OPEN_FILTER = "Papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


def _load(path: Path, progress: Any, cancel: Any) -> Document:
    from ocr import extract

    return extract(path, progress=progress, cancel=cancel)


def _render(path: Path, number: int) -> QImage:
    from ocr import render_page

    image = render_page(path, number, dpi=PAGE_DPI).convert("RGB")
    data = image.tobytes("raw", "RGB")
    # copy(): the QImage must own its pixels once `data` goes away.
    return QImage(
        data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
    ).copy()


class _SpeechBridge(QObject):
    """Speech callbacks arrive on the engine's thread; signals carry them to the GUI thread."""

    utterance = Signal(object)
    word = Signal(str, int, int)
    state = Signal(str)


class MainWindow(QMainWindow):
    document_shown = Signal()
    load_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("ReadFirst 先读后签")
        self.setAcceptDrops(True)
        self.document: Document | None = None
        self.path: Path | None = None
        self.current_page = 0
        self.current_segment: str | None = None
        self.last_error_code = int(ExitCode.OK)
        self._tasks: set[Task] = set()
        self._page_images: dict[int, QImage] = {}
        self._player: Any = None
        self._bridge = _SpeechBridge()
        self._bridge.utterance.connect(self._on_utterance)
        self._bridge.state.connect(self._on_speech_state)
        self._bridge.word.connect(self._on_word)
        self._build_ui()

    # ---- layout -------------------------------------------------------------------------
    def _build_ui(self) -> None:
        bar = QToolBar("Reading")
        bar.setObjectName("reading-toolbar")
        self.addToolBar(bar)
        self.open_action = self._action(
            bar,
            "Open…",
            QKeySequence.StandardKey.Open,
            self.choose_file,
            "Open a paper: PDF, photo or scan",
        )
        bar.addSeparator()
        self.prev_action = self._action(
            bar, "◀ Previous", Qt.Key.Key_Left, self.previous_segment, "Go to the previous sentence"
        )
        self.play_action = self._action(
            bar,
            "▶ Read aloud",
            Qt.Key.Key_Space,
            self.toggle_play,
            "Read aloud from the current sentence, or pause",
        )
        self.next_action = self._action(
            bar, "Next ▶", Qt.Key.Key_Right, self.next_segment, "Go to the next sentence"
        )
        self.large_print_action = self._action(
            bar, "Large print", "Ctrl+L", self.show_large_print,
            "Show the current sentence in large, high-contrast type",
        )  # fmt: skip
        bar.addSeparator()
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setAccessibleName("Reading language")
        self.language_box.setAccessibleDescription("The language the text is read aloud in")
        bar.addWidget(QLabel(" Language: "))
        bar.addWidget(self.language_box)

        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(
            "background:#fdecea; color:#8a1c12; padding:8px;"
            "border:1px solid #e0a39b; font-weight:bold"
        )
        self.error_banner.setAccessibleName("Message")
        self.error_banner.hide()

        self.pages = QListWidget()
        self.pages.setAccessibleName("Pages")
        self.pages.setAccessibleDescription("The pages of the paper; choose one to show it")
        self.pages.setMaximumWidth(140)
        self.pages.currentRowChanged.connect(self._on_page_selected)

        self.page_view = PageView()

        self.text_list = QListWidget()
        self.text_list.setWordWrap(True)
        self.text_list.setAlternatingRowColors(True)
        self.text_list.setAccessibleName("Text of the paper")
        self.text_list.setAccessibleDescription(
            "Sentences in reading order; choose one to read from there"
        )
        font = self.text_list.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.text_list.setFont(font)
        self.text_list.currentItemChanged.connect(self._on_segment_selected)

        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.page_view)
        splitter.addWidget(self.text_list)
        splitter.setSizes([120, 640, 640])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.error_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel("Open a paper to begin (Ctrl+O), or drop a file here.")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setAccessibleName("Progress")
        self.progress_bar.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel reading the paper")
        self.cancel_button.clicked.connect(self.cancel_load)
        self.cancel_button.hide()
        status = QWidget()
        row = QHBoxLayout(status)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.progress_bar)
        row.addWidget(self.cancel_button)
        self.statusBar().addWidget(status, 1)
        self._set_reading_enabled(False)

    def _action(self, bar: QToolBar, text: str, key: Any, slot: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{tip} ({QKeySequence(key).toString()})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        bar.addAction(action)
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setAccessibleName(text.strip("▶◀ ."))
            widget.setAccessibleDescription(tip)
        return action

    def _set_reading_enabled(self, enabled: bool) -> None:
        for action in (self.prev_action, self.play_action, self.next_action):
            action.setEnabled(enabled)

    # ---- messages -----------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()

    def clear_error(self) -> None:
        self.error_banner.hide()

    # ---- opening ------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open a paper", "", OPEN_FILTER)
        if name:
            self.open_document(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_document(Path(urls[0].toLocalFile()))

    def open_document(self, path: Path) -> None:
        self.cancel_load()
        self.stop_reading()
        self.clear_error()
        self.path = path
        self.document = None
        self._page_images.clear()
        self.pages.clear()
        self.text_list.clear()
        self.page_view.clear_page()
        self._set_reading_enabled(False)
        self.status_label.setText(f"Reading {path.name}…")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        task = Task(_load, path)
        task.signals.progress.connect(self._on_load_progress)
        task.signals.finished.connect(lambda doc, t=task: self._on_loaded(t, doc))
        task.signals.failed.connect(lambda exc, t=task: self._on_load_failed(t, exc))
        self._load_task = task
        self._tasks.add(start(task))

    def cancel_load(self) -> None:
        task = getattr(self, "_load_task", None)
        if task is not None:
            task.cancel()
            self._load_task = None

    def _on_load_progress(self, p: Progress) -> None:
        self.progress_bar.setRange(0, max(p.total, 1))
        self.progress_bar.setValue(p.done)
        if p.message:
            self.status_label.setText(p.message)

    def _finish_task(self, task: Task) -> bool:
        """Forget a finished task; False if it was superseded (another paper opened)."""
        self._tasks.discard(task)
        current = task is getattr(self, "_load_task", None)
        if current:
            self._load_task = None
            self.progress_bar.hide()
            self.cancel_button.hide()
        return current

    def _on_load_failed(self, task: Task, exc: BaseException) -> None:
        if not self._finish_task(task):
            return
        if isinstance(exc, Cancelled):
            self.status_label.setText("Stopped. Open the paper again to read it.")
            return
        if isinstance(exc, ReadFirstError):
            message, self.last_error_code = exc.message, int(exc.exit_code)
        else:
            log.exception("unexpected error while opening", exc_info=exc)
            message = f"Could not open the paper: {exc}. Please report this problem."
            self.last_error_code = int(ExitCode.INPUT_UNREADABLE)
        self.show_error(message)
        self.status_label.setText("Nothing open.")
        self.load_failed.emit(message)

    def _on_loaded(self, task: Task, doc: Document) -> None:
        if not self._finish_task(task):
            return
        self.document = doc
        assert self.path is not None
        segments = sum(len(p.segments) for p in doc.pages)
        methods = sorted({p.method for p in doc.pages})
        how = "OCR" if methods == ["ocr"] else "text layer" if methods == ["text"] else "text + OCR"
        self.status_label.setText(
            f"{self.path.name}: {len(doc.pages)} pages, {segments} sentences ({how})."
        )
        for page in doc.pages:
            item = QListWidgetItem(f"Page {page.number}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"Page {page.number} of {len(doc.pages)}"
            )
            self.pages.addItem(item)
        self._fill_text(doc)
        self._set_reading_enabled(segments > 0)
        if not segments:
            self.show_error(
                "No text was found on this paper. Check the scan, or try a clearer photo."
            )
        if doc.pages:
            self.pages.setCurrentRow(0)
        self.document_shown.emit()

    def _fill_text(self, doc: Document) -> None:
        for page in doc.pages:
            header = QListWidgetItem(f"— Page {page.number} —")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.text_list.addItem(header)
            for note in page.notes:
                note_item = QListWidgetItem(f"[{note}]")
                note_item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.text_list.addItem(note_item)
            for seg in page.segments:
                self.text_list.addItem(self._segment_item(seg))

    def _segment_item(self, seg: Segment) -> QListWidgetItem:
        text = seg.text
        if seg.low_confidence:
            text = f"⚠ {text}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, seg.id)
        if seg.low_confidence:
            item.setToolTip(
                f"Low OCR confidence ({seg.confidence:.0%}): check this line on the paper."
            )
        return item

    # ---- pages and segments -------------------------------------------------------------
    def _on_page_selected(self, row: int) -> None:
        if self.document is None or row < 0:
            return
        self.current_page = row
        number = self.document.pages[row].number
        if number in self._page_images:
            self._show_page_image(number)
            return
        assert self.path is not None
        task = Task(_render, self.path, number, with_progress=False)
        task.signals.finished.connect(lambda img, t=task, n=number: self._on_rendered(t, n, img))
        task.signals.failed.connect(lambda exc, t=task: self._on_render_failed(t, exc))
        self._tasks.add(start(task))

    def _on_rendered(self, task: Task, number: int, image: QImage) -> None:
        self._tasks.discard(task)
        self._page_images[number] = image
        if self.document and self.document.pages[self.current_page].number == number:
            self._show_page_image(number)

    def _on_render_failed(self, task: Task, exc: BaseException) -> None:
        self._tasks.discard(task)
        self.show_error(f"Could not show the page image: {exc}")

    def _show_page_image(self, number: int) -> None:
        assert self.document is not None
        page = next(p for p in self.document.pages if p.number == number)
        self.page_view.show_page(self._page_images[number], page.width)
        if self.current_segment and self.current_segment.startswith(f"p{number}."):
            self.page_view.highlight(self.document.segment(self.current_segment).bbox)

    def _segment_rows(self) -> list[int]:
        return [
            i
            for i in range(self.text_list.count())
            if self.text_list.item(i).data(Qt.ItemDataRole.UserRole)
        ]

    def _on_segment_selected(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        if item is None or self.document is None:
            return
        seg_id = item.data(Qt.ItemDataRole.UserRole)
        if not seg_id:
            return
        self.current_segment = seg_id
        seg = self.document.segment(seg_id)
        self._update_large_print()
        row = next(i for i, p in enumerate(self.document.pages) if p.number == seg.page_number)
        if row != self.pages.currentRow():
            self.pages.setCurrentRow(row)
        else:
            self.page_view.highlight(seg.bbox)

    def select_segment(self, seg_id: str) -> None:
        for i in self._segment_rows():
            if self.text_list.item(i).data(Qt.ItemDataRole.UserRole) == seg_id:
                self.text_list.setCurrentRow(i)
                return

    def _step(self, delta: int) -> None:
        rows = self._segment_rows()
        if not rows:
            return
        current = self.text_list.currentRow()
        after = [r for r in rows if (r > current if delta > 0 else r < current)]
        if after:
            self.text_list.setCurrentRow(after[0] if delta > 0 else after[-1])
        elif current not in rows:
            self.text_list.setCurrentRow(rows[0])

    def next_segment(self) -> None:
        if self._player is not None and self._player_active:
            self._player.next()
        else:
            self._step(1)

    def previous_segment(self) -> None:
        if self._player is not None and self._player_active:
            self._player.previous()
        else:
            self._step(-1)

    # ---- large print --------------------------------------------------------------------
    _large_print: LargePrintView | None = None

    def show_large_print(self) -> None:
        if self._large_print is None:
            self._large_print = LargePrintView(self)
            self._large_print.move_requested.connect(
                lambda step: self.next_segment() if step > 0 else self.previous_segment()
            )
        if self.current_segment is None:
            self._step(1)
        self._update_large_print()
        self._large_print.show()
        self._large_print.raise_()
        self._large_print.text.setFocus()

    def _update_large_print(self) -> None:
        view = self._large_print
        if view is None or self.document is None or self.current_segment is None:
            return
        seg = self.document.segment(self.current_segment)
        total = sum(1 for _ in self.document.segments())
        index = next(i for i, s in enumerate(self.document.segments()) if s.id == seg.id) + 1
        view.show_sentence(f"Page {seg.page_number} · sentence {index} of {total}", seg.text)

    # ---- reading aloud ------------------------------------------------------------------
    _player_active = False

    def _ensure_player(self) -> Any:
        from speech import Player

        lang = self.language_box.currentData()
        if self._player is None:
            self._player = Player(
                lang,
                on_utterance=self._bridge.utterance.emit,
                on_word=self._bridge.word.emit,
                on_state=self._bridge.state.emit,
            )
        else:
            self._player.set_lang(lang)
        return self._player

    def toggle_play(self) -> None:
        if self.document is None:
            return
        if self._player_active:
            self._player.pause()
            return
        if self.document.language == "en" and self.language_box.currentData() != "en":
            self.show_error(
                "No Chinese translation is loaded yet, so the English text can only be read in "
                "English. Choose English, or install a language package."
            )
            return
        try:
            player = self._ensure_player()
            player.load([(s.id, s.text) for s in self.document.segments()])
            if self.current_segment is None:
                self._step(1)
            player.jump(self.current_segment)
            player.play()
        except ReadFirstError as exc:
            self.show_error(exc.message)

    def stop_reading(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _on_speech_state(self, state: str) -> None:
        self._player_active = state == "playing"
        self.play_action.setText("⏸ Pause" if self._player_active else "▶ Read aloud")
        if state == "no_audio_output":
            self.show_error(
                "No audio output device was found, so nothing can be read aloud on this computer. "
                "Connect speakers or headphones and try again."
            )

    def _on_utterance(self, result: Any) -> None:
        label = {"completed": "read aloud", "interrupted": "interrupted", "failed": "not read"}
        self.status_label.setText(
            f"{result.segment_id}: {label.get(result.status, result.status)}"
            + (f" ({result.reason})" if result.reason else "")
        )

    def _on_word(self, seg_id: str, _start: int, _length: int) -> None:
        if seg_id != self.current_segment:
            self.select_segment(seg_id)

    def closeEvent(self, event: Any) -> None:
        self.cancel_load()
        if self._player is not None:
            self._player.close()
        super().closeEvent(event)
