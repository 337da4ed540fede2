"""Order → MedicationRequest, administration → MedicationAdministration,
effect evaluation → Observation (partOf the administration)."""

from __future__ import annotations

from ..domain.medication_rules import LOCAL_TZ
from ..domain.medication import (Administration, AdministrationStatus, Dose, EffectEvaluation,
                                 MedicationOrder)
from . import fhir_codes as codes
from .fhir_common import (Json, MappingContext, MappingError, annotation, base_resource, coding, compact,
                          concept, date, date_time, display_ref, number, observation_status, patient_ref,
                          practitioner_ref, reference, text_concept)

_OUTCOME_DISPLAY = {AdministrationStatus.GIVEN: "Gitt", AdministrationStatus.NOT_GIVEN: "Ikke gitt",
                    AdministrationStatus.REFUSED: "Avslått av bruker",
                    AdministrationStatus.SELF_ADMINISTERED: "Tatt selv"}


def _quantity(dose: Dose) -> Json:
    # The dose unit is a dosage form unit ("tablett"), not UCUM: unit text only.
    return {"value": number(dose.amount), "unit": dose.unit}


def medication_concept(order: MedicationOrder) -> Json:
    """The drug as a CodeableConcept: ATC when known, the label as text."""
    return {"coding": [coding(codes.ATC, order.atc.strip().upper())] if order.atc.strip() else None,
            "text": order.label}


def _dosage(order: MedicationOrder) -> Json:
    end = date_time(order.stopped_at) if order.stopped_at is not None else date(order.stop) if order.stop else None
    bounds = {"start": date(order.start), "end": end}
    repeat: Json = {"boundsPeriod": bounds}
    times = ", ".join(t.strftime("%H:%M") for t in order.times)
    if order.times:
        repeat.update({"frequency": len(order.times), "period": 1, "periodUnit": "d",
                       "timeOfDay": [t.strftime("%H:%M:%S") for t in order.times]})
    dosage: Json = {
        "timing": {"repeat": repeat},
        "route": {"coding": None, "text": order.route},
        "doseAndRate": [{"doseQuantity": _quantity(order.dose)}],
    }
    if order.as_needed:
        text = f"{order.dose} ved behov: {order.indication}, maks {order.max_per_24h} per døgn"
        dosage["asNeededCodeableConcept"] = text_concept(order.indication)
        if order.max_per_24h:
            dosage["maxDosePerPeriod"] = {
                "numerator": {"value": number(order.dose.amount * order.max_per_24h), "unit": order.dose.unit},
                "denominator": {"value": 1, "unit": "døgn", "system": codes.UCUM, "code": "d"}}
        if order.min_interval_hours:
            dosage["additionalInstruction"] = [text_concept(
                f"Minst {format(order.min_interval_hours.normalize(), 'f')} timer mellom dosene")]
    else:
        text = f"{order.dose} kl. {times}"
    dosage["text"] = text
    return dosage


def medication_request(order: MedicationOrder) -> Json:
    """The order as written by the prescriber; PRN via asNeeded, the 24 h maximum via maxDosePerPeriod."""
    meta = order.meta
    resource = base_resource("MedicationRequest", meta)
    resource["extension"].extend([
        {"url": codes.EXT_CONTROLLED_CLASS, "valueCode": order.controlled.value} if order.controlled else None,
        {"url": codes.EXT_DOUBLE_CHECK, "valueBoolean": True} if order.double_check else None,
        {"url": codes.EXT_OBSERVED_INTAKE, "valueBoolean": True} if order.observed_intake else None,
        {"url": codes.EXT_MULTIDOSE, "valueBoolean": True} if order.multidose else None,
    ])
    if meta.entered_in_error:
        status = "entered-in-error"
    elif order.stopped_at is not None:
        status = "stopped"     # the prescriber's stop (seponering), entered as instructed
    else:
        status = "active"
    notes = [annotation(order.administration_notes)] if order.administration_notes else []
    if order.stopped_at is not None:
        notes.append(annotation(f"Seponert fra {order.stopped_at.astimezone(LOCAL_TZ):%d.%m.%Y %H:%M} etter instruks "
                                f"fra {order.stop_instructed_by}: {order.stop_reason}".strip(": "),
                                meta.author, order.stop_instructed_at))
    resource.update({
        "status": status,
        "statusReason": text_concept(order.stop_reason) if order.stopped_at is not None and order.stop_reason else None,
        "intent": "order",
        "medicationCodeableConcept": medication_concept(order),
        "subject": patient_ref(order.client_id),
        "authoredOn": date(order.ordered_on),
        # The prescriber is outside the app: named, not referenced.
        "requester": display_ref(order.prescriber),
        "recorder": practitioner_ref(meta.author),
        "reasonCode": [text_concept(order.indication)] if order.indication else None,
        "note": notes or None,
        "dosageInstruction": [_dosage(order)],
    })
    return compact(resource)


