"""Configuration ("server personality") of the FHIR stand-in.

A `StandinConfig` is read afresh on every request, so tests may change fields
on a running server (``server.config.batch_only = True``) or swap the whole
object (``server.config = StandinConfig(...)``). Only `base_path` is fixed once
the server has started, because it is part of `StandinServer.base_url`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Every resource type of FHIR R4 (4.0.1). Unknown types answer 404, like a real
# R4 server would, so a typo or an R5-only name in the client shows up in tests.
R4_RESOURCE_TYPES: tuple[str, ...] = (
    "Account", "ActivityDefinition", "AdverseEvent", "AllergyIntolerance", "Appointment",
    "AppointmentResponse", "AuditEvent", "Basic", "Binary", "BiologicallyDerivedProduct",
    "BodyStructure", "Bundle", "CapabilityStatement", "CarePlan", "CareTeam", "CatalogEntry",
    "ChargeItem", "ChargeItemDefinition", "Claim", "ClaimResponse", "ClinicalImpression",
    "CodeSystem", "Communication", "CommunicationRequest", "CompartmentDefinition", "Composition",
    "ConceptMap", "Condition", "Consent", "Contract", "Coverage", "CoverageEligibilityRequest",
    "CoverageEligibilityResponse", "DetectedIssue", "Device", "DeviceDefinition", "DeviceMetric",
    "DeviceRequest", "DeviceUseStatement", "DiagnosticReport", "DocumentManifest",
    "DocumentReference", "EffectEvidenceSynthesis", "Encounter", "Endpoint", "EnrollmentRequest",
    "EnrollmentResponse", "EpisodeOfCare", "EventDefinition", "Evidence", "EvidenceVariable",
    "ExampleScenario", "ExplanationOfBenefit", "FamilyMemberHistory", "Flag", "Goal",
    "GraphDefinition", "Group", "GuidanceResponse", "HealthcareService", "ImagingStudy",
    "Immunization", "ImmunizationEvaluation", "ImmunizationRecommendation", "ImplementationGuide",
    "InsurancePlan", "Invoice", "Library", "Linkage", "List", "Location", "Measure",
    "MeasureReport", "Media", "Medication", "MedicationAdministration", "MedicationDispense",
    "MedicationKnowledge", "MedicationRequest", "MedicationStatement", "MedicinalProduct",
    "MedicinalProductAuthorization", "MedicinalProductContraindication",
    "MedicinalProductIndication", "MedicinalProductIngredient", "MedicinalProductInteraction",
    "MedicinalProductManufactured", "MedicinalProductPackaged", "MedicinalProductPharmaceutical",
    "MedicinalProductUndesirableEffect", "MessageDefinition", "MessageHeader",
    "MolecularSequence", "NamingSystem", "NutritionOrder", "Observation", "ObservationDefinition",
    "OperationDefinition", "OperationOutcome", "Organization", "OrganizationAffiliation",
    "Parameters", "Patient", "PaymentNotice", "PaymentReconciliation", "Person", "PlanDefinition",
    "Practitioner", "PractitionerRole", "Procedure", "Provenance", "Questionnaire",
    "QuestionnaireResponse", "RelatedPerson", "RequestGroup", "ResearchDefinition",
    "ResearchElementDefinition", "ResearchStudy", "ResearchSubject", "RiskAssessment",
    "RiskEvidenceSynthesis", "Schedule", "SearchParameter", "ServiceRequest", "Slot", "Specimen",
    "SpecimenDefinition", "StructureDefinition", "StructureMap", "Subscription", "Substance",
    "SubstanceNucleicAcid", "SubstancePolymer", "SubstanceProtein",
    "SubstanceReferenceInformation", "SubstanceSourceMaterial", "SubstanceSpecification",
    "SupplyDelivery", "SupplyRequest", "Task", "TerminologyCapabilities", "TestReport",
    "TestScript", "ValueSet", "VerificationResult", "VisionPrescription",
)

# Receives the resource about to be stored; returns diagnostics text (or True)
# to reject it with `reject_status`, or None/False to accept it.
RejectPredicate = Callable[[dict[str, Any]], "str | bool | None"]


@dataclass
class StandinConfig:
    """Behaviour knobs of a `StandinServer`; see the module docstring for mutability.

    Attributes:
        resource_types: types the server supports; others answer 404 not-supported.
        base_path: URL path of the FHIR base (fixed once the server started).
        max_bundle_entries: cap on Bundle.entry length for POST [base]; None = no cap.
        bundle_cap_status: status when the cap is exceeded, 413 (default) or 400.
        max_body_bytes: cap on the request body as sent on the wire (before gunzip);
            bigger bodies are read and discarded, then answered 413.
        batch_only: refuse transactions (400 not-supported); metadata lists only batch.
        transaction_only: refuse batches; metadata lists only transaction.
        create_status: None = spec behaviour (201 on create, 200 on update);
            200 = always 200 (also on create); 201 = always 201 (also on update).
        noop_update_bumps_version: an update whose content equals the current
            version creates no new version by default (HAPI-like); True = always bump.
        latency_s: sleep this long before handling each request.
        fail_next: scripted faults, one consumed per write request (POST/PUT/DELETE);
            see `faults.py` for the tuple formats.
        reject_identifier_values: reject (422) any resource with an identifier whose
            value, or "system|value", is in this set.
        reject_predicate: optional extra reject rule, see `RejectPredicate`.
        reject_status: status used by the two reject rules (422 by default).
        strict_json: reject FHIR JSON with null, "", {} or [] values (FHIR forbids them).
        default_page_size / max_page_size: search paging (`_count`).
        log_requests: print one line per request to stderr.
        elements: False refuses a search with ``_elements`` (400 not-supported).
        next_links: searchsets that have more pages carry a ``next`` link (the medplum
            profile has none: the client pages by ``total`` and ``_offset``).
        profile: "spec" (the default: this stand-in's reading of R4) or "medplum": the
            answers Medplum's FHIR server gives where it differs (see `StandinConfig.medplum`).
    """

    resource_types: tuple[str, ...] = R4_RESOURCE_TYPES
    base_path: str = "/fhir"
    max_bundle_entries: int | None = None
    bundle_cap_status: int = 413
    max_body_bytes: int | None = None
    batch_only: bool = False
    transaction_only: bool = False
    create_status: int | None = None
    noop_update_bumps_version: bool = False
    latency_s: float = 0.0
    fail_next: list[Any] = field(default_factory=list)
    reject_identifier_values: set[str] = field(default_factory=set)
    reject_predicate: RejectPredicate | None = None
    reject_status: int = 422
    strict_json: bool = True
    default_page_size: int = 50
    max_page_size: int = 1000
    log_requests: bool = False
    next_links: bool = True
    elements: bool = True           # False: a search with _elements is refused (400), as some servers do
    profile: str = "spec"

    @classmethod
    def medplum(cls, **changes: Any) -> StandinConfig:
        """The "medplum" server profile: what the independent (Medplum) server was seen to do.

        * ``Prefer: return=minimal`` (that exact string) empties every answer, Bundles included;
        * batch/transaction entries answer ``status`` "200"/"201" (no reason phrase),
          ``location`` "Type/id" (no ``_history``), no etag/lastModified, and always carry
          the stored resource and an OperationOutcome;
        * a PUT answers 200 even when it created the resource (POST: 201);
        * every update makes a new version, identical content too;
        * If-Match on a resource that does not exist: 404 (not 412);
        * a body over 1 MB: 400 "File too large" (not 413);
        * no Accept-Encoding header (gzip bodies are still accepted);
        * a Location header only on 201, without ``_history``;
        * searchsets without ``next`` links (``_count`` only cuts: page with ``_offset``) and without meta.
        """
        values: dict[str, Any] = {"profile": "medplum", "noop_update_bumps_version": True,
                                  "max_body_bytes": 1024 * 1024, "next_links": False}
        values.update(changes)
        return cls(**values)

    @property
    def medplum_like(self) -> bool:
        return self.profile == "medplum"

    def __post_init__(self) -> None:
        # Fail at construction rather than with a confusing 500 mid-test.
        if self.create_status not in (None, 200, 201):
            raise ValueError("create_status must be None, 200 or 201")
        if self.bundle_cap_status not in (400, 413):
            raise ValueError("bundle_cap_status must be 400 or 413")
        if self.profile not in ("spec", "medplum"):
            raise ValueError("profile must be 'spec' or 'medplum'")
        if self.batch_only and self.transaction_only:
            raise ValueError("batch_only and transaction_only exclude each other")
        if not self.base_path.startswith("/") or self.base_path.endswith("/"):
            raise ValueError("base_path must start with '/' and not end with '/'")
