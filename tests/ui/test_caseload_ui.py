"""The caseload in the window (pytest-qt, offscreen, the real window over a real encrypted database): the
sync button pulls, each client says when it was updated from the server, a changed or stopped order
shows a banner, a colleague's dose asks before it is signed again, a client leaving the caseload is
shown as waiting and then removed, and intake (register a client, CAVE by hand).

Screenshots go to the folder named by AMBULANT_SCREENSHOTS when it is set (else tmp_path).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.medication import Administration
from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.sync.settings import SyncSettings
from desktop.ui.forms.client_forms import AllergyDialog, RegisterClientDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.fhir_standin import StandinServer
from tests.sync.conftest import require_references
from tests.sync.ehr_data import municipal_record
from tests.ui.fixtures import click, grab, only_dialog, sync_in_window

DONE_MS = 20_000


@pytest.fixture
def ehr_server(clock) -> Iterator[tuple[StandinServer, Any]]:  # noqa: ANN001
    with StandinServer() as server:
        require_references(server)
        record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
        server.seed(*record.resources)
        yield server, record


@pytest.fixture
def pulled(make_window, data_dir: Path, ehr_server, qtbot) -> MainWindow:  # noqa: ANN001
    """A fresh journal set up for the server, unlocked, after one "Synchronise now"."""
    server, _ = ehr_server
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    SyncSettings(server_url=server.base_url).save(db)
    db.close()
    window = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    assert window.client_list.model.rowCount() == 0
    sync_in_window(qtbot, window)
    return window


def _shot(widget, name: str, tmp_path: Path) -> None:  # noqa: ANN001
    folder = Path(os.environ.get("AMBULANT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(widget, MainWindow):
        grab(widget, folder / name)
        return
    QApplication.processEvents()
    assert widget.grab().save(str(folder / name))


def _open(window: MainWindow, name: str) -> str:
    client = next(c for c in window.session.app.list_clients() if c.name == name)
    window.open_client(client.client_id)
    window.show_tab(1)
    return client.client_id


def _message_box(window: MainWindow) -> QMessageBox:
    QApplication.processEvents()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _administrations(app: Ambulant, client_id: str) -> list[Administration]:
    with app.db.reading():
        return app.db.records.current("administration", client_id)


def test_the_sync_button_brings_the_caseload_with_cave_orders_and_where_it_came_from(pulled, tmp_path) -> None:
    window = pulled
    names = sorted(c.name for c in window.session.app.list_clients())
    assert names == ["Astrid Berg", "Bjørn Dahl", "Cecilie Eng"]
    assert window.client_list.model.rowCount() == 3
    _open(window, "Astrid Berg")
    view = window.client_view
    assert view.origin.isVisible() and view.origin.text().startswith("Oppdatert fra server ")
    assert " kl. " in view.origin.text()
    medication = view.medication
    assert "Penicillin" in medication.cave.text() and medication.cave.kind == "danger"
    texts = [medication.timeline.item(i).text() for i in range(medication.timeline.count())]
    assert any("Paracetamol" in t and "08:05 av Kari Kollega" in t for t in texts), texts
    assert not medication.notices.isVisible()
    window.resize(1366, 768)
    _shot(window, "caseload-medication.png", tmp_path)


def test_a_changed_or_stopped_order_shows_a_banner_and_is_not_due(pulled, ehr_server, qtbot, tmp_path) -> None:
    window = pulled
    server, record = ehr_server
    order = next(r for r in record.resources if r["id"] == "ehr-mr-2")
    server.seed({**order, "status": "stopped"})
    sync_in_window(qtbot, window)
    _open(window, "Astrid Berg")
    medication = window.client_view.medication
    assert medication.notices.isVisible()
    (text,) = medication.notices.texts()
    assert text.startswith("Ordinasjonen er seponert ") and " kl. " in text and "Metformin" in text
    timeline = [medication.timeline.item(i).text() for i in range(medication.timeline.count())]
    assert not any("Metformin" in t for t in timeline)          # no dose due on a stopped order
    # The prescriber's order cannot be marked in error here; the stopped one is listed as such.
    medication.fixed.selectRow(0)
    assert not medication.order_error.isEnabled()
    medication.show_stopped.setChecked(True)
    notes = [medication.fixed.item(r, 3).text() for r in range(medication.fixed.rowCount())]
    assert "Seponert eller satt på pause av forskriver" in notes
    window.resize(1024, 768)
    _shot(window, "caseload-order-stopped.png", tmp_path)


def test_signing_a_dose_a_colleague_gave_asks_first(pulled, qtbot) -> None:
    window = pulled
    client_id = _open(window, "Astrid Berg")
    medication = window.client_view.medication
    timeline = medication.timeline
    row = next(i for i in range(timeline.count()) if "Paracetamol" in timeline.item(i).text()
               and "Kari Kollega" in timeline.item(i).text())
    timeline.setCurrentRow(row)
    assert medication.give.isEnabled()
    before = len(_administrations(window.session.app, client_id))
    click(qtbot, medication.give)
    box = _message_box(window)
    assert "Kari Kollega" in box.text() and "08:05" in box.text()
    click(qtbot, next(b for b in box.buttons() if b.text() == "Ikke signer"))
    assert len(_administrations(window.session.app, client_id)) == before
    timeline.setCurrentRow(row)
    click(qtbot, medication.give)
    box = _message_box(window)
    click(qtbot, next(b for b in box.buttons() if b.text() == "Signer en dose til"))
    qtbot.waitUntil(lambda: len(_administrations(window.session.app, client_id)) == before + 1)


def test_a_client_leaving_the_caseload_waits_then_goes(pulled, ehr_server, qtbot) -> None:
    window = pulled
    server, record = ehr_server
    client_id = _open(window, "Bjørn Dahl")
    note = window.session.app.write_note(client_id, "Siste besøk")
    server.config.reject_identifier_values = {f"urn:uuid:{note.meta.record_id}"}
    team = next(r for r in record.resources if r["id"] == "ehr-ct-2")
    server.seed({**team, "participant": team["participant"][1:]})
    sync_in_window(qtbot, window)
    assert window.client_view.client_id == client_id
    assert "Fjernet fra arbeidslisten — venter på synkronisering" in window.client_view.origin.text()
    server.config.reject_identifier_values = set()
    window.session.app.sync.retry_failed()
    sync_in_window(qtbot, window)
    assert window.client_view.client_id is None
    assert "Bjørn Dahl" not in [c.name for c in window.session.app.list_clients()]
    assert window.client_list.model.rowCount() == 2


def test_register_a_client_and_cave_by_hand(make_window, visit_db, qtbot, clock, tmp_path) -> None:
    window = make_window(visit_db.data_dir)
    window.session.unlock(PASSPHRASE)
    window.caseload_actions.register_action.trigger()
    dialog = only_dialog(window, RegisterClientDialog)
    dialog.name.setText("Frida Hansen")
    dialog.national_id.setText("12345678901")
    click(qtbot, dialog.save_button)
    assert "kontrollsiffer" in dialog.error_shown("national_id")
    from desktop.support.demo_data import synthetic_id
    dialog.national_id.setText(synthetic_id(dt.date(1975, 1, 1)))
    dialog.birth_date.set_value(dt.date(1975, 1, 2))
    click(qtbot, dialog.save_button)
    assert "stemmer ikke" in dialog.error_shown("birth_date")
    dialog.birth_date.set_value(dt.date(1975, 1, 1))
    dialog.relatives.setPlainText("Ola Hansen; far; 40000000; ja")
    _shot(dialog, "caseload-register.png", tmp_path)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.client_view.overview.client.name == "Frida Hansen"
    assert window.client_view.overview.client.relatives[0].next_of_kin

    window.caseload_actions.allergy_action.trigger()
    cave = only_dialog(window, AllergyDialog)
    cave.substance.setText("Penicillin")
    click(qtbot, cave.save_button)
    assert cave.error_shown("source")                      # where the information comes from is required
    cave.source.setText("Pasienten selv")
    cave.reaction.setText("Utslett")
    _shot(cave, "caseload-allergy.png", tmp_path)
    click(qtbot, cave.save_button)
    qtbot.waitUntil(lambda: not cave.isVisible())
    assert "Penicillin" in window.client_view.medication.cave.text()
    window.caseload_actions.allergy_action.trigger()
    change = only_dialog(window, AllergyDialog)
    change.entry.setCurrentIndex(1)
    assert change.substance.text() == "Penicillin" and change.source.text() == "Pasienten selv"
    change.reaction.setText("Pustevansker")
    click(qtbot, change.save_button)
    qtbot.waitUntil(lambda: not change.isVisible())
    (allergy,) = window.session.app.get_client(window.client_view.client_id).allergies
    assert allergy.reaction == "Pustevansker" and allergy.recorded_by == f"{WORKER.name} (HPR {WORKER.hpr})"
    assert "Pustevansker" in window.client_view.medication.cave.text()
