"""Looking at a data folder from outside: file hashes, raw bytes, a raw keyed connection."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.store.connection import Connection, connect
from desktop.store.database import DatabaseFiles
from desktop.store.keys import KeyInfo, unlock_key
from desktop.support.paths import THROTTLE_FILE


def snapshot(data_dir: Path, every_file: bool = False) -> dict[str, str]:
    """SHA-256 of every file in ``data_dir`` (db, -wal, -shm, key copies, backups) by name.

    The wrong-passphrase count (``ambulant-unlock.json``, the one file a failed try is
    meant to write) is left out unless ``every_file``.
    """
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(data_dir).iterdir())
            if p.is_file() and (every_file or p.name != THROTTLE_FILE)}


def raw_connection(data_dir: Path, passphrase: str) -> Connection:
    """A connection to the encrypted file that bypasses :class:`Database` (to tamper with it)."""
    files = DatabaseFiles(Path(data_dir))
    key = unlock_key(KeyInfo.load(files.key_info), passphrase)
    return connect(files.db, key, create=False)


def data_files(data_dir: Path) -> list[Path]:
    """Every file under ``data_dir``, recursively."""
    return sorted(p for p in Path(data_dir).rglob("*") if p.is_file())


def raw_key(data_dir: Path, passphrase: str) -> bytes:
    """The database key itself (to look for it in places it must never be)."""
    return unlock_key(KeyInfo.load(DatabaseFiles(Path(data_dir)).key_info), passphrase)
