"""EHR-shaped FHIR resources → domain records: MedicationRequest and MedicationAdministration, and
what every pulled resource says about itself (Patient and CAVE are in ``fhir_inbound_people``, the
plan, observations and documents in ``fhir_inbound_plan``).

Pure functions over JSON: the caller (``desktop.sync.pull_apply``) gives each one the
record's metadata (identity, version, author) and what else it needs (the local order of
a dose, the Medication and Practitioner resources the search included).

Shapes read, as EHRs write them:

* the medicine as ``medicationCodeableConcept`` (ATC coding and/or text) or a ``Medication``
  reference (included, or contained);
* ``dosageInstruction.timing.repeat`` with ``timeOfDay``, ``when`` (+ ``offset``), or
  ``frequency``/``period``; ``timing.code`` BID/TID/QID/QD; ``doseAndRate.doseQuantity``
  (or ``doseRange.low``); ``route``; ``asNeededBoolean``/``asNeededCodeableConcept``;
  ``maxDosePerPeriod``;
* start and stop from ``dispenseRequest.validityPeriod`` or ``timing.repeat.boundsPeriod``;
* ``status`` active (in force), on-hold/stopped/completed/cancelled/draft (suspended: never
  due), entered-in-error (the local record is marked so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from ..domain import caseload as rules
from ..domain.medication import (Administration, AdministrationStatus, Dose, MedicationOrder, OrderKind)
from ..domain.records import RecordMeta, RecordStatus
from . import fhir_codes as codes
from .fhir_inbound_people import allergy_from, client_from_patient
from .fhir_read import (InboundError, Json, Person, ResourceKey, annotations, codes_of, concept_text, day,
                        decimal, extension, first_code, instant, literal, marked_in_error, person, text_of)

__all__ = ["Header", "administration_from", "allergy_from", "client_from_patient", "header", "order_change",
           "order_from", "patient_of", "with_status"]

# Where each resource type names the Patient it is about.
PATIENT_ELEMENT = {"AllergyIntolerance": "patient", "Task": "for"}
SUSPENDED_STATUSES = frozenset({"on-hold", "stopped", "completed", "cancelled", "draft", "unknown"})
_ATC_SYSTEMS = (codes.ATC, "urn:oid:2.16.578.1.12.4.1.1.7180")
_TIMING_CODES = {"QD": 1, "QOD": 0, "BID": 2, "TID": 3, "QID": 4, "AM": 1, "PM": 1}


@dataclass(frozen=True)
class Header:
    """What a pulled resource says about itself before it becomes a record."""

    patient: ResourceKey | None
    author: Person
    occurred_at: dt.datetime
    in_error: bool


def patient_of(resource: Json) -> ResourceKey | None:
    """The Patient a resource is about (the Patient itself for a Patient)."""
    if resource.get("resourceType") == "Patient":
        return ("Patient", str(resource.get("id")))
    key = literal(resource.get(PATIENT_ELEMENT.get(resource.get("resourceType", ""), "subject")))
    return key if key is not None and key[0] == "Patient" else None


_AUTHOR_ELEMENTS = {
    "MedicationRequest": ("recorder", "requester"), "AllergyIntolerance": ("recorder", "asserter"),
    "DocumentReference": ("author",), "CarePlan": ("author",), "Goal": ("expressedBy",),
    "Task": ("requester", "owner"), "Observation": ("performer",),
}
_WHEN_ELEMENTS = {
    "MedicationRequest": ("authoredOn",), "AllergyIntolerance": ("recordedDate", "onsetDateTime"),
    "MedicationAdministration": ("effectiveDateTime", "effectivePeriod"),
    "Observation": ("effectiveDateTime", "effectivePeriod", "effectiveInstant", "issued"),
    "DocumentReference": ("date",), "CarePlan": ("created", "period"), "Goal": ("startDate", "statusDate"),
    "Task": ("authoredOn",), "CareTeam": ("period",),
}


def header(resource: Json, included: Mapping[ResourceKey, Json], now: dt.datetime) -> Header:
    """The patient, author and event time of any pulled resource."""
    type_ = resource.get("resourceType", "")
    author = Person("", None)
    if type_ == "MedicationAdministration":
        author = administration_performer(resource, included)
    for element in _AUTHOR_ELEMENTS.get(type_, ()):
        if author.worker is not None:
            break
        value = resource.get(element)
        found = person(value[0] if isinstance(value, list) and value else value, included)
        if found.name or found.worker:
            author = found
    occurred = None
    for element in _WHEN_ELEMENTS.get(type_, ()):
        value = resource.get(element)
        occurred = instant(value.get("start") if isinstance(value, dict) else value)
        if occurred is not None:
            break
    meta = resource.get("meta") if isinstance(resource.get("meta"), dict) else {}
    occurred = occurred or instant(meta.get("lastUpdated")) or now
    return Header(patient_of(resource), author, occurred, marked_in_error(resource))


# -- orders ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Medicine:
    name: str
    strength: str
    form: str
    atc: str


def medicine(resource: Json, included: Mapping[ResourceKey, Json]) -> Medicine:
    """The medicine of a request or administration: its own concept, or the Medication it references."""
    concept = resource.get("medicationCodeableConcept")
    if isinstance(concept, dict):
        return Medicine(concept_text(concept), "", "", _atc(concept))
    ref = resource.get("medicationReference")
    target = None
    key = literal(ref)
    if key is not None:
        target = included.get(key)
    elif isinstance(ref, dict) and str(ref.get("reference", "")).startswith("#"):
        wanted = ref["reference"][1:]
        target = next((c for c in resource.get("contained") or [] if isinstance(c, dict) and c.get("id") == wanted),
                      None)
    if target is None:
        name = text_of(ref.get("display")) if isinstance(ref, dict) else ""
        return Medicine(name, "", "", "")
    strength = ""
    for ingredient in target.get("ingredient") or []:
        numerator = (ingredient.get("strength") or {}).get("numerator") if isinstance(ingredient, dict) else None
        if isinstance(numerator, dict) and decimal(numerator.get("value")) is not None:
            value = format(decimal(numerator["value"]).normalize(), "f").replace(".", ",")
            strength = f"{value} {numerator.get('unit') or numerator.get('code') or ''}".strip()
            break
    return Medicine(concept_text(target.get("code")), strength, concept_text(target.get("form")),
                    _atc(target.get("code")))


def _atc(concept: Any) -> str:
    return next((code for system, code in codes_of(concept) if system in _ATC_SYSTEMS), "")


def _dose(dosage: Json) -> Dose | None:
    for item in dosage.get("doseAndRate") or []:
        if not isinstance(item, dict):
            continue
        quantity = item.get("doseQuantity") or (item.get("doseRange") or {}).get("low")
        if isinstance(quantity, dict):
            amount = decimal(quantity.get("value"))
            unit = text_of(quantity.get("unit")) or text_of(quantity.get("code")) or "dose"
            if amount is not None and amount > 0:
                return Dose(amount, unit)
    return None


def _times(repeat: Json, timing: Json) -> tuple[dt.time, ...]:
    times: set[dt.time] = set()
    for text in repeat.get("timeOfDay") or []:
        try:
            times.add(dt.time.fromisoformat(str(text)))
        except ValueError:
            continue
    if not times and repeat.get("when"):
        offset = int(decimal(repeat.get("offset")) or 0)
        times.update(rules.times_for_events([str(w) for w in repeat["when"]], offset))
    if not times and decimal(repeat.get("frequency")) is not None:
        period = decimal(repeat.get("period")) or Decimal(1)
        times.update(rules.times_for_frequency(int(decimal(repeat["frequency"]) or 0), period,
                                               str(repeat.get("periodUnit") or "d")))
    if not times:
        code = first_code(timing.get("code"), "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation") or \
            next((c for _, c in codes_of(timing.get("code"))), "")
        per_day = _TIMING_CODES.get(code.upper())
        if per_day:
            times.update(rules.TIMES_PER_DAY[per_day])
    return tuple(sorted(times))


def _max_per_24h(dosage: Json, dose: Dose, repeat: Json) -> int | None:
    limit = dosage.get("maxDosePerPeriod")
    if isinstance(limit, dict):
        numerator, denominator = limit.get("numerator") or {}, limit.get("denominator") or {}
        total = decimal(numerator.get("value"))
        period = decimal(denominator.get("value")) or Decimal(1)
        unit = str(denominator.get("code") or denominator.get("unit") or "d")
        unit = {"døgn": "d", "day": "d", "days": "d", "time": "h", "timer": "h", "hour": "h"}.get(unit, unit)
        if total is not None:
            return rules.doses_per_24h(total, dose.amount, period, unit)
    frequency = decimal(repeat.get("frequencyMax") or repeat.get("frequency"))
    if frequency is not None and str(repeat.get("periodUnit") or "d") == "d" and (decimal(repeat.get("period"))
                                                                                  or Decimal(1)) == 1:
        return int(frequency) if frequency >= 1 else None
    return None


def order_from(resource: Json, meta: RecordMeta, client_id: str, included: Mapping[ResourceKey, Json],
               existing: MedicationOrder | None, today: dt.date) -> MedicationOrder:
    """The MedicationRequest as the prescriber wrote it; local administration notes are kept."""
    drug = medicine(resource, included)
    if not drug.name:
        raise InboundError("Ordinasjonen mangler legemiddel.", "The order names no medicine.")
    dosages = [d for d in resource.get("dosageInstruction") or [] if isinstance(d, dict)]
    dosage = dosages[0] if dosages else {}
    timing = dosage.get("timing") if isinstance(dosage.get("timing"), dict) else {}
    repeat = timing.get("repeat") if isinstance(timing.get("repeat"), dict) else {}
    dose = _dose(dosage) or Dose(Decimal(1), "dose")
    times: set[dt.time] = set()
    notes: list[str] = []
    for extra in dosages:
        other_timing = extra.get("timing") if isinstance(extra.get("timing"), dict) else {}
        other = other_timing.get("repeat") if isinstance(other_timing.get("repeat"), dict) else {}
        if extra is dosage or _dose(extra) in (None, dose):
            times.update(_times(other, other_timing))
        else:
            notes.append(text_of(extra.get("text")) or "flere doseringer")
    as_needed = bool(dosage.get("asNeededBoolean")) or isinstance(dosage.get("asNeededCodeableConcept"), dict)
    validity = (resource.get("dispenseRequest") or {}).get("validityPeriod") or {}
    bounds = repeat.get("boundsPeriod") if isinstance(repeat.get("boundsPeriod"), dict) else {}
    ordered_on = day(resource.get("authoredOn"))
    start = day(validity.get("start")) or day(bounds.get("start")) or ordered_on or today
    stop = day(validity.get("end")) or day(bounds.get("end"))
    if stop is not None and stop < start:
        stop = start
    status = str(resource.get("status") or "active")
    suspended = status in SUSPENDED_STATUSES or marked_in_error(resource)
    prescriber = person(resource.get("requester"), included)
    reason = next((concept_text(r) for r in resource.get("reasonCode") or [] if concept_text(r)), "")
    indication = reason
    max_24h = None
    interval = None
    if as_needed:
        indication = concept_text(dosage.get("asNeededCodeableConcept")) or reason or "ved behov"
        max_24h = _max_per_24h(dosage, dose, repeat)
        if max_24h is None:
            # No maximum from the prescriber: the strictest reading, said on the order.
            max_24h = 1
            notes.append("maks per døgn ikke oppgitt av forskriver")
        if str(repeat.get("periodUnit") or "") == "h" and decimal(repeat.get("frequency")) == 1:
            interval = decimal(repeat.get("period"))
    elif not times:
        # A fixed order with no time to give it: listed, never due, until the prescriber says when.
        times = {dt.time(8)}
        suspended = True
        notes.append("tidspunkt ikke oppgitt i ordinasjonen")
    if notes:
        indication = "; ".join(p for p in [indication, *notes] if p)
    route = concept_text(dosage.get("route"))
    return MedicationOrder(
        meta, client_id, drug.name, drug.strength, drug.form, route, dose,
        OrderKind.AS_NEEDED if as_needed else OrderKind.FIXED, indication, start,
        prescriber.name or "forskriver ikke oppgitt", ordered_on or start,
        () if as_needed else tuple(sorted(times)), stop, drug.atc, max_24h, interval,
        administration_notes=existing.administration_notes if existing is not None else "",
        suspended=suspended)


def order_change(before: MedicationOrder | None, after: MedicationOrder, status: str) -> rules.ServerChange | None:
    """What the prescriber did to an order since the last pull (None when nothing a worker sees changed)."""
    if before is None:
        return None
    if after.meta.entered_in_error and not before.meta.entered_in_error:
        return rules.ServerChange.ENTERED_IN_ERROR
    if after.suspended and not before.suspended:
        return rules.ServerChange.ON_HOLD if status == "on-hold" else rules.ServerChange.STOPPED
    if before.suspended and not after.suspended:
        return rules.ServerChange.RESUMED
    ignore = {"meta", "administration_notes"}
    fields = [f for f in MedicationOrder.__dataclass_fields__ if f not in ignore]
    if any(getattr(before, f) != getattr(after, f) for f in fields):
        return rules.ServerChange.CHANGED
    return None


# -- doses ------------------------------------------------------------------------------

def administration_performer(resource: Json, included: Mapping[ResourceKey, Json]) -> Person:
    """Who gave the dose: the first performer that is not a verifier or a witness."""
    for performer in resource.get("performer") or []:
        if not isinstance(performer, dict):
            continue
        function = {c for _, c in codes_of(performer.get("function"))}
        if function & {"verifier", "witness"}:
            continue
        found = person(performer.get("actor"), included)
        if found.name or found.worker:
            return found
    witness = next((p for p in resource.get("performer") or []
                    if isinstance(p, dict) and "witness" in {c for _, c in codes_of(p.get("function"))}), None)
    return person(witness.get("actor"), included) if witness else Person("", None)


def administration_from(resource: Json, meta: RecordMeta, client_id: str, order: MedicationOrder,
                        included: Mapping[ResourceKey, Json]) -> Administration:
    """A dose someone gave (or did not give), as the record has it."""
    status = str(resource.get("status") or "completed")
    outcome = extension(resource, codes.EXT_ADMINISTRATION_OUTCOME)
    outcome_code = ((outcome or {}).get("valueCoding") or {}).get("code", "")
    reason = next((concept_text(r) for r in resource.get("statusReason") or [] if concept_text(r)), "")
    if outcome_code in {s.value for s in AdministrationStatus}:
        adm_status = AdministrationStatus(outcome_code)
    elif status in ("not-done", "stopped"):
        adm_status = AdministrationStatus.NOT_GIVEN
    else:
        adm_status = AdministrationStatus.GIVEN
    if adm_status in (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED):
        reason = reason or "ikke oppgitt"
    dosage = resource.get("dosage") if isinstance(resource.get("dosage"), dict) else {}
    quantity = dosage.get("dose") if isinstance(dosage.get("dose"), dict) else {}
    amount = decimal(quantity.get("value"))
    dose = Dose(amount, text_of(quantity.get("unit")) or order.dose.unit) if amount and amount > 0 else None
    if dose is None and adm_status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED):
        dose = order.dose
    scheduled = extension(resource, codes.EXT_SCHEDULED_TIME)
    second = None
    for performer in resource.get("performer") or []:
        if isinstance(performer, dict) and "verifier" in {c for _, c in codes_of(performer.get("function"))}:
            found = person(performer.get("actor"), included)
            if found.worker is not None and found.worker.hpr != meta.author.hpr:
                second = found.worker
    prn_reason = next((concept_text(r) for r in resource.get("reasonCode") or [] if concept_text(r)), "")
    if order.as_needed and not prn_reason:
        prn_reason = order.indication
    return Administration(meta, client_id, order.order_id, adm_status, dose,
                          instant((scheduled or {}).get("valueDateTime")), second, reason, prn_reason,
                          annotations(resource.get("note")))


def with_status(meta: RecordMeta, in_error: bool, reason: str) -> RecordMeta:
    """``meta`` marked entered in error (with the server's reason) when the resource says so."""
    if not in_error:
        return meta
    return replace(meta, status=RecordStatus.ENTERED_IN_ERROR, status_reason=reason)
