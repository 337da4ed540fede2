"""Settings of the window that must be known before unlocking (no patient data).

They live in ``ui-settings.json`` in the data folder, beside the encrypted
database, so each data folder (the demo one, a test's) has its own.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..support.atomic_files import write_file_atomically
from ..support.paths import ensure_private_dir
from .i18n.translations import DEFAULT_LANGUAGE, LANGUAGES

SETTINGS_FILE = "ui-settings.json"
DEFAULT_IDLE_LOCK_MINUTES = 5.0


@dataclass
class UiSettings:
    """Language and auto-lock delay."""

    language: str = DEFAULT_LANGUAGE
    idle_lock_minutes: float = DEFAULT_IDLE_LOCK_MINUTES

    @classmethod
    def load(cls, data_dir: Path) -> "UiSettings":
        """The settings of ``data_dir``; defaults for anything missing or unreadable."""
        try:
            data = json.loads((Path(data_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if data.get("language") in LANGUAGES:
            settings.language = data["language"]
        minutes = data.get("idle_lock_minutes")
        if isinstance(minutes, (int, float)) and minutes > 0:
            settings.idle_lock_minutes = float(minutes)
        return settings

    def save(self, data_dir: Path) -> None:
        """Write the settings whole (temp file, fsync, replace)."""
        ensure_private_dir(Path(data_dir))
        write_file_atomically(Path(data_dir) / SETTINGS_FILE, json.dumps(asdict(self), indent=2).encode())
