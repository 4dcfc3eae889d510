"""Run core functions off the UI thread (QThreadPool) and hand results back as Qt signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from document.progress import CancelToken, Progress

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(object)  # document.progress.Progress
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Calls ``fn(*args, progress=..., cancel=..., **kwargs)`` in a pool thread.

    Signals are delivered on the thread that owns ``signals`` (the GUI thread), so slots may
    touch widgets. Keep a reference to the Task until it finishes.
    """

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = True, **kwargs: Any
    ):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.with_progress = with_progress
        self.cancel_token = CancelToken()
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                self.kwargs.setdefault("progress", self._progress)
                self.kwargs.setdefault("cancel", self.cancel_token)
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # reported to the window, never lost in a thread
            log.debug("task %s failed", getattr(self.fn, "__name__", self.fn), exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def _progress(self, p: Progress) -> None:
        self.signals.progress.emit(p)

    def cancel(self) -> None:
        self.cancel_token.cancel()


# Tasks mostly wait (tesseract processes, pdfium and zlib without the GIL), and a long one (a
# translation, the thumbnails of 300 pages) must not hold back the page a person turns to: more
# threads than the two cores of a visiting-room laptop.
MIN_THREADS = 4
_running: set[Task] = set()


def start(task: Task, priority: int = 0) -> Task:
    """Queue the task; a higher ``priority`` runs sooner when the pool is busy."""
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_THREADS:
        pool.setMaxThreadCount(MIN_THREADS)
    # Held here until it ends: a QRunnable freed by Python while a pool thread runs it would
    # crash the app (its dialog may be closed and collected first).
    _running.add(task)
    task.signals.finished.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _exc: _running.discard(task))
    pool.start(task, priority)
    return task
