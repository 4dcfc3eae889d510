"""kill -9 during a burst of appends: every event whose append returned survives, the chain
still verifies, and recording continues on the same chain."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from evidence import EventStore, SigningKey
from evidence.store import default_db_path
from tests.conftest import ROOT
from tests.evidence.conftest import export_and_verify, start

# The child appends as fast as it can and prints each seq only after append() returned, so every
# printed seq is one the app would have shown as done.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from evidence import EventStore

    store = EventStore.open(Path(sys.argv[1]))
    session = sys.argv[2]
    n = 0
    while True:
        n += 1
        event = store.append(session, "segment_read", {
            "segment_id": f"p1.s{n}", "language": "zh", "status": "completed",
            "output": "device", "text": "朗读" * 20,
        }, operator="A. Smith")
        print(event.seq, flush=True)
    """
)


def _kill_during_burst(db: Path, session: str, lines_before_kill: int) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), session],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert child.stdout is not None
    printed = []
    try:
        for line in child.stdout:
            printed.append(int(line))
            if len(printed) >= lines_before_kill:
                break
        else:
            raise AssertionError(f"the child stopped early: {child.stderr.read()}")  # type: ignore[union-attr]
        os.kill(child.pid, signal.SIGKILL)  # mid-burst: it is appending as we kill it
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL
    return printed


def test_kill_9_loses_no_committed_event(data_dir: Path, key: SigningKey, tmp_path: Path) -> None:
    db = default_db_path(data_dir)
    store = EventStore.open(db)
    session = start(store)
    store.close()

    printed = _kill_during_burst(db, session, lines_before_kill=150)

    store = EventStore.open(db)
    events = store.events(session)
    seqs = {e.seq for e in events}
    assert set(printed) <= seqs, f"lost committed events: {sorted(set(printed) - seqs)}"
    # Printing trails committing (and the pipe holds lines not yet read), so the store may hold
    # more than was read here, never less, and never a hole.
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert len(events) >= max(printed)

    result = export_and_verify(store, session, key, tmp_path / "after-crash.zip")
    assert result.ok, result.problems

    # Recovery: the gap is recorded on the same chain and recording goes on.
    assert session in {s.id for s in store.unclosed_sessions()}
    gap = store.resume_session(session)
    assert (gap.seq, gap.prev_hash) == (events[-1].seq + 1, events[-1].hash)
    store.append(session, "note", {"text": "continued after the crash"})
    store.close_session(session)
    result = export_and_verify(store, session, key, tmp_path / "continued.zip")
    assert result.ok, result.problems
    assert result.events == len(events) + 3
    store.close()


def test_repeated_kills_keep_one_unbroken_chain(
    data_dir: Path, key: SigningKey, tmp_path: Path
) -> None:
    db = default_db_path(data_dir)
    store = EventStore.open(db)
    session = start(store)
    store.close()
    printed: list[int] = []
    for _ in range(3):
        printed += _kill_during_burst(db, session, lines_before_kill=40)
    store = EventStore.open(db)
    assert set(printed) <= {e.seq for e in store.events(session)}
    result = export_and_verify(store, session, key, tmp_path / "record.zip")
    assert result.ok, result.problems
    store.close()
