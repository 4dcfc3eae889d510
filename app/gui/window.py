"""The main window: pages, the page image, the text (English and Chinese), reading controls, and
the record panel.

All slow work (OCR, translation, page rendering, speech) runs in workers; slots only update
widgets and append events (an append is one durable SQLite commit, a few milliseconds).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.gui import i18n
from app.gui.a11y import announce
from app.gui.audio_export import (
    AudioExportDialog,
    AudioExportRequest,
    AudioExportResult,
    export_reading,
)
from app.gui.large_print import LargePrintView
from app.gui.page_view import PageView
from app.gui.paper_store import keep_copy, new_paper_path, papers_dir
from app.gui.recent_sessions import RecentSessionsDialog, SessionRow
from app.gui.record_check import RecordCheckDialog, check_record
from app.gui.record_panel import RecordPanel
from app.gui.session_dialog import SessionDialog, SessionSetup
from app.gui.settings_dialog import Preferences, SettingsDialog, apply_appearance
from app.gui.spoken_word import SPOKEN_SPAN_ROLE, SpokenWordDelegate, span_in_item, word_bbox
from app.gui.workers import Task, start
from app.recording import (
    LANG_NAMES,
    Recording,
    ocr_payload,
    spoken_segments,
    translation_payload,
    utterance_payload,
)
from document.errors import Cancelled, ExitCode, MissingComponent, ReadFirstError, UsageError
from document.model import Document, Segment
from document.paths import data_dir
from document.progress import Progress

log = logging.getLogger(__name__)

LANGUAGES = (("en", "English"), ("zh", "普通话 Mandarin"), ("yue", "粤语 Cantonese"))
PAGE_DPI = 110
OPEN_FILTER = "Papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"
RECORD_FILTER = "Reading records (*.zip);;All files (*)"
THUMBNAIL_DPI = 16  # a letter page: 136 x 176 pixels
THUMBNAIL_SIZE = QSize(104, 134)
DEFAULT_RATE = 150
# Qt's own dialog: the same on every desktop, keyboard-driven, and testable offscreen.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _load(path: Path, progress: Any, cancel: Any) -> tuple[Document, str | None]:
    from ocr import check_tesseract, extract

    doc = extract(path, progress=progress, cancel=cancel)
    version = check_tesseract() if any(p.method == "ocr" for p in doc.pages) else None
    return doc, version


def _keep_paper(path: Path, sha256: str) -> Path:
    """A paper read in a session is kept, so the session can be continued or exported again
    after the USB stick is gone. Papers only looked at are not kept."""
    data = data_dir()
    if papers_dir(data) in path.resolve().parents:
        return path
    return keep_copy(data, path, sha256)


def _paper_from_photos(paths: list[Path], cancel: Any) -> Path:
    """Several photos as one paper (one hash for the record), kept in the data directory."""
    from ocr.assemble import assemble_images

    data = data_dir()
    made = assemble_images(paths, new_paper_path(data, "photos", ".tif"), cancel=cancel)
    return keep_copy(data, made, move=True)


def _paper_from_image(image: QImage) -> Path:
    """A pasted image saved losslessly (PNG) as a paper, kept in the data directory."""
    data = data_dir()
    path = new_paper_path(data, "pasted", ".png")
    if not image.save(str(path), "PNG"):
        from document.errors import RecordWriteFailed

        raise RecordWriteFailed(
            f"Cannot save the pasted image to {path.parent}. Free some space or choose another "
            "data directory in Settings."
        )
    return keep_copy(data, path, move=True)


def _export_session(data: Path, session_id: str, paper: Path, out: Path, doc: Document) -> Path:
    """The signed record of a (closed) session, written again from the evidence store."""
    recording = Recording(data, session_id=session_id)
    try:
        return recording.export(paper, out, doc)
    finally:
        if recording._store is not None:
            recording.store.close()


def _coverage_shown(recording: Recording, doc: Document) -> tuple[float, str]:
    """(percent read aloud, the coverage in words) of a session, as the record panel shows it."""
    coverage = recording.coverage(doc)
    total = max(sum(1 for _ in doc.segments()), 1)
    read = getattr(coverage, "read_aloud_count", None)
    percent = 100.0 * read / total if read is not None else float(getattr(coverage, "percent", 0))
    return percent, coverage.describe()


def _past_coverage(data: Path, session_id: str, doc: Document) -> tuple[float, str]:
    recording = Recording(data, session_id=session_id)
    try:
        started = recording.store.events(session_id)[0].payload
        recording.languages = tuple(started["recipient"]["languages"])
        return _coverage_shown(recording, doc)
    finally:
        recording.store.close()


def _interrupted_sessions(sha256: str) -> list[Any]:
    recording = Recording(data_dir())
    try:
        return list(recording.interrupted_sessions(sha256))
    finally:
        recording.store.close()


def _thumbnails(path: Path, numbers: list[int], progress: Any, cancel: Any) -> int:
    """Small page images, each handed to ``progress`` as (page number, QImage) when ready."""
    for number in numbers:
        cancel.raise_if_cancelled()
        image = _render(path, number, THUMBNAIL_DPI)
        progress((number, image))
    return len(numbers)


def _warm_speech() -> str:
    """Load espeak-ng and list its voices now, so the first "Read aloud" answers at once.

    Loading the engine checks it in a child process and takes about 100 ms: on the UI thread
    that would freeze the window just when someone presses Space."""
    from speech import check_speech_available

    return check_speech_available()


def _translate(doc: Document, progress: Any, cancel: Any) -> Any:
    """The Chinese translation, or the glossary-only rendering when no package is installed."""
    from translation import translate_document

    try:
        return translate_document(doc, data_dir(), to="zh", progress=progress, cancel=cancel)
    except MissingComponent:
        # No package: still show the glossary's renderings of the legal terms found.
        return translate_document(doc, data_dir(), to="zh", glossary_only=True, cancel=cancel)


def _render(path: Path, number: int, dpi: int = PAGE_DPI) -> QImage:
    from ocr import render_page

    image = render_page(path, number, dpi=dpi).convert("RGB")
    data = image.tobytes("raw", "RGB")
    # copy(): the QImage must own its pixels once `data` goes away.
    fmt = QImage.Format.Format_RGB888
    return QImage(data, image.width, image.height, 3 * image.width, fmt).copy()


class _SpeechBridge(QObject):
    """Speech callbacks arrive on the engine's thread; signals carry them to the GUI thread."""

    utterance = Signal(object)
    word = Signal(str, int, int)
    state = Signal(str)
    utterance_to_file = Signal(object, str)  # an exported segment and the text written


