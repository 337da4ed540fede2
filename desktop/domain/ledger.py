"""The controlled-drug ledger (A- og B-preparatregnskap): its records.

Legemiddelhåndteringsforskriften and Helsedirektoratet's circular
*Legemiddelhåndtering* ask for a per-client ledger of every A and B
preparation kept for the client: receipts, withdrawals, doses prepared but not
given, waste, regular counts and deviations, with a running balance.

A ledger is kept per client and *drug*: name, strength and form (two strengths
of one drug are two ledgers). Each line is an append-only journal record with
:class:`~desktop.domain.records.RecordMeta`; a correction is a new version and
a mistake is marked entered in error, as everywhere else.

A **withdrawal is not a record of its own**: a signed dose (an
:class:`~desktop.domain.medication.Administration` that was given or taken by
the client) of an A/B order *is* the withdrawal, so the balance falls by
itself and nothing is stored twice. The running balance, the rules and what
is due are in :mod:`desktop.domain.ledger_rules`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from .errors import require, require_text
from .medication import MedicationOrder
from .records import RecordMeta, WorkerRef, correct

# Plural forms of the dosage-form units a stock is counted in, so "2 tabletter" and
# "1 tablett" are one unit. Anything else is compared as typed (case-insensitively).
_UNIT_PLURALS = {"tabletter": "tablett", "kapsler": "kapsel", "ampuller": "ampulle", "plastre": "plaster",
                 "stikkpiller": "stikkpille", "doser": "dose", "poser": "pose", "sugetabletter": "sugetablett",
                 "tabl": "tablett", "tbl": "tablett", "kaps": "kapsel", "stk.": "stk"}


def unit_key(unit: str) -> str:
    """A unit as compared in the ledger: case-folded, single-spaced, singular."""
    key = " ".join(unit.split()).casefold()
    return _UNIT_PLURALS.get(key, key)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class LedgerDrug:
    """What one ledger counts: a drug in one strength and form (the ATC code only informs)."""

    name: str
    strength: str = ""
    form: str = ""
    atc: str = ""

    def __post_init__(self) -> None:
        require_text(self.name, "drug", "Legemiddel", "Drug")

    @property
    def key(self) -> tuple[str, str, str]:
        """The ledger's identity: name, strength and form, compared without case or extra spaces."""
        return (_norm(self.name), _norm(self.strength), _norm(self.form))

    @property
    def label(self) -> str:
        """As shown on lists: "Zopiklon 5 mg tablett"."""
        return " ".join(p for p in (self.name.strip(), self.strength.strip(), self.form.strip().lower()) if p)

    @classmethod
    def of_order(cls, order: MedicationOrder) -> "LedgerDrug":
        """The ledger drug an order's doses are withdrawn from."""
        return cls(order.drug_name.strip(), order.strength.strip(), order.form.strip(), order.atc.strip().upper())


class ReceiptSource(str, Enum):
    """Where a receipt came from."""

    PHARMACY = "pharmacy"
    MULTIDOSE = "multidose"        # the multidose supplier (often a pharmacy too)
    RELATIVE = "relative"
    OTHER = "other"


class NotGivenDisposition(str, Enum):
    """What became of a dose that was prepared but not given."""

    RETURNED = "returned"          # put back in the stock: the balance is unchanged
    WASTED = "wasted"              # destroyed: the balance falls, two signatures


def _amount(value: Decimal, field: str, allow_zero: bool = False) -> None:
    require(value.is_finite() and (value >= 0 if allow_zero else value > 0), field,
            "Mengden må være et tall over null." if not allow_zero else "Mengden kan ikke være negativ.",
            "The amount must be a number above zero." if not allow_zero else "The amount cannot be negative.")


def _second_signer(meta: RecordMeta, second: WorkerRef | None, required: bool) -> None:
    if required:
        require(second is not None, "second_signer", "Dette krever to signaturer: oppgi den andre som signerer.",
                "This needs two signatures: give the second signer.")
    if second is not None:
        require(second.hpr != meta.author.hpr, "second_signer",
                "Den andre som signerer må være en annen person enn deg.",
                "The second signer must be another person than the signer.")


@dataclass(frozen=True)
class LedgerReceipt:
    """Stock received for the client: how much, from whom, when; signed by the author."""

    meta: RecordMeta                # meta.occurred_at is when it was received
    client_id: str
    drug: LedgerDrug
    amount: Decimal
    unit: str
    source: ReceiptSource
    supplier: str                   # "Apotek 1 Båtsfjord", "datteren Kari"
    second_signer: WorkerRef | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _amount(self.amount, "amount")
        require_text(self.unit, "unit", "Enhet", "Unit")
        require_text(self.supplier, "supplier", "Fra hvem", "From whom")
        _second_signer(self.meta, self.second_signer, required=False)


