"""Corrections, entered-in-error, history and the access log, for every record kind."""

from __future__ import annotations

from typing import Any

from ..domain.audit import AuditAction, AuditEvent
from ..domain.medication import (
    ORDER_EDITABLE_FIELDS,
    MedicationOrder,
)
from ..domain.records import correct, enter_in_error
from .base import ServiceBase


class RecordServices(ServiceBase):
    """Corrections, entered-in-error, history and the access log, for every record kind. use cases."""

    def correct(self, record_id: str, **changes: Any) -> Any:
        """Save a corrected version of a record; the old version stays readable."""
        record = self._get(record_id)
        allowed = ORDER_EDITABLE_FIELDS if isinstance(record, MedicationOrder) else None
        new = correct(record, self.worker, self.db.device_id, self.clock(), allowed, **changes)
        return self._save(new, AuditAction.CORRECT)

    def enter_in_error(self, record_id: str, reason: str) -> Any:
        """Mark a record entered in error, with the reason; nothing is deleted."""
        record = self._get(record_id)
        return self._save(enter_in_error(record, reason, self.worker, self.db.device_id, self.clock()),
                          AuditAction.ENTER_IN_ERROR)

    def history(self, record_id: str) -> list[Any]:
        """Every version of a record, oldest first."""
        self._client_data()
        with self.db.reading():
            return self.db.records.history(record_id)

    def access_log(self, client_id: str) -> list[AuditEvent]:
        """Who read or wrote this client's record, newest first."""
        self._client_data()
        with self.db.reading():
            return self.db.audit.for_client(client_id)

    def log_print(self, client_id: str, detail: str) -> None:
        """Note in the audit log that something about the client was printed."""
        self.db.log_access(self.worker, AuditAction.PRINT, self.clock(), client_id, detail)
