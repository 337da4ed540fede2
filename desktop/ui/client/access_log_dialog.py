"""The client's access log: who opened, wrote, corrected or printed what, and when.

The client has a right to see this log (pasientjournalforskriften, Normen
fact sheet 15); it is read through the services (on the runner's journal thread)
and shown, never edited.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...domain.audit import AuditEvent
from ...domain.clients import Client
from ...services.report_views import AccessLogLine
from ..forms.document_dialog import DocumentDialog, access_log_dialog
from ..i18n import labels
from ..kit.formatting import fmt_datetime, fmt_worker
from ..i18n.language import fill
from ..session import Session
from ..kit.screen import initial_dialog_size, keep_on_screen
from ..kit.widgets import ReadOnlyTable, heading, muted


def _what(event: AuditEvent) -> str:
    """The record kind for writes ("note" → "Journalnotat"); reads and prints carry their own text."""
    if event.record_id is not None:
        return labels.kind_name(event.detail)
    return "" if event.detail == "overview" else event.detail


class AccessLogDialog(QDialog):
    """One client's whole access log, read-only, and printable for the client."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.client_id = session, client_id
        self.setWindowTitle(self.tr("Access log"))
        layout = QVBoxLayout(self)
        self.title = heading("")
        layout.addWidget(self.title)
        layout.addWidget(muted(self.tr("Everyone who opened, wrote, corrected or printed something in this "
                                       "client's record on this computer, newest first. The client has a right "
                                       "to see this log.")))
        self.table = ReadOnlyTable([self.tr("When"), self.tr("Who"), self.tr("What was done"), self.tr("What"),
                                    self.tr("Device")], self.tr("Access log"), stretch=3)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print for the client…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.open_printout)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        initial_dialog_size(self, QSize(820, 520))
        keep_on_screen(self)
        session.ops.read(self, lambda app: (app.get_client(client_id), app.access_log_lines(client_id)),
                         lambda found: self._fill(*found))

    def _fill(self, client: Client, lines: list[AccessLogLine]) -> None:
        self.title.setText(fill(self.tr("Access log for %1"), client.name))
        self.table.set_rows([([fmt_datetime(line.event.at), fmt_worker(line.event.actor),
                               labels.audit_action(line.event.action), _what(line.event),
                               self.tr("this device") if line.this_device else self.tr("another device")], line.event)
                             for line in lines])

    def open_printout(self) -> DocumentDialog | None:
        """The access log as a PDF to preview, save or print (printing it is itself logged)."""
        if not self.session.is_unlocked:
            return None
        dialog = access_log_dialog(self.session, self.client_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
