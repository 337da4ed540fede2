"""Rules of the controlled-drug ledger: the running balance, what blocks a dose, when a count is due.

Pure functions over the ledger records (:mod:`desktop.domain.ledger`), the
client's A/B orders and their administrations.

* A ledger **starts** at its first receipt or count (an opening count sets the
  balance). Doses signed before that are not in it: a journal kept before the
  ledger existed does not turn into a negative balance.
* **Withdrawals** are the doses of the drug's A/B orders that the client got
  (given or taken alone); a dose entered in error gives its amount back.
* A **count** sets the balance to what was counted; when that differs from the
  running balance the count is a *mismatch*, which blocks the next dose of the
  drug until a deviation is recorded for it.
* The balance never goes **below zero without a deviation**: a dose or waste
  that would take it there is refused unless a deviation for the drug is
  recorded since the balance was last at or above zero.
* A **count is due** by :class:`LedgerPolicy`: by default on every day with a
  dose of an A drug ("every visit") and weekly for B.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from .clock import local_text
from .errors import DomainError
from .ledger import (LedgerCount, LedgerDeviation, LedgerDrug, LedgerNotGiven, LedgerReceipt, LedgerWaste,
                     NotGivenDisposition, unit_key)
from .medication import Administration, ControlledClass, Dose, MedicationOrder
from .medication_rules import LOCAL_TZ, scheduled_times
from .records import WorkerRef

ZERO = Decimal(0)


class LineKind(str, Enum):
    RECEIPT = "receipt"
    WITHDRAWAL = "withdrawal"
    NOT_GIVEN_RETURNED = "not-given-returned"
    NOT_GIVEN_WASTED = "not-given-wasted"
    WASTE = "waste"
    COUNT = "count"
    DEVIATION = "deviation"


# Lines are ordered by event time, then by when they were written (a count written after a dose
# signed in the same minute came after it), then in this order.
_KIND_ORDER = {k: i for i, k in enumerate(LineKind)}


@dataclass(frozen=True)
class LedgerLine:
    """One line of a ledger with its effect and the balance after it."""

    kind: LineKind
    at: dt.datetime
    record: Any                     # the ledger record, or the Administration of a withdrawal
    change: Decimal                 # + in, − out; a count's change is counted − balance before
    balance_after: Decimal
    signers: tuple[WorkerRef, ...]  # who signed: the author, then the second signer
    in_error: bool = False          # entered in error: shown, no effect on the balance
    expected: Decimal | None = None  # a count: the balance before it (None for an opening count)
    mismatch: bool = False          # a count that differs from the balance
    below_zero: bool = False        # the balance is negative after this line
    unit_differs: bool = False      # a dose in another unit than the ledger's (counted as written)

    @property
    def record_id(self) -> str:
        return self.record.meta.record_id


@dataclass(frozen=True)
class DrugLedger:
    """One drug's ledger for one client: its lines, the balance, and what is open."""

    drug: LedgerDrug
    controlled: ControlledClass
    unit: str
    started: dt.datetime | None          # None: no receipt or count yet, so no ledger is kept
    lines: tuple[LedgerLine, ...]
    balance: Decimal
    open_mismatches: tuple[LedgerCount, ...]   # counts that differ, without a deviation
    last_nonnegative_at: dt.datetime | None    # when the balance was last at or above zero
    deviations: tuple[LedgerDeviation, ...]
    last_count_at: dt.datetime | None
    orders: tuple[MedicationOrder, ...] = field(default=())

    @property
    def kept(self) -> bool:
        """True once the ledger has started (a receipt or a count)."""
        return self.started is not None

    def covered_below_zero(self) -> bool:
        """True when a deviation is recorded since the balance was last at or above zero."""
        since = self.last_nonnegative_at
        return since is not None and any(d.meta.occurred_at >= since for d in self.deviations)


@dataclass(frozen=True)
class LedgerPolicy:
    """How often the stock is counted: days between counts per class; 0 = on every day with a dose."""

    count_days_a: int = 0
    count_days_b: int = 7

    def __post_init__(self) -> None:
        for value in (self.count_days_a, self.count_days_b):
            if not 0 <= value <= 90:
                raise DomainError("count_days", "Intervallet for telling må være 0–90 dager.",
                                  "The count interval must be 0–90 days.")

    def count_days(self, controlled: ControlledClass) -> int:
        return self.count_days_a if controlled is ControlledClass.A else self.count_days_b


