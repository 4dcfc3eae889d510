"""The append-only event log in SQLite: WAL, synchronous=FULL, one commit per event, UPDATE and
DELETE refused by triggers, a hash chain per session.

An append returns only once its event is durable, so anything the app has shown as done
survives a crash or a power cut.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from document.errors import InputUnreadable, RecordWriteFailed, UsageError
from evidence.events import EVENT_TYPES, GENESIS, ROLES, VISION, Event, event_hash

DB_FILE = "readfirst.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS session (
    id TEXT PRIMARY KEY,
    created_utc TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    document_name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event (
    session_id TEXT NOT NULL REFERENCES session(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    operator TEXT,
    time_utc TEXT NOT NULL,
    time_local TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
CREATE TRIGGER IF NOT EXISTS event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the reading record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the reading record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS session_no_update BEFORE UPDATE ON session
BEGIN SELECT RAISE(ABORT, 'the reading record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS session_no_delete BEFORE DELETE ON session
BEGIN SELECT RAISE(ABORT, 'the reading record is append-only'); END;
"""


def default_db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


@dataclass(frozen=True)
class Participant:
    role: str
    name: str


@dataclass(frozen=True)
class Recipient:
    languages: tuple[str, ...]
    dialect: str | None = None
    vision: str = "sighted"


@dataclass(frozen=True)
class SessionInfo:
    id: str
    created_utc: str
    document_sha256: str
    document_name: str
    closed: bool
    events: int


def _now() -> tuple[str, str]:
    now = datetime.now(UTC)
    utc = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return utc, now.astimezone().isoformat(timespec="milliseconds")


