"""Kartlegging and analyse: what was mapped in which areas, how, with whom; and the understanding it led to."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget)

from ...domain.assessment import Analysis, AreaFinding, Assessment, AssessmentArea, AssessmentMethod, Participation
from ...domain.errors import DomainError
from ...services import Ambulant
from ..i18n import plan_labels
from ..kit.formatting import fmt_date, to_local
from ..ops import service_call
from ..session import Session
from .fields import DateTimeField, TextArea
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size


def _participation_box() -> QComboBox:
    box = QComboBox()
    for value in Participation:
        box.addItem(plan_labels.participation(value), value)
    return box


class AssessmentDialog(FormDialog):
    """A kartlegging: a text per area mapped (blank areas are left out), the methods, the client's part."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New assessment (kartlegging)"))
        self.set_intro(self.tr("Write what was mapped in each area you looked into; leave the others blank."))
        self.title = self.add_field("title", self.tr("Title"), QLineEdit(self.tr("Assessment")))
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.areas: dict[AssessmentArea, TextArea] = {}
        for area in AssessmentArea:
            self.areas[area] = self.add_field(f"area:{area.value}", plan_labels.area(area), TextArea(lines=2))
        self.alias("findings", f"area:{AssessmentArea.DAILY_LIVING.value}")
        methods = QWidget()
        row = QHBoxLayout(methods)
        row.setContentsMargins(0, 0, 0, 0)
        self.methods: dict[AssessmentMethod, QCheckBox] = {}
        for method in AssessmentMethod:
            self.methods[method] = QCheckBox(plan_labels.method(method))
            row.addWidget(self.methods[method])
        row.addStretch(1)
        self.methods[AssessmentMethod.CONVERSATION].setChecked(True)
        self.add_field("methods", self.tr("Method"), methods)
        self.tool = self.add_field("tool", self.tr("Name of the tool"), QLineEdit())
        self.participation = self.add_field("participation", self.tr("User participation"), _participation_box())
        self.participation_note = self.add_field("participation_note", self.tr("How the client took part"),
                                                 TextArea(lines=2))
        initial_dialog_size(self, QSize(640, 760))

    def operation(self) -> Callable[[Ambulant], Assessment]:
        findings = tuple(AreaFinding(area, box.text()) for area, box in self.areas.items() if box.text().strip())
        methods = tuple(m for m, box in self.methods.items() if box.isChecked())
        return service_call(Ambulant.add_assessment, self.client_id, self.title.text(), findings, methods,
                            Participation(self.participation.currentData()), self.tool.text(),
                            self.participation_note.text(), at=self.at.value())


class AnalysisDialog(FormDialog):
    """An analysis: the kartlegginger it builds on, the worker's and the client's understanding, hypotheses."""

    def __init__(self, session: Session, client_id: str, assessments: Sequence[Assessment],
                 chosen: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New analysis"))
        self.sources = QListWidget()
        for a in assessments:
            if a.meta.entered_in_error:
                continue
            item = QListWidgetItem(f"{fmt_date(to_local(a.meta.occurred_at).date())} – {a.title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.meta.record_id in chosen else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, a.meta.record_id)
            self.sources.addItem(item)
        self.sources.setMaximumHeight(max(48, self.sources.sizeHintForRow(0) * min(4, self.sources.count()) + 8))
        self.add_field("assessment_ids", self.tr("Builds on the assessment"), self.sources)
        self.title = self.add_field("title", self.tr("Title"), QLineEdit())
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.worker = self.add_field("worker_understanding", self.tr("The worker's understanding"), TextArea(lines=4))
        self.client = self.add_field("client_understanding", self.tr("The client's understanding"), TextArea(lines=3),
                                     hint=self.tr("In the client's own words where you can"))
        self.hypotheses = self.add_field("hypotheses", self.tr("Hypotheses"), TextArea(lines=3),
                                         hint=self.tr("One per line"))
        self.participation = self.add_field("participation", self.tr("User participation"), _participation_box())
        initial_dialog_size(self, QSize(620, 700))

    def chosen(self) -> tuple[str, ...]:
        return tuple(self.sources.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sources.count())
                     if self.sources.item(i).checkState() == Qt.CheckState.Checked)

    def operation(self) -> Callable[[Ambulant], Analysis]:
        if not self.sources.count():
            raise DomainError("assessment_ids", "Registrer kartleggingen først.", "Record the assessment first.")
        return service_call(Ambulant.add_analysis, self.client_id, self.chosen(), self.worker.text(),
                            self.client.text(), tuple(self.hypotheses.text().splitlines()),
                            Participation(self.participation.currentData()), self.title.text(), at=self.at.value())
