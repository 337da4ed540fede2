"""Where the store's files live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Ambulant"
DB_FILE = "ambulant.db"
KEY_INFO_FILE = "ambulant-key.json"
KEY_COPY_FILE = "ambulant-key-copy.json"      # the second copy of the key info (store/key_copies.py)
THROTTLE_FILE = "ambulant-unlock.json"        # wrong-passphrase count (store/unlock_throttle.py)
SHREDDED_FILE = "ambulant-shredded.json"      # left when the journal was destroyed on the server's request


def default_data_dir() -> Path:
    """The platform's per-user data folder for Ambulant."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parent) readable by the owner only; an existing folder is left as it is.

    A folder the user chose may be shared on purpose (a 1777 folder with its sticky bit):
    its permissions are theirs, and the files inside are created owner-only anyway.
    """
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:   # made by someone else meanwhile: theirs, left alone
            continue
        if os.name == "posix":
            os.chmod(folder, 0o700)   # mkdir's mode is filtered by the umask
    return path

