"""The window's "Install language package from file..." action, driven with the tiny package.

(The action lives in app/gui; this test sits with the translation tests because it exercises the
package flow end to end: glossary-only -> install -> machine translation, and a refusal.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.translation.conftest import I765
from translation import installed_packages


@pytest.fixture
def window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from app.gui.main import application
    from app.gui.window import MainWindow

    warnings: list[str] = []
    # A modal box would wait for a click; record what it would have said instead.
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    application()
    win = MainWindow()
    win.warnings = warnings
    qtbot.addWidget(win)
    win.show()
    return win


def test_installing_a_package_from_the_window(  # type: ignore[no-untyped-def]
    qtbot, window, data_dir: Path, tiny_package: Path, tmp_path: Path
):
    with qtbot.waitSignal(window.translation_shown, timeout=120_000):
        window.open_document(I765)
    assert window.translation.glossary_only
    assert "No full translation available" in window.disclaimer.text()

    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"not a zip" * 100)
    window.install_package_file(junk)
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=30_000)
    assert "not a language package" in window.warnings[0]
    assert "not a language package" in window.error_banner.text()
    assert installed_packages(data_dir) == []

    with qtbot.waitSignal(window.translation_shown, timeout=120_000):
        window.install_package_file(tiny_package)
    assert "Installed language package en_zh 1.9" in window.status_label.text()
    assert window.translation.package.code == "en_zh"
    assert not window.translation.glossary_only
    assert "not a certified translation" in window.disclaimer.text()
    shown = [window.text_list.item(i).text() for i in range(window.text_list.count())]
    assert any("[machine]" in line for line in shown)
    assert any("签名〔Signature〕" in line for line in shown)
