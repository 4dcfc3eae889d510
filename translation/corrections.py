"""Human post-editing: an interpreter's correction, kept beside the machine output, never over it.

Corrections are append-only rows in ``<data dir>/corrections.sqlite3`` (UPDATE and DELETE are
refused by triggers), each with the machine text it corrected, who made it and when. The latest
correction of a segment is what is shown and read aloud next; the history shows every step.
A translator's certification is its own row too (8 CFR 1003.33: machine output is never a
certified translation; a person certifies).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from document.errors import RecordWriteFailed, UsageError
from document.hashing import sha256_text

CORRECTIONS_FILE = "corrections.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS correction (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_sha256 TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    source_sha256 TEXT,
    machine_text TEXT NOT NULL,
    corrected_text TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS correction_doc ON correction (document_sha256, segment_id, seq);
CREATE TABLE IF NOT EXISTS certification (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_sha256 TEXT NOT NULL,
    translator TEXT NOT NULL,
    statement TEXT NOT NULL,
    translation_sha256 TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS correction_no_update BEFORE UPDATE ON correction
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS correction_no_delete BEFORE DELETE ON correction
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS certification_no_update BEFORE UPDATE ON certification
BEGIN SELECT RAISE(ABORT, 'certifications are append-only'); END;
CREATE TRIGGER IF NOT EXISTS certification_no_delete BEFORE DELETE ON certification
BEGIN SELECT RAISE(ABORT, 'certifications are append-only'); END;
"""


@dataclass(frozen=True)
class Correction:
    seq: int
    document_sha256: str
    segment_id: str
    machine_text: str
    corrected_text: str
    who: str
    at: str  # UTC, ISO 8601
    source_sha256: str | None = None  # hash of the English it translates, when known
    note: str = ""


@dataclass(frozen=True)
class Certification:
    seq: int
    document_sha256: str
    translator: str
    statement: str
    translation_sha256: str  # TranslatedDocument.output_sha256 that was certified
    at: str


_COLUMNS = (
    "seq, document_sha256, segment_id, machine_text, corrected_text, who, at, source_sha256, note"
)


class CorrectionStore:
    """Interpreters' corrections and translators' certifications for documents."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / CORRECTIONS_FILE
        self._lock = threading.Lock()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a correction shown as saved is saved
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise RecordWriteFailed(
                f"Cannot open the corrections file {self.path} ({exc}). Check that the data "
                "directory is writable and the disk is not full."
            ) from exc

    def add(
        self,
        document_sha256: str,
        segment_id: str,
        machine_text: str,
        corrected_text: str,
        who: str,
        source_text: str | None = None,
        note: str = "",
    ) -> Correction:
        """Store a correction of one segment's translation; returns it as stored.

        ``source_text`` (the English) ties the correction to that text: if the paper is read
        again and the segment says something else, the correction is not applied to it.
        """
        if not who.strip():
            raise UsageError("Say who made the correction (the interpreter's name).")
        if not corrected_text.strip():
            raise UsageError("The corrected translation is empty. Type the corrected text.")
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        source_sha = sha256_text(source_text) if source_text is not None else None
        row = (document_sha256, segment_id, source_sha, machine_text, corrected_text.strip())
        with self._lock:
            try:
                with self._db:
                    cur = self._db.execute(
                        "INSERT INTO correction (document_sha256, segment_id, source_sha256, "
                        "machine_text, corrected_text, who, at, note) VALUES (?,?,?,?,?,?,?,?)",
                        (*row, who.strip(), at, note),
                    )
            except sqlite3.Error as exc:
                raise RecordWriteFailed(
                    f"The correction was NOT saved ({exc}). Check free disk space and that "
                    f"{self.path} is writable, then enter it again."
                ) from exc
        return Correction(
            seq=int(cur.lastrowid or 0),
            document_sha256=document_sha256,
            segment_id=segment_id,
            machine_text=machine_text,
            corrected_text=corrected_text.strip(),
            who=who.strip(),
            at=at,
            source_sha256=source_sha,
            note=note,
        )

    def latest(self, document_sha256: str, segment_id: str) -> Correction | None:
        """The most recent correction of a segment, or None."""
        rows = self.history(document_sha256, segment_id)
        return rows[-1] if rows else None

    def history(self, document_sha256: str, segment_id: str | None = None) -> list[Correction]:
        """Every correction of a segment (or of the whole document), oldest first."""
        sql = f"SELECT {_COLUMNS} FROM correction WHERE document_sha256 = ?"
        args: tuple[Any, ...] = (document_sha256,)
        if segment_id is not None:
            sql += " AND segment_id = ?"
            args += (segment_id,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY seq", args).fetchall()
        return [_correction(r) for r in rows]

    def latest_for_document(self, document_sha256: str) -> dict[str, Correction]:
        """The latest correction of every corrected segment of a document (one query)."""
        return {c.segment_id: c for c in self.history(document_sha256)}

    def certify(
        self, document_sha256: str, translator: str, statement: str, translation_sha256: str
    ) -> Certification:
        """Record a translator's certification of a translation (its output_sha256)."""
        if not translator.strip() or not statement.strip():
            raise UsageError(
                "A certification needs the translator's name and their statement of competence "
                "and accuracy."
            )
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        with self._lock:
            try:
                with self._db:
                    cur = self._db.execute(
                        "INSERT INTO certification (document_sha256, translator, statement, "
                        "translation_sha256, at) VALUES (?,?,?,?,?)",
                        (
                            document_sha256,
                            translator.strip(),
                            statement.strip(),
                            translation_sha256,
                            at,
                        ),
                    )
            except sqlite3.Error as exc:
                raise RecordWriteFailed(
                    f"The certification was NOT saved ({exc}). Check free disk space, then "
                    "enter it again."
                ) from exc
        return Certification(
            int(cur.lastrowid or 0),
            document_sha256,
            translator.strip(),
            statement.strip(),
            translation_sha256,
            at,
        )

    def certifications(self, document_sha256: str) -> list[Certification]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, document_sha256, translator, statement, translation_sha256, at "
                "FROM certification WHERE document_sha256 = ? ORDER BY seq",
                (document_sha256,),
            ).fetchall()
        return [Certification(*r) for r in rows]

    def close(self) -> None:
        self._db.close()


def _correction(row: tuple[Any, ...]) -> Correction:
    seq, doc, seg, machine, corrected, who, at, source_sha, note = row
    return Correction(seq, doc, seg, machine, corrected, who, at, source_sha, note)
