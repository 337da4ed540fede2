"""Answers that are correct HTTP but not the response Bundle, against both servers.

The server stored the Bundle, then answered with an empty 200 (what Medplum sends
for ``Prefer: return=minimal``), an OperationOutcome, or a proxy's HTML page. The
engine must neither call that a lost connection nor send the Bundle straight
again: it reads the entries back and confirms what is there.
"""

from __future__ import annotations

import pytest

from desktop.sync.summary import SyncOutcome
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once, sync

_OUTCOME = '{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"informational"}]}'
_HTML = "<html><body><h1>200 OK</h1><p>Request processed by the gateway</p></body></html>"


@pytest.mark.parametrize("status, content_type, text", [
    (200, "", ""),
    (200, "application/fhir+json", _OUTCOME),
    (200, "text/html", _HTML),
    (201, "application/fhir+json", '{"resourceType":"Bundle","type":"batch-response"}'),
], ids=["empty", "outcome", "html", "bundle-without-entries"])
def test_an_answer_that_cannot_be_read_is_verified_not_resent(app, db, fhir_server, status, content_type,
                                                              text) -> None:
    client = add_client(app)
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    notes = [app.write_note(client.client_id, f"Notat {i}") for i in range(5)]
    fhir_server.reset_log()
    fhir_server.inject(("answer_after_commit", status, content_type, text))
    waits: list[float] = []
    summary = sync(db, fhir_server, sleep=waits.append)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert waits, "no backoff before asking again"
    # One Bundle of PUTs and one of reads: nothing was sent twice.
    assert len(fhir_server.write_statuses()) == 2
    for note in notes:
        assert len(fhir_server.history("DocumentReference", note.meta.record_id)) == 1
    assert_exactly_once(db, fhir_server)


def test_a_server_that_never_answers_readably_is_reported_as_such(app, db, fhir_server) -> None:
    add_client(app)
    fhir_server.inject(*[("answer_after_commit", 200, "text/html", _HTML)] * 12)
    summary = sync(db, fhir_server, sleep=lambda s: None)
    assert summary.outcome is SyncOutcome.UNREACHABLE
    assert "svarte, men svaret kunne ikke leses" in summary.message_nb
    assert "Mistet kontakten" not in summary.message_nb
    fhir_server.clear_faults()
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, fhir_server)