def medication_administration(adm: Administration, context: MappingContext) -> Json:
    """A signed dose: completed, not-done with its reason, or entered-in-error.

    The signer is the first performer; a second signer (double check) is a
    second performer with function *verifier*. A dose the client took alone
    names the client as performer and the worker as witness.
    """
    order = context.record(adm.order_id)
    if not isinstance(order, MedicationOrder):
        raise MappingError("Fant ikke ordinasjonen som dosen hører til.",
                           "The order of this administration is missing.")
    meta = adm.meta
    if meta.entered_in_error:
        status = "entered-in-error"
    elif adm.taken:
        status = "completed"
    else:
        status = "not-done"
    signer = {"function": concept(codes.MED_ADMIN_PERFORM_FUNCTION, "performer", "Performer"),
              "actor": practitioner_ref(meta.author)}
    if adm.status is AdministrationStatus.SELF_ADMINISTERED:
        performers = [{"function": concept(codes.MED_ADMIN_PERFORM_FUNCTION, "performer", "Performer"),
                       "actor": patient_ref(adm.client_id)},
                      {"function": concept(codes.MED_ADMIN_PERFORM_FUNCTION, "witness", "Witness"),
                       "actor": practitioner_ref(meta.author)}]
    else:
        performers = [signer]
    if adm.second_signer is not None:
        performers.append({"function": concept(codes.MED_ADMIN_PERFORM_FUNCTION, "verifier", "Verifier"),
                           "actor": practitioner_ref(adm.second_signer)})
    resource = base_resource("MedicationAdministration", meta)
    resource["extension"].append({"url": codes.EXT_ADMINISTRATION_OUTCOME, "valueCoding": coding(
        codes.ADMINISTRATION_OUTCOME_CODES, adm.status.value, _OUTCOME_DISPLAY[adm.status])})
    if adm.scheduled_for is not None:
        resource["extension"].append({"url": codes.EXT_SCHEDULED_TIME,
                                      "valueDateTime": date_time(adm.scheduled_for)})
    resource.update({
        "status": status,
        "statusReason": [text_concept(adm.reason)] if status == "not-done" and adm.reason else None,
        "medicationCodeableConcept": medication_concept(order),
        "subject": patient_ref(adm.client_id),
        "effectiveDateTime": date_time(meta.occurred_at),
        "performer": performers,
        "request": reference("MedicationRequest", adm.order_id),
        "reasonCode": [text_concept(adm.prn_reason)] if adm.prn_reason else None,
        "note": [annotation(adm.note)] if adm.note else None,
        "dosage": {"route": text_concept(order.route), "dose": _quantity(adm.dose)} if adm.dose else None,
    })
    return compact(resource)


def effect_observation(evaluation: EffectEvaluation) -> Json:
    """The follow-up of an as-needed dose, as an Observation that is part of the administration."""
    meta = evaluation.meta
    resource = base_resource("Observation", meta)
    resource.update({
        "status": observation_status(meta),
        "partOf": [reference("MedicationAdministration", evaluation.administration_id)],
        "code": concept(codes.OBSERVATION_CODES, "prn-effect", "Effekt av behovsmedisin"),
        "subject": patient_ref(evaluation.client_id),
        "effectiveDateTime": date_time(meta.occurred_at),
        "issued": date_time(meta.recorded_at),
        "performer": [practitioner_ref(meta.author)],
        "valueString": evaluation.effect,
        "component": [{"code": concept(codes.OBSERVATION_CODES, "prn-effect-rating",
                                       "Effekt 0 (ingen) – 3 (god)"),
                       "valueInteger": evaluation.rating}] if evaluation.rating is not None else None,
    })
    return compact(resource)

