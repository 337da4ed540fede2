"""Start the GUI: the application object, translators, an exception hook that shows a dialog.

``run_gui`` is what ``ambulant`` without a sub-command calls. Tests build the
same objects (:func:`create_application`, :class:`~desktop.ui.session.Session`,
:class:`~desktop.ui.main_window.MainWindow`) without showing anything.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..store.errors import StoreError
from ..support.demo_data import DEMO_FOLDER, demo_dir  # noqa: F401 (DEMO_FOLDER: imported from here too)
from ..support.crash_guard import install_redacted_hooks, protect_process, redacted_traceback
from .kit.icons import app_icon
from .settings import UiSettings
from .i18n.translations import Translators

# Set this environment variable to make run_gui print "ambulant-ready …" and quit once the window is shown.
READY_ENV = "AMBULANT_EXIT_WHEN_READY"


class AmbulantApplication(QApplication):
    """The QApplication with its translators kept referenced (Qt would drop them otherwise)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("Ambulant")
        self.setOrganizationName("Ambulant")
        self.setApplicationDisplayName("Ambulant")
        self.setWindowIcon(app_icon())
        # The palette is the platform's own (light or dark follows the OS); no fixed palette is set.
        self.translators = Translators()

    def set_language(self, language: str) -> bool:
        """Install Qt's and our catalogue for ``language`` and make QLocale format for it."""
        return self.translators.install(self, language)


def create_application(argv: list[str] | None = None) -> AmbulantApplication:
    """The application object (or the one already running, e.g. in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, AmbulantApplication):
        return existing
    if existing is not None:
        raise RuntimeError("another QApplication is already running")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    return AmbulantApplication(argv if argv is not None else sys.argv[:1])


def install_exception_hook() -> None:
    """Show unexpected errors in a dialog; stderr gets the code locations, never the message.

    An exception's message can hold record content (a name in a path, a value that failed a
    check): neither the dialog's details nor stderr show it (:mod:`desktop.support.crash_guard`).
    """
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None:
            return
        if isinstance(value, StoreError):
            text = value.message_nb
        else:
            text = QCoreApplication.translate(
                "Application", "Something unexpected went wrong. What you had saved is safe. "
                "If it happens again, tell your IT contact what you were doing.")
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Application", "Error"), text,
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setDetailedText(redacted_traceback(kind, value, tb))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.append(box)      # keep a reference until it is closed (Python would collect it at once)
        box.finished.connect(lambda _r, b=box: shown.remove(b))
        box.open()
    shown: list[QMessageBox] = []
    install_redacted_hooks(also=hook)


def run_gui(data_dir: Path, passphrase: str | None = None, demo: bool = False) -> int:
    """Open the window on ``data_dir`` (``<data_dir>/demo`` with ``demo``); returns the exit code."""
    from ..services.journal import prepare_demo
    from ..support.demo_data import DEMO_PASSPHRASE
    from .i18n.language import error_text
    from .main_window import MainWindow
    from .session import Session
    protect_process()   # before any key or record is in memory (the CLI entry did it already)
    from ..support.qt_platform import platform_problem
    problem = platform_problem()
    if problem is not None:
        # Before Qt starts: Qt itself would abort with a guess at the missing library.
        print(problem.message_nb(), file=sys.stderr)
        return 1
    app = create_application()
    install_exception_hook()
    if demo:
        data_dir = demo_dir(Path(data_dir))
        prepare_demo(data_dir)
    settings = UiSettings.load(data_dir)
    app.set_language(settings.language)
    session = Session(data_dir, demo=demo)
    window = MainWindow(session, settings, DEMO_PASSPHRASE if demo else None)
    if passphrase is not None and not session.needs_setup():
        try:
            session.unlock(passphrase)
        except StoreError as exc:
            window.unlock_page.show_error(error_text(exc))
    window.show()
    if os.environ.get(READY_ENV):
        # Scripted start (benchmarks, smoke tests): report once the window is up, then quit.
        def ready() -> None:
            print(f"ambulant-ready unlocked={session.is_unlocked} clients={len(window.client_list.client_ids())}",
                  flush=True)
            window._close_confirmed = True
            app.quit()
        QTimer.singleShot(0, ready)
    return app.exec()
