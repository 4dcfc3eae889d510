"""Shared fixtures for ocr tests: real forms, real tesseract, a private data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from document.paths import resource_path

FORMS = Path("/work/shared/forms")
I765 = FORMS / "i-765.pdf"
I130 = FORMS / "i-130.pdf"
SAMPLE = resource_path("samples", "sample-notice.pdf")
SAMPLE_TRUTH = resource_path("samples", "sample-notice.txt")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own READFIRST_DATA_DIR: nothing touches real user data or caches."""
    path = tmp_path / "data"
    monkeypatch.setenv("READFIRST_DATA_DIR", str(path))
    return path


def normalise(text: str) -> str:
    """Compare texts as a reader hears them: straight quotes, single spaces."""
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(text.split())
