"""The page executor: order, progress per page, cancellation between pages."""

from __future__ import annotations

import threading
import time

import pytest

from document.errors import Cancelled
from document.progress import CancelToken, Progress
from ocr.executor import run_jobs


def _slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_results_in_job_order_with_progress_per_page(workers: int) -> None:
    reports: list[Progress] = []
    out = run_jobs(_slow_square, list(range(8)), progress=reports.append, workers=workers)
    assert out == [n * n for n in range(8)]
    assert [r.done for r in reports] == list(range(1, 9))
    assert all(r.total == 8 for r in reports)


def test_parallel_is_faster_than_sequential() -> None:
    start = time.perf_counter()
    run_jobs(_slow_square, list(range(8)), workers=4)
    parallel = time.perf_counter() - start
    assert parallel < 8 * 0.05 * 0.6


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_stops_between_pages(workers: int) -> None:
    cancel = CancelToken()
    ran: list[int] = []
    lock = threading.Lock()

    def job(n: int) -> int:
        with lock:
            ran.append(n)
        time.sleep(0.05)
        return n

    def progress(p: Progress) -> None:
        if p.done == 1:
            cancel.cancel()

    with pytest.raises(Cancelled):
        run_jobs(job, list(range(20)), progress=progress, cancel=cancel, workers=workers)
    assert len(ran) <= 1 + 2 * workers  # pages already started may finish; no new ones start


def test_worker_errors_reach_the_caller() -> None:
    def job(n: int) -> int:
        if n == 3:
            raise ValueError("page 3 is broken")
        return n

    with pytest.raises(ValueError, match="page 3"):
        run_jobs(job, list(range(6)), workers=2)
