"""Local FHIR R4 stand-in server for development and tests (a test double, not a product).

Standard library only. Typical use in a test::

    from tests.fhir_standin import StandinConfig, StandinServer

    with StandinServer(StandinConfig(max_bundle_entries=20)) as server:
        client = httpx.Client(base_url=server.base_url)
        server.inject(("status", 503, 1))      # next write answers 503 + Retry-After: 1
        ...
        assert server.resource_count("Patient") == 3

By hand: ``python -m tests.fhir_standin --port 8080`` (see ``--help``).
See README.md in this directory for the behaviour choices.
"""

from .config import R4_RESOURCE_TYPES, StandinConfig
from .faults import Fault, FaultKind, FaultSpecError, parse_fault
from .server import RequestRecord, StandinServer

__all__ = [
    "R4_RESOURCE_TYPES",
    "Fault",
    "FaultKind",
    "FaultSpecError",
    "RequestRecord",
    "StandinConfig",
    "StandinServer",
    "parse_fault",
]
