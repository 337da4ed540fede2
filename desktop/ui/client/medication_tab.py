"""The Medication tab: CAVE, today's doses as a time line, the medication list, as-needed doses.

Signing is the worker's act on the dose they selected: a dose already signed,
far from its time, matching CAVE or needing a double check asks first and says
why; a signature can be undone for a few seconds, and corrected or marked
entered in error at any time.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from ...domain import medication_rules as rules
from ...domain.caseload import by_someone_else
from ...domain.errors import DomainError
from ...domain.medication import Administration, AdministrationStatus, MedicationOrder
from ...services import Ambulant, ClientOverview
from ...store.errors import StoreError
from ..forms.cave import cave_text
from ..forms.dose_forms import CorrectDoseDialog, EffectDialog, PrnDoseDialog, SignDoseDialog
from ..forms.form_dialog import FormDialog, open_form
from ..forms.order_form import OrderDialog
from ..forms.record_forms import AdministrationNotesDialog, EnteredInErrorDialog
from ..forms.signed_dose_question import SignedDoseChoice, SignedDoseQuestion
from .pulled_findings import PulledFindingNotices
from .server_banners import OrderNotices, ask_before_signing
from ..forms.stop_order_form import StopOrderDialog
from ..i18n import labels
from .ledger_page import open_ledger_page
from ..i18n.language import error_text, fill
from ..kit.formatting import fmt_time, to_local, weekday_date
from ..kit.icons import dose_icon, icon
from ..kit.theme import error_style
from ..kit.widgets import Banner, button, button_row, heading, muted
from ..ops import Job, service_call
from ..session import Session
from .dose_timeline import DoseTimeline, Entry, signed_administration
from .order_panel import OrderPanel
from .follow_up_list import FollowUpList
from .undo_banner import UndoBanner

_SIGN_BUTTONS = (AdministrationStatus.GIVEN, AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED,
                 AdministrationStatus.SELF_ADMINISTERED)


class MedicationTab(QWidget):
    """CAVE banner, follow-up reminders, today's doses, and the medication list."""

    print_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: ClientOverview | None = None
        self.question: SignedDoseQuestion | None = None
        self._saving: Job[Administration] | None = None   # a signature (or its undo) on its way to the journal
        outer = QVBoxLayout(self)
        self.cave = Banner("info")
        self.cave.setAccessibleName("CAVE")
        outer.addWidget(self.cave)
        self.notices = OrderNotices()   # "Ordinasjonen er endret 01.12. kl. 07:40" (from the server)
        outer.addWidget(self.notices)
        self.findings = PulledFindingNotices()   # "Kommunens journal: Amoxicillin … — CAVE! …" (kept)
        outer.addWidget(self.findings)
        self.server_state = None
        self.undo_banner = UndoBanner()
        outer.addWidget(self.undo_banner)
        self.follow_ups = FollowUpList(self.record_effect)   # as-needed doses waiting for their effect
        outer.addWidget(self.follow_ups)
        self.new_order = button(self.tr("New order from paper…"), icon("add"))
        self.print_sheet = button(self.tr("Print medication sheet…"), icon("print"), tooltip="Ctrl+P")
        self.show_stopped = QCheckBox(self.tr("Show stopped orders"))
        # The controlled-drug ledger (narkotikaregnskap) opens in its own window: ui/client/ledger_page.py.
        self.ledger_button = button(self.tr("Controlled drugs ledger…"), icon("ledger-count"), shortcut="Ctrl+K")
        self.ledger_button.clicked.connect(
            lambda: open_ledger_page(self, session, self.overview.client.client_id if self.overview else None))
        outer.addLayout(button_row(self.new_order, self.print_sheet, self.ledger_button, self.show_stopped))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_doses())
        self.orders = OrderPanel(session)
        split.addWidget(self.orders)
        # The order list's parts, as the tab's own (the keyboard chain and the tests use them).
        (self.fixed, self.prn, self.give_prn, self.order_details, self.order_notes, self.stop_order,
         self.order_error) = (self.orders.fixed, self.orders.prn, self.orders.give_prn, self.orders.details,
                              self.orders.notes_button, self.orders.stop_button, self.orders.error_button)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([370, 610])
        outer.addWidget(split, 1)
        self._connect()
        self._update_buttons()

    def _build_doses(self) -> QWidget:
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
        lv.addLayout(button_row(self.give, self.not_given, self.refused, self.self_taken))
        self.correct_dose = button(self.tr("Correct dose…"))
        self.dose_in_error = button(self.tr("Entered in error…"))
        lv.addLayout(button_row(self.correct_dose, self.dose_in_error))
        self.keys_hint = muted(self.tr("Select a dose and press Enter = given, N = not given, R = refused, "
                                       "S = taken by the client."))
        lv.addWidget(self.keys_hint)
        self.sign_error = muted()
        self.sign_error.setStyleSheet(error_style())
        self.sign_error.hide()
        lv.addWidget(self.sign_error)
        return left

    def _connect(self) -> None:
        self.timeline.sign_requested.connect(self.sign)
        self.timeline.correct_requested.connect(self.correct_entry)
        self.timeline.in_error_requested.connect(self.mark_entry_in_error)
        self.timeline.nothing_selected.connect(self._nothing_selected)
        for b, status in zip((self.give, self.not_given, self.refused, self.self_taken), _SIGN_BUTTONS):
            b.clicked.connect(lambda _=False, s=status: self._sign_selected(s))
        self.correct_dose.clicked.connect(lambda: self.correct_entry(self.timeline.selected_entry()))
        self.dose_in_error.clicked.connect(lambda: self.mark_entry_in_error(self.timeline.selected_entry()))
        self.timeline.currentItemChanged.connect(self._update_buttons)
        self.timeline.itemSelectionChanged.connect(self._update_buttons)
        self.prn.activated.connect(lambda _index: self.give_as_needed())
        self.give_prn.clicked.connect(self.give_as_needed)
        self.order_error.clicked.connect(self.mark_order_in_error)
        self.order_notes.clicked.connect(self.edit_administration_notes)
        self.stop_order.clicked.connect(self.enter_stop)
        self.new_order.clicked.connect(self.enter_order)
        self.print_sheet.clicked.connect(self.print_requested)
        self.show_stopped.toggled.connect(lambda on: self.orders.show_orders(self.overview, on))
        self.undo_banner.undo_requested.connect(self.undo)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(lambda: self.undo(self.undo_banner.record_id))
        # Keyboard order: today's doses and their buttons first, then as-needed, the list, the actions.
        chain = (self.timeline, self.give, self.not_given, self.refused, self.self_taken, self.correct_dose,
                 self.dose_in_error, self.prn, self.give_prn, self.fixed, self.order_notes, self.stop_order,
                 self.order_error, self.new_order, self.print_sheet, self.show_stopped)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- showing ------------------------------------------------------------

    def show_overview(self, overview: ClientOverview) -> None:
        """Render the client's medication from one overview read (the selected dose stays selected)."""
        if self.overview is not None and self.overview.client.client_id != overview.client.client_id:
            self.undo_banner.withdraw()
            self.timeline.setCurrentRow(-1)
        self.overview = overview
        text, kind = cave_text(overview.client)
        self.cave.setText(text)
        self.cave.set_kind(kind)
        self.server_state = self.timeline.server_state = self.session.app.server_state(overview.client.client_id)
        self.orders.from_server_ids = self.server_state.from_server_ids
        self.orders.findings = self.timeline.findings = self.server_state.findings
        self.findings.show_findings(self.server_state.findings, {o.order_id: o for o in overview.orders})
        self.notices.show_notices(self.server_state.order_notices)
        now = self.session.now()
        self.day_heading.setText(fill(self.tr("Doses today, %1"), weekday_date(to_local(now).date())))
        orders = {o.order_id: o for o in overview.orders}
        today = to_local(now).date()
        prn_today = [(a, orders[a.order_id]) for a in overview.prn_administrations
                     if a.taken and not a.meta.entered_in_error and to_local(a.meta.occurred_at).date() == today]
        self.timeline.set_doses(overview.doses_today, prn_today)
        self.follow_ups.show_follow_ups(self.overview.follow_ups, orders, self.session.now())
        self.orders.show_orders(overview, self.show_stopped.isChecked())
        self.sign_error.hide()
        self._update_buttons()

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.overview = None
        if self.question is not None:
            self.question.reject()   # it names the drug: never left on screen while locked
        self.cave.clear()
        self.findings.show_findings((), {})
        self.undo_banner.withdraw()
        self.timeline.clear()
        self.orders.clear()
        self.follow_ups.clear()

    def _update_buttons(self, *_: object) -> None:
        entry = self.timeline.selected_entry()
        signed = signed_administration(entry)
        open_dose = entry is not None and (signed is None or self._by_other(signed))
        for b in (self.give, self.not_given, self.refused, self.self_taken):
            b.setEnabled(open_dose)
        for b in (self.correct_dose, self.dose_in_error):
            b.setEnabled(signed is not None and not self._by_other(signed))
        self.orders.update_buttons()

    # -- signing --------------------------------------------------------------

    def _sign_selected(self, status: AdministrationStatus) -> None:
        entry = self.timeline.selected_entry()
        if entry is not None:
            self.sign(entry, status)

    def _nothing_selected(self) -> None:
        self.sign_error.setText(self.tr("Select a dose first: use the arrow keys or click it."))
        self.sign_error.show()

    def _by_other(self, adm: Administration) -> bool:
        """Signed by a colleague (on the server or on this laptop by someone else), not by this worker."""
        from_server = self.server_state.from_server_ids if self.server_state else frozenset()
        return self.session.is_unlocked and by_someone_else(adm, self.session.app.worker.hpr, from_server)

    def sign(self, entry: Entry, status: AdministrationStatus, confirmed: bool = False) -> QWidget | None:
        """Sign the selected dose; whatever needs asking (signed already, by a colleague, far from its time,
        CAVE, a double check, a reason) is asked before anything is saved."""
        if self.overview is None or not self.session.is_unlocked:
            return None
        waiting = self._open_question()
        if waiting is not None:
            # A question is already open: a key that reached the list behind it must not act.
            waiting.raise_()
            waiting.activateWindow()
            return waiting
        if self._saving is not None and not self._saving.done:
            return None   # the last signature is still being saved: a second key press must not sign again
        signed = signed_administration(entry)
        if signed is not None and self._by_other(signed):
            if not confirmed:   # a colleague gave it: ask first, and sign only if the worker says so
                ask_before_signing(self, [signed], self.server_state, lambda: self.sign(entry, status, confirmed=True))
                return None
        elif signed is not None:
            return self.ask_about_signed(entry, signed)
        assert isinstance(entry, rules.DueDose)
        app = self.session.app
        try:
            findings = app.signing_findings(entry.order.order_id, status, scheduled_for=entry.scheduled_for)
        except (DomainError, StoreError) as exc:
            return self._show_sign_error(exc)
        if findings or status in (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED):
            dialog = SignDoseDialog(self.session, self.overview.client, entry.order, status, entry.scheduled_for,
                                    findings, self.window())
            dialog.saved.connect(self._signed)
            return open_form(self, dialog)
        # Saved on the journal thread; the runner announces the change (the views and the ledger follow).
        self._saving = self.session.ops.write(
            self, service_call(Ambulant.record_administration, entry.order.order_id, status,
                               scheduled_for=entry.scheduled_for),
            self._signed, errors=self.sign_error)
        return None

    def _open_question(self) -> QWidget | None:
        """The signing question or form now open over the window, if any."""
        if self.question is not None and self.question.isVisible():
            return self.question
        open_forms = [d for d in self.window().findChildren(FormDialog) if d.isVisible()]
        return open_forms[0] if open_forms else None

    def _show_sign_error(self, exc: DomainError | StoreError) -> None:
        self.sign_error.setText(error_text(exc))
        self.sign_error.show()

    def _signed(self, record: Administration) -> None:
        """Offer the undo; the selection stays on the signed dose (the refresh keeps it by identity)."""
        orders = self.overview.orders if self.overview else []
        order = next((o for o in orders if o.order_id == record.order_id), None)
        what = order.label if order else ""
        planned = f" {fmt_time(record.scheduled_for)}" if record.scheduled_for else ""
        self.undo_banner.offer(record.meta.record_id, fill(
            self.tr("Signed: %1%2 — %3 %4. Undo within a few seconds if it was the wrong dose."),
            what, planned, labels.administration_status(record.status).lower(), fmt_time(record.meta.occurred_at)))

    def undo(self, record_id: str | None) -> Job[Administration] | None:
        """Take back the signature just made (entered in error, "angret"), through the runner."""
        if record_id is None or not self.session.is_unlocked:
            return None
        self.undo_banner.withdraw()
        self._saving = self.session.ops.write(self, service_call(Ambulant.undo_administration, record_id),
                                              errors=self.sign_error)
        return self._saving

    def ask_about_signed(self, entry: Entry, signed: Administration) -> SignedDoseQuestion:
        """"Already signed": say by whom and when; offer to correct or mark it entered in error."""
        box = SignedDoseQuestion(entry.order, signed, self.window())
        box.finished.connect(lambda _r: self._answered(box, entry))
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    def _answered(self, box: SignedDoseQuestion, entry: Entry) -> None:
        self.question = None
        choice = box.choice()
        if choice is SignedDoseChoice.CORRECT:
            self.correct_entry(entry)
        elif choice is SignedDoseChoice.IN_ERROR:
            self.mark_entry_in_error(entry)
        self.timeline.setFocus()

    def correct_entry(self, entry: Entry | None) -> FormDialog | None:
        """Correct a signed dose (a new version, with why; the rules run again)."""
        signed = signed_administration(entry)
        if signed is None or entry is None or self.overview is None or not self.session.is_unlocked:
            return None
        return open_form(self, CorrectDoseDialog(self.session, self.overview.client, entry.order, signed,
                                                 self.window()))

    def mark_entry_in_error(self, entry: Entry | None) -> FormDialog | None:
        """Mark a signed dose entered in error, with why; it stays readable."""
        signed = signed_administration(entry)
        if signed is None or entry is None or not self.session.is_unlocked:
            return None
        summary = f"{entry.order.label} · {self.timeline.signed_text(signed)}"
        return open_form(self, EnteredInErrorDialog(self.session, signed.meta.record_id, summary, self.window()))

    def give_as_needed(self, confirmed: bool = False) -> FormDialog | None:
        """Open the as-needed dose dialog for the selected PRN order (asking first after a colleague's dose)."""
        order = self.prn.selected_data()
        if not isinstance(order, MedicationOrder) or self.overview is None or not self.session.is_unlocked:
            return None
        others = self.session.app.doses_by_others(order.order_id) if not confirmed else []
        if others:   # a colleague's dose is on the laptop: ask before another is given
            ask_before_signing(self, others, self.server_state, lambda: self.give_as_needed(confirmed=True))
            return None
        given = rules.prn_doses_last_24h(order, self.overview.prn_administrations, self.session.now())
        dialog = PrnDoseDialog(self.session, self.overview.client, order, given, self.window())
        dialog.saved.connect(self._signed)
        return open_form(self, dialog)

    def record_effect(self, administration: Administration, order: MedicationOrder | None) -> FormDialog:
        """Answer an as-needed dose's follow-up."""
        return open_form(self, EffectDialog(self.session, order, administration, self.window()))

    # -- orders -----------------------------------------------------------------

    def _selected_order(self) -> MedicationOrder | None:
        return self.orders.selected_order()

    def enter_order(self) -> FormDialog | None:
        if self.overview is None:
            return None
        return open_form(self, OrderDialog(self.session, self.overview.client, self.window()))

    def enter_stop(self) -> FormDialog | None:
        """The prescriber's stop of the selected order, as instructed."""
        order = self._selected_order()
        if order is None or self.overview is None:
            return None
        return open_form(self, StopOrderDialog(self.session, self.overview.client, order, self.window()))

    def edit_administration_notes(self) -> FormDialog | None:
        order = self._selected_order()
        if order is None:
            return None
        return open_form(self, AdministrationNotesDialog(self.session, order, self.window()))

    def mark_order_in_error(self) -> FormDialog | None:
        order = self._selected_order()
        if order is None:
            return None
        return open_form(self, EnteredInErrorDialog(self.session, order.order_id, order.label, self.window()))
