"""Narkotikaregnskap: the client's controlled-drug ledger (A and B preparations).

The balance of every drug at a glance, what blocks a dose and which counts are
due, the full ledger of the chosen drug with who signed and when, and buttons
for a receipt, a count, waste, a dose prepared but not given, a deviation and
the printed ledger. Opened from the Medication tab (:func:`open_ledger_page`).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from ...domain.ledger import LedgerCount, LedgerDeviation, LedgerNotGiven, LedgerReceipt, LedgerWaste
from ...domain.ledger_rules import BlockReason, LedgerLine, LineKind
from ...domain.medication import Administration, AdministrationStatus
from ...services.changes import MEDICATION_KINDS, Changes
from ...services.ledger import ClientLedger, DrugLedgerView
from ..forms.form_dialog import FormDialog, open_form
from ..forms.ledger_forms import (CountDialog, DeviationDialog, FollowUpDialog, LedgerForm, NotGivenDialog,
                                  ReceiptDialog, WasteDialog, source_label)
from ..forms.record_forms import EnteredInErrorDialog
from ..i18n.language import error_text, fill
from ..kit.formatting import fmt_datetime, fmt_decimal
from ..kit.icons import icon
from ..kit.screen import FittingScrollArea, initial_dialog_size, keep_on_screen
from ..kit.theme import tones
from ..kit.widgets import Banner, ReadOnlyTable, button, heading, muted
from ..session import Session

_KINDS = {
    LineKind.RECEIPT: QT_TRANSLATE_NOOP("LedgerPage", "Receipt"),
    LineKind.WITHDRAWAL: QT_TRANSLATE_NOOP("LedgerPage", "Withdrawal (dose)"),
    LineKind.NOT_GIVEN_RETURNED: QT_TRANSLATE_NOOP("LedgerPage", "Not given – put back"),
    LineKind.NOT_GIVEN_WASTED: QT_TRANSLATE_NOOP("LedgerPage", "Not given – wasted"),
    LineKind.WASTE: QT_TRANSLATE_NOOP("LedgerPage", "Waste"),
    LineKind.COUNT: QT_TRANSLATE_NOOP("LedgerPage", "Count"),
    LineKind.DEVIATION: QT_TRANSLATE_NOOP("LedgerPage", "Deviation"),
}
_LEDGER_RECORDS = (LedgerReceipt, LedgerCount, LedgerWaste, LedgerNotGiven, LedgerDeviation)
# The window shows this many of the newest lines (years of daily doses would make a slow table);
# the printed ledger has them all.
LINES_SHOWN = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerPage", text)


def kind_label(kind: LineKind) -> str:
    return _tr(_KINDS[kind])


def _signed(value: Any) -> str:
    text = fmt_decimal(value)
    return f"+{text}" if value > 0 else text


def _who(line: LedgerLine, index: int) -> str:
    if len(line.signers) <= index:
        return "–"
    worker = line.signers[index]
    return f"{worker.name} (HPR {worker.hpr})"


class WrappingTable(ReadOnlyTable):
    """A table whose wrapped rows are measured again when its width changes (Qt keeps the old heights)."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resizeRowsToContents()


