"""'Synchronise now' in the window: the records of a visit reach a FHIR server on 127.0.0.1; the status bar follows."""

from __future__ import annotations

from desktop.sync.settings import SyncSettings
from tests.fhir_standin import StandinServer
from tests.sync.conftest import assert_exactly_once, require_references


def test_sync_now_sends_everything_and_updates_the_status_bar(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    app.write_note(visit_db.client_id, "Notat fra besøket")
    unlocked.status.refresh()
    assert unlocked.status.pending_label.text() != "Venter på synkronisering: 0"
    assert unlocked.status.last_sync_label.text() == "Sist synkronisert: aldri"
    with StandinServer() as server:
        require_references(server)
        SyncSettings(server_url=server.base_url).save(app.db)
        unlocked.sync_action.trigger()
        assert not unlocked.sync_action.isEnabled()          # one sync at a time
        qtbot.waitUntil(lambda: unlocked.sync_action.isEnabled(), timeout=30_000)
        assert_exactly_once(app.db, server)
    assert unlocked.status.pending_label.text() == "Venter på synkronisering: 0"
    assert unlocked.status.last_sync_label.text() != "Sist synkronisert: aldri"
