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

