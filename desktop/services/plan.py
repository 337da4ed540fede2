"""The plan: goals, measures, evaluations, the individual plan, the responsibility group."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import medication_rules as rules
from ..domain.assessment import Analysis
from ..domain.audit import AuditAction
from ..domain.errors import DomainError, require
from ..domain.plan import (
    AgreedTask,
    Evaluation,
    EvaluationOutcome,
    Goal,
    GoalStatus,
    GroupMember,
    IndividualPlan,
    Measure,
    Meeting,
    ResponsibilityGroup,
    TaskReview,
    review_changes,
    tasks_for_review,
    unapplied_reviews,
    with_reviews,
)
from ..domain.records import correct
from .base import ServiceBase
from .views import ClientMarks


class PlanServices(ServiceBase):
    """The plan use cases."""

    # -- goals, measures, evaluations ----------------------------------------------

    def add_goal(self, client_id: str, title: str, own_words: str, client_participated: bool,
                 area: str = "", target_date: dt.date | None = None, analysis_id: str = "",
                 plan_id: str | None = None) -> Goal:
        """Add a goal in the client's own words.

        ``analysis_id`` links it to the analysis it builds on. ``plan_id`` is the
        individual plan it belongs to: by default the client's current plan, if any;
        '' for a goal outside the plan.
        """
        self.get_client(client_id)
        if analysis_id:
            analysis = self._get(analysis_id, Analysis)
            require(analysis.client_id == client_id, "analysis_id", "Analysen gjelder en annen bruker.",
                    "The analysis concerns another client.")
        if plan_id is None:
            plan = self.individual_plan(client_id)
            plan_id = plan.meta.record_id if plan is not None else ""
        elif plan_id:
            self._get(plan_id, IndividualPlan)
        return self._save(Goal(self._meta(), client_id, title.strip(), own_words.strip(),
                               client_participated, area, target_date, analysis_id=analysis_id, plan_id=plan_id))

    def set_goal_status(self, goal_id: str, status: GoalStatus) -> Goal:
        """Change a goal's status (a new version of the goal)."""
        goal: Goal = self._get(goal_id, Goal)
        if goal.status is status:
            return goal
        return self._correct_record(goal, status=status)

    def add_measure(self, goal_id: str, description: str, responsible: str, frequency: str,
                    start: dt.date, end: dt.date | None = None, scope: str = "", how: str = "") -> Measure:
        """Add a measure under a goal (it belongs to the goal's individual plan)."""
        goal: Goal = self._get(goal_id, Goal)
        return self._save(Measure(self._meta(), goal.client_id, goal_id, description.strip(),
                                  responsible.strip(), frequency.strip(), start, end, scope=scope.strip(),
                                  how=how.strip(), plan_id=goal.plan_id))

    def add_evaluation(self, target_id: str, text: str, progress: int | None = None,
                       at: dt.datetime | None = None, outcome: EvaluationOutcome | None = None,
                       next_steps: str = "") -> Evaluation:
        """Evaluate a goal or a measure: how it went, whether it was reached, and what changes next."""
        target = self._get(target_id)
        if not isinstance(target, (Goal, Measure)):
            raise DomainError("target_id", "Evaluering må gjelde et mål eller et tiltak.",
                              "An evaluation must concern a goal or a measure.")
        return self._save(Evaluation(self._meta(at), target.client_id, target_id, text.strip(), progress,
                                     outcome, next_steps.strip()))

    # -- the individual plan ------------------------------------------------------

    def individual_plan(self, client_id: str) -> IndividualPlan | None:
        """The client's current individual plan, or None."""
        with self.db.reading():
            plans = self.db.records.current("individual_plan", client_id, include_in_error=False)
        return plans[-1] if plans else None

    def set_individual_plan(self, client_id: str, include_goals: tuple[str, ...] = (), **fields: Any) -> IndividualPlan:
        """Create the individual plan, or correct it as a new version.

        ``include_goals`` are goals (not yet in a plan) that become the plan's,
        with their measures: each is corrected to point to the plan.
        """
        self.get_client(client_id)
        existing = self.individual_plan(client_id)
        if existing:
            candidate = correct(existing, self.worker, self.db.device_id, self.clock(), **fields)
            candidate.check_revision_date()
            plan = self._save(candidate, AuditAction.CORRECT)
        else:
            plan = IndividualPlan(self._meta(), client_id, **fields)
            plan.check_revision_date()
            self._save(plan)
        self._attach_goals(plan, include_goals)
        return plan

    def _attach_goals(self, plan: IndividualPlan, goal_ids: tuple[str, ...]) -> None:
        plan_id = plan.meta.record_id
        with self.db.reading():
            measures = self.db.records.current("measure", plan.client_id, include_in_error=False)
        for goal_id in goal_ids:
            goal: Goal = self._get(goal_id, Goal)
            require(goal.client_id == plan.client_id, "include_goals", "Målet gjelder en annen bruker.",
                    "The goal concerns another client.")
            if goal.plan_id != plan_id:
                self._correct_record(goal, plan_id=plan_id)
            for measure in measures:
                if measure.goal_id == goal_id and measure.plan_id != plan_id:
                    self._correct_record(measure, plan_id=plan_id)

    def plan_marks(self, client_id: str | None = None) -> dict[str, ClientMarks]:
        """Clients whose individual plan is due for revision soon, today or late (for the client list)."""
        today = self.clock().astimezone(rules.LOCAL_TZ).date()
        with self.db.reading():
            plans = self.db.records.current("individual_plan", client_id, include_in_error=False)
        marks: dict[str, ClientMarks] = {}
        for plan in plans:
            state = plan.revision(today)
            if state is not None:
                marks[plan.client_id] = ClientMarks(0, 0, 0, plan_revision=plan.next_revision,
                                                    plan_revision_overdue=plan.next_revision is not None
                                                    and plan.next_revision < today)
        return marks

    # -- the responsibility group ----------------------------------------------------

    def add_responsibility_group(self, client_id: str, members: tuple[GroupMember, ...],
                                 name: str = "Ansvarsgruppe") -> ResponsibilityGroup:
        """Set up the client's responsibility group."""
        self.get_client(client_id)
        require(bool(members), "members", "Skriv minst ett medlem.", "Enter at least one member.")
        return self._save(ResponsibilityGroup(self._meta(), client_id, tuple(members), name))

    def update_group(self, group_id: str, members: tuple[GroupMember, ...], name: str | None = None) -> ResponsibilityGroup:
        """Change the members (roles, contact, from–to) or the name: a new version of the group.

        A member who leaves keeps their line with an end date, so earlier minutes still read.
        """
        group: ResponsibilityGroup = self._get(group_id, ResponsibilityGroup)
        require(bool(members), "members", "Skriv minst ett medlem.", "Enter at least one member.")
        changes: dict[str, Any] = {"members": tuple(members)}
        if name is not None and name.strip() and name.strip() != group.name:
            changes["name"] = name.strip()
        if changes["members"] == group.members and "name" not in changes:
            return group
        return self._correct_record(group, **changes)

    def tasks_to_review(self, group_id: str, day: dt.date, meeting_id: str = "") -> list[AgreedTask]:
        """The tasks a meeting on ``day`` goes through: still open, agreed at earlier meetings of the group."""
        group: ResponsibilityGroup = self._get(group_id, ResponsibilityGroup)
        with self.db.reading():
            meetings = self.db.records.current("meeting", group.client_id)
            tasks = self.db.records.current("agreed_task", group.client_id)
        return tasks_for_review(with_reviews(tasks, meetings), meetings, group_id, day, meeting_id)

    def add_meeting(self, group_id: str, date: dt.date, attendees: tuple[str, ...],
                    topics: tuple[str, ...], minutes: str, agreements: str = "",
                    reviews: tuple[TaskReview, ...] = ()) -> Meeting:
        """Record a responsibility-group meeting: its minutes, agreements and the review of open tasks.

        Each reviewed task is then corrected to show the outcome (done, dropped, a new
        deadline). The meeting is saved first: it is the record of what was decided, and
        a correction that does not get written is made up for by the next meeting
        (:func:`~desktop.domain.plan.unapplied_reviews`).
        """
        group: ResponsibilityGroup = self._get(group_id, ResponsibilityGroup)
        open_ids = {t.meta.record_id for t in self.tasks_to_review(group_id, date)}
        for review in reviews:
            require(review.task_id in open_ids, "reviews", "Oppgaven er ikke åpen fra et tidligere møte.",
                    "The task is not open from an earlier meeting.")
        at = dt.datetime.combine(date, dt.time(12), tzinfo=rules.LOCAL_TZ)
        meeting = self._save(Meeting(self._meta(at), group.client_id, group_id, date, tuple(attendees),
                                     tuple(topics), minutes.strip(), agreements.strip(), tuple(reviews)))
        self._apply_reviews(group.client_id)
        return meeting

    def _apply_reviews(self, client_id: str) -> None:
        with self.db.reading():
            meetings = self.db.records.current("meeting", client_id)
            tasks = self.db.records.current("agreed_task", client_id)
        for task, review, meeting_id in unapplied_reviews(tasks, meetings):
            self._correct_record(task, **review_changes(task, review, meeting_id))

    def add_task(self, meeting_id: str, description: str, responsible: str, deadline: dt.date) -> AgreedTask:
        """Record a task agreed in a meeting, with the member responsible and a deadline."""
        meeting: Meeting = self._get(meeting_id, Meeting)
        require(deadline >= meeting.date, "deadline", "Fristen kan ikke være før møtet.",
                "The deadline cannot be before the meeting.")
        return self._save(AgreedTask(self._meta(), meeting.client_id, meeting_id, description.strip(),
                                     responsible.strip(), deadline))

    # -- helpers ----------------------------------------------------------------------

    def _correct_record(self, record: Any, **changes: Any) -> Any:
        return self._save(correct(record, self.worker, self.db.device_id, self.clock(), **changes),
                          AuditAction.CORRECT)
