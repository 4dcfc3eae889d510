"""`readfirst extract FILE [--force-ocr] [--pages 1-3] [--format text|json] [--password P]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands.common import document_path, page_ranges, progress_printer


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("extract", help="read the text of a paper, in reading order")
    p.add_argument("file", type=Path, help="PDF, PNG, JPEG or TIFF")
    p.add_argument("--force-ocr", action="store_true", help="OCR even if the PDF has text")
    p.add_argument("--pages", type=page_ranges, help="pages to read, e.g. 1-3,5")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--password", help="password of a protected PDF")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ocr import extract

    doc = extract(
        document_path(args.file),
        pages=args.pages,
        force_ocr=args.force_ocr,
        password=args.password,
        progress=progress_printer(args.verbose),
    )
    if args.format == "json":
        json.dump(doc.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for page in doc.pages:
        print(f"--- page {page.number} ({page.method}) ---")
        for note in page.notes:
            print(f"[{note}]")
        for seg in page.segments:
            flag = "  [check: low OCR confidence]" if seg.low_confidence else ""
            print(f"{seg.id}\t{seg.text}{flag}")
    return 0
