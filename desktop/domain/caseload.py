"""Rules for what comes from the municipal record: default dose times, 24-hour maxima, colleagues' doses.

Pure Python. The FHIR reading is in ``desktop.sync.fhir_inbound``; what is decided here is
what a vernepleier's day makes of it: an order written "morgen og kveld" is due at 08:00
and 20:00, "3 ganger daglig" at 08, 14 and 20, and a dose someone else already gave is
shown as given and asks before it is signed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from .errors import DomainError
from .identifiers import parse_national_id
from .medication import Administration, MedicationOrder

# HL7 EventTiming codes (timing.repeat.when) → the local time the dose is given. Configurable
# per service; these are the usual times in Norwegian home care.
EVENT_TIMES: dict[str, dt.time] = {
    "WAKE": dt.time(7), "MORN": dt.time(8), "MORN.early": dt.time(7), "MORN.late": dt.time(10),
    "C": dt.time(8), "CM": dt.time(8), "ACM": dt.time(7, 30), "PCM": dt.time(8, 30),
    "NOON": dt.time(12), "CD": dt.time(12), "ACD": dt.time(11, 30), "PCD": dt.time(12, 30),
    "AFT": dt.time(15), "AFT.early": dt.time(14), "AFT.late": dt.time(16),
    "EVE": dt.time(18), "EVE.early": dt.time(17), "EVE.late": dt.time(20),
    "CV": dt.time(17), "ACV": dt.time(16, 30), "PCV": dt.time(17, 30),
    "NIGHT": dt.time(22), "HS": dt.time(22), "PHS": dt.time(22),
}

# "n times a day" → the times, for orders that give only a frequency.
TIMES_PER_DAY: dict[int, tuple[dt.time, ...]] = {
    1: (dt.time(8),), 2: (dt.time(8), dt.time(20)), 3: (dt.time(8), dt.time(14), dt.time(20)),
    4: (dt.time(8), dt.time(12), dt.time(16), dt.time(20)),
    5: (dt.time(7), dt.time(11), dt.time(15), dt.time(19), dt.time(23)),
    6: (dt.time(6), dt.time(10), dt.time(14), dt.time(18), dt.time(22), dt.time(2)),
}

_HOURS = {"s": Decimal(1) / 3600, "min": Decimal(1) / 60, "h": Decimal(1), "d": Decimal(24), "wk": Decimal(168),
          "mo": Decimal(720), "a": Decimal(8760)}


def times_for_events(codes: Iterable[str], offset_minutes: int = 0) -> tuple[dt.time, ...]:
    """The dose times for EventTiming codes (unknown codes are left out), with an offset after each."""
    out = set()
    for code in codes:
        at = EVENT_TIMES.get(code)
        if at is not None:
            moment = dt.datetime.combine(dt.date(2000, 1, 1), at) + dt.timedelta(minutes=offset_minutes)
            out.add(moment.time())
    return tuple(sorted(out))


def times_for_frequency(frequency: int, period: Decimal, unit: str) -> tuple[dt.time, ...]:
    """Dose times for "``frequency`` per ``period`` ``unit``" (e.g. 2 per 1 d, 1 per 8 h); () if not daily."""
    hours = _HOURS.get(unit)
    if hours is None or frequency < 1 or period <= 0:
        return ()
    per_day = Decimal(frequency) * Decimal(24) / (period * hours)
    if per_day != per_day.to_integral_value() or int(per_day) not in TIMES_PER_DAY:
        return ()
    return tuple(sorted(TIMES_PER_DAY[int(per_day)]))


def doses_per_24h(total: Decimal, dose: Decimal, period: Decimal, unit: str) -> int | None:
    """How many doses at most per 24 h, from a maximum ``total`` per ``period`` ``unit`` (maxDosePerPeriod)."""
    hours = _HOURS.get(unit)
    if hours is None or dose <= 0 or period <= 0 or total <= 0:
        return None
    per_day = total / dose * Decimal(24) / (period * hours)
    count = int(per_day)   # round down: never allow more than the prescriber wrote
    return count if count >= 1 else None


def check_birth_date(national_id: str, birth_date: dt.date | None, field: str = "birth_date") -> dt.date:
    """The birth date the national id holds; raises DomainError when a given ``birth_date`` disagrees."""
    born = parse_national_id(national_id).birth_date
    if birth_date is not None and birth_date != born:
        raise DomainError(field, f"Fødselsdatoen stemmer ikke med fødselsnummeret ({born:%d.%m.%Y}).",
                          f"The birth date does not match the national identity number ({born:%d.%m.%Y}).")
    return born


class ServerChange(str, Enum):
    """What the prescriber (or the record) did to an order or CAVE entry since it was first pulled."""

    CHANGED = "changed"
    STOPPED = "stopped"
    ON_HOLD = "on-hold"
    RESUMED = "resumed"
    ENTERED_IN_ERROR = "entered-in-error"
    DELETED = "deleted"


@dataclass(frozen=True)
class OrderNotice:
    """A banner on the Medication tab: this order changed on the server at ``at``."""

    order: MedicationOrder
    change: ServerChange
    at: dt.datetime


def by_someone_else(administration: Administration, worker_hpr: str, from_server: frozenset[str]) -> bool:
    """True for a dose that was not signed on this device by this worker (a colleague's, from the server)."""
    return administration.meta.record_id in from_server or administration.meta.author.hpr != worker_hpr


def doses_by_others(order: MedicationOrder, administrations: Iterable[Administration], at: dt.datetime,
                    worker_hpr: str, from_server: frozenset[str],
                    within: dt.timedelta = dt.timedelta(hours=24)) -> list[Administration]:
    """Doses of ``order`` someone else gave in the ``within`` before ``at`` (newest first): ask before giving."""
    since = at - within
    found = [a for a in administrations
             if a.order_id == order.order_id and a.taken and not a.meta.entered_in_error
             and since < a.meta.occurred_at <= at and by_someone_else(a, worker_hpr, from_server)]
    return sorted(found, key=lambda a: a.meta.occurred_at, reverse=True)
