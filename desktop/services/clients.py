"""Clients: register, find, open (with an audit entry) and read everything the tabs show."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from ..domain import medication_rules as rules
from ..domain.audit import AuditAction
from ..domain.clients import Allergy, ChildrenAsRelatives, Client, Relative, YesNoUnknown
from ..domain.errors import DomainError
from ..domain.ledger import LEDGER_KINDS
from .base import ServiceBase
from .changes import PLAN_KINDS
from .views import NOTES_LIMIT, ClientOverview


class ClientServices(ServiceBase):
    """Clients use cases."""

    def create_client(self, name: str, national_id: str, address: str = "", phone: str = "",
                      allergies: tuple[Allergy, ...] = (), relatives: tuple[Relative, ...] = (),
                      responsible_unit: str = "") -> Client:
        """Register a new client."""
        nid = "".join(national_id.split())
        if any(c.national_id == nid for c in self.list_clients()):
            raise DomainError("national_id", "Det finnes allerede en bruker med dette fødselsnummeret.",
                              "A client with this national identity number already exists.")
        return self._save(Client(self._meta(), name.strip(), nid, address, phone,
                                 tuple(allergies), tuple(relatives), responsible_unit))

    def list_clients(self, search: str = "") -> list[Client]:
        """Active clients by name; ``search`` matches name, national id or birth date (dd.mm.yyyy)."""
        self._client_data()
        with self.db.reading():
            clients = self.db.records.current("client", include_in_error=False)
        needle = search.strip().lower()
        if needle:
            clients = [c for c in clients if needle in c.name.lower() or needle in c.national_id
                       or needle in c.birth_date.strftime("%d.%m.%Y")]
        return sorted(clients, key=lambda c: c.name.lower())

    def find_client(self, key: str) -> Client:
        """A client by record id or national id."""
        key = key.strip()
        for client in self.list_clients():
            if key in (client.client_id, client.national_id):
                return client
        raise DomainError("client", f"Fant ingen bruker «{key}».", f'No client "{key}".')

    def get_client(self, client_id: str) -> Client:
        return self._get(client_id, Client)

    def open_client(self, client_id: str, day: dt.date | None = None,
                    notes_limit: int = NOTES_LIMIT) -> ClientOverview:
        """Everything about one client, and an audit entry saying who looked."""
        client = self.get_client(client_id)
        self.db.log_access(self.worker, AuditAction.READ, self.clock(), client_id, "overview")
        return self.overview(client, day, notes_limit)

    def overview(self, client: Client, day: dt.date | None = None,
                 notes_limit: int = NOTES_LIMIT) -> ClientOverview:
        """Read a client's records for the three tabs (no audit entry: call :meth:`open_client`)."""
        self._client_data()
        return ClientOverview(client=client, **self._read_parts(client, {"medication", *_QUERIES}, day, notes_limit))

    def refresh_overview(self, previous: ClientOverview, kinds: frozenset[str], day: dt.date | None = None,
                         notes_limit: int = NOTES_LIMIT) -> ClientOverview:
        """``previous`` with only what records of ``kinds`` feed read again (a signed dose: the three
        medication queries, not all fifteen). No audit entry. Take the fresh part with :func:`merge_overview`."""
        parts = {part for kind in kinds for part in _PARTS_OF_KIND.get(kind, ())}
        client = self.get_client(previous.client.client_id) if "client" in parts else previous.client
        parts.discard("client")
        return dataclasses.replace(previous, client=client, **self._read_parts(client, parts, day, notes_limit))

    def _read_parts(self, client: Client, parts: set[str], day: dt.date | None, notes_limit: int) -> dict[str, Any]:
        now = self.clock()
        day = day or now.astimezone(rules.LOCAL_TZ).date()
        start, end = rules.day_bounds(day)
        cid = client.client_id
        recs = self.db.records
        found: dict[str, Any] = {}
        with self.db.reading():
            if "medication" in parts:
                orders = recs.current("order", cid)
                administrations = recs.current("administration", cid, since=start - dt.timedelta(days=1), until=end)
                evaluations_prn = recs.current("effect_evaluation", cid, since=start - dt.timedelta(days=1))
            for part in parts - {"medication"}:
                found[part] = _QUERIES[part](recs, cid, now, notes_limit)
        if "children" in found:
            found["children"] = found["children"][-1] if found["children"] else None
        if "individual_plan" in found:
            found["individual_plan"] = found["individual_plan"][-1] if found["individual_plan"] else None
        if "medication" in parts:
            prn_ids = {o.order_id for o in orders if o.as_needed}
            found.update(orders=orders, doses_today=rules.due_doses(orders, administrations, start, end, now),
                         prn_administrations=[a for a in administrations if a.order_id in prn_ids],
                         follow_ups=rules.pending_effect_follow_ups(orders, administrations, evaluations_prn, now))
        return found

    def record_children_as_relatives(self, client_id: str, has_minor_children: YesNoUnknown,
                                     assessment_made: bool, follow_up: str = "",
                                     children_count: int | None = None) -> ChildrenAsRelatives:
        """Helsepersonelloven § 10 a: record whether the client has minor children and their follow-up."""
        self.get_client(client_id)
        return self._save(ChildrenAsRelatives(self._meta(), client_id, has_minor_children,
                                              assessment_made, follow_up, children_count))


