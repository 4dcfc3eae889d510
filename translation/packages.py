"""Language packages in Argos Translate's format: install from a file, list, remove.

An .argosmodel is a zip with one top folder holding model/ (a CTranslate2 model),
sentencepiece.model and metadata.json. Packages live in ``<data dir>/packages/<from>_<to>/``
(not in argostranslate's own folder under ~/.local, which importing argostranslate.settings
creates as a side effect), so every ReadFirst user and test keeps its own.

Installation is all or nothing: the zip is unpacked into a hidden folder beside the packages,
checked (metadata, language pair, files present, the model and tokenizer actually load and
translate a word), and only then renamed into place. A failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from document.errors import InputUnreadable, RecordWriteFailed, UsageError
from translation import languages

log = logging.getLogger(__name__)

PACKAGES_DIR = "packages"
STAMP_FILE = ".readfirst.json"
# An .argosmodel is about 100 MB; refuse archives that would unpack to something absurd.
MAX_UNPACKED_BYTES = 4 << 30
_HIDDEN_PREFIXES = (".installing-", ".removing-", ".replaced-")
LEFTOVER_AGE_S = 3600


@dataclass(frozen=True)
class PackageInfo:
    """An installed language package."""

    code: str  # "en_zh"
    from_code: str
    to_code: str
    version: str
    name: str  # "translate-en_zh-1_9", the name of the folder in the .argosmodel
    path: Path
    # sha256 over metadata, model and tokenizer files, computed at install: two packages with the
    # same version string but different weights never share cached translations.
    fingerprint: str = ""
    # Share of calibration sentences whose placeholders the model kept (measured at install);
    # None for a package installed without the measurement.
    placeholder_survival: float | None = None

    @property
    def label(self) -> str:
        """ "English → Chinese (Simplified) 1.9 (translate-en_zh-1_9)"."""
        return (
            f"{languages.name(self.from_code)} → {languages.name(self.to_code)} "
            f"{self.version} ({self.name})"
        )


def packages_dir(data_dir: Path) -> Path:
    return data_dir / PACKAGES_DIR


def _read_metadata(raw: bytes, origin: str) -> dict[str, Any]:
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputUnreadable(
            f"{origin}: metadata.json is not valid JSON ({exc}). The package is damaged: "
            "get a fresh copy of the .argosmodel file."
        ) from exc
    if not isinstance(meta, dict) or not meta.get("from_code") or not meta.get("to_code"):
        raise InputUnreadable(
            f"{origin}: metadata.json does not say which languages the package translates "
            "(from_code, to_code). Get a fresh copy of the .argosmodel file."
        )
    # Traditional Chinese is "zt" in Argos Translate; other packagers write zh_TW, zh-Hant...
    meta["from_code"] = languages.normalize_code(str(meta["from_code"]))
    meta["to_code"] = languages.normalize_code(str(meta["to_code"]))
    if meta.get("type", "translate") != "translate":
        raise InputUnreadable(
            f"{origin} is a {meta.get('type')!r} package, not a translation package. "
            f"Install a translation package such as {languages.package_file_hint('en', 'zh')}."
        )
    return meta


def _info_from_dir(folder: Path) -> PackageInfo:
    meta = _read_metadata((folder / "metadata.json").read_bytes(), str(folder))
    stamp: dict[str, Any] = {}
    with contextlib.suppress(OSError, json.JSONDecodeError):
        stamp = json.loads((folder / STAMP_FILE).read_text(encoding="utf-8"))
    return PackageInfo(
        code=f"{meta['from_code']}_{meta['to_code']}",
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=str(meta.get("package_version", "")),
        name=stamp.get("name", folder.name),
        path=folder,
        fingerprint=stamp.get("fingerprint", ""),
        placeholder_survival=stamp.get("placeholder_survival"),
    )


def installed_packages(data_dir: Path) -> list[PackageInfo]:
    """The packages installed in ``data_dir``, sorted by code. Damaged folders are skipped."""
    root = packages_dir(data_dir)
    if not root.is_dir():
        return []
    found = []
    cutoff = time.time() - LEFTOVER_AGE_S
    for folder in list(root.iterdir()):
        if folder.name.startswith(".replaced-") and _mtime(folder) < cutoff:
            _restore_if_interrupted(folder)
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            found.append(_info_from_dir(folder))
        except (OSError, InputUnreadable) as exc:
            log.warning("skipping damaged language package %s: %s", folder, exc)
    return found


def find_package(data_dir: Path, from_code: str, to_code: str) -> PackageInfo | None:
    """The installed package that translates ``from_code`` into ``to_code``, if any."""
    for info in installed_packages(data_dir):
        if info.from_code == from_code and info.to_code == to_code:
            return info
    return None


def _package_root(names: list[str], origin: str) -> str:
    """The folder prefix ("translate-en_zh-1_9/" or "") that holds metadata.json."""
    for name in names:
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
            raise InputUnreadable(
                f"{origin} contains an unsafe path ({name!r}) and was not installed. "
                "Get the package from a trusted source."
            )
    metas = [n for n in names if PurePosixPath(n).name == "metadata.json"]
    metas = [n for n in metas if len(PurePosixPath(n).parts) <= 2]
    if len(metas) != 1:
        hint = languages.package_file_hint("en", "zh")
        raise InputUnreadable(
            f"{origin} is a zip file but not a language package "
            f"({'no' if not metas else 'more than one'} metadata.json at its top). "
            f"Install an Argos Translate package such as {hint}."
        )
    parent = str(PurePosixPath(metas[0]).parent)
    return "" if parent == "." else parent + "/"


def _fingerprint(folder: Path) -> str:
    h = hashlib.sha256()
    for rel in ("metadata.json", "sentencepiece.model", "model/model.bin"):
        h.update(rel.encode())
        with (folder / rel).open("rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def _check_loadable(folder: Path, origin: str, from_code: str, to_code: str) -> float:
    """Load the tokenizer and the model and translate: a truncated file fails here.

    Returns the share of calibration sentences whose placeholders the model kept.
    """
    from translation.engine import probe_package
    from translation.glossary import load_glossary
    from translation.protect import placeholder_survival

    try:
        return placeholder_survival(
            lambda texts: probe_package(folder, texts), load_glossary(), from_code, to_code
        )
    except Exception as exc:  # any failure to load means the package is unusable
        raise InputUnreadable(
            f"{origin}: the translation model could not be loaded ({exc}). The file is damaged "
            "or incomplete (was the copy interrupted?). Copy the .argosmodel file again and "
            "reinstall it."
        ) from exc


def install_package(
    file: Path, data_dir: Path, expect: tuple[str, str] | None = None
) -> PackageInfo:
    """Install an .argosmodel file into ``data_dir``; replaces a package for the same pair.

    ``expect`` (from_code, to_code) refuses a package for any other pair. Raises InputUnreadable
    with a message saying what to do; on any failure nothing is left installed or half-written.
    """
    file = Path(file)
    origin = file.name
    if file.is_dir():
        raise InputUnreadable(
            f"{file} is a folder. Give the path of the .argosmodel file itself, e.g. "
            f"{languages.package_file_hint('en', 'zh')}."
        )
    if not file.is_file():
        raise InputUnreadable(f"{file}: no such file. Check the name and the folder.")
    if file.stat().st_size == 0:
        raise InputUnreadable(f"{file} is empty (0 bytes). Copy the .argosmodel file again.")
    if not zipfile.is_zipfile(file):
        raise InputUnreadable(
            f"{origin} is not a language package: an .argosmodel file is a zip archive, and this "
            "one is not (or it was cut short while copying). Copy the file again, or get "
            f"{languages.package_file_hint('en', 'zh')}."
        )
    root = packages_dir(data_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot create {root} ({exc.strerror}). Make the data directory writable or set "
            "READFIRST_DATA_DIR to a writable folder."
        ) from exc
    _clean_leftovers(root)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=root))
    try:
        info = _unpack_and_check(file, origin, staging, expect)
        target = root / info.code
        replaced = find_package(data_dir, info.from_code, info.to_code)
        _move_into_place(staging / "pkg", target)
        if replaced is not None and replaced.fingerprint != info.fingerprint:
            _forget_cached(data_dir, replaced)
        return PackageInfo(**{**info.__dict__, "path": target})
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _unpack_and_check(
    file: Path, origin: str, staging: Path, expect: tuple[str, str] | None
) -> PackageInfo:
    try:
        with zipfile.ZipFile(file) as zf:
            infos = [i for i in zf.infolist() if not i.filename.startswith("__MACOSX/")]
            prefix = _package_root([i.filename for i in infos], origin)
            meta = _read_metadata(zf.read(prefix + "metadata.json"), origin)
            _check_pair(meta, origin, expect)
            names = {i.filename for i in infos}
            if prefix + "model/model.bin" not in names:
                raise InputUnreadable(
                    f"{origin} has no CTranslate2 model (model/model.bin). It is not a package "
                    "ReadFirst can use: get the Argos Translate package "
                    f"{languages.package_file_hint(meta['from_code'], meta['to_code'])}."
                )
            if prefix + "sentencepiece.model" not in names:
                raise InputUnreadable(
                    f"{origin} has no sentencepiece.model tokenizer (older BPE packages are not "
                    "supported). Get a current Argos Translate package "
                    f"{languages.package_file_hint(meta['from_code'], meta['to_code'])}."
                )
            total = sum(i.file_size for i in infos)
            if total > MAX_UNPACKED_BYTES:
                raise InputUnreadable(
                    f"{origin} would unpack to {total >> 20} MB, far more than a language "
                    "package; it was not installed."
                )
            free = shutil.disk_usage(staging).free
            if total > free:
                raise RecordWriteFailed(
                    f"Not enough disk space to install {origin}: it needs {total >> 20} MB, "
                    f"{free >> 20} MB are free. Free some space and try again."
                )
            pkg = staging / "pkg"
            pkg.mkdir()
            for item in infos:
                if not item.filename.startswith(prefix) or item.filename == prefix:
                    continue
                rel = item.filename[len(prefix) :]
                dest = pkg / rel
                if item.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(item) as src, dest.open("wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
    except zipfile.BadZipFile as exc:
        raise InputUnreadable(
            f"{origin} is damaged ({exc}). Copy the .argosmodel file again and reinstall it."
        ) from exc
    except OSError as exc:
        raise RecordWriteFailed(
            f"Could not unpack {origin} into {staging.parent} ({exc.strerror or exc}). "
            "Check free disk space and that the data directory is writable."
        ) from exc
    survival = _check_loadable(pkg, origin, meta["from_code"], meta["to_code"])
    stamp = {
        "name": prefix.rstrip("/") or file.stem,
        "installed_from": file.name,
        "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "fingerprint": _fingerprint(pkg),
        "placeholder_survival": survival,
    }
    (pkg / STAMP_FILE).write_text(json.dumps(stamp, indent=2), encoding="utf-8")
    return _info_from_dir(pkg)


def _check_pair(meta: dict[str, Any], origin: str, expect: tuple[str, str] | None) -> None:
    pair = (meta["from_code"], meta["to_code"])
    described = f"{languages.name(pair[0])} to {languages.name(pair[1])}"
    if expect is not None and pair != expect:
        raise InputUnreadable(
            f"{origin} translates {described}, but {languages.name(expect[0])} to "
            f"{languages.name(expect[1])} was asked for. Install "
            f"{languages.package_file_hint(*expect)}."
        )
    if pair not in languages.SUPPORTED_PAIRS:
        raise InputUnreadable(
            f"{origin} translates {described}; ReadFirst uses English-Chinese packages only. "
            f"Install {languages.package_file_hint('en', 'zh')} (en_zt for Traditional "
            "Chinese; zh_en or zt_en to read Chinese back into English)."
        )


def _move_into_place(new: Path, target: Path) -> None:
    """Swap ``new`` in at ``target``: at every moment a complete package (old or new) is there."""
    old = None
    if target.exists():
        old = target.with_name(f".replaced-{target.name}-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    try:
        new.rename(target)
    except OSError:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _forget_loaded(target)


def remove_package(code: str, data_dir: Path) -> None:
    """Remove an installed package by code ("en_zh") or package name ("translate-en_zh-1_9")."""
    matches = [p for p in installed_packages(data_dir) if code in (p.code, p.name)]
    if not matches:
        have = ", ".join(p.code for p in installed_packages(data_dir)) or "none"
        raise UsageError(
            f"No language package {code!r} is installed (installed: {have}). "
            "See them with: readfirst models list"
        )
    for info in matches:
        trash = info.path.with_name(f".removing-{info.path.name}-{os.getpid()}")
        # Rename first so a half-deleted folder never looks like an installed package.
        info.path.rename(trash)
        shutil.rmtree(trash, ignore_errors=True)
        _forget_loaded(info.path)
        _forget_cached(data_dir, info)


def _clean_leftovers(root: Path) -> None:
    """Remove staging folders left by an install or removal that was killed part-way.

    Only old ones: a folder touched in the last hour may belong to an install running now in
    another window.
    """
    cutoff = time.time() - LEFTOVER_AGE_S
    for folder in root.iterdir():
        if folder.name.startswith(_HIDDEN_PREFIXES):
            with contextlib.suppress(OSError):
                if folder.stat().st_mtime >= cutoff or _restore_if_interrupted(folder):
                    continue
                shutil.rmtree(folder, ignore_errors=True)


def _restore_if_interrupted(folder: Path) -> bool:
    """Put back a package a reinstall moved aside and was killed before replacing.

    Between moving the old package aside and the new one in, a killed install leaves no
    package at all; the old one is complete, so it goes back rather than away.
    """
    target = _replaced_target(folder)
    if target is None or target.exists():
        return False
    try:
        folder.rename(target)
    except OSError:
        return False
    log.warning("restored %s after an interrupted reinstall", target.name)
    return True


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _replaced_target(folder: Path) -> Path | None:
    """``<root>/en_zh`` for ``<root>/.replaced-en_zh-<pid>``; None for other leftovers."""
    if not folder.name.startswith(".replaced-"):
        return None
    code, _, pid = folder.name[len(".replaced-") :].rpartition("-")
    if not code or not pid.isdigit() or not (folder / "metadata.json").is_file():
        return None
    return folder.with_name(code)


def _forget_cached(data_dir: Path, info: PackageInfo) -> None:
    """Delete the cached translations a package made (it is gone: they can never be served)."""
    from translation.cache import forget_package

    forget_package(data_dir, info.fingerprint or f"{info.code} {info.version}")


def _forget_loaded(path: Path) -> None:
    from translation.engine import unload

    unload(path)
