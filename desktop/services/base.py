"""What every use-case module shares: the open journal, the worker, the clock, and saving a record.

Every record version the services write goes through :meth:`ServiceBase._save`,
which runs the domain's rules on it first (``domain.record_rules``): a new
record, a correction and an entry marked in error are checked the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..domain import record_rules
from ..domain.audit import AuditAction
from ..domain.clock import utcnow
from ..domain.double_check_policy import LocalProcedure
from ..domain.event_time import TimeWarning, event_time_warning
from ..domain.record_text import clean_record
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.errors import DomainError
from ..domain.medication import DoubleCheckPolicy
from ..domain.records import RecordMeta, WorkerRef, new_meta
from ..store.database import Database
from ..support.catalogue_files import shipped_catalogue
from .rules import load_procedure, rule_context


class ServiceBase:
    """The journal, the signed-in worker and the clock; saving and reading one record."""

    def __init__(self, db: Database, worker: WorkerRef | None = None,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.worker = worker or db.worker
        self.clock = clock
        self._drug_catalogue: DrugCatalogue | None = None
        self._procedure: LocalProcedure | None = None

    # -- the local procedure and the catalogue the rules use ------------------

    def local_procedure(self) -> LocalProcedure:
        """The double-check policy and the signing window kept in this journal (the defaults until set)."""
        if self._procedure is None:
            self._procedure = load_procedure(self.db)
        return self._procedure

    @property
    def policy(self) -> DoubleCheckPolicy:
        """When a second person must sign (the journal's local procedure)."""
        return self.local_procedure().policy

    def drug_catalogue(self) -> DrugCatalogue:
        """The catalogue the order form and the CAVE check use (the shipped list; read once per instance)."""
        if self._drug_catalogue is None:
            self._drug_catalogue = shipped_catalogue()
        return self._drug_catalogue

    # -- helpers ----------------------------------------------------------

    def _meta(self, occurred_at: dt.datetime | None = None) -> RecordMeta:
        return new_meta(self.worker, self.db.device_id, self.clock(), occurred_at)

    def _rule_context(self, record: Any) -> record_rules.RuleContext:
        """What the rules need to judge ``record``, read from the journal (the caller holds the lock)."""
        return rule_context(self.db, record, self.local_procedure(), self.drug_catalogue())

    def _findings(self, record: Any) -> list[record_rules.Finding]:
        """The rules ``record`` would break if saved now (none: it may be saved)."""
        with self.db.reading():
            return record_rules.unresolved(record, self._rule_context(record))

    def _save(self, record: Any, action: AuditAction = AuditAction.CREATE) -> Any:
        # Every path (form, correction, import, pull) goes through here: no text a server refuses is
        # stored, and the rules are checked and the record written under the journal's lock, so no
        # other write slips in between.
        record = clean_record(record)
        with self.db.reading():
            record_rules.enforce(record, self._rule_context(record))
            self.db.save([record], self.worker, action, self.clock())
        return record

    def event_time_warning(self, at: dt.datetime) -> TimeWarning | None:
        """A question for the form when ``at`` is in the future or before the last confirmed sync."""
        last = self.db.get_setting("last_sync")
        return event_time_warning(at, self.clock(), dt.datetime.fromisoformat(last) if last else None)

    def _client_data(self) -> None:
        """Refuse client data once the retention ran out (services/retention.py); the sync is not refused."""
        from .retention import require_client_access
        require_client_access(self)

    def _get(self, record_id: str, expected: type | None = None) -> Any:
        self._client_data()
        with self.db.reading():
            record = self.db.records.get(record_id)
        if record is None or (expected is not None and not isinstance(record, expected)):
            raise DomainError("record_id", "Fant ikke oppføringen.", "No such entry.")
        return record
