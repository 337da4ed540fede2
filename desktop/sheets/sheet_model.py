"""What goes on a medication sheet, decided before anything is drawn.

Pure Python (no reportlab): the period and its limits, which orders are
printed, and the version of the medication list the sheet was made from. The
service layer uses this to check input before it touches the database or a
file; the PDF builder uses it to lay out the pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..domain.errors import DomainError
from ..domain.medication import MedicationOrder
from ..domain.medication_rules import LOCAL_TZ

# A sheet covers at least one day and at most about two months: longer than
# that, the list on paper is too likely to be out of date.
MIN_DAYS = 1
MAX_DAYS = 62
# Default period: today and the next 13 days (a multidose period).
DEFAULT_DAYS = 14

WEEKDAYS_NB = ("ma", "ti", "on", "to", "fr", "lø", "sø")


@dataclass(frozen=True)
class SheetPeriod:
    """The days a sheet covers: ``start`` and the ``days - 1`` days after it."""

    start: dt.date
    days: int

    def __post_init__(self) -> None:
        if not MIN_DAYS <= self.days <= MAX_DAYS:
            raise DomainError(
                "days", f"Perioden må være fra {MIN_DAYS} til {MAX_DAYS} dager (du valgte {self.days}).",
                f"The period must be {MIN_DAYS} to {MAX_DAYS} days (got {self.days}).")

    @property
    def end(self) -> dt.date:
        """The last day on the sheet (inclusive)."""
        return self.start + dt.timedelta(days=self.days - 1)

    def dates(self) -> list[dt.date]:
        """Every day of the period, in order."""
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    def label(self) -> str:
        """The period as printed, e.g. "26.11.2026–09.12.2026 (14 dager)"."""
        unit = "dag" if self.days == 1 else "dager"
        return f"{format_date(self.start)}–{format_date(self.end)} ({self.days} {unit})"


@dataclass(frozen=True)
class ListVersion:
    """Which version of the medication list a sheet shows.

    ``code`` is a short fingerprint of the order versions on the sheet: two
    sheets with the same code were printed from the same list. ``valid_from``
    is when the newest of those versions was recorded.
    """

    code: str
    valid_from: dt.datetime | None


@dataclass(frozen=True)
class SheetOrders:
    """The orders printed on a sheet, split as the sheet shows them."""

    fixed: tuple[MedicationOrder, ...]
    as_needed: tuple[MedicationOrder, ...]
    version: ListVersion


def format_date(day: dt.date) -> str:
    """A date the Norwegian way: 26.11.2026."""
    return day.strftime("%d.%m.%Y")


def format_time(at: dt.time) -> str:
    """A time of day: 08:00."""
    return at.strftime("%H:%M")


def format_datetime(at: dt.datetime) -> str:
    """A moment in local time: 26.11.2026 kl. 09:00."""
    local = at.astimezone(LOCAL_TZ)
    return f"{format_date(local.date())} kl. {local.strftime('%H:%M')}"


def check_period(start: dt.date, days: int) -> SheetPeriod:
    """The period, or a :class:`DomainError` when it is empty or longer than :data:`MAX_DAYS`."""
    return SheetPeriod(start, days)


def overlaps(order: MedicationOrder, period: SheetPeriod) -> bool:
    """True when the order is in force on at least one day of the period."""
    if order.meta.entered_in_error or order.suspended:   # stopped or paused by the prescriber: not on paper
        return False
    return order.start <= period.end and (order.stop is None or order.stop >= period.start)


def list_version(orders: Iterable[MedicationOrder]) -> ListVersion:
    """The fingerprint and the "valid from" time of a set of order versions."""
    orders = list(orders)
    digest = hashlib.sha256("\n".join(sorted(o.meta.version_id for o in orders)).encode()).hexdigest()
    valid_from = max((o.meta.recorded_at for o in orders), default=None)
    return ListVersion(digest[:8].upper(), valid_from)


def select_orders(orders: Sequence[MedicationOrder], period: SheetPeriod) -> SheetOrders:
    """The orders in force during the period, fixed and as-needed, sorted by drug name.

    Raises :class:`DomainError` for a fixed order without times of day: its
    signing grid would have no rows, and a dose could be missed on paper.
    """
    shown = [o for o in orders if overlaps(o, period)]
    for order in shown:
        if not order.as_needed and not order.times:
            raise DomainError(
                "times",
                f"«{order.drug_name}» er en fast ordinasjon uten klokkeslett. "
                "Legg inn klokkeslett før legemiddelarket skrives ut.",
                f'"{order.drug_name}" is a fixed order without times of day. '
                "Add the times before printing the medication sheet.")

    def key(o: MedicationOrder) -> tuple:
        return (o.drug_name.lower(), o.strength, min(o.times) if o.times else dt.time(0), o.order_id)

    fixed = tuple(sorted((o for o in shown if not o.as_needed), key=key))
    as_needed = tuple(sorted((o for o in shown if o.as_needed), key=key))
    return SheetOrders(fixed, as_needed, list_version(shown))


def day_blocks(period: SheetPeriod, max_days: int) -> list[list[dt.date]]:
    """The period split into near-equal runs of at most ``max_days`` days (one signing grid each)."""
    dates = period.dates()
    count = -(-len(dates) // max_days)
    size, extra = divmod(len(dates), count)
    blocks, i = [], 0
    for n in range(count):
        length = size + (1 if n < extra else 0)
        blocks.append(dates[i:i + length])
        i += length
    return blocks
