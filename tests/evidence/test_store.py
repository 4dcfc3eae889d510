"""The event store: durable, chained, append-only, and loud when it cannot write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from document.errors import RecordWriteFailed, UsageError
from evidence import EventStore, Participant, Recipient, SigningKey
from evidence.events import GENESIS, event_hash
from evidence.store import default_db_path
from tests.evidence.conftest import VERSIONS, export_and_verify, remount_read_only, start


def test_appends_are_durable_and_chained(data_dir: Path) -> None:
    path = default_db_path(data_dir)
    store = EventStore.open(path)
    sid = start(store)
    for n in range(5):
        store.append(sid, "segment_read", {"segment_id": f"p1.s{n + 1}"}, operator="A. Smith")
    store.close()

    # A fresh connection (what a restarted app sees) finds every event, in order, chained.
    reopened = EventStore.open(path)
    events = reopened.events(sid)
    assert [e.seq for e in events] == list(range(1, 8))
    assert [e.type for e in events[:2]] == ["session_started", "software_versions"]
    prev = GENESIS
    for e in events:
        assert e.prev_hash == prev
        assert event_hash(e.body()) == e.hash
        prev = e.hash
    # The next append continues that chain rather than starting a new one.
    nxt = reopened.append(sid, "note", {"text": "after reopening"})
    assert (nxt.seq, nxt.prev_hash) == (8, events[-1].hash)
    reopened.close()


def test_the_chain_is_per_session(store: EventStore) -> None:
    a, b = start(store), start(store)
    store.append(a, "note", {"text": "a"})
    first_b = store.events(b)[0]
    assert first_b.prev_hash == GENESIS and first_b.seq == 1
    assert [e.seq for e in store.events(a)] == [1, 2, 3]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE event SET payload = '{}' WHERE seq = 1",
        "DELETE FROM event WHERE seq = 2",
        "UPDATE session SET document_sha256 = 'forged'",
        "DELETE FROM session",
    ],
)
def test_raw_sqlite_cannot_update_or_delete(store: EventStore, sql: str) -> None:
    sid = start(store)
    before = store.events(sid)
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(sql)
    raw.close()
    assert store.events(sid) == before
    assert store.sessions()[0].document_sha256 == before[0].payload["document"]["sha256"]


def test_unknown_event_type_is_refused_with_the_known_ones(store: EventStore) -> None:
    sid = start(store)
    with pytest.raises(UsageError, match=r"Unknown event type 'sang'.*segment_read"):
        store.append(sid, "sang", {})
    assert len(store.events(sid)) == 2


def test_unknown_role_is_refused_with_the_known_ones(store: EventStore) -> None:
    with pytest.raises(UsageError, match=r"Unknown role 'guard'.*officer"):
        store.start_session(
            "0" * 64,
            "x.pdf",
            1,
            [Participant("guard", "X")],
            Recipient(("zh",)),
            "op",
            VERSIONS,
        )
    assert store.sessions() == []


def test_unknown_session_is_refused(store: EventStore) -> None:
    with pytest.raises(UsageError, match="no reading session nope"):
        store.append("nope", "note", {})


def test_resume_records_the_interruption(data_dir: Path) -> None:
    path = default_db_path(data_dir)
    store = EventStore.open(path)
    sid = start(store)
    last = store.append(sid, "page_shown", {"page": 1})
    store.close()  # no session_closed: as after a crash

    store = EventStore.open(path)
    assert [s.id for s in store.unclosed_sessions()] == [sid]
    gap = store.resume_session(sid)
    assert gap.type == "session_interrupted"
    assert gap.payload == {"last_event_at": last.time_utc, "last_event_seq": last.seq}
    assert gap.prev_hash == last.hash
    store.close_session(sid)
    assert store.unclosed_sessions() == []
    store.close()


def test_a_file_where_the_data_folder_should_be_is_a_clear_write_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(RecordWriteFailed, match=r"could not be written.*READFIRST_DATA_DIR"):
        EventStore.open(default_db_path(blocker))


def test_a_full_disk_stops_recording_loudly_and_keeps_what_was_recorded(
    small_disk: Path, key: SigningKey, tmp_path: Path
) -> None:
    store = EventStore.open(default_db_path(small_disk))
    sid = start(store)
    committed = []
    with pytest.raises(RecordWriteFailed, match=r"disk is full.*Free some disk space"):
        for n in range(10_000):
            event = store.append(sid, "note", {"n": n, "text": "记录" * 1000})
            committed.append(event)  # reached only once the append returned
    assert len(committed) >= 3, "the small disk should hold a few events before it fills"

    # Everything whose append returned is there, intact, and the record exports and verifies.
    events = store.events(sid)
    assert events[: len(committed) + 2][2:] == committed
    result = export_and_verify(store, sid, key, tmp_path / "record.zip")
    assert result.ok, result.problems
    assert result.events == len(events)
    store.close()


def test_a_read_only_data_folder_refuses_to_record_and_the_record_still_exports(
    small_disk: Path, key: SigningKey, tmp_path: Path
) -> None:
    path = default_db_path(small_disk)
    store = EventStore.open(path)
    sid = start(store)
    store.append(sid, "page_shown", {"page": 1})
    store.close()
    remount_read_only(small_disk)

    with pytest.raises(RecordWriteFailed, match=r"could not be written.*writable data folder"):
        EventStore.open(path)

    reader = EventStore.open(path, read_only=True)
    with pytest.raises(RecordWriteFailed, match="could not be written"):
        reader.append(sid, "note", {"text": "must not be recorded"})
    assert [e.type for e in reader.events(sid)][-1] == "page_shown"
    result = export_and_verify(reader, sid, key, tmp_path / "record.zip")
    assert result.ok, result.problems
    assert result.events == 3
    reader.close()


def test_two_stores_on_one_database_keep_one_chain(
    data_dir: Path, key: SigningKey, tmp_path: Path
) -> None:
    # The app and a CLI run beside it, appending to the same session in turn: each one's cached
    # head goes stale, yet no event is lost or forks the chain.
    path = default_db_path(data_dir)
    first, second = EventStore.open(path), EventStore.open(path)
    sid = start(first)
    for n in range(6):
        (first if n % 2 else second).append(sid, "note", {"n": n})
    events = first.events(sid)
    assert [e.seq for e in events] == list(range(1, 9))
    assert [e.payload.get("n") for e in events[2:]] == list(range(6))
    result = export_and_verify(second, sid, key, tmp_path / "record.zip")
    assert result.ok, result.problems
    first.close()
    second.close()
