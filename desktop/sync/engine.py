"""The push engine: outbox → bounded Bundles of idempotent PUTs → rows marked from the server's answers.

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

The engine has no Qt in it: a UI runs :meth:`SyncEngine.run` on a worker
thread and receives :class:`SyncProgress` through the callback.
"""

from __future__ import annotations

import datetime as dt
import random
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from ..store.database import Database
from ..store.outbox import OutboxState
from .auth import Authenticator
from .bundles import (EntryAnswer, EntryState, build_bundle, is_not_supported, is_size_refusal, outcome_text,
                      read_bundle_response, retry_after_seconds)
from .connectivity import ServerCapabilities, probe
from .errors import AuthError, SyncError
from .http_client import FhirHttpClient, HttpAnswer, Timeouts, TransportError
from .planner import PlannedEntry, SyncPlan, plan_sync
from .settings import ServerProfile, SyncSettings, record_last_sync


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


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


class SyncOutcome(str, Enum):
    COMPLETE = "complete"          # nothing pending or failed
    INCOMPLETE = "incomplete"      # reached the server; some rows failed or wait
    UNREACHABLE = "unreachable"    # no usable server (down, offline, refused login, stopped mid-way)
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync is, for a progress bar and a status line."""

    phase: str            # "connecting", "sending", "waiting", "done"
    total: int            # rows to send in this run
    sent: int
    failed: int
    round_trips: int
    message_nb: str = ""


@dataclass(frozen=True)
class FailedRecord:
    """A row (or a Practitioner, seq None) the server refused, with its reason."""

    seq: int | None
    kind: str
    ref: str
    reason: str


@dataclass(frozen=True)
class SyncSummary:
    """The end-of-shift summary: sent, failed with reasons, waiting."""

    outcome: SyncOutcome
    sent: int
    failed: list[FailedRecord]
    waiting: int                 # rows still pending after the run
    failed_total: int            # rows in the failed state after the run (this run's and earlier)
    round_trips: int
    bytes_sent: int
    seconds: float
    message_nb: str
    message_en: str
    waiting_reasons: list[str] = field(default_factory=list)
    json_bytes: int = 0          # the Bundles' JSON before gzip (bytes_sent is what went on the wire)

    @property
    def exit_code(self) -> int:
        """0 all synced, 1 some failed or waiting, 2 the server could not be reached."""
        if self.outcome is SyncOutcome.COMPLETE:
            return 0
        if self.outcome is SyncOutcome.INCOMPLETE:
            return 1
        return 2


class _StopRun(Exception):
    """The server went away (or refused us) mid-run: stop, leave the rest pending."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en


