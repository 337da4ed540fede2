"""An AuditEvent from the server → one line of a client's access log (the way back of
:func:`desktop.sync.fhir_people.audit_event`).

The seam for showing other devices' reads and writes: once the pull fetches a
client's AuditEvents (``AuditEvent?patient=…``), each is read with
:func:`audit_event_from_fhir` and handed to the access log
(``pulled_access_events`` of the reports use case). Lines this app
wrote come back as they went up; lines another system wrote are read as far
as they say who, what and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain.audit import AuditAction, AuditEvent
from ..domain.errors import DomainError
from ..domain.records import WorkerRef
from . import fhir_codes as codes
from .fhir_common import MappingError

_BY_SUBTYPE = {a.value: a for a in AuditAction}
_BY_ACTION = {"C": AuditAction.CREATE, "R": AuditAction.READ, "U": AuditAction.CORRECT, "D": AuditAction.ENTER_IN_ERROR,
              "E": AuditAction.EXPORT}


def _uuid_of(value: str | None) -> str | None:
    return value[len("urn:uuid:"):] if value and value.startswith("urn:uuid:") else value


def _worker_as_given(name: str, hpr: str) -> WorkerRef:
    """The actor as the server names them. WorkerRef checks an HPR number it is given; another
    system's line may carry none (or another identifier), and the client must still see it."""
    try:
        return WorkerRef(name, hpr)
    except DomainError:
        actor = WorkerRef.__new__(WorkerRef)
        object.__setattr__(actor, "name", name)
        object.__setattr__(actor, "hpr", hpr)
        return actor


def audit_event_from_fhir(resource: dict[str, Any]) -> AuditEvent:
    """The access-log line an AuditEvent resource stands for; :class:`MappingError` if it names no time or actor."""
    if resource.get("resourceType") != "AuditEvent":
        raise MappingError("Ikke en AuditEvent.", "Not an AuditEvent.")
    try:
        at = dt.datetime.fromisoformat(resource["recorded"])
    except (KeyError, ValueError):
        raise MappingError("AuditEvent uten gyldig tidspunkt.", "AuditEvent without a valid time.") from None
    if at.tzinfo is None:
        raise MappingError("AuditEvent uten tidssone.", "AuditEvent without a time zone.")
    agents = resource.get("agent") or []
    who = next((a for a in agents if a.get("requestor")), agents[0] if agents else None)
    if who is None:
        raise MappingError("AuditEvent uten aktør.", "AuditEvent without an agent.")
    ref = who.get("who") or {}
    identifier = ref.get("identifier") or {}
    hpr = identifier.get("value", "") if identifier.get("system") == codes.HPR_SYSTEM else ""
    actor = _worker_as_given(who.get("name") or ref.get("display") or "Ukjent", hpr)
    subtype = next((c.get("code") for c in resource.get("subtype", []) if c.get("system") == codes.AUDIT_SUBTYPE_CODES),
                   None)
    action = _BY_SUBTYPE.get(subtype or "") or _BY_ACTION.get(resource.get("action", ""), AuditAction.READ)
    client_id = record_id = None
    detail = ""
    for entity in resource.get("entity", []):
        what = entity.get("what") or {}
        reference = what.get("reference", "")
        if reference.startswith("Patient/"):
            client_id = reference.split("/", 1)[1]
            detail = detail or entity.get("description", "")
        elif "identifier" in what:
            record_id = _uuid_of(what["identifier"].get("value"))
            detail = entity.get("description", "") or detail
        elif entity.get("description"):
            detail = detail or entity["description"]
    observer = (resource.get("source") or {}).get("observer") or {}
    device = (observer.get("identifier") or {}).get("value") or observer.get("display") or ""
    return AuditEvent(resource.get("id", ""), at, actor, action, client_id, record_id, detail, device)
