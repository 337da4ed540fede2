"""EHR-shaped resources → domain records, shape by shape (no server, no database)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.caseload import ServerChange
from desktop.domain.medication import AdministrationStatus, Dose, MedicationOrder, OrderKind
from desktop.domain.medication_rules import LOCAL_TZ
from desktop.domain.records import new_meta
from desktop.sync import fhir_inbound as inbound
from desktop.sync.fhir_inbound_plan import plan_record
from desktop.sync.fhir_read import InboundError, instant, our_record, person
from tests.conftest import WORKER
from tests.sync.ehr_data import ORAL, allergy, order

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL_TZ)
TODAY = NOW.date()
START = dt.date(2026, 11, 1)


def _meta():
    return new_meta(WORKER, "server", NOW)


def _order(resource, included=None, existing=None) -> MedicationOrder:
    return inbound.order_from(resource, _meta(), "client-1", included or {}, existing, TODAY)


def _concept(text: str) -> dict:
    return {"medicationCodeableConcept": {"text": text}}


@pytest.mark.parametrize("repeat, times", [
    ({"timeOfDay": ["07:30:00", "21:00:00"]}, (dt.time(7, 30), dt.time(21))),
    ({"when": ["MORN", "NIGHT"]}, (dt.time(8), dt.time(22))),
    ({"when": ["ACM"], "offset": 30}, (dt.time(8),)),
    ({"frequency": 2, "period": 1, "periodUnit": "d"}, (dt.time(8), dt.time(20))),
    ({"frequency": 1, "period": 8, "periodUnit": "h"}, (dt.time(8), dt.time(14), dt.time(20))),
    ({"frequency": 4, "period": 1, "periodUnit": "d"}, (dt.time(8), dt.time(12), dt.time(16), dt.time(20))),
])
def test_dose_times_from_time_of_day_when_or_frequency(repeat, times) -> None:
    found = _order(order("mr", "p", start=START, medication=_concept("Middel"),
                         dosage={"timing": {"repeat": repeat}, "doseAndRate": [{"doseQuantity": {"value": 1,
                                                                                                "unit": "tablett"}}]}))
    assert found.times == times and found.kind is OrderKind.FIXED and not found.suspended


def test_timing_code_and_dose_range() -> None:
    found = _order(order("mr", "p", start=START, medication=_concept("Middel"),
                         dosage={"timing": {"code": {"coding": [{"code": "TID"}]}},
                                 "doseAndRate": [{"doseRange": {"low": {"value": 2.5, "unit": "ml"},
                                                                "high": {"value": 5, "unit": "ml"}}}]}))
    assert found.times == (dt.time(8), dt.time(14), dt.time(20)) and found.dose == Dose(Decimal("2.5"), "ml")


def test_a_fixed_order_without_a_time_is_listed_but_never_due() -> None:
    found = _order(order("mr", "p", start=START, medication=_concept("Middel"),
                         dosage={"doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablett"}}]}))
    assert found.suspended and "tidspunkt ikke oppgitt" in found.indication


def test_medication_reference_contained_and_included() -> None:
    contained = {**order("mr", "p", start=START, dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}}),
                 "medicationReference": {"reference": "#m"},
                 "contained": [{"resourceType": "Medication", "id": "m", "code": {"text": "Sertralin"},
                                "form": {"coding": [{"display": "Tablett"}]}}]}
    assert _order(contained).drug_name == "Sertralin" and _order(contained).form == "Tablett"
    referenced = {**order("mr", "p", start=START, dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}}),
                  "medicationReference": {"reference": "Medication/x"}}
    included = {("Medication", "x"): {"resourceType": "Medication", "id": "x",
                                      "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "N06AB06",
                                                           "display": "Sertralin"}]},
                                      "ingredient": [{"itemCodeableConcept": {"text": "s"},
                                                      "strength": {"numerator": {"value": 50, "unit": "mg"}}}]}}
    found = _order(referenced, included)
    assert (found.drug_name, found.strength, found.atc) == ("Sertralin", "50 mg", "N06AB06")
    missing = {**referenced, "medicationReference": {"reference": "Medication/gone"}}
    with pytest.raises(InboundError):
        _order(missing)


def test_as_needed_with_a_maximum_per_period_and_an_interval() -> None:
    found = _order(order("mr", "p", start=START, medication=_concept("Paracetamol"),
                         dosage={"asNeededCodeableConcept": {"coding": [{"display": "Smerter"}]},
                                 "timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}},
                                 "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "g"}}],
                                 "maxDosePerPeriod": {"numerator": {"value": 2, "unit": "g"},
                                                      "denominator": {"value": 12, "unit": "h", "code": "h"}}}))
    assert found.kind is OrderKind.AS_NEEDED and found.indication == "Smerter"
    assert found.max_per_24h == 4 and found.min_interval_hours == Decimal(6) and found.times == ()


def test_as_needed_boolean_without_a_maximum_is_the_strictest() -> None:
    found = _order(order("mr", "p", start=START, medication=_concept("Paracetamol"),
                         dosage={"asNeededBoolean": True, "doseAndRate": [{"doseQuantity": {"value": 1,
                                                                                           "unit": "tablett"}}]}))
    assert found.max_per_24h == 1 and "maks per døgn ikke oppgitt" in found.indication


@pytest.mark.parametrize("status, suspended, in_error", [
    ("active", False, False), ("on-hold", True, False), ("stopped", True, False), ("completed", True, False),
    ("entered-in-error", True, True), ("draft", True, False),
])
def test_status(status, suspended, in_error) -> None:
    resource = order("mr", "p", status=status, start=START, medication=_concept("Middel"),
                     dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}, "route": ORAL})
    head = inbound.header(resource, {}, NOW)
    meta = inbound.with_status(_meta(), head.in_error, "feil")
    found = inbound.order_from(resource, meta, "c", {}, None, TODAY)
    assert found.suspended is suspended and found.meta.entered_in_error is in_error
    assert found.route == "Oral bruk" and found.active_on(TODAY) is not suspended


def test_start_and_stop_from_validity_or_bounds_period_and_the_prescriber() -> None:
    gp = {("Practitioner", "gp"): {"resourceType": "Practitioner", "id": "gp", "name": [{"text": "Dr. Lege"}],
                                   "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.4", "value": "999"}]}}
    validity = order("mr", "p", start=START, end=dt.date(2026, 12, 1), medication=_concept("M"),
                     dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}},
                     requester={"reference": "Practitioner/gp"})
    found = _order(validity, gp)
    assert (found.start, found.stop, found.prescriber, found.ordered_on) == (START, dt.date(2026, 12, 1),
                                                                            "Dr. Lege", START)
    bounds = order("mr", "p", start=START, end=dt.date(2026, 11, 20), period="bounds", medication=_concept("M"),
                   dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}})
    assert _order(bounds).stop == dt.date(2026, 11, 20) and not _order(bounds).active_on(TODAY)


def test_what_changed_on_an_order() -> None:
    base = order("mr", "p", start=START, medication=_concept("M"), dosage={"timing": {"repeat": {"timeOfDay": [
        "08:00:00"]}}, "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablett"}}]})
    before = _order(base)
    noted = _order(base, existing=before.__class__(**{**before.__dict__, "administration_notes": "Med mat"}))
    assert noted.administration_notes == "Med mat"
    assert inbound.order_change(before, _order({**base, "status": "stopped"}), "stopped") is ServerChange.STOPPED
    assert inbound.order_change(before, _order({**base, "status": "on-hold"}), "on-hold") is ServerChange.ON_HOLD
    more = {**base, "dosageInstruction": [{**base["dosageInstruction"][0],
                                           "doseAndRate": [{"doseQuantity": {"value": 2, "unit": "tablett"}}]}]}
    assert inbound.order_change(before, _order(more), "active") is ServerChange.CHANGED
    assert inbound.order_change(before, noted, "active") is None


def test_allergy_code_or_text_reaction_criticality_and_status() -> None:
    coded = allergy("a", "p", {"coding": [{"system": "http://snomed.info/sct", "code": "1", "display": "Egg"}]},
                    reaction="Elveblest", criticality="low")
    found = inbound.allergy_from(coded, {})
    assert (found.substance, found.reaction, found.severity, found.origin) == ("Egg", "Elveblest", "alvorlig", "a")
    assert found.verification == "confirmed" and found.from_server
    assert inbound.allergy_from(allergy("b", "p", {"text": "Lateks"}, clinical="inactive"), {}) is None
    assert inbound.allergy_from(allergy("c", "p", {"text": "Lateks"}, verification="refuted"), {}) is None
    text_only = inbound.allergy_from(allergy("d", "p", {"text": "Nøtter"}, criticality="high"), {})
    assert text_only.severity == "høy kritikalitet"


def test_patient_fields_and_a_patient_without_a_usable_national_id() -> None:
    from tests.sync.ehr_data import patient
    resource = patient("x", "Ola Nordmann", dt.date(1960, 5, 5), "Storgata 1")
    client = inbound.client_from_patient(resource, _meta(), None)
    assert client.name == "Ola Nordmann" and client.address == "Storgata 1, 4610 Kristiansand"
    assert client.phone and client.responsible_unit == "Hjemmetjenesten Vest"
    with pytest.raises(InboundError):
        inbound.client_from_patient({**resource, "identifier": []}, _meta(), None)
    bad = {**resource, "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": "12345678901"}]}
    with pytest.raises(InboundError):
        inbound.client_from_patient(bad, _meta(), None)


def test_a_colleagues_dose_with_who_and_the_second_signer() -> None:
    paracet = _order(order("mr", "p", start=START, medication=_concept("Paracet"),
                           dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}},
                                   "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablett"}}]}))
    resource = {"resourceType": "MedicationAdministration", "id": "ma", "status": "completed",
                "subject": {"reference": "Patient/p"}, "effectivePeriod": {"start": "2026-11-26T08:05:00+01:00"},
                "performer": [{"actor": {"reference": "Practitioner/k", "display": "Kari"}},
                              {"function": {"coding": [{"code": "verifier"}]},
                               "actor": {"identifier": {"system": "urn:oid:2.16.578.1.12.4.1.4.4", "value": "5"},
                                         "display": "Per"}}]}
    included = {("Practitioner", "k"): {"resourceType": "Practitioner", "id": "k",
                                        "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.4", "value": "4"}]}}
    head = inbound.header(resource, included, NOW)
    assert head.author.worker.hpr == "4" and head.author.name == "Kari"
    assert head.occurred_at == dt.datetime(2026, 11, 26, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    meta = new_meta(head.author.worker, "server", NOW, head.occurred_at)
    adm = inbound.administration_from(resource, meta, "c", paracet, included)
    assert adm.status is AdministrationStatus.GIVEN and str(adm.dose) == "1 tablett"
    assert adm.second_signer.name == "Per"
    refused = inbound.administration_from({**resource, "status": "not-done",
                                           "statusReason": [{"text": "Sov"}]}, meta, "c", paracet, included)
    assert refused.status is AdministrationStatus.NOT_GIVEN and refused.reason == "Sov"


def test_plan_observation_and_document_resources() -> None:
    def build(resource):
        return plan_record(resource, _meta(), "c", lambda key: "local-goal" if key == ("Goal", "g") else None, {},
                           TODAY)
    goal = build({"resourceType": "Goal", "id": "g", "lifecycleStatus": "completed",
                  "description": {"text": "Gå tur"}, "subject": {"reference": "Patient/p"}})
    assert goal.title == "Gå tur" and goal.status.value == "achieved" and not goal.client_participated
    measure = build({"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
                     "subject": {"reference": "Patient/p"}, "goal": [{"reference": "Goal/g"}],
                     "activity": [{"detail": {"description": "Turgruppe", "scheduledString": "mandager",
                                              "performer": [{"display": "Frivilligsentralen"}]}}]})
    assert (measure.goal_id, measure.description, measure.frequency, measure.responsible) == \
        ("local-goal", "Turgruppe", "mandager", "Frivilligsentralen")
    plan = build({"resourceType": "CarePlan", "id": "ip", "status": "active", "intent": "plan",
                  "title": "Individuell plan", "subject": {"reference": "Patient/p"}})
    assert plan.__class__.__name__ == "IndividualPlan"
    team = build({"resourceType": "CareTeam", "id": "t", "subject": {"reference": "Patient/p"},
                  "participant": [{"member": {"display": "Fastlege"}, "role": [{"text": "lege"}]}]})
    assert team.members[0].name == "Fastlege" and team.members[0].role == "lege"
    task = build({"resourceType": "Task", "id": "t", "status": "completed", "intent": "order",
                  "description": "Søke bolig", "executionPeriod": {"end": "2026-12-24"}})
    assert task.done and task.deadline == dt.date(2026, 12, 24) and task.responsible == "ikke oppgitt"
    pulse = build({"resourceType": "Observation", "id": "o", "status": "final",
                   "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
                   "valueQuantity": {"value": 64}})
    assert pulse.kind == "pulse" and pulse.value == 64
    other = build({"resourceType": "Observation", "id": "o2", "status": "final", "code": {"text": "Humør"},
                   "valueString": "Godt"})
    assert other.text == "Humør: Godt"
    note = build({"resourceType": "DocumentReference", "id": "d", "status": "current",
                  "content": [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                              "data": "SGVpIHDDpSBkZWc="}}]})
    assert note.text == "Hei på deg"


def test_reading_helpers() -> None:
    assert instant("2026-11-26") == dt.datetime(2026, 11, 26, tzinfo=LOCAL_TZ)
    assert instant("not a date") is None and instant(None) is None
    ours = {"resourceType": "Goal", "id": "x", "identifier": [{"system": "urn:ietf:rfc:3986", "value": "urn:uuid:r"}],
            "extension": [{"url": "http://ambulant.example.org/fhir/StructureDefinition/record-version",
                           "extension": [{"url": "device", "valueString": "dev"}]}]}
    assert our_record(ours) == ("r", "dev") and our_record({"resourceType": "Goal"}) is None
    assert person({"display": "Bare navn"}, {}).worker is None
