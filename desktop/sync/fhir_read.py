"""Reading FHIR R4 JSON as other systems write it: dates, codes, references, people, our own marks.

An EHR writes the same thing many ways (a code with or without display, a text only, a
reference with an identifier or a display or both, a date with or without a time): these
helpers take any of them and never raise for a missing element.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.errors import DomainError
from ..domain.identifiers import OID_HPR, parse_hpr
from ..domain.medication_rules import LOCAL_TZ
from ..domain.records import WorkerRef
from . import fhir_codes as codes

Json = dict[str, Any]
ResourceKey = tuple[str, str]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class InboundError(Exception):
    """A resource that cannot become a local record (no valid national id, no medicine …)."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en


def instant(value: Any) -> dt.datetime | None:
    """A FHIR instant/dateTime (or a date: local midnight) as an aware datetime, None when unreadable."""
    if not isinstance(value, str) or not value:
        return None
    match = _DATE.match(value)
    if match:
        year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
        try:
            return dt.datetime(year, month, day, tzinfo=LOCAL_TZ)
        except ValueError:
            return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=LOCAL_TZ)


def day(value: Any) -> dt.date | None:
    """A FHIR date or dateTime as the local calendar day."""
    when = instant(value)
    return when.astimezone(LOCAL_TZ).date() if when is not None else None


def decimal(value: Any) -> Decimal | None:
    """A JSON number as a Decimal (None for anything else)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def concept_text(concept: Any) -> str:
    """What a CodeableConcept says: its text, else the first coding's display, else its code."""
    if not isinstance(concept, dict):
        return ""
    if isinstance(concept.get("text"), str) and concept["text"].strip():
        return concept["text"].strip()
    for coding in concept.get("coding") or []:
        if isinstance(coding, dict) and isinstance(coding.get("display"), str) and coding["display"].strip():
            return coding["display"].strip()
    for coding in concept.get("coding") or []:
        if isinstance(coding, dict) and isinstance(coding.get("code"), str):
            return coding["code"]
    return ""


def codes_of(concept: Any) -> list[tuple[str, str]]:
    """(system, code) of every coding in a CodeableConcept (or a list of them)."""
    items = concept if isinstance(concept, list) else [concept]
    found = []
    for item in items:
        if isinstance(item, dict):
            for coding in item.get("coding") or []:
                if isinstance(coding, dict) and coding.get("code"):
                    found.append((str(coding.get("system") or ""), str(coding["code"])))
    return found


def has_code(concept: Any, system: str, code: str) -> bool:
    return (system, code) in codes_of(concept)


def first_code(concept: Any, system: str) -> str:
    """The code from ``system`` in a CodeableConcept, or ''."""
    return next((c for s, c in codes_of(concept) if s == system), "")


def status_code(concept: Any) -> str:
    """The code of a status CodeableConcept (clinicalStatus, verificationStatus), any system."""
    found = codes_of(concept)
    return found[0][1] if found else concept_text(concept).lower()


def literal(reference: Any) -> ResourceKey | None:
    """``(Type, id)`` of a literal reference (relative, or absolute under any base), or None."""
    if not isinstance(reference, dict) or not isinstance(reference.get("reference"), str):
        return None
    ref = reference["reference"].split("/_history/")[0]
    parts = ref.rstrip("/").split("/")
    if len(parts) < 2 or ref.startswith(("#", "urn:")):
        return None
    return parts[-2], parts[-1]


def human_name(names: Any) -> str:
    """A HumanName list as one line: the official name's text, else given names and family."""
    if not isinstance(names, list) or not names:
        return ""
    chosen = next((n for n in names if isinstance(n, dict) and n.get("use") == "official"), names[0])
    if not isinstance(chosen, dict):
        return ""
    if isinstance(chosen.get("text"), str) and chosen["text"].strip():
        return chosen["text"].strip()
    parts = [g for g in chosen.get("given") or [] if isinstance(g, str)]
    if isinstance(chosen.get("family"), str):
        parts.append(chosen["family"])
    return " ".join(p.strip() for p in parts if p.strip())


