"""Signing doses that need more than one keystroke: a reason, a second signer, an as-needed dose, its effect."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from ...domain.medication import (Administration, AdministrationStatus, EffectEvaluation, MedicationOrder,
                                  parse_dose)
from ...services import Ambulant
from ..i18n import labels
from ..kit.formatting import fmt_datetime, fmt_time
from ..i18n.language import fill
from ..session import Session
from ..kit.theme import banner_style
from .fields import DateTimeField, TextArea
from .form_dialog import FormDialog


def order_line(order: MedicationOrder) -> str:
    """The order in bold with its dose (escaped rich text)."""
    return f"<b>{escape(order.label)}</b> — {escape(str(order.dose))}"


class ReasonDialog(FormDialog):
    """A fixed dose not given or refused: the reason is required."""

    def __init__(self, session: Session, order: MedicationOrder, status: AdministrationStatus,
                 scheduled_for: dt.datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.order, self.status, self.scheduled_for = order, status, scheduled_for
        self.setWindowTitle(self.tr("Dose refused") if status is AdministrationStatus.REFUSED
                            else self.tr("Dose not given"))
        when = fill(self.tr("planned %1"), fmt_time(scheduled_for)) if scheduled_for else ""
        self.set_intro(f"{order_line(order)} {when}")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([""] + labels.common_reasons())
        self.reason.setCurrentIndex(0)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))

    def save(self, app: Ambulant) -> Administration:
        return app.record_administration(self.order.order_id, self.status, scheduled_for=self.scheduled_for,
                                         reason=self.reason.currentText(), note=self.note.text())


class SecondSignerDialog(FormDialog):
    """A fixed dose that needs a double check: who checked it."""

    def __init__(self, session: Session, order: MedicationOrder, status: AdministrationStatus,
                 scheduled_for: dt.datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.order, self.status, self.scheduled_for = order, status, scheduled_for
        self.setWindowTitle(self.tr("Double check"))
        self.set_intro(order_line(order) + "<br>" +
                       self.tr("This medicine needs a second signer: enter the person who checked the dose."))
        self.name, self.hpr = self.add_second_signer_rows()

    def save(self, app: Ambulant) -> Administration:
        return app.record_administration(self.order.order_id, self.status, scheduled_for=self.scheduled_for,
                                         second_signer=self.second_signer(self.name, self.hpr))


class PrnDoseDialog(FormDialog):
    """An as-needed dose: reason, dose and time; a warning at the 24-hour maximum."""

    def __init__(self, session: Session, order: MedicationOrder, given_24h: int, needs_second: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.order = order
        self.setWindowTitle(self.tr("Give an as-needed dose"))
        self.set_intro(order_line(order) + "<br>" + escape(fill(self.tr("Indication: %1"), order.indication)))
        at_max = order.max_per_24h is not None and given_24h >= order.max_per_24h
        count = QLabel(fill(self.tr("Given in the last 24 hours: %1 of at most %2"),
                            given_24h, order.max_per_24h or 0))
        count.setWordWrap(True)
        if at_max:
            count.setText(count.text() + " — " + self.tr("the maximum is reached"))
            count.setStyleSheet(banner_style("danger"))
        self.count_label = count
        self.form.addRow(count)
        self.reason = self.add_field("prn_reason", self.tr("Why is it given?"), QLineEdit())
        self.dose = self.add_field("dose", self.tr("Dose"), QLineEdit(str(order.dose)),
                                   hint=self.tr("Amount and unit, e.g. 1 tablett"))
        self.at = self.add_field("at", self.tr("Time given"), DateTimeField(session.now()))
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))
        self.name: QLineEdit | None = None
        self.hpr: QLineEdit | None = None
        if needs_second:
            self.name, self.hpr = self.add_second_signer_rows()
        self.over_max = self.add_field(
            "max_per_24h", self.tr("Over the maximum"),
            QCheckBox(self.tr("I have confirmed with the prescriber that this extra dose may be given")))
        self.form.setRowVisible(self.over_max.parentWidget(), at_max)

    def show_error(self, field: str, message: str) -> None:
        if field == "max_per_24h":
            self.form.setRowVisible(self.over_max.parentWidget(), True)
        super().show_error(field, message)

    def save(self, app: Ambulant) -> Administration:
        second = self.second_signer(self.name, self.hpr) if self.name and self.hpr else None
        return app.record_administration(
            self.order.order_id, AdministrationStatus.GIVEN, dose=parse_dose(self.dose.text()),
            at=self.at.value(), second_signer=second, prn_reason=self.reason.text(), note=self.note.text(),
            allow_over_max=self.over_max.isChecked())


class EffectDialog(FormDialog):
    """The follow-up of an as-needed dose: did it help?"""

    def __init__(self, session: Session, order: MedicationOrder | None, administration: Administration,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.administration = administration
        self.setWindowTitle(self.tr("Effect of the as-needed dose"))
        drug = order.label if order is not None else ""
        self.set_intro(fill(escape(self.tr("%1 given %2. Reason: %3")), f"<b>{escape(drug)}</b>",
                            fmt_datetime(administration.meta.occurred_at), escape(administration.prn_reason)))
        self.effect = self.add_field("effect", self.tr("Effect"), TextArea(lines=3))
        self.rating = QComboBox()
        self.rating.addItem(self.tr("Not rated"), None)
        for value, text in enumerate(labels.effect_ratings()):
            self.rating.addItem(text, value)
        self.add_field("rating", self.tr("Rating"), self.rating)

    def save(self, app: Ambulant) -> EffectEvaluation:
        return app.record_effect(self.administration.meta.record_id, self.effect.text(),
                                 self.rating.currentData())
