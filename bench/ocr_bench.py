"""OCR benchmark: reading quality and speed of ocr/ against the plain tesseract CLI.

    python bench/ocr_bench.py [--repeats 3] [--forms /work/shared/forms]

Prints tables of medians:
1. text path on the shared forms: time, multi-line sentences whole (vs pdftotext's sentences);
2. the same pages rasterised and degraded here (300-dpi scan tilted 1.5 deg + noise + blur +
   JPEG; 150-dpi phone photo tilted 3 deg, keystoned, unevenly lit): share of multi-line
   sentences that come out whole and word recall against the text layer, for ReadFirst and for
   the plain `tesseract IMAGE stdout` on the very same images;
3. time per clean page against the plain CLI (target <= 1.15x, clean-up included);
4. a Chinese paper: reading its pages in Chinese at once after the first, against English first;
5. a 12-page image PDF: ReadFirst (parallel) against sequential CLI runs;
6. peak memory (RSS) on a 300-page PDF (text path, and OCR of its first pages).

Reference sentences come from `pdftotext` (poppler), an independent reading of the text layer:
its paragraphs are joined and split with document.sentences; a sentence counts as multi-line
when it crosses a line break there, and as "whole" in a result when one segment (or one
sentence of the CLI's text) matches it with a similarity of at least 0.9.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from document.model import Segment
from document.sentences import sentence_spans
from ocr import extract

# Pages used for the OCR comparisons (every page of i-130 would take too long for a bench run).
OCR_PAGES = {"i-765.pdf": [1, 2], "i-130.pdf": [1, 9]}
MATCH = 0.9


# --- text helpers ----------------------------------------------------------------------------


def norm(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", norm(text))


def paragraph_sentences(text: str) -> tuple[list[str], list[str]]:
    """All sentences of plain text (paragraphs = blank-line blocks) and the multi-line ones."""
    every: list[str] = []
    multi: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        joined = ""
        breaks = []
        for ln in lines:
            if joined.endswith("-") and ln[:1].islower() and joined[-2:-1].isalpha():
                joined = joined[:-1] + ln
            else:
                joined = f"{joined} {ln}" if joined else ln
            breaks.append(len(joined))
        for s, e in sentence_spans(joined):
            sentence = joined[s:e]
            every.append(sentence)
            # Prose only: a run of field labels that pdftotext happened to put in one block
            # is not a sentence anyone reads as one.
            last = sentence.split()[-1].rstrip("\"')”’")
            # ...and not a run ending in the next item's number ("(Last Name) 12.b.").
            ends = last.endswith((".", "?", "!")) and sum(ch.isalpha() for ch in last) >= 2
            prose = len(sentence.split()) >= 6 and ends
            if any(s < b < e for b in breaks[:-1]) and prose:
                multi.append(sentence)
    return every, multi


def is_whole(ref: str, candidate: str) -> bool:
    """Is the reference sentence inside this one candidate, and not glued to other text?

    90% of its characters must be matched in order, and the candidate may add only what a
    reader adds: an item number, a checkbox state, a filled-in answer (a quarter + 25 chars).
    """
    r, c = norm(ref), norm(candidate)
    if len(c) > 1.25 * len(r) + 25 or len(c) < MATCH * len(r):
        return False
    m = SequenceMatcher(None, r, c, autojunk=False)
    if m.quick_ratio() * (len(r) + len(c)) / 2 < MATCH * len(r):
        return False
    return sum(b.size for b in m.get_matching_blocks()) >= MATCH * len(r)


def whole_after_headings(ref: str, segments: list[Segment]) -> bool:
    """Whole, or whole once the headings and labels pdftotext glued before it are set apart.

    pdftotext often joins a heading or a field label to the sentence under it ("Part 9.
    Additional Information If you need extra space ..."). Such a reference counts as whole
    when consecutive segments make it up, all but the last of them headings or labels (or an
    introduction ending in ":"), so a sentence really cut in two never counts.
    """
    for i in range(len(segments)):
        for k in range(2, 5):
            run = segments[i : i + k]
            if len(run) < k:
                break
            if not all(s.kind == "label" or s.text.endswith(":") for s in run[:-1]):
                break
            if is_whole(ref, " ".join(s.text for s in run)):
                return True
    return False


def whole_share(reference: list[str], candidates: list[str]) -> float:
    if not reference:
        return float("nan")
    hits = sum(any(is_whole(ref, c) for c in candidates) for ref in reference)
    return hits / len(reference)


def recall(reference: str, got: str) -> float:
    ref = Counter(tokens(reference))
    have = Counter(tokens(got))
    total = sum(ref.values())
    return sum((ref & have).values()) / total if total else float("nan")


# --- inputs ----------------------------------------------------------------------------------


def pdftotext(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def rasterise(pdf: Path, page: int, dpi: int, out: Path) -> Path:
    prefix = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def degrade_scan(clean: Image.Image, seed: int) -> Image.Image:
    """A 300-dpi office scan: tilted 1.5 degrees, sensor noise, slight blur, JPEG."""
    rng = np.random.default_rng(seed)
    img = clean.convert("L").rotate(
        1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.asarray(img, dtype=np.float32) + rng.normal(0, 14, (img.height, img.width))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def degrade_phone(clean: Image.Image, seed: int) -> Image.Image:
    """A 150-dpi phone photo: tilted 3 degrees, keystoned, lit unevenly, JPEG."""
    rng = np.random.default_rng(seed)
    img = clean.convert("L")
    w, h = img.size
    # Keystone: the top edge further from the camera looks narrower.
    inset = 0.06 * w
    dst = [(0, 0), (w, 0), (w, h), (0, h)]
    src = [(-inset, 0), (w + inset, 0), (w, h), (0, h)]
    img = img.transform(
        (w, h),
        Image.Transform.PERSPECTIVE,
        _perspective_coeffs(src, dst),
        Image.Resampling.BICUBIC,
        fillcolor=255,
    )
    img = img.rotate(3.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
    # Light from the top left, falling to about half on the far corner, plus a soft shadow band.
    light = 1.0 - 0.5 * (xx / arr.shape[1] * 0.6 + yy / arr.shape[0] * 0.4)
    light -= 0.15 * np.exp(-(((xx - 0.7 * arr.shape[1]) / (0.15 * arr.shape[1])) ** 2))
    arr = arr * light + rng.normal(0, 6, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def save_jpeg(img: Image.Image, path: Path, quality: int, dpi: int) -> Path:
    img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    return path


# --- runners ---------------------------------------------------------------------------------


def fresh_cache(work: Path) -> None:
    """Each timed run starts with an empty cache so nothing is served from a previous one."""
    data = Path(tempfile.mkdtemp(dir=work, prefix="data-"))
    os.environ["READFIRST_DATA_DIR"] = str(data)


def ours(path: Path, work: Path, **kwargs) -> tuple[list[str], float]:
    fresh_cache(work)
    start = time.perf_counter()
    doc = extract(path, **kwargs)
    return [s.text for s in doc.segments()], time.perf_counter() - start


def cli(path: Path, default_threads: bool = False) -> tuple[str, float]:
    """The plain CLI. ReadFirst runs tesseract with OMP_THREAD_LIMIT=1 (importing ocr sets it
    here too); default_threads=True runs it as installed, with OpenMP's default threads."""
    env = os.environ.copy()
    if default_threads:
        env.pop("OMP_THREAD_LIMIT", None)
    start = time.perf_counter()
    out = subprocess.run(
        ["tesseract", str(path), "stdout"], capture_output=True, text=True, check=True, env=env
    ).stdout
    return out, time.perf_counter() - start


def median_time(run: Callable[[], float], repeats: int) -> float:
    return statistics.median(run() for _ in range(repeats))


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    print(f"\n## {title}")
    cells = [header] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for i, r in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    sys.stdout.flush()


# --- sections --------------------------------------------------------------------------------


def text_path(forms: Path, work: Path, repeats: int, show_misses: bool) -> None:
    rows = []
    for name in sorted(OCR_PAGES):
        pdf = forms / name
        fresh_cache(work)
        segs = list(extract(pdf).segments())
        segments = [s.text for s in segs]
        n_pages = len(
            re.findall(
                r"\f",
                subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout,
            )
        )
        multi = []
        for page in range(1, n_pages + 1):
            multi += paragraph_sentences(pdftotext(pdf, page))[1]
        strict = [any(is_whole(m, c) for c in segments) for m in multi]
        split = [w or whole_after_headings(m, segs) for m, w in zip(multi, strict, strict=True)]
        if show_misses:
            for m, w, h in zip(multi, strict, split, strict=True):
                if not w:
                    why = "heading/label glued by pdftotext" if h else "MISS"
                    print(f"  {why} ({name}): {m}")
        t = median_time(lambda pdf=pdf: ours(pdf, work)[1], repeats)
        rows.append(
            [
                name,
                n_pages,
                len(multi),
                statistics.fmean(strict),
                statistics.fmean(split),
                t,
                t / n_pages,
            ]
        )
    table(
        "Text path (born-digital forms, no OCR); 'whole' = pdftotext's multi-line sentences "
        "found whole in one segment; 'whole, headings apart' also counts those where pdftotext "
        "glued a heading or label before the sentence and we read it as its own segment "
        "(--show-misses lists both kinds)",
        [
            "form",
            "pages",
            "multi-line sentences",
            "whole",
            "whole, headings apart",
            "s total (median)",
            "s/page",
        ],
        rows,
    )


def degraded(forms: Path, work: Path, seed: int = 1) -> dict[str, list[Path]]:
    """Clean 300-dpi, scan and phone images of the OCR pages; returns paths per condition."""
    out: dict[str, list[Path]] = {"clean": [], "scan": [], "phone": []}
    for name, pages in sorted(OCR_PAGES.items()):
        for page in pages:
            stem = f"{Path(name).stem}-p{page}"
            clean = rasterise(forms / name, page, 300, work / f"{stem}-clean.png")
            out["clean"].append(clean)
            with Image.open(clean) as img:
                scan = degrade_scan(img, seed + page)
                out["scan"].append(save_jpeg(scan, work / f"{stem}-scan.jpg", 60, 300))
            low = rasterise(forms / name, page, 150, work / f"{stem}-150.png")
            with Image.open(low) as img:
                phone = degrade_phone(img, seed + page)
                out["phone"].append(save_jpeg(phone, work / f"{stem}-phone.jpg", 70, 150))
    return out


def quality(forms: Path, work: Path, images: dict[str, list[Path]]) -> None:
    # Reference sentences: multi-line sentences on which two independent readings of the text
    # layer agree (pdftotext's, and ReadFirst's text path), so neither one's splices count.
    refs = []
    for name, pages in sorted(OCR_PAGES.items()):
        layer, _ = ours(forms / name, work, pages=pages)
        for page in pages:
            text = pdftotext(forms / name, page)
            agreed = [m for m in paragraph_sentences(text)[1] if any(is_whole(m, c) for c in layer)]
            refs.append((text, agreed))
    rows = []
    for condition in ("clean", "scan", "phone"):
        whole_o, whole_c, rec_o, rec_c = [], [], [], []
        for (text, multi), path in zip(refs, images[condition], strict=True):
            segs, _ = ours(path, work)
            raw, _ = cli(path)
            whole_o += [whole_share([m], segs) for m in multi]
            whole_c += [whole_share([m], paragraph_sentences(raw)[0]) for m in multi]
            rec_o.append(recall(text, " ".join(segs)))
            rec_c.append(recall(text, raw))
        rows.append(
            [
                condition,
                len(whole_o),
                statistics.fmean(whole_o),
                statistics.fmean(whole_c),
                statistics.median(rec_o),
                statistics.median(rec_c),
            ]
        )
    table(
        f"OCR quality on {sum(len(p) for p in OCR_PAGES.values())} form pages "
        "(ReadFirst vs plain tesseract CLI, same images)",
        [
            "condition",
            "multi-line sentences",
            "whole: ours",
            "whole: CLI",
            "word recall: ours",
            "word recall: CLI",
        ],
        rows,
    )


def speed(work: Path, images: dict[str, list[Path]], repeats: int) -> None:
    """Each repeat runs ReadFirst and the CLIs one after the other on the same page, so a busy
    machine slows both alike; the ratio is of the medians."""
    rows: list[list[object]] = []
    for path in images["clean"]:
        runs = [(ours(path, work)[1], cli(path)[1], cli(path, True)[1]) for _ in range(repeats)]
        t_ours, t_cli, t_default = (statistics.median(r[i] for r in runs) for i in range(3))
        rows.append([path.name, t_cli, t_default, t_ours, t_ours / t_cli, t_ours / t_default])
    rows.append(
        [
            "median",
            "",
            "",
            "",
            statistics.median(float(r[4]) for r in rows),  # type: ignore[arg-type]
            statistics.median(float(r[5]) for r in rows),  # type: ignore[arg-type]
        ]
    )
    table(
        f"Time per clean 300-dpi page (s, median of {repeats} runs, interleaved with the CLI)",
        [
            "page",
            "CLI 1 thread",
            "CLI default threads",
            "ReadFirst (clean-up + OCR + layout)",
            "ratio vs CLI 1 thread",
            "ratio vs CLI default",
        ],
        rows,
    )


def image_pdf(forms: Path, work: Path) -> Path:
    """i-130's 12 pages as a scanned (image-only) PDF."""
    pages = []
    for page in range(1, 13):
        pages.append(rasterise(forms / "i-130.pdf", page, 300, work / f"i130-{page}.png"))
    out = work / "i130-scanned.pdf"
    first = Image.open(pages[0])
    rest = [Image.open(p) for p in pages[1:]]
    first.save(out, "PDF", resolution=300, save_all=True, append_images=rest)
    for img in [first, *rest]:
        img.close()
    return out


def parallel(work: Path, scanned: Path) -> None:
    pngs = sorted(work.glob("i130-*.png"), key=lambda p: int(p.stem.split("-")[1]))

    def sequential(one_thread: bool) -> float:
        start = time.perf_counter()
        for png in pngs:
            cli(png, default_threads=not one_thread)
        return time.perf_counter() - start

    t_seq = sequential(False)
    t_seq1 = sequential(True)
    _, t_ours = ours(scanned, work)
    table(
        "12-page scanned PDF, one run each (ReadFirst includes rendering the PDF pages)",
        [
            "cores",
            "sequential CLI, default threads (s)",
            "sequential CLI, 1 thread (s)",
            "ReadFirst parallel (s)",
            "speed-up vs CLI",
            "vs CLI 1 thread",
        ],
        [[os.cpu_count(), t_seq, t_seq1, t_ours, t_seq / t_ours, t_seq1 / t_ours]],
    )


def chinese(work: Path, repeats: int, pages: int = 6) -> None:
    """A Chinese paper scanned: the sample notice rasterised at 300 dpi, as a multi-page TIFF."""
    import ocr.ocr_page as ocr_page

    sample = Path(__file__).resolve().parent.parent / "resources/samples/sample-notice-zh.pdf"
    png = rasterise(sample, 1, 300, work / "zh.png")
    tiff = work / "zh.tif"
    with Image.open(png) as page:
        page.save(tiff, save_all=True, append_images=[page] * (pages - 1), dpi=(300, 300))

    def english_first() -> float:
        # As before ScriptMemo: every page read in English first, then OSD, then Chinese.
        guess, record = ocr_page.ScriptMemo.guess, ocr_page.ScriptMemo.record
        ocr_page.ScriptMemo.guess = lambda self: "eng"  # type: ignore[method-assign]
        ocr_page.ScriptMemo.record = lambda self, lang: None  # type: ignore[method-assign]
        try:
            return ours(tiff, work)[1]
        finally:
            ocr_page.ScriptMemo.guess, ocr_page.ScriptMemo.record = guess, record

    def cli_chinese() -> float:
        start = time.perf_counter()
        for _ in range(pages):
            subprocess.run(
                ["tesseract", str(png), "stdout", "-l", "chi_sim+eng"],
                capture_output=True,
                check=True,
            )
        return time.perf_counter() - start

    t_new = median_time(lambda: ours(tiff, work)[1], repeats)
    t_old = median_time(english_first, repeats)
    t_cli = median_time(cli_chinese, repeats)
    table(
        f"A {pages}-page Chinese paper (TIFF, 300 dpi; s, median of repeats)",
        [
            "ReadFirst: Chinese at once after page 1",
            "ReadFirst: English first on every page",
            "time saved",
            "sequential CLI -l chi_sim+eng",
        ],
        [[t_new, t_old, f"{1 - t_new / t_old:.0%}", t_cli]],
    )


def _peak_rss(
    pdf: Path, pages: int | None, force_ocr: bool, work: Path
) -> tuple[float, float, float]:
    """Peak RSS (MB) of a fresh Python process extracting the PDF (children's ru_maxrss is not
    reported: Linux carries the parent's peak into it across fork), the second value unused,
    and the run time."""
    code = f"""
import os, resource, sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
from pathlib import Path
from ocr import extract
start = time.perf_counter()
extract(Path({str(pdf)!r}), pages={list(range(1, pages + 1)) if pages else None!r},
        force_ocr={force_ocr!r})
took = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across exec).
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(int(hwm) / 1024, kids / 1024, took)
"""
    fresh_cache(work)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def memory(forms: Path, work: Path, scanned: Path) -> None:
    import pypdfium2 as pdfium

    def repeat_to(src: Path, n: int, out: Path) -> Path:
        doc = pdfium.PdfDocument.new()
        source = pdfium.PdfDocument(str(src))
        while len(doc) < n:
            doc.import_pages(source, list(range(min(len(source), n - len(doc)))))
        doc.save(str(out))
        return out

    text300 = repeat_to(forms / "i-130.pdf", 300, work / "text-300.pdf")
    scan300 = repeat_to(scanned, 300, work / "scan-300.pdf")
    rows = []
    mb, _, t = _peak_rss(text300, None, False, work)
    rows.append(["300-page text PDF, all 300 pages", mb, t])
    for n in (4, 24):
        mb, _, t = _peak_rss(scan300, n, False, work)
        rows.append([f"300-page scanned PDF, OCR of first {n} pages", mb, t])
    table(
        "Peak memory (a fresh process; bounded = about the same for 4 and 24 OCR'd pages)",
        ["run", "peak RSS of the Python process (MB)", "time (s)"],
        rows,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=Path, default=Path("/work/shared/forms"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--speed-repeats", type=int, default=5, help="runs per clean page")
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="list the text path's reference sentences not found whole",
    )
    args = parser.parse_args()
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    print(f"# ReadFirst OCR bench ({version.stdout.splitlines()[0]}, {os.cpu_count()} cores)")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="readfirst-bench-") as tmp:
        work = Path(tmp)
        text_path(args.forms, work, args.repeats, args.show_misses)
        images = degraded(args.forms, work)
        quality(args.forms, work, images)
        speed(work, images, args.speed_repeats)
        chinese(work, args.repeats)
        scanned = image_pdf(args.forms, work)
        parallel(work, scanned)
        memory(args.forms, work, scanned)
    print(f"\nbench took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
