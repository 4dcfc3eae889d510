"""Export a session as one zip: events.jsonl, manifest.json (signed), the original document and
a bilingual report.pdf. The manifest holds the SHA-256 of every other member, the chain head and
the software versions; its Ed25519 signature therefore covers every byte of the bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from document.errors import InputUnreadable, RecordWriteFailed, UsageError
from document.hashing import sha256_file
from evidence.coverage import compute_coverage
from evidence.events import canonical
from evidence.keys import SigningKey
from evidence.store import EventStore

FORMAT = "readfirst-record/1"
EVENTS = "events.jsonl"
MANIFEST = "manifest.json"
REPORT = "report.pdf"
DOCUMENT_DIR = "document/"

SegmentRow = tuple[str, int, str]


def manifest_signed_part(manifest: Mapping[str, Any]) -> bytes:
    """The bytes the signature covers: the manifest without its signature."""
    return canonical({k: v for k, v in manifest.items() if k != "signature"})


def export_record(
    store: EventStore,
    session_id: str,
    document_path: Path,
    out_zip: Path,
    key: SigningKey,
    segments: Sequence[SegmentRow] | None = None,
    page_images: Mapping[int, Any] | None = None,
    segment_boxes: Mapping[str, tuple[float, float, float, float, float, float]] | None = None,
) -> Path:
    """Write the signed record of ``session_id``. ``page_images`` (page -> PIL image) and
    ``segment_boxes`` (id -> x0, y0, x1, y1, page width, page height) draw the coverage map
    over page thumbnails in the report; without them it is drawn as a grid."""
    events = store.events(session_id)
    if not events:
        raise UsageError(f"There is no reading session {session_id}.")
    started = events[0].payload
    try:
        document_sha = sha256_file(document_path)
    except OSError as exc:
        raise InputUnreadable(
            f"Cannot read the original document {document_path} ({exc.strerror}) to put it in "
            "the record. Put the file back where it was and export again."
        ) from exc
    if document_sha != started["document"]["sha256"]:
        raise InputUnreadable(
            f"{document_path.name} is not the document this session read (its SHA-256 differs). "
            "Export with the original file."
        )
    events_bytes = b"".join(canonical(e.to_json()) + b"\n" for e in events)
    languages = tuple(started["recipient"]["languages"])
    coverage = compute_coverage(segments or [], events, languages)

    from evidence.report import build_report  # fpdf2 and the font load only when exporting

    versions = next((e.payload for e in events if e.type == "software_versions"), {})
    report = build_report(
        events, coverage, key.fingerprint, document_sha, page_images, segment_boxes, segments
    )
    doc_name = DOCUMENT_DIR + document_path.name
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "session_id": session_id,
        "exported_utc": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "document": {
            "name": doc_name,
            "sha256": document_sha,
            "size": document_path.stat().st_size,
        },
        "events": {
            "name": EVENTS,
            "count": len(events),
            "sha256": hashlib.sha256(events_bytes).hexdigest(),
            "chain_head": events[-1].hash,
        },
        "report": {"name": REPORT, "sha256": hashlib.sha256(report).hexdigest()},
        "coverage": {k: v for k, v in coverage.to_json().items() if k != "segments"},
        "software_versions": versions,
        "public_key": key.public_b64,
        "fingerprint": key.fingerprint,
        "signature_algorithm": "Ed25519",
    }
    manifest["signature"] = key.sign(manifest_signed_part(manifest))
    out_zip.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename: a failed export never leaves half a zip behind.
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".record-", suffix=".zip", dir=out_zip.parent)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
            z.writestr(EVENTS, events_bytes)
            z.write(document_path, doc_name)
            z.writestr(REPORT, report)
        os.replace(tmp, out_zip)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise RecordWriteFailed(
            f"Cannot write the record to {out_zip} ({exc.strerror}). Choose another folder or "
            "free some space; the session itself is safe in the database."
        ) from exc
    return out_zip
