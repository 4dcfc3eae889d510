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
