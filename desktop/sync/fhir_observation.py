"""Journal notes → DocumentReference; measurements, ratings, substance use,
incidents and § 10 a → Observation (chapter 9 and behaviour registrations:
:mod:`desktop.sync.fhir_registrations`).

Choices:

* A journal note is a DocumentReference (LOINC 34109-9 "Note") with the text
  as a UTF-8 text/plain attachment: it has ``status``/``docStatus`` for
  corrections and ``relatesTo`` *replaces* for the version it corrects.
* An incident is an Observation, not an AdverseEvent: R4's AdverseEvent has no
  status, so an incident entered in error could not say so.
* § 10 a registrations are Observations with a local code
  (:data:`~desktop.sync.fhir_codes.OBSERVATION_CODES`) and one component per
  field, so a report can be read without a Questionnaire definition.
"""

from __future__ import annotations

import base64
from decimal import Decimal

from ..domain.clients import ChildrenAsRelatives, YesNoUnknown
from ..domain.observation import (MEASUREMENT_KINDS, ClientRating, Incident, JournalNote, Measurement,
                                  MeasurementKind, Severity, SubstanceUse, SubstanceUseStatus, value_outside_normal)
from ..domain.records import RecordMeta
from . import fhir_codes as codes
from .fhir_common import (Json, annotation, base_resource, coding, compact, concept, date_time, number,
                          observation_status, patient_ref, practitioner_ref, replaces_reference)

# The FHIR R4 vital-signs profiles (http://hl7.org/fhir/StructureDefinition/vitalsigns and its children):
# the LOINC code(s) each measurement kind carries, the profile's own code first. SpO₂ carries the
# profile's 2708-6 and 59408-5 (by pulse oximetry, how it is measured at home). Anything not here is
# point-of-care "laboratory" (blood glucose).
_VITAL_SIGN_CODES: dict[str, tuple[tuple[str, str], ...]] = {
    "blood_pressure": (("85354-9", "Blood pressure panel with all children optional"),),
    "systolic": (("8480-6", "Systolic blood pressure"),),
    "diastolic": (("8462-4", "Diastolic blood pressure"),),
    "pulse": (("8867-4", "Heart rate"),),
    "temperature": (("8310-5", "Body temperature"),),
    "weight": (("29463-7", "Body weight"),),
    "respiration": (("9279-1", "Respiratory rate"),),
    "spo2": (("2708-6", "Oxygen saturation in Arterial blood"),
             ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")),
}
# The profile each vital sign claims (FHIR R4 core); single blood-pressure halves from older records
# claim the general vital-signs profile.
_PROFILE_BASE = "http://hl7.org/fhir/StructureDefinition/"
VITAL_SIGN_PROFILES: dict[str, str] = {
    "blood_pressure": _PROFILE_BASE + "bp", "pulse": _PROFILE_BASE + "heartrate",
    "temperature": _PROFILE_BASE + "bodytemp", "weight": _PROFILE_BASE + "bodyweight",
    "respiration": _PROFILE_BASE + "resprate", "spo2": _PROFILE_BASE + "oxygensat",
    "systolic": _PROFILE_BASE + "vitalsigns", "diastolic": _PROFILE_BASE + "vitalsigns",
}

_ANSWER_DISPLAY = {YesNoUnknown.YES: "Ja", YesNoUnknown.NO: "Nei", YesNoUnknown.UNKNOWN: "Ukjent"}
_SUBSTANCE_DISPLAY = {SubstanceUse.NONE_OBSERVED: "Ingen rus observert", SubstanceUse.SUSPECTED: "Mistanke om rus",
                      SubstanceUse.CONFIRMED: "Bekreftet rus", SubstanceUse.NOT_ASSESSED: "Ikke vurdert"}
_SEVERITY_DISPLAY = {Severity.LOW: "Lav", Severity.MODERATE: "Middels", Severity.HIGH: "Høy"}


def _observation(meta: RecordMeta, client_id: str, code: Json, category: Json | None = None) -> Json:
    """The parts every Observation of a record has."""
    resource = base_resource("Observation", meta)
    resource.update({
        "status": observation_status(meta),
        "category": [category] if category else None,
        "code": code,
        "subject": patient_ref(client_id),
        "effectiveDateTime": date_time(meta.occurred_at),
        "issued": date_time(meta.recorded_at),
        "performer": [practitioner_ref(meta.author)],
    })
    return resource


def _local(code: str, display: str) -> Json:
    return concept(codes.OBSERVATION_CODES, code, display, display)


def _component(code: str, display: str, **value: object) -> Json:
    return {"code": _local(code, display), **value}


def journal_note(note: JournalNote) -> Json:
    """A journal note as a DocumentReference with the text attached."""
    meta = note.meta
    resource = base_resource("DocumentReference", meta)
    replaced = replaces_reference("DocumentReference", meta)
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "current",
        "docStatus": "amended" if meta.version > 1 else "final",
        "type": concept(codes.LOINC, "34109-9", "Note", "Journalnotat"),
        "category": [concept(codes.JOURNAL_CATEGORY_CODES, note.category, note.category.capitalize())],
        "subject": patient_ref(note.client_id),
        "date": date_time(meta.recorded_at),
        "author": [practitioner_ref(meta.author)],
        "relatesTo": [{"code": "replaces", "target": replaced}] if replaced else None,
        "content": [{"attachment": {
            "contentType": "text/plain; charset=utf-8",
            "language": "nb",
            "data": base64.b64encode(note.text.encode("utf-8")).decode("ascii"),
            "creation": date_time(meta.occurred_at),
        }}],
        "context": {"period": {"start": date_time(meta.occurred_at)}},
    })
    return compact(resource)


