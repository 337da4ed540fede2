"""The sync engine: outbox → bounded Bundles of idempotent PUTs → rows marked from the server's answers;
then the pull.

The rules it keeps:

* Every entry is ``PUT Type/<record uuid>``, so sending it again — after a lost
  response, a dropped connection or a killed process — leaves one resource on
  the server, never two. Nothing is remembered between requests except in the
  database, so a sync killed at any moment resumes where it was.
* A row is marked synced only from the server's answer *for that entry*
  (200 or 201); a 4xx parks it as failed with the OperationOutcome text; a
  5xx/429/409 for one entry is tried again later.
* ``batch`` is preferred (each entry gets its own answer); ``transaction`` is
  used only when the server refuses batch. A transaction refused because of one
  record is split in halves until that record is alone.
* A Bundle refused as too large (413, or 400 saying so) is halved; the size
  that then works is remembered for that server. A cap costs round trips, never
  records.
* Whole-request failures (no answer, 502/503/504, 429) are retried with
  exponential backoff and jitter, honouring ``Retry-After``; when the server
  stays away the run stops and everything not confirmed stays pending.
* gzip request bodies when the server says it accepts them (RFC 7694
  Accept-Encoding) or has accepted them before; a 415 turns gzip off for that
  server.
* One HTTP connection, kept alive, for the whole run.
* An answer that is lost or cannot be read is never followed by the same Bundle:
  the entries are read back first (see :mod:`desktop.sync.sender`).
* Sync state is per server: the run first makes its server the active one
  (:meth:`~desktop.store.outbox.OutboxRepository.activate_server`), so a new
  server gets everything it lacks. A confirmed version retires earlier ones
  (superseded); a 412 on an If-Match PUT is a conflict the worker sees.
* Persons are resolved by identifier before the first PUT (:mod:`desktop.sync.identity`).
* The server's ``Date`` against the device clock: ``SyncSummary.clock_skew_seconds``.
* This laptop's FHIR ``Device`` is registered at the first contact and read at every one
  (:mod:`desktop.sync.device`; in the pull's first request when the pull runs):
  ``SyncSummary.device_active`` False means municipal IT revoked it.

* After the push, over the same connection, the **pull** brings the worker's caseload down
  (:mod:`desktop.sync.pull`; on by default, ``SyncSettings.pull``), and clients who left the
  caseload are removed from this device once everything written for them is confirmed — the
  audit lines saying so are sent before the run ends.

The engine has no Qt in it: a UI runs :meth:`SyncEngine.run` on a worker
thread and receives :class:`SyncProgress` through the callback.
"""

from __future__ import annotations

