"""The controlled-drug ledger (A- og B-preparatregnskap) → FHIR R4.

FHIR R4 has no inventory or stock-ledger resource, so each line becomes the
resource closest to what it *is*, and the ledger is rebuilt from them the way
the app builds it (receipts + counts − doses − waste):

=====================  ==================  ==========================================================
line                   resource            how
=====================  ==================  ==========================================================
receipt                SupplyDelivery      ``completed``; ``type`` medication; ``suppliedItem`` = the
                                           drug (ATC + label) and the quantity; ``supplier`` names who
                                           it came from (display only: a pharmacy or a relative is no
                                           resource of ours); ``receiver`` = who signed; the kind of
                                           source in :data:`EXT_RECEIPT_SOURCE`, a note in
                                           :data:`EXT_LEDGER_NOTE`
withdrawal             MedicationAdministration  *nothing new*: a signed dose of an A/B order is the
                                           withdrawal and is already sent as its administration (with
                                           both signers as performer/verifier)
count                  Observation         code ``ledger-count``; ``valueQuantity`` = counted;
                                           components ``ledger-expected`` (the balance shown) and
                                           ``ledger-difference``; both signers as ``performer``
waste                  Observation         code ``ledger-waste``; ``valueQuantity`` = amount destroyed;
                                           component ``ledger-reason``; both signers
dose not given         Observation         code ``ledger-not-given``; ``valueQuantity``; component
                                           ``ledger-disposition`` (returned | wasted) and the reason;
                                           ``partOf`` the not-given MedicationAdministration if linked
deviation              DetectedIssue       code ``count-mismatch`` (with a count) or
                                           ``ledger-deviation``; ``detail`` = what; ``implicated`` = the
                                           count's Observation; ``mitigation`` = reported to (code
                                           ``reported``) and the follow-up (code ``follow-up``); found by
                                           in :data:`EXT_FOUND_BY`
=====================  ==================  ==========================================================

Every resource also carries the drug (ATC coding when known, "name strength
form" as text) in :data:`EXT_LEDGER_DRUG`, so a server-side query can group
lines per ledger; quantities carry the dosage-form unit as text (no UCUM code
exists for "tablett"). Codes are in :data:`LEDGER_CODES` under the app's local
base (:data:`~desktop.sync.fhir_codes.LOCAL_BASE`). Status follows the other
mappings: ``final``/``amended``/``entered-in-error`` for Observation and
DetectedIssue, ``completed``/``entered-in-error`` for SupplyDelivery.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain.ledger import (LedgerCount, LedgerDeviation, LedgerDrug, LedgerNotGiven, LedgerReceipt, LedgerWaste,
                             NotGivenDisposition, ReceiptSource)
from ..domain.records import RecordMeta, WorkerRef
from . import fhir_codes as codes
from .fhir_common import (Json, annotation, base_resource, coding, compact, concept, date_time, number,
                          observation_status, patient_ref, practitioner_ref, reference)

# Line, component and mitigation codes of the ledger.
LEDGER_CODES = f"{codes.LOCAL_BASE}/CodeSystem/controlled-drug-ledger"
RECEIPT_SOURCE_CODES = f"{codes.LOCAL_BASE}/CodeSystem/ledger-receipt-source"
DISPOSITION_CODES = f"{codes.LOCAL_BASE}/CodeSystem/ledger-not-given-disposition"
SUPPLY_ITEM_TYPE = "http://terminology.hl7.org/CodeSystem/supply-item-type"
EXT_LEDGER_DRUG = f"{codes.LOCAL_BASE}/StructureDefinition/ledger-drug"
EXT_RECEIPT_SOURCE = f"{codes.LOCAL_BASE}/StructureDefinition/ledger-receipt-source"
EXT_FOUND_BY = f"{codes.LOCAL_BASE}/StructureDefinition/ledger-deviation-found-by"
EXT_LEDGER_NOTE = f"{codes.LOCAL_BASE}/StructureDefinition/ledger-note"   # SupplyDelivery has no note element

_SOURCE_DISPLAY = {ReceiptSource.PHARMACY: "Apotek", ReceiptSource.MULTIDOSE: "Multidoseleverandør",
                   ReceiptSource.RELATIVE: "Pårørende", ReceiptSource.OTHER: "Annet"}
_DISPOSITION_DISPLAY = {NotGivenDisposition.RETURNED: "Lagt tilbake i beholdningen",
                        NotGivenDisposition.WASTED: "Kassert"}


def drug_concept(drug: LedgerDrug) -> Json:
    """The ledger's drug: ATC when known, "name strength form" as text."""
    return {"coding": [coding(codes.ATC, drug.atc)] if drug.atc else None, "text": drug.label}


def _quantity(value: Any, unit: str) -> Json:
    return {"value": number(value), "unit": unit}


def _local(code: str, display: str) -> Json:
    return concept(LEDGER_CODES, code, display, display)


def _signers(author: WorkerRef, second: WorkerRef | None) -> list[Json]:
    return [practitioner_ref(author)] + ([practitioner_ref(second)] if second is not None else [])


def _with_drug(resource_type: str, meta: RecordMeta, drug: LedgerDrug) -> Json:
    resource = base_resource(resource_type, meta)
    resource["extension"].append({"url": EXT_LEDGER_DRUG, "valueCodeableConcept": drug_concept(drug)})
    return resource


