"""Everything "sync" in the window: Synchronise now, the automatic sync, Cancel, the progress bar in
the status bar, the end-of-shift summary with its retry, and the server settings dialog.

The sync itself is a task of the operation runner (:mod:`desktop.ui.ops`): it runs on a thread of
its own, its progress and its summary come back on the GUI thread, and Cancel — or locking the
window — cuts the request in flight through ``app.sync.cancel()``, so nothing waits for a server.

Use::

    sync = SyncController(window, session)
    sync.running_changed.connect(lambda running: action.setEnabled(not running))
    sync.message.connect(window.statusBar().showMessage)
    sync.start()                 # "Synchronise now"
    sync.start(automatic=True)   # from a timer: only when online and records wait
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from ...services import Ambulant, Changes
from ...services.changes import OUTBOX_CHANGED
from ...services.journal import destroyed_journal
from ...services.sync import SyncOutcome, SyncProgress, SyncSummary
from ..errors import show_expected
from ..i18n.language import fill, ui_language
from ..ops import Job, Task
from ..session import Session


class SyncController(QObject):
    """One sync at a time for one window, with its progress box and its summary dialog."""

    progress = Signal(object)          # SyncProgress, on the GUI thread
    finished = Signal(object)          # SyncSummary, or None (an automatic run had nothing to do)
    running_changed = Signal(bool)
    message = Signal(str, int)         # a status-bar line and how long it stays (ms)

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.automatic = False       # whether the run in progress (or the last one) was started by a timer
        self.last_summary: SyncSummary | None = None
        self._job: Job[SyncSummary | None] | None = None
        self._box = None             # desktop.ui.sync.panel.SyncProgressBox, made on the first run
        self._report = None          # desktop.ui.sync.panel.SyncSummaryDialog, kept while unlocked

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, automatic: bool = False) -> bool:
        """Start a sync; False when one runs already (or the window is locked)."""
        if self._job is not None or not self.session.is_unlocked:
            return False
        def run(app: Ambulant, task: Task) -> SyncSummary | None:
            if automatic and (task.cancelled.is_set() or not app.sync.should_auto_sync()):
                return None
            return app.sync.run(task.report, include_deferred=not automatic,
                                engine_ready=lambda engine: task.cancelled.is_set() and engine.abort())
        job = self.session.ops.task(self.window, run, self._finished, self._failed,
                                    progress=self._progress, cancel=lambda app: app.sync.cancel())
        if job is None:
            return False
        self._job, self.automatic = job, automatic
        if not automatic:    # an automatic run shows its bar only once it has something to send
            self._progress_box().begin()
        if self._report is not None:
            self._report.set_running(True)
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop the running sync now (the request in flight is cut); what is not confirmed stays waiting."""
        if self._job is not None:
            self._job.cancel()

    def stop(self) -> None:
        """The window locks: the runner cancels the run; forget it and close what names clients."""
        self._ended()
        report, self._report = self._report, None
        if report is not None:
            report.close()     # it names clients: never shown while locked (it reopens from the menu)
            report.deleteLater()
        self.last_summary = None

    def _progress_box(self):  # noqa: ANN202 (desktop.ui.sync.panel.SyncProgressBox)
        if self._box is None:
            from .panel import SyncProgressBox
            self._box = SyncProgressBox()
            self._box.cancel_requested.connect(self.cancel)
            self.window.statusBar().insertPermanentWidget(0, self._box)
        return self._box

    def _progress(self, progress: SyncProgress) -> None:
        self._progress_box().show_progress(progress)
        self.progress.emit(progress)

    def _ended(self) -> None:
        was_running, self._job = self._job is not None, None
        if self._box is not None:
            self._box.end()
        if self._report is not None:
            self._report.set_running(False)
        if was_running:
            self.running_changed.emit(False)

    def _failed(self, _error: BaseException) -> bool:
        self._ended()       # shown by the runner (a bug: the engine reports server trouble in its summary)
        self.finished.emit(None)
        return False

    def _finished(self, summary: SyncSummary | None) -> None:
        self._ended()
        if summary is not None and summary.journal_destroyed:
            self._journal_destroyed()
            return
        if summary is not None:
            self.last_summary = summary
            if summary.outcome is SyncOutcome.CANCELLED:
                self.message.emit(self.tr("Synchronisation cancelled. What was not sent waits for the next one."),
                                  15_000)
            else:
                self.message.emit(self.summary_line(summary), 15_000)
        if summary is not None and not self.automatic and summary.outcome is not SyncOutcome.CANCELLED:
            self.open_report()
        elif self._report is not None and self._report.isVisible():
            self._report.show_summary(self.last_summary)
        self.finished.emit(summary)

    def _journal_destroyed(self) -> None:
        """The municipality revoked this laptop and the sync destroyed the journal: lock, and say so."""
        self.window.lock()          # duck-typed: the main window's lock (hides forms, closes the session)
        said = destroyed_journal(self.session.data_dir)
        if said is not None:
            show_expected(said, None, self.window)
        self.finished.emit(None)

    def summary_line(self, summary: SyncSummary) -> str:
        """One status-bar line in the UI language (the engine's own sentences are Bokmål and English)."""
        from .panel import rule_break_line   # the summary dialog says it the same way
        if summary.outcome is SyncOutcome.COMPLETE:
            line = fill(self.tr("Everything is synchronised (%1 sent)."), summary.sent)
        elif summary.outcome is SyncOutcome.INCOMPLETE:
            line = fill(self.tr("%1 sent, %2 failed, %3 waiting."), summary.sent, summary.failed_total,
                        summary.waiting)
        else:
            return summary.message_en if ui_language() == "en" else summary.message_nb
        return " ".join(p for p in (line, rule_break_line(summary)) if p)

    # -- the summary and the settings ------------------------------------------------------

    def open_report(self) -> None:
        """The summary of the last sync and the records the server refused (non-modal, one at a time)."""
        if not self.session.is_unlocked:
            return
        if self._report is None:
            from .panel import SyncSummaryDialog
            self._report = SyncSummaryDialog(self.session, self.window)
            self._report.retry_requested.connect(self.retry_refused)
            self._report.settings_requested.connect(self.open_settings)
        self._report.set_running(self.running)
        self._report.show_summary(self.last_summary)
        self._report.show()
        self._report.raise_()
        self._report.activateWindow()

    def retry_refused(self, seqs: list[int] | None) -> None:
        """Queue refused records again (the chosen ones, or all: None) and start a sync for them."""
        def queue_again(app: Ambulant) -> Changes:
            app.sync.retry_failed(seqs)
            return OUTBOX_CHANGED

        def queued(_changes: Changes) -> None:
            if self._report is not None:
                self._report.refresh()
            self.start()
        self.session.ops.write(self.window, queue_again, queued)

    def open_settings(self) -> None:
        """File → Synchronisation…: server address, login, automatic sync."""
        if not self.session.is_unlocked:
            return
        from .server_dialog import SyncSettingsDialog
        dialog = SyncSettingsDialog(self.session, self.window)
        dialog.saved.connect(lambda _settings: self.message.emit(self.tr("Synchronisation settings saved."), 8_000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
