"""The print paths below the dialog: the raster fallback stays at 300 dpi on a 1200 dpi printer, and the
print dialog's choices reach ``lp`` as options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from desktop.sheets.medication_sheet import build_medication_sheet
from desktop.ui.printing import MAX_RASTER_DPI, PrintTicket, lp_arguments, paint_raster
from tests.sheets.sheet_samples import PRINTED_AT, PRINTER, START, make_client, sample_orders


def _sheet() -> bytes:
    client = make_client()
    return build_medication_sheet(client, sample_orders(client, 5), START, 14, PRINTER, PRINTED_AT)


def test_the_raster_fallback_renders_at_most_300_dpi(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    assert printer.resolution() > MAX_RASTER_DPI                   # the printer asks for more ...
    assert paint_raster(_sheet(), printer, PrintTicket.of(printer, "Legemiddelark")) == 2
    reader = PdfReader(str(tmp_path / "raster.pdf"))
    assert len(reader.pages) == 2
    for page in reader.pages:
        image, = page.images
        width_in = float(page.mediabox.width) / 72
        assert image.image.width <= width_in * MAX_RASTER_DPI + 2   # ... it gets a 300 dpi raster at most


def test_the_print_dialogs_choices_go_to_lp() -> None:
    ticket = PrintTicket("kontor", "", copies=2, duplex=QPrinter.DuplexMode.DuplexLongSide, first_page=2,
                         last_page=2, grayscale=True, title="Legemiddelark")
    args = lp_arguments("/usr/bin/lp", ticket)
    assert args[:5] == ["/usr/bin/lp", "-d", "kontor", "-t", "Legemiddelark"]   # no client name in the queue
    assert args[-1] == "--"                                                      # the PDF comes on stdin
    options = " ".join(args)
    for option in ("-n 2", "-o sides=two-sided-long-edge", "-P 2-2", "-o print-color-mode=monochrome"):
        assert option in options
    plain = lp_arguments("/usr/bin/lp", PrintTicket("kontor", "", 1, QPrinter.DuplexMode.DuplexAuto, 0, 0, False,
                                                    "Legemiddelark"))
    assert plain == ["/usr/bin/lp", "-d", "kontor", "-t", "Legemiddelark", "--"]   # the printer's own defaults
