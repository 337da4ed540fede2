"""The domain's rules on what the pull brings down: judged, kept, shown — never refused or dropped.

Against the stand-in (both profiles) and the independent Medplum-based server: the server is
seeded as an EHR writes (tests/sync/ehr_data.py), then the real engine pushes and pulls into a
real SQLCipher journal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.domain.overrides import Rule
from desktop.services import Ambulant
from desktop.store.pulled_findings import PulledFindingRepository
from desktop.sync.engine import SyncOutcome
from tests.conftest import WORKER
from tests.sync.conftest import pull
from tests.sync.ehr_data import (
    allergy,
    colleague_dose,
    municipal_record,
    order,
    rule_breaking_records,
    stopped_yesterday,
)


@pytest.fixture
def ehr(fhir_server: Any, clock: Any):
    record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
    record.resources += rule_breaking_records(clock.now)
    fhir_server.seed(*record.resources)
    fhir_server.seed_history(stopped_yesterday(record, clock.now))
    return record


def pull_complete(db: Any, server: Any, clock: Any):
    summary = pull(db, server, clock)
    assert summary.outcome is SyncOutcome.COMPLETE and summary.pull is not None, summary.message_en
    assert summary.pull.problems == (), summary.pull.problems      # nothing refused, nothing unreadable
    return summary


def _client_id(app: Ambulant, ehr: Any, patient_id: str) -> str:
    return app.find_client(ehr.national_ids[patient_id]).client_id


def _resource(ehr: Any, id_: str) -> dict[str, Any]:
    return next(r for r in ehr.resources if r["id"] == id_)


def _findings(app: Ambulant, client_id: str) -> dict[Rule, list[Any]]:
    found: dict[Rule, list[Any]] = {}
    for finding in app.pulled_findings(client_id):
        found.setdefault(finding.rule, []).append(finding)
    return found


def test_what_breaks_a_rule_is_kept_counted_and_found(app, db, fhir_server, ehr, clock) -> None:
    summary = pull_complete(db, fhir_server, clock)
    astrid, bjorn = _client_id(app, ehr, "ehr-pas-1"), _client_id(app, ehr, "ehr-pas-2")
    # Everything the server holds is here, whatever the rules say of it.
    orders = {o.drug_name: o for o in app.orders(astrid)}
    amoxicillin = orders["Amoxicillin 500 mg kapsel"]
    assert not amoxicillin.meta.entered_in_error and amoxicillin.atc == "J01CA04"
    oxazepam = app.overview(app.get_client(astrid)).prn_administrations
    assert len([a for a in oxazepam if a.order_id == orders["Oxazepam 10 mg tablett"].order_id]) == 4
    with db.reading():
        laktulose = db.records.current("administration", bjorn, newest_first=True)
    assert len(laktulose) == 2

    # The order for a drug in CAVE (the CAVE pulled in the same run), the fourth dose in 24 hours,
    # and the dose of a stopped order given after the stop (the one from before it is no finding).
    found = _findings(app, astrid)
    (cave,) = found[Rule.ALLERGY]
    assert cave.kind == "order" and cave.record_id == amoxicillin.order_id
    assert cave.message_nb.startswith("CAVE! Penicillin") and "J01CA04" in cave.message_nb
    assert "J01CA04" in cave.message_en and cave.author_name == "Per Fastlege"
    (too_many,) = found[Rule.PRN_MAX]
    assert too_many.kind == "administration" and too_many.author_name == "Kari Kollega"
    assert too_many.message_nb == "Maks 3 doser per døgn er allerede gitt."
    assert set(found) == {Rule.ALLERGY, Rule.PRN_MAX}
    (stopped,) = app.pulled_findings(bjorn)
    assert stopped.rule is Rule.ORDER_NOT_IN_FORCE and stopped.record_id == laktulose[0].meta.record_id
    assert stopped.order_id == laktulose[0].order_id

    # Counted in the summary the window shows, and kept by record version in the journal.
    assert summary.pull.rule_breaks == 3
    assert "3 hentede oppføringer bryter en regel" in summary.message_nb
    assert "3 pulled records break a rule" in summary.message_en
    with db.reading() as conn:
        kept = PulledFindingRepository(conn).for_version(amoxicillin.order_id, amoxicillin.meta.version)
    assert kept is not None and [f.rule for f in kept] == [Rule.ALLERGY]

    # Asking the same rules about the same records from elsewhere gives the same answer.
    assert [f.rule for f in app.check_record(amoxicillin)] == [Rule.ALLERGY]

    # An unchanged server is judged again by no one: nothing new, nothing counted, still shown.
    again = pull_complete(db, fhir_server, clock)
    assert again.pull.rule_breaks == 0 and "bryter en regel" not in again.message_nb
    assert len(app.pulled_findings(astrid)) == 2


def test_a_newer_version_without_the_finding_clears_it(app, db, fhir_server, ehr, clock) -> None:
    pull_complete(db, fhir_server, clock)
    astrid, bjorn = _client_id(app, ehr, "ehr-pas-1"), _client_id(app, ehr, "ehr-pas-2")
    (too_many,) = _findings(app, astrid)[Rule.PRN_MAX]
    flagged = next(r for r in ehr.resources if r["id"].startswith("ehr-ma-oxa")
                   and dt.datetime.fromisoformat(r["effectiveDateTime"]) == too_many.occurred_at)
    # The colleague corrects the time of that dose to two days ago; the laktulose dose was a mistake;
    # the prescriber changes the amoxicillin order to another drug.
    moved = colleague_dose(flagged["id"], "ehr-pas-1", "ehr-mr-3", "Oxazepam 10 mg tablett",
                           too_many.occurred_at - dt.timedelta(days=2))
    wrong = {**_resource(ehr, "ehr-ma-lakt"), "status": "entered-in-error"}
    amox = _resource(ehr, "ehr-mr-amox")
    other = {**amox, "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc",
                                                               "code": "J01FF01"}], "text": "Klindamycin 150 mg"}}
    fhir_server.seed(moved, wrong, other)
    summary = pull_complete(db, fhir_server, clock)
    assert summary.pull.rule_breaks == 0 and "bryter en regel" not in summary.message_nb
    assert app.pulled_findings(astrid) == [] and app.pulled_findings(bjorn) == []
    # The older versions keep what was found in them; the records are all still here.
    orders = {o.order_id: o for o in app.orders(astrid)}
    klindamycin = orders[next(o for o in orders if orders[o].drug_name == "Klindamycin 150 mg")]
    assert klindamycin.meta.version == 2
    with db.reading() as conn:
        repo = PulledFindingRepository(conn)
        assert [f.rule for f in repo.for_version(klindamycin.order_id, 1) or []] == [Rule.ALLERGY]
        assert repo.for_version(klindamycin.order_id, 2) == []
    assert len(app.overview(app.get_client(astrid)).prn_administrations) == 3   # in the window; one moved out


def test_cave_that_arrives_after_the_order_makes_it_a_finding_and_goes_with_it(app, db, fhir_server, ehr,
                                                                               clock) -> None:
    today = clock.now.date()
    ibuprofen = order("ehr-mr-ibu", "ehr-pas-2", start=today - dt.timedelta(days=3),
                      medication={"medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc",
                                                                            "code": "M01AE01"}],
                                                                "text": "Ibuprofen 400 mg tablett"}},
                      dosage={"timing": {"repeat": {"timeOfDay": ["08:00:00"]}}, "doseAndRate": [
                          {"doseQuantity": {"value": 1, "unit": "tablett"}}]})
    fhir_server.seed(ibuprofen)
    pull_complete(db, fhir_server, clock)
    bjorn = _client_id(app, ehr, "ehr-pas-2")
    assert Rule.ALLERGY not in _findings(app, bjorn)
    nsaid = allergy("ehr-ai-nsaid", "ehr-pas-2", {"text": "NSAID"}, reaction="Astma")
    fhir_server.seed(nsaid)
    summary = pull_complete(db, fhir_server, clock)
    (cave,) = _findings(app, bjorn)[Rule.ALLERGY]
    assert "NSAID" in cave.message_nb and summary.pull.rule_breaks == 1
    # The record lifts the CAVE (resolved): the order is judged again and no longer shows it.
    fhir_server.seed({**nsaid, "clinicalStatus": {"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "resolved"}]}})
    pull_complete(db, fhir_server, clock)
    assert Rule.ALLERGY not in _findings(app, bjorn)
    assert "Ibuprofen 400 mg tablett" in {o.drug_name for o in app.orders(bjorn)}
