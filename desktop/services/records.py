"""Corrections, entered-in-error, history and the access log, for every record kind."""

from __future__ import annotations

from typing import Any

from ..domain import record_rules
from ..domain.audit import AuditAction, AuditEvent
from ..domain.record_rules import Finding
from ..domain.errors import DomainError
from ..domain.medication import (
    ORDER_EDITABLE_FIELDS,
    Administration,
    MedicationOrder,
)
from ..domain.records import correct, enter_in_error

# Set only through their own doors: a second signer proves who they are (correct_administration),
# an override comes with its reason, a stop with the prescriber's instruction (stop_order).
_NOT_BY_PLAIN_CORRECTION = frozenset({"second_signer", "second_signed_version", "overrides"})
from .base import ServiceBase


class RecordServices(ServiceBase):
    """Corrections, entered-in-error, history and the access log, for every record kind. use cases."""

    def correct(self, record_id: str, **changes: Any) -> Any:
        """Save a corrected version of a record; the old version stays readable.

        The corrected version is checked by the same rules as a new one (a class A dose
        keeps its second signer, a chapter 9 registration its required fields).
        """
        record = self._get(record_id)
        allowed = ORDER_EDITABLE_FIELDS if isinstance(record, MedicationOrder) else None
        if isinstance(record, Administration) and set(changes) & _NOT_BY_PLAIN_CORRECTION:
            raise DomainError("second_signer", "Rett en signert dose med «Rett dose…»: kontrolløren må bekrefte.",
                              'Correct a signed dose with "Correct dose…": the second signer must confirm.')
        new = correct(record, self.worker, self.db.device_id, self.clock(), allowed, **changes)
        return self._save(new, AuditAction.CORRECT)

    def check_record(self, record: Any) -> list[Finding]:
        """The rules a record version from elsewhere (an import, the server) breaks here, if any.

        The same rules as for a record written in this window, judged against this journal
        (its order, the client's CAVE and doses, the local procedure) as the pull judges what it
        brings down (``record_rules.received``: no earlier version's finding is inherited); nothing
        is saved.
        """
        with self.db.reading():
            return record_rules.received(record, self._rule_context(record))

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
