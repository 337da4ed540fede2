"""The caseload: clients from the municipal server, what is the server's, offline intake and CAVE by hand.

* :meth:`CaseloadServices.register_client` — a client registered on the laptop (name, national id
  or D-number with check digits, birth date checked against it, address, relatives); the sync
  resolves it against the server's Patient by national id (never a second Patient).
* :meth:`add_allergy` / :meth:`change_allergy` / :meth:`remove_allergy` — CAVE entered by hand,
  with its source and who recorded it; entries from the municipal record are read-only here.
* :meth:`server_state` — for one client: updated from the server when, removed from the
  caseload (waiting for the sync), banners for changed or stopped orders, and which records
  came from the server (colleagues' doses ask before being signed again).
* :meth:`pulled_findings` — the rules a record pulled for the client breaks (a pulled order for a
  drug in CAVE, a colleague's dose past the as-needed maximum, a dose of a stopped order): kept by
  the pull, never refused, shown where the order and the dose are.
* ``correct`` and ``enter_in_error`` refuse to change what is the server's: orders and CAVE are
  the prescriber's (only an order's local administration notes may change, and those stay on
  this device); doses, notes and observations others wrote are theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain import caseload as rules
from ..domain import medication_rules as med_rules
from ..domain.audit import AuditAction
from ..domain.clients import Allergy, Client, Relative
from ..domain.errors import DomainError, require_text
from ..domain.kinds import kind_of
from ..domain.medication import Administration, MedicationOrder
from ..domain.overrides import Rule
from ..domain.records import correct as correct_record
from ..store.pulled import PullRepository
from ..store.pulled_findings import PulledFindingRepository
from ..store.timefmt import from_db
from .base import ServiceBase

# A changed or stopped order keeps its banner this long.
NOTICE_DAYS = 7
# Kinds others write that are theirs alone (a pulled one is never corrected here).
_THEIRS = frozenset({"order", "administration", "effect_evaluation", "note", "measurement"})
_READ_ONLY_NB = "Dette kommer fra kommunens journal og kan ikke endres her."
_READ_ONLY_EN = "This comes from the municipal record and cannot be changed here."


@dataclass(frozen=True)
class PulledFinding:
    """A rule a record from the municipal record breaks here (it is kept as the server has it)."""

    record_id: str
    kind: str                             # "order", "administration", …
    order_id: str | None                  # the order itself, or the order of a dose
    occurred_at: dt.datetime              # when the dose was given (an order: when it was written)
    author_name: str                      # who wrote it there
    rule: Rule
    message_nb: str
    message_en: str

    def text(self, language: str) -> str:
        """The finding in ``language`` ('en'; Bokmål for 'nb' and 'nn')."""
        return self.message_en if language == "en" else self.message_nb


@dataclass(frozen=True)
class ClientServerState:
    """What the window shows about where a client's records come from."""

    client_id: str
    from_server: bool                     # the client came from the municipal record
    updated_at: dt.datetime | None        # last brought up to date from the server
    removed_pending: bool                 # left the caseload; removed once everything is confirmed
    order_notices: tuple[rules.OrderNotice, ...]
    from_server_ids: frozenset[str]       # records that came from the server (read-only here)
    authors: dict[str, str]               # record id → who wrote it there, as the record names them
    waiting: int                          # server changes waiting for a local change to be confirmed
    findings: tuple[PulledFinding, ...] = ()   # rules pulled records break (see pulled_findings)


