"""Writing what the pull fetched: new local versions of the server's records, never over a local change.

Run inside one transaction (:class:`Applier` takes the connection). For each resource:

* written by this device (our record-version extension) → skipped: the local record is the
  source, the push keeps the server in step;
* the same ``versionId`` as last applied → nothing to do;
* otherwise the domain record is built from it (``fhir_inbound``, ``fhir_inbound_plan``) and
  appended as a new version of the same local record — without an outbox row: it is the
  server's, and must never go back as ours. Content equal to the local head (only server
  metadata moved) writes no version.
* a record several people edit that has a local version the server has not confirmed is not
  written over: the row is marked *waiting* and the resource is asked for again next time
  (by then the push has sent the local change, or shown it as a conflict).

Orders keep their local administration notes; a changed, stopped, paused or erroneous order
gets its banner (``change``/``changed_at``). CAVE entries are merged into the client record
(hand-entered ones kept). What a complete census no longer holds (orders, doses, notes,
observations, plan items: ``desktop.sync.caseload``; CAVE) was deleted on the server and is shown
so: the record entered in error with :data:`DELETED_NB` as the reason (an order also suspended),
the CAVE entry gone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..domain import caseload as rules
from ..domain.clients import Allergy, Client
from ..domain.codec import to_plain
from ..domain.errors import DomainError
from ..domain.kinds import kind_of
from ..domain.medication import MedicationOrder
from ..domain.medication_rules import LOCAL_TZ
from ..domain.records import RecordMeta, RecordStatus, WorkerRef, new_id
from ..store.connection import Connection
from ..store.outbox import OutboxRepository
from ..store.pulled import PullRepository, ServerRecord
from ..store.records import RecordRepository
from ..store.timefmt import to_db
from . import fhir_inbound as inbound
from .fhir_inbound_plan import plan_record
from .fhir_mapping import resource_type_of_kind
from .fhir_read import InboundError, Json, ResourceKey, identifier_value, instant, last_updated, literal, our_record
from .fhir_read import version_id as version_of
from .pull_rules import PulledRules, rule_break_texts
from ..domain.identifiers import OID_DNR, OID_FNR

SERVER_DEVICE = "server"    # the device id on versions that came from the server
DELETED_NB = "Slettet i kommunens journal."
MULTI_EDITOR = frozenset({"client", "goal", "measure", "individual_plan", "responsibility_group", "agreed_task"})


@dataclass
class ApplyCounts:
    """What one pull wrote, skipped and could not read."""

    applied: int = 0
    unchanged: int = 0
    waiting: int = 0
    problems: list[str] = field(default_factory=list)
    new_clients: list[str] = field(default_factory=list)
    order_changes: int = 0
    deleted: int = 0                 # records marked deleted on the server in this run
    rule_breaks: set[str] = field(default_factory=set)   # records whose pulled version breaks a rule (kept)

    def rule_break_texts(self) -> tuple[str, str]:
        """The summary's "N hentede oppføringer bryter en regel" clause ("" when none)."""
        return rule_break_texts(len(self.rule_breaks))


