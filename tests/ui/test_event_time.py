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
