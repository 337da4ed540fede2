"""Times as the store keeps them: UTC ISO 8601 text that sorts as it reads."""

from __future__ import annotations

import datetime as dt


def to_db(value: dt.datetime) -> str:
    """UTC text with microseconds, so text order is time order."""
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(text: str) -> dt.datetime:
    """A UTC-aware datetime from :func:`to_db` text."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
