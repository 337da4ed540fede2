"""A note the municipal EHR deleted, in the real window (pytest-qt, offscreen, a real encrypted journal, the
stand-in as the municipal server): after the next "Synchronise now" the journal page shows it as an entry in
error would show — struck through, muted, with the reason — and the colleague's text stays readable.

Screenshots go to the folder named by AMBULANT_SCREENSHOTS when it is set (else tmp_path).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.store.database import Database
from desktop.sync.settings import SyncSettings
from desktop.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.fhir_standin import StandinServer
from tests.sync.conftest import require_references
from tests.sync.ehr_data import municipal_record
from tests.ui.fixtures import grab, sync_in_window

DONE_MS = 20_000


@pytest.fixture
def ehr_server(clock: Any) -> Iterator[StandinServer]:
    with StandinServer() as server:
        require_references(server)
        server.seed(*municipal_record(WORKER.name, WORKER.hpr, clock.now).resources)
        yield server


def _items(window: MainWindow) -> list[Any]:
    notes = window.client_view.observations.journal.notes
    return [notes.item(i) for i in range(notes.count())]


def test_a_note_deleted_in_the_municipal_record_shows_as_deleted_in_the_journal(
        make_window, data_dir: Path, ehr_server: StandinServer, qtbot: Any, tmp_path: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    SyncSettings(server_url=ehr_server.base_url).save(db)
    db.close()
    window: MainWindow = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    sync_in_window(qtbot, window)
    client = next(c for c in window.session.app.list_clients() if c.name == "Astrid Berg")
    window.open_client(client.client_id)
    window.show_tab(2)
    own = window.session.app.write_note(client.client_id, "Besøk: handlet inn, ryddet kjøkkenet.")
    sync_in_window(qtbot, window)       # the worker's own note goes up; the colleague's is still current
    (theirs,) = [i for i in _items(window) if "Rolig natt" in i.text()]
    assert not theirs.font().strikeOut() and "FEILREGISTRERT" not in theirs.text()

    with ehr_server.storage.transaction():                         # the EHR deletes the colleague's note
        ehr_server.storage.write("DocumentReference", "ehr-doc-1", None)
    sync_in_window(qtbot, window)
    assert window.client_view.overview is not None
    journal = window.client_view.observations.journal
    (gone,) = [i for i in _items(window) if "Rolig natt, spiste frokost." in i.text()]
    assert "FEILREGISTRERT: Slettet i kommunens journal." in gone.text()
    assert "Kari Kollega" in gone.text()                           # still shown as hers
    assert gone.font().strikeOut()                                 # as any entry in error is shown
    journal.notes.setCurrentItem(gone)
    assert not journal.correct.isEnabled() and not journal.in_error.isEnabled()
    (mine,) = [i for i in _items(window) if own.text in i.text()]
    assert not mine.font().strikeOut() and "FEILREGISTRERT" not in mine.text()

    folder = Path(os.environ.get("AMBULANT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    journal.notes.setCurrentItem(mine)                              # the deleted one as it reads unselected
    window.resize(1024, 768)
    QApplication.processEvents()
    grab(window, folder / "journal-deleted-note-1024x768.png")
