"""The medication tab on the real window: the selection is the worker's, and signing asks before it acts.

The cases at the top of issue 11 that happen in the window: Enter twice signed two
drugs, the refresh moved the selection, a dose nine hours early went unasked, a
signed dose could not be corrected, the double check took any typed name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.domain.clients import Allergy
from desktop.domain.medication import AdministrationStatus
from desktop.domain.medication_rules import DoseState
from desktop.domain.overrides import Rule
from desktop.services.medication import UNDO_REASON
from desktop.ui.forms.dose_forms import CorrectDoseDialog, PrnDoseDialog, SignDoseDialog
from desktop.ui.forms.record_forms import EnteredInErrorDialog
from desktop.ui.forms.signed_dose_question import SignedDoseQuestion
from desktop.ui.forms.stop_order_form import StopOrderDialog
from tests.conftest import SECOND
from tests.helpers import SECOND_PASSPHRASE, add_client, add_fixed_order, add_prn_order, second_signature
from tests.ui.fixtures import click, only_dialog

GIVEN = AdministrationStatus.GIVEN


def _med(window):  # noqa: ANN001, ANN202
    window.show_tab(1)
    return window.client_view.medication


def _row(timeline, drug: str, hour: int) -> int:  # noqa: ANN001
    for row in range(timeline.count()):
        dose = timeline.item(row).data(Qt.ItemDataRole.UserRole)
        if getattr(dose, "scheduled_for", None) and dose.order.drug_name == drug and dose.scheduled_for.hour == hour:
            return row
    raise AssertionError(f"no {drug} at {hour}")


def _select(timeline, drug: str, hour: int) -> None:  # noqa: ANN001
    timeline.setCurrentRow(_row(timeline, drug, hour))
    timeline.setFocus()


def _doses(window, cid: str) -> dict:  # noqa: ANN001
    return {(d.order.drug_name, d.scheduled_for.hour): d for d in window.session.app.due_doses(cid)}


def _signed(window, cid: str) -> list:  # noqa: ANN001
    app = window.session.app
    return [a for a in app.overview(app.get_client(cid)).prn_administrations] + [
        d.administration for d in app.due_doses(cid) if d.administration is not None]


def test_enter_twice_on_metformin_signs_metformin_once_and_then_asks(qtbot, unlocked, visit_db) -> None:
    med = _med(unlocked)
    _select(med.timeline, "Metformin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert med.timeline.current_dose().order.drug_name == "Metformin"     # the selection stays on the signed dose
    assert med.timeline.current_dose().state is DoseState.GIVEN
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    box = only_dialog(unlocked, SignedDoseQuestion)
    assert "allerede signert" in box.text() and "Test Vernepleier" in box.text()
    assert box.defaultButton() is box.cancel_button
    qtbot.keyClick(box, Qt.Key.Key_Return)
    doses = _doses(unlocked, visit_db.client_id)
    assert doses[("Metformin", 8)].state is DoseState.GIVEN
    assert doses[("Sertralin", 8)].administration is None


def test_the_refresh_keeps_the_selection_and_never_chooses_a_dose(qtbot, unlocked, visit_db, clock) -> None:
    med = _med(unlocked)
    assert med.timeline.selected_entry() is None           # opening a client selects nothing
    app = unlocked.session.app
    app.record_administration(visit_db.metformin.order_id, GIVEN, scheduled_for=clock.now.replace(hour=8))
    unlocked.client_view.refresh()
    _select(med.timeline, "Metformin", 8)                  # a click on the signed dose …
    clock.advance(seconds=20)                              # … 20 s of reading, the minute timer …
    unlocked.refresh_timer.timeout.emit()
    assert med.timeline.current_dose().order.drug_name == "Metformin"
    assert med.timeline.current_dose().scheduled_for.hour == 8
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)        # … then Enter: a question, not 18:00 Metformin
    box = only_dialog(unlocked, SignedDoseQuestion)
    box.reject()
    assert _doses(unlocked, visit_db.client_id)[("Metformin", 18)].administration is None
    assert not med.give.isEnabled() and med.correct_dose.isEnabled()


def test_a_dose_far_from_its_time_asks_first_and_says_why(qtbot, unlocked, visit_db, clock) -> None:
    clock.advance(minutes=4)
    med = _med(unlocked)
    _select(med.timeline, "Metformin", 18)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    dialog = only_dialog(unlocked, SignDoseDialog)
    assert dialog.windowTitle() == "Utenfor planlagt tid"
    assert dialog.finding_banners[0].text() == ("Dosen er planlagt kl. 18:00 og signeres kl. 09:04: 8 t 56 min før "
                                                "planlagt tid (mer enn ±60 min).")
    qtbot.keyClick(dialog.reasons[Rule.SIGNING_WINDOW], Qt.Key.Key_Return)   # Enter again: refused, not signed
    assert dialog.isVisible() and "Begrunnelse" in dialog.error_shown(f"override:{Rule.SIGNING_WINDOW.value}")
    assert _doses(unlocked, visit_db.client_id)[("Metformin", 18)].administration is None
    qtbot.keyClicks(dialog.reasons[Rule.SIGNING_WINDOW], "Skal på tur før kvelden")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    adm = _doses(unlocked, visit_db.client_id)[("Metformin", 18)].administration
    assert [(o.rule, o.reason) for o in adm.overrides] == [(Rule.SIGNING_WINDOW, "Skal på tur før kvelden")]
    text = med.timeline.item(_row(med.timeline, "Metformin", 18)).text()
    assert "overstyrt: planlagt tid (Skal på tur før kvelden)" in text


def test_a_signature_can_be_undone_for_a_few_seconds(qtbot, unlocked, visit_db) -> None:
    med = _med(unlocked)
    _select(med.timeline, "Sertralin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert med.undo_banner.isVisible() and "Sertralin" in med.undo_banner.text.text()
    record_id = med.undo_banner.record_id
    click(qtbot, med.undo_banner.undo)
    history = unlocked.session.app.history(record_id)
    assert [v.meta.entered_in_error for v in history] == [False, True]
    assert history[1].meta.status_reason == UNDO_REASON
    dose = _doses(unlocked, visit_db.client_id)[("Sertralin", 8)]
    assert dose.administration is None and dose.state is DoseState.OVERDUE
    assert not med.undo_banner.isVisible()
    assert med.timeline.current_dose().order.drug_name == "Sertralin"   # still the worker's choice
    # Ctrl+Z does the same; the offer goes away by itself after a few seconds.
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    again = med.undo_banner.record_id
    qtbot.keyClick(med.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.session.app.history(again)[-1].meta.status_reason == UNDO_REASON
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert med.undo_banner.isVisible()
    med.undo_banner.timer.timeout.emit()
    assert not med.undo_banner.isVisible()
    assert _doses(unlocked, visit_db.client_id)[("Sertralin", 8)].state is DoseState.GIVEN


def test_a_signed_dose_is_corrected_or_marked_in_error_with_who_and_why(qtbot, unlocked, visit_db, clock) -> None:
    med = _med(unlocked)
    _select(med.timeline, "Metformin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert med.correct_dose.isEnabled() and med.dose_in_error.isEnabled() and not med.give.isEnabled()
    click(qtbot, med.correct_dose)
    dialog = only_dialog(unlocked, CorrectDoseDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(AdministrationStatus.REFUSED))
    dialog.reason.setCurrentText("Spyttet ut tabletten")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("status_reason") == "Hvorfor dosen rettes må fylles ut."
    qtbot.keyClicks(dialog.why, "Feil utfall registrert")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    adm = _doses(unlocked, visit_db.client_id)[("Metformin", 8)].administration
    assert (adm.status, adm.reason, adm.meta.version, adm.meta.status_reason) == (
        AdministrationStatus.REFUSED, "Spyttet ut tabletten", 2, "Feil utfall registrert")
    # The context menu offers the same for the signed dose.
    menu = med.timeline.menu_for(med.timeline.selected_entry())
    assert [a.text() for a in menu.actions()] == ["Rett…", "Merk som feilregistrert…"]
    menu.actions()[1].trigger()
    wrong = only_dialog(unlocked, EnteredInErrorDialog)
    qtbot.keyClicks(wrong.reason, "Feil bruker")
    click(qtbot, wrong.save_button)
    history = unlocked.session.app.history(adm.meta.record_id)
    assert history[-1].meta.entered_in_error and history[-1].meta.status_reason == "Feil bruker"
    assert _doses(unlocked, visit_db.client_id)[("Metformin", 8)].administration is None


def test_the_double_check_takes_an_enrolled_colleague_and_their_passphrase(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    second_signature(app)
    order = add_fixed_order(app, visit_db.client_id, "Zopiklon", (dt.time(8, 30),), controlled="A")
    unlocked.client_view.refresh()
    med = _med(unlocked)
    assert "Dobbeltkontroll" in med.fixed.item(2, 3).text()
    _select(med.timeline, "Zopiklon", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    dialog = only_dialog(unlocked, SignDoseDialog)
    assert dialog.windowTitle() == "Dobbeltkontroll"
    rows = dialog.second
    assert [rows.colleague.itemText(i) for i in range(rows.colleague.count())][1:] == [
        f"{SECOND.name} (HPR {SECOND.hpr})"]
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("second_signer") == "Denne dosen krever dobbeltkontroll: oppgi den som kontrollerte."
    rows.colleague.setCurrentIndex(1)
    qtbot.keyClicks(rows.passphrase, "gjettet passord")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("second_signer_passphrase") == "Feil passord for kontrolløren."
    rows.passphrase.setText(SECOND_PASSPHRASE)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    dose = [d for d in app.due_doses(visit_db.client_id) if d.order.order_id == order.order_id][0]
    assert dose.state is DoseState.GIVEN and dose.administration.second_signer == SECOND


def test_not_given_and_taken_by_the_client_and_the_reason(qtbot, unlocked, visit_db) -> None:
    med = _med(unlocked)
    _select(med.timeline, "Metformin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_S)
    _select(med.timeline, "Sertralin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_N)
    dialog = only_dialog(unlocked, SignDoseDialog)
    assert dialog.windowTitle() == "Dose ikke gitt"
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("reason") == "Årsak må fylles ut."
    dialog.reason.setCurrentIndex(dialog.reason.findText("Ikke hjemme"))
    click(qtbot, dialog.save_button)
    doses = _doses(unlocked, visit_db.client_id)
    assert doses[("Metformin", 8)].administration.status is AdministrationStatus.SELF_ADMINISTERED
    assert doses[("Sertralin", 8)].administration.status is AdministrationStatus.NOT_GIVEN
    assert doses[("Sertralin", 8)].administration.reason == "Ikke hjemme"
    texts = [med.timeline.item(r).text() for r in range(med.timeline.count())]
    assert any("Ikke gitt" in t and "Ikke hjemme" in t for t in texts)
    assert unlocked.client_list.marks[visit_db.client_id].doses_left == 1


def test_nothing_selected_signs_nothing(qtbot, unlocked, visit_db) -> None:
    med = _med(unlocked)
    med.timeline.setFocus()
    med.timeline.setCurrentRow(0)
    med.timeline.clearSelection()             # a focus frame on a row nobody chose
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert "Velg en dose først" in med.sign_error.text()
    assert _signed(unlocked, visit_db.client_id) == []
    assert not med.give.isEnabled()


def test_the_24_hour_maximum_and_the_interval_warn_and_need_a_reason(qtbot, unlocked, visit_db, clock) -> None:
    app = unlocked.session.app
    for hours_ago in (6, 3):
        app.record_administration(visit_db.oxazepam.order_id, GIVEN, at=clock.now - dt.timedelta(hours=hours_ago),
                                  prn_reason="Uro")
    unlocked.client_view.refresh()
    med = _med(unlocked)
    assert med.prn.item(0, 2).text() == "2"
    click(qtbot, med.give_prn)
    dialog = only_dialog(unlocked, PrnDoseDialog)
    assert "maks er nådd" in dialog.count_label.text()
    assert dialog.finding_banners[0].text() == "Maks 2 doser per døgn er allerede gitt."
    qtbot.keyClicks(dialog.reason, "Svært urolig")
    click(qtbot, dialog.save_button)
    assert "Begrunnelse" in dialog.error_shown(f"override:{Rule.PRN_MAX.value}")
    assert dialog.reason.text() == "Svært urolig"
    qtbot.keyClicks(dialog.reasons[Rule.PRN_MAX], "Avklart med legevakten")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    given = [a for a in app.overview(app.get_client(visit_db.client_id)).prn_administrations if a.taken]
    assert len(given) == 3 and given[-1].prn_reason == "Svært urolig"
    assert given[-1].overrides[0].reason == "Avklart med legevakten"
    assert med.prn.item(0, 2).text() == "3"


def test_a_second_oksazepam_right_after_the_first_is_warned(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    prn = add_prn_order(app, visit_db.client_id, "Oksazepam", max_per_24h=3, min_interval_hours=Decimal(4))
    app.record_administration(prn.order_id, GIVEN, prn_reason="Uro")
    unlocked.client_view.refresh()
    med = _med(unlocked)
    med.prn.selectRow(next(r for r in range(med.prn.rowCount()) if med.prn.item(r, 0).text().startswith("Oksazepam")))
    click(qtbot, med.give_prn)
    dialog = only_dialog(unlocked, PrnDoseDialog)
    assert dialog.finding_banners[0].text().startswith("Minst 4 timer mellom dosene: en dose ble gitt kl. 09:00")
    qtbot.keyClicks(dialog.reason, "Uro igjen")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    dialog.reject()
    assert len([a for a in app.overview(app.get_client(visit_db.client_id)).prn_administrations
                if a.order_id == prn.order_id]) == 1


def _cave_client(window) -> str:  # noqa: ANN001
    app = window.session.app
    client = add_client(app, "Mari Allergisk", dt.date(1996, 7, 23),
                        allergies=(Allergy("Paracetamol", "elveblest", "moderat"), Allergy("Nøtter", "anafylaksi")))
    add_fixed_order(app, client.client_id, "Paracetamol", (dt.time(9),), atc="N02BE01",
                    overrides={Rule.ALLERGY: "Fastlegen vurderer at lav dose tåles"})
    window.client_list.reload()
    window.open_client(client.client_id)
    return client.client_id


def test_cave_with_names_in_the_header_the_list_and_the_signing_dialog(qtbot, unlocked) -> None:
    cid = _cave_client(unlocked)
    header = unlocked.client_view.cave
    assert header.isVisibleTo(unlocked) and "Paracetamol" in header.text() and "Nøtter" in header.text()
    for tab in range(3):
        unlocked.show_tab(tab)
        assert header.isVisible()
    row = next(r for r in range(unlocked.client_list.model.rowCount())
               if unlocked.client_list.model.item(r).data(Qt.ItemDataRole.UserRole) == cid)
    tooltip = unlocked.client_list.model.item(row).data(Qt.ItemDataRole.ToolTipRole)
    assert "CAVE: Paracetamol, Nøtter" in tooltip
    med = _med(unlocked)
    _select(med.timeline, "Paracetamol", 9)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    dialog = only_dialog(unlocked, SignDoseDialog)
    assert "Paracetamol" in dialog.cave.text() and dialog.cave.kind == "danger"
    warning = dialog.finding_banners[0].text()
    assert warning.startswith("CAVE! Paracetamol (elveblest, moderat): Paracetamol har ATC-kode N02BE01")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and _signed(unlocked, cid) == []
    qtbot.keyClicks(dialog.reasons[Rule.ALLERGY], "Avklart med fastlegen i dag")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    [adm] = _signed(unlocked, cid)
    assert adm.overrides[0].rule is Rule.ALLERGY


def test_the_prescriber_s_stop_is_entered_and_no_dose_is_due_after_it(qtbot, unlocked, visit_db, clock) -> None:
    med = _med(unlocked)
    row = next(r for r in range(med.fixed.rowCount()) if med.fixed.item(r, 0).text().startswith("Metformin"))
    med.fixed.selectRow(row)
    assert med.stop_order.isEnabled()
    click(qtbot, med.stop_order)
    dialog = only_dialog(unlocked, StopOrderDialog)
    assert dialog.instructed_by.text() == "Dr. Lege"
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("stop_reason") == "Årsak til seponering må fylles ut."
    dialog.reason.setPlainText("Nyresvikt, seponeres etter telefon")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    order = unlocked.session.app.history(visit_db.metformin.order_id)[-1]
    assert order.stopped_at == clock.now and order.stop_instructed_by == "Dr. Lege"
    assert ("Metformin", 18) not in _doses(unlocked, visit_db.client_id)
    assert ("Metformin", 8) in _doses(unlocked, visit_db.client_id)     # before the stop: still there
    med.show_stopped.setChecked(True)
    stopped_row = next(r for r in range(med.fixed.rowCount()) if med.fixed.item(r, 0).text().startswith("Metformin"))
    assert med.fixed.item(stopped_row, 3).text().startswith("Seponert fra")
    med.fixed.selectRow(stopped_row)
    assert "Nyresvikt" in med.order_details.text() and "Dr. Lege" in med.order_details.text()


def test_only_the_administration_notes_of_an_order_can_be_changed(qtbot, unlocked, visit_db) -> None:
    from desktop.ui.forms.record_forms import AdministrationNotesDialog
    med = _med(unlocked)
    med.fixed.selectRow(0)
    order = med.fixed.selected_data()
    assert med.order_notes.isEnabled()
    click(qtbot, med.order_notes)
    dialog = only_dialog(unlocked, AdministrationNotesDialog)
    dialog.notes.setPlainText("Knuses og gis i syltetøy.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    history = unlocked.session.app.history(order.order_id)
    assert [v.administration_notes for v in history] == ["", "Knuses og gis i syltetøy."]
    assert history[1].meta.replaces == history[0].meta.version_id
    assert (history[1].drug_name, history[1].dose, history[1].times) == (order.drug_name, order.dose, order.times)
    med.fixed.selectRow(0)
    qtbot.waitUntil(lambda: "Knuses og gis i syltetøy." in med.order_details.text())
