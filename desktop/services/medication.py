"""Medication: orders, signing doses, as-needed follow-ups, today's marks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import medication_rules as rules
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.medication import (
    Administration,
    AdministrationStatus,
    ControlledClass,
    Dose,
    EffectEvaluation,
    MedicationOrder,
    OrderKind,
)
from ..domain.records import WorkerRef
from ..support.catalogue_files import shipped_catalogue
from .base import ServiceBase
from .views import ClientMarks


class MedicationServices(ServiceBase):
    """Medication use cases."""

    def add_order(self, client_id: str, drug_name: str, strength: str, form: str, route: str,
                  dose: Dose, kind: OrderKind, indication: str, start: dt.date, prescriber: str,
                  ordered_on: dt.date, times: tuple[dt.time, ...] = (), **optional: Any) -> MedicationOrder:
        """Enter an order from the prescriber (or a paper ordinasjonskort)."""
        self.get_client(client_id)
        if "controlled" in optional and isinstance(optional["controlled"], str):
            optional["controlled"] = ControlledClass(optional["controlled"])
        order = MedicationOrder(self._meta(), client_id, drug_name.strip(), strength, form, route, dose,
                                kind, indication, start, prescriber, ordered_on,
                                tuple(sorted(times)), **optional)
        return self._save(order)

    def drug_catalogue(self) -> DrugCatalogue:
        """The catalogue the order form suggests drugs from (the shipped list; read once per instance)."""
        if self._drug_catalogue is None:
            self._drug_catalogue = shipped_catalogue()
        return self._drug_catalogue

    def orders(self, client_id: str) -> list[MedicationOrder]:
        """The client's medication list (stopped and erroneous orders included)."""
        with self.db.reading():
            return self.db.records.current("order", client_id)

    def requires_second_signer(self, order: MedicationOrder) -> bool:
        return self.policy.requires_second_signer(order)

    def record_administration(self, order_id: str, status: AdministrationStatus,
                              dose: Dose | None = None, at: dt.datetime | None = None,
                              scheduled_for: dt.datetime | None = None,
                              second_signer: WorkerRef | None = None, reason: str = "",
                              prn_reason: str = "", note: str = "",
                              allow_over_max: bool = False) -> Administration:
        """Sign a dose: given, not given, refused or self-administered."""
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        at = at or self.clock()
        if dose is None and status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED):
            dose = order.dose
        administration = Administration(self._meta(at), order.client_id, order_id, status, dose,
                                        scheduled_for, second_signer, reason.strip(), prn_reason.strip(), note)
        earlier: list[Administration] = []
        if order.as_needed:
            with self.db.reading():
                earlier = self.db.records.current("administration", order.client_id,
                                                  since=at - dt.timedelta(hours=24), until=at + dt.timedelta(seconds=1))
        rules.check_administration(order, administration, self.policy, earlier, allow_over_max)
        # Controlled drugs (A/B): the ledger may block the dose (count mismatch, balance below zero).
        self.check_ledger_before_dose(order, administration)  # services/ledger.py
        return self._save(administration)

    def record_effect(self, administration_id: str, effect: str, rating: int | None = None) -> EffectEvaluation:
        """Answer the follow-up of an as-needed dose."""
        adm: Administration = self._get(administration_id, Administration)
        return self._save(EffectEvaluation(self._meta(), adm.client_id, administration_id, effect.strip(), rating))

    def due_doses(self, client_id: str, day: dt.date | None = None) -> list[rules.DueDose]:
        """The fixed doses of a day and their state now."""
        return self.overview(self.get_client(client_id), day).doses_today

    def day_marks(self, client_id: str | None = None) -> dict[str, ClientMarks]:
        """Today's marks per client (one client, or all): doses left, overdue doses, overdue follow-ups."""
        now = self.clock()
        start, end = rules.day_bounds(now.astimezone(rules.LOCAL_TZ).date())
        recs = self.db.records
        with self.db.reading():
            orders = recs.current("order", client_id, include_in_error=False)
            administrations = recs.current("administration", client_id, since=start - dt.timedelta(days=1),
                                           until=end)
            evaluations = recs.current("effect_evaluation", client_id, since=start - dt.timedelta(days=1))
            tasks = recs.current("agreed_task", client_id, include_in_error=False)
        today = start.date()
        by_client: dict[str, list[MedicationOrder]] = {}
        for order in orders:
            by_client.setdefault(order.client_id, []).append(order)
        given: dict[str, list[Administration]] = {}
        for adm in administrations:
            given.setdefault(adm.client_id, []).append(adm)
        answered: dict[str, list[EffectEvaluation]] = {}
        for evaluation in evaluations:
            answered.setdefault(evaluation.client_id, []).append(evaluation)
        late_tasks: dict[str, int] = {}
        for task in tasks:
            if task.is_open_and_late(today):
                late_tasks[task.client_id] = late_tasks.get(task.client_id, 0) + 1
        marks = {}
        for cid in set(by_client) | set(late_tasks):
            own = by_client.get(cid, [])
            doses = rules.due_doses(own, given.get(cid, []), start, end, now)
            follow = rules.pending_effect_follow_ups(own, given.get(cid, []), answered.get(cid, []), now)
            marks[cid] = ClientMarks(
                doses_left=sum(1 for d in doses if d.administration is None),
                overdue_doses=sum(1 for d in doses if d.state is rules.DoseState.OVERDUE),
                overdue_follow_ups=sum(1 for f in follow if f.overdue) + late_tasks.get(cid, 0))
        return self.add_count_marks(marks, client_id)  # + controlled-drug counts due (services/ledger.py)
