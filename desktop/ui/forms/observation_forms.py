"""Incidents, chapter 9 registrations and the § 10 a children-as-relatives record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from ...domain.clients import ChildrenAsRelatives, YesNoUnknown
from ...domain.observation import CHAPTER9_FIELDS, Chapter9Registration, Incident, Severity
from ...services import Ambulant
from ..i18n import labels
from ..i18n.language import ui_language
from ..session import Session
from .fields import DateTimeField, TextArea
from ..ops import service_call
from .form_dialog import FormDialog


class IncidentDialog(FormDialog):
    """An incident at a visit: what happened, how serious, what was done."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New incident"))
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.description = self.add_field("description", self.tr("What happened"), TextArea(lines=4))
        self.severity = QComboBox()
        for value in Severity:
            self.severity.addItem(labels.severity(value), value)
        self.add_field("severity", self.tr("Severity"), self.severity)
        self.actions = self.add_field("actions", self.tr("What was done"), TextArea(lines=3))

    def operation(self) -> Callable[[Ambulant], Incident]:
        return service_call(Ambulant.record_incident,
                            self.client_id, self.description.text(), Severity(self.severity.currentData()),
                            self.actions.text().strip(), at=self.at.value())


class Chapter9Dialog(FormDialog):
    """An emergency intervention (hol. kap. 9, § 9-5 third paragraph a) with the configured fields."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Chapter 9: emergency intervention"))
        self.set_intro(self.tr("Register at once. The registration goes to the Statsforvalter and to the "
                               "person with overall professional responsibility."))
        now = session.now()
        self.start = self.add_field("start", self.tr("Start"), DateTimeField(now - dt.timedelta(minutes=30)))
        self.end = self.add_field("end", self.tr("End"), DateTimeField(now))
        language = ui_language()
        self.answers: dict[str, TextArea] = {}
        for f in CHAPTER9_FIELDS:
            label = labels.chapter9_label(f.key, language) + ("" if f.required else " " + self.tr("(optional)"))
            self.answers[f.key] = self.add_field(f.key, label, TextArea(lines=2))
        self.to_statsforvalter = self.add_field(
            "reported_to_statsforvalter", self.tr("Reported"), QCheckBox(self.tr("Sent to the Statsforvalter")))
        self.to_lead = self.add_field(
            "reported_to_professional_lead", "",
            QCheckBox(self.tr("Sent to the person with overall professional responsibility")))
        self.resize(620, 760)

    def operation(self) -> Callable[[Ambulant], Chapter9Registration]:
        return service_call(Ambulant.record_chapter9, self.client_id, self.start.value(), self.end.value(),
                            {k: w.text() for k, w in self.answers.items()},
                            self.to_statsforvalter.isChecked(), self.to_lead.isChecked())


class ChildrenDialog(FormDialog):
    """Helsepersonelloven § 10 a: minor children or siblings, and their follow-up."""

    def __init__(self, session: Session, client_id: str, current: ChildrenAsRelatives | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Children as relatives (§ 10 a)"))
        self.has_children = QComboBox()
        for value in YesNoUnknown:
            self.has_children.addItem(labels.yes_no_unknown(value), value)
        self.add_field("has_minor_children", self.tr("Has minor children or siblings"), self.has_children)
        self.count = QSpinBox()
        self.count.setRange(-1, 20)
        self.count.setSpecialValueText(self.tr("Not stated"))
        self.count.setValue(-1)
        self.add_field("children_count", self.tr("Number of children"), self.count)
        self.assessed = self.add_field("assessment_made", self.tr("Assessment"),
                                       QCheckBox(self.tr("Their need for information and follow-up is assessed")))
        self.follow_up = self.add_field("follow_up", self.tr("Follow-up"), TextArea(lines=3))
        if current is not None:
            self.has_children.setCurrentIndex(self.has_children.findData(current.has_minor_children))
            self.count.setValue(-1 if current.children_count is None else current.children_count)
            self.assessed.setChecked(current.assessment_made)
            self.follow_up.setPlainText(current.follow_up)

    def operation(self) -> Callable[[Ambulant], ChildrenAsRelatives]:
        count = self.count.value()
        return service_call(Ambulant.record_children_as_relatives,
                            self.client_id, YesNoUnknown(self.has_children.currentData()),
                            self.assessed.isChecked(), self.follow_up.text().strip(),
                            None if count < 0 else count)
