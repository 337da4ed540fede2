"""Runs the sync off the GUI thread and hands its progress to the window as Qt signals.

The engine (``desktop.sync``) knows nothing of Qt: it calls a progress callback
on its own thread. Here that callback emits a signal; Qt queues it to the
window's thread, so no widget is ever touched from the worker.

Use::

    worker = SyncWorker(app.sync, parent=window)
    worker.progress.connect(panel.show_progress)     # SyncProgress
    worker.finished.connect(panel.show_summary)      # SyncSummary (None: automatic sync had nothing to do)
    worker.start()                                   # "Sync now"
    worker.start(automatic=True)                     # from a timer: only when online and records wait
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...services.sync import SyncEngine, SyncService


class _SyncRun(QObject):
    """Lives on the worker thread for one run."""

    progress = Signal(object)
    finished = Signal(object)

    def __init__(self, service: SyncService, automatic: bool) -> None:
        super().__init__()
        self._service = service
        self._automatic = automatic
        self.engine: SyncEngine | None = None
        # Set from the GUI thread; also stops a run that has not made its engine yet.
        self.cancelled = threading.Event()

    @Slot()
    def run(self) -> None:
        summary = None
        try:
            if not self._automatic or (self._service.should_auto_sync() and not self.cancelled.is_set()):
                summary = self._service.run(self.progress.emit, include_deferred=not self._automatic,
                                   engine_ready=self._keep)
        finally:
            self.finished.emit(summary)
            # End the thread's event loop here, so SyncWorker.wait() returns as soon as the run is
            # over (locking waits for it) instead of when the GUI thread gets round to _done().
            QThread.currentThread().quit()

    def _keep(self, engine: SyncEngine) -> None:
        self.engine = engine          # first, so a cancel() from the GUI thread sees one or the other
        if self.cancelled.is_set():
            engine.cancel.set()


class SyncWorker(QObject):
    """One sync at a time, on a QThread; signals arrive on the thread that owns the worker."""

    progress = Signal(object)   # SyncProgress
    finished = Signal(object)   # SyncSummary, or None

    def __init__(self, service: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thread: QThread | None = None
        self._run: _SyncRun | None = None
        self.automatic = False      # whether the run in progress (or the last one) was started by a timer

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, automatic: bool = False) -> bool:
        """Start a sync; False when one is already running."""
        if self._thread is not None:
            return False
        thread = QThread()
        run = _SyncRun(self._service, automatic)
        self.automatic = automatic
        run.moveToThread(thread)
        thread.started.connect(run.run)
        run.progress.connect(self.progress)
        run.finished.connect(self._done)
        self._thread, self._run = thread, run
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask a running sync to stop after the request in flight (nothing confirmed is lost)."""
        run = self._run
        if run is not None:
            run.cancelled.set()
            engine = run.engine
            if engine is not None:
                engine.cancel.set()

    def wait(self, ms: int = 30_000) -> None:
        """Block until the worker thread has ended (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait(ms)

    @Slot(object)
    def _done(self, summary: object) -> None:
        thread, self._thread, self._run = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.finished.emit(summary)
