"""Rules over orders and administrations: due doses, PRN maximum, double checks, follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.medication import (Administration, AdministrationStatus, ControlledClass, DoubleCheckPolicy,
                                       MedicationOrder, OrderKind)
from desktop.domain.double_check_policy import LocalProcedure
from desktop.domain.medication_rules import (EFFECT_FOLLOW_UP_AFTER, OVERDUE_AFTER, SIGNING_WINDOW, DoseState,
                                             due_doses, pending_effect_follow_ups, prn_doses_last_24h,
                                             prn_limit_reached, scheduled_times, shift_bounds)
from desktop.domain.overrides import Rule, RuleOverride
from desktop.domain.record_rules import RuleContext, enforce
from desktop.domain.records import enter_in_error

from .domain_builders import (CLIENT_ID, DAY, DEVICE, SECOND, WORKER, administration, at, effect, fixed_order,
                              meta, prn_order)

GIVEN = AdministrationStatus.GIVEN
REFUSED = AdministrationStatus.REFUSED
NOT_GIVEN = AdministrationStatus.NOT_GIVEN
SELF = AdministrationStatus.SELF_ADMINISTERED
US = dt.timedelta(microseconds=1)


def whole_day() -> tuple[dt.datetime, dt.datetime]:
    start, _ = shift_bounds(DAY, dt.time(0), dt.time(0))
    return start, start + dt.timedelta(days=1)


def states(orders, administrations, now) -> dict[int, DoseState]:
    start, end = whole_day()
    return {d.scheduled_for.hour: d.state for d in due_doses(orders, administrations, start, end, now)}


# -- due doses ---------------------------------------------------------------

def test_states_across_a_shift() -> None:
    order = fixed_order(times=(8, 12, 18, 22))
    given_08 = administration(order, at(8, 5), scheduled_for=at(8))
    refused_12 = administration(order, at(12, 10), REFUSED, scheduled_for=at(12))
    adms = [given_08, refused_12]

    assert states([order], [], at(5)) == {8: DoseState.UPCOMING, 12: DoseState.UPCOMING,
                                          18: DoseState.UPCOMING, 22: DoseState.UPCOMING}
    assert states([order], [], at(6)) == {8: DoseState.DUE, 12: DoseState.UPCOMING,
                                          18: DoseState.UPCOMING, 22: DoseState.UPCOMING}
    assert states([order], [], at(9)) == {8: DoseState.OVERDUE, 12: DoseState.UPCOMING,
                                          18: DoseState.UPCOMING, 22: DoseState.UPCOMING}
    assert states([order], adms, at(18, 30)) == {8: DoseState.GIVEN, 12: DoseState.NOT_GIVEN,
                                                 18: DoseState.DUE, 22: DoseState.UPCOMING}
    assert states([order], adms, at(23, 30)) == {8: DoseState.GIVEN, 12: DoseState.NOT_GIVEN,
                                                 18: DoseState.OVERDUE, 22: DoseState.OVERDUE}


def test_the_administration_is_attached_to_its_dose() -> None:
    order = fixed_order(times=(8,))
    adm = administration(order, at(8, 5), scheduled_for=at(8))
    start, end = whole_day()
    [dose] = due_doses([order], [adm], start, end, at(9))
    assert dose.administration == adm and dose.order == order and dose.scheduled_for == at(8)


def test_boundaries_of_due_and_overdue() -> None:
    order = fixed_order(times=(12,))
    assert states([order], [], at(12) - SIGNING_WINDOW - US) == {12: DoseState.UPCOMING}
    assert states([order], [], at(12) - SIGNING_WINDOW) == {12: DoseState.DUE}
    assert states([order], [], at(12) + OVERDUE_AFTER - US) == {12: DoseState.DUE}
    assert states([order], [], at(12) + OVERDUE_AFTER) == {12: DoseState.OVERDUE}


@given(st.integers(0, 24 * 60 - 1))
def test_without_signatures_a_dose_only_moves_forward(minute: int) -> None:
    """upcoming → due → overdue, never back, as the shift goes on."""
    order = fixed_order(times=(8, 12, 18, 22))
    order_of = {DoseState.UPCOMING: 0, DoseState.DUE: 1, DoseState.OVERDUE: 2}
    now = at(0) + dt.timedelta(minutes=minute)
    later = now + dt.timedelta(minutes=1)
    for hour, state in states([order], [], now).items():
        assert order_of[state] <= order_of[states([order], [], later)[hour]]


def test_self_administered_counts_as_given_and_not_given_as_not_given() -> None:
    order = fixed_order(times=(8, 18))
    adms = [administration(order, at(8), SELF, scheduled_for=at(8)),
            administration(order, at(18), NOT_GIVEN, scheduled_for=at(18))]
    assert states([order], adms, at(20)) == {8: DoseState.GIVEN, 18: DoseState.NOT_GIVEN}


def test_unscheduled_signature_matches_within_the_window_and_counts_once() -> None:
    order = fixed_order(times=(8, 9))
    adm = administration(order, at(8, 30))          # no scheduled_for: matched by time
    assert states([order], [adm], at(11)) == {8: DoseState.GIVEN, 9: DoseState.OVERDUE}
    far = administration(order, at(8) + SIGNING_WINDOW + dt.timedelta(hours=1, minutes=1))
    assert states([order], [far], at(12))[8] is DoseState.OVERDUE


def test_entered_in_error_signature_does_not_count() -> None:
    order = fixed_order(times=(8,))
    adm = administration(order, at(8), scheduled_for=at(8))
    wrong = enter_in_error(adm, "Feil bruker", WORKER, DEVICE, at(9))
    assert states([order], [wrong], at(10)) == {8: DoseState.OVERDUE}


def test_signature_of_another_order_does_not_count() -> None:
    metformin, sertralin = fixed_order(times=(8,)), fixed_order(times=(8,), drug="Sertralin")
    adm = administration(sertralin, at(8), scheduled_for=at(8))
    start, end = whole_day()
    result = {d.order.drug_name: d.state for d in due_doses([metformin, sertralin], [adm], start, end, at(10))}
    assert result == {"Metformin": DoseState.OVERDUE, "Sertralin": DoseState.GIVEN}


def test_orders_not_in_force_have_no_doses() -> None:
    start, end = whole_day()
    stopped = fixed_order(stop=DAY - dt.timedelta(days=1))
    future = fixed_order(start=DAY + dt.timedelta(days=1))
    wrong = enter_in_error(fixed_order(), "Feil pasient", WORKER, DEVICE, at(7))
    prn = prn_order()
    assert due_doses([stopped, future, wrong, prn], [], start, end, at(12)) == []
    assert len(due_doses([fixed_order(stop=DAY)], [], start, end, at(12))) == 4  # the stop day is included


def test_scheduled_times_are_local_and_inside_the_window() -> None:
    order = fixed_order(times=(8, 22))
    start, end = shift_bounds(DAY)                         # 07–23
    assert scheduled_times(order, start, end) == [at(8), at(22)]
    assert scheduled_times(order, at(8) + US, at(22)) == []
    # Across summer time: 08:00 local is still 08:00 local on the day the clocks change.
    spring = dt.date(2026, 3, 29)
    times = scheduled_times(fixed_order(times=(8,), start=dt.date(2026, 3, 1)), at(0, day=spring),
                            at(23, day=spring))
    assert [t.hour for t in times] == [8] and times[0].utcoffset() == dt.timedelta(hours=2)


# -- the PRN maximum -----------------------------------------------------------

def test_prn_maximum_in_24_hours() -> None:
    order = prn_order(max_per_24h=2)
    first = administration(order, at(8))
    second = administration(order, at(14))
    assert prn_doses_last_24h(order, [first, second], at(20)) == 2
    assert prn_limit_reached(order, [first, second], at(20))
    next_morning = at(8, day=DAY + dt.timedelta(days=1))
    # Exactly 24 hours after the first dose it no longer counts.
    assert prn_doses_last_24h(order, [first, second], next_morning) == 1
    assert not prn_limit_reached(order, [first, second], next_morning)
    assert prn_limit_reached(order, [first, second], next_morning - US)


def test_prn_count_ignores_refused_erroneous_future_and_other_orders() -> None:
    order = prn_order(max_per_24h=1)
    other = prn_order(drug="Paracet")
    refused = administration(order, at(8), REFUSED)
    wrong = enter_in_error(administration(order, at(9)), "Feil", WORKER, DEVICE, at(9, 5))
    future = administration(order, at(22))
    elsewhere = administration(other, at(10))
    assert prn_doses_last_24h(order, [refused, wrong, future, elsewhere], at(12)) == 0
    assert not prn_limit_reached(order, [refused, wrong, future, elsewhere], at(12))


def test_fixed_orders_have_no_prn_limit() -> None:
    order = fixed_order()
    many = [administration(order, at(h)) for h in range(8, 20)]
    assert not prn_limit_reached(order, many, at(21))


@given(st.lists(st.integers(0, 48 * 60), max_size=8), st.integers(1, 4), st.integers(0, 48 * 60))
def test_prn_count_is_the_number_of_doses_in_the_last_24_hours(minutes: list[int], maximum: int,
                                                                 when: int) -> None:
    order = prn_order(max_per_24h=maximum)
    base = at(0)
    adms = [administration(order, base + dt.timedelta(minutes=m)) for m in minutes]
    now = base + dt.timedelta(minutes=when)
    expected = sum(1 for m in minutes if when - 24 * 60 < m <= when)
    assert prn_doses_last_24h(order, adms, now) == expected
    assert prn_limit_reached(order, adms, now) == (expected >= maximum)


# -- the double check --------------------------------------------------------

@pytest.mark.parametrize("order_kw, policy, required", [
    ({}, DoubleCheckPolicy(), False),
    ({"double_check": True}, DoubleCheckPolicy(), True),
    ({"controlled": ControlledClass.A}, DoubleCheckPolicy(), True),
    ({"controlled": ControlledClass.B}, DoubleCheckPolicy(), True),        # every A/B withdrawal is signed by two
    ({"controlled": ControlledClass.B}, DoubleCheckPolicy(controlled_classes=frozenset({ControlledClass.A})), False),
    ({"controlled": ControlledClass.A}, DoubleCheckPolicy(controlled_classes=frozenset()), False),
    ({"atc": "n02aa01"}, DoubleCheckPolicy(atc_prefixes=frozenset({"N02A"})), True),
    ({"atc": "N02BE01"}, DoubleCheckPolicy(atc_prefixes=frozenset({"N02A"})), False),
    ({"atc": ""}, DoubleCheckPolicy(atc_prefixes=frozenset({"N"})), False),
    ({"drug": "  Metadon "}, DoubleCheckPolicy(drug_names=frozenset({"metadon"})), True),
    ({"drug": "Metformin"}, DoubleCheckPolicy(drug_names=frozenset({"metadon"})), False),
])
def test_double_check_policy(order_kw: dict, policy: DoubleCheckPolicy, required: bool) -> None:
    assert policy.requires_second_signer(fixed_order(**order_kw)) is required


# -- the rules for one dose (domain.record_rules) ----------------------------------------

def check_administration(order: MedicationOrder, adm: Administration, policy: DoubleCheckPolicy,
                         earlier, allow_over_max: bool = False) -> None:  # noqa: ANN001
    """The rules as the services run them; ``allow_over_max`` is an override of the 24-hour maximum."""
    if allow_over_max:
        adm = dataclasses.replace(adm, overrides=(RuleOverride(Rule.PRN_MAX, "Avklart med fastlegen"),))
    enforce(adm, RuleContext(LocalProcedure(policy), order, others=tuple(earlier)))


def field_of(order: MedicationOrder, adm: Administration, policy: DoubleCheckPolicy = DoubleCheckPolicy(),
             earlier: tuple[Administration, ...] = (), allow_over_max: bool = False) -> str:
    with pytest.raises(DomainError) as caught:
        check_administration(order, adm, policy, earlier, allow_over_max)
    assert caught.value.message_nb and caught.value.message_en
    return caught.value.field


def test_a_plain_dose_passes() -> None:
    order = fixed_order()
    check_administration(order, administration(order, at(8)), DoubleCheckPolicy(), [])


def test_dose_of_another_order_or_client_is_refused() -> None:
    order, other = fixed_order(), fixed_order()
    assert field_of(order, administration(other, at(8))) == "order_id"
    moved = dataclasses.replace(administration(order, at(8)), client_id="client-2")
    assert field_of(order, moved) == "order_id"


def test_order_entered_in_error_or_not_in_force_is_refused() -> None:
    order = fixed_order(stop=DAY)
    wrong = enter_in_error(order, "Feil pasient", WORKER, DEVICE, at(7))
    assert field_of(wrong, administration(wrong, at(8))) == "order_id"
    assert field_of(order, administration(order, at(8, day=DAY + dt.timedelta(days=1)))) == "order_id"
    assert field_of(order, administration(order, at(8, day=dt.date(2026, 10, 31)))) == "order_id"


def test_second_signer_is_required_when_the_policy_says_so() -> None:
    order = fixed_order(double_check=True)
    assert field_of(order, administration(order, at(8))) == "second_signer"
    check_administration(order, administration(order, at(8), second_signer=SECOND), DoubleCheckPolicy(), [])
    # A refused dose is not handed out, so no second signature is needed.
    check_administration(order, administration(order, at(8), REFUSED), DoubleCheckPolicy(), [])


def test_second_signer_must_be_another_person() -> None:
    order = fixed_order()
    with pytest.raises(DomainError) as caught:
        administration(order, at(8), second_signer=WORKER)
    assert caught.value.field == "second_signer"


def test_administration_needs_a_reason_or_a_dose() -> None:
    order = fixed_order()
    with pytest.raises(DomainError) as caught:
        Administration(meta(at(8)), CLIENT_ID, order.order_id, REFUSED, None, reason="  ")
    assert caught.value.field == "reason"
    with pytest.raises(DomainError) as caught:
        Administration(meta(at(8)), CLIENT_ID, order.order_id, GIVEN, None)
    assert caught.value.field == "dose"


def test_prn_dose_needs_its_reason_and_respects_the_maximum() -> None:
    order = prn_order(max_per_24h=2)
    no_reason = Administration(meta(at(15)), CLIENT_ID, order.order_id, GIVEN, order.dose)
    assert field_of(order, no_reason) == "prn_reason"
    earlier = (administration(order, at(8)), administration(order, at(12)))
    third = administration(order, at(15))
    assert field_of(order, third, earlier=earlier) == "max_per_24h"
    # After the prescriber was asked, the worker may confirm going over the maximum.
    check_administration(order, third, DoubleCheckPolicy(), earlier, allow_over_max=True)
    # A refusal is always recorded.
    check_administration(order, administration(order, at(15), REFUSED), DoubleCheckPolicy(), earlier)


def test_order_validation_names_fields() -> None:
    base = fixed_order()
    cases = {
        "times": dict(times=()),
        "stop": dict(stop=dt.date(2026, 10, 1)),
        "drug_name": dict(drug_name=" "),
        "prescriber": dict(prescriber=""),
    }
    for field, change in cases.items():
        with pytest.raises(DomainError) as caught:
            dataclasses.replace(base, **change)
        assert caught.value.field == field
    with pytest.raises(DomainError) as caught:
        dataclasses.replace(base, times=(dt.time(8), dt.time(8)))
    assert caught.value.field == "times"
    with pytest.raises(DomainError) as caught:
        dataclasses.replace(base, kind=OrderKind.AS_NEEDED, times=(), max_per_24h=None)
    assert caught.value.field == "max_per_24h"
    with pytest.raises(DomainError) as caught:
        dataclasses.replace(base, kind=OrderKind.AS_NEEDED, times=(), max_per_24h=2, indication="")
    assert caught.value.field == "indication"


# -- effect follow-ups -------------------------------------------------------

def test_pending_effect_follow_ups() -> None:
    prn, fixed = prn_order(), fixed_order()
    given_prn = administration(prn, at(15))
    refused_prn = administration(prn, at(16), REFUSED)
    fixed_dose = administration(fixed, at(8))
    adms = [given_prn, refused_prn, fixed_dose]

    [pending] = pending_effect_follow_ups([prn, fixed], adms, [], at(15, 30))
    assert pending.administration == given_prn
    assert pending.due_at == at(15) + EFFECT_FOLLOW_UP_AFTER
    assert not pending.overdue
    [later] = pending_effect_follow_ups([prn, fixed], adms, [], at(15) + EFFECT_FOLLOW_UP_AFTER)
    assert later.overdue

    answered = effect(given_prn, at(16))
    assert pending_effect_follow_ups([prn, fixed], adms, [answered], at(17)) == []
    # An evaluation marked entered in error does not answer the follow-up.
    retracted = enter_in_error(answered, "Feil dose", WORKER, DEVICE, at(16, 5))
    assert len(pending_effect_follow_ups([prn, fixed], adms, [retracted], at(17))) == 1
    # A dose entered in error needs no follow-up.
    wrong = enter_in_error(given_prn, "Feil", WORKER, DEVICE, at(15, 10))
    assert pending_effect_follow_ups([prn, fixed], [wrong], [], at(17)) == []


def test_follow_ups_are_sorted_by_due_time() -> None:
    prn = prn_order(max_per_24h=4)
    late, early = administration(prn, at(18)), administration(prn, at(9))
    result = pending_effect_follow_ups([prn], [late, early], [], at(20))
    assert [f.administration for f in result] == [early, late]
    assert [f.overdue for f in result] == [True, True]


def test_measurement_bounds_name_the_value() -> None:
    from desktop.domain.observation import Measurement
    with pytest.raises(DomainError) as caught:
        Measurement(meta(at(10)), CLIENT_ID, "pulse", Decimal(400))
    assert caught.value.field == "value"
    with pytest.raises(DomainError) as caught:
        Measurement(meta(at(10)), CLIENT_ID, "mood", Decimal(4))
    assert caught.value.field == "kind"
    assert Measurement(meta(at(10)), CLIENT_ID, "systolic", Decimal(160)).outside_normal
    assert not Measurement(meta(at(10)), CLIENT_ID, "systolic", Decimal(120)).outside_normal


def test_day_bounds_cover_the_whole_local_day_across_a_dst_change() -> None:
    from desktop.domain.medication_rules import LOCAL_TZ, day_bounds
    start, end = day_bounds(dt.date(2026, 10, 25))      # clocks go back that night: a 25-hour day
    assert (start.hour, end.hour, end.date()) == (0, 0, dt.date(2026, 10, 26))
    utc = dt.timezone.utc
    assert start.tzinfo is LOCAL_TZ and end.astimezone(utc) - start.astimezone(utc) == dt.timedelta(hours=25)
