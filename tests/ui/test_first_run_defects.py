"""Small things a new user ran into: the demo title, quitting with unsaved text, an overdue follow-up,
the PRN notes column, the chapter 9 form after a failed save, and saving the sheet as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from desktop.domain.medication import AdministrationStatus, ControlledClass
from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.ui.forms.chapter9_forms import Chapter9Dialog
from desktop.ui.print_sheet import PrintSheetDialog, documents_folder, sheet_file_name
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.settings import UiSettings
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import second_signature
from tests.helpers import add_client, add_prn_order
from tests.ui.fixtures import only_dialog


def test_the_demo_title_names_ambulant_once(make_window, visit_db) -> None:  # noqa: ANN001
    window = make_window(visit_db.data_dir, demo_passphrase="demo-passord")
    assert window.windowTitle() == "Ambulant"
    session = Session(visit_db.data_dir, demo=True, kdf=FAST_KDF)
    demo = MainWindow(session, UiSettings(), "demo-passord")
    try:
        title = demo.windowTitle()
        # Qt appends " — <display name>" unless the title already ends with it ("Ambulant – demo — Ambulant").
        assert title.endswith(QGuiApplication.applicationDisplayName())
        assert title.count("Ambulant") == 1 and "demo" in title.lower()
    finally:
        demo._close_confirmed = True
        demo.close()
        demo.deleteLater()


def test_enter_in_the_unsaved_text_question_goes_back(qtbot, unlocked) -> None:  # noqa: ANN001
    unlocked.client_view.observations.journal.composer.edit.setPlainText("Et notat jeg ikke har lagret")
    unlocked.close()
    box = only_dialog(unlocked, QMessageBox)
    assert box.defaultButton().text() == "Gå tilbake"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert unlocked.isVisible()
    assert unlocked.client_view.observations.journal.composer.edit.toPlainText() == "Et notat jeg ikke har lagret"


def test_an_overdue_follow_up_says_so_and_prn_notes_are_whole(data_dir, clock, make_window) -> None:  # noqa: ANN001
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    app = Ambulant(db, clock=clock)
    client = add_client(app, "Kåre Testesen", dt.date(1970, 5, 17))
    prn = add_prn_order(app, client.client_id, controlled=ControlledClass.B, double_check=True)
    app.record_administration(prn.order_id, AdministrationStatus.GIVEN, second_signer=second_signature(app), prn_reason="Uro")
    db.close()
    clock.advance(hours=2)                       # the effect was due 45 minutes after the dose
    window = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    window.open_client(client.client_id)
    tab = window.client_view.medication
    banners = [w.text() for w in tab.findChildren(QLabel) if "Oppfølging" in w.text()]
    assert banners and all("forsinket" in text for text in banners)
    # Two flags in the notes cell: the row is as tall as both, selected or not.
    tab.prn.clearSelection()
    QApplication.processEvents()
    notes = tab.prn.item(0, tab.prn.columnCount() - 1).text()
    assert "\n" in notes
    lines = tab.prn.fontMetrics().lineSpacing() * 2
    assert tab.prn.rowHeight(0) >= lines


def test_the_chapter9_form_names_the_client_and_stays_put_after_a_failed_save(qtbot, unlocked) -> None:  # noqa: ANN001
    observations = unlocked.client_view.observations
    unlocked.client_view.tabs.setCurrentWidget(observations)
    observations.setCurrentWidget(observations.chapter9)     # rendered when first shown
    dialog = observations.chapter9.new_registration()
    assert isinstance(dialog, Chapter9Dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.answers["concerned"].text() == "Kåre Testesen"
    QApplication.processEvents()
    before = dialog.geometry()
    dialog.accept()                                   # what was done etc. are empty
    QApplication.processEvents()
    assert dialog.isVisible() and dialog.error_shown("what_done")
    assert dialog.geometry() == before               # no growing, no jumping
    assert dialog.buttons.isVisible()
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    dialog.reject()


def test_save_as_pdf_starts_in_documents_with_the_clients_name_and_confirms(qtbot, unlocked, tmp_path) -> None:  # noqa: ANN001
    unlocked.dialogs.print_sheet(None)
    sheet = only_dialog(unlocked, PrintSheetDialog)
    sheet.accept()
    files = sheet.file_dialog
    assert isinstance(files, QFileDialog)
    qtbot.waitUntil(files.isVisible)
    assert Path(files.directory().absolutePath()) == documents_folder()
    expected = sheet_file_name("Kåre Testesen", sheet.start.value())
    assert expected == f"legemiddelark-kåre-testesen-{sheet.start.value():%Y-%m-%d}.pdf"
    assert files.selectedFiles()[0].endswith(expected)
    # Qt's own dialog speaks Bokmål (our qtbase_nb catalogue).
    texts = {label.text() for label in files.findChildren(QLabel)}
    assert "&Se i:" in texts or "Se i:" in texts
    target = tmp_path / expected
    files.selectFile(str(target))
    files.accept()
    qtbot.waitUntil(lambda: not sheet.isVisible())
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in unlocked.statusBar().currentMessage()


def test_the_ledger_is_saved_the_same_way_from_documents_with_the_clients_name(qtbot, unlocked, visit_db,  # noqa: ANN001
                                                                               tmp_path) -> None:
    from desktop.ui.client.ledger_print import LedgerPrintDialog
    dialog = LedgerPrintDialog(unlocked.session, visit_db.client_id, unlocked)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.client_name == "Kåre Testesen")
    dialog.accept()
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    qtbot.waitUntil(files.isVisible)
    assert Path(files.directory().absolutePath()) == documents_folder()
    assert files.selectedFiles()[0].endswith(f"narkotikaregnskap-kåre-testesen-{dialog.end.value():%Y-%m-%d}.pdf")
    files.reject()
    dialog.reject()