class BlockReason(str, Enum):
    COUNT_MISMATCH = "count-mismatch"
    BELOW_ZERO = "below-zero"
    UNIT = "unit"


@dataclass(frozen=True)
class LedgerBlock:
    """Why a dose of an A/B drug may not be signed now, in words the worker reads."""

    reason: BlockReason
    message_nb: str
    message_en: str

    def error(self) -> DomainError:
        """The block as the DomainError a signing path raises (field ``ledger``)."""
        return DomainError("ledger", self.message_nb, self.message_en)


def is_ledger_order(order: MedicationOrder) -> bool:
    """True for an order whose doses are withdrawals from a ledger (class A or B)."""
    return order.controlled is not None


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",") if value != 0 else "0"


def _signers(author: WorkerRef, second: WorkerRef | None) -> tuple[WorkerRef, ...]:
    return (author,) if second is None else (author, second)


def build_drug_ledger(drug: LedgerDrug, entries: Iterable[Any], withdrawals: Iterable[Administration],
                      orders: Sequence[MedicationOrder] = ()) -> DrugLedger:
    """The ledger of ``drug`` from its records (current versions, entered-in-error ones included)
    and the administrations of its orders."""
    entries = [e for e in entries if e.drug.key == drug.key]
    active = [e for e in entries if not e.meta.entered_in_error]
    openers = sorted((e for e in active if isinstance(e, (LedgerReceipt, LedgerCount))),
                     key=lambda e: (e.meta.occurred_at, e.meta.recorded_at))
    controlled = (ControlledClass.A if any(o.controlled is ControlledClass.A for o in orders)
                  else ControlledClass.B)
    deviations = tuple(e for e in active if isinstance(e, LedgerDeviation))
    default_unit = orders[0].dose.unit if orders else ""
    if not openers:
        return DrugLedger(drug, controlled, default_unit, None, (), ZERO, (), None, deviations, None, tuple(orders))
    started = openers[0].meta.occurred_at
    unit = openers[0].unit
    items: list[tuple[dt.datetime, dt.datetime, int, Any]] = []
    for e in entries:
        items.append((e.meta.occurred_at, e.meta.recorded_at, _KIND_ORDER[_entry_kind(e)], e))
    for adm in withdrawals:
        if adm.taken and adm.dose is not None and adm.meta.occurred_at >= started:
            items.append((adm.meta.occurred_at, adm.meta.recorded_at, _KIND_ORDER[LineKind.WITHDRAWAL], adm))
    items.sort(key=lambda i: i[:3])
    balance = ZERO
    opened = False
    last_nonnegative: dt.datetime | None = started
    last_count: dt.datetime | None = None
    lines: list[LedgerLine] = []
    mismatches: list[LedgerCount] = []
    for at, _recorded, _order, record in items:
        kind = LineKind.WITHDRAWAL if isinstance(record, Administration) else _entry_kind(record)
        signers = _signers(record.meta.author, getattr(record, "second_signer", None))
        if record.meta.entered_in_error:
            lines.append(LedgerLine(kind, at, record, ZERO, balance, signers, in_error=True))
            continue
        expected: Decimal | None = None
        mismatch = unit_differs = False
        if isinstance(record, LedgerCount):
            expected = balance if opened else None
            change = record.counted - balance
            mismatch = opened and record.counted != balance
            last_count = at
            if mismatch:
                mismatches.append(record)
        elif isinstance(record, Administration):
            assert record.dose is not None
            change = -record.dose.amount
            unit_differs = unit_key(record.dose.unit) != unit_key(unit)
        else:
            change = _entry_change(record)
        opened = opened or isinstance(record, (LedgerReceipt, LedgerCount))
        balance += change
        if kind is not LineKind.DEVIATION and balance >= 0:
            last_nonnegative = at
        lines.append(LedgerLine(kind, at, record, change, balance, signers, expected=expected, mismatch=mismatch,
                                below_zero=balance < 0, unit_differs=unit_differs))
    open_mismatches = tuple(c for c in mismatches if not _explained(c, deviations))
    return DrugLedger(drug, controlled, unit, started, tuple(lines), balance, open_mismatches, last_nonnegative,
                      deviations, last_count, tuple(orders))


