"""A time in the future or before the last confirmed sync is questioned once at the form; Save again saves it."""

from __future__ import annotations

import datetime as dt

from desktop.ui.forms.observation_forms import IncidentDialog
from desktop.ui.kit.formatting import qdatetime
from tests.ui.fixtures import click, only_dialog


def _incident(unlocked, client_id: str) -> IncidentDialog:  # noqa: ANN001
    dialog = IncidentDialog(unlocked.session, client_id, unlocked)
    dialog.open()
    return only_dialog(unlocked, IncidentDialog)


def test_a_time_two_years_ahead_is_questioned_then_saved_on_a_second_press(qtbot, unlocked, visit_db, clock) -> None:
    dialog = _incident(unlocked, visit_db.client_id)
    dialog.description.setPlainText("Falt i gangen")
    dialog.at.setDateTime(qdatetime(clock.now + dt.timedelta(days=730)))
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "fram i tid" in dialog.error_shown("at")
    assert unlocked.session.app.status().records["observations"] == 0       # nothing saved yet
    click(qtbot, dialog.save_button)                                        # the worker means it
    assert not dialog.isVisible()
    assert unlocked.session.app.status().records["observations"] == 1


def test_an_ordinary_time_saves_at_once(qtbot, unlocked, visit_db) -> None:
    dialog = _incident(unlocked, visit_db.client_id)
    dialog.description.setPlainText("Uro om kvelden")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()


def test_a_measurement_dated_before_the_last_sync_is_questioned_once(qtbot, unlocked, visit_db, clock) -> None:
    from PySide6.QtCore import Qt
    app = unlocked.session.app
    app.db.set_setting("last_sync", clock.now.isoformat())          # the server confirmed everything until now
    unlocked.show_tab(2)
    obs = unlocked.client_view.observations
    obs.setCurrentWidget(obs.measurements)
    page = obs.measurements
    page.kind.setCurrentIndex(page.kind.findData("pulse"))
    page.value.setFocus()
    page.at.setDateTime(qdatetime(clock.now - dt.timedelta(days=3)))   # a slip of the date
    qtbot.keyClicks(page.value, "72")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    assert "før forrige synkronisering" in page.value_error.text()
    assert app.overview(app.get_client(visit_db.client_id)).measurements == []
    qtbot.keyClick(page.value, Qt.Key.Key_Return)                       # the worker means it
    [pulse] = app.overview(app.get_client(visit_db.client_id)).measurements
    assert pulse.value == 72 and (clock.now - pulse.meta.occurred_at).days == 3