# The queries behind an overview, by the part of it they fill; the "medication" part is read apart
# (today's doses need the orders, the administrations and the effect evaluations together).
_QUERIES: dict[str, Callable[..., Any]] = {
    "notes": lambda recs, cid, now, limit: recs.current("note", cid, newest_first=True, limit=limit),
    "measurements": lambda recs, cid, now, limit: recs.current("measurement", cid, since=now - dt.timedelta(days=90)),
    "incidents": lambda recs, cid, now, limit: recs.current("incident", cid, newest_first=True, limit=100),
    "chapter9": lambda recs, cid, now, limit: recs.current("chapter9", cid, newest_first=True, limit=100),
    "children": lambda recs, cid, now, limit: recs.current("children_as_relatives", cid, include_in_error=False),
    "goals": lambda recs, cid, now, limit: recs.current("goal", cid),
    "measures": lambda recs, cid, now, limit: recs.current("measure", cid),
    "evaluations": lambda recs, cid, now, limit: recs.current("evaluation", cid, newest_first=True),
    "individual_plan": lambda recs, cid, now, limit: recs.current("individual_plan", cid, include_in_error=False),
    "groups": lambda recs, cid, now, limit: recs.current("responsibility_group", cid, include_in_error=False),
    "meetings": lambda recs, cid, now, limit: recs.current("meeting", cid, newest_first=True),
    "tasks": lambda recs, cid, now, limit: recs.current("agreed_task", cid),
    "assessments": lambda recs, cid, now, limit: recs.current("assessment", cid),
    "analyses": lambda recs, cid, now, limit: recs.current("analysis", cid),
    "consents": lambda recs, cid, now, limit: recs.current("consent", cid),
    "ratings": lambda recs, cid, now, limit: recs.current("rating", cid, since=now - dt.timedelta(days=90)),
    "substance_use": lambda recs, cid, now, limit: recs.current("substance_use", cid,
                                                                since=now - dt.timedelta(days=90)),
    "behaviours": lambda recs, cid, now, limit: recs.current("behaviour", cid, since=now - dt.timedelta(days=90)),
}

# Which parts of an overview a record kind shows up in. The plan's records point at each other (an
# individual plan takes goals in, a goal names its analysis, an evaluation its goal): a write to one
# reads the plan's parts again (plan writes are rare; the medication ones, which are not, stay narrow).
_PLAN_PARTS = ("goals", "measures", "evaluations", "individual_plan", "groups", "meetings", "tasks",
               "assessments", "analyses", "consents")
_PARTS_OF_KIND: dict[str, tuple[str, ...]] = {
    "client": ("client",), "order": ("medication",), "administration": ("medication",),
    "effect_evaluation": ("medication",), "note": ("notes",), "measurement": ("measurements",),
    "incident": ("incidents",), "chapter9": ("chapter9",), "children_as_relatives": ("children",),
    "rating": ("ratings",), "substance_use": ("substance_use",), "behaviour": ("behaviours",),
    **{kind: _PLAN_PARTS for kind in PLAN_KINDS},
    **{kind: ("medication",) for kind in LEDGER_KINDS},
}
_FIELDS_OF_PART = {"medication": ("orders", "doses_today", "prn_administrations", "follow_ups")}


def merge_overview(current: ClientOverview, fresh: ClientOverview, kinds: frozenset[str]) -> ClientOverview:
    """``current`` with the parts ``kinds`` feed taken from ``fresh`` (a refresh read from an older overview
    must not bring back what a later refresh already replaced)."""
    fields = {name for kind in kinds for part in _PARTS_OF_KIND.get(kind, ())
              for name in _FIELDS_OF_PART.get(part, (part,))}
    return dataclasses.replace(current, **{name: getattr(fresh, name) for name in fields})
