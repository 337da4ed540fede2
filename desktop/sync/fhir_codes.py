"""Identifier systems, code systems and extension URLs the FHIR mapping uses.

Standard systems (LOINC, UCUM, ATC, the Norwegian OIDs, HL7 terminology) are
used wherever one exists. What no standard covers (chapter 9, § 10 a, the
plan's local codes, record-version provenance) lives under one local base URL,
:data:`LOCAL_BASE`: a municipality that publishes its own CodeSystems changes
that one constant.
"""

from __future__ import annotations

import uuid

from ..domain.identifiers import OID_FNR, OID_HPR

# The namespace for everything Ambulant defines itself. example.org is reserved
# (RFC 2606), so nothing here can clash with a real system until a municipality
# sets its own base.
LOCAL_BASE = "http://ambulant.example.org/fhir"

# -- identifiers --------------------------------------------------------------

# A record's UUID as an identifier: RFC 3986 URI system, value "urn:uuid:<id>"
# (the FHIR convention for identifiers that are globally unique URIs).
URI_SYSTEM = "urn:ietf:rfc:3986"
FNR_SYSTEM = OID_FNR
HPR_SYSTEM = OID_HPR
DEVICE_SYSTEM = f"{LOCAL_BASE}/NamingSystem/device"

# -- standard code systems -------------------------------------------------------

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ATC = "http://www.whocc.no/atc"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
OBSERVATION_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
MED_ADMIN_PERFORM_FUNCTION = "http://terminology.hl7.org/CodeSystem/med-admin-perform-function"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CONTACT_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/v2-0131"
DICOM_DCM = "http://dicom.nema.org/resources/ontology/DCM"
AUDIT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
AUDIT_OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role"
AUDIT_SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type"
# Volven 7477 (routes) and 7448 (forms): the app keeps them as text for now;
# the OIDs are here so coded values can be added where the catalogue has them.
VOLVEN_ROUTE = "urn:oid:2.16.578.1.12.4.1.1.7477"
VOLVEN_FORM = "urn:oid:2.16.578.1.12.4.1.1.7448"

# -- local code systems ------------------------------------------------------------

# Codes for what Ambulant records as Observations without a LOINC code:
# children-as-relatives, chapter9-emergency-intervention, incident,
# client-rating, substance-use, behaviour-registration, prn-effect,
# plan-evaluation, and the component codes below.
OBSERVATION_CODES = f"{LOCAL_BASE}/CodeSystem/ambulant-observation"
# The chapter 9 form's fields, coded by their configured key (CHAPTER9_FIELDS).
CHAPTER9_FIELDS_SYSTEM = f"{LOCAL_BASE}/CodeSystem/chapter9-field"
ANSWER_CODES = f"{LOCAL_BASE}/CodeSystem/yes-no-unknown"
SUBSTANCE_USE_CODES = f"{LOCAL_BASE}/CodeSystem/substance-use-status"
SEVERITY_CODES = f"{LOCAL_BASE}/CodeSystem/incident-severity"
ADMINISTRATION_OUTCOME_CODES = f"{LOCAL_BASE}/CodeSystem/administration-outcome"
CATEGORY_CODES = f"{LOCAL_BASE}/CodeSystem/ambulant-category"
JOURNAL_CATEGORY_CODES = f"{LOCAL_BASE}/CodeSystem/journal-category"
AUDIT_SUBTYPE_CODES = f"{LOCAL_BASE}/CodeSystem/audit-action"
RECORD_STATUS_TAGS = f"{LOCAL_BASE}/CodeSystem/record-status"

# -- extensions ----------------------------------------------------------------

_SD = f"{LOCAL_BASE}/StructureDefinition"
# On every resource: which version of which record this is (complex extension
# with versionId, version, replaces, recordedAt, device, status, statusReason).
EXT_RECORD_VERSION = f"{_SD}/record-version"
# For resources without an identifier element (AuditEvent): the record UUID.
EXT_RECORD_IDENTIFIER = f"{_SD}/record-identifier"
EXT_CLIENT_PARTICIPATED = f"{_SD}/goal-client-participated"
EXT_SCHEDULED_TIME = f"{_SD}/administration-scheduled-time"
EXT_ADMINISTRATION_OUTCOME = f"{_SD}/administration-outcome"
EXT_CONTROLLED_CLASS = f"{_SD}/controlled-drug-class"
EXT_DOUBLE_CHECK = f"{_SD}/double-check-required"
EXT_OBSERVED_INTAKE = f"{_SD}/observed-intake"
EXT_MULTIDOSE = f"{_SD}/multidose"
EXT_PLAN_COORDINATOR = f"{_SD}/individual-plan-coordinator"
EXT_PLAN_NEXT_REVISION = f"{_SD}/individual-plan-next-revision"
EXT_PLAN_CONSENT = f"{_SD}/individual-plan-consent"

# -- derived ids -------------------------------------------------------------------

# Resources that are not records of their own get ids derived by UUID v5, so
# every device computes the same id and a PUT stays idempotent.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, LOCAL_BASE)


def practitioner_id(hpr: str) -> str:
    """The Practitioner id of a health worker: the same on every device, from the HPR number."""
    return str(uuid.uuid5(_NAMESPACE, f"Practitioner/hpr/{hpr}"))


def allergy_id(client_id: str, substance: str) -> str:
    """The AllergyIntolerance id of one CAVE entry of a client."""
    return str(uuid.uuid5(_NAMESPACE, f"AllergyIntolerance/{client_id}/{substance.strip().casefold()}"))


def uuid_uri(value: str) -> str:
    """``urn:uuid:<value>``: a UUID as a URI (identifier values, valueUuid)."""
    return f"urn:uuid:{value}"
