"""Incidents and the § 10 a children-as-relatives record (chapter 9: chapter9_forms.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from ...domain.clients import ChildrenAsRelatives, YesNoUnknown
from ...domain.observation import Incident, Severity
from ...services import Ambulant
from ..i18n import labels
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
