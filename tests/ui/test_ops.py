"""The operation runner on its real threads (the window built with ``threaded=True``): reads and writes run
in order on one journal thread and answer on the GUI thread; an exception inside a background operation
is shown on the GUI thread and the window stays usable; a write during a sync goes through at once."""

from __future__ import annotations

import threading

import shiboken6

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.errors import DomainError
from desktop.sync.settings import SyncSettings
from desktop.ui.app import install_exception_hook
from desktop.ui.sync.panel import SyncSummaryDialog
from tests.conftest import PASSPHRASE
from tests.fhir_standin import StandinConfig, StandinServer
from tests.sync.conftest import assert_exactly_once, require_references
from tests.ui.fixtures import only_dialog

DONE_MS = 20_000


def _open(qtbot, make_window, visit_db):  # noqa: ANN001, ANN202
    window = make_window(visit_db.data_dir, threaded=True)
    window.session.unlock(PASSPHRASE)
    window.open_client(visit_db.client_id)
    qtbot.waitUntil(lambda: window.client_view.client_id == visit_db.client_id and not window.session.ops.busy)
    return window


def _shown_notes(journal) -> list[str]:  # noqa: ANN001
    return [journal.notes.item(r).text() for r in range(journal.notes.count())]


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_reads_and_writes_run_in_order_on_one_thread_and_answer_on_the_gui_thread(qtbot, make_window,
                                                                                  visit_db) -> None:
    window = _open(qtbot, make_window, visit_db)
    ops = window.session.ops
    gui = threading.get_ident()
    ran: list[int] = []
    answered: list[tuple[int, int, str]] = []

    def write(n: int):  # noqa: ANN202
        def op(app):  # noqa: ANN001, ANN202
            ran.append(threading.get_ident())
            return app.write_note(visit_db.client_id, f"Notat {n}")
        return op
    announced = []
    ops.changed.connect(announced.append)
    for n in range(5):
        job = ops.write(window, write(n), lambda note, n=n: answered.append((n, threading.get_ident(), note.text)))
        assert job is not None and job.ok is None                   # submitted, not run here
    qtbot.waitUntil(lambda: len(answered) == 5, timeout=DONE_MS)
    assert [n for n, _, _ in answered] == [0, 1, 2, 3, 4]            # in the order submitted
    assert [text for _, _, text in answered] == [f"Notat {n}" for n in range(5)]
    assert len(set(ran)) == 1 and gui not in ran                    # one journal thread, not the GUI's
    assert {thread for _, thread, _ in answered} == {gui}           # the answers on the GUI thread
    # Each write says what it changed, and the open client's journal redraws just that.
    assert [c.kinds for c in announced] == [frozenset({"note"})] * 5
    journal = window.client_view.observations.journal
    qtbot.waitUntil(lambda: all(any(f"Notat {n}" in t for t in _shown_notes(journal)) for n in range(5)))


def test_an_expected_error_is_shown_in_the_error_line_not_a_dialog(qtbot, make_window, visit_db) -> None:
    window = _open(qtbot, make_window, visit_db)
    journal = window.client_view.observations.journal
    window.new_note()
    journal.composer.edit.setPlainText("   ")                       # a blank note is refused by the domain
    job = journal.save_note()
    qtbot.waitUntil(lambda: job.done, timeout=DONE_MS)
    assert job.ok is False and isinstance(job.error, DomainError)
    assert journal.composer.error.isVisible() and journal.composer.error.text()
    assert not _boxes()


