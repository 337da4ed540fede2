"""Pure domain objects for unit tests: orders and administrations without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from desktop.domain.medication import (Administration, AdministrationStatus, Dose, EffectEvaluation,
                                       MedicationOrder, OrderKind)
from desktop.domain.medication_rules import LOCAL_TZ
from desktop.domain.records import RecordMeta, WorkerRef, new_meta
from tests.conftest import SECOND, WORKER

DEVICE = "unit-test-device"
CLIENT_ID = "client-1"
DAY = dt.date(2026, 11, 26)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    """A local (Europe/Oslo) time on ``day``."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LOCAL_TZ)


def meta(when: dt.datetime, author: WorkerRef = WORKER) -> RecordMeta:
    return new_meta(author, DEVICE, when, when)


def fixed_order(times: tuple[int, ...] = (8, 12, 18, 22), start: dt.date = dt.date(2026, 11, 1),
                stop: dt.date | None = None, drug: str = "Metformin", **kw: Any) -> MedicationOrder:
    return MedicationOrder(meta(at(7, day=start)), kw.pop("client_id", CLIENT_ID), drug, "500 mg", "Tablett", "Oral",
                           Dose(Decimal(1), "tablett"), OrderKind.FIXED, "Diabetes", start, "Dr. Lege", start,
                           tuple(dt.time(h) for h in times), stop=stop, **kw)


def prn_order(max_per_24h: int = 2, drug: str = "Oxazepam", **kw: Any) -> MedicationOrder:
    start = kw.pop("start", dt.date(2026, 11, 1))
    return MedicationOrder(meta(at(7, day=start)), kw.pop("client_id", CLIENT_ID), drug, "10 mg", "Tablett", "Oral",
                           Dose(Decimal(1), "tablett"), OrderKind.AS_NEEDED, "Uro", start, "Dr. Lege", start,
                           max_per_24h=max_per_24h, **kw)


def administration(order: MedicationOrder, when: dt.datetime,
                   status: AdministrationStatus = AdministrationStatus.GIVEN,
                   scheduled_for: dt.datetime | None = None, second_signer: WorkerRef | None = None,
                   reason: str = "", prn_reason: str = "", author: WorkerRef = WORKER) -> Administration:
    taken = status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED)
    if not taken and not reason:
        reason = "Ville ikke"
    if order.as_needed and taken and not prn_reason:
        prn_reason = "Urolig"
    return Administration(meta(when, author), order.client_id, order.order_id, status,
                          order.dose if taken else None, scheduled_for, second_signer, reason, prn_reason)


def effect(adm: Administration, when: dt.datetime, text: str = "Roligere") -> EffectEvaluation:
    return EffectEvaluation(meta(when), adm.client_id, adm.meta.record_id, text, 2)


__all__ = ["SECOND", "WORKER", "DEVICE", "CLIENT_ID", "DAY", "at", "meta", "fixed_order", "prn_order",
           "administration", "effect"]
