"""Goals, measures, evaluations and the individual plan."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from ...domain.plan import Evaluation, Goal, IndividualPlan, Measure
from ...services import Ambulant
from ..session import Session
from .fields import DateField, TextArea
from ..ops import service_call
from .form_dialog import FormDialog


def split_lines(text: str) -> tuple[str, ...]:
    """One item per line (or comma), blanks dropped."""
    parts = [p.strip() for line in text.splitlines() for p in line.split(",")]
    return tuple(p for p in parts if p)


class GoalDialog(FormDialog):
    """A goal in the client's own words, and whether the client took part in setting it."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New goal"))
        self.title = self.add_field("title", self.tr("Goal"), QLineEdit())
        self.own_words = self.add_field("own_words", self.tr("In the client's own words"), TextArea(lines=3))
        self.participated = self.add_field("client_participated", self.tr("User participation"),
                                           QCheckBox(self.tr("The client took part in setting the goal")))
        self.participated.setChecked(True)
        self.area = self.add_field("area", self.tr("Area"), QLineEdit(),
                                   hint=self.tr("e.g. housing, health, work and activity"))
        self.target = self.add_field("target_date", self.tr("Target date"), DateField(None, optional=True))

    def operation(self) -> Callable[[Ambulant], Goal]:
        return service_call(Ambulant.add_goal,
                            self.client_id, self.title.text(), self.own_words.text(), self.participated.isChecked(),
                            self.area.text().strip(), self.target.value())


class MeasureDialog(FormDialog):
    """A measure under a goal: what, who, how often, from–to."""

    def __init__(self, session: Session, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.goal = goal
        self.setWindowTitle(self.tr("New measure"))
        self.set_intro(self.tr("Goal:") + " <b>" + escape(goal.title) + "</b>")
        self.description = self.add_field("description", self.tr("Measure"), TextArea(lines=2))
        self.responsible = self.add_field("responsible", self.tr("Who does it"), QLineEdit())
        self.frequency = self.add_field("frequency", self.tr("How often"), QLineEdit(),
                                        hint=self.tr("e.g. twice a week"))
        self.start = self.add_field("start", self.tr("From"), DateField(session.now().date()))
        self.end = self.add_field("end", self.tr("To"), DateField(None, optional=True))

    def operation(self) -> Callable[[Ambulant], Measure]:
        return service_call(Ambulant.add_measure,
                            self.goal.meta.record_id, self.description.text(), self.responsible.text(),
                            self.frequency.text(), self.start.value(), self.end.value())


class EvaluationDialog(FormDialog):
    """A dated evaluation of a goal or a measure."""

    def __init__(self, session: Session, target_id: str, target_text: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.target_id = target_id
        self.setWindowTitle(self.tr("New evaluation"))
        self.set_intro(self.tr("Evaluation of:") + " <b>" + escape(target_text) + "</b>")
        self.text = self.add_field("text", self.tr("Evaluation"), TextArea(lines=4))
        self.progress = QSpinBox()
        self.progress.setRange(-1, 10)
        self.progress.setSpecialValueText(self.tr("Not rated"))
        self.progress.setValue(-1)
        self.add_field("progress", self.tr("Progress (0–10)"), self.progress)

    def operation(self) -> Callable[[Ambulant], Evaluation]:
        progress = self.progress.value()
        return service_call(Ambulant.add_evaluation,
                            self.target_id, self.text.text(), None if progress < 0 else progress)


class IndividualPlanDialog(FormDialog):
    """The individual plan's fields (forskrift § 19); saving again makes a new version."""

    def __init__(self, session: Session, client_id: str, current: IndividualPlan | None,
                 parent: QWidget | None = None) -> None:
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
        self.consent_plan = self.add_field("consent_to_plan", self.tr("Consent to the plan"),
                                           QCheckBox(self.tr("The client consents to the plan")))
        self.consent_share = self.add_field("consent_to_share", self.tr("Consent to share information"),
                                            QCheckBox(self.tr("The client consents to sharing information")))
        self.consent_scope = self.add_field("consent_scope", self.tr("Scope of the consent"), QLineEdit())
        self.consent_date = self.add_field("consent_date", self.tr("Date of the consent"),
                                           DateField(None, optional=True))
        if current is not None:
            self._fill(current)
        self.resize(620, 720)

    def _fill(self, plan: IndividualPlan) -> None:
        self.coordinator.setText(plan.coordinator)
        self.participants.setPlainText("\n".join(plan.participants))
        self.period_start.set_value(plan.period_start)
        self.period_end.set_value(plan.period_end)
        self.next_revision.set_value(plan.next_revision)
        for widget, text in ((self.resources, plan.resources), (self.needs, plan.needs),
                             (self.contributions, plan.contributions), (self.collaboration, plan.collaboration)):
            widget.setPlainText(text)
        self.consent_plan.setChecked(plan.consent_to_plan)
        self.consent_share.setChecked(plan.consent_to_share)
        self.consent_scope.setText(plan.consent_scope)
        self.consent_date.set_value(plan.consent_date)

    def operation(self) -> Callable[[Ambulant], IndividualPlan]:
        return service_call(Ambulant.set_individual_plan, 
            self.client_id, coordinator=self.coordinator.text().strip(),
            participants=split_lines(self.participants.text()), period_start=self.period_start.value(),
            period_end=self.period_end.value(), next_revision=self.next_revision.value(),
            resources=self.resources.text().strip(), needs=self.needs.text().strip(),
            contributions=self.contributions.text().strip(), collaboration=self.collaboration.text().strip(),
            consent_to_plan=self.consent_plan.isChecked(), consent_to_share=self.consent_share.isChecked(),
            consent_scope=self.consent_scope.text().strip(), consent_date=self.consent_date.value())
