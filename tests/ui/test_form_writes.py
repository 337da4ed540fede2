"""The dose and order forms save through the runner's write like every other write: the service runs on the
journal thread (never the GUI thread), the form waits with Save disabled, and the runner announces the
Changes the save made, so the views redraw. The rules' findings and the reasons to go ahead still come
back into the form from the journal thread."""

from __future__ import annotations

import threading

from desktop.domain.medication import AdministrationStatus, OrderKind
from desktop.services import Ambulant, Changes
from desktop.ui.forms.dose_forms import SignDoseDialog
from desktop.ui.forms.order_form import OrderDialog
from tests.conftest import PASSPHRASE
from tests.ui.fixtures import click, only_dialog

DONE_MS = 20_000


def _threaded(qtbot, make_window, visit_db):
    window = make_window(visit_db.data_dir, threaded=True)
    window.session.unlock(PASSPHRASE)
    window.open_client(visit_db.client_id)
    qtbot.waitUntil(lambda: window.client_view.client_id == visit_db.client_id and not window.session.ops.busy)
    return window


def _record_threads(monkeypatch, name: str) -> list[int]:
    """The threads the real service ``name`` runs on (it still does its work: a spy, not a stand-in)."""
    threads: list[int] = []
    real = getattr(Ambulant, name)

    def spy(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return real(self, *args, **kwargs)
    monkeypatch.setattr(Ambulant, name, spy)
    return threads


def test_a_refused_dose_is_saved_on_the_journal_thread_and_announced(qtbot, make_window, visit_db,
                                                                     monkeypatch) -> None:
    window = _threaded(qtbot, make_window, visit_db)
    med = window.client_view.medication
    threads = _record_threads(monkeypatch, "record_administration")
    announced: list[Changes] = []
    window.session.ops.changed.connect(announced.append)
    dose = next(d for d in window.client_view.overview.doses_today if d.order.order_id == visit_db.sertralin.order_id)
    med.sign(dose, AdministrationStatus.REFUSED)
    dialog = only_dialog(window, SignDoseDialog)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.reason.setCurrentText("Ville ikke ta den")
    dialog.accept()
    assert dialog.isVisible() and not dialog.save_button.isEnabled()     # on its way, not saved here
    qtbot.waitUntil(lambda: bool(saved), timeout=DONE_MS)
    assert threads and threading.get_ident() not in threads               # the service ran off the GUI thread
    assert any(c.client_id == visit_db.client_id and "administration" in c.kinds for c in announced)
    due = next(d for d in window.session.app.due_doses(visit_db.client_id)
               if d.order.order_id == visit_db.sertralin.order_id)
    assert due.administration == saved[0]
    assert (due.administration.status, due.administration.reason) == (AdministrationStatus.REFUSED,
                                                                      "Ville ikke ta den")


def test_an_order_is_saved_on_the_journal_thread_and_a_refusal_comes_back_into_the_form(
        qtbot, make_window, visit_db, monkeypatch) -> None:
    window = _threaded(qtbot, make_window, visit_db)
    threads = _record_threads(monkeypatch, "add_order")
    announced: list[Changes] = []
    window.session.ops.changed.connect(announced.append)
    click(qtbot, window.client_view.medication.new_order)
    dialog = only_dialog(window, OrderDialog)
    for edit, text in ((dialog.drug, "Paracetamol"), (dialog.dose, "2 tabletter"), (dialog.times, "08:00"),
                       (dialog.indication, "Smerter")):
        qtbot.keyClicks(edit, text)
    dialog.accept()                          # no prescriber: the service refuses it on the journal thread
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=DONE_MS)
    assert dialog.isVisible() and dialog.error_shown("prescriber") == "Forordnet av må fylles ut."
    assert dialog.drug.text() == "Paracetamol"                            # nothing typed is lost
    assert not any("order" in c.kinds for c in announced)
    qtbot.keyClicks(dialog.prescriber, "Fastlege Hansen")
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=DONE_MS)
    assert len(threads) == 2 and threading.get_ident() not in threads
    assert any(c.client_id == visit_db.client_id and "order" in c.kinds for c in announced)
    order = next(o for o in window.session.app.orders(visit_db.client_id) if o.drug_name == "Paracetamol")
    assert (order.kind, order.prescriber) == (OrderKind.FIXED, "Fastlege Hansen")