class LedgerPage(QDialog):
    """The controlled-drug ledger of one client; every write goes through a form and the services."""


    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.ledger: ClientLedger | None = None
        self._reopen = False
        # Everything but Close scrolls: on a small screen (or at 200 %) the page scrolls inside the window.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", 1)
        layout.addWidget(self.title)
        layout.addWidget(muted(self.tr("A and B preparations kept for the client: every receipt, dose, dose not "
                                       "given, waste, count and deviation, with the running balance. Kept five "
                                       "years.")))
        self.banners = QVBoxLayout()
        layout.addLayout(self.banners)
        layout.addWidget(heading(self.tr("Balance per medicine")))
        self.balances = ReadOnlyTable([self.tr("Medicine"), self.tr("Class"), self.tr("Balance"),
                                       self.tr("Last count"), self.tr("Status")], self.tr("Balance per medicine"))
        layout.addWidget(self.balances)
        self.lines_heading = heading(self.tr("Ledger"))
        layout.addWidget(self.lines_heading)
        self.lines_more = muted()
        self.lines_more.hide()
        layout.addWidget(self.lines_more)
        self.lines = WrappingTable([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("In/out"),
                                    self.tr("Balance after"), self.tr("Signed by"), self.tr("Second signer")],
                                   self.tr("Ledger lines"), stretch=2)
        layout.addWidget(self.lines, 1)
        self.receipt = button(self.tr("&Receipt…"), icon("add"))
        self.count = button(self.tr("&Count…"))
        self.waste = button(self.tr("&Waste…"))
        self.not_given = button(self.tr("&Not given…"))
        self.deviation = button(self.tr("&Deviation…"), icon("warning"))
        self.follow_up = button(self.tr("Follow-&up…"))
        self.in_error = button(self.tr("Entered in &error…"))
        self.print_ledger = button(self.tr("&Print ledger…"), icon("print"), shortcut=QKeySequence.StandardKey.Print)
        row = QHBoxLayout()
        for b in (self.receipt, self.count, self.waste, self.not_given, self.deviation, self.follow_up,
                  self.in_error, self.print_ledger):
            b.setAutoDefault(False)   # Enter in a table must not open a form by itself
        for b in (self.receipt, self.count, self.waste, self.not_given, self.deviation):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.follow_up)
        row.addWidget(self.in_error)
        row.addWidget(self.print_ledger)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(FittingScrollArea(content), 1)
        root.addWidget(close)

        self.receipt.clicked.connect(lambda: self.open_line_form(ReceiptDialog))
        self.count.clicked.connect(lambda: self.open_line_form(CountDialog))
        self.waste.clicked.connect(lambda: self.open_line_form(WasteDialog))
        self.not_given.clicked.connect(lambda: self.open_line_form(NotGivenDialog))
        self.deviation.clicked.connect(lambda: self.open_line_form(DeviationDialog))
        self.follow_up.clicked.connect(self.write_follow_up)
        self.in_error.clicked.connect(self.mark_in_error)
        self.print_ledger.clicked.connect(self.open_print)
        self.balances.itemSelectionChanged.connect(self._show_lines)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        # What is saved here, and a dose signed in the tab, comes back from the runner: read the ledger again.
        session.ops.changed.connect(self._on_changed)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        chain = (self.balances, self.lines, self.receipt, self.count, self.waste, self.not_given, self.deviation,
                 self.follow_up, self.in_error, self.print_ledger)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        initial_dialog_size(self, QSize(1100, 720))   # never larger than the screen
        keep_on_screen(self)
        self.reload()

    # -- showing ------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.client_id in (None, self.client_id) and changes.touches(MEDICATION_KINDS):
            self.reload()

    def reload(self) -> None:
        """Read the ledger again (after a line was saved here, or a dose signed in the tab)."""
        if not self.session.is_unlocked:
            return
        keep = self.selected_drug()
        self.ledger = self.session.app.client_ledger(self.client_id)
        client = self.ledger.client
        self.setWindowTitle(fill(self.tr("Controlled drugs ledger – %1"), client.name))
        self.title.setText(fill(self.tr("Controlled drugs ledger: %1"), client.name))
        self._fill_banners()
        rows, styles = [], []
        t = tones()
        for view in self.ledger.drugs:
            ledger = view.ledger
            balance = f"{fmt_decimal(ledger.balance)} {ledger.unit}" if ledger.kept else "–"
            last = fmt_datetime(ledger.last_count_at) if ledger.last_count_at else "–"
            rows.append(([view.drug.label, ledger.controlled.value, balance, last, self._status(view)], view))
            styles.append((t.error_text if view.block else t.late_fg if view.count_due else None,
                           bool(view.block), False))
        self.balances.set_rows(rows, styles)
        # As tall as its rows (a client has a few A/B drugs), so the ledger below gets the room.
        rows_height = sum(self.balances.rowHeight(r) for r in range(min(len(rows), 6)))
        self.balances.setFixedHeight(self.balances.horizontalHeader().height() + max(rows_height, 24) + 6)
        index = next((i for i, v in enumerate(self.ledger.drugs) if keep and v.drug.key == keep.drug.key), 0)
        if self.ledger.drugs:
            self.balances.selectRow(index)
        self._show_lines()

    def _status(self, view: DrugLedgerView) -> str:
        if not view.ledger.kept:
            return self.tr("No ledger yet: record a receipt or a count")
        parts = []
        if view.block is not None:
            parts.append({BlockReason.COUNT_MISMATCH: self.tr("Blocked: the count did not match, record a deviation"),
                          BlockReason.BELOW_ZERO: self.tr("Blocked: the balance would go below zero"),
                          BlockReason.UNIT: self.tr("Blocked: the dose is in another unit")}[view.block.reason])
        if view.count_due:
            parts.append(self.tr("Count due today"))
        return " · ".join(parts) or self.tr("OK")

    def _clear_banners(self) -> None:
        while self.banners.count():
            item = self.banners.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _fill_banners(self) -> None:
        self._clear_banners()
        assert self.ledger is not None
        for view in self.ledger.drugs:
            if view.block is not None:
                self.banners.addWidget(Banner("danger", escape(error_text(view.block.error()))))
        due = [view.drug.label for view in self.ledger.drugs if view.count_due]
        if due:
            self.banners.addWidget(Banner("warning", escape(fill(self.tr("Count due today: %1"), ", ".join(due)))))

    def selected_drug(self) -> DrugLedgerView | None:
        view = self.balances.selected_data()
        return view if isinstance(view, DrugLedgerView) else None

    def _show_lines(self) -> None:
        view = self.selected_drug()
        if view is None:
            self.lines.set_rows([])
            self.lines_heading.setText(self.tr("Ledger"))
            self._update_buttons()
            return
        self.lines_heading.setText(fill(self.tr("Ledger: %1"), view.drug.label))
        t = tones()
        rows, styles = [], []
        shown = view.ledger.lines[-LINES_SHOWN:]
        self.lines_more.setText(fill(self.tr("Showing the newest %1 of %2 lines. The printed ledger has them all."),
                                     len(shown), len(view.ledger.lines)))
        self.lines_more.setVisible(len(shown) < len(view.ledger.lines))
        for line in shown:
            amount = "" if line.kind is LineKind.DEVIATION or line.in_error else _signed(line.change)
            if line.kind is LineKind.COUNT and not line.in_error and line.change == 0:
                amount = "±0"
            rows.append(([fmt_datetime(line.at), kind_label(line.kind), self.line_details(line), amount,
                          fmt_decimal(line.balance_after), _who(line, 0), _who(line, 1)], line))
            warn = line.mismatch or line.below_zero or line.kind is LineKind.DEVIATION
            styles.append((t.muted_fg if line.in_error else t.error_text if warn else None, False, line.in_error))
        self.lines.set_rows(rows, styles)
        if rows:
            self.lines.selectRow(len(rows) - 1)
            self.lines.scrollToBottom()
        self._update_buttons()

    def line_details(self, line: LedgerLine) -> str:
        """What a line is about, in the UI language (plain text)."""
        record = line.record
        if isinstance(record, LedgerReceipt):
            text = fill(self.tr("From %1 (%2)"), record.supplier, source_label(record.source).lower())
        elif isinstance(record, Administration):
            self_taken = record.status is AdministrationStatus.SELF_ADMINISTERED
            text = fill(self.tr("Dose %1 %2"), str(record.dose),
                        self.tr("taken by the client") if self_taken else self.tr("given"))
            if record.prn_reason:
                text += " · " + record.prn_reason
        elif isinstance(record, LedgerCount):
            if line.expected is None:
                text = self.tr("Opening count")
            elif line.mismatch:
                text = fill(self.tr("Counted %1, ledger %2: does not match (%3)"), fmt_decimal(record.counted),
                            fmt_decimal(line.expected), _signed(line.change))
            else:
                text = fill(self.tr("Counted %1, ledger %2: matches"), fmt_decimal(record.counted),
                            fmt_decimal(line.expected))
        elif isinstance(record, (LedgerWaste, LedgerNotGiven)):
            text = record.reason
        elif isinstance(record, LedgerDeviation):
            text = fill(self.tr("%1 · found by %2 · reported to %3"), record.what, record.found_by,
                        record.reported_to)
            text += " · " + (fill(self.tr("follow-up: %1"), record.follow_up) if record.follow_up
                             else self.tr("no follow-up recorded yet"))
        else:
            text = ""
        note = getattr(record, "note", "")
        if note:
            text += " · " + note
        if line.below_zero:
            text += " · " + self.tr("balance below zero")
        if line.in_error:
            text = fill(self.tr("Entered in error (%1): %2"), record.meta.status_reason, text)
        return text

    def _update_buttons(self) -> None:
        has_drugs = bool(self.ledger and self.ledger.drugs)
        kept = bool(self.ledger and any(v.ledger.kept for v in self.ledger.drugs))
        self.receipt.setEnabled(has_drugs)
        self.count.setEnabled(has_drugs)
        for b in (self.waste, self.not_given, self.deviation):
            b.setEnabled(kept)
        line = self.lines.selected_data()
        self.follow_up.setEnabled(isinstance(line, LedgerLine) and isinstance(line.record, LedgerDeviation)
                                  and not line.in_error)
        self.in_error.setEnabled(isinstance(line, LedgerLine) and isinstance(line.record, _LEDGER_RECORDS)
                                 and not line.in_error)

    # -- acting -------------------------------------------------------------

    def open_line_form(self, form: type[LedgerForm]) -> FormDialog | None:
        """Open a ledger form for the selected medicine."""
        if self.ledger is None or not self.ledger.drugs or not self.session.is_unlocked:
            return None
        view = self.selected_drug()
        return open_form(self, form(self.session, self.ledger, view.drug if view else None, self))

    def write_follow_up(self) -> FormDialog | None:
        """Write (or complete) the follow-up of the selected deviation."""
        line = self.lines.selected_data()
        if not isinstance(line, LedgerLine) or not isinstance(line.record, LedgerDeviation) or line.in_error:
            return None
        return open_form(self, FollowUpDialog(self.session, line.record, self))

    def mark_in_error(self) -> FormDialog | None:
        """Mark the selected ledger line entered in error (a dose is marked in the Medication tab)."""
        line = self.lines.selected_data()
        if not isinstance(line, LedgerLine) or not isinstance(line.record, _LEDGER_RECORDS):
            return None
        summary = f"{fmt_datetime(line.at)} {kind_label(line.kind)}: {self.line_details(line)}"
        return open_form(self, EnteredInErrorDialog(self.session, line.record_id, summary, self))

    def open_print(self) -> QDialog | None:
        """The printed ledger: choose the period, preview, print or save as PDF."""
        if not self.session.is_unlocked:
            return None
        from .ledger_print import LedgerPrintDialog   # reportlab and QtPdf load only when printing
        dialog = LedgerPrintDialog(self.session, self.client_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- locking ------------------------------------------------------------

    def _on_locked(self) -> None:
        """Never show the ledger while locked: forget it, hide, and come back after the unlock."""
        self._reopen = self.isVisible()
        self.ledger = None
        self.balances.set_rows([])
        self.lines.set_rows([])
        self._clear_banners()
        self.hide()

    def _on_unlocked(self) -> None:
        if self._reopen:
            self._reopen = False
            self.reload()
            self.show()


def open_ledger_page(tab: QWidget, session: Session, client_id: str | None) -> LedgerPage | None:
    """Open (or raise) the ledger page of the client for ``tab``, the Medication tab.

    What the page saves is announced by the operation runner (the client list's
    marks follow), and a dose signed in the tab refreshes the page the same way.
    """
    if client_id is None or not session.is_unlocked:
        return None
    window = tab.window()
    for page in window.findChildren(LedgerPage):
        if page.client_id == client_id:
            page.reload()
            page.show()
            page.raise_()
            page.activateWindow()
            return page
        page.close()
    page = LedgerPage(session, client_id, window)
    page.finished.connect(lambda _r: page.deleteLater())
    page.show()
    return page

