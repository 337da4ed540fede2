"""The printed ledger from the window: choose the period, look at the preview, print it or save it as PDF.

The preview and the printing are the medication sheet's (:class:`~desktop.ui.print_sheet.SheetPreview`,
:func:`~desktop.ui.print_sheet.render_pdf`): built in memory, never a temp file; each print is logged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from ...domain.errors import DomainError
from ...store.errors import StoreError
from ..forms.fields import DateField
from ..forms.form_dialog import FormDialog
from ..i18n.language import error_text, fill
from ..print_sheet import SheetPreview, render_pdf
from ..session import Locked, Session


class LedgerPrintDialog(FormDialog):
    """The period of the printed ledger (from the first line by default, to today), preview, print or save."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        client = session.app.get_client(client_id)
        self.setWindowTitle(self.tr("Print the controlled drugs ledger"))
        self.set_intro(fill(self.tr("Every line of the ledger of %1 in the period, with the balances and both "
                                    "signatures. Printing is recorded in the access log."), client.name))
        self.start = self.add_field("start", self.tr("From"), DateField(None, optional=True),
                                    hint=self.tr("Blank: from the ledger's first line"))
        self.end = self.add_field("end", self.tr("To"), DateField(session.now().date()))
        self.alias("period", "start")
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_printer)
        self.saved_path: Path | None = None
        self.preview = SheetPreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the controlled drugs ledger"))
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.preview, 1)
        self.resize(1100, 760)
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self.update_preview)
        self.start.dateChanged.connect(self._refresh.start)
        self.end.dateChanged.connect(self._refresh.start)
        self.finished.connect(lambda _result: self.preview.clear())
        self.update_preview()

    def update_preview(self) -> None:
        """Build the ledger for the chosen period and show it (no audit entry: nothing left the app)."""
        self.clear_errors()
        if not self.session.is_unlocked:
            return
        try:
            data = self.session.app.ledger_sheet_pdf(self.client_id, self.start.value(), self.end.value())
        except (DomainError, StoreError) as exc:
            self.preview.clear()
            self._show_failure(exc)
            return
        self.preview.show_pdf(data)

    def accept(self) -> None:
        """Save as PDF: ask where, then write."""
        name = f"narkotikaregnskap-{self.end.value():%Y-%m-%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the controlled drugs ledger"), name,
                                                    self.tr("PDF files (*.pdf)"))
        if path and self.save_pdf(Path(path)):
            self.done(1)

    def save_pdf(self, path: Path) -> bool:
        """Write the ledger to ``path`` (and log it); errors are shown in the dialog."""
        self.clear_errors()
        try:
            self.session.app.save_ledger_sheet(self.client_id, path, self.start.value(), self.end.value())
        except (DomainError, StoreError, OSError) as exc:
            self._show_failure(exc)
            return False
        except Locked:
            return False
        self.saved_path = path
        return True

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Controlled drugs ledger"))
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer) and self.done(1))
        dialog.open()

    def print_to(self, printer: QPrinter) -> bool:
        """Render the ledger onto ``printer`` page by page and log the print."""
        self.clear_errors()
        if not self.session.is_unlocked:
            return False
        app = self.session.app
        try:
            period = app.ledger_period(self.start.value(), self.end.value())
            data = app.ledger_sheet_pdf(self.client_id, period.start, period.end)
        except (DomainError, StoreError) as exc:
            self._show_failure(exc)
            return False
        if render_pdf(data, printer) == 0:
            self.show_error("", self.tr("The printer could not be started."))
            return False
        app.log_ledger_printed(self.client_id, period)
        return True

    def _show_failure(self, exc: Exception) -> None:
        if isinstance(exc, (DomainError, StoreError)):
            self.show_error(getattr(exc, "field", ""), error_text(exc))
        else:
            self.show_error("", fill(self.tr("The file could not be written: %1"), str(exc)))
