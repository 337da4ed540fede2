"""The stand-in's "medplum" profile answers as the Medplum-based server does, checked against it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.fhir_standin import StandinConfig, StandinServer
from tests.sync.conftest import medplum_process  # noqa: F401 - the session's Medplum server

JSON = {"Content-Type": "application/fhir+json"}


@pytest.fixture(params=["standin-medplum", "medplum"])
def base_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "medplum":
        medplum = request.getfixturevalue("medplum_process")
        medplum.reset()
        yield medplum.base_url
        return
    with StandinServer(StandinConfig.medplum()) as standin:
        yield standin.base_url


def _batch(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "batch", "entry": list(entries)}


def _put(id_: str, **fields: Any) -> dict[str, Any]:
    return {"request": {"method": "PUT", "url": f"Patient/{id_}"},
            "resource": {"resourceType": "Patient", "id": id_, **fields}}


def test_update_as_create_is_200_and_every_update_a_new_version(base_url: str) -> None:
    with httpx.Client() as http:
        first = http.put(f"{base_url}/Patient/p1", json={"resourceType": "Patient", "id": "p1"}, headers=JSON)
        again = http.put(f"{base_url}/Patient/p1", json={"resourceType": "Patient", "id": "p1"}, headers=JSON)
        assert first.status_code == 200 and again.status_code == 200
        assert "Location" not in first.headers and "Accept-Encoding" not in first.headers
        assert first.headers["ETag"] != again.headers["ETag"]
        assert first.json()["meta"]["versionId"] != again.json()["meta"]["versionId"]


def test_batch_entries_and_return_minimal(base_url: str) -> None:
    with httpx.Client() as http:
        answer = http.post(base_url, json=_batch(_put("b1"), _put("b2", active=True)), headers=JSON).json()
        assert answer["type"] == "batch-response"
        entry = answer["entry"][0]
        assert entry["response"]["status"] == "200" and entry["response"]["location"] == "Patient/b1"
        assert "etag" not in entry["response"] and entry["resource"]["meta"]["versionId"]
        assert entry["response"]["outcome"]["resourceType"] == "OperationOutcome"
        minimal = http.post(base_url, json=_batch(_put("b3")), headers={**JSON, "Prefer": "return=minimal"})
        assert minimal.status_code == 200 and minimal.content == b""
        assert http.get(f"{base_url}/Patient/b3").status_code == 200   # stored all the same


def test_if_match_on_a_missing_resource_is_404_and_a_stale_one_412(base_url: str) -> None:
    with httpx.Client() as http:
        body = {"resourceType": "Patient", "id": "m1"}
        missing = http.put(f"{base_url}/Patient/m1", json=body, headers={**JSON, "If-Match": 'W/"1"'})
        assert missing.status_code == 404
        http.put(f"{base_url}/Patient/m1", json=body, headers=JSON)
        stale = http.put(f"{base_url}/Patient/m1", json=body, headers={**JSON, "If-Match": 'W/"nope"'})
        assert stale.status_code == 412


def test_a_body_over_one_megabyte_is_a_400(base_url: str) -> None:
    with httpx.Client() as http:
        big = {"resourceType": "Patient", "id": "big", "name": [{"text": "x" * (1024 * 1024 + 10)}]}
        answer = http.put(f"{base_url}/Patient/big", json=big, headers=JSON)
        assert answer.status_code == 400
        assert "too large" in str(answer.json()).lower()


def test_elements_is_ignored_whole_resources_come_back(base_url: str) -> None:
    with httpx.Client() as http:
        http.put(f"{base_url}/Patient/e1", json={"resourceType": "Patient", "id": "e1", "active": True}, headers=JSON)
        bundle = http.get(f"{base_url}/Patient", params={"_id": "e1", "_elements": "id"}).json()
        (entry,) = bundle["entry"]
        assert entry["resource"]["active"] is True
