"""EHR-shaped Patient and AllergyIntolerance → the local client and its CAVE entries.

A Patient must carry a fødselsnummer or D-nummer with valid check digits (the identity the
app and the municipal record share); without one it cannot become a client here. A CAVE entry
is shown while the record has it active (clinical status active, recurrence or relapse; not
refuted or entered in error), by its code's text or display, with the reactions, severity (or
criticality), where the information came from and who recorded it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.clients import Allergy, Client, Relative
from ..domain.errors import DomainError
from ..domain.identifiers import OID_DNR, OID_FNR, parse_national_id
from ..domain.records import RecordMeta
from .fhir_read import (InboundError, Json, ResourceKey, codes_of, concept_text, day, human_name, identifier_value,
                        marked_in_error, person, status_code, text_of)

_SEVERITY_NB = {"mild": "lett", "moderate": "moderat", "severe": "alvorlig"}
_CRITICALITY_NB = {"high": "høy kritikalitet", "low": "lav kritikalitet", "unable-to-assess": "kan ikke vurderes"}


def client_from_patient(resource: Json, meta: RecordMeta, existing: Client | None) -> Client:
    """The Patient as a local client; CAVE entries already on the client are kept (merged separately)."""
    national_id = identifier_value(resource, (OID_FNR, OID_DNR))
    if not national_id:
        raise InboundError("Pasienten har ikke fødselsnummer eller D-nummer i journalen.",
                           "The Patient has no national identity number.")
    try:
        parse_national_id(national_id)
    except DomainError as exc:
        raise InboundError(f"Pasientens fødselsnummer kan ikke brukes: {exc.message_nb}",
                           f"The Patient's national identity number is unusable: {exc.message_en}") from None
    name = human_name(resource.get("name")) or "(uten navn)"
    phone = next((t.get("value", "") for t in resource.get("telecom") or []
                  if isinstance(t, dict) and t.get("system") == "phone"), "")
    managing = resource.get("managingOrganization")
    return Client(meta, name, national_id, _address(resource.get("address")), str(phone),
                  existing.allergies if existing is not None else (),
                  tuple(r for r in (_relative(c) for c in resource.get("contact") or []) if r is not None),
                  text_of(managing.get("display")) if isinstance(managing, dict) else "")


def _address(addresses: Any) -> str:
    if not isinstance(addresses, list) or not addresses:
        return ""
    home = next((a for a in addresses if isinstance(a, dict) and a.get("use") == "home"), addresses[0])
    if not isinstance(home, dict):
        return ""
    if text_of(home.get("text")):
        return text_of(home.get("text"))
    place = " ".join(p for p in (text_of(home.get("postalCode")), text_of(home.get("city"))) if p)
    return ", ".join(p for p in [*(text_of(x) for x in home.get("line") or []), place] if p)


def _relative(contact: Any) -> Relative | None:
    if not isinstance(contact, dict):
        return None
    name_value = contact.get("name")
    name = human_name([name_value]) if isinstance(name_value, dict) else ""
    if not name:
        return None
    relationships = contact.get("relationship") or []
    next_of_kin = any(code in ("N", "C") for _, code in codes_of(relationships))
    relation = next((concept_text(r) for r in relationships
                     if concept_text(r) and concept_text(r) not in ("N", "C", "Next-of-Kin")), "")
    phone = next((t.get("value", "") for t in contact.get("telecom") or []
                  if isinstance(t, dict) and t.get("system") == "phone"), "")
    return Relative(name, relation or "pårørende", str(phone), next_of_kin)


def allergy_from(resource: Json, included: Mapping[ResourceKey, Json]) -> Allergy | None:
    """One CAVE entry as the record has it; None when it is not (or no longer) an active CAVE."""
    if marked_in_error(resource):
        return None
    clinical = status_code(resource.get("clinicalStatus"))
    verification = status_code(resource.get("verificationStatus"))
    if clinical in ("inactive", "resolved") or verification in ("refuted", "entered-in-error"):
        return None
    substance = concept_text(resource.get("code")) or "Ukjent stoff (se journalen)"
    reactions, severities = [], []
    for reaction in resource.get("reaction") or []:
        if not isinstance(reaction, dict):
            continue
        reactions.extend(concept_text(m) for m in reaction.get("manifestation") or [] if concept_text(m))
        if text_of(reaction.get("description")):
            reactions.append(text_of(reaction.get("description")))
        if reaction.get("severity") in _SEVERITY_NB:
            severities.append(_SEVERITY_NB[reaction["severity"]])
    criticality = str(resource.get("criticality") or "")
    severity = ", ".join(dict.fromkeys(severities)) or _CRITICALITY_NB.get(criticality, "")
    recorder = person(resource.get("recorder"), included)
    asserter = person(resource.get("asserter"), included)
    recorded_by = recorder.name + (f" (HPR {recorder.worker.hpr})" if recorder.worker else "")
    return Allergy(substance, "; ".join(dict.fromkeys(reactions)), severity,
                   source=asserter.name or "kommunens journal", recorded_by=recorded_by.strip(),
                   recorded_on=day(resource.get("recordedDate")), origin=str(resource.get("id")),
                   criticality=criticality, verification=verification)
