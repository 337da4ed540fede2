"""Medication orders, administrations and the double-check rule.

The vernepleier does not prescribe: an order is entered from the prescriber's
order (or a paper ordinasjonskort) and after that only its local
administration notes may change. The drug catalogue (names, ATC codes,
reseptgruppe) is in ``drug_catalogue``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

from .clock import LOCAL_TZ
from .errors import DomainError, require, require_text
from .overrides import RuleOverride
from .records import RecordMeta, WorkerRef
from .text_folding import normalise


class OrderKind(str, Enum):
    FIXED = "fixed"
    AS_NEEDED = "as-needed"


class ControlledClass(str, Enum):
    A = "A"
    B = "B"


class AdministrationStatus(str, Enum):
    GIVEN = "given"
    NOT_GIVEN = "not-given"
    REFUSED = "refused"
    SELF_ADMINISTERED = "self-administered"


ORDER_EDITABLE_FIELDS = frozenset({"administration_notes"})
# What a prescriber's stop (seponering) writes on a new version of the order; nothing else changes.
ORDER_STOP_FIELDS = frozenset({"stopped_at", "stop_instructed_by", "stop_instructed_at", "stop_reason"})


@dataclass(frozen=True)
class Dose:
    """An amount and its unit, e.g. 1 tablett, 5 ml, 0.5 mg."""

    amount: Decimal
    unit: str

    def __post_init__(self) -> None:
        require(self.amount > 0, "dose", "Dosen må være større enn null.", "The dose must be above zero.")
        require_text(self.unit, "dose", "Enhet for dosen", "The dose unit")

    def __str__(self) -> str:
        amount = format(self.amount.normalize(), "f").replace(".", ",")
        return f"{amount} {self.unit}"


def parse_dose(text: str, field: str = "dose") -> Dose:
    """Read a dose such as "1 tablett", "2,5 ml" or "0.5 mg"."""
    parts = text.strip().split(maxsplit=1)
    if len(parts) != 2:
        raise DomainError(field, "Skriv dosen som mengde og enhet, for eksempel «1 tablett».",
                          'Write the dose as an amount and a unit, e.g. "1 tablet".')
    try:
        amount = Decimal(parts[0].replace(",", "."))
    except InvalidOperation:
        raise DomainError(field, "Mengden i dosen er ikke et tall.",
                          "The dose amount is not a number.") from None
    if not amount.is_finite() or amount <= 0:
        raise DomainError(field, "Dosen må være større enn null.", "The dose must be above zero.")
    return Dose(amount, parts[1].strip())


def parse_time_of_day(text: str, field: str = "times") -> dt.time:
    """Read a time of day such as "08", "8:00", "08.30" or "22:15"."""
    value = text.strip().replace(".", ":")
    try:
        if ":" in value:
            hours, minutes = value.split(":", 1)
        else:
            hours, minutes = value, "0"
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise DomainError(field, f"«{text}» er ikke et gyldig klokkeslett.",
                          f'"{text}" is not a valid time of day.') from None


@dataclass(frozen=True)
class MedicationOrder:
    """One order on the client's medication list."""

    meta: RecordMeta
    client_id: str
    drug_name: str
    strength: str
    form: str                       # Volven 7448, e.g. "Tablett"
    route: str                      # Volven 7477, e.g. "Oral"
    dose: Dose
    kind: OrderKind
    indication: str
    start: dt.date
    prescriber: str
    ordered_on: dt.date
    times: tuple[dt.time, ...] = ()
    stop: dt.date | None = None
    atc: str = ""
    max_per_24h: int | None = None  # as-needed: how many doses at most in 24 h
    min_interval_hours: Decimal | None = None
    multidose: bool = False
    double_check: bool = False      # the prescriber or local procedure asks for a second signer
    controlled: ControlledClass | None = None
    observed_intake: bool = False   # e.g. LAR: intake must be observed
    administration_notes: str = ""
    # The prescriber's stop (seponering), entered as instructed: from when, who said so, when and why.
    stopped_at: dt.datetime | None = None
    stop_instructed_by: str = ""
    stop_instructed_at: dt.datetime | None = None
    stop_reason: str = ""
    overrides: tuple[RuleOverride, ...] = ()   # e.g. entered despite a CAVE match, with the reason
    suspended: bool = False         # stopped or paused by the prescriber (in the municipal record): never due

    def __post_init__(self) -> None:
        require_text(self.drug_name, "drug_name", "Legemiddelnavn", "Drug name")
        require_text(self.prescriber, "prescriber", "Forordnet av", "Prescriber")
        require(self.stop is None or self.stop >= self.start, "stop",
                "Seponeringsdato kan ikke være før startdato.", "The stop date cannot be before the start date.")
        if self.stopped_at is not None:
            require(self.stopped_at.tzinfo is not None, "stopped_at",
                    "Tidspunktet mangler tidssone.", "The time has no time zone.")
            require_text(self.stop_instructed_by, "stop_instructed_by", "Hvem som ga beskjed om seponering",
                         "Who instructed the stop")
            require(self.stop_instructed_at is not None, "stop_instructed_at",
                    "Oppgi når forskriveren ga beskjed.", "Give when the prescriber instructed the stop.")
            require_text(self.stop_reason, "stop_reason", "Årsak til seponering", "The reason for the stop")
        if self.kind is OrderKind.FIXED:
            require(bool(self.times), "times", "En fast ordinasjon må ha minst ett klokkeslett.",
                    "A fixed order needs at least one time of day.")
            require(len(set(self.times)) == len(self.times), "times",
                    "Samme klokkeslett står to ganger.", "A time of day is listed twice.")
        else:
            require_text(self.indication, "indication", "Indikasjon for behovsmedisin",
                         "Indication for an as-needed dose")
            require(self.max_per_24h is not None and self.max_per_24h > 0, "max_per_24h",
                    "Oppgi maks antall doser per døgn.", "Give the maximum number of doses per 24 hours.")

    @property
    def order_id(self) -> str:
        return self.meta.record_id

    @property
    def as_needed(self) -> bool:
        return self.kind is OrderKind.AS_NEEDED

    def active_on(self, day: dt.date) -> bool:
        """True when the order is in force on (some of) local ``day``: not ended, stopped, suspended or entered
        in error."""
        if self.meta.entered_in_error or self.suspended:
            return False
        if self.stopped_at is not None and self.stopped_at <= dt.datetime.combine(day, dt.time(0), LOCAL_TZ):
            return False
        return self.start <= day and (self.stop is None or day <= self.stop)

    def active_at(self, when: dt.datetime) -> bool:
        """True when a dose at ``when`` is within the order: in force that day and before any stop."""
        if not self.active_on(when.astimezone(LOCAL_TZ).date()):
            return False
        return self.stopped_at is None or when < self.stopped_at

    def stopped_by(self, when: dt.datetime) -> bool:
        """True when the prescriber's stop has taken effect at ``when``."""
        return self.stopped_at is not None and when >= self.stopped_at

    @property
    def label(self) -> str:
        """Drug, strength and form as shown on lists."""
        return " ".join(p for p in (self.drug_name, self.strength, self.form.lower()) if p)


