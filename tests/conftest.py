"""Shared fixtures: real sample files, an isolated data directory, and the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SAMPLE = SAMPLES / "sample-notice.pdf"
SAMPLE_ZH = SAMPLES / "sample-notice-zh.pdf"
FORMS = ROOT.parent / "shared" / "forms"
ARTIFACTS = ROOT / "test-artifacts"

# Qt tests run without a display unless one is given.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh READFIRST_DATA_DIR: no test touches the real user data."""
    path = tmp_path / "data"
    monkeypatch.setenv("READFIRST_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for tests that only read: the OCR cache is shared, sessions are not."""
    return tmp_path_factory.mktemp("shared-data")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Screenshots and renderings kept after the run, for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def run_cli(
    *args: str | Path, data: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run `readfirst ARGS` exactly as a user would, in a subprocess, and capture its output."""
    env = dict(os.environ, READFIRST_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def make_sample_photos(folder: Path) -> list[Path]:
    """The sample's two pages as phone photos, as people send them: page 1 a JPEG held sideways
    (stored turned a quarter left, EXIF orientation 6 turns it upright), page 2 a PNG."""
    from PIL import Image

    from ocr import render_page

    folder.mkdir(parents=True, exist_ok=True)
    first = render_page(SAMPLE, 1, dpi=200).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # EXIF orientation
    first.rotate(90, expand=True).save(folder / "IMG_0001.jpg", quality=90, exif=exif.tobytes())
    render_page(SAMPLE, 2, dpi=200).convert("RGB").save(folder / "IMG_0002.png")
    return [folder / "IMG_0001.jpg", folder / "IMG_0002.png"]
