"""The key information, kept twice: losing or damaging one file must not lose the journal.

The key info (scrypt salt and cost, mode, keyring entry name) is the only thing
besides the passphrase that derives the key: without it the data is gone. It is
written as two files, each atomically (``ambulant-key.json`` and
``ambulant-key-copy.json``), each with a checksum over its content. Opening reads
every copy there is — the two files and the ones kept beside the pre-migration
backups — checks each, compares them, and tries the passphrase on each distinct
one (primary first). Once the journal is open, a missing, damaged or stale copy
is written again from the one that worked.

Each copy also records the database file's own plain salt (its first 16 bytes),
so key files that belong to another journal's database are named as such, not
reported as a wrong passphrase.
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..support.paths import DB_FILE, KEY_COPY_FILE, KEY_INFO_FILE
from .errors import KeyFilesForeign, KeyInfoMissing, NotAnAmbulantDatabase, StoreError, WrongPassphrase
from .keys import KeyInfo, KeyInfoUnreadable, unlock_key

SALT_BYTES = 16
_READ_AT_MOST = 1024 * 1024
_PLAIN_SQLITE = b"SQLite format 3\x00".hex()


@dataclass(frozen=True)
class KeyCopy:
    """One file that may hold the key info: what it holds, or why it cannot be used."""

    path: Path
    info: KeyInfo | None
    problem: str | None       # "missing", or why it was refused (never secret: it names no value)


@dataclass(frozen=True)
class UnlockedKey:
    """The key that opened the journal, the key info it came from, and the copies as they were found."""

    info: KeyInfo
    key: bytes
    copies: tuple[KeyCopy, ...]


def copy_paths(data_dir: Path) -> tuple[Path, Path]:
    """The two files the key info is written to."""
    return Path(data_dir) / KEY_INFO_FILE, Path(data_dir) / KEY_COPY_FILE


def backup_paths(data_dir: Path) -> list[Path]:
    """Key info kept beside pre-migration backups (``ambulant-key.json.schemaN.bak``), newest first."""
    return sorted(Path(data_dir).glob(f"{KEY_INFO_FILE}.schema*.bak"), reverse=True)


def read_copies(data_dir: Path) -> list[KeyCopy]:
    """Every copy of the key info in ``data_dir``: the two files first, then the backups."""
    found = []
    for path in [*copy_paths(data_dir), *backup_paths(data_dir)]:
        try:
            with open(path, "rb") as handle:
                raw = handle.read(_READ_AT_MOST)    # a huge file is not ours: never read it whole
        except FileNotFoundError:
            found.append(KeyCopy(path, None, "missing"))
            continue
        except OSError as exc:
            found.append(KeyCopy(path, None, f"unreadable: {exc.strerror}"))
            continue
        try:
            found.append(KeyCopy(path, KeyInfo.from_bytes(raw), None))
        except KeyInfoUnreadable as exc:
            found.append(KeyCopy(path, None, str(exc)))
    return found


def database_salt(db_path: Path) -> str | None:
    """The database file's first 16 bytes in hex (SQLCipher's salt, stored in the clear), or None."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    return head.hex() if len(head) == SALT_BYTES else None


def save_copies(data_dir: Path, info: KeyInfo) -> None:
    """Write both copies, each atomically (the primary first)."""
    for path in copy_paths(data_dir):
        info.save(path)


def unlock_from_copies(data_dir: Path, passphrases: list[str]) -> UnlockedKey:
    """Find a copy of the key info that belongs to this database and that one of ``passphrases`` unlocks.

    ``passphrases`` are forms of the one passphrase the user gave (see
    :func:`desktop.store.keys.passphrase_forms`); together they are one try.
    Raises :class:`KeyInfoMissing` (no usable copy), :class:`KeyFilesForeign` (every
    copy names another database file), :class:`WrongPassphrase`, or the keyring's error.
    Nothing is written.
    """
    copies = read_copies(data_dir)
    infos: list[KeyInfo] = []
    for copy in copies:
        if copy.info is not None and copy.info not in infos:
            infos.append(copy.info)
    if not infos:
        raise KeyInfoMissing(str(data_dir))
    salt = database_salt(Path(data_dir) / DB_FILE)
    if salt == _PLAIN_SQLITE:
        raise NotAnAmbulantDatabase(str(Path(data_dir) / DB_FILE))   # not encrypted: not ours at all
    fitting = [i for i in infos if not i.db_salt or salt is None or i.db_salt == salt]
    if not fitting:
        raise KeyFilesForeign(str(data_dir))
    first_error: StoreError | None = None
    for info in fitting:
        for passphrase in passphrases:
            try:
                return UnlockedKey(info, unlock_key(info, passphrase), tuple(copies))
            except WrongPassphrase:
                continue
            except StoreError as exc:   # no keyring entry, a damaged or foreign one: another copy may do
                first_error = first_error or exc
                break
    raise first_error or WrongPassphrase()


def restore_copies(data_dir: Path, unlocked: UnlockedKey) -> KeyInfo:
    """After the journal opened: write any copy that is missing, damaged or different again.

    Key info written before the database salt was recorded gains it here. Returns the
    key info as now stored. A failure to write (read-only folder, full disk) is not
    an error: the journal is open, and the next open tries again.
    """
    info = unlocked.info
    if not info.db_salt:
        salt = database_salt(Path(data_dir) / DB_FILE)
        if salt:
            info = dataclasses.replace(info, db_salt=salt)
    wanted = info.to_bytes()
    for path in copy_paths(data_dir):
        current = next((c for c in unlocked.copies if c.path == path), None)
        if current is not None and current.info == info and _same_bytes(path, wanted):
            continue
        with contextlib.suppress(OSError):
            info.save(path)
    return info


def _same_bytes(path: Path, wanted: bytes) -> bool:
    try:
        return path.read_bytes() == wanted
    except OSError:
        return False
