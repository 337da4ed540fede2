"""How long the GUI thread is blocked while the unlock page opens the journal, offscreen.

    python tests/bench/bench_unlock.py [--runs 5] [--tick-ms 5]

A journal is created with the production KDF (scrypt N=2^17, r=8, p=1; passphrase mode, no keyring)
in a temporary folder that is deleted at the end. Each run types the passphrase into the real
unlock page of the real main window and presses Enter, as the worker does; a GUI timer ticks every
``--tick-ms`` meanwhile, and the longest gap between two ticks (or between Enter and the first tick,
or the last tick and the unlocked window) is how long the window was frozen. The window is locked
again between runs.

Prints per run to stderr; the last line printed is one JSON object:
``unlock_s_p50`` (Enter → unlocked), ``gui_blocked_ms_max`` and ``gui_blocked_ms_p50`` (the longest
gap per run, worst and median), ``opening_blocked_ms_max`` (the longest gap until the journal was open,
i.e. without the window's own redraw after unlocking), ``ticks_p50`` (timer ticks the GUI thread served
during an unlock).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The key lives in the key file (passphrase mode); never touch the user's own keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "korrekt hest batteri stift"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def one_unlock(window: Any, tick_ms: int, timeout_s: float = 60.0) -> dict[str, float]:
    """Type the passphrase, press Enter, serve the event loop until unlocked; the longest tick gap."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    page, session = window.unlock_page, window.session
    page.passphrase.clear()
    QTest.keyClicks(page.passphrase, PASSPHRASE)
    ticks: list[float] = []
    opened: list[float] = []     # when Session.unlocked fired: the journal is open, the window now redraws
    def note_opened() -> None:
        opened.append(time.perf_counter())
    session.unlocked.connect(note_opened)
    timer = QTimer()
    timer.setInterval(tick_ms)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)    # the old page opened the journal right here
    while not session.is_unlocked and time.perf_counter() - start < timeout_s:
        # Block in the event loop as the app's exec() does (the overload with a time limit would spin,
        # taking a core from the KDF); the ticking timer wakes it at the latest every tick.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    end = time.perf_counter()
    timer.stop()
    if not session.is_unlocked:
        raise SystemExit("the journal did not open")
    session.unlocked.disconnect(note_opened)
    marks = [start, *[t for t in ticks if t < end], end]
    gap = max(b - a for a, b in itertools.pairwise(marks))
    # The same, counting only up to the moment the journal was open (the KDF, opening, migrating): what
    # follows is the window showing the caseload, GUI work either way.
    before_open = [start, *[t for t in ticks if t < opened[0]], opened[0]]
    opening_gap = max(b - a for a, b in itertools.pairwise(before_open))
    return {"unlock_s": end - start, "blocked_ms": gap * 1000, "opening_blocked_ms": opening_gap * 1000,
            "ticks": float(len(marks) - 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tick-ms", type=int, default=5)
    args = parser.parse_args()

    from desktop.services.journal import create_journal
    from desktop.store.keys import ScryptParams
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.settings import UiSettings

    app = create_application(["bench-unlock"])
    app.set_language("nb")
    kdf = ScryptParams()    # the production cost
    with tempfile.TemporaryDirectory(prefix="ambulant-bench-unlock-") as folder:
        data_dir = Path(folder) / "journal"
        created = time.perf_counter()
        create_journal(data_dir, PASSPHRASE, "Bench Vernepleier", "1234567", kdf=kdf, use_keyring=False).close()
        log(f"created with N=2^{kdf.n.bit_length() - 1} in {time.perf_counter() - created:.2f} s")
        session = Session(data_dir)
        window = MainWindow(session, UiSettings(idle_lock_minutes=120))
        window.resize(1024, 768)
        window.show()
        runs: list[dict[str, float]] = []
        for index in range(args.runs):
            result = one_unlock(window, args.tick_ms)
            runs.append(result)
            log(f"run {index + 1}: unlock {result['unlock_s']:.3f} s, GUI blocked at most "
                f"{result['blocked_ms']:.0f} ms ({result['opening_blocked_ms']:.0f} ms until the journal was open), "
                f"{result['ticks']:.0f} ticks")
            window.lock()
            if not session.ops.wait(30):
                raise SystemExit("the window did not lock")
        window._close_confirmed = True
        window.close()
    blocked = [r["blocked_ms"] for r in runs]
    print(json.dumps({
        "bench": "unlock", "kdf": f"scrypt N=2^{kdf.n.bit_length() - 1} r={kdf.r} p={kdf.p}", "runs": args.runs,
        "tick_ms": args.tick_ms,
        "unlock_s_p50": round(statistics.median(r["unlock_s"] for r in runs), 3),
        "gui_blocked_ms_max": round(max(blocked), 1),
        "gui_blocked_ms_p50": round(statistics.median(blocked), 1),
        "opening_blocked_ms_max": round(max(r["opening_blocked_ms"] for r in runs), 1),
        "ticks_p50": statistics.median(r["ticks"] for r in runs),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
