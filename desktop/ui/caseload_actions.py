"""The window's caseload commands: register a client, CAVE by hand, and catching up after a sync pulled.

Kept out of ``main_window`` so that file only creates this object and tells it when a sync ended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..store.errors import StoreError
from .forms.client_forms import AllergyDialog, RegisterClientDialog
from .forms.form_dialog import FormDialog
from .i18n.language import error_text
from .kit.icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow


class CaseloadActions(QObject):
    """Client menu entries for offline intake, and the refresh after a sync brought the caseload down."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.register_action = QAction(icon("add"), self.tr("&Register client…"), window)
        self.allergy_action = QAction(icon("cave"), self.tr("CAVE / a&llergy…"), window)
        self.register_action.triggered.connect(lambda _checked=False: self.register_client())
        self.allergy_action.triggered.connect(lambda _checked=False: self.edit_allergy())
        menu.addSeparator()
        menu.addAction(self.register_action)
        menu.addAction(self.allergy_action)
        window.session.unlocked.connect(self._enable)
        window.session.locked.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        unlocked = self.window.session.is_unlocked
        self.register_action.setEnabled(unlocked)
        self.allergy_action.setEnabled(unlocked)

    def register_client(self) -> FormDialog | None:
        """Open the intake form; the new client is opened when saved."""
        if not self.window.session.is_unlocked:
            return None
        dialog = RegisterClientDialog(self.window.session, self.window)
        dialog.saved.connect(self._registered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _registered(self, client) -> None:  # noqa: ANN001 (Client)
        self.window.client_list.reload()
        self.window.open_client(client.client_id)

    def edit_allergy(self) -> FormDialog | None:
        """Add or change a CAVE entry of the open client."""
        client_id = self.window.client_view.client_id
        if client_id is None or not self.window.session.is_unlocked:
            return None
        dialog = AllergyDialog(self.window.session, self.window.session.app.get_client(client_id), self.window)
        dialog.saved.connect(lambda _client: self._reshow(client_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _reshow(self, client_id: str) -> None:
        view = self.window.client_view
        if view.client_id == client_id and self.window.session.is_unlocked:
            view.render(self.window.session.app.overview(self.window.session.app.get_client(client_id),
                                                         notes_limit=view.notes_limit))
        self.window.client_list.reload(keep_marks=True)

    def sync_finished(self, summary) -> None:  # noqa: ANN001 (SyncSummary | None)
        """After a sync that pulled: the list and the open client as the server now has them."""
        if summary is None or summary.pull is None or not self.window.session.is_unlocked:
            return
        self.window.client_list.reload()
        view = self.window.client_view
        open_id = view.client_id
        if open_id is None:
            return
        if open_id not in {c.client_id for c in self.window.session.app.list_clients()}:
            view.clear()       # removed from this device: it left the caseload
            self.window.client_list.open_id = None
            return
        try:
            view.render(self.window.session.app.overview(self.window.session.app.get_client(open_id),
                                                         notes_limit=view.notes_limit))
        except StoreError as exc:
            self.window.statusBar().showMessage(error_text(exc), 10_000)
