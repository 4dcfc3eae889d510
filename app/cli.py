"""`readfirst ...`: the headless face of ReadFirst (the command-line contract of design.md).

Each subcommand lives in app/commands/<name>.py with ``register(subparsers)`` and
``run(args) -> int``. Errors are mapped to exit codes here, in one place.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from document.errors import ExitCode, ReadFirstError

COMMANDS = ("extract", "translate", "read", "verify", "models", "gui")

log = logging.getLogger("readfirst")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse exits 2 on usage errors, which is our contract too; keep its message short.
        self.print_usage(sys.stderr)
        self.exit(ExitCode.USAGE, f"readfirst: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="readfirst",
        description="Read a legal paper with someone before anything is signed.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"app.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.command:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        return int(args.run(args))
    except ReadFirstError as err:
        print(f"readfirst: {err.message}", file=sys.stderr)
        return int(err.exit_code)
    except KeyboardInterrupt:
        print("readfirst: interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
