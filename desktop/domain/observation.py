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
    before: str = ""       # what happened just before (the antecedent)
    after: str = ""        # what happened after, and how others responded (the consequence)

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

# The fields the law asks for: a municipality may relabel them and add its own, never drop them.
LAW_FIELD_KEYS: tuple[str, ...] = tuple(f.key for f in CHAPTER9_FIELDS if f.required)

# Until a municipality sets the URL of its own CodeSystem, the chapter 9 codes live under this URN:
# a name-based UUID (RFC 4122, uuid5(NAMESPACE_OID, "ambulant.chapter9-codes")) is a valid, globally
# unique code system URI that does not pretend to be anybody's web address.
DEFAULT_CHAPTER9_CODE_SYSTEM = "urn:uuid:d5c1ec6d-460b-5651-8abc-3d560c06062e"

_KEY = re.compile(r"[a-z][a-z0-9_-]{0,39}")
_RESERVED_HOSTS = ("example.org", "example.com", "example.net", "example", "localhost", "invalid", "test")


def check_code_system_url(url: str) -> str:
    """The URL, stripped, or a :class:`DomainError`: an absolute http(s) URL, a urn:oid: or urn:uuid:,
    and not one of the reserved example domains (RFC 2606), which belong to nobody."""
    url = url.strip()
    bad = DomainError("code_system", "Oppgi en fullstendig adresse (https://…) eller en urn:oid:/urn:uuid:.",
                      "Give a full address (https://…) or a urn:oid:/urn:uuid:.")
    if not url or any(c.isspace() for c in url):
        raise bad
    if url.startswith("urn:oid:"):
        if not re.fullmatch(r"urn:oid:[0-2](\.(0|[1-9][0-9]*))+", url):
            raise bad
        return url
    if url.startswith("urn:uuid:"):
        if not re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", url):
            raise bad
        return url
    match = re.fullmatch(r"https?://([A-Za-z0-9.-]+)(:[0-9]+)?(/[^?#]*)?", url)
    if match is None or "." not in match.group(1):
        raise bad
    host = match.group(1).lower().rstrip(".")
    if any(host == h or host.endswith("." + h) for h in _RESERVED_HOSTS):
        raise DomainError("code_system", "Eksempeladresser (example.org o.l.) tilhører ingen. Bruk kommunens "
                          "egen adresse.", "Example addresses (example.org etc.) belong to nobody. Use the "
                          "municipality's own address.")
    return url


@dataclass(frozen=True)
class Chapter9Config:
    """A municipality's chapter 9 form: the field list and the code system its codes live under."""

    fields: tuple[Chapter9Field, ...] = CHAPTER9_FIELDS
    code_system: str = DEFAULT_CHAPTER9_CODE_SYSTEM

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        for f in self.fields:
            require(bool(_KEY.fullmatch(f.key)), "fields",
                    f"Ugyldig feltnøkkel «{f.key}»: små bokstaver, tall, - og _.",
                    f'Invalid field key "{f.key}": lower-case letters, digits, - and _.')
            require(bool(f.label_nb.strip()) and bool(f.label_en.strip()), "fields",
                    f"Feltet «{f.key}» mangler ledetekst.", f'The field "{f.key}" has no label.')
        require(len(keys) == len(set(keys)), "fields", "To felt har samme nøkkel.", "Two fields have the same key.")
        by_key = {f.key: f for f in self.fields}
        for key in LAW_FIELD_KEYS:
            require(key in by_key and by_key[key].required, "fields",
                    f"Feltet «{key}» kreves av loven og kan ikke fjernes eller gjøres valgfritt.",
                    f'The field "{key}" is required by law and cannot be removed or made optional.')
        check_code_system_url(self.code_system)


class Chapter9Recipient(str, Enum):
    """Who a chapter 9 registration is sent to (hol. § 9-7: both get it)."""

    STATSFORVALTER = "statsforvalter"
    PROFESSIONAL_LEAD = "professional-lead"   # the person with overall professional responsibility


@dataclass(frozen=True)
class Chapter9Sending:
    """That the registration was sent: to whom (the office or person by name) and on which day."""

    recipient: Chapter9Recipient
    name: str
    date: dt.date
    how: str = ""          # e.g. "Altinn", "sikker e-post", "brev"

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Mottaker", "Recipient")


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
    # The field list and code system in force when the registration was made (a later change of
    # the municipality's form does not change what this registration asked); empty for
    # registrations made before the list was configurable, which used CHAPTER9_FIELDS.
    field_list: tuple[Chapter9Field, ...] = ()
    code_system: str = ""
    sendings: tuple[Chapter9Sending, ...] = ()

    def __post_init__(self) -> None:
        require(self.end >= self.start, "end", "Slutt kan ikke være før start.", "The end cannot be before the start.")

    def answer(self, key: str) -> str:
        """The answer for field ``key``, or an empty string."""
        return dict(self.fields).get(key, "")

    @property
    def fields_used(self) -> tuple[Chapter9Field, ...]:
        """The field list the registration was made with."""
        return self.field_list or CHAPTER9_FIELDS

    @property
    def code_system_used(self) -> str:
        return self.code_system or DEFAULT_CHAPTER9_CODE_SYSTEM

    def validate(self, field_list: tuple[Chapter9Field, ...] | None = None) -> None:
        """Raise :class:`DomainError` naming the first required field left empty
        (of ``field_list``, by default the list the registration was made with)."""
        for f in field_list or self.fields_used:
            if f.required and not self.answer(f.key).strip():
                raise DomainError(f.key, f"{f.label_nb} må fylles ut.", f"{f.label_en} is required.")

    def sent_to(self, recipient: Chapter9Recipient) -> Chapter9Sending | None:
        """The latest sending to ``recipient``, or None."""
        found = [s for s in self.sendings if s.recipient is recipient]
        return max(found, key=lambda s: s.date) if found else None

    def is_reported_to(self, recipient: Chapter9Recipient) -> bool:
        """Sent to ``recipient`` (a dated sending, or the yes/no flag of older registrations)."""
        flag = (self.reported_to_statsforvalter if recipient is Chapter9Recipient.STATSFORVALTER
                else self.reported_to_professional_lead)
        return flag or self.sent_to(recipient) is not None


def with_sending(registration: Chapter9Registration, sending: Chapter9Sending) -> dict[str, object]:
    """The changes (for a correction) that record ``sending`` on ``registration``."""
    require(sending.date >= registration.start.date() - dt.timedelta(days=1), "date",
            "Registreringen kan ikke være sendt før tiltaket.",
            "The registration cannot have been sent before the intervention.")
    flag = ("reported_to_statsforvalter" if sending.recipient is Chapter9Recipient.STATSFORVALTER
            else "reported_to_professional_lead")
    return {"sendings": registration.sendings + (sending,), flag: True}


def chapter9_field_label(registration: Chapter9Registration, key: str, language: str = "nb") -> str:
    """The label of ``key`` as the registration's own field list has it (the key when unknown)."""
    for f in registration.fields_used:
        if f.key == key:
            return f.label_en if language == "en" else f.label_nb
    return key

