"""A whole shift in the real window: setup → unlock → a visit → idle lock → unlock.

Every step is checked in the encrypted database (through the services on the
same file) and in the audit log; a screenshot of each tab is saved under tmp_path.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from desktop.domain.medication import AdministrationStatus
from desktop.domain.medication_rules import DoseState
from desktop.domain.audit import AuditAction
from desktop.ui.forms.dose_forms import EffectDialog, PrnDoseDialog, SignDoseDialog
from desktop.ui.forms.observation_forms import IncidentDialog
from desktop.ui.forms.plan_forms import EvaluationDialog, GoalDialog
from desktop.ui.forms.record_forms import CorrectNoteDialog
from desktop.ui.settings import SETTINGS_FILE, UiSettings
from tests.conftest import PASSPHRASE, WORKER
from tests.ui.fixtures import click, grab, only_dialog, press_enter, seed_visit, shortcut


def _latest_audit(app, client_id):  # noqa: ANN001, ANN202
    return app.access_log(client_id)[0]


def test_a_full_visit_with_the_keyboard(qtbot, make_window, data_dir, clock, tmp_path) -> None:  # noqa: ANN001
    shots = tmp_path / "screenshots"
    shots.mkdir()

    # -- first run: setup creates the encrypted database and unlocks it ------
    window = make_window(data_dir)
    assert window.stack.currentWidget() is window.setup_page
    page = window.setup_page
    qtbot.keyClicks(page.name, WORKER.name)
    qtbot.keyClicks(page.hpr, WORKER.hpr)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    press_enter(qtbot, page, page.repeat)
    session = window.session
    assert session.is_unlocked and window.stack.currentWidget() is window.workspace
    assert session.app.db.worker == WORKER
    assert (data_dir / "ambulant.db").exists()
    visit = seed_visit(session.app)   # the client and the paper orders, entered through the services
    cid = visit.client_id

    # -- lock with Ctrl+L, unlock with the passphrase --------------------------
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert not session.is_unlocked and window.stack.currentWidget() is window.unlock_page
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    press_enter(qtbot, window.unlock_page, window.unlock_page.passphrase)
    assert session.is_unlocked and window.stack.currentWidget() is window.workspace
    app = session.app
    assert window.client_list.client_ids() == [cid]

    # -- open the client: a read in the audit log ----------------------------
    view = window.client_list.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(window.client_list.model.index(0, 0)).center())
    assert window.client_view.client_id == cid
    event = _latest_audit(app, cid)
    assert (event.action, event.detail, event.actor) == (AuditAction.READ, "overview", WORKER)

    # -- sign the 08:00 dose in two keystrokes: select it (Down), Enter --------
    shortcut(qtbot, window, Qt.Key.Key_2)
    med = window.client_view.medication
    assert window.client_view.tabs.currentWidget() is med
    assert "CAVE" in med.cave.text()
    grab(window, shots / "medication-before.png")
    timeline = med.timeline
    assert window.focusWidget() is timeline          # Ctrl+2 lands in today's doses
    assert timeline.current_dose() is None           # … and selects nothing: the worker chooses
    qtbot.keyClick(timeline, Qt.Key.Key_Down)        # the first press selects the row under the focus frame
    assert timeline.current_dose().order.order_id in (visit.metformin.order_id, visit.sertralin.order_id)
    first = timeline.current_dose()
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    given = [d for d in app.due_doses(cid) if d.order.order_id == first.order.order_id
             and d.scheduled_for.hour == 8][0]
    assert given.state is DoseState.GIVEN
    assert given.administration.status is AdministrationStatus.GIVEN
    assert given.administration.meta.author == WORKER
    event = _latest_audit(app, cid)
    assert (event.action, event.record_id) == (AuditAction.CREATE, given.administration.meta.record_id)

    # -- the other 08:00 dose is refused: Down, R, a reason, Enter ---------------
    assert timeline.current_dose().order.order_id == first.order.order_id   # the signature moved nothing
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    second = timeline.current_dose()
    assert second.administration is None and second.scheduled_for.hour == 8
    assert second.order.order_id != first.order.order_id
    qtbot.keyClick(timeline, Qt.Key.Key_R)
    dialog = only_dialog(window, SignDoseDialog)
    qtbot.keyClicks(dialog.reason.lineEdit(), "Sov, ville ikke vekkes")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    refused = [d for d in app.due_doses(cid) if d.order.order_id == second.order.order_id][0]
    assert refused.administration.status is AdministrationStatus.REFUSED
    assert refused.administration.reason == "Sov, ville ikke vekkes"
    assert _latest_audit(app, cid).record_id == refused.administration.meta.record_id

    # -- an as-needed dose, then its follow-up ----------------------------------
    assert med.prn.selected_data().order_id == visit.oxazepam.order_id
    click(qtbot, med.give_prn)
    dialog = only_dialog(window, PrnDoseDialog)
    qtbot.keyClicks(dialog.reason, "Urolig etter telefon")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    prn = app.overview(app.get_client(cid)).prn_administrations
    assert len(prn) == 1 and prn[0].prn_reason == "Urolig etter telefon" and prn[0].status is AdministrationStatus.GIVEN
    assert prn[0].meta.occurred_at == clock.now      # the time field shows Oslo time whatever the computer's zone
    assert med.follow_ups.count() == 1 and med.follow_ups.isVisible()     # the reminder shows until answered
    clock.advance(minutes=50)
    window._tick()                          # the minute timer: states follow the clock
    follow = app.overview(app.get_client(cid)).follow_ups
    assert len(follow) == 1 and follow[0].overdue
    grab(window, shots / "medication-follow-up.png")
    answer = med.follow_ups.row(0).findChildren(type(med.give_prn))[0]
    click(qtbot, answer)
    dialog = only_dialog(window, EffectDialog)
    qtbot.keyClicks(dialog.effect, "Roligere etter en halvtime")
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    click(qtbot, dialog.save_button)
    overview = app.overview(app.get_client(cid))
    assert overview.follow_ups == [] and med.follow_ups.count() == 0
    effect = app.history(_latest_audit(app, cid).record_id)[-1]
    assert (effect.effect, effect.rating, effect.administration_id) == (
        "Roligere etter en halvtime", 2, prn[0].meta.record_id)

    # -- a journal note (Ctrl+N, Ctrl+Enter), then a correction ---------------
    shortcut(qtbot, window, Qt.Key.Key_N)
    journal = window.client_view.observations.journal
    assert window.focusWidget() is journal.composer.edit
    qtbot.keyClicks(journal.composer.edit, "Rolig, spiste frokost.")
    qtbot.keyClick(journal.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = app.overview(app.get_client(cid)).notes
    assert [n.text for n in notes] == ["Rolig, spiste frokost."]
    assert journal.composer.edit.toPlainText() == ""
    journal.notes.setCurrentRow(0)
    click(qtbot, journal.correct)
    dialog = only_dialog(window, CorrectNoteDialog)
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Rolig, spiste frokost og lunsj.")
    click(qtbot, dialog.save_button)
    history = app.history(notes[0].meta.record_id)
    assert [n.text for n in history] == ["Rolig, spiste frokost.", "Rolig, spiste frokost og lunsj."]
    assert history[1].meta.replaces == history[0].meta.version_id
    assert _latest_audit(app, cid).action is AuditAction.CORRECT
    assert journal.notes.count() == 2      # the new text and, below it, the old one shown as corrected
    assert "Rolig, spiste frokost." in journal.notes.item(1).text()
    grab(window, shots / "observations-journal.png")

    # -- a measurement ---------------------------------------------------------
    obs = window.client_view.observations
    obs.setCurrentWidget(obs.measurements)
    page = obs.measurements
    page.kind.setCurrentIndex(page.kind.findData("pulse"))
    qtbot.keyClicks(page.value, "72")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    measurements = app.overview(app.get_client(cid)).measurements
    assert [(m.kind, m.value) for m in measurements] == [("pulse", Decimal(72))]
    assert _latest_audit(app, cid).record_id == measurements[0].meta.record_id
    assert page.latest.rowCount() == 1 and page.chart.values.count() == 1
    grab(window, shots / "observations-measurements.png")

    # -- a goal in the client's own words, and an evaluation of it -------------
    shortcut(qtbot, window, Qt.Key.Key_1)
    goals = window.client_view.plan.goals
    click(qtbot, goals.new_goal)
    dialog = only_dialog(window, GoalDialog)
    qtbot.keyClicks(dialog.title, "Gå tur hver dag")
    qtbot.keyClicks(dialog.own_words, "«Jeg vil komme meg ut.»")
    click(qtbot, dialog.save_button)
    saved_goals = app.overview(app.get_client(cid)).goals
    assert [(g.title, g.own_words, g.client_participated) for g in saved_goals] == [
        ("Gå tur hver dag", "«Jeg vil komme meg ut.»", True)]
    assert goals.selected().meta.record_id == saved_goals[0].meta.record_id
    click(qtbot, goals.new_evaluation)
    dialog = only_dialog(window, EvaluationDialog)
    qtbot.keyClicks(dialog.text, "Gikk to turer denne uka.")
    dialog.progress.setValue(4)
    click(qtbot, dialog.save_button)
    evaluations = app.overview(app.get_client(cid)).evaluations
    assert [(e.target_id, e.text, e.progress) for e in evaluations] == [
        (saved_goals[0].meta.record_id, "Gikk to turer denne uka.", 4)]
    assert _latest_audit(app, cid).record_id == evaluations[0].meta.record_id
    assert "Gikk to turer denne uka." in goals.details.toPlainText()
    grab(window, shots / "plan.png")

    # -- unsaved text, then the idle timer locks the window --------------------
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.keyClicks(journal.composer.edit, "Utkast som ikke er lagret")
    obs.setCurrentWidget(obs.incidents)
    click(qtbot, obs.incidents.new)
    incident = only_dialog(window, IncidentDialog)
    qtbot.keyClicks(incident.description, "Halvskrevet hendelse")
    old_db = app.db
    window.dialogs.apply_settings(UiSettings(idle_lock_minutes=0.01))   # 0.6 s, through the setting
    assert UiSettings.load(data_dir).idle_lock_minutes == 0.01
    assert (data_dir / SETTINGS_FILE).exists()
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_page
    assert not incident.isVisible() and window.unlock_page.drafts_note.isVisibleTo(window.unlock_page)
    assert window.client_view.overview is None and journal.notes.count() == 0   # nothing of the client on screen
    with pytest.raises(sqlcipher3.ProgrammingError):
        old_db.records.counts()        # the connection is closed
    assert journal.composer.edit.toPlainText() == "Utkast som ikke er lagret"   # kept in memory only
    grab(window, shots / "locked.png")

    # -- unlock: the forms come back with their text, the client is read again -
    window.dialogs.apply_settings(UiSettings(idle_lock_minutes=30))
    reads_before = None
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    press_enter(qtbot, window.unlock_page, window.unlock_page.passphrase)
    assert session.is_unlocked
    app = session.app
    reads = [e for e in app.access_log(cid) if e.action is AuditAction.READ]
    assert len(reads) == 2 and reads_before is None
    assert incident.isVisible() and incident.description.text() == "Halvskrevet hendelse"
    assert journal.composer.edit.toPlainText() == "Utkast som ikke er lagret"
    assert window.client_view.client_id == cid
    click(qtbot, incident.save_button)
    assert [i.description for i in app.overview(app.get_client(cid)).incidents] == ["Halvskrevet hendelse"]
    journal.composer.edit.clear()
    for i, name in enumerate(("plan", "medication", "observations")):
        window.client_view.tabs.setCurrentIndex(i)
        grab(window, shots / f"tab-{name}.png")
    assert len(list(shots.glob("*.png"))) == 9
    assert dt.timedelta(minutes=50) == clock.now - dt.datetime(2026, 11, 26, 9, 0, tzinfo=clock.now.tzinfo)
