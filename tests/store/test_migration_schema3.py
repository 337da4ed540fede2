"""Schema 2 → 3: sync state per server, without losing what was confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

import desktop.store.database as database_module
from desktop.store.database import Database
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.outbox import OutboxState
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from desktop.services import Ambulant
from desktop.services.records import RecordServices
from tests.helpers import add_client

SERVER = "https://fhir.kommune.example/fhir"


def test_a_schema_two_file_keeps_its_sync_state_for_the_server_it_used(tmp_path: Path, clock: Clock,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    with monkeypatch.context() as patch:
        patch.setattr(database_module, "SCHEMA_VERSION", 2)
        db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
        app = Ambulant(db, clock=clock)
        client = add_client(app)
        wrong = app.record_measurement(client.client_id, "pulse", "70")
        # The generic path: the caseload guard reads schema-5 tables this schema-2 file does not have yet.
        RecordServices.enter_in_error(app, wrong.meta.record_id, "Feil bruker")
        with db.transaction() as conn:   # as the schema-2 engine left it: v1 refused, v2 synced, the rest synced
            conn.execute("UPDATE outbox SET state = 'synced', server_version = '7', synced_at = created_at")
            conn.execute("UPDATE outbox SET state = 'failed', last_error = 'HTTP 422' WHERE ref = ?",
                         (wrong.meta.version_id,))
            conn.execute("INSERT INTO meta (key, value) VALUES ('sync.server_url', ?)", (SERVER,))
            conn.execute("INSERT INTO outbox (entity, ref, kind, created_at) VALUES ('audit', 'x-1', 'audit', '2026')")
        assert db.schema_version == 2
        db.close()
    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert db.schema_version == SCHEMA_VERSION
        assert (data_dir / "ambulant.db.schema2.bak").exists()
        with db.reading():
            counts = db.outbox.counts()
            assert db.outbox.active_server() == SERVER
            assert db.outbox.lacking(SERVER) == 1                  # only the row that was pending
            superseded = db.outbox.entries(OutboxState.SUPERSEDED)
            versions = db.outbox.server_versions(SERVER, [client.client_id])
        assert [r.ref for r in superseded] == [wrong.meta.version_id]
        assert counts.failed == 0 and counts.pending == 1 and counts.synced > 0
        assert versions == {client.client_id: "7"}
        # Another server lacks everything that is not superseded.
        with db.reading():
            assert db.outbox.lacking("https://annen.example/fhir") == counts.synced + counts.pending
    finally:
        db.close()
