"""Domain records → FHIR R4 resources (JSON dicts): the one entry point the sync uses.

Pure functions: no HTTP, no SQL. What a mapping needs to know about other
records (the drug of an administration's order, the kind of an evaluated
target, the earlier CAVE list) comes through a :class:`MappingContext`.

Resource per record kind:

=====================  ==========================================================
client                 Patient (+ one AllergyIntolerance per CAVE entry)
worker                 Practitioner (id from the HPR number)
order                  MedicationRequest
administration         MedicationAdministration
effect_evaluation      Observation, partOf the MedicationAdministration
note                   DocumentReference (text/plain attachment)
measurement            Observation (LOINC + UCUM)
rating, substance_use, Observation (local codes)
behaviour, incident
chapter9               Observation (the municipality's code system, a component per field)
children_as_relatives  Observation (local code, § 10 a)
goal                   Goal
measure                CarePlan (one per measure)
evaluation             Observation, focus the Goal or the measure's CarePlan
individual_plan        CarePlan (category individuell-plan)
responsibility_group   CareTeam
meeting                Communication (about the CareTeam)
agreed_task            Task (focus the meeting)
ledger_receipt         SupplyDelivery    (the controlled-drug ledger: see fhir_ledger)
ledger_count, _waste,  Observation (local codes)
ledger_not_given
ledger_deviation       DetectedIssue
assessment, analysis   ClinicalImpression (kartlegging, analyse)
consent                Consent
audit event            AuditEvent
=====================  ==========================================================

Every author and second signer becomes a Practitioner (see
:func:`practitioners_for`), sent before the records that reference it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain.kinds import kind_of
from ..domain.records import WorkerRef
from ..store.audit import AuditEvent
from . import fhir_ledger as ledger
from . import fhir_assessment as assessment
from . import fhir_consent as consent
from . import fhir_medication as medication
from . import fhir_observation as observation
from . import fhir_people as people
from . import fhir_plan as plan
from . import fhir_registrations as registrations
from .fhir_common import Json, MappingContext, MappingError, RecordsContext, references_in, server_owned

__all__ = ["ALL_RESOURCE_TYPES", "MappingContext", "MappingError", "RecordsContext", "map_audit_event", "map_record",
           "practitioner", "practitioners_for", "references_in", "resource_type_of_kind"]

_SIMPLE: dict[str, Callable[[Any], Json]] = {
    "worker": people.worker_record,
    "order": medication.medication_request,
    "effect_evaluation": medication.effect_observation,
    "note": observation.journal_note,
    "measurement": observation.measurement,
    "rating": observation.client_rating,
    "substance_use": observation.substance_use,
    "behaviour": registrations.behaviour,
    "incident": observation.incident,
    "chapter9": registrations.chapter9,
    "children_as_relatives": observation.children_as_relatives,
    "goal": plan.goal,
    "measure": plan.measure,
    "individual_plan": plan.individual_plan,
    "responsibility_group": plan.responsibility_group,
    "meeting": plan.meeting,
    "agreed_task": plan.agreed_task,
    **ledger.LEDGER_MAPPERS,
    "assessment": assessment.assessment,
    "analysis": assessment.analysis,
    "consent": consent.consent,
}

_WITH_CONTEXT: dict[str, Callable[[Any, MappingContext], Json]] = {
    "administration": medication.medication_administration,
    "evaluation": plan.evaluation,
}

_RESOURCE_TYPE = {
    "client": "Patient", "worker": "Practitioner", "order": "MedicationRequest",
    "administration": "MedicationAdministration", "note": "DocumentReference", "goal": "Goal",
    "measure": "CarePlan", "individual_plan": "CarePlan", "responsibility_group": "CareTeam",
    "meeting": "Communication", "agreed_task": "Task",
    **ledger.LEDGER_RESOURCE_TYPES,
    "assessment": "ClinicalImpression",
    "analysis": "ClinicalImpression", "consent": "Consent",
}


# Kinds that, when they came from the server, are the server's alone: nothing of them is sent back.
SERVER_ONLY_KINDS = frozenset({"order"})

# Every resource type the mapping writes (for counting what a server holds).
ALL_RESOURCE_TYPES = tuple(dict.fromkeys((
    "Patient", "Practitioner", "AllergyIntolerance", "MedicationRequest", "MedicationAdministration", "Observation",
    "DocumentReference", "Goal", "CarePlan", "CareTeam", "Communication", "Task", "AuditEvent",
    # and whatever a record kind maps to, so a new kind is counted without another list to keep
    *sorted(set(_RESOURCE_TYPE.values())))))


def resource_type_of_kind(kind: str) -> str:
    """The main FHIR resource type a record kind becomes ('audit' → AuditEvent)."""
    if kind == "audit":
        return "AuditEvent"
    return _RESOURCE_TYPE.get(kind, "Observation")


def map_record(record: Any, context: MappingContext) -> list[Json]:
    """The FHIR resources for one record version; the record's own resource comes first.

    Empty for a version that is not for the server (a pulled order's local notes; a pulled
    client whose CAVE entries are all the record's). Raises :class:`MappingError` when the record cannot be expressed (a
    missing order, an unknown kind).
    """
    kind = kind_of(record)
    if kind == "client":
        return people.patient(record, context)
    if kind in SERVER_ONLY_KINDS and server_owned(context, record.meta.record_id):
        return []   # the prescriber's order: its local administration notes stay on this device
    if kind in _WITH_CONTEXT:
        return [_WITH_CONTEXT[kind](record, context)]
    if kind in _SIMPLE:
        return [_SIMPLE[kind](record)]
    raise MappingError(f"Ukjent type oppføring: {kind}.", f"Unknown kind of record: {kind}.")


def map_audit_event(event: AuditEvent) -> Json:
    """An access-log line as an AuditEvent (needs nothing else: it names the record by its UUID)."""
    return people.audit_event(event)


def practitioner(worker: WorkerRef) -> Json:
    """The Practitioner resource of a health worker (id from the HPR number)."""
    return people.practitioner(worker)


def practitioners_for(item: Any) -> list[WorkerRef]:
    """The health workers a record or audit event names: its author, a second signer, the actor."""
    if isinstance(item, AuditEvent):
        return [item.actor]
    workers = [item.meta.author]
    # An administration's double check and a ledger line's second signature.
    second = getattr(item, "second_signer", None)
    if isinstance(second, WorkerRef):
        workers.append(second)
    return workers
