"""The unlocked (or locked) database behind the window, and who is signed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.clock import utcnow
from ..services import Ambulant
from ..services.journal import KdfParams, create_journal, journal_exists, keyring_available, open_journal
from .ops import Job, Locked, OperationRunner

MIN_PASSPHRASE_LENGTH = 8

__all__ = ["MIN_PASSPHRASE_LENGTH", "Locked", "Session"]


class Session(QObject):
    """Owns the open journal (the :class:`Ambulant` services) and the operation runner on it.

    Widgets reach the services only through ``session.ops`` (:class:`~desktop.ui.ops.OperationRunner`).
    Locking hides everything at once and closes the journal as soon as no worker runs
    (``closed`` then); nothing but the passphrase opens it again.

    The window opens the journal off the GUI thread (:meth:`start_unlock`, :meth:`start_create`);
    :meth:`unlock` and :meth:`create` do the same at once, for the command line, scripts and tests.
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
        self._opening: Job[Ambulant] | None = None
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

    # -- opening off the GUI thread (the unlock and setup pages) ----------------------------------

    @property
    def opening(self) -> bool:
        """True while :meth:`start_unlock` or :meth:`start_create` runs (its result not yet handled)."""
        return self._opening is not None and not self._opening.done

    def start_unlock(self, owner: QObject, passphrase: str, on_success: Callable[[], object],
                     on_failure: Callable[[BaseException], bool | None]) -> Job[Ambulant] | None:
        """Open the journal as :meth:`unlock` does, off the GUI thread; None (nothing starts) when it is
        open or being opened already. On the GUI thread afterwards: :attr:`unlocked`, then ``on_success()``;
        or ``on_failure(error)`` (WrongPassphrase, UnlockThrottled, StoreError …; True when it showed it)."""
        data_dir, clock = self._data_dir, self.clock
        return self._start(owner, lambda: open_journal(data_dir, passphrase, clock=clock), on_success, on_failure)

    def start_create(self, owner: QObject, name: str, hpr: str, passphrase: str, on_success: Callable[[], object],
                     on_failure: Callable[[BaseException], bool | None]) -> Job[Ambulant] | None:
        """Make the journal as :meth:`create` does, off the GUI thread; as :meth:`start_unlock` otherwise."""
        data_dir, kdf, clock = self._data_dir, self.kdf, self.clock
        return self._start(owner, lambda: create_journal(data_dir, passphrase, name, hpr, kdf=kdf, clock=clock),
                           on_success, on_failure)

    def _start(self, owner: QObject, opener: Callable[[], Ambulant], on_success: Callable[[], object],
               on_failure: Callable[[BaseException], bool | None]) -> Job[Ambulant] | None:
        if self._app is not None or self.opening:
            return None     # a second Enter while the first is on its way: one journal, opened once

        def opened(app: Ambulant) -> None:
            self._opening = None
            if self._app is not None:    # opened meanwhile by a direct unlock(): keep that one
                app.close()
                return
            self._opened(app)
            on_success()

        def failed(error: BaseException) -> bool | None:
            self._opening = None
            return on_failure(error)

        # Not taken (the window closed, or lock() was called meanwhile): the journal is closed again.
        self._opening = self.ops.open(owner, opener, opened, failed, discard=Ambulant.close)
        return self._opening

    def lock(self) -> None:
        """Lock now: running tasks are cancelled, the window shows the unlock screen, and the journal
        closes once the workers have stopped (at once when none runs). Never waits for a server.
        While the journal is being opened (the window closes meanwhile), what it opens is closed again."""
        if self._app is None:
            if self.opening:
                self.ops.stop(then=lambda: None)
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
