"""The medication sheet dialog: saved as PDF or printed (to a PDF printer here), and logged as a print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from desktop.domain.audit import AuditAction
from desktop.ui.print_sheet import PrintSheetDialog
from tests.ui.fixtures import only_dialog


def test_save_the_sheet_as_pdf_and_print_it(qtbot, unlocked, visit_db, tmp_path: Path) -> None:
    unlocked.print_action.trigger()
    dialog = only_dialog(unlocked, PrintSheetDialog)
    assert dialog.preview.page_count >= 1              # the preview shows the default 14 days at once
    app = unlocked.session.app
    reads_before = len(app.access_log(visit_db.client_id))
    dialog.days.setValue(7)
    qtbot.waitUntil(lambda: dialog.preview.page_count >= 1 and not dialog._refresh.isActive())
    assert len(app.access_log(visit_db.client_id)) == reads_before   # a preview is not a print
    dialog.grab().save(str(tmp_path / "print-dialog.png"))
    target = tmp_path / "ark.pdf"
    assert dialog.save_pdf(target)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Kåre Testesen" in text and "Metformin" in text and "Oxazepam" in text
    event = app.access_log(visit_db.client_id)[0]
    assert event.action is AuditAction.PRINT and "lagret som PDF" in event.detail

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    assert dialog.printing                             # off the GUI thread
    qtbot.waitUntil(lambda: not dialog.printing, timeout=20_000)
    assert dialog.print_succeeded and dialog.printed_by == "file"
    assert printed.read_bytes().startswith(b"%PDF")     # the sheet itself (vector), not a raster of it
    assert printed.stat().st_size < 200_000
    assert len(PdfReader(str(printed)).pages) == len(PdfReader(str(target)).pages)
    prints = [e for e in app.access_log(visit_db.client_id) if e.action is AuditAction.PRINT]
    assert len(prints) == 2 and "skriver" in prints[0].detail
    dialog.reject()


def test_a_bad_period_is_shown_next_to_the_field(qtbot, unlocked, tmp_path: Path) -> None:
    unlocked.print_action.trigger()
    dialog = only_dialog(unlocked, PrintSheetDialog)
    dialog.days.setMaximum(400)
    dialog.days.setValue(400)
    assert not dialog.save_pdf(tmp_path / "x.pdf")
    assert dialog.error_shown("days").startswith("Perioden må være fra 1 til 62 dager")
    assert not (tmp_path / "x.pdf").exists()
    dialog.reject()
