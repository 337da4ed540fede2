"""The sync as the window and the command line use it: sync now, should a sync start by itself,
what failed, retry it, the server settings. Qt-free; the window runs it through its operation runner.

The value types the window shows (summary, progress, settings) are re-exported here: the UI
reads them from ``services``, never from ``desktop.sync`` itself."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.clock import utcnow

from ..store.database import Database
from ..sync.auth import (ClientKey, StaticBearer, authenticator_for, generate_client_key, load_bearer_token,
                         load_client_key, store_bearer_token)
from ..sync.connectivity import ProbeResult, is_online, probe
from ..sync.engine import RetryPolicy, SyncEngine
from ..sync.errors import SyncError
from ..sync.http_client import FhirHttpClient, Timeouts
from ..sync.pull import LAST_PULL_KEY, PullSummary
from ..sync.queue import conflict_records, failed_records, records_lacking
from ..sync.queue import retry_failed as _retry_failed
from ..sync.settings import LAST_SYNC_KEY, MAX_BUNDLE_SIZE, AuthMode, SyncSettings, check_server_url
from ..sync.summary import FailedRecord, SyncOutcome, SyncProgress, SyncSummary
from .revoke import settle_device

if TYPE_CHECKING:
    from .facade import Ambulant


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows: waiting, failed, when last synced, where to."""

    pending: int
    failed: int
    last_sync: str | None
    server_url: str | None
    auto_sync: bool


def sync_state(db: Database) -> SyncState:
    """Counts and settings for the status bar."""
    settings = SyncSettings.load(db)
    with db.reading():
        counts = db.outbox.counts()
    return SyncState(counts.pending, counts.failed, db.get_setting(LAST_SYNC_KEY), settings.server_url,
                     settings.auto_sync)


def sync_now(db: Database, progress: Callable[[SyncProgress], None] | None = None,
             settings: SyncSettings | None = None, token_file: str | None = None,
             include_deferred: bool = True, retry: RetryPolicy = RetryPolicy(),
             engine_ready: Callable[[SyncEngine], None] | None = None,
             clock: Callable[[], dt.datetime] = utcnow) -> SyncSummary:
    """Run one sync with the stored settings (or ``settings``); problems come back in the summary.

    ``engine_ready`` receives the engine before it starts, so a caller can keep
    it to cancel the run (``engine.cancel.set()``).
    """
    try:
        chosen = (settings or SyncSettings.load(db)).checked()
        engine = SyncEngine(db, chosen, authenticator_for(chosen, token_file), retry=retry, clock=clock)
    except SyncError as exc:
        with db.reading():
            counts = db.outbox.counts()
        return SyncSummary(SyncOutcome.UNREACHABLE, 0, [], counts.pending, counts.failed, 0, 0, 0.0,
                           exc.message_nb, exc.message_en)
    if engine_ready is not None:
        engine_ready(engine)
    return engine.run(progress, include_deferred=include_deferred)


# An automatic sync also runs when nothing waits but the caseload was last pulled this long ago:
# a colleague's dose must be on the laptop before the next visit.
PULL_EVERY = dt.timedelta(minutes=15)


def should_auto_sync(db: Database, now: dt.datetime | None = None) -> bool:
    """True when automatic sync is on, the server answers, and records wait or the last pull is old."""
    state = sync_state(db)
    if not state.auto_sync or not state.server_url:
        return False
    if state.pending == 0:
        settings = SyncSettings.load(db)
        last = db.get_setting(LAST_PULL_KEY)
        due = settings.pull and (last is None or (now or utcnow()) - dt.datetime.fromisoformat(last) >= PULL_EVERY)
        if not due:
            return False
    return is_online(state.server_url)


def check_connection(settings: SyncSettings, token: str | None = None,
                     client_ready: Callable[[FhirHttpClient], None] | None = None) -> ProbeResult:
    """Probe the server that (not yet saved) settings name, logging in as they say: "Test connection".

    ``token`` is a bearer token just typed (not yet in the keyring). Blocks for a
    few seconds at most; the window calls it off the GUI thread. ``client_ready``
    receives the HTTP client first, so a caller can cut the probe short (``client.abort()``).
    """
    try:
        checked = settings.checked()
        auth = StaticBearer(token) if token else authenticator_for(checked)
    except SyncError as exc:
        return ProbeResult(False, exc.message_nb, exc.message_en)
    with FhirHttpClient(checked.server_url or "", auth, Timeouts(connect=5.0, probe=5.0)) as client:
        if client_ready is not None:
            client_ready(client)
        return probe(client, authenticated=auth is not None)


def list_failed(db: Database) -> list[FailedRecord]:
    """Failed rows with the server's reason, oldest first."""
    return failed_records(db)


def retry_failed(db: Database, seqs: list[int] | None = None) -> int:
    """Queue failed rows (all, or some) again; returns how many."""
    return _retry_failed(db, seqs)


