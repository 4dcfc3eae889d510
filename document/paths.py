"""Where things live: the user data directory (READFIRST_DATA_DIR wins) and bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from document.errors import RecordWriteFailed

APP_NAME = "ReadFirst"
ENV_DATA_DIR = "READFIRST_DATA_DIR"

# resources/ sits beside the packages in the source tree (the app is installed editable).
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def data_dir(create: bool = True) -> Path:
    """The user data directory: database, keys, language packages, cache."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RecordWriteFailed(
                f"Cannot create the data directory {path} ({exc.strerror}). "
                f"Set {ENV_DATA_DIR} to a writable folder."
            ) from exc
    return path


def cache_dir() -> Path:
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
