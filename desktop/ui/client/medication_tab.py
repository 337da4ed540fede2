"""The Medication tab: CAVE, today's doses as a time line, the medication list, as-needed doses."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QFrame, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem,
                               QSplitter, QVBoxLayout, QWidget)

from ...domain import medication_rules as rules
from ...domain.caseload import by_someone_else
from ...domain.clients import Client
from ...domain.errors import DomainError
from ...domain.medication import Administration, AdministrationStatus, MedicationOrder
from ...services import ClientOverview
from ...store.errors import StoreError
from ..i18n import labels
from ...services.changes import Changes
from ..kit.formatting import fmt_date, fmt_time, fmt_when, to_local, weekday_date
from ..forms.dose_forms import EffectDialog, PrnDoseDialog, ReasonDialog, SecondSignerDialog
from ..forms.form_dialog import FormDialog, open_form
from ..forms.order_form import OrderDialog
from ..forms.record_forms import AdministrationNotesDialog, EnteredInErrorDialog
from ..kit.icons import dose_icon, icon
from .record_delegate import RecordDelegate
from .server_banners import OrderNotices, ask_before_signing, signer_name
from ..i18n.language import error_text, fill
from ..session import Session
from ..kit.theme import dose_color, error_style
from ..kit.widgets import Banner, ReadOnlyTable, button, button_row, heading, muted

_SIGN_KEYS = {
    Qt.Key.Key_Return: AdministrationStatus.GIVEN, Qt.Key.Key_Enter: AdministrationStatus.GIVEN,
    Qt.Key.Key_N: AdministrationStatus.NOT_GIVEN, Qt.Key.Key_R: AdministrationStatus.REFUSED,
    Qt.Key.Key_S: AdministrationStatus.SELF_ADMINISTERED,
}
_ROLE = Qt.ItemDataRole.UserRole


def cave_text(client: Client) -> tuple[str, str]:
    """The CAVE banner's rich text and kind ('danger' with allergies, 'info' without)."""
    if not client.allergies:
        return QCoreApplication.translate("MedicationTab", "CAVE: no known allergies registered"), "info"
    parts = []
    for a in client.allergies:
        detail = ", ".join(p for p in (a.reaction, a.severity) if p)
        parts.append(f"<b>{escape(a.substance)}</b>" + (f" ({escape(detail)})" if detail else ""))
    return "CAVE: " + "; ".join(parts), "danger"


