"""The controlled-drug ledger (narkotikaregnskap): receipts, counts, waste, doses not given, deviations.

Withdrawals are not written here: a signed dose of an A/B order is the
withdrawal (:mod:`desktop.domain.ledger_rules`). :meth:`LedgerServices.check_ledger_before_dose`
is the one call the signing path makes to ask whether the ledger allows a dose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain import ledger_rules as lr
from ..domain.audit import AuditAction
from ..domain.clients import Client
from ..domain.errors import DomainError
from ..domain.ledger import (LEDGER_KINDS, LedgerCount, LedgerDeviation, LedgerDrug, LedgerNotGiven, LedgerReceipt,
                             LedgerWaste, NotGivenDisposition, ReceiptSource, correct_entry)
from ..domain.medication import Administration, MedicationOrder
from ..domain.medication_rules import LOCAL_TZ
from ..sheets.ledger_period import LedgerPeriod
from .colleagues import SecondSignature
from .base import ServiceBase
from .views import ClientMarks

# Doses recorded as not given this recently can be linked to a "prepared, not given" line.
NOT_GIVEN_LINK_WINDOW = dt.timedelta(days=2)


@dataclass(frozen=True)
class DrugLedgerView:
    """One drug's ledger as the window shows it: the ledger, whether a count is due, what blocks a dose."""

    ledger: lr.DrugLedger
    count_due: bool
    block: lr.LedgerBlock | None

    @property
    def drug(self) -> LedgerDrug:
        return self.ledger.drug


@dataclass(frozen=True)
class ClientLedger:
    """Every drug ledger of one client, and the recent doses not given that a line may point to."""

    client: Client
    drugs: list[DrugLedgerView]
    not_given: list[tuple[Administration, MedicationOrder]]
    policy: lr.LedgerPolicy

    def find(self, drug: LedgerDrug) -> DrugLedgerView | None:
        return next((d for d in self.drugs if d.drug.key == drug.key), None)


