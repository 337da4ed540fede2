"""Dates, times and numbers shown the way the UI language writes them (QLocale)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ...domain.medication_rules import LOCAL_TZ
from ...domain.records import WorkerRef

_SHORT = QLocale.FormatType.ShortFormat


def to_local(when: dt.datetime) -> dt.datetime:
    """``when`` in the local time zone (Europe/Oslo)."""
    return when.astimezone(LOCAL_TZ)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def qdatetime(when: dt.datetime) -> QDateTime:
    """``when`` as an Oslo wall-clock QDateTime for an editor.

    No time zone is attached: a QDateTimeEdit would convert a zoned value to the
    computer's own zone, which need not be Norway's. :func:`from_qdatetime` reads
    the wall clock back as Oslo time.
    """
    local = to_local(when)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second))


def from_qdatetime(when: QDateTime) -> dt.datetime:
    """A QDateTime edited in local time as an aware datetime."""
    d, t = when.date(), when.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


def fmt_date(day: dt.date | None) -> str:
    """A date in the locale's short form (dd.MM.yyyy in Norwegian); '' for None."""
    if day is None:
        return ""
    return QLocale().toString(qdate(day), _SHORT)


def fmt_time(when: dt.datetime | dt.time) -> str:
    """The local time of day, HH:mm."""
    if isinstance(when, dt.datetime):
        when = to_local(when).time()
    return QLocale().toString(QTime(when.hour, when.minute), _SHORT)


def fmt_datetime(when: dt.datetime | None) -> str:
    """Local date and time."""
    if when is None:
        return ""
    local = to_local(when)
    return f"{fmt_date(local.date())} {fmt_time(local)}"


def fmt_when(when: dt.datetime, now: dt.datetime) -> str:
    """The time of day if ``when`` is on the same local day as ``now``, else date and time."""
    return fmt_time(when) if to_local(when).date() == to_local(now).date() else fmt_datetime(when)


def fmt_decimal(value: Decimal) -> str:
    """A number with the locale's decimal sign and no needless zeros."""
    normal = value.normalize()
    decimals = max(0, -int(normal.as_tuple().exponent))  # type: ignore[arg-type]
    return QLocale().toString(float(value), "f", decimals)


def fmt_worker(worker: WorkerRef) -> str:
    """Name and HPR number as shown on records."""
    return f"{worker.name} (HPR {worker.hpr})"


def date_format() -> str:
    """The display format for date edits (dd.MM.yyyy in Norwegian)."""
    return QLocale().dateFormat(_SHORT)


def time_format() -> str:
    """The display format for time edits (HH:mm)."""
    return QLocale().timeFormat(_SHORT)


def weekday_date(day: dt.date) -> str:
    """A day as a heading, e.g. 'torsdag 26. november 2026'."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def stored_time_text(value: str | None) -> str:
    """A time stored as ISO text (e.g. the last sync) as local date and time; '' for none."""
    if not value:
        return ""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return fmt_datetime(when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc))
