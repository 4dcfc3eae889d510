"""What kind of file is this? Decided by its first bytes (magic numbers), never by its name."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from document.errors import InputUnreadable

Kind = Literal["pdf", "image"]

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"GIF87a",
    b"GIF89a",
    b"BM",
)

SUPPORTED = "a PDF, PNG, JPEG or TIFF file"


def sniff(path: Path) -> Kind:
    """ "pdf" or "image"; InputUnreadable for missing, empty and non-document files."""
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file. Check the name and the folder.") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{path} is a folder. Give the path of {SUPPORTED}.") from None
    except OSError as exc:
        raise InputUnreadable(
            f"Cannot read {path} ({exc.strerror}). Check that the file is readable."
        ) from exc
    if not head:
        raise InputUnreadable(
            f"{path.name} is empty (0 bytes). The file was not copied or saved completely; "
            "copy or scan it again."
        )
    # Some PDF writers put junk before the header; readers accept it within the first 1 KB.
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    raise InputUnreadable(
        f"{path.name} is not a document ReadFirst can open. Give it {SUPPORTED} "
        "(scan or photograph the paper if you only have it on paper)."
    )
