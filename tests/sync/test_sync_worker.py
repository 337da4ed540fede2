"""The Qt adapter: the sync runs on a worker thread and reports through signals on the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QThread

from desktop.sync.engine import SyncOutcome, SyncProgress, SyncSummary
from desktop.sync.settings import SyncSettings
from desktop.domain.clock import utcnow
from desktop.services.sync import PULL_EVERY, SyncService
from desktop.sync.pull import LAST_PULL_KEY
from desktop.ui.sync.controller import SyncWorker
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once


def test_sync_runs_off_the_gui_thread(qtbot, app, db, server) -> None:
    for i in range(3):
        client = add_client(app, f"Bruker {i}", birth=dt.date(1970, 1, 1 + i))
        app.write_note(client.client_id, "Notat")
    SyncSettings(server_url=server.base_url, bundle_size=2).save(db)
    worker = SyncWorker(SyncService(db))
    gui_thread = threading.get_ident()
    seen: list[tuple[SyncProgress, bool]] = []
    worker.progress.connect(lambda p: seen.append((p, threading.get_ident() == gui_thread)))
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        assert worker.start()
        assert not worker.start()          # one at a time
    summary = blocker.args[0]
    assert isinstance(summary, SyncSummary) and summary.outcome is SyncOutcome.COMPLETE
    assert seen and all(on_gui for _, on_gui in seen)
    assert any(p.phase == "sending" for p, _ in seen)
    assert not worker.running
    assert QThread.currentThread() is worker.thread()
    assert_exactly_once(db, server)


def test_automatic_sync_does_nothing_when_nothing_waits_and_the_caseload_is_fresh(qtbot, db, server) -> None:
    SyncSettings(server_url=server.base_url).save(db)
    db.set_setting(LAST_PULL_KEY, utcnow().isoformat(timespec="seconds"))
    worker = SyncWorker(SyncService(db))
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start(automatic=True)
    assert blocker.args[0] is None
    assert server.round_trips == 0


def test_automatic_sync_pulls_when_the_caseload_was_last_pulled_long_ago(qtbot, db, server) -> None:
    SyncSettings(server_url=server.base_url).save(db)
    db.set_setting(LAST_PULL_KEY, (utcnow() - PULL_EVERY).isoformat(timespec="seconds"))
    worker = SyncWorker(SyncService(db))
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start(automatic=True)
    summary = blocker.args[0]
    assert summary is not None and summary.pull is not None and summary.sent == 0
    assert server.round_trips > 0


def test_automatic_sync_runs_when_online_and_records_wait(qtbot, app, db, server) -> None:
    add_client(app)
    SyncSettings(server_url=server.base_url).save(db)
    worker = SyncWorker(SyncService(db))
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start(automatic=True)
    assert blocker.args[0].outcome is SyncOutcome.COMPLETE
    # Off: no sync even though records wait.
    app.write_note(app.list_clients()[0].client_id, "Notat")
    SyncSettings(server_url=server.base_url, auto_sync=False).save(db)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start(automatic=True)
    assert blocker.args[0] is None
