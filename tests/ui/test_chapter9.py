"""Chapter 9: a registration with the report flags, and sending the report recorded later as a correction."""

from __future__ import annotations

from desktop.domain.observation import CHAPTER9_FIELDS, Chapter9Registration
from desktop.ui.forms.observation_forms import Chapter9Dialog
from tests.ui.fixtures import click, only_dialog

ANSWERS = {f.key: f"Svar på {f.key}" for f in CHAPTER9_FIELDS}


def test_register_then_mark_reported(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    window = unlocked
    tab = window.client_view.observations
    window.client_view.tabs.setCurrentWidget(tab)
    tab.setCurrentWidget(tab.chapter9)
    page = tab.chapter9
    page.new_registration()
    dialog = only_dialog(window, Chapter9Dialog)
    for key, widget in dialog.answers.items():
        widget.setPlainText(ANSWERS[key])
    dialog.to_statsforvalter.setChecked(True)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    app = window.session.app
    (saved,) = app.overview(app.get_client(visit_db.client_id)).chapter9
    assert saved.reported_to_statsforvalter and not saved.reported_to_professional_lead
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    assert not page.sent_statsforvalter.isEnabled() and page.sent_lead.isEnabled()

    click(qtbot, page.sent_lead)
    history = app.history(saved.meta.record_id)
    assert [v.reported_to_professional_lead for v in history] == [False, True]
    assert history[0].fields == history[1].fields == tuple(ANSWERS.items())   # the registration is unchanged
    assert isinstance(history[1], Chapter9Registration) and history[1].meta.replaces == history[0].meta.version_id
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and "faglig ansvarlig" in page.table.item(0, 4).text())
