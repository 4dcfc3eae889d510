"""The reading record as both faces use it: one session of the evidence store, plus the payloads
the CLI and the GUI log (so the two faces record the same things in the same words).

No Qt here: app/cli and app/gui both call it.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from document.hashing import sha256_text
from document.model import Document

log = logging.getLogger(__name__)

LANG_NAMES = {"zh": "Mandarin", "yue": "Cantonese", "en": "English"}


def readfirst_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("readfirst")
    except PackageNotFoundError:
        return "source"


def base_versions() -> dict[str, str]:
    return {"readfirst": readfirst_version(), "python": platform.python_version()}


def ocr_payload(doc: Document, engine_version: str | None) -> dict[str, Any]:
    pages = []
    for page in doc.pages:
        confs = [s.confidence for s in page.segments]
        pages.append(
            {
                "number": page.number,
                "method": page.method,
                "segments": len(page.segments),
                "mean_confidence": round(sum(confs) / len(confs), 3) if confs else None,
                "text_sha256": sha256_text(page.text),
                "notes": list(page.notes),
            }
        )
    engine = "tesseract" if any(p.method == "ocr" for p in doc.pages) else "pdfium text layer"
    return {"engine": engine, "engine_version": engine_version, "pages": pages}


def utterance_payload(result: Any, spoken_text: str) -> dict[str, Any]:
    """A speech.UtteranceResult as the segment_read event records it."""
    return {
        "segment_id": result.segment_id,
        "language": result.language,
        "voice": result.voice,
        "rate": result.rate,
        "started_at": result.started_at,
        "ended_at": result.ended_at,
        "status": result.status,
        "output": result.output,
        "reason": result.reason,
        "text_sha256": sha256_text(spoken_text),
    }


def spoken_segments(doc: Document, lang: str, translated: Any = None) -> list[tuple[str, str]]:
    """(segment id, text to speak) in reading order for reading ``doc`` in ``lang``.

    A Chinese paper is read as it is (not in English); an English paper in Mandarin or
    Cantonese is read from its full translation, which ``translated`` must then be."""
    from document.errors import MissingComponent, UsageError

    segments = list(doc.segments())
    if doc.language == "zh" and lang == "en":
        raise UsageError(
            "This paper is in Chinese. Read it in Mandarin (zh) or Cantonese (yue); "
            "Chinese-to-English reading needs a zh->en language package."
        )
    if doc.language == "zh" or lang == "en":
        return [(s.id, s.text) for s in segments]
    if translated is None or translated.package is None:
        raise MissingComponent(
            "No English-to-Chinese language package is installed, so this paper can only be "
            "read aloud in English. Install one with: readfirst models install FILE.argosmodel"
        )
    return [(s.id, translated.by_segment[s.id].text) for s in segments]


def translation_payload(translated: Any) -> dict[str, Any]:
    """A translation_made event: engine, package, glossary and the hash of what was produced."""
    from translation import MACHINE_DISCLAIMER

    pkg = translated.package
    return {
        "engine": "argostranslate/ctranslate2",
        "package": pkg.code if pkg else None,
        "package_version": pkg.version if pkg else None,
        "glossary_version": translated.glossary_version,
        "output_sha256": translated.output_sha256,
        "sources": sorted({t.source for t in translated.by_segment.values()}),
        "disclaimer": MACHINE_DISCLAIMER,
    }


@dataclass
class Recording:
    """One reading session in the evidence store of a data directory."""

    data_dir: Path
    session_id: str | None = None
    languages: tuple[str, ...] = ()
    _store: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)

    @property
    def store(self) -> Any:
        if self._store is None:
            from evidence import EventStore
            from evidence.store import default_db_path

            self._store = EventStore.open(default_db_path(self.data_dir))
        return self._store

    @property
    def key(self) -> Any:
        if self._key is None:
            from evidence import load_or_create_key

            self._key = load_or_create_key(self.data_dir)
        return self._key

    @property
    def active(self) -> bool:
        return self.session_id is not None

    def start(
        self,
        doc: Document,
        document_name: str,
        participants: Sequence[tuple[str, str]],
        languages: tuple[str, ...],
        vision: str,
        operator: str,
        versions: Mapping[str, str],
        dialect: str | None = None,
    ) -> str:
        from evidence import Participant, Recipient

        self.languages = languages
        self.session_id = self.store.start_session(
            document_sha256=doc.source.sha256,
            document_name=document_name,
            page_count=len(doc.pages),
            participants=[Participant(role, name) for role, name in participants],
            recipient=Recipient(languages=languages, dialect=dialect, vision=vision),
            operator=operator,
            software_versions={**base_versions(), **versions},
        )
        return self.session_id

    def interrupted_sessions(self, document_sha256: str) -> list[Any]:
        """Sessions on this document that a crash or power cut left open, newest first."""
        return [s for s in self.store.unclosed_sessions() if s.document_sha256 == document_sha256]

    def resume(self, session_id: str) -> dict[str, Any]:
        """Continue an interrupted session (the gap is recorded); returns its session_started
        payload (document, participants, recipient)."""
        events = self.store.events(session_id)
        self.store.resume_session(session_id)
        self.session_id = session_id
        started: dict[str, Any] = events[0].payload
        self.languages = tuple(started["recipient"]["languages"])
        return started

    def log(self, event_type: str, payload: Mapping[str, Any]) -> Any:
        """Append one event; returns only once it is durable. RecordWriteFailed propagates."""
        if self.session_id is None:
            raise RuntimeError("no reading session started")
        return self.store.append(self.session_id, event_type, dict(payload))

    def close(self, reason: str = "closed") -> None:
        if self.session_id is not None:
            self.store.close_session(self.session_id, reason=reason)

    def events(self) -> list[Any]:
        return self.store.events(self.session_id) if self.session_id else []

    def coverage(self, doc: Document) -> Any:
        from evidence import compute_coverage

        return compute_coverage(segment_rows(doc), self.events(), self.languages)

    def export(self, document_path: Path, out_zip: Path, doc: Document) -> Path:
        from evidence import export_record

        assert self.session_id is not None
        return export_record(
            self.store,
            self.session_id,
            document_path,
            out_zip,
            self.key,
            segments=segment_rows(doc),
            page_images=_thumbnails(document_path, doc),
            segment_boxes={
                s.id: (*s.bbox, page.width, page.height)
                for page in doc.pages
                for s in page.segments
            },
        )


def segment_rows(doc: Document) -> list[tuple[str, int, str]]:
    return [(s.id, s.page_number, s.text) for s in doc.segments()]


THUMBNAIL_DPI = 40


def _thumbnails(path: Path, doc: Document) -> dict[int, Any] | None:
    """Small page images for the report's coverage map; None (a plain grid) if they fail."""
    from ocr import render_page

    try:
        return {p.number: render_page(path, p.number, dpi=THUMBNAIL_DPI) for p in doc.pages}
    except Exception:  # the map falls back to a grid; the record itself is unaffected
        log.warning("page thumbnails for the report failed", exc_info=True)
        return None
