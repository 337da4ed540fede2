"""The client's consent to the individual plan and to sharing information → Consent (FHIR R4).

Choices:

* ``scope`` is HL7's consent scope: *treatment* for the consent to the plan,
  *patient-privacy* for sharing information; ``category`` LOINC 59284-0
  (Patient Consent).
* ``status``: active, *rejected* when the client said no, *inactive* once
  withdrawn, entered-in-error. ``policyRule`` is OPTIN or OPTOUT (R4 asks for a
  policy or a policyRule).
* The top ``provision`` permits (or denies) for the consent's period, with the
  scope in words as its ``code``; each recipient is a nested provision whose
  ``actor`` (role *information recipient*) may see what its ``code`` says.
* The individual plan it concerns is an extension (Consent has no element
  pointing to a CarePlan).
"""

from __future__ import annotations

from ..domain.consent import Consent, ConsentKind
from . import fhir_codes as codes
from .fhir_common import Json, base_resource, compact, concept, date, display_ref, patient_ref, reference, text_concept

CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
EXT_CONSENT_PLAN = f"{codes.LOCAL_BASE}/StructureDefinition/consent-individual-plan"
EXT_CONSENT_ORAL = f"{codes.LOCAL_BASE}/StructureDefinition/consent-given-orally"


def _status(c: Consent) -> str:
    if c.meta.entered_in_error:
        return "entered-in-error"
    if not c.given:
        return "rejected"
    return "inactive" if c.withdrawn_on is not None else "active"


def consent(c: Consent) -> Json:
    """A consent (or refusal) with its scope, date, period and who may see what."""
    resource = base_resource("Consent", c.meta)
    if c.plan_id:
        resource["extension"].append({"url": EXT_CONSENT_PLAN, "valueReference": reference("CarePlan", c.plan_id)})
    resource["extension"].append({"url": EXT_CONSENT_ORAL, "valueBoolean": c.oral})
    end = c.withdrawn_on or c.valid_until
    sharing = c.kind is ConsentKind.SHARING
    resource.update({
        "status": _status(c),
        "scope": concept(CONSENT_SCOPE, "patient-privacy" if sharing else "treatment",
                         "Privacy Consent" if sharing else "Treatment"),
        "category": [concept(codes.LOINC, "59284-0", "Patient Consent",
                             "Samtykke til informasjonsdeling" if sharing else "Samtykke til individuell plan")],
        "patient": patient_ref(c.client_id),
        "dateTime": date(c.date),
        "performer": [patient_ref(c.client_id)],
        "policyRule": concept(ACT_CODE, "OPTIN" if c.given else "OPTOUT", "opt-in" if c.given else "opt-out"),
        "provision": {
            "type": "permit" if c.given else "deny",
            "period": {"start": date(c.date), "end": date(end) if end else None},
            "code": [text_concept(c.scope)],
            "provision": [{
                "type": "permit" if c.given else "deny",
                "actor": [{"role": concept(PARTICIPATION_TYPE, "IRCP", "information recipient"),
                           "reference": display_ref(r.who)}],
                "code": [text_concept(r.may_see)],
            } for r in c.recipients],
        },
    })
    return compact(resource)
