"""The printed ledger from the window: choose the period, look at the preview, print it or save it as PDF.

The preview and the printing are the medication sheet's (:class:`~desktop.ui.print_sheet.SheetPreview`,
:mod:`desktop.ui.printing`, a task of the runner): built in memory, never a temp file; each print is logged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...domain.clients import Client
from ...services import Ambulant
from ..forms.fields import DateField
from ..forms.form_dialog import FormDialog
from ..i18n.language import fill
from ..kit.screen import initial_dialog_size, keep_on_screen
from ..ops import Task, service_call
from ..print_sheet import SheetPreview, open_save_dialog, sheet_file_name, show_print_failure
from ..printing import PrintTicket, send_to_printer
from ..session import Session


class LedgerPrintDialog(FormDialog):
    """The period of the printed ledger (from the first line by default, to today), preview, print or save."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Print the controlled drugs ledger"))
        self.start = self.add_field("start", self.tr("From"), DateField(None, optional=True),
                                    hint=self.tr("Blank: from the ledger's first line"))
        self.end = self.add_field("end", self.tr("To"), DateField(session.now().date()))
        self.alias("period", "start")
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_printer)
        self.saved_path: Path | None = None
        self.printing = False                    # a print is on its way to the printer
        self.preview = SheetPreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the controlled drugs ledger"))
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.preview, 1)
        # The period takes what it needs (it scrolls on a tiny screen); the preview takes the rest.
        layout.setStretchFactor(self.scroll_area, 0)
        initial_dialog_size(self, QSize(1100, 760))
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self.update_preview)
        self.start.dateChanged.connect(self._refresh.start)
        self.end.dateChanged.connect(self._refresh.start)
        self.finished.connect(lambda _result: self.preview.clear())
        self.client_name = ""                    # read with the client (the file name carries it)
        self.file_dialog: QFileDialog | None = None
        session.ops.read(self, service_call(Ambulant.get_client, client_id), self._show_client)
        self.update_preview()

    def _show_client(self, client: Client) -> None:
        self.client_name = client.name
        self.set_intro(fill(self.tr("Every line of the ledger of %1 in the period, with the balances and both "
                                    "signatures. Printing is recorded in the access log."), client.name))

    def update_preview(self) -> None:
        """Build the ledger for the chosen period and show it (no audit entry: nothing left the app)."""
        self.clear_errors()
        self.session.ops.read(self, service_call(Ambulant.ledger_sheet_pdf, self.client_id, self.start.value(),
                                                 self.end.value()),
                              self.preview.show_pdf, lambda _error: self.preview.clear(), errors=self)

    def accept(self) -> None:
        """Save as PDF: ask where (Documents, a name with the client and the date), then write."""
        self.file_dialog = open_save_dialog(self, self.tr("Save the controlled drugs ledger"),
                                            sheet_file_name(self.client_name, self.end.value(), "narkotikaregnskap"),
                                            lambda path: self.save_pdf(path, close=True))

    def save_pdf(self, path: Path, close: bool = False) -> bool:
        """Write the ledger to ``path`` (and log it); errors are shown in the dialog. False when it failed."""
        self.clear_errors()

        def saved(_result: object) -> None:
            self.saved_path = path
            if close:
                self.done(1)
        job = self.session.ops.write(self, service_call(Ambulant.save_ledger_sheet, self.client_id, path,
                                                        self.start.value(), self.end.value()),
                                     lambda _r: saved(None), self._failed, errors=self)
        return job is not None and job.ok is not False

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Controlled drugs ledger"))
        dialog = keep_on_screen(QPrintDialog(printer, self))
        dialog.accepted.connect(lambda: self.print_to(printer, close=True))
        QDialog.open(dialog)   # QPrintDialog.open() in PySide wants a receiver: the plain window-modal open

    def print_to(self, printer: QPrinter, close: bool = False) -> bool:
        """Print the ledger on ``printer`` off the GUI thread and log the print (one task of the runner:
        a print that happened is always logged); False when it cannot start."""
        if self.printing:
            return False
        self.clear_errors()
        ticket = PrintTicket.of(printer, self.tr("Controlled drugs ledger"))
        client_id, start, end = self.client_id, self.start.value(), self.end.value()

        def run(app: Ambulant, _task: Task) -> str:
            period = app.ledger_period(start, end)
            way = send_to_printer(app.ledger_sheet_pdf(client_id, period.start, period.end), printer, ticket)
            app.log_ledger_printed(client_id, period)
            return way

        def printed(_way: str) -> None:
            self.printing = False
            if close:
                self.done(1)
        job = self.session.ops.task(self, run, printed, self._failed, errors=self)
        self.printing = job is not None and not job.done
        return job is not None and job.ok is not False

    def _failed(self, error: BaseException) -> bool:
        """Errors only printing and files have; the runner shows the others next to their field."""
        self.printing = False
        return show_print_failure(self, error)
