"""What came down from the server: provenance of pulled records, the caseload, watermarks (schema 4).

The pull (``desktop.sync.pull``) writes here inside its own transactions; the services read it
to show what is the server's and what changed. Records themselves are still written by
:class:`~desktop.store.records.RecordRepository` (append-only versions); a pulled version has
no outbox row, since it came from the server and must never be sent back as ours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .connection import Connection
from .timefmt import to_db


@dataclass(frozen=True)
class ServerRecord:
    """One server resource applied locally, and what became of it there."""

    server: str
    resource_type: str
    server_id: str
    record_id: str                 # the local record (a CAVE entry: its client's record)
    kind: str                      # the local record kind ("order", "client", …; "allergy" for CAVE)
    client_id: str | None
    version_id: str | None         # meta.versionId last applied
    last_updated: str | None       # meta.lastUpdated last applied (the server's clock, as it wrote it)
    server_status: str = "active"  # the resource's own status; "deleted" when it is gone from the server
    local_version: int | None = None   # the local version number the pull wrote last
    pulled_at: str = ""            # when this device applied it (device clock, store format)
    changed_at: str | None = None  # the server's lastUpdated of the last change after the first pull
    change: str | None = None      # what that change was: changed, stopped, on-hold, entered-in-error, deleted
    author_name: str = ""          # who wrote it there, as named on the resource

    def key(self) -> tuple[str, str]:
        return (self.resource_type, self.server_id)


@dataclass(frozen=True)
class CaseloadEntry:
    """A client the server says is the worker's (or was, until ``removed_at``)."""

    server: str
    client_id: str
    patient_id: str
    via: str                       # "careteam" or "group"
    joined_at: str
    updated_at: str                # the last pull that brought this client up to date
    removed_at: str | None = None


_RECORD_COLUMNS = ("server, resource_type, server_id, record_id, kind, client_id, version_id, last_updated, "
                   "server_status, local_version, pulled_at, changed_at, change, author_name")
_CASELOAD_COLUMNS = "server, client_id, patient_id, via, joined_at, updated_at, removed_at"
# Rows that still wait for the server: a client is purged only when it has none.
_UNCONFIRMED = ("'pending', 'failed', 'conflict'")


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """Pieces small enough for SQLite's variable limit."""
    return [items[i:i + size] for i in range(0, len(items), size)]