def _entry_kind(entry: Any) -> LineKind:
    if isinstance(entry, LedgerReceipt):
        return LineKind.RECEIPT
    if isinstance(entry, LedgerCount):
        return LineKind.COUNT
    if isinstance(entry, LedgerWaste):
        return LineKind.WASTE
    if isinstance(entry, LedgerNotGiven):
        return (LineKind.NOT_GIVEN_WASTED if entry.disposition is NotGivenDisposition.WASTED
                else LineKind.NOT_GIVEN_RETURNED)
    if isinstance(entry, LedgerDeviation):
        return LineKind.DEVIATION
    raise TypeError(f"not a ledger record: {type(entry).__name__}")


def _entry_change(entry: Any) -> Decimal:
    if isinstance(entry, LedgerReceipt):
        return entry.amount
    if isinstance(entry, LedgerWaste):
        return -entry.amount
    if isinstance(entry, LedgerNotGiven):
        return -entry.amount if entry.disposition is NotGivenDisposition.WASTED else ZERO
    return ZERO


def _explained(count: LedgerCount, deviations: Iterable[LedgerDeviation]) -> bool:
    """A deviation naming the count explains it; one naming no count explains every earlier mismatch."""
    for d in deviations:
        if d.count_id == count.meta.record_id:
            return True
        if d.count_id is None and d.meta.occurred_at >= count.meta.occurred_at:
            return True
    return False


def ledger_drugs(orders: Iterable[MedicationOrder], entries: Iterable[Any]) -> list[LedgerDrug]:
    """Every drug that has (or may get) a ledger: those of A/B orders, and those with records."""
    found: dict[tuple[str, str, str], LedgerDrug] = {}
    for order in orders:
        if is_ledger_order(order) and not order.meta.entered_in_error:
            drug = LedgerDrug.of_order(order)
            found.setdefault(drug.key, drug)
    for entry in entries:
        found.setdefault(entry.drug.key, entry.drug)
    return sorted(found.values(), key=lambda d: d.key)


def build_ledgers(orders: Sequence[MedicationOrder], entries: Sequence[Any],
                  administrations: Sequence[Administration]) -> list[DrugLedger]:
    """Every drug ledger of one client, by drug name."""
    result = []
    for drug in ledger_drugs(orders, entries):
        own = [o for o in orders if is_ledger_order(o) and LedgerDrug.of_order(o).key == drug.key]
        ids = {o.order_id for o in own}
        result.append(build_drug_ledger(drug, entries, [a for a in administrations if a.order_id in ids],
                                        [o for o in own if not o.meta.entered_in_error] or own))
    return result


def _mismatch_block(ledger: DrugLedger) -> LedgerBlock | None:
    if ledger.open_mismatches:
        count = ledger.open_mismatches[-1]
        when = local_text(count.meta.occurred_at)
        return LedgerBlock(
            BlockReason.COUNT_MISMATCH,
            f"Tellingen av {ledger.drug.label} {when} stemte ikke med beholdningen. Registrer et avvik i "
            "narkotikaregnskapet før neste dose signeres.",
            f"The count of {ledger.drug.label} at {when} did not match the balance. Record a deviation in the "
            "controlled drugs ledger before the next dose is signed.")
    return None


def ledger_block(order: MedicationOrder, dose: Dose | None, ledger: DrugLedger | None) -> LedgerBlock | None:
    """Why a dose of ``order`` may not be signed now (None when it may).

    ``ledger`` is the order's drug ledger (:func:`build_drug_ledger`), None or
    not started when no ledger is kept. Blocks: an open count mismatch; a dose
    in another unit than the ledger counts; a dose that would take the balance
    below zero with no deviation since it was last at or above zero.
    """
    if not is_ledger_order(order) or ledger is None or not ledger.kept or dose is None:
        return None
    blocked = _mismatch_block(ledger)
    if blocked is not None:
        return blocked
    if unit_key(dose.unit) != unit_key(ledger.unit):
        return LedgerBlock(
            BlockReason.UNIT,
            f"Dosen er i «{dose.unit}», men narkotikaregnskapet for {ledger.drug.label} teller «{ledger.unit}».",
            f'The dose is in "{dose.unit}", but the ledger of {ledger.drug.label} counts "{ledger.unit}".')
    return below_zero_block(ledger, dose.amount)


