"""Benchmark: how long the medication sheet takes to build, how big it is, how many pages.

Run: ``python tests/bench/bench_sheet.py`` (from the repository root). Targets
for 30 orders × 14 days: under 300 ms and under 200 kB. Prints a table, then
one JSON line with ms_30x14, kb_30x14, ms_40x28, kb_40x28, pages_40x28.
The first build in a process also loads the font files; it is reported
separately (cold_ms) and not counted in the medians.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader  # noqa: E402

from desktop.sheets.medication_sheet import build_medication_sheet  # noqa: E402
from tests.sheets.sheet_samples import PRINTED_AT, PRINTER, START, make_client, sample_orders  # noqa: E402

RUNS = 7


def measure(orders_count: int, days: int) -> tuple[float, float, int]:
    """Median build time (ms), size (kB) and page count for one sheet size."""
    client = make_client()
    orders = sample_orders(client, orders_count, START, days)
    times = []
    pdf = b""
    for _ in range(RUNS):
        started = time.perf_counter()
        pdf = build_medication_sheet(client, orders, START, days, PRINTER, PRINTED_AT)
        times.append((time.perf_counter() - started) * 1000)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return statistics.median(times), len(pdf) / 1024, pages


def main() -> int:
    client = make_client()
    started = time.perf_counter()
    build_medication_sheet(client, sample_orders(client, 3), START, 7, PRINTER, PRINTED_AT)
    cold_ms = (time.perf_counter() - started) * 1000
    ms_a, kb_a, pages_a = measure(30, 14)
    ms_b, kb_b, pages_b = measure(40, 28)
    print(f"cold first build (loads fonts): {cold_ms:.0f} ms")
    print(f"30 orders x 14 days: {ms_a:.0f} ms (median of {RUNS}), {kb_a:.1f} kB, {pages_a} pages "
          f"[target < 300 ms, < 200 kB: {'ok' if ms_a < 300 and kb_a < 200 else 'MISSED'}]")
    print(f"40 orders x 28 days: {ms_b:.0f} ms (median of {RUNS}), {kb_b:.1f} kB, {pages_b} pages")
    print(json.dumps({"ms_30x14": round(ms_a, 1), "kb_30x14": round(kb_a, 1), "ms_40x28": round(ms_b, 1),
                      "kb_40x28": round(kb_b, 1), "pages_40x28": pages_b, "pages_30x14": pages_a,
                      "cold_ms": round(cold_ms, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
