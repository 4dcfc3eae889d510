"""Ways to open a paper besides a single file: a pasted image, several phone photos (dialog or
drop), and the page thumbnails beside the page image. Real OCR on images of the sample."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.gui.session_dialog import SessionSetup
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.app.test_gui_records import _drop
from tests.conftest import SAMPLE, make_sample_photos


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return new_window(qtbot)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_sample_photos(tmp_path_factory.mktemp("phone"))


def _texts(window: MainWindow) -> list[str]:
    return [window.text_list.item(i).text() for i in range(window.text_list.count())]


def test_a_pasted_image_is_read_as_the_paper(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, photos: list[Path], data_dir: Path
) -> None:
    QApplication.clipboard().clear()
    window.paste_image()
    assert "clipboard holds no image" in window.error_banner.text()

    QApplication.clipboard().setImage(QImage(str(photos[1])))
    with qtbot.waitSignal(window.document_shown, timeout=120_000):
        window.paste_action.trigger()
    assert not window.error_banner.isVisible()
    assert any("Board of Immigration Appeals" in t for t in _texts(window))
    # Kept in the data directory, so the record's export can include the original.
    assert window.path is not None and data_dir / "papers" in window.path.parents
    assert window.path.suffix == ".png"


def test_several_photos_become_one_paper_with_thumbnails(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, photos: list[Path], tmp_path: Path, artifacts: Path
) -> None:
    from evidence import verify_record

    with qtbot.waitSignals([window.document_shown, window.thumbnails_shown], timeout=180_000):
        _drop(window, photos)  # two photos dropped at once: one paper of two pages
    assert window.document is not None and len(window.document.pages) == 2
    assert window.path is not None and window.path.suffix == ".tif"
    texts = _texts(window)
    assert any("remain silent" in t for t in texts)  # page 1, from the sideways JPEG
    assert any("Board of Immigration Appeals" in t for t in texts)  # page 2
    assert "2 pages" in window.status_label.text()

    # Thumbnails: one per page, the current page marked, arrows and Enter show a page.
    pages = window.pages
    assert pages.count() == 2
    assert all(not pages.item(i).icon().isNull() for i in range(2))
    assert pages.currentRow() == 0 and pages.item(0).isSelected()
    pages.setFocus()
    with qtbot.waitSignal(window.page_image_shown, timeout=30_000) as shown:
        qtbot.keyClick(pages, Qt.Key.Key_Down)
    assert shown.args == [2] and pages.currentRow() == 1 and window.current_page == 1
    qtbot.keyClick(pages, Qt.Key.Key_Return)
    assert window.page_view.hasFocus()
    qtbot.wait(100)
    window.grab().save(str(artifacts / "gui-photos-thumbnails.png"))

    # The record carries the one assembled paper, and verifies.
    setup = SessionSetup("Li Wei", (("recipient", "Li Wei"),), ("en",), None, "sighted", "Li Wei")
    assert window.start_session(setup)
    out = window.export_record(tmp_path / "record.zip")
    assert out is not None and verify_record(out).ok
    with zipfile.ZipFile(out) as z:
        assert any(name.endswith(".tif") for name in z.namelist())


def test_a_pdf_among_photos_is_refused_in_plain_words(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    with qtbot.waitSignal(window.load_failed, timeout=60_000) as failed:
        window.open_files([photos[0], SAMPLE])
    assert "is a PDF, not a photo" in failed.args[0]
    assert window.error_banner.isVisible()
    assert "open a PDF on its own" in window.error_banner.text()


def test_putting_photos_together_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    task = window.open_photos(photos * 6)  # twelve pages: long enough to stop half-way
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.cancel_button.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: task not in window._tasks, timeout=30_000)
    assert "Stopped" in window.status_label.text()
    assert window.document is None and not window.error_banner.isVisible()
