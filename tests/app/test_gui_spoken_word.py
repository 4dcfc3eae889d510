"""The word being spoken is marked in the sentence list and, for the printed text, on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gui.spoken_word import SPOKEN_SPAN_ROLE
from app.gui.window import MainWindow
from tests.app.conftest import new_window
from tests.conftest import SAMPLE


@pytest.fixture
def window(qtbot, shared_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READFIRST_DATA_DIR", str(shared_data_dir))
    monkeypatch.setenv("READFIRST_AUDIO_DEVICE", "null")  # real playback into ALSA's null sink
    return new_window(qtbot)


def test_word_being_read_is_marked_on_the_page_and_in_the_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, artifacts: Path
) -> None:
    signals = [window.document_shown, window.translation_shown, window.page_image_shown]
    with qtbot.waitSignals(signals, timeout=180_000):
        window.open_document(SAMPLE)
    window.select_segment("p1.s2")
    qtbot.waitUntil(lambda: window.page_view._pixmap_item is not None, timeout=30_000)
    window.toggle_play()
    item = window.text_list.currentItem()
    qtbot.waitUntil(lambda: window.page_view._word is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bool(item.data(SPOKEN_SPAN_ROLE)), timeout=30_000)
    seg = window.document.segment("p1.s2")  # type: ignore[union-attr]
    start, end = item.data(SPOKEN_SPAN_ROLE)
    word = item.text()[start:end]
    assert word.strip() and word in seg.text
    # The word's box lies inside the sentence's box, drawn in page-image pixels.
    word_rect = window.page_view._word.rect()
    sentence_rect = window.page_view._highlight.rect()  # type: ignore[union-attr]
    assert sentence_rect.adjusted(-4, -4, 4, 4).contains(word_rect)
    assert word_rect.width() < sentence_rect.width()
    window.grab().save(str(artifacts / "gui-spoken-word.png"))
    # When the sentence ends, the mark goes with it (the next sentence gets its own).
    qtbot.waitUntil(lambda: window.current_segment != "p1.s2", timeout=60_000)
    assert not item.data(SPOKEN_SPAN_ROLE)
    window.stop_reading()
