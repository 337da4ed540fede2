"""Print benchmark: a 2-page medication sheet through the window's print path.

    python tests/bench/bench_print.py [--printer cups|pdf|both] [--runs 3]

A journal in a temporary folder gets one client with five orders (a 14-day sheet
of two pages). A child process (so its memory is the print's) opens it as the
window does, opens the print dialog and prints, timed from "Print" until the
sheet is handed over (to the queue, or written), and reports its peak memory:

- ``cups``: a private CUPS scheduler with a cups-pdf printer (tests/print_queue.py;
  Linux, root, Debian's cups + printer-driver-cups-pdf), the printer chosen by name
  as in the print dialog; the PDF cups-pdf writes is read back (pages, size) and deleted;
- ``pdf``: Qt's "print to file" (a PDF-format QPrinter), as the print dialog offers it;
- ``raster``: the fallback where no ``lp`` is found (Windows): pages rendered at no more than
  300 dpi and painted on the QPrinter, here the same cups-pdf queue through Qt's own CUPS engine.

Targets: ``print_ms`` < 500 and ``print_peak_mb`` < 150 (the default printer: cups
where it can run, else pdf). Everything is written to temporary folders that are
deleted at the end. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from tests.print_queue import PrintQueue, socket_path, unavailable_reason  # noqa: E402

# Before Qt or lp first ask CUPS anything: only the private scheduler is ever seen.
os.environ["CUPS_SERVER"] = str(socket_path())

PASSPHRASE = "benchmark passordfrase"
START = dt.date(2026, 11, 26)
DAYS = 14
ORDERS = 5       # five orders over 14 days make two pages


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def seed(data_dir: Path) -> str:
    """A journal with one client and the sample orders; returns the client id."""
    from desktop.domain.medication import OrderKind
    from desktop.services.journal import create_journal
    from desktop.store.keys import ScryptParams
    from tests.helpers import add_client, add_fixed_order, add_prn_order
    from tests.sheets.sheet_samples import _DRUGS
    app = create_journal(data_dir, PASSPHRASE, "Bench Vernepleier", "9144889", kdf=ScryptParams(n=2 ** 12))
    try:
        client = add_client(app, "Bjørn Ærlig Åsheim", dt.date(1961, 4, 9))
        for drug, strength, form, indication, hours in _DRUGS[:ORDERS - 1]:
            add_fixed_order(app, client.client_id, drug, tuple(dt.time(h) for h in hours), strength=strength,
                            form=form, indication=indication, kind=OrderKind.FIXED)
        add_prn_order(app, client.client_id, "Oxazepam", max_per_24h=3)
        return client.client_id
    finally:
        app.close()


def child(data_dir: Path, client_id: str, printer_kind: str, target: str) -> dict[str, Any]:
    """Open the journal as the window does and print once; time and memory of this process."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import create_application
    from desktop.ui.print_sheet import PrintSheetDialog
    from desktop.ui.session import Session
    app = create_application(["bench"])
    app.set_language("nb")
    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    dialog = PrintSheetDialog(session, client_id)
    dialog.start.set_value(START)
    dialog.days.setValue(DAYS)
    dialog.update_preview()
    wait_idle(session)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)     # what the dialog's "Print…" makes
    if printer_kind == "raster":
        import desktop.ui.printing as printing
        printing.cups_lp = lambda: None     # as where no lp is found (Windows): the raster fallback
    if printer_kind in ("cups", "raster"):
        printer.setPrinterName(target)
    else:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(target)
    QApplication.processEvents()
    before = rss_mb()
    t0 = time.perf_counter()
    ok = dialog.print_to(printer)
    while getattr(dialog, "printing", False):   # the print runs off the GUI thread: wait for its end
        QApplication.processEvents()
        time.sleep(0.001)
    elapsed = (time.perf_counter() - t0) * 1000
    ok = bool(getattr(dialog, "print_succeeded", ok))
    dialog.preview.clear()
    dialog.deleteLater()
    session.lock()
    wait_idle(session)
    return {"ok": ok, "print_ms": elapsed, "peak_mb": peak_rss_mb(), "before_mb": before,
            "resolution_dpi": printer.resolution()}


def wait_idle(session: Any) -> None:
    """Let operations the window started finish (the code before the operation runner had none)."""
    from PySide6.QtWidgets import QApplication
    ops = getattr(session, "ops", None)
    while ops is not None and ops.busy:
        QApplication.processEvents()
        time.sleep(0.001)
    QApplication.processEvents()


def run_child(data_dir: Path, client_id: str, printer_kind: str, target: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), client_id, printer_kind, target],
                         text=True, capture_output=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"print run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def pdf_facts(data: bytes) -> tuple[int, float]:
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages), len(data) / (1024 * 1024)


def measure(kind: str, data_dir: Path, client_id: str, runs: int, tmp: Path) -> dict[str, Any]:
    results = []
    queue = None
    if kind in ("cups", "raster"):
        queue = PrintQueue().__enter__()
    try:
        for i in range(runs):
            target = queue.queue if queue is not None else str(tmp / f"printed-{i}.pdf")
            t0 = time.perf_counter()
            result = run_child(data_dir, client_id, kind, target)
            if not result["ok"]:
                raise SystemExit(f"{kind}: the print failed")
            if queue is not None:
                data = queue.wait_for_pdf()
            else:
                data = Path(target).read_bytes()
                Path(target).unlink()
            result["pages"], result["output_mb"] = pdf_facts(data)
            result["wall_s"] = time.perf_counter() - t0
            log(f"{kind} run {i + 1}: {result['print_ms']:.0f} ms, peak {result['peak_mb']:.0f} MB "
                f"(before {result['before_mb']:.0f} MB), {result['pages']} pages, "
                f"{result['output_mb']:.2f} MB out, printer {result['resolution_dpi']} dpi")
            results.append(result)
    finally:
        if queue is not None:
            queue.__exit__()
    return {"print_ms": round(statistics.median(r["print_ms"] for r in results), 1),
            "print_peak_mb": round(max(r["peak_mb"] for r in results), 1),
            "before_mb": round(statistics.median(r["before_mb"] for r in results), 1),
            "pages": results[-1]["pages"], "output_mb": round(results[-1]["output_mb"], 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--printer", choices=("cups", "pdf", "raster", "all"), default="all")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        folder, client_id, kind, target = args.child
        print(json.dumps(child(Path(folder), client_id, kind, target)))
        return 0
    kinds = ["cups", "pdf", "raster"] if args.printer == "all" else [args.printer]
    reason = unavailable_reason()
    if reason is not None and {"cups", "raster"} & set(kinds):
        log(f"no CUPS queue: {reason}")
        if args.printer in ("cups", "raster"):
            return 1
        kinds = ["pdf"]
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="ambulant-bench-print-") as tmp:
        data_dir = Path(tmp) / "data"
        client_id = seed(data_dir)
        for kind in kinds:
            result[kind] = measure(kind, data_dir, client_id, args.runs, Path(tmp))
    main_kind = kinds[0]
    print(json.dumps({"print_ms": result[main_kind]["print_ms"], "print_peak_mb": result[main_kind]["print_peak_mb"],
                      "printer": main_kind, **{k: v for k, v in result.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
