"""Fixtures for the sync tests: a stand-in FHIR server and checks of what reached it."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.domain.kinds import kind_of
from desktop.store.database import Database
from desktop.store.outbox import OutboxState
from desktop.sync.engine import RetryPolicy, SyncEngine
from desktop.sync.summary import SyncSummary
from desktop.sync.fhir_codes import allergy_id, practitioner_id
from desktop.sync.fhir_mapping import practitioners_for, resource_type_of_kind
from desktop.sync.settings import SyncSettings
from tests.fhir_standin import StandinConfig, StandinServer

# Retries fast enough for tests; the schedule is the same as in production, only shorter.
FAST_RETRY = RetryPolicy(attempts=4, base_delay_s=0.01, max_delay_s=0.05, max_retry_after_s=5.0)

_REFERENCE = re.compile(r'"reference":\s*"([A-Za-z]+)/([A-Za-z0-9\-.]+)"')


@pytest.fixture
def server() -> Iterator[StandinServer]:
    """A fresh stand-in with the spec personality, which also refuses dangling references."""
    with StandinServer() as standin:
        require_references(standin)
        yield standin


def require_references(standin: StandinServer) -> None:
    """Make the stand-in refuse a resource whose references are not on the server yet.

    Real servers (HAPI by default) enforce referential integrity, and a batch
    processes its entries in any order: this is how the tests see that the
    engine sends what is referenced in an earlier Bundle.
    """
    def dangling(resource: dict[str, Any]) -> str | None:
        for type_, id_ in _REFERENCE.findall(json.dumps(resource)):
            if (type_, id_) != (resource["resourceType"], resource.get("id")) and standin.get(type_, id_) is None:
                return f"Reference {type_}/{id_} is not on this server"
        return None
    standin.config.reject_predicate = dangling


def sync(db: Database, standin: StandinServer, batch: int = 500, retry: RetryPolicy = FAST_RETRY,
         pull: bool = False, **kw: Any) -> SyncSummary:
    """One sync run against the stand-in.

    The push tests count the server's write requests and round trips; the pull's searches and
    the Device read (desktop/sync/device.py) go in POSTed Bundles too, so they run with both off
    unless ``pull`` (tests/sync/test_pull*.py; the Device: tests/sync/test_device.py).
    """
    settings = SyncSettings(server_url=standin.base_url, bundle_size=batch, pull=pull, device_check=pull)
    return SyncEngine(db, settings, retry=retry, **kw).run()


def pull(db: Database, standin: Any, clock: Any, **kw: Any) -> SyncSummary:
    """One sync with the pull on (push, then the caseload down); the summary must hold the pull's."""
    summary = sync(db, standin, pull=True, clock=clock, **kw)
    assert summary.pull is not None, summary.message_en
    return summary


def expected_on_server(db: Database) -> dict[tuple[str, str], str | None]:
    """Every resource the database should have made on the server → the record version it should hold."""
    expected: dict[tuple[str, str], str | None] = {}
    with db.reading():
        conn = db._conn   # test-only: list every record and audit event
        heads = conn.execute("SELECT record_id FROM record_heads").fetchall()
        events = [r[0] for r in conn.execute("SELECT event_id FROM audit_log").fetchall()]
        records = [db.records.get(r[0]) for r in heads]
        history = {r.meta.record_id: db.records.history(r.meta.record_id) for r in records if kind_of(r) == "client"}
        audit = [db.audit.get(e) for e in events]
    for record in records:
        expected[(resource_type_of_kind(kind_of(record)), record.meta.record_id)] = record.meta.version_id
        for worker in practitioners_for(record):
            expected[("Practitioner", practitioner_id(worker.hpr))] = None
        if kind_of(record) == "client":
            for version in history[record.meta.record_id]:
                for allergy in version.allergies:
                    expected[("AllergyIntolerance", allergy_id(record.meta.record_id, allergy.substance))] = None
    for event in audit:
        expected[("AuditEvent", event.event_id)] = None
        expected[("Practitioner", practitioner_id(event.actor.hpr))] = None
    return expected


