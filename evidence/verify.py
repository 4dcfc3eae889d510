"""Verify an exported record with nothing but the zip: every hash, the chain, the signature."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence.events import EVENT_TYPES, GENESIS, Event, canonical
from evidence.export import EVENTS, FORMAT, MANIFEST, manifest_signed_part
from evidence.keys import fingerprint, verify_signature


@dataclass
class VerifyResult:
    ok: bool
    problems: list[str] = field(default_factory=list)
    summary: str = ""
    fingerprint: str = ""
    events: int = 0


class _Problem(Exception):
    pass


def _no_twins(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose key appears twice reads differently in different tools: refuse it."""
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("a key appears twice")
    return out


_EVENT_KEYS = frozenset(
    (
        "hash",
        "operator",
        "payload",
        "prev_hash",
        "seq",
        "session_id",
        "time_local",
        "time_utc",
        "type",
    )
)
# In the canonical encoding keys are sorted, so "hash" comes first and the rest of the line is,
# byte for byte, the canonical encoding of the body the hash covers.
_HASH_PREFIX = b'{"hash":"'
_BODY_START = len(_HASH_PREFIX) + 64 + 2  # past the 64 hex digits, the closing quote and comma


def _parse_lines(lines: list[bytes]) -> list[Any]:
    """Every line as JSON, in one parse when it can be (100,000 separate parses cost seconds).

    The batch may group bytes differently from the lines (a line "[1" and a line "2]"); that is
    harmless because each object must then re-encode to exactly its own line (see below). Any
    failure is redone line by line, to name the line."""
    try:
        objs = json.loads(b"[" + b",".join(lines) + b"]")
        if len(objs) == len(lines):
            return objs
    except ValueError:
        pass
    objs = []
    for n, line in enumerate(lines, 1):
        try:
            objs.append(json.loads(line))
        except ValueError as exc:
            raise _Problem(f"events.jsonl line {n} is not a valid event ({exc})") from exc
    raise _Problem("events.jsonl has a line that holds more than one event")


def _read_events(data: bytes) -> list[tuple[Event, bool]]:
    """Parse events.jsonl; each event comes with whether its hash matches.

    Each line must be the canonical encoding of its event (so no key twice, no other spacing,
    and no two readers can see different events). In the canonical encoding keys are sorted, so
    "hash" comes first and the rest of the line is, byte for byte, the canonical encoding of the
    body the hash covers: hashing that slice avoids encoding every event a second time.
    """
    lines = [line for line in data.split(b"\n") if line]
    events = []
    for n, (line, obj) in enumerate(zip(lines, _parse_lines(lines), strict=True), 1):
        try:
            if not isinstance(obj, dict) or obj.keys() != _EVENT_KEYS:
                raise ValueError("it does not have exactly the fields of an event")
            event = Event(**obj)  # the keys are exactly its fields
        except (ValueError, KeyError, TypeError) as exc:
            raise _Problem(f"events.jsonl line {n} is not a valid event ({exc})") from exc
        if canonical(obj) != line:
            raise _Problem(f"events.jsonl line {n} is not in canonical form: it was edited")
        hash_ok = (
            line.startswith(_HASH_PREFIX)
            and line[_BODY_START - 2 : _BODY_START] == b'",'
            and hashlib.sha256(b"{" + line[_BODY_START:]).hexdigest() == event.hash
        )
        events.append((event, hash_ok))
    return events


def _check_chain(events: list[tuple[Event, bool]], session_id: str) -> None:
    prev = GENESIS
    for n, (event, hash_ok) in enumerate(events, 1):
        where = f"event {n} ({event.type})"
        if event.session_id != session_id:
            raise _Problem(f"{where} belongs to another session")
        if event.seq != n:
            raise _Problem(f"{where} has position {event.seq}: events were removed or reordered")
        if event.type not in EVENT_TYPES:
            raise _Problem(f"{where} has an unknown type")
        if event.prev_hash != prev:
            raise _Problem(f"{where} does not follow the event before it: the chain is broken")
        if not hash_ok:
            raise _Problem(f"{where} was changed after it was recorded (its hash does not match)")
        prev = event.hash


