"""Argument helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from document.errors import InputUnreadable
from document.progress import Progress, ProgressCallback, no_progress


def page_ranges(text: str) -> list[int]:
    """'1-3,5' -> [1, 2, 3, 5]; argparse turns ValueError into a usage error (exit 2)."""
    pages: set[int] = set()
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        first, last = int(lo), int(hi or lo)
        if first < 1 or last < first:
            raise argparse.ArgumentTypeError(f"bad page range {part!r}: use e.g. 1-3,5")
        pages.update(range(first, last + 1))
    return sorted(pages)


def document_path(path: Path) -> Path:
    """Check the file exists before any stage touches it, with a message that says what to do."""
    if not path.exists():
        raise InputUnreadable(f"{path}: no such file. Check the name and the folder.")
    if path.is_dir():
        raise InputUnreadable(f"{path} is a folder. Give the path of a PDF or image file.")
    return path


def progress_printer(verbose: bool) -> ProgressCallback:
    if not verbose:
        return no_progress

    def report(p: Progress) -> None:
        print(f"[{p.done}/{p.total}] {p.message}", file=sys.stderr)

    return report
