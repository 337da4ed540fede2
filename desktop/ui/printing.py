"""Sending a finished PDF to the printer the worker chose: vector where the platform allows, else a
raster of at most 300 dpi. Runs off the GUI thread (a task of the operation runner; Qt allows a
QPainter on a QPrinter in a worker thread, and the dialog leaves the printer alone meanwhile).

The ways, in this order:

1. "Print to file" (a PDF-format QPrinter): the PDF itself is written to the chosen file, whole or not
   at all.
2. A CUPS queue (Linux, macOS: ``lp`` on the PATH): the PDF bytes go to ``lp -d <printer>`` on its
   standard input: vector, and no temp file of ours; CUPS's own filters make what the printer needs.
   Copies, two-sided, the page range and grey scale go along as options. The job title never names
   the client (the queue's job list is visible to every user of the machine).
3. Anything else (Windows, no ``lp``): each page rendered by QtPdf at no more than 300 dpi (an A4
   page is then ~35 MB, freed before the next), painted onto the QPrinter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..support.atomic_files import write_file_atomically

MAX_RASTER_DPI = 300
LP_TIMEOUT_S = 60


class PrintFailed(Exception):
    """The printer (or the print system) would not take the job; ``detail`` says what it answered."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class PrintTicket:
    """What the print dialog chose, read from the QPrinter on the GUI thread."""

    printer_name: str
    output_file: str          # "" unless printing to a file
    copies: int
    duplex: QPrinter.DuplexMode
    first_page: int           # 0: all pages
    last_page: int
    grayscale: bool
    title: str

    @classmethod
    def of(cls, printer: QPrinter, title: str) -> PrintTicket:
        """The choices made in the print dialog for ``printer``."""
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        return cls(printer.printerName(), printer.outputFileName() if to_file else "", max(1, printer.copyCount()),
                   printer.duplex(), printer.fromPage() if ranged else 0, printer.toPage() if ranged else 0,
                   printer.colorMode() == QPrinter.ColorMode.GrayScale, title)


def send_to_printer(data: bytes, printer: QPrinter, ticket: PrintTicket) -> str:
    """Print the PDF ``data`` as ``ticket`` says; returns the way it went ("file", "cups" or "raster").

    Raises :class:`PrintFailed` when the printer refuses, OSError when a file cannot be written.
    """
    if ticket.output_file:
        write_file_atomically(Path(ticket.output_file), data)
        return "file"
    lp = cups_lp()
    if lp is not None and ticket.printer_name:
        send_to_cups(lp, data, ticket)
        return "cups"
    paint_raster(data, printer, ticket)
    return "raster"


def cups_lp() -> str | None:
    """The CUPS ``lp`` command, where printing goes through CUPS (not on Windows)."""
    if os.name == "nt":
        return None
    return shutil.which("lp")


def lp_arguments(lp: str, ticket: PrintTicket) -> list[str]:
    """The ``lp`` command line for ``ticket`` (the document comes on standard input)."""
    args = [lp, "-d", ticket.printer_name, "-t", ticket.title]
    if ticket.copies > 1:
        args += ["-n", str(ticket.copies)]
    sides = {QPrinter.DuplexMode.DuplexNone: "one-sided", QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}.get(ticket.duplex)
    if sides is not None:
        args += ["-o", f"sides={sides}"]
    if ticket.first_page:
        args += ["-P", f"{ticket.first_page}-{ticket.last_page or ticket.first_page}"]
    if ticket.grayscale:
        args += ["-o", "print-color-mode=monochrome"]
    return args + ["--"]


def send_to_cups(lp: str, data: bytes, ticket: PrintTicket) -> None:
    """Hand the PDF to the CUPS queue ``ticket.printer_name`` (vector; CUPS spools it)."""
    try:
        done = subprocess.run(lp_arguments(lp, ticket), input=data, capture_output=True, timeout=LP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintFailed(str(exc)) from exc
    if done.returncode != 0:
        raise PrintFailed(done.stderr.decode(errors="replace").strip() or f"lp exit {done.returncode}")


def paint_raster(data: bytes, printer: QPrinter, ticket: PrintTicket) -> int:
    """Paint each page onto ``printer`` from a raster of at most 300 dpi; returns the pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    first = max(1, ticket.first_page or 1)
    last = min(count, ticket.last_page or count)
    pages = list(range(first - 1, last))
    if pages:
        size = document.pagePointSize(pages[0])
        # The sheet is laid out landscape: print it so, not shrunk onto an upright page.
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)
    painter = QPainter()
    try:
        if not pages or not painter.begin(printer):
            raise PrintFailed("the printer could not be opened")
        try:
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                _paint_page(document, page, painter, QRectF(printer.pageLayout().paintRectPixels(printer.resolution())),
                            printer.resolution())
        finally:
            painter.end()
    finally:
        document.close()
        buffer.close()
    return len(pages)


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, target: QRectF, device_dpi: int) -> None:
    """One page, fitted to ``target`` (device pixels), from a raster of at most 300 dpi on paper."""
    size = document.pagePointSize(page)
    fit = min(target.width() / size.width(), target.height() / size.height())   # device pixels per point
    render = fit * min(1.0, MAX_RASTER_DPI / device_dpi)                          # raster pixels per point
    image = document.render(page, QSize(max(1, round(size.width() * render)), max(1, round(size.height() * render))))
    painter.drawImage(QRectF(0, 0, size.width() * fit, size.height() * fit), image)
