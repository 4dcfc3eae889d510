"""The reading record: append-only SQLite event log, hash chain, Ed25519 signature, coverage,
export bundle and verification. Plain Python; knows nothing of Qt."""

from evidence.coverage import Coverage, SegmentCoverage, compute_coverage
from evidence.events import EVENT_TYPES, ROLE_NAMES, ROLES, VISION, Event
from evidence.export import export_record
from evidence.keys import SigningKey, load_or_create_key
from evidence.store import EventStore, Participant, Recipient, SessionInfo, default_db_path
from evidence.verify import VerifyResult, verify_record

__all__ = [
    "EVENT_TYPES",
    "ROLES",
    "ROLE_NAMES",
    "VISION",
    "Coverage",
    "Event",
    "EventStore",
    "Participant",
    "Recipient",
    "SegmentCoverage",
    "SessionInfo",
    "SigningKey",
    "VerifyResult",
    "compute_coverage",
    "default_db_path",
    "export_record",
    "load_or_create_key",
    "verify_record",
]
