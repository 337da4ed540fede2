"""This laptop as a FHIR ``Device`` on the municipal server: registered at the first sync, read at every one.

Municipal IT revokes a lost laptop by setting its Device's ``status`` to ``inactive``
(or ``entered-in-error``). The sync only reads the status and reports it
(``SyncSummary.device_active``); what a revoked laptop does — send what waits, then
destroy its journal — is the services' decision (``desktop.services.revoke``).

The read costs no round trip of its own when the pull runs: it is one more search in
the pull's first request. Registering is one PUT, once per server: the Device's id is
the journal's device id, so the PUT is idempotent, and it is sent only when a complete
search found no Device with that id — never over one that IT has changed. A server that
cannot answer about the Device never stops or fails a sync: the status is then unknown.
"""

from __future__ import annotations

from enum import Enum

from ..domain.records import WorkerRef
from .bundles import EntryState, build_bundle, read_bundle_response
from .fhir_common import Json
from .http_client import FhirHttpClient, TransportError
from .pull_fetch import Search

DEVICE_SYSTEM = "urn:ietf:rfc:3986"
DEVICE_SEARCH_KEY = "device"
# Device.status values (R4) that mean the municipality no longer lets this laptop hold client data.
REVOKED_STATUSES = frozenset({"inactive", "entered-in-error"})


class DeviceState(str, Enum):
    ACTIVE = "active"
    REVOKED = "revoked"
    MISSING = "missing"     # a complete search found none: register it
    UNKNOWN = "unknown"     # no usable answer (or a status such as "unknown"): do nothing this time


def device_resource(device_id: str, worker: WorkerRef) -> Json:
    """The Device as first registered: this installation's UUID, active, named after the app and its worker."""
    return {"resourceType": "Device", "id": device_id,
            "identifier": [{"system": DEVICE_SYSTEM, "value": f"urn:uuid:{device_id}"}],
            "status": "active",
            "deviceName": [{"name": f"Ambulant ({worker.name}, HPR {worker.hpr})", "type": "user-friendly-name"}],
            "note": [{"text": "Bærbar maskin med Ambulant. Sett status til «inactive» for å tilbakekalle den: "
                              "den sender da det som venter og sletter journalen sin."}]}


def device_search(device_id: str) -> Search:
    """The search that reads this laptop's Device (a searchset, so it can ride in any batch of searches)."""
    return Search(DEVICE_SEARCH_KEY, f"Device?_id={device_id}")


def state_of(search: Search, device_id: str) -> DeviceState:
    """What a finished :func:`device_search` says about the Device."""
    if not search.complete:
        return DeviceState.UNKNOWN
    found = [r for r in search.entries if r.get("resourceType") == "Device" and str(r.get("id")) == device_id]
    if not found:
        return DeviceState.MISSING
    status = found[0].get("status")
    if status in REVOKED_STATUSES:
        return DeviceState.REVOKED
    return DeviceState.ACTIVE if status == "active" else DeviceState.UNKNOWN


def register_device(client: FhirHttpClient, device_id: str, worker: WorkerRef, kind: str) -> DeviceState:
    """PUT the Device in a one-entry Bundle of the push's kind; ACTIVE once the server confirmed it."""
    bundle = build_bundle(kind, client.base_url, [device_resource(device_id, worker)])
    try:
        http = client.post_bundle(bundle, False)
    except TransportError:
        return DeviceState.UNKNOWN
    answers = read_bundle_response(http.body, kind, 1) if http.status == 200 else None
    confirmed = bool(answers) and answers[0].state is EntryState.CONFIRMED
    return DeviceState.ACTIVE if confirmed else DeviceState.UNKNOWN