def _measurement_code(kind: MeasurementKind) -> Json:
    """The LOINC code of a kind: the vital-signs profile's codes where it has them, with the Norwegian text."""
    pairs = _VITAL_SIGN_CODES.get(kind.key, ((kind.loinc, kind.display),))
    return {"coding": [coding(codes.LOINC, code, display) for code, display in pairs], "text": kind.display}


def _interpretation(kind: MeasurementKind, value: Decimal) -> list[Json] | None:
    """H or L when ``value`` is outside the kind's normal range."""
    if not value_outside_normal(kind.key, value):
        return None
    high = kind.high is not None and value > kind.high
    return [concept(codes.OBSERVATION_INTERPRETATION, "H" if high else "L", "High" if high else "Low")]


def _reference_range(kind: MeasurementKind) -> list[Json] | None:
    if kind.low is None and kind.high is None:
        return None
    return [{"low": _ucum(kind.low, kind.unit), "high": _ucum(kind.high, kind.unit)}]


def measurement(m: Measurement) -> Json:
    """A measurement as an Observation: LOINC code, UCUM unit, H/L when outside the normal range.

    Vital signs follow the FHIR vital-signs profiles (category ``vital-signs``, the profile's
    LOINC code, UCUM units). Blood pressure is the blood-pressure panel: code 85354-9 with the
    systolic (8480-6) and diastolic (8462-4) values as components in mm[Hg] and no value of its own.
    """
    kind = m.measurement_kind
    vital = kind.key in _VITAL_SIGN_CODES
    resource = _observation(m.meta, m.client_id, _measurement_code(kind),
                            concept(codes.OBSERVATION_CATEGORY, "vital-signs" if vital else "laboratory",
                                    "Vital Signs" if vital else "Laboratory"))
    if vital:
        resource["meta"] = {**resource.get("meta", {}), "profile": [VITAL_SIGN_PROFILES[kind.key]]}
    if kind.is_panel:
        components = []
        for part_key, value in m.values():
            part = MEASUREMENT_KINDS[part_key]
            components.append({
                "code": _measurement_code(part),
                "valueQuantity": _ucum(value, part.unit),
                "interpretation": _interpretation(part, value),
                "referenceRange": _reference_range(part),
            })
        resource.update({"component": components, "interpretation": _interpretation_of_panel(m)})
    else:
        resource.update({
            "valueQuantity": _ucum(m.value, kind.unit),
            "interpretation": _interpretation(kind, m.value),
            "referenceRange": _reference_range(kind),
        })
    resource["note"] = [annotation(m.comment)] if m.comment else None
    return compact(resource)


def _interpretation_of_panel(m: Measurement) -> list[Json] | None:
    """The panel as a whole is abnormal (A) when any of its values is outside its range."""
    if not m.outside_normal:
        return None
    return [concept(codes.OBSERVATION_INTERPRETATION, "A", "Abnormal")]


def _ucum(value, unit: str) -> Json | None:  # noqa: ANN001 - Decimal | None
    return None if value is None else {"value": number(value), "unit": unit, "system": codes.UCUM, "code": unit}


def client_rating(r: ClientRating) -> Json:
    resource = _observation(r.meta, r.client_id, _local("client-rating", "Brukerens egen vurdering (0–10)"),
                            concept(codes.OBSERVATION_CATEGORY, "survey"))
    resource.update({"valueInteger": r.rating, "note": [annotation(r.comment)] if r.comment else None})
    return compact(resource)


def substance_use(s: SubstanceUseStatus) -> Json:
    resource = _observation(s.meta, s.client_id, _local("substance-use", "Russtatus"),
                            concept(codes.OBSERVATION_CATEGORY, "social-history"))
    resource.update({
        "valueCodeableConcept": concept(codes.SUBSTANCE_USE_CODES, s.status.value, _SUBSTANCE_DISPLAY[s.status]),
        "component": [_component("substances", "Rusmidler", valueString=s.substances)] if s.substances else None,
        "note": [annotation(s.comment)] if s.comment else None,
    })
    return compact(resource)


def incident(i: Incident) -> Json:
    resource = _observation(i.meta, i.client_id, _local("incident", "Hendelse"))
    components = [_component("incident-severity", "Alvorlighet", valueCodeableConcept=concept(
        codes.SEVERITY_CODES, i.severity.value, _SEVERITY_DISPLAY[i.severity]))]
    if i.actions:
        components.append(_component("incident-actions", "Tiltak", valueString=i.actions))
    resource.update({"valueString": i.description, "component": components})
    return compact(resource)


def children_as_relatives(c: ChildrenAsRelatives) -> Json:
    """Helsepersonelloven § 10 a: minor children, whether their needs were assessed, the follow-up."""
    resource = _observation(c.meta, c.client_id, _local("children-as-relatives", "Barn som pårørende (hpl. § 10 a)"),
                            concept(codes.OBSERVATION_CATEGORY, "social-history"))
    components = [_component("assessment-made", "Barnas behov er vurdert", valueBoolean=c.assessment_made)]
    if c.children_count is not None:
        components.append(_component("children-count", "Antall mindreårige barn", valueInteger=c.children_count))
    if c.follow_up:
        components.append(_component("follow-up", "Oppfølging", valueString=c.follow_up))
    resource.update({
        "valueCodeableConcept": concept(codes.ANSWER_CODES, c.has_minor_children.value,
                                        _ANSWER_DISPLAY[c.has_minor_children]),
        "component": components,
    })
    return compact(resource)

