"""Registrations for målrettet miljøarbeid: the client's own rating, substance-use status, behaviour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QSlider, QSpinBox, QWidget
from PySide6.QtCore import QSize, Qt

from ...domain.observation import BehaviourRegistration, ClientRating, SubstanceUse, SubstanceUseStatus
from ...services import Ambulant
from ..i18n import plan_labels
from ..ops import service_call
from ..session import Session
from .fields import DateTimeField, TextArea
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size


class RatingDialog(FormDialog):
    """"How are things?" in the client's own rating, 0 (very bad) to 10 (very good)."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("The client's own rating"))
        self.set_intro(self.tr("Ask the client how things are, from 0 (very bad) to 10 (very good)."))
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.rating = QSpinBox()
        self.rating.setRange(0, 10)
        self.rating.setValue(5)
        self.add_field("rating", self.tr("Rating (0–10)"), self.rating)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setValue(5)
        self.slider.setAccessibleName(self.tr("Rating (0–10)"))
        self.form.addRow("", self.slider)
        self.slider.valueChanged.connect(self.rating.setValue)
        self.rating.valueChanged.connect(self.slider.setValue)
        self.comment = self.add_field("comment", self.tr("In the client's words"), TextArea(lines=2))

    def operation(self) -> Callable[[Ambulant], ClientRating]:
        return service_call(Ambulant.record_rating, self.client_id, self.rating.value(), self.comment.text(),
                            at=self.at.value())


class SubstanceUseDialog(FormDialog):
    """Substance-use status at the visit."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Substance use"))
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.status = QComboBox()
        for value in SubstanceUse:
            self.status.addItem(plan_labels.substance_use(value), value)
        self.add_field("status", self.tr("Status"), self.status)
        self.substances = self.add_field("substances", self.tr("Substances"), QLineEdit(),
                                         hint=self.tr("e.g. alcohol, cannabis"))
        self.comment = self.add_field("comment", self.tr("What was observed"), TextArea(lines=3))

    def operation(self) -> Callable[[Ambulant], SubstanceUseStatus]:
        return service_call(Ambulant.record_substance_use, self.client_id, SubstanceUse(self.status.currentData()),
                            self.substances.text(), self.comment.text(), at=self.at.value())


class BehaviourDialog(FormDialog):
    """A behaviour registration: what, when, how often and long, the context, what happened before and after."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None,
                 behaviour: str = "") -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Behaviour registration"))
        self.behaviour = self.add_field("behaviour", self.tr("What (the behaviour)"), QLineEdit(behaviour))
        self.at = self.add_field("at", self.tr("When"), DateTimeField(session.now()))
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.add_field("count", self.tr("How many times"), self.count)
        self.duration = QSpinBox()
        self.duration.setRange(-1, 24 * 60)
        self.duration.setSpecialValueText(self.tr("Not stated"))
        self.duration.setSuffix(" " + self.tr("min"))
        self.duration.setValue(-1)
        self.add_field("duration_minutes", self.tr("How long"), self.duration)
        self.context = self.add_field("context", self.tr("Context"), TextArea(lines=2),
                                      hint=self.tr("Where, with whom, what was going on"))
        self.before = self.add_field("before", self.tr("What happened just before"), TextArea(lines=2))
        self.after = self.add_field("after", self.tr("What happened after"), TextArea(lines=2),
                                    hint=self.tr("How others responded, how it ended"))
        initial_dialog_size(self, QSize(560, 620))

    def operation(self) -> Callable[[Ambulant], BehaviourRegistration]:
        duration = self.duration.value()
        return service_call(Ambulant.record_behaviour, self.client_id, self.behaviour.text(), self.at.value(),
                            self.count.value(), None if duration < 0 else duration, self.context.text(),
                            self.before.text(), self.after.text())
