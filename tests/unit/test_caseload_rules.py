"""Domain rules for what comes from the municipal record (pure, no Qt, no database)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain import caseload as rules
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import check_digits
from desktop.domain.medication import Administration, AdministrationStatus, Dose, MedicationOrder, OrderKind
from desktop.domain.medication_rules import LOCAL_TZ, due_doses
from desktop.domain.records import WorkerRef, new_meta
from desktop.support.demo_data import synthetic_id
from tests.conftest import SECOND, WORKER

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL_TZ)


def _order(**kw) -> MedicationOrder:
    fields = dict(meta=new_meta(WORKER, "d", NOW), client_id="c", drug_name="Oxazepam", strength="10 mg",
                  form="Tablett", route="Oral", dose=Dose(Decimal(1), "tablett"), kind=OrderKind.AS_NEEDED,
                  indication="Uro", start=dt.date(2026, 11, 1), prescriber="Lege", ordered_on=dt.date(2026, 11, 1),
                  max_per_24h=2)
    fields.update(kw)
    return MedicationOrder(**fields)


def _dose(order: MedicationOrder, by: WorkerRef, at: dt.datetime) -> Administration:
    return Administration(new_meta(by, "d", at, at), "c", order.order_id, AdministrationStatus.GIVEN, order.dose,
                          prn_reason="Uro")


@pytest.mark.parametrize("frequency, period, unit, times", [
    (1, Decimal(1), "d", (dt.time(8),)),
    (3, Decimal(1), "d", (dt.time(8), dt.time(14), dt.time(20))),
    (1, Decimal(12), "h", (dt.time(8), dt.time(20))),
    (1, Decimal(1), "wk", ()),      # weekly: not a daily schedule
    (7, Decimal(1), "d", ()),       # more than the table knows
    (1, Decimal(1), "lightyear", ()),
])
def test_times_for_frequency(frequency, period, unit, times) -> None:
    assert rules.times_for_frequency(frequency, period, unit) == times


def test_times_for_events_and_doses_per_24h() -> None:
    assert rules.times_for_events(["EVE", "MORN", "UNKNOWN"]) == (dt.time(8), dt.time(18))
    assert rules.times_for_events(["HS"], offset_minutes=-30) == (dt.time(21, 30),)
    assert rules.doses_per_24h(Decimal(4), Decimal(1), Decimal(1), "d") == 4
    assert rules.doses_per_24h(Decimal(3), Decimal(2), Decimal(1), "d") == 1     # never rounded up
    assert rules.doses_per_24h(Decimal(1), Decimal(2), Decimal(1), "d") is None
    assert rules.doses_per_24h(Decimal(2), Decimal(1), Decimal(12), "h") == 4


def test_birth_date_must_agree_with_the_national_id_or_d_number() -> None:
    nid = synthetic_id(dt.date(1980, 2, 29))
    assert rules.check_birth_date(nid, None) == dt.date(1980, 2, 29)
    assert rules.check_birth_date(nid, dt.date(1980, 2, 29)) == dt.date(1980, 2, 29)
    with pytest.raises(DomainError) as caught:
        rules.check_birth_date(nid, dt.date(1980, 3, 1))
    assert "stemmer ikke" in caught.value.message_nb
    prefix = "410580" + "123"   # D-nummer: day + 40
    digits = check_digits(prefix)
    assert digits is not None
    assert rules.check_birth_date(prefix + digits, dt.date(1980, 5, 1)) == dt.date(1980, 5, 1)
    with pytest.raises(DomainError):
        rules.check_birth_date(prefix + "00" if digits != "00" else prefix + "11", None)


def test_doses_by_someone_else_ask_before_another_is_given() -> None:
    order = _order()
    mine = _dose(order, WORKER, NOW - dt.timedelta(hours=1))
    theirs = _dose(order, SECOND, NOW - dt.timedelta(hours=3))
    synced_from_server = _dose(order, WORKER, NOW - dt.timedelta(hours=2))
    old = _dose(order, SECOND, NOW - dt.timedelta(hours=30))
    found = rules.doses_by_others(order, [mine, theirs, synced_from_server, old], NOW, WORKER.hpr,
                                  frozenset({synced_from_server.meta.record_id}))
    assert found == [synced_from_server, theirs]      # newest first; mine and the old one are not asked about
    assert not rules.by_someone_else(mine, WORKER.hpr, frozenset())


def test_a_suspended_order_is_never_due() -> None:
    fixed = _order(kind=OrderKind.FIXED, times=(dt.time(10),), max_per_24h=None)
    start, end = NOW.replace(hour=0), NOW.replace(hour=23)
    assert len(due_doses([fixed], [], start, end, NOW)) == 1
    held = _order(kind=OrderKind.FIXED, times=(dt.time(10),), max_per_24h=None, suspended=True)
    assert due_doses([held], [], start, end, NOW) == [] and not held.active_on(NOW.date())
