"""The client list: search by name or birth date, today's marks, CAVE; opening is logged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.domain.clients import Allergy
from desktop.domain.audit import AuditAction
from tests.conftest import PASSPHRASE
from tests.helpers import add_client
from desktop.ui.client.client_list import ROW_ROLE


def test_search_marks_and_opening(qtbot, make_window, visit_db) -> None:
    window = make_window(visit_db.data_dir)
    window.session.unlock(PASSPHRASE)
    app = window.session.app
    other = add_client(app, "Åse Allergisk", dt.date(1988, 2, 29), allergies=(Allergy("Penicillin"),))
    window.client_list.reload()
    listing = window.client_list
    assert listing.model.rowCount() == 2
    rows = {listing.model.item(r).data(ROW_ROLE).client.name: listing.model.item(r) for r in range(2)}
    kare = rows["Kåre Testesen"].data(ROW_ROLE)
    assert (kare.marks.doses_left, kare.marks.overdue_doses) == (3, 2)     # 08:00 ×2 overdue, 18:00 later
    assert not kare.client.has_cave and rows["Åse Allergisk"].data(ROW_ROLE).client.has_cave
    assert "CAVE" in rows["Åse Allergisk"].data(Qt.ItemDataRole.AccessibleTextRole)
    assert "2 forsinket" in rows["Kåre Testesen"].data(Qt.ItemDataRole.AccessibleTextRole)

    qtbot.keyClicks(listing.search, "29.02.1988")
    assert listing.client_ids() == [other.client_id]
    qtbot.keyClick(listing.search, Qt.Key.Key_Return)           # Enter opens the only match
    assert window.client_view.client_id == other.client_id
    assert app.access_log(other.client_id)[0].action is AuditAction.READ
    assert app.access_log(visit_db.client_id) == [e for e in app.access_log(visit_db.client_id)
                                                  if e.action is not AuditAction.READ]
    listing.search.clear()
    qtbot.keyClicks(listing.search, "kåre")
    assert listing.client_ids() == [visit_db.client_id]
    qtbot.keyClick(listing.search, Qt.Key.Key_Down)
    assert listing.view.hasFocus()
    qtbot.keyClick(listing.view, Qt.Key.Key_Return)
    assert window.client_view.client_id == visit_db.client_id
    assert "CAVE: ingen kjente allergier registrert" in window.client_view.medication.cave.text()
