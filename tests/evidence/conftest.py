"""Fixtures for the reading record: a real store in a fresh data directory and a started session."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from document.hashing import sha256_file
from evidence import EventStore, Participant, Recipient, SigningKey, load_or_create_key
from evidence.store import default_db_path
from tests.conftest import SAMPLE

VERSIONS = {"readfirst": "test", "tesseract": "5.3.0", "espeak-ng": "1.51"}


def start(store: EventStore, document: Path = SAMPLE, languages: tuple[str, ...] = ("zh",)) -> str:
    """Start a session on ``document`` with a recipient and a lawyer, as the app does."""
    return store.start_session(
        document_sha256=sha256_file(document),
        document_name=document.name,
        page_count=1,
        participants=[Participant("recipient", "Li Wei"), Participant("lawyer", "A. Smith")],
        recipient=Recipient(languages=languages, dialect=None, vision="sighted"),
        operator="A. Smith",
        software_versions=VERSIONS,
    )


@pytest.fixture
def store(data_dir: Path):
    s = EventStore.open(default_db_path(data_dir))
    yield s
    s.close()


@pytest.fixture
def key(data_dir: Path) -> SigningKey:
    return load_or_create_key(data_dir)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 256 KiB filesystem (tmpfs) to fill up or make read-only; skipped where mounting
    is not permitted."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}): needs root")
    yield mount_point
    # Lazy: a store a failed test left open must not make the unmount fail.
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def export_and_verify(
    store: EventStore, session_id: str, key: SigningKey, out: Path, document: Path = SAMPLE
):
    """Export ``session_id`` and verify the zip exactly as `readfirst verify` would."""
    from evidence import export_record, verify_record

    export_record(store, session_id, document, out, key)
    return verify_record(out)
