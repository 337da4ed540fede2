"""The working model through the services, on a real encrypted database."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.assessment import AreaFinding, AssessmentArea, AssessmentMethod, Participation
from desktop.domain.audit import AuditAction
from desktop.domain.consent import ConsentKind, ConsentRecipient
from desktop.domain.errors import DomainError
from desktop.domain.goal_thread import Stage
from desktop.domain.observation import (Chapter9Field, Chapter9Recipient, CHAPTER9_FIELDS, SubstanceUse)
from desktop.domain.plan import EvaluationOutcome, GoalStatus, GroupMember, Meeting, TaskOutcome, TaskReview
from desktop.domain.records import new_meta
from desktop.services.retention import set_retention_days
from desktop.services import Ambulant
from desktop.store.database import Database
from tests.conftest import PASSPHRASE, Clock
from tests.helpers import add_client

LAW = {"concerned": "Bruker", "what_done": "Holdt armen", "why": "Slo hodet i veggen", "tried_first": "Samtale",
       "decided_by": "Vernepleier", "participants": "To ansatte"}


def kartlegging(app: Ambulant, cid: str):  # noqa: ANN201
    return app.add_assessment(cid, "Kartlegging ved oppstart",
                              (AreaFinding(AssessmentArea.HOUSING, " Bor trangt hos mor "),
                               AreaFinding(AssessmentArea.OWN_VIEW, "Vil bo alene")),
                              (AssessmentMethod.CONVERSATION, AssessmentMethod.CONVERSATION), Participation.TOOK_PART)


def plan_fields(start: dt.date) -> dict:
    return dict(coordinator="Kari Koordinator", participants=("Bruker", "Fastlege"), period_start=start,
                period_end=start + dt.timedelta(days=365), next_revision=start + dt.timedelta(days=90))


def test_the_chain_from_kartlegging_to_evaluation(app: Ambulant, clock: Clock) -> None:
    set_retention_days(app, 0)     # a month of plan work on one laptop, never synced: no retention here
    cid = add_client(app).client_id
    k = kartlegging(app, cid)
    assert k.methods == (AssessmentMethod.CONVERSATION,) and k.findings[0].findings == "Bor trangt hos mor"
    a = app.add_analysis(cid, (k.meta.record_id,), "Uro henger sammen med boforholdet", "Jeg trenger ro",
                         ("Egen bolig gir ro", " "))
    assert a.hypotheses == ("Egen bolig gir ro",)
    goal = app.add_goal(cid, "Egen leilighet", "«Min egen dør»", True, "bolig", analysis_id=a.meta.record_id)
    m = app.add_measure(goal.meta.record_id, "Søke kommunal bolig", "Koordinator", "én gang", clock.now.date(),
                        scope="2 timer", how="Fyller ut søknaden sammen med brukeren")
    clock.advance(days=30)
    app.add_evaluation(goal.meta.record_id, "Søknaden er sendt", 5, outcome=EvaluationOutcome.PARTLY,
                       next_steps="Følge opp hos boligkontoret")
    thread = app.goal_thread(goal.meta.record_id)
    assert thread.assessments == (k,) and thread.analysis == a and thread.measures == (m,)
    assert thread.stages_present == tuple(Stage)
    assert thread.latest_outcome is EvaluationOutcome.PARTLY
    assert m.scope == "2 timer" and m.how.startswith("Fyller")

    other = add_client(app, "Per Annen", dt.date(1980, 1, 2)).client_id
    with pytest.raises(DomainError) as e:
        app.add_goal(other, "Mål", "", True, analysis_id=a.meta.record_id)
    assert e.value.field == "analysis_id"
    with pytest.raises(DomainError):
        app.add_analysis(other, (k.meta.record_id,), "x", participation=Participation.DID_NOT)


def test_goal_status_changes_as_a_new_version(app: Ambulant) -> None:
    cid = add_client(app).client_id
    goal = app.add_goal(cid, "Sove bedre", "", True)
    done = app.set_goal_status(goal.meta.record_id, GoalStatus.ACHIEVED)
    assert done.status is GoalStatus.ACHIEVED and done.meta.version == 2
    assert app.set_goal_status(goal.meta.record_id, GoalStatus.ACHIEVED).meta.version == 2   # no empty version
    assert [g.status for g in app.history(goal.meta.record_id)] == [GoalStatus.ACTIVE, GoalStatus.ACHIEVED]


def test_goals_and_measures_belong_to_the_individual_plan(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    start = clock.now.date()
    before = app.add_goal(cid, "Mål før planen", "", True)
    measure = app.add_measure(before.meta.record_id, "Tiltak", "Vernepleier", "ukentlig", start)
    outside = app.add_goal(cid, "Utenfor planen", "", True)
    plan = app.set_individual_plan(cid, include_goals=(before.meta.record_id,), **plan_fields(start))
    pid = plan.meta.record_id
    assert app.history(before.meta.record_id)[-1].plan_id == pid
    assert app.history(measure.meta.record_id)[-1].plan_id == pid
    assert app.history(outside.meta.record_id)[-1].plan_id == ""
    after = app.add_goal(cid, "Nytt mål", "", True)                   # a new goal joins the plan by default
    assert after.plan_id == pid
    assert app.add_measure(after.meta.record_id, "T", "V", "daglig", start).plan_id == pid
    assert app.add_goal(cid, "Eget mål", "", True, plan_id="").plan_id == ""
    corrected = app.set_individual_plan(cid, **{**plan_fields(start), "coordinator": "Ny Koordinator"})
    assert corrected.meta.record_id == pid and corrected.meta.version == 2
    with pytest.raises(DomainError) as e:
        app.set_individual_plan(cid, **{**plan_fields(start), "next_revision": start - dt.timedelta(days=1)})
    assert e.value.field == "next_revision"
    assert app.individual_plan(cid).coordinator == "Ny Koordinator"


def test_the_revision_date_marks_the_client_list(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    start = clock.now.date()
    app.set_individual_plan(cid, **{**plan_fields(start), "next_revision": start + dt.timedelta(days=20)})
    assert cid not in app.day_marks()
    clock.advance(days=7)
    marks = app.day_marks()[cid]
    assert marks.plan_revision == start + dt.timedelta(days=20) and not marks.plan_revision_overdue and marks.any
    clock.advance(days=14)
    assert app.day_marks(cid)[cid].plan_revision_overdue


def test_consent_to_the_plan_and_to_sharing(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    plan = app.set_individual_plan(cid, **plan_fields(clock.now.date()))
    c = app.record_consent(cid, ConsentKind.SHARING, True, clock.now.date(), "Opplysninger i IP-arbeidet",
                           (ConsentRecipient("Fastlege", "Legemidler og helse"), ConsentRecipient("NAV", "Mål om arbeid")),
                           valid_until=clock.now.date() + dt.timedelta(days=365))
    assert c.plan_id == plan.meta.record_id and len(c.recipients) == 2
    with pytest.raises(DomainError) as e:
        app.record_consent(cid, ConsentKind.PLAN, True, clock.now.date() + dt.timedelta(days=5), "Planen")
    assert e.value.field == "date"
    withdrawn = app.withdraw_consent(c.meta.record_id, clock.now.date() + dt.timedelta(days=10))
    assert withdrawn.meta.version == 2 and app.history(c.meta.record_id)[0].withdrawn_on is None
    with pytest.raises(DomainError):
        app.withdraw_consent(c.meta.record_id, clock.now.date())


def test_members_are_edited_as_new_versions(app: Ambulant) -> None:
    cid = add_client(app).client_id
    group = app.add_responsibility_group(cid, (GroupMember("Ola", "NAV-veileder", "NAV"),))
    changed = app.update_group(group.meta.record_id, (
        GroupMember("Ola", "NAV-veileder", "NAV", end=dt.date(2026, 11, 30)),
        GroupMember("Lise", "Fastlege", "Legesenteret", "22 22 22 22", start=dt.date(2026, 12, 1))))
    assert changed.meta.version == 2 and [m.name for m in changed.members_on(dt.date(2026, 12, 5))] == ["Lise"]
    assert app.history(group.meta.record_id)[0].members == group.members
    assert app.update_group(group.meta.record_id, changed.members) == changed        # nothing changed
    with pytest.raises(DomainError):
        app.update_group(group.meta.record_id, ())


def test_a_meeting_reviews_the_open_tasks_of_the_last(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    group = app.add_responsibility_group(cid, (GroupMember("Kari", "Koordinator"), GroupMember("Ola", "NAV")))
    gid = group.meta.record_id
    first = app.add_meeting(gid, dt.date(2026, 10, 1), ("Kari", "Ola"), ("Bolig",), "Referat 1", "Kari søker bolig")
    a = app.add_task(first.meta.record_id, "Søke bolig", "Kari", dt.date(2026, 10, 20))
    b = app.add_task(first.meta.record_id, "Ringe NAV", "Ola", dt.date(2026, 11, 20))
    c = app.add_task(first.meta.record_id, "Kurs", "Ola", dt.date(2026, 11, 1))
    with pytest.raises(DomainError):
        app.add_task(first.meta.record_id, "For tidlig", "Ola", dt.date(2026, 9, 1))
    assert [t.description for t in app.tasks_to_review(gid, dt.date(2026, 11, 26))] == ["Søke bolig", "Kurs",
                                                                                        "Ringe NAV"]
    second = app.add_meeting(gid, dt.date(2026, 11, 26), ("Kari",), ("Bolig",), "Referat 2", "Ny frist for NAV",
                             reviews=(TaskReview(a.meta.record_id, TaskOutcome.DONE, "Sendt 15.10"),
                                      TaskReview(b.meta.record_id, TaskOutcome.CONTINUED, "", dt.date(2026, 12, 15)),
                                      TaskReview(c.meta.record_id, TaskOutcome.DROPPED, "Ikke aktuelt")))
    assert second.agreements == "Ny frist for NAV"
    a2, b2, c2 = (app.history(t.meta.record_id)[-1] for t in (a, b, c))
    assert a2.done and a2.reviewed_in == second.meta.record_id
    assert b2.is_open and b2.deadline == dt.date(2026, 12, 15)
    assert c2.dropped
    assert [t.description for t in app.tasks_to_review(gid, dt.date(2027, 1, 10))] == ["Ringe NAV"]
    with pytest.raises(DomainError) as e:   # a closed task cannot be reviewed again
        app.add_meeting(gid, dt.date(2027, 1, 10), ("Kari",), (), "R", reviews=(TaskReview(a.meta.record_id,
                                                                                           TaskOutcome.DONE),))
    assert e.value.field == "reviews"


def test_a_review_that_was_not_applied_is_applied_by_the_next_meeting(app: Ambulant, clock: Clock, db) -> None:  # noqa: ANN001
    cid = add_client(app).client_id
    gid = app.add_responsibility_group(cid, (GroupMember("Kari", "Koordinator"),)).meta.record_id
    first = app.add_meeting(gid, dt.date(2026, 10, 1), ("Kari",), (), "Referat 1")
    task = app.add_task(first.meta.record_id, "Søke bolig", "Kari", dt.date(2026, 10, 20))
    # As if the window closed between the meeting and the task's correction: only the meeting is saved.
    lost = Meeting(new_meta(app.worker, db.device_id, clock.now), cid, gid, dt.date(2026, 11, 1), ("Kari",), (),
                   "Referat 2", reviews=(TaskReview(task.meta.record_id, TaskOutcome.DONE),))
    db.save([lost], app.worker, AuditAction.CREATE, clock.now)
    assert app.tasks_to_review(gid, dt.date(2026, 11, 26)) == []          # shown as done already
    assert not app.history(task.meta.record_id)[-1].done
    app.add_meeting(gid, dt.date(2026, 11, 26), ("Kari",), (), "Referat 3")
    assert app.history(task.meta.record_id)[-1].done


def test_chapter9_form_is_kept_in_the_database(app: Ambulant, clock: Clock, db: Database, data_dir) -> None:  # noqa: ANN001
    cid = add_client(app).client_id
    assert app.chapter9_config().fields == CHAPTER9_FIELDS
    extra = Chapter9Field("debrief", "Evaluering med personalet", "Debrief with staff")
    with pytest.raises(DomainError) as e:
        app.set_chapter9_config(CHAPTER9_FIELDS, "http://ambulant.example.org/fhir/CodeSystem/chapter9")
    assert e.value.field == "code_system"
    app.set_chapter9_config(CHAPTER9_FIELDS + (extra,), "https://fhir.bergen.kommune.no/CodeSystem/kapittel9")
    db.close()
    reopened = Ambulant(Database.open(data_dir, PASSPHRASE), clock=clock)
    try:
        config = reopened.chapter9_config()
        assert config.fields[-1] == extra and config.code_system.endswith("/kapittel9")
        with pytest.raises(DomainError) as e:
            reopened.record_chapter9(cid, clock.now - dt.timedelta(minutes=20), clock.now, LAW)
        assert e.value.field == "debrief"
        reg = reopened.record_chapter9(cid, clock.now - dt.timedelta(minutes=20), clock.now,
                                       {**LAW, "debrief": "Gjennomgått samme dag"})
        assert reg.field_list[-1] == extra and reg.code_system.endswith("/kapittel9")
        sent = reopened.record_chapter9_sent(reg.meta.record_id, Chapter9Recipient.STATSFORVALTER,
                                             "Statsforvalteren i Vestland", clock.now.date(), "Altinn")
        assert sent.meta.version == 2 and sent.reported_to_statsforvalter
        assert sent.sent_to(Chapter9Recipient.STATSFORVALTER).how == "Altinn"
        assert sent.fields == reg.fields                                  # what was registered is unchanged
        with pytest.raises(DomainError):
            reopened.record_chapter9_sent(reg.meta.record_id, Chapter9Recipient.PROFESSIONAL_LEAD, "Leder",
                                          clock.now.date() + dt.timedelta(days=3))
    finally:
        reopened.close()


def test_ratings_substance_use_and_behaviour(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    assert app.record_rating(cid, 7, " Bedre ").comment == "Bedre"
    with pytest.raises(DomainError):
        app.record_rating(cid, 11)
    with pytest.raises(DomainError) as e:
        app.record_substance_use(cid, SubstanceUse.SUSPECTED)
    assert e.value.field == "substances"
    assert app.record_substance_use(cid, SubstanceUse.NONE_OBSERVED).status is SubstanceUse.NONE_OBSERVED
    b = app.record_behaviour(cid, "Roping", clock.now - dt.timedelta(hours=1), 3, 10, "Ved middag",
                             "Ventet lenge på maten", "Roet seg da vi satte oss")
    assert (b.before, b.after) == ("Ventet lenge på maten", "Roet seg da vi satte oss")
    with pytest.raises(DomainError):
        app.record_behaviour(cid, "Roping", count=0)
    overview = app.overview(app.get_client(cid))
    assert len(overview.ratings) == 1 and len(overview.substance_use) == 1 and overview.behaviours == [b]


def test_the_access_log_holds_every_line_not_just_the_newest_500(app: Ambulant, clock: Clock) -> None:
    cid = add_client(app).client_id
    for _ in range(520):
        app.db.log_access(app.worker, AuditAction.READ, clock.advance(seconds=1), cid, "overview")
    lines = app.access_log_lines(cid)
    assert len(lines) == 521 and all(line.this_device for line in lines)        # and the client's creation
    assert lines[0].event.at >= lines[-1].event.at
    with pytest.raises(DomainError):
        app.access_log_lines("no-such-client")