@dataclass
class _Answer:
    """How a Bundle (or part of one) went."""

    entries: list[EntryAnswer] | None = None   # per-entry answers, in order
    too_large: bool = False
    refused: str | None = None                 # whole Bundle refused (4xx) with this reason


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
        self._plan: SyncPlan | None = None
        self._confirmed: set[int] = set()
        self._dead: set[int] = set()
        self._dead_rows: set[int] = set()
        self._client: FhirHttpClient | None = None
        self._sent_rows: set[int] = set()
        self._failed: list[FailedRecord] = []
        self._waiting_reasons: list[str] = []
        self._remaining: dict[int, int] = {}
        self._entry_tries: dict[int, int] = {}

    # -- the run -------------------------------------------------------------------

    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            include_deferred: bool = True) -> SyncSummary:
        """Send everything pending; ``include_deferred`` (on demand) ignores retry times set earlier.

        Never raises for server trouble: the summary says what happened.
        """
        self._reset(progress)
        started = time.monotonic()
        url = self.settings.server_url or ""
        profile = ServerProfile.load(self.db, url)
        self._report("connecting", message="Kobler til serveren …")
        with FhirHttpClient(url, self.auth, self.timeouts, self.verify) as client:
            self._client = client
            if self.cancel.is_set():    # aborted while the client was being made: fail its first request
                client.abort()
            result = probe(client, authenticated=self.auth is not None)
            if not result.online or result.capabilities is None:
                outcome = SyncOutcome.CANCELLED if self.cancel.is_set() else SyncOutcome.UNREACHABLE
                return self._summary(outcome, client, started, result.message_nb, result.message_en)
            plan = plan_sync(self.db, self.clock(), profile, include_deferred)
            self._plan = plan
            self._remaining = {seq: len(p.entries) for seq, p in plan.rows.items()}
            self._park_unmappable(plan)
            self._waiting_reasons = sorted({h.reason_nb for h in plan.held})
            try:
                _Sender(self, client, profile, result.capabilities).send_all(plan)
            except _StopRun as stop:
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
        if outcome is None:
            outcome = SyncOutcome.COMPLETE if counts.pending == 0 and counts.failed == 0 else SyncOutcome.INCOMPLETE
        sent = len(self._sent_rows)
        if not message_nb:
            message_nb = (f"{sent} sendt, {counts.failed} feilet, {counts.pending} venter."
                          if outcome is SyncOutcome.INCOMPLETE else f"Alt er synkronisert ({sent} sendt).")
            message_en = (f"{sent} sent, {counts.failed} failed, {counts.pending} waiting."
                          if outcome is SyncOutcome.INCOMPLETE else f"Everything is synced ({sent} sent).")
        summary = SyncSummary(outcome, sent, list(self._failed), counts.pending, counts.failed, client.requests,
                              client.bytes_sent, time.monotonic() - started, message_nb, message_en,
                              self._waiting_reasons, client.json_bytes)
        self._report("done", message=message_nb)
        return summary

    def _report(self, phase: str, message: str = "") -> None:
        if self._progress is None:
            return
        total = len(self._plan.rows) + len(self._plan.unmappable) if self._plan else 0
        failed_rows = sum(1 for f in self._failed if f.seq is not None)
        trips = self._client.requests if self._client is not None else 0
        self._progress(SyncProgress(phase, total, len(self._sent_rows), failed_rows, trips, message))

    def sleep(self, seconds: float, why_nb: str) -> None:
        """Wait (backoff), waking early if the run is cancelled."""
        self._report("waiting", message=why_nb)
        if seconds > 0:
            if self._sleep is time.sleep:
                self.cancel.wait(seconds)
            else:
                self._sleep(seconds)

    # -- bookkeeping of answers --------------------------------------------------------

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
        assert self._plan is not None
        now = self.clock()
        synced: list[tuple[int, str | None]] = []
        failed: list[tuple[int, str]] = []
        deferred: list[tuple[int, str]] = []
        new_practitioners = False
        for entry, answer in results:
            if answer.state is EntryState.CONFIRMED:
                self._confirmed.add(entry.index)
                if entry.seq is None:
                    assert entry.worker is not None
                    new_practitioners = True
                    continue
                if entry.seq in self._dead_rows:
                    continue
                self._remaining[entry.seq] -= 1
                if self._remaining[entry.seq] == 0:
                    main = self._plan.rows[entry.seq].entries[0]
                    version = answer.server_version if entry.index == main else None
                    synced.append((entry.seq, version))
            else:
                self._dead.add(entry.index)
                if entry.seq is None:
                    self._failed.append(FailedRecord(None, "practitioner", entry.key[1], answer.reason))
                    continue
                if entry.seq in self._dead_rows:
                    continue
                self._dead_rows.add(entry.seq)
                if answer.state is EntryState.REJECTED:
                    failed.append((entry.seq, answer.reason))
                else:
                    deferred.append((entry.seq, answer.reason))
        with self.db.transaction():
            if synced:
                self.db.outbox.mark_synced([s for s, _ in synced], now, [v for _, v in synced])
            for seq, reason in failed:
                self.db.outbox.mark_failed(seq, reason)
            for seq, reason in deferred:
                row = self._plan.rows[seq].row
                self.db.outbox.schedule_retry(seq, now + self.retry.later(row.attempts), reason)
        self._sent_rows.update(s for s, _ in synced)
        for seq, reason in failed:
            row = self._plan.rows[seq].row
            self._failed.append(FailedRecord(seq, row.kind, row.ref, reason))
        if new_practitioners:
            profile_changed()

    def hold(self, entry: PlannedEntry) -> None:
        """Leave an entry (and its row) for a later run: something it needs did not get through."""
        self._dead.add(entry.index)
        if entry.seq is not None:
            self._dead_rows.add(entry.seq)
            reason = "Venter på en oppføring den viser til, som ikke kom gjennom."
            if reason not in self._waiting_reasons:
                self._waiting_reasons.append(reason)

    def ready(self, entry: PlannedEntry) -> bool:
        """True when what the entry waits for is done; False if it never can be in this run."""
        if entry.seq is not None and entry.seq in self._dead_rows:
            return False
        if any(n not in self._confirmed for n in entry.needs):
            return False
        return not any(a not in self._confirmed and a not in self._dead for a in entry.after)


