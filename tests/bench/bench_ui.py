"""UI benchmark, offscreen, on the 5-year dataset of the store benchmark.

    python tests/bench/bench_ui.py [--scale 1.0] [--starts 5] [--switches 60] [--folder DIR]

Measures
- ``start_s``: from starting ``python -m desktop --passphrase-file …`` to the
  unlocked main window on screen (median of ``--starts`` runs; the process prints
  a ready line once the window is shown and quits);
- ``switch_p50_ms``: opening another client (the audited read of everything the
  three tabs show) and rendering and painting each of the three tabs, p50;
- ``sign_p50_ms``: signing a dose from the keyboard (Enter on the selected dose in the
  Medication tab) until the time line shows it signed and is repainted, p50;
- ``rss_mb``: peak resident memory of the window process while it switches clients and signs.

The dataset comes from ``tests/bench/bench_store.py`` (``seed_database``:
200 clients, 300,000 administrations, 100,000 observations, 50,000 notes at
``--scale 1``) in a temporary folder that is deleted at the end, unless
``--folder`` names a folder with an already seeded ``db/`` to reuse. That
dataset is keyed with a cheap KDF (the store benchmark is about the store), so
``start_s`` does not include the cost of the default KDF: it is measured and
reported as ``kdf_default_s``, and ``start_s_default_kdf`` adds it.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WAIT: Any = None   # QEventLoop.WaitForMoreEvents, set in the window process
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The dataset's key lives in its key file (passphrase mode); never touch the user's own keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _wait_flag():  # noqa: ANN202
    from PySide6.QtCore import QEventLoop
    return QEventLoop.ProcessEventsFlag.WaitForMoreEvents


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


# -- seeding -------------------------------------------------------------------

def seed(folder: Path, scale: float) -> None:
    """The store benchmark's 5-year dataset in ``folder``."""
    from tests.bench.bench_store import scaled, seed_database
    counts = scaled(scale)
    log(f"seeding {counts.clients} clients, {counts.administrations} administrations, "
        f"{counts.observations} observations, {counts.notes} notes …")
    db, _clients, seconds = seed_database(folder, counts, plain=False)
    db.close()
    log(f"seeded in {seconds:.0f} s")


# -- start time (each start its own process) --------------------------------------

def measure_start(db_dir: Path, passphrase_file: Path) -> float:
    from desktop.ui.app import READY_ENV
    env = dict(os.environ, **{READY_ENV: "1"})
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(db_dir),
                             "--passphrase-file", str(passphrase_file)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.stdout.read()
    proc.wait()
    if not line.startswith("ambulant-ready unlocked=True"):
        raise SystemExit(f"the window did not open unlocked: {line!r} (exit {proc.returncode})")
    return elapsed


# -- switching clients (in a child process, so its memory is the window's) ---------

