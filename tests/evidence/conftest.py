"""Fixtures for the reading record: a real store in a fresh data directory and a started session."""

from __future__ import annotations

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
