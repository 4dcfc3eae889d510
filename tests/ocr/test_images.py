"""Image files: multi-page TIFF, the result cache, progress and cancellation on real OCR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from document.errors import Cancelled
from document.progress import CancelToken, Progress
from ocr import extract, page_count, render_page
from tests.ocr.conftest import text_image

PAGE_ONE = [
    "You have the right to a hearing before an",
    "immigration judge to decide whether you may stay.",
]
PAGE_TWO = [
    "If you waive your right to appeal, the order",
    "becomes final at once.",
]


@pytest.fixture()
def tiff(tmp_path: Path) -> Path:
    path = tmp_path / "two-pages.tif"
    first, second = text_image(PAGE_ONE), text_image(PAGE_TWO)
    first.save(path, save_all=True, append_images=[second], dpi=(300, 300))
    return path


def test_multi_page_tiff_reads_each_page(tiff: Path) -> None:
    assert page_count(tiff) == 2
    doc = extract(tiff)
    assert [p.method for p in doc.pages] == ["ocr", "ocr"]
    assert [s.text for s in doc.pages[0].segments] == [" ".join(PAGE_ONE)]
    assert [s.text for s in doc.pages[1].segments] == [" ".join(PAGE_TWO)]
    seg = doc.pages[0].segments[0]
    assert seg.id == "p1.s1" and 0.8 < seg.confidence <= 1.0
    # The wrapped sentence's box spans both lines, in the image's pixels.
    x0, y0, x1, y1 = seg.bbox
    assert y1 - y0 > 80 and 0 <= x0 < x1 <= doc.pages[0].width
    assert render_page(tiff, 2, dpi=300).size == (doc.pages[1].width, doc.pages[1].height)


def test_second_open_comes_from_the_cache(tiff: Path, data_dir: Path) -> None:
    first = extract(tiff)
    reports: list[Progress] = []
    again = extract(tiff, progress=reports.append)
    assert again == first
    assert "cache" in reports[-1].message
    assert list((data_dir / "cache" / "ocr").glob("*.json"))
    # Another page selection is another result.
    only_two = extract(tiff, pages=[2])
    assert [p.number for p in only_two.pages] == [2]


def test_damaged_cache_entry_is_ignored(tiff: Path, data_dir: Path) -> None:
    first = extract(tiff)
    for entry in (data_dir / "cache" / "ocr").glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert extract(tiff) == first
    entry = next((data_dir / "cache" / "ocr").glob("*.json"))
    json.loads(entry.read_text(encoding="utf-8"))  # rewritten whole


def test_progress_reports_every_page(tiff: Path) -> None:
    reports: list[Progress] = []
    extract(tiff, progress=reports.append)
    assert reports[-1].done == reports[-1].total == 2
    assert [r.done for r in reports] == sorted(r.done for r in reports)


def test_cancel_before_start(tiff: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        extract(tiff, cancel=cancel)


@pytest.fixture()
def long_tiff(tmp_path: Path) -> Path:
    path = tmp_path / "six-pages.tif"
    pages = [text_image(PAGE_ONE if n % 2 else PAGE_TWO) for n in range(6)]
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(300, 300))
    return path


def test_tiff_pages_are_read_in_parallel(long_tiff: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import ocr.pipeline as pipeline
    from ocr.executor import default_workers

    if default_workers() < 2:
        pytest.skip("one core: the pages are read one after the other in this thread")
    threads: set[str] = set()
    run = pipeline.run_job

    def spy(job, **kwargs):  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return run(job, **kwargs)

    monkeypatch.setattr(pipeline, "run_job", spy)
    reports: list[Progress] = []
    doc = extract(long_tiff, progress=reports.append)
    assert [s.text for p in doc.pages for s in p.segments] == [
        " ".join(PAGE_TWO if n % 2 == 0 else PAGE_ONE) for n in range(6)
    ]
    # Worker threads of the page executor, as many as there are cores (at most 6).
    assert all(name.startswith("readfirst-ocr") for name in threads)
    assert len(threads) == min(6, default_workers())
    assert [r.done for r in reports] == list(range(7))


def test_cancel_while_reading_a_tiff(long_tiff: Path) -> None:
    cancel = CancelToken()
    reports: list[Progress] = []

    def progress(p: Progress) -> None:
        reports.append(p)
        if p.done == 1:
            cancel.cancel()

    with pytest.raises(Cancelled):
        extract(long_tiff, progress=progress, cancel=cancel)
    # Pages already being read may finish; no new page starts after the cancel.
    assert reports[-1].done < 6
