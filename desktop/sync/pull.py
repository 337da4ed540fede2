"""The pull: the worker's caseload from the municipal server, brought down after every push.

One run (:meth:`Puller.run`), over the engine's connection:

1. the worker's Practitioner by HPR number (remembered per server after the first time, and
   adopted: the push never writes a second Practitioner for the worker);
2. **one request**: the caseload search (active CareTeams with the worker as participant, and
   the configured Group) together with the searches for what changed, since the watermark,
   for the clients already here (``desktop.sync.caseload``), and the engine's own searches
   (this laptop's Device: ``desktop.sync.device``);
3. for clients new to the caseload, one more request with everything about them;
4. every page still to come, of every search, one request per round (``desktop.sync.pull_fetch``);
5. everything written in one transaction (``desktop.sync.pull_apply``): a pull never writes
   over a local change the server has not confirmed; what a complete census of a type (a search
   of step 2 or 3 that reads it in full, or an id-only one: ``desktop.sync.caseload``) no longer
   holds was deleted on the server, and its record gets a version that says so;
6. clients who left the caseload are marked so, and removed from this device once every
   record written for them is confirmed (``desktop.store.purge``: the one logged deletion);
7. the watermark moves on to the server's clock at step 2, less an overlap — only when every
   search came back complete, so nothing is skipped after a failure.

An empty incremental pull is therefore one request (plus the engine's ``metadata`` probe).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain.records import WorkerRef
from ..store.outbox import OutboxRepository
from ..store.pulled import PullRepository
from ..store.purge import PurgeRefused, purge_client
from . import caseload as plan
from .fhir_codes import practitioner_id
from .fhir_read import Json, ResourceKey
from .http_client import FhirHttpClient
from .pull_apply import Applier
from .pull_fetch import Fetcher, FetchStopped, Search
from .settings import ServerProfile

if TYPE_CHECKING:
    from .engine import SyncEngine

WATERMARK_SCOPE = "caseload"
# How far before the server's clock the next pull starts again: covers writes committed while the
# searches ran and clocks of a server cluster a little apart. Resources seen twice cost nothing.
OVERLAP = dt.timedelta(minutes=2)
LAST_PULL_KEY = "last_pull"
REMOVED_REASON = "Fjernet fra arbeidslisten"


@dataclass(frozen=True)
class PullSummary:
    """What one pull brought down, and what it could not."""

    complete: bool
    clients: int = 0                 # in the caseload now
    new_clients: int = 0
    removed: int = 0                 # removed from this device in this run
    removal_waiting: int = 0         # left the caseload, waiting for their records to be confirmed
    received: int = 0                # resources in the answers
    applied: int = 0                 # local versions written
    waiting: int = 0                 # not applied: a local change the server has not confirmed
    order_changes: int = 0
    deleted: int = 0                 # records shown as deleted in the municipal record in this run
    rule_breaks: int = 0             # pulled records that break a rule (kept, and shown in the window)
    problems: tuple[str, ...] = ()
    round_trips: int = 0
    seconds: float = 0.0
    message_nb: str = ""
    message_en: str = ""


@dataclass
class _Run:
    searches: list[Search] = field(default_factory=list)
    members: dict[str, plan.Membership] = field(default_factory=dict)
    caseload_complete: bool = False


class Puller:
    """Pulls the caseload for the engine's worker over the engine's client."""

    def __init__(self, engine: SyncEngine, client: FhirHttpClient, kind: str | None,
                 report: Callable[[int, str], None], profile: ServerProfile | None = None) -> None:
        self.engine = engine
        # The push's own profile object when there is one: what the pull learns must not be lost when
        # the push saves its copy later in the same run.
        self.profile = profile
        self.db = engine.db
        self.client = client
        self.server = client.base_url
        self.report = report
        self.worker: WorkerRef = engine.db.worker
        self.fetcher = engine_fetcher(engine, client, kind, report)
        self.riders: list[Search] = []

    def run(self, riders: list[Search] | None = None) -> PullSummary:
        """Pull once; never raises for server trouble (the summary says what happened).

        ``riders`` are searches of the caller's that go in the pull's first request (the Device):
        fetched, never applied, and not part of whether the pull was complete."""
        started, trips = time.monotonic(), self.client.requests
        self.riders = list(riders or [])
        try:
            summary = self._pull()
        except FetchStopped as stop:
            summary = PullSummary(False, message_nb=stop.message_nb, message_en=stop.message_en)
        return PullSummary(**{**summary.__dict__, "round_trips": self.client.requests - trips,
                              "seconds": time.monotonic() - started, "received": self.fetcher.received})

    # -- steps ------------------------------------------------------------------------

    def _practitioner(self) -> str | None:
        """The server's id for the worker's Practitioner (searched by HPR number once per server)."""
        local = practitioner_id(self.worker.hpr)
        with self.db.reading() as conn:
            known = OutboxRepository(conn).identities(self.server).get(("Practitioner", local))
        if known is not None:
            return known
        search = plan.practitioner_search(self.worker.hpr)
        self.fetcher.run([search, *self.riders])     # the engine's searches come along: no extra request
        found = [r for r in search.entries if r.get("resourceType") == "Practitioner"]
        if search.error or len(found) != 1:
            return None
        remote = str(found[0]["id"])
        with self.db.transaction() as conn:
            OutboxRepository(conn).save_identity(self.server, "Practitioner", local, remote)
        # The server's Practitioner is the worker: the push must never PUT another one for this HPR.
        profile = self.profile or ServerProfile.load(self.db, self.server)
        # Under the local name: that is what the planner compares with before it would PUT one.
        profile.practitioners[self.worker.hpr] = self.worker.name
        profile.save(self.db, self.server)
        return remote

    def _pull(self) -> PullSummary:
        practitioner = self._practitioner()
        if practitioner is None:
            self.fetcher.run(self.riders)     # already done when they came with the Practitioner search
            return PullSummary(True, message_nb="Serveren kjenner ikke HPR-nummeret ditt (eller kjenner det flere "
                               "ganger): ingen arbeidsliste å hente.",
                               message_en="The server has no single Practitioner with your HPR number: no caseload.")
        now = self.engine.clock()
        settings = self.engine.settings
        with self.db.reading() as conn:
            repo = PullRepository(conn)
            entries = repo.caseload(self.server)
            since = repo.watermark(self.server, WATERMARK_SCOPE)
            waiting = [k for k, r in repo.records(self.server).items() if r.change == "waiting"]
        known = {e.patient_id: e.client_id for e in entries if e.removed_at is None}
        window_start = now - dt.timedelta(days=settings.window_days)
        run = _Run()
        first = plan.caseload_searches(practitioner, settings.caseload_group or None)
        if known:
            first += plan.data_searches(known, since, window_start, now=now)
        first += plan.refetch_searches(waiting)
        self.report(0, "Henter arbeidslisten …")
        self.fetcher.run(first + self.riders)
        round_one_times = list(self.fetcher.server_times)
        run.searches = list(first)
        run.caseload_complete = all(s.complete for s in first if s.key in ("caseload", "group"))
        run.members = plan.caseload_members(
            [r for s in first if s.key == "caseload" for r in s.entries],
            [r for s in first if s.key == "group" for r in s.entries], practitioner, now)
        new = [p for p in run.members if p not in known]
        if new:
            second = plan.data_searches(new, None, window_start)
            self.fetcher.run(second)
            run.searches += second
        applied = self._apply(run, known, now)
        removed, removal_waiting = self._purge_removed(now)
        complete = all(s.complete for s in run.searches)
        if complete and round_one_times:
            mark = min(round_one_times) - OVERLAP
            with self.db.transaction() as conn:
                PullRepository(conn).set_watermark(self.server, WATERMARK_SCOPE, plan.fhir_instant(mark), now)
        self.db.set_setting(LAST_PULL_KEY, now.astimezone(dt.timezone.utc).isoformat(timespec="seconds"))
        counts = applied.counts
        failed = [s for s in run.searches if s.error]
        message_nb = (f"Arbeidslisten: {len(run.members)} brukere, {len(counts.new_clients)} nye, "
                      f"{counts.applied} oppdateringer hentet")
        message_en = (f"Caseload: {len(run.members)} clients, {len(counts.new_clients)} new, "
                      f"{counts.applied} updates pulled")
        if counts.deleted:
            message_nb += f"; {counts.deleted} slettet i kommunens journal"
            message_en += f"; {counts.deleted} deleted in the municipal record"
        if failed:
            message_nb += f"; {len(failed)} søk ble avvist av serveren"
            message_en += f"; {len(failed)} searches refused by the server"
        breaks_nb, breaks_en = counts.rule_break_texts()     # "; 2 hentede oppføringer bryter en regel"
        message_nb, message_en = message_nb + breaks_nb, message_en + breaks_en
        return PullSummary(complete, len(run.members), len(counts.new_clients), removed, removal_waiting,
                           applied=counts.applied, waiting=counts.waiting, order_changes=counts.order_changes,
                           deleted=counts.deleted,
                           rule_breaks=len(counts.rule_breaks),
                           problems=tuple(counts.problems + [f"{s.key}: {s.error}" for s in failed]),
                           message_nb=message_nb + ".", message_en=message_en + ".")

    def _apply(self, run: _Run, known: dict[str, str], now: dt.datetime) -> Applier:
        """Write everything fetched, in one transaction."""
        included: dict[ResourceKey, Json] = {}
        by_type: dict[str, list[Json]] = {}
        present: dict[str, set[str]] = {}       # resource type → every id any search of this run saw
        for search in run.searches:
            for resource in search.entries:
                key = (str(resource.get("resourceType")), str(resource.get("id")))
                present.setdefault(key[0], set()).add(key[1])
                if search.census is not None and search.census.ids_only:
                    continue     # an id, perhaps without the rest: never applied, never looked up
                included[key] = resource
                if search.key == resource.get("resourceType") and search.key in plan.APPLY_ORDER:
                    by_type.setdefault(search.key, []).append(resource)
        complete_patients = _complete_patients(run.searches)
        with self.db.transaction() as conn:
            applier = Applier(conn, self.server, self.worker, self.db.device_id, now, included)
            repo = PullRepository(conn)
            for patient_id, client_id in known.items():
                if patient_id in run.members:
                    applier.patient_clients[patient_id] = client_id
            for resource in _unique(by_type.get("Patient", [])):
                if str(resource.get("id")) in run.members:
                    applier.apply_patient(resource)
            for patient_id, member in run.members.items():
                client_id = applier.patient_clients.get(patient_id)
                if client_id is not None:
                    repo.join(self.server, client_id, patient_id, member.via, now)
            cave_complete = {p for s in run.searches if s.key == "AllergyIntolerance" and s.complete
                             for p in s.patients}
            self._apply_allergies(applier, by_type.get("AllergyIntolerance", []), run, cave_complete)
            for type_ in plan.APPLY_ORDER[2:]:
                for resource in _unique(by_type.get(type_, [])):
                    applier.apply(resource)
            # Deleted on the server: what a complete census of its type no longer holds (never a partial one).
            for search in run.searches:
                if search.census is not None and search.complete:
                    clients = {applier.patient_clients[p] for p in search.patients if p in applier.patient_clients}
                    applier.mark_deleted(search.census.resource_type, clients,
                                         present.get(search.census.resource_type, set()), since=search.census.since)
            if run.caseload_complete:
                for patient_id, client_id in known.items():
                    if patient_id not in run.members:
                        repo.mark_removed(self.server, client_id, now)
            done = [c for p, c in applier.patient_clients.items() if p in complete_patients and p in run.members]
            repo.touch(self.server, done, now)
        return applier

    @staticmethod
    def _apply_allergies(applier: Applier, resources: list[Json], run: _Run, complete: set[str]) -> None:
        by_patient: dict[str, list[Json]] = {}
        for resource in _unique(resources):
            patient = resource.get("patient") if isinstance(resource.get("patient"), dict) else {}
            ref = str(patient.get("reference", "")).rsplit("/", 1)[-1]
            by_patient.setdefault(ref, []).append(resource)
        for patient_id in run.members:
            client_id = applier.patient_clients.get(patient_id)
            if client_id is not None and (patient_id in complete or patient_id in by_patient):
                applier.apply_allergies(client_id, by_patient.get(patient_id, []), patient_id in complete)

    def _purge_removed(self, now: dt.datetime) -> tuple[int, int]:
        """Remove clients who left the caseload once everything written for them is confirmed."""
        with self.db.reading() as conn:
            removed = [e for e in PullRepository(conn).caseload(self.server) if e.removed_at is not None]
        purged = waiting = 0
        for entry in removed:
            try:
                with self.db.transaction() as conn:
                    purge_client(conn, entry.client_id, self.worker, now, self.db.device_id, REMOVED_REASON)
                purged += 1
            except PurgeRefused:
                waiting += 1
        return purged, waiting


def _complete_patients(searches: list[Search]) -> set[str]:
    """The Patients every search of theirs came back complete for."""
    patients = {p for s in searches for p in s.patients}
    return {p for p in patients if all(s.complete for s in searches if p in s.patients)}


def engine_fetcher(engine: SyncEngine, client: FhirHttpClient, kind: str | None,
                   report: Callable[[int, str], None]) -> Fetcher:
    """A :class:`Fetcher` on the engine's connection that waits, retries and cancels as the engine does."""
    return Fetcher(client, kind, engine.sleep, lambda attempt: engine.retry.delay(attempt, engine.rng),
                   engine.retry.attempts, engine.retry.max_retry_after_s, engine.cancel.is_set,
                   lambda received: report(received, f"Hentet {received} fra serveren …"))


def _unique(resources: list[Json]) -> list[Json]:
    """Each resource once (a search and its next page, or two searches, may both hold it)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for resource in resources:
        key = (str(resource.get("resourceType")), str(resource.get("id")))
        if key not in seen:
            seen.add(key)
            out.append(resource)
    return out
