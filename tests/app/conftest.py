"""The main window as the tests open it: real Qt, offscreen, the size of a laptop screen."""

from __future__ import annotations

from app.gui.main import application
from app.gui.window import MainWindow


def new_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win
