"""GUI budgets: cold start to a usable window, and the event loop's longest stall while a paper is
read (OCR in a worker, page thumbnails) and while two phone photos are put together as one paper
and read. Medians over repeated runs.

    python bench/gui_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "sample-notice.pdf"

_COLD_START = r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from app.gui.main import application
from app.gui.window import MainWindow
app = application()
w = MainWindow(); w.resize(1400, 900); w.show()
def done():
    print(time.time() - t0)
    app.quit()
QTimer.singleShot(0, done)  # runs once the window is shown and the loop is idle: usable
app.exec()
"""

_STALL = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QTimer
from app.gui.main import application
from app.gui.window import MainWindow
app = application()
w = MainWindow(); w.resize(1400, 900); w.show()
clock = QElapsedTimer(); clock.start()
state = {"last": 0, "max": 0}
def tick():
    now = clock.elapsed()
    state["max"] = max(state["max"], now - state["last"])
    state["last"] = now
probe = QTimer(); probe.timeout.connect(tick); probe.start(5)
waiting = {"document", "thumbnails"}
def seen(what):
    waiting.discard(what)
    if not waiting:
        QTimer.singleShot(500, finish)  # keep probing while the page image renders
def finish():
    print(state["max"])
    app.quit()
w.document_shown.connect(lambda: seen("document"))
w.thumbnails_shown.connect(lambda: seen("thumbnails"))
def begin():
    state["last"] = clock.elapsed()
    paths = [Path(p) for p in sys.argv[1:]]
    if len(paths) == 1:
        w.open_document(paths[0])
    else:
        w.open_photos(paths)  # assembled in a worker, then read like any paper
QTimer.singleShot(50, begin)
app.exec()
"""


def _photos(folder: Path) -> list[str]:
    """The sample's two pages as phone photos: a sideways JPEG (EXIF 6) and a PNG."""
    from PIL import Image

    sys.path.insert(0, str(ROOT))
    from ocr import render_page

    first = render_page(SAMPLE, 1, dpi=200).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6
    first.rotate(90, expand=True).save(folder / "p1.jpg", quality=90, exif=exif.tobytes())
    render_page(SAMPLE, 2, dpi=200).convert("RGB").save(folder / "p2.png")
    return [str(folder / "p1.jpg"), str(folder / "p2.png")]


def _run(code: str, *args: str, data: str) -> float:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), READFIRST_DATA_DIR=data
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    starts, stalls, photo_stalls = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        photos = _photos(Path(folder))
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as data:
                starts.append(_run(_COLD_START, str(time.time()), data=data))
                stalls.append(_run(_STALL, str(SAMPLE), data=data))  # empty cache: real OCR
                photo_stalls.append(_run(_STALL, *photos, data=data))
    print(f"{'measure':<48}{'median':>10}{'max':>10}{'budget':>10}")
    print(
        f"{'cold start to usable window (s)':<48}{statistics.median(starts):>10.3f}"
        f"{max(starts):>10.3f}{1.5:>10}"
    )
    print(
        f"{'longest event-loop stall during OCR (ms)':<48}{statistics.median(stalls):>10.0f}"
        f"{max(stalls):>10.0f}{100:>10}"
    )
    print(
        f"{'... during 2 photos -> one paper + OCR (ms)':<48}"
        f"{statistics.median(photo_stalls):>10.0f}{max(photo_stalls):>10.0f}{100:>10}"
    )


if __name__ == "__main__":
    main()
