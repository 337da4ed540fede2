"""Shared fixtures: a fresh encrypted database per test, a fixed clock, the demo worker.

Tests never touch the user's own keyring: the 'fail' backend is set before
keyring is imported, so the store falls back to passphrase mode; the
real-keyring tests start their own Secret Service (tests/store/secret_service.py).
Likewise CUPS: only the run's private print queue (tests/print_queue.py) is seen.
"""

from __future__ import annotations

import datetime as dt
import os

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.print_queue import socket_path  # noqa: E402

# CUPS only ever means this run's private scheduler (tests/print_queue.py, started by the print tests):
# no test sees, or prints on, the machine's own printers. Set before Qt or lp first asks CUPS.
os.environ["CUPS_SERVER"] = str(socket_path())


def _desktop_sized_offscreen() -> None:
    """Qt's offscreen screen is 800×600, where the window now opens maximised: the UI tests assume a
    desktop (1920×1080, the window at its preferred 1280×800). tests/ui/layout_probe.py tries small screens."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    import json
    import tempfile
    config = Path(tempfile.gettempdir()) / "ambulant-tests-screen-1920x1080.json"
    text = json.dumps({"screens": [{"name": "Desktop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})
    if not config.is_file() or config.read_text(encoding="utf-8") != text:
        scratch = config.with_name(f"{config.name}.{os.getpid()}")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, config)   # two runs at once never read half a file
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

from pathlib import Path  # noqa: E402

_desktop_sized_offscreen()

import pytest  # noqa: E402

from desktop.domain.medication_rules import LOCAL_TZ  # noqa: E402
from desktop.domain.records import WorkerRef  # noqa: E402
from desktop.services import Ambulant  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.store.keys import ScryptParams  # noqa: E402

# Cheap KDF for tests that make many databases; the real cost is tested in test_keys.
FAST_KDF = ScryptParams(n=2 ** 12)
PASSPHRASE = "korrekt hest batteri"
WORKER = WorkerRef("Test Vernepleier", "1234567")
SECOND = WorkerRef("Andre Kontrollør", "7654321")


class Clock:
    """A clock the test moves by hand (injected into the services, not patched)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    database = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    yield database
    database.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL_TZ))


@pytest.fixture
def app(db: Database, clock: Clock) -> Ambulant:
    return Ambulant(db, clock=clock)
