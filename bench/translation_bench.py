"""Translation layer costs, with a tiny real-format package (random weights) on real form text.

    python bench/translation_bench.py [--repeats N]

1. Overhead of translate_document over plain CTranslate2 on the same segments; cache off.
   Budget 1.2x. Two baselines: the plain tool as usually called (SentencePiece encode, one
   translate_batch per page, decode; same decoding options), and the plain tool with the same
   per-length output limits ReadFirst uses (one translate_batch per length class). Shown for
   all segments, and for segments without glossary terms or codes. The tiny package's random
   weights never keep a placeholder, so ReadFirst translates sentences with pinned terms or codes
   in pieces around them: more sequences than the plain tool, and a random model's output
   length does not shrink with its input (a real model's does). The sequences and output tokens
   decoded are printed too, and the time spent inside translate_batch against the total (the
   layer's own work).
2. Cold (new process: import, load the model, translate one page) vs warm (model loaded).
3. Cached re-translation of the 12-page I-130. Budget 50 ms.
Medians over repeats.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from document.model import Document, Page  # noqa: E402
from tests.translation.conftest import I130, I765, form_document  # noqa: E402
from tests.translation.tiny_package import build_argosmodel  # noqa: E402
from translation import engine, install_package, translate_document  # noqa: E402
from translation import translate as translate_module  # noqa: E402
from translation.glossary import load_glossary  # noqa: E402
from translation.protect import prepare  # noqa: E402


def median_time(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_times(fns, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Median time of each function, run interleaved so a busy machine slows all alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, out in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


class TimedModel:
    """Wraps a ctranslate2.Translator to add up the time spent inside translate_batch."""

    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.model = model
        self.seconds = 0.0
        self.sequences = 0
        self.output_tokens = 0

    def translate_batch(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            results = self.model.translate_batch(*args, **kwargs)
            self.sequences += len(results)
            self.output_tokens += sum(len(r.hypotheses[0]) for r in results)
            return results
        finally:
            self.seconds += time.perf_counter() - start


def raw_ctranslate2(doc: Document, runner: engine.ModelRunner) -> None:
    """The plain tool: encode, one translate_batch per page, decode. Same options."""
    for page in doc.pages:
        batch = [runner.sp.encode(s.text, out_type=str) for s in page.segments]
        longest = max(len(t) for t in batch)
        results = runner.model.translate_batch(batch, **runner.options.kwargs(longest))
        [runner.sp.decode_pieces(r.hypotheses[0]) for r in results]


def raw_ctranslate2_grouped(doc: Document, runner: engine.ModelRunner) -> None:
    """The plain tool with the same output limits as ours: one translate_batch per length class.

    The fair baseline: ReadFirst caps each input's output by its own length (a runaway in a
    random-weight model otherwise decodes to the page's longest limit); this does the same with
    plain CTranslate2 on the unprotected sentences, without the layer's other work.
    """
    for page in doc.pages:
        batch = [runner.sp.encode(s.text, out_type=str) for s in page.segments]
        for group in engine.length_groups([len(t) for t in batch]):
            sub = [batch[i] for i in group]
            longest = max(len(t) for t in sub)
            results = runner.model.translate_batch(sub, **runner.options.kwargs(longest))
            [runner.sp.decode_pieces(r.hypotheses[0]) for r in results]


_MISSES = itertools.count()


def without_cache(doc: Document, data: Path) -> None:
    """translate_document with every lookup a cache miss.

    The cache file stays (as on a user's machine after the first run); the engine version in
    the key changes each time, so nothing is found and everything is translated and stored.
    Deleting the file instead would time SQLite creating a database (about 15 ms) every run.
    """
    translate_module.ENGINE_VERSION = f"bench-{next(_MISSES)}"
    translate_document(doc, data)


def only(doc: Document, keep) -> Document:  # type: ignore[no-untyped-def]
    pages = []
    for p in doc.pages:
        segs = tuple(s for s in p.segments if keep(s.text))
        if segs:
            pages.append(Page(p.number, p.width, p.height, p.method, segs))
    return Document(doc.source, tuple(pages))


COLD = """
import sys, time
t = time.perf_counter()
sys.path.insert(0, {root!r})
from tests.translation.conftest import form_document
from translation import translate_document
doc = form_document(__import__("pathlib").Path({form!r}), pages=1)
t0 = time.perf_counter()
translate_document(doc, __import__("pathlib").Path({data!r}))
print(time.perf_counter() - t0)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rf-translation-bench-"))
    try:
        data = work / "data"
        info = install_package(build_argosmodel(work / "pkg"), data)
        runner = engine.load(info.path)
        i765, i130 = form_document(I765), form_document(I130)
        glossary = load_glossary(data)
        plain = only(i765, lambda t: not prepare(t, glossary).spans)
        rows = []

        for label, doc in (("I-765, all segments", i765), ("I-765, no terms/codes", plain)):
            n = sum(len(p.segments) for p in doc.pages)
            raw, fair, ours = median_times(
                [
                    lambda d=doc: raw_ctranslate2(d, runner),
                    lambda d=doc: raw_ctranslate2_grouped(d, runner),
                    lambda d=doc: without_cache(d, data),
                ],
                args.repeats,
            )
            rows.append((f"{label} ({n} seg), cache off, vs CT2 1 batch/page", raw, ours))
            rows.append((f"{label} ({n} seg), cache off, vs CT2 same limits", fair, ours))

        # The layer's own work, apart from the model: total minus time inside translate_batch.
        timed = TimedModel(runner.model)
        runner.model = timed
        outside = []
        for _ in range(args.repeats):
            timed.seconds = 0.0
            start = time.perf_counter()
            without_cache(i765, data)
            total = time.perf_counter() - start
            outside.append((total - timed.seconds, timed.seconds))
        decoded = [(timed.sequences // args.repeats, timed.output_tokens // args.repeats)]
        timed.sequences = timed.output_tokens = 0
        raw_ctranslate2_grouped(i765, runner)
        decoded.insert(0, (timed.sequences, timed.output_tokens))
        runner.model = timed.model
        layer_s = statistics.median(o[0] for o in outside)
        model_s = statistics.median(o[1] for o in outside)
        rows.append(("I-765 all: time in translate_batch | total", model_s, model_s + layer_s))

        # Cold: a new process imports, loads the model and translates page 1 of I-765.
        cold_times = []
        for _ in range(max(3, args.repeats // 2)):
            cold_data = work / "cold"
            shutil.rmtree(cold_data, ignore_errors=True)
            shutil.copytree(data / "packages", cold_data / "packages")
            code = COLD.format(root=str(ROOT), form=str(I765), data=str(cold_data))
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            cold_times.append(float(out.stdout.strip().splitlines()[-1]))
        page1 = Document(i765.source, i765.pages[:1])
        warm = median_time(lambda: without_cache(page1, data), args.repeats)

        translate_document(i130, data)  # fill the cache
        cached = median_time(lambda: translate_document(i130, data), args.repeats * 4)
        n130 = sum(len(p.segments) for p in i130.pages)

        print(f"{'measure':58} {'plain CT2 s':>11} {'ReadFirst s':>11} {'ratio':>6}")
        for label, raw, ours in rows:
            print(f"{label:58} {raw:11.3f} {ours:11.3f} {ours / raw:6.2f}")
        (raw_seq, raw_out), (our_seq, our_out) = decoded
        print(
            f"{'I-765 all: sequences | output tokens decoded':58} "
            f"{raw_seq:5} |{raw_out:5} {our_seq:5} |{our_out:5}"
        )
        cold = statistics.median(cold_times)
        print(
            f"{'I-765 page 1: cold (new process, load model) vs warm':58} "
            f"{warm:11.3f} {cold:11.3f} {cold / warm:6.2f}  (warm | cold)"
        )
        print(
            f"{f'cached re-translation, I-130 12 pages ({n130} seg)':58} "
            f"{'':11} {cached * 1000:9.1f}ms  budget 50 ms"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