def identifier_value(resource_or_ref: Any, systems: tuple[str, ...]) -> str:
    """The value of the first identifier in one of ``systems`` (on a resource or a reference)."""
    if not isinstance(resource_or_ref, dict):
        return ""
    raw = resource_or_ref.get("identifier")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    for item in items:
        if isinstance(item, dict) and item.get("system") in systems and isinstance(item.get("value"), str):
            return item["value"].strip()
    return ""


@dataclass(frozen=True)
class Person:
    """Someone a resource names: their name as written, and a WorkerRef when an HPR number is known."""

    name: str
    worker: WorkerRef | None


def person(reference: Any, included: Mapping[ResourceKey, Json]) -> Person:
    """Who a reference names: from the reference itself, or the Practitioner it points to (if fetched)."""
    if not isinstance(reference, dict):
        return Person("", None)
    name = reference.get("display") if isinstance(reference.get("display"), str) else ""
    hpr = identifier_value(reference, (OID_HPR,))
    target = included.get(literal(reference) or ("", ""))
    if target is not None:
        name = name or human_name(target.get("name"))
        hpr = hpr or identifier_value(target, (OID_HPR,))
    worker = None
    if hpr:
        try:
            worker = WorkerRef(name.strip() or f"HPR {hpr}", parse_hpr(hpr))
        except DomainError:
            worker = None
    return Person(name.strip(), worker)


def extension(resource: Any, url: str) -> Json | None:
    """The first extension with ``url`` on a resource or element."""
    if not isinstance(resource, dict):
        return None
    return next((e for e in resource.get("extension") or [] if isinstance(e, dict) and e.get("url") == url), None)


def our_record(resource: Json) -> tuple[str, str] | None:
    """(record id, device) when the resource was written by Ambulant (its record-version extension)."""
    ext = extension(resource, codes.EXT_RECORD_VERSION)
    if ext is None:
        return None
    device = next((p.get("valueString", "") for p in ext.get("extension") or [] if p.get("url") == "device"), "")
    identifier = identifier_value(resource, (codes.URI_SYSTEM,))
    if not identifier:
        inner = extension(resource, codes.EXT_RECORD_IDENTIFIER)
        identifier = (inner or {}).get("valueIdentifier", {}).get("value", "") if inner else ""
    record_id = identifier.removeprefix("urn:uuid:") if identifier else str(resource.get("id", ""))
    return record_id, str(device)


def marked_in_error(resource: Json) -> bool:
    """The resource says it was entered in error (its status, or the record-status tag)."""
    meta = resource.get("meta") if isinstance(resource.get("meta"), dict) else {}
    tags = meta.get("tag") or []
    if any(isinstance(t, dict) and t.get("code") == "entered-in-error" for t in tags):
        return True
    for element in ("status", "lifecycleStatus"):
        if resource.get(element) == "entered-in-error":
            return True
    return status_code(resource.get("verificationStatus")) == "entered-in-error"


def last_updated(resource: Json) -> str | None:
    meta = resource.get("meta")
    value = meta.get("lastUpdated") if isinstance(meta, dict) else None
    return value if isinstance(value, str) else None


def version_id(resource: Json) -> str | None:
    meta = resource.get("meta")
    value = meta.get("versionId") if isinstance(meta, dict) else None
    return str(value) if value is not None else None


def text_of(value: Any, limit: int = 4000) -> str:
    """A string element, trimmed (non-strings give '')."""
    return value.strip()[:limit] if isinstance(value, str) else ""


def annotations(notes: Any) -> str:
    """Annotation texts, one per line."""
    return "\n".join(n["text"].strip() for n in notes or []
                     if isinstance(n, dict) and isinstance(n.get("text"), str) and n["text"].strip())
