"""Opening and creating the journal: the one place that turns a folder and a passphrase into services.

The window, the command line, the self-test and the tests all come through here,
so the database is opened (and migrated) and the services object is built in one way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..domain.clock import utcnow
from ..domain.identifiers import parse_hpr
from ..domain.records import WorkerRef
from ..store.database import Database, DatabaseFiles
from ..store.errors import JournalShredded
from ..store.unlock_throttle import UnlockThrottle
from ..store.unlocking import raise_if_shredded
from ..domain.errors import DomainError
# normalize_passphrase is the window's and the CLI's one way to read a passphrase, re-exported from here.
from ..store.keys import KeyMode, ScryptParams, normalize_passphrase
from ..store.keys import keyring_available as _keyring_available
from .facade import Ambulant

# How the passphrase is stretched into a key; tests and benchmarks pass a cheaper one.
KdfParams = ScryptParams

Clock = Callable[[], dt.datetime]
MIN_PASSPHRASE_LENGTH = 8


def journal_exists(data_dir: Path) -> bool:
    """True when ``data_dir`` holds a journal: its database file (key files alone are an interrupted init)."""
    return DatabaseFiles(Path(data_dir)).exists()


def journal_file(data_dir: Path) -> Path:
    """The encrypted database file in ``data_dir`` (for messages that name it)."""
    return DatabaseFiles(Path(data_dir)).db


def destroyed_journal(data_dir: Path) -> JournalShredded | None:
    """What to say when the journal in ``data_dir`` was destroyed because the device was revoked, else None."""
    files = DatabaseFiles(Path(data_dir))
    try:
        raise_if_shredded(files.shredded, str(files.data_dir))
    except JournalShredded as said:
        return said
    return None


def keyring_available() -> bool:
    """True when the OS has a keyring the key can be kept in."""
    return _keyring_available()


def create_journal(data_dir: Path, passphrase: str, name: str, hpr: str, kdf: KdfParams | None = None,
                   use_keyring: bool | None = None, clock: Clock = utcnow) -> Ambulant:
    """Make a new encrypted journal for this worker and return it open.

    A bad name, HPR number or passphrase is a DomainError, an existing journal a StoreError;
    nothing is written in either case. The passphrase is kept in its normal form
    (:func:`normalize_passphrase`: no BOM, no spaces at the ends), as it is read everywhere.
    """
    worker = WorkerRef(name.strip(), parse_hpr(hpr))
    if len(normalize_passphrase(passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise DomainError("passphrase", f"Passordfrasen må ha minst {MIN_PASSPHRASE_LENGTH} tegn.",
                          f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")
    return Ambulant(Database.create(Path(data_dir), passphrase, worker, kdf=kdf, use_keyring=use_keyring),
                    clock=clock)


def open_journal(data_dir: Path, passphrase: str, clock: Clock = utcnow) -> Ambulant:
    """Open (and migrate) the journal in ``data_dir``; WrongPassphrase leaves the journal as it was.

    Wrong passphrases are counted (beside the journal, never in it) and, after a few in a row,
    the next try must wait: UnlockThrottled says how long (``clock`` decides when it is over).
    """
    return Ambulant(Database.open(Path(data_dir), passphrase, clock=clock), clock=clock)


def unlock_wait_seconds(data_dir: Path, clock: Clock = utcnow) -> int:
    """Seconds until the next passphrase may be tried after wrong ones in a row (0: now)."""
    return UnlockThrottle(DatabaseFiles(Path(data_dir)).throttle, clock).wait_seconds()


def protected_by_passphrase_only(app: Ambulant) -> bool:
    """True when no OS keyring holds the key: the passphrase alone protects the journal."""
    info = app.db.key_info
    return info is not None and info.mode is KeyMode.PASSPHRASE


def prepare_demo(data_dir: Path, passphrase: str | None = None, kdf: KdfParams | None = None) -> int:
    """Create the demo journal in ``data_dir`` (or open it) and seed it; returns how many clients were new."""
    from ..support.demo_data import DEMO_PASSPHRASE, DEMO_WORKER, seed_demo
    passphrase = passphrase or DEMO_PASSPHRASE
    if journal_exists(data_dir):
        app = open_journal(data_dir, passphrase)
    else:
        app = create_journal(data_dir, passphrase, DEMO_WORKER.name, DEMO_WORKER.hpr, kdf=kdf)
        # Fictional clients, never synced: the retention that shuts a real journal would shut the demo.
        from .retention import set_retention_days
        set_retention_days(app, 0)
    try:
        return seed_demo(app)
    finally:
        app.close()
