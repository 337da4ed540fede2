"""The responder ``ambulant self-test`` syncs to: a whole sync, persons lookup and pull included, completes."""

from __future__ import annotations

from desktop.cli.loopback_fhir import LoopbackFhirServer
from desktop.sync.summary import SyncOutcome
from tests.helpers import add_client, add_fixed_order
from tests.sync.conftest import sync


def test_a_sync_to_the_self_test_responder_completes_with_its_pull(app, db) -> None:
    client = add_client(app)
    add_fixed_order(app, client.client_id)
    with LoopbackFhirServer() as server:
        summary = sync(db, server, pull=True)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert summary.pull is not None and summary.pull.complete and summary.pull.clients == 0
    assert server.received["Patient"] == 1 and server.received["MedicationRequest"] == 1