def _observation(meta: RecordMeta, client_id: str, drug: LedgerDrug, code: str, display: str,
                 second: WorkerRef | None, note: str) -> Json:
    resource = _with_drug("Observation", meta, drug)
    resource.update({
        "status": observation_status(meta),
        "code": _local(code, display),
        "subject": patient_ref(client_id),
        "effectiveDateTime": date_time(meta.occurred_at),
        "issued": date_time(meta.recorded_at),
        "performer": _signers(meta.author, second),
        "note": [annotation(note)] if note else None,
    })
    return resource


def supply_delivery(receipt: LedgerReceipt) -> Json:
    """A receipt of stock as a completed SupplyDelivery to the patient."""
    meta = receipt.meta
    resource = _with_drug("SupplyDelivery", meta, receipt.drug)
    resource["extension"].append({"url": EXT_RECEIPT_SOURCE, "valueCoding": coding(
        RECEIPT_SOURCE_CODES, receipt.source.value, _SOURCE_DISPLAY[receipt.source])})
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "completed",
        "patient": patient_ref(receipt.client_id),
        "type": concept(SUPPLY_ITEM_TYPE, "medication", "Medication"),
        "suppliedItem": {"quantity": _quantity(receipt.amount, receipt.unit),
                         "itemCodeableConcept": drug_concept(receipt.drug)},
        "occurrenceDateTime": date_time(meta.occurred_at),
        "supplier": {"display": receipt.supplier},
        "receiver": _signers(meta.author, receipt.second_signer),
    })
    if receipt.note:
        resource["extension"].append({"url": EXT_LEDGER_NOTE, "valueString": receipt.note})
    return compact(resource)


def count_observation(count: LedgerCount) -> Json:
    """A count by two people: what was counted, the balance it was compared with, the difference."""
    resource = _observation(count.meta, count.client_id, count.drug, "ledger-count", "Telling av A/B-preparat",
                            count.second_signer, count.note)
    resource["valueQuantity"] = _quantity(count.counted, count.unit)
    if count.expected is not None:
        resource["component"] = [
            {"code": _local("ledger-expected", "Beholdning i regnskapet"),
             "valueQuantity": _quantity(count.expected, count.unit)},
            {"code": _local("ledger-difference", "Differanse (telt − regnskap)"),
             "valueQuantity": _quantity(count.counted - count.expected, count.unit)}]
    return compact(resource)


def waste_observation(waste: LedgerWaste) -> Json:
    """Stock destroyed, with the reason; signed by two."""
    resource = _observation(waste.meta, waste.client_id, waste.drug, "ledger-waste", "Kassasjon av A/B-preparat",
                            waste.second_signer, waste.note)
    resource["valueQuantity"] = _quantity(waste.amount, waste.unit)
    resource["component"] = [{"code": _local("ledger-reason", "Årsak"), "valueString": waste.reason}]
    return compact(resource)


def not_given_observation(line: LedgerNotGiven) -> Json:
    """A prepared dose not given: back to stock or wasted, part of the not-given administration if linked."""
    resource = _observation(line.meta, line.client_id, line.drug, "ledger-not-given", "Tilberedt dose ikke gitt",
                            line.second_signer, line.note)
    resource["valueQuantity"] = _quantity(line.amount, line.unit)
    resource["component"] = [
        {"code": _local("ledger-disposition", "Hva ble gjort med dosen"),
         "valueCodeableConcept": concept(DISPOSITION_CODES, line.disposition.value,
                                         _DISPOSITION_DISPLAY[line.disposition])},
        {"code": _local("ledger-reason", "Årsak"), "valueString": line.reason}]
    if line.administration_id:
        resource["partOf"] = [reference("MedicationAdministration", line.administration_id)]
    return compact(resource)


def detected_issue(deviation: LedgerDeviation) -> Json:
    """A deviation: what was found, implicating the count; reported to and follow-up as mitigations."""
    meta = deviation.meta
    resource = _with_drug("DetectedIssue", meta, deviation.drug)
    resource["extension"].append({"url": EXT_FOUND_BY, "valueString": deviation.found_by})
    code = (_local("count-mismatch", "Telling stemmer ikke med regnskapet") if deviation.count_id
            else _local("ledger-deviation", "Avvik i narkotikaregnskapet"))
    mitigation = [{"action": {"coding": [coding(LEDGER_CODES, "reported", "Meldt til")],
                              "text": f"Meldt til: {deviation.reported_to}"},
                   "date": date_time(meta.occurred_at), "author": practitioner_ref(meta.author)}]
    if deviation.follow_up:
        mitigation.append({"action": {"coding": [coding(LEDGER_CODES, "follow-up", "Oppfølging")],
                                      "text": f"Oppfølging: {deviation.follow_up}"},
                           "date": date_time(meta.recorded_at), "author": practitioner_ref(meta.author)})
    resource.update({
        "status": observation_status(meta),
        "code": code,
        "patient": patient_ref(deviation.client_id),
        "identifiedDateTime": date_time(meta.occurred_at),
        "author": practitioner_ref(meta.author),
        "implicated": [reference("Observation", deviation.count_id)] if deviation.count_id else None,
        "detail": deviation.what,
        "mitigation": mitigation,
    })
    return compact(resource)


# What fhir_mapping registers: record kind → mapper, and the main resource type of each kind.
LEDGER_MAPPERS: dict[str, Callable[[Any], Json]] = {
    "ledger_receipt": supply_delivery,
    "ledger_count": count_observation,
    "ledger_waste": waste_observation,
    "ledger_not_given": not_given_observation,
    "ledger_deviation": detected_issue,
}
LEDGER_RESOURCE_TYPES = {"ledger_receipt": "SupplyDelivery", "ledger_deviation": "DetectedIssue"}
