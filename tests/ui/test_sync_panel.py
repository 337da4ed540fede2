"""The sync in the window, end to end against the FHIR stand-in on 127.0.0.1: the progress bar, the
end-of-shift summary with the server's reasons and "Prøv igjen", an unreachable server, the server
settings dialog, and the automatic sync.

Screenshots of the summary and the settings dialog (over the window, 1280×800) go to tmp_path, or to
the folder named by AMBULANT_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store.outbox import OutboxState
from desktop.sync.settings import AuthMode, SyncSettings
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.panel import SyncProgressBox, SyncSummaryDialog
from desktop.ui.sync.server_dialog import SyncSettingsDialog
from tests.conftest import PASSPHRASE
from tests.fhir_standin import StandinConfig, StandinServer
from tests.sync.conftest import assert_exactly_once, require_references
from tests.ui.fixtures import click, only_dialog

DONE_MS = 20_000


def _standin(**config: object) -> StandinServer:
    server = StandinServer(StandinConfig(**config)).start()   # type: ignore[arg-type]
    require_references(server)
    return server


def _wait_done(qtbot, window: MainWindow) -> None:  # noqa: ANN001 (pytest-qt fixture)
    qtbot.waitUntil(lambda: window.sync_action.isEnabled() and not window.sync.running, timeout=DONE_MS)


def _states(window: MainWindow) -> dict[str, int]:
    db = window.session.app.db
    with db.reading():
        return {state.value: len(db.outbox.entries(state)) for state in OutboxState}


def _shot(window: QWidget, dialog: QWidget, name: str, tmp_path: Path) -> Path:
    """The window with the dialog centred over it, as the worker sees them (offscreen, 1280×800)."""
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1280, 800)
    picture = window.grab()
    inner = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    at = QPoint((picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 2)
    painter.drawPixmap(at, inner)
    painter.setPen(QPen(QColor("#888888")))
    painter.drawRect(at.x() - 1, at.y() - 1, inner.width() + 1, inner.height() + 1)
    painter.end()
    folder = Path(os.environ.get("AMBULANT_SCREENSHOTS") or tmp_path)
    path = folder / f"ui-sync-{name}.png"
    assert picture.save(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_progress_bar_counts_while_sending_and_the_summary_follows(qtbot, unlocked, visit_db, tmp_path) -> None:
    app = unlocked.session.app
    for i in range(6):
        app.write_note(visit_db.client_id, f"Notat {i}")
    server = _standin(latency_s=0.05)
    try:
        SyncSettings(server_url=server.base_url, bundle_size=4).save(app.db)
        unlocked.sync_action.trigger()
        box = unlocked.findChild(SyncProgressBox)
        assert box is not None and box.isVisible()
        assert box.bar.format() == "Kobler til …"
        texts: list[str] = []
        unlocked.sync.progress.connect(lambda _p: texts.append(box.bar.format()))
        assert not unlocked.auto_sync()            # never on top of a running sync
        _wait_done(qtbot, unlocked)
        assert not box.isVisible()
        assert any(re.fullmatch(r"\d+ av \d+ sendt", t) for t in texts), texts
        assert_exactly_once(app.db, server)
    finally:
        server.close()
    report = only_dialog(unlocked, SyncSummaryDialog)
    assert not report.isModal()
    assert report.banner.text() == "Alt er sendt til serveren."
    assert int(report.sent_value.text()) == _states(unlocked)["synced"]
    assert (report.failed_value.text(), report.waiting_value.text()) == ("0", "0")
    assert report.last_sync_value.text() not in ("", "aldri")
    assert report.table.isHidden()
    report.close()


def test_a_refused_record_is_listed_with_the_servers_reason_and_retried_once(qtbot, unlocked, visit_db,
                                                                             tmp_path) -> None:
    app = unlocked.session.app
    note = app.write_note(visit_db.client_id, "Notat som serveren avviser")
    app.write_note(visit_db.client_id, "Notat som går gjennom")
    refused = f"urn:uuid:{note.meta.record_id}"
    server = _standin(reject_identifier_values={refused})
    try:
        SyncSettings(server_url=server.base_url).save(app.db)
        unlocked.sync_action.trigger()
        _wait_done(qtbot, unlocked)
        report = only_dialog(unlocked, SyncSummaryDialog)
        assert report.banner.text().startswith("Serveren tok ikke imot alt.")
        rows = [[report.table.item(r, c).text() for c in range(4)] for r in range(report.table.rowCount())]
        note_rows = [i for i, row in enumerate(rows) if row[0] == "Journalnotat"]
        assert len(note_rows) == 1, rows
        _kind, client, when, reason = rows[note_rows[0]]
        assert client == "Kåre Testesen"
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when)
        assert f"identifier value '{refused}' is not accepted" in reason
        assert report.failed_value.text() == str(len(rows))
        assert server.get("DocumentReference", note.meta.record_id) is None
        _shot(unlocked, report, "summary", tmp_path)

        # Closed, the list opens again from the File menu at any time.
        report.close()
        unlocked.sync_report_action.trigger()
        report = only_dialog(unlocked, SyncSummaryDialog)
        assert report.table.rowCount() == len(rows) and report.table.item(note_rows[0], 3).text() == reason

        # The rule is lifted; "Prøv igjen" for all refused rows sends them, once.
        server.config.reject_identifier_values.clear()
        report.table.selectRow(note_rows[0])
        assert report.retry_button.text() == "Prøv igjen (1 valgt)"
        report.table.clearSelection()
        assert report.retry_button.text() == "Prøv igjen"
        click(qtbot, report.retry_button)
        _wait_done(qtbot, unlocked)
        assert report.isVisible() and report.table.isHidden()
        assert report.banner.text() == "Alt er sendt til serveren."
        assert_exactly_once(app.db, server)
        assert server.identifiers("DocumentReference").count(refused) == 1
        report.close()
    finally:
        server.close()


def test_retry_of_selected_rows_queues_only_those(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    first = app.write_note(visit_db.client_id, "Første avviste notat")
    second = app.write_note(visit_db.client_id, "Andre avviste notat")
    server = _standin(reject_identifier_values={f"urn:uuid:{n.meta.record_id}" for n in (first, second)})
    try:
        SyncSettings(server_url=server.base_url).save(app.db)
        unlocked.sync_action.trigger()
        _wait_done(qtbot, unlocked)
        report = only_dialog(unlocked, SyncSummaryDialog)
        failed_before = _states(unlocked)["failed"]
        with app.db.reading():
            seq = next(e.seq for e in app.db.outbox.entries(OutboxState.FAILED) if e.ref == first.meta.version_id)
        row = next(r for r in range(report.table.rowCount())
                   if report.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == seq)
        server.config.reject_identifier_values.clear()
        report.table.selectRow(row)
        assert report.selected_rows() == [seq]
        click(qtbot, report.retry_button)
        _wait_done(qtbot, unlocked)
        assert _states(unlocked)["failed"] == failed_before - 1
        assert server.get("DocumentReference", first.meta.record_id) is not None
        assert server.get("DocumentReference", second.meta.record_id) is None
        assert report.table.rowCount() == failed_before - 1
        report.close()
    finally:
        server.close()


def test_an_unreachable_server_loses_nothing_and_says_so_calmly(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    app.write_note(visit_db.client_id, "Notat mens serveren er borte")
    server = _standin()
    try:
        SyncSettings(server_url=server.base_url).save(app.db)
        before = _states(unlocked)
        with server.outage():                         # nobody answers on that port
            unlocked.sync_action.trigger()
            _wait_done(qtbot, unlocked)
        report = only_dialog(unlocked, SyncSummaryDialog)
        assert report.banner.text() == (f"Fikk ikke synkronisert nå. Ingenting er tapt: {before['pending']} "
                                        "oppføringer er trygt lagret på denne maskinen og sendes neste gang du "
                                        "synkroniserer.")
        assert report.detail.text() == "Får ikke kontakt med serveren. Sjekk nettverket og prøv igjen."
        assert report.waiting_value.text() == str(before["pending"])
        assert report.last_sync_value.text() == "aldri"
        assert _states(unlocked) == before            # nothing marked synced, nothing failed
        assert server.resource_count() == 0
        assert report.settings_button.isVisible()

        # The server is back: "Prøv igjen" sends everything, once.
        assert report.retry_button.isVisible() and report.retry_button.isEnabled()
        click(qtbot, report.retry_button)
        _wait_done(qtbot, unlocked)
        assert report.banner.text() == "Alt er sendt til serveren."
        assert not report.retry_button.isVisible()
        assert_exactly_once(app.db, server)
        report.close()
    finally:
        server.close()


def test_the_menu_opens_the_list_before_any_sync(qtbot, unlocked) -> None:
    SyncSettings(server_url="https://fhir.kommune.example/fhir").save(unlocked.session.app.db)
    unlocked.sync_report_action.trigger()
    report = only_dialog(unlocked, SyncSummaryDialog)
    assert report.banner.text() == "Serveren har ikke avvist noen oppføringer."
    assert report.sent_value.isHidden() and report.table.isHidden()
    assert report.last_sync_value.text() == "aldri"
    unlocked.lock()                                   # it names clients: it closes with the lock
    assert not report.isVisible()
    assert not unlocked.sync_report_action.isEnabled()


def test_without_a_server_the_summary_leads_to_the_settings(qtbot, unlocked) -> None:
    unlocked.sync_action.trigger()
    _wait_done(qtbot, unlocked)
    report = only_dialog(unlocked, SyncSummaryDialog)
    assert report.banner.text().startswith("Det er ikke satt opp noen server for synkronisering ennå.")
    click(qtbot, report.settings_button)
    dialog = only_dialog(unlocked, SyncSettingsDialog)
    dialog.reject()
    report.close()


def test_cancel_and_lock_stop_a_running_sync_and_lose_nothing(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    for i in range(10):
        app.write_note(visit_db.client_id, f"Notat {i}")
    server = _standin(latency_s=0.15)
    try:
        SyncSettings(server_url=server.base_url, bundle_size=2).save(app.db)
        unlocked.sync_action.trigger()
        box = unlocked.findChild(SyncProgressBox)
        qtbot.waitUntil(lambda: "sendt" in box.bar.format(), timeout=DONE_MS)
        click(qtbot, box.cancel_button)
        assert box.cancel_button.text() == "Avbryter …"
        _wait_done(qtbot, unlocked)
        assert "avbrutt" in unlocked.statusBar().currentMessage()
        assert not [d for d in unlocked.findChildren(SyncSummaryDialog) if d.isVisible()]  # no summary on cancel
        assert 0 < _states(unlocked)["pending"]

        # Locking mid-run: the sync stops first, then the database closes.
        unlocked.sync_action.trigger()
        qtbot.waitUntil(lambda: "sendt" in box.bar.format(), timeout=DONE_MS)
        unlocked.lock()
        assert not unlocked.session.is_unlocked and not box.isVisible()
        unlocked.session.unlock(PASSPHRASE)

        server.config.latency_s = 0.0
        unlocked.sync_action.trigger()
        _wait_done(qtbot, unlocked)
        assert_exactly_once(unlocked.session.app.db, server)
        only_dialog(unlocked, SyncSummaryDialog).close()
    finally:
        server.close()


def test_settings_dialog_checks_the_address_and_saves(qtbot, unlocked, tmp_path) -> None:
    unlocked.sync_settings_action.trigger()
    dialog = only_dialog(unlocked, SyncSettingsDialog)
    assert dialog.auth_mode() is AuthMode.NONE and dialog.auto_sync.isChecked()
    assert dialog.token.parentWidget().isHidden()                 # login fields only for their mode
    dialog.server_url.setText("http://example.org/fhir")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error_shown("server_url") == "Ukryptert http er bare lov mot denne maskinen. Bruk https."
    click(qtbot, dialog.test_button)                              # the same check before any network
    assert dialog.error_shown("server_url") == "Ukryptert http er bare lov mot denne maskinen. Bruk https."

    with StandinServer() as server:
        dialog.server_url.setText(server.base_url)
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=DONE_MS)
        assert dialog.test_result.text().startswith("Tilkoblet: en FHIR 4.0")
        assert dialog.error_shown("server_url") == ""
        _shot(unlocked, dialog, "settings", tmp_path)

        # A bearer token goes to the keyring; the tests' keyring refuses, and the form says so by the field.
        dialog.auth.setCurrentIndex(dialog.auth.findData(AuthMode.BEARER.value))
        assert dialog.token.isVisible()
        dialog.token.setText("hemmelig-token")
        click(qtbot, dialog.save_button)
        assert dialog.isVisible()
        assert dialog.error_shown("token").startswith("Fant ingen nøkkelring på maskinen")

        # Client credentials: their own fields; a key pair is needed before saving.
        dialog.auth.setCurrentIndex(dialog.auth.findData(AuthMode.CLIENT_CREDENTIALS.value))
        assert dialog.client_id.isVisible() and not dialog.token.isVisible()
        _shot(unlocked, dialog, "settings-client-key", tmp_path)
        click(qtbot, dialog.key_button)
        assert dialog.error_shown("client_id") == "Skriv inn klient-id-en først: nøkkelen lagres under den."
        click(qtbot, dialog.save_button)
        assert dialog.error_shown("token_endpoint") == "Skriv inn adressen til innloggingstjenesten."

        dialog.auth.setCurrentIndex(dialog.auth.findData(AuthMode.NONE.value))
        dialog.bundle_size.setValue(100)
        dialog.auto_sync.setChecked(False)
        click(qtbot, dialog.save_button)
        assert not dialog.isVisible()
        saved = SyncSettings.load(unlocked.session.app.db)
        assert saved == SyncSettings(server_url=server.base_url, bundle_size=100, auth=AuthMode.NONE,
                                     auto_sync=False)
    assert unlocked.statusBar().currentMessage() == "Innstillingene for synkronisering er lagret."


def test_automatic_sync_runs_when_online_and_records_wait_but_not_while_locked(qtbot, unlocked, visit_db) -> None:
    app = unlocked.session.app
    app.write_note(visit_db.client_id, "Notat som skal opp av seg selv")
    server = _standin()
    try:
        SyncSettings(server_url=server.base_url).save(app.db)
        assert unlocked.auto_sync_timer.isActive() and unlocked.auto_sync_timer.interval() == 120_000
        assert unlocked.auto_sync()
        _wait_done(qtbot, unlocked)
        assert_exactly_once(app.db, server)
        assert not [d for d in unlocked.findChildren(SyncSummaryDialog) if d.isVisible()]  # it stays quiet
        assert unlocked.status.last_sync_label.text() != "Sist synkronisert: aldri"

        # Nothing waits: the automatic sync asks the server nothing.
        trips = server.round_trips
        assert unlocked.auto_sync()
        _wait_done(qtbot, unlocked)
        assert server.round_trips == trips

        # Locked: no timer, and no sync even when asked.
        app.write_note(visit_db.client_id, "Notat skrevet rett før låsing")
        unlocked.lock()
        assert not unlocked.auto_sync_timer.isActive()
        assert not unlocked.auto_sync()
        assert server.round_trips == trips
        unlocked.session.unlock(PASSPHRASE)
        assert unlocked.auto_sync_timer.isActive()
        with unlocked.session.app.db.reading():
            assert unlocked.session.app.db.outbox.counts().pending > 0
    finally:
        server.close()
