"""From outbox rows to an ordered plan: FHIR resources in dependency levels.

Entries of one Bundle may be processed in any order (a ``batch`` promises no
order at all), so anything an entry references must be on the server *before*
the Bundle that carries the entry is sent. The plan therefore puts each entry
on a *level*: level 0 references nothing that is still to be sent (Patients,
Practitioners, audit lines for synced clients…), level n+1 references
something on level n. Versions of one record go on successive levels, in
order, so the server's history gets them in the order they were written.

An entry that references a record which is neither on the server nor in this
plan (its row failed earlier, or waits for a retry) cannot go yet: its row is
*held* and stays pending, with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..domain.records import WorkerRef
from ..domain.text_limits import (MAX_LONG_CHARS, TextProblem, clean_for_fhir, find_problem, has_bidi_controls,
                                  has_control_characters)
from ..store.database import Database
from ..store.outbox import OutboxEntry, OutboxState
from ..store.pulled import PullRepository
from .fhir_common import Json, MappingError, references_in
from .fhir_mapping import map_audit_event, map_record, practitioner, practitioners_for, resource_type_of_kind
from .http_client import encode_json
from .settings import ServerProfile

# Records more than one person edits (the client's own data, plan, goals, measures,
# individual plan, responsibility group, agreed tasks): their updates carry If-Match
# with the server's versionId, so a concurrent change becomes a visible conflict.
MULTI_EDITOR_KINDS = frozenset({"client", "goal", "measure", "individual_plan", "responsibility_group",
                                "agreed_task"})

ResourceKey = tuple[str, str]


class StoreContext:
    """The mapping context over the database, with the lookups cached for one plan."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._current: dict[str, Any] = {}
        self._owned: dict[str, bool] = {}

    def record(self, record_id: str) -> Any | None:
        if record_id not in self._current:
            with self._db.reading():
                self._current[record_id] = self._db.records.get(record_id)
        return self._current[record_id]

    def earlier_versions(self, record: Any) -> list[Any]:
        with self._db.reading():
            history = self._db.records.history(record.meta.record_id)
        return [r for r in history if r.meta.version < record.meta.version]

    def server_owned(self, record_id: str) -> bool:
        if record_id not in self._owned:
            with self._db.reading() as conn:
                self._owned[record_id] = bool(PullRepository(conn).owned_record_ids([record_id]))
        return self._owned[record_id]


@dataclass
class PlannedEntry:
    """One PUT: the resource, the outbox row it confirms (None for a Practitioner), what it waits for."""

    index: int
    key: ResourceKey
    resource: Json
    seq: int | None
    needs: list[int] = field(default_factory=list)     # must be confirmed first (referenced)
    after: list[int] = field(default_factory=list)     # must be settled first (earlier version)
    level: int = 0
    worker: WorkerRef | None = None                    # for Practitioner entries
    record_id: str | None = None                       # set when the PUT carries If-Match (multi-editor)


@dataclass
class PlannedRow:
    """An outbox row and the entries that together confirm it."""

    row: OutboxEntry
    entries: list[int]


@dataclass(frozen=True)
class SkippedRow:
    """A row not sent in this run, and why."""

    row: OutboxEntry
    reason_nb: str
    reason_en: str


@dataclass
class SyncPlan:
    """Entries by level, the rows they confirm, and the rows that cannot go now."""

    entries: list[PlannedEntry]
    rows: dict[int, PlannedRow]
    held: list[SkippedRow]          # wait for something else; stay pending
    unmappable: list[SkippedRow]    # cannot be expressed as FHIR; parked as failed
    local_only: list[OutboxEntry] = field(default_factory=list)   # not for the server (see map_record)

    def levels(self) -> list[list[int]]:
        """Entry indices per level, each level in outbox order."""
        by_level: dict[int, list[int]] = {}
        for entry in self.entries:
            by_level.setdefault(entry.level, []).append(entry.index)
        return [by_level[level] for level in sorted(by_level)]

    @property
    def empty(self) -> bool:
        return not self.rows and not self.unmappable