def switch_child(db_dir: Path, passphrase: str, switches: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication
    global WAIT
    # Waiting for an answer from the runner's thread: block in the event loop as the app does
    # (a busy loop of processEvents() would compete with that thread for the CPU and the GIL).
    WAIT = _wait_flag()

    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.settings import UiSettings
    from desktop.domain.clock import utcnow
    app = create_application(["bench"])
    app.set_language("nb")
    # Switching reads the dataset as of today. Signing happens on a day of each run's own (ahead), so a
    # reused dataset still has doses to sign; it reads only that day's medication, no cheaper than today's.
    ahead = [dt.timedelta(0)]
    session = Session(db_dir, clock=lambda: utcnow() + ahead[0])
    window = MainWindow(session, UiSettings(idle_lock_minutes=120))
    window.show()
    session.unlock(passphrase)
    wait_idle(window)
    ids = window.client_list.client_ids()
    rng = random.Random(7)
    tabs = window.client_view.tabs

    def switch(client_id: str) -> float:
        t0 = time.perf_counter()
        window.open_client(client_id)
        while window.client_view.client_id != client_id:   # read off the GUI thread: wait for it
            QApplication.processEvents(WAIT)
        for index in (0, 1, 2):
            tabs.setCurrentIndex(index)
            # Lay out and paint now, as the event loop does before the next frame (an explicit
            # repaint() first would paint the tab twice: before its layout settles, and after).
            QApplication.processEvents()
        return (time.perf_counter() - t0) * 1000

    for client_id in ids[:5]:                # warm caches, as after unlocking
        switch(client_id)
    times = [switch(rng.choice(ids)) for _ in range(switches)]
    ahead[0] = dt.timedelta(days=random.SystemRandom().randint(30, 30_000))
    # Each signature at its dose's own time: one far from it is asked about first (domain/record_rules),
    # and the bench would wait for an answer nobody gives.
    signs = sign_doses(window, ids, switches, lambda at: ahead.__setitem__(0, at - utcnow()))
    window._close_confirmed = True
    window.close()
    wait_idle(window)
    return {"switch_p50_ms": percentile(times, 50), "switch_p90_ms": percentile(times, 90),
            "switch_max_ms": max(times), "sign_p50_ms": percentile(signs, 50), "sign_p90_ms": percentile(signs, 90),
            "sign_max_ms": max(signs), "clients": len(ids), "rss_mb": peak_rss_mb()}


def wait_idle(window: Any) -> None:
    """Process events until the window's operations are done (the code before the runner had none)."""
    from PySide6.QtWidgets import QApplication
    ops = getattr(window.session, "ops", None)
    QApplication.processEvents()
    while ops is not None and ops.busy:
        QApplication.processEvents(WAIT)
    QApplication.processEvents()


def sign_doses(window: Any, ids: list[str], count: int, set_now: Callable[[dt.datetime], None]) -> list[float]:
    """Time ``count`` signatures: Enter on a dose in the Medication tab until the time line is redrawn.

    ``set_now`` moves the session's clock to the dose's planned time first, as a worker signs on time."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    times: list[float] = []
    role = Qt.ItemDataRole.UserRole
    for client_id in ids * 3:
        if len(times) >= count:
            break
        window.open_client(client_id)
        wait_idle(window)
        window.client_view.tabs.setCurrentIndex(1)
        timeline = window.client_view.medication.timeline
        app = window.session.app
        for _ in range(3):
            rows = [r for r in range(timeline.count())
                    if (d := timeline.item(r).data(role)) is not None and d.administration is None
                    and not app.requires_second_signer(d.order)]
            if not rows or len(times) >= count:
                break
            dose = timeline.item(rows[0]).data(role)
            key = (dose.order.order_id, dose.scheduled_for)
            set_now(dose.scheduled_for)
            timeline.setCurrentRow(rows[0])
            QApplication.processEvents()
            t0 = time.perf_counter()
            QTest.keyClick(timeline, Qt.Key.Key_Return)
            while not _signed(timeline, key):
                QApplication.processEvents(WAIT)
            timeline.repaint()
            times.append((time.perf_counter() - t0) * 1000)
            wait_idle(window)    # what follows the redraw (marks, status bar) is not part of the wait
    return times


def _signed(timeline: Any, key: tuple[str, Any]) -> bool:
    from PySide6.QtCore import Qt
    for r in range(timeline.count()):
        dose = timeline.item(r).data(Qt.ItemDataRole.UserRole)
        if dose is not None and (dose.order.order_id, dose.scheduled_for) == key:
            return dose.administration is not None
    return False


def run_switch_child(db_dir: Path, passphrase: str, switches: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--switch-child", str(db_dir), "--switches", str(switches)],
                         input=passphrase, text=True, capture_output=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"switch run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def default_kdf_seconds() -> float:
    from desktop.store.keys import ScryptParams
    t0 = time.perf_counter()
    ScryptParams().derive("benchmark", b"0123456789abcdef")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="dataset size relative to the 5-year target")
    parser.add_argument("--starts", type=int, default=5, help="process starts to time")
    parser.add_argument("--switches", type=int, default=60, help="client switches to time")
    parser.add_argument("--folder", help="reuse (or create) the dataset in this folder instead of a temp one")
    parser.add_argument("--switch-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from tests.bench.bench_store import PASSPHRASE
    if args.switch_child:
        print(json.dumps(switch_child(Path(args.switch_child), sys.stdin.read(), args.switches)))
        return 0

    with tempfile.TemporaryDirectory(prefix="ambulant-bench-ui-") as tmp:
        folder = Path(args.folder) if args.folder else Path(tmp)
        db_dir = folder / "db"
        if not (db_dir / "ambulant.db").exists():
            seed(db_dir, args.scale)
        else:
            log(f"reusing the dataset in {db_dir}")
        secret = Path(tmp) / "passphrase.txt"
        secret.write_text(PASSPHRASE, encoding="utf-8")
        starts = []
        for i in range(args.starts):
            starts.append(measure_start(db_dir, secret))
            log(f"start {i + 1}: {starts[-1]:.2f} s")
        switching = run_switch_child(db_dir, PASSPHRASE, args.switches)
        log(f"switch p50 {switching['switch_p50_ms']:.1f} ms, p90 {switching['switch_p90_ms']:.1f} ms, "
            f"max {switching['switch_max_ms']:.1f} ms over {switching['clients']} clients; "
            f"sign p50 {switching['sign_p50_ms']:.1f} ms, p90 {switching['sign_p90_ms']:.1f} ms, "
            f"max {switching['sign_max_ms']:.1f} ms; "
            f"peak RSS {switching['rss_mb']:.0f} MB")
    kdf = default_kdf_seconds()
    start = statistics.median(starts)
    result = {"start_s": round(start, 3), "switch_p50_ms": round(switching["switch_p50_ms"], 1),
              "sign_p50_ms": round(switching["sign_p50_ms"], 1), "sign_p90_ms": round(switching["sign_p90_ms"], 1),
              "rss_mb": round(max(switching["rss_mb"], peak_rss_mb(resource.RUSAGE_CHILDREN)), 1),
              "switch_p90_ms": round(switching["switch_p90_ms"], 1), "kdf_default_s": round(kdf, 3),
              "start_s_default_kdf": round(start + kdf, 3), "clients": switching["clients"],
              "scale": args.scale}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
