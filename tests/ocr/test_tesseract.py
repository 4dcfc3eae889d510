"""The tesseract wrapper: version, language data, and what a user sees when either is missing."""

from __future__ import annotations

import pytesseract
import pytest

from document.errors import MissingComponent
from ocr import check_tesseract
from ocr import tesseract as tess


@pytest.fixture()
def fresh_probe():
    tess.tesseract_version.cache_clear()
    tess.installed_languages.cache_clear()
    yield
    tess.tesseract_version.cache_clear()
    tess.installed_languages.cache_clear()


def test_version_of_the_installed_tesseract(fresh_probe) -> None:
    version = check_tesseract(("eng", "chi_sim", "osd"))
    assert version.split(".")[0] in {"4", "5"}


def test_missing_language_names_the_package(fresh_probe) -> None:
    with pytest.raises(MissingComponent) as err:
        check_tesseract(("eng", "kat_old"))
    message = str(err.value)
    assert "kat_old" in message
    assert "sudo apt-get install tesseract-ocr-kat-old" in message
    assert err.value.exit_code == 4


def test_missing_tesseract_says_how_to_install(
    fresh_probe, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    # A machine without tesseract: the program is simply not where pytesseract looks.
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "tesseract"))
    with pytest.raises(MissingComponent) as err:
        check_tesseract()
    assert str(err.value) == (
        "Tesseract OCR is not installed. Install it with: "
        "sudo apt-get install tesseract-ocr tesseract-ocr-eng"
    )


def test_missing_tesseract_stops_ocr_of_an_image(
    fresh_probe, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from ocr import extract
    from tests.ocr.conftest import text_image

    image = tmp_path / "scan.png"
    text_image(["Sign here."]).save(image)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "tesseract"))
    with pytest.raises(MissingComponent, match="Tesseract OCR is not installed"):
        extract(image)
