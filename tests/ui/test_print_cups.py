"""Printing through a real print queue: a private CUPS scheduler with Debian's cups-pdf printer
(tests/print_queue.py). The sheet goes to the queue as PDF (vector, via ``lp``), off the GUI thread;
cups-pdf writes what it printed into its output folder, where the test reads it back and removes it."""

from __future__ import annotations

import io
import re

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pypdf import PdfReader

from desktop.domain.audit import AuditAction
from desktop.ui.print_sheet import PrintSheetDialog
from tests.print_queue import PrintQueue, unavailable_reason
from tests.ui.fixtures import only_dialog

pytestmark = pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason()))


def test_a_print_through_cups_produces_a_pdf_in_cups_pdfs_output_folder(qtbot, unlocked, visit_db) -> None:
    with PrintQueue() as queue:
        assert queue.queue in QPrinterInfo.availablePrinterNames()     # Qt's print dialog would offer it
        unlocked.print_action.trigger()
        dialog = only_dialog(unlocked, PrintSheetDialog)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(queue.queue)                            # as chosen in the print dialog
        assert dialog.print_to(printer)
        qtbot.waitUntil(lambda: not dialog.printing, timeout=30_000)
        assert dialog.print_succeeded, dialog.error_shown("")
        assert dialog.printed_by == "cups"                             # the PDF itself went to the queue

        printed = queue.wait_for_pdf()
        assert not list(queue.out.iterdir())                           # read back and removed: no sheet left
        reader = PdfReader(io.BytesIO(printed))
        text = "".join(page.extract_text() for page in reader.pages)
        # cups-pdf prints through PostScript and Ghostscript, which keep the text but not the Unicode map
        # of letters outside ASCII: "Kåre" reads back as "K?re".
        assert re.search(r"K.re Testesen", text) and "Metformin" in text and "Oxazepam" in text
        assert len(printed) < 1_000_000                                # vector pages, not a 1200 dpi raster

        app = unlocked.session.app
        prints = [e for e in app.access_log(visit_db.client_id) if e.action is AuditAction.PRINT]
        assert len(prints) == 1 and "skriver" in prints[0].detail
        dialog.reject()
