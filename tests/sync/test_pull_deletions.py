"""Notes, observations and plan items the municipal EHR deletes are shown as deleted, against the stand-in (both
profiles) and Medplum's router.

The server is seeded as an EHR would (tests/sync/ehr_data.py plus a few more records here), the real engine
pulls, the EHR deletes (a DELETE: the resource simply stops appearing in searches) or marks a record entered in
error (an ordinary update), and the next pull must show exactly those as such: a new local version entered in
error with the reason, the history readable, no outbox row — and nothing of the laptop's own touched, nothing
marked from a census that failed or did not finish, nothing written over a local change not yet confirmed.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest

from desktop.domain.records import RecordStatus
from desktop.services import Ambulant
from desktop.store.pulled import PullRepository, ServerRecord
from desktop.sync import caseload
from desktop.sync.pull_apply import DELETED_NB
from desktop.sync.summary import SyncOutcome
from tests.conftest import WORKER
from tests.sync.conftest import pull, row_states
from tests.sync.ehr_data import LOINC, municipal_record

IN_ERROR_NB = "Merket som feilregistrert i kommunens journal."


def _more(now: dt.datetime) -> list[dict[str, Any]]:
    """What the EHR also holds for Astrid and Bjørn: another note, an observation written as text, a second
    goal, and a responsibility group (a CareTeam without the worker)."""
    when = (now - dt.timedelta(days=3)).astimezone(dt.UTC).isoformat(timespec="seconds")
    return [
        {"resourceType": "DocumentReference", "id": "ehr-doc-2", "status": "current",
         "type": {"text": "Journalnotat"}, "subject": {"reference": "Patient/ehr-pas-1"}, "date": when,
         "author": [{"reference": "Practitioner/ehr-colleague"}],
         "content": [{"attachment": {"contentType": "text/plain",
                                     "data": base64.b64encode(b"Handlet inn sammen.").decode()}}]},
        {"resourceType": "Observation", "id": "ehr-obs-2", "status": "final",
         "code": {"text": "Søvn"}, "subject": {"reference": "Patient/ehr-pas-1"}, "effectiveDateTime": when,
         "performer": [{"reference": "Practitioner/ehr-colleague"}], "valueString": "Sov hele natten"},
        {"resourceType": "Observation", "id": "ehr-obs-3", "status": "final",
         "code": {"coding": [{"system": LOINC, "code": "8867-4", "display": "Heart rate"}]},
         "subject": {"reference": "Patient/ehr-pas-2"}, "effectiveDateTime": when,
         "performer": [{"reference": "Practitioner/ehr-colleague"}],
         "valueQuantity": {"value": 64, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}},
        {"resourceType": "Goal", "id": "ehr-goal-2", "lifecycleStatus": "active",
         "description": {"text": "Gå tur hver dag"}, "subject": {"reference": "Patient/ehr-pas-2"},
         "expressedBy": {"reference": "Patient/ehr-pas-2"}},
        {"resourceType": "CareTeam", "id": "ehr-ag-1", "status": "active", "name": "Ansvarsgruppe",
         "subject": {"reference": "Patient/ehr-pas-1"},
         "participant": [{"role": [{"text": "fastlege"}], "member": {"reference": "Practitioner/ehr-gp"}}]},
    ]


@pytest.fixture
def ehr(fhir_server: Any, clock: Any):
    record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
    record.resources.extend(_more(clock.now))
    fhir_server.seed(*record.resources)
    return record


def _rows(app: Ambulant, ehr: Any) -> dict[str, ServerRecord]:
    """Server id → what the pull applied, for the caseload's clients."""
    rows: dict[str, ServerRecord] = {}
    with app.db.reading() as conn:
        for patient in ehr.caseload:
            client = app.find_client(ehr.national_ids[patient])
            rows.update({r.server_id: r for r in PullRepository(conn).for_client(client.client_id)})
    return rows


def _current(app: Ambulant, ehr: Any, server_id: str) -> Any:
    return app.history(_rows(app, ehr)[server_id].record_id)[-1]


DELETED = ("ehr-doc-1", "ehr-obs-1", "ehr-obs-3", "ehr-goal-2", "ehr-cp-1", "ehr-task-1", "ehr-ag-1")
KEPT = ("ehr-doc-2", "ehr-obs-2", "ehr-goal-1", "ehr-ct-1", "ehr-ct-2", "ehr-ct-3")


