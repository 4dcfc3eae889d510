"""Extraction results cached by content, so opening the same paper again is instant.

The key covers everything that changes the result: the file's bytes (sha256), the pages asked
for, force_ocr, and the engine (this code's version and tesseract's). A cache that cannot be
read or written is skipped with a log line: it only ever costs time, never a result.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from document.errors import ReadFirstError
from document.model import Document, Page, Segment, Source, WordBox
from document.paths import cache_dir

log = logging.getLogger(__name__)

# Bump when layout or OCR code changes what extract() returns.
ENGINE_VERSION = "ocr-14"


def cache_key(sha256: str, pages: Sequence[int], force_ocr: bool, engine: str) -> str:
    raw = json.dumps([sha256, list(pages), force_ocr, ENGINE_VERSION, engine])
    return hashlib.sha256(raw.encode()).hexdigest()


def _folder() -> Path | None:
    try:
        folder = cache_dir() / "ocr"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except (OSError, ReadFirstError) as exc:
        log.warning("OCR cache unavailable: %s", exc)
        return None


def _encode(doc: Document) -> dict[str, Any]:
    # Document.to_json leaves out Segment.kind and words; the cache must give back exactly what
    # it got.
    return {
        "pages": [
            {
                "number": p.number,
                "width": p.width,
                "height": p.height,
                "method": p.method,
                "notes": list(p.notes),
                "segments": [
                    [
                        s.id,
                        s.text,
                        list(s.bbox),
                        s.confidence,
                        s.kind,
                        [[w.start, w.end, list(w.bbox)] for w in s.words],
                    ]
                    for s in p.segments
                ],
            }
            for p in doc.pages
        ]
    }


def _decode(data: dict[str, Any], source: Source) -> Document:
    pages = tuple(
        Page(
            number=p["number"],
            width=p["width"],
            height=p["height"],
            method=p["method"],
            notes=tuple(p["notes"]),
            segments=tuple(
                Segment(
                    id=i,
                    text=t,
                    bbox=tuple(b),  # type: ignore[arg-type]
                    confidence=c,
                    kind=k,
                    words=tuple(WordBox(a, z, tuple(wb)) for a, z, wb in ws),  # type: ignore[arg-type]
                )
                for i, t, b, c, k, ws in p["segments"]
            ),
        )
        for p in data["pages"]
    )
    return Document(source=source, pages=pages)


def load(key: str, source: Source) -> Document | None:
    folder = _folder()
    if folder is None:
        return None
    path = folder / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _decode(data, source)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable cache entry %s: %s", path.name, exc)
        return None


def store(key: str, doc: Document) -> None:
    folder = _folder()
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(_encode(doc), f, ensure_ascii=False)
        os.replace(tmp, folder / f"{key}.json")  # atomic: readers never see half a file
    except OSError as exc:
        log.warning("could not write the OCR cache: %s", exc)
