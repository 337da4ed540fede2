"""Tests for the local FHIR R4 stand-in (tests/fhir_standin), over real HTTP on 127.0.0.1.

Responses are checked against the FHIR models of fhir.resources. Version 8.x
models R5 at the top level and ships R4B (a compatible R4 revision) as
``fhir.resources.R4B``; there is no plain R4 package, so R4B is what we use.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.capabilitystatement import CapabilityStatement
from fhir.resources.R4B.operationoutcome import OperationOutcome
from fhir.resources.R4B.patient import Patient
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fhir_standin import StandinConfig, StandinServer

FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
FNR = "urn:oid:2.16.578.1.12.4.1.4.1"
REPO_ROOT = Path(__file__).resolve().parents[2]


# --- helpers -------------------------------------------------------------------------

@pytest.fixture
def server() -> Iterator[StandinServer]:
    with StandinServer() as s:
        yield s


@pytest.fixture
def client(server: StandinServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=FHIR_HEADERS, timeout=5.0) as c:
        yield c


def patient(value: str, id_: str | None = None, **extra: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "Patient", "identifier": [{"system": FNR, "value": value}]}
    if id_ is not None:
        resource["id"] = id_
    resource.update(extra)
    return resource


def put_entry(base_url: str, resource: dict[str, Any]) -> dict[str, Any]:
    ref = f"{resource['resourceType']}/{resource['id']}"
    return {"fullUrl": f"{base_url}/{ref}", "resource": resource, "request": {"method": "PUT", "url": ref}}


def post_entry(resource: dict[str, Any], if_none_exist: str | None = None,
               full_url: str | None = None) -> dict[str, Any]:
    request = {"method": "POST", "url": resource["resourceType"]}
    if if_none_exist:
        request["ifNoneExist"] = if_none_exist
    return {"fullUrl": full_url or f"urn:uuid:{uuid.uuid4()}", "resource": resource, "request": request}


def bundle(kind: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": kind, "entry": entries}


def post_bundle(client: httpx.Client, server: StandinServer, body: dict[str, Any], **kw: Any) -> httpx.Response:
    return client.post(server.base_url, json=body, **kw)


def statuses(response_bundle: dict[str, Any]) -> list[str]:
    return [e["response"]["status"] for e in response_bundle["entry"]]


def assert_outcome(response: httpx.Response, status: int, text: str = "") -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/fhir+json")
    body = response.json()
    OperationOutcome.model_validate(body)
    assert text in body["issue"][0]["diagnostics"]
    return body


# --- metadata ----------------------------------------------------------------------------

def test_metadata_is_a_valid_capability_statement(client: httpx.Client) -> None:
    r = client.get("/metadata")
    assert r.status_code == 200
    body = r.json()
    CapabilityStatement.model_validate(body)
    assert body["fhirVersion"] == "4.0.1"
    rest = body["rest"][0]
    assert [i["code"] for i in rest["interaction"]] == ["batch", "transaction"]
    patient_caps = next(res for res in rest["resource"] if res["type"] == "Patient")
    assert {"read", "update", "create", "search-type"} <= {i["code"] for i in patient_caps["interaction"]}
    assert patient_caps["conditionalCreate"] is True


# --- read / update / create ----------------------------------------------------------------

def test_put_creates_201_then_updates_200_with_version_increments(server: StandinServer, client: httpx.Client) -> None:
    r = client.put("/Patient/p1", json=patient("111", "p1"))
    assert r.status_code == 201
    assert r.headers["etag"] == 'W/"1"'
    assert r.headers["location"] == f"{server.base_url}/Patient/p1/_history/1"
    assert "last-modified" in r.headers
    assert r.json()["meta"]["versionId"] == "1"

    r = client.put("/Patient/p1", json=patient("111", "p1", active=True))
    assert r.status_code == 200
    assert r.headers["etag"] == 'W/"2"'
    Patient.model_validate(r.json())
    assert r.json()["meta"]["versionId"] == "2"

    # Documented choice: an identical update is a no-op and does not bump the version.
    r = client.put("/Patient/p1", json=patient("111", "p1", active=True))
    assert (r.status_code, r.headers["etag"]) == (200, 'W/"2"')

    r = client.get("/Patient/p1")
    assert r.status_code == 200 and r.headers["etag"] == 'W/"2"' and r.json()["active"] is True
    assert client.get("/Patient/p1/_history/1").json()["meta"]["versionId"] == "1"
    assert len(server.history("Patient", "p1")) == 2


def test_read_missing_is_404_and_deleted_is_410(client: httpx.Client) -> None:
    assert_outcome(client.get("/Patient/nope"), 404)
    client.put("/Patient/gone", json=patient("1", "gone"))
    assert client.delete("/Patient/gone").status_code == 204
    assert_outcome(client.get("/Patient/gone"), 410)
    assert client.put("/Patient/gone", json=patient("1", "gone")).status_code == 201  # re-create


def test_config_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        StandinConfig(create_status=202)
    with pytest.raises(ValueError):
        StandinConfig(batch_only=True, transaction_only=True)


def test_create_status_personality_and_noop_bump(server: StandinServer, client: httpx.Client) -> None:
    server.config.create_status = 200
    assert client.put("/Patient/a", json=patient("1", "a")).status_code == 200
    server.config.create_status = 201
    assert client.put("/Patient/a", json=patient("1", "a", active=True)).status_code == 201
    server.config.noop_update_bumps_version = True
    assert client.put("/Patient/a", json=patient("1", "a", active=True)).headers["etag"] == 'W/"3"'


def test_if_match_version_conflict(client: httpx.Client) -> None:
    client.put("/Patient/v", json=patient("1", "v"))
    assert_outcome(client.put("/Patient/v", json=patient("2", "v"), headers={"If-Match": 'W/"7"'}), 412)
    assert client.put("/Patient/v", json=patient("2", "v"), headers={"If-Match": 'W/"1"'}).status_code == 200


def test_conditional_create_twice_gives_one_resource(server: StandinServer, client: httpx.Client) -> None:
    headers = {"If-None-Exist": f"identifier={FNR}|222"}
    first = client.post("/Patient", json=patient("222"), headers=headers)
    second = client.post("/Patient", json=patient("222"), headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert server.resource_count("Patient") == 1

    server.seed(patient("333"), patient("333"))
    assert_outcome(client.post("/Patient", json=patient("333"), headers={"If-None-Exist": "identifier=333"}), 412)


def test_post_ignores_client_id_and_conditional_update_creates_or_updates(server: StandinServer,
                                                                        client: httpx.Client) -> None:
    r = client.post("/Patient", json=patient("9", "client-chosen"))
    assert r.status_code == 201 and r.json()["id"] != "client-chosen"
    r = client.put("/Patient", params={"identifier": f"{FNR}|44"}, json=patient("44"))
    assert r.status_code == 201
    again = client.put("/Patient", params={"identifier": f"{FNR}|44"}, json=patient("44", active=False))
    assert again.status_code == 200 and again.json()["id"] == r.json()["id"]
    assert server.resource_count("Patient") == 2


# --- validation ----------------------------------------------------------------------------

def test_validation_errors(client: httpx.Client) -> None:
    assert_outcome(client.put("/Patient/x", content=b"{not json"), 400, "not valid JSON")
    assert_outcome(client.put("/Patient/x", json={"resourceType": "Observation", "id": "x"}), 400, "does not match")
    assert_outcome(client.put("/Patient/x", json=patient("1", "y")), 400, "does not match the URL id")
    assert_outcome(client.put("/Patient/x", json=patient("1")), 400, "id")
    assert_outcome(client.put("/Patient/a_b", json=patient("1", "a_b")), 400, "Invalid resource id")
    empty_family = patient("1", "x", name=[{"family": ""}])
    assert_outcome(client.put("/Patient/x", json=empty_family), 400, "Patient.name[0].family")
    assert_outcome(client.put("/Patient/x", json=patient("1", "x"), headers={"Content-Type": "text/plain"}), 415)
    assert_outcome(client.put("/Widget/x", json={"resourceType": "Widget", "id": "x"}), 404, "not supported")


def test_reject_rule_single_request(server: StandinServer, client: httpx.Client) -> None:
    server.config.reject_identifier_values = {"666"}
    assert_outcome(client.put("/Patient/r", json=patient("666", "r")), 422, "666")
    server.config.reject_predicate = lambda res: "no inactive patients" if res.get("active") is False else None
    assert_outcome(client.put("/Patient/s", json=patient("1", "s", active=False)), 422, "no inactive")
    assert server.resource_count() == 0


# --- batch / transaction ----------------------------------------------------------------------

def test_batch_with_one_rejected_stores_the_others(server: StandinServer, client: httpx.Client) -> None:
    server.config.reject_identifier_values = {"bad"}
    entries = [put_entry(server.base_url, patient(v, f"p-{v}")) for v in ("a", "bad", "c")]
    r = post_bundle(client, server, bundle("batch", entries))
    assert r.status_code == 200
    body = r.json()
    Bundle.model_validate(body)
    assert body["type"] == "batch-response"
    assert statuses(body) == ["201 Created", "422 Unprocessable Entity", "201 Created"]
    assert body["entry"][0]["response"]["location"] == "Patient/p-a/_history/1"
    assert body["entry"][0]["response"]["etag"] == 'W/"1"'
    assert "lastModified" in body["entry"][0]["response"]
    outcome = body["entry"][1]["response"]["outcome"]
    assert "bad" in outcome["issue"][0]["diagnostics"]
    assert server.identifiers("Patient") == ["a", "c"]


def test_transaction_with_one_rejected_stores_nothing(server: StandinServer, client: httpx.Client) -> None:
    server.config.reject_identifier_values = {"bad"}
    entries = [put_entry(server.base_url, patient(v, f"p-{v}")) for v in ("a", "bad", "c")]
    body = assert_outcome(post_bundle(client, server, bundle("transaction", entries)), 422, "Bundle.entry[1]")
    assert body["issue"][0]["expression"][0] == "Bundle.entry[1]"
    assert server.resource_count() == 0


def test_transaction_resolves_urn_references_and_returns_representation(server: StandinServer,
                                                                      client: httpx.Client) -> None:
    pat_url = f"urn:uuid:{uuid.uuid4()}"
    obs = {"resourceType": "Observation", "status": "final", "code": {"text": "puls"},
           "subject": {"reference": pat_url}}
    body = bundle("transaction", [post_entry(obs), post_entry(patient("77"), f"identifier={FNR}|77", pat_url)])
    r = post_bundle(client, server, body, headers={"Prefer": "return=representation"})
    assert r.status_code == 200
    resp = r.json()
    Bundle.model_validate(resp)
    assert resp["type"] == "transaction-response" and statuses(resp) == ["201 Created", "201 Created"]
    patient_id = resp["entry"][1]["resource"]["id"]
    assert resp["entry"][0]["resource"]["subject"]["reference"] == f"Patient/{patient_id}"
    # The same urn reference in a batch cannot resolve: batch entries must be independent.
    r = post_bundle(client, server, bundle("batch", [post_entry(obs | {"subject": {"reference": pat_url}})]))
    assert statuses(r.json()) == ["400 Bad Request"]


def test_transaction_rejects_two_entries_on_one_resource(server: StandinServer, client: httpx.Client) -> None:
    entries = [put_entry(server.base_url, patient("1", "dup")), put_entry(server.base_url, patient("2", "dup"))]
    assert_outcome(post_bundle(client, server, bundle("transaction", entries)), 400, "Bundle.entry[1]")
    assert server.resource_count() == 0


def test_bundle_cap_answers_413_or_400(server: StandinServer, client: httpx.Client) -> None:
    server.config.max_bundle_entries = 2
    entries = [put_entry(server.base_url, patient(str(n), f"p{n}")) for n in range(3)]
    assert_outcome(post_bundle(client, server, bundle("batch", entries)), 413, "at most 2")
    server.config.bundle_cap_status = 400
    assert_outcome(post_bundle(client, server, bundle("transaction", entries)), 400, "at most 2")
    assert server.resource_count() == 0
    assert post_bundle(client, server, bundle("batch", entries[:2])).status_code == 200


def test_batch_only_refuses_transactions(server: StandinServer, client: httpx.Client) -> None:
    server.config.batch_only = True
    assert [i["code"] for i in client.get("/metadata").json()["rest"][0]["interaction"]] == ["batch"]
    entry = put_entry(server.base_url, patient("1", "p1"))
    assert_outcome(post_bundle(client, server, bundle("transaction", [entry])), 400, "transaction not supported")
    assert post_bundle(client, server, bundle("batch", [entry])).status_code == 200


# --- faults -------------------------------------------------------------------------------------

def test_status_fault_503_with_retry_after_commits_nothing(server: StandinServer, client: httpx.Client) -> None:
    server.config.fail_next.append(("status", 503, 2))
    r = client.put("/Patient/p1", json=patient("1", "p1"))
    assert_outcome(r, 503)
    assert r.headers["retry-after"] == "2"
    assert server.resource_count() == 0
    assert client.put("/Patient/p1", json=patient("1", "p1")).status_code == 201  # fault consumed
    assert [rec.status for rec in server.request_log] == [503, 201]


def test_drop_after_commit_commits_but_client_sees_connection_error(server: StandinServer,
                                                                    client: httpx.Client) -> None:
    server.inject(("drop_after_commit",))
    entries = [put_entry(server.base_url, patient("1", "p1"))]
    with pytest.raises(httpx.TransportError):
        post_bundle(client, server, bundle("transaction", entries))
    assert server.get("Patient", "p1") is not None
    assert server.request_log[-1] == ("POST", "/fhir", 1, None)
    # Retrying the same PUT is safe: no duplicate and (no-op update) no new version.
    retry = post_bundle(client, server, bundle("transaction", entries)).json()
    assert statuses(retry) == ["200 OK"] and retry["entry"][0]["response"]["etag"] == 'W/"1"'


def test_drop_before_commit_and_mid_upload_commit_nothing(server: StandinServer, client: httpx.Client) -> None:
    server.inject(("drop_before_commit",), ("drop_mid_upload",))
    with pytest.raises(httpx.TransportError):
        client.put("/Patient/p1", json=patient("1", "p1"))
    big = patient("2", "p2", name=[{"family": "x" * 200_000}])
    with pytest.raises(httpx.TransportError):
        client.put("/Patient/p2", json=big)
    assert server.resource_count() == 0
    assert [rec.status for rec in server.request_log] == [None, None]
    assert client.put("/Patient/p2", json=big).status_code == 201


def test_delay_fault_and_invalid_fault(server: StandinServer, client: httpx.Client) -> None:
    with pytest.raises(ValueError):
        server.inject(("explode",))
    server.inject(("delay_after_commit", 1.0))
    with pytest.raises(httpx.ReadTimeout):
        client.put("/Patient/slow", json=patient("1", "slow"), timeout=0.2)
    assert server.get("Patient", "slow") is not None  # committed although the client gave up


def test_outage_refuses_connections_and_keeps_data(server: StandinServer, client: httpx.Client) -> None:
    client.put("/Patient/p1", json=patient("1", "p1"))
    with server.outage(), pytest.raises(httpx.ConnectError):
        client.get("/Patient/p1")
    assert client.get("/Patient/p1").status_code == 200


# --- transport -------------------------------------------------------------------------------------

def test_gzip_request_body_is_accepted(server: StandinServer, client: httpx.Client) -> None:
    entries = [put_entry(server.base_url, patient(str(n), f"p{n}")) for n in range(20)]
    raw = json.dumps(bundle("batch", entries)).encode()
    compressed = gzip.compress(raw)
    r = client.post(server.base_url, content=compressed, headers={"Content-Encoding": "gzip"})
    assert r.status_code == 200 and statuses(r.json()) == ["201 Created"] * 20
    assert r.headers["accept-encoding"].startswith("gzip")
    assert server.bytes_received == len(compressed) < len(raw)
    assert_outcome(client.post(server.base_url, content=b"junk", headers={"Content-Encoding": "gzip"}), 400)


def test_keep_alive_and_request_log(server: StandinServer, client: httpx.Client) -> None:
    for n in range(5):
        client.put(f"/Patient/p{n}", json=patient(str(n), f"p{n}"))
    client.get("/Patient", params={"_summary": "count"})
    assert server.round_trips == 6
    assert server.connections_accepted == 1
    assert server.request_log[0] == ("PUT", "/fhir/Patient/p0", 1, 201)
    assert server.request_log[-1].entry_count == 0


def test_max_body_bytes(server: StandinServer, client: httpx.Client) -> None:
    server.config.max_body_bytes = 1000
    assert_outcome(client.put("/Patient/p", json=patient("1", "p", name=[{"family": "x" * 2000}])), 413)
    assert client.put("/Patient/p", json=patient("1", "p")).status_code == 201  # same connection still fine


# --- search ------------------------------------------------------------------------------------------

def test_search_by_identifier_subject_and_count(server: StandinServer, client: httpx.Client) -> None:
    for v in ("1", "2", "3"):
        client.put(f"/Patient/p{v}", json=patient(v, f"p{v}"))
    obs = {"resourceType": "Observation", "status": "final", "code": {"text": "vekt"},
           "subject": {"reference": "Patient/p2"}}
    client.post("/Observation", json=obs)

    r = client.get("/Patient", params={"identifier": f"{FNR}|2"})
    body = r.json()
    Bundle.model_validate(body)
    assert body["type"] == "searchset" and body["total"] == 1
    assert body["entry"][0]["resource"]["id"] == "p2"
    assert client.get("/Patient", params={"identifier": "3"}).json()["total"] == 1
    assert client.get("/Patient", params={"identifier": f"{FNR}|1,{FNR}|3"}).json()["total"] == 2

    count = client.get("/Patient", params={"_summary": "count"}).json()
    assert count["total"] == 3 and "entry" not in count
    assert client.get("/Observation", params={"subject": "Patient/p2"}).json()["total"] == 1
    assert client.get("/Observation", params={"patient": "p2"}).json()["total"] == 1
    assert client.get("/Observation", params={"patient": "p1"}).json()["total"] == 0

    assert_outcome(client.get("/Patient", params={"name": "x"}), 400, "name")
    lenient = client.get("/Patient", params={"name": "x"}, headers={"Prefer": "handling=lenient"})
    assert lenient.json()["total"] == 3



def test_elements_returns_a_subset_of_each_match(server: StandinServer, client: httpx.Client) -> None:
    client.put("/Patient/p1", json=patient("1", "p1"))
    obs = {"resourceType": "Observation", "id": "o1", "status": "final", "code": {"text": "puls"},
           "subject": {"reference": "Patient/p1"}, "valueQuantity": {"value": 70, "unit": "/min"}}
    client.put("/Observation/o1", json=obs)
    (only,) = client.get("/Observation", params={"subject": "Patient/p1", "_elements": "id"}).json()["entry"]
    resource = only["resource"]
    assert set(resource) == {"resourceType", "id", "meta"} and resource["id"] == "o1"
    assert resource["meta"]["tag"][-1]["code"] == "SUBSETTED" and resource["meta"]["versionId"]
    (chosen,) = client.get("/Observation", params={"_id": "o1", "_elements": "status,value[x]"}).json()["entry"]
    assert set(chosen["resource"]) == {"resourceType", "id", "meta", "status", "valueQuantity"}
    assert "tag" not in client.get("/Observation/o1").json()["meta"]     # the stored resource is whole
    assert_outcome(client.get("/Observation", params={"_elements": "1bad"}), 400)
    server.config.profile = "medplum"        # Medplum's router ignores _elements: whole resources come back
    (whole,) = client.get("/Observation", params={"_id": "o1", "_elements": "id"}).json()["entry"]
    assert whole["resource"]["valueQuantity"]["value"] == 70

def test_last_updated_watermark_and_paging(server: StandinServer, client: httpx.Client) -> None:
    server.config.default_page_size = 2
    stamps = [client.put(f"/Patient/p{n}", json=patient(str(n), f"p{n}")).json()["meta"]["lastUpdated"]
              for n in range(5)]
    after = client.get("/Patient", params={"_lastUpdated": f"gt{stamps[1]}", "_count": "10"}).json()
    assert [e["resource"]["id"] for e in after["entry"]] == ["p2", "p3", "p4"]
    assert client.get("/Patient", params={"_lastUpdated": "gt2000-01-01"}).json()["total"] == 5
    assert client.get("/Patient", params={"_lastUpdated": "lt2000-01-01"}).json()["total"] == 0
    assert_outcome(client.get("/Patient", params={"_lastUpdated": "gt2024-01-01T10:00:00"}), 400)

    ids, url = [], f"{server.base_url}/Patient"
    while url:
        page = client.get(url).json()
        ids += [e["resource"]["id"] for e in page.get("entry", [])]
        url = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
    assert ids == [f"p{n}" for n in range(5)]


# --- persistence and CLI -------------------------------------------------------------------------------

def test_sqlite_file_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "standin.sqlite")
    with StandinServer(db_path=db) as first:
        httpx.put(f"{first.base_url}/Patient/p1", json=patient("1", "p1"), headers=FHIR_HEADERS)
    with StandinServer(db_path=db) as second:
        assert second.get("Patient", "p1") is not None
        r = httpx.put(f"{second.base_url}/Patient/p1", json=patient("1", "p1", active=True), headers=FHIR_HEADERS)
        assert r.headers["etag"] == 'W/"2"'


def test_cli_prints_base_url_and_serves() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tests.fhir_standin", "--port", "0", "--quiet", "--batch-only"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            base_url = proc.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/fhir")
            r = httpx.get(f"{base_url}/metadata", timeout=5.0)
            assert [i["code"] for i in r.json()["rest"][0]["interaction"]] == ["batch"]
        finally:
            proc.terminate()
            proc.wait(timeout=5)


# --- property -----------------------------------------------------------------------------------------

def test_batch_stores_exactly_the_accepted_entries() -> None:
    with StandinServer() as server, httpx.Client(headers=FHIR_HEADERS, timeout=5.0) as client:

        @settings(max_examples=25, deadline=None)
        @given(st.lists(st.booleans(), min_size=1, max_size=8), st.sampled_from(["batch", "transaction"]))
        def check(rejected: list[bool], kind: str) -> None:
            server.reset()
            server.config.reject_identifier_values = {f"v{n}" for n, bad in enumerate(rejected) if bad}
            entries = [put_entry(server.base_url, patient(f"v{n}", f"p{n}")) for n in range(len(rejected))]
            r = client.post(server.base_url, json=bundle(kind, entries))
            if kind == "transaction" and any(rejected):
                assert r.status_code == 422 and server.resource_count() == 0
                return
            assert r.status_code == 200
            expected = ["422 Unprocessable Entity" if bad else "201 Created" for bad in rejected]
            assert statuses(r.json()) == expected
            assert server.identifiers("Patient") == [f"v{n}" for n, bad in enumerate(rejected) if not bad]

        check()


def test_latency_personality(server: StandinServer, client: httpx.Client) -> None:
    server.config.latency_s = 0.05
    start = time.perf_counter()
    client.get("/metadata")
    assert time.perf_counter() - start >= 0.05
