"""`readfirst gui [FILE] [--screenshot OUT.png]`: the desktop app (also `python -m app`)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("file", nargs="?", type=Path, help="paper to open")
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="load FILE, wait until its text is shown, save the window as PNG and exit",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.gui.main import run_gui  # Qt is imported only when the window is wanted

    return run_gui(args.file, screenshot=args.screenshot)
