"""Translation cache: (segment text, package, glossary version) -> translation, in SQLite.

A second open of the same paper, or the same boilerplate on another form, costs one query per
page instead of a model call. The key includes the package's fingerprint and version and the
glossary version, so installing another package or changing a glossary term never serves an
old rendering. The cache is only a cache: if it cannot be opened or written, translation goes on
without it.

It is bounded: entries unused for ``max_age_days`` go, and past ``max_bytes`` the least recently
used go first (checked on the first write of a session and then every ``max_bytes / 64`` bytes
written, so the file never grows more than that past the bound). Entries of a removed or
replaced package, and of a glossary version no longer in use, are deleted when that happens.

One connection per data directory stays open for the life of the process (``shared``): closing
a WAL database checkpoints it to disk, which cost more than translating a page from the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILE = "translation.sqlite3"
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    package TEXT NOT NULL,   -- the package's fingerprint: its entries go when it goes
    glossary TEXT NOT NULL,  -- the glossary version the entry was made with
    size INTEGER NOT NULL,   -- bytes of key and value, for the size bound
    used REAL NOT NULL       -- last written or read (unix time, to the hour): LRU order
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS translation_used ON translation (used);
CREATE INDEX IF NOT EXISTS translation_package ON translation (package);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_MAX_VARS = 500  # SQLite's bound-parameter limit is 999 on old builds
# A few thousand pages of forms; the I-130 (12 pages) takes about 150 KB.
DEFAULT_MAX_BYTES = 64 << 20
DEFAULT_MAX_AGE_DAYS = 180
# Reading an entry refreshes its "last used" time only if it is older than this: a re-read
# paper then costs no write at all.
_TOUCH_AFTER_S = 3600.0
# Past the size bound, prune down to this share of it, so the next session does not prune again.
_PRUNE_TO = 0.8


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class TranslationCache:
    """Key -> JSON value store in ``<data dir>/cache/translation.sqlite3``."""

    def __init__(
        self,
        data_dir: Path,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_age_days: float = DEFAULT_MAX_AGE_DAYS,
    ) -> None:
        self.path = data_dir / "cache" / CACHE_FILE
        self.max_bytes = max_bytes
        self.max_age_s = max_age_days * 86400
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._written = 0  # bytes written since the last prune
        self._pruned_once = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a lost cache entry is only recomputed
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                # An older cache (no sizes or dates to bound it by): start again.
                with db:
                    db.execute("DROP TABLE IF EXISTS translation")
                    db.execute("DROP TABLE IF EXISTS meta")
                    db.executescript(_SCHEMA)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            log.warning("translation cache disabled (%s): %s", self.path, exc)

    def get_many(self, keys: Iterable[str], now: float | None = None) -> dict[str, dict[str, Any]]:
        keys = list(dict.fromkeys(keys))
        if self._db is None or not keys:
            return {}
        now = time.time() if now is None else now
        found: dict[str, dict[str, Any]] = {}
        stale: list[str] = []
        with self._lock:
            try:
                for i in range(0, len(keys), _MAX_VARS):
                    chunk = keys[i : i + _MAX_VARS]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT key, value, used FROM translation WHERE key IN ({marks})", chunk
                    )
                    for key, value, used in rows:
                        found[key] = json.loads(value)
                        if used < now - _TOUCH_AFTER_S:
                            stale.append(key)
                if stale:
                    with self._db:
                        self._db.executemany(
                            "UPDATE translation SET used = ? WHERE key = ?",
                            [(now, k) for k in stale],
                        )
            except (sqlite3.Error, json.JSONDecodeError) as exc:
                log.warning("translation cache read failed: %s", exc)
        return found

    def put_many(
        self,
        items: dict[str, dict[str, Any]],
        package: str = "",
        glossary: str = "",
        now: float | None = None,
    ) -> None:
        """Store translations made with ``package`` (its fingerprint) and ``glossary`` version."""
        if self._db is None or not items:
            return
        now = time.time() if now is None else now
        rows = []
        for k, v in items.items():
            value = json.dumps(v, ensure_ascii=False)
            rows.append((k, value, package, glossary, len(k) + len(value.encode()), now))
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO translation "
                        "(key, value, package, glossary, size, used) VALUES (?, ?, ?, ?, ?, ?)",
                        rows,
                    )
                self._written += sum(r[4] for r in rows)
            except sqlite3.Error as exc:
                log.warning("translation cache write failed: %s", exc)
                return
        if not self._pruned_once or self._written >= self.max_bytes // 64:
            self.prune(now)

    def use_glossary(self, version: str) -> int:
        """Record the glossary version in use; if it changed, drop entries of other versions.

        Returns how many entries were dropped. Cheap when nothing changed (one read).
        """
        if self._db is None:
            return 0
        with self._lock:
            try:
                row = self._db.execute("SELECT value FROM meta WHERE name = 'glossary'").fetchone()
                if row is not None and row[0] == version:
                    return 0
                with self._db:
                    gone = self._db.execute(
                        "DELETE FROM translation WHERE glossary != ?", (version,)
                    ).rowcount
                    self._db.execute(
                        "INSERT OR REPLACE INTO meta (name, value) VALUES ('glossary', ?)",
                        (version,),
                    )
                return int(gone)
            except sqlite3.Error as exc:
                log.warning("translation cache cleaning failed: %s", exc)
                return 0

    def forget_package(self, package: str) -> int:
        """Delete the entries made with a package (by fingerprint); returns how many."""
        if self._db is None or not package:
            return 0
        with self._lock:
            try:
                with self._db:
                    cur = self._db.execute("DELETE FROM translation WHERE package = ?", (package,))
                return int(cur.rowcount)
            except sqlite3.Error as exc:
                log.warning("translation cache cleaning failed: %s", exc)
                return 0

    def prune(self, now: float | None = None) -> int:
        """Drop entries unused for too long, then least recently used ones past the size bound.

        Returns how many entries were dropped.
        """
        if self._db is None:
            return 0
        now = time.time() if now is None else now
        with self._lock:
            self._written, self._pruned_once = 0, True
            try:
                with self._db:
                    gone = self._db.execute(
                        "DELETE FROM translation WHERE used < ?", (now - self.max_age_s,)
                    ).rowcount
                    total = self._db.execute(
                        "SELECT COALESCE(SUM(size), 0) FROM translation"
                    ).fetchone()[0]
                    if total > self.max_bytes:
                        gone += self._drop_least_recent(total - int(self.max_bytes * _PRUNE_TO))
                return int(gone)
            except sqlite3.Error as exc:
                log.warning("translation cache pruning failed: %s", exc)
                return 0

    def _drop_least_recent(self, excess: int) -> int:
        assert self._db is not None
        doomed, freed = [], 0
        for key, size in self._db.execute("SELECT key, size FROM translation ORDER BY used, key"):
            if freed >= excess:
                break
            doomed.append((key,))
            freed += size
        self._db.executemany("DELETE FROM translation WHERE key = ?", doomed)
        return len(doomed)

    def size_bytes(self) -> int:
        """Bytes of keys and values stored (what the size bound counts)."""
        if self._db is None:
            return 0
        with self._lock:
            return int(
                self._db.execute("SELECT COALESCE(SUM(size), 0) FROM translation").fetchone()[0]
            )

    def __len__(self) -> int:
        if self._db is None:
            return 0
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM translation").fetchone()[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


_SHARED: OrderedDict[Path, tuple[TranslationCache, int]] = OrderedDict()
_SHARED_LOCK = threading.Lock()
_SHARED_MAX = 4  # data directories with a connection kept open at once


def _inode(path: Path) -> int:
    try:
        return os.stat(path).st_ino
    except OSError:
        return -1


def shared(data_dir: Path) -> TranslationCache:
    """The process's open cache for ``data_dir`` (opened on first use, kept open).

    Reopened if the file was deleted or replaced since (a user clearing the cache by hand).
    """
    key = data_dir.resolve()
    with _SHARED_LOCK:
        entry = _SHARED.get(key)
        if entry is not None:
            cache, inode = entry
            if cache._db is not None and _inode(cache.path) == inode:
                _SHARED.move_to_end(key)
                return cache
            cache.close()
        cache = TranslationCache(data_dir)
        _SHARED[key] = (cache, _inode(cache.path))
        while len(_SHARED) > _SHARED_MAX:
            _, (old, _) = _SHARED.popitem(last=False)
            old.close()
        return cache


def forget_package(data_dir: Path, package: str) -> int:
    """Delete a package's cached translations (it was removed or replaced), if there is a cache."""
    if not (data_dir / "cache" / CACHE_FILE).exists():
        return 0
    return shared(data_dir).forget_package(package)
