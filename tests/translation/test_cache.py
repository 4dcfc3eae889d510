"""The translation cache stays bounded and never keeps what can no longer be served."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from document.model import Document
from tests.translation.conftest import text_document
from translation import (
    PackageInfo,
    TranslatedDocument,
    install_package,
    remove_package,
    set_override,
)
from translation import translate_document as translate
from translation.cache import CACHE_FILE, TranslationCache, shared

DAY = 86400.0
T0 = 1_800_000_000.0


def _entry(n: int) -> dict[str, str]:
    return {"text": f"译文 {n} " + "x" * 200, "source": "machine"}


def _cache(data_dir: Path) -> TranslationCache:
    return TranslationCache(data_dir)


def test_least_recently_used_entries_go_first_past_the_size_bound(data_dir: Path) -> None:
    cache = _cache(data_dir)
    for n in range(10):  # one entry an hour
        cache.put_many({f"k{n}": _entry(n)}, "pkg", "g1", now=T0 + n * 3600)
    per_entry = cache.size_bytes() // 10
    # Reading k0 and k1 later makes them recently used: they outlive k2, k3...
    assert set(cache.get_many(["k0", "k1"], now=T0 + 20 * 3600)) == {"k0", "k1"}
    cache.max_bytes = per_entry * 5
    gone = cache.prune(now=T0 + 21 * 3600)
    assert cache.size_bytes() <= cache.max_bytes
    assert gone == 10 - len(cache)
    kept = set(cache.get_many([f"k{n}" for n in range(10)], now=T0 + 22 * 3600))
    assert {"k0", "k1", "k9"} <= kept
    assert not kept & {"k2", "k3", "k4"}
    cache.close()


def test_entries_unused_for_long_are_dropped(data_dir: Path) -> None:
    cache = _cache(data_dir)
    cache.put_many({"old": _entry(1)}, "pkg", "g1", now=T0)
    cache.put_many({"read": _entry(2)}, "pkg", "g1", now=T0)
    cache.put_many({"new": _entry(3)}, "pkg", "g1", now=T0 + 170 * DAY)
    cache.get_many(["read"], now=T0 + 100 * DAY)
    assert cache.prune(now=T0 + 200 * DAY) == 1
    assert set(cache.get_many(["old", "read", "new"], now=T0 + 200 * DAY)) == {"read", "new"}
    cache.close()


def test_writing_enforces_the_bound(data_dir: Path) -> None:
    cache = TranslationCache(data_dir, max_bytes=2000)
    for n in range(40):
        cache.put_many({f"k{n}": _entry(n)}, "pkg", "g1")
        assert cache.size_bytes() <= 2000
    assert len(cache) > 0
    cache.close()


def test_the_open_cache_notices_it_was_cleared_by_hand(
    installed: PackageInfo, data_dir: Path
) -> None:
    doc = text_document("Sign here.")
    translate(doc, data_dir)
    first = shared(data_dir)
    assert len(first) == 1
    shutil.rmtree(data_dir / "cache")
    translate(doc, data_dir)
    assert shared(data_dir) is not first
    assert len(shared(data_dir)) == 1 and (data_dir / "cache" / CACHE_FILE).exists()


def test_removing_a_package_removes_its_cached_translations(
    data_dir: Path, tiny_package: Path, en_zt_package: Path
) -> None:
    doc = text_document("Read this notice carefully before you sign it.", "Sign here.")
    install_package(tiny_package, data_dir)
    install_package(en_zt_package, data_dir)
    translate(doc, data_dir, to="zh")
    translate(doc, data_dir, to="zt")
    cache = _cache(data_dir)
    assert len(cache) == 4
    remove_package("en_zh", data_dir)
    assert len(cache) == 2  # the Traditional package's entries stay
    remove_package("en_zt", data_dir)
    assert len(cache) == 0
    cache.close()


def test_replacing_a_package_removes_the_old_ones_entries(
    installed: PackageInfo, data_dir: Path, tiny_package_v2: Path
) -> None:
    doc = text_document("Read this notice carefully before you sign it.")
    translate(doc, data_dir)
    install_package(tiny_package_v2, data_dir)
    cache = _cache(data_dir)
    assert len(cache) == 0
    translate(doc, data_dir)
    assert len(cache) == 1
    cache.close()


def test_a_new_glossary_version_drops_the_old_versions_entries(
    warm: TranslatedDocument, data_dir: Path, i765: Document
) -> None:
    cache = _cache(data_dir)
    before = len(cache)
    assert before > 30
    set_override(data_dir, "signature", "签字", "Legal Aid Example")
    page2 = Document(i765.source, i765.pages[1:])
    translate(page2, data_dir)
    # Only page 2's segments remain, made with the new glossary version.
    assert len(cache) == len(page2.pages[0].segments)
    cache.close()


def test_a_cache_from_an_older_version_is_started_again(
    installed: PackageInfo, data_dir: Path
) -> None:
    path = data_dir / "cache" / CACHE_FILE
    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE translation (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    old.execute("INSERT INTO translation VALUES ('k', '{}')")
    old.commit()
    old.close()
    result = translate(text_document("Sign here."), data_dir)
    assert result.by_segment["p1.s1"].source == "machine"
    cache = _cache(data_dir)
    assert len(cache) == 1 and cache.get_many(["k"]) == {}
    cache.close()
