"""SQLite storage: current versions, full history and search indexes.

One connection (``check_same_thread=False``) guarded by one re-entrant lock;
the HTTP server is threaded but every interaction runs inside
`Storage.transaction`, so writes are serialised and a transaction Bundle is
genuinely all-or-nothing (SQLite ROLLBACK). Deletions leave a tombstone row
(``deleted = 1``) so that reads answer 410 Gone rather than 404.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .instants import format_instant
from .search import CompiledSearch, date_rows, reference_rows, token_rows

_SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    last_updated TEXT NOT NULL,
    last_updated_us INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    json TEXT,
    PRIMARY KEY (type, id)
);
CREATE INDEX IF NOT EXISTS resources_by_time ON resources (type, last_updated_us);
CREATE TABLE IF NOT EXISTS history (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    last_updated TEXT NOT NULL,
    last_updated_us INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    json TEXT,
    PRIMARY KEY (type, id, version_id)
);
CREATE TABLE IF NOT EXISTS token_index (
    type TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL,
    system TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS token_lookup ON token_index (type, param, value);
CREATE INDEX IF NOT EXISTS token_owner ON token_index (type, id);
CREATE TABLE IF NOT EXISTS reference_index (
    type TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL,
    ref TEXT NOT NULL, ref_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reference_lookup ON reference_index (type, param, ref);
CREATE INDEX IF NOT EXISTS reference_owner ON reference_index (type, id);
CREATE TABLE IF NOT EXISTS date_index (
    type TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL,
    lo_us INTEGER NOT NULL, hi_us INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS date_lookup ON date_index (type, param, lo_us);
CREATE INDEX IF NOT EXISTS date_owner ON date_index (type, id);
"""

_COLUMNS = "type, id, version_id, last_updated_us, deleted, json"


@dataclass(frozen=True)
class StoredVersion:
    """One version of a resource as stored (`resource` is None for a deletion)."""

    type: str
    id: str
    version_id: int
    last_updated_us: int
    deleted: bool
    resource: dict[str, Any] | None

    @property
    def last_updated(self) -> str:
        """meta.lastUpdated / entry.response.lastModified as a FHIR instant."""
        return format_instant(self.last_updated_us)

    @property
    def etag(self) -> str:
        """The weak ETag FHIR uses for versions: ``W/"3"``."""
        return f'W/"{self.version_id}"'

    @property
    def location(self) -> str:
        """Relative version URL: ``Patient/123/_history/3``."""
        return f"{self.type}/{self.id}/_history/{self.version_id}"