def below_zero_block(ledger: DrugLedger, amount: Decimal) -> LedgerBlock | None:
    """A block when taking ``amount`` out would leave the balance below zero without a deviation."""
    after = ledger.balance - amount
    if after >= 0 or ledger.covered_below_zero():
        return None
    return LedgerBlock(
        BlockReason.BELOW_ZERO,
        f"Beholdningen av {ledger.drug.label} er {_fmt(ledger.balance)} {ledger.unit}; uttaket ville gi "
        f"{_fmt(after)}. Registrer mottaket, eller skriv et avvik i narkotikaregnskapet.",
        f"The balance of {ledger.drug.label} is {_fmt(ledger.balance)} {ledger.unit}; taking this out would "
        f"leave {_fmt(after)}. Record the receipt, or write a deviation in the controlled drugs ledger.")


def balance_at(ledger: DrugLedger, at: dt.datetime) -> Decimal | None:
    """The running balance at ``at`` (after every line up to then); None before the ledger started."""
    if ledger.started is None or at < ledger.started:
        return None
    before = [line for line in ledger.lines if line.at <= at]
    return before[-1].balance_after if before else ZERO


def check_entry(ledger: DrugLedger, entry: Any) -> None:
    """Raise :class:`DomainError` when a new ledger line may not be saved on ``ledger``.

    Every line after the first is in the ledger's unit; a deviation needs a
    started ledger; waste may not take the balance below zero without a deviation.
    """
    if not ledger.kept:
        if isinstance(entry, (LedgerReceipt, LedgerCount)):
            return
        raise DomainError("drug", f"Det føres ikke regnskap for {ledger.drug.label} ennå: registrer et mottak "
                                  "eller en telling først.",
                          f"No ledger is kept for {ledger.drug.label} yet: record a receipt or a count first.")
    unit = getattr(entry, "unit", None)
    if unit is not None and unit_key(unit) != unit_key(ledger.unit):
        raise DomainError("unit", f"Regnskapet for {ledger.drug.label} føres i «{ledger.unit}».",
                          f'The ledger of {ledger.drug.label} is kept in "{ledger.unit}".')
    amount = -_entry_change(entry)
    if amount > 0:
        blocked = below_zero_block(ledger, amount)
        if blocked is not None:
            raise DomainError("amount", blocked.message_nb, blocked.message_en)


def count_due(ledger: DrugLedger, policy: LedgerPolicy, now: dt.datetime,
              administrations: Iterable[Administration] = ()) -> bool:
    """Whether the stock of ``ledger`` should be counted today.

    Interval 0 (default for A): due on a day with a dose of the drug (planned,
    or signed) until it has been counted that day. Otherwise: due once that
    many days have passed since the last count (or the ledger's start). Only
    for a started ledger whose drug is still ordered or still in stock.
    """
    if not ledger.kept:
        return False
    today = now.astimezone(LOCAL_TZ).date()
    ordered = [o for o in ledger.orders if o.active_on(today)]
    if not ordered and ledger.balance <= 0:
        return False
    last = ledger.last_count_at.astimezone(LOCAL_TZ).date() if ledger.last_count_at else None
    days = policy.count_days(ledger.controlled)
    if days == 0:
        if last == today:
            return False
        start = dt.datetime.combine(today, dt.time(0), tzinfo=LOCAL_TZ)
        end = start + dt.timedelta(days=1)
        planned = any(scheduled_times(o, start, end) for o in ordered)
        ids = {o.order_id for o in ledger.orders}
        given = any(a.order_id in ids and a.taken and not a.meta.entered_in_error
                    and a.meta.occurred_at.astimezone(LOCAL_TZ).date() == today for a in administrations)
        return planned or given
    since = last or ledger.started.astimezone(LOCAL_TZ).date()  # type: ignore[union-attr]
    return (today - since).days >= days
