"""Faults on the way to the server. Each test ends with every record on the server exactly once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.sync.engine import SyncEngine
from desktop.sync.summary import SyncOutcome, SyncProgress
from desktop.sync.http_client import Timeouts
from desktop.sync.settings import SyncSettings
from tests.helpers import add_client
from tests.sync.conftest import (FAST_RETRY, assert_exactly_once, make_server, pending_rows, row_states,
                                 sync, writes)
from tests.sync.sync_data import fill_outbox, record_every_kind

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("fault", [("drop_after_commit",), ("drop_before_commit",), ("drop_mid_upload",)])
def test_lost_request_or_response_is_retried_without_duplicates(app, clock, db, server, fault) -> None:
    record_every_kind(app, clock)
    fill_outbox(db, clients=2, notes_per_client=20, measurements_per_client=0, now=clock.now)
    server.inject(fault, fault)   # the first two Bundles are lost
    summary = sync(db, server, batch=50)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert [r.status for r in writes(server)][:2] == [None, None]
    assert_exactly_once(db, server)


def test_response_slower_than_the_read_timeout(app, clock, db, server) -> None:
    add_client(app)
    server.inject(("delay_after_commit", 1.5))
    summary = sync(db, server, timeouts=Timeouts(connect=2, read=0.5, probe=2))
    assert summary.outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def test_a_retry_after_longer_than_we_wait_leaves_the_rest_for_later(app, clock, db, server) -> None:
    add_client(app)
    server.inject(("status", 503, 3600))
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.UNREACHABLE and summary.exit_code == 2
    assert "venter" in summary.message_nb
    assert row_states(db)["synced"] == 0
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def _bundle_of_500(app: Ambulant, db: Database, server) -> list[str]:  # noqa: ANN001
    client = add_client(app)
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    notes = [app.write_note(client.client_id, f"Notat {i}") for i in range(250)]   # + 250 audit lines
    assert pending_rows(db) == 500
    return [n.meta.record_id for n in notes]


def test_one_invalid_record_in_a_bundle_of_500(app, db, server) -> None:
    notes = _bundle_of_500(app, db, server)
    server.config.reject_identifier_values = {f"urn:uuid:{notes[137]}"}
    server.stats.reset()
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.INCOMPLETE and summary.exit_code == 1
    assert [r.entry_count for r in writes(server)] == [500]
    assert len(summary.failed) == 1 and summary.failed[0].kind == "note"
    assert "HTTP 422" in summary.failed[0].reason and "reject" in summary.failed[0].reason.lower()
    assert summary.sent == 499
    assert server.get("DocumentReference", notes[137]) is None
    assert_exactly_once(db, server, failed=1)
    assert server.resource_count("DocumentReference") == 249


def test_one_invalid_record_refusing_a_whole_transaction_is_isolated(app, clock, db) -> None:
    with make_server(transaction_only=True) as standin:
        notes = _bundle_of_500(app, db, standin)
        standin.config.reject_identifier_values = {f"urn:uuid:{notes[300 // 2]}"}
        standin.stats.reset()
        summary = sync(db, standin)
        assert summary.outcome is SyncOutcome.INCOMPLETE
        assert len(summary.failed) == 1 and summary.sent == 499
        # Halving isolates it in about 2·log2(500) requests, not 500.
        assert len(writes(standin)) <= 20
        assert standin.resource_count("DocumentReference") == 249
        assert_exactly_once(db, standin, failed=1)


def test_server_down_for_the_whole_sync(app, clock, db, server) -> None:
    record_every_kind(app, clock)
    with server.outage():
        summary = sync(db, server)
        assert summary.outcome is SyncOutcome.UNREACHABLE and summary.exit_code == 2
        assert "kontakt med serveren" in summary.message_nb
        assert row_states(db)["synced"] == 0 and row_states(db)["failed"] == 0
        assert db.get_setting("last_sync") is None
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)


def test_server_lost_in_the_middle_then_back(app, clock, db, server) -> None:
    fill_outbox(db, clients=3, notes_per_client=20, measurements_per_client=20, now=clock.now)
    stopped = threading.Event()

    def pull_the_plug(progress: SyncProgress) -> None:
        if progress.phase == "sending" and progress.sent > 0 and not stopped.is_set():
            stopped.set()
            server.stop()

    summary = SyncEngine(db, SyncSettings(server_url=server.base_url, bundle_size=40),
                         retry=FAST_RETRY).run(pull_the_plug)
    assert summary.outcome is SyncOutcome.UNREACHABLE
    states = row_states(db)
    assert states["synced"] > 0 and states["pending"] > 0 and states["failed"] == 0
    server.start()
    assert sync(db, server, batch=40).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)