class Storage:
    """Resource store over SQLite; a file path or None for an in-memory database."""

    def __init__(self, path: str | None = None) -> None:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so a whole
        # transaction Bundle is one SQLite transaction.
        self._conn = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None)
        self.lock = threading.RLock()
        self._in_transaction = False
        with self.lock:
            self._conn.executescript(_SCHEMA)
            row = self._conn.execute("SELECT MAX(last_updated_us) FROM history").fetchone()
        self._last_us = row[0] or 0

    def close(self) -> None:
        """Close the database connection."""
        with self.lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and an SQLite transaction; roll back if the block raises.

        Nested use joins the outer transaction (so one rollback undoes it all).
        """
        with self.lock:
            if self._in_transaction:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._in_transaction = False

    # --- reads -------------------------------------------------------------------

    def current(self, type_: str, id_: str) -> StoredVersion | None:
        """The current version (possibly a deletion tombstone), or None if never stored."""
        with self.lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM resources WHERE type = ? AND id = ?", (type_, id_)
            ).fetchone()
        return _version(row) if row else None

    def version(self, type_: str, id_: str, version_id: int) -> StoredVersion | None:
        """A specific historical version, or None."""
        with self.lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM history WHERE type = ? AND id = ? AND version_id = ?",
                (type_, id_, version_id),
            ).fetchone()
        return _version(row) if row else None

    def history(self, type_: str, id_: str) -> list[StoredVersion]:
        """All versions of one resource, oldest first."""
        with self.lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM history WHERE type = ? AND id = ? ORDER BY version_id",
                (type_, id_),
            ).fetchall()
        return [_version(r) for r in rows]

    def search(self, type_: str, query: CompiledSearch) -> tuple[int, list[StoredVersion]]:
        """``(total, page)`` of live resources of `type_` matching `query`."""
        where = "r.type = ? AND r.deleted = 0" + "".join(f" AND ({c.sql})" for c in query.clauses)
        params: list[Any] = [type_] + [p for c in query.clauses for p in c.params]
        with self.lock:
            total = self._conn.execute(f"SELECT COUNT(*) FROM resources r WHERE {where}", params).fetchone()[0]
            if query.summary_count or query.count == 0:
                return total, []
            rows = self._conn.execute(
                f"SELECT {_prefixed('r')} FROM resources r WHERE {where} "
                f"ORDER BY {query.order_by} LIMIT ? OFFSET ?",
                [*params, query.count, query.offset],
            ).fetchall()
        return total, [_version(r) for r in rows]

    def count(self, type_: str | None = None) -> int:
        """Number of live (not deleted) resources, of one type or all."""
        sql, params = "SELECT COUNT(*) FROM resources WHERE deleted = 0", []
        if type_ is not None:
            sql, params = sql + " AND type = ?", [type_]
        with self.lock:
            return self._conn.execute(sql, params).fetchone()[0]

    def identifier_values(self, type_: str) -> list[str]:
        """Identifier values of live resources of a type, in lastUpdated order."""
        with self.lock:
            rows = self._conn.execute(
                "SELECT t.value FROM token_index t JOIN resources r ON r.type = t.type AND r.id = t.id "
                "WHERE t.type = ? AND t.param = 'identifier' ORDER BY r.last_updated_us, r.id, t.rowid",
                (type_,),
            ).fetchall()
        return [r[0] for r in rows]

    # --- writes (call inside `transaction`) ----------------------------------------

    def write(self, type_: str, id_: str, resource: dict[str, Any] | None,
              at_us: int | None = None) -> StoredVersion:
        """Store the next version of a resource; `resource` None records a deletion.

        ``at_us`` (seeding only) stamps the version with that time instead of now, so a test
        can hold a record written over months; later writes are still stamped after every
        earlier one.
        """
        with self.lock:
            row = self._conn.execute(
                "SELECT version_id FROM resources WHERE type = ? AND id = ?", (type_, id_)
            ).fetchone()
            version_id = (row[0] if row else 0) + 1
            us = self._next_timestamp() if at_us is None else at_us
            stamped = _stamp(resource, id_, version_id, us) if resource is not None else None
            text = json.dumps(stamped, separators=(",", ":"), ensure_ascii=False) if stamped else None
            values = (type_, id_, version_id, format_instant(us), us, int(stamped is None), text)
            self._conn.execute("INSERT OR REPLACE INTO resources VALUES (?, ?, ?, ?, ?, ?, ?)", values)
            self._conn.execute("INSERT INTO history VALUES (?, ?, ?, ?, ?, ?, ?)", values)
            self._reindex(type_, id_, stamped)
        return StoredVersion(type_, id_, version_id, us, stamped is None, stamped)

    def clear(self) -> None:
        """Delete everything (resources, history, indexes)."""
        with self.transaction():
            for table in ("resources", "history", "token_index", "reference_index", "date_index"):
                self._conn.execute(f"DELETE FROM {table}")

    def _reindex(self, type_: str, id_: str, resource: dict[str, Any] | None) -> None:
        self._conn.execute("DELETE FROM token_index WHERE type = ? AND id = ?", (type_, id_))
        self._conn.execute("DELETE FROM reference_index WHERE type = ? AND id = ?", (type_, id_))
        self._conn.execute("DELETE FROM date_index WHERE type = ? AND id = ?", (type_, id_))
        if resource is None:
            return
        self._conn.executemany(
            "INSERT INTO date_index VALUES (?, ?, ?, ?, ?)",
            [(type_, id_, param, lo, hi) for param, lo, hi in date_rows(resource)],
        )
        self._conn.executemany(
            "INSERT INTO token_index VALUES (?, ?, ?, ?, ?)",
            [(type_, id_, t.param, t.system, t.value) for t in token_rows(resource)],
        )
        self._conn.executemany(
            "INSERT INTO reference_index VALUES (?, ?, ?, ?, ?)",
            [(type_, id_, x.param, x.ref, x.ref_id) for x in reference_rows(resource)],
        )

    def _next_timestamp(self) -> int:
        # Strictly increasing, so every write has a distinct lastUpdated and
        # `_lastUpdated=gt<last seen>` incremental pulls never miss or repeat one.
        self._last_us = max(time.time_ns() // 1000, self._last_us + 1)
        return self._last_us


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _COLUMNS.split(","))


def _version(row: tuple[Any, ...]) -> StoredVersion:
    type_, id_, version_id, us, deleted, text = row
    return StoredVersion(type_, id_, version_id, us, bool(deleted), json.loads(text) if text else None)


def _stamp(resource: dict[str, Any], id_: str, version_id: int, us: int) -> dict[str, Any]:
    """Copy of `resource` with server-owned id and meta, keys in the usual order."""
    meta = dict(resource.get("meta") or {})
    meta.update(versionId=str(version_id), lastUpdated=format_instant(us))
    rest = {k: v for k, v in resource.items() if k not in ("resourceType", "id", "meta")}
    return {"resourceType": resource["resourceType"], "id": id_, "meta": meta, **rest}
