"""The audit log: who read or wrote what about which client, and when."""

from __future__ import annotations

import datetime as dt
import uuid

from ..domain.audit import AuditAction, AuditEvent
from ..domain.records import WorkerRef
from .connection import Connection
from .timefmt import from_db, to_db


class AuditRepository:
    """Appends and reads audit events; writes happen inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, actor: WorkerRef, action: AuditAction, now: dt.datetime, device_id: str,
            client_id: str | None = None, record_id: str | None = None, detail: str = "") -> AuditEvent:
        """Append one event and return it."""
        event = AuditEvent(str(uuid.uuid4()), now, actor, action, client_id, record_id, detail, device_id)
        self._conn.execute(
            "INSERT INTO audit_log (event_id, at, actor_name, actor_hpr, action, client_id, record_id, "
            "detail, device_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (event.event_id, to_db(now), actor.name, actor.hpr, action.value, client_id, record_id,
             detail, device_id))
        return event

    def get(self, event_id: str) -> AuditEvent | None:
        """One event by id."""
        rows = self._select("WHERE event_id = ?", (event_id,))
        return rows[0] if rows else None

    def get_many(self, event_ids: list[str]) -> dict[str, AuditEvent]:
        """Many events by id (the sync loads a whole outbox at once)."""
        found: dict[str, AuditEvent] = {}
        for start in range(0, len(event_ids), 500):  # stay below SQLite's variable limit
            chunk = event_ids[start:start + 500]
            for event in self._select(f"WHERE event_id IN ({','.join('?' * len(chunk))})", tuple(chunk)):
                found[event.event_id] = event
        return found

    def for_client(self, client_id: str, limit: int = 500) -> list[AuditEvent]:
        """The client's access log, newest first (the client may ask to see it)."""
        return self._select("WHERE client_id = ? ORDER BY seq DESC LIMIT ?", (client_id, limit))

    def _select(self, where: str, args: tuple) -> list[AuditEvent]:
        rows = self._conn.execute(
            "SELECT event_id, at, actor_name, actor_hpr, action, client_id, record_id, detail, device_id "
            f"FROM audit_log {where}", args).fetchall()
        return [AuditEvent(r[0], from_db(r[1]), WorkerRef(r[2], r[3]), AuditAction(r[4]), r[5], r[6], r[7], r[8])
                for r in rows]
