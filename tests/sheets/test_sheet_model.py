"""What goes on the sheet, before any drawing: period limits, order choice, list version, grid blocks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.medication import OrderKind
from desktop.domain.records import RecordStatus
from desktop.sheets.sheet_model import (MAX_DAYS, SheetPeriod, check_period, day_blocks, list_version,
                                        select_orders)
from tests.sheets.sheet_samples import START, make_client, make_order


@pytest.mark.parametrize("days", [0, -3, MAX_DAYS + 1, 365])
def test_period_outside_1_to_62_days_is_refused_in_norwegian(days: int) -> None:
    with pytest.raises(DomainError) as err:
        check_period(START, days)
    assert err.value.field == "days"
    assert "Perioden må være fra 1 til 62 dager" in err.value.message_nb


@pytest.mark.parametrize("days", [1, 14, MAX_DAYS])
def test_period_of_1_to_62_days_is_accepted(days: int) -> None:
    period = check_period(START, days)
    assert period.end == START + dt.timedelta(days=days - 1)
    assert len(period.dates()) == days


def test_period_label_is_norwegian() -> None:
    assert SheetPeriod(dt.date(2026, 11, 26), 14).label() == "26.11.2026–09.12.2026 (14 dager)"
    assert SheetPeriod(dt.date(2026, 11, 26), 1).label() == "26.11.2026–26.11.2026 (1 dag)"


@pytest.mark.parametrize("days, sizes", [(14, [14]), (15, [8, 7]), (28, [14, 14]), (62, [13, 13, 12, 12, 12]),
                                         (1, [1])])
def test_long_periods_are_split_into_even_grids(days: int, sizes: list[int]) -> None:
    period = SheetPeriod(START, days)
    blocks = day_blocks(period, 14)
    assert [len(b) for b in blocks] == sizes
    assert [d for b in blocks for d in b] == period.dates()


def test_only_orders_in_force_during_the_period_are_printed() -> None:
    client = make_client()
    period = SheetPeriod(START, 14)
    running = make_order(client, "Metformin")
    stopped_before = make_order(client, "Furosemid", stop=START - dt.timedelta(days=1))
    starts_after = make_order(client, "Sertralin", start=period.end + dt.timedelta(days=1))
    stops_inside = make_order(client, "Zopiklon", stop=START + dt.timedelta(days=2))
    starts_last_day = make_order(client, "Lamotrigin", start=period.end)
    in_error = make_order(client, "Olanzapin")
    in_error = dataclasses.replace(in_error, meta=dataclasses.replace(in_error.meta,
                                                                     status=RecordStatus.ENTERED_IN_ERROR))
    prn = make_order(client, "Oxazepam", kind=OrderKind.AS_NEEDED)
    chosen = select_orders([running, stopped_before, starts_after, stops_inside, starts_last_day, in_error, prn],
                           period)
    assert [o.drug_name for o in chosen.fixed] == ["Lamotrigin", "Metformin", "Zopiklon"]
    assert [o.drug_name for o in chosen.as_needed] == ["Oxazepam"]


def test_a_fixed_order_without_times_is_refused_with_its_name() -> None:
    client = make_client()
    order = make_order(client, "Metformin", times=(8, 18))
    # The domain refuses such an order; older or imported data might still hold one.
    object.__setattr__(order, "times", ())
    with pytest.raises(DomainError) as err:
        select_orders([order], SheetPeriod(START, 14))
    assert err.value.field == "times"
    assert "«Metformin» er en fast ordinasjon uten klokkeslett" in err.value.message_nb


def test_list_version_changes_when_an_order_version_changes() -> None:
    client = make_client()
    a, b = make_order(client, "Metformin"), make_order(client, "Sertralin")
    first = list_version([a, b])
    assert first == list_version([b, a])
    assert len(first.code) == 8
    assert first.valid_from == max(a.meta.recorded_at, b.meta.recorded_at)
    newer = dataclasses.replace(b, meta=dataclasses.replace(b.meta, version_id="another-version"))
    assert list_version([a, newer]).code != first.code
    assert list_version([]).valid_from is None
