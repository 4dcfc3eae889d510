"""Reading-record benchmark: durable appends per second, verify time for a 100,000-event record,
export time for a 12-page session.

    python bench/evidence_bench.py [--repeats 5] [--appends 2000] [--events 100000]

Prints a table of medians against the budgets of design.md (>= 500 durable appends/s; verify of
100,000 events < 3 s). Every number comes from the real store (SQLite, WAL, synchronous=FULL,
one commit per event) on this machine's disk, in a temporary data directory.

The 100,000-event record is built with the real EventStore.append (same hashing, same rows); only
while building it is SQLite's fsync turned off, since building is not what is measured and at
durable speed it would take minutes. The appends/s row is measured with fsync on.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from document.hashing import sha256_file
from evidence import (
    EventStore,
    Participant,
    Recipient,
    export_record,
    load_or_create_key,
    verify_record,
)
from evidence.store import default_db_path

ROOT = Path(__file__).resolve().parent.parent
FORM_12 = ROOT.parent / "shared" / "forms" / "i-130.pdf"


def _start(store: EventStore, document: Path, pages: int) -> str:
    return store.start_session(
        document_sha256=sha256_file(document),
        document_name=document.name,
        page_count=pages,
        participants=[Participant("recipient", "李伟"), Participant("lawyer", "A. Smith")],
        recipient=Recipient(("zh",)),
        operator="A. Smith",
        software_versions={"readfirst": "bench", "tesseract": "5.3", "espeak-ng": "1.51"},
    )


def _read_payload(n: int, page: int = 1) -> dict[str, object]:
    """What a real segment_read event carries."""
    return {
        "segment_id": f"p{page}.s{n}",
        "language": "zh",
        "voice": "cmn",
        "rate": 1.0,
        "started_at": "2026-01-01T10:00:00.000Z",
        "ended_at": "2026-01-01T10:00:04.200Z",
        "status": "completed",
        "output": "device",
        "reason": None,
        "text_sha256": hashlib.sha256(str(n).encode()).hexdigest(),
    }


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_appends(work: Path, count: int, repeats: int) -> float:
    """Median durable appends per second over ``repeats`` bursts of ``count`` appends."""
    rates = []
    for r in range(repeats):
        store = EventStore.open(default_db_path(work / f"appends-{r}"))
        sid = _start(store, FORM_12, 12)
        start = time.perf_counter()
        for n in range(count):
            store.append(sid, "segment_read", _read_payload(n))
        seconds = time.perf_counter() - start
        store.close()
        rates.append(count / seconds)
    return statistics.median(rates)


def build_big_record(work: Path, events: int) -> Path:
    data = work / "big"
    store = EventStore.open(default_db_path(data))
    store._db.execute("PRAGMA synchronous=OFF")  # building only; see the module docstring
    sid = _start(store, FORM_12, 12)
    for n in range(events - 3):
        store.append(sid, "segment_read", _read_payload(n % 370 + 1, n % 12 + 1))
    store.close_session(sid)
    out = work / "big.zip"
    export_record(store, sid, FORM_12, out, load_or_create_key(data))
    store.close()
    return out


def bench_verify(record: Path, repeats: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeats):
        result = None

        def run() -> None:
            nonlocal result
            result = verify_record(record)

        times.append(timed(run))
        assert result is not None and result.ok, result
        count = result.events
    return statistics.median(times), count


def bench_export(work: Path, repeats: int) -> tuple[float, int, int]:
    """A 12-page session: ~370 segments over 12 pages, a few hundred events, thumbnails drawn."""
    from ocr import render_page

    data = work / "export"
    store = EventStore.open(default_db_path(data))
    key = load_or_create_key(data)
    sid = _start(store, FORM_12, 12)
    segments = [(f"p{p}.s{n}", p, f"sentence {n}") for p in range(1, 13) for n in range(1, 32)]
    boxes = {
        seg: (50.0, 40.0 + 20 * (n % 31), 560.0, 55.0 + 20 * (n % 31), 612.0, 792.0)
        for n, (seg, _p, _t) in enumerate(segments)
    }
    for page in range(1, 13):
        store.append(sid, "page_shown", {"page": page})
        for seg, p, _t in segments:
            if p == page and int(seg.split(".s")[1]) <= 22:
                payload = _read_payload(int(seg.split(".s")[1]), p)
                store.append(sid, "segment_read", payload)
    store.append(sid, "acknowledgement", {"kind": "understood", "statement": "我听懂了"})
    store.append(sid, "decision", {"decision": "deferred", "in_their_words": "我想先问律师"})
    store.close_session(sid)
    events = len(store.events(sid))
    images = {p: render_page(FORM_12, p, dpi=40) for p in range(1, 13)}  # as the app does
    times = [
        timed(
            lambda r=r: export_record(
                store, sid, FORM_12, work / f"export-{r}.zip", key, segments, images, boxes
            )
        )
        for r in range(repeats)
    ]
    assert verify_record(work / "export-0.zip").ok
    store.close()
    return statistics.median(times), len(segments), events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--appends", type=int, default=2000)
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="evidence-bench-", dir=ROOT.parent) as tmp:
        work = Path(tmp)
        rate = bench_appends(work, args.appends, args.repeats)
        build = timed(lambda: build_big_record(work, args.events))
        verify_s, verified = bench_verify(work / "big.zip", args.repeats)
        export_s, segs, events = bench_export(work, args.repeats)
    rows = [
        ("durable appends/s", f"{rate:,.0f}", ">= 500", "ok" if rate >= 500 else "MISSED"),
        (
            f"verify {verified:,} events (s)",
            f"{verify_s:.2f}",
            "< 3",
            "ok" if verify_s < 3 else "MISSED",
        ),
        (f"export 12 pages, {segs} segments, {events} events (s)", f"{export_s:.2f}", "-", ""),
        (f"(build of the {verified:,}-event record, fsync off, s)", f"{build:.1f}", "-", ""),
    ]
    print(f"medians of {args.repeats} runs; appends in bursts of {args.appends}")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>8}  {'budget':>7}")
    for name, value, budget, verdict in rows:
        print(f"{name:<{width}}  {value:>8}  {budget:>7}  {verdict}")


if __name__ == "__main__":
    main()
