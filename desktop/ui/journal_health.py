"""The journal's health in the window: the checks after unlock, damage said calmly, the retention lock.

After each unlock the quick check runs, then the full one, both on a worker
thread (the services read on a second, read-only connection, so no write waits
for them). On damage a banner above the workspace says what it means — some
pages cannot be read; everything else is shown and sent as usual — and offers
the repair copy. When the retention has run out, the banner says so and offers
a sync, and no client data is read until one succeeds.

This is a minimal direct wiring; the window's operation runner may take the
checks over (``services.integrity.CheckRun``, ``quick_check`` / ``full_check``).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ..services.integrity import CheckRun, IntegrityReport, put_repaired_in_place, repair_open_journal
from ..services.retention import client_data_shut as data_shut
from ..store.errors import StoreError
from .i18n.language import error_text, fill
from .kit.widgets import Banner
from .session import Session


class JournalNotice(QWidget):
    """A banner above the workspace with one action (repair, or sync); hidden when all is well."""

    repair_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 0)
        self.banner = Banner("warning")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Journal notice"))
        row.addWidget(self.banner, 1)
        self.repair_button = QPushButton(self.tr("Repair…"))
        self.sync_button = QPushButton(self.tr("Synchronise now"))
        for b in (self.repair_button, self.sync_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            b.hide()
        self.repair_button.clicked.connect(self.repair_requested)
        self.sync_button.clicked.connect(self.sync_requested)
        self.kind = ""
        self.hide()

    def show_damage(self, report: IntegrityReport) -> None:
        """Some pages cannot be read: what it means, and the repair."""
        count = len(report.bad_pages)
        what = (fill(self.tr("%1 of %2 pages of the journal on this computer cannot be read."), count, report.pages)
                if count else self.tr("Parts of the journal on this computer cannot be read.")
                if not report.sqlite_check_finished
                else self.tr("The journal on this computer has errors in its structure."))
        self._show("damage", what + " " + self.tr(
            "Everything else is intact: it is shown and synchronised as usual. Keep working; "
            "Repair copies everything readable into a new encrypted journal, and what is missing is fetched "
            "from the server at the next synchronisation. The damaged journal is kept."), "danger")
        self.repair_button.show()

    def show_locked(self, message: str) -> None:
        """The retention ran out: client data stays shut until a sync."""
        self._show("locked", message, "warning")
        self.sync_button.show()

    def show_info(self, message: str) -> None:
        self._show("info", message, "info")

    def _show(self, kind: str, text: str, style: str) -> None:
        self.kind = kind
        self.banner.set_kind(style)
        self.banner.setText(text)
        self.repair_button.hide()
        self.sync_button.hide()
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.banner.clear()
        self.hide()

    def confirm_repair(self) -> bool:
        """Ask before the repair (it locks the journal and puts a new one in its place)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Repair the journal"), self.tr(
            "Everything that can be read is copied into a new encrypted journal, which then takes the damaged "
            "one's place. The damaged journal is kept beside it, unchanged. The journal locks; unlock it with "
            "your passphrase as usual."), QMessageBox.StandardButton.NoButton, self.window())
        go = box.addButton(self.tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is go

    def run_repair(self, session: Session) -> str:
        """Copy everything readable into a new journal and put it in place of the damaged one (kept
        beside it, renamed); the session is locked. Returns what to tell the worker."""
        data_dir = session.data_dir
        repaired = data_dir.with_name(f"{data_dir.name}-reparert")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = repair_open_journal(session.app, repaired)
            session.lock()
            kept = put_repaired_in_place(data_dir, repaired)
        except StoreError as exc:
            return error_text(exc)
        except OSError as exc:
            return fill(self.tr("The repair could not finish (%1). The journal was not changed."),
                        exc.strerror or type(exc).__name__)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return fill(self.tr("Repaired: %1 record versions copied into a new journal. The damaged journal is "
                            "kept in %2."), outcome.report.copied.get("record_versions", 0), str(kept))


class JournalChecks(QObject):
    """Runs the quick and then the full check of the open journal on a worker thread."""

    checked = Signal(object)     # (generation, IntegrityReport) from the worker thread
    current = Signal(object)     # an IntegrityReport of the journal open now, on the GUI thread

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._run: CheckRun | None = None
        self.checked.connect(self._keep_current)
        self.last: IntegrityReport | None = None

    def start(self) -> None:
        """Check the journal just unlocked: the quick check, then the full one."""
        self.stop()
        self._generation += 1
        self.last = None
        app, generation = self.session.app, self._generation

        def run() -> None:
            for full in (False, True):
                if generation != self._generation:
                    return
                self._run = CheckRun(app)
                try:
                    report = self._run.run(full)
                except StoreError:
                    return       # the file could not be opened again: the window's own reads will say so
                if report is None:
                    return       # stopped: the journal is being locked
                self.checked.emit((generation, report))   # on damage the full one says how much

        self._thread = threading.Thread(target=run, name="ambulant-integrity-check", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop a running check (results that still arrive are dropped)."""
        self._generation += 1
        if self._run is not None:
            self._run.cancel()

    def wait(self) -> None:
        """Let a running check end (before the database closes)."""
        if self._thread is not None:
            self._thread.join()

    def _keep_current(self, item: object) -> None:
        generation, report = item  # type: ignore[misc]
        if generation == self._generation:
            self.last = report
            self.current.emit(report)


def client_data_shut(session: Session) -> str | None:
    """The message to show when client data is shut (the retention ran out, the device revoked), else None."""
    shut = data_shut(session.app)
    return None if shut is None else error_text(shut)
