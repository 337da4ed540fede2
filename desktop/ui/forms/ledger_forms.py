"""Forms of the controlled-drug ledger: receipt, count, waste, a dose prepared but not given, deviation.

Waste, counts and a wasted dose need a second signer. Every form gets it from
:func:`second_signer_rows`, the one seam: a colleague enrolled on this computer
confirms with their own passphrase, exactly as on the double-check form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.ledger import LedgerCount, LedgerDeviation, LedgerDrug, NotGivenDisposition, ReceiptSource
from ...domain.medication import Administration, MedicationOrder
from ...services import Ambulant, parse_decimal
from ...services.colleagues import SecondSignature
from ...services.ledger import ClientLedger, DrugLedgerView
from ..i18n import labels
from ..kit.formatting import fmt_datetime, fmt_decimal
from ..i18n.language import fill
from ..ops import service_call
from ..session import Session
from .fields import DateTimeField, TextArea
from .form_dialog import FormDialog
from .rule_forms import SecondSignerRows

_SOURCES = {
    ReceiptSource.PHARMACY: QT_TRANSLATE_NOOP("LedgerForms", "Pharmacy"),
    ReceiptSource.MULTIDOSE: QT_TRANSLATE_NOOP("LedgerForms", "Multidose supplier"),
    ReceiptSource.RELATIVE: QT_TRANSLATE_NOOP("LedgerForms", "Relative"),
    ReceiptSource.OTHER: QT_TRANSLATE_NOOP("LedgerForms", "Other"),
}
_DISPOSITIONS = {
    NotGivenDisposition.RETURNED: QT_TRANSLATE_NOOP("LedgerForms", "Put back in the stock"),
    NotGivenDisposition.WASTED: QT_TRANSLATE_NOOP("LedgerForms", "Wasted (destroyed)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerForms", text)


def source_label(source: ReceiptSource) -> str:
    return _tr(_SOURCES[source])


def disposition_label(disposition: NotGivenDisposition) -> str:
    return _tr(_DISPOSITIONS[disposition])


def second_signer_rows(dialog: FormDialog, session: Session) -> Callable[[], SecondSignature | None]:
    """The seam for the second signature: adds the colleague and passphrase rows, returns how to read the proof."""
    rows = SecondSignerRows(dialog, session, _tr("controlled drugs need two signatures"))
    return rows.signature


class LedgerForm(FormDialog):
    """A ledger line for one of the client's drugs: the drug chooser and the time come first."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.ledger = ledger
        self.client_id = ledger.client.client_id
        self.drug = QComboBox()
        for view in ledger.drugs:
            self.drug.addItem(view.drug.label, view)
        if drug is not None:
            index = next((i for i, v in enumerate(ledger.drugs) if v.drug.key == drug.key), 0)
            self.drug.setCurrentIndex(index)
        # The base class's own texts use their own context (self.tr() would look in the subclass's).
        self.add_field("drug", QCoreApplication.translate("LedgerForm", "Medicine"), self.drug)
        self.at = self.add_field("at", QCoreApplication.translate("LedgerForm", "Time"),
                                 DateTimeField(session.now()))
        self._opened_at = self.at.value()
        self.drug.currentIndexChanged.connect(lambda _i: self.drug_changed())

    def when(self) -> dt.datetime | None:
        """The time typed, or None when it was left at "now" (the services then take the exact time:
        the field has whole minutes, and a count must come after a dose signed a moment earlier)."""
        value = self.at.value()
        return None if value == self._opened_at else value

    def view(self) -> DrugLedgerView:
        return self.drug.currentData()

    def unit(self) -> str:
        """The unit the chosen drug's ledger counts (the order's dose unit before the first line)."""
        ledger = self.view().ledger
        return ledger.unit or (ledger.orders[0].dose.unit if ledger.orders else "")

    def balance_text(self) -> str:
        ledger = self.view().ledger
        if not ledger.kept:
            return QCoreApplication.translate("LedgerForm", "No ledger is kept for this medicine yet.")
        return fill(QCoreApplication.translate("LedgerForm", "Balance in the ledger: %1 %2"),
                    fmt_decimal(ledger.balance), ledger.unit)

    def drug_changed(self) -> None:
        """The drug was changed: subclasses update what depends on it."""

    def amount(self, widget: QLineEdit, field: str = "amount") -> Any:
        return parse_decimal(widget.text(), field)