class PolicyReason(str, Enum):
    """Why the double-check policy asks for a second signer."""

    ORDER = "order"                 # the order itself says so (prescriber or local procedure)
    CONTROLLED_CLASS = "controlled-class"
    ATC = "atc"
    DRUG = "drug"
    ROUTE = "route"


@dataclass(frozen=True)
class PolicyMatch:
    """One reason a dose needs a double check, with what matched (the class, prefix, drug or route)."""

    reason: PolicyReason
    value: str = ""


@dataclass(frozen=True)
class DoubleCheckPolicy:
    """Local procedure: when a second qualified person must sign.

    Configurable per drug (name), per category (ATC prefix), per controlled
    class and per route (e.g. every injection). An order's own
    ``double_check`` flag always applies. The policy is kept in the journal
    (``services.policy``); the default asks for classes A and B, since every
    withdrawal from an A/B stock is signed by two (municipal procedures under
    legemiddelhåndteringsforskriften).
    """

    controlled_classes: frozenset[ControlledClass] = frozenset({ControlledClass.A, ControlledClass.B})
    atc_prefixes: frozenset[str] = frozenset()
    drug_names: frozenset[str] = frozenset()
    routes: frozenset[str] = frozenset()

    def matches(self, order: MedicationOrder) -> tuple[PolicyMatch, ...]:
        """Every reason the policy asks for a second signer on ``order`` (empty: one signer is enough)."""
        found: list[PolicyMatch] = []
        if order.double_check:
            found.append(PolicyMatch(PolicyReason.ORDER))
        if order.controlled is not None and order.controlled in self.controlled_classes:
            found.append(PolicyMatch(PolicyReason.CONTROLLED_CLASS, order.controlled.value))
        atc = order.atc.strip().upper()
        found += [PolicyMatch(PolicyReason.ATC, p) for p in sorted(self.atc_prefixes)
                  if atc and atc.startswith(p.strip().upper())]
        drug = normalise(order.drug_name)
        found += [PolicyMatch(PolicyReason.DRUG, n) for n in sorted(self.drug_names) if normalise(n) == drug]
        route = normalise(order.route)
        found += [PolicyMatch(PolicyReason.ROUTE, r) for r in sorted(self.routes) if route and normalise(r) == route]
        return tuple(found)

    def requires_second_signer(self, order: MedicationOrder) -> bool:
        """Whether giving a dose of ``order`` must be signed by two people."""
        return bool(self.matches(order))


