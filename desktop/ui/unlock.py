"""The unlock screen: the passphrase opens the encrypted database; a wrong one changes nothing."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..services import Ambulant
from ..services.journal import destroyed_journal, unlock_wait_seconds
from ..store.errors import StoreError, UnlockThrottled, WrongPassphrase
from .kit.icons import icon
from .i18n.language import error_text, fill
from .ops import Job
from .session import Session
from .kit.theme import error_style
from .kit.widgets import Banner, centred_card, heading, muted


class UnlockPage(QWidget):
    """Passphrase field with its error next to it; shows the demo passphrase in demo mode."""

    unlocked = Signal()

    def __init__(self, session: Session, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        box = centred_card(self, 540)
        top = QHBoxLayout()
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(32, 32))
        top.addWidget(lock)
        self.title = heading(self.tr("Ambulant is locked"), 1)
        top.addWidget(self.title, 1)
        box.addLayout(top)
        self.hint = muted(self.tr("Enter your passphrase to open the encrypted journal."))
        box.addWidget(self.hint)
        if demo_passphrase:
            demo = Banner("info", fill(self.tr("Demo data with fictional clients. The passphrase is %1"),
                                       f"<b>{demo_passphrase}</b>"))
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(demo)
        self.drafts_note = Banner("warning", self.tr("Unsaved text is kept until you unlock."))
        self.drafts_note.hide()
        box.addWidget(self.drafts_note)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        row.addWidget(self.passphrase, 1)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        row.addWidget(self.button)
        box.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        box.addWidget(self.error)
        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        # After several wrong passphrases the next try waits: the button says how long, each second.
        self._wait_until: dt.datetime | None = None
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self.update_wait)
        self.attempt: Job[Ambulant] | None = None   # the last try started (its result, for tests)

    def prepare(self, drafts_kept: bool) -> None:
        """Get ready to be shown: empty field, focus in it (or, when the journal was destroyed, why)."""
        self.passphrase.clear()
        self.error.hide()
        self.drafts_note.setVisible(drafts_kept)
        destroyed = destroyed_journal(self.session.data_dir)
        for widget in (self.passphrase, self.button, self.hint):
            widget.setVisible(destroyed is None)
        self.title.setText(self.tr("Ambulant is locked") if destroyed is None else self.tr("The journal was destroyed"))
        if destroyed is not None:
            self.show_error(error_text(destroyed))   # a revoked device: nothing here to unlock any more
            return
        self.passphrase.setFocus()
        self._wait_if_throttled()

    def _wait_if_throttled(self) -> None:
        """A wait left from wrong passphrases (also from before a restart) shows at once."""
        wait = unlock_wait_seconds(self.session.data_dir, self.session.clock)
        if wait > 0:
            self.start_wait(wait)

    @property
    def busy(self) -> bool:
        """True while the passphrase is being tried (the KDF and the opening run off the GUI thread)."""
        return self.session.opening

    def submit(self) -> bool:
        """Start trying the passphrase (True when it started); the answer comes back on the GUI thread:
        a wrong one shows a message next to the field and changes nothing, a right one unlocks."""
        if self._wait_until is not None or self.session.opening or self.session.is_unlocked:
            return False
        started = self.session.start_unlock(self, self.passphrase.text(), self._unlocked, self._refused)
        if started is None:
            return False
        self.attempt = started
        self._show_busy(True)
        return True

    def _show_busy(self, busy: bool) -> None:
        """While the passphrase is tried: field and button held, the button says so, a busy cursor."""
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Unlocking …") if busy else self.tr("Unlock"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _unlocked(self) -> None:
        self._show_busy(False)
        self.passphrase.clear()
        self.error.hide()
        self.unlocked.emit()

    def _refused(self, exc: BaseException) -> bool:
        """A wrong passphrase, a wait, a damaged or destroyed journal: said next to the field."""
        self._show_busy(False)
        if isinstance(exc, UnlockThrottled):
            self.show_error(error_text(exc))
            self.start_wait(exc.wait_seconds)
        elif isinstance(exc, WrongPassphrase):
            self.show_error(error_text(exc))
            self._wait_if_throttled()
        elif isinstance(exc, StoreError):      # a damaged journal, or one destroyed meanwhile
            self.show_error(error_text(exc))
        else:
            return False                       # a bug: the runner shows it in a dialog
        return True

    def start_wait(self, seconds: int) -> None:
        """Hold the Unlock button for ``seconds`` (by the session's clock), counting down on it."""
        self._wait_until = self.session.now() + dt.timedelta(seconds=seconds)
        self.update_wait()
        self.wait_timer.start()

    def update_wait(self) -> None:
        """Show the seconds left on the button; give it back when the wait is over."""
        if self._wait_until is None:
            return
        left = math.ceil((self._wait_until - self.session.now()).total_seconds())
        if left > 0:
            self.button.setEnabled(False)
            self.button.setText(fill(self.tr("Wait %1 s"), left))
            return
        self._wait_until = None
        self.wait_timer.stop()
        self.button.setEnabled(True)
        self.button.setText(self.tr("Unlock"))
        self.error.hide()
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        """Show ``message`` next to the passphrase field (the card grows to hold it)."""
        self.error.setText(message)
        self.error.show()
        self.error.updateGeometry()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
