"""The working model in the domain: kartlegging, analyse, a goal's thread, the IP, consent, the group."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.assessment import (Analysis, AreaFinding, Assessment, AssessmentArea, AssessmentMethod,
                                       Participation)
from desktop.domain.consent import Consent, ConsentKind, ConsentRecipient, current_consent
from desktop.domain.errors import DomainError
from desktop.domain.goal_thread import Stage, build_goal_thread
from desktop.domain.plan import (AgreedTask, Evaluation, EvaluationOutcome, Goal, GroupMember, IndividualPlan,
                                 Measure, Meeting, RevisionState, TaskOutcome, TaskReview, review_changes,
                                 tasks_for_review, unapplied_reviews, with_reviews)
from desktop.domain.records import enter_in_error

from .domain_builders import CLIENT_ID, DEVICE, WORKER, at, meta

DAY = dt.date(2026, 11, 26)


def assessment(**kw) -> Assessment:  # noqa: ANN003
    fields = dict(title="Kartlegging", findings=(AreaFinding(AssessmentArea.HOUSING, "Bor trangt"),),
                  methods=(AssessmentMethod.CONVERSATION,), participation=Participation.TOOK_PART)
    fields.update(kw)
    return Assessment(meta(at(10)), CLIENT_ID, **fields)


def test_a_kartlegging_names_areas_methods_and_the_clients_participation() -> None:
    a = assessment(findings=(AreaFinding(AssessmentArea.HOUSING, "Bor trangt"),
                             AreaFinding(AssessmentArea.OWN_VIEW, "«Jeg vil ha ro»")),
                   methods=(AssessmentMethod.CONVERSATION, AssessmentMethod.TOOL), tool="IPLOS")
    assert a.finding(AssessmentArea.OWN_VIEW) == "«Jeg vil ha ro»"
    assert a.finding(AssessmentArea.HEALTH) == ""
    with pytest.raises(DomainError) as e:
        assessment(findings=())
    assert e.value.field == "findings"
    with pytest.raises(DomainError) as e:
        assessment(methods=(AssessmentMethod.TOOL,))
    assert e.value.field == "tool"                      # a named tool needs its name
    with pytest.raises(DomainError) as e:
        assessment(participation=Participation.PARTLY)
    assert e.value.field == "participation_note"        # say how the client took part
    with pytest.raises(DomainError) as e:
        assessment(findings=(AreaFinding(AssessmentArea.HEALTH, "a"), AreaFinding(AssessmentArea.HEALTH, "b")))
    assert "to ganger" in e.value.message_nb
    with pytest.raises(DomainError):
        AreaFinding(AssessmentArea.HEALTH, "  ")


def test_an_analysis_builds_on_a_kartlegging_and_holds_both_understandings() -> None:
    a = Analysis(meta(at(11)), CLIENT_ID, ("k1",), "Uro om kvelden", "Jeg sover dårlig", ("Rutiner hjelper",))
    assert a.heading == "Uro om kvelden"
    with pytest.raises(DomainError) as e:
        Analysis(meta(at(11)), CLIENT_ID, (), "Uro")
    assert e.value.field == "assessment_ids"
    with pytest.raises(DomainError) as e:
        Analysis(meta(at(11)), CLIENT_ID, ("k1",), "Uro")      # the client took part: their view too
    assert e.value.field == "client_understanding"
    Analysis(meta(at(11)), CLIENT_ID, ("k1",), "Uro", participation=Participation.DID_NOT)


def test_the_thread_of_a_goal_runs_from_kartlegging_to_evaluation() -> None:
    k1, k2, other = assessment(title="Første"), assessment(title="Andre"), assessment(title="Annen")
    analysis = Analysis(meta(at(12)), CLIENT_ID, (k1.meta.record_id, k2.meta.record_id), "Forståelse", "Min")
    goal = Goal(meta(at(13)), CLIENT_ID, "Egen bolig", "«Min dør»", True, analysis_id=analysis.meta.record_id)
    unrelated = Goal(meta(at(13)), CLIENT_ID, "Annet mål", "", True)
    m = Measure(meta(at(13)), CLIENT_ID, goal.meta.record_id, "Boligsøknad", "Koordinator", "én gang", DAY,
                scope="1 time", how="Sammen med brukeren")
    m_other = Measure(meta(at(13)), CLIENT_ID, unrelated.meta.record_id, "Annet", "X", "ukentlig", DAY)
    e_goal = Evaluation(meta(at(15)), CLIENT_ID, goal.meta.record_id, "Delvis", outcome=EvaluationOutcome.PARTLY,
                        next_steps="Oftere møter")
    e_measure = Evaluation(meta(at(14)), CLIENT_ID, m.meta.record_id, "Sendt")
    wrong = enter_in_error(Evaluation(meta(at(14)), CLIENT_ID, goal.meta.record_id, "Feil"), "Feil mål",
                           WORKER, DEVICE, at(16))
    thread = build_goal_thread(goal, [k1, k2, other], [analysis], [m, m_other], [e_goal, e_measure, wrong])
    assert [a.title for a in thread.assessments] == ["Første", "Andre"]
    assert thread.analysis == analysis
    assert thread.measures == (m,)
    assert thread.evaluations == (e_measure, e_goal)            # oldest first, the one in error left out
    assert thread.stages_present == (Stage.ASSESSMENT, Stage.ANALYSIS, Stage.GOAL, Stage.MEASURE, Stage.EVALUATION)
    assert thread.latest_outcome is EvaluationOutcome.PARTLY
    assert thread.evaluations_of(m.meta.record_id) == (e_measure,)
    bare = build_goal_thread(unrelated, [k1], [analysis], [m, m_other], [e_goal])
    assert bare.stages_present == (Stage.GOAL, Stage.MEASURE) and bare.analysis is None


def test_the_revision_date_is_noticed_two_weeks_ahead() -> None:
    plan = IndividualPlan(meta(at(9)), CLIENT_ID, "Koordinator", ("Bruker",), DAY, None, DAY + dt.timedelta(days=10))
    assert plan.revision(DAY) is RevisionState.SOON
    assert plan.revision(DAY - dt.timedelta(days=10)) is None
    assert plan.revision(DAY + dt.timedelta(days=10)) is RevisionState.DUE
    assert plan.revision(DAY + dt.timedelta(days=11)) is RevisionState.OVERDUE
    early = dataclasses.replace(plan, next_revision=DAY - dt.timedelta(days=1))
    with pytest.raises(DomainError) as e:
        early.check_revision_date()
    assert e.value.field == "next_revision"


def test_consent_to_sharing_says_who_may_see_what() -> None:
    with pytest.raises(DomainError) as e:
        Consent(meta(at(9)), CLIENT_ID, ConsentKind.SHARING, True, DAY, "IP-arbeidet")
    assert e.value.field == "recipients"
    c = Consent(meta(at(9)), CLIENT_ID, ConsentKind.SHARING, True, DAY, "IP-arbeidet",
                (ConsentRecipient("Fastlege", "Legemidler"),), valid_until=DAY + dt.timedelta(days=365))
    assert c.in_force(DAY) and not c.in_force(DAY - dt.timedelta(days=1))
    assert not c.in_force(DAY + dt.timedelta(days=366))
    withdrawn = dataclasses.replace(c, withdrawn_on=DAY + dt.timedelta(days=30))
    assert withdrawn.in_force(DAY + dt.timedelta(days=29)) and not withdrawn.in_force(DAY + dt.timedelta(days=30))
    refused = Consent(meta(at(9)), CLIENT_ID, ConsentKind.SHARING, False, DAY, "Deling med NAV")
    assert not refused.in_force(DAY)
    plan_consent = Consent(meta(at(10)), CLIENT_ID, ConsentKind.PLAN, True, DAY, "Planen")
    assert current_consent([c, plan_consent], ConsentKind.PLAN) is plan_consent
    with pytest.raises(DomainError) as e:
        Consent(meta(at(9)), CLIENT_ID, ConsentKind.PLAN, True, DAY, "Planen", valid_until=DAY - dt.timedelta(days=1))
    assert e.value.field == "valid_until"
    with pytest.raises(DomainError):
        ConsentRecipient("Fastlege", " ")


def test_members_have_a_period_and_leave_without_being_erased() -> None:
    gone = GroupMember("Ola", "NAV", start=dt.date(2026, 1, 1), end=dt.date(2026, 6, 30))
    assert gone.active_on(dt.date(2026, 3, 1)) and not gone.active_on(DAY)
    with pytest.raises(DomainError) as e:
        GroupMember("Ola", "NAV", start=DAY, end=DAY - dt.timedelta(days=1))
    assert e.value.field == "end"


def _meeting(day: dt.date, group: str = "g1", reviews: tuple[TaskReview, ...] = ()) -> Meeting:
    return Meeting(meta(at(12, day=day)), CLIENT_ID, group, day, ("Bruker",), ("Bolig",), "Referat", "Avtale",
                   reviews)


def _task(meeting: Meeting, text: str, deadline: dt.date, **kw) -> AgreedTask:  # noqa: ANN003
    return AgreedTask(meta(at(13, day=meeting.date)), CLIENT_ID, meeting.meta.record_id, text, "Koordinator",
                      deadline, **kw)


def test_open_tasks_from_earlier_meetings_come_up_for_review() -> None:
    first = _meeting(dt.date(2026, 10, 1))
    other_group = _meeting(dt.date(2026, 10, 1), group="g2")
    late = _task(first, "Søke bolig", dt.date(2026, 10, 15))
    later = _task(first, "Ringe NAV", dt.date(2026, 12, 1))
    done = _task(first, "Ferdig", dt.date(2026, 10, 10), done=True)
    foreign = _task(other_group, "Annen gruppe", dt.date(2026, 10, 10))
    chosen = tasks_for_review([later, done, late, foreign], [first, other_group], "g1", DAY)
    assert chosen == [late, later]                                      # open ones, the late first
    assert tasks_for_review([late], [first], "g1", dt.date(2026, 9, 30)) == []   # none before the meeting
    with pytest.raises(DomainError):
        _meeting(DAY, reviews=(TaskReview("t", TaskOutcome.DONE), TaskReview("t", TaskOutcome.DROPPED)))
    with pytest.raises(DomainError):
        _meeting(DAY, reviews=(TaskReview("t", TaskOutcome.CONTINUED, new_deadline=DAY - dt.timedelta(days=1)),))


def test_a_review_closes_drops_or_carries_a_task_on() -> None:
    first = _meeting(dt.date(2026, 10, 1))
    a = _task(first, "A", dt.date(2026, 10, 15))
    b = _task(first, "B", dt.date(2026, 10, 15))
    c = _task(first, "C", dt.date(2026, 10, 15))
    second = _meeting(DAY, reviews=(TaskReview(a.meta.record_id, TaskOutcome.DONE),
                                    TaskReview(b.meta.record_id, TaskOutcome.DROPPED, "Ikke aktuelt"),
                                    TaskReview(c.meta.record_id, TaskOutcome.CONTINUED, "", DAY + dt.timedelta(days=14))))
    assert review_changes(a, second.reviews[0], "m2") == {"reviewed_in": "m2", "done": True}
    pending = unapplied_reviews([a, b, c], [first, second])
    assert [t.description for t, _, _ in pending] == ["A", "B", "C"]
    a2, b2, c2 = with_reviews([a, b, c], [first, second])
    assert a2.done and not a2.is_open
    assert b2.dropped and not b2.is_open and not b2.is_open_and_late(DAY)
    assert c2.is_open and c2.deadline == DAY + dt.timedelta(days=14)
    assert unapplied_reviews([a2, b2, c2], [first, second]) == []       # applied once, not again
    assert tasks_for_review([a2, b2, c2], [first, second], "g1", DAY + dt.timedelta(days=30)) == [c2]
