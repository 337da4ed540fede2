"""Client → Patient (+ AllergyIntolerance per CAVE entry), worker → Practitioner,
audit event → AuditEvent."""

from __future__ import annotations

from ..domain.clients import Allergy, Client, Worker
from ..domain.records import WorkerRef
from ..store.audit import AuditAction, AuditEvent
from . import fhir_codes as codes
from .fhir_common import (Json, MappingContext, annotation, base_resource, coding, compact, concept,
                          date_time, patient_ref, practitioner_ref, record_identifier, server_owned, text_concept)

# Free-text severities on the CAVE card that map onto FHIR's reaction severity.
_SEVERITY = {"mild": "mild", "lett": "mild", "moderat": "moderate", "middels": "moderate",
             "alvorlig": "severe", "livstruende": "severe"}


def practitioner(worker: WorkerRef) -> Json:
    """The Practitioner for a health worker; its id comes from the HPR number (see fhir_codes)."""
    resource_id = codes.practitioner_id(worker.hpr)
    return compact({
        "resourceType": "Practitioner",
        "id": resource_id,
        "identifier": [{"use": "official", "system": codes.HPR_SYSTEM, "value": worker.hpr},
                       {"system": codes.URI_SYSTEM, "value": codes.uuid_uri(resource_id)}],
        "active": True,
        "name": [_human_name(worker.name)],
    })


def worker_record(worker: Worker) -> Json:
    """A stored worker record: the same Practitioner, with the record's provenance."""
    resource = practitioner(WorkerRef(worker.name, worker.hpr))
    resource["extension"] = base_resource("Practitioner", worker.meta)["extension"]
    resource["identifier"].append(record_identifier(worker.meta.record_id))
    return resource


def _human_name(text: str) -> Json:
    parts = text.split()
    # Norwegian names: the last word is the surname; middle names are kept as given
    # names because the app does not know which is a mellomnavn.
    return {"use": "official", "text": text, "family": parts[-1] if len(parts) > 1 else None,
            "given": parts[:-1] if len(parts) > 1 else parts}


def patient(client: Client, context: MappingContext) -> list[Json]:
    """The Patient, and one AllergyIntolerance per CAVE entry (ended ones marked inactive).

    CAVE entries that came from the municipal record are the record's: never sent back. For a
    client pulled from the server the Patient is the record's too: only the CAVE entries
    entered here by hand are sent.
    """
    if server_owned(context, client.client_id):
        return _local_allergies(client, context)
    meta = client.meta
    nid = client.identity
    resource = base_resource("Patient", meta)
    resource["identifier"].append({"use": "official", "system": nid.system, "value": nid.value})
    resource.update({
        # Patient has no entered-in-error status: inactive plus the meta tag says it.
        "active": not meta.entered_in_error,
        "name": [_human_name(client.name)],
        "telecom": [{"system": "phone", "value": client.phone}] if client.phone else None,
        "birthDate": nid.birth_date.isoformat(),
        "address": [{"use": "home", "text": client.address}] if client.address else None,
        "contact": [_contact(r.name, r.relation, r.phone, r.next_of_kin) for r in client.relatives],
        "managingOrganization": {"display": client.responsible_unit} if client.responsible_unit else None,
    })
    return [compact(resource), *_local_allergies(client, context)]


def _local_allergies(client: Client, context: MappingContext) -> list[Json]:
    """The hand-entered CAVE entries, and those a later version removed (marked inactive)."""
    resources = []
    current = {a.substance.strip().casefold() for a in client.allergies if not a.from_server}
    for allergy in client.allergies:
        if not allergy.from_server:
            resources.append(_allergy(client, allergy, active=True))
    ended: dict[str, Allergy] = {}
    for earlier in context.earlier_versions(client):
        for allergy in earlier.allergies:
            key = allergy.substance.strip().casefold()
            if key not in current and not allergy.from_server:
                ended[key] = allergy
    resources.extend(_allergy(client, a, active=False) for a in ended.values())
    return resources


def _contact(name: str, relation: str, phone: str, next_of_kin: bool) -> Json:
    relationship = [text_concept(relation)]
    if next_of_kin:
        relationship.append(concept(codes.CONTACT_RELATIONSHIP, "N", "Next-of-Kin", "Nærmeste pårørende"))
    return {"relationship": relationship, "name": {"text": name},
            "telecom": [{"system": "phone", "value": phone}] if phone else None}


