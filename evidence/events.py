"""The event vocabulary of the reading record, and the canonical encoding that is hashed.

An event's hash covers its session, position, type, payload, operator, times and the previous
event's hash, so changing, removing, inserting or reordering any event breaks the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

ROLES = (
    "recipient",
    "lawyer",
    "family_member",
    "interpreter",
    "officer",
    "witness",
    "fellow_detainee",
)
ROLE_NAMES = {
    "recipient": ("Recipient", "当事人"),
    "lawyer": ("Lawyer", "律师"),
    "family_member": ("Family member", "家属"),
    "interpreter": ("Interpreter", "口译员"),
    "officer": ("Officer", "官员"),
    "witness": ("Witness", "证人"),
    "fellow_detainee": ("Fellow detainee", "同监被拘留者"),
}
VISION = ("sighted", "low_vision", "blind")

EVENT_TYPES = (
    "session_started",
    "software_versions",
    "document_opened",
    "page_shown",
    "ocr_done",
    "translation_made",
    "human_correction",
    "translator_certification",
    "segment_read",
    "large_print_shown",
    "question_asked",
    "explanation_given",
    "comprehension_check",
    "acknowledgement",
    "decision",
    "note",
    "session_interrupted",
    "session_closed",
)

GENESIS = "0" * 64  # the "previous hash" of a session's first event


# Built once: json.dumps with these options builds a new encoder on every call, which shows
# when 100,000 events are verified.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(obj: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8. What is hashed and signed."""
    return _ENCODER.encode(obj).encode()


@dataclass(frozen=True)
class Event:
    session_id: str
    seq: int
    type: str
    payload: dict[str, Any]
    operator: str | None
    time_utc: str  # ISO 8601 with Z
    time_local: str  # ISO 8601 with the laptop's UTC offset
    prev_hash: str
    hash: str

    def body(self) -> dict[str, Any]:
        """Everything the hash covers."""
        return {
            "session_id": self.session_id,
            "seq": self.seq,
            "type": self.type,
            "payload": self.payload,
            "operator": self.operator,
            "time_utc": self.time_utc,
            "time_local": self.time_local,
            "prev_hash": self.prev_hash,
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.body(), "hash": self.hash}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        return cls(
            session_id=data["session_id"],
            seq=data["seq"],
            type=data["type"],
            payload=data["payload"],
            operator=data.get("operator"),
            time_utc=data["time_utc"],
            time_local=data["time_local"],
            prev_hash=data["prev_hash"],
            hash=data["hash"],
        )


def event_hash(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()
