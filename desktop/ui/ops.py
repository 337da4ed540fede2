"""The one way the window runs work: submit an operation, it runs off the GUI thread, and its result
(or its error) comes back on the GUI thread. After Anki's ``CollectionOp``/``QueryOp`` and
GitFourchette's ``RepoTask``.

Three kinds, one runner per window (``session.ops``), and a fourth to open the journal::

    ops.read(self, lambda app: app.list_clients(text), self.show_clients)
    ops.write(self, lambda app: app.write_note(cid, text), self.note_saved, errors=self.error_line)
    ops.task(self, lambda app, task: app.sync.run(progress=task.report), self.sync_done,
             progress=self.show_progress, cancel=lambda app: app.sync.cancel())
    ops.open(self, lambda: open_journal(folder, passphrase), self.opened, self.refused, discard=Ambulant.close)

- ``read`` and ``write`` call the services on the *journal thread*: one thread, one operation at
  a time, in the order submitted, so every read and write of the journal is serialised and none
  runs on the GUI thread. A write's result (the saved record, or :class:`Changes`) is announced
  on :attr:`OperationRunner.changed`, and each view redraws only what it shows of that.
- ``task`` is long work that waits on the outside world (the sync, the connection test, printing),
  on a thread of its own, so a slow server never holds up a signature. What it reads and writes in
  the journal (the sync's bookkeeping, the sheet and the log entry of a print) are short steps,
  serialised with the journal thread by the database's own lock. ``task.report(value)`` reaches
  ``progress`` on the GUI thread; ``cancel(app)`` (called on the GUI thread by :meth:`Job.cancel`
  and when the window locks) must make the task end soon, e.g. by cutting its request.
- ``open`` is the one job that needs no journal yet: unlocking and the first-run setup (the KDF, then
  opening and migrating the file) on a thread of its own, so the locked window keeps repainting.
  ``op()`` gets no services. A result that is not delivered — the owner is gone, the job was
  cancelled, or the runner was stopped (the window closed) since — goes to ``discard`` instead, so
  a journal opened too late is closed again (on the worker, when the application has quit).

A failure is shown by one piece of code (:func:`desktop.ui.errors.present_failure`): an expected
error in ``errors`` (an error line, or a form's field) or a message box, a bug in a dialog.
``on_failure`` runs first and may return True to say it has shown the error itself.

Callbacks are dropped when their owner widget is gone, and a read's or task's once the window has
locked (the views are cleared); a write's still arrive (what was saved is saved) but nothing is
announced. Locking (:meth:`OperationRunner.stop`) cancels tasks, drops queued reads, lets queued
writes finish, and only then — on the GUI thread, once no worker is running — closes the journal.

``OperationRunner(inline=True)`` runs reads and writes at once on the calling thread (tests step
through the window); tasks and openings keep their thread.
"""

from __future__ import annotations

import enum
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from ..services import Ambulant, Changes
from .errors import ErrorTarget, present_failure

T = TypeVar("T")


class Kind(enum.Enum):
    READ = "read"
    WRITE = "write"
    TASK = "task"
    OPEN = "open"


class Locked(RuntimeError):
    """A service was asked for while the journal is locked."""


@dataclass(eq=False)
class Task:
    """What a task's function gets besides the services: a way to report progress, and its cancel flag."""

    report: Callable[[Any], None]
    cancelled: threading.Event


@dataclass(eq=False)
class Job(Generic[T]):
    """One submitted operation; :attr:`ok` tells how it went (None while it runs)."""

    kind: Kind
    op: Callable[..., T]
    app: Ambulant | None       # None for an OPEN: there is no journal yet
    owner: QObject | None
    generation: int
    on_success: Callable[[T], object] | None = None
    on_failure: Callable[[BaseException], bool | None] | None = None
    errors: ErrorTarget = None
    progress: Callable[[Any], object] | None = None
    cancel_hook: Callable[[Ambulant], object] | None = None
    discard: Callable[[T], object] | None = None
    result: T | None = None
    error: BaseException | None = None
    ran: bool = False
    done: bool = False
    cancelled: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    @property
    def ok(self) -> bool | None:
        """True when it ran without error, False when it failed or was dropped, None while pending."""
        if not self.done:
            return None
        return self.ran and self.error is None

    def cancel(self) -> None:
        """Drop it if it has not started; ask a running task to stop (its ``cancel`` hook cuts it short)."""
        if self.done:
            return
        self.cancelled.set()
        if self.cancel_hook is not None and self.app is not None:
            try:
                self.cancel_hook(self.app)
            except Exception as exc:   # noqa: BLE001 (a failing cancel must not stop the lock)
                present_failure(exc)