def _allergy(client: Client, allergy: Allergy, active: bool) -> Json:
    """One CAVE entry. Its id derives from client and substance, so each version updates it."""
    meta = client.meta
    resource_id = codes.allergy_id(client.client_id, allergy.substance)
    in_error = meta.entered_in_error
    severity = _SEVERITY.get(allergy.severity.strip().casefold())
    reaction = None
    if allergy.reaction:
        reaction = [{"manifestation": [text_concept(allergy.reaction)], "severity": severity,
                     "description": allergy.severity or None}]
    return compact({
        "resourceType": "AllergyIntolerance",
        "id": resource_id,
        "meta": {"tag": [coding(codes.RECORD_STATUS_TAGS, "entered-in-error", "Feilregistrert")]}
        if in_error else None,
        "extension": base_resource("AllergyIntolerance", meta)["extension"],
        "identifier": [{"system": codes.URI_SYSTEM, "value": codes.uuid_uri(resource_id)}],
        "clinicalStatus": None if in_error else concept(codes.ALLERGY_CLINICAL, "active" if active else "inactive"),
        "verificationStatus": concept(codes.ALLERGY_VERIFICATION,
                                      "entered-in-error" if in_error else "confirmed"),
        "code": text_concept(allergy.substance),
        "patient": patient_ref(client.client_id),
        "recordedDate": allergy.recorded_on.isoformat() if allergy.recorded_on else date_time(meta.recorded_at),
        "recorder": practitioner_ref(meta.author),
        # Where the information came from (the client, a relative, the GP …), as the worker wrote it.
        "asserter": {"display": allergy.source} if allergy.source else None,
        "reaction": reaction,
        "note": [annotation(text) for text in (
            f"Alvorlighet: {allergy.severity}" if allergy.severity and not reaction else "",
            f"Registrert av: {allergy.recorded_by}" if allergy.recorded_by else "") if text] or None,
    })


_ACTION_CODE = {AuditAction.READ: "R", AuditAction.CREATE: "C", AuditAction.CORRECT: "U",
                AuditAction.ENTER_IN_ERROR: "U", AuditAction.PRINT: "R", AuditAction.EXPORT: "E",
                AuditAction.PURGE: "D"}
_ACTION_DISPLAY = {AuditAction.READ: "Lest", AuditAction.CREATE: "Opprettet", AuditAction.CORRECT: "Rettet",
                   AuditAction.ENTER_IN_ERROR: "Merket feilregistrert", AuditAction.PRINT: "Skrevet ut",
                   AuditAction.EXPORT: "Eksportert", AuditAction.PURGE: "Fjernet fra enheten"}


def audit_event(event: AuditEvent) -> Json:
    """One access-log line as an AuditEvent (DICOM "Patient Record" event type).

    The client is a literal Patient reference, so the server's patient
    compartment finds the line; the record is a logical reference (by its UUID
    identifier), so an audit line never waits for, or fails on, the record it
    names.
    """
    entities: list[Json] = []
    if event.client_id:
        entities.append({
            "what": patient_ref(event.client_id),
            "type": coding(codes.AUDIT_ENTITY_TYPE, "1", "Person"),
            "role": coding(codes.AUDIT_OBJECT_ROLE, "1", "Patient"),
            "description": event.detail if not event.record_id else None,
        })
    if event.record_id:
        entities.append({
            "what": {"identifier": record_identifier(event.record_id)},
            "type": coding(codes.AUDIT_ENTITY_TYPE, "2", "System Object"),
            "description": event.detail or None,   # the record's kind, as Database.save writes it
        })
    if not event.client_id and not event.record_id and event.detail:
        entities.append({"type": coding(codes.AUDIT_ENTITY_TYPE, "4", "Other"), "description": event.detail})
    return compact({
        "resourceType": "AuditEvent",
        "id": event.event_id,
        "extension": [{"url": codes.EXT_RECORD_IDENTIFIER, "valueIdentifier": record_identifier(event.event_id)}],
        "type": coding(codes.DICOM_DCM, "110110", "Patient Record"),
        "subtype": [coding(codes.AUDIT_SUBTYPE_CODES, event.action.value, _ACTION_DISPLAY[event.action])],
        "action": _ACTION_CODE[event.action],
        "recorded": date_time(event.at),
        "outcome": "0",
        "agent": [{"who": practitioner_ref(event.actor), "name": event.actor.name, "requestor": True}],
        "source": {"observer": {"identifier": {"system": codes.DEVICE_SYSTEM, "value": event.device_id},
                                "display": f"Ambulant {event.device_id}"},
                   "type": [coding(codes.AUDIT_SOURCE_TYPE, "1", "User Device")]},
        "entity": entities,
    })
