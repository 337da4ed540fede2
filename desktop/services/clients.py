"""Clients: register, find, open (with an audit entry) and read everything the tabs show."""

from __future__ import annotations

import datetime as dt

from ..domain import medication_rules as rules
from ..domain.audit import AuditAction
from ..domain.clients import Allergy, ChildrenAsRelatives, Client, Relative, YesNoUnknown
from ..domain.errors import DomainError
from .base import ServiceBase
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
        now = self.clock()
        day = day or now.astimezone(rules.LOCAL_TZ).date()
        start, end = rules.day_bounds(day)
        cid = client.client_id
        recs = self.db.records
        with self.db.reading():
            orders = recs.current("order", cid)
            administrations = recs.current("administration", cid, since=start - dt.timedelta(days=1), until=end)
            evaluations_prn = recs.current("effect_evaluation", cid, since=start - dt.timedelta(days=1))
            children = recs.current("children_as_relatives", cid, include_in_error=False)
            plans = recs.current("individual_plan", cid, include_in_error=False)
            result = dict(
                notes=recs.current("note", cid, newest_first=True, limit=notes_limit),
                measurements=recs.current("measurement", cid, since=now - dt.timedelta(days=90)),
                incidents=recs.current("incident", cid, newest_first=True, limit=100),
                chapter9=recs.current("chapter9", cid, newest_first=True, limit=100),
                goals=recs.current("goal", cid), measures=recs.current("measure", cid),
                evaluations=recs.current("evaluation", cid, newest_first=True),
                groups=recs.current("responsibility_group", cid, include_in_error=False),
                meetings=recs.current("meeting", cid, newest_first=True),
                tasks=recs.current("agreed_task", cid),
                assessments=recs.current("assessment", cid), analyses=recs.current("analysis", cid),
                consents=recs.current("consent", cid),
                ratings=recs.current("rating", cid, since=now - dt.timedelta(days=90)),
                substance_use=recs.current("substance_use", cid, since=now - dt.timedelta(days=90)),
                behaviours=recs.current("behaviour", cid, since=now - dt.timedelta(days=90)))
        prn_ids = {o.order_id for o in orders if o.as_needed}
        return ClientOverview(
            client=client, orders=orders,
            doses_today=rules.due_doses(orders, administrations, start, end, now),
            prn_administrations=[a for a in administrations if a.order_id in prn_ids],
            follow_ups=rules.pending_effect_follow_ups(orders, administrations, evaluations_prn, now),
            children=children[-1] if children else None,
            individual_plan=plans[-1] if plans else None, **result)

    def record_children_as_relatives(self, client_id: str, has_minor_children: YesNoUnknown,
                                     assessment_made: bool, follow_up: str = "",
                                     children_count: int | None = None) -> ChildrenAsRelatives:
        """Helsepersonelloven § 10 a: record whether the client has minor children and their follow-up."""
        self.get_client(client_id)
        return self._save(ChildrenAsRelatives(self._meta(), client_id, has_minor_children,
                                              assessment_made, follow_up, children_count))
