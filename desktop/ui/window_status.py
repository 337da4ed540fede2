"""The main window's status bar: lock state, who is signed in, records waiting to sync, last sync."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from ..services import Ambulant, SyncStatus
from .i18n.language import fill
from .kit.formatting import fmt_worker, stored_time_text
from .kit.widgets import ElidingLabel
from .session import Session

# After a save the view repaints first; the count follows this many milliseconds later.
STATUS_DELAY_MS = 250


class WindowStatus(QObject):
    """The four permanent labels of a window's status bar, read through the session's runner."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.session = session
        bar = window.statusBar()
        self.lock_state = QLabel()
        self.worker_label = ElidingLabel()      # gives way first on a narrow window; the count never does
        self.pending_label = QLabel()
        self.last_sync_label = ElidingLabel()
        for label in (self.lock_state, self.worker_label, self.pending_label, self.last_sync_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        self.lock_state.setAccessibleName(self.tr("Lock state"))
        self.worker_label.setAccessibleName(self.tr("Signed in as"))
        self.pending_label.setAccessibleName(self.tr("Waiting to synchronise"))
        self.last_sync_label.setAccessibleName(self.tr("Last synchronised"))
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(STATUS_DELAY_MS)
        self._soon.timeout.connect(self.refresh)

    def refresh_soon(self) -> None:
        """Read the status again a moment from now (after a save, once the view has repainted)."""
        self._soon.start()

    def refresh(self) -> None:
        """Lock state, worker, records waiting to sync, last sync (``Ambulant.sync_status()``)."""
        if not self.session.is_unlocked:
            self.lock_state.setText(self.tr("Locked"))
            for label in (self.worker_label, self.pending_label, self.last_sync_label):
                label.clear()
            return
        self.session.ops.read(self, Ambulant.sync_status, self._show)

    def _show(self, status: SyncStatus) -> None:
        self.lock_state.setText(self.tr("Unlocked"))
        self.worker_label.setText(fmt_worker(status.worker))
        self.pending_label.setText(fill(self.tr("Waiting to sync: %1"), status.pending) +
                                   (" · " + fill(self.tr("failed: %1"), status.failed) if status.failed else ""))
        self.last_sync_label.setText(fill(self.tr("Last sync: %1"), stored_time_text(status.last_sync)
                                          or self.tr("never")))