@dataclass(frozen=True)
class Administration:
    """One dose signed: given, not given, refused or taken by the client alone."""

    meta: RecordMeta                # meta.author signs; meta.occurred_at is the time given
    client_id: str
    order_id: str
    status: AdministrationStatus
    dose: Dose | None
    scheduled_for: dt.datetime | None = None   # the planned time (fixed orders)
    second_signer: WorkerRef | None = None
    reason: str = ""                # why not given / refused
    prn_reason: str = ""            # why an as-needed dose was given
    note: str = ""
    overrides: tuple[RuleOverride, ...] = ()   # rules the signer overrode, each with the reason
    # The version of this record the second signer confirmed with their passphrase: a correction that
    # changes what was handed out needs a new confirmation, which only a new version can carry.
    second_signed_version: str = ""

    def __post_init__(self) -> None:
        if self.status in (AdministrationStatus.NOT_GIVEN, AdministrationStatus.REFUSED):
            require_text(self.reason, "reason", "Årsak", "Reason")
        else:
            require(self.dose is not None, "dose", "Oppgi dosen som ble gitt.", "Give the dose that was given.")
        if self.second_signer is not None:
            require(self.second_signer.hpr != self.meta.author.hpr, "second_signer",
                    "Den som kontrollerer må være en annen person enn den som signerer.",
                    "The second signer must be another person than the signer.")

    @property
    def taken(self) -> bool:
        """True when the client got the dose (given or self-administered)."""
        return self.status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED)


@dataclass(frozen=True)
class EffectEvaluation:
    """The follow-up of an as-needed dose: did it help?"""

    meta: RecordMeta
    client_id: str
    administration_id: str
    effect: str
    rating: int | None = None   # 0 none … 3 good

    def __post_init__(self) -> None:
        require_text(self.effect, "effect", "Effekt", "Effect")
        require(self.rating is None or 0 <= self.rating <= 3, "rating",
                "Effekt må være mellom 0 og 3.", "The effect rating must be between 0 and 3.")
