"""How far the device clock is from the server's, from the ``Date`` header of its answer.

A laptop two years ahead signs doses "in 2028"; nothing in a record can show that
later. The sync measures the difference on every run and the summary carries a
warning the window shows when it is more than :data:`WARN_AFTER_S`.
"""

from __future__ import annotations

import datetime as dt

WARN_AFTER_S = 300.0   # a few minutes: NTP-synced clocks agree to well under a second


def clock_skew_seconds(server_date: dt.datetime | None, device_now: dt.datetime) -> float | None:
    """Device clock minus server clock, in seconds (positive: the device is ahead), or None."""
    if server_date is None:
        return None
    return (device_now - server_date).total_seconds()


def skew_warning(seconds: float | None) -> tuple[str, str] | None:
    """(Bokmål, English) warning when the clocks differ by more than :data:`WARN_AFTER_S`, else None."""
    if seconds is None or abs(seconds) <= WARN_AFTER_S:
        return None
    direction_nb, direction_en = ("foran", "ahead of") if seconds > 0 else ("bak", "behind")
    amount_nb, amount_en = _amount(abs(seconds))
    return (f"Klokken på denne maskinen går {amount_nb} {direction_nb} serverens. Tidspunktene du registrerer "
            "kan bli feil: rett klokken (dato, tid og tidssone) før du fortsetter.",
            f"This computer's clock is {amount_en} {direction_en} the server's. Times you record may be wrong: "
            "set the clock (date, time and time zone) before going on.")


def _amount(seconds: float) -> tuple[str, str]:
    if seconds < 3600:
        minutes = round(seconds / 60)
        return f"{minutes} minutter", f"{minutes} minutes"
    if seconds < 2 * 86400:
        hours = round(seconds / 3600)
        return f"{hours} timer", f"{hours} hours"
    days = round(seconds / 86400)
    return f"{days} dager", f"{days} days"
