"""Stopping an order as the prescriber instructed (seponering): from when, who said so, when, and why."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.clients import Client
from ...domain.medication import MedicationOrder
from ...services import Ambulant
from ..i18n.language import fill
from ..kit.formatting import fmt_date
from ..ops import service_call
from ..session import Session
from .fields import DateTimeField, TextArea
from .rule_forms import RuleFormDialog, order_line


class StopOrderDialog(RuleFormDialog):
    """A new version of the order with the stop; no dose is due after the stop time."""

    def __init__(self, session: Session, client: Client, order: MedicationOrder, parent: QWidget | None = None) -> None:
        super().__init__(session, client, parent)
        self.order = order
        self.setWindowTitle(self.tr("Stop order as instructed"))
        self.set_intro(order_line(order) + "<br>" + escape(fill(
            self.tr("Ordered by %1, %2. Enter the stop exactly as the prescriber instructed it. The order is kept "
                    "as a new version; no dose is due after the stop."), order.prescriber,
            fmt_date(order.ordered_on))))
        now = session.now()
        self.stopped_at = self.add_field("stopped_at", self.tr("Stop from"), DateTimeField(now))
        self.instructed_by = self.add_field("stop_instructed_by", self.tr("Instructed by"),
                                            QLineEdit(order.prescriber),
                                            hint=self.tr("The prescriber (name and workplace)"))
        self.instructed_at = self.add_field("stop_instructed_at", self.tr("Instructed at"), DateTimeField(now))
        self.reason = self.add_field("stop_reason", self.tr("Why"), TextArea(lines=2))
        self.save_button.setText(self.tr("Stop order"))
        self.resize(560, self.sizeHint().height())

    def operation(self) -> Callable[[Ambulant], MedicationOrder]:
        return service_call(Ambulant.stop_order, self.order.order_id, self.stopped_at.value(),
                            self.instructed_by.text(), self.instructed_at.value(), self.reason.text())
