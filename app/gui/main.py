"""Start the desktop app: QApplication, fonts, the main window, and the --screenshot path."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Families with Simplified Chinese glyphs, in order of preference (Debian: fonts-noto-cjk,
# fonts-wqy-microhei). Without one of them Chinese shows as empty boxes.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
)
SCREENSHOT_TIMEOUT_MS = 180_000
SCREENSHOT_EXTRAS_MS = 30_000


def cjk_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in families), None)


def _qt_messages(mode: QtMsgType, _context: object, message: str) -> None:
    """Qt's own messages go to our log; the offscreen platform's size-hint chatter is dropped."""
    if "propagateSizeHints" in message:
        return
    level = logging.WARNING if mode != QtMsgType.QtDebugMsg else logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_messages)
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("ReadFirst")
        app.setOrganizationName("ReadFirst")
        app.setApplicationDisplayName("ReadFirst 先读后签")
    assert isinstance(app, QApplication)
    from app.gui import i18n

    saved = QSettings().value("ui/language", "en")
    if saved != i18n.current():
        i18n.set_language(str(saved))
    family = cjk_family()
    if family:
        font = QFont(app.font())
        # Latin from the default family, Chinese from the CJK one: no boxes, no ugly Latin.
        font.setFamilies([font.family(), family])
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        app.setFont(font)
    from app.gui.settings_dialog import Preferences, apply_appearance, apply_saved_data_dir

    apply_saved_data_dir()  # the folder chosen in Settings, from this start on
    apply_appearance(Preferences.load())
    _import_stages()
    return app


def _import_stages() -> None:
    """Import the stage packages (not their models) before any window is shown, ~0.3 s.

    Imported on first use by a worker instead, their module set-up (numpy, Pillow, pdfium
    initialising in C) held the GIL and froze the window for up to 100 ms just after a paper
    was opened. Models and engines still load lazily in workers."""
    import evidence  # noqa: F401
    import ocr  # noqa: F401
    import speech  # noqa: F401
    import translation  # noqa: F401


def run_gui(file: Path | None, screenshot: Path | None = None) -> int:
    from app.gui.window import MainWindow

    app = application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    if cjk_family() is None:
        window.show_error(
            "No Chinese font found: Chinese text will show as boxes. "
            "Install one with: sudo apt-get install fonts-noto-cjk"
        )
    if screenshot is None:
        if file is not None:
            window.open_document(file)
        return app.exec()

    if file is None:
        QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot, 0))
        return app.exec()
    waiting = {"page", "translation"}
    result = {"code": 0}

    def ready(what: str) -> None:
        waiting.discard(what)
        if not waiting:
            QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot, result["code"]))

    def loaded() -> None:
        doc = window.document
        if doc is None or doc.language != "en" or not any(True for _ in doc.segments()):
            ready("translation")
        if doc is None or not doc.pages:
            ready("page")
        # Never wait forever for the extras: the text is what the screenshot must show.
        QTimer.singleShot(SCREENSHOT_EXTRAS_MS, lambda: (ready("page"), ready("translation")))

    def failed(message: str) -> None:
        print(f"readfirst: {message}", file=sys.stderr)
        result["code"] = window.last_error_code
        waiting.clear()
        QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot, result["code"]))

    window.document_shown.connect(loaded)
    window.page_image_shown.connect(lambda _n: ready("page"))
    window.translation_shown.connect(lambda: ready("translation"))
    window.load_failed.connect(failed)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: _save_and_quit(window, screenshot, 3))
    window.open_document(file)
    return app.exec()


def _save_and_quit(window, path: Path, code: int) -> None:  # type: ignore[no-untyped-def]
    if getattr(window, "_screenshot_saved", False):
        return
    window._screenshot_saved = True
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path), "PNG")
    QApplication.instance().exit(code)  # type: ignore[union-attr]
