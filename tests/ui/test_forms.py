"""Forms validate through the services, say what is wrong next to the field, and keep what was typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.medication import OrderKind
from desktop.domain.audit import AuditAction
from desktop.ui.forms.order_form import OrderDialog
from desktop.ui.forms.record_forms import EnteredInErrorDialog
from tests.ui.fixtures import click, only_dialog


def test_an_order_from_a_paper_order_keeps_the_text_when_the_dose_is_wrong(qtbot, unlocked, visit_db) -> None:
    med = unlocked.client_view.medication
    click(qtbot, med.new_order)
    dialog = only_dialog(unlocked, OrderDialog)
    qtbot.keyClicks(dialog.drug, "Paracetamol")
    qtbot.keyClicks(dialog.strength, "500 mg")
    qtbot.keyClicks(dialog.dose, "to tabletter")
    qtbot.keyClicks(dialog.times, "08:00, 20:00")
    qtbot.keyClicks(dialog.indication, "Smerter")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_shown("dose") == "Mengden i dosen er ikke et tall."
    assert dialog.drug.text() == "Paracetamol" and dialog.times.text() == "08:00, 20:00"
    dialog.dose.setText("2 tabletter")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.error_shown("dose") == ""
    assert dialog.error_shown("prescriber") == "Forordnet av må fylles ut."
    assert dialog.focusWidget() is dialog.prescriber
    qtbot.keyClicks(dialog.prescriber, "Fastlege Hansen, Storgata legesenter")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    app = unlocked.session.app
    order = [o for o in app.orders(visit_db.client_id) if o.drug_name == "Paracetamol"][0]
    assert (order.kind, order.times, str(order.dose), order.prescriber) == (
        OrderKind.FIXED, (dt.time(8), dt.time(20)), "2 tabletter", "Fastlege Hansen, Storgata legesenter")
    assert app.access_log(visit_db.client_id)[0].record_id == order.order_id
    assert med.fixed.rowCount() == 3


def test_an_as_needed_order_asks_for_its_maximum(qtbot, unlocked, visit_db) -> None:
    click(qtbot, unlocked.client_view.medication.new_order)
    dialog = only_dialog(unlocked, OrderDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrderKind.AS_NEEDED))
    assert not dialog.times.isVisibleTo(dialog) and dialog.max_24h.isVisibleTo(dialog)
    for edit, text in ((dialog.drug, "Paracet"), (dialog.dose, "1 tablett"), (dialog.indication, "Smerter"),
                       (dialog.prescriber, "Dr. Lege")):
        qtbot.keyClicks(edit, text)
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("max_per_24h") == "Oppgi maks antall doser per døgn."
    dialog.max_24h.setValue(4)
    dialog.interval.setText("4,5")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    order = [o for o in unlocked.session.app.orders(visit_db.client_id) if o.drug_name == "Paracet"][0]
    assert (order.max_per_24h, order.min_interval_hours) == (4, Decimal("4.5"))


def test_a_wrong_measurement_keeps_the_value_and_says_why(qtbot, unlocked, visit_db) -> None:
    obs = unlocked.client_view.observations
    obs.setCurrentWidget(obs.measurements)
    page = obs.measurements
    page.kind.setCurrentIndex(page.kind.findData("temperature"))
    qtbot.keyClicks(page.value, "3,75")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    assert page.value_error.text() == "Verdien må være mellom 30 og 45 Cel."
    assert page.value.text() == "3,75"
    page.value.setText("37,5")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    saved = unlocked.session.app.overview(unlocked.session.app.get_client(visit_db.client_id)).measurements
    assert [(m.kind, m.value) for m in saved] == [("temperature", Decimal("37.5"))]
    assert page.value.text() == "" and page.value_error.isHidden()
    assert page.latest.item(0, 1).text() == "37,5 °C"


def test_an_empty_note_is_refused_and_a_note_can_be_marked_entered_in_error(qtbot, unlocked, visit_db) -> None:
    journal = unlocked.client_view.observations.journal
    qtbot.keyClicks(journal.composer.edit, "   ")
    click(qtbot, journal.composer.save)
    assert journal.composer.error.text() == "Notatet må fylles ut."
    assert journal.composer.edit.toPlainText() == "   "
    journal.composer.edit.setPlainText("Feil bruker, skulle vært hos nabo.")
    click(qtbot, journal.composer.save)
    journal.notes.setCurrentRow(0)
    click(qtbot, journal.in_error)
    dialog = only_dialog(unlocked, EnteredInErrorDialog)
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("status_reason") == "Begrunnelse må fylles ut."
    qtbot.keyClicks(dialog.reason, "Skrevet på feil bruker")
    click(qtbot, dialog.save_button)
    app = unlocked.session.app
    note = app.overview(app.get_client(visit_db.client_id)).notes[0]
    assert note.meta.entered_in_error and note.meta.status_reason == "Skrevet på feil bruker"
    assert app.access_log(visit_db.client_id)[0].action is AuditAction.ENTER_IN_ERROR
    assert "FEILREGISTRERT: Skrevet på feil bruker" in journal.notes.item(0).text()
    assert journal.notes.item(0).font().strikeOut()
    assert not journal.correct.isEnabled()


def test_closing_with_unsaved_text_asks_first(qtbot, unlocked) -> None:
    journal = unlocked.client_view.observations.journal
    qtbot.keyClicks(journal.composer.edit, "Ikke lagret ennå")
    unlocked.close()
    assert unlocked.isVisible()
    box = [b for b in unlocked.findChildren(QMessageBox) if b.isVisible()][0]
    go_back = [b for b in box.buttons() if b.text() == "Gå tilbake"][0]
    click(qtbot, go_back)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert unlocked.isVisible() and unlocked.session.is_unlocked
    assert journal.composer.edit.toPlainText() == "Ikke lagret ennå"
    unlocked.close()
    box = [b for b in unlocked.findChildren(QMessageBox) if b.isVisible()][0]
    click(qtbot, [b for b in box.buttons() if b.text() == "Avslutt uten å lagre"][0])
    qtbot.waitUntil(lambda: not unlocked.isVisible())
    assert not unlocked.session.is_unlocked          # closing locks the database


def test_the_newest_notes_first_and_older_ones_on_request(qtbot, unlocked, visit_db, clock) -> None:
    app = unlocked.session.app
    start = clock.now - dt.timedelta(days=40)
    for day in range(30):
        app.write_note(visit_db.client_id, f"Notat {day + 1}", at=start + dt.timedelta(days=day))
    unlocked.open_client(visit_db.client_id)
    obs = unlocked.client_view.observations
    unlocked.show_tab(2)
    journal = obs.journal
    assert journal.notes.count() == 25 and journal.show_more.isVisibleTo(journal)
    assert journal.notes.item(0).text().endswith("Notat 30")
    click(qtbot, journal.show_more)
    assert journal.notes.count() == 30 and not journal.show_more.isVisibleTo(journal)
    assert journal.notes.item(29).text().endswith("Notat 1")
