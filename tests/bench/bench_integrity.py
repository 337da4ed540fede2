"""Integrity benchmark: how long the window's quick and full checks, ``ambulant check`` and a repair take
on a large journal (the store benchmark's 5-year dataset, scaled).

``python -m tests.bench.bench_integrity --scale 0.25``; prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from desktop.services import Ambulant
from desktop.services.integrity import check_journal, full_check, quick_check, repair_journal
from tests.bench.bench_store import PASSPHRASE, scaled, seed_database


def timed(label: str, fn) -> tuple[float, object]:  # noqa: ANN001
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    print(f"{label}: {seconds:.2f} s", file=sys.stderr)
    return seconds, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.25, help="dataset size relative to the 5-year target")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ambulant-bench-integrity-") as tmp:
        folder = Path(tmp) / "data"
        db, _clients, seed_s = seed_database(folder, scaled(args.scale), plain=False)
        print(f"seeded in {seed_s:.1f} s", file=sys.stderr)
        size_mb = db.files.db.stat().st_size / 1e6
        app = Ambulant(db)
        quick_s, quick = timed("quick check (window, after unlock)", lambda: quick_check(app))
        full_s, full = timed("full check (window, background)", lambda: full_check(app))
        app.close()
        check_s, closed = timed("ambulant check (closed journal)", lambda: check_journal(folder, PASSPHRASE))
        repair_s, _ = timed("repair copy", lambda: repair_journal(folder, PASSPHRASE, Path(tmp) / "repaired"))
        assert quick.sound and full.sound and closed.sound  # type: ignore[union-attr]
    print(json.dumps({"bench": "integrity", "scale": args.scale, "db_mb": round(size_mb, 1),
                      "pages": full.pages, "quick_check_s": round(quick_s, 2),  # type: ignore[union-attr]
                      "full_check_s": round(full_s, 2), "cli_check_s": round(check_s, 2),
                      "repair_s": round(repair_s, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
