"""The server settings dialog holds the caseload Group and the days of history a pull reaches (until now
set only by ``ambulant sync --group/--window-days``): it shows what is stored, refuses a bad Group id or too
many days next to the field in Norwegian with nothing typed lost, and saves through the services without
touching the settings it does not show."""

from __future__ import annotations

from desktop.sync.settings import MAX_WINDOW_DAYS, SyncSettings
from desktop.ui.sync.server_dialog import SyncSettingsDialog
from tests.ui.fixtures import click, only_dialog

STORED = SyncSettings(server_url="http://127.0.0.1:8080/fhir", window_days=14, caseload_group="team-sor", pull=False)


def _open(qtbot, window) -> SyncSettingsDialog:
    window.sync_settings_action.trigger()
    dialog = only_dialog(window, SyncSettingsDialog)
    qtbot.waitUntil(lambda: dialog.server_url.text() == STORED.server_url)   # read on the runner
    return dialog


def test_the_group_and_the_days_are_shown_checked_and_saved(qtbot, unlocked) -> None:
    app = unlocked.session.app
    STORED.save(app.db)
    dialog = _open(qtbot, unlocked)
    assert (dialog.caseload_group.text(), dialog.window_days.value()) == ("team-sor", 14)
    assert not dialog.has_input()                       # what was read in is not "typed"

    dialog.caseload_group.setText("team sør")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_shown("caseload_group") == (
        "Gruppe-id-en «team sør» er ikke en gyldig FHIR-id: bruk bare bokstavene a–z (ikke æ, ø, å), tall, "
        "bindestrek og punktum, høyst 64 tegn.")
    assert dialog.error_shown("server_url") == ""
    assert dialog.caseload_group.text() == "team sør"   # kept to correct

    dialog.caseload_group.setText(" team-nord ")
    dialog.window_days.setValue(MAX_WINDOW_DAYS + 1)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_shown("caseload_group") == ""
    assert dialog.error_shown("window_days") == f"Antall dager bakover må være mellom 1 og {MAX_WINDOW_DAYS}."
    assert SyncSettings.load(app.db) == STORED          # nothing saved while a field is refused

    dialog.window_days.setValue(60)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert SyncSettings.load(app.db) == SyncSettings(server_url=STORED.server_url, window_days=60,
                                                     caseload_group="team-nord", pull=False)


def test_an_empty_group_is_saved_as_none(qtbot, unlocked) -> None:
    app = unlocked.session.app
    STORED.save(app.db)
    dialog = _open(qtbot, unlocked)
    dialog.caseload_group.clear()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = SyncSettings.load(app.db)
    assert (saved.caseload_group, saved.window_days, saved.pull) == ("", 14, False)