class CaseloadServices(ServiceBase):
    """Caseload use cases (registered first in the facade: its guards run before the generic ones)."""

    # -- intake ---------------------------------------------------------------------

    def register_client(self, name: str, national_id: str, birth_date: dt.date | None = None,
                        address: str = "", phone: str = "", relatives: tuple[Relative, ...] = (),
                        responsible_unit: str = "") -> Client:
        """Register a client on this laptop; the national id (or D-number) is checked, the birth date must agree."""
        require_text(name, "name", "Navn", "Name")
        rules.check_birth_date("".join(national_id.split()), birth_date)
        return self.create_client(name, national_id, address.strip(), phone.strip(), (), tuple(relatives),
                                  responsible_unit.strip())

    def add_allergy(self, client_id: str, substance: str, reaction: str = "", severity: str = "",
                    source: str = "", recorded_by: str = "") -> Client:
        """Add a CAVE entry by hand (a new version of the client; the old one stays)."""
        client = self.get_client(client_id)
        allergy = self._allergy(substance, reaction, severity, source, recorded_by)
        key = allergy.substance.casefold()
        if any(a.substance.strip().casefold() == key for a in client.allergies):
            raise DomainError("substance", "Denne CAVE-en er allerede registrert.", "This CAVE entry already exists.")
        return self._save_allergies(client, (*client.allergies, allergy))

    def change_allergy(self, client_id: str, substance: str, new_substance: str | None = None, reaction: str = "",
                       severity: str = "", source: str = "", recorded_by: str = "") -> Client:
        """Change a CAVE entered by hand (those from the municipal record are read-only)."""
        client = self.get_client(client_id)
        index = self._hand_entered(client, substance)
        changed = self._allergy(new_substance or client.allergies[index].substance, reaction, severity, source,
                                recorded_by)
        allergies = list(client.allergies)
        allergies[index] = changed
        if len({a.substance.strip().casefold() for a in allergies}) != len(allergies):
            raise DomainError("substance", "Denne CAVE-en er allerede registrert.", "This CAVE entry already exists.")
        return self._save_allergies(client, tuple(allergies))

    def remove_allergy(self, client_id: str, substance: str) -> Client:
        """Remove a CAVE entered by hand (the history keeps it; the server's copy is marked inactive)."""
        client = self.get_client(client_id)
        index = self._hand_entered(client, substance)
        return self._save_allergies(client, client.allergies[:index] + client.allergies[index + 1:])

    def _allergy(self, substance: str, reaction: str, severity: str, source: str, recorded_by: str) -> Allergy:
        require_text(source, "source", "Kilde (hvem opplysningen kommer fra)", "Source")
        who = recorded_by.strip() or f"{self.worker.name} (HPR {self.worker.hpr})"
        return Allergy(substance.strip(), reaction.strip(), severity.strip(), source.strip(), who,
                       self.clock().astimezone(med_rules.LOCAL_TZ).date())

    @staticmethod
    def _hand_entered(client: Client, substance: str) -> int:
        key = substance.strip().casefold()
        for index, allergy in enumerate(client.allergies):
            if allergy.substance.strip().casefold() == key:
                if allergy.from_server:
                    raise DomainError("substance", "CAVE fra kommunens journal kan ikke endres her.",
                                      "CAVE from the municipal record cannot be changed here.")
                return index
        raise DomainError("substance", f"Fant ingen CAVE «{substance}».", f'No CAVE entry "{substance}".')

    def _save_allergies(self, client: Client, allergies: tuple[Allergy, ...]) -> Client:
        new = correct_record(client, self.worker, self.db.device_id, self.clock(), None, allergies=allergies)
        return self._save(new, AuditAction.CORRECT)

    # -- what is the server's ---------------------------------------------------------

    def _server_owned(self, record_id: str) -> bool:
        with self.db.reading() as conn:
            return bool(PullRepository(conn).owned_record_ids([record_id]))

    def server_state(self, client_id: str) -> ClientServerState:
        """Where the client's records come from, and what changed on the server (no audit entry)."""
        with self.db.reading() as conn:
            repo = PullRepository(conn)
            rows = repo.for_client(client_id)
            entry = repo.caseload_entry(client_id)
        now = self.clock()
        notices = []
        for row in rows:
            if row.resource_type != "MedicationRequest" or not row.change or row.change == "waiting" \
                    or not row.changed_at:
                continue
            at = from_db(row.changed_at)
            if now - at > dt.timedelta(days=NOTICE_DAYS):
                continue
            order = self._get(row.record_id)
            if isinstance(order, MedicationOrder):
                notices.append(rules.OrderNotice(order, rules.ServerChange(row.change), at))
        return ClientServerState(
            client_id, any(r.resource_type == "Patient" and r.record_id == client_id for r in rows),
            from_db(entry.updated_at) if entry is not None else None,
            entry is not None and entry.removed_at is not None,
            tuple(sorted(notices, key=lambda n: n.at, reverse=True)),
            frozenset(r.record_id for r in rows if r.kind != "allergy"),
            {r.record_id: r.author_name for r in rows if r.author_name and r.kind != "allergy"},
            sum(1 for r in rows if r.change == "waiting"), tuple(self.pulled_findings(client_id)))

    def pulled_findings(self, client_id: str) -> list[PulledFinding]:
        """The rules that records pulled for the client break now (the newest pulled version of each)."""
        with self.db.reading() as conn:
            stored = PulledFindingRepository(conn).current(client_id)
            authors = {r.record_id: r.author_name for r in PullRepository(conn).for_client(client_id)
                       if r.kind != "allergy"}
            records = {s.record_id: self.db.records.get(s.record_id) for s in stored}
        found = []
        for item in stored:
            record = records[item.record_id]
            if record is None:
                continue
            order_id = record.order_id if isinstance(record, Administration) else \
                record.order_id if isinstance(record, MedicationOrder) else None
            f = item.finding
            found.append(PulledFinding(item.record_id, kind_of(record), order_id, record.meta.occurred_at,
                                       authors.get(item.record_id) or record.meta.author.name, f.rule,
                                       f.message_nb, f.message_en))
        # Orders first (what the drug is), then doses in the order they were given.
        return sorted(found, key=lambda f: (f.kind != "order", f.occurred_at, f.record_id))

    def doses_by_others(self, order_id: str, at: dt.datetime | None = None) -> list[Administration]:
        """Doses of this order someone else gave in the last 24 hours, newest first: ask before giving another."""
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        at = at or self.clock()
        with self.db.reading() as conn:
            given = self.db.records.current("administration", order.client_id, since=at - dt.timedelta(hours=24),
                                            until=at + dt.timedelta(seconds=1))
            pulled = frozenset(r.record_id for r in PullRepository(conn).for_client(order.client_id))
        return rules.doses_by_others(order, given, at, self.worker.hpr, pulled)

    # -- guards over the generic corrections -------------------------------------------

    def correct(self, record_id: str, **changes: Any) -> Any:
        """As :meth:`RecordServices.correct`, refusing what is the server's (see the module docstring)."""
        record = self._get(record_id)
        kind = kind_of(record)
        if self._server_owned(record_id):
            if kind == "client":
                self._check_client_changes(record, changes)
            elif kind in _THEIRS and not (kind == "order" and set(changes) <= {"administration_notes"}):
                raise DomainError("record_id", _READ_ONLY_NB, _READ_ONLY_EN)
        saved = super().correct(record_id, **changes)  # type: ignore[misc]
        if kind == "order" and self._server_owned(record_id):
            with self.db.transaction():   # the notes stay here: never sent over the prescriber's order
                self.db.outbox.mark_local_versions([saved.meta.version_id])
        return saved

    def enter_in_error(self, record_id: str, reason: str) -> Any:
        """As :meth:`RecordServices.enter_in_error`, refusing the server's records except shared plan items."""
        record = self._get(record_id)
        if self._server_owned(record_id) and (kind_of(record) in _THEIRS or kind_of(record) == "client"):
            raise DomainError("record_id", _READ_ONLY_NB, _READ_ONLY_EN)
        return super().enter_in_error(record_id, reason)  # type: ignore[misc]

    @staticmethod
    def _check_client_changes(client: Client, changes: dict[str, Any]) -> None:
        if set(changes) - {"allergies"}:
            raise DomainError(next(iter(set(changes) - {"allergies"})), _READ_ONLY_NB, _READ_ONLY_EN)
        theirs = [a for a in client.allergies if a.from_server]
        kept = [a for a in changes.get("allergies", ()) if a.from_server]
        if kept != theirs:
            raise DomainError("allergies", "CAVE fra kommunens journal kan ikke endres her.",
                              "CAVE from the municipal record cannot be changed here.")

