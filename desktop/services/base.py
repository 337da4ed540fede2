"""What every use-case module shares: the open journal, the worker, the clock, and saving a record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..domain.audit import AuditAction
from ..domain.clock import utcnow
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.errors import DomainError
from ..domain.medication import (
    DoubleCheckPolicy,
)
from ..domain.records import RecordMeta, WorkerRef, new_meta
from ..store.database import Database


class ServiceBase:
    """The journal, the signed-in worker and the clock; saving and reading one record."""

    def __init__(self, db: Database, worker: WorkerRef | None = None,
                 clock: Callable[[], dt.datetime] = utcnow,
                 policy: DoubleCheckPolicy | None = None) -> None:
        self.db = db
        self.worker = worker or db.worker
        self.clock = clock
        self.policy = policy or DoubleCheckPolicy()
        self._drug_catalogue: DrugCatalogue | None = None

    # -- helpers ----------------------------------------------------------

    def _meta(self, occurred_at: dt.datetime | None = None) -> RecordMeta:
        return new_meta(self.worker, self.db.device_id, self.clock(), occurred_at)

    def _save(self, record: Any, action: AuditAction = AuditAction.CREATE) -> Any:
        self.db.save([record], self.worker, action, self.clock())
        return record

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
