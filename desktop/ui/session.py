"""The unlocked (or locked) database behind the window, and who is signed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.identifiers import parse_hpr
from ..domain.records import WorkerRef
from ..domain.clock import utcnow
from ..services import Ambulant
from ..store.database import Database, DatabaseFiles
from ..store.keys import ScryptParams, keyring_available

MIN_PASSPHRASE_LENGTH = 8


class Locked(RuntimeError):
    """A service was asked for while the database is locked."""


class Session(QObject):
    """Owns the open :class:`Database` and the :class:`Ambulant` services on it.

    Locking closes the database connection; nothing but the passphrase opens it again.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, data_dir: Path, clock: Callable[[], dt.datetime] = utcnow,
                 kdf: ScryptParams | None = None, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files = DatabaseFiles(Path(data_dir))
        self.clock = clock
        self.kdf = kdf
        self.demo = demo
        self._app: Ambulant | None = None

    @property
    def data_dir(self) -> Path:
        return self.files.data_dir

    def needs_setup(self) -> bool:
        """True when there is no database yet in the data folder."""
        return not self.files.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._app is not None

    @property
    def app(self) -> Ambulant:
        """The services; raises :class:`Locked` while locked."""
        if self._app is None:
            raise Locked("the database is locked")
        return self._app

    @staticmethod
    def keyring_available() -> bool:
        return keyring_available()

    def create(self, name: str, hpr: str, passphrase: str) -> Ambulant:
        """Make the encrypted database for this worker and unlock it (DomainError/StoreError on bad input)."""
        worker = WorkerRef(name.strip(), parse_hpr(hpr))
        db = Database.create(self.data_dir, passphrase, worker, kdf=self.kdf)
        return self._opened(db)

    def unlock(self, passphrase: str) -> Ambulant:
        """Open the database; :class:`~desktop.store.errors.WrongPassphrase` leaves everything as it was."""
        if self._app is not None:
            return self._app
        return self._opened(Database.open(self.data_dir, passphrase))

    def _opened(self, db: Database) -> Ambulant:
        self._app = Ambulant(db, clock=self.clock)
        self.unlocked.emit()
        return self._app

    def lock(self) -> None:
        """Close the database connection; the window shows the unlock screen."""
        if self._app is None:
            return
        app, self._app = self._app, None
        app.db.close()
        self.locked.emit()

    def now(self) -> dt.datetime:
        """The session clock's current time."""
        return self.clock()