class _Sender:
    """Sends a plan level by level over one client, adapting to what the server says."""

    def __init__(self, engine: SyncEngine, client: FhirHttpClient, profile: ServerProfile,
                 capabilities: ServerCapabilities) -> None:
        self.engine = engine
        self.client = client
        self.profile = profile
        self.url = client.base_url
        self.kind = "batch" if capabilities.batch and not profile.batch_refused else "transaction"
        if not capabilities.batch and not capabilities.transaction:
            raise _StopRun("Serveren tar ikke imot samlede forsendelser (batch/transaction).",
                           "The server supports neither batch nor transaction Bundles.")
        self.can_transaction = capabilities.transaction
        self.gzip = profile.gzip if profile.gzip is not None else bool(capabilities.accepts_gzip)
        self.gzip_confirmed = profile.gzip is True
        configured = engine.settings.bundle_size
        self.size = min(configured, profile.bundle_cap) if profile.bundle_cap else configured
        self.size_unconfirmed = False

    def save_profile(self) -> None:
        assert self.engine._plan is not None
        for entry in self.engine._plan.entries:
            if entry.worker is not None and entry.index in self.engine._confirmed:
                self.profile.practitioners[entry.worker.hpr] = entry.worker.name
        self.profile.save(self.engine.db, self.url)

    def send_all(self, plan: SyncPlan) -> None:
        for level in plan.levels():
            queue = deque(level)
            while queue:
                if self.engine.cancel.is_set():
                    return
                chunk: list[PlannedEntry] = []
                while queue and len(chunk) < self.size:
                    entry = plan.entries[queue.popleft()]
                    if self.engine.ready(entry):
                        chunk.append(entry)
                    else:
                        self.engine.hold(entry)
                retry = self.send(chunk)
                if retry:
                    attempt = max(self.engine._entry_tries.get(e.index, 0) for e in retry)
                    self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                      "Prøver noen oppføringer på nytt …")
                    queue.extendleft(reversed([e.index for e in retry]))

    def send(self, chunk: list[PlannedEntry]) -> list[PlannedEntry]:
        """Send entries (splitting as needed); returns entries to try again in this run."""
        again: list[PlannedEntry] = []
        stack = [chunk] if chunk else []
        halved = False          # a Bundle was refused without saying why, and split
        lone_refusals = 0       # ... down to single records the server refused
        largest_answered = 0
        while stack:
            part = stack.pop()
            if len(part) > self.size:   # the size shrank since this part was cut
                stack.extend(reversed([part[i:i + self.size] for i in range(0, len(part), self.size)]))
                continue
            answer = self.post(part)
            if answer.too_large and len(part) > 1:
                self.size = (len(part) + 1) // 2
                self.size_unconfirmed = True
                stack.append(part)
                continue
            if answer.entries is None:
                if len(part) > 1:   # find the record that spoils the Bundle: halve until it is alone
                    halved = True
                    half = len(part) // 2
                    stack.extend([part[half:], part[:half]])
                    continue
                lone_refusals += 1
                answer.entries = [EntryAnswer(EntryState.REJECTED, 0, reason=answer.refused or "")]
            else:
                largest_answered = max(largest_answered, len(part))
            results = list(zip(part, answer.entries))
            keep: list[tuple[PlannedEntry, EntryAnswer]] = []
            for entry, entry_answer in results:
                if entry_answer.state is EntryState.TRANSIENT:
                    tries = self.engine._entry_tries.get(entry.index, 0) + 1
                    self.engine._entry_tries[entry.index] = tries
                    if tries < self.engine.retry.entry_attempts:
                        again.append(entry)
                        continue
                keep.append((entry, entry_answer))
            self.engine.settle(keep, self.save_profile)
            if any(a.state is EntryState.CONFIRMED for _, a in results):
                self._learnt_something()
            self.engine._report("sending", message=f"Sendt {len(self.engine._sent_rows)} …")
        if halved and lone_refusals == 0 and 0 < largest_answered < self.size:
            # Every piece went through once small enough and no record was at fault: the
            # server has an unstated cap. Remember the size that worked.
            self.size = largest_answered
            self.size_unconfirmed = True
            self._learnt_something()
        return again

    def _learnt_something(self) -> None:
        """A Bundle went through: keep what this server taught us (size that works, gzip)."""
        changed = False
        if self.size_unconfirmed:
            self.profile.bundle_cap = self.size
            self.size_unconfirmed = False
            changed = True
        if self.gzip and not self.gzip_confirmed:
            self.profile.gzip = True
            self.gzip_confirmed = True
            changed = True
        if changed:
            self.save_profile()

    def post(self, part: list[PlannedEntry]) -> _Answer:
        """POST one Bundle, retrying whole-request failures; classify the answer."""
        attempt = 0
        plain_retry_done = False
        while True:
            if self.engine.cancel.is_set():
                raise _StopRun("Synkroniseringen ble avbrutt.", "The sync was cancelled.")
            bundle = build_bundle(self.kind, self.url, [e.resource for e in part])
            try:
                http = self.client.post_bundle(bundle, self.gzip)
            except TransportError as exc:
                attempt += 1
                self._give_up_after(attempt, f"{exc}")
                self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                  "Mistet forbindelsen, prøver igjen …")
                continue
            status = http.status
            if status == 415 and http.gzipped:
                self._gzip_off()
                continue
            if status == 400 and http.gzipped and not self.gzip_confirmed and not plain_retry_done:
                # A server that does not understand gzip may just call the body malformed: try once plain.
                plain_retry_done = True
                self.gzip = False
                plain = self._post_plain(bundle)
                if plain is not None and plain.status != 400:
                    self._gzip_off()
                    http = plain
                    status = plain.status
                else:
                    self.gzip = True
            if 200 <= status < 300:
                answers = read_bundle_response(http.body, self.kind, len(part))
                if answers is not None:
                    return _Answer(entries=answers)
                attempt += 1   # not the Bundle we asked for: treat as a failed request
                self._give_up_after(attempt, f"unexpected {status} response body")
                continue
            if status in (429, 500, 502, 503, 504):
                attempt += 1
                wait = retry_after_seconds(http.headers.get("Retry-After"))
                if wait is not None and wait > self.engine.retry.max_retry_after_s:
                    raise _StopRun(f"Serveren er opptatt og ber om at vi venter {int(wait)} sekunder. "
                                   "Resten sendes senere.", f"The server asks us to wait {int(wait)} s.")
                self._give_up_after(attempt, f"HTTP {status}")
                self.engine.sleep(wait if wait is not None else self.engine.retry.delay(attempt, self.engine.rng),
                                  f"Serveren er opptatt (HTTP {status}), venter …")
                continue
            if status == 403:
                raise _StopRun("Serveren gir ikke tilgang (403). Kontakt den som drifter serveren.",
                               "The server refused access (403).")
            if is_size_refusal(status, http.body):
                return _Answer(too_large=True, refused=outcome_text(http.body, status))
            if self.kind == "batch" and self.can_transaction and (is_not_supported(http.body)
                                                                   or status in (405, 501)):
                self.kind = "transaction"   # this server does not take batch: use transaction from now on
                self.profile.batch_refused = True
                self.save_profile()
                continue
            return _Answer(refused=outcome_text(http.body, status))

    def _post_plain(self, bundle: dict) -> HttpAnswer | None:
        try:
            return self.client.post_bundle(bundle, False)
        except TransportError:
            return None

    def _gzip_off(self) -> None:
        self.gzip = False
        self.profile.gzip = False
        self.save_profile()

    def _give_up_after(self, attempt: int, what: str) -> None:
        if attempt >= self.engine.retry.attempts:
            raise _StopRun("Mistet kontakten med serveren. Det som ikke ble bekreftet, sendes neste gang.",
                           f"Lost the server after {attempt} attempts ({what}); the rest stays pending.")


def failed_records(db: Database) -> list[FailedRecord]:
    """Every row the server refused (this run or earlier), with the reason: for the failures list."""
    with db.reading():
        rows = db.outbox.entries(OutboxState.FAILED)
    return [FailedRecord(r.seq, r.kind, r.ref, r.last_error or "") for r in rows]


def retry_failed(db: Database, seqs: list[int] | None = None) -> int:
    """Put failed rows (all, or the given ones) back in the queue for the next sync."""
    with db.transaction():
        return db.outbox.retry_failed(seqs)


__all__ = ["FailedRecord", "RetryPolicy", "SyncEngine", "SyncError", "SyncOutcome", "SyncProgress",
           "SyncSummary", "failed_records", "retry_failed"]
