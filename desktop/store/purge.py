"""The one deletion the journal allows: a client who left the caseload, removed from this device.

Record versions are append-only (a trigger refuses DELETE); schema 4 lets a DELETE through
only for a client named in ``purge_permits``. :func:`purge_client` writes that permit, deletes
the client's record versions, heads, their outbox rows and what the pull knew about them,
removes the permit and writes the audit event — in the caller's one transaction, so either
all of it happens or none. Nothing else in the code writes a permit.

What stays: the audit log (append-only; it says who opened the record when, and now that
it was removed), and the server ids in ``sync_identities`` (ids only), so the audit event
about the removal still names the right Patient when it is sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.audit import AuditAction, AuditEvent
from ..domain.records import WorkerRef
from .audit import AuditRepository
from .connection import Connection
from .outbox import OutboxRepository
from .pulled import PullRepository


class PurgeRefused(Exception):
    """The client still has records the server has not confirmed: nothing was removed."""


@dataclass(frozen=True)
class PurgeResult:
    """What was removed from this device, and the audit event that says so."""

    client_id: str
    versions: int
    event: AuditEvent


def purge_client(conn: Connection, client_id: str, actor: WorkerRef, now: dt.datetime, device_id: str,
                 reason: str) -> PurgeResult:
    """Remove every record version of ``client_id`` from this device, logged (call inside a transaction).

    Raises :class:`PurgeRefused` (and removes nothing) while any of the client's record
    versions waits for the server, was refused by it or is in conflict.
    """
    if PullRepository(conn).unconfirmed_rows(client_id):
        raise PurgeRefused(client_id)
    # Freed pages are overwritten, not just left encrypted in the file's free list.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("INSERT INTO purge_permits (client_id) VALUES (?)", (client_id,))
    seqs = [r[0] for r in conn.execute(
        "SELECT o.seq FROM outbox o JOIN record_versions v ON v.version_id = o.ref "
        "WHERE o.entity = 'record' AND v.client_id = ?", (client_id,)).fetchall()]
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM outbox_confirmations WHERE seq IN ({marks})", chunk)
        conn.execute(f"DELETE FROM outbox WHERE seq IN ({marks})", chunk)
    conn.execute("DELETE FROM record_heads WHERE client_id = ?", (client_id,))
    versions = conn.execute("DELETE FROM record_versions WHERE client_id = ?", (client_id,)).rowcount
    conn.execute("DELETE FROM server_records WHERE client_id = ? OR record_id = ?", (client_id, client_id))
    conn.execute("DELETE FROM caseload WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM pulled_findings WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM purge_permits WHERE client_id = ?", (client_id,))
    event = AuditRepository(conn).add(actor, AuditAction.PURGE, now, device_id, client_id=client_id,
                                      detail=f"{reason}: {versions} versjoner fjernet fra denne enheten")
    OutboxRepository(conn).add("audit", event.event_id, "audit", now)
    return PurgeResult(client_id, versions, event)
