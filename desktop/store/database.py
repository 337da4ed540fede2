"""The encrypted database: create, open (with migrations), and the one write path.

Writing a record, its outbox row and its audit event happens in one
transaction (:meth:`Database.save`), so a crash leaves all three or none.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.kinds import client_id_of
from ..domain.records import WorkerRef
from ..domain.audit import AuditAction, AuditEvent
from ..domain.clock import utcnow
from .audit import AuditRepository
from .connection import APPLICATION_ID, Connection, DatabaseError, OperationalError, connect, is_damage
from .atomic_init import build_journal_folder, remove_leftovers
from .errors import DatabaseDamaged, DatabaseExists, DiskFull, NewerSchema, NoDatabase, StoreError, WriteFailed
from .key_copies import database_salt, restore_copies, save_copies
from .keys import KeyInfo, ScryptParams, create_key, forget_key, keyring_available, normalize_passphrase
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .outbox import OutboxRepository
from .unlocking import raise_if_shredded, unlock_journal
from ..support.paths import DB_FILE, KEY_COPY_FILE, KEY_INFO_FILE, SHREDDED_FILE, THROTTLE_FILE
from .records import RecordRepository

if TYPE_CHECKING:
    from .salvage import SalvageReport


@dataclass(frozen=True)
class DatabaseFiles:
    """The files of one data folder."""

    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def key_info(self) -> Path:
        return self.data_dir / KEY_INFO_FILE

    @property
    def key_copy(self) -> Path:
        return self.data_dir / KEY_COPY_FILE

    @property
    def throttle(self) -> Path:
        return self.data_dir / THROTTLE_FILE

    @property
    def shredded(self) -> Path:
        return self.data_dir / SHREDDED_FILE

    def exists(self) -> bool:
        """True when the folder holds a journal: its database file (key files alone are none)."""
        return self.db.exists()


class Database:
    """An open Ambulant database. Use :meth:`create` or :meth:`open`."""

    def __init__(self, conn: Connection, files: DatabaseFiles, key_info: KeyInfo | None,
                 key: bytes | None = None) -> None:
        self._conn = conn
        self.files = files
        self.key_info = key_info
        # Kept for a second, read-only connection (the background check) and for a repair copy;
        # SQLCipher holds it in this process anyway, and core dumps are off (support/crash_guard).
        self._key = key
        # One writer at a time: the UI thread and a sync worker share the connection.
        self._lock = threading.RLock()
        self._attach_repositories()
        self._device_id: str | None = None

    def _attach_repositories(self) -> None:
        self.records = RecordRepository(self._conn, reopen=self._reopen)
        self.outbox = OutboxRepository(self._conn)
        self.audit = AuditRepository(self._conn)

    # -- opening ---------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, worker: WorkerRef,
               kdf: ScryptParams | None = None, use_keyring: bool | None = None,
               _plain: bool = False) -> "Database":
        """Make a new encrypted database in ``data_dir``; refuses to overwrite one.

        Built in a temporary folder and moved into place (:mod:`.atomic_init`), so a
        crash leaves nothing or a journal that opens. ``use_keyring`` defaults to
        whether an OS keyring exists; see :mod:`desktop.store.keys`. ``_plain``
        (benchmarks only) makes an unencrypted SQLite file with the same schema.
        """
        files = DatabaseFiles(Path(data_dir))
        if files.exists():
            raise DatabaseExists(str(files.data_dir))
        if use_keyring is None:
            use_keyring = keyring_available()
        info, key = (None, None) if _plain else create_key(normalize_passphrase(passphrase), kdf or ScryptParams(),
                                                           use_keyring)
        made: list[KeyInfo | None] = [info]

        def build(folder: Path) -> None:
            made[0] = cls._build(DatabaseFiles(folder), key, info, worker)

        try:
            build_journal_folder(files.data_dir, build)
        except BaseException:
            if info is not None:
                forget_key(info)   # the half-made journal is gone: so is its key
            raise
        return cls._connect_existing(files, made[0], key)

    @classmethod
    def create_repair_copy(cls, data_dir: Path, info: KeyInfo, key: bytes, worker: WorkerRef | None,
                           fill: Callable[[Connection], None]) -> None:
        """A new journal in ``data_dir`` with the same key and key info as an existing one, filled by
        ``fill`` before it appears (see :mod:`.salvage`): the folder holds all of it or nothing."""
        files = DatabaseFiles(Path(data_dir))
        if files.exists():
            raise DatabaseExists(str(files.data_dir))
        build_journal_folder(files.data_dir, lambda folder: cls._build(DatabaseFiles(folder), key, info, worker,
                                                                       fill))

    @classmethod
    def _build(cls, files: DatabaseFiles, key: bytes | None, info: KeyInfo | None,
               worker: WorkerRef | None, fill: Callable[[Connection], None] | None = None) -> KeyInfo | None:
        """Make the schema and the settings in ``files`` (then ``fill`` it), close it, write both key copies."""
        # Owner-only from the first byte; SQLite gives -wal/-shm the same mode as the database.
        files.db.touch(mode=0o600, exist_ok=False)
        conn = connect(files.db, key, create=True)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db = cls(conn, files, info)
            db._migrate(from_version=0)
            with db.transaction():
                db._set_meta("device_id", str(uuid.uuid4()))
                db._set_meta("created_at", utcnow().isoformat())
                if worker is not None:   # a repair copy takes the worker from the journal it copies
                    db._set_meta("worker_name", worker.name)
                    db._set_meta("worker_hpr", worker.hpr)
                if info is not None:
                    db._set_meta("database_id", info.database_id)
            if fill is not None:
                fill(conn)
        finally:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        if info is None:
            return None
        info = dataclasses.replace(info, db_salt=database_salt(files.db) or "")
        save_copies(files.data_dir, info)
        return info

    @classmethod
    def _connect_existing(cls, files: DatabaseFiles, info: KeyInfo | None, key: bytes | None) -> "Database":
        return cls(connect(files.db, key, create=False), files, info, key)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, _plain: bool = False,
             clock: Callable[[], dt.datetime] = utcnow) -> "Database":
        """Open and migrate the database in ``data_dir``.

        Raises :class:`WrongPassphrase` before touching the file (and counts it: after a few
        in a row the next try waits, :class:`UnlockThrottled`), and :class:`NotAnAmbulantDatabase`
        for a foreign or damaged file. A missing or damaged key copy is written again.
        """
        files = DatabaseFiles(Path(data_dir))
        if not files.db.exists():
            raise_if_shredded(files.shredded, str(files.data_dir))
            raise NoDatabase(str(files.data_dir))
        if _plain:
            return cls._opened(cls(connect(files.db, None, create=False), files, None))
        unlocked = unlock_journal(files, passphrase, clock)
        db = cls._connect_existing(files, unlocked.info, unlocked.key)
        try:
            db.key_info = restore_copies(files.data_dir, unlocked)
            remove_leftovers(files.data_dir)
            return cls._opened(db)
        except BaseException:
            db._conn.close()
            raise

    @classmethod
    def _opened(cls, db: "Database") -> "Database":
        found = db._conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            db._conn.close()
            raise NewerSchema(found, SCHEMA_VERSION)
        if found < SCHEMA_VERSION:
            db._backup_before_migration(found)
            db._migrate(from_version=found)
        return db

    def _backup_before_migration(self, version: int) -> None:
        """Copy the (encrypted) file and its key info aside before changing its schema."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(self.files.db, self.files.db.with_name(f"{DB_FILE}.schema{version}.bak"))
        if self.key_info is not None:
            # The backup is useless without its key info: it goes beside it (and opening reads it as a copy).
            self.key_info.save(self.files.data_dir / f"{KEY_INFO_FILE}.schema{version}.bak")

    def _migrate(self, from_version: int) -> None:
        for number in range(from_version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {number + 1}")

    def close(self) -> None:
        """Checkpoint and close; the WAL is folded back into the encrypted file."""
        with self._lock:
            with contextlib.suppress(Exception):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()

    # -- transactions ----------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic, durable write; a full disk becomes :class:`DiskFull`, a failed write :class:`WriteFailed`."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    # SQLite has already rolled back after a full disk or an I/O error; a second
                    # ROLLBACK would fail and hide the real error.
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            except OperationalError as exc:
                text = str(exc).lower()
                if "full" in text:
                    raise DiskFull() from exc
                if "disk i/o error" in text:
                    raise WriteFailed() from exc
                raise
            except DatabaseError as exc:
                self._raise_if_damage(exc)
                raise
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise DiskFull() from exc
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """Serialise a read with writers (the connection is shared between threads).

        A page that fails its checksum is :class:`DatabaseDamaged`, and the connection is
        opened again: SQLCipher keeps failing every later read on a connection that met a
        bad page, and the rest of the journal must stay readable.
        """
        with self._lock:
            try:
                yield self._conn
            except DatabaseError as exc:
                self._raise_if_damage(exc)
                raise

    def _raise_if_damage(self, exc: DatabaseError) -> None:
        if not is_damage(exc):
            return
        with contextlib.suppress(Exception):
            self._reopen()
        raise DatabaseDamaged(str(self.files.db)) from exc

    def _reopen(self) -> Connection:
        """A fresh connection in place of one that met a bad page (called with the lock held)."""
        fresh = connect(self.files.db, self._key, create=False)
        with contextlib.suppress(Exception):
            self._conn.close()
        self._conn = fresh
        self._attach_repositories()
        return fresh

    def repair_copy_to(self, out_dir: Path, now: dt.datetime) -> "SalvageReport":
        """Copy every readable row into a new journal in ``out_dir`` (same key); writes wait meanwhile."""
        from .salvage import repair_copy   # salvage imports this module
        if self.key_info is None or self._key is None:
            raise StoreError("Denne databasen er ikke kryptert og kan ikke repareres her.",
                             "This database is not encrypted and cannot be repaired here.")
        with self._lock:
            with contextlib.suppress(DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return repair_copy(self.files.db, self._key, self.key_info, self.worker, Path(out_dir), now)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Connection]:
        """A second connection that only reads, for long reads beside the app's (the full check).

        It sees what was committed when each statement starts; writers are never blocked by it.
        """
        conn = connect(self.files.db, self._key, create=False, read_only=True)
        try:
            yield conn
        finally:
            conn.close()

    def save(self, records: Sequence[Any], actor: WorkerRef, action: AuditAction,
             now: dt.datetime, detail: str = "") -> list[AuditEvent]:
        """Append record versions with their outbox rows and audit events, atomically."""
        events = []
        with self.transaction():
            for record in records:
                kind = self.records.append(record)
                self.outbox.add("record", record.meta.version_id, kind, now)
                event = self.audit.add(actor, action, now, self.device_id,
                                       client_id=client_id_of(record), record_id=record.meta.record_id,
                                       detail=detail or kind)
                self.outbox.add("audit", event.event_id, "audit", now)
                events.append(event)
        return events

    def log_access(self, actor: WorkerRef, action: AuditAction, now: dt.datetime,
                   client_id: str | None, detail: str = "") -> AuditEvent:
        """Record a read, print or export in the audit log (and queue it for the server)."""
        with self.transaction():
            event = self.audit.add(actor, action, now, self.device_id, client_id=client_id, detail=detail)
            self.outbox.add("audit", event.event_id, "audit", now)
        return event

    # -- settings kept in the database ------------------------------------

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting (device id, worker, sync server, …)."""
        with self.reading():
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting durably."""
        with self.transaction():
            self._set_meta(key, value)

    @property
    def device_id(self) -> str:
        """This installation's id, written on every record it makes."""
        if self._device_id is None:
            self._device_id = self.get_setting("device_id")
            if self._device_id is None:
                raise StoreError("Databasen mangler enhets-id.", "The database has no device id.")
        return self._device_id

    @property
    def worker(self) -> WorkerRef:
        """The worker this database was set up for."""
        return WorkerRef(self.get_setting("worker_name") or "", self.get_setting("worker_hpr") or "")

    def cipher_version(self) -> str:
        """SQLCipher's version ('' for a plain SQLite benchmark file)."""
        with self.reading():
            row = self._conn.execute("PRAGMA cipher_version").fetchone()
        return row[0] if row else ""

    @property
    def schema_version(self) -> int:
        with self.reading():
            return self._conn.execute("PRAGMA user_version").fetchone()[0]


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (triggers hold inner semicolons)."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if joined.rstrip().endswith(";") and (not joined.lstrip().upper().startswith("CREATE TRIGGER")
                                              or joined.rstrip().upper().endswith("END;")):
            statements.append(joined)
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
