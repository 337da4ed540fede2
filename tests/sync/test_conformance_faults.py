"""The six fault kinds, against the stand-in and the independent (Medplum) server.

Each ends with every record on the server exactly once, in its newest version.
Faults the Medplum server cannot play itself are played by the gateway in front of it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store.database import Database
from desktop.sync.summary import SyncOutcome
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once, pending_rows, row_states, sync
from tests.sync.sync_data import fill_outbox, record_every_kind

REPO = Path(__file__).resolve().parents[2]


def test_response_lost_after_commit(app, clock, db, fhir_server) -> None:
    record_every_kind(app, clock)
    fill_outbox(db, clients=2, notes_per_client=10, measurements_per_client=5, now=clock.now)
    fhir_server.inject(("drop_after_commit",), ("drop_after_commit",))
    summary = sync(db, fhir_server, batch=40)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert fhir_server.write_statuses()[:2] == [None, None]
    assert_exactly_once(db, fhir_server)


def test_lost_answer_is_verified_not_resent(app, clock, db, fhir_server) -> None:
    """After a lost answer the entries are read back; what arrived is not PUT again."""
    client = add_client(app)
    for i in range(10):
        app.write_note(client.client_id, f"Notat {i}")
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    note = app.write_note(client.client_id, "Etter første synk")
    fhir_server.inject(("drop_after_commit",))
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    # One version on the server: the lost write was confirmed by reading it, not by writing it again.
    assert len(fhir_server.history("DocumentReference", note.meta.record_id)) == 1
    assert_exactly_once(db, fhir_server)


def test_503_with_retry_after(app, clock, db, fhir_server) -> None:
    record_every_kind(app, clock)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    fhir_server.inject(("status", 503, 1), ("status", 429, 1))
    summary = sync(db, fhir_server, sleep=sleep)
    assert summary.outcome is SyncOutcome.COMPLETE
    assert waits[:2] == [1.0, 1.0]
    assert fhir_server.write_statuses()[:2] == [503, 429]
    assert_exactly_once(db, fhir_server)


def test_one_record_refused(app, clock, db, fhir_server) -> None:
    client = add_client(app)
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    notes = [app.write_note(client.client_id, f"Notat {i}") for i in range(60)]
    fhir_server.reject_identifiers({f"urn:uuid:{notes[17].meta.record_id}"})
    summary = sync(db, fhir_server)
    assert summary.outcome is SyncOutcome.INCOMPLETE and summary.exit_code == 1
    assert len(summary.failed) == 1 and summary.failed[0].kind == "note"
    assert "422" in summary.failed[0].reason
    assert summary.sent == 119
    assert fhir_server.get("DocumentReference", notes[17].meta.record_id) is None
    assert_exactly_once(db, fhir_server, failed=1)


def test_connection_dropped_mid_bundle(app, clock, db, fhir_server) -> None:
    record_every_kind(app, clock)
    fill_outbox(db, clients=2, notes_per_client=10, measurements_per_client=5, now=clock.now)
    fhir_server.inject(("drop_mid_upload",), ("drop_before_commit",))
    summary = sync(db, fhir_server, batch=40)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert_exactly_once(db, fhir_server)


def test_server_down_then_back(app, clock, db, fhir_server) -> None:
    record_every_kind(app, clock)
    with fhir_server.outage():
        summary = sync(db, fhir_server)
        assert summary.outcome is SyncOutcome.UNREACHABLE
        assert "kontakt med serveren" in summary.message_nb
        assert row_states(db)["synced"] == 0
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, fhir_server)


def _run_cli(data_dir: Path, passphrase_file: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--passphrase-file",
               str(passphrase_file), *args]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def test_process_killed_mid_write(tmp_path, fhir_server) -> None:
    """The app is killed while it writes records; what it committed syncs exactly once."""
    from desktop.services import Ambulant
    from tests.helpers import add_fixed_order
    data_dir = tmp_path / "data"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    order = add_fixed_order(Ambulant(db), add_client(Ambulant(db)).client_id)
    db.close()
    writer = subprocess.Popen([sys.executable, str(REPO / "tests" / "store" / "kill_writer.py"), str(data_dir),
                               order.order_id], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert writer.stdin is not None and writer.stdout is not None
        writer.stdin.write(PASSPHRASE + "\n")
        writer.stdin.flush()
        for n, _line in enumerate(writer.stdout, 1):
            if n >= 20:
                break
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        for stream in (writer.stdin, writer.stdout, writer.stderr):
            if stream is not None:
                stream.close()
    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert pending_rows(db) > 0
        assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
        assert_exactly_once(db, fhir_server)
    finally:
        db.close()


def test_process_killed_mid_sync(tmp_path, fhir_server) -> None:
    data_dir = tmp_path / "data"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    from desktop.services import Ambulant
    fill_outbox(db, clients=3, notes_per_client=20, measurements_per_client=20, now=Ambulant(db).clock())
    db.close()
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE, encoding="utf-8")
    fhir_server.inject(*[("delay_after_commit", 0.2)] * 30)   # slow enough to stop it half-way
    proc = _run_cli(data_dir, passphrase_file, "sync", "--server", fhir_server.base_url, "--batch", "20")
    try:
        assert proc.stdout is not None
        for line in proc.stdout:   # wait until a few Bundles are confirmed
            if line.startswith("Sendt") and int(line.split()[1]) >= 40:
                break
        else:
            pytest.fail(f"the sync ended before it could be killed: {proc.stderr.read()}")
        committed = fhir_server.resource_count()
        fhir_server.clear_faults()
        fhir_server.inject(("delay_after_commit", 30))   # the next Bundle is stored, its answer never comes
        deadline = time.monotonic() + 10
        while fhir_server.resource_count() == committed and time.monotonic() < deadline:
            time.sleep(0.02)
        assert fhir_server.resource_count() > committed, "the delayed Bundle was not committed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    fhir_server.clear_faults()
    db = Database.open(data_dir, PASSPHRASE)
    try:
        states = row_states(db)
        assert states["synced"] >= 40 and states["pending"] > 0
        assert sync(db, fhir_server, batch=20).outcome is SyncOutcome.COMPLETE
        assert_exactly_once(db, fhir_server)
    finally:
        db.close()