class ReceiptDialog(LedgerForm):
    """Stock received: how much, from whom (pharmacy, multidose supplier, relative), when."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, ledger, drug, parent)
        self.setWindowTitle(self.tr("Receipt of controlled drugs"))
        self.quantity = self.add_field("amount", self.tr("Amount received"), QLineEdit())
        self.unit_edit = self.add_field("unit", self.tr("Unit"), QLineEdit(self.unit()))
        self.source = QComboBox()
        for source in ReceiptSource:
            self.source.addItem(source_label(source), source)
        self.add_field("source", self.tr("Received from"), self.source)
        self.supplier = self.add_field("supplier", self.tr("From whom"), QLineEdit(),
                                       hint=self.tr("E.g. the pharmacy's name, or the relative's name"))
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))
        self.drug_changed()

    def drug_changed(self) -> None:
        self.set_intro(escape(self.balance_text()))
        self.unit_edit.setText(self.unit())
        self.unit_edit.setReadOnly(self.view().ledger.kept)   # every line after the first is in the same unit

    def operation(self) -> Callable[[Ambulant], Any]:
        return service_call(Ambulant.record_ledger_receipt, self.client_id, self.view().drug,
                            self.amount(self.quantity), self.unit_edit.text(), self.source.currentData(),
                            self.supplier.text(), at=self.when(), note=self.note.text())


class CountDialog(LedgerForm):
    """A count of the stock by two people."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, ledger, drug, parent)
        self.setWindowTitle(self.tr("Count of controlled drugs"))
        self.counted = self.add_field("counted", self.tr("Counted"), QLineEdit(),
                                      hint=self.tr("Count first, then compare"))
        self.signer = second_signer_rows(self, session)
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))
        self.drug_changed()

    def drug_changed(self) -> None:
        ledger = self.view().ledger
        text = self.balance_text() if ledger.kept else self.tr("This first count opens the ledger.")
        self.set_intro(escape(text) + "<br>" + escape(
            self.tr("Two people count together. A count that differs from the ledger blocks the next dose "
                    "until a deviation is recorded.")))

    def operation(self) -> Callable[[Ambulant], Any]:
        return service_call(Ambulant.record_ledger_count, self.client_id, self.view().drug,
                            self.amount(self.counted, "counted"), self.signer(), unit=self.unit(), at=self.when(),
                            note=self.note.text())


class WasteDialog(LedgerForm):
    """Stock destroyed, why, signed by two."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, ledger, drug, parent)
        self.setWindowTitle(self.tr("Waste of controlled drugs"))
        self.quantity = self.add_field("amount", self.tr("Amount wasted"), QLineEdit())
        self.reason = self.add_field("reason", self.tr("Why"), QLineEdit(),
                                     hint=self.tr("E.g. the rest of an ampoule, a broken tablet, expired"))
        self.signer = second_signer_rows(self, session)
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))
        self.drug_changed()

    def drug_changed(self) -> None:
        self.set_intro(escape(self.balance_text()))

    def operation(self) -> Callable[[Ambulant], Any]:
        return service_call(Ambulant.record_ledger_waste, self.client_id, self.view().drug, self.amount(self.quantity),
                            self.reason.text(), self.signer(), at=self.when(), note=self.note.text())


class NotGivenDialog(LedgerForm):
    """A dose taken out and prepared, then not given: back to the stock, or wasted (then signed by two)."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, ledger, drug, parent)
        self.setWindowTitle(self.tr("Dose prepared but not given"))
        self.dose = QComboBox()
        self.add_field("administration_id", self.tr("Dose recorded as not given"), self.dose)
        self.quantity = self.add_field("amount", self.tr("Amount"), QLineEdit())
        self.disposition = QComboBox()
        for disposition in NotGivenDisposition:
            self.disposition.addItem(disposition_label(disposition), disposition)
        self.add_field("disposition", self.tr("What was done with it"), self.disposition)
        self.reason = self.add_field("reason", self.tr("Why it was not given"), QLineEdit())
        self.signer = second_signer_rows(self, session)
        self.note = self.add_field("note", self.tr("Note"), TextArea(lines=2))
        self.dose.currentIndexChanged.connect(lambda _i: self._dose_chosen())
        self.drug_changed()

    def _doses(self) -> Sequence[tuple[Administration, MedicationOrder]]:
        key = self.view().drug.key
        return [(a, o) for a, o in self.ledger.not_given if LedgerDrug.of_order(o).key == key]

    def drug_changed(self) -> None:
        self.set_intro(escape(self.balance_text()) + "<br>" + escape(
            self.tr("Wasted doses need a second signer; a dose put back needs none.")))
        self.dose.blockSignals(True)
        self.dose.clear()
        self.dose.addItem(self.tr("– none –"), None)
        for adm, _order in self._doses():
            self.dose.addItem(fill(self.tr("%1: %2 (%3)"), fmt_datetime(adm.meta.occurred_at),
                                   labels.administration_status(adm.status), adm.reason), adm)
        self.dose.blockSignals(False)
        if self.dose.count() > 1:
            self.dose.setCurrentIndex(1)
        self._dose_chosen()

    def _dose_chosen(self) -> None:
        adm: Administration | None = self.dose.currentData()
        if adm is not None:
            order = next(o for a, o in self._doses() if a is adm)
            self.quantity.setText(fmt_decimal(order.dose.amount))
            self.reason.setText(adm.reason)

    def operation(self) -> Callable[[Ambulant], Any]:
        adm: Administration | None = self.dose.currentData()
        return service_call(Ambulant.record_ledger_not_given, self.client_id, self.view().drug,
                            self.amount(self.quantity), self.disposition.currentData(), self.reason.text(),
                            self.signer(), adm.meta.record_id if adm else None, at=self.when(), note=self.note.text())


