"""The main window's commands: one QAction each (menu, toolbar, shortcut), built in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from .kit.icons import icon


class WindowActions(QObject):
    """The actions of a :class:`~desktop.ui.main_window.MainWindow`, its menus and its toolbar."""

    def __init__(self, window: QMainWindow, commands: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        do = commands
        self.lock = self._action(self.tr("&Lock"), do["lock"], "Ctrl+L", "lock")
        self.sync = self._action(self.tr("&Synchronise now"), do["sync_now"], "F9", "sync")
        self.sync_report = self._action(self.tr("Refused &records…"), do["open_sync_report"])
        self.sync_settings = self._action(self.tr("Sync&hronisation…"), do["open_sync_settings"])
        self.settings = self._action(self.tr("S&ettings…"), do["open_settings"], None, "settings")
        self.procedure = self._action(self.tr("&Double check and colleagues…"), do["open_procedure"])
        self.quit = self._action(self.tr("&Quit"), do["close"], QKeySequence.StandardKey.Quit)
        self.find = self._action(self.tr("&Find client"), do["focus_search"], QKeySequence.StandardKey.Find, "search")
        self.tabs = [self._action(text, lambda i=i: do["show_tab"](i), f"Ctrl+{i + 1}")
                     for i, text in enumerate((self.tr("&Plan"), self.tr("&Medication"), self.tr("&Observations")))]
        self.note = self._action(self.tr("New journal &note"), do["new_note"], QKeySequence.StandardKey.New, "note")
        self.print = self._action(self.tr("&Print medication sheet…"), do["print_sheet"],
                                  QKeySequence.StandardKey.Print, "print")
        self.access_log = self._action(self.tr("&Access log…"), do["open_access_log"])
        self.about = self._action(self.tr("&About Ambulant"), do["about"])
        self._build_menus()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.lock, self.sync, self.sync_report):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.sync_settings)
        file_menu.addAction(self.procedure)
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        client_menu = bar.addMenu(self.tr("&Client"))
        client_menu.addAction(self.find)
        client_menu.addSeparator()
        for a in self.tabs:
            client_menu.addAction(a)
        client_menu.addSeparator()
        client_menu.addAction(self.note)
        client_menu.addAction(self.print)
        client_menu.addAction(self.access_log)
        self.client_menu = client_menu     # the caseload actions (register a client, CAVE by hand) join it
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        tools = self.window.addToolBar(self.tr("Tools"))
        tools.setObjectName("tools")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addAction(self.lock)
        tools.addAction(self.sync)
        tools.addAction(self.print)
        self.toolbar = tools

    def while_unlocked(self) -> list[QAction]:
        """The actions that need an open journal (disabled while locked)."""
        return [self.lock, self.sync, self.sync_report, self.sync_settings, self.procedure, self.find, self.note,
                self.print, self.access_log, *self.tabs]
