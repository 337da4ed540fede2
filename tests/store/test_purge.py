"""The one deletion: a client removed from this device, only through the purge, only when all is confirmed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.audit import AuditAction
from desktop.store.connection import IntegrityError
from desktop.store.database import Database
from desktop.store.outbox import OutboxState
from desktop.store.purge import PurgeRefused, purge_client
from desktop.store.pulled import PullRepository
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client, add_fixed_order


def _confirm_everything(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'synced'")


def test_record_versions_stay_append_only_outside_the_purge(app, db) -> None:
    client = add_client(app)
    with pytest.raises(IntegrityError):
        with db.transaction() as conn:
            conn.execute("DELETE FROM record_versions WHERE client_id = ?", (client.client_id,))
    with pytest.raises(IntegrityError):
        with db.transaction() as conn:
            conn.execute("UPDATE record_versions SET payload = '{}'")
    assert app.get_client(client.client_id).name == client.name


def test_purge_waits_for_unconfirmed_records_then_removes_one_client_and_logs_it(app, db, clock) -> None:
    leaving, staying = add_client(app), add_client(app, "Åse Ås", birth=dt.date(1990, 3, 3))
    order = add_fixed_order(app, leaving.client_id)
    app.write_note(leaving.client_id, "Siste notat")
    add_fixed_order(app, staying.client_id)
    with pytest.raises(PurgeRefused):
        with db.transaction() as conn:
            purge_client(conn, leaving.client_id, WORKER, clock(), db.device_id, "Fjernet fra arbeidslisten")
    assert app.get_client(leaving.client_id)          # nothing removed
    _confirm_everything(db)
    with db.transaction() as conn:
        PullRepository(conn).join("https://x", leaving.client_id, "p-1", "careteam", clock())
        result = purge_client(conn, leaving.client_id, WORKER, clock(), db.device_id, "Fjernet fra arbeidslisten")
    assert result.versions == 3
    assert [c.name for c in app.list_clients()] == ["Åse Ås"]
    assert app.history(order.order_id) == []
    assert len(app.orders(staying.client_id)) == 1
    with db.reading() as conn:
        left = conn.execute("SELECT count(*) FROM record_versions WHERE client_id = ?",
                            (leaving.client_id,)).fetchone()[0]
        permits = conn.execute("SELECT count(*) FROM purge_permits").fetchone()[0]
        caseload = PullRepository(conn).caseload("https://x")
    assert left == 0 and permits == 0 and caseload == []
    (event,) = [e for e in app.access_log(leaving.client_id) if e.action is AuditAction.PURGE]
    assert event.actor == WORKER and "3 versjoner" in event.detail
    with db.reading():   # the removal itself is told to the server with the next sync
        assert [r.kind for r in db.outbox.entries(OutboxState.PENDING)] == ["audit"]


def test_a_purge_that_fails_half_way_leaves_everything(app, db, clock, monkeypatch) -> None:
    client = add_client(app)
    add_fixed_order(app, client.client_id)
    _confirm_everything(db)

    def broken(*_args, **_kw):
        raise OSError("disk")
    monkeypatch.setattr("desktop.store.purge.AuditRepository.add", broken)
    with pytest.raises(OSError):
        with db.transaction() as conn:
            purge_client(conn, client.client_id, WORKER, clock(), db.device_id, "x")
    assert app.get_client(client.client_id) and len(app.orders(client.client_id)) == 1
    with db.reading() as conn:
        assert conn.execute("SELECT count(*) FROM purge_permits").fetchone()[0] == 0


def test_a_schema_three_file_gets_the_pull_tables(tmp_path: Path, clock, monkeypatch) -> None:
    import desktop.store.database as database_module
    from desktop.services import Ambulant
    from desktop.store.migrations import SCHEMA_VERSION
    data_dir = tmp_path / "data"
    with monkeypatch.context() as patch:
        patch.setattr(database_module, "SCHEMA_VERSION", 3)
        db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
        client = add_client(Ambulant(db, clock=clock))
        assert db.schema_version == 3
        db.close()
    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert db.schema_version == SCHEMA_VERSION
        assert Ambulant(db, clock=clock).get_client(client.client_id).name == client.name
        with db.reading() as conn:
            assert PullRepository(conn).caseload("x") == [] and PullRepository(conn).watermark("x", "c") is None
        with pytest.raises(IntegrityError):
            with db.transaction() as conn:
                conn.execute("DELETE FROM record_versions")
    finally:
        db.close()
