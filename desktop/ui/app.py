"""Start the GUI: the application object, translators, an exception hook that shows a dialog.

``run_gui`` is what ``ambulant`` without a sub-command calls. Tests build the
same objects (:func:`create_application`, :class:`~desktop.ui.session.Session`,
:class:`~desktop.ui.main_window.MainWindow`) without showing anything.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ..store.errors import StoreError
from ..support.demo_data import DEMO_FOLDER, demo_dir  # noqa: F401 (DEMO_FOLDER: imported from here too)
from ..support.crash_guard import install_redacted_hooks, protect_process
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
    """Show unexpected errors in a dialog, on the GUI thread whichever thread raised; stderr and the
    dialog's details get the code locations, never the message.

    An exception's message can hold record content (a name in a path, a value that failed a
    check): neither shows it (:mod:`desktop.support.crash_guard`). Errors inside operations never
    get here: the runner shows them (:mod:`desktop.ui.errors`).
    """
    from . import errors
    errors.prepare()   # made here, on the GUI thread, before any worker can need it
    install_redacted_hooks()   # the unraisable hook too; the two below replace its own excepthooks

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        errors.show_unexpected(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            errors.show_unexpected(args.exc_type, args.exc_value, args.exc_traceback)
    sys.excepthook = hook
    threading.excepthook = thread_hook


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
        # Scripted start (benchmarks, smoke tests): report once the window is up and its list read, then quit.
        def ready() -> None:
            if session.ops.busy:
                QTimer.singleShot(2, ready)
                return
            print(f"ambulant-ready unlocked={session.is_unlocked} clients={len(window.client_list.client_ids())}",
                  flush=True)
            window._close_confirmed = True
            app.quit()
        QTimer.singleShot(0, ready)
    return app.exec()
