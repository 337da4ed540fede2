"""The ledger window end to end: receipt, an A dose, a count that does not match, the next dose blocked,
the deviation, the dose signed again — in the real window over a real encrypted database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.domain.ledger import LedgerDrug, ReceiptSource
from desktop.domain.medication import ControlledClass, parse_dose
from desktop.ui.client.ledger_page import LedgerPage
from desktop.ui.client.ledger_print import LedgerPrintDialog
from desktop.ui.forms.dose_forms import SignDoseDialog
from desktop.ui.forms.ledger_forms import CountDialog, DeviationDialog, FollowUpDialog, ReceiptDialog, WasteDialog
from tests.conftest import PASSPHRASE, SECOND
from tests.helpers import SECOND_PASSPHRASE, second_signature
from tests.helpers import add_fixed_order
from tests.ui.fixtures import click, only_dialog


def _sign_with_second(qtbot, window, drug: str, hour: int, minute: int) -> SignDoseDialog:  # noqa: ANN001
    """Select the dose in today's timeline, press Enter, and fill in the second signer."""
    med = window.client_view.medication
    for row in range(med.timeline.count()):
        dose = med.timeline.item(row).data(Qt.ItemDataRole.UserRole)
        if dose is not None and dose.order.drug_name == drug and \
                (dose.scheduled_for.hour, dose.scheduled_for.minute) == (hour, minute):
            med.timeline.setCurrentRow(row)
            break
    else:
        raise AssertionError(f"no {drug} at {hour}:{minute}")
    med.timeline.setFocus()
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    dialog = only_dialog(window, SignDoseDialog)
    _second_signer(dialog)
    click(qtbot, dialog.save_button)
    return dialog


def _second_signer(dialog) -> None:  # noqa: ANN001
    dialog.field("second_signer").setCurrentIndex(1)      # the enrolled colleague
    dialog.field("second_signer_passphrase").setText(SECOND_PASSPHRASE)


