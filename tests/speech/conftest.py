"""Fixtures for speech tests: real espeak-ng, real WAV files, a private data directory."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("READFIRST_DATA_DIR", str(tmp_path_factory.mktemp("data")))


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Samples as floats in [-1, 1] and the sample rate."""
    with wave.open(str(path), "rb") as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        return data.astype(np.float64) / 32768.0, w.getframerate()


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0


def sox_stat(path: Path) -> dict[str, float]:
    """`sox FILE -n stat` as a dict ("Length (seconds)", "RMS amplitude", ...)."""
    out = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True
    ).stderr
    stats = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        try:
            stats[" ".join(key.split())] = float(value)
        except ValueError:
            continue
    return stats
