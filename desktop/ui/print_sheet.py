"""The medication sheet dialog: choose the period, look at the preview, then print it or save it as PDF.

The PDF is built in memory by ``desktop/sheets`` (through the services, off the GUI
thread), shown with QtPdf from a memory buffer, and printed by a task of the operation
runner (:mod:`desktop.ui.printing`: vector to CUPS or to a file, else a raster of at
most 300 dpi); nothing is written to a temp file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, QStandardPaths, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMainWindow, QSpinBox, QWidget

from ..domain.clients import Client
from ..services import Ambulant
from ..sheets.sheet_model import DEFAULT_DAYS, MAX_DAYS, MIN_DAYS
from .forms.fields import DateField
from .forms.form_dialog import FormDialog
from .i18n.language import fill
from .kit.screen import initial_dialog_size, keep_on_screen
from .ops import Task, service_call
from .printing import PrintFailed, PrintTicket, send_to_printer
from .session import Session

# How long the window's status bar confirms a saved sheet.
SAVED_MESSAGE_MS = 20_000


class PrintSheetDialog(FormDialog):
    """Period of the sheet, and two ways out: a printer or a PDF file. Each is logged as a print."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.client_name = ""                    # read with the client (the file name carries it)
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Medication sheet"))
        self.start = self.add_field("start", self.tr("First day"), DateField(session.now().date()))
        self.days = QSpinBox()
        self.days.setRange(MIN_DAYS, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(" " + self.tr("days"))
        self.add_field("days", self.tr("Period"), self.days)
        self.alias("period", "days")
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.choose_printer)
        self.saved_path: Path | None = None
        self.printing = False                    # a print is on its way to the printer
        self.print_succeeded: bool | None = None
        self.printed_by = ""                     # how the last print went: "file", "cups" or "raster"
        self.preview = SheetPreview(self)
        layout = self.layout()
        # The period takes what it needs (it scrolls on a tiny screen); the preview takes the rest.
        layout.setStretchFactor(self.scroll_area, 0)
        layout.insertWidget(layout.indexOf(self.buttons), self.preview, 1)
        initial_dialog_size(self, QSize(1100, 760))
        # Rebuild the preview shortly after the period stops changing (a build takes ~0.1 s).
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self.update_preview)
        self.start.dateChanged.connect(self._refresh.start)
        self.days.valueChanged.connect(self._refresh.start)
        self.finished.connect(lambda _result: self.preview.clear())
        session.locked.connect(self._print_forgotten)
        session.ops.read(self, service_call(Ambulant.get_client, client_id), self._show_client)
        self.update_preview()

    def _show_client(self, client: Client) -> None:
        self.client_name = client.name
        self.set_intro(fill(self.tr("The medication list and a signing grid for %1, to sign on paper and to "
                                    "leave in the home. Printing is recorded in the access log."), client.name))

    def update_preview(self) -> None:
        """Build the sheet for the chosen period and show it (no audit entry: nothing left the app)."""
        self.clear_errors()
        self.session.ops.read(self, service_call(Ambulant.medication_sheet_pdf, self.client_id, self.start.value(),
                                                 self.days.value()),
                              self.preview.show_pdf, lambda _error: self.preview.clear(), errors=self)

    def accept(self) -> None:
        """Save as PDF: ask where (Documents, a name with the client and the date), then write."""
        self.file_dialog = open_save_dialog(self, self.tr("Save medication sheet"),
                                            sheet_file_name(self.client_name, self.start.value()),
                                            lambda path: self.save_pdf(path, close=True))

    def _confirm_saved(self, path: Path) -> None:
        """Say in the window's status bar where the sheet went (the dialog closes at once)."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(fill(self.tr("Medication sheet saved: %1"), str(path)), SAVED_MESSAGE_MS)

    def save_pdf(self, path: Path, close: bool = False) -> bool:
        """Write the sheet to ``path`` (and log it); errors are shown in the dialog. False when it failed.
        With ``close`` the dialog closes once it is written, and the window's status bar says where."""
        self.clear_errors()

        def saved(_data: object) -> None:
            self.saved_path = path
            if close:
                self._confirm_saved(path)
                self.done(1)
        job = self.session.ops.write(self, service_call(Ambulant.save_medication_sheet, self.client_id, path,
                                                        self.start.value(), self.days.value()),
                                     saved, self._print_failed, errors=self)
        return job is not None and job.ok is not False

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Medication sheet"))
        dialog = keep_on_screen(QPrintDialog(printer, self))
        dialog.accepted.connect(lambda: self.print_to(printer, close=True))
        QDialog.open(dialog)   # QPrintDialog.open() in PySide wants a receiver: the plain window-modal open

    def print_to(self, printer: QPrinter, close: bool = False) -> bool:
        """Print the sheet on ``printer`` off the GUI thread and log the print; False when it cannot start.

        The sheet is built, printed and logged by one task, so a print that happened is always logged
        (even if the window locks meanwhile). :attr:`printing` is True until it is done.
        """
        if self.printing:
            return False
        self.clear_errors()
        ticket = PrintTicket.of(printer, self.tr("Medication sheet"))
        client_id, start, days = self.client_id, self.start.value(), self.days.value()

        def run(app: Ambulant, _task: Task) -> str:
            data = app.medication_sheet_pdf(client_id, start, days)
            way = send_to_printer(data, printer, ticket)
            app.log_sheet_printed(client_id, start, days)
            return way

        def printed(way: str) -> None:
            self.printing, self.print_succeeded, self.printed_by = False, True, way
            if close:
                self.done(1)
        job = self.session.ops.task(self, run, printed, self._print_failed, errors=self)
        self.printing = job is not None and not job.done
        self.print_succeeded = None
        return job is not None

    def _print_failed(self, error: BaseException) -> bool:
        """Errors only printing and files have; the runner shows the others next to their field."""
        self.printing, self.print_succeeded = False, False
        return show_print_failure(self, error)

    def _print_forgotten(self) -> None:
        # Locked: the print goes on (and is logged) but its answer is not shown to a locked window.
        self.printing = False



