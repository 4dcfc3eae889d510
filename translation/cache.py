"""Translation cache: (segment text, package, glossary version) -> translation, in SQLite.

A second open of the same paper, or the same boilerplate on another form, costs one query per
page instead of a model call. The key includes the package's fingerprint and version and the
glossary version, so installing another package or changing a glossary term never serves an
old rendering. The cache is only a cache: if it cannot be opened or written, translation goes on
without it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILE = "translation.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""
_MAX_VARS = 500  # SQLite's bound-parameter limit is 999 on old builds


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class TranslationCache:
    """Key -> JSON value store in ``<data dir>/cache/translation.sqlite3``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "cache" / CACHE_FILE
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a lost cache entry is only recomputed
            db.executescript(_SCHEMA)
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            log.warning("translation cache disabled (%s): %s", self.path, exc)

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        if self._db is None or not keys:
            return {}
        found: dict[str, dict[str, Any]] = {}
        with self._lock:
            try:
                for i in range(0, len(keys), _MAX_VARS):
                    chunk = keys[i : i + _MAX_VARS]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT key, value FROM translation WHERE key IN ({marks})", chunk
                    )
                    for key, value in rows:
                        found[key] = json.loads(value)
            except (sqlite3.Error, json.JSONDecodeError) as exc:
                log.warning("translation cache read failed: %s", exc)
        return found

    def put_many(self, items: dict[str, dict[str, Any]]) -> None:
        if self._db is None or not items:
            return
        rows = [(k, json.dumps(v, ensure_ascii=False)) for k, v in items.items()]
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO translation (key, value) VALUES (?, ?)", rows
                    )
            except sqlite3.Error as exc:
                log.warning("translation cache write failed: %s", exc)

    def __len__(self) -> int:
        if self._db is None:
            return 0
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM translation").fetchone()[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
