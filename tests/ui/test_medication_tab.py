"""The medication tab: double checks, the 24-hour maximum, and the keys that sign a dose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.domain.medication import AdministrationStatus
from desktop.domain.medication_rules import DoseState
from desktop.ui.forms.dose_forms import PrnDoseDialog, ReasonDialog, SecondSignerDialog
from tests.conftest import SECOND, WORKER
from tests.helpers import add_fixed_order
from tests.ui.fixtures import click, only_dialog


def _med(window):  # noqa: ANN001, ANN202
    window.show_tab(1)
    return window.client_view.medication


def _select(timeline, drug: str, hour: int) -> None:  # noqa: ANN001
    for row in range(timeline.count()):
        dose = timeline.item(row).data(Qt.ItemDataRole.UserRole)
        if dose is not None and dose.order.drug_name == drug and dose.scheduled_for.hour == hour:
            timeline.setCurrentRow(row)
            timeline.setFocus()
            return
    raise AssertionError(f"no {drug} at {hour}")


def test_a_dose_that_needs_a_double_check_asks_for_the_second_signer(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    order = add_fixed_order(app, visit_db.client_id, "Zopiklon", (dt.time(8, 30),), controlled="A")
    unlocked.client_view.refresh()
    med = _med(unlocked)
    assert "Dobbeltkontroll" in med.fixed.item(2, 3).text()
    _select(med.timeline, "Zopiklon", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    dialog = only_dialog(unlocked, SecondSignerDialog)
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("second_signer_name") == (
        "Denne dosen krever dobbeltkontroll: oppgi den som kontrollerte.")
    qtbot.keyClicks(dialog.name, "Meg Selv")
    qtbot.keyClicks(dialog.hpr, WORKER.hpr)
    click(qtbot, dialog.save_button)
    assert "en annen person" in dialog.error_shown("second_signer_name")
    dialog.name.setText(SECOND.name)
    dialog.hpr.setText(SECOND.hpr)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    dose = [d for d in app.due_doses(visit_db.client_id) if d.order.order_id == order.order_id][0]
    assert dose.state is DoseState.GIVEN and dose.administration.second_signer == SECOND


def test_n_and_s_sign_not_given_and_taken_by_the_client(qtbot, unlocked, visit_db) -> None:
    med = _med(unlocked)
    _select(med.timeline, "Metformin", 18)
    qtbot.keyClick(med.timeline, Qt.Key.Key_S)
    _select(med.timeline, "Sertralin", 8)
    qtbot.keyClick(med.timeline, Qt.Key.Key_N)
    dialog = only_dialog(unlocked, ReasonDialog)
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("reason") == "Årsak må fylles ut."
    dialog.reason.setCurrentIndex(dialog.reason.findText("Ikke hjemme"))
    click(qtbot, dialog.save_button)
    doses = {(d.order.drug_name, d.scheduled_for.hour): d for d in unlocked.session.app.due_doses(visit_db.client_id)}
    assert doses[("Metformin", 18)].administration.status is AdministrationStatus.SELF_ADMINISTERED
    assert doses[("Sertralin", 8)].administration.status is AdministrationStatus.NOT_GIVEN
    assert doses[("Sertralin", 8)].administration.reason == "Ikke hjemme"
    assert doses[("Metformin", 8)].state is DoseState.OVERDUE
    texts = [med.timeline.item(r).text() for r in range(med.timeline.count())]
    assert any("Ikke gitt" in t and "Ikke hjemme" in t for t in texts)
    assert any(t.startswith("08:00") and "Forsinket" in t for t in texts)
    assert unlocked.client_list.marks[visit_db.client_id].overdue_doses == 1


def test_the_24_hour_maximum_warns_and_needs_a_confirmation(qtbot, unlocked, visit_db, clock) -> None:
    app = unlocked.session.app
    for hours_ago in (6, 3):
        app.record_administration(visit_db.oxazepam.order_id, AdministrationStatus.GIVEN,
                                  at=clock.now - dt.timedelta(hours=hours_ago), prn_reason="Uro")
    unlocked.client_view.refresh()
    med = _med(unlocked)
    assert med.prn.item(0, 2).text() == "2"
    click(qtbot, med.give_prn)
    dialog = only_dialog(unlocked, PrnDoseDialog)
    assert "maks er nådd" in dialog.count_label.text()
    assert dialog.over_max.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.reason, "Svært urolig")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("max_per_24h") == "Maks 2 doser per døgn er allerede gitt."
    assert dialog.reason.text() == "Svært urolig"
    dialog.over_max.setChecked(True)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    given = [a for a in app.overview(app.get_client(visit_db.client_id)).prn_administrations if a.taken]
    assert len(given) == 3 and given[-1].prn_reason == "Svært urolig"
    assert med.prn.item(0, 2).text() == "3"


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
