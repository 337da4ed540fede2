"""Signing doses that need more than one keystroke, correcting a signed dose, an as-needed dose and its effect.

Every dialog here shows the client's CAVE on top and what the medication rules
say about the dose (far from its time, a CAVE match, the as-needed limits),
asks for a reason where a rule may be overridden, and for the enrolled
colleague's passphrase where a double check is needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...domain.clients import Client
from ...domain.medication import (Administration, AdministrationStatus, EffectEvaluation, MedicationOrder,
                                  parse_dose)
from ...domain.overrides import Rule
from ...domain.record_rules import Finding
from ...services import Ambulant
from ..i18n import labels
from ..i18n.language import fill
from ..kit.formatting import fmt_datetime, fmt_time
from ..kit.theme import banner_style
from ..ops import service_call
from ..session import Session
from .fields import DateTimeField, TextArea
from .form_dialog import FormDialog
from .rule_forms import RuleFormDialog, SecondSignerRows, double_check_why, order_line

_NOT_TAKEN = (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED)


def _short(area: TextArea) -> TextArea:
    """A note field that stays two lines high (it scrolls), so the dialog fits a small screen."""
    area.setMaximumHeight(area.minimumHeight())
    return area


class SignDoseDialog(RuleFormDialog):
    """A planned dose signed with what it needs: a reason (not given, refused), a second signer, and a reason
    to go ahead past a rule (far from its time, CAVE) — each shown with why before anything is saved."""

    def __init__(self, session: Session, client: Client, order: MedicationOrder, status: AdministrationStatus,
                 scheduled_for: dt.datetime | None, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(session, client, parent)
        self.order, self.status, self.scheduled_for = order, status, scheduled_for
        rules = {f.rule for f in findings}
        if Rule.SIGNING_WINDOW in rules:
            title = self.tr("Outside the planned time")
        elif status is AdministrationStatus.REFUSED:
            title = self.tr("Dose refused")
        elif status is AdministrationStatus.NOT_GIVEN:
            title = self.tr("Dose not given")
        elif Rule.DOUBLE_CHECK in rules:
            title = self.tr("Double check")
        else:
            title = self.tr("Sign dose")
        self.setWindowTitle(title)
        when = fill(self.tr("planned %1"), fmt_time(scheduled_for)) if scheduled_for else ""
        self.set_intro(f"{order_line(order)} {escape(when)}<br>"
                       + escape(fill(self.tr("Outcome: %1"), labels.administration_status(status))))
        self.reason: QComboBox | None = None
        if status in _NOT_TAKEN:
            self.reason = QComboBox()
            self.reason.setEditable(True)
            self.reason.addItems([""] + labels.common_reasons())
            self.reason.setCurrentIndex(0)
            self.add_field("reason", self.tr("Reason"), self.reason)
        self.note = self.add_field("note", self.tr("Note"), _short(TextArea(lines=2)))
        if Rule.DOUBLE_CHECK in rules:
            self.second = SecondSignerRows(self, session, double_check_why(session.app.double_check_reasons(order)))
        self.show_findings(findings)
        if not self.reasons:
            self.save_button.setText(self.tr("Sign"))
        self.resize(560, self.sizeHint().height())

    def operation(self) -> Callable[[Ambulant], Administration]:
        return service_call(Ambulant.record_administration, self.order.order_id, self.status,
                            scheduled_for=self.scheduled_for,
                            second_signer=self.second.signature() if self.second else None,
                            reason=self.reason.currentText() if self.reason else "", note=self.note.text(),
                            overrides=self.overrides())


class CorrectDoseDialog(RuleFormDialog):
    """A signed dose corrected by a new version: outcome, dose, time, reason, note, and why it is corrected."""

    def __init__(self, session: Session, client: Client, order: MedicationOrder, administration: Administration,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, client, parent)
        self.order, self.administration = order, administration
        self.setWindowTitle(self.tr("Correct a signed dose"))
        m = administration.meta
        self.set_intro(order_line(order) + "<br>" + escape(fill(
            self.tr("Signed %1 by %2: %3. The correction is saved as a new version; the signed one stays readable."),
            fmt_datetime(m.occurred_at), m.author.name, labels.administration_status(administration.status))))
        self.status = QComboBox()
        for status in AdministrationStatus:
            self.status.addItem(labels.administration_status(status), status)
        self.status.setCurrentIndex(self.status.findData(administration.status))
        self.add_field("status", self.tr("Outcome"), self.status)
        self.dose = self.add_field("dose", self.tr("Dose"), QLineEdit(str(administration.dose or order.dose)))
        self.at = self.add_field("at", self.tr("Time given"), DateTimeField(m.occurred_at))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([""] + labels.common_reasons())
        self.reason.setCurrentText(administration.reason)
        self.add_field("reason", self.tr("Reason (not given, refused)"), self.reason)
        self.note = self.add_field("note", self.tr("Note"), _short(TextArea(administration.note, lines=2)))
        if session.app.requires_second_signer(order):
            why = double_check_why(session.app.double_check_reasons(order))
            self.second = SecondSignerRows(self, session, why)
        self.why = self.add_field("status_reason", self.tr("Why it is corrected"), QLineEdit())
        self.save_button.setText(self.tr("Save correction"))
        self.resize(580, self.sizeHint().height())

    def operation(self) -> Callable[[Ambulant], Administration]:
        status = AdministrationStatus(self.status.currentData())
        taken = status not in _NOT_TAKEN
        at = self.at.value()
        moved = at != self.administration.meta.occurred_at.replace(second=0, microsecond=0)
        return service_call(Ambulant.correct_administration, self.administration.meta.record_id, self.why.text(),
                            status=status, dose=parse_dose(self.dose.text()) if taken else None,
                            at=at if moved else None,
                            second_signer=self.second.signature() if self.second else None,
                            reason=self.reason.currentText() if not taken else "", note=self.note.text(),
                            overrides=self.overrides())


class PrnDoseDialog(RuleFormDialog):
    """An as-needed dose: reason, dose and time; the 24-hour maximum, the interval and CAVE said before saving."""

    def __init__(self, session: Session, client: Client, order: MedicationOrder, given_24h: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, client, parent)
        self.order = order
        app = session.app
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
        self.note = self.add_field("note", self.tr("Note"), _short(TextArea(lines=2)))
        if app.requires_second_signer(order):
            self.second = SecondSignerRows(self, session, double_check_why(app.double_check_reasons(order)))
        findings = app.signing_findings(order.order_id, AdministrationStatus.GIVEN, at=session.now())
        self.show_findings([f for f in findings if f.rule is not Rule.DOUBLE_CHECK])
        self.save_button.setText(self.tr("Sign") if not self.reasons else self.save_button.text())
        self.resize(580, self.sizeHint().height())

    def operation(self) -> Callable[[Ambulant], Administration]:
        return service_call(Ambulant.record_administration, self.order.order_id, AdministrationStatus.GIVEN,
                            dose=parse_dose(self.dose.text()), at=self.at.value(),
                            second_signer=self.second.signature() if self.second else None,
                            prn_reason=self.reason.text(), note=self.note.text(), overrides=self.overrides())


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

    def operation(self) -> Callable[[Ambulant], EffectEvaluation]:
        return service_call(Ambulant.record_effect, self.administration.meta.record_id, self.effect.text(),
                            self.rating.currentData())