class SyncService:
    """The sync for one open journal, as the window and the command line use it (``app.sync``).

    Everything the UI needs of the sync goes through here, so no widget ever holds the
    database or imports the engine's internals.
    """

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] = utcnow, app: Ambulant | None = None) -> None:
        self._db = db
        self._clock = clock
        self._app = app      # the journal's services: a revoked device destroys the journal through them
        # What cancel() and cancel_connection_check() cut: the running engine, a connection test's client.
        self._engines: set[SyncEngine] = set()
        self._probes: set[FhirHttpClient] = set()
        self._running_lock = threading.Lock()

    def state(self) -> SyncState:
        """Counts and settings for the status bar."""
        return sync_state(self._db)

    def run(self, progress: Callable[[SyncProgress], None] | None = None, settings: SyncSettings | None = None,
            token_file: str | None = None, include_deferred: bool = True,
            engine_ready: Callable[[SyncEngine], None] | None = None) -> SyncSummary:
        """One sync with the stored settings (or ``settings``); see :func:`sync_now`. :meth:`cancel` stops it.

        When the server says this laptop is revoked, what waits is sent at once and the journal is then
        destroyed (``summary.journal_destroyed``; the app is closed): ``desktop.services.revoke``."""
        made: list[SyncEngine] = []

        def ready(engine: SyncEngine) -> None:
            made.append(engine)
            with self._running_lock:
                self._engines.add(engine)
            if engine_ready is not None:
                engine_ready(engine)

        def once(chosen: SyncSettings | None) -> SyncSummary:
            return sync_now(self._db, progress, chosen, token_file, include_deferred, engine_ready=ready,
                            clock=self._clock)
        try:
            summary = once(settings)
            if self._app is None:
                return summary
            # The push after a revoke: the revoke's log line and what still waits; no pull, no second read.
            return settle_device(self._app, summary, lambda: once(
                replace(settings or self.load_settings(), pull=False, device_check=False)))
        finally:
            with self._running_lock:
                self._engines.difference_update(made)

    def cancel(self) -> None:
        """Stop the sync in progress now, from any thread (Cancel, the window's lock): the request in
        flight is cut by closing its connection; what the server has not confirmed stays waiting."""
        with self._running_lock:
            engines = list(self._engines)
        for engine in engines:
            engine.abort()

    def cancel_connection_check(self) -> None:
        """Cut a running :meth:`check_connection` short (its dialog closed, the window locked)."""
        with self._running_lock:
            probes = list(self._probes)
        for client in probes:
            client.abort()

    def should_auto_sync(self) -> bool:
        """True when automatic sync is on, the server answers, and records wait or the caseload is due a pull."""
        return should_auto_sync(self._db, self._clock())

    def failed(self) -> list[FailedRecord]:
        """Refused rows with the server's reason, oldest first."""
        return list_failed(self._db)

    def retry_failed(self, seqs: list[int] | None = None) -> int:
        """Queue refused rows (all, or some) again; returns how many (superseded versions never)."""
        return retry_failed(self._db, seqs)

    def conflicts(self) -> list[FailedRecord]:
        """Rows the server refused because someone else changed the record first (412)."""
        return conflict_records(self._db)

    def records_lacking(self, server_url: str) -> int:
        """How many records ``server_url`` has not confirmed: what switching to it would send."""
        return records_lacking(self._db, server_url)

    def is_switch(self, server_url: str) -> bool:
        """True when ``server_url`` is not the server the stored settings name (a switch to confirm)."""
        current = self.load_settings().server_url
        return bool(current) and check_server_url(server_url) != check_server_url(current or "")

    def load_settings(self) -> SyncSettings:
        """The stored server settings."""
        return SyncSettings.load(self._db)

    def save_settings(self, settings: SyncSettings) -> None:
        """Store server settings (checked first: a SyncError names what is wrong)."""
        settings.checked().save(self._db)

    def check_connection(self, settings: SyncSettings, token: str | None = None) -> ProbeResult:
        """Probe the server that (not yet saved) settings name: "Test connection" (see
        :meth:`cancel_connection_check`)."""
        made: list[FhirHttpClient] = []

        def ready(client: FhirHttpClient) -> None:
            made.append(client)
            with self._running_lock:
                self._probes.add(client)
        try:
            return check_connection(settings, token, client_ready=ready)
        finally:
            with self._running_lock:
                self._probes.difference_update(made)

    @staticmethod
    def has_bearer_token(server_url: str) -> bool:
        """True when the keyring holds an access token for this server."""
        return load_bearer_token(server_url) is not None

    @staticmethod
    def store_bearer_token(server_url: str, token: str) -> None:
        """Keep an access token for this server in the OS keyring."""
        store_bearer_token(server_url, token)

    @staticmethod
    def client_key(client_id: str) -> ClientKey | None:
        """This device's signing key for OAuth client credentials, if one was made."""
        return load_client_key(client_id)

    @staticmethod
    def generate_client_key(client_id: str) -> ClientKey:
        """Make (and keep in the keyring) a new signing key for ``client_id``."""
        return generate_client_key(client_id)


__all__ = ["MAX_BUNDLE_SIZE", "AuthMode", "ClientKey", "ProbeResult", "PullSummary", "SyncError", "SyncOutcome",
           "SyncProgress", "SyncEngine", "SyncService", "SyncSettings", "SyncState", "SyncSummary", "check_server_url"]