def test_what_the_ehr_deletes_is_shown_as_deleted_and_nothing_else_is_touched(app, db, fhir_server, ehr,
                                                                              clock) -> None:
    first = pull(db, fhir_server, clock)
    assert first.pull.complete and first.pull.deleted == 0
    rows = _rows(app, ehr)
    assert {*DELETED, *KEPT} <= set(rows)
    kinds = {i: rows[i].kind for i in DELETED}
    assert kinds == {"ehr-doc-1": "note", "ehr-obs-1": "measurement", "ehr-obs-3": "measurement",
                     "ehr-goal-2": "goal", "ehr-cp-1": "measure", "ehr-task-1": "agreed_task",
                     "ehr-ag-1": "responsibility_group"}
    astrid = app.find_client(ehr.national_ids["ehr-pas-1"])
    # The laptop's own records, sent up in the next sync; the EHR then deletes them too.
    mine = app.write_note(astrid.client_id, "Mitt eget notat fra besøket")
    my_goal = app.add_goal(astrid.client_id, "Lage middag selv", "Jeg vil lage mat", True)
    assert pull(db, fhir_server, clock).sent >= 2
    assert fhir_server.get("DocumentReference", mine.meta.record_id) is not None
    for id_ in DELETED:
        fhir_server.delete(rows[id_].resource_type, id_)
    fhir_server.delete("DocumentReference", mine.meta.record_id)
    fhir_server.delete("Goal", my_goal.meta.record_id)
    before = row_states(db)

    summary = pull(db, fhir_server, clock)
    assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
    assert summary.pull.complete and summary.pull.deleted == len(DELETED)
    assert summary.pull.round_trips == 1                       # the censuses rode in the pull's one request
    assert "7 slettet i kommunens journal" in summary.pull.message_nb
    for id_ in DELETED:
        versions = app.history(rows[id_].record_id)
        assert len(versions) == 2, id_                         # appended, never overwritten
        gone = versions[-1]
        assert gone.meta.status is RecordStatus.ENTERED_IN_ERROR and gone.meta.status_reason == DELETED_NB, id_
        assert gone.meta.replaces == versions[0].meta.version_id and not versions[0].meta.entered_in_error
        assert gone.meta.author == versions[0].meta.author, id_   # still named as the colleague's
    note = app.history(rows["ehr-doc-1"].record_id)
    assert note[0].text == note[1].text == "Rolig natt, spiste frokost."   # the text stays readable
    for id_ in KEPT:
        kept = app.history(rows[id_].record_id)
        assert len(kept) == 1 and not kept[0].meta.entered_in_error, id_
    for own in (mine, my_goal):                                # the laptop's own: never touched
        (only,) = app.history(own.meta.record_id)
        assert not only.meta.entered_in_error
    assert row_states(db) == before                            # no outbox row: the server's, never sent back
    now = _rows(app, ehr)
    assert {i for i, r in now.items() if r.server_status == "deleted"} == set(DELETED)
    # The pages read the current versions: the deleted ones as entered in error.
    overview = app.overview(astrid)
    assert sorted(g.title for g in overview.goals if not g.meta.entered_in_error) == ["Bo trygt hjemme",
                                                                                      "Lage middag selv"]
    assert not any(m.description == "Hjelp med morgenstell" and not m.meta.entered_in_error
                   for m in overview.measures)

    again = pull(db, fhir_server, clock)                       # nothing more to mark
    assert again.pull.deleted == 0 and again.pull.applied == 0 and again.pull.round_trips == 1
    assert all(len(app.history(rows[i].record_id)) == 2 for i in DELETED)


def test_entered_in_error_by_an_update_is_shown_so(app, db, fhir_server, ehr, clock) -> None:
    pull(db, fhir_server, clock)
    resources = {r["id"]: r for r in ehr.resources}
    fhir_server.seed({**resources["ehr-doc-1"], "status": "entered-in-error"},
                     {**resources["ehr-obs-2"], "status": "entered-in-error"},
                     {**resources["ehr-goal-2"], "lifecycleStatus": "entered-in-error"},
                     {**resources["ehr-task-1"], "status": "entered-in-error"},
                     {**resources["ehr-cp-1"], "status": "entered-in-error"})
    summary = pull(db, fhir_server, clock)
    assert summary.pull.complete and summary.pull.deleted == 0
    for id_ in ("ehr-doc-1", "ehr-obs-2", "ehr-goal-2", "ehr-task-1", "ehr-cp-1"):
        current = _current(app, ehr, id_)
        assert current.meta.entered_in_error and current.meta.status_reason == IN_ERROR_NB, id_
        assert current.meta.version == 2
    assert not _current(app, ehr, "ehr-doc-2").meta.entered_in_error
    # Deleted afterwards as well: already out of use, so no third version (only the provenance says so).
    fhir_server.delete("DocumentReference", "ehr-doc-1")
    assert pull(db, fhir_server, clock).pull.deleted == 0
    assert _current(app, ehr, "ehr-doc-1").meta.version == 2
    assert _rows(app, ehr)["ehr-doc-1"].server_status == "deleted"