def plan_sync(db: Database, now: dt.datetime, profile: ServerProfile, include_deferred: bool) -> SyncPlan:
    """Everything pending (and due, unless ``include_deferred``) as a leveled plan."""
    with db.reading():
        pending = db.outbox.entries(OutboxState.PENDING)
        versions = db.records.get_versions([r.ref for r in pending if r.entity == "record"])
        events = db.audit.get_many([r.ref for r in pending if r.entity == "audit"])
    due = [r for r in pending if include_deferred or r.next_attempt_at is None or r.next_attempt_at <= now]
    due_seqs = {r.seq for r in due}
    # Records with a version that waits for its retry time: later versions must wait too.
    deferred_records = {versions[r.ref].meta.record_id for r in pending
                        if r.seq not in due_seqs and r.entity == "record" and r.ref in versions}
    context = StoreContext(db)
    entries: list[PlannedEntry] = []
    rows: dict[int, PlannedRow] = {}
    held: list[SkippedRow] = []
    unmappable: list[SkippedRow] = []
    local_only: list[OutboxEntry] = []
    first_of: dict[ResourceKey, int] = {}
    last_of: dict[ResourceKey, int] = {}
    practitioners_needed: dict[str, WorkerRef] = {}

    def add(resource: Json, seq: int | None, worker: WorkerRef | None = None, record_id: str | None = None) -> int:
        key = (resource["resourceType"], resource["id"])
        entry = PlannedEntry(len(entries), key, resource, seq, worker=worker, record_id=record_id)
        if key in last_of:
            entry.after.append(last_of[key])
        last_of[key] = entry.index
        first_of.setdefault(key, entry.index)
        entries.append(entry)
        return entry.index

    for row in due:
        item = versions.get(row.ref) if row.entity == "record" else events.get(row.ref)
        if item is None:
            unmappable.append(SkippedRow(row, "Oppføringen finnes ikke lenger lokalt.",
                                         "The entry no longer exists locally."))
            continue
        if row.entity == "record" and item.meta.record_id in deferred_records:
            held.append(SkippedRow(row, "Venter på at en tidligere versjon blir sendt.",
                                   "Waits for an earlier version to be sent."))
            continue
        try:
            resources = map_record(item, context) if row.entity == "record" else [map_audit_event(item)]
        except MappingError as exc:
            unmappable.append(SkippedRow(row, f"Kan ikke gjøres om til FHIR: {exc.message_nb}",
                                         f"Cannot be expressed as FHIR: {exc.message_en}"))
            continue
        if not resources:
            local_only.append(row)
            continue
        # The last guard before the wire: no server takes control characters, and some
        # texts no server takes at all (the forms refuse them; this catches what slipped by).
        resources, problem = _guarded(resources)
        if problem is not None:
            unmappable.append(SkippedRow(row, f"Kan ikke sendes: {problem.message_nb}",
                                         f"Cannot be sent: {problem.message_en}"))
            continue
        for worker in practitioners_for(item):
            if profile.practitioners.get(worker.hpr) != worker.name:
                practitioners_needed[worker.hpr] = worker
        # If-Match goes on the record's own resource only (a pulled client sends just its CAVE entries).
        multi = row.entity == "record" and row.kind in MULTI_EDITOR_KINDS \
            and resources[0]["resourceType"] == resource_type_of_kind(row.kind)
        rows[row.seq] = PlannedRow(row, [add(r, row.seq, record_id=item.meta.record_id if multi and n == 0 else None)
                                         for n, r in enumerate(resources)])
    for worker in practitioners_needed.values():
        # Practitioners are not outbox rows: the server profile remembers which it has.
        add(practitioner(worker), None, worker)
    _link_references(db, entries, first_of)
    blocked = _blocked_rows(entries, rows)
    for seq, reason in blocked.items():
        held.append(SkippedRow(rows.pop(seq).row, *reason))
    kept = [e for e in entries if e.seq is None or e.seq in rows]
    renumber = {e.index: i for i, e in enumerate(kept)}
    for entry in kept:
        entry.index = renumber[entry.index]
        entry.needs = [renumber[n] for n in entry.needs if n in renumber]
        entry.after = [renumber[n] for n in entry.after if n in renumber]
    for planned in rows.values():
        planned.entries = [renumber[i] for i in planned.entries]
    _assign_levels(kept)
    held.sort(key=lambda s: s.row.seq)
    return SyncPlan(kept, rows, held, unmappable, local_only)


