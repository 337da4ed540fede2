"""Time handling: FHIR instants, HTTP dates and `date` search ranges.

Timestamps are kept as integer microseconds since the Unix epoch (UTC), which
makes them exact, comparable in SQL and convertible both ways without float
rounding. Instants are rendered with all six fractional digits so that a
client using a returned ``lastUpdated`` as a ``_lastUpdated=gt...`` watermark
gets exactly the later resources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US = timedelta(microseconds=1)


def us_to_datetime(us: int) -> datetime:
    """Microseconds since the epoch to an aware UTC datetime."""
    return EPOCH + timedelta(microseconds=us)


def datetime_to_us(value: datetime) -> int:
    """An aware datetime to microseconds since the epoch."""
    return (value - EPOCH) // _ONE_US


def format_instant(us: int) -> str:
    """FHIR ``instant``, e.g. ``2024-05-01T10:00:00.123456Z``."""
    return us_to_datetime(us).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_http_date(us: int) -> str:
    """RFC 7231 HTTP-date for Last-Modified headers (whole seconds)."""
    return format_datetime(us_to_datetime(us).replace(microsecond=0), usegmt=True)


_DATE_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<frac>\d{1,9}))?)?"
    r"(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?"
)

DATE_PREFIXES = ("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb")


@dataclass(frozen=True)
class DateRange:
    """The half-open interval [lo, hi) in microseconds that a search value denotes."""

    lo: int
    hi: int


def split_prefix(value: str) -> tuple[str, str]:
    """Split ``gt2024-01-01`` into ``("gt", "2024-01-01")``; no prefix means ``eq``."""
    if value[:2] in DATE_PREFIXES and value[2:3].isdigit():
        return value[:2], value[2:]
    return "eq", value


def parse_date_range(text: str) -> DateRange:
    """The range a FHIR date/dateTime/instant search value covers (its precision).

    ``2024`` covers the whole year, ``2024-01-01T10:00:00Z`` one second, and so
    on. Values with a time but no zone are refused, as FHIR requires a zone
    whenever a time is given. Raises ValueError when the text is not a date.
    """
    m = _DATE_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a FHIR date: {text!r}")
    if m["hour"] is not None and m["tz"] is None:
        raise ValueError(f"a time needs a zone (Z or +hh:mm): {text!r}")
    tz = _zone(m["tz"])
    year, month, day = int(m["year"]), int(m["month"] or 1), int(m["day"] or 1)
    hour, minute, second = int(m["hour"] or 0), int(m["minute"] or 0), int(m["second"] or 0)
    frac = m["frac"] or ""
    start = datetime(year, month, day, hour, minute, second, int(frac[:6].ljust(6, "0")), tzinfo=tz)
    end = _end_of_precision(start, m, frac)
    return DateRange(datetime_to_us(start), datetime_to_us(end))


def _zone(text: str | None) -> timezone:
    if text is None or text == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    hours, minutes = int(text[1:3]), int(text[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _end_of_precision(start: datetime, m: re.Match[str], frac: str) -> datetime:
    if m["month"] is None:
        return start.replace(year=start.year + 1)
    if m["day"] is None:
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    if m["hour"] is None:
        return start + timedelta(days=1)
    if m["second"] is None:
        return start + timedelta(minutes=1)
    if not frac:
        return start + timedelta(seconds=1)
    # Precision beyond microseconds collapses to one microsecond, our resolution.
    return start + timedelta(microseconds=10 ** max(0, 6 - len(frac)))
