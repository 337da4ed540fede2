"""Where the store's files live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Ambulant"
DB_FILE = "ambulant.db"
KEY_INFO_FILE = "ambulant-key.json"


def default_data_dir() -> Path:
    """The platform's per-user data folder for Ambulant."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the owner only (health data lives there)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (temp file, fsync, replace), mode 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
