"""The Ambulant window on a real X display, for tests/ui/test_x11_keyboard.py (run as a child process).

``x11_window.py DATA_DIR PASSPHRASE CLOCK_ISO CLIENT_ID``: opens the main window in Bokmål, unlocked,
with the client open, prints ``ready``; then answers each ``state`` line on stdin with one JSON line
(the focus, the active window, the selected dose, the visible dialogs, how many doses are signed)
and quits on ``quit``. A second mode, ``x11_window.py --other``, is another application with a text
field (what the worker switches to and types in).
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget


def _describe(widget: QWidget | None) -> str | None:
    return None if widget is None else type(widget).__name__


def _state(window) -> dict[str, object]:  # noqa: ANN001 (MainWindow)
    app = window.session.app if window.session.is_unlocked else None
    med = window.client_view.medication
    dose = med.timeline.current_dose() if app is not None and med.timeline.selected_entry() is not None else None
    dialogs = [{"kind": type(d).__name__, "text": d.text() if isinstance(d, QMessageBox) else d.windowTitle()}
               for d in QApplication.topLevelWidgets() if isinstance(d, (QDialog, QMessageBox)) and d.isVisible()]
    return {"focus": _describe(QApplication.focusWidget()), "active": _describe(QApplication.activeWindow()),
            "selected": None if dose is None else f"{dose.order.drug_name} {dose.scheduled_for:%H:%M}",
            "administrations": None if app is None else app.status().records["administrations"],
            "tab": window.client_view.tabs.currentIndex() if window.client_view.overview is not None else None,
            "dialogs": dialogs}


def _window_main(data_dir: str, passphrase: str, clock_iso: str, client_id: str) -> int:
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.settings import UiSettings
    from tests.conftest import FAST_KDF, Clock

    app = create_application(["ambulant-x11"])
    app.set_language("nb")
    clock = Clock(dt.datetime.fromisoformat(clock_iso))
    session = Session(__import__("pathlib").Path(data_dir), clock=clock, kdf=FAST_KDF)
    window = MainWindow(session, UiSettings(idle_lock_minutes=30))
    window._close_confirmed = True    # quit without the "unsaved text" question
    session.unlock(passphrase)
    window.show()
    window.open_client(client_id)

    def answer() -> None:
        line = sys.stdin.readline().strip()
        if line == "state":
            print(json.dumps(_state(window), ensure_ascii=False), flush=True)
        elif line in ("quit", ""):
            app.quit()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(answer)

    def ready() -> None:
        if session.ops.busy or not window.isVisible():
            QTimer.singleShot(20, ready)
            return
        print("ready", flush=True)
    QTimer.singleShot(0, ready)
    code = app.exec()
    session.lock()
    return code


def _other_main() -> int:
    app = QApplication(["other-app"])
    field = QLineEdit()
    field.setWindowTitle("Et annet program")
    field.resize(400, 60)
    field.show()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def answer() -> None:
        line = sys.stdin.readline().strip()
        if line == "state":
            print(json.dumps({"text": field.text(), "active": field.isActiveWindow()}), flush=True)
        elif line in ("quit", ""):
            app.quit()
    notifier.activated.connect(answer)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(_other_main() if sys.argv[1:] == ["--other"] else _window_main(*sys.argv[1:5]))