def version_on_server(resource: dict[str, Any]) -> str | None:
    for ext in resource.get("extension", []):
        if ext["url"].endswith("/record-version"):
            for part in ext["extension"]:
                if part["url"] == "versionId":
                    return part["valueUuid"].removeprefix("urn:uuid:")
    return None


def assert_exactly_once(db: Database, standin: StandinServer, failed: int = 0) -> None:
    """Every record is on the server once, in its newest version; nothing extra; all rows settled."""
    expected = expected_on_server(db)
    types = Counter(t for t, _ in expected)
    for type_, count in types.items():
        identifiers = standin.identifiers(type_)
        duplicates = [v for v, n in Counter(identifiers).items() if n > 1]
        assert not duplicates, f"{type_} duplicated on the server: {duplicates[:3]}"
        if not failed:
            assert standin.resource_count(type_) == count, type_
    # This laptop's Device (registered when the run read it, desktop/sync/device.py): ours, once, or none.
    devices = standin.resource_count("Device")
    assert devices == 0 or (devices == 1 and standin.get("Device", db.device_id) is not None)
    assert standin.resource_count() - devices == (len(expected) if not failed else standin.resource_count() - devices)
    if not failed:
        for (type_, id_), version_id in expected.items():
            resource = standin.get(type_, id_)
            assert resource is not None, f"{type_}/{id_} missing on the server"
            if version_id is not None:
                assert version_on_server(resource) == version_id, f"{type_}/{id_} is not the newest version"
    with db.reading():
        counts = db.outbox.counts()
    assert counts.pending == 0
    assert counts.failed == failed


def writes(standin: StandinServer) -> list[Any]:
    """The write requests the stand-in saw."""
    return [r for r in standin.request_log if r.method in ("POST", "PUT", "DELETE")]


def make_server(**config: Any) -> StandinServer:
    """A started stand-in with a personality, refusing dangling references."""
    standin = StandinServer(StandinConfig(**config)).start()
    require_references(standin)
    return standin


def pending_rows(db: Database) -> int:
    with db.reading():
        return db.outbox.counts().pending


def row_states(db: Database) -> dict[str, int]:
    with db.reading():
        return {state.value: len(db.outbox.entries(state)) for state in OutboxState}


# -- both servers: the conformance fixture ---------------------------------------------------

@pytest.fixture(scope="session")
def medplum_process() -> Iterator[Any]:
    """One Medplum-based server for the session (emptied before each test that uses it)."""
    from tests.fhir_independent import MedplumServer
    with MedplumServer() as medplum:
        yield medplum


@pytest.fixture(params=["standin", "standin-medplum", "medplum"])
def fhir_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The same test against the stand-in (its spec and its "medplum" profile) and the independent server."""
    from tests.sync.servers import MedplumTarget, StandinTarget
    if request.param.startswith("standin"):
        config = StandinConfig.medplum() if request.param == "standin-medplum" else StandinConfig()
        with StandinServer(config) as standin:
            require_references(standin)
            yield StandinTarget(standin)
        return
    medplum = request.getfixturevalue("medplum_process")
    medplum.reset()
    target = MedplumTarget(medplum)
    try:
        yield target
    finally:
        target.close()


@pytest.fixture
def second_server(fhir_server: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Another, empty server of the same implementation (for switching servers)."""
    from tests.fhir_independent import MedplumServer
    from tests.sync.servers import MedplumTarget, StandinTarget
    if fhir_server.name == "standin":
        with StandinServer(StandinConfig(**{"profile": fhir_server.server.config.profile})) as standin:
            require_references(standin)
            yield StandinTarget(standin)
        return
    with MedplumServer() as medplum:
        target = MedplumTarget(medplum)
        try:
            yield target
        finally:
            target.close()
