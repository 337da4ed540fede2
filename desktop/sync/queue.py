"""The outbox as the window's failure list sees it: what was refused, what is in conflict, what a
new server lacks, and putting refused rows back in the queue."""

from __future__ import annotations

from ..store.database import Database
from ..store.outbox import OutboxState
from .settings import check_server_url
from .summary import FailedRecord


def failed_records(db: Database) -> list[FailedRecord]:
    """Every row the server refused (this run or earlier), with the reason: for the failures list."""
    with db.reading():
        rows = db.outbox.entries(OutboxState.FAILED)
    return [FailedRecord(r.seq, r.kind, r.ref, r.last_error or "") for r in rows]


def conflict_records(db: Database) -> list[FailedRecord]:
    """Every row in conflict (the server refused it with 412: someone else changed the record first)."""
    with db.reading():
        rows = db.outbox.entries(OutboxState.CONFLICT)
    return [FailedRecord(r.seq, r.kind, r.ref, r.last_error or "") for r in rows]


def records_lacking(db: Database, server_url: str) -> int:
    """How many outbox rows ``server_url`` has not confirmed: what a sync to it would send
    (for "Switch server? N records will be sent to the new server")."""
    with db.reading():
        return db.outbox.lacking(check_server_url(server_url))


def retry_failed(db: Database, seqs: list[int] | None = None) -> int:
    """Put failed rows (all, or the given ones) back in the queue for the next sync."""
    with db.transaction():
        return db.outbox.retry_failed(seqs)
