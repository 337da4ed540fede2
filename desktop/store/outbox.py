"""The outbox: one row per record version or audit event waiting for the server.

A row becomes *synced* only when the sync engine reports the server's
confirmation for that very entry; *failed* rows keep the server's reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .connection import Connection
from .timefmt import from_db, to_db


class OutboxState(str, Enum):
    PENDING = "pending"
    FAILED = "failed"
    SYNCED = "synced"


@dataclass(frozen=True)
class OutboxEntry:
    """One thing to send: a record version (entity 'record') or an audit event ('audit')."""

    seq: int
    entity: str
    ref: str
    kind: str
    state: OutboxState
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True)
class OutboxCounts:
    pending: int = 0
    failed: int = 0
    synced: int = 0


_COLUMNS = "seq, entity, ref, kind, state, attempts, next_attempt_at, last_error"


def _entry(row: tuple) -> OutboxEntry:
    return OutboxEntry(row[0], row[1], row[2], row[3], OutboxState(row[4]), row[5],
                       from_db(row[6]) if row[6] else None, row[7])


class OutboxRepository:
    """Reads and moves outbox rows; writes happen inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, entity: str, ref: str, kind: str, now: dt.datetime) -> None:
        """Queue a record version or audit event for the server."""
        self._conn.execute("INSERT INTO outbox (entity, ref, kind, created_at) VALUES (?,?,?,?)",
                           (entity, ref, kind, to_db(now)))

    def ready(self, now: dt.datetime, limit: int, after_seq: int = 0) -> list[OutboxEntry]:
        """Pending rows whose next attempt is due, in the order they were written."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'pending' AND seq > ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY seq LIMIT ?",
            (after_seq, to_db(now), limit)).fetchall()
        return [_entry(r) for r in rows]

    def entries(self, state: OutboxState) -> list[OutboxEntry]:
        """All rows in one state, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE state = ? ORDER BY seq",
                                  (state.value,)).fetchall()
        return [_entry(r) for r in rows]

    def mark_synced(self, seqs: list[int], now: dt.datetime, server_versions: list[str | None]) -> None:
        """Record the server's confirmation of each row (call only with confirmed rows)."""
        self._conn.executemany(
            "UPDATE outbox SET state = 'synced', synced_at = ?, server_version = ?, last_error = NULL, "
            "attempts = attempts + 1 WHERE seq = ?",
            [(to_db(now), v, s) for s, v in zip(seqs, server_versions)])

    def mark_failed(self, seq: int, reason: str) -> None:
        """Park a row the server refused; it no longer blocks the rest."""
        self._conn.execute("UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 "
                           "WHERE seq = ?", (reason, seq))

    def schedule_retry(self, seq: int, at: dt.datetime, reason: str) -> None:
        """Keep a row pending but try it again no sooner than ``at``."""
        self._conn.execute("UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts + 1 "
                           "WHERE seq = ?", (to_db(at), reason, seq))

    def retry_failed(self, seqs: list[int] | None = None) -> int:
        """Put failed rows back in the queue (all, or the given ones)."""
        if seqs is None:
            cur = self._conn.execute("UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                                     "WHERE state = 'failed'")
        else:
            cur = self._conn.executemany("UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                                         "WHERE state = 'failed' AND seq = ?", [(s,) for s in seqs])
        return cur.rowcount

    def synced_record_ids(self, record_ids: list[str]) -> set[str]:
        """Those of ``record_ids`` with at least one version the server has confirmed."""
        found: set[str] = set()
        for start in range(0, len(record_ids), 500):  # stay below SQLite's variable limit
            chunk = record_ids[start:start + 500]
            rows = self._conn.execute(
                "SELECT DISTINCT v.record_id FROM outbox o JOIN record_versions v ON v.version_id = o.ref "
                f"WHERE o.entity = 'record' AND o.state = 'synced' AND v.record_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
            found.update(r[0] for r in rows)
        return found

    def counts(self) -> OutboxCounts:
        """How many rows are pending, failed and synced."""
        found = dict(self._conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        return OutboxCounts(found.get("pending", 0), found.get("failed", 0), found.get("synced", 0))

    def waiting(self) -> OutboxCounts:
        """Pending and failed rows only ('synced' is left 0): index ranges, so it stays fast
        however many rows have been synced over the years (the status bar asks often)."""
        pending, failed = (self._conn.execute("SELECT count(*) FROM outbox WHERE state = ?", (state,)).fetchone()[0]
                           for state in ("pending", "failed"))
        return OutboxCounts(pending, failed, 0)
