"""Reading servers' answers by the spec: entry statuses, OperationOutcomes, size refusals, Retry-After."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop.sync.bundles import (EntryState, build_bundle, is_not_supported, is_size_refusal, outcome_text,
                                  read_bundle_response, read_entry, retry_after_seconds)
from desktop.sync.engine import RetryPolicy


def _outcome(text: str, code: str = "processing") -> dict:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": code, "diagnostics": text}]}


def test_bundle_of_idempotent_puts() -> None:
    bundle = build_bundle("batch", "https://fhir.example/fhir", [{"resourceType": "Patient", "id": "a1"}])
    entry = bundle["entry"][0]
    assert bundle["type"] == "batch"
    assert entry["request"] == {"method": "PUT", "url": "Patient/a1"}
    assert entry["fullUrl"] == "https://fhir.example/fhir/Patient/a1"
    with pytest.raises(ValueError):
        build_bundle("collection", "x", [])


@pytest.mark.parametrize("status, state", [("200 OK", EntryState.CONFIRMED), ("201 Created", EntryState.CONFIRMED),
                                           ("201", EntryState.CONFIRMED), ("422 Unprocessable Entity",
                                                                            EntryState.REJECTED),
                                           ("400", EntryState.REJECTED), ("409 Conflict", EntryState.TRANSIENT),
                                           ("429", EntryState.TRANSIENT), ("503", EntryState.TRANSIENT)])
def test_entry_states(status: str, state: EntryState) -> None:
    assert read_entry({"response": {"status": status}}).state is state


def test_server_version_from_etag_or_location() -> None:
    assert read_entry({"response": {"status": "200 OK", "etag": 'W/"7"'}}).server_version == "7"
    assert read_entry({"response": {"status": "201 Created",
                                    "location": "Patient/a/_history/3"}}).server_version == "3"
    assert read_entry({"response": {}}).state is EntryState.TRANSIENT


def test_rejection_reason_is_the_operation_outcome_text() -> None:
    answer = read_entry({"response": {"status": "422", "outcome": _outcome("Ugyldig kode", "code-invalid")}})
    assert answer.reason == "HTTP 422: Ugyldig kode"
    details = {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "invalid", "details": {"text": "Mangler subject"},
         "expression": ["Observation.subject"]}]}
    assert outcome_text(details, 400) == "HTTP 400: Mangler subject (Observation.subject)"
    assert outcome_text(None) == "ingen forklaring fra serveren"


def test_bundle_response_must_match_the_request() -> None:
    ok = {"resourceType": "Bundle", "type": "batch-response", "entry": [{"response": {"status": "200"}}]}
    assert read_bundle_response(ok, "batch", 1) is not None
    assert read_bundle_response(ok, "batch", 2) is None          # an answer per entry, or it is not ours
    assert read_bundle_response(ok, "transaction", 1) is None
    assert read_bundle_response(_outcome("x"), "batch", 1) is None


def test_size_refusals() -> None:
    assert is_size_refusal(413, None)
    assert is_size_refusal(400, _outcome("Bundle has 500 entries; at most 100", "too-costly"))
    assert is_size_refusal(400, _outcome("Maximum number of entries exceeded", "invalid"))
    assert not is_size_refusal(400, _outcome("Unknown resource type", "invalid"))
    assert not is_size_refusal(422, _outcome("too large"))
    assert is_not_supported(_outcome("batch not supported", "not-supported"))


def test_retry_after_seconds_and_http_date() -> None:
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)
    assert retry_after_seconds("5") == 5.0
    assert retry_after_seconds("Thu, 26 Nov 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("Thu, 26 Nov 2026 11:00:00 GMT", now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(base_delay_s=1.0, max_delay_s=8.0)
    rng = random.Random(1)
    for attempt, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)):
        delays = [policy.delay(attempt, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1                     # jitter: clients do not retry in step
    assert policy.later(0) < policy.later(3) <= dt.timedelta(hours=1)
