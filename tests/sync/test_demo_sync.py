"""Done when: the demo database syncs completely, with the app's real headers, to both servers."""

from __future__ import annotations

from collections import Counter

from desktop.support.demo_data import seed_demo
from desktop.sync.queue import records_lacking
from desktop.sync.summary import SyncOutcome
from desktop.sync.fhir_mapping import ALL_RESOURCE_TYPES
from tests.sync.conftest import expected_on_server, sync


def test_demo_database_syncs_completely_once_and_again_to_a_new_server(app, db, fhir_server,
                                                                       second_server) -> None:
    assert seed_demo(app) == 5
    with db.reading():
        rows = db.outbox.counts().pending
    first = sync(db, fhir_server)
    assert first.outcome is SyncOutcome.COMPLETE, first.message_en
    assert first.sent == rows and not first.failed
    expected = Counter(t for t, _ in expected_on_server(db))
    on_server = {t: fhir_server.resource_count(t) for t in ALL_RESOURCE_TYPES}
    assert {t: n for t, n in on_server.items() if n} == dict(expected)
    # No identifier (record UUID, national id, HPR number) on two resources of a type.
    for type_ in ALL_RESOURCE_TYPES:
        values = Counter(fhir_server.identifiers(type_))
        assert [v for v, n in values.items() if n > 1] == [], type_
    again = sync(db, fhir_server)
    assert again.outcome is SyncOutcome.COMPLETE and again.sent == 0 and again.round_trips == 1
    assert records_lacking(db, second_server.base_url) == rows
    other = sync(db, second_server)
    assert other.outcome is SyncOutcome.COMPLETE and other.sent == rows
    assert {t: second_server.resource_count(t) for t in expected} == dict(expected)
