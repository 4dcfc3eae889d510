"""`readfirst verify R.zip`: exit 0 if the record is intact and its signature valid, else 1."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import document_path
from document.errors import ExitCode


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verify", help="check an exported reading record (hashes, chain, signature)")
    p.add_argument("record", type=Path, help="the record .zip")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from evidence import verify_record

    result = verify_record(document_path(args.record))
    if result.ok:
        print(result.summary)
        print(
            "Compare the key fingerprint with the one written down at the visit: "
            f"{result.fingerprint}"
        )
        return ExitCode.OK
    print(f"readfirst: the record is NOT valid: {result.problems[0]}.")
    return ExitCode.VERIFICATION_FAILED
