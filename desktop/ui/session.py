"""The unlocked (or locked) database behind the window, and who is signed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.clock import utcnow
from ..services import Ambulant
from ..services.journal import KdfParams, create_journal, journal_exists, keyring_available, open_journal
from .ops import Locked, OperationRunner

MIN_PASSPHRASE_LENGTH = 8

__all__ = ["MIN_PASSPHRASE_LENGTH", "Locked", "Session"]


class Session(QObject):
    """Owns the open journal (the :class:`Ambulant` services) and the operation runner on it.

    Widgets reach the services only through ``session.ops`` (:class:`~desktop.ui.ops.OperationRunner`).
    Locking hides everything at once and closes the journal as soon as no worker runs
    (``closed`` then); nothing but the passphrase opens it again.
    """

    locked = Signal()
    unlocked = Signal()
    closed = Signal()

    def __init__(self, data_dir: Path, clock: Callable[[], dt.datetime] = utcnow,
                 kdf: KdfParams | None = None, demo: bool = False, inline_ops: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self.clock = clock
        self.kdf = kdf
        self.demo = demo
        self._app: Ambulant | None = None
        self._closing: list[Ambulant] = []
        self.ops = OperationRunner(lambda: self._app, inline=inline_ops, parent=self)

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def needs_setup(self) -> bool:
        """True when there is no database yet in the data folder."""
        return not journal_exists(self._data_dir)

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
        return self._opened(create_journal(self._data_dir, passphrase, name, hpr, kdf=self.kdf, clock=self.clock))

    def unlock(self, passphrase: str) -> Ambulant:
        """Open the database; :class:`~desktop.store.errors.WrongPassphrase` leaves everything as it was."""
        if self._app is not None:
            return self._app
        return self._opened(open_journal(self._data_dir, passphrase, clock=self.clock))

    def _opened(self, app: Ambulant) -> Ambulant:
        self._app = app
        self.unlocked.emit()
        return self._app

    def lock(self) -> None:
        """Lock now: running tasks are cancelled, the window shows the unlock screen, and the journal
        closes once the workers have stopped (at once when none runs). Never waits for a server."""
        if self._app is None:
            return
        app, self._app = self._app, None
        self._closing.append(app)
        self.ops.stop(then=lambda: self._close(app))
        self.locked.emit()

    @property
    def closing(self) -> bool:
        """True while a locked journal waits for a worker to stop before it is closed."""
        return bool(self._closing)

    def _close(self, app: Ambulant) -> None:
        self._closing.remove(app)
        app.close()
        self.closed.emit()

    def now(self) -> dt.datetime:
        """The session clock's current time."""
        return self.clock()
