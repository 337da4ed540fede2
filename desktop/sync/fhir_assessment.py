"""Kartlegging and analyse → ClinicalImpression (FHIR R4).

Choices:

* Both are **ClinicalImpression**, "a record of a clinical assessment": R4's
  resource for an assessment and the reasoning on it. The ``code`` says which
  step of the working model it is (*kartlegging* or *analyse*).
* A kartlegging lists the mapped areas as ``investigation`` (what was looked
  into) and writes what was found per area as a ``note`` ("Bolig: …"); the
  methods, a named tool and the client's participation are extensions
  (ClinicalImpression has ``protocol`` only as a URI).
* An analysis points to the kartlegginger it builds on with ``supportingInfo``;
  the worker's understanding is the ``summary``, the client's own a ``note``,
  each hypothesis a ``finding``.
* A goal points back to its analysis (see :mod:`desktop.sync.fhir_plan`).
"""

from __future__ import annotations

from ..domain.assessment import (AREA_NAMES_NB, METHOD_NAMES_NB, PARTICIPATION_NAMES_NB, Analysis, Assessment,
                                 Participation)
from ..domain.records import RecordMeta
from . import fhir_codes as codes
from .fhir_common import (Json, annotation, base_resource, compact, concept, date_time, patient_ref,
                          practitioner_ref, reference, text_concept)

WORKING_MODEL_CODES = f"{codes.LOCAL_BASE}/CodeSystem/working-model"
AREA_CODES = f"{codes.LOCAL_BASE}/CodeSystem/assessment-area"
METHOD_CODES = f"{codes.LOCAL_BASE}/CodeSystem/assessment-method"
PARTICIPATION_CODES = f"{codes.LOCAL_BASE}/CodeSystem/client-participation"
EXT_METHOD = f"{codes.LOCAL_BASE}/StructureDefinition/assessment-method"
EXT_PARTICIPATION = f"{codes.LOCAL_BASE}/StructureDefinition/client-participation"


def _participation(value: Participation, note: str = "") -> Json:
    parts: list[Json] = [{"url": "participation", "valueCodeableConcept": concept(
        PARTICIPATION_CODES, value.value, PARTICIPATION_NAMES_NB[value])}]
    if note:
        parts.append({"url": "note", "valueString": note})
    return {"url": EXT_PARTICIPATION, "extension": parts}


def _impression(meta: RecordMeta, client_id: str, code: str, display: str) -> Json:
    resource = base_resource("ClinicalImpression", meta)
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "completed",
        "code": concept(WORKING_MODEL_CODES, code, display, display),
        "subject": patient_ref(client_id),
        "effectiveDateTime": date_time(meta.occurred_at),
        "date": date_time(meta.recorded_at),
        "assessor": practitioner_ref(meta.author),
    })
    return resource


def assessment(a: Assessment) -> Json:
    """A kartlegging: the areas mapped (investigation), what was found in each (notes), how, and with whom."""
    resource = _impression(a.meta, a.client_id, "kartlegging", "Kartlegging")
    method = [{"url": "method", "valueCodeableConcept": concept(METHOD_CODES, m.value, METHOD_NAMES_NB[m])}
              for m in a.methods]
    if a.tool:
        method.append({"url": "tool", "valueString": a.tool})
    resource["extension"].extend([{"url": EXT_METHOD, "extension": method},
                                  _participation(a.participation, a.participation_note)])
    resource.update({
        "description": a.title,
        "investigation": [{"code": concept(AREA_CODES, f.area.value, AREA_NAMES_NB[f.area], AREA_NAMES_NB[f.area])}
                          for f in a.findings],
        "note": [annotation(f"{AREA_NAMES_NB[f.area]}: {f.findings}") for f in a.findings],
    })
    return compact(resource)


def analysis(a: Analysis) -> Json:
    """An analysis built on kartlegginger: the worker's understanding, the client's, the hypotheses."""
    resource = _impression(a.meta, a.client_id, "analyse", "Analyse")
    resource["extension"].append(_participation(a.participation))
    resource.update({
        "description": a.title or None,
        "summary": a.worker_understanding,
        "supportingInfo": [reference("ClinicalImpression", aid) for aid in a.assessment_ids],
        "finding": [{"itemCodeableConcept": text_concept(h), "basis": "Hypotese"} for h in a.hypotheses],
        "note": [annotation(f"Brukerens forståelse: {a.client_understanding}")] if a.client_understanding else None,
    })
    return compact(resource)
