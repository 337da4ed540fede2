"""Resolving the persons of a plan on the server before anything is sent (see :mod:`desktop.sync.identity`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store.pulled import PullRepository
from .bundles import EntryAnswer, EntryState, retry_after_seconds
from .http_client import TransportError
from .identity import Found, PersonKey, merge_identifiers, persons_to_search, read_found, rewrite_identities, \
    search_bundle
from .planner import SyncPlan
from .sender import LOST_NB, UNREADABLE_NB, Sender, StopRun

if TYPE_CHECKING:
    from .engine import SyncEngine

AMBIGUOUS_NB = ("Serveren har flere personer med samme identifikator (fødselsnummer eller HPR-nummer). "
                "Ingenting sendes for denne personen før serveren er ryddet.")


def resolve_persons(engine: SyncEngine, sender: Sender, plan: SyncPlan) -> None:
    """Adopt the server's ids for persons it already holds; remember what it said.

    Raises :class:`StopRun` when the server does not answer the searches readably:
    sending without knowing could make a second resource for someone.
    """
    server = sender.url
    with engine.db.reading() as conn:
        stored = engine.db.outbox.identities(server)
        pulled = PullRepository(conn)
        record_ids = [e.record_id for e in plan.entries if e.record_id]
        confirmed = engine.db.outbox.confirmed_versions(server, record_ids)
        # A record pulled after our last confirmed version goes up on the version the pull saw.
        for record_id, (local, remote) in pulled.pulled_versions(server, record_ids).items():
            if record_id not in confirmed or confirmed[record_id][0] <= local:
                confirmed[record_id] = (local, remote)
        sender.server_versions.update({k: v for k, (_, v) in confirmed.items()})
        patients = [e.key[1] for e in plan.entries if e.key[0] == "Patient"]
        on_server = engine.db.outbox.synced_record_ids(patients) | pulled.owned_record_ids(patients)
        # Records pulled from this server are named there by the server's ids.
        stored = {**pulled.server_ids(server), **stored}
    known: set[PersonKey] = set(stored)
    known.update(("Patient", pid) for pid in on_server)            # sent here before, under our id
    known.update(e.key for e in plan.entries                       # Practitioners this server has
                 if e.key[0] == "Practitioner" and e.worker is not None
                 and sender.profile.practitioners.get(e.worker.hpr) is not None)
    search = persons_to_search(plan, known)
    found: list[Found] = []
    for start in range(0, len(search.keys), sender.size):
        part = type(search)(search.keys[start:start + sender.size], search.identifiers[start:start + sender.size])
        found.extend(_search(engine, sender, part))
    ids: dict[PersonKey, str] = dict(stored)
    new: dict[PersonKey, str] = {}
    adopted_practitioners = False
    for key, answer in zip(search.keys, found):
        entries = [e for e in plan.entries if e.key == key]
        if answer.ambiguous:
            engine.settle([(e, EntryAnswer(EntryState.REJECTED, 409, reason=AMBIGUOUS_NB)) for e in entries],
                          sender.save_profile)
            continue
        remote = answer.server_id or key[1]
        new[key] = ids[key] = remote
        if answer.server_id is None or answer.resource is None:
            continue
        for entry in entries:
            if key[0] == "Practitioner" and entry.worker is not None:
                # The server's own Practitioner for this HPR number stays as it is.
                engine.settle([(entry, EntryAnswer(EntryState.CONFIRMED, 200))], sender.save_profile)
                adopted_practitioners = True
            elif key[0] == "Patient":
                merge_identifiers(entry, answer.resource)
                if entry.record_id and answer.version and entry.record_id not in sender.server_versions:
                    sender.server_versions[entry.record_id] = answer.version
    if new:
        with engine.db.transaction():
            for (type_, local), remote in new.items():
                engine.db.outbox.save_identity(server, type_, local, remote)
    if adopted_practitioners:
        sender.save_profile()
    rewrite_identities(plan, ids)


def _search(engine: SyncEngine, sender: Sender, search) -> list[Found]:  # noqa: ANN001 - PersonSearch
    """One Bundle of identifier searches, retried with backoff."""
    attempt = 0
    while True:
        wait = None
        try:
            http = sender.client.post_bundle(search_bundle(sender.kind, search), False)
            found = read_found(http.body, sender.kind, len(search.keys)) if 200 <= http.status < 300 else None
            if found is not None:
                return found
            what = f"HTTP {http.status} to the identifier searches"
            wait = retry_after_seconds(http.headers.get("Retry-After"))
            why_nb = UNREADABLE_NB if http.status < 300 else (
                f"Serveren svarer med feil (HTTP {http.status}). Det som ikke ble bekreftet, sendes senere.")
        except TransportError as exc:
            what, why_nb = str(exc), LOST_NB
        attempt += 1
        if wait is not None and wait > engine.retry.max_retry_after_s:
            raise StopRun(f"Serveren er opptatt og ber om at vi venter {int(wait)} sekunder. Resten sendes senere.",
                          f"The server asks us to wait {int(wait)} s.")
        if attempt >= engine.retry.attempts:
            raise StopRun(why_nb, f"Could not look up persons by identifier ({what}); nothing was sent.")
        engine.sleep(wait if wait is not None else engine.retry.delay(attempt, engine.rng),
                     "Slår opp personer på serveren …")
