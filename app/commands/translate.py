"""`readfirst translate FILE [--to zh] [--format text|json] [--glossary-only]`.

Every segment id with its translation, where it came from (machine, glossary, human) and the
package and glossary versions, always labelled as machine translation, not a certified one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands.common import document_path, page_ranges, progress_printer


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("translate", help="translate a paper offline, sentence by sentence")
    p.add_argument("file", type=Path, help="PDF, PNG, JPEG or TIFF")
    p.add_argument(
        "--to",
        choices=("zh", "zt", "en"),
        default="zh",
        help=(
            "zh: Simplified Chinese (default); zt: Traditional Chinese; en: English (for a "
            "Chinese paper, in either script: the package for its script is used)"
        ),
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--glossary-only",
        action="store_true",
        help="no language package: show only the legal glossary's renderings of terms found",
    )
    p.add_argument("--pages", type=page_ranges, help="pages to translate, e.g. 1-3,5")
    p.add_argument("--force-ocr", action="store_true", help="OCR even if the PDF has text")
    p.add_argument("--password", help="password of a protected PDF")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Stages are imported here, not at the top, so `readfirst --help` stays fast.
    from document.paths import data_dir
    from ocr import extract
    from translation import translate_document

    progress = progress_printer(args.verbose)
    doc = extract(
        document_path(args.file),
        pages=args.pages,
        force_ocr=args.force_ocr,
        password=args.password,
        progress=progress,
    )
    translated = translate_document(
        doc, data_dir(), to=args.to, progress=progress, glossary_only=args.glossary_only
    )
    if args.format == "json":
        json.dump(translated.to_json(doc), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(translated.disclaimer)
    if translated.notice:
        print(translated.notice)
    pkg = translated.package
    print(f"Package: {pkg.label if pkg else 'none'}; glossary {translated.glossary_version}")
    for page in doc.pages:
        print(f"--- page {page.number} ---")
        for seg in page.segments:
            t = translated.by_segment[seg.id]
            print(f"{seg.id}\t{seg.text}")
            shown = t.display or t.text
            if shown:
                print(f"\t{shown}\t[{t.source}]")
    return 0
