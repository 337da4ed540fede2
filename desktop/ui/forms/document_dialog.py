"""A printable document in a dialog: a preview from memory, then "Save as PDF…" or "Print…".

The chapter 9 report, the access log and the minutes use it. The PDF is
built by the services in memory; nothing is written until the worker saves
it, and saving or printing is logged in the client's access log.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...services import Ambulant
from ..i18n.language import fill
from ..ops import Task
from ..print_sheet import SheetPreview, show_print_failure
from ..printing import PrintTicket, send_to_printer
from ..session import Session
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size, keep_on_screen


class DocumentDialog(FormDialog):
    """Preview of one document, saved as PDF or printed.

    ``build`` makes the PDF bytes (no audit entry); ``save`` writes it to a path and logs
    it; ``log_print`` logs a print on paper.
    """

    def __init__(self, session: Session, title: str, intro: str, file_name: str,
                 build: Callable[[Ambulant], bytes], save: Callable[[Ambulant, Path], object],
                 log_print: Callable[[Ambulant], None], parent: QWidget | None = None) -> None:
        super().__init__(session, title, parent, intro)
        self.file_name = file_name
        self._build, self._save, self._log_print = build, save, log_print
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_printer)
        self.saved_path: Path | None = None
        self.printing = False                    # a print is on its way to the printer
        self.print_succeeded: bool | None = None
        self.preview = SheetPreview(self)
        self.preview.setAccessibleName(fill(self.tr("Preview of %1"), title))
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.preview, 1)
        self.finished.connect(lambda _result: self.preview.clear())
        initial_dialog_size(self, QSize(900, 760))
        self.update_preview()

    def update_preview(self) -> None:
        """Build the document (off the GUI thread, no audit entry) and show it."""
        self.clear_errors()
        self.session.ops.read(self, self._build, self.preview.show_pdf, lambda _error: self.preview.clear(),
                              errors=self)

    def accept(self) -> None:
        """Save as PDF: ask where, then write."""
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), self.file_name,
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(Path(path), close=True)

    def save_pdf(self, path: Path, close: bool = False) -> bool:
        """Write the document to ``path`` (and log it); errors are shown in the dialog. False when it failed."""
        self.clear_errors()
        save = self._save

        def saved(_result: object) -> None:
            self.saved_path = path
            if close:
                self.done(1)
        job = self.session.ops.write(self, lambda app: save(app, path) and None, saved, self._failed, errors=self)
        return job is not None and job.ok is not False

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = keep_on_screen(QPrintDialog(printer, self))
        dialog.accepted.connect(lambda: self.print_to(printer, close=True))
        QDialog.open(dialog)   # QPrintDialog.open() in PySide wants a receiver: the plain window-modal open

    def print_to(self, printer: QPrinter, close: bool = False) -> bool:
        """Print the document on ``printer`` off the GUI thread and log the print; False when it cannot start.

        Built, printed and logged by one task of the runner (:mod:`desktop.ui.printing`), so a print that
        happened is always logged.
        """
        if self.printing:
            return False
        self.clear_errors()
        ticket = PrintTicket.of(printer, self.windowTitle())
        build, log_print = self._build, self._log_print

        def run(app: Ambulant, _task: Task) -> str:
            way = send_to_printer(build(app), printer, ticket)
            log_print(app)
            return way

        def printed(_way: str) -> None:
            self.printing, self.print_succeeded = False, True
            if close:
                self.done(1)
        job = self.session.ops.task(self, run, printed, self._failed, errors=self)
        self.printing = job is not None and not job.done
        self.print_succeeded = None if self.printing else self.print_succeeded
        return job is not None and job.ok is not False

    def _failed(self, error: BaseException) -> bool:
        """Errors only printing and files have; the runner shows the others at the top of the form."""
        self.printing, self.print_succeeded = False, False
        return show_print_failure(self, error)


def chapter9_report_dialog(session: Session, client_id: str, record_id: str | None,
                           parent: QWidget | None = None) -> DocumentDialog:
    """The chapter 9 report of one registration (or all the client's) for the Statsforvalter and the lead."""
    title = QCoreApplication.translate("DocumentDialog", "Chapter 9 report")
    intro = QCoreApplication.translate("DocumentDialog", "One registration a page, with every field of the form. "
                                       "Send it to the Statsforvalter and the professional lead, then record "
                                       "that it was sent.")
    return DocumentDialog(
        session, title, intro, "kapittel9-rapport.pdf",
        lambda app: app.chapter9_report_pdf(client_id, record_id),
        lambda app, path: app.save_chapter9_report(client_id, path, record_id),
        lambda app: app.log_report_printed(client_id, "chapter9", "skriver",
                                           len(app.chapter9_for_report(client_id, record_id))), parent)


def access_log_dialog(session: Session, client_id: str, parent: QWidget | None = None) -> DocumentDialog:
    """The client's access log on paper, for the client."""
    title = QCoreApplication.translate("DocumentDialog", "Access log for the client")
    intro = QCoreApplication.translate("DocumentDialog", "Every read, write and print of the client's record, "
                                       "for the client to keep.")
    return DocumentDialog(
        session, title, intro, "innsynslogg.pdf", lambda app: app.access_log_pdf(client_id),
        lambda app, path: app.save_access_log(client_id, path),
        lambda app: app.log_report_printed(client_id, "access_log", "skriver", len(app.access_log_lines(client_id))),
        parent)


def minutes_dialog(session: Session, client_id: str, meeting_id: str,
                   parent: QWidget | None = None) -> DocumentDialog:
    """The minutes of one responsibility-group meeting."""
    title = QCoreApplication.translate("DocumentDialog", "Minutes")
    intro = QCoreApplication.translate("DocumentDialog", "The minutes with agreements and tasks, to hand out "
                                       "to the group.")
    return DocumentDialog(
        session, title, intro, "referat.pdf", lambda app: app.minutes_pdf(meeting_id),
        lambda app, path: app.save_minutes(meeting_id, path),
        lambda app: app.log_report_printed(client_id, "minutes", "skriver"), parent)
