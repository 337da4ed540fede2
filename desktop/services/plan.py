"""The plan: goals, measures, evaluations, the individual plan, the responsibility group."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import medication_rules as rules
from ..domain.errors import DomainError
from ..domain.plan import (
    AgreedTask,
    Evaluation,
    Goal,
    GroupMember,
    IndividualPlan,
    Measure,
    Meeting,
    ResponsibilityGroup,
)
from .base import ServiceBase


class PlanServices(ServiceBase):
    """The plan use cases."""

    def add_goal(self, client_id: str, title: str, own_words: str, client_participated: bool,
                 area: str = "", target_date: dt.date | None = None) -> Goal:
        """Add a goal in the client's own words."""
        self.get_client(client_id)
        return self._save(Goal(self._meta(), client_id, title.strip(), own_words.strip(),
                               client_participated, area, target_date))

    def add_measure(self, goal_id: str, description: str, responsible: str, frequency: str,
                    start: dt.date, end: dt.date | None = None) -> Measure:
        """Add a measure under a goal."""
        goal: Goal = self._get(goal_id, Goal)
        return self._save(Measure(self._meta(), goal.client_id, goal_id, description.strip(),
                                  responsible.strip(), frequency.strip(), start, end))

    def add_evaluation(self, target_id: str, text: str, progress: int | None = None,
                       at: dt.datetime | None = None) -> Evaluation:
        """Evaluate a goal or a measure."""
        target = self._get(target_id)
        if not isinstance(target, (Goal, Measure)):
            raise DomainError("target_id", "Evaluering må gjelde et mål eller et tiltak.",
                              "An evaluation must concern a goal or a measure.")
        return self._save(Evaluation(self._meta(at), target.client_id, target_id, text.strip(), progress))

    def set_individual_plan(self, client_id: str, **fields: Any) -> IndividualPlan:
        """Create the individual plan, or correct it as a new version."""
        self.get_client(client_id)
        with self.db.reading():
            existing = self.db.records.current("individual_plan", client_id, include_in_error=False)
        if existing:
            return self.correct(existing[-1].meta.record_id, **fields)
        return self._save(IndividualPlan(self._meta(), client_id, **fields))

    def add_responsibility_group(self, client_id: str, members: tuple[GroupMember, ...],
                                 name: str = "Ansvarsgruppe") -> ResponsibilityGroup:
        """Set up the client's responsibility group."""
        self.get_client(client_id)
        return self._save(ResponsibilityGroup(self._meta(), client_id, tuple(members), name))

    def add_meeting(self, group_id: str, date: dt.date, attendees: tuple[str, ...],
                    topics: tuple[str, ...], minutes: str) -> Meeting:
        """Record a responsibility-group meeting and its minutes."""
        group: ResponsibilityGroup = self._get(group_id, ResponsibilityGroup)
        at = dt.datetime.combine(date, dt.time(12), tzinfo=rules.LOCAL_TZ)
        return self._save(Meeting(self._meta(at), group.client_id, group_id, date,
                                  tuple(attendees), tuple(topics), minutes.strip()))

    def add_task(self, meeting_id: str, description: str, responsible: str, deadline: dt.date) -> AgreedTask:
        """Record a task agreed in a meeting."""
        meeting: Meeting = self._get(meeting_id, Meeting)
        return self._save(AgreedTask(self._meta(), meeting.client_id, meeting_id, description.strip(),
                                     responsible.strip(), deadline))
