"""The client's access log in the window: every read and write, newest first; closed when the window locks."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.ui.client.access_log_dialog import AccessLogDialog
from desktop.ui.forms.document_dialog import DocumentDialog
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


def test_the_access_log_prints_for_the_client(qtbot, unlocked, visit_db, tmp_path) -> None:  # noqa: ANN001
    app = unlocked.session.app
    app.write_note(visit_db.client_id, "Rolig formiddag.")
    unlocked.access_log_action.trigger()
    log = only_dialog(unlocked, AccessLogDialog)
    assert log.table.item(0, 4).text() == "denne enheten"
    log.print_button.click()
    dialog = only_dialog(unlocked, DocumentDialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count >= 1)
    out = tmp_path / "innsynslogg.pdf"
    assert dialog.save_pdf(out)
    dialog.done(1)
    log.close()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    for expected in ("Logg over innsyn i journalen", "Kåre Testesen", "Åpnet journalen", "Journalnotat",
                     "Test Vernepleier", "denne enheten"):
        assert expected in text, expected
    newest = app.access_log(visit_db.client_id)[0]
    assert newest.action.value == "print" and newest.detail.startswith("innsynslogg")