class LedgerServices(ServiceBase):
    """Controlled-drug ledger use cases."""

    # -- policy -------------------------------------------------------------

    def ledger_policy(self) -> lr.LedgerPolicy:
        """How often counts are due (stored in the journal; defaults: A every day with a dose, B weekly)."""
        default = lr.LedgerPolicy()
        try:
            return lr.LedgerPolicy(int(self.db.get_setting("ledger_count_days_a", str(default.count_days_a)) or 0),
                                   int(self.db.get_setting("ledger_count_days_b", str(default.count_days_b)) or 0))
        except (ValueError, DomainError):
            return default

    def set_ledger_policy(self, policy: lr.LedgerPolicy) -> None:
        """Store the count intervals (local procedure)."""
        self.db.set_setting("ledger_count_days_a", str(policy.count_days_a))
        self.db.set_setting("ledger_count_days_b", str(policy.count_days_b))

    # -- reading ------------------------------------------------------------

    def _ledger_records(self, client_id: str | None) -> list[Any]:
        entries: list[Any] = []
        with self.db.reading():
            for kind in sorted(LEDGER_KINDS):
                entries += self.db.records.current(kind, client_id)
        return entries

    def _ledgers(self, client_id: str) -> tuple[list[MedicationOrder], list[Administration], list[lr.DrugLedger]]:
        entries = self._ledger_records(client_id)
        with self.db.reading():
            orders = [o for o in self.db.records.current("order", client_id) if lr.is_ledger_order(o)]
            starts = [e.meta.occurred_at for e in entries if isinstance(e, (LedgerReceipt, LedgerCount))]
            # Only doses since the first ledger line can be withdrawals: older ones are not read.
            administrations = (self.db.records.current("administration", client_id, since=min(starts))
                               if starts and orders else [])
        ids = {o.order_id for o in orders}
        administrations = [a for a in administrations if a.order_id in ids]
        return orders, administrations, lr.build_ledgers(orders, entries, administrations)

    def client_ledger(self, client_id: str) -> ClientLedger:
        """The client's drug ledgers with counts due and blocks (no audit entry: the client is open)."""
        client = self.get_client(client_id)
        orders, administrations, ledgers = self._ledgers(client_id)
        policy = self.ledger_policy()
        now = self.clock()
        views = [DrugLedgerView(ledger, lr.count_due(ledger, policy, now, administrations),
                                lr.ledger_block(ledger.orders[0], ledger.orders[0].dose, ledger)
                                if ledger.orders else None)
                 for ledger in ledgers]
        by_id = {o.order_id: o for o in orders}
        with self.db.reading():
            recent = self.db.records.current("administration", client_id, since=now - NOT_GIVEN_LINK_WINDOW,
                                             include_in_error=False)
        not_given = [(a, by_id[a.order_id]) for a in recent if a.order_id in by_id and not a.taken]
        return ClientLedger(client, views, not_given, policy)

    def drug_ledger(self, client_id: str, drug: LedgerDrug) -> lr.DrugLedger:
        """One drug's ledger for the client (a ledger not yet kept when there are no lines)."""
        _, _, ledgers = self._ledgers(client_id)
        found = next((ledger for ledger in ledgers if ledger.drug.key == drug.key), None)
        return found or lr.build_drug_ledger(drug, [], [])

    # -- the signing path's question ------------------------------------------

    def check_ledger_before_dose(self, order: MedicationOrder, administration: Administration) -> None:
        """Raise DomainError (field ``ledger``) when the ledger blocks this dose: an open count mismatch,
        another unit, or a balance that would go below zero without a deviation. Other doses pass."""
        if not lr.is_ledger_order(order) or not administration.taken:
            return
        ledger = self.drug_ledger(order.client_id, LedgerDrug.of_order(order))
        block = lr.ledger_block(order, administration.dose, ledger)
        if block is not None:
            raise block.error()

    def ledger_block_for(self, order_id: str) -> lr.LedgerBlock | None:
        """What would block the next dose of an order now (None when nothing does)."""
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        if not lr.is_ledger_order(order):
            return None
        return lr.ledger_block(order, order.dose, self.drug_ledger(order.client_id, LedgerDrug.of_order(order)))

    # -- writing ------------------------------------------------------------

    def _save_entry(self, entry: Any) -> Any:
        lr.check_entry(self.drug_ledger(entry.client_id, entry.drug), entry)
        return self._save(entry)

    def _drug_of(self, client_id: str, drug: LedgerDrug) -> LedgerDrug:
        self.get_client(client_id)
        return drug

    def record_ledger_receipt(self, client_id: str, drug: LedgerDrug, amount: Decimal, unit: str,
                              source: ReceiptSource, supplier: str, at: dt.datetime | None = None,
                              note: str = "", second_signer: SecondSignature | None = None) -> LedgerReceipt:
        """Stock received for the client (from the pharmacy, the multidose supplier, a relative, …)."""
        drug = self._drug_of(client_id, drug)
        return self._save_entry(LedgerReceipt(self._meta(at), client_id, drug, amount, unit.strip(), source,
                                              supplier.strip(), self._second_signer(second_signer), note.strip()))

    def record_ledger_count(self, client_id: str, drug: LedgerDrug, counted: Decimal,
                            second_signer: SecondSignature | None, unit: str | None = None,
                            at: dt.datetime | None = None, note: str = "") -> LedgerCount:
        """A count by two people. A mismatch with the balance blocks the next dose until a deviation."""
        drug = self._drug_of(client_id, drug)
        ledger = self.drug_ledger(client_id, drug)
        unit = (unit or ledger.unit or "").strip()
        expected = lr.balance_at(ledger, at) if at is not None else ledger.balance if ledger.kept else None
        return self._save_entry(LedgerCount(self._meta(at), client_id, drug, counted, unit, self._second_signer(second_signer),
                                            expected, note.strip()))

    def record_ledger_waste(self, client_id: str, drug: LedgerDrug, amount: Decimal, reason: str,
                            second_signer: SecondSignature | None, at: dt.datetime | None = None,
                            note: str = "") -> LedgerWaste:
        """Stock destroyed, signed by two."""
        drug = self._drug_of(client_id, drug)
        unit = self.drug_ledger(client_id, drug).unit
        return self._save_entry(LedgerWaste(self._meta(at), client_id, drug, amount, unit, reason.strip(),
                                            self._second_signer(second_signer), note.strip()))

    def record_ledger_not_given(self, client_id: str, drug: LedgerDrug, amount: Decimal,
                                disposition: NotGivenDisposition, reason: str,
                                second_signer: SecondSignature | None = None, administration_id: str | None = None,
                                at: dt.datetime | None = None, note: str = "") -> LedgerNotGiven:
        """A dose prepared but not given: back to the stock, or wasted (two signatures)."""
        drug = self._drug_of(client_id, drug)
        if administration_id is not None:
            adm: Administration = self._get(administration_id, Administration)
            if adm.client_id != client_id or adm.taken:
                raise DomainError("administration_id", "Dosen det vises til er ikke en dose som ikke ble gitt.",
                                  "The dose referred to is not a dose that was not given.")
        unit = self.drug_ledger(client_id, drug).unit
        return self._save_entry(LedgerNotGiven(self._meta(at), client_id, drug, amount, unit, disposition,
                                               reason.strip(), administration_id, self._second_signer(second_signer), note.strip()))

    def record_ledger_deviation(self, client_id: str, drug: LedgerDrug, what: str, found_by: str,
                                reported_to: str, follow_up: str = "", count_id: str | None = None,
                                at: dt.datetime | None = None) -> LedgerDeviation:
        """A deviation: what was found, by whom, reported to whom, the follow-up (added later by a correction)."""
        drug = self._drug_of(client_id, drug)
        if count_id is not None:
            count = self._get(count_id, LedgerCount)
            if count.client_id != client_id or count.drug.key != drug.key:
                raise DomainError("count_id", "Tellingen hører til et annet regnskap.",
                                  "The count belongs to another ledger.")
        return self._save_entry(LedgerDeviation(self._meta(at), client_id, drug, what.strip(), found_by.strip(),
                                                reported_to.strip(), follow_up.strip(), count_id))

    def correct_ledger_entry(self, record_id: str, **changes: Any) -> Any:
        """A new version of a ledger line with ``changes`` (never its drug or unit); the old stays readable."""
        record = self._get(record_id)
        if not isinstance(record, (LedgerReceipt, LedgerCount, LedgerWaste, LedgerNotGiven, LedgerDeviation)):
            raise DomainError("record_id", "Dette er ikke en linje i narkotikaregnskapet.",
                              "This is not a line of the controlled drugs ledger.")
        new = correct_entry(record, self.worker, self.db.device_id, self.clock(), **changes)
        return self._save(new, AuditAction.CORRECT)

    # -- marks ----------------------------------------------------------------

    def counts_due(self, client_id: str | None = None) -> dict[str, int]:
        """How many drug ledgers per client are due for a count today (clients with a ledger only)."""
        entries = self._ledger_records(client_id)
        clients = sorted({e.client_id for e in entries})
        policy = self.ledger_policy()
        now = self.clock()
        due: dict[str, int] = {}
        for cid in clients:
            _, administrations, ledgers = self._ledgers(cid)
            n = sum(1 for ledger in ledgers if lr.count_due(ledger, policy, now, administrations))
            if n:
                due[cid] = n
        return due

    def add_count_marks(self, marks: dict[str, ClientMarks], client_id: str | None = None) -> dict[str, ClientMarks]:
        """``marks`` (from :meth:`day_marks`) with the counts due added (clients with only a count due too)."""
        for cid, n in self.counts_due(client_id).items():
            marks[cid] = dataclasses.replace(marks.get(cid, ClientMarks(0, 0, 0)), counts_due=n)
        return marks

    # -- the printed ledger ------------------------------------------------------

    def ledger_period(self, start: dt.date | None = None, end: dt.date | None = None) -> LedgerPeriod:
        """The period of a printed ledger: ``end`` defaults to today; DomainError when it starts after it ends."""
        return LedgerPeriod(start, end or self.clock().astimezone(LOCAL_TZ).date())

    def ledger_sheet_pdf(self, client_id: str, start: dt.date | None = None, end: dt.date | None = None) -> bytes:
        """The printed ledger as PDF bytes, for a preview (call :meth:`log_ledger_printed` when it leaves the app)."""
        from ..sheets.ledger_sheet import build_ledger_sheet  # reportlab loads only when printing
        period = self.ledger_period(start, end)
        client = self.get_client(client_id)
        _, _, ledgers = self._ledgers(client_id)
        return build_ledger_sheet(client, ledgers, period, self.worker, self.clock(), client.responsible_unit)

    def save_ledger_sheet(self, client_id: str, path: Path, start: dt.date | None = None,
                          end: dt.date | None = None) -> LedgerPeriod:
        """Write the printed ledger to ``path`` (whole or not at all) and log the print."""
        from ..sheets.ledger_sheet import write_ledger_sheet
        period = self.ledger_period(start, end)
        client = self.get_client(client_id)
        _, _, ledgers = self._ledgers(client_id)
        write_ledger_sheet(client, ledgers, period, self.worker, self.clock(), Path(path), client.responsible_unit)
        self.log_ledger_printed(client_id, period, "lagret som PDF")
        return period

    def log_ledger_printed(self, client_id: str, period: LedgerPeriod, destination: str = "skriver") -> None:
        """Audit entry for a printed or saved ledger: who, which client, which period."""
        self.log_print(client_id, f"narkotikaregnskap {period.label()}, {destination}")
