"""The order form suggests drugs from the catalogue; picking one fills the fields, free text still works."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from desktop.domain.medication import ControlledClass, OrderKind
from desktop.ui.forms.order_form import OrderDialog
from tests.ui.fixtures import click, only_dialog


def _open_dialog(qtbot, unlocked) -> OrderDialog:
    click(qtbot, unlocked.client_view.medication.new_order)
    return only_dialog(unlocked, OrderDialog)


def _screenshot(dialog: OrderDialog, path: Path) -> None:
    """The dialog with the completer's popup (a window of its own) painted where it shows."""
    QApplication.processEvents()
    picture = dialog.grab()
    popup = dialog.completer.popup()
    painter = QPainter(picture)
    painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - dialog.mapToGlobal(QPoint(0, 0)), popup.grab())
    painter.end()
    picture.save(str(path))


def _suggestions(dialog: OrderDialog) -> list[str]:
    model = dialog.completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_oks_and_picking_oxycodone_fills_the_order(qtbot, unlocked, visit_db) -> None:
    dialog = _open_dialog(qtbot, unlocked)
    dialog.drug.setFocus()
    qtbot.keyClicks(dialog.drug, "oks")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert _suggestions(dialog) == ["Oksazepam 10 mg tablett  (N05BA04)", "Oksykodon 10 mg depottablett  (N02AA05)",
                                    "Oksykodon 5 mg kapsel  (N02AA05)"]
    if os.environ.get("AMBULANT_SCREENSHOT"):   # opt-in: the dialog shows no client data
        _screenshot(dialog, Path(os.environ["AMBULANT_SCREENSHOT"]))
    # Down three times to "Oksykodon 5 mg kapsel", then Enter: the popup's keys go through the completer.
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(popup, key)
    assert not popup.isVisible()
    assert dialog.drug.text() == "Oksykodon"
    assert (dialog.strength.text(), dialog.form_.currentText(), dialog.route.currentText(), dialog.atc.text()) == (
        "5 mg", "Kapsel", "Oral", "N02AA05")
    assert dialog.controlled.currentData() == ControlledClass.A
    # The worker may still change what was filled in.
    dialog.strength.setText("10 mg")
    qtbot.keyClicks(dialog.dose, "1 kapsel")
    qtbot.keyClicks(dialog.times, "08:00, 20:00")
    qtbot.keyClicks(dialog.prescriber, "Fastlege Hansen")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    order = next(o for o in unlocked.session.app.orders(visit_db.client_id) if o.drug_name == "Oksykodon")
    assert (order.atc, order.controlled, order.strength, order.form, order.route, order.kind) == (
        "N02AA05", ControlledClass.A, "10 mg", "Kapsel", "Oral", OrderKind.FIXED)
    assert unlocked.session.app.requires_second_signer(order)


def test_a_drug_not_in_the_list_is_written_freely(qtbot, unlocked, visit_db) -> None:
    dialog = _open_dialog(qtbot, unlocked)
    dialog.drug.setFocus()
    qtbot.keyClicks(dialog.drug, "Ukjentmedisin")
    assert _suggestions(dialog) == [] and not dialog.completer.popup().isVisible()
    for edit, text in ((dialog.strength, "1 mg"), (dialog.dose, "1 tablett"), (dialog.times, "08:00"),
                       (dialog.prescriber, "Dr. Lege")):
        qtbot.keyClicks(edit, text)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    order = next(o for o in unlocked.session.app.orders(visit_db.client_id) if o.drug_name == "Ukjentmedisin")
    assert (order.atc, order.controlled) == ("", None)


def test_a_brand_name_finds_the_drug_and_a_benzodiazepine_is_class_b(qtbot, unlocked) -> None:
    dialog = _open_dialog(qtbot, unlocked)
    dialog.drug.setFocus()
    qtbot.keyClicks(dialog.drug, "sobr")
    assert _suggestions(dialog) == ["Oksazepam 10 mg tablett  (N05BA04)"]
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (dialog.drug.text(), dialog.atc.text(), dialog.controlled.currentData()) == (
        "Oksazepam", "N05BA04", ControlledClass.B)
    dialog.reject()
