"""The medication list beside today's doses: fixed and as-needed orders, the selected order in full, its actions."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from ...domain import medication_rules as rules
from ...domain.medication import MedicationOrder
from ...services import ClientOverview
from ..i18n import labels
from ..i18n.language import fill
from ..kit.formatting import fmt_date, fmt_datetime, fmt_time, to_local
from ..kit.icons import icon
from ..kit.widgets import ReadOnlyTable, button, button_row, muted
from ..session import Session


class OrderPanel(QWidget):
    """Fixed medicines, as-needed medicines (with the last 24 hours), the order chosen, and what may be done to it."""

    from_server_ids: frozenset[str] = frozenset()   # orders the pull brought down (read-only here)
    findings: tuple = ()      # PulledFinding: rules the client's pulled records break (kept, shown here)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: ClientOverview | None = None
        rv = QVBoxLayout(self)
        rv.setContentsMargins(6, 0, 0, 0)
        fixed_box = QGroupBox(self.tr("Fixed medicines"))
        fv = QVBoxLayout(fixed_box)
        self.fixed = ReadOnlyTable([self.tr("Medicine and dose"), self.tr("Times"), self.tr("Indication"),
                                    self.tr("Notes")], self.tr("Fixed medicines"))
        fv.addWidget(self.fixed)
        rv.addWidget(fixed_box, 3)
        prn_box = QGroupBox(self.tr("As-needed medicines (PRN)"))
        pv = QVBoxLayout(prn_box)
        self.prn = ReadOnlyTable([self.tr("Medicine and dose"), self.tr("Max per 24 h"), self.tr("Last 24 h"),
                                  self.tr("Indication"), self.tr("Notes")], self.tr("As-needed medicines"))
        pv.addWidget(self.prn)
        self.give_prn = button(self.tr("Give as-needed dose…"), icon("add"))
        pv.addLayout(button_row(self.give_prn))
        rv.addWidget(prn_box, 2)
        self.details = muted()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Selected order"))
        self.error_button = button(self.tr("Order entered in error…"))
        self.notes_button = button(self.tr("Administration notes…"))
        self.stop_button = button(self.tr("Stop order…"))
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        order_buttons = QVBoxLayout()
        for b in (self.notes_button, self.stop_button, self.error_button):
            order_buttons.addWidget(b)
        order_buttons.addStretch(1)
        details_row.addLayout(order_buttons)
        rv.addLayout(details_row)
        self.prn.itemSelectionChanged.connect(lambda: self._one_selection(self.prn, self.fixed))
        self.fixed.itemSelectionChanged.connect(lambda: self._one_selection(self.fixed, self.prn))

    def show_orders(self, overview: ClientOverview | None, show_stopped: bool) -> None:
        """The client's orders: in force first; stopped and erroneous ones when ``show_stopped``."""
        self.overview = overview
        if overview is None:
            return
        now = self.session.now()
        today = to_local(now).date()
        fixed_rows, fixed_styles, prn_rows, prn_styles = [], [], [], []
        for order in sorted(overview.orders, key=lambda o: (not o.active_on(today), o.drug_name.lower())):
            active = order.active_on(today)
            if not active and not show_stopped:
                continue
            style = (None, False, False) if active else (self.palette().placeholderText().color(), False, True)
            notes = self._order_notes(order, today)
            if order.as_needed:
                given = rules.prn_doses_last_24h(order, overview.prn_administrations, now)
                prn_rows.append(([f"{order.label} — {order.dose}", str(order.max_per_24h or ""), str(given),
                                  order.indication, notes], order))
                prn_styles.append(style)
            else:
                fixed_rows.append(([f"{order.label} — {order.dose}", ", ".join(fmt_time(t) for t in order.times),
                                    order.indication, notes], order))
                fixed_styles.append(style)
        self.fixed.set_rows(fixed_rows, fixed_styles)
        self.prn.set_rows(prn_rows, prn_styles)
        if prn_rows and self.prn.currentRow() < 0:
            self.prn.selectRow(0)
        self.update_buttons()

    def clear(self) -> None:
        self.overview = None
        self.fixed.setRowCount(0)
        self.prn.setRowCount(0)

    def _order_notes(self, order: MedicationOrder, today: dt.date) -> str:
        notes = []
        if order.meta.entered_in_error:
            notes.append(self.tr("Entered in error"))
        elif order.stopped_at is not None:
            notes.append(fill(self.tr("Stopped from %1"), fmt_datetime(order.stopped_at)))
        elif order.suspended:
            notes.append(self.tr("Stopped or paused by the prescriber"))
        elif order.stop is not None and order.stop < today:
            notes.append(fill(self.tr("Stopped %1"), fmt_date(order.stop)))
        elif order.stop is not None:
            notes.append(fill(self.tr("Until %1"), fmt_date(order.stop)))
        if self.session.is_unlocked and self.session.app.requires_second_signer(order):
            notes.append(self.tr("Double check"))
        if order.controlled is not None:
            notes.append(fill(self.tr("Class %1"), order.controlled.value))
        if order.multidose:
            notes.append(self.tr("Multidose"))
        if order.observed_intake:
            notes.append(self.tr("Observed intake"))
        if order.overrides:
            notes.append(self.tr("Entered despite CAVE"))
        if self._breaks_a_rule(order):
            notes.append(self.tr("Breaks a rule (municipal record)"))
        # One flag a line: explicit breaks size the row (word wrap in a stretched column does not).
        return "\n".join(notes)

    def _breaks_a_rule(self, order: MedicationOrder) -> bool:
        """The pulled order (or a pulled dose of it) breaks a rule: kept as the server has it, and marked."""
        return any(order.order_id in (f.record_id, f.order_id) for f in self.findings)

    def order_details(self, order: MedicationOrder) -> str:
        """The selected order in full (prescriber, period, ATC, stop, overrides, notes)."""
        parts = [f"<b>{escape(order.label)}</b>", escape(str(order.dose)), escape(order.route),
                 escape(fill(self.tr("Ordered by %1, %2"), order.prescriber, fmt_date(order.ordered_on))),
                 escape(fill(self.tr("From %1"), fmt_date(order.start)) +
                        (" " + fill(self.tr("to %1"), fmt_date(order.stop)) if order.stop else ""))]
        if order.as_needed and order.min_interval_hours:
            parts.append(escape(fill(self.tr("at least %1 hours apart"), order.min_interval_hours)))
        if order.atc:
            parts.append("ATC " + escape(order.atc))
        if order.stopped_at is not None and order.stop_instructed_at is not None:
            parts.append("<b>" + escape(fill(self.tr("Stopped from %1 as instructed by %2 (%3): %4"),
                                             fmt_datetime(order.stopped_at), order.stop_instructed_by,
                                             fmt_datetime(order.stop_instructed_at), order.stop_reason)) + "</b>")
        for override in order.overrides:
            parts.append(escape(fill(self.tr("Overridden: %1 (%2)"), labels.rule_name(override.rule),
                                     override.reason)))
        if order.administration_notes:
            parts.append(escape(order.administration_notes))
        if self._breaks_a_rule(order):   # the whole text is in the banner above the lists
            parts.append("<b>" + escape(self.tr("Breaks a rule (municipal record)")) + "</b>")
        return " · ".join(p for p in parts if p)

    def _one_selection(self, selected: ReadOnlyTable, other: ReadOnlyTable) -> None:
        """A row chosen in one list clears the other, so order actions know which order is meant."""
        if selected.selectionModel().hasSelection():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self.update_buttons()

    def selected_order(self) -> MedicationOrder | None:
        order = self.fixed.selected_data() or self.prn.selected_data()
        return order if isinstance(order, MedicationOrder) else None

    def update_buttons(self) -> None:
        prn = self.prn.selected_data()
        today = to_local(self.session.now()).date()
        self.give_prn.setEnabled(isinstance(prn, MedicationOrder) and prn.active_on(today))
        selected = self.selected_order()
        editable = selected is not None and not selected.meta.entered_in_error
        # An order from the municipal record is the prescriber's: only local administration notes here.
        prescriber_owned = selected is not None and selected.order_id in self.from_server_ids
        self.error_button.setEnabled(editable and not prescriber_owned)
        self.notes_button.setEnabled(editable)
        self.stop_button.setEnabled(editable and not prescriber_owned and selected.active_on(today))
        self.details.setText(self.order_details(selected) if selected is not None
                             else self.tr("Select an order to see who ordered it and when."))
