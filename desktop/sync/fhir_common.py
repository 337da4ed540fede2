"""Building blocks every FHIR mapping shares: ids, references, provenance, JSON values.

Every resource made from a record carries:

* ``id`` = the record's UUID (stable across versions, so each version is an
  idempotent ``PUT Type/<record_id>`` and the server's history keeps the old ones);
* ``identifier`` = ``urn:ietf:rfc:3986`` | ``urn:uuid:<record_id>`` (AuditEvent
  has no identifier element in R4, so it carries the same value in the
  :data:`~desktop.sync.fhir_codes.EXT_RECORD_IDENTIFIER` extension);
* the :data:`~desktop.sync.fhir_codes.EXT_RECORD_VERSION` extension: version id,
  version number, the version it *replaces*, when and on which device it was
  written, and its status with the reason;
* for an entry marked in error: the resource's own ``entered-in-error`` status
  where it has one, and always the ``entered-in-error`` meta tag (so resources
  without such a status, e.g. Patient, say it too).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Protocol

from ..domain.records import RecordMeta, WorkerRef
from . import fhir_codes as codes

Json = dict[str, Any]


class MappingError(Exception):
    """A record cannot be expressed as FHIR (e.g. the order of an administration is missing)."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en


class MappingContext(Protocol):
    """What a mapping may look up besides the record itself (read-only)."""

    def record(self, record_id: str) -> Any | None:
        """The current version of another record, or None."""

    def earlier_versions(self, record: Any) -> list[Any]:
        """The versions of ``record`` stored before it, oldest first."""

    def server_owned(self, record_id: str) -> bool:
        """True when the record came from the server (pulled): the server's, not ours to send."""


def server_owned(context: MappingContext, record_id: str) -> bool:
    """Whether the context says the record came from the server (a context may not know: False)."""
    ask = getattr(context, "server_owned", None)
    return bool(ask(record_id)) if ask is not None else False


class RecordsContext:
    """A :class:`MappingContext` over records held in memory (tests, previews)."""

    def __init__(self, records: list[Any]) -> None:
        self._versions: dict[str, list[Any]] = {}
        for record in records:
            self._versions.setdefault(record.meta.record_id, []).append(record)
        for versions in self._versions.values():
            versions.sort(key=lambda r: r.meta.version)

    def record(self, record_id: str) -> Any | None:
        versions = self._versions.get(record_id)
        return versions[-1] if versions else None

    def earlier_versions(self, record: Any) -> list[Any]:
        return [r for r in self._versions.get(record.meta.record_id, []) if r.meta.version < record.meta.version]

    def server_owned(self, record_id: str) -> bool:
        return False


# -- JSON values ------------------------------------------------------------------

def compact(value: Any) -> Any:
    """Drop None, empty strings, lists and objects: FHIR JSON forbids empty values."""
    if isinstance(value, dict):
        out = {k: compact(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if not _empty(v)}
    if isinstance(value, list):
        out_list = [compact(v) for v in value]
        return [v for v in out_list if not _empty(v)]
    if isinstance(value, str):
        return value.strip()
    return value


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not value)


def number(value: Decimal | int | float) -> int | float:
    """A JSON number for a FHIR decimal (integral values without a fraction)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def date_time(value: dt.datetime) -> str:
    """A FHIR dateTime/instant: ISO 8601 with seconds and the time zone offset."""
    if value.tzinfo is None:  # the domain refuses naive times; this guards the wire format
        raise MappingError("Tidspunktet mangler tidssone.", "The time has no time zone.")
    return value.isoformat(timespec="seconds")


def date(value: dt.date) -> str:
    return value.isoformat()


def coding(system: str, code: str, display: str | None = None) -> Json:
    return {"system": system, "code": code, "display": display}


def concept(system: str, code: str, display: str | None = None, text: str | None = None) -> Json:
    return {"coding": [coding(system, code, display)], "text": text}


def text_concept(text: str) -> Json:
    return {"text": text}


# -- identity and provenance -------------------------------------------------------

def record_identifier(record_id: str) -> Json:
    """The record's UUID as an Identifier."""
    return {"use": "official", "system": codes.URI_SYSTEM, "value": codes.uuid_uri(record_id)}


