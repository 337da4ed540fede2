"""Open every tab and every dialog of the real window on one offscreen screen and check they fit.

Run as a subprocess, one per screen size and ``QT_SCALE_FACTOR`` (Qt reads the scale
factor when the application starts):

    QT_SCALE_FACTOR=1.5 python -m tests.ui.layout_probe --size 1366x768 [--shots DIR]

The checks are in :mod:`tests.ui.layout_checks`, the tabs and dialogs it walks in
:mod:`tests.ui.layout_surfaces`. It seeds the demo journal in a temporary folder, starts the
window the way ``ambulant --demo`` does (its own initial geometry, no resize from here), unlocks it, and for each
tab and dialog checks that every button and main action is fully on the screen and not
clipped by its window (a button inside a scroll area counts once scrolled to, as a
person would). The last line printed is JSON: ``{"size": …, "scale": …, "checked": N,
"problems": [...], "shots": [...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

from tests.ui.layout_checks import Probe   # neither imports Qt: the platform is chosen in run()
from tests.ui.layout_surfaces import dialogs, pages, show_page

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value for one offscreen screen of ``width``×``height`` device pixels."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def run(size: str, shots: Path | None, client_name: str) -> dict:
    """Seed, start, walk; returns the JSON summary."""
    from tests.conftest import FAST_KDF
    width, height = (int(v) for v in size.lower().split("x"))
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    tag = f"{width}x{height}@{scale}"
    folder = Path(tempfile.mkdtemp(prefix="ambulant-layout-"))
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height, folder)

    from desktop.services.journal import prepare_demo
    from desktop.support.demo_data import DEMO_PASSPHRASE
    data = folder / "demo"
    prepare_demo(data, kdf=FAST_KDF)

    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.settings import UiSettings
    qt = create_application(["ambulant-layout-probe"])
    qt.set_language("nb")
    session = Session(data, demo=True, kdf=FAST_KDF)
    window = MainWindow(session, UiSettings(idle_lock_minutes=60), DEMO_PASSPHRASE)
    window.show()
    probe = Probe(qt, window, shots, tag)
    probe.settle()
    probe.check_window("unlock", window)
    probe.buttons("unlock", window.unlock_page)
    session.unlock(DEMO_PASSPHRASE)
    probe.settle()
    probe.check_window("main window", window)
    for label in (window.status.pending_label, window.status.last_sync_label):
        probe.check("status bar", label)
    probe.check("client list", window.client_list.search)
    ids = window.client_list.client_ids()
    names = {window.session.app.get_client(i).name: i for i in ids}
    opened_id = names.get(client_name, ids[0])
    # A chapter 9 registration to record as sent and to print (the demo has none).
    now = window.session.now()
    window.session.app.record_chapter9(opened_id, now - dt.timedelta(minutes=40), now - dt.timedelta(minutes=30),
                                       {f.key: "Prøve" for f in window.session.app.chapter9_config().fields})
    window.open_client(opened_id)
    probe.settle()
    from desktop.ui.kit.screen import FittingScrollArea
    central = next(a for a in window.centralWidget().findChildren(FittingScrollArea) if a.widget() is window.stack)
    for name, page, actions in pages(window):
        show_page(window, page)
        central.horizontalScrollBar().setValue(0)
        central.verticalScrollBar().setValue(0)
        probe.settle()
        if name in ("medication", "obs-chapter9", "plan-goals"):
            probe.shot(f"{name}-tab", window)   # as the worker first sees it: before any scrolling
        for bar in {window.client_view.tabs.tabBar(), page.parentWidget().parentWidget().tabBar()
                    if hasattr(page.parentWidget().parentWidget(), "tabBar") else None} - {None}:
            for i in range(bar.count()):
                probe.check(name, bar, bar.tabRect(i), f"tab {bar.tabText(i)}")
        for action in actions:
            probe.check(name, action)
    window.client_view.tabs.setCurrentWidget(window.client_view.medication)
    probe.settle()
    for name, opener, shot in dialogs(window):
        probe.dialog(name, opener, shot)
    # Quitting with unsaved text asks first: that question must fit too.
    window.client_view.observations.journal.composer.edit.setPlainText("Utkast")
    probe.dialog("quit-unsaved", window.close)
    window.client_view.observations.journal.composer.edit.clear()
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]
    for w in left:
        w.close()
    window._close_confirmed = True
    window.close()
    session.lock()
    import shutil
    shutil.rmtree(folder, ignore_errors=True)   # the demo journal (fictional, but a journal all the same)
    from desktop.ui.forms.form_dialog import FormDialog
    # Bases (RuleFormDialog, LedgerForm, _MembersForm) are never opened themselves: their subclasses are.
    never_opened = sorted(c.__name__ for c in _subclasses(FormDialog)
                          if c.__name__ not in probe.opened_types and not c.__subclasses__())
    return {"size": size, "scale": scale, "checked": probe.checked, "problems": probe.problems,
            "never_opened": never_opened, "opened": sorted(probe.opened_types), "shots": probe.saved}


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _subclasses(sub)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--client", default="Jon Kåre Ødegård")
    args = parser.parse_args(argv)
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    result = run(args.size, args.shots, args.client)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
