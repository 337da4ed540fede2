"""Repair: copy every row that can still be read into a fresh encrypted database.

Nothing in the damaged journal is changed or removed: it is read through
:func:`~desktop.store.integrity.frozen_view`. Each table is read in rowid order;
where a page cannot be read, the reader steps past it (doubling the step until a
read succeeds, then looking up each rowid in the gap one by one, with a fresh
connection after each failure, since SQLCipher keeps failing on a connection
that met a bad page), so one bad page costs only the rows on it.

The new journal gets the same key and key info (same keyring entry, same
passphrase), the same device id, worker and settings, and:

- ``record_heads`` (an index of the current versions) is rebuilt from the record
  versions that were read;
- an outbox row whose record version or audit event was lost is dropped (the
  report counts those that had not reached the server: the only real losses);
- a record version or audit event whose outbox row was lost is queued again as
  pending: every upload is an idempotent ``PUT`` of its own id, so sending one the
  server already has doubles nothing.

What the server already has comes back at the next sync's pull.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.records import WorkerRef
from .connection import Connection, DatabaseError
from .integrity import frozen_view
from .keys import KeyInfo
from .timefmt import to_db

_BATCH = 500
_MAX_ROWID = 2 ** 63 - 1
_TAIL_GIVE_UP = 4096           # bad rowids in a row at the end of a table before it is given up
_REBUILT = {"record_heads"}     # an index of current versions: rebuilt, never copied


@dataclass
class SalvageReport:
    """How many rows of each table were copied, and what was lost."""

    copied: dict[str, int] = field(default_factory=dict)
    unreadable_rows: dict[str, int] = field(default_factory=dict)   # rowids seen missing inside bad stretches
    skipped_tables: list[str] = field(default_factory=list)
    lost_unsent: int = 0        # outbox rows not yet synced whose record or event could not be read
    requeued: int = 0           # records and events whose outbox row was lost, queued again
    heads: int = 0

    @property
    def complete(self) -> bool:
        return not self.unreadable_rows and not self.skipped_tables and not self.lost_unsent


def salvage_journal(source_db: Path, key: bytes | None, target: Connection, now: dt.datetime) -> SalvageReport:
    """Copy what can be read from ``source_db`` into ``target`` (a fresh journal of the same schema);
    ``now`` dates the outbox rows queued again."""
    report = SalvageReport()
    with frozen_view(source_db, key) as open_view:
        reader = _Reader(open_view)
        try:
            tables = reader.tables()
            target_tables = {name for (name,) in target.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
            target.execute("BEGIN IMMEDIATE")
            for name, without_rowid in tables:
                if name in _REBUILT:
                    continue
                if name not in target_tables:
                    report.skipped_tables.append(name)
                    continue
                columns = _common_columns(reader, target, name)
                if without_rowid:
                    _copy_scan(reader, target, name, columns, report)
                else:
                    _copy_by_rowid(reader, target, name, columns, report)
            _rebuild(target, report, to_db(now))
            target.execute("COMMIT")
        except BaseException:
            if target.in_transaction:
                target.execute("ROLLBACK")
            raise
        finally:
            reader.close()
    return report


class _Reader:
    """A read connection that is opened again after each bad page."""

    def __init__(self, open_view: Callable[[], Connection]) -> None:
        self._open = open_view
        self._conn: Connection | None = None

    def query(self, sql: str, args: tuple = ()) -> list[tuple]:
        if self._conn is None:
            self._conn = self._open()
        try:
            return self._conn.execute(sql, args).fetchall()
        except DatabaseError:
            self.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    def tables(self) -> list[tuple[str, bool]]:
        rows = self.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return [(name, "WITHOUT ROWID" in (sql or "").upper()) for name, sql in rows]


def _common_columns(reader: _Reader, target: Connection, table: str) -> list[str]:
    source = [row[1] for row in reader.query(f'PRAGMA table_info("{table}")')]
    wanted = {row[1] for row in target.execute(f'PRAGMA table_info("{table}")')}
    return [c for c in source if c in wanted]


def _insert(target: Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    # meta: the damaged journal's device id, worker and settings replace the fresh ones.
    verb = "INSERT OR REPLACE" if table == "meta" else "INSERT OR IGNORE"
    target.executemany(f'{verb} INTO "{table}" ({names}) VALUES ({marks})', rows)


def _copy_by_rowid(reader: _Reader, target: Connection, table: str, columns: list[str],
                   report: SalvageReport) -> None:
    select = ", ".join(f'"{c}"' for c in columns)
    last = -_MAX_ROWID - 1          # every rowid up to here has been dealt with
    batch = _BATCH
    copied = unreadable = 0
    while last < _MAX_ROWID:
        try:
            rows = reader.query(f'SELECT rowid, {select} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
                                (last, batch))
        except DatabaseError:
            if batch > 1:           # a bad page somewhere in the next rows: go one row at a time to it
                batch = 1
                continue
            found, missing, last = _step_past(reader, table, select, last)
            _insert(target, table, columns, found)
            copied += len(found)
            unreadable += missing
            batch = _BATCH          # past the bad stretch: whole batches again
            continue
        if not rows:
            break
        _insert(target, table, columns, [r[1:] for r in rows])
        copied += len(rows)
        last = rows[-1][0]
    report.copied[table] = copied
    if unreadable:
        report.unreadable_rows[table] = unreadable


def _step_past(reader: _Reader, table: str, select: str, last: int) -> tuple[list[tuple], int, int]:
    """The row after rowid ``last`` sits on a page that cannot be read: step past the bad stretch.

    Returns the rows that could still be read in it, how many rowids in it could not be
    read (an upper bound: a rowid that never existed counts too), and the rowid dealt with up to.
    """
    step, upper, tail = 1, _MAX_ROWID, False
    while True:   # double the step until a read lands beyond the bad pages
        probe = last + step
        if probe > _MAX_ROWID:
            tail = True     # bad to the end of the table (the last page, or the path to it)
            break
        try:
            rows = reader.query(f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1', (probe,))
        except DatabaseError:
            step *= 2
            continue
        upper = rows[0][0] if rows else probe
        break
    found: list[tuple] = []
    missing = failures_in_a_row = 0
    rowid = last
    while rowid < upper:        # each rowid in the gap on its own: rows on good pages there are kept
        rowid += 1
        try:
            found += reader.query(f'SELECT {select} FROM "{table}" WHERE rowid = ?', (rowid,))
            failures_in_a_row = 0
        except DatabaseError:
            missing += 1
            failures_in_a_row += 1
            if tail and failures_in_a_row >= _TAIL_GIVE_UP:
                return found, missing, _MAX_ROWID
    return found, missing, _MAX_ROWID if tail else upper


def _copy_scan(reader: _Reader, target: Connection, table: str, columns: list[str],
               report: SalvageReport) -> None:
    """A table without rowids: read it whole, or keep what came before the first bad page."""
    select = ", ".join(f'"{c}"' for c in columns)
    try:
        rows = reader.query(f'SELECT {select} FROM "{table}"')
    except DatabaseError:
        report.unreadable_rows[table] = -1
        return
    _insert(target, table, columns, rows)
    report.copied[table] = len(rows)


def _rebuild(target: Connection, report: SalvageReport, now: str) -> None:
    """Heads from the versions read; outbox rows for what was read, and only for that."""
    target.execute("""INSERT INTO record_heads
        (client_id, kind, occurred_at, record_id, version_seq, version, status, payload)
        SELECT coalesce(v.client_id, ''), v.kind, v.occurred_at, v.record_id, v.seq, v.version, v.status, v.payload
        FROM record_versions v
        WHERE v.version = (SELECT max(w.version) FROM record_versions w WHERE w.record_id = v.record_id)""")
    report.heads = target.execute("SELECT count(*) FROM record_heads").fetchone()[0]
    orphans = """FROM outbox WHERE (entity = 'record' AND ref NOT IN (SELECT version_id FROM record_versions))
                 OR (entity = 'audit' AND ref NOT IN (SELECT event_id FROM audit_log))"""
    report.lost_unsent = target.execute(f"SELECT count(*) {orphans} AND state != 'synced'").fetchone()[0]
    target.execute(f"DELETE {orphans}")
    before = target.execute("SELECT count(*) FROM outbox").fetchone()[0]
    target.execute("""INSERT INTO outbox (entity, ref, kind, created_at)
        SELECT 'record', version_id, kind, ? FROM record_versions
        WHERE version_id NOT IN (SELECT ref FROM outbox) ORDER BY seq""", (now,))
    target.execute("""INSERT INTO outbox (entity, ref, kind, created_at)
        SELECT 'audit', event_id, 'audit', ? FROM audit_log
        WHERE event_id NOT IN (SELECT ref FROM outbox) ORDER BY seq""", (now,))
    report.requeued = target.execute("SELECT count(*) FROM outbox").fetchone()[0] - before


def repair_copy(source_db: Path, key: bytes, info: KeyInfo, worker: WorkerRef | None, out_dir: Path,
                now: dt.datetime) -> SalvageReport:
    """Copy what can be read of ``source_db`` into a new journal in ``out_dir`` (same key and key info).

    ``out_dir`` appears only once the copy is complete; the source is never written.
    """
    from .database import Database   # the database module does not import this one
    reports: list[SalvageReport] = []
    Database.create_repair_copy(out_dir, info, key, worker,
                                lambda conn: reports.append(salvage_journal(source_db, key, conn, now)))
    return reports[0]
