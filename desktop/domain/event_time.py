"""When a recorded time looks wrong: in the future, or before the last sync the server confirmed.

A laptop clock set two years ahead once sent a dose dated 2028 to the server with
no word; these checks give the form a question to ask before saving.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# A little slack: the form opened a minute ago, the clocks differ by seconds.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class TimeWarning:
    """Why a time should be confirmed before it is saved (Bokmål for the form, English for logs)."""

    message_nb: str
    message_en: str


def event_time_warning(at: dt.datetime, now: dt.datetime,
                       last_confirmed_sync: dt.datetime | None) -> TimeWarning | None:
    """A warning for a time ``at`` that lies in the future or before the last confirmed sync, else None."""
    if at > now + FUTURE_TOLERANCE:
        return TimeWarning("Tidspunktet er fram i tid. Sjekk dato og klokkeslett (og datamaskinens klokke).",
                           "The time is in the future. Check the date and time (and the computer's clock).")
    if last_confirmed_sync is None:
        return None
    if now < last_confirmed_sync - FUTURE_TOLERANCE:
        return TimeWarning("Datamaskinens klokke står før forrige synkronisering. Sjekk klokken før du lagrer.",
                           "The computer's clock is behind the last sync. Check the clock before saving.")
    if at < last_confirmed_sync:
        return TimeWarning("Tidspunktet er før forrige synkronisering. Stemmer dato og klokkeslett?",
                           "The time is before the last sync. Are the date and time right?")
    return None
