"""What the rules found in pulled records, per record version (schema 5, ``pulled_findings``).

The pull writes here inside its own transaction (``desktop.sync.pull_rules``); the services
read what shows now. A record version's row holds its findings as JSON; a row with none
(``[]``) is written only when it supersedes an earlier row of the same record, so the table
holds nothing for the many records that never broke a rule.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.overrides import Rule
from ..domain.record_rules import Finding
from .connection import Connection
from .timefmt import from_db, to_db


@dataclass(frozen=True)
class StoredFinding:
    """One rule a pulled record version breaks, as kept."""

    record_id: str
    version: int
    client_id: str | None
    finding: Finding
    judged_at: dt.datetime


def _encode(findings: Sequence[Finding]) -> str:
    return json.dumps([{"rule": f.rule.value, "field": f.field, "message_nb": f.message_nb,
                        "message_en": f.message_en} for f in findings], ensure_ascii=False, separators=(",", ":"))


def _decode(text: str) -> list[Finding]:
    found = []
    for item in json.loads(text):
        try:
            rule = Rule(item["rule"])
        except ValueError:
            continue   # a rule this version does not know (written by a newer one): not shown, not lost
        found.append(Finding(rule, item["field"], item["message_nb"], item["message_en"]))
    return found


class PulledFindingRepository:
    """Reads and writes ``pulled_findings``; writes happen inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def judged(self, record_id: str, version: int, client_id: str | None, server: str,
               findings: Sequence[Finding], now: dt.datetime) -> None:
        """Keep what the rules found in one record version (replacing an earlier judgement of that version)."""
        if not findings:
            earlier = self._conn.execute("SELECT 1 FROM pulled_findings WHERE record_id = ? LIMIT 1",
                                         (record_id,)).fetchone()
            if earlier is None:
                return   # nothing to supersede: a clean record leaves no row
        self._conn.execute(
            "INSERT OR REPLACE INTO pulled_findings (record_id, version, client_id, server, findings, judged_at) "
            "VALUES (?,?,?,?,?,?)", (record_id, version, client_id, server, _encode(findings), to_db(now)))

    def record_ids(self) -> set[str]:
        """Every record with a judgement kept (the few that ever broke a rule)."""
        return {r[0] for r in self._conn.execute("SELECT DISTINCT record_id FROM pulled_findings").fetchall()}

    def current(self, client_id: str) -> list[StoredFinding]:
        """The findings that show for a client: those of each record's newest judged version, while the
        record is not entered in error (a record out of use has nothing to warn about)."""
        rows = self._conn.execute(
            "SELECT f.record_id, f.version, f.client_id, f.findings, f.judged_at FROM pulled_findings f "
            "JOIN record_heads h ON h.record_id = f.record_id AND h.status = 'active' "
            "WHERE f.client_id = ? AND f.findings != '[]' AND f.version = "
            "(SELECT max(g.version) FROM pulled_findings g WHERE g.record_id = f.record_id) "
            "ORDER BY f.judged_at, f.record_id", (client_id,)).fetchall()
        return [StoredFinding(r[0], r[1], r[2], finding, from_db(r[4]))
                for r in rows for finding in _decode(r[3])]

    def for_version(self, record_id: str, version: int) -> list[Finding] | None:
        """What was found in one version (None: it was never judged, or judged clean without a row)."""
        row = self._conn.execute("SELECT findings FROM pulled_findings WHERE record_id = ? AND version = ?",
                                 (record_id, version)).fetchone()
        return None if row is None else _decode(row[0])