def test_a_census_the_server_refuses_marks_nothing(app, db, fhir_server, ehr, clock, monkeypatch) -> None:
    pull(db, fhir_server, clock)
    for id_ in ("ehr-doc-1", "ehr-goal-2"):
        fhir_server.delete("DocumentReference" if id_.startswith("ehr-doc") else "Goal", id_)
    real = caseload.census_searches

    def refused(*args: Any, **kw: Any):
        searches = real(*args, **kw)
        for search in searches:
            search.url += "&_lastUpdated=gtnot-a-date"     # a search every FHIR server answers with 400
        return searches

    monkeypatch.setattr(caseload, "census_searches", refused)
    summary = pull(db, fhir_server, clock)
    assert not summary.pull.complete and summary.pull.deleted == 0
    assert any(p.startswith("census:") for p in summary.pull.problems), summary.pull.problems
    assert not _current(app, ehr, "ehr-doc-1").meta.entered_in_error
    assert not _current(app, ehr, "ehr-goal-2").meta.entered_in_error
    monkeypatch.setattr(caseload, "census_searches", real)
    after = pull(db, fhir_server, clock)
    assert after.pull.complete and after.pull.deleted == 2
    assert _current(app, ehr, "ehr-doc-1").meta.status_reason == DELETED_NB


def test_a_census_cut_off_between_pages_marks_nothing(app, db, fhir_server, ehr, clock, monkeypatch) -> None:
    pull(db, fhir_server, clock)
    fhir_server.delete("CareTeam", "ehr-ag-1")
    fhir_server.delete("Observation", "ehr-obs-3")
    monkeypatch.setattr(caseload, "PAGE_SIZE", 2)       # the censuses (three teams, …) need a second page
    # The pull's first request is answered; every attempt at the pages after it is refused.
    fhir_server.inject(("delay_after_commit", 0), *[("status", 503, "0")] * 4)
    cut = pull(db, fhir_server, clock)
    assert cut.outcome is SyncOutcome.INCOMPLETE and not cut.pull.complete
    assert not _current(app, ehr, "ehr-ag-1").meta.entered_in_error
    assert not _current(app, ehr, "ehr-obs-3").meta.entered_in_error
    fhir_server.clear_faults()
    whole = pull(db, fhir_server, clock)
    assert whole.pull.complete and whole.pull.deleted == 2
    assert _current(app, ehr, "ehr-ag-1").meta.entered_in_error


def test_a_local_change_not_yet_confirmed_is_never_marked_deleted(app, db, fhir_server, ehr, clock) -> None:
    pull(db, fhir_server, clock)
    bjorn = app.find_client(ehr.national_ids["ehr-pas-2"])
    (goal,) = [g for g in app.overview(bjorn).goals if g.title == "Gå tur hver dag"]
    mine = app.correct(goal.meta.record_id, title="Gå tur hver dag, med hunden")
    fhir_server.reject_identifiers({f"urn:uuid:{goal.meta.record_id}"})     # not confirmed
    fhir_server.delete("Goal", "ehr-goal-2")
    summary = pull(db, fhir_server, clock)
    assert summary.pull.waiting == 1 and summary.pull.deleted == 0
    current = _current(app, ehr, "ehr-goal-2")
    assert current.title == mine.title and not current.meta.entered_in_error
    assert app.server_state(bjorn.client_id).waiting == 1
    again = pull(db, fhir_server, clock)                   # still waiting: still not written over
    assert again.pull.deleted == 0 and _current(app, ehr, "ehr-goal-2").title == mine.title


def test_a_refused_search_of_orders_or_cave_deletes_neither(app, db, fhir_server, ehr, clock, monkeypatch) -> None:
    """Every search of a client's is judged on its own: the others coming back complete is not enough (before,
    a refused CAVE search on an incremental pull emptied the client's CAVE list, and orders went the same way)."""
    pull(db, fhir_server, clock)
    real = caseload.data_searches

    def refused(*args: Any, **kw: Any):
        searches = real(*args, **kw)
        for search in searches:
            if search.key in ("MedicationRequest", "AllergyIntolerance"):
                search.url += "&_lastUpdated=gtnot-a-date"
        return searches

    monkeypatch.setattr(caseload, "data_searches", refused)
    summary = pull(db, fhir_server, clock)
    assert not summary.pull.complete and summary.pull.deleted == 0
    astrid = app.find_client(ehr.national_ids["ehr-pas-1"])
    assert [a.substance for a in astrid.allergies] == ["Penicillin"]
    assert not any(o.meta.entered_in_error or o.suspended for o in app.orders(astrid.client_id))


def test_a_server_that_refuses_elements_gets_the_census_in_whole_resources(app, db, clock) -> None:
    """The id-only census asked once more without ``_elements`` (one more request), and deletions still show."""
    from tests.fhir_standin import StandinConfig, StandinServer
    from tests.sync.conftest import require_references
    from tests.sync.servers import StandinTarget
    with StandinServer(StandinConfig(elements=False)) as standin:
        require_references(standin)
        server = StandinTarget(standin)
        record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
        record.resources.extend(_more(clock.now))
        server.seed(*record.resources)
        pull(db, server, clock)
        server.delete("DocumentReference", "ehr-doc-1")
        summary = pull(db, server, clock)
        assert summary.pull.complete and summary.pull.deleted == 1 and summary.pull.round_trips == 2
        assert _current(app, record, "ehr-doc-1").meta.status_reason == DELETED_NB
        assert not _current(app, record, "ehr-doc-2").meta.entered_in_error
