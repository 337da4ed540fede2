"""The medication sheet dialog: choose the period, look at the preview, then print it or save it as PDF.

The PDF is built in memory by ``desktop/sheets`` (through the services), shown
with QtPdf from a memory buffer and sent to the printer page by page; nothing
is written to a temp file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QStandardPaths, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMainWindow, QSpinBox, QWidget

from ..domain.errors import DomainError
from ..sheets.sheet_model import DEFAULT_DAYS, MAX_DAYS, MIN_DAYS
from ..store.errors import StoreError
from .forms.fields import DateField
from .forms.form_dialog import FormDialog
from .i18n.language import error_text, fill
from .kit.screen import initial_dialog_size, keep_on_screen
from .session import Locked, Session

# How long the window's status bar confirms a saved sheet.
SAVED_MESSAGE_MS = 20_000


class PrintSheetDialog(FormDialog):
    """Period of the sheet, and two ways out: a printer or a PDF file. Each is logged as a print."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        client = session.app.get_client(client_id)
        self.client_name = client.name
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Medication sheet"))
        self.set_intro(fill(self.tr("The medication list and a signing grid for %1, to sign on paper and to "
                                    "leave in the home. Printing is recorded in the access log."), client.name))
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
        self.update_preview()

    def update_preview(self) -> None:
        """Build the sheet for the chosen period and show it (no audit entry: nothing left the app)."""
        self.clear_errors()
        if not self.session.is_unlocked:
            return
        try:
            data = self.session.app.medication_sheet_pdf(self.client_id, self.start.value(), self.days.value())
        except (DomainError, StoreError) as exc:
            self.preview.clear()
            self._show_failure(exc)
            return
        self.preview.show_pdf(data)

    def accept(self) -> None:
        """Save as PDF: ask where (Documents, a name with the client and the date), then write."""
        dialog = QFileDialog(self, self.tr("Save medication sheet"), str(documents_folder()),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(sheet_file_name(self.client_name, self.start.value()))
        dialog.fileSelected.connect(self._save_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = keep_on_screen(dialog)
        dialog.open()

    def _save_chosen(self, path: str) -> None:
        if path and self.save_pdf(Path(path)):
            self._confirm_saved(Path(path))
            self.done(1)

    def _confirm_saved(self, path: Path) -> None:
        """Say in the window's status bar where the sheet went (the dialog closes at once)."""
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(fill(self.tr("Medication sheet saved: %1"), str(path)), SAVED_MESSAGE_MS)

    def save_pdf(self, path: Path) -> bool:
        """Write the sheet to ``path`` (and log it); errors are shown in the dialog."""
        self.clear_errors()
        try:
            self.session.app.save_medication_sheet(self.client_id, path, self.start.value(), self.days.value())
        except (DomainError, StoreError, OSError) as exc:
            self._show_failure(exc)
            return False
        except Locked:
            return False   # the window locked itself while the file dialog was open
        self.saved_path = path
        return True

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Medication sheet"))
        dialog = keep_on_screen(QPrintDialog(printer, self))
        dialog.accepted.connect(lambda: self.print_to(printer) and self.done(1))
        QDialog.open(dialog)   # QPrintDialog.open() in PySide wants a receiver: the plain window-modal open

    def print_to(self, printer: QPrinter) -> bool:
        """Render the sheet onto ``printer`` page by page and log the print."""
        self.clear_errors()
        if not self.session.is_unlocked:
            return False
        app = self.session.app
        start, days = self.start.value(), self.days.value()
        try:
            data = app.medication_sheet_pdf(self.client_id, start, days)
        except (DomainError, StoreError) as exc:
            self._show_failure(exc)
            return False
        pages = render_pdf(data, printer)
        if pages == 0:
            self.show_error("", self.tr("The printer could not be started."))
            return False
        app.log_sheet_printed(self.client_id, start, days)
        return True

    def _show_failure(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.show_error(exc.field, error_text(exc))
        elif isinstance(exc, StoreError):
            self.show_error("", error_text(exc))
        else:
            self.show_error("", fill(self.tr("The file could not be written: %1"), str(exc)))


def documents_folder() -> Path:
    """The user's Documents folder (where a saved sheet is looked for), or home when there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def sheet_file_name(client_name: str, start: dt.date) -> str:
    """``legemiddelark-<client>-<first day>.pdf``: the name in lower case, one dash between words,
    without characters a file name may not hold on Windows, macOS or Linux."""
    words = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", client_name).lower().split()
    return "-".join(["legemiddelark", *words, f"{start:%Y-%m-%d}"]) + ".pdf"


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


def render_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint each page of the PDF ``data`` onto ``printer``; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    try:
        for page in range(count):
            if page:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
    finally:
        painter.end()
        document.close()
    return count
