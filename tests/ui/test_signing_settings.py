"""The double-check policy and the enrolled colleagues in the window; CAVE as an order is typed; measurements.

Issue 11: the policy could not be set in the app, the second signer was a typed
name, a paracetamol order for a client with paracetamol CAVE went through without
a word, "138/88" was refused and a measurement took the time the client was opened.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.domain.clients import Allergy
from desktop.domain.medication import ControlledClass
from desktop.domain.overrides import Rule
from desktop.ui.forms.order_form import OrderDialog
from desktop.ui.forms.procedure_form import EnrollColleagueDialog, LocalProcedureDialog
from tests.conftest import SECOND, WORKER
from tests.helpers import add_client, add_fixed_order
from tests.ui.fixtures import click, only_dialog


def test_the_policy_is_set_in_the_window_kept_and_audit_logged(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    add_fixed_order(app, visit_db.client_id, "Zopiklon", (dt.time(22),), atc="N05CF01", controlled="B")
    unlocked.client_view.refresh()
    med = unlocked.client_view.medication
    assert "Dobbeltkontroll" in med.fixed.item(2, 3).text()      # A and B need two signatures by default
    unlocked.procedure_action.trigger()
    dialog = only_dialog(unlocked, LocalProcedureDialog)
    assert dialog.class_a.isChecked() and dialog.class_b.isChecked()
    dialog.class_b.setChecked(False)                                # this municipality: B by ATC group instead
    assert dialog.window_minutes.value() == 60
    dialog.atc.setText("N05C, morfin")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("atc_prefixes") == "«MORFIN» er ikke en ATC-kode eller -gruppe (f.eks. N02A)."
    dialog.atc.setText("N05C")
    dialog.routes.setText("Subkutan")
    dialog.window_minutes.setValue(30)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    procedure = app.local_procedure()
    assert procedure.policy.atc_prefixes == {"N05C"} and procedure.policy.routes == {"Subkutan"}
    assert procedure.policy.controlled_classes == {ControlledClass.A} and procedure.timing_window_minutes == 30
    zopiklon_row = next(r for r in range(med.fixed.rowCount()) if med.fixed.item(r, 0).text().startswith("Zopiklon"))
    assert "Dobbeltkontroll" in med.fixed.item(zopiklon_row, 3).text()
    with app.db.reading():
        rows = app.db._conn.execute("SELECT detail, actor_hpr FROM audit_log WHERE detail LIKE 'lokal prosedyre%'")\
            .fetchall()   # test-only read of the audit table
    assert len(rows) == 1 and rows[0][1] == WORKER.hpr and "ATC N05C" in rows[0][0]


def test_a_colleague_is_enrolled_with_their_own_passphrase_and_can_be_removed(qtbot, unlocked) -> None:
    unlocked.procedure_action.trigger()
    settings = only_dialog(unlocked, LocalProcedureDialog)
    assert settings.colleagues.count() == 0 and not settings.remove.isEnabled()
    click(qtbot, settings.enroll)
    dialog = only_dialog(unlocked, EnrollColleagueDialog)
    qtbot.keyClicks(dialog.name, SECOND.name)
    qtbot.keyClicks(dialog.hpr, SECOND.hpr)
    qtbot.keyClicks(dialog.passphrase, "kontroll-passord")
    qtbot.keyClicks(dialog.repeat, "kontroll-passor")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown("colleague_repeat") == "Passordene er ikke like."
    qtbot.keyClicks(dialog.repeat, "d")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert settings.colleagues.count() == 1 and SECOND.name in settings.colleagues.item(0).text()
    assert [c.hpr for c in unlocked.session.app.colleagues()] == [SECOND.hpr]
    settings.colleagues.setCurrentRow(0)
    click(qtbot, settings.remove)
    assert settings.colleagues.count() == 0 and unlocked.session.app.colleagues() == []
    settings.reject()


def test_a_paracetamol_order_for_a_client_with_paracetamol_cave_warns_and_needs_a_reason(qtbot, unlocked) -> None:
    app = unlocked.session.app
    client = add_client(app, "Mari Allergisk", dt.date(1996, 7, 23), allergies=(Allergy("Paracetamol", "elveblest"),))
    unlocked.client_list.reload()
    unlocked.open_client(client.client_id)
    unlocked.show_tab(1)
    click(qtbot, unlocked.client_view.medication.new_order)
    dialog = only_dialog(unlocked, OrderDialog)
    assert "Paracetamol" in dialog.cave.text() and dialog.cave.kind == "danger"
    dialog.drug.setFocus()
    qtbot.keyClicks(dialog.drug, "Metformin")
    assert dialog.finding_banners == []
    dialog.drug.clear()
    qtbot.keyClicks(dialog.drug, "Paracet")
    dialog.completer.popup().hide()
    assert dialog.finding_banners[0].text().startswith("CAVE! Paracetamol (elveblest): Paracet har ATC-kode N02BE01")
    for edit, text in ((dialog.strength, "500 mg"), (dialog.dose, "1 tablett"), (dialog.times, "08:00"),
                       (dialog.prescriber, "Fastlege Berg")):
        qtbot.keyClicks(edit, text)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and app.orders(client.client_id) == []
    assert "Begrunnelse" in dialog.error_shown(f"override:{Rule.ALLERGY.value}")
    qtbot.keyClicks(dialog.reasons[Rule.ALLERGY], "Fastlegen kjenner CAVE, tåler lav dose")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    [order] = app.orders(client.client_id)
    assert [(o.rule, o.reason) for o in order.overrides] == [(Rule.ALLERGY, "Fastlegen kjenner CAVE, tåler lav dose")]
    assert "Lagt inn tross CAVE" in unlocked.client_view.medication.fixed.item(0, 3).text()


def test_blood_pressure_is_typed_as_one_value_at_the_time_the_entry_began(qtbot, unlocked, visit_db, clock) -> None:
    window = unlocked
    window.show_tab(2)
    obs = window.client_view.observations
    obs.setCurrentWidget(obs.measurements)
    page = obs.measurements
    assert page.kind.currentData() == "blood_pressure" and page.value.placeholderText() == "f.eks. 138/88"
    clock.advance(minutes=40)                           # the client was opened 40 minutes ago
    page.value.setFocus()                               # the worker begins the entry now
    assert page.at.value() == clock.now
    qtbot.keyClicks(page.value, "138/88")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    [bp] = window.session.app.overview(window.session.app.get_client(visit_db.client_id)).measurements
    assert (bp.kind, bp.value, bp.diastolic, bp.meta.occurred_at) == ("blood_pressure", Decimal(138), Decimal(88),
                                                                       clock.now)
    assert page.latest.item(0, 1).text() == "138/88 mmHg"
    assert page.chart_kind.currentData() == "systolic" and page.chart.values.count() == 1
    # A time the worker sets stays until saved, even when the clock moves on.
    measured = clock.now - dt.timedelta(minutes=15)
    page.kind.setCurrentIndex(page.kind.findData("pulse"))
    page.at.setDateTime(page.at.dateTime().addSecs(-15 * 60))
    clock.advance(minutes=5)
    page.value.setFocus()
    qtbot.keyClicks(page.value, "72")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    pulse = [m for m in window.session.app.overview(window.session.app.get_client(visit_db.client_id)).measurements
             if m.kind == "pulse"][0]
    assert pulse.meta.occurred_at == measured
    assert page.at.value() == clock.now            # the next entry starts from now again
    qtbot.keyClicks(page.value, "88/138")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    assert page.value_error.isVisible()