class MainWindow(QMainWindow):
    document_shown = Signal()
    page_image_shown = Signal(int)
    translation_shown = Signal()
    load_failed = Signal(str)
    event_logged = Signal(str)
    record_checked = Signal(object)  # evidence.VerifyResult, or the exception
    session_exported = Signal(object)  # the record's path, or the exception
    thumbnails_shown = Signal()
    paper_kept = Signal(object)  # the kept copy's path, or the exception
    past_session_shown = Signal(str)  # a closed session's coverage is in the record panel
    audio_exported = Signal(object)  # AudioExportResult

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.settings = QSettings()
        self.document: Document | None = None
        self.path: Path | None = None
        self.ocr_version: str | None = None
        self.translation: Any = None
        self.recording: Recording | None = None
        self.session: SessionSetup | None = None
        self.current_page = 0
        self.current_segment: str | None = None
        self.last_error_code = int(ExitCode.OK)
        self._load_task: Task | None = None
        self._tasks: set[Task] = set()
        self._page_images: dict[int, QImage] = {}
        self._player: Any = None
        self._player_active = False
        self._spoken: dict[str, str] = {}
        self._large_print: LargePrintView | None = None
        self._closing = False
        self._interrupted: list[Any] = []
        self._after_load: Any = None  # what a recent session asked for once its paper is open
        self._thumb_task: Task | None = None
        self.record_check: RecordCheckDialog | None = None
        self.recent_dialog: RecentSessionsDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.prefs = Preferences.load(self.settings)
        self._bridge = _SpeechBridge()
        self._bridge.utterance.connect(self._on_utterance)
        self._bridge.state.connect(self._on_speech_state)
        self._bridge.word.connect(self._on_word)
        self._bridge.utterance_to_file.connect(
            lambda result, text: self.log_event("segment_read", utterance_payload(result, text))
        )
        self._build_ui()
        self.retranslate()

    # ---- layout -------------------------------------------------------------------------
    def _build_ui(self) -> None:
        bar = QToolBar()
        bar.setObjectName("reading-toolbar")
        self.toolbar = bar
        self.addToolBar(bar)
        self.open_action = self._action(bar, QKeySequence.StandardKey.Open, self.choose_file)
        self.session_action = self._action(
            bar, QKeySequence("Ctrl+N"), lambda: self.start_session()
        )
        self.resume_action = self._action(
            bar, QKeySequence("Ctrl+Shift+N"), lambda: self.resume_session()
        )
        self.resume_action.setVisible(False)
        bar.addSeparator()
        self.prev_action = self._action(bar, Qt.Key.Key_Left, self.previous_segment)
        self.play_action = self._action(bar, Qt.Key.Key_Space, self.toggle_play)
        self.next_action = self._action(bar, Qt.Key.Key_Right, self.next_segment)
        self.repeat_action = self._action(bar, QKeySequence("R"), self.repeat_segment)
        self.large_print_action = self._action(bar, QKeySequence("Ctrl+L"), self.show_large_print)
        bar.addSeparator()
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.prefs.voice)))
        self.language_box.currentIndexChanged.connect(self._on_language_changed)
        self.language_box.activated.connect(self._on_voice_chosen)
        # The buddy is the label a screen reader speaks with the box (on Linux Qt names a combo
        # box by its current value, so "Read in:" is what tells the user what it is for).
        self.language_label.setBuddy(self.language_box)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_box)
        self.rate_label = QLabel()
        self.rate_box = QSpinBox()
        self.rate_box.setRange(80, 260)
        self.rate_box.setSingleStep(10)
        self.rate_box.setValue(self.prefs.rate)
        self.rate_box.valueChanged.connect(self._on_rate_changed)
        self.rate_label.setBuddy(self.rate_box)
        bar.addWidget(self.rate_label)
        bar.addWidget(self.rate_box)
        self.volume_label = QLabel()
        self.volume_box = QSpinBox()
        self.volume_box.setRange(0, 100)
        self.volume_box.setSingleStep(10)
        self.volume_box.setSuffix(" %")
        self.volume_box.setValue(self.prefs.volume)
        self.volume_box.valueChanged.connect(self._on_volume_changed)
        self.volume_label.setBuddy(self.volume_box)
        bar.addWidget(self.volume_label)
        bar.addWidget(self.volume_box)
        bar.addSeparator()
        self.install_action = QAction(self)
        self.install_action.triggered.connect(self.install_language_package)
        bar.addAction(self.install_action)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        bar.addAction(self.help_action)
        self.ui_language_action = QAction(self)
        self.ui_language_action.triggered.connect(self.toggle_ui_language)
        bar.addAction(self.ui_language_action)
        self._build_menus()

        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(
            "background:#fdecea; color:#8a1c12; padding:8px;"
            "border:1px solid #e0a39b; font-weight:bold"
        )
        self.error_banner.hide()
        self.recording_banner = QLabel()
        self.recording_banner.setWordWrap(True)

        self.pages = QListWidget()
        self.pages.setObjectName("page-thumbnails")
        # A column of page thumbnails: arrows move, the current page is framed, Enter shows it.
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setFlow(QListView.Flow.TopToBottom)
        self.pages.setWrapping(False)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setIconSize(THUMBNAIL_SIZE)
        # A fixed cell: thumbnails arrive after the items, and must not overlap their labels.
        self.pages.setGridSize(QSize(THUMBNAIL_SIZE.width() + 16, THUMBNAIL_SIZE.height() + 40))
        self.pages.setMinimumWidth(THUMBNAIL_SIZE.width() + 36)
        self.pages.setMaximumWidth(THUMBNAIL_SIZE.width() + 56)
        self.pages.setStyleSheet(
            "QListWidget { background: palette(base); }"
            "QListWidget::item { border: 3px solid transparent; padding: 2px; }"
            "QListWidget::item:selected { border: 3px solid #d35400; background: #ffe0b2;"
            " color: black; font-weight: bold; }"
            "QListWidget:focus { border: 2px solid #1565c0; }"
        )
        self.pages.currentRowChanged.connect(self._on_page_selected)
        self.pages.itemActivated.connect(lambda _item: self.page_view.setFocus())
        self.page_view = PageView()
        self.text_list = QListWidget()
        self.text_list.setWordWrap(True)
        self.text_list.setAlternatingRowColors(True)
        self.text_list.setItemDelegate(SpokenWordDelegate(self.text_list))
        self._word_item: QListWidgetItem | None = None
        self._speech_warm = False
        self._set_reading_font()
        self.text_list.currentItemChanged.connect(self._on_segment_selected)
        self.text_list.itemActivated.connect(self._correct_translation)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("color:#7a4b00; font-weight:bold")
        self.disclaimer.hide()
        text_panel = QWidget()
        text_layout = QVBoxLayout(text_panel)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.disclaimer)
        text_layout.addWidget(self.text_list, 1)

        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.page_view)
        splitter.addWidget(text_panel)
        splitter.setSizes([THUMBNAIL_SIZE.width() + 44, 600, 690])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.recording_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.record_dock = QDockWidget()
        self.record_dock.setObjectName("record-dock")
        self.record_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self._install_record_panel()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.record_dock)

        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.hide()
        self.cancel_button = QPushButton()
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

    def _set_reading_font(self) -> None:
        """The sentences a third larger than the rest of the window (which Settings scales)."""
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.text_list.setFont(font)

    def _build_menus(self) -> None:
        """The File menu (Alt+F): opening papers and records, sessions, settings."""
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.triggered.connect(self.paste_image)
        self.photos_action = QAction(self)
        self.photos_action.triggered.connect(self.choose_photos)
        self.open_record_action = QAction(self)
        self.open_record_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_record_action.triggered.connect(lambda: self.open_record())
        self.recent_action = QAction(self)
        self.recent_action.setShortcut(QKeySequence("Ctrl+H"))
        self.recent_action.triggered.connect(lambda: self.show_recent_sessions())
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.show_settings())
        self.audio_export_action = QAction(self)
        self.audio_export_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.audio_export_action.triggered.connect(lambda: self.export_audio())
        self.file_menu = self.menuBar().addMenu("")
        for action in (
            self.open_action,
            self.photos_action,
            self.paste_action,
            None,
            self.session_action,
            self.recent_action,
            self.resume_action,
            None,
            self.open_record_action,
            self.audio_export_action,
            None,
            self.install_action,
            self.settings_action,
        ):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
                self.addAction(action)  # its shortcut works wherever the focus is

    def _install_record_panel(self) -> None:
        self.record_panel = RecordPanel()
        self.record_panel.event_requested.connect(self.log_event)
        self.record_panel.export_requested.connect(self.export_record)
        self.record_panel.set_recording(self.recording is not None)
        self.record_dock.setWidget(self.record_panel)

    def _start(self, task: Task, finished: Any, failed: Any, priority: int = 0) -> Task:
        """Run a task; its results reach the slots only while the window is open."""

        def guard(slot: Any) -> Any:
            def call(value: Any) -> None:
                self._tasks.discard(task)
                if not self._closing:
                    slot(task, value)

            return call

        task.signals.finished.connect(guard(finished))
        task.signals.failed.connect(guard(failed))
        self._tasks.add(start(task, priority))
        return task

    def _action(self, bar: QToolBar, key: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set every visible text in the current UI language (Qt Linguist .qm, see i18n.py)."""
        self.setWindowTitle(self.tr("ReadFirst 先读后签"))
        self.toolbar.setWindowTitle(self.tr("Reading"))
        # Qt's own overflow button (shown when the toolbar does not fit, e.g. at large font
        # sizes) has no name: a screen reader would announce just "check box".
        more = self.toolbar.findChild(QWidget, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More tools"))
        texts = {
            self.open_action: (self.tr("Open…"), self.tr("Open a paper: PDF, photo or scan")),
            self.session_action: (
                self.tr("Session…"),
                self.tr("Start a reading session: who is present, language, sight"),
            ),
            self.resume_action: (
                self.tr("Continue interrupted session"),
                self.tr("Continue the session on this paper that was cut off (crash, power cut)"),
            ),
            self.prev_action: (self.tr("◀ Previous"), self.tr("Go to the previous sentence")),
            self.play_action: (
                self.tr("❚❚ Pause") if self._player_active else self.tr("▶ Read aloud"),
                self.tr("Read aloud from the current sentence, or pause"),
            ),
            self.next_action: (self.tr("Next ▶"), self.tr("Go to the next sentence")),
            self.repeat_action: (self.tr("Repeat"), self.tr("Read the current sentence again")),
            self.large_print_action: (
                self.tr("Large print"),
                self.tr("Show the current sentence in large, high-contrast type"),
            ),
            self.install_action: (
                self.tr("Install language package from file…"),
                self.tr(
                    "Install an English-to-Chinese package (.argosmodel) carried in on a USB stick"
                ),
            ),
            self.help_action: (self.tr("Help"), self.tr("Keyboard shortcuts")),
            self.paste_action: (
                self.tr("Paste image as paper"),
                self.tr("Read an image copied to the clipboard (a photo or a screenshot)"),
            ),
            self.photos_action: (
                self.tr("Open photos as one paper…"),
                self.tr("Choose several photos, one per page; they become one paper"),
            ),
            self.open_record_action: (
                self.tr("Check a reading record…"),
                self.tr("Open an exported record (.zip) and check that nothing in it was changed"),
            ),
            self.recent_action: (
                self.tr("Recent sessions…"),
                self.tr("Sessions recorded on this computer: continue one, or export its record"),
            ),
            self.audio_export_action: (
                self.tr("Export reading as audio…"),
                self.tr(
                    "Save the reading of the paper or some pages as a WAV file with a cue sheet, "
                    "to prepare an explanation; it does not count as read aloud"
                ),
            ),
            self.settings_action: (
                self.tr("Settings…"),
                self.tr("Colours, type size, voice, speed and the data directory"),
            ),
            self.ui_language_action: (
                self.tr("中文界面") if i18n.current() == "en" else self.tr("English UI"),
                self.tr("Switch the interface between English and Chinese"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString()
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(text.strip("▶◀❚ .…"))
                # With its shortcut: Qt does not pass an action's shortcut on to AT-SPI.
                widget.setAccessibleDescription(action.toolTip())
                # Tab reaches every tool (some have no shortcut), as a screen reader user expects.
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.file_menu.setTitle(self.tr("&File"))
        self.language_label.setText(self.tr(" Read in: "))
        self.language_box.setAccessibleName(self.tr("Reading language"))
        self.language_box.setAccessibleDescription(
            self.tr("The language the text is read aloud in")
        )
        self.rate_label.setText(self.tr(" Speed: "))
        self.rate_box.setAccessibleName(self.tr("Speaking speed, words per minute"))
        self.rate_box.setAccessibleDescription(self.tr("Slower is easier to follow"))
        self.volume_label.setText(self.tr(" Volume: "))
        self.volume_box.setAccessibleName(self.tr("Volume of the voice"))
        self.volume_box.setAccessibleDescription(self.tr("Loudness of the reading, in percent"))
        # Description, not name: on a label the accessible name REPLACES its text, and a screen
        # reader would say "Recording state" instead of what the state is.
        self.error_banner.setAccessibleDescription(self.tr("Message"))
        self.recording_banner.setAccessibleDescription(self.tr("Recording state"))
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setAccessibleDescription(
            self.tr(
                "Small images of the pages; the current page is framed. Arrow keys move, "
                "Enter shows the page."
            )
        )
        self.page_view.setAccessibleName(self.tr("Page image"))
        self.page_view.setAccessibleDescription(
            self.tr("The page as scanned, with the current sentence highlighted")
        )
        self.text_list.setAccessibleName(self.tr("Text of the paper"))
        self.text_list.setAccessibleDescription(
            self.tr("Sentences in reading order, Chinese below; Enter corrects the Chinese")
        )
        self.record_dock.setWindowTitle(self.tr("Record"))
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel reading the paper"))
        if self.document is None and not self.status_label.text():
            self.status_label.setText(
                self.tr("Open a paper to begin (Ctrl+O), or drop a file here.")
            )
        self._show_recording_state()
        if self.translation is not None:
            self._show_disclaimer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.document is not None:
                for row, page in enumerate(self.document.pages):
                    self.pages.item(row).setText(self.tr("Page {n}").format(n=page.number))
                self._fill_text()
            self._install_record_panel()
            self._refresh_coverage()
        super().changeEvent(event)

    def show_help(self) -> None:
        from app.gui.help_panel import HelpPanel

        HelpPanel(self).exec()

    def toggle_ui_language(self) -> None:
        i18n.set_language("zh_CN" if i18n.current() == "en" else "en")
        self.settings.setValue("ui/language", i18n.current())

    def _set_reading_enabled(self, enabled: bool) -> None:
        for action in (
            self.prev_action,
            self.play_action,
            self.next_action,
            self.repeat_action,
            self.large_print_action,
            self.audio_export_action,
        ):
            action.setEnabled(enabled)

    # ---- messages -----------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()
        announce(self.error_banner, message, urgent=True)  # a blind user hears it at once

    def clear_error(self) -> None:
        self.error_banner.hide()

    def _show_recording_state(self) -> None:
        before = self.recording_banner.text()
        if self.recording is not None and self.session is not None:
            lang = LANG_NAMES.get(self.session.reading_language, self.session.reading_language)
            self.recording_banner.setText(
                self.tr("● Recording: reading to {name} in {language}. Signed key {key}.").format(
                    name=self.session.recipient, language=lang, key=self.recording.key.fingerprint
                )
            )
            self.recording_banner.setStyleSheet("background:#e8f5e9; color:#1b5e20; padding:6px")
        elif self._interrupted:
            self.recording_banner.setText(
                self.tr(
                    "Not recording. A session on this paper was interrupted (started {time}): "
                    "continue it (Ctrl+Shift+N) or start a new one (Ctrl+N)."
                ).format(time=self._interrupted[0].created_utc[:16].replace("T", " "))
            )
        else:
            self.recording_banner.setText(
                self.tr("Not recording. Start a session (Ctrl+N) to keep a signed record.")
            )
            self.recording_banner.setStyleSheet("background:#fff8e1; color:#5d4037; padding:6px")
        if before and self.recording_banner.text() != before:  # started, stopped: say so
            announce(self.recording_banner, self.recording_banner.text())

    # ---- the reading record -------------------------------------------------------------
    def start_session(self, setup: SessionSetup | None = None) -> bool:
        """Start recording (asks who is present unless ``setup`` is given)."""
        if self.document is None:
            self.show_error(
                self.tr("Open the paper first, then start the session; or continue a recent one.")
            )
            if setup is None:
                self.show_recent_sessions()
            return False
        if setup is None:
            dialog = SessionDialog(self)
            if dialog.exec() != SessionDialog.DialogCode.Accepted:
                if dialog.wants_recent:
                    self.show_recent_sessions()
                return False
            setup = dialog.setup()
            if setup is None:
                return False
        if self.recording is not None:
            self.close_session("a new session was started")
        assert self.path is not None
        try:
            from speech import LANG_VOICES, check_speech_available

            versions = {"voice": LANG_VOICES[setup.reading_language]}
            try:
                versions["espeak-ng"] = check_speech_available()
            except MissingComponent as exc:
                self.show_error(exc.message)
            if self.ocr_version:
                versions["tesseract"] = self.ocr_version
            recording = Recording(data_dir())
            recording.start(
                self.document,
                self.path.name,
                setup.participants,
                setup.languages,
                setup.vision,
                setup.operator,
                versions,
                dialect=setup.dialect,
            )
            self.recording, self.session = recording, setup
            doc = self.document
            recording.log(
                "document_opened",
                {"name": self.path.name, "sha256": doc.source.sha256, "pages": len(doc.pages)},
            )
            recording.log("ocr_done", ocr_payload(doc, self.ocr_version))
            if self.translation is not None and getattr(self.translation, "package", None):
                recording.log("translation_made", translation_payload(self.translation))
        except ReadFirstError as exc:
            self._recording_failed(exc)
            return False
        self._interrupted = []
        self.resume_action.setVisible(False)
        self._start_keeping_paper()
        index = self.language_box.findData(setup.reading_language)
        if index >= 0:
            self.language_box.setCurrentIndex(index)
        self.record_panel.set_recording(True)
        self._show_recording_state()
        self._refresh_coverage()
        if self.document.pages:
            self.log_event("page_shown", {"page": self.document.pages[self.current_page].number})
        return True

    def _start_keeping_paper(self) -> None:
        assert self.path is not None and self.document is not None
        task = Task(_keep_paper, self.path, self.document.source.sha256, with_progress=False)

        def failed(_task: Task, exc: BaseException) -> None:
            message = exc.message if isinstance(exc, ReadFirstError) else str(exc)
            self.show_error(
                self.tr(
                    "The session is recorded, but no copy of the paper could be kept: {why} "
                    "Keep the file itself to continue or export this session later."
                ).format(why=message)
            )
            self.paper_kept.emit(exc)

        self._start(task, lambda _t, path: self.paper_kept.emit(path), failed)

    def _find_interrupted(self, doc: Document, then: Any) -> None:
        """A session on this paper that a crash left open is offered for continuing. Looked up in
        a worker (opening the store the first time took 0.2 s), then ``then()`` runs."""
        self._interrupted = []
        task = Task(_interrupted_sessions, doc.source.sha256, with_progress=False)

        def found(_task: Task, sessions: list[Any]) -> None:
            if doc is self.document:
                self._interrupted = sessions
                self.resume_action.setVisible(bool(sessions))
                self._show_recording_state()
                then()

        def failed(_task: Task, exc: BaseException) -> None:
            if doc is self.document:
                self.show_error(exc.message if isinstance(exc, ReadFirstError) else str(exc))
                self.resume_action.setVisible(False)
                self._show_recording_state()
                then()

        self._start(task, found, failed)

    def resume_session(self, session_id: str | None = None) -> bool:
        """Continue an interrupted session on the open paper; the gap is recorded."""
        if self.document is None or not self._interrupted:
            if session_id is None:  # nothing to continue on this paper: the list shows all
                self.show_recent_sessions()
            return False
        sid = session_id or self._interrupted[0].id
        recording = Recording(data_dir())
        try:
            started = recording.resume(sid)
        except ReadFirstError as exc:
            self._recording_failed(exc)
            return False
        people = tuple((p["role"], p["name"]) for p in started["participants"])
        info = started["recipient"]
        self.recording = recording
        self.session = SessionSetup(
            recipient=next((name for role, name in people if role == "recipient"), ""),
            participants=people,
            languages=tuple(info["languages"]),
            dialect=info.get("dialect"),
            vision=info["vision"],
            operator=recording.events()[0].operator or "",
        )
        # The session goes on in the language it was being read in (the last sentence read),
        # else the one chosen for the recipient when it started.
        lang = next(
            (
                e.payload.get("language")
                for e in reversed(recording.events())
                if e.type == "segment_read"
            ),
            self.session.reading_language,
        )
        index = self.language_box.findData(lang)
        if index >= 0:
            self.language_box.setCurrentIndex(index)
        self._interrupted = [s for s in self._interrupted if s.id != sid]
        self.resume_action.setVisible(bool(self._interrupted))
        self._start_keeping_paper()
        self.record_panel.set_recording(True)
        self._show_recording_state()
        self._refresh_coverage()
        return True

    def log_event(self, event_type: str, payload: Any) -> None:
        """Append an event to the open session; a failure stops recording visibly."""
        if self.recording is None:
            return
        try:
            self.recording.log(event_type, payload)
        except ReadFirstError as exc:
            self._recording_failed(exc)
            return
        self.event_logged.emit(event_type)
        if event_type == "segment_read":
            self._refresh_coverage()
        elif event_type in ("acknowledgement", "decision", "comprehension_check"):
            self.status_label.setText(
                self.tr("Recorded: {what}").format(what=event_type.replace("_", " "))
            )
            announce(self.status_label, self.status_label.text())  # heard, not only seen

    def _recording_failed(self, exc: ReadFirstError) -> None:
        self.recording = None
        self.record_panel.set_recording(False)
        self.show_error(
            self.tr("Recording stopped: {why} Everything recorded before this stays valid.").format(
                why=exc.message
            )
        )
        self._show_recording_state()

    def _refresh_coverage(self) -> None:
        if self.recording is None or self.document is None:
            return
        self.record_panel.show_coverage(*_coverage_shown(self.recording, self.document))

    def close_session(self, reason: str = "closed") -> None:
        if self.recording is None:
            return
        try:
            self.recording.close(reason)
        except ReadFirstError as exc:
            self._recording_failed(exc)

    def export_record(self, out: Path | None = None) -> Path | None:
        if self.recording is None or self.document is None or self.path is None:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the reading record"),
                f"{self.path.stem}-record.zip",
                "*.zip",
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return None
            out = Path(name)
        self.stop_reading()
        recording = self.recording
        self.close_session()
        try:
            recording.export(self.path, out, self.document)
        except ReadFirstError as exc:
            self.show_error(exc.message)
            return None
        self.recording = None
        self.record_panel.set_recording(False)
        self._show_recording_state()
        self.status_label.setText(self.tr("Reading record saved: {path}").format(path=out))
        return out

    # ---- opening ------------------------------------------------------------------------
    def choose_file(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open a paper"), "", OPEN_FILTER, options=FILE_DIALOG_OPTIONS
        )
        self.open_files([Path(n) for n in names])

    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the photos of the pages, in order"),
            "",
            "Photos (*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)",
            options=FILE_DIALOG_OPTIONS,
        )
        if names:
            self.open_photos([Path(n) for n in sorted(names)])

    def open_files(self, paths: list[Path]) -> None:
        """One file is a paper; several (phone photos, one per page) become one paper; a .zip
        is a reading record to check."""
        if not paths:
            return
        records = [p for p in paths if p.suffix.lower() == ".zip"]
        if records:
            self.open_record(records[0])
        elif len(paths) == 1:
            self.open_document(paths[0])
        else:
            self.open_photos(sorted(paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_files([Path(u.toLocalFile()) for u in urls])
        elif event.mimeData().hasImage():
            self.open_image(QImage(event.mimeData().imageData()))

    # ---- papers made here: pasted images, several photos ---------------------------------
    def paste_image(self) -> Task | None:
        """Ctrl+V: the image on the clipboard becomes the paper."""
        clipboard = QApplication.clipboard()
        image = clipboard.image()
        if image.isNull():
            mime = clipboard.mimeData()  # None when the clipboard is empty
            urls = mime.urls() if mime is not None else []
            paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
            if paths:  # files copied in a file manager
                self.open_files(paths)
                return None
            self.show_error(
                self.tr(
                    "The clipboard holds no image. Copy a photo or a screenshot of the paper "
                    "first, then paste it here with Ctrl+V."
                )
            )
            return None
        return self.open_image(image)

    def open_image(self, image: QImage) -> Task:
        task = Task(_paper_from_image, image.copy(), with_progress=False)
        return self._make_paper(task, self.tr("Saving the pasted image…"))

    def open_photos(self, paths: list[Path]) -> Task:
        """Several photos, in this order, put together as one paper (in a worker), then read."""
        task = Task(_paper_from_photos, list(paths), with_progress=False)
        task.kwargs["cancel"] = task.cancel_token
        return self._make_paper(
            task, self.tr("Putting {n} photos together as one paper…").format(n=len(paths))
        )

    def _make_paper(self, task: Task, status: str) -> Task:
        """Like opening: a busy bar, and Cancel stops it (the task is the current load)."""
        self.cancel_load()
        self.clear_error()
        self.status_label.setText(status)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self._load_task = task
        return self._start(task, self._on_paper_made, self._on_paper_failed)

    def _on_paper_made(self, task: Task, path: Path) -> None:
        if self._finish_task(task):
            self.open_document(path)

    def _on_paper_failed(self, task: Task, exc: BaseException) -> None:
        if not self._finish_task(task):
            return
        if isinstance(exc, Cancelled):
            self.status_label.setText(self.tr("Stopped. Open the paper again to read it."))
            return
        message = exc.message if isinstance(exc, ReadFirstError) else str(exc)
        self.show_error(self.tr("The paper could not be made: {why}").format(why=message))
        self.status_label.setText(self.tr("Nothing open."))
        self.load_failed.emit(message)

    # ---- checking an exported record ----------------------------------------------------
    def open_record(self, path: Path | None = None) -> RecordCheckDialog | None:
        """Check an exported reading record (as `readfirst verify`) and say what was found."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Check a reading record"),
                "",
                RECORD_FILTER,
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return None
            path = Path(name)
        dialog = RecordCheckDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_check = dialog
        task = Task(check_record, path, with_progress=False)

        def checked(_task: Task, result: Any) -> None:
            if isValid(dialog):  # closed before the check ended: only the status line says it
                dialog.show_result(result)
            verdict = self.tr("intact") if result.ok else self.tr("NOT valid")
            self.status_label.setText(
                self.tr("Reading record {name}: {verdict}").format(name=path.name, verdict=verdict)
            )
            self.record_checked.emit(result)

        def failed(_task: Task, exc: BaseException) -> None:
            if isValid(dialog):
                dialog.show_failure(exc.message if isinstance(exc, ReadFirstError) else str(exc))
            self.record_checked.emit(exc)

        self._start(task, checked, failed)
        dialog.open()
        return dialog

    # ---- recent sessions ----------------------------------------------------------------
    def show_recent_sessions(self) -> RecentSessionsDialog:
        dialog = RecentSessionsDialog(data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recent_dialog = dialog

        def done(code: int) -> None:
            if code == RecentSessionsDialog.DialogCode.Accepted and dialog.chosen:
                self.open_session(*dialog.chosen)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_session(self, action: str, row: SessionRow, out: Path | None = None) -> None:
        """Open the paper of a recent session, then continue it ("continue"), export its record
        ("export", to ``out`` or a chosen file) or just show the paper ("view")."""
        paper = row.paper
        if paper is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Where is {name}? (this computer kept no copy)").format(
                    name=row.document_name
                ),
                "",
                OPEN_FILTER,
                options=FILE_DIALOG_OPTIONS,
            )
            if not name:
                return
            paper = Path(name)
        if action == "export" and out is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the reading record"),
                f"{Path(row.document_name).stem}-record.zip",
                "*.zip",
                options=FILE_DIALOG_OPTIONS,
            )
            if not chosen:
                return
            out = Path(chosen)
        self.open_document(paper)
        self._after_load = (action, row, out)

    def _run_after_load(self, doc: Document) -> None:
        pending, self._after_load = self._after_load, None
        if pending is None:
            return
        action, row, out = pending
        if doc.source.sha256 != row.document_sha256:
            self.show_error(
                self.tr(
                    "{file} is not the paper of that session (its fingerprint differs). Open the "
                    "same file that was read in the session."
                ).format(file=self.path.name if self.path else "")
            )
            return
        if action == "continue":
            if self.recording is not None and self.recording.session_id == row.id:
                return
            if not self.resume_session(row.id):
                self.show_error(
                    self.tr("The session could not be continued. Start a new one (Ctrl+N).")
                )
        elif action == "export" and out is not None:
            self.export_session(row.id, out)
        if action in ("view", "export"):
            self._show_past_coverage(doc, row)

    def _show_past_coverage(self, doc: Document, row: SessionRow) -> None:
        """A closed session's coverage in the record panel (its buttons stay off: it is over)."""
        task = Task(_past_coverage, data_dir(), row.id, doc, with_progress=False)

        def shown(_task: Task, result: tuple[float, str]) -> None:
            if doc is self.document and self.recording is None:
                self.record_panel.show_coverage(*result)
                self.recording_banner.setText(
                    self.tr(
                        "Not recording. Shown: the session of {time} with {people} ({state}). "
                        "Start a new session (Ctrl+N) to record."
                    ).format(
                        time=row.local_time,
                        people=", ".join(name for _role, name in row.participants),
                        state=self.tr("closed") if row.closed else self.tr("not closed"),
                    )
                )
                self.past_session_shown.emit(row.id)

        def failed(_task: Task, exc: BaseException) -> None:
            self.show_error(exc.message if isinstance(exc, ReadFirstError) else str(exc))

        self._start(task, shown, failed)

    def export_session(self, session_id: str, out: Path) -> Task | None:
        """Export a closed session of the open paper again (in a worker)."""
        if self.document is None or self.path is None:
            return None
        self.status_label.setText(self.tr("Saving the reading record…"))
        task = Task(
            _export_session, data_dir(), session_id, self.path, out, self.document,
            with_progress=False,
        )  # fmt: skip

        def saved(_task: Task, path: Path) -> None:
            self.status_label.setText(self.tr("Reading record saved: {path}").format(path=path))
            self.session_exported.emit(path)

        def failed(_task: Task, exc: BaseException) -> None:
            self.show_error(exc.message if isinstance(exc, ReadFirstError) else str(exc))
            self.session_exported.emit(exc)

        return self._start(task, saved, failed)

    # ---- settings -----------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.open()
        return dialog

    def apply_preferences(self, prefs: Preferences) -> None:
        """Save and apply at once (the data directory: from the next start)."""
        changed_dir = prefs.data_dir != self.prefs.data_dir
        self.prefs = prefs
        prefs.save(self.settings)
        apply_appearance(prefs)
        self._set_reading_font()
        for widget in self.findChildren(QWidget):
            if widget.styleSheet():  # styled widgets keep their old font until polished again
                widget.setStyleSheet(widget.styleSheet())
        self.rate_box.setValue(prefs.rate)
        index = self.language_box.findData(prefs.voice)
        if index >= 0 and (self.document is None or self.document.language != "zh"):
            self.language_box.setCurrentIndex(index)
        if self._large_print is not None:
            self._large_print.set_theme(prefs.large_print_theme)
        if changed_dir:
            self.status_label.setText(
                self.tr("The new data directory is used from the next start: {path}").format(
                    path=prefs.data_dir or self.tr("the default folder")
                )
            )

    def open_document(self, path: Path) -> None:
        self._after_load = None
        if self._thumb_task is not None:
            self._thumb_task.cancel()
            self._thumb_task = None
        self.cancel_load()
        self.stop_reading()
        if self.recording is not None:
            self.close_session("another paper was opened")
            self.recording = None
            self.record_panel.set_recording(False)
        self.clear_error()
        self.path = path
        self.document = None
        self.translation = None
        self.disclaimer.hide()
        self.current_segment = None
        self._page_images.clear()
        self.record_panel.clear_coverage()  # a past session's coverage goes with its paper
        self.pages.clear()
        self.text_list.clear()
        self._word_item = None
        self.page_view.clear_page()
        self._set_reading_enabled(False)
        self._show_recording_state()
        self.status_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        task = Task(_load, path)
        task.signals.progress.connect(self._on_load_progress)
        self._load_task = task
        self._start(task, self._on_loaded, self._on_load_failed)

    def cancel_load(self) -> None:
        """Stop reading (or making) the paper. Said at once: the worker stops at its next
        page, and its late "cancelled" is ignored (the task is no longer the current one)."""
        if self._load_task is not None:
            self._load_task.cancel()
            self._load_task = None
            self.progress_bar.hide()
            self.cancel_button.hide()
            self.status_label.setText(self.tr("Stopped. Open the paper again to read it."))

    def _on_load_progress(self, p: Progress) -> None:
        self.progress_bar.setRange(0, max(p.total, 1))
        self.progress_bar.setValue(p.done)
        if p.message:
            self.status_label.setText(p.message)

    def _finish_task(self, task: Task) -> bool:
        """False if the task was superseded (another paper opened)."""
        current = task is self._load_task
        if current:
            self._load_task = None
            self.progress_bar.hide()
            self.cancel_button.hide()
        return current

    def _on_load_failed(self, task: Task, exc: BaseException) -> None:
        if not self._finish_task(task):
            return
        self._after_load = None
        if isinstance(exc, Cancelled):
            self.status_label.setText(self.tr("Stopped. Open the paper again to read it."))
            return
        if isinstance(exc, ReadFirstError):
            message, self.last_error_code = exc.message, int(exc.exit_code)
        else:
            log.error("unexpected error while opening", exc_info=exc)
            message = self.tr(
                "Could not open the paper: {error}. Please report this problem."
            ).format(error=exc)
            self.last_error_code = int(ExitCode.INPUT_UNREADABLE)
        self.show_error(message)
        self.status_label.setText(self.tr("Nothing open."))
        self.load_failed.emit(message)

    def _on_loaded(self, task: Task, result: tuple[Document, str | None]) -> None:
        if not self._finish_task(task):
            return
        doc, self.ocr_version = result
        self.document = doc
        assert self.path is not None
        segments = sum(len(p.segments) for p in doc.pages)
        methods = sorted({p.method for p in doc.pages})
        how = {("ocr",): "OCR", ("text",): self.tr("text layer")}.get(tuple(methods), "text + OCR")
        self.status_label.setText(
            self.tr("{name}: {pages} pages, {n} sentences ({how}).").format(
                name=self.path.name, pages=len(doc.pages), n=segments, how=how
            )
        )
        announce(self.status_label, self.status_label.text())  # a blind user hears it is ready
        for page in doc.pages:
            item = QListWidgetItem(self.tr("Page {n}").format(n=page.number))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Page {n} of {total}").format(n=page.number, total=len(doc.pages)),
            )
            self.pages.addItem(item)
        self.pages.doItemsLayout()
        self._fill_text()
        self._set_reading_enabled(segments > 0)
        if not segments:
            self.show_error(
                self.tr("No text was found on this paper. Check the scan, or try a clearer photo.")
            )
        if doc.pages:
            self.pages.setCurrentRow(0)
        if doc.language == "zh":
            self.language_box.setCurrentIndex(self.language_box.findData("zh"))
        self._start_thumbnails(doc)
        if doc.language == "en" and segments:
            self._start_translation(doc)
        if not self._speech_warm:
            self._speech_warm = True
            self._start(
                Task(_warm_speech, with_progress=False),
                lambda _t, _version: None,
                lambda _t, exc: self.show_error(getattr(exc, "message", str(exc))),
            )
        self._find_interrupted(doc, lambda: self._on_sessions_checked(doc))

    def _on_sessions_checked(self, doc: Document) -> None:
        """The paper is open and its interrupted sessions known: now it is ready to use."""
        self.document_shown.emit()
        self._run_after_load(doc)

    def _start_thumbnails(self, doc: Document) -> None:
        assert self.path is not None
        task = Task(_thumbnails, self.path, [p.number for p in doc.pages])
        task.signals.progress.connect(lambda item, d=doc: self._on_thumbnail(d, item))
        self._thumb_task = task

        def done(_task: Task, _count: Any) -> None:
            if doc is self.document:
                self.pages.doItemsLayout()  # icons came after the layout: no gap at the top
                self.thumbnails_shown.emit()

        def failed(_task: Task, exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):  # thumbnails are a help, not the paper
                log.warning("page thumbnails failed: %s", exc)

        # Low priority: the page being read and the OCR go first.
        self._start(task, done, failed, priority=-1)

    def _on_thumbnail(self, doc: Document, item: Any) -> None:
        number, image = item
        if self._closing or doc is not self.document:  # late news from a closed window
            return
        row = next((i for i, p in enumerate(doc.pages) if p.number == number), None)
        if row is not None and self.pages.item(row) is not None:
            pixmap = QPixmap.fromImage(image)
            icon = QIcon(pixmap)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the page as it is, not tinted blue
            self.pages.item(row).setIcon(icon)

    def _fill_text(self) -> None:
        assert self.document is not None
        current = self.current_segment
        self.text_list.blockSignals(True)
        self.text_list.clear()
        self._word_item = None
        for page in self.document.pages:
            header = QListWidgetItem(self.tr("— Page {n} —").format(n=page.number))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.text_list.addItem(header)
            for note in page.notes:
                note_item = QListWidgetItem(f"[{note}]")
                note_item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.text_list.addItem(note_item)
            for seg in page.segments:
                self.text_list.addItem(self._segment_item(seg))
        self.text_list.blockSignals(False)
        if current:
            self.select_segment(current)

    def _chinese(self, seg_id: str) -> Any:
        if self.translation is None:
            return None
        return self.translation.by_segment.get(seg_id)

    def _segment_item(self, seg: Segment) -> QListWidgetItem:
        text = f"⚠ {seg.text}" if seg.low_confidence else seg.text
        zh = self._chinese(seg.id)
        if zh is not None and zh.source in ("machine", "human") and zh.text:
            mark = self.tr("corrected") if zh.source == "human" else self.tr("machine")
            text += f"\n{zh.display or zh.text}  [{mark}]"
        elif zh is not None and zh.glossary_terms:
            terms = "; ".join(
                f"{h.en} = {h.zh}" + (f" ({', '.join(h.forms)})" if h.forms else "")
                for h in zh.glossary_terms
            )
            text += "\n" + self.tr("Terms: {terms}").format(terms=terms)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, seg.id)
        if seg.low_confidence:
            item.setToolTip(
                self.tr("Low OCR confidence ({pct}): check this line on the paper.").format(
                    pct=f"{seg.confidence:.0%}"
                )
            )
        # What a screen reader says after the text: the page (arrow keys skip the page
        # headers) and the OCR warning a mouse user gets from the tooltip.
        described = " ".join(
            filter(None, [self.tr("Page {n}").format(n=seg.page_number) + ".", item.toolTip()])
        )
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, described)
        return item

    # ---- translation --------------------------------------------------------------------
    def _start_translation(self, doc: Document) -> None:
        task = Task(_translate, doc)
        self._start(
            task, lambda t, result: self._on_translated(t, doc, result), self._on_translation_failed
        )

    def _on_translated(self, task: Task, doc: Document, result: Any) -> None:
        if doc is not self.document:
            return
        self.translation = result
        if not result.glossary_only and self.recording is not None:
            self.log_event("translation_made", translation_payload(self.translation))
        self._show_disclaimer()
        self._fill_text()
        self.translation_shown.emit()

    def _on_translation_failed(self, task: Task, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, ReadFirstError) else str(exc)
        self.show_error(self.tr("Translation failed: {why}").format(why=message))

    def _show_disclaimer(self) -> None:
        if self.translation is None:
            return
        if getattr(self.translation, "package", None):
            self.disclaimer.setText(
                self.tr("Machine translation, not a certified translation. 机器翻译，非认证翻译。")
            )
        else:
            self.disclaimer.setText(
                self.tr(
                    "No full translation available: no language package is installed. Only key "
                    "legal terms are shown in Chinese; the English can be read aloud. Install a "
                    "language package from file to translate everything."
                )
            )
        self.disclaimer.show()

    def _correct_translation(self, item: QListWidgetItem) -> None:
        seg_id = item.data(Qt.ItemDataRole.UserRole)
        zh = self._chinese(seg_id) if seg_id else None
        if zh is None or self.document is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Correct the Chinese"),
            self.tr(
                "English:\n{en}\n\nChinese (your correction is kept beside the machine's):"
            ).format(en=self.document.segment(seg_id).text),
            zh.text,
        )
        if ok and text.strip() and text.strip() != zh.text:
            self.apply_correction(seg_id, text.strip())

    def apply_correction(self, seg_id: str, corrected: str) -> None:
        from translation import CorrectionStore

        assert self.document is not None and self.translation is not None
        before = self.translation.by_segment[seg_id]
        who = self.session.operator if self.session else "unknown"
        english = self.document.segment(seg_id).text
        machine = before.machine_text or before.text
        correction = CorrectionStore(data_dir()).add(
            self.document.source.sha256, seg_id, machine, corrected, who, source_text=english
        )
        self.log_event(
            "human_correction",
            {"segment_id": seg_id, "who": who, "before": before.text, "after": corrected},
        )
        self.translation.by_segment[seg_id] = replace(
            before,
            text=corrected,
            display=corrected,
            source="human",
            machine_text=machine,
            corrected_by=who,
            corrected_at=correction.at,
        )
        self._fill_text()

    def install_language_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Install language package"),
            "",
            "Argos packages (*.argosmodel)",
            options=FILE_DIALOG_OPTIONS,
        )
        if name:
            self.install_package_file(Path(name))

    def install_package_file(self, path: Path) -> Task:
        from translation import install_package

        self.status_label.setText(self.tr("Installing {name}…").format(name=path.name))
        task = Task(install_package, path, data_dir(), with_progress=False)
        return self._start(task, self._on_installed, self._on_install_failed)

    def _on_installed(self, task: Task, info: Any) -> None:
        self.clear_error()
        self.status_label.setText(
            self.tr("Installed language package {code} {version}.").format(
                code=info.code, version=info.version
            )
        )
        if self.document is not None and self.document.language == "en":
            self._start_translation(self.document)

    def _on_install_failed(self, task: Task, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, ReadFirstError) else str(exc)
        self.show_error(message)
        QMessageBox.warning(self, self.tr("Language package not installed"), message)

    # ---- pages and segments -------------------------------------------------------------
    def _on_page_selected(self, row: int) -> None:
        if self.document is None or row < 0:
            return
        self.current_page = row
        number = self.document.pages[row].number
        self.log_event("page_shown", {"page": number})
        if number in self._page_images:
            self._show_page_image(number)
            return
        assert self.path is not None
        task = Task(_render, self.path, number, with_progress=False)
        self._start(
            task, lambda t, img, n=number: self._on_rendered(t, n, img), self._on_render_failed
        )

    def _on_rendered(self, task: Task, number: int, image: QImage) -> None:
        self._page_images[number] = image
        if self.document and self.document.pages[self.current_page].number == number:
            self._show_page_image(number)

    def _on_render_failed(self, task: Task, exc: BaseException) -> None:
        self.show_error(self.tr("Could not show the page image: {error}").format(error=exc))

    def _show_page_image(self, number: int) -> None:
        assert self.document is not None
        page = next(p for p in self.document.pages if p.number == number)
        self.page_view.show_page(self._page_images[number], page.width)
        if self.current_segment and self.current_segment.startswith(f"p{number}."):
            self.page_view.highlight(self.document.segment(self.current_segment).bbox)
        self.page_image_shown.emit(number)

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
        if self._player_active:
            self._player.next()
        else:
            self._step(1)

    def previous_segment(self) -> None:
        if self._player_active:
            self._player.previous()
        else:
            self._step(-1)

    # ---- large print --------------------------------------------------------------------
    def show_large_print(self) -> None:
        if self._large_print is None:
            self._large_print = LargePrintView(
                self,
                zoom=int(self.settings.value("large_print/zoom", 200)),
                theme=self.prefs.large_print_theme,
            )
            self._large_print.theme_changed.connect(self._on_large_print_theme)
            self._large_print.move_requested.connect(
                lambda step: self.next_segment() if step > 0 else self.previous_segment()
            )
            self._large_print.zoom_changed.connect(
                lambda z: self.settings.setValue("large_print/zoom", z)
            )
        if self.current_segment is None:
            self._step(1)
        self._update_large_print()
        self._large_print.show()
        self._large_print.raise_()
        self._large_print.activateWindow()  # its keys (arrows, +/-, Escape) work at once
        self._large_print.text.setFocus()
        self.log_event(
            "large_print_shown",
            {"zoom_percent": self._large_print.zoom, "theme": self._large_print.theme},
        )

    def _on_large_print_theme(self, theme: str) -> None:
        self.prefs = replace(self.prefs, large_print_theme=theme)
        self.settings.setValue("large_print/theme", theme)

    def _update_large_print(self) -> None:
        view = self._large_print
        if view is None or self.document is None or self.current_segment is None:
            return
        ids = [s.id for s in self.document.segments()]
        seg = self.document.segment(self.current_segment)
        zh = self._chinese(seg.id)
        view.show_sentence(
            self.tr("Page {page} · sentence {n} of {total}").format(
                page=seg.page_number, n=ids.index(seg.id) + 1, total=len(ids)
            ),
            seg.text,
            zh.text if zh is not None and zh.source != "glossary" else None,
        )

    # ---- reading aloud ------------------------------------------------------------------
    def _spoken_segments(self, lang: str) -> list[tuple[str, str]] | None:
        """(segment id, text) to speak in ``lang``, or None (and a message) if we cannot."""
        assert self.document is not None
        try:
            return spoken_segments(self.document, lang, self.translation)
        except UsageError:
            self.show_error(self.tr("This paper is in Chinese: read it in Mandarin or Cantonese."))
        except MissingComponent:
            self.show_error(
                self.tr(
                    "No Chinese translation is installed, so this English paper can only be read "
                    "aloud in English. Install a language package from file, or choose English."
                )
            )
        return None

    def _ensure_player(self, lang: str) -> Any:
        from speech import Player

        if self._player is None:
            self._player = Player(
                lang,
                rate=self.rate_box.value(),
                volume=self.volume_box.value() / 100,
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
        if self._player is not None and self._player.state == "paused":
            self._player.resume()  # keeps the place: the sentence goes on, not "interrupted"
            return
        lang = self.language_box.currentData()
        spoken = self._spoken_segments(lang)
        if spoken is None:
            return
        self._spoken = dict(spoken)
        try:
            player = self._ensure_player(lang)
            player.load(spoken)
            if self.current_segment is None:
                self._step(1)
            assert self.current_segment is not None
            player.jump(self.current_segment)
            player.play()
        except ReadFirstError as exc:
            self.show_error(exc.message)

    def repeat_segment(self) -> None:
        if self._player is not None and self._player_active:
            self._player.repeat()
        elif self.current_segment is not None:
            self.toggle_play()

    def stop_reading(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _on_voice_chosen(self) -> None:
        """Remembered only when a person picks it (a Chinese paper switches it by itself)."""
        self.prefs = replace(self.prefs, voice=str(self.language_box.currentData()))
        self.settings.setValue("speech/voice", self.prefs.voice)

    def _on_language_changed(self) -> None:
        if self._player is not None:
            self.stop_reading()
            self._player.set_lang(self.language_box.currentData())

    def _on_rate_changed(self, rate: int) -> None:
        self.prefs = replace(self.prefs, rate=rate)
        self.settings.setValue("speech/rate", rate)
        if self._player is not None:
            self._player.set_rate(rate)

    def _on_volume_changed(self, volume: int) -> None:
        self.prefs = replace(self.prefs, volume=volume)
        self.settings.setValue("speech/volume", volume)
        if self._player is not None:
            self._player.set_volume(volume / 100)

    # ---- audio export -------------------------------------------------------------------
    def export_audio(self, request: AudioExportRequest | None = None) -> Task | None:
        """Render the reading (or some pages) to a WAV and its cue sheet, in a worker."""
        if self.document is None or self.path is None:
            return None
        if request is None:
            page = self.document.pages[max(self.pages.currentRow(), 0)].number
            dialog = AudioExportDialog(
                self,
                len(self.document.pages),
                page,
                [(self.language_box.itemData(i), self.language_box.itemText(i))
                 for i in range(self.language_box.count())],
                self.language_box.currentData(),
                Path.home() / f"{self.path.stem}-reading.wav",
            )  # fmt: skip
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            request = dialog.request()
        spoken = self._spoken_segments(request.lang)
        if spoken is None:
            return None
        chosen = [
            (sid, text)
            for sid, text in spoken
            if request.first_page <= self.document.segment(sid).page_number <= request.last_page
        ]
        texts = dict(chosen)

        def logged(result: Any) -> None:
            # Called on the worker thread: hand it to the window, which logs it in order.
            self._bridge.utterance_to_file.emit(result, texts[result.segment_id])

        self.status_label.setText(self.tr("Writing the audio file…"))
        task = Task(
            export_reading, chosen, request.lang, self.rate_box.value(), request.out,
            on_utterance=logged if self.recording is not None else None,
        )  # fmt: skip
        task.signals.progress.connect(self._on_load_progress)
        self.progress_bar.show()
        return self._start(task, self._on_audio_exported, self._on_audio_export_failed)

    def _on_audio_exported(self, task: Task, result: AudioExportResult) -> None:
        self.progress_bar.hide()
        minutes, seconds = divmod(round(result.seconds), 60)
        message = self.tr(
            "Saved {n} sentences ({m} min {s} s) to {wav}, cue sheet {cues}. Not played in the "
            "room: it does not count as read aloud."
        ).format(n=result.written, m=minutes, s=seconds, wav=result.wav, cues=result.cues.name)
        if result.not_written:
            missed = ", ".join(f"{sid} ({why})" for sid, why in result.not_written[:5])
            message += " " + self.tr("Left out: {which}.").format(which=missed)
        self.status_label.setText(message)
        self.audio_exported.emit(result)

    def _on_audio_export_failed(self, task: Task, exc: BaseException) -> None:
        self.progress_bar.hide()
        if isinstance(exc, ReadFirstError):
            self.show_error(exc.message)
        else:
            log.error("audio export failed", exc_info=exc)
            self.show_error(
                self.tr("Could not write the audio file: {error}. Choose another folder.").format(
                    error=exc
                )
            )

    def _on_speech_state(self, state: str) -> None:
        self._player_active = state == "playing"
        self.play_action.setText(
            self.tr("❚❚ Pause") if self._player_active else self.tr("▶ Read aloud")
        )
        if state == "no_audio_output":
            self.show_error(
                self.tr(
                    "No audio output device was found, so nothing can be read aloud on this "
                    "computer. Connect speakers or headphones and try again."
                )
            )

    def _on_utterance(self, result: Any) -> None:
        labels = {
            "completed": self.tr("read aloud"),
            "interrupted": self.tr("interrupted"),
            "failed": self.tr("not read"),
        }
        reason = f" ({result.reason})" if result.reason else ""
        self.status_label.setText(
            f"{result.segment_id}: {labels.get(result.status, result.status)}{reason}"
        )
        self._clear_spoken_word()
        spoken = self._spoken.get(result.segment_id)
        if spoken is not None:
            self.log_event("segment_read", utterance_payload(result, spoken))

    def _clear_spoken_word(self) -> None:
        if self._word_item is not None:
            self._word_item.setData(SPOKEN_SPAN_ROLE, None)
            self._word_item = None
        self.page_view.highlight_word(None)

    def _on_word(self, seg_id: str, start: int, length: int) -> None:
        if seg_id != self.current_segment:
            self.select_segment(seg_id)
        if self.document is None or seg_id != self.current_segment:
            return
        seg = self.document.segment(seg_id)
        spoken = self._spoken.get(seg_id, "")
        # Reading an English paper in Chinese speaks its translation: mark the word there.
        in_translation = spoken != seg.text
        if self._large_print is not None:
            self._large_print.highlight_word(in_translation, start, length)
        self.page_view.highlight_word(None if in_translation else word_bbox(seg, start, length))
        item = self.text_list.currentItem()
        if item is not None:
            if self._word_item is not None and self._word_item is not item:
                self._word_item.setData(SPOKEN_SPAN_ROLE, None)
            item.setData(SPOKEN_SPAN_ROLE, span_in_item(item.text(), spoken, start, length))
            self._word_item = item

    def closeEvent(self, event: Any) -> None:
        self._closing = True
        for task in list(self._tasks):
            task.cancel()
        self.cancel_load()
        if self._player is not None:
            self._player.close()
        if self.recording is not None:
            self.close_session("the app was closed")
        super().closeEvent(event)