def _write_failed(path: Path, exc: Exception) -> RecordWriteFailed:
    return RecordWriteFailed(
        f"The reading record could not be written to {path} ({exc}). Free some disk space or "
        "choose a writable data folder (READFIRST_DATA_DIR); events recorded before stay valid."
    )


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only, even on a read-only disk.

    SQLite needs the -shm file to read a WAL database; a cleanly closed store has none, and on a
    read-only disk it cannot be created. Then, and only when no -wal file holds unmerged events,
    the file is opened as immutable (which ignores any -wal file, so it would otherwise miss them).
    """
    uri = path.resolve().as_uri()
    options = dict(check_same_thread=False, isolation_level=None, timeout=30)
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, **options)  # type: ignore[arg-type]
    try:
        db.execute("SELECT COUNT(*) FROM session").fetchone()  # fail now, not later
        return db
    except sqlite3.OperationalError:
        db.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
    db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, **options)  # type: ignore[arg-type]
    try:
        db.execute("SELECT COUNT(*) FROM session").fetchone()
    except sqlite3.Error:
        db.close()
        raise
    return db


class EventStore:
    """The reading records of one data directory. Safe to share between threads."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._lock = threading.RLock()
        self._heads: dict[str, tuple[int, str]] = {}

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> EventStore:
        """Open (creating if needed) the store at ``path``.

        ``read_only`` opens an existing store without writing to it, so a record on a read-only
        or full disk can still be exported; appends to it raise RecordWriteFailed.
        """
        db: sqlite3.Connection | None = None
        try:
            if read_only:
                if not path.is_file():
                    raise UsageError(f"There is no reading record at {path}.")
                db = _connect_read_only(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(
                    path, check_same_thread=False, isolation_level=None, timeout=30
                )
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=FULL")
                db.execute("PRAGMA foreign_keys=ON")
                db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            if db is not None:
                db.close()  # a half-open connection would keep the file (and the disk) busy
            if read_only:
                raise InputUnreadable(
                    f"The reading record {path} could not be read ({exc}). Copy the data folder "
                    "to a working disk and export from there."
                ) from exc
            raise _write_failed(path, exc) from exc
        return cls(path, db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---- sessions -----------------------------------------------------------------------
    def start_session(
        self,
        document_sha256: str,
        document_name: str,
        page_count: int,
        participants: Sequence[Participant],
        recipient: Recipient,
        operator: str,
        software_versions: Mapping[str, str],
    ) -> str:
        for p in participants:
            if p.role not in ROLES:
                raise UsageError(f"Unknown role {p.role!r}. Use one of: {', '.join(ROLES)}.")
        if recipient.vision not in VISION:
            raise UsageError(
                f"Unknown sight {recipient.vision!r}. Use one of: {', '.join(VISION)}."
            )
        created, _ = _now()
        sid = f"{created[:19].replace(':', '').replace('-', '')}-{uuid.uuid4().hex[:8]}"
        try:
            with self._lock:
                self._db.execute(
                    "INSERT INTO session VALUES (?, ?, ?, ?)",
                    (sid, created, document_sha256, document_name),
                )
        except sqlite3.Error as exc:
            raise _write_failed(self.path, exc) from exc
        self.append(
            sid,
            "session_started",
            {
                "document": {
                    "name": document_name,
                    "sha256": document_sha256,
                    "pages": page_count,
                },
                "participants": [asdict(p) for p in participants],
                "recipient": {
                    "languages": list(recipient.languages),
                    "dialect": recipient.dialect,
                    "vision": recipient.vision,
                },
            },
            operator=operator,
        )
        self.append(sid, "software_versions", dict(software_versions), operator=operator)
        return sid

    def close_session(self, session_id: str, reason: str = "closed") -> Event:
        return self.append(session_id, "session_closed", {"reason": reason})

    def resume_session(self, session_id: str) -> Event:
        """Continue a session that was never closed (crash, power cut): the gap is recorded."""
        events = self.events(session_id)
        if not events:
            raise UsageError(f"There is no reading session {session_id}.")
        return self.append(
            session_id,
            "session_interrupted",
            {"last_event_at": events[-1].time_utc, "last_event_seq": events[-1].seq},
        )

    def sessions(self) -> list[SessionInfo]:
        with self._lock:
            rows = self._db.execute(
                "SELECT s.id, s.created_utc, s.document_sha256, s.document_name,"
                " EXISTS(SELECT 1 FROM event e WHERE e.session_id = s.id"
                "        AND e.type = 'session_closed'),"
                " (SELECT COUNT(*) FROM event e WHERE e.session_id = s.id)"
                " FROM session s ORDER BY s.created_utc DESC"
            ).fetchall()
        return [SessionInfo(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def unclosed_sessions(self) -> list[SessionInfo]:
        """Sessions a crash left open: the app offers to resume them."""
        return [s for s in self.sessions() if not s.closed]

    # ---- events -------------------------------------------------------------------------
    def _head(self, session_id: str) -> tuple[int, str]:
        if session_id not in self._heads:
            row = self._db.execute(
                "SELECT seq, hash FROM event WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
                (session_id,),
            ).fetchone()
            self._heads[session_id] = (row[0], row[1]) if row else (0, GENESIS)
        return self._heads[session_id]

    def append(
        self,
        session_id: str,
        event_type: str,
        payload: Mapping[str, Any],
        operator: str | None = None,
    ) -> Event:
        """Append one event; it is committed (fsynced) when this returns."""
        if event_type not in EVENT_TYPES:
            raise UsageError(
                f"Unknown event type {event_type!r}. Known types: {', '.join(EVENT_TYPES)}."
            )
        # Round-trip through JSON now, so what is hashed is exactly what is stored and exported.
        clean = json.loads(json.dumps(dict(payload), ensure_ascii=False))
        with self._lock:
            # Another process (the CLI beside the app) may have appended to this session since
            # the head was cached: the primary key (session, seq) refuses a second event at one
            # position, so the chain cannot fork; re-read the head and try once more.
            for attempt in (1, 2):
                try:
                    event = self._insert(session_id, event_type, clean, operator)
                except sqlite3.IntegrityError as exc:
                    self._heads.pop(session_id, None)
                    if "FOREIGN KEY" in str(exc):
                        raise UsageError(f"There is no reading session {session_id}.") from exc
                    if attempt == 2 or "UNIQUE" not in str(exc):
                        raise _write_failed(self.path, exc) from exc
                    continue
                except sqlite3.Error as exc:
                    self._heads.pop(session_id, None)
                    raise _write_failed(self.path, exc) from exc
                self._heads[session_id] = (event.seq, event.hash)
                return event
        raise AssertionError("unreachable")

    def _insert(
        self, session_id: str, event_type: str, clean: dict[str, Any], operator: str | None
    ) -> Event:
        seq, prev = self._head(session_id)
        utc, local = _now()
        body = {
            "session_id": session_id,
            "seq": seq + 1,
            "type": event_type,
            "payload": clean,
            "operator": operator,
            "time_utc": utc,
            "time_local": local,
            "prev_hash": prev,
        }
        event = Event(**body, hash=event_hash(body))
        self._db.execute(
            "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                event.seq,
                event_type,
                json.dumps(clean, ensure_ascii=False, sort_keys=True),
                operator,
                utc,
                local,
                prev,
                event.hash,
            ),
        )
        return event

    def events(self, session_id: str) -> list[Event]:
        with self._lock:
            rows = self._db.execute(
                "SELECT session_id, seq, type, payload, operator, time_utc, time_local,"
                " prev_hash, hash FROM event WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
        return [
            Event(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], r[8]) for r in rows
        ]
