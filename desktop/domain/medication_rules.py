"""Rules over orders and administrations: what is due, PRN limits, follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from .clock import LOCAL_TZ  # noqa: F401 (re-exported: callers read the local zone from here)
from .medication import Administration, EffectEvaluation, MedicationOrder

# A dose signed within this window of its planned time counts for that time.
SIGNING_WINDOW = dt.timedelta(hours=2)
# After this long past its planned time an unsigned dose is overdue.
OVERDUE_AFTER = dt.timedelta(minutes=60)
# An as-needed dose asks for an effect evaluation after this long.
EFFECT_FOLLOW_UP_AFTER = dt.timedelta(minutes=45)


class DoseState(str, Enum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    GIVEN = "given"
    NOT_GIVEN = "not-given"


@dataclass(frozen=True)
class DueDose:
    """A planned dose of a fixed order and what has become of it."""

    order: MedicationOrder
    scheduled_for: dt.datetime
    state: DoseState
    administration: Administration | None = None


def scheduled_times(order: MedicationOrder, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """Planned dose times of a fixed order in [start, end), in local time."""
    if order.as_needed or order.meta.entered_in_error:
        return []
    local_start, local_end = start.astimezone(LOCAL_TZ), end.astimezone(LOCAL_TZ)
    out: list[dt.datetime] = []
    day = local_start.date()
    while day <= local_end.date():
        if order.active_on(day):
            for t in order.times:
                at = dt.datetime.combine(day, t, tzinfo=LOCAL_TZ)
                if local_start <= at < local_end and not order.stopped_by(at):
                    out.append(at)
        day += dt.timedelta(days=1)
    return sorted(out)


def _matching_administration(order: MedicationOrder, at: dt.datetime,
                             administrations: Sequence[Administration],
                             used: set[str]) -> Administration | None:
    for adm in administrations:
        if adm.order_id != order.order_id or adm.meta.entered_in_error or adm.meta.record_id in used:
            continue
        planned = adm.scheduled_for
        if planned is not None and planned == at:
            return adm
        if planned is None and abs(adm.meta.occurred_at - at) <= SIGNING_WINDOW:
            return adm
    return None


def due_doses(orders: Iterable[MedicationOrder], administrations: Sequence[Administration],
              start: dt.datetime, end: dt.datetime, now: dt.datetime) -> list[DueDose]:
    """Every planned dose in a shift [start, end) with its state at ``now``."""
    result: list[DueDose] = []
    used: set[str] = set()
    for order in orders:
        for at in scheduled_times(order, start, end):
            adm = _matching_administration(order, at, administrations, used)
            if adm is not None:
                used.add(adm.meta.record_id)
                state = DoseState.GIVEN if adm.taken else DoseState.NOT_GIVEN
            elif now >= at + OVERDUE_AFTER:
                state = DoseState.OVERDUE
            elif now >= at - SIGNING_WINDOW:
                state = DoseState.DUE
            else:
                state = DoseState.UPCOMING
            result.append(DueDose(order, at, state, adm))
    return sorted(result, key=lambda d: (d.scheduled_for, d.order.drug_name))


def prn_doses_last_24h(order: MedicationOrder, administrations: Iterable[Administration],
                       at: dt.datetime) -> int:
    """How many doses of an as-needed order were taken in the 24 hours before ``at``."""
    since = at - dt.timedelta(hours=24)
    return sum(1 for a in administrations
               if a.order_id == order.order_id and a.taken and not a.meta.entered_in_error
               and since < a.meta.occurred_at <= at)


def prn_limit_reached(order: MedicationOrder, administrations: Iterable[Administration],
                      at: dt.datetime) -> bool:
    """True when one more dose at ``at`` would exceed the order's maximum per 24 h."""
    if not order.as_needed or order.max_per_24h is None:
        return False
    return prn_doses_last_24h(order, administrations, at) >= order.max_per_24h


@dataclass(frozen=True)
class PendingFollowUp:
    """An as-needed dose whose effect has not yet been evaluated."""

    administration: Administration
    due_at: dt.datetime
    overdue: bool


def pending_effect_follow_ups(orders: Iterable[MedicationOrder],
                              administrations: Iterable[Administration],
                              evaluations: Iterable[EffectEvaluation],
                              now: dt.datetime) -> list[PendingFollowUp]:
    """As-needed doses given that still wait for their effect evaluation."""
    prn_orders = {o.order_id for o in orders if o.as_needed}
    answered = {e.administration_id for e in evaluations if not e.meta.entered_in_error}
    out = []
    for adm in administrations:
        if (adm.order_id in prn_orders and adm.taken and not adm.meta.entered_in_error
                and adm.meta.record_id not in answered):
            due = adm.meta.occurred_at + EFFECT_FOLLOW_UP_AFTER
            out.append(PendingFollowUp(adm, due, now >= due))
    return sorted(out, key=lambda f: f.due_at)


def shift_bounds(day: dt.date, start: dt.time = dt.time(7), end: dt.time = dt.time(23)) -> tuple[dt.datetime, dt.datetime]:
    """The local start and end of a day's shift (default 07–23)."""
    return (dt.datetime.combine(day, start, tzinfo=LOCAL_TZ),
            dt.datetime.combine(day, end, tzinfo=LOCAL_TZ))


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The whole local day: from midnight to the next midnight (Europe/Oslo)."""
    return (dt.datetime.combine(day, dt.time(0), tzinfo=LOCAL_TZ),
            dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=LOCAL_TZ))
