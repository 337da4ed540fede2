"""The ledger's FHIR mapping (valid R4B, says what the line says) and its sync to the stand-in, exactly once.

The check "arrives on the independent server exactly once" needs the sync engineer's
independent-server fixture, which is not on this branch: these tests use the FHIR stand-in
(tests/fhir_standin) through the existing sync fixtures, with referential integrity enforced.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from desktop.domain.kinds import kind_of
from desktop.domain.ledger import LEDGER_KINDS
from desktop.sync import fhir_codes as codes
from desktop.sync import fhir_ledger as fl
from desktop.sync.summary import SyncOutcome
from desktop.sync.fhir_common import RecordsContext, references_in
from desktop.sync.fhir_mapping import map_record, practitioners_for, resource_type_of_kind
from tests.conftest import SECOND, WORKER
from tests.helpers import add_client
from tests.ledger_data import ledger_of_every_kind
from tests.sync.conftest import assert_exactly_once, sync, version_on_server, writes

# Required bindings (fhir.resources checks structure, not value sets).
_STATUS = {"SupplyDelivery": {"in-progress", "completed", "abandoned", "entered-in-error"},
           "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                           "entered-in-error", "unknown"},
           "DetectedIssue": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                             "entered-in-error", "unknown"}}


def _validate(resource: dict[str, Any]) -> None:
    get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert resource["status"] in _STATUS[resource["resourceType"]]
    json.dumps(resource)


@pytest.fixture
def sample(app, clock):  # noqa: ANN001, ANN201
    cid = add_client(app, "Åse Narkotika").client_id
    return cid, ledger_of_every_kind(app, clock, cid)


def _every_version(db) -> dict[str, list[Any]]:  # noqa: ANN001
    by_kind: dict[str, list[Any]] = {}
    with db.reading():
        for kind in LEDGER_KINDS:
            for record in db.records.current(kind):
                by_kind.setdefault(kind, []).extend(db.records.history(record.meta.record_id))
    return by_kind


def test_every_ledger_line_maps_to_valid_fhir_of_its_documented_type(db, sample) -> None:  # noqa: ANN001
    by_kind = _every_version(db)
    assert set(by_kind) == set(LEDGER_KINDS)
    for kind, versions in by_kind.items():
        for record in versions:
            [resource] = map_record(record, RecordsContext([]))
            assert resource["resourceType"] == resource_type_of_kind(kind)
            assert resource["id"] == record.meta.record_id
            _validate(resource)
            drug = [e for e in resource["extension"] if e["url"] == fl.EXT_LEDGER_DRUG]
            assert drug[0]["valueCodeableConcept"]["text"] == record.drug.label
    assert resource_type_of_kind("ledger_receipt") == "SupplyDelivery"
    assert resource_type_of_kind("ledger_count") == "Observation"
    assert resource_type_of_kind("ledger_deviation") == "DetectedIssue"


def test_receipt_count_waste_and_deviation_say_what_the_line_says(sample) -> None:  # noqa: ANN001
    cid, made = sample
    records = made.records
    delivery = fl.supply_delivery(records["ledger_receipt"])
    assert delivery["suppliedItem"]["quantity"] == {"value": 20, "unit": "kapsel"}
    assert delivery["suppliedItem"]["itemCodeableConcept"]["coding"][0] == {"system": codes.ATC, "code": "N02AA05"}
    assert delivery["supplier"] == {"display": "Apotek 1 Båtsfjord"}
    assert delivery["patient"]["reference"] == f"Patient/{cid}"
    assert {"url": fl.EXT_RECEIPT_SOURCE, "valueCoding": {"system": fl.RECEIPT_SOURCE_CODES, "code": "pharmacy",
                                                           "display": "Apotek"}} in delivery["extension"]
    count = fl.count_observation(records["ledger_count"])
    assert count["valueQuantity"] == {"value": 7, "unit": "tablett"}
    assert {c["code"]["coding"][0]["code"]: c["valueQuantity"]["value"] for c in count["component"]} == {
        "ledger-expected": 8.5, "ledger-difference": -1.5}
    assert [p["identifier"]["value"] for p in count["performer"]] == [WORKER.hpr, SECOND.hpr]
    waste = fl.waste_observation(records["ledger_waste"])
    assert waste["valueQuantity"]["value"] == 0.5 and waste["component"][0]["valueString"].startswith("Delt")
    not_given = fl.not_given_observation(records["ledger_not_given"])
    assert not_given["partOf"][0]["reference"].startswith("MedicationAdministration/")
    assert not_given["component"][0]["valueCodeableConcept"]["coding"][0]["code"] == "returned"
    issue = fl.detected_issue(records["ledger_deviation"])
    assert issue["status"] == "amended"
    assert issue["code"]["coding"][0]["code"] == "count-mismatch"
    assert issue["implicated"] == [{"reference": f"Observation/{records['ledger_count'].meta.record_id}"}]
    assert [m["action"]["text"] for m in issue["mitigation"]] == [
        "Meldt til: Avdelingsleder", "Oppfølging: Gjennomgått med leder; ny telling i morgen"]
    assert {"url": fl.EXT_FOUND_BY, "valueString": "Test Vernepleier"} in issue["extension"]
    assert practitioners_for(records["ledger_count"]) == [WORKER, SECOND]
    assert references_in(issue) >= {("Patient", cid), ("Observation", records["ledger_count"].meta.record_id)}


def test_a_line_entered_in_error_says_so(app, sample) -> None:  # noqa: ANN001
    _, made = sample
    wrong = app.enter_in_error(made.records["ledger_receipt"].meta.record_id, "Feil legemiddel")
    delivery = fl.supply_delivery(wrong)
    assert delivery["status"] == "entered-in-error" and delivery["meta"]["tag"][0]["code"] == "entered-in-error"
    _validate(delivery)


def test_the_ledger_syncs_to_the_standin_exactly_once(app, clock, db, server, sample) -> None:  # noqa: ANN001
    _, made = sample
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.COMPLETE, summary
    assert_exactly_once(db, server)
    assert server.resource_count("SupplyDelivery") == 2 and server.resource_count("DetectedIssue") == 1
    deviation = made.records["ledger_deviation"]
    history = server.history("DetectedIssue", deviation.meta.record_id)
    assert [version_on_server(h) for h in history] == [deviation.meta.replaces, deviation.meta.version_id]
    # A second run sends nothing; a correction goes up as a new version of the same resource.
    before = len(writes(server))
    assert sync(db, server).sent == 0 and len(writes(server)) == before
    clock.advance(minutes=5)
    fixed = app.correct_ledger_entry(made.records["ledger_waste"].meta.record_id, reason="Delt tablett")
    assert sync(db, server).outcome is SyncOutcome.COMPLETE
    assert_exactly_once(db, server)
    on_server = server.get("Observation", fixed.meta.record_id)
    assert on_server["status"] == "amended" and kind_of(fixed) == "ledger_waste"
