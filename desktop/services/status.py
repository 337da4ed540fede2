"""What the status bar and `ambulant status` show: counts, the outbox, refused records."""

from __future__ import annotations

from ..domain.kinds import OBSERVATION_KINDS, client_id_of
from ..store.outbox import OutboxState
from .base import ServiceBase
from .views import FailedSyncRecord, Status, SyncStatus


class StatusServices(ServiceBase):
    """What the status bar and `ambulant status` show use cases."""

    def sync_status(self) -> SyncStatus:
        """What the status bar shows, cheaply: rows waiting for the server, the last sync, the worker."""
        with self.db.reading():
            waiting = self.db.outbox.waiting()
        return SyncStatus(waiting.pending, waiting.failed, self.db.get_setting("last_sync"), self.worker)

    def failed_sync_records(self) -> list[FailedSyncRecord]:
        """Rows the server refused (oldest first), each with its kind, client, time and the server's reason."""
        with self.db.reading():
            rows = self.db.outbox.entries(OutboxState.FAILED)
            versions = self.db.records.get_versions([r.ref for r in rows if r.entity == "record"])
            events = self.db.audit.get_many([r.ref for r in rows if r.entity == "audit"])
            client_ids = ({client_id_of(v) for v in versions.values()} |
                          {e.client_id for e in events.values()}) - {None}
            clients = {cid: self.db.records.get(cid) for cid in client_ids}
        found = []
        for row in rows:
            record, event = versions.get(row.ref), events.get(row.ref)
            client_id = client_id_of(record) if record is not None else event.client_id if event else None
            client = clients.get(client_id) if client_id else None
            at = record.meta.occurred_at if record is not None else event.at if event is not None else None
            found.append(FailedSyncRecord(row.seq, row.kind, getattr(client, "name", None), at,
                                          row.last_error or ""))
        return found

    def status(self) -> Status:
        """Counts of clients, records by kind, and the outbox."""
        with self.db.reading():
            counts = self.db.records.counts()
            outbox = self.db.outbox.counts()
        plan_kinds = ("goal", "measure", "evaluation", "individual_plan", "responsibility_group",
                      "meeting", "agreed_task", "assessment", "analysis", "consent")
        records = {"administrations": counts.get("administration", 0),
                   "notes": counts.get("note", 0),
                   "observations": sum(counts.get(k, 0) for k in OBSERVATION_KINDS),
                   "orders": counts.get("order", 0),
                   "plan": sum(counts.get(k, 0) for k in plan_kinds),
                   "by_kind": counts}
        return Status(clients=len(self.list_clients()), records=records, outbox=outbox,
                      worker=self.worker, last_sync=self.db.get_setting("last_sync"), device_id=self.db.device_id)