def show_print_failure(dialog: FormDialog, error: BaseException) -> bool:
    """Show the errors only printing and files have at the top of ``dialog``; False for any other error
    (the runner shows those next to their field)."""
    if isinstance(error, PrintFailed):
        dialog.show_error("", fill(QCoreApplication.translate("PrintSheet", "The printer could not be started: %1"),
                                   error.detail))
        return True
    if isinstance(error, OSError):
        dialog.show_error("", fill(QCoreApplication.translate("PrintSheet", "The file could not be written: %1"),
                                   str(error)))
        return True
    return False

def documents_folder() -> Path:
    """The user's Documents folder (where a saved sheet is looked for), or home when there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def sheet_file_name(client_name: str, day: dt.date, kind: str = "legemiddelark") -> str:
    """``<kind>-<client>-<day>.pdf`` (e.g. ``legemiddelark-kari-nordmann-2026-12-01.pdf``): the name in lower
    case, one dash between words, without characters a file name may not hold on Windows, macOS or Linux."""
    words = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", client_name).lower().split()
    return "-".join([kind, *words, f"{day:%Y-%m-%d}"]) + ".pdf"


def open_save_dialog(parent: QWidget, title: str, file_name: str, chosen: Callable[[Path], object]) -> QFileDialog:
    """Ask where to save a PDF: Qt's own dialog (in the UI language), opened in Documents with ``file_name``,
    opened with ``open()`` so nothing blocks; ``chosen`` gets the path."""
    dialog = QFileDialog(parent, title, str(documents_folder()),
                         QCoreApplication.translate("PrintSheet", "PDF files (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(file_name)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)) if path else None)
    dialog.finished.connect(dialog.deleteLater)
    keep_on_screen(dialog)
    dialog.open()
    return dialog


class SheetPreview(QPdfView):
    """The sheet's pages, read from memory; :meth:`clear` drops the bytes when the dialog closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(self.tr("Preview of the medication sheet"))
        # Small enough for 1024×768 at 200 %; the preview scrolls and the dialog grows it where there is room.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self._document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.setDocument(self._document)

    def show_pdf(self, data: bytes) -> None:
        """Show the PDF ``data``."""
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)

    @property
    def page_count(self) -> int:
        return self._document.pageCount()

    def clear(self) -> None:
        """Forget the sheet (patient data) held in memory."""
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
