"""Observations: journal notes, measurements, incidents, chapter 9 registrations."""

from __future__ import annotations

import datetime as dt
import re
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
    components: tuple[str, ...] = ()  # a panel (blood pressure) holds these kinds' values instead of its own

    @property
    def is_panel(self) -> bool:
        return bool(self.components)


MEASUREMENT_KINDS: dict[str, MeasurementKind] = {k.key: k for k in (
    MeasurementKind("systolic", "8480-6", "Systolisk blodtrykk", "mm[Hg]", Decimal(90), Decimal(140), Decimal(40), Decimal(300)),
    MeasurementKind("diastolic", "8462-4", "Diastolisk blodtrykk", "mm[Hg]", Decimal(60), Decimal(90), Decimal(20), Decimal(200)),
    MeasurementKind("pulse", "8867-4", "Puls", "/min", Decimal(50), Decimal(100), Decimal(20), Decimal(250)),
    MeasurementKind("temperature", "8310-5", "Temperatur", "Cel", Decimal("36.0"), Decimal("37.8"), Decimal(30), Decimal(45)),
    MeasurementKind("weight", "29463-7", "Vekt", "kg", None, None, Decimal(1), Decimal(400)),
    MeasurementKind("glucose", "15074-8", "Blodsukker", "mmol/L", Decimal("4.0"), Decimal("10.0"), Decimal("0.5"), Decimal(50)),
    MeasurementKind("spo2", "59408-5", "Oksygenmetning", "%", Decimal(95), Decimal(100), Decimal(50), Decimal(100)),
    MeasurementKind("respiration", "9279-1", "Respirasjonsfrekvens", "/min", Decimal(12), Decimal(20), Decimal(4), Decimal(80)),
    # Blood pressure is measured as one thing ("138/88") and sent as the FHIR blood-pressure panel.
    MeasurementKind("blood_pressure", "85354-9", "Blodtrykk", "mm[Hg]", components=("systolic", "diastolic")),
)}
# What the form offers for a new measurement: blood pressure as one panel, not its halves.
ENTRY_KINDS: tuple[str, ...] = ("blood_pressure", "pulse", "temperature", "spo2", "respiration", "weight", "glucose")
# What a trend can show: single values (a panel's values are drawn under their own kinds).
TREND_KINDS: tuple[str, ...] = tuple(k for k, mk in MEASUREMENT_KINDS.items() if not mk.is_panel)

_BLOOD_PRESSURE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)\s*(?:mm\s*hg)?\s*$", re.IGNORECASE)


def parse_blood_pressure(text: str, field: str = "value") -> tuple[Decimal, Decimal]:
    """Read "138/88" (also "138 / 88 mmHg") as systolic and diastolic."""
    found = _BLOOD_PRESSURE.match(text)
    if found is None:
        raise DomainError(field, "Skriv blodtrykket som overtrykk/undertrykk, for eksempel 138/88.",
                          "Write the blood pressure as systolic/diastolic, e.g. 138/88.")
    return Decimal(found.group(1).replace(",", ".")), Decimal(found.group(2).replace(",", "."))


def _within(kind: MeasurementKind, value: Decimal, field: str, label_nb: str = "", label_en: str = "") -> None:
    require(value.is_finite() and kind.minimum <= value <= kind.maximum, field,
            f"{label_nb}Verdien må være mellom {kind.minimum} og {kind.maximum} {kind.unit}.",
            f"{label_en}The value must be between {kind.minimum} and {kind.maximum} {kind.unit}.")


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
    value: Decimal                      # for blood pressure: the systolic value
    comment: str = ""
    diastolic: Decimal | None = None    # blood pressure only

    def __post_init__(self) -> None:
        mk = MEASUREMENT_KINDS.get(self.kind)
        if mk is None:
            raise DomainError("kind", "Ukjent målingstype.", "Unknown kind of measurement.")
        if not mk.is_panel:
            _within(mk, self.value, "value")
            require(self.diastolic is None, "value", "Bare blodtrykk har to verdier.",
                    "Only blood pressure has two values.")
            return
        systolic, diastolic = (MEASUREMENT_KINDS[k] for k in mk.components)
        _within(systolic, self.value, "value", "Overtrykk: ", "Systolic: ")
        require(self.diastolic is not None, "value", "Skriv blodtrykket som overtrykk/undertrykk, for eksempel 138/88.",
                "Write the blood pressure as systolic/diastolic, e.g. 138/88.")
        assert self.diastolic is not None
        _within(diastolic, self.diastolic, "value", "Undertrykk: ", "Diastolic: ")
        require(self.diastolic < self.value, "value", "Undertrykket må være lavere enn overtrykket (138/88).",
                "The diastolic value must be below the systolic (138/88).")

    @property
    def measurement_kind(self) -> MeasurementKind:
        return MEASUREMENT_KINDS[self.kind]

    def values(self) -> tuple[tuple[str, Decimal], ...]:
        """The single values this measurement holds, by kind (blood pressure: systolic and diastolic)."""
        if self.kind == "blood_pressure" and self.diastolic is not None:
            return (("systolic", self.value), ("diastolic", self.diastolic))
        return ((self.kind, self.value),)

    def value_of(self, kind: str) -> Decimal | None:
        """The value of ``kind`` in this measurement (a panel's part, or the value itself), or None."""
        return dict(self.values()).get(kind)

    @property
    def outside_normal(self) -> bool:
        """True when a normal range is known and a value is outside it."""
        return any(value_outside_normal(kind, value) for kind, value in self.values())


def value_outside_normal(kind: str, value: Decimal) -> bool:
    """True when ``kind`` has a normal range and ``value`` is outside it."""
    mk = MEASUREMENT_KINDS[kind]
    return (mk.low is not None and value < mk.low) or (mk.high is not None and value > mk.high)


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
