"""The window after unlock: damage found by the checks is said calmly with a repair; the retention shuts client data.

Real encrypted files (a flipped page), the real window offscreen, the real message box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.clock import utcnow
from desktop.services import Ambulant
from desktop.store.database import Database
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client
from tests.safety.damage import flip, page_of


def notes_journal(data_dir) -> None:  # noqa: ANN001
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    app = Ambulant(db)
    for c in range(2):
        client = add_client(app, name=f"Klient {c}", birth=dt.date(1970 + c, 3, 4))
        for n in range(60):
            app.write_note(client.client_id, f"Notat {n}. " + "Samtale om dagen og planene. " * 10)
    db.close()


def press_in_message_box(text: str) -> None:
    """Click the button labelled ``text`` in the message box once it is open (it runs its own loop)."""
    def press() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, press)
            return
        next(b for b in box.buttons() if b.text() == text).click()
    QTimer.singleShot(0, press)


def test_damage_is_said_calmly_and_the_repair_copy_takes_its_place(qtbot, make_window, data_dir) -> None:
    notes_journal(data_dir)
    flip(data_dir / "ambulant.db", page_of(data_dir, PASSPHRASE, "record_versions"))
    window = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(window.notice.isVisible, timeout=20_000)
    text = window.notice.banner.text()
    assert "kan ikke leses" in text and "Alt annet er i behold" in text
    assert "slett" not in text.lower()
    assert window.notice.repair_button.isVisible() and window.notice.repair_button.text() == "Reparer …"
    assert len(window.client_list.client_ids()) == 2         # the readable records are all there

    press_in_message_box("Reparer")
    window.notice.repair_button.click()
    assert not window.session.is_unlocked and window.stack.currentWidget() is window.unlock_page
    assert window.notice.banner.text().startswith("Reparert:")
    kept = [p for p in data_dir.parent.iterdir() if p.name.startswith("data-skadet-")]
    assert len(kept) == 1 and (kept[0] / "ambulant.db").exists()

    window.session.unlock(PASSPHRASE)                          # the same passphrase opens the repaired copy
    assert not window.notice.isVisible()
    qtbot.waitUntil(lambda: window.checks.last is not None and window.checks.last.full, timeout=20_000)
    assert window.checks.last.sound and not window.notice.isVisible()
    assert len(window.client_list.client_ids()) == 2


def test_not_now_leaves_everything_as_it_was(qtbot, make_window, data_dir) -> None:
    notes_journal(data_dir)
    flip(data_dir / "ambulant.db", page_of(data_dir, PASSPHRASE, "record_versions"))
    window = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(window.notice.isVisible, timeout=20_000)
    press_in_message_box("Ikke nå")
    window.notice.repair_button.click()
    assert window.session.is_unlocked and window.notice.kind == "damage"
    assert sorted(p.name for p in data_dir.parent.iterdir()) == ["data"]


def test_retention_shuts_client_data_in_the_window_until_a_sync(qtbot, make_window, visit_db, clock) -> None:
    window = make_window(visit_db.data_dir)
    clock.now = utcnow() + dt.timedelta(days=20)
    window.session.unlock(PASSPHRASE)
    assert window.notice.isVisible() and window.notice.kind == "locked"
    assert "Brukerdata er sperret" in window.notice.banner.text()
    assert window.notice.sync_button.isVisible()
    assert window.client_list.client_ids() == []
    window._tick()                                             # the minute timer: still shut, no error dialog
    assert window.client_list.client_ids() == []
    clock.now = utcnow()                                       # as if a sync had just reached the server
    window.session.app.db.set_setting("last_sync", utcnow().isoformat(timespec="seconds"))
    window._tick()
    assert not window.notice.isVisible() and window.client_list.client_ids() == [visit_db.client_id]
