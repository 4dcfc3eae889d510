"""The installation key: private (0600), stable across runs, one key even when two processes
create it at once, and a damaged key file is a clear message."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from document.errors import RecordWriteFailed
from evidence import load_or_create_key
from evidence.keys import KEY_FILE, verify_signature
from tests.conftest import ROOT


def test_the_key_is_private_and_stable(data_dir: Path) -> None:
    key = load_or_create_key(data_dir)
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.path.parent.stat().st_mode) == 0o700
    again = load_or_create_key(data_dir)
    assert again.fingerprint == key.fingerprint
    assert len(key.fingerprint.split()) == 8
    assert verify_signature(key.public_b64, b"data", again.sign(b"data"))
    assert not verify_signature(key.public_b64, b"other", key.sign(b"data"))
    assert os.listdir(key.path.parent) == [KEY_FILE]  # no temporary files left behind


def test_processes_creating_the_key_at_once_end_with_one_key(data_dir: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from evidence import load_or_create_key;"
        "print(load_or_create_key(Path(sys.argv[1])).fingerprint)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(4)
    ]
    printed = {child.communicate(timeout=60)[0].strip() for child in children}
    assert printed == {load_or_create_key(data_dir).fingerprint}


def test_a_damaged_key_file_says_what_to_do(data_dir: Path) -> None:
    key = load_or_create_key(data_dir)
    key.path.write_text("-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    with pytest.raises(RecordWriteFailed, match=r"damaged.*Move it away"):
        load_or_create_key(data_dir)
