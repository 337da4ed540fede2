"""Version order, conflicts, switching servers and one resource per person: against both servers."""

from __future__ import annotations

import datetime as dt

from desktop.domain.clients import Allergy
from desktop.store.outbox import OutboxState
from desktop.sync.queue import conflict_records, records_lacking, retry_failed
from desktop.sync.summary import SyncOutcome
from desktop.sync.fhir_codes import FNR_SYSTEM, HPR_SYSTEM
from tests.conftest import WORKER
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once, sync, version_on_server
from tests.sync.sync_data import record_every_kind


def test_retry_never_sends_an_older_version_over_a_newer(app, clock, db, fhir_server) -> None:
    client = add_client(app)
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    wrong = app.record_measurement(client.client_id, "pulse", "70")
    fhir_server.reject_identifiers({f"urn:uuid:{wrong.meta.record_id}"})
    assert sync(db, fhir_server).outcome is SyncOutcome.INCOMPLETE       # v1 refused
    fhir_server.reject_identifiers(set())
    marked = app.enter_in_error(wrong.meta.record_id, "Feil bruker")     # v2
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    with db.reading():
        assert len(db.outbox.entries(OutboxState.SUPERSEDED)) == 1
        assert db.outbox.counts().failed == 0
    assert retry_failed(db) == 0                                         # nothing to retry: v1 is retired
    assert sync(db, fhir_server).sent == 0
    on_server = fhir_server.get("Observation", wrong.meta.record_id)
    assert on_server["status"] == "entered-in-error"
    assert version_on_server(on_server) == marked.meta.version_id


def test_versions_written_offline_arrive_in_order(app, clock, db, fhir_server) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "v1")
    for text in ("v2", "v3"):
        clock.advance(minutes=1)
        note = app.correct(note.meta.record_id, text=text)
    app.correct(client.client_id, allergies=(Allergy("Latex"),))
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    history = fhir_server.history("DocumentReference", note.meta.record_id)
    assert [h["extension"][0]["extension"][1]["valueInteger"] for h in history] == [1, 2, 3]
    assert_exactly_once(db, fhir_server)


def test_a_change_made_on_the_server_meanwhile_is_a_conflict_not_an_overwrite(app, clock, db, fhir_server) -> None:
    client = add_client(app)
    goal = app.add_goal(client.client_id, "Bo trygt hjemme", "Jeg vil klare meg selv", True)
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    theirs = fhir_server.get("Goal", goal.meta.record_id)
    theirs["description"] = {"text": "Endret av en kollega på serveren"}
    theirs.pop("meta", None)
    fhir_server.seed(theirs)                                   # another editor's version
    clock.advance(minutes=5)
    app.correct(goal.meta.record_id, title="Bo trygt hjemme med hjelp")
    summary = sync(db, fhir_server)
    assert summary.outcome is SyncOutcome.INCOMPLETE and summary.conflicts == 1
    assert fhir_server.get("Goal", goal.meta.record_id)["description"]["text"] == "Endret av en kollega på serveren"
    conflicts = conflict_records(db)
    assert len(conflicts) == 1 and conflicts[0].kind == "goal" and "endret" in conflicts[0].reason
    assert retry_failed(db) == 0                                # a conflict is not resent blindly


def test_switching_servers_sends_everything_the_new_one_lacks(app, clock, db, fhir_server, second_server) -> None:
    ids = record_every_kind(app, clock)
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    with db.reading():
        total = db.outbox.counts().synced
    assert records_lacking(db, fhir_server.base_url) == 0
    assert records_lacking(db, second_server.base_url) == total
    summary = sync(db, second_server)
    assert summary.outcome is SyncOutcome.COMPLETE and summary.sent == total
    assert_exactly_once(db, second_server)
    assert second_server.get("Patient", ids.client_id) is not None
    app.write_note(ids.client_id, "Bare til server B")
    assert sync(db, second_server).sent == 2                    # the note and its audit line
    back = sync(db, fhir_server)                                # A lacks only what was written since
    assert back.outcome is SyncOutcome.COMPLETE and back.sent == 2
    assert_exactly_once(db, fhir_server)


def test_a_patient_the_server_already_has_is_adopted_not_duplicated(app, clock, db, fhir_server) -> None:
    client = add_client(app, "Kari Nordmann", dt.date(1961, 4, 9))
    fhir_server.seed({"resourceType": "Patient", "id": "kommunens-pasient-1",
                      "identifier": [{"system": FNR_SYSTEM, "value": client.national_id},
                                     {"system": "urn:oid:2.16.578.1.12.4.1.2.9999", "value": "EPJ-42"}],
                      "name": [{"family": "Nordmann", "given": ["Kari"]}]})
    fhir_server.seed({"resourceType": "Practitioner", "id": "kommunens-behandler-1",
                      "identifier": [{"system": HPR_SYSTEM, "value": WORKER.hpr}],
                      "name": [{"family": "Vernepleier", "given": ["Test"]}]})
    note = app.write_note(client.client_id, "Besøk hjemme")
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    patients = fhir_server.search("Patient", {"identifier": f"{FNR_SYSTEM}|{client.national_id}"})
    assert [p["id"] for p in patients] == ["kommunens-pasient-1"]
    assert {"system": "urn:oid:2.16.578.1.12.4.1.2.9999", "value": "EPJ-42"} in patients[0]["identifier"]
    practitioners = fhir_server.search("Practitioner", {"identifier": f"{HPR_SYSTEM}|{WORKER.hpr}"})
    assert [p["id"] for p in practitioners] == ["kommunens-behandler-1"]
    document = fhir_server.get("DocumentReference", note.meta.record_id)
    assert document["subject"]["reference"] == "Patient/kommunens-pasient-1"
    assert document["author"][0]["reference"] == "Practitioner/kommunens-behandler-1"
    assert fhir_server.get("Patient", client.client_id) is None
    # Later records use the adopted ids without asking again.
    app.write_note(client.client_id, "Neste besøk")
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    assert len(fhir_server.search("Patient", {"identifier": f"{FNR_SYSTEM}|{client.national_id}"})) == 1
