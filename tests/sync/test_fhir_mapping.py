"""The FHIR mapping: every resource it makes is valid FHIR and says what the record says.

Validation uses fhir.resources' R4B models (fhir.resources 8 ships R5 as its
default and R4B — FHIR 4.3, the R4 line's last release — under
``fhir.resources.R4B``; there is no plain R4 package). Every resource type and
element the mapping uses is unchanged between R4 and R4B.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from desktop.domain.kinds import kind_of
from desktop.domain.observation import DEFAULT_CHAPTER9_CODE_SYSTEM
from desktop.sync import fhir_codes as codes
from desktop.sync.fhir_common import RecordsContext, references_in
from desktop.sync.fhir_mapping import (MappingError, map_audit_event, map_record, practitioner,
                                       practitioners_for, resource_type_of_kind)
from desktop.store.outbox import OutboxState
from tests.conftest import SECOND, WORKER
from tests.sync.sync_data import record_every_kind


class StoreContext:
    """The mapping context over the test database (as the engine builds it)."""

    def __init__(self, db) -> None:  # noqa: ANN001
        self.db = db

    def record(self, record_id: str) -> Any:
        return self.db.records.get(record_id)

    def earlier_versions(self, record: Any) -> list[Any]:
        return [r for r in self.db.records.history(record.meta.record_id) if r.meta.version < record.meta.version]


# Codes with a *required* binding in FHIR R4 (fhir.resources checks structure and
# cardinality, not value sets, so the tests check these against the R4 value sets).
_REQUIRED_CODES: dict[tuple[str, str], set[str]] = {
    ("MedicationAdministration", "status"): {"in-progress", "not-done", "on-hold", "completed",
                                             "entered-in-error", "stopped", "unknown"},
    ("MedicationRequest", "status"): {"active", "on-hold", "cancelled", "completed", "entered-in-error",
                                      "stopped", "draft", "unknown"},
    ("MedicationRequest", "intent"): {"proposal", "plan", "order", "original-order", "reflex-order",
                                      "filler-order", "instance-order", "option"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"},
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
    ("DocumentReference", "docStatus"): {"preliminary", "final", "amended", "entered-in-error"},
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold", "completed",
                                  "cancelled", "entered-in-error", "rejected"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("CareTeam", "status"): {"proposed", "active", "suspended", "inactive", "entered-in-error"},
    ("Communication", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                                  "entered-in-error", "unknown"},
    ("Task", "status"): {"draft", "requested", "received", "accepted", "rejected", "ready", "cancelled",
                         "in-progress", "on-hold", "failed", "completed", "entered-in-error"},
    ("Task", "intent"): {"unknown", "proposal", "plan", "order", "original-order", "reflex-order",
                         "filler-order", "instance-order", "option"},
    ("AuditEvent", "action"): {"C", "R", "U", "D", "E"},
    ("AuditEvent", "outcome"): {"0", "4", "8", "12"},
}
_ACTIVITY_STATUS = {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped",
                    "unknown", "entered-in-error"}


def _validate(resource: dict[str, Any]) -> None:
    model = get_fhir_model_class(resource["resourceType"])
    model.model_validate(resource)
    _assert_no_empty(resource, resource["resourceType"])
    for (type_, element), allowed in _REQUIRED_CODES.items():
        if resource["resourceType"] == type_ and element in resource:
            assert resource[element] in allowed, f"{type_}.{element} = {resource[element]!r}"
    for activity in resource.get("activity", []):
        assert activity["detail"]["status"] in _ACTIVITY_STATUS


def _assert_no_empty(value: Any, path: str) -> None:
    assert value not in (None, "", [], {}), f"empty value at {path}"
    if isinstance(value, dict):
        for k, v in value.items():
            _assert_no_empty(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _assert_no_empty(v, f"{path}[{i}]")


@pytest.fixture
def mapped(app, clock, db):
    """Every outbox row of the every-kind client mapped to FHIR, by kind."""
    ids = record_every_kind(app, clock)
    context = StoreContext(db)
    by_kind: dict[str, list[list[dict[str, Any]]]] = {}
    with db.reading():
        for row in db.outbox.entries(OutboxState.PENDING):
            if row.entity == "audit":
                resources = [map_audit_event(db.audit.get(row.ref))]
            else:
                resources = map_record(db.records.get_version(row.ref), context)
            by_kind.setdefault(row.kind, []).append(resources)
    return ids, by_kind


def test_every_resource_is_valid_fhir(mapped) -> None:
    _, by_kind = mapped
    assert set(by_kind) >= {"client", "children_as_relatives", "order", "administration", "effect_evaluation",
                            "note", "measurement", "incident", "chapter9", "goal", "measure", "evaluation",
                            "individual_plan", "responsibility_group", "meeting", "agreed_task", "audit"}
    count = 0
    for kind, versions in by_kind.items():
        for resources in versions:
            assert resources[0]["resourceType"] == resource_type_of_kind(kind)
            for resource in resources:
                _validate(resource)
                json.dumps(resource)  # plain JSON, no Decimals or dates left
                count += 1
    _validate(practitioner(WORKER))
    assert count > 40


def test_every_resource_carries_its_record_uuid_as_id_and_identifier(mapped) -> None:
    _, by_kind = mapped
    for kind, versions in by_kind.items():
        for resources in versions:
            main = resources[0]
            expected = codes.uuid_uri(main["id"])
            if kind == "audit":
                ext = [e for e in main["extension"] if e["url"] == codes.EXT_RECORD_IDENTIFIER]
                assert ext[0]["valueIdentifier"]["value"] == expected
            else:
                assert {"use": "official", "system": codes.URI_SYSTEM, "value": expected} in main["identifier"]
                version = [e for e in main["extension"] if e["url"] == codes.EXT_RECORD_VERSION][0]
                parts = {p["url"]: p for p in version["extension"]}
                assert parts["version"]["valueInteger"] >= 1


def test_patient_has_national_id_allergies_and_ended_allergy(mapped, db) -> None:
    ids, by_kind = mapped
    first, corrected = by_kind["client"]
    patient = corrected[0]
    assert patient["id"] == ids.client_id
    nid = [i for i in patient["identifier"] if i["system"] == codes.FNR_SYSTEM]
    assert len(nid) == 1 and len(nid[0]["value"]) == 11
    assert patient["birthDate"] == "1961-04-09"
    assert patient["contact"][0]["relationship"][1]["coding"][0]["code"] == "N"
    allergies = {a["code"]["text"]: a for a in corrected[1:]}
    assert allergies["Penicillin"]["clinicalStatus"]["coding"][0]["code"] == "active"
    assert allergies["Penicillin"]["reaction"][0]["severity"] == "severe"
    # The correction removed nøtter from CAVE: the server is told it is no longer active.
    assert allergies["Nøtter"]["clinicalStatus"]["coding"][0]["code"] == "inactive"
    assert {a["id"] for a in first[1:]} == {a["id"] for a in corrected[1:]}
    assert all(a["patient"]["reference"] == f"Patient/{ids.client_id}" for a in corrected[1:])


def test_medication_request_fixed_and_as_needed(mapped) -> None:
    ids, by_kind = mapped
    requests = {r[0]["id"]: r[0] for r in by_kind["order"]}
    fixed, prn = requests[ids.order_id], requests[ids.prn_order_id]
    assert fixed["intent"] == "order" and fixed["status"] == "active"
    assert fixed["medicationCodeableConcept"]["coding"][0] == {"system": codes.ATC, "code": "A10BA02"}
    assert fixed["dosageInstruction"][0]["timing"]["repeat"]["timeOfDay"] == ["08:00:00", "18:00:00"]
    assert {"url": codes.EXT_DOUBLE_CHECK, "valueBoolean": True} in fixed["extension"]
    dosage = prn["dosageInstruction"][0]
    assert dosage["asNeededCodeableConcept"]["text"] == "Uro"
    assert dosage["maxDosePerPeriod"]["numerator"]["value"] == 2
    assert dosage["maxDosePerPeriod"]["denominator"]["code"] == "d"
    assert {"url": codes.EXT_CONTROLLED_CLASS, "valueCode": "B"} in prn["extension"]
    assert prn["requester"] == {"display": "Dr. Lege"}


def test_administrations_completed_not_done_and_second_signer(mapped) -> None:
    ids, by_kind = mapped
    adms = [r[0] for r in by_kind["administration"]]
    given = next(a for a in adms if a["id"] == ids.administration_id)
    assert given["status"] == "completed"
    assert given["request"]["reference"] == f"MedicationRequest/{ids.order_id}"
    functions = [(p["function"]["coding"][0]["code"], p["actor"]["identifier"]["value"]) for p in given["performer"]]
    assert functions == [("performer", WORKER.hpr), ("verifier", SECOND.hpr)]
    assert given["medicationCodeableConcept"]["text"].startswith("Metformin")
    refused = next(a for a in adms if a["status"] == "not-done")
    assert refused["statusReason"][0]["text"] == "Ville ikke"
    effect = by_kind["effect_evaluation"][0][0]
    assert effect["partOf"][0]["reference"].startswith("MedicationAdministration/")
    assert effect["valueString"] == "Roligere etter en time"


def test_correction_and_entered_in_error(mapped) -> None:
    ids, by_kind = mapped
    first, second = (r[0] for r in by_kind["note"])
    assert first["id"] == second["id"] == ids.note_id
    assert second["docStatus"] == "amended"
    first_version = [e for e in first["extension"] if e["url"] == codes.EXT_RECORD_VERSION][0]
    first_version_id = next(p["valueUuid"] for p in first_version["extension"] if p["url"] == "versionId")
    assert second["relatesTo"][0]["code"] == "replaces"
    assert second["relatesTo"][0]["target"]["identifier"]["value"] == first_version_id
    text = base64.b64decode(second["content"][0]["attachment"]["data"]).decode()
    assert text == "Kari var i godt humør. Spiste frokost og lunsj."
    weights = [r[0] for r in by_kind["measurement"] if r[0]["code"]["coding"][0]["code"] == "29463-7"]
    assert [w["status"] for w in weights] == ["final", "entered-in-error"]
    assert weights[1]["meta"]["tag"][0]["code"] == "entered-in-error"
    reason = [p for e in weights[1]["extension"] if e["url"] == codes.EXT_RECORD_VERSION
              for p in e["extension"] if p["url"] == "statusReason"]
    assert reason[0]["valueString"] == "Feil bruker"


def test_measurements_use_loinc_and_ucum(mapped) -> None:
    _, by_kind = mapped
    by_code = {r[0]["code"]["coding"][0]["code"]: r[0] for r in by_kind["measurement"]}
    systolic = by_code["8480-6"]
    assert systolic["code"]["coding"][0]["system"] == codes.LOINC
    assert systolic["valueQuantity"] == {"value": 150, "unit": "mm[Hg]", "system": codes.UCUM, "code": "mm[Hg]"}
    assert systolic["interpretation"][0]["coding"][0]["code"] == "H"
    assert by_code["8310-5"]["valueQuantity"]["value"] == 37.2
    assert by_code["15074-8"]["interpretation"][0]["coding"][0]["code"] == "L"
    assert by_code["15074-8"]["category"][0]["coding"][0]["code"] == "laboratory"


def test_chapter9_and_children_are_clearly_coded(mapped) -> None:
    _, by_kind = mapped
    reg = by_kind["chapter9"][0][0]
    # Under the municipality's chapter 9 code system (the default until one is set), not example.org.
    assert reg["code"]["coding"][0] == {"system": DEFAULT_CHAPTER9_CODE_SYSTEM, "code": "emergency-intervention",
                                        "display": "Skadeavvergende tiltak i nødssituasjon (hol. § 9-5 tredje ledd a)"}
    fields = {c["code"]["coding"][0]["code"]: c.get("valueString") for c in reg["component"]}
    assert fields["what_done"] == "Holdt armen" and fields["tried_first"] == "Samtale"
    assert "effectivePeriod" in reg
    children = by_kind["children_as_relatives"][0][0]
    assert children["code"]["coding"][0]["code"] == "children-as-relatives"
    assert children["valueCodeableConcept"]["coding"][0]["code"] == "yes"


def test_plan_resources_link_up(mapped) -> None:
    ids, by_kind = mapped
    goal = by_kind["goal"][0][0]
    assert goal["expressedBy"]["reference"] == f"Patient/{ids.client_id}"
    assert goal["lifecycleStatus"] == "active"
    measure = by_kind["measure"][0][0]
    assert measure["goal"][0]["reference"] == f"Goal/{ids.goal_id}"
    focus = sorted(r[0]["focus"][0]["reference"] for r in by_kind["evaluation"])
    assert focus == sorted([f"Goal/{ids.goal_id}", f"CarePlan/{ids.measure_id}"])
    team = by_kind["responsibility_group"][0][0]
    assert [p["member"]["display"] for p in team["participant"]] == ["Kari", "Dr. Lege"]
    meeting = by_kind["meeting"][0][0]
    assert meeting["about"][0]["reference"] == f"CareTeam/{ids.group_id}"
    task = by_kind["agreed_task"][0][0]
    assert task["focus"]["reference"] == f"Communication/{ids.meeting_id}"
    plan = by_kind["individual_plan"][0][0]
    consent = [e for e in plan["extension"] if e["url"] == codes.EXT_PLAN_CONSENT][0]
    assert {"url": "scope", "valueString": "Fastlege og NAV"} in consent["extension"]


def test_audit_event_names_actor_patient_and_record(mapped) -> None:
    ids, by_kind = mapped
    reads = [r[0] for r in by_kind["audit"] if r[0]["action"] == "R"]
    assert reads, "open_client logs a read"
    event = reads[-1]
    assert event["agent"][0]["who"]["identifier"] == {"system": codes.HPR_SYSTEM, "value": WORKER.hpr}
    assert event["entity"][0]["what"]["reference"] == f"Patient/{ids.client_id}"
    creates = [r[0] for r in by_kind["audit"] if r[0]["action"] == "C"]
    # The record is named by its UUID identifier, not a literal reference.
    assert all(references_in(e) <= {("Patient", ids.client_id), ("Practitioner", codes.practitioner_id(WORKER.hpr))}
               for e in creates)


def test_references_and_practitioners(mapped, db) -> None:
    ids, by_kind = mapped
    adm = next(r[0] for r in by_kind["administration"] if r[0]["id"] == ids.administration_id)
    assert references_in(adm) == {("Patient", ids.client_id), ("MedicationRequest", ids.order_id),
                                  ("Practitioner", codes.practitioner_id(WORKER.hpr)),
                                  ("Practitioner", codes.practitioner_id(SECOND.hpr))}
    with db.reading():
        record = db.records.get(ids.administration_id)
    assert practitioners_for(record) == [WORKER, SECOND]
    assert practitioner(SECOND)["id"] == codes.practitioner_id(SECOND.hpr)
    assert practitioner(SECOND)["identifier"][0] == {"use": "official", "system": codes.HPR_SYSTEM,
                                                     "value": SECOND.hpr}


def test_administration_without_its_order_cannot_be_mapped(mapped, db) -> None:
    ids, _ = mapped
    with db.reading():
        adm = db.records.get(ids.administration_id)
    with pytest.raises(MappingError) as err:
        map_record(adm, RecordsContext([adm]))
    assert "ordinasjonen" in err.value.message_nb
    assert kind_of(adm) == "administration"


# -- vital signs (issue 11): the blood-pressure panel and the vital-signs profiles ---------------------

_UCUM = "http://unitsofmeasure.org"
_VITAL = {  # kind → (value typed, the profile's LOINC codes, UCUM unit, profile)
    "pulse": ("72", ["8867-4"], "/min", "heartrate"),
    "temperature": ("37,2", ["8310-5"], "Cel", "bodytemp"),
    "weight": ("81,5", ["29463-7"], "kg", "bodyweight"),
    "respiration": ("16", ["9279-1"], "/min", "resprate"),
    "spo2": ("97", ["2708-6", "59408-5"], "%", "oxygensat"),
}


def _vital_signs_profile(resource: dict[str, Any]) -> None:
    """What the FHIR R4 vital-signs profile requires of every vital sign (beyond the base structure)."""
    assert resource["status"] in ("final", "amended", "entered-in-error")
    categories = [c for cat in resource["category"] for c in cat["coding"]]
    assert {"system": codes.OBSERVATION_CATEGORY, "code": "vital-signs", "display": "Vital Signs"} in categories
    assert resource["subject"]["reference"].startswith("Patient/") and "effectiveDateTime" in resource
    quantities = ([resource["valueQuantity"]] if "valueQuantity" in resource
                  else [c["valueQuantity"] for c in resource["component"]])
    for quantity in quantities:
        assert quantity["system"] == _UCUM and quantity["code"] == quantity["unit"]
        assert isinstance(quantity["value"], (int, float))


def test_blood_pressure_typed_as_138_88_is_the_fhir_blood_pressure_panel(app, db) -> None:  # noqa: ANN001
    from tests.helpers import add_client
    cid = add_client(app).client_id
    bp = app.record_measurement(cid, "blood_pressure", "138/88", comment="Sittende, venstre arm")
    [resource] = map_record(bp, StoreContext(db))
    _validate(resource)
    model = get_fhir_model_class("Observation").model_validate(resource)
    assert model.code.coding[0].code == "85354-9" and model.code.coding[0].system == codes.LOINC
    assert "valueQuantity" not in resource and "interpretation" not in resource
    parts = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in resource["component"]}
    assert parts == {"8480-6": {"value": 138, "unit": "mm[Hg]", "system": _UCUM, "code": "mm[Hg]"},
                     "8462-4": {"value": 88, "unit": "mm[Hg]", "system": _UCUM, "code": "mm[Hg]"}}
    assert resource["meta"]["profile"] == ["http://hl7.org/fhir/StructureDefinition/bp"]
    _vital_signs_profile(resource)
    high = map_record(app.record_measurement(cid, "blood_pressure", "150/95"), StoreContext(db))[0]
    _validate(high)
    assert high["interpretation"][0]["coding"][0]["code"] == "A"
    assert [c["interpretation"][0]["coding"][0]["code"] for c in high["component"]] == ["H", "H"]


@pytest.mark.parametrize("kind", sorted(_VITAL))
def test_vital_signs_follow_the_profiles(app, db, kind: str) -> None:  # noqa: ANN001
    from tests.helpers import add_client
    text, loinc, unit, profile = _VITAL[kind]
    m = app.record_measurement(add_client(app).client_id, kind, text)
    [resource] = map_record(m, StoreContext(db))
    _validate(resource)
    _vital_signs_profile(resource)
    assert [c["code"] for c in resource["code"]["coding"]] == loinc
    assert all(c["system"] == codes.LOINC for c in resource["code"]["coding"])
    assert resource["valueQuantity"]["unit"] == unit
    assert resource["meta"]["profile"] == [f"http://hl7.org/fhir/StructureDefinition/{profile}"]


def test_the_blood_pressure_panel_reaches_the_server_whole(app, db, server) -> None:  # noqa: ANN001
    from tests.helpers import add_client
    from tests.sync.conftest import sync
    bp = app.record_measurement(add_client(app).client_id, "blood_pressure", "138/88")
    summary = sync(db, server)
    assert summary.failed_total == 0
    stored = server.get("Observation", bp.meta.record_id)
    assert stored is not None
    _validate(stored)
    _vital_signs_profile(stored)
    assert stored["code"]["coding"][0]["code"] == "85354-9"
    assert sorted(c["code"]["coding"][0]["code"] for c in stored["component"]) == ["8462-4", "8480-6"]
    assert server.resource_count("Observation") == 1


def test_a_change_of_the_double_check_policy_is_an_audit_event_the_server_takes(app, db) -> None:  # noqa: ANN001
    from desktop.domain.double_check_policy import LocalProcedure
    from desktop.domain.medication import DoubleCheckPolicy
    from tests.helpers import second_signature
    app.set_local_procedure(LocalProcedure(DoubleCheckPolicy(atc_prefixes=frozenset({"N02A"})), 45))
    second_signature(app)
    with db.reading():
        events = [db.audit.get(r.ref) for r in db.outbox.entries(OutboxState.PENDING) if r.entity == "audit"]
    resources = [map_audit_event(e) for e in events]
    for resource in resources:
        _validate(resource)
    texts = json.dumps(resources, ensure_ascii=False)
    assert "lokal prosedyre for signering endret" in texts and "kontrollør registrert for dobbeltkontroll" in texts
    assert "kontroll-passord" not in texts   # the colleague's passphrase never leaves the journal


def test_a_stopped_order_goes_up_as_stopped_with_when_who_and_why(app, clock, db, fhir_server) -> None:
    """The prescriber's stop entered in the window reaches the server as the stop it is, not as an active order."""
    import datetime as dt

    from desktop.sync.summary import SyncOutcome
    from tests.helpers import add_client, add_fixed_order
    from tests.sync.conftest import sync
    order = add_fixed_order(app, add_client(app).client_id, "Metformin")
    stop_at = clock.now + dt.timedelta(hours=2)
    stopped = app.stop_order(order.order_id, stop_at, "Fastlege Demo Legesen", clock.now, "Nyresvikt")
    resource = map_record(stopped, RecordsContext([stopped]))[-1]
    _validate(resource)
    assert resource["status"] == "stopped" and resource["statusReason"]["text"] == "Nyresvikt"
    assert resource["dosageInstruction"][0]["timing"]["repeat"]["boundsPeriod"]["end"].startswith(
        stop_at.date().isoformat())
    assert "Fastlege Demo Legesen" in resource["note"][-1]["text"]
    assert sync(db, fhir_server).outcome is SyncOutcome.COMPLETE
    assert fhir_server.get("MedicationRequest", order.order_id)["status"] == "stopped"