def test_receipt_dose_mismatch_block_deviation_and_the_dose_signs_again(qtbot, unlocked, visit_db,  # noqa: ANN001
                                                                        clock) -> None:
    app = unlocked.session.app
    second_signature(app)             # the colleague who signs second is enrolled on this computer
    cid = visit_db.client_id
    order = add_fixed_order(app, cid, "OxyNorm", (dt.time(8, 30), dt.time(9, 30)), strength="5 mg", form="Kapsel",
                            dose=parse_dose("1 kapsel"), controlled=ControlledClass.A)
    unlocked.client_view.refresh()
    unlocked.show_tab(1)
    med = unlocked.client_view.medication
    click(qtbot, med.ledger_button)
    page = only_dialog(unlocked, LedgerPage)
    assert page.balances.item(0, 0).text() == "OxyNorm 5 mg kapsel"
    assert page.balances.item(0, 4).text() == "Ikke startet: registrer et mottak eller en telling"

    # A receipt of 10 capsules from the pharmacy.
    click(qtbot, page.receipt)
    receipt = only_dialog(unlocked, ReceiptDialog)
    assert receipt.unit_edit.text() == "kapsel"
    qtbot.keyClicks(receipt.quantity, "10")
    qtbot.keyClicks(receipt.supplier, "Apotek 1 Båtsfjord")
    click(qtbot, receipt.save_button)
    assert not receipt.isVisible()
    assert page.balances.item(0, 2).text() == "10 kapsel"
    assert unlocked.client_list.marks[cid].counts_due == 1          # an A drug with a dose today: count it

    clock.advance(minutes=2)
    # The 08:30 dose, signed by two in the Medication tab, is the withdrawal: the open page follows.
    dialog = _sign_with_second(qtbot, unlocked, "OxyNorm", 8, 30)
    assert not dialog.isVisible()
    assert page.balances.item(0, 2).text() == "9 kapsel"
    assert page.lines.item(page.lines.rowCount() - 1, 6).text() == f"{SECOND.name} (HPR {SECOND.hpr})"

    clock.advance(minutes=2)
    # The count finds 8: the ledger is blocked, and says so.
    click(qtbot, page.count)
    count = only_dialog(unlocked, CountDialog)
    qtbot.keyClicks(count.counted, "8")
    click(qtbot, count.save_button)
    assert "to signaturer" in count.error_shown("second_signer")
    _second_signer(count)
    click(qtbot, count.save_button)
    assert not count.isVisible()
    assert page.balances.item(0, 4).text().startswith("Sperret: tellingen stemte ikke")
    assert unlocked.client_list.marks[cid].counts_due == 0

    clock.advance(minutes=2)
    # The next dose is refused, with the reason in the signing dialog.
    blocked = _sign_with_second(qtbot, unlocked, "OxyNorm", 9, 30)
    assert blocked.isVisible()
    assert "stemte ikke med beholdningen" in blocked.error_shown("")
    blocked.reject()

    clock.advance(minutes=2)
    # The deviation, for the count that did not match.
    click(qtbot, page.deviation)
    deviation = only_dialog(unlocked, DeviationDialog)
    assert deviation.count.currentData() is not None
    qtbot.keyClicks(deviation.what, "En kapsel mangler")
    qtbot.keyClicks(deviation.reported_to, "Avdelingsleder")
    click(qtbot, deviation.save_button)
    assert not deviation.isVisible()
    assert page.balances.item(0, 4).text() == "OK"
    # The follow-up, written afterwards, is a new version of the deviation.
    row = next(r for r in range(page.lines.rowCount()) if page.lines.item(r, 1).text() == "Avvik")
    page.lines.selectRow(row)
    assert page.follow_up.isEnabled() and not page.receipt.isDefault()
    click(qtbot, page.follow_up)
    follow = only_dialog(unlocked, FollowUpDialog)
    qtbot.keyClicks(follow.follow_up, "Gjennomgått med leder")
    click(qtbot, follow.save_button)
    assert not follow.isVisible()
    row = next(r for r in range(page.lines.rowCount()) if page.lines.item(r, 1).text() == "Avvik")
    assert "oppfølging: Gjennomgått med leder" in page.lines.item(row, 2).text()
    assert len(app.history(page.lines.item(row, 0).data(Qt.ItemDataRole.UserRole).record_id)) == 2

    clock.advance(minutes=2)
    # … and the dose signs.
    again = _sign_with_second(qtbot, unlocked, "OxyNorm", 9, 30)
    assert not again.isVisible()
    ledger = app.drug_ledger(cid, LedgerDrug.of_order(order))
    assert ledger.balance == Decimal(7) and ledger.open_mismatches == ()
    assert page.balances.item(0, 2).text() == "7 kapsel"
    page.close()


def test_waste_needs_two_signers_and_the_page_hides_while_locked(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    app = unlocked.session.app
    second_signature(app)             # the colleague who signs second is enrolled on this computer
    order = add_fixed_order(app, visit_db.client_id, "Zopiklon", (dt.time(22),), controlled=ControlledClass.B)
    app.record_ledger_receipt(visit_db.client_id, LedgerDrug.of_order(order), Decimal(5), "tablett",
                              ReceiptSource.PHARMACY, "Apotek")
    unlocked.client_view.refresh()
    unlocked.show_tab(1)
    click(qtbot, unlocked.client_view.medication.ledger_button)
    page = only_dialog(unlocked, LedgerPage)
    click(qtbot, page.waste)
    waste = only_dialog(unlocked, WasteDialog)
    qtbot.keyClicks(waste.quantity, "1")
    qtbot.keyClicks(waste.reason, "Knust tablett")
    click(qtbot, waste.save_button)
    assert waste.error_shown("second_signer")
    _second_signer(waste)
    click(qtbot, waste.save_button)
    assert not waste.isVisible() and page.balances.item(0, 2).text() == "4 tablett"
    # The printed ledger from the window: the preview has the pages.
    page.print_ledger.click()
    printing = only_dialog(unlocked, LedgerPrintDialog)
    assert printing.preview.page_count >= 1
    printing.reject()
    # Locking hides the page and forgets what it showed; unlocking brings it back.
    unlocked.lock()
    assert not page.isVisible() and page.balances.rowCount() == 0
    unlocked.session.unlock(PASSPHRASE)
    assert page.isVisible() and page.balances.rowCount() == 1
    page.close()
