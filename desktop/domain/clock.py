"""The one clock: current time, always UTC-aware (local time is a display concern), and the local zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

# Where the work happens: planned dose times and "today" are read in this zone.
LOCAL_TZ = ZoneInfo("Europe/Oslo")


def utcnow() -> dt.datetime:
    """The current time, UTC-aware."""
    return dt.datetime.now(dt.timezone.utc)


def local_text(when: dt.datetime) -> str:
    """A moment as the worker reads it in a message: "26.11.2026 kl. 09:00", local time."""
    return when.astimezone(LOCAL_TZ).strftime("%d.%m.%Y kl. %H:%M")