def version_extension(meta: RecordMeta) -> Json:
    """Which version of which record the resource is, and the one it replaces."""
    parts: list[Json] = [
        {"url": "versionId", "valueUuid": codes.uuid_uri(meta.version_id)},
        {"url": "version", "valueInteger": meta.version},
        {"url": "recordedAt", "valueDateTime": date_time(meta.recorded_at)},
        {"url": "device", "valueString": meta.device_id},
        {"url": "status", "valueCode": meta.status.value},
    ]
    if meta.replaces:
        parts.append({"url": "replaces", "valueUuid": codes.uuid_uri(meta.replaces)})
    if meta.status_reason:
        parts.append({"url": "statusReason", "valueString": meta.status_reason})
    return {"url": codes.EXT_RECORD_VERSION, "extension": parts}


def base_resource(resource_type: str, meta: RecordMeta, identifier: bool = True) -> Json:
    """The parts every record-made resource has (see the module docstring)."""
    resource: Json = {"resourceType": resource_type, "id": meta.record_id}
    if meta.entered_in_error:
        resource["meta"] = {"tag": [coding(codes.RECORD_STATUS_TAGS, "entered-in-error",
                                           "Feilregistrert")]}
    resource["extension"] = [version_extension(meta)]
    if identifier:
        resource["identifier"] = [record_identifier(meta.record_id)]
    else:
        resource["extension"].append({"url": codes.EXT_RECORD_IDENTIFIER,
                                      "valueIdentifier": record_identifier(meta.record_id)})
    return resource


def observation_status(meta: RecordMeta) -> str:
    """final for a first version, amended for a correction, entered-in-error when so marked."""
    if meta.entered_in_error:
        return "entered-in-error"
    return "amended" if meta.version > 1 else "final"


def replaces_reference(resource_type: str, meta: RecordMeta) -> Json | None:
    """A logical reference (by version identifier) to the version this one replaces."""
    if not meta.replaces:
        return None
    return {"type": resource_type,
            "identifier": {"system": codes.URI_SYSTEM, "value": codes.uuid_uri(meta.replaces)},
            "display": f"Versjon {meta.version - 1}"}


# -- references --------------------------------------------------------------------

def reference(resource_type: str, resource_id: str, display: str | None = None) -> Json:
    return {"reference": f"{resource_type}/{resource_id}", "display": display}


def patient_ref(client_id: str) -> Json:
    return reference("Patient", client_id)


def practitioner_ref(worker: WorkerRef) -> Json:
    """A Practitioner reference that also names the HPR number, so it reads without a lookup."""
    return {"reference": f"Practitioner/{codes.practitioner_id(worker.hpr)}",
            "identifier": {"system": codes.HPR_SYSTEM, "value": worker.hpr},
            "display": worker.name}


def display_ref(display: str) -> Json:
    """A reference that only names someone (a prescriber, a group member)."""
    return {"display": display}


def annotation(text: str, author: WorkerRef | None = None, time: dt.datetime | None = None) -> Json:
    return {"authorReference": practitioner_ref(author) if author else None,
            "time": date_time(time) if time else None, "text": text}


def references_in(resource: Any) -> set[tuple[str, str]]:
    """Every literal ``Type/id`` reference in a resource (what it needs on the server first)."""
    found: set[tuple[str, str]] = set()
    _collect_references(resource, found)
    return found


def _collect_references(value: Any, found: set[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        ref = value.get("reference")
        if isinstance(ref, str) and ref.count("/") == 1 and not ref.startswith(("#", "urn:")):
            type_, id_ = ref.split("/")
            found.add((type_, id_))
        for item in value.values():
            if isinstance(item, (dict, list)):
                _collect_references(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect_references(item, found)
