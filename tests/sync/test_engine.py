"""The push engine against the FHIR stand-in: everything once, in order, whatever the server's limits."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.store.outbox import OutboxState
from desktop.sync.engine import SyncEngine
from desktop.sync.summary import SyncOutcome, SyncProgress
from desktop.sync.settings import ServerProfile, SyncSettings
from tests.helpers import add_client
from tests.sync.conftest import (FAST_RETRY, assert_exactly_once, make_server, sync, version_on_server,
                                 writes)
from tests.sync.sync_data import fill_outbox, record_every_kind


def test_first_sync_sends_every_record_once_dependencies_first(app, clock, db, server) -> None:
    ids = record_every_kind(app, clock)
    fill_outbox(db, clients=3, notes_per_client=5, measurements_per_client=5, now=clock.now)
    seen: list[SyncProgress] = []
    summary = SyncEngine(db, SyncSettings(server_url=server.base_url), retry=FAST_RETRY).run(seen.append)
    assert summary.outcome is SyncOutcome.COMPLETE, summary
    assert summary.exit_code == 0 and not summary.failed
    # The stand-in refused any reference to something not yet there: none was refused.
    assert_exactly_once(db, server)
    assert all(r.status == 200 for r in server.request_log)
    patient = server.get("Patient", ids.client_id)
    assert patient["extension"][0]["extension"][1] == {"url": "version", "valueInteger": 2}
    assert [p.phase for p in seen][0] == "connecting" and seen[-1].phase == "done"
    sent = [p.sent for p in seen if p.phase == "sending"]
    assert sent == sorted(sent) and sent[-1] == summary.sent == seen[-1].total
    assert db.get_setting("last_sync") is not None


def test_second_run_sends_nothing(app, clock, db, server) -> None:
    record_every_kind(app, clock)
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    before = len(writes(server))
    again = sync(db, server)
    assert again.outcome is SyncOutcome.COMPLETE and again.sent == 0
    assert len(writes(server)) == before       # only the metadata probe was asked
    assert again.round_trips == 1


def test_correction_after_sync_goes_up_as_a_new_version(app, clock, db, server) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "Første versjon")
    sync(db, server)
    clock.advance(minutes=10)
    corrected = app.correct(note.meta.record_id, text="Rettet versjon")
    wrong = app.record_measurement(client.client_id, "pulse", "70")
    sync(db, server)
    app.enter_in_error(wrong.meta.record_id, "Feil bruker")
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.COMPLETE
    history = server.history("DocumentReference", note.meta.record_id)
    assert [version_on_server(h) for h in history] == [note.meta.version_id, corrected.meta.version_id]
    assert history[1]["docStatus"] == "amended"
    assert server.get("Observation", wrong.meta.record_id)["status"] == "entered-in-error"
    assert_exactly_once(db, server)


@pytest.mark.parametrize("cap_status", [413, 400])
def test_server_capping_bundles_at_20(app, clock, db, cap_status) -> None:
    fill_outbox(db, clients=4, notes_per_client=15, measurements_per_client=15, now=clock.now)
    with make_server(max_bundle_entries=20, bundle_cap_status=cap_status) as standin:
        summary = sync(db, standin, batch=100)
        assert summary.outcome is SyncOutcome.COMPLETE
        assert_exactly_once(db, standin)
        assert all(r.entry_count <= 20 for r in writes(standin) if r.status == 200)
        profile = ServerProfile.load(db, standin.base_url)
        assert profile.bundle_cap is not None and profile.bundle_cap <= 20
        # The next sync starts at the size that worked: no refusal at all.
        fill_outbox(db, clients=1, notes_per_client=30, measurements_per_client=0, now=clock.now)
        standin.stats.reset()
        assert sync(db, standin, batch=100).outcome is SyncOutcome.COMPLETE
        assert {r.status for r in writes(standin)} == {200}
        assert_exactly_once(db, standin)


def test_batch_only_server(app, clock, db) -> None:
    record_every_kind(app, clock)
    with make_server(batch_only=True) as standin:
        assert sync(db, standin).outcome is SyncOutcome.COMPLETE
        assert {r.status for r in writes(standin)} == {200}
        assert_exactly_once(db, standin)


def test_transaction_only_server(app, clock, db) -> None:
    record_every_kind(app, clock)
    with make_server(transaction_only=True) as standin:
        assert sync(db, standin).outcome is SyncOutcome.COMPLETE
        assert_exactly_once(db, standin)


@pytest.mark.parametrize("create_status", [200, 201])
def test_update_as_create_answered_200_or_201(app, clock, db, create_status) -> None:
    record_every_kind(app, clock)
    with make_server(create_status=create_status) as standin:
        assert sync(db, standin).outcome is SyncOutcome.COMPLETE
        assert_exactly_once(db, standin)


def test_records_of_a_rejected_client_wait_and_go_after_retry(app, clock, db, server) -> None:
    client = add_client(app)
    other = add_client(app, "Other Client", dt.date(1980, 2, 2))
    app.write_note(client.client_id, "Notat")
    app.write_note(other.client_id, "Notat")
    server.config.reject_identifier_values = {f"urn:uuid:{client.client_id}"}
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.INCOMPLETE and summary.exit_code == 1
    assert [f.kind for f in summary.failed] == ["client"]
    assert "HTTP 422" in summary.failed[0].reason
    assert summary.waiting > 0 and summary.waiting_reasons
    assert server.get("Patient", other.client_id) is not None
    # The client's note and audit lines were held back, not refused.
    with db.reading():
        failed = db.outbox.entries(OutboxState.FAILED)
    assert len(failed) == 1
    server.config.reject_identifier_values = set()
    from desktop.services.sync import retry_failed
    assert retry_failed(db) == 1
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def test_practitioners_are_sent_once_per_server(app, clock, db, server) -> None:
    client = add_client(app)
    sync(db, server)
    first = server.resource_count("Practitioner")
    app.write_note(client.client_id, "Nytt notat")
    server.stats.reset()
    sync(db, server)
    assert first == 1 and server.resource_count("Practitioner") == 1
    assert sum(r.entry_count for r in writes(server)) == 2   # the note and its audit line only


def test_a_transient_entry_error_is_retried_in_the_same_run(app, db, server) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "Notat")
    refusals: list[str] = []

    def busy_once(resource: dict) -> str | None:
        if resource["id"] == note.meta.record_id and not refusals:
            refusals.append(resource["id"])
            return "Resource is locked, try again"
        return None

    server.config.reject_predicate = busy_once
    server.config.reject_status = 409
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.COMPLETE and refusals
    assert server.get("DocumentReference", note.meta.record_id) is not None


def test_an_entry_that_keeps_failing_with_5xx_waits_for_a_later_sync(app, db, server) -> None:
    from desktop.services.sync import list_failed, sync_state
    client = add_client(app)
    note = app.write_note(client.client_id, "Notat")
    server.config.reject_identifier_values = {f"urn:uuid:{note.meta.record_id}"}
    server.config.reject_status = 503
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.INCOMPLETE and not summary.failed
    state = sync_state(db)
    assert state.pending == 1 and state.failed == 0 and state.server_url is None
    assert list_failed(db) == []
    with db.reading():
        row = db.outbox.entries(OutboxState.PENDING)[0]
    assert row.next_attempt_at is not None and "HTTP 503" in (row.last_error or "")
    server.config.reject_identifier_values = set()
    # An automatic sync respects the retry time; "sync now" does not.
    engine = SyncEngine(db, SyncSettings(server_url=server.base_url), retry=FAST_RETRY)
    assert engine.run(include_deferred=False).sent == 0
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def test_a_cap_refused_without_saying_so_is_found_and_remembered(app, clock, db, server) -> None:
    from tests.sync.gateway import gateway_for
    fill_outbox(db, clients=2, notes_per_client=30, measurements_per_client=30, now=clock.now)
    with gateway_for(server.base_url, silent_cap=30) as gw:
        summary = sync(db, gw, batch=100)
        assert summary.outcome is SyncOutcome.COMPLETE and not summary.failed
        cap = ServerProfile.load(db, gw.base_url).bundle_cap
        assert cap is not None and cap <= 30
    assert_exactly_once(db, server)