@dataclass(frozen=True)
class LedgerCount:
    """A count of the stock by two people; a count that differs from the balance opens a deviation.

    ``expected`` is the running balance the app showed when the count was
    signed (kept for the record and the server; the rules recompute it).
    """

    meta: RecordMeta
    client_id: str
    drug: LedgerDrug
    counted: Decimal
    unit: str
    second_signer: WorkerRef | None
    expected: Decimal | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _amount(self.counted, "counted", allow_zero=True)
        require_text(self.unit, "unit", "Enhet", "Unit")
        _second_signer(self.meta, self.second_signer, required=True)


@dataclass(frozen=True)
class LedgerWaste:
    """Stock destroyed (a broken tablet, the rest of an ampoule, expired): why, signed by two."""

    meta: RecordMeta
    client_id: str
    drug: LedgerDrug
    amount: Decimal
    unit: str
    reason: str
    second_signer: WorkerRef | None
    note: str = ""

    def __post_init__(self) -> None:
        _amount(self.amount, "amount")
        require_text(self.unit, "unit", "Enhet", "Unit")
        require_text(self.reason, "reason", "Årsak", "Reason")
        _second_signer(self.meta, self.second_signer, required=True)


@dataclass(frozen=True)
class LedgerNotGiven:
    """A dose taken out of the stock and prepared, then not given: back to stock, or wasted (two signatures)."""

    meta: RecordMeta
    client_id: str
    drug: LedgerDrug
    amount: Decimal
    unit: str
    disposition: NotGivenDisposition
    reason: str
    administration_id: str | None = None    # the dose recorded as not given / refused, when there is one
    second_signer: WorkerRef | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _amount(self.amount, "amount")
        require_text(self.unit, "unit", "Enhet", "Unit")
        require_text(self.reason, "reason", "Årsak", "Reason")
        _second_signer(self.meta, self.second_signer,
                       required=self.disposition is NotGivenDisposition.WASTED)


@dataclass(frozen=True)
class LedgerDeviation:
    """A deviation (avvik): what was found, by whom, who it was reported to, the follow-up.

    ``count_id`` names the count whose mismatch it explains; without it, the
    deviation covers every open mismatch and a balance below zero up to its time.
    """

    meta: RecordMeta
    client_id: str
    drug: LedgerDrug
    what: str
    found_by: str
    reported_to: str
    follow_up: str = ""
    count_id: str | None = None

    def __post_init__(self) -> None:
        require_text(self.what, "what", "Hva som er avdekket", "What was found")
        require_text(self.found_by, "found_by", "Oppdaget av", "Found by")
        require_text(self.reported_to, "reported_to", "Meldt til", "Reported to")


LedgerEntry = LedgerReceipt | LedgerCount | LedgerWaste | LedgerNotGiven | LedgerDeviation

# The record kinds of the ledger, by the names the store and the sync use.
LEDGER_RECORD_KINDS: dict[str, type] = {
    "ledger_receipt": LedgerReceipt,
    "ledger_count": LedgerCount,
    "ledger_waste": LedgerWaste,
    "ledger_not_given": LedgerNotGiven,
    "ledger_deviation": LedgerDeviation,
}
LEDGER_KINDS = frozenset(LEDGER_RECORD_KINDS)

# What a correction may change, per kind (and the event time): never the drug or its unit
# (a line on the wrong ledger is entered in error and written again on the right one).
_CORRECTABLE: dict[type, frozenset[str]] = {
    LedgerReceipt: frozenset({"amount", "source", "supplier", "second_signer", "note"}),
    LedgerCount: frozenset({"counted", "second_signer", "note"}),
    LedgerWaste: frozenset({"amount", "reason", "second_signer", "note"}),
    LedgerNotGiven: frozenset({"amount", "disposition", "reason", "second_signer", "note"}),
    LedgerDeviation: frozenset({"what", "found_by", "reported_to", "follow_up"}),
}


def correct_entry(entry: Any, author: WorkerRef, device_id: str, now: dt.datetime, **changes: Any) -> Any:
    """A corrected version of a ledger line (see :func:`~desktop.domain.records.correct`); the old stays."""
    return correct(entry, author, device_id, now, _CORRECTABLE[type(entry)], **changes)
