"""A revoked laptop in the window: the sync that learns it sends what waits, destroys the journal, locks the
window and says so; the unlock screen says why the journal is gone (the real window, the FHIR stand-in)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.sync.settings import SyncSettings
from desktop.ui.kit.widgets import Banner
from tests.fhir_standin import StandinConfig, StandinServer
from tests.sync.conftest import require_references

DONE_MS = 20_000


def test_the_window_locks_and_says_the_journal_was_destroyed(qtbot, unlocked, visit_db, make_window,
                                                            tmp_path: Path) -> None:
    window = unlocked
    app = window.session.app
    device_id = app.db.device_id
    server = StandinServer(StandinConfig()).start()
    require_references(server)
    try:
        SyncSettings(server_url=server.base_url).save(app.db)
        assert window.sync_now()
        qtbot.waitUntil(lambda: not window.sync.running, timeout=DONE_MS)
        assert server.get("Device", device_id)["status"] == "active"
        for box in window.findChildren(QMessageBox):
            box.close()

        revoked = {k: v for k, v in server.get("Device", device_id).items() if k != "meta"}
        server.seed({**revoked, "status": "inactive"})
        late = app.write_note(visit_db.client_id, "Skrevet like før tilbakekallingen ble kjent")
        assert window.sync_now()
        qtbot.waitUntil(lambda: not window.session.is_unlocked and not window.session.closing, timeout=DONE_MS)

        assert server.get("DocumentReference", late.meta.record_id) is not None
        said = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
        assert len(said) == 1 and "trukket tilbake enheten" in said[0].text()
        assert sorted(p.name for p in visit_db.data_dir.iterdir()) == ["ambulant-shredded.json"]
        folder = Path(os.environ.get("AMBULANT_SCREENSHOTS") or tmp_path)
        assert said[0].grab().save(str(folder / "ui-revoked-message.png"))
        said[0].close()
        page = window.unlock_page                 # the lock screen says why, and offers no passphrase field
        assert window.stack.currentWidget() is page
        assert page.error.isVisible() and "trukket tilbake enheten" in page.error.text()
        assert not page.passphrase.isVisible() and not page.button.isVisible()
        assert page.title.text() == "Journalen er slettet"
        for width, height in ((1024, 768), (1366, 768)):
            window.resize(width, height)
            QApplication.processEvents()
            assert window.grab().save(str(folder / f"ui-revoked-window-{width}.png"))

        restarted = make_window(visit_db.data_dir)        # the next start: set up anew, told what happened
        assert restarted.stack.currentWidget() is restarted.setup_page
        banners = [b for b in restarted.setup_page.findChildren(Banner) if "trukket tilbake enheten" in b.text()]
        assert len(banners) == 1 and banners[0].isVisible()
        restarted.resize(1024, 768)
        QApplication.processEvents()
        assert restarted.grab().save(str(folder / "ui-revoked-setup-1024.png"))
    finally:
        server.stop()