class DoseTimeline(QListWidget):
    """Today's planned doses in time order; Enter signs the selected dose as given, N/R/S the other outcomes."""

    sign_requested = Signal(object, object)   # DueDose, AdministrationStatus
    server_state = None                        # ClientServerState of the client shown (names from the server)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Doses today"))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(RecordDelegate(self))

    def set_doses(self, doses: list[rules.DueDose], prn: list[tuple[Administration, MedicationOrder]]) -> None:
        """Show the day's doses (and as-needed doses given today), keeping the selection where it was."""
        keep = self.current_dose()
        keep_key = (keep.order.order_id, keep.scheduled_for) if keep else None
        self.clear()
        entries: list[tuple] = [(d.scheduled_for, 0, d) for d in doses]
        entries += [(a.meta.occurred_at, 1, (a, o)) for a, o in prn]
        select_row = -1
        for _, is_prn, entry in sorted(entries, key=lambda e: (e[0], e[1])):
            item = QListWidgetItem()
            if is_prn:
                adm, order = entry
                as_needed = self.tr("as needed")
                item.setText(f"{fmt_time(adm.meta.occurred_at)}   {order.label} — {adm.dose} ({as_needed})\n"
                             + self._signed_text(adm))
                item.setIcon(dose_icon(rules.DoseState.GIVEN))
                item.setForeground(dose_color(rules.DoseState.GIVEN))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                dose: rules.DueDose = entry
                state_text = (self._signed_text(dose.administration) if dose.administration
                              else labels.dose_state(dose.state))
                item.setText(f"{fmt_time(dose.scheduled_for)}   {dose.order.label} — {dose.order.dose}\n"
                             f"{state_text}")
                item.setIcon(dose_icon(dose.state))
                colour = dose_color(dose.state)
                if colour is not None:
                    item.setForeground(colour)
                item.setData(_ROLE, dose)
                if keep_key == (dose.order.order_id, dose.scheduled_for) and dose.administration is None:
                    select_row = self.count()   # a signed dose hands the selection on to the next one
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))
            self.addItem(item)
        if select_row < 0:
            select_row = self.first_unsigned_row()
        if select_row >= 0:
            self.setCurrentRow(select_row)

    def _signed_text(self, adm: Administration) -> str:
        text = fill(self.tr("%1 %2 by %3"), labels.administration_status(adm.status), fmt_time(adm.meta.occurred_at),
                    signer_name(adm, self.server_state))
        if adm.second_signer is not None:
            text += " · " + fill(self.tr("checked by %1"), adm.second_signer.name)
        if adm.reason:
            text += " · " + adm.reason
        return text

    def first_unsigned_row(self) -> int:
        """The first dose still to sign (due or overdue before upcoming), or -1."""
        best, best_rank = -1, 9
        for row in range(self.count()):
            dose = self.item(row).data(_ROLE)
            if dose is None or dose.administration is not None:
                continue
            rank = {rules.DoseState.OVERDUE: 0, rules.DoseState.DUE: 0}.get(dose.state, 1)
            if rank < best_rank:
                best, best_rank = row, rank
        return best

    def current_dose(self) -> rules.DueDose | None:
        item = self.currentItem()
        return None if item is None else item.data(_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        status = _SIGN_KEYS.get(Qt.Key(event.key()))
        dose = self.current_dose()
        if status is not None and dose is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.sign_requested.emit(dose, status)
            event.accept()
            return
        super().keyPressEvent(event)


class MedicationTab(QWidget):
    """CAVE banner, follow-up reminders, today's doses, and the medication list."""

    changed = Signal(object)          # Changes
    print_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: ClientOverview | None = None
        outer = QVBoxLayout(self)
        self.cave = Banner("info")
        self.cave.setAccessibleName("CAVE")
        outer.addWidget(self.cave)
        self.notices = OrderNotices()   # "Ordinasjonen er endret 01.12. kl. 07:40" (from the server)
        outer.addWidget(self.notices)
        self.server_state = None
        self.follow_ups = QVBoxLayout()
        outer.addLayout(self.follow_ups)
        self.new_order = button(self.tr("New order from paper…"), icon("add"))
        self.print_sheet = button(self.tr("Print medication sheet…"), icon("print"), tooltip="Ctrl+P")
        self.show_stopped = QCheckBox(self.tr("Show stopped orders"))
        outer.addLayout(button_row(self.new_order, self.print_sheet, self.show_stopped))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.day_heading = heading(self.tr("Doses today"))
        lv.addWidget(self.day_heading)
        self.timeline = DoseTimeline()
        lv.addWidget(self.timeline, 1)
        self.give = button(self.tr("Given"), dose_icon(rules.DoseState.GIVEN), tooltip=self.tr("Enter"))
        self.not_given = button(self.tr("Not given…"), tooltip="N")
        self.refused = button(self.tr("Refused…"), tooltip="R")
        self.self_taken = button(self.tr("Taken by client"), tooltip="S")
        grid = QHBoxLayout()
        for b in (self.give, self.not_given, self.refused, self.self_taken):
            grid.addWidget(b)
        lv.addLayout(grid)
        self.keys_hint = muted(self.tr("Select a dose and press Enter = given, N = not given, R = refused, "
                                       "S = taken by the client."))
        lv.addWidget(self.keys_hint)
        self.sign_error = muted()
        self.sign_error.setStyleSheet(error_style())
        self.sign_error.hide()
        lv.addWidget(self.sign_error)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
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
        self.order_details = muted()
        self.order_details.setTextFormat(Qt.TextFormat.RichText)
        self.order_details.setAccessibleName(self.tr("Selected order"))
        self.order_error = button(self.tr("Order entered in error…"))
        self.order_notes = button(self.tr("Administration notes…"))
        details_row = QHBoxLayout()
        details_row.addWidget(self.order_details, 1)
        order_buttons = QVBoxLayout()
        order_buttons.addWidget(self.order_notes)
        order_buttons.addWidget(self.order_error)
        order_buttons.addStretch(1)
        details_row.addLayout(order_buttons)
        rv.addLayout(details_row)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([370, 610])
        outer.addWidget(split, 1)

        self.timeline.sign_requested.connect(self.sign)
        self.give.clicked.connect(lambda: self._sign_current(AdministrationStatus.GIVEN))
        self.not_given.clicked.connect(lambda: self._sign_current(AdministrationStatus.NOT_GIVEN))
        self.refused.clicked.connect(lambda: self._sign_current(AdministrationStatus.REFUSED))
        self.self_taken.clicked.connect(lambda: self._sign_current(AdministrationStatus.SELF_ADMINISTERED))
        self.timeline.currentItemChanged.connect(self._update_buttons)
        self.prn.activated.connect(lambda _index: self.give_as_needed())
        self.prn.itemSelectionChanged.connect(lambda: self._one_selection(self.prn, self.fixed))
        self.fixed.itemSelectionChanged.connect(lambda: self._one_selection(self.fixed, self.prn))
        self.give_prn.clicked.connect(self.give_as_needed)
        self.order_error.clicked.connect(self.mark_order_in_error)
        self.order_notes.clicked.connect(self.edit_administration_notes)
        self.new_order.clicked.connect(self.enter_order)
        self.print_sheet.clicked.connect(self.print_requested)
        self.show_stopped.toggled.connect(lambda _on: self._fill_orders())
        # Keyboard order: today's doses and their buttons first, then as-needed, the list, the actions.
        chain = (self.timeline, self.give, self.not_given, self.refused, self.self_taken, self.prn, self.give_prn,
                 self.fixed, self.order_error, self.new_order, self.print_sheet, self.show_stopped)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # -- showing ------------------------------------------------------------

    def show_overview(self, overview: ClientOverview) -> None:
        """Render the client's medication from one overview read."""
        self.overview = overview
        text, kind = cave_text(overview.client)
        self.cave.setText(text)
        self.cave.set_kind(kind)
        self.server_state = self.timeline.server_state = self.session.app.server_state(overview.client.client_id)
        self.notices.show_notices(self.server_state.order_notices)
        now = self.session.now()
        self.day_heading.setText(fill(self.tr("Doses today, %1"), weekday_date(to_local(now).date())))
        orders = {o.order_id: o for o in overview.orders}
        today = to_local(now).date()
        prn_today = [(a, orders[a.order_id]) for a in overview.prn_administrations
                     if a.taken and not a.meta.entered_in_error and to_local(a.meta.occurred_at).date() == today]
        self.timeline.set_doses(overview.doses_today, prn_today)
        self._fill_follow_ups(orders)
        self._fill_orders()
        self.sign_error.hide()
        self._update_buttons()

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.overview = None
        self.cave.clear()
        self.timeline.clear()
        self.fixed.setRowCount(0)
        self.prn.setRowCount(0)
        self._clear_follow_ups()

    def _clear_follow_ups(self) -> None:
        while self.follow_ups.count():
            item = self.follow_ups.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _fill_follow_ups(self, orders: dict[str, MedicationOrder]) -> None:
        self._clear_follow_ups()
        assert self.overview is not None
        now = self.session.now()
        for pending in self.overview.follow_ups:
            adm = pending.administration
            order = orders.get(adm.order_id)
            row = QFrame()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            text = fill(self.tr("Follow up: %1 given %2. Record the effect (due %3)."),
                        f"<b>{escape(order.label if order else '')}</b>", fmt_when(adm.meta.occurred_at, now),
                        fmt_when(pending.due_at, now))
            banner = Banner("warning" if pending.overdue else "info", text)
            h.addWidget(banner, 1)
            answer = button(self.tr("Record effect…"), icon("follow-up"))
            answer.clicked.connect(lambda _=False, a=adm, o=order: self.record_effect(a, o))
            h.addWidget(answer)
            self.follow_ups.addWidget(row)

    def _fill_orders(self) -> None:
        if self.overview is None:
            return
        now = self.session.now()
        today = to_local(now).date()
        show_stopped = self.show_stopped.isChecked()
        fixed_rows, fixed_styles, prn_rows, prn_styles = [], [], [], []
        for order in sorted(self.overview.orders, key=lambda o: (not o.active_on(today), o.drug_name.lower())):
            active = order.active_on(today)
            if not active and not show_stopped:
                continue
            style = (None, False, False) if active else (self.palette().placeholderText().color(), False, True)
            notes = self._order_notes(order, today)
            if order.as_needed:
                given = rules.prn_doses_last_24h(order, self.overview.prn_administrations, now)
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

    def _order_notes(self, order: MedicationOrder, today) -> str:  # noqa: ANN001
        notes = []
        if order.meta.entered_in_error:
            notes.append(self.tr("Entered in error"))
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
        # One flag a line: explicit breaks size the row (word wrap in a stretched column does not).
        return "\n".join(notes)

    def _order_details(self, order: MedicationOrder) -> str:
        """The selected order in full (prescriber, period, ATC, notes)."""
        parts = [f"<b>{escape(order.label)}</b>", escape(str(order.dose)), escape(order.route),
                 escape(fill(self.tr("Ordered by %1, %2"), order.prescriber, fmt_date(order.ordered_on))),
                 escape(fill(self.tr("From %1"), fmt_date(order.start)) +
                        (" " + fill(self.tr("to %1"), fmt_date(order.stop)) if order.stop else ""))]
        if order.as_needed and order.min_interval_hours:
            parts.append(escape(fill(self.tr("at least %1 hours apart"), order.min_interval_hours)))
        if order.atc:
            parts.append("ATC " + escape(order.atc))
        if order.administration_notes:
            parts.append(escape(order.administration_notes))
        return " · ".join(p for p in parts if p)

    def _one_selection(self, selected: ReadOnlyTable, other: ReadOnlyTable) -> None:
        """A row chosen in one list clears the other, so order actions know which order is meant."""
        if selected.selectionModel().hasSelection():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        dose = self.timeline.current_dose()
        open_dose = dose is not None and (dose.administration is None or self._by_other(dose.administration))
        for b in (self.give, self.not_given, self.refused, self.self_taken):
            b.setEnabled(open_dose)
        prn = self.prn.selected_data()
        today = to_local(self.session.now()).date()
        self.give_prn.setEnabled(isinstance(prn, MedicationOrder) and prn.active_on(today))
        selected = self.fixed.selected_data() or prn
        editable = isinstance(selected, MedicationOrder) and not selected.meta.entered_in_error
        self.order_error.setEnabled(editable and not self._from_server(selected.order_id))
        self.order_notes.setEnabled(editable)
        self.order_details.setText(self._order_details(selected) if isinstance(selected, MedicationOrder)
                                   else self.tr("Select an order to see who ordered it and when."))

    # -- acting -------------------------------------------------------------

    def _sign_current(self, status: AdministrationStatus) -> None:
        dose = self.timeline.current_dose()
        if dose is not None:
            self.sign(dose, status)

    def _by_other(self, adm: Administration) -> bool:
        from_server = self.server_state.from_server_ids if self.server_state else frozenset()
        return self.session.is_unlocked and by_someone_else(adm, self.session.app.worker.hpr, from_server)

    def _from_server(self, record_id: str) -> bool:
        return self.server_state is not None and record_id in self.server_state.from_server_ids

    def sign(self, dose: rules.DueDose, status: AdministrationStatus, confirmed: bool = False) -> FormDialog | None:
        """Sign a planned dose; opens a dialog when a reason or a second signer is needed.

        A dose someone else already gave asks first (and is signed only if the worker says so).
        """
        if not self.session.is_unlocked:
            return None
        if dose.administration is not None and not confirmed:
            if self._by_other(dose.administration):
                ask_before_signing(self, [dose.administration], self.server_state,
                                   lambda: self.sign(dose, status, confirmed=True))
            return None
        app = self.session.app
        parent = self.window()
        if status in (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED):
            return open_form(self, ReasonDialog(self.session, dose.order, status, dose.scheduled_for, parent))
        if app.requires_second_signer(dose.order):
            return open_form(self, SecondSignerDialog(self.session, dose.order, status, dose.scheduled_for, parent))
        try:
            record = app.record_administration(dose.order.order_id, status, scheduled_for=dose.scheduled_for)
        except (DomainError, StoreError) as exc:
            self.sign_error.setText(error_text(exc))
            self.sign_error.show()
            return None
        self.changed.emit(Changes.of(record))
        return None

    def give_as_needed(self, confirmed: bool = False) -> FormDialog | None:
        """Open the as-needed dose dialog for the selected PRN order."""
        order = self.prn.selected_data()
        if not isinstance(order, MedicationOrder) or self.overview is None or not self.session.is_unlocked:
            return None
        others = self.session.app.doses_by_others(order.order_id) if not confirmed else []
        if others:   # a colleague's dose is on the laptop: ask before another is given
            ask_before_signing(self, others, self.server_state, lambda: self.give_as_needed(confirmed=True))
            return None
        given = rules.prn_doses_last_24h(order, self.overview.prn_administrations, self.session.now())
        return open_form(self, PrnDoseDialog(self.session, order, given, self.session.app.requires_second_signer(order),
                                        self.window()))

    def record_effect(self, administration: Administration, order: MedicationOrder | None) -> FormDialog:
        """Answer an as-needed dose's follow-up."""
        return open_form(self, EffectDialog(self.session, order, administration, self.window()))

    def enter_order(self) -> FormDialog | None:
        if self.overview is None:
            return None
        return open_form(self, OrderDialog(self.session, self.overview.client.client_id, self.window()))

    def edit_administration_notes(self) -> FormDialog | None:
        order = self.fixed.selected_data() or self.prn.selected_data()
        if not isinstance(order, MedicationOrder):
            return None
        return open_form(self, AdministrationNotesDialog(self.session, order, self.window()))

    def mark_order_in_error(self) -> FormDialog | None:
        order = self.fixed.selected_data() or self.prn.selected_data()
        if not isinstance(order, MedicationOrder):
            return None
        return open_form(self, EnteredInErrorDialog(self.session, order.order_id, order.label, self.window()))
