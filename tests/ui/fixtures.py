"""Fixtures for tests that drive the real main window offscreen over a real encrypted database.

Imported by tests/ui/conftest.py and tests/e2e/conftest.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.domain.medication import MedicationOrder
from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.ui.app import AmbulantApplication
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.settings import UiSettings
from desktop.ui.i18n.translations import Translators
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from tests.helpers import add_client, add_fixed_order, add_prn_order


@pytest.fixture(scope="session")
def qapp_cls() -> type[AmbulantApplication]:
    """pytest-qt builds our application class (translators, icons) instead of a bare QApplication."""
    return AmbulantApplication


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["ambulant-tests"]


def use_language(app: QApplication, language: str) -> None:
    """Install our translators on ``app`` (also on a plain QApplication another test package made first)."""
    translators = getattr(app, "translators", None)
    if translators is None:
        translators = Translators()
        app.translators = translators  # type: ignore[attr-defined]
    translators.install(app, language)


@pytest.fixture(autouse=True)
def norwegian(qapp: QApplication) -> None:
    """Every UI test runs in Bokmål, the default language."""
    translators = getattr(qapp, "translators", None)
    if translators is None or translators.language != "nb" or QLocale().language() != QLocale.Language.NorwegianBokmal:
        use_language(qapp, "nb")


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a dialog or message box open (then close it, so the next test is clean)."""
    yield
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets()
            if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]
    for w in left:
        w.close()
    assert not left, f"dialogs left open: {[w.windowTitle() for w in left]}"


@dataclass
class Visit:
    """A database with one client, two fixed orders (08:00) and an as-needed order."""

    data_dir: Path
    client_id: str
    metformin: MedicationOrder
    sertralin: MedicationOrder
    oxazepam: MedicationOrder


def seed_visit(app: Ambulant) -> Visit:
    """One client with what a morning visit needs."""
    client = add_client(app, "Kåre Testesen", dt.date(1970, 5, 17))
    return Visit(app.db.files.data_dir, client.client_id,
                 add_fixed_order(app, client.client_id, "Metformin", (dt.time(8), dt.time(18))),
                 add_fixed_order(app, client.client_id, "Sertralin", (dt.time(8),), strength="50 mg"),
                 add_prn_order(app, client.client_id, "Oxazepam", max_per_24h=2))


@pytest.fixture
def visit_db(data_dir: Path, clock: Clock) -> Visit:
    """An encrypted database (fast KDF) seeded for a visit, closed again."""
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        return seed_visit(Ambulant(db, clock=clock))
    finally:
        db.close()


@pytest.fixture
def make_window(qtbot, clock: Clock) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    """Build and show a main window on a data folder; closed (and the database locked) at the end."""
    windows: list[MainWindow] = []

    def make(data_dir: Path, settings: UiSettings | None = None, demo_passphrase: str | None = None,
             threaded: bool = False) -> MainWindow:
        # Reads and writes run inline (the test steps through the window), unless ``threaded``:
        # then on the runner's journal thread, as in the app. Tasks (sync, printing) always get a thread.
        session = Session(data_dir, clock=clock, kdf=FAST_KDF, inline_ops=not threaded)
        window = MainWindow(session, settings or UiSettings(idle_lock_minutes=30), demo_passphrase)
        # pytest-qt closes the window after the test: skip the "unsaved text" question then.
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_close_confirmed", True))
        window.show()
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow)   # shortcuts (Ctrl+L …) reach only the active window
        windows.append(window)
        return window

    yield make
    for window in windows:
        window._close_confirmed = True
        window.close()
        window.session.lock()
        assert window.session.ops.wait(10), "a worker of the window did not stop"


@pytest.fixture
def unlocked(make_window, visit_db: Visit):  # noqa: ANN001, ANN201
    """The window unlocked on the visit database, with the client opened."""
    window = make_window(visit_db.data_dir)
    window.session.unlock(PASSPHRASE)
    window.open_client(visit_db.client_id)
    return window


def press_enter(qtbot, page: QWidget, field: QWidget) -> None:  # noqa: ANN001
    """Enter in ``field`` of the unlock or setup ``page``, then wait for the answer (the journal is opened
    off the GUI thread: the page is busy until the result is handled)."""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    """A left click in the middle of ``widget``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def only_dialog(window: QWidget, kind: type[QDialog]) -> QDialog:
    """The one visible dialog of ``kind`` parented to the window."""
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


def grab(widget: QWidget, path: Path) -> Path:
    """Save a screenshot of ``widget`` and check it is a real picture of the window's size."""
    QApplication.processEvents()   # pending layout requests first, as the event loop would
    image = widget.grab().toImage()
    assert image.width() >= 1000 and image.height() >= 600
    assert image.save(str(path))
    assert path.stat().st_size > 10_000
    return path


def shortcut(qtbot, window: QWidget, key: Qt.Key) -> None:  # noqa: ANN001
    """Ctrl+``key`` as the worker presses it: to the active main window (a closed dialog hands activation
    back to its parent on a real desktop; offscreen it has to be asked for)."""
    if not window.isActiveWindow():
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def sync_in_window(qtbot, window: MainWindow, timeout_ms: int = 20_000) -> None:  # noqa: ANN001
    """"Synchronise now" in the window, waited for; the summary dialog it opens is closed again."""
    from desktop.ui.sync.panel import SyncSummaryDialog
    assert window.sync_now()
    qtbot.waitUntil(lambda: window.sync_action.isEnabled() and not window.sync.running, timeout=timeout_ms)
    for dialog in window.findChildren(SyncSummaryDialog):
        dialog.close()
