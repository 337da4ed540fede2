"""A municipal record as an EHR writes it (not as Ambulant does), for the pull tests and the benchmark.

:func:`municipal_record` builds one server's worth: the worker's Practitioner, colleagues, a GP,
three caseload Patients (each the subject of an active CareTeam with the worker), a fourth
Patient the worker has no part in, a fifth whose CareTeam has ended; their CAVE (coded and
text-only, one resolved), orders in every shape the pull reads (ATC coding and text, a
Medication reference, timeOfDay, when, frequency/period, doseQuantity, route, asNeeded,
maxDosePerPeriod, active, on-hold, stopped, completed, entered-in-error, validityPeriod and
boundsPeriod), a colleague's dose from this morning and one from long ago, and a plan, an
observation, a note and a task. Every resource is valid R4 (Medplum validates).
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.identifiers import OID_FNR, OID_HPR
from desktop.domain.medication_rules import LOCAL_TZ
from desktop.support.demo_data import synthetic_id

Json = dict[str, Any]
ATC = "http://www.whocc.no/atc"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
COLLEAGUE_HPR = "2345678"
GP_HPR = "3456789"


def _concept(system: str, code: str, display: str) -> Json:
    return {"coding": [{"system": system, "code": code, "display": display}]}


def _when(value: dt.datetime) -> str:
    return value.astimezone(LOCAL_TZ).isoformat(timespec="seconds")


def practitioner(id_: str, name: str, hpr: str) -> Json:
    given, family = name.rsplit(" ", 1)
    return {"resourceType": "Practitioner", "id": id_, "active": True,
            "identifier": [{"system": OID_HPR, "value": hpr}], "name": [{"family": family, "given": given.split()}]}


def patient(id_: str, name: str, birth: dt.date, street: str) -> Json:
    given, family = name.rsplit(" ", 1)
    return {"resourceType": "Patient", "id": id_,
            "identifier": [{"system": OID_FNR, "value": synthetic_id(birth)},
                           {"system": "http://ehr.kommune.example/pasientnr", "value": f"E-{id_}"}],
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "birthDate": birth.isoformat(),
            "telecom": [{"system": "phone", "value": "+47 900 00 000"}],
            "address": [{"use": "home", "line": [street], "postalCode": "4610", "city": "Kristiansand"}],
            "contact": [{"relationship": [{"text": "datter"},
                                          _concept("http://terminology.hl7.org/CodeSystem/v2-0131", "N",
                                                   "Next-of-Kin")],
                         "name": {"text": f"Pårørende til {given}"},
                         "telecom": [{"system": "phone", "value": "+47 911 11 111"}]}],
            "managingOrganization": {"display": "Hjemmetjenesten Vest"}}


def care_team(id_: str, patient_id: str, members: list[str], *, status: str = "active",
              end: dt.date | None = None) -> Json:
    team: Json = {"resourceType": "CareTeam", "id": id_, "status": status, "name": "Oppfølgingsteam",
                  "subject": {"reference": f"Patient/{patient_id}"},
                  "participant": [{"role": [{"text": "vernepleier"}], "member": {"reference": f"Practitioner/{m}"}}
                                  for m in members]}
    if end is not None:
        team["period"] = {"start": "2025-01-01", "end": end.isoformat()}
    return team


def allergy(id_: str, patient_id: str, code: Json, *, reaction: str = "", clinical: str = "active",
            verification: str = "confirmed", criticality: str | None = None) -> Json:
    resource: Json = {"resourceType": "AllergyIntolerance", "id": id_,
                      "clinicalStatus": _concept(CLINICAL, clinical, clinical.capitalize()),
                      "verificationStatus": _concept(VERIFICATION, verification, verification.capitalize()),
                      "code": code, "patient": {"reference": f"Patient/{patient_id}"},
                      "recordedDate": "2025-03-01", "recorder": {"reference": "Practitioner/ehr-gp"}}
    if criticality:
        resource["criticality"] = criticality
    if reaction:
        resource["reaction"] = [{"manifestation": [{"text": reaction}], "severity": "severe"}]
    return resource


def order(id_: str, patient_id: str, *, status: str = "active", medication: Json | None = None,
          dosage: Json | None = None, start: dt.date, end: dt.date | None = None, period: str = "validity",
          requester: Json | None = None) -> Json:
    resource: Json = {"resourceType": "MedicationRequest", "id": id_, "status": status, "intent": "order",
                      "subject": {"reference": f"Patient/{patient_id}"}, "authoredOn": start.isoformat(),
                      "requester": requester or {"reference": "Practitioner/ehr-gp"}}
    resource.update(medication or {})
    dosage = dict(dosage or {})
    bounds = {"start": start.isoformat(), **({"end": end.isoformat()} if end else {})}
    if period == "validity":
        resource["dispenseRequest"] = {"validityPeriod": bounds}
    else:
        timing = dosage.setdefault("timing", {})
        timing.setdefault("repeat", {})["boundsPeriod"] = bounds
    resource["dosageInstruction"] = [dosage]
    return resource


def _dose(value: float, unit: str) -> list[Json]:
    return [{"doseQuantity": {"value": value, "unit": unit}}]


ORAL = {"coding": [{"system": "urn:oid:2.16.578.1.12.4.1.1.7477", "code": "53", "display": "Oral bruk"}]}


@dataclass
class MunicipalRecord:
    """What the server holds, and the ids the tests look for."""

    resources: list[Json] = field(default_factory=list)
    worker_practitioner: str = "ehr-worker"
    caseload: tuple[str, ...] = ("ehr-pas-1", "ehr-pas-2", "ehr-pas-3")
    national_ids: dict[str, str] = field(default_factory=dict)
    care_teams: dict[str, str] = field(default_factory=dict)


def municipal_record(worker_name: str, worker_hpr: str, now: dt.datetime) -> MunicipalRecord:
    """The server side of the done-when scenario (see the module docstring)."""
    today = now.astimezone(LOCAL_TZ).date()
    start = today - dt.timedelta(days=20)
    record = MunicipalRecord()
    out = record.resources
    out += [practitioner("ehr-worker", worker_name, worker_hpr),
            practitioner("ehr-colleague", "Kari Kollega", COLLEAGUE_HPR),
            practitioner("ehr-gp", "Per Fastlege", GP_HPR)]
    people = [("ehr-pas-1", "Astrid Berg", dt.date(1948, 3, 2), "Bergveien 1"),
              ("ehr-pas-2", "Bjørn Dahl", dt.date(1961, 7, 14), "Dalsvingen 2"),
              ("ehr-pas-3", "Cecilie Eng", dt.date(1979, 11, 30), "Engveien 3"),
              ("ehr-pas-4", "Didrik Fjell", dt.date(1955, 1, 5), "Fjellgata 4"),
              ("ehr-pas-5", "Elin Gran", dt.date(1990, 6, 6), "Granlia 5")]
    for id_, name, birth, street in people:
        out.append(patient(id_, name, birth, street))
        record.national_ids[id_] = synthetic_id(birth)
    for n, id_ in enumerate(record.caseload, start=1):
        out.append(care_team(f"ehr-ct-{n}", id_, ["ehr-worker", "ehr-colleague"]))
        record.care_teams[id_] = f"ehr-ct-{n}"
    out.append(care_team("ehr-ct-4", "ehr-pas-4", ["ehr-colleague"]))
    out.append(care_team("ehr-ct-5", "ehr-pas-5", ["ehr-worker"], end=today - dt.timedelta(days=3)))
    out += [
        allergy("ehr-ai-1", "ehr-pas-1", {**_concept(SNOMED, "764146007", "Penicillin"), "text": "Penicillin"},
                reaction="Utslett og hevelse", criticality="high"),
        allergy("ehr-ai-2", "ehr-pas-2", _concept(SNOMED, "91935009", "Peanøtter")),
        allergy("ehr-ai-3", "ehr-pas-2", {"text": "Lateks"}, clinical="resolved"),
    ]
    out.append({"resourceType": "Medication", "id": "ehr-med-metformin",
                "code": {"coding": [{"system": ATC, "code": "A10BA02", "display": "Metformin"}], "text": "Metformin"},
                "form": {"text": "Tablett"},
                "ingredient": [{"itemCodeableConcept": {"text": "metformin"},
                                "strength": {"numerator": {"value": 500, "unit": "mg"},
                                             "denominator": {"value": 1, "unit": "tablett"}}}]})
    out += [
        order("ehr-mr-1", "ehr-pas-1", start=start,
              medication={"medicationCodeableConcept": {"coding": [{"system": ATC, "code": "N02BE01"}],
                                                        "text": "Paracetamol 500 mg tablett"}},
              dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00", "20:00:00"]}}, "route": ORAL,
                      "doseAndRate": _dose(1, "tablett")}),
        order("ehr-mr-2", "ehr-pas-1", start=start, period="bounds",
              medication={"medicationReference": {"reference": "Medication/ehr-med-metformin"}},
              dosage={"timing": {"repeat": {"when": ["MORN", "EVE"]}}, "route": {"text": "Oral"},
                      "doseAndRate": _dose(1, "tablett")},
              requester={"display": "Dr. Per Fastlege"}),
        order("ehr-mr-3", "ehr-pas-1", start=start,
              medication={"medicationCodeableConcept": {"text": "Oxazepam 10 mg tablett"}},
              dosage={"asNeededCodeableConcept": {"text": "Uro"}, "doseAndRate": _dose(1, "tablett"),
                      "maxDosePerPeriod": {"numerator": {"value": 3, "unit": "tablett"},
                                           "denominator": {"value": 1, "unit": "døgn", "system":
                                                           "http://unitsofmeasure.org", "code": "d"}}}),
        order("ehr-mr-4", "ehr-pas-2", status="stopped", start=start, end=today + dt.timedelta(days=30),
              period="bounds",
              medication={"medicationCodeableConcept": {"text": "Laktulose mikstur"}},
              dosage={"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}},
                      "doseAndRate": _dose(5, "ml"), "route": ORAL}),
        order("ehr-mr-5", "ehr-pas-2", status="on-hold", start=start,
              medication={"medicationCodeableConcept": {"coding": [{"system": ATC, "code": "C07AB02",
                                                                    "display": "Metoprolol"}]}},
              dosage={"timing": {"code": {"coding": [{"code": "BID"}]}}, "doseAndRate": _dose(50, "mg")}),
        order("ehr-mr-6", "ehr-pas-2", start=start,
              medication={"medicationCodeableConcept": {"text": "Sertralin 50 mg tablett"}},
              dosage={"timing": {"repeat": {"timeOfDay": ["09:00:00"]}}, "doseAndRate": _dose(1, "tablett")}),
        order("ehr-mr-7", "ehr-pas-3", status="entered-in-error", start=start,
              medication={"medicationCodeableConcept": {"text": "Feil legemiddel"}},
              dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}, "doseAndRate": _dose(1, "tablett")}),
        order("ehr-mr-8", "ehr-pas-3", status="completed", start=start - dt.timedelta(days=60),
              end=start - dt.timedelta(days=40),
              medication={"medicationCodeableConcept": {"text": "Amoxicillin 500 mg"}},
              dosage={"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}},
                      "doseAndRate": _dose(1, "kapsel")}),
        order("ehr-mr-9", "ehr-pas-3", start=start,
              medication={"medicationCodeableConcept": {"text": "Paracetamol 1 g"}},
              dosage={"asNeededBoolean": True, "doseAndRate": _dose(1, "tablett")}),
    ]
    morning = dt.datetime.combine(today, dt.time(8, 5), tzinfo=LOCAL_TZ)
    out += [
        {"resourceType": "MedicationAdministration", "id": "ehr-ma-1", "status": "completed",
         "medicationCodeableConcept": {"text": "Paracetamol 500 mg tablett"},
         "subject": {"reference": "Patient/ehr-pas-1"}, "effectiveDateTime": _when(morning),
         "performer": [{"actor": {"reference": "Practitioner/ehr-colleague"}}],
         "request": {"reference": "MedicationRequest/ehr-mr-1"},
         "dosage": {"dose": {"value": 1, "unit": "tablett"}}},
        {"resourceType": "MedicationAdministration", "id": "ehr-ma-old", "status": "completed",
         "medicationCodeableConcept": {"text": "Paracetamol 500 mg tablett"},
         "subject": {"reference": "Patient/ehr-pas-1"}, "effectiveDateTime": _when(morning - dt.timedelta(days=60)),
         "performer": [{"actor": {"reference": "Practitioner/ehr-colleague"}}],
         "request": {"reference": "MedicationRequest/ehr-mr-1"}},
        {"resourceType": "Observation", "id": "ehr-obs-1", "status": "final",
         "code": {"coding": [{"system": LOINC, "code": "8867-4", "display": "Heart rate"}]},
         "subject": {"reference": "Patient/ehr-pas-1"}, "effectiveDateTime": _when(morning),
         "performer": [{"reference": "Practitioner/ehr-colleague"}],
         "valueQuantity": {"value": 72, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}},
        {"resourceType": "DocumentReference", "id": "ehr-doc-1", "status": "current",
         "type": {"text": "Journalnotat"}, "subject": {"reference": "Patient/ehr-pas-1"},
         "date": (now - dt.timedelta(hours=2)).astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
         "author": [{"reference": "Practitioner/ehr-colleague"}],
         "content": [{"attachment": {"contentType": "text/plain",
                                     "data": base64.b64encode("Rolig natt, spiste frokost.".encode()).decode()}}]},
        {"resourceType": "Goal", "id": "ehr-goal-1", "lifecycleStatus": "active",
         "description": {"text": "Bo trygt hjemme"}, "subject": {"reference": "Patient/ehr-pas-1"},
         "expressedBy": {"reference": "Patient/ehr-pas-1"}},
        {"resourceType": "CarePlan", "id": "ehr-cp-1", "status": "active", "intent": "plan",
         "title": "Hjelp med morgenstell", "subject": {"reference": "Patient/ehr-pas-1"},
         "goal": [{"reference": "Goal/ehr-goal-1"}], "period": {"start": start.isoformat()},
         "activity": [{"detail": {"status": "in-progress", "scheduledString": "hver morgen",
                                  "performer": [{"display": "Hjemmetjenesten"}]}}]},
        {"resourceType": "Task", "id": "ehr-task-1", "status": "requested", "intent": "order",
         "description": "Bestille multidose", "for": {"reference": "Patient/ehr-pas-1"},
         "owner": {"display": "Kari Kollega"}, "restriction": {"period": {"end": (today + dt.timedelta(days=7))
                                                                           .isoformat()}}},
    ]
    return record


def caseload_history(worker_name: str, worker_hpr: str, now: dt.datetime, clients: int = 30,
                     days: int = 90) -> list[Json]:
    """A caseload of ``clients`` with ``days`` of history (about 167 resources each), every resource
    with a ``meta.lastUpdated`` near the time it was written (for ``seed_history``)."""
    today = now.astimezone(LOCAL_TZ).date()
    first = today - dt.timedelta(days=days)
    long_ago = {"lastUpdated": (now - dt.timedelta(days=days + 10)).astimezone(dt.timezone.utc).isoformat()}

    def stamped(resource: Json, at: dt.datetime) -> Json:
        return {**resource, "meta": {"lastUpdated": (at + dt.timedelta(minutes=1)).astimezone(dt.timezone.utc)
                                     .isoformat(timespec="milliseconds").replace("+00:00", "Z")}}

    out: list[Json] = [{**practitioner("b-worker", worker_name, worker_hpr), "meta": long_ago},
                       {**practitioner("b-colleague", "Kari Kollega", COLLEAGUE_HPR), "meta": long_ago},
                       {**practitioner("ehr-gp", "Per Fastlege", GP_HPR), "meta": long_ago}]
    for n in range(clients):
        pid = f"b-pas-{n}"
        birth = dt.date(1940 + n, 1 + n % 12, 1 + n % 28)
        static = [patient(pid, f"Bruker Nummer{n}", birth, f"Gate {n}"),
                  care_team(f"b-ct-{n}", pid, ["b-worker", "b-colleague"]),
                  allergy(f"b-ai-{n}-1", pid, {"text": "Penicillin"}, reaction="Utslett"),
                  allergy(f"b-ai-{n}-2", pid, _concept(SNOMED, "91935009", "Peanøtter")),
                  order(f"b-mr-{n}-1", pid, start=first, medication={"medicationCodeableConcept": {
                      "coding": [{"system": ATC, "code": "N02BE01"}], "text": "Paracetamol 500 mg"}},
                        dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00", "20:00:00"]}},
                                "doseAndRate": _dose(1, "tablett"), "route": ORAL}),
                  order(f"b-mr-{n}-2", pid, start=first, period="bounds",
                        medication={"medicationCodeableConcept": {"text": "Metformin 500 mg"}},
                        dosage={"timing": {"repeat": {"when": ["MORN", "EVE"]}}, "doseAndRate": _dose(1, "tablett")}),
                  order(f"b-mr-{n}-3", pid, start=first,
                        medication={"medicationCodeableConcept": {"text": "Laktulose"}},
                        dosage={"timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                                "doseAndRate": _dose(10, "ml")}),
                  order(f"b-mr-{n}-4", pid, start=first,
                        medication={"medicationCodeableConcept": {"text": "Oxazepam 10 mg"}},
                        dosage={"asNeededCodeableConcept": {"text": "Uro"}, "doseAndRate": _dose(1, "tablett"),
                                "maxDosePerPeriod": {"numerator": {"value": 2, "unit": "tablett"},
                                                     "denominator": {"value": 1, "unit": "d"}}}),
                  order(f"b-mr-{n}-5", pid, status="stopped", start=first,
                        medication={"medicationCodeableConcept": {"text": "Amoxicillin"}},
                        dosage={"timing": {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d"}},
                                "doseAndRate": _dose(1, "kapsel")}),
                  {"resourceType": "Goal", "id": f"b-goal-{n}", "lifecycleStatus": "active",
                   "description": {"text": "Bo trygt hjemme"}, "subject": {"reference": f"Patient/{pid}"}},
                  {"resourceType": "CarePlan", "id": f"b-cp-{n}", "status": "active", "intent": "plan",
                   "title": "Morgenstell", "subject": {"reference": f"Patient/{pid}"},
                   "goal": [{"reference": f"Goal/b-goal-{n}"}]},
                  {"resourceType": "Task", "id": f"b-task-{n}", "status": "requested", "intent": "order",
                   "description": "Bestille multidose", "for": {"reference": f"Patient/{pid}"}}]
        out += [{**r, "meta": long_ago} for r in static]
        for day in range(days):
            morning = dt.datetime.combine(first + dt.timedelta(days=day), dt.time(8, 5), tzinfo=LOCAL_TZ)
            out.append(stamped({"resourceType": "MedicationAdministration", "id": f"b-ma-{n}-{day}",
                                "status": "completed", "medicationCodeableConcept": {"text": "Paracetamol 500 mg"},
                                "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": _when(morning),
                                "performer": [{"actor": {"reference": "Practitioner/b-colleague"}}],
                                "request": {"reference": f"MedicationRequest/b-mr-{n}-1"},
                                "dosage": {"dose": {"value": 1, "unit": "tablett"}}}, morning))
            if day % 2 == 0:
                out.append(stamped({"resourceType": "Observation", "id": f"b-obs-{n}-{day}", "status": "final",
                                    "code": {"coding": [{"system": LOINC, "code": "8867-4"}]},
                                    "subject": {"reference": f"Patient/{pid}"}, "effectiveDateTime": _when(morning),
                                    "performer": [{"reference": "Practitioner/b-colleague"}],
                                    "valueQuantity": {"value": 60 + day % 30, "unit": "/min"}}, morning))
            if day % 9 in (0, 4):
                out.append(stamped({"resourceType": "DocumentReference", "id": f"b-doc-{n}-{day}",
                                    "status": "current", "subject": {"reference": f"Patient/{pid}"},
                                    "date": morning.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
                                    "author": [{"reference": "Practitioner/b-colleague"}],
                                    "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(
                                        f"Dag {day}: rolig.".encode()).decode()}}]}, morning))
    return out


def colleague_dose(id_: str, patient_id: str, request_id: str, drug: str, at: dt.datetime, *,
                   status: str = "completed") -> Json:
    """A dose Kari Kollega gave (as the EHR writes it), of the order ``request_id``."""
    return {"resourceType": "MedicationAdministration", "id": id_, "status": status,
            "medicationCodeableConcept": {"text": drug}, "subject": {"reference": f"Patient/{patient_id}"},
            "effectiveDateTime": _when(at), "performer": [{"actor": {"reference": "Practitioner/ehr-colleague"}}],
            "request": {"reference": f"MedicationRequest/{request_id}"}, "reasonCode": [{"text": "Uro"}],
            "dosage": {"dose": {"value": 1, "unit": "tablett"}}}


def rule_breaking_records(now: dt.datetime) -> list[Json]:
    """What the GP and a colleague wrote that breaks the app's rules, on top of :func:`municipal_record`:

    * an amoxicillin order for Astrid, whose CAVE is penicillin (the order and the CAVE come in one pull);
    * four of a colleague's oxazepam doses for Astrid in the night (the order allows 3 per 24 hours);
    * a colleague's dose of Bjørn's laktulose this morning, which the prescriber stopped yesterday
      (:func:`stopped_yesterday`: seed it with its own ``meta.lastUpdated``), and one from the day
      before the stop (given while it was in force, as far as the server can say).
    """
    today = now.astimezone(LOCAL_TZ).date()
    night = dt.datetime.combine(today, dt.time(1, 0), tzinfo=LOCAL_TZ)
    return [
        order("ehr-mr-amox", "ehr-pas-1", start=today - dt.timedelta(days=1),
              medication={"medicationCodeableConcept": {"coding": [{"system": ATC, "code": "J01CA04",
                                                                    "display": "Amoksicillin"}],
                                                        "text": "Amoxicillin 500 mg kapsel"}},
              dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00", "16:00:00"]}}, "route": ORAL,
                      "doseAndRate": _dose(1, "kapsel")}),
        *[colleague_dose(f"ehr-ma-oxa-{n}", "ehr-pas-1", "ehr-mr-3", "Oxazepam 10 mg tablett",
                         night + dt.timedelta(hours=2 * n)) for n in range(4)],
        colleague_dose("ehr-ma-lakt", "ehr-pas-2", "ehr-mr-4", "Laktulose mikstur",
                       night + dt.timedelta(hours=7)),
        colleague_dose("ehr-ma-lakt-0", "ehr-pas-2", "ehr-mr-4", "Laktulose mikstur",
                       night - dt.timedelta(days=2) + dt.timedelta(hours=7)),
    ]


def stopped_yesterday(record: MunicipalRecord, now: dt.datetime) -> Json:
    """Bjørn's stopped laktulose order as the server wrote it when it was stopped, yesterday morning."""
    stopped = next(r for r in record.resources if r["id"] == "ehr-mr-4")
    at = (now - dt.timedelta(days=1)).astimezone(dt.UTC)
    return {**stopped, "meta": {"lastUpdated": at.isoformat(timespec="milliseconds").replace("+00:00", "Z")}}
