"""Papers kept in the data directory, found again by their SHA-256.

A session records the paper's hash, not where the file was: the USB stick is gone by the next
visit. So the window keeps a copy of every paper it opens (as the OCR cache already keeps its
text), and a recent session can be continued or exported from that copy. Plain Python, no Qt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from document.errors import RecordWriteFailed
from document.hashing import sha256_file

PAPERS = "papers"
PASTED = "pasted"


def papers_dir(data: Path) -> Path:
    return data / PAPERS


def kept_copy(data: Path, sha256: str) -> Path | None:
    """The kept copy of the paper with this hash, or None if this computer never kept it."""
    folder = papers_dir(data) / sha256
    if not folder.is_dir():
        return None
    return next((p for p in sorted(folder.iterdir()) if p.is_file()), None)


def keep_copy(data: Path, path: Path, sha256: str | None = None, move: bool = False) -> Path:
    """Copy ``path`` to papers/<sha256>/<its name> (once); returns the kept copy.

    ``move``: the file was made here (pasted, photos put together), so it is moved, not copied.
    """
    sha = sha256 or sha256_file(path)
    existing = kept_copy(data, sha)
    if existing is not None:
        if move and existing != path:
            path.unlink(missing_ok=True)
        return existing
    folder = papers_dir(data) / sha
    target = folder / path.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if move:
            os.replace(path, target)
            return target
        # Copy beside and rename: a full disk never leaves half a paper that looks whole.
        fd, tmp = tempfile.mkstemp(prefix=".part-", dir=folder)
        os.close(fd)
        try:
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot keep a copy of {path.name} in {folder} ({exc.strerror}). Free some space "
            "or choose another data directory in Settings; the paper can still be read."
        ) from exc
    return target


def new_paper_path(data: Path, stem: str, suffix: str) -> Path:
    """A fresh file name for a paper made here (pasted image, photos put together)."""
    folder = data / PASTED
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot write in {folder} ({exc.strerror}). Choose a writable data directory in "
            "Settings."
        ) from exc
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-{stamp}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{stamp}-{n}{suffix}"
        n += 1
    return path