def test_an_exception_inside_a_background_operation_is_shown_on_the_gui_thread_and_the_window_stays_usable(
        qtbot, make_window, visit_db, capsys) -> None:
    window = _open(qtbot, make_window, visit_db)
    ops = window.session.ops
    worker: list[int] = []

    def broken(app):  # noqa: ANN001, ANN202
        worker.append(threading.get_ident())
        raise RuntimeError("feil i bakgrunnen")
    job = ops.read(window, broken, lambda _r: None)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=DONE_MS)
    box, = _boxes()
    assert worker and worker[0] != threading.get_ident()             # it failed on the journal thread ...
    assert box.thread() is QApplication.instance().thread()          # ... and the dialog lives on the GUI thread
    assert box.text().startswith("Noe uventet gikk galt.")
    # The traceback goes to stderr and the details, redacted: code locations and types, never the message
    # (it may hold record content: desktop/support/crash_guard.py).
    err = capsys.readouterr().err
    for shown in (box.detailedText(), err):
        assert "builtins.RuntimeError" in shown and "test_ops.py" in shown
        assert "feil i bakgrunnen" not in shown
    assert job.ok is False
    box.close()

    # The window still works: the next operations run and answer.
    journal = window.client_view.observations.journal
    window.new_note()
    journal.composer.edit.setPlainText("Skrevet etter feilen")
    journal.save_note()
    qtbot.waitUntil(lambda: any("Skrevet etter feilen" in t for t in _shown_notes(journal)), timeout=DONE_MS)
    assert journal.composer.edit.toPlainText() == ""
    window.lock()
    assert window.session.ops.wait(5)
    window.session.unlock(PASSPHRASE)
    assert window.session.is_unlocked


def test_an_exception_on_a_bare_thread_is_shown_on_the_gui_thread(qtbot, capsys) -> None:
    before_sys, before_threads = __import__("sys").excepthook, threading.excepthook
    try:
        install_exception_hook()
        thread = threading.Thread(target=lambda: 1 / 0, name="not-the-runner")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=DONE_MS)
        box, = _boxes()
        assert box.thread() is QApplication.instance().thread()
        assert "ZeroDivisionError" in box.detailedText()
        assert "ZeroDivisionError" in capsys.readouterr().err
        box.close()
    finally:
        __import__("sys").excepthook, threading.excepthook = before_sys, before_threads


def test_callbacks_of_a_deleted_owner_are_dropped(qtbot, make_window, visit_db) -> None:
    from PySide6.QtWidgets import QLabel
    window = _open(qtbot, make_window, visit_db)
    owner = QLabel()
    called: list[object] = []
    job = window.session.ops.read(owner, lambda app: app.list_clients(), called.append)
    shiboken6.delete(owner)             # the label is gone before the answer arrives ...
    qtbot.waitUntil(lambda: job.done, timeout=DONE_MS)
    assert job.ok and called == []      # ... so nothing is called on it


def test_a_write_during_a_sync_goes_through_at_once(qtbot, make_window, visit_db) -> None:
    window = _open(qtbot, make_window, visit_db)
    app = window.session.app
    for i in range(8):
        app.write_note(visit_db.client_id, f"Før synkroniseringen {i}")
    server = StandinServer(StandinConfig(latency_s=0.25)).start()
    try:
        require_references(server)
        SyncSettings(server_url=server.base_url, bundle_size=2).save(app.db)
        assert window.sync_now()
        qtbot.waitUntil(lambda: server.round_trips >= 2, timeout=DONE_MS)    # bundles on their way
        journal = window.client_view.observations.journal
        window.new_note()
        journal.composer.edit.setPlainText("Skrevet mens synkroniseringen går")
        job = journal.save_note()
        qtbot.waitUntil(lambda: job.done, timeout=DONE_MS)
        assert job.ok
        assert window.sync.running                  # saved while the sync still runs, not after it
        qtbot.waitUntil(lambda: any("Skrevet mens" in t for t in _shown_notes(journal)), timeout=DONE_MS)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=DONE_MS)
        only_dialog(window, SyncSummaryDialog).close()
        server.config.latency_s = 0.0
        assert window.sync_now()                    # the note written meanwhile goes with the next sync
        qtbot.waitUntil(lambda: not window.sync.running, timeout=DONE_MS)
        only_dialog(window, SyncSummaryDialog).close()
        assert_exactly_once(app.db, server)
    finally:
        server.close()