class DeviationDialog(LedgerForm):
    """A deviation: what was found, by whom, who it was reported to, the follow-up."""

    def __init__(self, session: Session, ledger: ClientLedger, drug: LedgerDrug | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, ledger, drug, parent)
        self.setWindowTitle(self.tr("Deviation in the controlled drugs ledger"))
        self.count = QComboBox()
        self.add_field("count_id", self.tr("The count it explains"), self.count)
        self.what = self.add_field("what", self.tr("What was found"), TextArea(lines=3))
        self.found_by = self.add_field("found_by", self.tr("Found by"), QLineEdit(session.app.worker.name))
        self.reported_to = self.add_field("reported_to", self.tr("Reported to"), QLineEdit(),
                                          hint=self.tr("E.g. the head of the unit, per local procedure"))
        self.follow_up = self.add_field("follow_up", self.tr("Follow-up"), TextArea(lines=2))
        self.drug_changed()
        self.resize(560, 520)

    def drug_changed(self) -> None:
        ledger = self.view().ledger
        self.count.clear()
        self.count.addItem(self.tr("– none (another deviation) –"), None)
        for count in ledger.open_mismatches:
            self.count.addItem(self._count_text(count, ledger.unit), count)
        if ledger.open_mismatches:
            self.count.setCurrentIndex(self.count.count() - 1)
            self.set_intro(escape(self.tr("A count did not match the ledger. The next dose is blocked until "
                                          "this deviation is saved.")))
        else:
            self.set_intro(escape(self.balance_text()))

    def _count_text(self, count: LedgerCount, unit: str) -> str:
        return fill(self.tr("%1: counted %2 %3"), fmt_datetime(count.meta.occurred_at), fmt_decimal(count.counted),
                    unit)

    def operation(self) -> Callable[[Ambulant], Any]:
        count: LedgerCount | None = self.count.currentData()
        return service_call(Ambulant.record_ledger_deviation, self.client_id, self.view().drug, self.what.text(),
                            self.found_by.text(), self.reported_to.text(), self.follow_up.text(),
                            count.meta.record_id if count else None, at=self.when())



class FollowUpDialog(FormDialog):
    """The follow-up of a deviation, written later: a corrected version of the deviation, the old one kept."""

    def __init__(self, session: Session, deviation: LedgerDeviation, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.deviation = deviation
        self.setWindowTitle(self.tr("Follow-up of the deviation"))
        self.set_intro(escape(fill(self.tr("%1 (reported to %2). The follow-up is saved as a new version of the "
                                           "deviation; the earlier version stays readable."),
                                   deviation.what, deviation.reported_to)))
        self.follow_up = self.add_field("follow_up", self.tr("Follow-up"), TextArea(deviation.follow_up, lines=4))
        self.resize(560, 300)

    def operation(self) -> Callable[[Ambulant], Any]:
        return service_call(Ambulant.correct_ledger_entry, self.deviation.meta.record_id,
                            follow_up=self.follow_up.text().strip())
