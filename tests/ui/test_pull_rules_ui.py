"""What the pull kept although it breaks a rule, in the real window (pytest-qt, offscreen, a real encrypted
journal, the stand-in as the municipal server): said in the sync summary, and a calm warning line where the
order and the dose are shown.

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
from desktop.ui.sync.panel import SyncSummaryDialog
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.fhir_standin import StandinServer
from tests.sync.conftest import require_references
from tests.sync.ehr_data import municipal_record, rule_breaking_records, stopped_yesterday
from tests.ui.fixtures import grab

DONE_MS = 20_000


@pytest.fixture
def ehr_server(clock: Any) -> Iterator[StandinServer]:
    with StandinServer() as server:
        require_references(server)
        record = municipal_record(WORKER.name, WORKER.hpr, clock.now)
        server.seed(*record.resources, *rule_breaking_records(clock.now))
        server.seed(stopped_yesterday(record, clock.now), keep_last_updated=True)
        yield server


def test_a_pulled_order_for_a_drug_in_cave_and_a_dose_past_the_maximum_are_shown(
        make_window, data_dir: Path, ehr_server: StandinServer, qtbot: Any, tmp_path: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    SyncSettings(server_url=ehr_server.base_url).save(db)
    db.close()
    window: MainWindow = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    assert window.sync_now()
    qtbot.waitUntil(lambda: window.sync_action.isEnabled() and not window.sync.running, timeout=DONE_MS)
    # The summary says it, in the status bar and in the summary dialog; nothing was refused.
    assert "3 hentede oppføringer bryter en regel" in window.statusBar().currentMessage()
    (dialog,) = window.findChildren(SyncSummaryDialog)
    qtbot.waitUntil(lambda: "bryter en regel" in dialog.detail.text())
    assert dialog.detail.isVisible() and dialog.table.isHidden()
    dialog.close()

    client = next(c for c in window.session.app.list_clients() if c.name == "Astrid Berg")
    window.open_client(client.client_id)
    window.show_tab(1)
    medication = window.client_view.medication
    notices = medication.findings
    assert notices.isVisible()
    texts = notices.texts()
    assert len(texts) == 2, texts
    cave = next(t for t in texts if "CAVE" in t)
    assert cave.startswith("Kommunens journal: <b>Amoxicillin 500 mg kapsel</b>") and "Penicillin" in cave
    dose = next(t for t in texts if "Maks 3" in t)
    assert "dosen av <b>Oxazepam 10 mg tablett</b>" in dose and "Kari Kollega" in dose
    assert notices.banner.kind == "warning"
    # The order keeps its row (the prescriber's, read-only here) with the mark; the dose its line.
    notes = [medication.fixed.item(r, 3).text() for r in range(medication.fixed.rowCount())]
    assert any("Bryter en regel (kommunens journal)" in n for n in notes), notes
    medication.fixed.selectRow(0)
    assert "<b>Bryter en regel (kommunens journal)</b>" in medication.order_details.text()
    rows = [medication.timeline.item(i).text() for i in range(medication.timeline.count())]
    assert sum("⚠ Kommunens journal: Maks 3 doser per døgn er allerede gitt." in r for r in rows) == 1, rows
    assert sum("Oxazepam" in r for r in rows) == 4                    # every dose is shown, none dropped

    folder = Path(os.environ.get("AMBULANT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for width in (1024, 1366):
        window.resize(width, 768)
        for _ in range(3):               # the banner asks for its wrapped height at the new width, then settles
            QApplication.processEvents()
        grab(window, folder / f"pulled-rule-findings-{width}x768.png")
        banner = notices.banner
        assert banner.isVisible() and banner.height() >= banner.heightForWidth(banner.width())   # never cut off