import datetime as dt
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.clock import utcnow
from ..store.database import Database
from ..store.errors import DatabaseDamaged
from .auth import Authenticator
from .bundles import EntryAnswer, EntryState
from .clock_skew import clock_skew_seconds, skew_warning
from .connectivity import probe
from .device import DeviceState, device_search, register_device, state_of
from .errors import AuthError
from .http_client import FhirHttpClient, Timeouts
from .persons import resolve_persons
from .planner import PlannedEntry, SyncPlan, plan_sync
from .pull import PullSummary, Puller, engine_fetcher
from .pull_fetch import FetchStopped, Search
from .sender import Sender, StopRun
from .settings import ServerProfile, SyncSettings, record_last_sync
from .summary import FailedRecord, SyncOutcome, SyncProgress, SyncSummary


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try within one run before leaving the rest for the next."""

    attempts: int = 6                 # per Bundle, for whole-request failures
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    max_retry_after_s: float = 300.0  # a longer Retry-After ends the run instead of waiting
    entry_attempts: int = 3           # per entry, for a 5xx/429/409 in its own answer

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with jitter: half fixed, half random, capped."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** max(0, attempt - 1)))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)

    def later(self, attempts: int) -> dt.timedelta:
        """When a row given up on in this run may be tried by an automatic sync again."""
        return dt.timedelta(seconds=min(3600.0, 30.0 * (2 ** min(attempts, 7))))


CONFLICT_NB = ("Noen andre har endret dette på serveren etter versjonen du bygde på. Din versjon er ikke "
               "sendt; se over begge før du retter.")


class SyncEngine:
    """Pushes the outbox to one FHIR server. Build one per run; :meth:`run` does the work."""

    def __init__(self, db: Database, settings: SyncSettings, auth: Authenticator | None = None,
                 retry: RetryPolicy = RetryPolicy(), timeouts: Timeouts = Timeouts(),
                 clock: Callable[[], dt.datetime] = utcnow, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, verify: ssl.SSLContext | None = None) -> None:
        self.db = db
        self.settings = settings.checked()
        self.auth = auth
        self.retry = retry
        self.timeouts = timeouts
        self.clock = clock
        self._sleep = sleep
        self.rng = rng or random.Random()
        self.verify = verify
        self.cancel = threading.Event()
        self._reset(None)

    def _reset(self, progress: Callable[[SyncProgress], None] | None) -> None:
        """Forget the previous run's bookkeeping (everything that lasts is in the database)."""
        self._progress = progress
        self.plan: SyncPlan | None = None
        self.confirmed: set[int] = set()
        self.dead: set[int] = set()
        self._dead_rows: set[int] = set()
        self._client: FhirHttpClient | None = None
        self.sent_rows: set[int] = set()
        self._failed: list[FailedRecord] = []
        self._waiting_reasons: list[str] = []
        self._remaining: dict[int, int] = {}
        self.entry_tries: dict[int, int] = {}
        self._skew: float | None = None
        self._main_version: dict[int, str | None] = {}
        self._pulled: PullSummary | None = None
        self._device_search: Search | None = None
        self._device_active: bool | None = None

    # -- the run -------------------------------------------------------------------

    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            include_deferred: bool = True, push: bool = True) -> SyncSummary:
        """Send everything pending, then pull the caseload (when the settings say so).

        ``include_deferred`` (on demand) ignores retry times set earlier; ``push`` False only
        pulls. Never raises for server trouble: the summary says what happened.
        """
        self._reset(progress)
        started = time.monotonic()
        url = self.settings.server_url or ""
        profile = ServerProfile.load(self.db, url)
        self.report("connecting", message="Kobler til serveren …")
        with FhirHttpClient(url, self.auth, self.timeouts, self.verify) as client:
            self._client = client
            if self.cancel.is_set():    # aborted while the client was being made: fail its first request
                client.abort()
            result = probe(client, authenticated=self.auth is not None)
            self._skew = clock_skew_seconds(result.server_date, self.clock())
            if not result.online or result.capabilities is None:
                outcome = SyncOutcome.CANCELLED if self.cancel.is_set() else SyncOutcome.UNREACHABLE
                return self._summary(outcome, client, started, result.message_nb, result.message_en)
            with self.db.transaction():
                # What another server confirmed is not confirmed here: the states follow this server.
                self.db.outbox.activate_server(url)
            plan = plan_sync(self.db, self.clock(), profile, include_deferred) if push else SyncPlan([], {}, [], [])
            self.plan = plan
            self._remaining = {seq: len(p.entries) for seq, p in plan.rows.items()}
            self._park_unmappable(plan)
            self._keep_local(plan)
            self._waiting_reasons = sorted({h.reason_nb for h in plan.held})
            try:
                sender = Sender(self, client, profile, result.capabilities)
                resolve_persons(self, sender, plan)
                sender.send_all(plan)
                if self.settings.device_check:
                    self._device_search = device_search(self.db.device_id)
                if self.settings.pull and not self.cancel.is_set():
                    self._pull(client, sender, profile, include_deferred)
                self._device_active = self._check_device(client, sender)
            except StopRun as stop:
                # A cancel can surface as a stop from inside a Bundle's retry loop: still a cancel.
                outcome = SyncOutcome.CANCELLED if self.cancel.is_set() else SyncOutcome.UNREACHABLE
                return self._summary(outcome, client, started, stop.message_nb, stop.message_en)
            except AuthError as exc:
                return self._summary(SyncOutcome.UNREACHABLE, client, started, exc.message_nb, exc.message_en)
            if self.cancel.is_set():
                return self._summary(SyncOutcome.CANCELLED, client, started, "Synkroniseringen ble avbrutt.",
                                     "The sync was cancelled.")
            record_last_sync(self.db, self.clock())
            return self._summary(None, client, started, "", "")

    def _pull(self, client: FhirHttpClient, sender: Sender, profile: ServerProfile, include_deferred: bool) -> None:
        """Bring the caseload down; a damaged page stops the pull, never what was sent."""
        try:
            riders = [self._device_search] if self._device_search is not None else []
            self._pulled = Puller(self, client, sender.kind, self._report_pull, profile).run(riders)
        except DatabaseDamaged as exc:
            self._pulled = PullSummary(False, problems=(exc.message_nb,), message_nb=exc.message_nb,
                                       message_en=exc.message_en)
            return
        if self._pulled.removed and not self.cancel.is_set():
            self._send_again(sender, profile, include_deferred)

    def _check_device(self, client: FhirHttpClient, sender: Sender) -> bool | None:
        """This laptop's Device on the server: True active, False revoked, None unknown (never stops the run).

        Read in the pull's first request when the pull ran; alone otherwise. Registered when missing."""
        search = self._device_search
        if search is None or self.cancel.is_set():
            return None
        if not search.done and self._pulled is None:
            try:
                engine_fetcher(self, client, sender.kind, self._report_pull).run([search])
            except FetchStopped:
                return None
        state = state_of(search, self.db.device_id)
        if state is DeviceState.MISSING:
            state = register_device(client, self.db.device_id, self.db.worker, sender.kind)
        return {DeviceState.ACTIVE: True, DeviceState.REVOKED: False}.get(state)

    def abort(self) -> None:
        """Cancel from any thread and cut the request in flight (its connection is shut down), so the
        run ends at once as cancelled; what the server has not confirmed stays waiting."""
        self.cancel.set()
        client = self._client
        if client is not None:
            client.abort()

    def _summary(self, outcome: SyncOutcome | None, client: FhirHttpClient, started: float, message_nb: str,
                 message_en: str) -> SyncSummary:
        with self.db.reading():
            counts = self.db.outbox.counts()
        pulled = self._pulled
        if outcome is None:
            done = counts.pending == 0 and counts.failed == 0 and counts.conflict == 0
            if pulled is not None and not pulled.complete:
                done = False
            outcome = SyncOutcome.COMPLETE if done else SyncOutcome.INCOMPLETE
        sent = len(self.sent_rows)
        if not message_nb:
            clashes_nb = f", {counts.conflict} i konflikt" if counts.conflict else ""
            clashes_en = f", {counts.conflict} in conflict" if counts.conflict else ""
            message_nb = (f"{sent} sendt, {counts.failed} feilet{clashes_nb}, {counts.pending} venter."
                          if outcome is SyncOutcome.INCOMPLETE else f"Alt er synkronisert ({sent} sendt).")
            message_en = (f"{sent} sent, {counts.failed} failed{clashes_en}, {counts.pending} waiting."
                          if outcome is SyncOutcome.INCOMPLETE else f"Everything is synced ({sent} sent).")
            if pulled is not None and pulled.message_nb:
                message_nb += " " + pulled.message_nb
                message_en += " " + pulled.message_en
        warning = skew_warning(self._skew) or ("", "")
        summary = SyncSummary(outcome, sent, list(self._failed), counts.pending, counts.failed, client.requests,
                              client.bytes_sent, time.monotonic() - started, message_nb, message_en,
                              self._waiting_reasons, client.json_bytes, counts.conflict, self._skew, *warning,
                              pull=pulled, device_active=self._device_active)
        self.report("done", message=message_nb)
        return summary

    def report(self, phase: str, message: str = "", received: int = 0) -> None:
        """Tell the progress callback where the run is."""
        if self._progress is None:
            return
        total = len(self.plan.rows) + len(self.plan.unmappable) if self.plan else 0
        failed_rows = sum(1 for f in self._failed if f.seq is not None)
        trips = self._client.requests if self._client is not None else 0
        self._progress(SyncProgress(phase, total, len(self.sent_rows), failed_rows, trips, message, received))

    def _report_pull(self, received: int, message: str) -> None:
        self.report("receiving", message, received)

    def sleep(self, seconds: float, why_nb: str) -> None:
        """Wait (backoff), waking early if the run is cancelled."""
        self.report("waiting", message=why_nb)
        if seconds > 0:
            if self._sleep is time.sleep:
                self.cancel.wait(seconds)
            else:
                self._sleep(seconds)

    # -- bookkeeping of answers --------------------------------------------------------

    def _send_again(self, sender: Sender, profile: ServerProfile, include_deferred: bool) -> None:
        """What the pull queued (the audit lines saying clients were removed from this device) goes up at once."""
        plan = plan_sync(self.db, self.clock(), profile, include_deferred)
        self.plan = plan
        # Entry numbers start again with a new plan; rows (by seq) carry over.
        self.confirmed, self.dead, self.entry_tries, self._main_version = set(), set(), {}, {}
        self._remaining.update({seq: len(p.entries) for seq, p in plan.rows.items()})
        self._park_unmappable(plan)
        self._keep_local(plan)
        resolve_persons(self, sender, plan)
        sender.send_all(plan)

    def _keep_local(self, plan: SyncPlan) -> None:
        """Versions that are not for the server (local notes on the prescriber's order): never sent."""
        if not plan.local_only:
            return
        with self.db.transaction():
            self.db.outbox.mark_local([row.seq for row in plan.local_only])

    def _park_unmappable(self, plan: SyncPlan) -> None:
        if not plan.unmappable:
            return
        with self.db.transaction():
            for skipped in plan.unmappable:
                self.db.outbox.mark_failed(skipped.row.seq, skipped.reason_nb)
        for skipped in plan.unmappable:
            self._failed.append(FailedRecord(skipped.row.seq, skipped.row.kind, skipped.row.ref, skipped.reason_nb))

    def settle(self, results: list[tuple[PlannedEntry, EntryAnswer]], profile_changed: Callable[[], None]) -> None:
        """Write what the server said about these entries, in one transaction."""
        assert self.plan is not None
        now = self.clock()
        synced: list[tuple[int, str | None]] = []
        failed: list[tuple[int, str]] = []
        conflicts: list[tuple[int, str]] = []
        deferred: list[tuple[int, str]] = []
        new_practitioners = False
        for entry, answer in results:
            if answer.state is EntryState.CONFIRMED:
                self.confirmed.add(entry.index)
                if entry.seq is None:
                    assert entry.worker is not None
                    new_practitioners = True
                    continue
                if entry.seq in self._dead_rows:
                    continue
                self._remaining[entry.seq] -= 1
                if entry.index == self.plan.rows[entry.seq].entries[0]:
                    self._main_version[entry.seq] = answer.server_version
                if self._remaining[entry.seq] == 0:
                    synced.append((entry.seq, self._main_version.get(entry.seq)))
            else:
                self.dead.add(entry.index)
                if entry.seq is None:
                    self._failed.append(FailedRecord(None, "practitioner", entry.key[1], answer.reason))
                    continue
                if entry.seq in self._dead_rows:
                    continue
                self._dead_rows.add(entry.seq)
                if answer.state is EntryState.REJECTED:
                    failed.append((entry.seq, answer.reason))
                elif answer.state is EntryState.CONFLICT:
                    conflicts.append((entry.seq, CONFLICT_NB + f" ({answer.reason})"))
                else:
                    deferred.append((entry.seq, answer.reason))
        with self.db.transaction():
            if synced:
                self.db.outbox.mark_synced([s for s, _ in synced], now, [v for _, v in synced],
                                           self.settings.server_url)
            for seq, reason in failed:
                self.db.outbox.mark_failed(seq, reason)
            for seq, reason in conflicts:
                self.db.outbox.mark_conflict(seq, reason)
            for seq, reason in deferred:
                row = self.plan.rows[seq].row
                self.db.outbox.schedule_retry(seq, now + self.retry.later(row.attempts), reason)
        self.sent_rows.update(s for s, _ in synced)
        for seq, reason in failed + conflicts:
            row = self.plan.rows[seq].row
            self._failed.append(FailedRecord(seq, row.kind, row.ref, reason))
        if new_practitioners:
            profile_changed()

    def hold(self, entry: PlannedEntry) -> None:
        """Leave an entry (and its row) for a later run: something it needs did not get through."""
        self.dead.add(entry.index)
        if entry.seq is not None:
            self._dead_rows.add(entry.seq)
            reason = "Venter på en oppføring den viser til, som ikke kom gjennom."
            if reason not in self._waiting_reasons:
                self._waiting_reasons.append(reason)

    def ready(self, entry: PlannedEntry) -> bool:
        """True when what the entry waits for is done; False if it never can be in this run."""
        if entry.seq is not None and entry.seq in self._dead_rows:
            return False
        if any(n not in self.confirmed for n in entry.needs):
            return False
        return not any(a not in self.confirmed and a not in self.dead for a in entry.after)


__all__ = ["RetryPolicy", "SyncEngine"]
