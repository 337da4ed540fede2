"""The caseload from the municipal server, against the stand-in (both profiles) and Medplum's router.

Every test seeds the server as an EHR would (tests/sync/ehr_data.py) and runs the real engine:
push, then pull.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.domain import medication_rules as rules
from desktop.domain.audit import AuditAction
from desktop.domain.caseload import ServerChange
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import OID_FNR, OID_HPR
from desktop.domain.medication import AdministrationStatus, MedicationOrder
from desktop.services import Ambulant
from desktop.store.outbox import OutboxState
from desktop.sync.summary import SyncOutcome
from desktop.sync.fhir_codes import OBSERVATION_CODES
from tests.conftest import WORKER
from tests.sync.conftest import pull, row_states
from tests.sync.ehr_data import COLLEAGUE_HPR, municipal_record


@pytest.fixture
def ehr(fhir_server: Any, clock: Any):
    record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
    fhir_server.seed(*record.resources)
    return record


def _client(app: Ambulant, ehr: Any, patient_id: str):
    return app.find_client(ehr.national_ids[patient_id])


def _orders(app: Ambulant, client_id: str) -> dict[str, MedicationOrder]:
    return {o.drug_name: o for o in app.orders(client_id)}


def test_one_sync_brings_the_caseload_cave_orders_and_a_colleagues_dose(app, db, fhir_server, ehr, clock) -> None:
    summary = pull(db, fhir_server, clock)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert summary.pull.complete and summary.pull.clients == 3 and summary.pull.new_clients == 3
    clients = {c.national_id: c for c in app.list_clients()}
    assert set(clients) == {ehr.national_ids[p] for p in ehr.caseload}     # not pas-4 (not mine), not pas-5 (ended)
    astrid = _client(app, ehr, "ehr-pas-1")
    assert astrid.name == "Astrid Berg" and astrid.address == "Bergveien 1, 4610 Kristiansand"
    assert astrid.relatives[0].relation == "datter" and astrid.relatives[0].next_of_kin
    (penicillin,) = astrid.allergies
    assert penicillin.substance == "Penicillin" and penicillin.reaction == "Utslett og hevelse"
    assert penicillin.severity == "alvorlig" and penicillin.from_server and penicillin.criticality == "high"
    bjorn = _client(app, ehr, "ehr-pas-2")
    assert [a.substance for a in bjorn.allergies] == ["Peanøtter"]        # the resolved Lateks is not CAVE

    orders = _orders(app, astrid.client_id)
    paracet, metformin, oxazepam = orders["Paracetamol 500 mg tablett"], orders["Metformin"], \
        orders["Oxazepam 10 mg tablett"]
    assert paracet.atc == "N02BE01" and paracet.times == (dt.time(8), dt.time(20)) and paracet.route == "Oral bruk"
    assert paracet.prescriber == "Per Fastlege" and str(paracet.dose) == "1 tablett"
    assert metformin.strength == "500 mg" and metformin.form == "Tablett" and metformin.atc == "A10BA02"
    assert metformin.times == (dt.time(8), dt.time(18)) and metformin.prescriber == "Dr. Per Fastlege"
    assert oxazepam.as_needed and oxazepam.max_per_24h == 3 and oxazepam.indication == "Uro"
    others = _orders(app, bjorn.client_id)
    assert others["Laktulose mikstur"].suspended and others["Metoprolol"].suspended      # stopped, on hold
    assert others["Laktulose mikstur"].times == (dt.time(8), dt.time(14), dt.time(20))
    cecilie = _orders(app, _client(app, ehr, "ehr-pas-3").client_id)
    assert cecilie["Feil legemiddel"].meta.entered_in_error
    assert cecilie["Paracetamol 1 g"].as_needed and cecilie["Paracetamol 1 g"].max_per_24h == 1

    # The stopped and paused orders are never due; the colleague's 08:05 dose is shown as given, by her.
    assert [d.order.drug_name for d in app.due_doses(bjorn.client_id)] == ["Sertralin 50 mg tablett"]
    doses = {(d.order.drug_name, d.scheduled_for.time()): d for d in app.due_doses(astrid.client_id)}
    given = doses[("Paracetamol 500 mg tablett", dt.time(8))]
    assert given.state is rules.DoseState.GIVEN
    assert given.administration.meta.author.name == "Kari Kollega"
    assert given.administration.meta.author.hpr == COLLEAGUE_HPR
    assert doses[("Metformin", dt.time(8))].state is rules.DoseState.OVERDUE
    # The dose from 60 days ago is outside the 30-day window.
    assert len(app.overview(astrid).prn_administrations) == 0
    assert app.status().records["administrations"] == 1

    # The medication sheet lists the active orders and the CAVE.
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(app.medication_sheet_pdf(astrid.client_id))).pages)
    assert "CAVE" in text and "Penicillin" in text and "Paracetamol" in text and "Metformin" in text
    bjorn_sheet = "\n".join(p.extract_text() for p in
                            PdfReader(io.BytesIO(app.medication_sheet_pdf(bjorn.client_id))).pages)
    assert "Sertralin" in bjorn_sheet and "Peanøtter" in bjorn_sheet
    assert "Laktulose" not in bjorn_sheet and "Metoprolol" not in bjorn_sheet     # stopped, paused

    # Signing, opening and printing go up; the server still has one Practitioner and one Patient per person.
    app.open_client(astrid.client_id)
    app.record_administration(metformin.order_id, AdministrationStatus.GIVEN,
                              scheduled_for=doses[("Metformin", dt.time(8))].scheduled_for)
    app.add_allergy(astrid.client_id, "Jod", "Kløe", source="Pasienten selv")
    again = pull(db, fhir_server, clock)
    assert again.outcome is SyncOutcome.COMPLETE, again.message_en
    assert again.sent > 0 and again.pull.applied == 0
    hprs = [i["value"] for p in fhir_server.search("Practitioner", {}) for i in p.get("identifier", [])
            if i["system"] == OID_HPR]
    assert sorted(hprs) == sorted({WORKER.hpr, COLLEAGUE_HPR, "3456789"})
    nids = [i["value"] for p in fhir_server.search("Patient", {}) for i in p.get("identifier", [])
            if i["system"] == OID_FNR]
    assert sorted(nids) == sorted(ehr.national_ids.values())
    mine = [r for r in fhir_server.search("MedicationAdministration", {"subject": "Patient/ehr-pas-1"})
            if r["id"] not in ("ehr-ma-1", "ehr-ma-old")]
    assert len(mine) == 1 and mine[0]["request"]["reference"] == "MedicationRequest/ehr-mr-2"
    allergies = fhir_server.search("AllergyIntolerance", {"patient": "Patient/ehr-pas-1"})
    assert sorted(a["code"]["text"] for a in allergies) == ["Jod", "Penicillin"]
    assert len(fhir_server.history("MedicationRequest", "ehr-mr-1")) == 1       # the prescriber's, untouched
    assert len(fhir_server.history("Patient", "ehr-pas-1")) == 1


def test_an_empty_incremental_pull_is_one_request_and_a_change_shows_as_a_banner(app, db, fhir_server, ehr,
                                                                                 clock) -> None:
    pull(db, fhir_server, clock)
    second = pull(db, fhir_server, clock)
    assert second.pull.round_trips == 1 and second.pull.applied == 0 and second.round_trips == 2
    astrid = _client(app, ehr, "ehr-pas-1")
    assert app.server_state(astrid.client_id).order_notices == ()
    changed = next(r for r in ehr.resources if r["id"] == "ehr-mr-1")
    stopped = {**changed, "status": "stopped"}
    dose = next(r for r in ehr.resources if r["id"] == "ehr-mr-2")
    dose = {**dose, "dosageInstruction": [{**dose["dosageInstruction"][0],
                                           "doseAndRate": [{"doseQuantity": {"value": 2, "unit": "tablett"}}]}]}
    fhir_server.seed(stopped, dose)
    third = pull(db, fhir_server, clock)
    assert third.pull.order_changes == 2 and third.pull.round_trips == 1
    orders = _orders(app, astrid.client_id)
    assert orders["Paracetamol 500 mg tablett"].suspended and str(orders["Metformin"].dose) == "2 tablett"
    notices = {n.order.drug_name: n.change for n in app.server_state(astrid.client_id).order_notices}
    assert notices == {"Paracetamol 500 mg tablett": ServerChange.STOPPED, "Metformin": ServerChange.CHANGED}
    assert all(d.order.drug_name != "Paracetamol 500 mg tablett" or d.administration is not None
               for d in app.due_doses(astrid.client_id))
    state = app.server_state(astrid.client_id)
    assert state.from_server and state.updated_at is not None and not state.removed_pending
    # Each change is a new local version; the history of the order is readable.
    assert [o.suspended for o in app.history(orders["Paracetamol 500 mg tablett"].order_id)] == [False, True]


def test_every_page_is_fetched_by_next_links_or_by_offset(app, db, fhir_server, ehr, clock, monkeypatch) -> None:
    import desktop.sync.caseload as caseload
    monkeypatch.setattr(caseload, "PAGE_SIZE", 2)
    summary = pull(db, fhir_server, clock)
    assert summary.pull.complete and summary.pull.clients == 3
    assert len(app.orders(_client(app, ehr, "ehr-pas-3").client_id)) == 3
    assert len(app.orders(_client(app, ehr, "ehr-pas-1").client_id)) == 3
    assert summary.pull.round_trips > 4      # pages, all searches of a round in one request


def test_leaving_the_caseload_removes_the_client_once_everything_is_confirmed(app, db, fhir_server, ehr,
                                                                           clock) -> None:
    pull(db, fhir_server, clock)
    bjorn, cecilie = _client(app, ehr, "ehr-pas-2"), _client(app, ehr, "ehr-pas-3")
    note = app.write_note(cecilie.client_id, "Siste besøk før overføring")
    fhir_server.reject_identifiers({f"urn:uuid:{note.meta.record_id}"})
    teams = {r["id"]: r for r in ehr.resources if r["resourceType"] == "CareTeam"}
    fhir_server.seed({**teams["ehr-ct-2"], "participant": teams["ehr-ct-2"]["participant"][1:]},
                     {**teams["ehr-ct-3"], "status": "inactive"})
    summary = pull(db, fhir_server, clock)
    assert summary.pull.removed == 1 and summary.pull.removal_waiting == 1 and summary.pull.clients == 1
    names = {c.name for c in app.list_clients()}
    assert "Bjørn Dahl" not in names and "Cecilie Eng" in names
    with pytest.raises(DomainError):
        app.get_client(bjorn.client_id)
    assert app.server_state(cecilie.client_id).removed_pending      # "venter på synkronisering"
    (purge,) = [e for e in app.access_log(bjorn.client_id) if e.action is AuditAction.PURGE]
    assert purge.actor == WORKER and "Fjernet fra arbeidslisten" in purge.detail
    with db.reading() as conn:   # test-only look: nothing of his records is left on this device
        assert conn.execute("SELECT count(*) FROM record_versions WHERE client_id = ?",
                            (bjorn.client_id,)).fetchone()[0] == 0
    # The refused note is accepted after all: then Cecilie goes too, and the purge is told to the server.
    fhir_server.reject_identifiers(set())
    app.sync.retry_failed()
    last = pull(db, fhir_server, clock)
    assert last.pull.removed == 1 and last.pull.removal_waiting == 0
    assert [c.name for c in app.list_clients()] == ["Astrid Berg"]
    assert last.outcome is SyncOutcome.COMPLETE and row_states(db)["pending"] == 0   # the purge went up at once
    events = fhir_server.search("AuditEvent", {})
    assert sum(1 for e in events if e["subtype"][0]["code"] == "purge") == 2
    assert fhir_server.get("Patient", "ehr-pas-2") is not None      # removed here, never on the server


def test_a_pull_never_writes_over_a_local_change_not_yet_confirmed(app, db, fhir_server, ehr, clock) -> None:
    pull(db, fhir_server, clock)
    astrid = _client(app, ehr, "ehr-pas-1")
    (goal,) = app.overview(astrid).goals
    assert goal.title == "Bo trygt hjemme" and goal.client_participated
    mine = app.correct(goal.meta.record_id, title="Bo trygt hjemme, med hjelp om morgenen")
    fhir_server.reject_identifiers({f"urn:uuid:{goal.meta.record_id}"})
    theirs = {**next(r for r in ehr.resources if r["id"] == "ehr-goal-1"), "description": {"text": "Bo hjemme"}}
    fhir_server.seed(theirs)
    summary = pull(db, fhir_server, clock)
    assert summary.pull.waiting == 1
    assert app.overview(astrid).goals[0].title == mine.title            # not written over
    assert app.server_state(astrid.client_id).waiting == 1
    # Sent again: the server changed since the version it built on, so it is a conflict, not an overwrite.
    fhir_server.reject_identifiers(set())
    app.sync.retry_failed()
    after = pull(db, fhir_server, clock)
    assert after.conflicts == 1 and row_states(db)["conflict"] == 1
    assert fhir_server.get("Goal", "ehr-goal-1")["description"]["text"] == "Bo hjemme"
    assert app.overview(astrid).goals[0].title == mine.title


def test_deleted_or_entered_in_error_on_the_server_is_shown_so(app, db, fhir_server, ehr, clock) -> None:
    pull(db, fhir_server, clock)
    bjorn = _client(app, ehr, "ehr-pas-2")
    fhir_server.delete("MedicationRequest", "ehr-mr-6")
    peanut = {k: v for k, v in next(r for r in ehr.resources if r["id"] == "ehr-ai-2").items()
              if k != "clinicalStatus"}     # R4 (ait-2): no clinical status on an entry in error
    fhir_server.seed({**peanut, "verificationStatus": {"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
        "code": "entered-in-error"}]}})
    astrid = _client(app, ehr, "ehr-pas-1")
    fhir_server.delete("MedicationAdministration", "ehr-ma-1")      # this morning's dose, deleted
    pull(db, fhir_server, clock)
    dose = next(d for d in app.due_doses(astrid.client_id) if d.order.drug_name.startswith("Paracetamol"))
    assert dose.administration is None                                # no longer "given" here
    sertralin = _orders(app, bjorn.client_id)["Sertralin 50 mg tablett"]
    assert sertralin.meta.entered_in_error and "Slettet" in sertralin.meta.status_reason
    assert app.due_doses(bjorn.client_id) == []
    assert app.get_client(bjorn.client_id).allergies == ()
    notices = {n.order.drug_name: n.change for n in app.server_state(bjorn.client_id).order_notices}
    assert notices["Sertralin 50 mg tablett"] is ServerChange.DELETED


def test_orders_and_cave_from_the_server_are_read_only_but_notes_stay_local(app, db, fhir_server, ehr,
                                                                          clock) -> None:
    pull(db, fhir_server, clock)
    astrid = _client(app, ehr, "ehr-pas-1")
    order = _orders(app, astrid.client_id)["Paracetamol 500 mg tablett"]
    with pytest.raises(DomainError):
        app.enter_in_error(order.order_id, "Feil")
    with pytest.raises(DomainError):
        app.correct(order.order_id, dose=order.dose)
    with pytest.raises(DomainError):
        app.change_allergy(astrid.client_id, "Penicillin", reaction="Ingen", source="Meg")
    with pytest.raises(DomainError):
        app.correct(astrid.client_id, name="Noe annet")
    noted = app.correct(order.order_id, administration_notes="Knuses i syltetøy")
    with db.reading():   # the local note is not for the server (its audit line is)
        assert [r.entity for r in db.outbox.entries(OutboxState.PENDING)] == ["audit"]
    summary = pull(db, fhir_server, clock)
    assert summary.sent == 1
    assert len(fhir_server.history("MedicationRequest", "ehr-mr-1")) == 1
    # The order changes on the server: the local note is kept on the new version.
    fhir_server.seed({**next(r for r in ehr.resources if r["id"] == "ehr-mr-1"), "authoredOn": "2026-11-20"})
    pull(db, fhir_server, clock)
    current = app.orders(astrid.client_id)
    assert next(o for o in current if o.order_id == noted.order_id).administration_notes == "Knuses i syltetøy"
    with db.reading():
        assert db.outbox.counts().pending == 0


def test_colleagues_doses_count_towards_prn_limits_and_follow_ups(app, db, fhir_server, ehr, clock) -> None:
    morning = clock.now - dt.timedelta(minutes=30)
    fhir_server.seed({"resourceType": "MedicationAdministration", "id": "ehr-ma-prn", "status": "completed",
                      "medicationCodeableConcept": {"text": "Oxazepam 10 mg tablett"},
                      "subject": {"reference": "Patient/ehr-pas-1"},
                      "effectiveDateTime": morning.isoformat(timespec="seconds"),
                      "performer": [{"actor": {"reference": "Practitioner/ehr-colleague",
                                               "display": "Kari Kollega"}}],
                      "request": {"reference": "MedicationRequest/ehr-mr-3"}, "reasonCode": [{"text": "Uro"}]})
    # An earlier dose by another Ambulant, whose effect that colleague already recorded.
    earlier = clock.now - dt.timedelta(hours=5)
    fhir_server.seed({"resourceType": "MedicationAdministration", "id": "ehr-ma-prn-0", "status": "completed",
                      "medicationCodeableConcept": {"text": "Oxazepam 10 mg tablett"},
                      "subject": {"reference": "Patient/ehr-pas-1"},
                      "effectiveDateTime": earlier.isoformat(timespec="seconds"),
                      "performer": [{"actor": {"reference": "Practitioner/ehr-colleague"}}],
                      "request": {"reference": "MedicationRequest/ehr-mr-3"}},
                     {"resourceType": "Observation", "id": "ehr-effect-0", "status": "final",
                      "code": {"coding": [{"system": OBSERVATION_CODES, "code": "prn-effect"}]},
                      "subject": {"reference": "Patient/ehr-pas-1"},
                      "effectiveDateTime": (earlier + dt.timedelta(hours=1)).isoformat(timespec="seconds"),
                      "partOf": [{"reference": "MedicationAdministration/ehr-ma-prn-0"}],
                      "performer": [{"reference": "Practitioner/ehr-colleague"}], "valueString": "Roligere"})
    pull(db, fhir_server, clock)
    astrid = _client(app, ehr, "ehr-pas-1")
    oxazepam = _orders(app, astrid.client_id)["Oxazepam 10 mg tablett"]
    overview = app.overview(astrid)
    assert rules.prn_doses_last_24h(oxazepam, overview.prn_administrations, clock.now) == 2
    (follow_up,) = overview.follow_ups          # the earlier one was followed up by the colleague
    assert follow_up.administration.meta.author.name == "Kari Kollega"
    other, _ = app.doses_by_others(oxazepam.order_id)
    assert other.meta.author.hpr == COLLEAGUE_HPR and other.meta.occurred_at == morning
    state = app.server_state(astrid.client_id)
    assert other.meta.record_id in state.from_server_ids


def test_a_client_registered_offline_is_resolved_against_the_servers_patient(app, db, fhir_server, ehr,
                                                                           clock) -> None:
    nid = ehr.national_ids["ehr-pas-1"]
    local = app.register_client("Astrid Berg", nid, dt.date(1948, 3, 2), "Bergveien 1")
    app.add_allergy(local.client_id, "Nikkel", "Eksem", source="Datteren", recorded_by="Test Vernepleier")
    newcomer = app.register_client("Frida Hansen", _synthetic(dt.date(1975, 1, 1)))
    summary = pull(db, fhir_server, clock)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    nids = [i["value"] for p in fhir_server.search("Patient", {}) for i in p.get("identifier", [])
            if i["system"] == OID_FNR]
    assert nids.count(nid) == 1 and nids.count(newcomer.national_id) == 1
    clients = [c for c in app.list_clients() if c.national_id == nid]
    assert len(clients) == 1 and clients[0].client_id == local.client_id
    assert sorted(a.substance for a in clients[0].allergies) == ["Nikkel", "Penicillin"]
    allergies = fhir_server.search("AllergyIntolerance", {"patient": "Patient/ehr-pas-1"})
    nickel = next(a for a in allergies if a["code"]["text"] == "Nikkel")
    assert nickel["asserter"]["display"] == "Datteren"
    assert len(app.orders(local.client_id)) == 3


def test_the_members_of_a_configured_group_are_in_the_caseload(app, db, fhir_server, ehr, clock) -> None:
    from desktop.sync.engine import SyncEngine
    from desktop.sync.settings import SyncSettings
    from tests.sync.conftest import FAST_RETRY
    fhir_server.seed({"resourceType": "Group", "id": "ehr-group-1", "type": "person", "actual": True,
                      "member": [{"entity": {"reference": "Patient/ehr-pas-4"}}]})
    settings = SyncSettings(server_url=fhir_server.base_url, caseload_group="ehr-group-1")
    summary = SyncEngine(db, settings, retry=FAST_RETRY, clock=clock).run()
    assert summary.pull.clients == 4
    assert "Didrik Fjell" in {c.name for c in app.list_clients()}


def _synthetic(birth: dt.date) -> str:
    from desktop.support.demo_data import synthetic_id
    return synthetic_id(birth)


def test_a_pull_survives_lost_answers_and_a_server_that_stays_away_loses_nothing(app, db, fhir_server, ehr,
                                                                               clock) -> None:
    fhir_server.inject(("status", 503, "0"), ("drop_before_commit",))
    summary = pull(db, fhir_server, clock)
    assert summary.outcome is SyncOutcome.COMPLETE and summary.pull.clients == 3, summary.message_en
    changed = {**next(r for r in ehr.resources if r["id"] == "ehr-mr-1"), "status": "on-hold"}
    fhir_server.seed(changed)
    fhir_server.inject(*[("status", 503, "0")] * 4)          # every attempt of the pull's one request
    away = pull(db, fhir_server, clock)
    assert away.outcome is SyncOutcome.INCOMPLETE and not away.pull.complete
    astrid = _client(app, ehr, "ehr-pas-1")
    assert not _orders(app, astrid.client_id)["Paracetamol 500 mg tablett"].suspended
    back = pull(db, fhir_server, clock)                      # the watermark did not move: the change comes
    assert back.outcome is SyncOutcome.COMPLETE and back.pull.order_changes == 1
    assert _orders(app, astrid.client_id)["Paracetamol 500 mg tablett"].suspended
