"""The main window: setup, unlock, and the workspace (client list + client view), with status bar.

Everything it reads or writes goes through the session's operation runner (``session.ops``);
the sync lives in :class:`~desktop.ui.sync.controller.SyncController`, the actions and menus in
:class:`~desktop.ui.window_actions.WindowActions`, the dialogs they open in
:class:`~desktop.ui.window_dialogs.WindowDialogs` and the status bar in
:class:`~desktop.ui.window_status.WindowStatus`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..services.changes import MEDICATION_KINDS, PLAN_KINDS, Changes
from .caseload_actions import CaseloadActions
from .client.access_log_dialog import AccessLogDialog
from .client.client_list import ClientList
from .client.client_view import ClientView
from .forms.form_dialog import FormDialog
from .idle_lock import IdleLock
from .journal_health import JournalChecks, JournalNotice, client_data_shut
from .kit.icons import app_icon
from .kit.screen import FittingScrollArea, fit_main_window
from .session import Session
from .settings import UiSettings
from .setup import SetupPage
from .sync.controller import SyncController
from .unlock import UnlockPage
from .window_actions import WindowActions
from .window_dialogs import WindowDialogs
from .window_status import WindowStatus

# Dose states move with the clock (due → overdue): re-read the open client this often.
REFRESH_MS = 60_000
# Every this many refreshes the marks of all clients are read again (the open client's every time).
FULL_MARKS_EVERY = 5
# The least height (logical pixels) the pages get before the window scrolls them (1024×768 at 150 %).
WORKSPACE_MIN_HEIGHT = 560
# While unlocked, this often: sync by itself if the setting is on, records wait and the server answers.
AUTO_SYNC_MS = 120_000
# Closing the app waits this long for a worker to stop before the journal is closed (a cut request
# ends at once; only a stuck one would take longer, and then the journal is left to the OS, never
# closed under a live worker).
QUIT_WAIT_S = 5.0


class MainWindow(QMainWindow):
    """Everything the worker sees; data goes through :class:`Session` → the runner → services only."""

    def __init__(self, session: Session, settings: UiSettings, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        # Qt adds " — Ambulant" (the display name) to a title that does not end with it.
        self.setWindowTitle(self.tr("Demo – Ambulant") if session.demo else "Ambulant")
        self.setWindowIcon(app_icon())
        self._hidden_dialogs: list[FormDialog] = []
        self._close_confirmed = False

        self.stack = QStackedWidget()
        self.setup_page = SetupPage(session)
        self.unlock_page = UnlockPage(session, demo_passphrase)
        self.client_list = ClientList(session)
        self.client_view = ClientView(session)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        self.workspace.addWidget(self.client_list)
        self.workspace.addWidget(self.client_view)
        self.workspace.setStretchFactor(0, 0)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setSizes([290, 990])
        self.client_list.setMinimumWidth(230)
        for page in (self.setup_page, self.unlock_page, self.workspace):
            self.stack.addWidget(page)
        # On a small screen or at 200 % the pages scroll inside the window instead of pushing it past the edge.
        # Below this height the tabs' tables would be squeezed to a line each: the pages scroll instead.
        self.stack.setMinimumHeight(WORKSPACE_MIN_HEIGHT)
        pages = FittingScrollArea(self.stack)
        pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Above the pages: damage found by the checks after unlock, or client data shut by the retention.
        self.notice = JournalNotice()
        self.checks = JournalChecks(session, self)
        self.checks.current.connect(self._on_checked)
        self.notice.repair_requested.connect(self.repair_journal)
        self.notice.sync_requested.connect(self.sync_now)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(pages, 1)
        self.setCentralWidget(central)
        self.dialogs = WindowDialogs(self)
        self.commands = WindowActions(self, {
            "lock": self.lock, "sync_now": self.sync_now, "open_sync_report": self.open_sync_report,
            "open_sync_settings": self.open_sync_settings, "open_settings": self.dialogs.open_settings,
            "open_procedure": self.dialogs.open_procedure,
            "close": self.close, "focus_search": self.focus_search, "show_tab": self.show_tab,
            "new_note": self.new_note, "print_sheet": lambda: self.dialogs.print_sheet(None),
            "open_access_log": self.dialogs.open_access_log, "about": self.dialogs.about})
        a = self.commands
        self.lock_action, self.sync_action, self.print_action = a.lock, a.sync, a.print
        self.sync_report_action, self.sync_settings_action, self.access_log_action = (
            a.sync_report, a.sync_settings, a.access_log)
        self.settings_action, self.procedure_action = a.settings, a.procedure
        self.caseload_actions = CaseloadActions(self, self.commands.client_menu)   # register a client, CAVE by hand
        self.sync = SyncController(self, session)
        self.sync.running_changed.connect(lambda running: self.sync_action.setEnabled(
            not running and self.session.is_unlocked))
        self.sync.message.connect(self.statusBar().showMessage)
        self.sync.finished.connect(self._sync_finished)
        self.status = WindowStatus(self, session)

        self.idle = IdleLock(settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self._ticks = 0
        self.auto_sync_timer = QTimer(self)
        self.auto_sync_timer.setInterval(AUTO_SYNC_MS)
        self.auto_sync_timer.timeout.connect(self.auto_sync)

        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.ops.changed.connect(self._on_changed)
        self.client_list.client_opened.connect(self.open_client)
        self.client_view.print_requested.connect(self.dialogs.print_sheet)
        self.client_view.open_failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self._repaint_client())

        if session.is_unlocked:
            self._on_unlocked()
        elif session.needs_setup():
            self._show_page(self.setup_page)
        else:
            self._show_locked()
        # Within the screen's free area; maximised on screens smaller than 1366×768 (or at 150 %/200 %).
        self.opens_maximised = fit_main_window(self, QSize(1280, 800))

    # -- pages ------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        unlocked = page is self.workspace
        for action in self.commands.while_unlocked():
            action.setEnabled(unlocked and not (action is self.sync_action and self.sync.running))
        self.commands.toolbar.setVisible(unlocked)

    def _show_locked(self) -> None:
        self._show_page(self.unlock_page)
        self.unlock_page.prepare(drafts_kept=bool(self._hidden_dialogs) or self.client_view.has_draft())
        self.status.refresh()

    def _on_unlocked(self) -> None:
        self._show_page(self.workspace)
        if self.notice.kind == "info":
            self.notice.clear()      # what the lock screen said (a repair done) has been read
        self.checks.start()
        if not self._client_data_open():
            self._start_timers()
            self.status.refresh()
            return
        self.client_list.reload()
        reopen = self.client_list.open_id
        if reopen is not None:
            self.open_client(reopen)      # gone from the list since: the read says so in the status bar
        self._show_hidden_dialogs()
        self._start_timers()
        self.status.refresh()
        if self.client_view.overview is None:
            self.client_list.search.setFocus()

    def _show_hidden_dialogs(self) -> None:
        hidden, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in hidden:
            if shiboken6.isValid(dialog) and dialog.result() == 0:   # not saved while the window was locked
                dialog.show()

    def _start_timers(self) -> None:
        self.idle.start()
        self.refresh_timer.start()
        self.auto_sync_timer.start()

    def _client_data_open(self) -> bool:
        """False (and the banner says why) while the retention keeps client data shut."""
        shut = client_data_shut(self.session)
        if shut is not None:
            self.notice.show_locked(shut)
            return False
        if self.notice.kind == "locked":
            self.notice.clear()
        return True

    def _on_checked(self, report) -> None:  # noqa: ANN001 (services.integrity.IntegrityReport)
        if not report.sound and self.session.is_unlocked and self.notice.kind != "locked":
            self.notice.show_damage(report)

    def repair_journal(self) -> None:
        """The banner's Repair…: a new journal of everything readable takes the damaged one's place."""
        if not self.session.is_unlocked or not self.notice.confirm_repair():
            return
        self._before_lock()     # forms hidden with their text, the sync cut short and the checks stopped
        self.session.ops.wait_idle(QUIT_WAIT_S)   # nothing of the runner's still reads the damaged file
        message = self.notice.run_repair(self.session)    # locks the journal once the copy is made
        self.notice.show_info(message)
        if self.session.is_unlocked:       # the repair could not start: carry on as before
            self._show_hidden_dialogs()

    def _on_locked(self) -> None:
        self.checks.stop()
        if self.notice.kind != "info":
            self.notice.clear()
        self.idle.stop()
        self.refresh_timer.stop()
        self.auto_sync_timer.stop()
        self.sync.stop()
        self.client_view.clear()
        self.client_list.clear()
        self._show_locked()

    # -- commands ------------------------------------------------------------

    def lock(self) -> None:
        """Lock now (never waits for a server): open forms are hidden with their text kept, a running sync
        is cut short, and the journal closes as soon as no worker runs."""
        if not self.session.is_unlocked:
            return
        self._before_lock()
        self.session.lock()

    def _before_lock(self) -> None:
        for dialog in self.findChildren(FormDialog):
            if dialog.isVisible():
                dialog.hide()
                self._hidden_dialogs.append(dialog)
        self.sync.cancel()     # the runner cuts it on lock too; a repair must not wait for a server
        self.checks.stop()
        self.checks.wait()
        for log in self.findChildren(AccessLogDialog):
            log.close()   # it names the client and who looked: never shown while locked

    def open_client(self, client_id: str) -> None:
        """Open a client (a read in the audit log) and show the three tabs."""
        if self.session.is_unlocked:
            self.client_list.open_id = client_id
            self.client_view.open_client(client_id)

    def show_tab(self, index: int) -> None:
        """Ctrl+1/2/3; on Medication the focus lands in today's doses, ready for Enter."""
        if self.client_view.overview is not None:
            self.client_view.tabs.setCurrentIndex(index)
            tab = self.client_view.tabs.currentWidget()
            (tab.timeline if tab is self.client_view.medication else tab).setFocus()

    def focus_search(self) -> None:
        self.client_list.search.setFocus()
        self.client_list.search.selectAll()

    def new_note(self) -> None:
        if self.client_view.overview is None:
            return
        self.client_view.tabs.setCurrentWidget(self.client_view.observations)
        self.client_view.observations.setCurrentWidget(self.client_view.observations.journal)
        self.client_view.observations.journal.composer.edit.setFocus()

    def sync_now(self) -> bool:
        """Send what waits to the municipal server, off the GUI thread; the summary opens when it ends."""
        return self.sync.start(automatic=False)

    def auto_sync(self) -> bool:
        """The timer's call: a sync that runs only when the setting is on, records wait and the server
        answers (decided off the GUI thread). Never while locked, never on top of a running sync."""
        return self.sync.start(automatic=True)

    def cancel_sync(self) -> None:
        """Stop a running sync now; what is not confirmed stays waiting."""
        self.sync.cancel()

    def open_sync_report(self) -> None:
        self.sync.open_report()

    def open_sync_settings(self) -> None:
        self.sync.open_settings()

    def _sync_finished(self, summary: object) -> None:
        if self.session.is_unlocked:
            self.caseload_actions.sync_finished(summary)   # the list and the open client as the pull left them
        if self.session.is_unlocked and self.notice.kind == "locked" and self._client_data_open():
            self.client_list.reload()      # the sync reached the server: client data opens again
        self.status.refresh()

    # -- refreshing ---------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.client_id and changes.touches(MEDICATION_KINDS | PLAN_KINDS):
            self.client_list.update_marks(changes.client_id)
        self.status.refresh_soon()   # the view repaints first; the count follows

    def _tick(self) -> None:
        """Each minute: the open client's dose states and marks; every few minutes all clients' marks."""
        self._ticks += 1
        was_shut = self.notice.kind == "locked"
        if not self._client_data_open():
            self.client_view.clear()
            self.client_list.clear()
            self.status.refresh()
            return
        if was_shut:                 # a sync reached the server meanwhile: client data opens again
            self.client_list.reload()
            self.status.refresh()
            return
        self.client_view.refresh()
        if self._ticks % FULL_MARKS_EVERY == 0:
            self.client_list.reload()
        elif self.client_view.client_id is not None:
            self.client_list.update_marks(self.client_view.client_id)
        self.status.refresh()

    def _repaint_client(self) -> None:
        overview = self.client_view.overview
        self.client_view.observations.measurements.chart.apply_palette()
        if overview is not None:
            self.client_view.render(overview)

    # -- closing ------------------------------------------------------------

    def unsaved_input(self) -> bool:
        """True when a form or the note editor holds text not yet saved."""
        forms = [d for d in self.findChildren(FormDialog) if d.isVisible() or d in self._hidden_dialogs]
        return any(d.has_input() for d in forms) or self.client_view.has_draft()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._close_confirmed and self.unsaved_input():
            event.ignore()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved text"),
                              self.tr("You have text that is not saved. Quit and lose it?"),
                              QMessageBox.StandardButton.NoButton, self)
            quit_button = box.addButton(self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
            back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(back)   # Enter must never throw text away
            box.setEscapeButton(back)
            box.finished.connect(lambda _r: self._confirm_close(box.clickedButton() is quit_button))
            box.open()
            return
        self.refresh_timer.stop()
        self.idle.detach()
        self.checks.stop()
        self.checks.wait()
        self.session.lock()
        self.session.ops.wait(QUIT_WAIT_S)   # writes finish, tasks are cut; then the journal closes
        super().closeEvent(event)

    def _confirm_close(self, confirmed: bool) -> None:
        if confirmed:
            self._close_confirmed = True
            self.close()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().showEvent(event)
        if not getattr(self, "_list_sized", False):
            # The list keeps its width and the client gets the rest, whatever size the screen gave us.
            self._list_sized = True
            width = self.workspace.width() or self.width()
            side = min(290, max(self.client_list.minimumWidth(), width // 4))
            self.workspace.setSizes([side, max(width - side, 1)])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "client_view"):
            self._repaint_client()
        super().changeEvent(event)
