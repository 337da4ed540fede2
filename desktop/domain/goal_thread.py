"""One goal's thread through the working model: kartlegging → analyse → mål → tiltak → evaluering.

Built from the records alone (no store): the goal names its analysis, the
analysis names its kartlegginger, measures name their goal and evaluations
name the goal or measure they evaluate. A goal set before any kartlegging was
recorded simply has a shorter thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .assessment import Analysis, Assessment
from .plan import Evaluation, EvaluationOutcome, Goal, Measure


class Stage(str, Enum):
    """The five steps of vernepleierens arbeidsmodell, in order."""

    ASSESSMENT = "assessment"    # kartlegging
    ANALYSIS = "analysis"        # analyse
    GOAL = "goal"                # mål
    MEASURE = "measure"          # tiltak
    EVALUATION = "evaluation"    # evaluering


@dataclass(frozen=True)
class GoalThread:
    """Everything that leads to and follows from one goal, oldest step first."""

    goal: Goal
    assessments: tuple[Assessment, ...]
    analysis: Analysis | None
    measures: tuple[Measure, ...]
    evaluations: tuple[Evaluation, ...]     # of the goal and of its measures, oldest first

    @property
    def stages_present(self) -> tuple[Stage, ...]:
        """The steps that have at least one record (the UI shows the missing ones as gaps)."""
        present = [Stage.GOAL]
        if self.assessments:
            present.insert(0, Stage.ASSESSMENT)
        if self.analysis is not None:
            present.insert(len(present) - 1, Stage.ANALYSIS)
        if self.measures:
            present.append(Stage.MEASURE)
        if self.evaluations:
            present.append(Stage.EVALUATION)
        return tuple(present)

    @property
    def latest_outcome(self) -> EvaluationOutcome | None:
        """The outcome of the newest evaluation of the goal itself that states one."""
        own = [e for e in self.evaluations if e.target_id == self.goal.meta.record_id and e.outcome]
        return own[-1].outcome if own else None

    def evaluations_of(self, target_id: str) -> tuple[Evaluation, ...]:
        return tuple(e for e in self.evaluations if e.target_id == target_id)


def _live(records: Iterable[Any]) -> list[Any]:
    return [r for r in records if not r.meta.entered_in_error]


def build_goal_thread(goal: Goal, assessments: Iterable[Assessment], analyses: Iterable[Analysis],
                      measures: Iterable[Measure], evaluations: Iterable[Evaluation]) -> GoalThread:
    """The thread of ``goal`` from the client's records (entries in error are left out)."""
    goal_id = goal.meta.record_id
    analysis = next((a for a in _live(analyses) if a.meta.record_id == goal.analysis_id), None)
    wanted = set(analysis.assessment_ids) if analysis is not None else set()
    found = sorted((a for a in _live(assessments) if a.meta.record_id in wanted),
                   key=lambda a: a.meta.occurred_at)
    own_measures = sorted((m for m in _live(measures) if m.goal_id == goal_id), key=lambda m: (m.start, m.description))
    targets = {goal_id} | {m.meta.record_id for m in own_measures}
    own_evaluations = sorted((e for e in _live(evaluations) if e.target_id in targets),
                             key=lambda e: e.meta.occurred_at)
    return GoalThread(goal, tuple(found), analysis, tuple(own_measures), tuple(own_evaluations))
