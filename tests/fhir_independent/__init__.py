"""An independent FHIR R4 server for the sync tests: Medplum's router behind a small Node wrapper.

See README.md here. ``MedplumServer`` starts ``server.mjs`` on a free 127.0.0.1
port and answers questions about what it holds through its own FHIR API.
"""

from .medplum import MedplumServer, MedplumUnavailable, node_ready

__all__ = ["MedplumServer", "MedplumUnavailable", "node_ready"]