class PullRepository:
    """Reads and writes the pull's tables; writes happen inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- provenance ------------------------------------------------------------------

    def records(self, server: str) -> dict[tuple[str, str], ServerRecord]:
        """(resource type, server id) → what was applied, for one server."""
        rows = self._conn.execute(f"SELECT {_RECORD_COLUMNS} FROM server_records WHERE server = ?",
                                  (server,)).fetchall()
        return {(r[1], r[2]): ServerRecord(*r) for r in rows}

    def for_client(self, client_id: str) -> list[ServerRecord]:
        """Everything pulled for one client (its Patient, CAVE, orders, doses by others …)."""
        rows = self._conn.execute(f"SELECT {_RECORD_COLUMNS} FROM server_records WHERE client_id = ?",
                                  (client_id,)).fetchall()
        return [ServerRecord(*r) for r in rows]

    def owned_record_ids(self, record_ids: list[str]) -> set[str]:
        """Those of ``record_ids`` that came from a server (their main resource, not a CAVE entry)."""
        found: set[str] = set()
        for chunk in _chunks(record_ids):
            rows = self._conn.execute(
                f"SELECT DISTINCT record_id FROM server_records WHERE kind != 'allergy' AND record_id IN "
                f"({','.join('?' * len(chunk))})", chunk).fetchall()
            found.update(r[0] for r in rows)
        return found

    def save(self, record: ServerRecord) -> None:
        """Insert or replace one provenance row."""
        self._conn.execute(
            f"INSERT OR REPLACE INTO server_records ({_RECORD_COLUMNS}) VALUES ({','.join('?' * 14)})",
            (record.server, record.resource_type, record.server_id, record.record_id, record.kind,
             record.client_id, record.version_id, record.last_updated, record.server_status,
             record.local_version, record.pulled_at, record.changed_at, record.change, record.author_name))

    def server_ids(self, server: str) -> dict[tuple[str, str], str]:
        """(resource type, local record id) → server id: how the push names pulled records there."""
        rows = self._conn.execute(
            "SELECT resource_type, record_id, server_id FROM server_records WHERE server = ? AND kind != 'allergy'",
            (server,)).fetchall()
        return {(t, local): remote for t, local, remote in rows}

    def pulled_versions(self, server: str, record_ids: list[str]) -> dict[str, tuple[int, str]]:
        """record id → (local version the pull wrote, the server's versionId it came with)."""
        found: dict[str, tuple[int, str]] = {}
        for chunk in _chunks(record_ids):
            rows = self._conn.execute(
                "SELECT record_id, local_version, version_id FROM server_records WHERE server = ? "
                f"AND kind != 'allergy' AND version_id IS NOT NULL AND record_id IN ({','.join('?' * len(chunk))})",
                [server, *chunk]).fetchall()
            found.update({r[0]: (r[1] or 0, r[2]) for r in rows})
        return found

    # -- the caseload ----------------------------------------------------------------

    def caseload(self, server: str) -> list[CaseloadEntry]:
        """Every client of the caseload on ``server``, removed ones included."""
        rows = self._conn.execute(f"SELECT {_CASELOAD_COLUMNS} FROM caseload WHERE server = ? ORDER BY joined_at",
                                  (server,)).fetchall()
        return [CaseloadEntry(*r) for r in rows]

    def caseload_entry(self, client_id: str) -> CaseloadEntry | None:
        """The client's place in a caseload (the newest, if several servers had it)."""
        row = self._conn.execute(f"SELECT {_CASELOAD_COLUMNS} FROM caseload WHERE client_id = ? "
                                 "ORDER BY updated_at DESC LIMIT 1", (client_id,)).fetchone()
        return CaseloadEntry(*row) if row else None

    def join(self, server: str, client_id: str, patient_id: str, via: str, now: dt.datetime) -> None:
        """The client is (again) in the caseload: a removal that had not happened yet is called off."""
        when = to_db(now)
        self._conn.execute(
            f"INSERT INTO caseload ({_CASELOAD_COLUMNS}) VALUES (?,?,?,?,?,?,NULL) "
            "ON CONFLICT(server, client_id) DO UPDATE SET patient_id = excluded.patient_id, via = excluded.via, "
            "removed_at = NULL", (server, client_id, patient_id, via, when, when))

    def touch(self, server: str, client_ids: list[str], now: dt.datetime) -> None:
        """These clients were brought up to date from the server just now."""
        self._conn.executemany("UPDATE caseload SET updated_at = ? WHERE server = ? AND client_id = ?",
                               [(to_db(now), server, c) for c in client_ids])

    def mark_removed(self, server: str, client_id: str, now: dt.datetime) -> None:
        """The client left the caseload; its records go once everything written for it is confirmed."""
        self._conn.execute("UPDATE caseload SET removed_at = ? WHERE server = ? AND client_id = ? "
                           "AND removed_at IS NULL", (to_db(now), server, client_id))

    def unconfirmed_rows(self, client_id: str) -> int:
        """Outbox rows of the client's records the server has not confirmed (waiting, refused, in conflict)."""
        return self._conn.execute(
            "SELECT count(*) FROM outbox o JOIN record_versions v ON v.version_id = o.ref "
            f"WHERE o.entity = 'record' AND o.state IN ({_UNCONFIRMED}) AND v.client_id = ?",
            (client_id,)).fetchone()[0]

    def unconfirmed_record_ids(self) -> set[str]:
        """Records with a local version the server has not confirmed: a pull must not write over them."""
        rows = self._conn.execute(
            "SELECT DISTINCT v.record_id FROM outbox o JOIN record_versions v ON v.version_id = o.ref "
            f"WHERE o.entity = 'record' AND o.state IN ({_UNCONFIRMED})").fetchall()
        return {r[0] for r in rows}

    # -- watermarks ------------------------------------------------------------------

    def watermark(self, server: str, scope: str) -> str | None:
        """The server time (FHIR instant) from which changes are still to be pulled, or None."""
        row = self._conn.execute("SELECT watermark FROM pull_watermarks WHERE server = ? AND scope = ?",
                                 (server, scope)).fetchone()
        return row[0] if row else None

    def set_watermark(self, server: str, scope: str, instant: str, now: dt.datetime) -> None:
        """Remember up to when ``server`` has been pulled."""
        self._conn.execute(
            "INSERT INTO pull_watermarks (server, scope, watermark, updated_at) VALUES (?,?,?,?) "
            "ON CONFLICT(server, scope) DO UPDATE SET watermark = excluded.watermark, "
            "updated_at = excluded.updated_at", (server, scope, instant, to_db(now)))
