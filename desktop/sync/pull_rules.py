"""The domain's rules on what the pull writes: judged, kept and shown — never refused.

The :class:`~desktop.sync.pull_apply.Applier` calls :meth:`PulledRules.judge` with every
record version just before it appends it, inside the pull's one transaction. The context is
the one every local save uses (``domain.rule_context.context_for``), read on the pull's own
connection, so it sees what this pull wrote a moment ago: a CAVE entry pulled in the same run
makes an order for that drug a finding; a colleague's as-needed dose is counted with the
doses pulled before it. The record is written whatever is found — the server's record is the
truth, and the worker must see it — and the findings go to ``pulled_findings`` for the window.

One thing the server cannot say is *when* the prescriber stopped or paused an order (R4 has no
status date): a dose given before the server last wrote the stopped order may have been given
while it was in force, and is judged so (:meth:`PulledRules._as_given`); a dose given after it
is a finding.

When a client's CAVE changes, the orders the pull brought down for that client are judged
again (:meth:`PulledRules.rejudge`): an order pulled last week for a drug the record now says
the client must not have is a finding now, and one whose CAVE entry was lifted no longer is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from ..domain import record_rules
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.kinds import client_id_of
from ..domain.medication import Administration
from ..domain.record_rules import Finding, RuleContext
from ..domain.rule_context import context_for
from ..store.connection import Connection
from ..store.procedure import read_procedure
from ..store.pulled_findings import PulledFindingRepository
from ..store.records import RecordRepository
from ..support.catalogue_files import shipped_catalogue


def rule_break_texts(count: int) -> tuple[str, str]:
    """The summary's clause for ``count`` pulled records that break a rule ("" when none)."""
    if not count:
        return "", ""
    if count == 1:
        return "; 1 hentet oppføring bryter en regel", "; 1 pulled record breaks a rule"
    return f"; {count} hentede oppføringer bryter en regel", f"; {count} pulled records break a rule"


class PulledRules:
    """Judges pulled record versions in the pull's transaction and keeps what is found."""

    def __init__(self, conn: Connection, records: RecordRepository, server: str, now: dt.datetime,
                 broken: set[str], order_written_at: Callable[[str], dt.datetime | None] = lambda _id: None) -> None:
        self.records = records
        self.findings = PulledFindingRepository(conn)
        self.server = server
        self.now = now
        self.procedure = read_procedure(conn)      # the journal's procedure, as a local save uses
        self._catalogue: DrugCatalogue | None = None
        self.broken = broken                       # record ids whose newest pulled version breaks a rule
        self._with_rows = self.findings.record_ids()   # records judged before with a finding (to supersede)
        self._order_written_at = order_written_at      # the server's lastUpdated of a pulled order

    def catalogue(self) -> DrugCatalogue:
        """The catalogue the CAVE check uses (the services' shipped list), read once per pull."""
        if self._catalogue is None:
            self._catalogue = shipped_catalogue()
        return self._catalogue

    def judge(self, record: Any) -> list[Finding]:
        """Judge ``record`` before it is appended (the journal still holds the version it replaces)."""
        if record.meta.entered_in_error or not isinstance(record, record_rules.JUDGED_TYPES):
            # Out of use (its own mark is what the window shows), or a kind no rule looks at: nothing
            # to warn about, and no context to read for it.
            found: list[Finding] = []
        else:
            found = record_rules.received(record, self._context(record))
        self._keep(record, found)
        return found

    def rejudge(self, record_ids: Iterable[str]) -> None:
        """Judge these records' current versions again (after the client's CAVE changed)."""
        for record_id in record_ids:
            record = self.records.get(record_id)
            if record is None or record.meta.entered_in_error:
                continue
            self._keep(record, record_rules.received(record, self._context(record)))

    def _context(self, record: Any) -> RuleContext:
        ctx = context_for(self.records, record, self.procedure, self.catalogue())
        return self._as_given(record, ctx) if isinstance(record, Administration) else ctx

    def _as_given(self, dose: Administration, ctx: RuleContext) -> RuleContext:
        """The dose's order as it stood when the dose was given, as far as the server lets us know.

        A stopped or paused order from the server has no stop time, only the time the server last
        wrote it (at or after the stop). A dose given before that is given the benefit of the doubt:
        judged against the order in force (every other rule still applies); one given after it is not.
        """
        order = ctx.order
        if order is None or not order.suspended or order.meta.entered_in_error:
            return ctx
        written = self._order_written_at(order.order_id)
        if written is None or dose.meta.occurred_at >= written:
            return ctx
        return dataclasses.replace(ctx, order=dataclasses.replace(order, suspended=False))

    def _keep(self, record: Any, found: list[Finding]) -> None:
        meta = record.meta
        if found or meta.record_id in self._with_rows:   # a clean record with nothing to supersede: no row
            self.findings.judged(meta.record_id, meta.version, client_id_of(record), self.server, found, self.now)
            self._with_rows.add(meta.record_id)
        if found:
            self.broken.add(meta.record_id)
        else:
            self.broken.discard(meta.record_id)
