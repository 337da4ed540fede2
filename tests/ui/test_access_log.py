"""The client's access log in the window: every read and write, newest first; closed when the window locks."""

from __future__ import annotations

from desktop.ui.client.access_log_dialog import AccessLogDialog
from tests.ui.fixtures import only_dialog


def test_the_access_log_lists_reads_and_writes(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    app = unlocked.session.app
    app.write_note(visit_db.client_id, "Rolig formiddag.")
    unlocked.access_log_action.trigger()
    dialog = only_dialog(unlocked, AccessLogDialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert len(rows) == len(app.access_log(visit_db.client_id))
    assert rows[0][2:] == ["Skrev", "Journalnotat"]                      # the newest first
    assert ["Åpnet journalen", ""] in [r[2:] for r in rows]             # opening the client was logged
    assert all("Test Vernepleier" in r[1] for r in rows)
    unlocked.lock()
    assert not dialog.isVisible()