def _verify(path: Path) -> VerifyResult:
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _Problem(
            f"{path.name} is not a ReadFirst record (not a readable zip: {exc})"
        ) from exc
    with z:
        listed = z.namelist()
        names = set(listed)
        if len(names) != len(listed):
            # Zip allows two members with one name and tools disagree on which one they show:
            # a forged copy could hide behind the genuine one.
            twice = sorted({n for n in listed if listed.count(n) > 1})
            raise _Problem(f"the record holds two files named {', '.join(twice)}")
        if MANIFEST not in names or EVENTS not in names:
            raise _Problem("the record has no manifest.json or events.jsonl")
        try:
            manifest: dict[str, Any] = json.loads(z.read(MANIFEST), object_pairs_hook=_no_twins)
        except ValueError as exc:
            raise _Problem(f"manifest.json is not valid JSON ({exc})") from exc
        if not isinstance(manifest, dict):
            raise _Problem("manifest.json is not a ReadFirst manifest")
        if manifest.get("format") != FORMAT:
            raise _Problem(f"unknown record format {manifest.get('format')!r}")
        public = manifest.get("public_key", "")
        if not verify_signature(
            public, manifest_signed_part(manifest), manifest.get("signature", "")
        ):
            raise _Problem("the manifest's signature is not valid: the record was changed")
        try:
            raw_public = base64.b64decode(public)
        except ValueError as exc:
            raise _Problem("the public key is unreadable") from exc
        if manifest.get("fingerprint") != fingerprint(raw_public):
            raise _Problem("the fingerprint in the manifest does not match its public key")

        events_bytes = z.read(EVENTS)
        if hashlib.sha256(events_bytes).hexdigest() != manifest["events"]["sha256"]:
            raise _Problem("events.jsonl was changed: its SHA-256 does not match the manifest")
        checked = _read_events(events_bytes)
        events = [event for event, _ in checked]
        if len(events) != manifest["events"]["count"]:
            raise _Problem("the number of events does not match the manifest")
        if not events:
            raise _Problem("the record has no events")
        _check_chain(checked, manifest["session_id"])
        if events[-1].hash != manifest["events"]["chain_head"]:
            raise _Problem("the last event is not the signed chain head: events were cut off")

        doc = manifest["document"]
        if doc["name"] not in names:
            raise _Problem("the original document is missing from the record")
        doc_sha = hashlib.sha256(z.read(doc["name"])).hexdigest()
        if doc_sha != doc["sha256"]:
            raise _Problem("the original document was changed: its SHA-256 does not match")
        started = events[0]
        if started.type != "session_started" or started.payload["document"]["sha256"] != doc_sha:
            raise _Problem("the session did not start on this document")
        report = manifest.get("report")
        if report:
            if report["name"] not in names:
                raise _Problem("the report is missing from the record")
            if hashlib.sha256(z.read(report["name"])).hexdigest() != report["sha256"]:
                raise _Problem("the report was changed: its SHA-256 does not match")
        extra = names - {MANIFEST, EVENTS, doc["name"], *([report["name"]] if report else [])}
        if extra:
            raise _Problem(f"the record holds files it did not sign: {', '.join(sorted(extra))}")

    closed = any(e.type == "session_closed" for e in events)
    summary = (
        f"Intact: {len(events)} events from {events[0].time_utc} to {events[-1].time_utc}, "
        f"document SHA-256 {doc_sha[:16]}…, signed by key {manifest['fingerprint']}"
        + ("" if closed else " (session not closed)")
        + f". Coverage: {manifest.get('coverage', {}).get('summary', 'not stated')}."
    )
    return VerifyResult(True, [], summary, manifest["fingerprint"], len(events))


def verify_record(path: Path) -> VerifyResult:
    """Check every hash, the chain and the signature of an exported record."""
    try:
        return _verify(path)
    except _Problem as problem:
        return VerifyResult(False, [str(problem)], f"NOT VALID: {problem}")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, zipfile.BadZipFile) as exc:
        return VerifyResult(False, [f"the record is malformed ({exc!r})"], "NOT VALID: malformed")
