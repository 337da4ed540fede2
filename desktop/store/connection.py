"""Opening a SQLCipher 4 connection with the raw key, and telling faults apart."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from .errors import NotAnAmbulantDatabase

# PRAGMA application_id marks the file as Ambulant's ("AMBU").
APPLICATION_ID = 0x414D4255

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
IntegrityError = sqlcipher3.IntegrityError


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "this page cannot be read" errors (a failed page checksum, a broken b-tree)."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.DatabaseError) and ("malformed" in text or "not a database" in text)


def connect(path: Path, key: bytes | None, create: bool, read_only: bool = False,
            immutable: bool = False) -> Connection:
    """Open ``path`` with ``key`` (``None``: plain SQLite, for benchmarks only).

    Nothing is written before the key has been shown to read the file, so a
    damaged or foreign file is left byte for byte as it was. ``read_only`` opens
    a connection that cannot write the database (it still shares the -shm of a
    journal in use); ``immutable`` also promises SQLite that nobody writes the
    file, so it opens no -wal or -shm and writes nothing at all — only for a
    closed journal whose WAL is empty (``ambulant check``).
    """
    mode = "rwc" if create else "ro" if read_only or immutable else "rw"
    extra = "&immutable=1" if immutable else ""
    try:
        conn = sqlcipher3.connect(f"file:{path.as_posix()}?mode={mode}{extra}", uri=True,
                                  isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise NotAnAmbulantDatabase(str(path)) from exc
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # A bad page is reported to the caller as an error; SQLCipher's own log lines on stderr
            # would only repeat it (page numbers, no content) in every terminal and log.
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not create and conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAnAmbulantDatabase(str(path))
        # No "PRAGMA cipher_memory_security = ON": it mlocks and wipes every SQLite allocation,
        # process-wide, and made each signed dose about 2x and seeding about 5x slower
        # (tests/bench/bench_store.py). SQLCipher still wipes its own key material; SQLCipher
        # itself turned the option off by default (4.5.0) for the same reason.
        conn.execute("PRAGMA temp_store = MEMORY")
        if read_only or immutable:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            return conn
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns (a signed dose must survive a power cut).
        conn.execute("PRAGMA synchronous = FULL")
        # Small checkpoints (~800 KB) often, so no single signed dose waits for a big one
        # (the default 1000 pages put 15–30 ms on every ~40th commit on a 5-year database).
        conn.execute("PRAGMA wal_autocheckpoint = 200")
        # 64 MB of decrypted pages: the OS caches a plain file for free, an encrypted page is
        # decrypted again on every cache miss (a client overview reads a few hundred pages).
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise NotAnAmbulantDatabase(str(path)) from exc
    except NotAnAmbulantDatabase:
        conn.close()
        raise
    return conn
