"""`readfirst models list | install FILE.argosmodel | remove CODE`: offline language packages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("models", help="list, install or remove offline language packages")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="show the installed language packages")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    ins = actions.add_parser("install", help="install a language package from a file")
    ins.add_argument("file", type=Path, metavar="FILE.argosmodel")
    rm = actions.add_parser("remove", help="remove an installed language package")
    rm.add_argument("code", metavar="CODE", help="e.g. en_zh (see: readfirst models list)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from document.paths import data_dir
    from translation import install_package, installed_packages, remove_package

    data = data_dir()
    if args.action == "install":
        info = install_package(args.file, data)
        print(f"Installed {info.label} as {info.code}.")
        return 0
    if args.action == "remove":
        remove_package(args.code, data)
        print(f"Removed {args.code}.")
        return 0
    packages = installed_packages(data)
    if args.format == "json":
        rows = [
            {
                "code": p.code,
                "from": p.from_code,
                "to": p.to_code,
                "version": p.version,
                "name": p.name,
                "path": str(p.path),
                "fingerprint": p.fingerprint,
                # Share of test sentences whose glossary placeholders the model kept at install.
                "placeholder_survival": p.placeholder_survival,
            }
            for p in packages
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not packages:
        print(
            "No language packages installed. Install one from a file with: "
            "readfirst models install translate-en_zh-<version>.argosmodel"
        )
        return 0
    for p in packages:
        # "en_zt  1.9  English → Chinese (Traditional)  translate-en_zt-1_9  <path>"
        direction = p.label.rsplit(f" {p.version} (", 1)[0]
        print(f"{p.code}\t{p.version}\t{direction}\t{p.name}\t{p.path}")
    return 0
