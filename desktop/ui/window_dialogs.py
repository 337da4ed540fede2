"""The dialogs the main window's menus open: medication sheet, double-check procedure, access log,
settings and About. Each opens with ``open()`` (a test can find and drive it) and only while unlocked
where it shows journal data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from .client.access_log_dialog import AccessLogDialog
from .settings import UiSettings
from .settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowDialogs(QObject):
    """Opens the main window's dialogs and applies what they return."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def print_sheet(self, client_id: str | None) -> None:
        """Open the medication sheet dialog for ``client_id`` (None: the open client)."""
        window = self.window
        client_id = client_id or window.client_view.client_id
        if client_id is None or not window.session.is_unlocked:
            return
        from .print_sheet import PrintSheetDialog  # reportlab and QtPdf load only when printing
        dialog = PrintSheetDialog(window.session, client_id, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_procedure(self) -> QDialog | None:
        """File → Double check and colleagues…: the local procedure for signing and the enrolled colleagues."""
        window = self.window
        if not window.session.is_unlocked:
            return None
        from .forms.procedure_form import LocalProcedureDialog
        dialog = LocalProcedureDialog(window.session, window)
        dialog.saved.connect(lambda _p: self._procedure_saved())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _procedure_saved(self) -> None:
        self.window.statusBar().showMessage(self.tr("The double-check rules are saved."), 8_000)
        self.window.client_view.refresh()   # "Double check" marks follow the new rules

    def open_access_log(self) -> QDialog | None:
        """Show who opened, wrote or printed what in the open client's record."""
        window = self.window
        client_id = window.client_view.client_id
        if client_id is None or not window.session.is_unlocked:
            return None
        dialog = AccessLogDialog(window.session, client_id, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        """File → Settings…: the idle delay and the language."""
        dialog = SettingsDialog(self.window.settings, self.window)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_settings(self, settings: UiSettings) -> None:
        """Store new settings; the idle delay applies at once, the language at the next start."""
        window = self.window
        window.settings = settings
        settings.save(window.session.data_dir)
        window.idle.set_minutes(settings.idle_lock_minutes)

    def about(self) -> None:
        """Help → About Ambulant."""
        QMessageBox.about(self.window, self.tr("About Ambulant"),
                          self.tr("Ambulant – journal, medication and plan for ambulant vernepleiere. "
                                  "Works offline; data is encrypted on this computer."))
