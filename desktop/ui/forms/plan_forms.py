"""Goals, measures, evaluations, a goal's status and the individual plan."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget
from PySide6.QtCore import QSize, Qt

from ...domain.assessment import Analysis
from ...domain.plan import Evaluation, EvaluationOutcome, Goal, GoalStatus, IndividualPlan, Measure
from ...services import Ambulant
from ..i18n import labels, plan_labels
from ..kit.formatting import fmt_date, to_local
from ..session import Session
from .fields import DateField, TextArea
from ..ops import service_call
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size


def split_lines(text: str) -> tuple[str, ...]:
    """One item per line (or comma), blanks dropped."""
    parts = [p.strip() for line in text.splitlines() for p in line.split(",")]
    return tuple(p for p in parts if p)


class GoalDialog(FormDialog):
    """A goal in the client's own words, whether the client took part, the analysis it builds on, and
    whether it belongs to the individual plan."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None,
                 analyses: Sequence[Analysis] = (), analysis_id: str = "", plan: IndividualPlan | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.plan = plan
        self.setWindowTitle(self.tr("New goal"))
        self.title = self.add_field("title", self.tr("Goal"), QLineEdit())
        self.own_words = self.add_field("own_words", self.tr("In the client's own words"), TextArea(lines=3))
        self.participated = self.add_field("client_participated", self.tr("User participation"),
                                           QCheckBox(self.tr("The client took part in setting the goal")))
        self.participated.setChecked(True)
        self.area = self.add_field("area", self.tr("Area"), QLineEdit(),
                                   hint=self.tr("e.g. housing, health, work and activity"))
        self.target = self.add_field("target_date", self.tr("Target date"), DateField(None, optional=True))
        self.analysis = QComboBox()
        self.analysis.addItem(self.tr("(none recorded)"), "")
        for a in analyses:
            if not a.meta.entered_in_error:
                day = fmt_date(to_local(a.meta.occurred_at).date())
                self.analysis.addItem(f"{day} – {a.heading}", a.meta.record_id)
        self.analysis.setCurrentIndex(max(0, self.analysis.findData(analysis_id)))
        self.add_field("analysis_id", self.tr("Builds on the analysis"), self.analysis)
        self.in_plan = self.add_field("plan_id", self.tr("Individual plan"),
                                      QCheckBox(self.tr("The goal is part of the individual plan")))
        self.in_plan.setChecked(plan is not None)
        self.in_plan.setEnabled(plan is not None)

    def operation(self) -> Callable[[Ambulant], Goal]:
        plan_id = self.plan.meta.record_id if self.plan is not None and self.in_plan.isChecked() else ""
        return service_call(Ambulant.add_goal,
                            self.client_id, self.title.text(), self.own_words.text(), self.participated.isChecked(),
                            self.area.text().strip(), self.target.value(), analysis_id=self.analysis.currentData(),
                            plan_id=plan_id)


