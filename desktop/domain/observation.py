"""Observations: journal notes, measurements, incidents, chapter 9 registrations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from .errors import DomainError, require, require_text
from .records import RecordMeta


@dataclass(frozen=True)
class MeasurementKind:
    """A kind of measurement with its LOINC code, UCUM unit and normal range."""

    key: str
    loinc: str
    display: str
    unit: str                 # UCUM
    low: Decimal | None = None
    high: Decimal | None = None
    minimum: Decimal = Decimal(0)   # plausible bounds: outside them is a typing error
    maximum: Decimal = Decimal(1000)


MEASUREMENT_KINDS: dict[str, MeasurementKind] = {k.key: k for k in (
    MeasurementKind("systolic", "8480-6", "Systolisk blodtrykk", "mm[Hg]", Decimal(90), Decimal(140), Decimal(40), Decimal(300)),
    MeasurementKind("diastolic", "8462-4", "Diastolisk blodtrykk", "mm[Hg]", Decimal(60), Decimal(90), Decimal(20), Decimal(200)),
    MeasurementKind("pulse", "8867-4", "Puls", "/min", Decimal(50), Decimal(100), Decimal(20), Decimal(250)),
    MeasurementKind("temperature", "8310-5", "Temperatur", "Cel", Decimal("36.0"), Decimal("37.8"), Decimal(30), Decimal(45)),
    MeasurementKind("weight", "29463-7", "Vekt", "kg", None, None, Decimal(1), Decimal(400)),
    MeasurementKind("glucose", "15074-8", "Blodsukker", "mmol/L", Decimal("4.0"), Decimal("10.0"), Decimal("0.5"), Decimal(50)),
    MeasurementKind("spo2", "59408-5", "Oksygenmetning", "%", Decimal(95), Decimal(100), Decimal(50), Decimal(100)),
    MeasurementKind("respiration", "9279-1", "Respirasjonsfrekvens", "/min", Decimal(12), Decimal(20), Decimal(4), Decimal(80)),
)}


@dataclass(frozen=True)
class JournalNote:
    """A journal note (daily report). The text is never changed in place."""

    meta: RecordMeta
    client_id: str
    text: str
    category: str = "dagsrapport"

    def __post_init__(self) -> None:
        require_text(self.text, "text", "Notatet", "The note")


@dataclass(frozen=True)
class Measurement:
    """A measured value of a known kind (LOINC code, UCUM unit)."""

    meta: RecordMeta
    client_id: str
    kind: str
    value: Decimal
    comment: str = ""

    def __post_init__(self) -> None:
        mk = MEASUREMENT_KINDS.get(self.kind)
        if mk is None:
            raise DomainError("kind", "Ukjent målingstype.", "Unknown kind of measurement.")
        require(self.value.is_finite() and mk.minimum <= self.value <= mk.maximum, "value",
                f"Verdien må være mellom {mk.minimum} og {mk.maximum} {mk.unit}.",
                f"The value must be between {mk.minimum} and {mk.maximum} {mk.unit}.")

    @property
    def measurement_kind(self) -> MeasurementKind:
        return MEASUREMENT_KINDS[self.kind]

    @property
    def outside_normal(self) -> bool:
        """True when a normal range is known and the value is outside it."""
        mk = self.measurement_kind
        return (mk.low is not None and self.value < mk.low) or (mk.high is not None and self.value > mk.high)


@dataclass(frozen=True)
class ClientRating:
    """The client's own rating of how things are (0 very bad … 10 very good)."""

    meta: RecordMeta
    client_id: str
    rating: int
    comment: str = ""

    def __post_init__(self) -> None:
        require(0 <= self.rating <= 10, "rating", "Vurderingen må være mellom 0 og 10.",
                "The rating must be between 0 and 10.")


class SubstanceUse(str, Enum):
    NONE_OBSERVED = "none-observed"
    SUSPECTED = "suspected"
    CONFIRMED = "confirmed"
    NOT_ASSESSED = "not-assessed"


@dataclass(frozen=True)
class SubstanceUseStatus:
    """Substance use status at a visit (rus)."""

    meta: RecordMeta
    client_id: str
    status: SubstanceUse
    substances: str = ""
    comment: str = ""


@dataclass(frozen=True)
class BehaviourRegistration:
    """A registration for målrettet miljøarbeid: behaviour, count and context."""

    meta: RecordMeta
    client_id: str
    behaviour: str
    count: int = 1
    duration_minutes: int | None = None
    context: str = ""

    def __post_init__(self) -> None:
        require_text(self.behaviour, "behaviour", "Atferden", "The behaviour")
        require(self.count >= 1, "count", "Antall må være minst 1.", "The count must be at least 1.")


class Severity(str, Enum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


@dataclass(frozen=True)
class Incident:
    """An incident (hendelse/avvik) at a visit."""

    meta: RecordMeta
    client_id: str
    description: str
    severity: Severity
    actions: str = ""

    def __post_init__(self) -> None:
        require_text(self.description, "description", "Beskrivelsen", "The description")


@dataclass(frozen=True)
class Chapter9Field:
    """One field of the chapter 9 form; the list is configurable."""

    key: str
    label_nb: str
    label_en: str
    required: bool = True


# Helse- og omsorgstjenesteloven kapittel 9, § 9-5 tredje ledd bokstav a:
# what a report of an emergency intervention needs. Municipalities may add fields.
CHAPTER9_FIELDS: tuple[Chapter9Field, ...] = (
    Chapter9Field("concerned", "Hvem gjaldt tiltaket", "Who it concerned"),
    Chapter9Field("what_done", "Hva ble gjort", "What was done"),
    Chapter9Field("why", "Hvorfor var det nødvendig", "Why it was necessary"),
    Chapter9Field("tried_first", "Hva ble forsøkt først", "What was tried first"),
    Chapter9Field("decided_by", "Hvem besluttet", "Who decided"),
    Chapter9Field("participants", "Hvem deltok", "Who took part"),
    Chapter9Field("injuries", "Skader", "Injuries", required=False),
)


@dataclass(frozen=True)
class Chapter9Registration:
    """A skadeavvergende tiltak i nødssituasjon (§ 9-5 tredje ledd a), to be reported.

    ``fields`` holds the answers keyed by :class:`Chapter9Field` key, so the
    form can follow the configured field list.
    """

    meta: RecordMeta
    client_id: str
    start: dt.datetime
    end: dt.datetime
    fields: tuple[tuple[str, str], ...]
    reported_to_statsforvalter: bool = False
    reported_to_professional_lead: bool = False

    def __post_init__(self) -> None:
        require(self.end >= self.start, "end", "Slutt kan ikke være før start.", "The end cannot be before the start.")

    def answer(self, key: str) -> str:
        """The answer for field ``key``, or an empty string."""
        return dict(self.fields).get(key, "")

    def validate(self, field_list: tuple[Chapter9Field, ...] = CHAPTER9_FIELDS) -> None:
        """Raise :class:`DomainError` naming the first required field left empty."""
        for f in field_list:
            if f.required and not self.answer(f.key).strip():
                raise DomainError(f.key, f"{f.label_nb} må fylles ut.", f"{f.label_en} is required.")
