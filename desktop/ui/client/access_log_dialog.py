"""The client's access log: who opened, wrote, corrected or printed what, and when.

The client has a right to see this log (pasientjournalforskriften, Normen
fact sheet 15); it is read through the services and shown, never edited.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...domain.audit import AuditEvent
from ...domain.clients import Client
from ..i18n import labels
from ..kit.formatting import fmt_datetime, fmt_worker
from ..i18n.language import fill
from ..session import Session
from ..kit.widgets import ReadOnlyTable, heading, muted


def _what(event: AuditEvent) -> str:
    """The record kind for writes ("note" → "Journalnotat"); reads and prints carry their own text."""
    if event.record_id is not None:
        return labels.kind_name(event.detail)
    return "" if event.detail == "overview" else event.detail


class AccessLogDialog(QDialog):
    """The newest entries of one client's access log, read-only."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access log"))
        layout = QVBoxLayout(self)
        self.title = heading("")
        layout.addWidget(self.title)
        layout.addWidget(muted(self.tr("Everyone who opened, wrote, corrected or printed something in this "
                                       "client's record on this computer, newest first. The client has a right "
                                       "to see this log.")))
        self.table = ReadOnlyTable([self.tr("When"), self.tr("Who"), self.tr("What was done"), self.tr("What")],
                                   self.tr("Access log"), stretch=3)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 520)
        session.ops.read(self, lambda app: (app.get_client(client_id), app.access_log(client_id)),
                         lambda found: self._fill(*found))

    def _fill(self, client: Client, events: list[AuditEvent]) -> None:
        self.title.setText(fill(self.tr("Access log for %1"), client.name))
        self.table.set_rows([([fmt_datetime(e.at), fmt_worker(e.actor), labels.audit_action(e.action), _what(e)], e)
                             for e in events])