class GoalStatusDialog(FormDialog):
    """Change a goal's status (active, achieved, paused, ended): a new version of the goal."""

    def __init__(self, session: Session, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.goal = goal
        self.setWindowTitle(self.tr("Goal status"))
        self.set_intro(self.tr("Goal:") + " <b>" + escape(goal.title) + "</b>")
        self.status = QComboBox()
        for value in GoalStatus:
            self.status.addItem(labels.goal_status(value), value)
        self.status.setCurrentIndex(self.status.findData(goal.status))
        self.add_field("status", self.tr("Status"), self.status)

    def operation(self) -> Callable[[Ambulant], Goal]:
        return service_call(Ambulant.set_goal_status, self.goal.meta.record_id, GoalStatus(self.status.currentData()))


class MeasureDialog(FormDialog):
    """A measure under a goal: what, its scope, how it is carried out, who, how often, from–to."""

    def __init__(self, session: Session, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.goal = goal
        self.setWindowTitle(self.tr("New measure"))
        self.set_intro(self.tr("Goal:") + " <b>" + escape(goal.title) + "</b>")
        self.description = self.add_field("description", self.tr("Measure"), TextArea(lines=2))
        self.scope = self.add_field("scope", self.tr("Scope"), QLineEdit(), hint=self.tr("e.g. 3 hours a week"))
        self.how = self.add_field("how", self.tr("How it is carried out"), TextArea(lines=3))
        self.responsible = self.add_field("responsible", self.tr("Who does it"), QLineEdit())
        self.frequency = self.add_field("frequency", self.tr("How often"), QLineEdit(),
                                        hint=self.tr("e.g. twice a week"))
        self.start = self.add_field("start", self.tr("From"), DateField(session.now().date()))
        self.end = self.add_field("end", self.tr("To"), DateField(None, optional=True))
        initial_dialog_size(self, QSize(560, 600))

    def operation(self) -> Callable[[Ambulant], Measure]:
        return service_call(Ambulant.add_measure,
                            self.goal.meta.record_id, self.description.text(), self.responsible.text(),
                            self.frequency.text(), self.start.value(), self.end.value(), self.scope.text(),
                            self.how.text())


class EvaluationDialog(FormDialog):
    """A dated evaluation of a goal or a measure: how it went, whether it was reached, what changes next."""

    def __init__(self, session: Session, target_id: str, target_text: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.target_id = target_id
        self.setWindowTitle(self.tr("New evaluation"))
        self.set_intro(self.tr("Evaluation of:") + " <b>" + escape(target_text) + "</b>")
        self.text = self.add_field("text", self.tr("Evaluation"), TextArea(lines=4))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Not stated"), None)
        for value in EvaluationOutcome:
            self.outcome.addItem(plan_labels.outcome(value), value)
        self.add_field("outcome", self.tr("Was it reached?"), self.outcome)
        self.progress = QSpinBox()
        self.progress.setRange(-1, 10)
        self.progress.setSpecialValueText(self.tr("Not rated"))
        self.progress.setValue(-1)
        self.add_field("progress", self.tr("Progress (0–10)"), self.progress)
        self.next_steps = self.add_field("next_steps", self.tr("What changes next"), TextArea(lines=2))

    def operation(self) -> Callable[[Ambulant], Evaluation]:
        progress = self.progress.value()
        outcome = self.outcome.currentData()
        return service_call(Ambulant.add_evaluation,
                            self.target_id, self.text.text(), None if progress < 0 else progress,
                            outcome=EvaluationOutcome(outcome) if outcome else None,
                            next_steps=self.next_steps.text())


class IndividualPlanDialog(FormDialog):
    """The individual plan's fields (forskrift § 19); saving again makes a new version. Goals not yet in
    a plan can be taken into it. (Consent is recorded on its own, as a Consent.)"""

    def __init__(self, session: Session, client_id: str, current: IndividualPlan | None,
                 parent: QWidget | None = None, goals: Sequence[Goal] = ()) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Individual plan"))
        today = session.now().date()
        self.coordinator = self.add_field("coordinator", self.tr("Coordinator"), QLineEdit())
        self.participants = self.add_field("participants", self.tr("Taking part in the planning"),
                                           TextArea(lines=2), hint=self.tr("One per line or separated by commas"))
        self.period_start = self.add_field("period_start", self.tr("Plan period from"), DateField(today))
        self.period_end = self.add_field("period_end", self.tr("Plan period to"), DateField(None, optional=True))
        self.next_revision = self.add_field("next_revision", self.tr("Next revision"), DateField(None, optional=True))
        self.resources = self.add_field("resources", self.tr("Resources"), TextArea(lines=2))
        self.needs = self.add_field("needs", self.tr("Needs"), TextArea(lines=2))
        self.contributions = self.add_field("contributions", self.tr("What each party contributes"), TextArea(lines=2))
        self.collaboration = self.add_field("collaboration", self.tr("Collaboration with other services"),
                                            TextArea(lines=2))
        plan_id = current.meta.record_id if current is not None else None
        self.goal_list = QListWidget()
        for goal in goals:
            if goal.meta.entered_in_error or (plan_id and goal.plan_id == plan_id):
                continue
            item = QListWidgetItem(goal.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, goal.meta.record_id)
            self.goal_list.addItem(item)
        self.goal_list.setMaximumHeight(self.goal_list.sizeHintForRow(0) * 4 + 8 if self.goal_list.count() else 40)
        if self.goal_list.count():
            self.add_field("include_goals", self.tr("Goals to take into the plan"), self.goal_list,
                           hint=self.tr("With their measures"))
        if current is not None:
            self._fill(current)
        initial_dialog_size(self, QSize(620, 720))

    def _fill(self, plan: IndividualPlan) -> None:
        self.coordinator.setText(plan.coordinator)
        self.participants.setPlainText("\n".join(plan.participants))
        self.period_start.set_value(plan.period_start)
        self.period_end.set_value(plan.period_end)
        self.next_revision.set_value(plan.next_revision)
        for widget, text in ((self.resources, plan.resources), (self.needs, plan.needs),
                             (self.contributions, plan.contributions), (self.collaboration, plan.collaboration)):
            widget.setPlainText(text)

    def chosen_goals(self) -> tuple[str, ...]:
        return tuple(self.goal_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goal_list.count())
                     if self.goal_list.item(i).checkState() == Qt.CheckState.Checked)

    def operation(self) -> Callable[[Ambulant], IndividualPlan]:
        return service_call(
            Ambulant.set_individual_plan,
            self.client_id, include_goals=self.chosen_goals(), coordinator=self.coordinator.text().strip(),
            participants=split_lines(self.participants.text()), period_start=self.period_start.value(),
            period_end=self.period_end.value(), next_revision=self.next_revision.value(),
            resources=self.resources.text().strip(), needs=self.needs.text().strip(),
            contributions=self.contributions.text().strip(), collaboration=self.collaboration.text().strip())
