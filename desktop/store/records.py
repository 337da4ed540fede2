"""Record versions: append, read the current one, read the history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from ..domain.codec import from_plain, to_plain
from ..domain.kinds import RECORD_KINDS, client_id_of, kind_of
from ..domain.records import RecordMeta
from .connection import Connection, DatabaseError, is_damage
from .errors import VersionConflict
from .timefmt import to_db

_INSERT_VERSION = """INSERT INTO record_versions
    (version_id, record_id, version, kind, client_id, occurred_at, recorded_at, author_hpr,
     device_id, status, replaces, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"""
# The head is keyed by (client, kind, time) so a client's records are read from neighbouring pages
# (schema 2); a new version replaces the head, which may move when the event time was corrected.
_INSERT_HEAD = """INSERT INTO record_heads
    (client_id, kind, occurred_at, record_id, version_seq, version, status, payload) VALUES (?,?,?,?,?,?,?,?)"""


def decode(kind: str, payload: str) -> Any:
    """A record dataclass from its stored JSON."""
    return from_plain(RECORD_KINDS[kind], json.loads(payload))


class RecordRepository:
    """The only code that reads and writes record versions."""

    def __init__(self, conn: Connection, reopen: Callable[[], Connection] | None = None) -> None:
        self._conn = conn
        # Given by the Database: a fresh connection after a page that cannot be read (see get_versions).
        self._reopen = reopen

    def append(self, record: Any) -> str:
        """Store a new version; the caller holds the write transaction. Returns the kind."""
        meta: RecordMeta = record.meta
        kind = kind_of(record)
        client_id = client_id_of(record)
        if meta.version > 1:
            head = self._conn.execute("SELECT v.version_id FROM record_heads h JOIN record_versions v "
                                      "ON v.seq = h.version_seq WHERE h.record_id = ?",
                                      (meta.record_id,)).fetchone()
            if head is None or head[0] != meta.replaces:
                raise VersionConflict()
            self._conn.execute("DELETE FROM record_heads WHERE record_id = ?", (meta.record_id,))
        occurred = to_db(meta.occurred_at)
        payload = json.dumps(to_plain(record), ensure_ascii=False, separators=(",", ":"))
        cur = self._conn.execute(_INSERT_VERSION, (
            meta.version_id, meta.record_id, meta.version, kind, client_id, occurred,
            to_db(meta.recorded_at), meta.author.hpr, meta.device_id, meta.status.value,
            meta.replaces, payload))
        self._conn.execute(_INSERT_HEAD, (client_id or "", kind, occurred, meta.record_id, cur.lastrowid,
                                          meta.version, meta.status.value, payload))
        return kind

    def get(self, record_id: str) -> Any | None:
        """The current version of a record, or None."""
        row = self._conn.execute("SELECT kind, payload FROM record_heads WHERE record_id = ?",
                                 (record_id,)).fetchone()
        return None if row is None else decode(*row)

    def get_version(self, version_id: str) -> Any | None:
        """One stored version by its version id, current or not."""
        row = self._conn.execute("SELECT kind, payload FROM record_versions WHERE version_id = ?",
                                 (version_id,)).fetchone()
        return None if row is None else decode(*row)

    def get_versions(self, version_ids: list[str]) -> dict[str, Any]:
        """Many stored versions by version id (the sync loads a whole outbox at once).

        A version on a page that cannot be read is left out (so the rest can still be sent);
        the caller sees it missing, as for one that is not there.
        """
        found: dict[str, Any] = {}
        for start in range(0, len(version_ids), 500):  # stay below SQLite's variable limit
            chunk = version_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._conn.execute(f"SELECT version_id, kind, payload FROM record_versions "
                                          f"WHERE version_id IN ({marks})", chunk).fetchall()
            except DatabaseError as exc:
                if self._reopen is None or not is_damage(exc):
                    raise
                rows = self._one_by_one(chunk)
            for version_id, kind, payload in rows:
                found[version_id] = decode(kind, payload)
        return found

    def _one_by_one(self, version_ids: list[str]) -> list[tuple]:
        assert self._reopen is not None
        rows = []
        self._conn = self._reopen()
        for version_id in version_ids:
            try:
                rows += self._conn.execute("SELECT version_id, kind, payload FROM record_versions "
                                           "WHERE version_id = ?", (version_id,)).fetchall()
            except DatabaseError as exc:
                if not is_damage(exc):
                    raise
                self._conn = self._reopen()
        return rows

    def history(self, record_id: str) -> list[Any]:
        """Every version of a record, oldest first."""
        rows = self._conn.execute("SELECT kind, payload FROM record_versions WHERE record_id = ? "
                                  "ORDER BY version", (record_id,)).fetchall()
        return [decode(*r) for r in rows]

    def current(self, kind: str, client_id: str | None = None, since: dt.datetime | None = None,
                until: dt.datetime | None = None, include_in_error: bool = True,
                newest_first: bool = False, limit: int | None = None) -> list[Any]:
        """Current versions of one kind, optionally for one client and a time window."""
        sql = ["SELECT kind, payload FROM record_heads WHERE kind = ?"]
        args: list[Any] = [kind]
        if client_id is not None:
            sql.append("AND client_id = ?")
            args.append(client_id)
        if since is not None:
            sql.append("AND occurred_at >= ?")
            args.append(to_db(since))
        if until is not None:
            sql.append("AND occurred_at < ?")
            args.append(to_db(until))
        if not include_in_error:
            sql.append("AND status = 'active'")
        sql.append("ORDER BY occurred_at DESC" if newest_first else "ORDER BY occurred_at")
        if limit is not None:
            sql.append("LIMIT ?")
            args.append(limit)
        return [decode(*r) for r in self._conn.execute(" ".join(sql), args)]

    def counts(self) -> dict[str, int]:
        """How many records (current heads) there are of each kind."""
        return dict(self._conn.execute("SELECT kind, count(*) FROM record_heads GROUP BY kind").fetchall())

