"""Medication: orders, signing doses (and undoing, correcting, stopping), as-needed follow-ups, today's marks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..domain import medication_rules as rules
from ..domain import record_rules
from ..domain.allergy_check import AllergyMatch, allergy_matches
from ..domain.audit import AuditAction
from ..domain.errors import DomainError, require, require_text
from ..domain.medication import (
    ORDER_STOP_FIELDS,
    Administration,
    AdministrationStatus,
    ControlledClass,
    Dose,
    EffectEvaluation,
    MedicationOrder,
    OrderKind,
    PolicyMatch,
)
from ..domain.overrides import Rule, RuleOverride
from ..domain.record_rules import Finding
from ..domain.records import correct, enter_in_error
from .colleagues import ColleagueServices, SecondSignature
from .views import ClientMarks

Overrides = Mapping[Rule, str]
# How long after signing the worker may take it back with one click ("Angre").
UNDO_WITHIN = dt.timedelta(seconds=60)
UNDO_REASON = "angret"


def _overrides(given: Overrides | None) -> tuple[RuleOverride, ...]:
    return tuple(RuleOverride(Rule(rule), reason.strip()) for rule, reason in (given or {}).items())


class MedicationServices(ColleagueServices):
    """Medication use cases."""

    # -- orders ---------------------------------------------------------------

    def add_order(self, client_id: str, drug_name: str, strength: str, form: str, route: str,
                  dose: Dose, kind: OrderKind, indication: str, start: dt.date, prescriber: str,
                  ordered_on: dt.date, times: tuple[dt.time, ...] = (), overrides: Overrides | None = None,
                  **optional: Any) -> MedicationOrder:
        """Enter an order from the prescriber (or a paper ordinasjonskort).

        A drug that matches the client's CAVE is refused (RuleBroken, rule ALLERGY) unless
        ``overrides`` gives the reason it is entered all the same.
        """
        self.get_client(client_id)
        if "controlled" in optional and isinstance(optional["controlled"], str):
            optional["controlled"] = ControlledClass(optional["controlled"])
        order = MedicationOrder(self._meta(), client_id, drug_name.strip(), strength, form, route, dose,
                                kind, indication, start, prescriber, ordered_on,
                                tuple(sorted(times)), overrides=_overrides(overrides), **optional)
        return self._save(order)

    def _probe_order(self, client_id: str, drug_name: str, atc: str) -> MedicationOrder:
        """An order of ``drug_name`` (and ``atc``) for asking the rules about the drug alone (never saved)."""
        return MedicationOrder(self._meta(), client_id, drug_name.strip() or "-", "", "", "", Dose(Decimal(1), "-"),
                               OrderKind.FIXED, "", dt.date(2000, 1, 1), "-", dt.date(2000, 1, 1), (dt.time(8),),
                               atc=atc.strip().upper())

    def cave_matches(self, client_id: str, drug_name: str, atc: str = "") -> list[AllergyMatch]:
        """The client's CAVE entries a drug (by name and ATC code) matches."""
        client = self.get_client(client_id)
        if not drug_name.strip():
            return []
        return allergy_matches(self._probe_order(client_id, drug_name, atc), client.allergies, self.drug_catalogue())

    def cave_findings(self, client_id: str, drug_name: str, atc: str = "") -> list[Finding]:
        """The CAVE warning the rules give for a drug, worded as on saving: what the order form shows as typed."""
        self.get_client(client_id)
        if not drug_name.strip():
            return []
        probe = self._probe_order(client_id, drug_name, atc)
        with self.db.reading():
            found = record_rules.check(probe, self._rule_context(probe))
        return [f for f in found if f.rule is Rule.ALLERGY]

    def stop_order(self, order_id: str, stopped_at: dt.datetime, instructed_by: str,
                   instructed_at: dt.datetime, reason: str) -> MedicationOrder:
        """The prescriber's stop (seponering), as instructed: a new order version; no dose is due after it."""
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        require(not order.meta.entered_in_error, "status", "Ordinasjonen er merket som feilregistrert.",
                "The order is marked entered in error.")
        require(order.stopped_at is None or stopped_at < order.stopped_at, "stopped_at",
                "Ordinasjonen er allerede seponert fra et tidligere tidspunkt.",
                "The order is already stopped from an earlier time.")
        require_text(instructed_by, "stop_instructed_by", "Hvem som ga beskjed om seponering",
                     "Who instructed the stop")
        require(instructed_at <= self.clock() + dt.timedelta(minutes=5), "stop_instructed_at",
                "Beskjeden kan ikke være gitt fram i tid.", "The instruction cannot be in the future.")
        new = correct(order, self.worker, self.db.device_id, self.clock(), ORDER_STOP_FIELDS,
                      stopped_at=stopped_at, stop_instructed_by=" ".join(instructed_by.split()),
                      stop_instructed_at=instructed_at, stop_reason=reason.strip())
        return self._save(new, AuditAction.CORRECT)

    def orders(self, client_id: str) -> list[MedicationOrder]:
        """The client's medication list (stopped and erroneous orders included)."""
        with self.db.reading():
            return self.db.records.current("order", client_id)

    def requires_second_signer(self, order: MedicationOrder) -> bool:
        return self.policy.requires_second_signer(order)

    def double_check_reasons(self, order: MedicationOrder) -> tuple[PolicyMatch, ...]:
        """Why the local procedure asks for a second signer on ``order`` (empty: it does not)."""
        return self.policy.matches(order)

    # -- signing ----------------------------------------------------------------

    def _administration(self, order: MedicationOrder, status: AdministrationStatus, dose: Dose | None,
                        at: dt.datetime | None, scheduled_for: dt.datetime | None, second_signer: Any,
                        reason: str, prn_reason: str, note: str, overrides: Overrides | None) -> Administration:
        if dose is None and status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED):
            dose = order.dose
        meta = self._meta(at or self.clock())
        return Administration(meta, order.client_id, order.order_id, status, dose, scheduled_for, second_signer,
                              reason.strip(), prn_reason.strip(), note, _overrides(overrides),
                              meta.version_id if second_signer is not None else "")

    def signing_findings(self, order_id: str, status: AdministrationStatus, at: dt.datetime | None = None,
                         scheduled_for: dt.datetime | None = None) -> list[Finding]:
        """What stands in the way of signing this dose now (asked before signing; nothing is saved).

        A double check, a CAVE match, a dose far from its time or already signed, the
        as-needed limits: the window asks about each before it signs. A not-given or
        refused dose is judged as given would be, without the reason it always needs.
        """
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        probe = self._administration(order, status, None, at, scheduled_for, None,
                                     "-" if status in (AdministrationStatus.NOT_GIVEN,
                                                       AdministrationStatus.REFUSED) else "",
                                     "-" if order.as_needed else "", "", None)
        return self._findings(probe)

    def record_administration(self, order_id: str, status: AdministrationStatus,
                              dose: Dose | None = None, at: dt.datetime | None = None,
                              scheduled_for: dt.datetime | None = None,
                              second_signer: SecondSignature | None = None, reason: str = "",
                              prn_reason: str = "", note: str = "",
                              overrides: Overrides | None = None) -> Administration:
        """Sign a dose: given, not given, refused or self-administered.

        ``second_signer`` is an enrolled colleague's proof (HPR and passphrase), checked here;
        ``overrides`` names the rules the worker overrides and why (RuleBroken says which may be).
        """
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        signer = self._second_signer(second_signer)
        administration = self._administration(order, status, dose, at, scheduled_for, signer, reason,
                                              prn_reason, note, overrides)
        # Controlled drugs (A/B): the ledger may block the dose (count mismatch, balance below zero).
        self.check_ledger_before_dose(order, administration)  # services/ledger.py
        return self._save(administration)

    def _second_signer(self, signature: SecondSignature | None) -> Any:
        if signature is None:
            return None
        if not isinstance(signature, SecondSignature):
            # A typed name and number prove nothing: only an enrolled colleague's passphrase does.
            raise DomainError("second_signer", "Kontrolløren må bekrefte med sitt eget passord.",
                              "The second signer must confirm with their own passphrase.")
        return self.verify_second_signer(signature)

    def undo_administration(self, record_id: str) -> Administration:
        """Take back a dose just signed (within a minute, by the one who signed it): entered in error, "angret"."""
        adm: Administration = self._get(record_id, Administration)
        now = self.clock()
        require(adm.meta.version == 1 and not adm.meta.entered_in_error
                and adm.meta.author.hpr == self.worker.hpr and now - adm.meta.recorded_at <= UNDO_WITHIN,
                "status", "Signeringen kan ikke angres lenger: rett den eller merk den som feilregistrert.",
                "The signature can no longer be undone: correct it or mark it entered in error.")
        return self._save(enter_in_error(adm, UNDO_REASON, self.worker, self.db.device_id, now),
                          AuditAction.ENTER_IN_ERROR)

    def correct_administration(self, record_id: str, why: str, status: AdministrationStatus | None = None,
                               dose: Dose | None = None, at: dt.datetime | None = None,
                               second_signer: SecondSignature | None = None, reason: str | None = None,
                               prn_reason: str | None = None, note: str | None = None,
                               overrides: Overrides | None = None) -> Administration:
        """A corrected version of a signed dose, with why; every medication rule runs again on it.

        When the outcome or the dose changes, a dose that needs a double check needs the
        second signer to confirm again (``second_signer``); otherwise the earlier one stays.
        """
        require_text(why, "status_reason", "Hvorfor dosen rettes", "Why the dose is corrected")
        adm: Administration = self._get(record_id, Administration)
        changes: dict[str, Any] = {}
        if status is not None:
            changes["status"] = status
            if status in (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED):
                changes["dose"] = None
            elif adm.dose is None:
                order: MedicationOrder = self._get(adm.order_id, MedicationOrder)
                changes["dose"] = order.dose
        if dose is not None:
            changes["dose"] = dose
        if at is not None:
            changes["occurred_at"] = at
        for name, value in (("reason", reason), ("prn_reason", prn_reason), ("note", note)):
            if value is not None:
                changes[name] = value.strip()
        signer = self._second_signer(second_signer)
        # The second signer checked what was handed out: a changed outcome or dose needs a new check.
        unchanged = changes.get("status", adm.status) == adm.status and changes.get("dose", adm.dose) == adm.dose
        if signer is not None:
            changes["second_signer"] = signer
        elif not unchanged:
            changes["second_signer"], changes["second_signed_version"] = None, ""
        if overrides:
            changes["overrides"] = adm.overrides + tuple(o for o in _overrides(overrides)
                                                         if o.rule not in {x.rule for x in adm.overrides})
        new = correct(adm, self.worker, self.db.device_id, self.clock(), None, **changes)
        new = dataclasses.replace(new, meta=dataclasses.replace(new.meta, status_reason=why.strip()))
        if signer is not None:
            new = dataclasses.replace(new, second_signed_version=new.meta.version_id)
        return self._save(new, AuditAction.CORRECT)

    def record_effect(self, administration_id: str, effect: str, rating: int | None = None) -> EffectEvaluation:
        """Answer the follow-up of an as-needed dose."""
        adm: Administration = self._get(administration_id, Administration)
        return self._save(EffectEvaluation(self._meta(), adm.client_id, administration_id, effect.strip(), rating))

    # -- reading --------------------------------------------------------------------

    def due_doses(self, client_id: str, day: dt.date | None = None) -> list[rules.DueDose]:
        """The fixed doses of a day and their state now."""
        return self.overview(self.get_client(client_id), day).doses_today  # type: ignore[attr-defined]

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
