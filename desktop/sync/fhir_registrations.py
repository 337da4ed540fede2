"""Chapter 9 registrations and behaviour registrations → Observation (FHIR R4).

Choices:

* A **chapter 9** registration's codes (the registration itself, each field
  of the form, the sendings) live in the code system the municipality set
  when it was registered (``Chapter9Registration.code_system_used``), never
  under a made-up example domain. One component per field of the
  registration's own field list, with the label it was asked with; one
  pair of components per sending: the date (``valueDateTime``) and the
  recipient by name (``valueString``).
* A **behaviour** registration for målrettet miljøarbeid: the behaviour is the
  value; count, duration, what happened before and after are components; the
  context a note.
"""

from __future__ import annotations

from ..domain.observation import (BehaviourRegistration, Chapter9Recipient, Chapter9Registration,
                                  chapter9_field_label)
from ..domain.records import RecordMeta
from . import fhir_codes as codes
from .fhir_common import (Json, annotation, base_resource, compact, concept, date, date_time, observation_status,
                          patient_ref, practitioner_ref)

_RECIPIENT = {Chapter9Recipient.STATSFORVALTER: ("statsforvalter", "Statsforvalteren"),
              Chapter9Recipient.PROFESSIONAL_LEAD: ("professional-lead", "Faglig ansvarlig")}


def _observation(meta: RecordMeta, client_id: str, code: Json, category: Json) -> Json:
    resource = base_resource("Observation", meta)
    resource.update({
        "status": observation_status(meta),
        "category": [category],
        "code": code,
        "subject": patient_ref(client_id),
        "issued": date_time(meta.recorded_at),
        "performer": [practitioner_ref(meta.author)],
    })
    return resource


def chapter9(reg: Chapter9Registration) -> Json:
    """An emergency intervention (hol. § 9-5 tredje ledd a) under the municipality's code system."""
    system = reg.code_system_used
    resource = _observation(
        reg.meta, reg.client_id,
        concept(system, "emergency-intervention", "Skadeavvergende tiltak i nødssituasjon (hol. § 9-5 tredje ledd a)",
                "Skadeavvergende tiltak i nødssituasjon"),
        concept(system, "chapter-9", "Tvang og makt, kapittel 9"))

    def component(code: str, display: str, **value: object) -> Json:
        return {"code": concept(system, code, display, display), **value}

    components = [component(key, chapter9_field_label(reg, key), valueString=answer)
                  for key, answer in reg.fields if answer.strip()]
    for recipient, (code, display) in _RECIPIENT.items():
        components.append(component(f"reported-to-{code}", f"Meldt til {display.lower()}",
                                    valueBoolean=reg.is_reported_to(recipient)))
    for sending in reg.sendings:
        code, display = _RECIPIENT[sending.recipient]
        components.append(component(f"sent-to-{code}-date", f"Sendt til {display.lower()}, dato",
                                    valueDateTime=date(sending.date)))
        name = sending.name + (f" ({sending.how})" if sending.how else "")
        components.append(component(f"sent-to-{code}-recipient", f"Sendt til {display.lower()}, mottaker",
                                    valueString=name))
    resource.update({"effectivePeriod": {"start": date_time(reg.start), "end": date_time(reg.end)},
                     "component": components})
    return compact(resource)


def behaviour(b: BehaviourRegistration) -> Json:
    """A behaviour registration: what (the value), when, how often and long, before and after, the context."""
    local = codes.OBSERVATION_CODES

    def component(code: str, display: str, **value: object) -> Json:
        return {"code": concept(local, code, display, display), **value}

    resource = _observation(b.meta, b.client_id, concept(local, "behaviour-registration", "Atferdsregistrering",
                                                         "Atferdsregistrering"),
                            concept(codes.OBSERVATION_CATEGORY, "activity"))
    components = [component("behaviour-count", "Antall", valueInteger=b.count)]
    if b.duration_minutes is not None:
        components.append(component("behaviour-duration", "Varighet", valueQuantity={
            "value": b.duration_minutes, "unit": "min", "system": codes.UCUM, "code": "min"}))
    if b.before:
        components.append(component("behaviour-before", "Hva skjedde før", valueString=b.before))
    if b.after:
        components.append(component("behaviour-after", "Hva skjedde etter", valueString=b.after))
    resource.update({"effectiveDateTime": date_time(b.meta.occurred_at), "valueString": b.behaviour,
                     "component": components, "note": [annotation(b.context)] if b.context else None})
    return compact(resource)
