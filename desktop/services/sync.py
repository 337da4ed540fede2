"""The sync as the window and the command line use it: sync now, should a sync start by itself,
what failed, retry it. Qt-free; the window runs :func:`sync_now` on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..store.database import Database
from ..sync.auth import StaticBearer, authenticator_for
from ..sync.connectivity import ProbeResult, is_online, probe
from ..sync.engine import FailedRecord, RetryPolicy, SyncEngine, SyncOutcome, SyncProgress, SyncSummary, failed_records
from ..sync.engine import retry_failed as _retry_failed
from ..sync.errors import SyncError
from ..sync.http_client import FhirHttpClient, Timeouts
from ..sync.settings import LAST_SYNC_KEY, SyncSettings


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
             engine_ready: Callable[[SyncEngine], None] | None = None) -> SyncSummary:
    """Run one sync with the stored settings (or ``settings``); problems come back in the summary.

    ``engine_ready`` receives the engine before it starts, so a caller can keep
    it to cancel the run (``engine.cancel.set()``).
    """
    try:
        chosen = (settings or SyncSettings.load(db)).checked()
        engine = SyncEngine(db, chosen, authenticator_for(chosen, token_file), retry=retry)
    except SyncError as exc:
        with db.reading():
            counts = db.outbox.counts()
        return SyncSummary(SyncOutcome.UNREACHABLE, 0, [], counts.pending, counts.failed, 0, 0, 0.0,
                           exc.message_nb, exc.message_en)
    if engine_ready is not None:
        engine_ready(engine)
    return engine.run(progress, include_deferred=include_deferred)


def should_auto_sync(db: Database) -> bool:
    """True when automatic sync is on, records wait and the server answers (a short probe)."""
    state = sync_state(db)
    if not state.auto_sync or not state.server_url or state.pending == 0:
        return False
    return is_online(state.server_url)


def check_connection(settings: SyncSettings, token: str | None = None) -> ProbeResult:
    """Probe the server that (not yet saved) settings name, logging in as they say: "Test connection".

    ``token`` is a bearer token just typed (not yet in the keyring). Blocks for a
    few seconds at most; the window calls it off the GUI thread.
    """
    try:
        checked = settings.checked()
        auth = StaticBearer(token) if token else authenticator_for(checked)
    except SyncError as exc:
        return ProbeResult(False, exc.message_nb, exc.message_en)
    with FhirHttpClient(checked.server_url or "", auth, Timeouts(connect=5.0, probe=5.0)) as client:
        return probe(client, authenticated=auth is not None)


def list_failed(db: Database) -> list[FailedRecord]:
    """Failed rows with the server's reason, oldest first."""
    return failed_records(db)


def retry_failed(db: Database, seqs: list[int] | None = None) -> int:
    """Queue failed rows (all, or some) again; returns how many."""
    return _retry_failed(db, seqs)
