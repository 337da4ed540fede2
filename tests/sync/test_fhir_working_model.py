"""The working model's records as FHIR R4: kartlegging and analyse (ClinicalImpression), consent (Consent),
the IP's goals and measures, meetings with reviews, chapter 9 under the municipality's code system,
behaviour registrations. Validated with fhir.resources (R4B, see test_fhir_mapping) and synced to the
stand-in (tests/fhir_standin; the independent-server fixture lives on another branch)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from desktop.domain.assessment import AreaFinding, AssessmentArea, AssessmentMethod, Participation
from desktop.domain.audit import AuditAction
from desktop.domain.consent import ConsentKind, ConsentRecipient
from desktop.domain.observation import CHAPTER9_FIELDS, Chapter9Field, Chapter9Recipient, SubstanceUse
from desktop.domain.plan import EvaluationOutcome, GroupMember, TaskOutcome, TaskReview
from desktop.store.outbox import OutboxState
from desktop.sync import fhir_codes as codes
from desktop.sync.summary import SyncOutcome
from desktop.sync.fhir_access_log import audit_event_from_fhir
from desktop.sync.fhir_mapping import map_audit_event, map_record, resource_type_of_kind
from desktop.sync.fhir_plan import EXT_GOAL_ANALYSIS, EXT_GOAL_PLAN, EXT_MEASURE_SCOPE
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once, sync
from tests.sync.test_fhir_mapping import StoreContext, _validate

MUNICIPALITY_SYSTEM = "https://fhir.kristiansand.kommune.no/CodeSystem/kapittel9"
_REQUIRED = {("ClinicalImpression", "status"): {"in-progress", "completed", "entered-in-error"},
             ("Consent", "status"): {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}}


@dataclass
class Ids:
    client_id: str
    assessment: str
    analysis: str
    goal: str
    measure: str
    plan: str
    consent: str
    task: str
    meeting: str


def record_working_model(app, clock) -> Ids:  # noqa: ANN001
    """One client with the whole working model, a chapter 9 registration and registrations."""
    cid = add_client(app, "Kari Nordmann", dt.date(1961, 4, 9)).client_id
    start = clock.now.date()
    k = app.add_assessment(cid, "Kartlegging ved oppstart",
                           (AreaFinding(AssessmentArea.HOUSING, "Bor trangt"),
                            AreaFinding(AssessmentArea.OWN_VIEW, "«Jeg vil ha min egen dør»")),
                           (AssessmentMethod.CONVERSATION, AssessmentMethod.TOOL), Participation.PARTLY,
                           tool="Kartleggingsskjema for bolig", participation_note="Deltok i to av tre samtaler")
    a = app.add_analysis(cid, (k.meta.record_id,), "Uroen henger sammen med boforholdet", "Jeg trenger ro",
                         ("Egen bolig gir bedre søvn",), title="Bolig og søvn")
    plan = app.set_individual_plan(cid, coordinator="Ola Koordinator", participants=("Kari", "Fastlege"),
                                   period_start=start, period_end=start + dt.timedelta(days=365),
                                   next_revision=start + dt.timedelta(days=90))
    goal = app.add_goal(cid, "Egen leilighet", "«Min egen dør»", True, "bolig", analysis_id=a.meta.record_id)
    m = app.add_measure(goal.meta.record_id, "Søke kommunal bolig", "Koordinator", "én gang", start,
                        start + dt.timedelta(days=30), scope="2 timer", how="Sammen med Kari på kontoret")
    app.add_evaluation(goal.meta.record_id, "Søknaden er sendt", 6, outcome=EvaluationOutcome.PARTLY,
                       next_steps="Ringe boligkontoret hver uke")
    c = app.record_consent(cid, ConsentKind.SHARING, True, start, "Opplysninger som trengs i IP-arbeidet",
                           (ConsentRecipient("Fastlege Lege", "Legemidler og helse"),
                            ConsentRecipient("NAV-veileder", "Mål om arbeid og aktivitet")),
                           valid_until=start + dt.timedelta(days=365))
    app.record_consent(cid, ConsentKind.PLAN, True, start, "Den individuelle planen", oral=True)
    app.record_consent(cid, ConsentKind.SHARING, False, start, "Deling med arbeidsgiver")
    group = app.add_responsibility_group(cid, (GroupMember("Ola Koordinator", "Koordinator", start=start),
                                               GroupMember("Fastlege Lege", "Fastlege", "Legesenteret")))
    app.update_group(group.meta.record_id, group.members + (GroupMember("NAV-veileder", "Veileder", "NAV",
                                                                        end=start + dt.timedelta(days=200)),))
    first = app.add_meeting(group.meta.record_id, start, ("Kari", "Ola Koordinator"), ("Bolig",), "Referat",
                            "Ola søker bolig")
    task = app.add_task(first.meta.record_id, "Søke bolig", "Ola Koordinator", start + dt.timedelta(days=14))
    dropped = app.add_task(first.meta.record_id, "Kurs", "Ola Koordinator", start + dt.timedelta(days=14))
    second = app.add_meeting(group.meta.record_id, start + dt.timedelta(days=20), ("Kari",), ("Bolig",), "Referat 2",
                             reviews=(TaskReview(task.meta.record_id, TaskOutcome.DONE),
                                      TaskReview(dropped.meta.record_id, TaskOutcome.DROPPED, "Ikke aktuelt")))
    app.set_chapter9_config(CHAPTER9_FIELDS + (Chapter9Field("debrief", "Gjennomgang", "Debrief", False),),
                            MUNICIPALITY_SYSTEM)
    reg = app.record_chapter9(cid, clock.now - dt.timedelta(minutes=30), clock.now - dt.timedelta(minutes=20), {
        "concerned": "Kari", "what_done": "Holdt armen", "why": "Slo etter personalet", "tried_first": "Samtale",
        "decided_by": "Vakthavende", "participants": "To ansatte", "debrief": "Samme dag"})
    app.record_chapter9_sent(reg.meta.record_id, Chapter9Recipient.PROFESSIONAL_LEAD, "Fagleder Berit",
                             clock.now.date(), "internpost")
    app.record_rating(cid, 6, "Grei dag")
    app.record_substance_use(cid, SubstanceUse.NONE_OBSERVED)
    app.record_behaviour(cid, "Roping", count=2, duration_minutes=5, context="Ved middag", before="Ventet på maten",
                         after="Roet seg")
    return Ids(cid, k.meta.record_id, a.meta.record_id, goal.meta.record_id, m.meta.record_id, plan.meta.record_id,
               c.meta.record_id, task.meta.record_id, second.meta.record_id)


@pytest.fixture
def mapped(app, clock, db):  # noqa: ANN001, ANN201
    ids = record_working_model(app, clock)
    context = StoreContext(db)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    with db.reading():
        for row in db.outbox.entries(OutboxState.PENDING):
            if row.entity == "record":
                resource = map_record(db.records.get_version(row.ref), context)[0]
                by_kind.setdefault(row.kind, []).append(resource)
    return ids, by_kind


def test_every_new_resource_is_valid_fhir(mapped) -> None:  # noqa: ANN001
    _, by_kind = mapped
    assert {"assessment", "analysis", "consent", "chapter9", "behaviour", "meeting", "agreed_task", "goal",
            "measure", "evaluation", "responsibility_group"} <= set(by_kind)
    for kind, resources in by_kind.items():
        for resource in resources:
            assert resource["resourceType"] == resource_type_of_kind(kind)
            _validate(resource)
            for (type_, element), allowed in _REQUIRED.items():
                if resource["resourceType"] == type_:
                    assert resource[element] in allowed


def _ext(resource: dict[str, Any], url: str) -> Any:
    found = [e for e in resource.get("extension", []) if e["url"] == url]
    return found[0] if found else None


def test_kartlegging_and_analysis_are_clinical_impressions_linked_to_the_goal(mapped) -> None:  # noqa: ANN001
    ids, by_kind = mapped
    (k,) = by_kind["assessment"]
    assert k["code"]["coding"][0]["code"] == "kartlegging" and k["status"] == "completed"
    assert [i["code"]["coding"][0]["code"] for i in k["investigation"]] == ["housing", "own-view"]
    assert "Bolig: Bor trangt" in [n["text"] for n in k["note"]]
    method = [e for e in k["extension"] if e["url"].endswith("/assessment-method")][0]["extension"]
    assert {"url": "tool", "valueString": "Kartleggingsskjema for bolig"} in method
    (a,) = by_kind["analysis"]
    assert a["code"]["coding"][0]["code"] == "analyse"
    assert a["supportingInfo"] == [{"reference": f"ClinicalImpression/{ids.assessment}"}]
    assert a["summary"].startswith("Uroen") and a["finding"][0]["itemCodeableConcept"]["text"].startswith("Egen")
    goal = by_kind["goal"][-1]
    assert _ext(goal, EXT_GOAL_ANALYSIS)["valueReference"]["reference"] == f"ClinicalImpression/{ids.analysis}"
    assert _ext(goal, EXT_GOAL_PLAN)["valueReference"]["reference"] == f"CarePlan/{ids.plan}"
    measure = by_kind["measure"][-1]
    assert measure["partOf"] == [{"reference": f"CarePlan/{ids.plan}"}]
    assert _ext(measure, EXT_MEASURE_SCOPE)["valueString"] == "2 timer"
    assert measure["description"] == "Sammen med Kari på kontoret"
    (evaluation,) = by_kind["evaluation"]
    parts = {c["code"]["coding"][0]["code"]: c for c in evaluation["component"]}
    assert parts["plan-outcome"]["valueCodeableConcept"]["coding"][0]["code"] == "partly"
    assert parts["plan-next-steps"]["valueString"] == "Ringe boligkontoret hver uke"


def test_consent_is_a_fhir_consent_with_who_may_see_what(mapped) -> None:  # noqa: ANN001
    ids, by_kind = mapped
    sharing, plan, refused = by_kind["consent"]
    assert sharing["id"] == ids.consent and sharing["status"] == "active"
    assert sharing["scope"]["coding"][0]["code"] == "patient-privacy"
    assert sharing["patient"]["reference"] == f"Patient/{ids.client_id}"
    assert sharing["provision"]["period"]["end"] and sharing["policyRule"]["coding"][0]["code"] == "OPTIN"
    actors = [(p["actor"][0]["reference"]["display"], p["code"][0]["text"]) for p in sharing["provision"]["provision"]]
    assert actors == [("Fastlege Lege", "Legemidler og helse"), ("NAV-veileder", "Mål om arbeid og aktivitet")]
    assert plan["scope"]["coding"][0]["code"] == "treatment"
    assert refused["status"] == "rejected" and refused["provision"]["type"] == "deny"
    assert [e for e in sharing["extension"] if e["url"].endswith("consent-individual-plan")][0][
        "valueReference"]["reference"] == f"CarePlan/{ids.plan}"


def test_meeting_reviews_members_and_tasks(mapped) -> None:  # noqa: ANN001
    ids, by_kind = mapped
    second = [m for m in by_kind["meeting"] if m["id"] == ids.meeting][0]
    assert [a["reference"].split("/")[0] for a in second["about"]] == ["CareTeam", "Task", "Task"]
    assert any(p["contentString"].startswith("Gjennomgått oppgave 1: utført") for p in second["payload"])
    first = [m for m in by_kind["meeting"] if m["id"] != ids.meeting][0]
    assert {"contentString": "Avtaler: Ola søker bolig"} in first["payload"]
    statuses = sorted(t["status"] for t in by_kind["agreed_task"])
    assert statuses == ["cancelled", "completed", "requested", "requested"]
    team = by_kind["responsibility_group"][-1]
    assert [p.get("period", {}).get("end") for p in team["participant"]][-1] is not None


def test_chapter9_codes_are_under_the_municipalitys_code_system(mapped) -> None:  # noqa: ANN001
    _, by_kind = mapped
    first, sent = by_kind["chapter9"]
    systems = {c["system"] for r in (first, sent) for part in [r["code"], *[x["code"] for x in r["component"]]]
               for c in part["coding"]}
    systems |= {c["system"] for r in (first, sent) for c in r["category"][0]["coding"]}
    assert systems == {MUNICIPALITY_SYSTEM}          # the codes; provenance extensions are the sync's own
    parts = {c["code"]["coding"][0]["code"]: c for c in sent["component"]}
    assert parts["debrief"]["code"]["coding"][0]["display"] == "Gjennomgang"
    assert parts["sent-to-professional-lead-date"]["valueDateTime"]
    assert parts["sent-to-professional-lead-recipient"]["valueString"] == "Fagleder Berit (internpost)"
    assert parts["reported-to-professional-lead"]["valueBoolean"] is True
    assert parts["reported-to-statsforvalter"]["valueBoolean"] is False
    (behaviour,) = by_kind["behaviour"]
    bparts = {c["code"]["coding"][0]["code"]: c for c in behaviour["component"]}
    assert bparts["behaviour-before"]["valueString"] == "Ventet på maten"
    assert bparts["behaviour-after"]["valueString"] == "Roet seg"


def test_an_audit_event_reads_back_as_an_access_log_line(app, db, clock) -> None:  # noqa: ANN001
    cid = add_client(app).client_id
    note = app.write_note(cid, "Rolig.")
    app.log_print(cid, "innsynslogg, skriver")
    events = app.access_log(cid)
    for event in events:
        back = audit_event_from_fhir(map_audit_event(event))
        assert back == event
    assert {e.action for e in events} >= {AuditAction.CREATE, AuditAction.PRINT}
    assert any(e.record_id == note.meta.record_id for e in events)
    foreign = {"resourceType": "AuditEvent", "id": "abc", "recorded": "2026-11-26T10:00:00+01:00", "action": "R",
               "agent": [{"who": {"display": "Lege i EPJ"}, "requestor": True}],
               "entity": [{"what": {"reference": f"Patient/{cid}"}}],
               "source": {"observer": {"display": "Legekontorets EPJ"}}}
    line = audit_event_from_fhir(foreign)
    assert line.actor.name == "Lege i EPJ" and line.action is AuditAction.READ and line.client_id == cid
    assert line.device_id == "Legekontorets EPJ"


def test_the_working_model_syncs_to_the_standin(app, clock, db, server) -> None:  # noqa: ANN001
    ids = record_working_model(app, clock)
    summary = sync(db, server)
    assert summary.outcome is SyncOutcome.COMPLETE, summary
    assert_exactly_once(db, server)       # every record, once, references first (the stand-in checks them)
    assert server.get("ClinicalImpression", ids.analysis)["supportingInfo"][0]["reference"].endswith(ids.assessment)
    assert server.get("Consent", ids.consent)["status"] == "active"
    assert server.get("Task", ids.task)["status"] == "completed"
    assert codes.LOCAL_BASE not in str(server.get("Consent", ids.consent)["scope"])
