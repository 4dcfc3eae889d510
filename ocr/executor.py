"""The one place where pages are processed in parallel (cf. OCRmyPDF's _concurrent.py).

The heavy work of a page is the tesseract process, so a pool of threads, each driving one
tesseract process at a time, keeps every core busy. Threads rather than a process pool because
worker processes would re-import the caller's __main__ (the GUI!) under spawn/forkserver, and
forking a threaded Qt process can deadlock; pdfium calls are serialised by ocr.pdf.PDFIUM_LOCK.

Each job describes one page; the worker renders or decodes only that page, so memory stays
bounded however long the document is. At most `workers` jobs are in flight; cancellation is
checked between pages and progress reported as each page ends.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from document.progress import CancelToken, Progress, ProgressCallback, no_progress

log = logging.getLogger(__name__)

J = TypeVar("J")
R = TypeVar("R")


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_jobs(
    func: Callable[[J], R],
    jobs: Sequence[J],
    describe: Callable[[J], str] = str,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    done_before: int = 0,
    total: int | None = None,
) -> list[R]:
    """func(job) for every job, results in job order.

    One job, or workers=1, runs in this thread.
    done_before/total let the caller count pages it handled itself in the progress reports.
    """
    report = progress or no_progress
    total = total if total is not None else done_before + len(jobs)
    workers = min(workers or default_workers(), len(jobs))
    results: list[R | None] = [None] * len(jobs)
    done = done_before
    if workers <= 1:
        for i, job in enumerate(jobs):
            if cancel is not None:
                cancel.raise_if_cancelled()
            results[i] = func(job)
            done += 1
            report(Progress(done, total, describe(job)))
        return results  # type: ignore[return-value]

    pending: dict[Future[R], int] = {}
    queue = list(enumerate(jobs))
    pool = ThreadPoolExecutor(workers, thread_name_prefix="readfirst-ocr")
    try:
        while queue or pending:
            if cancel is not None and cancel.cancelled:
                break
            while queue and len(pending) < workers:
                i, job = queue.pop(0)
                pending[pool.submit(func, job)] = i
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in finished:
                i = pending.pop(fut)
                results[i] = fut.result()  # re-raises the worker's error as is
                done += 1
                report(Progress(done, total, describe(jobs[i])))
    finally:
        # On error or cancel, drop queued pages; one already running finishes on its own.
        pool.shutdown(wait=False, cancel_futures=True)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return results  # type: ignore[return-value]
