"""Open every tab and every dialog of the real window on one offscreen screen and check they fit.

Run as a subprocess, one per screen size and ``QT_SCALE_FACTOR`` (Qt reads the scale
factor when the application starts):

    QT_SCALE_FACTOR=1.5 python -m tests.ui.layout_probe --size 1366x768 [--shots DIR]

It seeds the demo journal in a temporary folder, starts the window the way ``ambulant
--demo`` does (its own initial geometry, no resize from here), unlocks it, and for each
tab and dialog checks that every button and main action is fully on the screen and not
clipped by its window (a button inside a scroll area counts once scrolled to, as a
person would). The last line printed is JSON: ``{"size": …, "scale": …, "checked": N,
"problems": [...], "shots": [...]}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value for one offscreen screen of ``width``×``height`` device pixels."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


class Probe:
    """Walks the window and its dialogs; collects what does not fit."""

    def __init__(self, qt, window, shots: Path | None, tag: str) -> None:  # noqa: ANN001
        self.qt = qt
        self.window = window
        self.shots = shots
        self.tag = tag
        self.checked = 0
        self.problems: list[str] = []
        self.saved: list[str] = []
        self.opened_types: set[str] = set()

    # -- geometry -------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(3):
            self.qt.processEvents()

    def screen_area(self, widget):  # noqa: ANN001, ANN201 (QRect)
        return widget.window().screen().availableGeometry()

    def check(self, surface: str, widget, part=None, name: str = "") -> None:  # noqa: ANN001
        """``widget`` (or the ``part`` of it, a QRect in its coordinates) is wholly on the screen and not
        cut off by its window or a parent."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QScrollArea
        self.checked += 1
        part = part if part is not None else widget.rect()
        name = name or (widget.text() if hasattr(widget, "text") and widget.text() else type(widget).__name__)
        parent = widget.parentWidget()
        while parent is not None and not widget.isWindow() and not parent.isWindow():
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
                corner = widget.mapTo(parent.widget(), part.topLeft())
                parent.ensureVisible(corner.x() + part.width() // 2, corner.y() + part.height() // 2,
                                     part.width() // 2 + 1, part.height() // 2 + 1)
            parent = parent.parentWidget()
        self.settle()
        rect = QRect(widget.mapToGlobal(part.topLeft()), part.size())
        shown = QRect(rect)
        parent = widget if not widget.isWindow() else None
        while parent is not None and not parent.isWindow():
            parent = parent.parentWidget()
            shown = shown.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
        area = self.screen_area(widget)
        if shown != rect:
            self.problems.append(f"{surface}: '{name}' is cut off by its window ({_r(shown)} of {_r(rect)})")
        elif not area.contains(rect):
            self.problems.append(f"{surface}: '{name}' lies outside the screen {_r(area)} at {_r(rect)}")

    def check_window(self, surface: str, top) -> None:  # noqa: ANN001
        """The top-level window (frame included) opens inside the screen's available area."""
        self.checked += 1
        area = self.screen_area(top)
        frame = top.frameGeometry()
        if not area.contains(frame):
            self.problems.append(f"{surface}: the window {_r(frame)} is larger than or outside the screen {_r(area)}")

    def buttons(self, surface: str, root) -> None:  # noqa: ANN001
        """Every visible push button under ``root``."""
        from PySide6.QtWidgets import QPushButton
        found = [b for b in root.findChildren(QPushButton) if b.isVisibleTo(root.window()) and b.isVisible()]
        if not found:
            self.problems.append(f"{surface}: no buttons found to check")
        for b in found:
            self.check(surface, b)

    def shot(self, name: str, widget) -> None:  # noqa: ANN001
        if self.shots is None:
            return
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(400, loop.quit)   # the PDF preview renders its pages on a thread: let it finish
        loop.exec()
        self.settle()
        path = self.shots / f"{name}-{self.tag}.png"
        widget.grab().save(str(path))
        self.saved.append(str(path))

    # -- dialogs -------------------------------------------------------------

    def dialog(self, surface: str, opener: Callable[[], object], shot: str = "") -> None:
        """Open a dialog with ``opener``, check its window and buttons, close it."""
        from PySide6.QtWidgets import QApplication, QDialog
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener()
        self.settle()
        opened = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        if not opened:
            self.problems.append(f"{surface}: no dialog opened")
            return
        for dialog in opened:
            self.opened_types.add(type(dialog).__name__)
            self.check_window(surface, dialog)
            self.buttons(surface, dialog)
        if shot:
            # The one opened over the others (a file or printer dialog over the sheet dialog).
            over = [d for d in opened if type(d).__name__ != "PrintSheetDialog"] or opened
            self.shot(shot, over[-1])
        for dialog in reversed(opened):
            dialog.reject()
        self.settle()


def _r(rect) -> str:  # noqa: ANN001
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def pages(window) -> Iterator[tuple[str, object, list]]:  # noqa: ANN001
    """(name, page to show, main actions that must be reachable) for every tab and inner tab."""
    view = window.client_view
    med, plan, obs = view.medication, view.plan, view.observations
    yield "medication", med, [med.new_order, med.print_sheet, med.give, med.not_given, med.refused,
                              med.self_taken, med.give_prn, med.order_notes, med.order_error, med.keys_hint]
    yield "plan-goals", plan.goals, [plan.goals.new_goal, plan.goals.new_measure, plan.goals.new_evaluation]
    yield "plan-individual", plan.individual_plan, [plan.individual_plan.edit]
    yield "plan-group", plan.group, [plan.group.new_group, plan.group.new_meeting, plan.group.new_task,
                                     plan.group.task_done]
    yield "obs-journal", obs.journal, [obs.journal.composer.save, obs.journal.correct, obs.journal.in_error]
    yield "obs-measurements", obs.measurements, [obs.measurements.save]
    yield "obs-incidents", obs.incidents, [obs.incidents.new, obs.incidents.in_error]
    yield "obs-chapter9", obs.chapter9, [obs.chapter9.new, obs.chapter9.sent_statsforvalter, obs.chapter9.sent_lead]
    yield "obs-children", obs.children, [obs.children.record]


def show_page(window, page) -> None:  # noqa: ANN001
    view = window.client_view
    for tabs in (view.plan, view.observations):
        if tabs.indexOf(page) >= 0:
            view.tabs.setCurrentWidget(tabs)
            tabs.setCurrentWidget(page)
            return
    view.tabs.setCurrentWidget(page)


def dialogs(window) -> Iterator[tuple[str, Callable[[], object], str]]:  # noqa: ANN001
    """(name, how to open it, screenshot name or '') for every dialog the window can open."""
    view = window.client_view
    med, plan, obs = view.medication, view.plan, view.observations
    overview = view.overview

    def dose_dialog(status_name: str) -> Callable[[], object]:
        from desktop.domain.medication import AdministrationStatus
        def open_it() -> object:
            open_doses = [d for d in overview.doses_today if d.administration is None]
            controlled = [d for d in open_doses if window.session.app.requires_second_signer(d.order)]
            dose = (controlled or open_doses)[0] if status_name == "GIVEN" else open_doses[0]
            return med.sign(dose, AdministrationStatus[status_name])
        return open_it

    def first_row(table, then: Callable[[], object]) -> Callable[[], object]:  # noqa: ANN001
        def open_it() -> object:
            table.selectRow(0)
            return then()
        return open_it

    def effect() -> object:
        follow = overview.follow_ups[0] if overview.follow_ups else None
        adm = follow.administration if follow else overview.prn_administrations[0]
        orders = {o.order_id: o for o in overview.orders}
        return med.record_effect(adm, orders.get(adm.order_id))

    yield "order", med.enter_order, "order-form"
    yield "prn-dose", first_row(med.prn, med.give_as_needed), ""
    yield "effect", effect, ""
    yield "reason", dose_dialog("REFUSED"), ""
    yield "second-signer", dose_dialog("GIVEN"), ""
    yield "administration-notes", first_row(med.fixed, med.edit_administration_notes), ""
    yield "order-in-error", first_row(med.fixed, med.mark_order_in_error), ""
    yield "print-sheet", lambda: window.print_sheet(None), "print-dialog"

    def from_sheet_dialog(action: str) -> Callable[[], object]:
        def open_it() -> object:
            from PySide6.QtWidgets import QApplication
            from desktop.ui.print_sheet import PrintSheetDialog
            window.print_sheet(None)
            QApplication.processEvents()
            sheet = [d for d in window.findChildren(PrintSheetDialog) if d.isVisible()][-1]
            return getattr(sheet, action)()
        return open_it

    yield "save-as-pdf", from_sheet_dialog("accept"), "file-dialog"
    yield "printer", from_sheet_dialog("choose_printer"), "printer-dialog"
    yield "goal", plan.goals.add_goal, ""
    yield "measure", plan.goals.add_measure, ""
    yield "evaluation", plan.goals.add_evaluation, ""
    yield "individual-plan", plan.individual_plan.edit_plan, ""

    def new_group() -> object:   # the demo client has a group already, so the button is off: open it directly
        from desktop.ui.forms.form_dialog import open_form
        from desktop.ui.forms.group_forms import GroupDialog
        return open_form(plan.group, GroupDialog(window.session, overview.client.client_id, window))

    yield "group", new_group, ""
    yield "meeting", lambda: (plan.group.show_group(overview.client.client_id, overview.groups, overview.meetings,
                                                    overview.tasks, window.session.now().date()),
                              plan.group.add_meeting()), ""
    yield "task", first_row(plan.group.meetings, plan.group.add_task), ""
    yield "note-correct", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.correct_selected()), ""
    yield "note-in-error", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.mark_selected_in_error()), ""
    yield "incident", obs.incidents.new_incident, ""
    yield "chapter9", obs.chapter9.new_registration, "chapter9-form"
    yield "children", obs.children.record_assessment, ""
    yield "settings", window.open_settings, ""
    yield "sync-settings", window.open_sync_settings, ""
    yield "sync-report", window.open_sync_report, "sync-report"
    yield "access-log", window.open_access_log, ""


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
    for label in (window.pending_label, window.last_sync_label):
        probe.check("status bar", label)
    probe.check("client list", window.client_list.search)
    ids = window.client_list.client_ids()
    names = {window.session.app.get_client(i).name: i for i in ids}
    window.open_client(names.get(client_name, ids[0]))
    probe.settle()
    central = window.centralWidget()
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
    never_opened = sorted(c.__name__ for c in _subclasses(FormDialog) if c.__name__ not in probe.opened_types)
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