class OperationRunner(QObject):
    """Runs the window's operations off the GUI thread; see the module text."""

    changed = Signal(object)         # Changes: a write went through (or a sync changed what waits)
    busy_changed = Signal(bool)
    _finished = Signal(object)       # Job, emitted by the worker threads
    _progressed = Signal(object, object)

    def __init__(self, app_source: Callable[[], Ambulant | None], inline: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_source = app_source
        self.inline = inline
        self.generation = 0
        self._pending: list[Job[Any]] = []
        self._queue: queue.SimpleQueue[Job[Any] | None] = queue.SimpleQueue()
        self._journal: threading.Thread | None = None
        self._task_threads: list[threading.Thread] = []   # tasks' and openings' own threads
        self._then: list[Callable[[], None]] = []
        self._finished.connect(self._deliver)
        self._progressed.connect(self._on_progress)

    # -- submitting -------------------------------------------------------------------------

    def read(self, owner: QObject | None, op: Callable[[Ambulant], T], on_success: Callable[[T], object] | None = None,
             on_failure: Callable[[BaseException], bool | None] | None = None, *,
             errors: ErrorTarget = None) -> Job[T] | None:
        """Read through the services on the journal thread; None (nothing runs) while locked."""
        return self._submit(Kind.READ, owner, op, on_success, on_failure, errors)

    def write(self, owner: QObject | None, op: Callable[[Ambulant], T], on_success: Callable[[T], object] | None = None,
              on_failure: Callable[[BaseException], bool | None] | None = None, *,
              errors: ErrorTarget = None) -> Job[T] | None:
        """Write through the services on the journal thread; what it returns is announced on :attr:`changed`."""
        return self._submit(Kind.WRITE, owner, op, on_success, on_failure, errors)

    def task(self, owner: QObject | None, op: Callable[[Ambulant, Task], T],
             on_success: Callable[[T], object] | None = None,
             on_failure: Callable[[BaseException], bool | None] | None = None, *, errors: ErrorTarget = None,
             progress: Callable[[Any], object] | None = None,
             cancel: Callable[[Ambulant], object] | None = None) -> Job[T] | None:
        """Run ``op(app, task)`` on a thread of its own (sync, connection test, printing)."""
        return self._submit(Kind.TASK, owner, op, on_success, on_failure, errors, progress=progress, cancel=cancel)

    def open(self, owner: QObject | None, op: Callable[[], T], on_success: Callable[[T], object] | None = None,
             on_failure: Callable[[BaseException], bool | None] | None = None, *, errors: ErrorTarget = None,
             discard: Callable[[T], object] | None = None) -> Job[T]:
        """Run ``op()``, which needs no journal (it opens one), on a thread of its own; a result that is
        not delivered (owner gone, cancelled, the runner stopped since) is given to ``discard``."""
        job: Job[T] = Job(Kind.OPEN, op, None, owner, self.generation, on_success, on_failure, errors,
                          discard=discard)
        self._start(job)
        return job

    @property
    def busy(self) -> bool:
        """True while any operation is queued, running or not yet delivered."""
        return bool(self._pending)

    def _submit(self, kind: Kind, owner: QObject | None, op: Callable[..., Any], on_success: Any, on_failure: Any,
                errors: ErrorTarget, progress: Any = None, cancel: Any = None) -> Job[Any] | None:
        app = self._app_source()
        if app is None:
            return None
        job: Job[Any] = Job(kind, op, app, owner, self.generation, on_success, on_failure, errors, progress, cancel)
        self._start(job)
        return job

    def _start(self, job: Job[Any]) -> None:
        self._pending.append(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if job.kind in (Kind.TASK, Kind.OPEN):
            job.thread = threading.Thread(target=self._run_alone, args=(job,), name=f"ambulant-{job.kind.value}",
                                          daemon=True)
            self._task_threads.append(job.thread)
            job.thread.start()
        elif self.inline:
            self._execute(job)
            self._deliver(job)
        else:
            if self._journal is None:
                self._journal = threading.Thread(target=self._journal_loop, args=(self._queue,),
                                                 name="ambulant-journal", daemon=True)
                self._journal.start()
            self._queue.put(job)

    # -- the worker threads -------------------------------------------------------------------

    def _journal_loop(self, jobs: queue.SimpleQueue[Job[Any] | None]) -> None:
        while (job := jobs.get()) is not None:
            if not job.cancelled.is_set():
                self._execute(job)
            self._emit_finished(job)

    def _run_alone(self, job: Job[Any]) -> None:
        task = Task(lambda value: self._progressed.emit(job, value), job.cancelled) if job.kind is Kind.TASK else None
        self._execute(job, task)
        self._emit_finished(job)

    @staticmethod
    def _execute(job: Job[Any], task: Task | None = None) -> None:
        job.ran = True
        try:
            if job.kind is Kind.OPEN:
                job.result = job.op()
            else:
                job.result = job.op(job.app) if task is None else job.op(job.app, task)
        except BaseException as exc:   # noqa: BLE001 (everything goes back to the GUI thread, shown there)
            job.error = exc

    def _emit_finished(self, job: Job[Any]) -> None:
        try:
            self._finished.emit(job)
        except RuntimeError:   # the runner is gone (the application quit while this ran)
            self._discard(job)

    @staticmethod
    def _discard(job: Job[Any]) -> None:
        """An OPEN's result nobody will take: close what it opened."""
        if job.error is None and job.discard is not None and job.result is not None:
            job.discard(job.result)

    # -- back on the GUI thread -----------------------------------------------------------------

    @Slot(object)
    def _deliver(self, job: Job[Any]) -> None:
        job.done = True
        if job in self._pending:
            self._pending.remove(job)
        if job.thread is not None:
            self._task_threads = [t for t in self._task_threads if t.is_alive()]
        try:
            self._callbacks(job)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
                self._maybe_stopped()

    def _callbacks(self, job: Job[Any]) -> None:
        if not job.ran:
            return
        current = job.generation == self.generation
        if job.kind is Kind.OPEN and (not current or job.cancelled.is_set()
                                      or (job.owner is not None and not shiboken6.isValid(job.owner))):
            self._discard(job)
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if not current and job.kind is not Kind.WRITE:
            return    # the window locked since: its views hold nothing to update
        if job.error is not None:
            if isinstance(job.error, Locked):
                return
            if job.on_failure is not None and job.on_failure(job.error):
                return
            present_failure(job.error, job.errors, job.owner if isinstance(job.owner, QWidget) else None)
            return
        if isinstance(job.errors, QLabel):
            job.errors.hide()
        if job.on_success is not None:
            job.on_success(job.result)
        if job.kind is Kind.WRITE and current:
            changes = changes_of(job.result)
            if changes is not None:
                self.changed.emit(changes)

    @Slot(object, object)
    def _on_progress(self, job: Job[Any], value: Any) -> None:
        if job.progress is None or job.done or job.generation != self.generation:
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        job.progress(value)

    # -- locking --------------------------------------------------------------------------------

    def stop(self, then: Callable[[], None]) -> None:
        """The window locks (or closes): cancel tasks, drop queued reads and an opening's result, let writes
        finish; then call ``then`` (close the journal) on the GUI thread once no worker runs — at once when
        nothing is running."""
        self.generation += 1
        for job in list(self._pending):
            if job.kind in (Kind.READ, Kind.OPEN):
                job.cancelled.set()     # an OPEN runs on; what it opens is discarded
            elif job.kind is Kind.TASK:
                job.cancel()
        self._then.append(then)
        if not self._pending:
            self._maybe_stopped()

    @property
    def stopping(self) -> bool:
        """True between :meth:`stop` and the moment its ``then`` has run."""
        return bool(self._then)

    def wait(self, timeout: float) -> bool:
        """Block (delivering results) until a :meth:`stop` is complete; False if workers still run."""
        return self._wait_until(lambda: not self._then, timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Block (delivering results) until nothing is pending (scripts, the self-test); False on timeout."""
        return self._wait_until(lambda: not self._pending, timeout)

    @staticmethod
    def _wait_until(done: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if not done():
                time.sleep(0.005)
        return done()

    def _maybe_stopped(self) -> None:
        if self._pending or not self._then:
            return
        journal, self._journal = self._journal, None
        if journal is not None:
            self._queue.put(None)
            journal.join()     # idle (nothing is pending): it ends at once
        self._queue = queue.SimpleQueue()
        threads, self._task_threads = self._task_threads, []
        for thread in threads:
            thread.join()      # each has delivered its result: only its return is left
        then, self._then = self._then, []
        for step in then:
            step()


def changes_of(result: Any) -> Changes | None:
    """What a write's result says changed: a :class:`Changes` as it is, or the records it saved."""
    if isinstance(result, Changes):
        return result
    records = result if isinstance(result, (list, tuple)) else [result]
    records = [r for r in records if hasattr(r, "meta")]
    return Changes.of(*records) if records else None


def service_call(method: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Ambulant], T]:
    """``service_call(Ambulant.add_goal, cid, title)``: the arguments are taken now (on the GUI thread,
    from the widgets), the call happens later on the journal thread."""
    return lambda app: method(app, *args, **kwargs)
