"""The CapabilityStatement served at ``GET [base]/metadata``."""

from __future__ import annotations

from typing import Any

from .config import StandinConfig
from .search import SEARCH_PARAMS

_TYPE_INTERACTIONS = ("read", "vread", "update", "delete", "create", "search-type")
_PARAM_TYPES = {"_id": "token", "identifier": "token", "status": "token", "subject": "reference",
                "patient": "reference", "participant": "reference", "_lastUpdated": "date",
                "effective-time": "date", "date": "date"}


def system_interactions(config: StandinConfig) -> list[str]:
    """``batch`` and/or ``transaction``, as the personality allows."""
    codes = []
    if not config.transaction_only:
        codes.append("batch")
    if not config.batch_only:
        codes.append("transaction")
    return codes


def capability_statement(config: StandinConfig, base_url: str, date: str) -> dict[str, Any]:
    """Describe what this stand-in (with this config) supports, as FHIR R4 JSON."""
    search_params = [{"name": n, "type": _PARAM_TYPES[n]} for n in SEARCH_PARAMS]
    resource = [
        {
            "type": t,
            "interaction": [{"code": c} for c in _TYPE_INTERACTIONS],
            "versioning": "versioned-update",
            "readHistory": True,
            "updateCreate": True,
            "conditionalCreate": True,
            "conditionalUpdate": True,
            "conditionalDelete": "not-supported",
            "searchParam": search_params,
        }
        for t in config.resource_types
    ]
    return {
        "resourceType": "CapabilityStatement",
        "id": "ambulant-fhir-standin",
        "status": "active",
        "date": date,
        "publisher": "Ambulant test suite",
        "kind": "instance",
        "software": {"name": "Ambulant FHIR stand-in", "version": "1.0"},
        "implementation": {"description": "Local FHIR R4 test double (not a product)", "url": base_url},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json", "json"],
        "rest": [
            {
                "mode": "server",
                "resource": resource,
                "interaction": [{"code": c} for c in system_interactions(config)],
            }
        ],
    }
