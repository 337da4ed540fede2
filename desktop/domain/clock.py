"""The one clock: current time, always UTC-aware (local time is a display concern)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """The current time, UTC-aware."""
    return dt.datetime.now(dt.timezone.utc)
