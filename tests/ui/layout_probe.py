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
import datetime as dt
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
        """Let the runner deliver what it read (the window reads off the GUI thread), then paint."""
        for _ in range(3):
            self.window.session.ops.wait_idle(10)
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
    yield "plan-assessment", plan.assessment, [plan.assessment.new_assessment, plan.assessment.new_analysis,
                                               plan.assessment.new_goal]
    yield "plan-goals", plan.goals, [plan.goals.new_goal, plan.goals.new_measure, plan.goals.new_evaluation,
                                     plan.goals.change_status]
    yield "plan-individual", plan.individual_plan, [plan.individual_plan.edit, plan.individual_plan.consent,
                                                    plan.individual_plan.withdraw]
    yield "plan-group", plan.group, [plan.group.new_group, plan.group.edit_members, plan.group.new_meeting,
                                     plan.group.print_minutes, plan.group.new_task, plan.group.task_done]
    yield "obs-journal", obs.journal, [obs.journal.composer.save, obs.journal.correct, obs.journal.in_error]
    yield "obs-measurements", obs.measurements, [obs.measurements.save]
    yield "obs-registrations", obs.registrations, [obs.registrations.new_rating, obs.registrations.new_substance,
                                                   obs.registrations.new_behaviour]
    yield "obs-incidents", obs.incidents, [obs.incidents.new, obs.incidents.in_error]
    yield "obs-chapter9", obs.chapter9, [obs.chapter9.new, obs.chapter9.sent, obs.chapter9.report, obs.chapter9.form]
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
    from PySide6.QtCore import Qt
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
    yield "stop-order", first_row(med.fixed, med.enter_stop), ""

    def signed_entry(then: Callable[[object], object]) -> Callable[[], object]:
        def open_it() -> object:
            from desktop.ui.client.dose_timeline import signed_administration
            from desktop.domain.errors import DomainError
            from desktop.domain.medication import AdministrationStatus

            def entries() -> list:
                return [med.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(med.timeline.count())]
            if not any(signed_administration(e) is not None for e in entries()):
                app = window.session.app   # sign one (as not given) so there is a signature to correct
                for dose in view.overview.doses_today:
                    if dose.administration is None and not app.requires_second_signer(dose.order):
                        try:
                            app.record_administration(dose.order.order_id, AdministrationStatus.NOT_GIVEN,
                                                      scheduled_for=dose.scheduled_for, reason="Prøve")
                        except DomainError:
                            continue
                        break
                view.refresh()
                window.session.ops.wait_idle(10)
            return then(next(e for e in entries() if signed_administration(e) is not None))
        return open_it

    yield "correct-dose", signed_entry(med.correct_entry), ""
    yield "dose-in-error", signed_entry(med.mark_entry_in_error), ""
    yield "prn-dose", first_row(med.prn, med.give_as_needed), ""
    yield "effect", effect, ""
    yield "reason", dose_dialog("REFUSED"), ""
    yield "second-signer", dose_dialog("GIVEN"), ""
    yield "administration-notes", first_row(med.fixed, med.edit_administration_notes), ""
    yield "order-in-error", first_row(med.fixed, med.mark_order_in_error), ""
    yield "print-sheet", lambda: window.dialogs.print_sheet(None), "print-dialog"

    def from_sheet_dialog(action: str) -> Callable[[], object]:
        def open_it() -> object:
            from PySide6.QtWidgets import QApplication
            from desktop.ui.print_sheet import PrintSheetDialog
            window.dialogs.print_sheet(None)
            QApplication.processEvents()
            sheet = [d for d in window.findChildren(PrintSheetDialog) if d.isVisible()][-1]
            return getattr(sheet, action)()
        return open_it

    yield "save-as-pdf", from_sheet_dialog("accept"), "file-dialog"
    yield "printer", from_sheet_dialog("choose_printer"), "printer-dialog"
    yield "assessment", plan.assessment.add_assessment, ""
    yield "analysis", plan.assessment.add_analysis, ""
    yield "goal", plan.goals.add_goal, ""
    yield "goal-status", plan.goals.edit_status, ""
    yield "measure", plan.goals.add_measure, ""
    yield "evaluation", plan.goals.add_evaluation, ""
    yield "individual-plan", plan.individual_plan.edit_plan, ""
    yield "consent", plan.individual_plan.record_consent, ""
    yield "withdraw-consent", plan.individual_plan.withdraw_consent, ""

    def new_group() -> object:   # the demo client has a group already, so the button is off: open it directly
        from desktop.ui.forms.form_dialog import open_form
        from desktop.ui.forms.group_forms import GroupDialog
        return open_form(plan.group, GroupDialog(window.session, overview.client.client_id, window))

    yield "group", new_group, ""
    yield "meeting", lambda: (plan.group.show_group(overview, window.session.now().date()),
                              plan.group.add_meeting()), ""
    yield "members", plan.group.change_members, ""
    yield "task", first_row(plan.group.meetings, plan.group.add_task), ""
    yield "minutes", first_row(plan.group.meetings, plan.group.open_minutes), ""
    yield "note-correct", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.correct_selected()), ""
    yield "note-in-error", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.mark_selected_in_error()), ""
    yield "incident", obs.incidents.new_incident, ""
    yield "chapter9", obs.chapter9.new_registration, "chapter9-form"
    yield "chapter9-sent", first_row(obs.chapter9.table, obs.chapter9.record_sent), ""
    yield "chapter9-report", first_row(obs.chapter9.table, obs.chapter9.open_report), ""
    yield "chapter9-settings", obs.chapter9.edit_form, ""
    yield "rating", obs.registrations.add_rating, ""
    yield "substance-use", obs.registrations.add_substance_use, ""
    yield "behaviour", obs.registrations.add_behaviour, ""
    yield "children", obs.children.record_assessment, ""
    yield "settings", window.dialogs.open_settings, ""
    yield "sync-settings", window.open_sync_settings, ""
    yield "sync-report", window.open_sync_report, "sync-report"
    yield "access-log", window.dialogs.open_access_log, ""

    def from_access_log() -> object:
        from desktop.ui.client.access_log_dialog import AccessLogDialog
        window.dialogs.open_access_log()
        window.session.ops.wait_idle(10)
        log = [d for d in window.findChildren(AccessLogDialog) if d.isVisible()][-1]
        return log.print_button.click()

    yield "access-log-printout", from_access_log, ""

    def from_procedure() -> object:
        from desktop.ui.forms.procedure_form import LocalProcedureDialog
        window.dialogs.open_procedure()
        procedure = [d for d in window.findChildren(LocalProcedureDialog) if d.isVisible()][-1]
        return procedure.enroll.click()

    yield "procedure", window.dialogs.open_procedure, ""
    yield "register-client", window.caseload_actions.register_action.trigger, ""
    yield "allergy", window.caseload_actions.allergy_action.trigger, ""
    yield "enroll-colleague", from_procedure, ""

    def from_ledger(act: Callable[[object], object], kept: bool = False) -> Callable[[], object]:
        """Open the open client's ledger from its tab (with ``kept``: the first client whose ledger has a
        balance, where waste, not given and deviations can be written), then ``act`` on it."""
        def open_it() -> object:
            from desktop.ui.client.ledger_page import LedgerPage, open_ledger_page
            med.ledger_button.click()
            window.session.ops.wait_idle(10)
            page = [d for d in window.findChildren(LedgerPage) if d.isVisible()][-1]
            if kept:
                for cid in window.client_list.client_ids():
                    if page.waste.isEnabled():
                        break
                    page = open_ledger_page(med, window.session, cid)
                    window.session.ops.wait_idle(10)
            return act(page)
        return open_it

    def deviation_line(page) -> object:  # noqa: ANN001
        """Follow-up of a deviation: the demo's is in the ledger client's ledger (opened as from its tab)."""
        from desktop.domain.ledger import LedgerDeviation
        from desktop.ui.client.ledger_page import open_ledger_page
        for cid in window.client_list.client_ids():
            page = open_ledger_page(med, window.session, cid)
            window.session.ops.wait_idle(10)
            for d in range(page.balances.rowCount()):
                page.balances.selectRow(d)
                for row in range(page.lines.rowCount()):
                    page.lines.selectRow(row)
                    if isinstance(getattr(page.lines.selected_data(), "record", None), LedgerDeviation):
                        return page.follow_up.click()
        raise LookupError("the demo ledgers have no deviation")

    yield "ledger", from_ledger(lambda page: None), ""
    yield "ledger-receipt", from_ledger(lambda page: page.receipt.click()), ""
    yield "ledger-count", from_ledger(lambda page: page.count.click()), ""
    yield "ledger-waste", from_ledger(lambda page: page.waste.click(), kept=True), ""
    yield "ledger-not-given", from_ledger(lambda page: page.not_given.click(), kept=True), ""
    yield "ledger-deviation", from_ledger(lambda page: page.deviation.click(), kept=True), ""
    yield "ledger-follow-up", from_ledger(deviation_line), ""
    yield "ledger-print", from_ledger(lambda page: page.print_ledger.click()), ""


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