def _guarded(resources: list[Json]) -> tuple[list[Json], TextProblem | None]:
    """The resources with control characters stripped, and the first reason no server would take one.

    Fast path first (this runs for every record of a sync): one JSON encoding and a
    scan of it; the deep walk only when the scan finds something suspicious.
    """
    out: list[Json] = []
    for resource in resources:
        data = encode_json(resource)
        if b"\\u00" in data or b"\\b" in data or b"\\f" in data or has_control_characters(data.decode()):
            resource = clean_for_fhir(resource)   # type: ignore[assignment]
            data = encode_json(resource)
        if len(data) > MAX_LONG_CHARS or has_bidi_controls(data.decode()):
            problem = find_problem(resource, len(data))
            if problem is not None:
                return resources, problem
        out.append(resource)
    return out, None


_MISSING = ("Venter på en oppføring den viser til, som ikke er sendt (feilet eller venter).",
            "Waits for a record it refers to, which has not been sent (failed or waiting).")


def _link_references(db: Database, entries: list[PlannedEntry], first_of: dict[ResourceKey, int]) -> None:
    """Turn each literal reference into a dependency, or note it as missing (entry.needs = [-1])."""
    outside: dict[int, list[str]] = {}
    for entry in entries:
        for key in references_in(entry.resource):
            if key == entry.key:
                continue
            if key in first_of:
                entry.needs.append(first_of[key])
            elif key[0] != "Practitioner":   # a Practitioner not planned is one the server has
                outside.setdefault(entry.index, []).append(key[1])
    ids = sorted({i for refs in outside.values() for i in refs})
    with db.reading() as conn:
        # On the server already: confirmed there, pulled from there, or a person it has under its own id.
        synced = db.outbox.synced_record_ids(ids) | PullRepository(conn).owned_record_ids(ids)
        synced |= {local for (_, local) in db.outbox.identities(db.outbox.active_server() or "")}
    for index, refs in outside.items():
        if any(ref not in synced for ref in refs):
            entries[index].needs.append(-1)


def _blocked_rows(entries: list[PlannedEntry], rows: dict[int, PlannedRow]) -> dict[int, tuple[str, str]]:
    """Rows that cannot go in this run: a missing reference, or one on a row that cannot go."""
    blocked = {e.seq: _MISSING for e in entries if -1 in e.needs and e.seq is not None}
    changed = True
    while changed:
        changed = False
        for entry in entries:
            if entry.seq is None or entry.seq in blocked:
                continue
            for dep in entry.needs:
                dep_seq = entries[dep].seq if dep >= 0 else None
                if dep_seq is not None and dep_seq in blocked:
                    blocked[entry.seq] = _MISSING
                    changed = True
                    break
    for entry in entries:
        entry.needs = [n for n in entry.needs if n >= 0]
    return {seq: reason for seq, reason in blocked.items() if seq in rows}


def _assign_levels(entries: list[PlannedEntry]) -> None:
    """Level = 1 + the highest level of anything it waits for (iteratively, no recursion limit)."""
    done: dict[int, int] = {}
    for start in entries:
        stack = [start.index]
        visiting: set[int] = set()
        while stack:
            index = stack[-1]
            if index in done:
                stack.pop()
                continue
            visiting.add(index)
            waits = entries[index].needs + entries[index].after
            todo = [d for d in waits if d not in done and d not in visiting]
            if todo:
                stack.extend(todo)
                continue
            # A cycle cannot arise from the mapping; were one to, its members share a level.
            done[index] = 1 + max((done[d] for d in waits if d in done), default=-1)
            visiting.discard(index)
            stack.pop()
    for entry in entries:
        entry.level = done[entry.index]