class Applier:
    """Applies fetched resources for one server; construct inside a write transaction."""

    def __init__(self, conn: Connection, server: str, worker: WorkerRef, device_id: str, now: dt.datetime,
                 included: dict[ResourceKey, Json]) -> None:
        self._conn = conn
        self.server = server
        self.worker = worker
        self.device_id = device_id
        self.now = now
        self.today = now.astimezone(LOCAL_TZ).date()
        self.included = included
        self.records = RecordRepository(conn)
        self.pulled = PullRepository(conn)
        self.outbox = OutboxRepository(conn)
        self.known = self.pulled.records(server)
        identities = self.outbox.identities(server)
        self.reverse = {(t, remote): local for (t, local), remote in identities.items()}
        self.unconfirmed = self.pulled.unconfirmed_record_ids()
        self.counts = ApplyCounts()
        # Every version written below is judged by the domain's rules first; a finding never stops it.
        self._orders = {rec.record_id: key for key, rec in self.known.items() if key[0] == "MedicationRequest"}
        self.rules = PulledRules(conn, self.records, server, now, self.counts.rule_breaks, self._order_written_at)
        self._national_ids: dict[str, str] | None = None
        self.patient_clients: dict[str, str] = {}      # server Patient id → local client id

    # -- identities ---------------------------------------------------------------------

    def _head_kind(self, record_id: str) -> str | None:
        row = self._conn.execute("SELECT kind FROM record_heads WHERE record_id = ?", (record_id,)).fetchone()
        return row[0] if row else None

    def local_id(self, key: ResourceKey | None) -> str | None:
        """The local record a server resource is (pulled, adopted, or ours under the same id)."""
        if key is None:
            return None
        rec = self.known.get(key)
        if rec is not None and rec.kind != "allergy":
            return rec.record_id
        local = self.reverse.get(key)
        if local is not None:
            return local
        kind = self._head_kind(key[1])
        return key[1] if kind is not None and resource_type_of_kind(kind) == key[0] else None

    def _client_by_national_id(self, national_id: str) -> str | None:
        if self._national_ids is None:
            clients = self.records.current("client")
            self._national_ids = {c.national_id: c.client_id for c in clients}
        return self._national_ids.get(national_id)

    def ours(self, resource: Json) -> bool:
        """Written by this device (or another Ambulant's record this device already holds as its own)."""
        mark = our_record(resource)
        if mark is None:
            return False
        record_id, device = mark
        if device == self.device_id:
            return True
        key = (str(resource.get("resourceType")), str(resource.get("id")))
        return key not in self.known and self._head_kind(record_id) is not None

    # -- writing ------------------------------------------------------------------------

    def _meta(self, existing: Any, occurred_at: dt.datetime, author: WorkerRef | None, in_error: bool,
              reason: str = "") -> RecordMeta:
        who = author or self.worker
        status = RecordStatus.ENTERED_IN_ERROR if in_error else RecordStatus.ACTIVE
        if existing is None:
            record_id = new_id()
            return RecordMeta(record_id, record_id, 1, who, occurred_at, self.now, SERVER_DEVICE,
                              status=status, status_reason=reason if in_error else "")
        old = existing.meta
        return RecordMeta(old.record_id, new_id(), old.version + 1, who, occurred_at, self.now, SERVER_DEVICE,
                          replaces=old.version_id, status=status, status_reason=reason if in_error else "")

    @staticmethod
    def _same(old: Any, new: Any) -> bool:
        if type(old) is not type(new):
            return False
        a, b = to_plain(old), to_plain(new)
        keep = ("status", "status_reason", "occurred_at")   # a dose moved to another time is a change
        a["meta"] = {k: a["meta"][k] for k in keep}
        b["meta"] = {k: b["meta"][k] for k in keep}
        return a == b

    def _remember(self, key: ResourceKey, record_id: str, kind: str, client_id: str | None,
                  resource: Json | None, local_version: int | None, status: str = "active",
                  change: str | None = None, changed_at: str | None = None, author_name: str = "",
                  waiting: bool = False) -> None:
        old = self.known.get(key)
        row = ServerRecord(
            self.server, key[0], key[1], record_id, kind, client_id,
            old.version_id if waiting and old else (version_of(resource) if resource else old.version_id if old else None),
            old.last_updated if waiting and old else (last_updated(resource) if resource else None),
            status, local_version if local_version is not None else (old.local_version if old else None),
            to_db(self.now), changed_at or (old.changed_at if old else None),
            "waiting" if waiting else change or (old.change if old and old.change != "waiting" else None),
            author_name or (old.author_name if old else ""))
        self.pulled.save(row)
        self.known[key] = row
        if key[0] == "MedicationRequest":
            self._orders[record_id] = key

    def _order_written_at(self, order_id: str) -> dt.datetime | None:
        """When the server last wrote a pulled order (its ``meta.lastUpdated``), None for a local one."""
        key = self._orders.get(order_id)
        row = self.known.get(key) if key is not None else None
        return instant(row.last_updated) if row is not None else None

    def _write(self, key: ResourceKey, record: Any, existing: Any, resource: Json, client_id: str | None,
               author_name: str, change: str | None = None, status: str = "active") -> None:
        if existing is not None and self._same(existing, record):
            self.counts.unchanged += 1
            version = existing.meta.version
        else:
            self.rules.judge(record)
            self.records.append(record)
            self.counts.applied += 1
            version = record.meta.version
        changed_at = None
        if change is not None:
            when = instant(last_updated(resource)) or self.now
            changed_at = to_db(when)
        self._remember(key, record.meta.record_id, kind_of(record), client_id, resource, version, status,
                       change, changed_at, author_name)

    def _unchanged(self, key: ResourceKey, resource: Json) -> bool:
        old = self.known.get(key)
        return old is not None and old.change != "waiting" and old.version_id is not None \
            and old.version_id == version_of(resource) and old.server_status != "deleted"

    def _problem(self, resource: Json, text: str) -> None:
        self.counts.problems.append(f"{resource.get('resourceType')}/{resource.get('id')}: {text}")

    # -- patients and CAVE --------------------------------------------------------------

    def client_for_patient(self, patient_id: str, resource: Json | None = None) -> str | None:
        """The local client of a server Patient: pulled before, adopted, ours by id, or the same national id."""
        if patient_id in self.patient_clients:
            return self.patient_clients[patient_id]
        found = self.local_id(("Patient", patient_id))
        if found is None and resource is not None:
            national_id = identifier_value(resource, (OID_FNR, OID_DNR))
            found = self._client_by_national_id(national_id) if national_id else None
        if found is not None:
            self.patient_clients[patient_id] = found
        return found

    def apply_patient(self, resource: Json) -> str | None:
        """Bring one caseload Patient in; returns the local client id (None when it cannot be read)."""
        patient_id = str(resource.get("id"))
        key = ("Patient", patient_id)
        client_id = self.client_for_patient(patient_id, resource)
        existing = self.records.get(client_id) if client_id else None
        if existing is not None and not isinstance(existing, Client):
            self._problem(resource, "ikke en bruker lokalt")
            return None
        if existing is not None and key not in self.known and self.ours(resource):
            return client_id     # a client registered here: the server holds what we sent, nothing to take
        if existing is not None and existing.client_id in self.unconfirmed:
            self.counts.waiting += 1
            self._remember(key, existing.client_id, "client", existing.client_id, resource, None, waiting=True)
            return existing.client_id
        if self._unchanged(key, resource) and existing is not None:
            return existing.client_id
        head = inbound.header(resource, self.included, self.now)
        occurred = existing.meta.occurred_at if existing is not None else head.occurred_at
        try:
            client = inbound.client_from_patient(resource, self._meta(existing, occurred, None, False), existing)
        except (InboundError, DomainError) as exc:
            self._problem(resource, getattr(exc, "message_nb", str(exc)))
            return None
        if client_id is None:
            self.counts.new_clients.append(client.client_id)
        if self.reverse.get(key) != client.client_id:
            self.outbox.save_identity(self.server, "Patient", client.client_id, patient_id)
            self.reverse[key] = client.client_id
        self.patient_clients[patient_id] = client.client_id
        self._write(key, client, existing, resource, client.client_id, "")
        return client.client_id

    def apply_allergies(self, client_id: str, resources: Iterable[Json], complete: bool) -> None:
        """Merge the record's CAVE list into the client (hand-entered entries stay as they are)."""
        client = self.records.get(client_id)
        if not isinstance(client, Client):
            return
        server: dict[str, Allergy] = {}
        seen: set[str] = set()
        for resource in resources:
            if self.ours(resource):
                continue
            key = ("AllergyIntolerance", str(resource.get("id")))
            seen.add(key[1])
            allergy = inbound.allergy_from(resource, self.included)
            old = self.known.get(key)
            status = "active" if allergy is not None else "inactive"
            change = None if old is None or old.version_id == version_of(resource) else rules.ServerChange.CHANGED.value
            self._remember(key, client_id, "allergy", client_id, resource, None, status, change,
                           to_db(instant(last_updated(resource)) or self.now) if change else None)
            if allergy is not None:
                server[allergy.origin] = allergy
        if not complete:
            kept = {a.origin: a for a in client.allergies if a.from_server and a.origin not in seen}
            server = {**kept, **server}
        else:
            for key, rec in list(self.known.items()):
                if rec.kind == "allergy" and rec.client_id == client_id and key[1] not in seen \
                        and rec.server_status != "deleted":
                    self._remember(key, client_id, "allergy", client_id, None, None, "deleted",
                                   rules.ServerChange.DELETED.value, to_db(self.now))
        # In the order the client has them: hand-entered ones kept, the record's replaced, new ones last.
        kept = [a if not a.from_server else server.pop(a.origin) for a in client.allergies
                if not a.from_server or a.origin in server]
        allergies = tuple(kept) + tuple(sorted(server.values(), key=lambda a: a.substance.casefold()))
        if allergies == client.allergies:
            return
        meta = self._meta(client, client.meta.occurred_at, None, False)
        changed = dataclasses.replace(client, meta=meta, allergies=allergies)
        self.rules.judge(changed)
        self.records.append(changed)
        self.counts.applied += 1
        # The orders already here are judged again against the new CAVE (new ones are judged as written).
        self.rules.rejudge(rec.record_id for rec in list(self.known.values())
                           if rec.kind == "order" and rec.client_id == client_id and rec.server_status != "deleted")
        patient = self.known.get(("Patient", next((p for p, c in self.patient_clients.items() if c == client_id), "")))
        if patient is not None:
            self.pulled.save(dataclasses.replace(patient, local_version=meta.version))

    # -- everything else ------------------------------------------------------------------

    def apply(self, resource: Json) -> None:
        """One order, dose, observation, document or plan resource of a caseload client."""
        type_ = str(resource.get("resourceType"))
        key = (type_, str(resource.get("id")))
        if self.ours(resource) or self._unchanged(key, resource):
            return
        patient = inbound.patient_of(resource)
        client_id = self.patient_clients.get(patient[1]) if patient else None
        if client_id is None:
            return   # not about a client of the caseload (an include, or a client that could not be read)
        rec = self.known.get(key)
        existing = self.records.get(rec.record_id) if rec is not None else None
        if existing is not None and existing.meta.record_id in self.unconfirmed and kind_of(existing) in MULTI_EDITOR:
            self.counts.waiting += 1
            self._remember(key, existing.meta.record_id, kind_of(existing), client_id, resource, None, waiting=True)
            return
        head = inbound.header(resource, self.included, self.now)
        meta = self._meta(existing, head.occurred_at, head.author.worker, head.in_error,
                          "Merket som feilregistrert i kommunens journal.")
        try:
            record, change = self._record(resource, meta, client_id, existing)
        except (InboundError, DomainError) as exc:
            self._problem(resource, getattr(exc, "message_nb", str(exc)))
            return
        if record is None:
            return
        status = str(resource.get("status") or resource.get("lifecycleStatus") or "active")
        self._write(key, record, existing, resource, client_id, head.author.name, change, status)

    def _record(self, resource: Json, meta: RecordMeta, client_id: str, existing: Any) -> tuple[Any, str | None]:
        type_ = resource.get("resourceType")
        if type_ == "MedicationRequest":
            before = existing if isinstance(existing, MedicationOrder) else None
            order = inbound.order_from(resource, meta, client_id, self.included, before, self.today)
            change = inbound.order_change(before, order, str(resource.get("status") or ""))
            if change is not None:
                self.counts.order_changes += 1
            return order, change.value if change else None
        if type_ == "MedicationAdministration":
            order = self.records.get(self.local_id(literal(resource.get("request"))) or "")
            if not isinstance(order, MedicationOrder):
                raise InboundError("Dosen hører til en ordinasjon som ikke finnes her.",
                                   "The dose belongs to an order not on this device.")
            return inbound.administration_from(resource, meta, client_id, order, self.included), None
        return plan_record(resource, meta, client_id, self.local_id, self.included, self.today), None

    def mark_deleted(self, resource_type: str, client_ids: set[str], seen: set[str],
                     since: dt.datetime | None = None) -> None:
        """Records of these clients (since ``since``) a complete census no longer holds: deleted on the server.

        Only what came from the server (a provenance row) is judged; a record written on this
        laptop never is. The deletion is a new local version entered in error with
        :data:`DELETED_NB` (an order is also suspended), without an outbox row; a record with a
        local change the server has not confirmed is left as it is and waits, as an update would.
        """
        for key, rec in list(self.known.items()):
            if key[0] != resource_type or rec.client_id not in client_ids or key[1] in seen \
                    or rec.server_status == "deleted" or rec.kind == "allergy":
                continue
            existing = self.records.get(rec.record_id)
            if existing is None or (since is not None and existing.meta.occurred_at < since):
                continue
            if rec.record_id in self.unconfirmed:
                self.counts.waiting += 1
                self._remember(key, rec.record_id, rec.kind, rec.client_id, None, None, waiting=True)
                continue
            if not existing.meta.entered_in_error:
                # The record keeps its author (the window names who wrote it); the version is the server's.
                meta = self._meta(existing, existing.meta.occurred_at, existing.meta.author, True, DELETED_NB)
                changes: dict[str, Any] = {"suspended": True} if isinstance(existing, MedicationOrder) else {}
                gone = dataclasses.replace(existing, meta=meta, **changes)
                self.rules.judge(gone)
                self.records.append(gone)
                self.counts.applied += 1
                self.counts.deleted += 1
                self.counts.order_changes += isinstance(existing, MedicationOrder)
            self._remember(key, rec.record_id, rec.kind, rec.client_id, None, None, "deleted",
                           rules.ServerChange.DELETED.value, to_db(self.now))
