"""The servers the conformance tests run against: the stand-in and the Medplum-based independent server.

Both are wrapped in one small interface, so a test written once runs against
each (the ``fhir_server`` fixture in conftest.py is parametrized over them):

* ``base_url`` — the FHIR base the app syncs to;
* ``inject(*faults)`` — the stand-in's fault forms (tests/fhir_standin/faults.py);
  for Medplum they are played by the gateway in front of it (tests/sync/gateway.py);
* ``reject_identifiers(values)`` — refuse the entries holding these identifier values (422);
* ``outage()`` — connections refused inside the block, back on the same URL after;
* ``resource_count``, ``get``, ``identifiers``, ``history`` — what the server holds;
* ``seed(*resources)``, ``delete(type, id)`` — writes as another client (an EHR) would make them;
* ``write_statuses()`` — the status of every write request (None: no answer sent).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.fhir_independent import MedplumServer
from tests.fhir_standin import StandinServer
from tests.sync.gateway import Gateway, GatewayConfig


class StandinTarget:
    """The stand-in, refusing dangling references (like HAPI)."""

    name = "standin"

    def __init__(self, standin: StandinServer) -> None:
        self.server = standin

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def inject(self, *faults: Any) -> None:
        self.server.inject(*faults)

    def reject_identifiers(self, values: set[str]) -> None:
        self.server.config.reject_identifier_values = set(values)

    def clear_faults(self) -> None:
        self.server.config.fail_next.clear()

    @contextmanager
    def outage(self) -> Iterator[None]:
        with self.server.outage():
            yield

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()

    def resource_count(self, type_: str | None = None) -> int:
        return self.server.resource_count(type_)

    def get(self, type_: str, id_: str) -> dict[str, Any] | None:
        return self.server.get(type_, id_)

    def identifiers(self, type_: str) -> list[str]:
        return self.server.identifiers(type_)

    def history(self, type_: str, id_: str) -> list[dict[str, Any]]:
        return [v for v in self.server.history(type_, id_) if v is not None]

    def search(self, type_: str, params: dict[str, str]) -> list[dict[str, Any]]:
        import httpx
        answer = httpx.get(f"{self.base_url}/{type_}", params={**params, "_count": "1000"})
        return [e["resource"] for e in answer.json().get("entry") or []]

    def seed(self, *resources: dict[str, Any]) -> None:
        self.server.seed(*resources)

    def seed_history(self, *resources: dict[str, Any]) -> None:
        """Store resources with their own ``meta.lastUpdated`` (written over months)."""
        self.server.seed(*resources, keep_last_updated=True)

    def delete(self, type_: str, id_: str) -> None:
        """Delete a resource as another client would."""
        with self.server.storage.transaction():
            self.server.storage.write(type_, id_, None)

    def write_statuses(self) -> list[int | None]:
        return [r.status for r in self.server.request_log if r.method in ("POST", "PUT", "DELETE")]

    def reset_log(self) -> None:
        self.server.stats.reset()


class MedplumTarget:
    """Medplum's router (one node process per test session, emptied per test) behind the gateway."""

    name = "medplum"

    def __init__(self, medplum: MedplumServer) -> None:
        self.medplum = medplum
        self.gateway = Gateway(medplum.base_url, GatewayConfig())
        self.gateway.__enter__()

    def close(self) -> None:
        self.gateway.__exit__(None, None, None)

    @property
    def base_url(self) -> str:
        return self.gateway.base_url

    def inject(self, *faults: Any) -> None:
        from tests.fhir_standin.faults import parse_fault
        self.gateway.config.fail_next.extend(parse_fault(f) for f in faults)

    def reject_identifiers(self, values: set[str]) -> None:
        self.gateway.config.reject_identifier_values = set(values)

    def clear_faults(self) -> None:
        self.gateway.config.fail_next.clear()

    @contextmanager
    def outage(self) -> Iterator[None]:
        self.gateway.stop()
        try:
            yield
        finally:
            self.gateway.start()

    def stop(self) -> None:
        self.gateway.stop()

    def start(self) -> None:
        self.gateway.start()

    def resource_count(self, type_: str | None = None) -> int:
        return self.medplum.resource_count(type_)

    def get(self, type_: str, id_: str) -> dict[str, Any] | None:
        return self.medplum.get(type_, id_)

    def identifiers(self, type_: str) -> list[str]:
        return self.medplum.identifiers(type_)

    def history(self, type_: str, id_: str) -> list[dict[str, Any]]:
        return self.medplum.history(type_, id_)

    def search(self, type_: str, params: dict[str, str]) -> list[dict[str, Any]]:
        return self.medplum.search_all(type_, params)

    def seed(self, *resources: dict[str, Any]) -> None:
        """Store resources as another client would (a PUT each, straight to Medplum)."""
        import httpx
        for resource in resources:
            answer = httpx.put(f"{self.medplum.base_url}/{resource['resourceType']}/{resource['id']}",
                               json=resource, headers={"Content-Type": "application/fhir+json"})
            answer.raise_for_status()

    def seed_history(self, *resources: dict[str, Any]) -> None:
        """Store resources with their own ``meta.lastUpdated`` (Medplum's seeding mode, one request)."""
        self.medplum.seed_history(list(resources))

    def delete(self, type_: str, id_: str) -> None:
        """Delete a resource as another client would (straight to Medplum)."""
        import httpx
        httpx.delete(f"{self.medplum.base_url}/{type_}/{id_}").raise_for_status()

    def write_statuses(self) -> list[int | None]:
        return [status for _, _, status in self.gateway.write_log]

    def reset_log(self) -> None:
        self.gateway.write_log.clear()
