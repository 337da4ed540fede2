"""The controlled-drug ledger in the domain: balance arithmetic, every rule, corrections (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.ledger import (LedgerCount, LedgerDeviation, LedgerDrug, LedgerNotGiven, LedgerReceipt,
                                   LedgerWaste, NotGivenDisposition, ReceiptSource, correct_entry, unit_key)
from desktop.domain.ledger_rules import (BlockReason, LedgerPolicy, LineKind, balance_at, build_drug_ledger,
                                         build_ledgers, check_entry, count_due, ledger_block, ledger_drugs)
from desktop.domain.medication import AdministrationStatus, ControlledClass, Dose
from desktop.domain.records import enter_in_error

from .domain_builders import CLIENT_ID, DAY, DEVICE, SECOND, WORKER, administration, at, fixed_order, meta, prn_order

ZOPIKLON = LedgerDrug("Zopiklon", "500 mg", "Tablett")   # as fixed_order() names its drug
D = Decimal


def zopiklon(controlled: ControlledClass = ControlledClass.B, times: tuple[int, ...] = (22,), **kw):
    return fixed_order(times, drug="Zopiklon", controlled=controlled, **kw)


def receipt(amount: int | str, when: dt.datetime, drug: LedgerDrug = ZOPIKLON, unit: str = "tablett") -> LedgerReceipt:
    return LedgerReceipt(meta(when), CLIENT_ID, drug, D(amount), unit, ReceiptSource.PHARMACY, "Apotek 1")


def count(counted: int | str, when: dt.datetime, drug: LedgerDrug = ZOPIKLON) -> LedgerCount:
    return LedgerCount(meta(when), CLIENT_ID, drug, D(counted), "tablett", SECOND)


def deviation(when: dt.datetime, count_id: str | None = None, drug: LedgerDrug = ZOPIKLON) -> LedgerDeviation:
    return LedgerDeviation(meta(when), CLIENT_ID, drug, "2 tabletter mangler", "Test Vernepleier",
                           "Avdelingsleder", count_id=count_id)


def waste(amount: int | str, when: dt.datetime) -> LedgerWaste:
    return LedgerWaste(meta(when), CLIENT_ID, ZOPIKLON, D(amount), "tablett", "Knust tablett", SECOND)


def not_given(amount: int, when: dt.datetime, disposition: NotGivenDisposition) -> LedgerNotGiven:
    return LedgerNotGiven(meta(when), CLIENT_ID, ZOPIKLON, D(amount), "tablett", disposition, "Sov",
                          second_signer=SECOND if disposition is NotGivenDisposition.WASTED else None)


def ledger(entries, doses=(), orders=None):  # noqa: ANN001, ANN201
    order = orders[0] if orders else zopiklon()
    return build_drug_ledger(ZOPIKLON, entries, doses, orders or [order])


# -- balance arithmetic -----------------------------------------------------------------

def test_every_kind_of_line_moves_the_balance_as_it_should() -> None:
    order = zopiklon()
    given = administration(order, at(22, 5))
    c = count(26, at(23))
    lines = ledger([receipt(30, at(9)), waste(1, at(10)), not_given(1, at(11), NotGivenDisposition.RETURNED),
                    not_given(1, at(12), NotGivenDisposition.WASTED), c, deviation(at(23, 5), c.meta.record_id)],
                   [given], [order]).lines
    assert [(line.kind, line.change, line.balance_after) for line in lines] == [
        (LineKind.RECEIPT, 30, 30), (LineKind.WASTE, -1, 29), (LineKind.NOT_GIVEN_RETURNED, 0, 29),
        (LineKind.NOT_GIVEN_WASTED, -1, 28), (LineKind.WITHDRAWAL, -1, 27), (LineKind.COUNT, -1, 26),
        (LineKind.DEVIATION, 0, 26)]
    assert lines[0].signers == (WORKER,) and lines[1].signers == (WORKER, SECOND)
    assert lines[5].expected == 27 and lines[5].mismatch


@given(st.lists(st.tuples(st.sampled_from(["in", "out", "waste"]), st.integers(1, 50)), max_size=30))
def test_the_balance_is_the_sum_of_what_came_in_minus_what_went_out(moves: list[tuple[str, int]]) -> None:
    order = prn_order(drug="Zopiklon", controlled=ControlledClass.B, max_per_24h=99)
    drug = LedgerDrug.of_order(order)
    entries, doses, expected = [LedgerReceipt(meta(at(6)), CLIENT_ID, drug, D(1000), "tablett",
                                              ReceiptSource.PHARMACY, "Apotek")], [], D(1000)
    for i, (move, amount) in enumerate(moves):
        when = at(7) + dt.timedelta(minutes=i)
        if move == "in":
            entries.append(LedgerReceipt(meta(when), CLIENT_ID, drug, D(amount), "tablett", ReceiptSource.RELATIVE,
                                         "Datter"))
            expected += amount
        elif move == "waste":
            entries.append(LedgerWaste(meta(when), CLIENT_ID, drug, D(amount), "tablett", "Sølt", SECOND))
            expected -= amount
        else:
            adm = administration(order, when)
            doses.append(dataclasses.replace(adm, dose=Dose(D(amount), "tabletter")))
            expected -= amount
    result = build_drug_ledger(drug, entries, doses, [order])
    assert result.balance == expected
    assert result.lines[-1].balance_after == expected if result.lines else True


def test_fractions_are_kept_exactly() -> None:
    order = zopiklon()
    half = dataclasses.replace(administration(order, at(22)), dose=Dose(D("0.5"), "tablett"))
    later = dataclasses.replace(half, meta=meta(at(23)))
    assert ledger([receipt("2.5", at(9))], [half, later], [order]).balance == D("1.5")


def test_doses_not_taken_and_doses_before_the_ledger_started_are_no_withdrawals() -> None:
    order = zopiklon()
    before = administration(order, at(8, day=DAY - dt.timedelta(days=1)))
    refused = administration(order, at(22), AdministrationStatus.REFUSED)
    self_taken = administration(order, at(22, 30), AdministrationStatus.SELF_ADMINISTERED)
    result = ledger([receipt(10, at(9))], [before, refused, self_taken], [order])
    assert result.balance == 9
    assert [line.kind for line in result.lines] == [LineKind.RECEIPT, LineKind.WITHDRAWAL]


def test_the_balance_at_a_moment_counts_the_lines_up_to_then() -> None:
    order = zopiklon()
    result = ledger([receipt(10, at(9))], [administration(order, at(10)), administration(order, at(12))], [order])
    assert [balance_at(result, at(h)) for h in (8, 9, 11, 13)] == [None, 10, 9, 8]


def test_a_count_sets_the_balance_and_an_opening_count_is_no_mismatch() -> None:
    opening = count(12, at(9))
    result = ledger([opening, receipt(3, at(10))])
    assert result.balance == 15 and result.started == at(9)
    assert result.lines[0].expected is None and not result.lines[0].mismatch
    assert result.open_mismatches == ()


def test_no_ledger_is_kept_before_the_first_receipt_or_count() -> None:
    order = zopiklon(ControlledClass.A)
    result = ledger([], [administration(order, at(22))], [order])
    assert not result.kept and result.lines == () and result.balance == 0
    assert ledger_block(order, order.dose, result) is None
    with pytest.raises(DomainError) as err:
        check_entry(result, waste(1, at(10)))
    assert "registrer et mottak" in err.value.message_nb
    check_entry(result, receipt(5, at(10)))


def test_units_in_plural_and_other_case_are_one_unit() -> None:
    assert unit_key("Tabletter") == unit_key("tablett") == unit_key(" tablett ")
    assert unit_key("kapsler") == "kapsel" and unit_key("ml") != unit_key("tablett")


# -- rules ------------------------------------------------------------------------

def test_a_count_mismatch_blocks_the_next_dose_until_a_deviation_names_it() -> None:
    order = zopiklon(ControlledClass.A)
    c = count(8, at(10))
    blocked = ledger([receipt(10, at(9)), c], orders=[order])
    block = ledger_block(order, order.dose, blocked)
    assert block is not None and block.reason is BlockReason.COUNT_MISMATCH
    assert "Registrer et avvik" in block.message_nb and block.error().field == "ledger"
    other = count(7, at(11))
    still = ledger([receipt(10, at(9)), c, other, deviation(at(12), other.meta.record_id)], orders=[order])
    assert ledger_block(order, order.dose, still) is not None  # the first mismatch is still unexplained
    resolved = ledger([receipt(10, at(9)), c, deviation(at(12), c.meta.record_id)], orders=[order])
    assert ledger_block(order, order.dose, resolved) is None
    assert resolved.balance == 8


def test_a_deviation_without_a_count_explains_the_mismatches_before_it_only() -> None:
    order = zopiklon()
    c = count(8, at(10))
    assert ledger_block(order, order.dose, ledger([receipt(10, at(9)), c, deviation(at(9, 30))])) is not None
    assert ledger_block(order, order.dose, ledger([receipt(10, at(9)), c, deviation(at(10, 30))])) is None


def test_a_matching_count_blocks_nothing() -> None:
    order = zopiklon()
    assert ledger_block(order, order.dose, ledger([receipt(10, at(9)), count(10, at(10))])) is None


def test_the_balance_never_goes_below_zero_without_a_deviation() -> None:
    order = zopiklon()
    empty = ledger([receipt(1, at(9))], [administration(order, at(10))], [order])
    assert empty.balance == 0
    block = ledger_block(order, order.dose, empty)
    assert block is not None and block.reason is BlockReason.BELOW_ZERO
    assert "er 0 tablett; uttaket ville gi -1" in block.message_nb
    with pytest.raises(DomainError):
        check_entry(empty, waste(1, at(11)))
    check_entry(empty, not_given(1, at(11), NotGivenDisposition.RETURNED))   # no amount leaves the stock
    # A deviation since the balance was last at zero lets it go below, for as long as it stays there …
    covered = ledger([receipt(1, at(9)), deviation(at(11))], [administration(order, at(10)),
                                                              administration(order, at(12))], [order])
    assert covered.balance == -1 and covered.lines[-1].below_zero
    assert ledger_block(order, order.dose, covered) is None
    # … but once a receipt brings it back, the next time needs a deviation of its own.
    back = ledger([receipt(1, at(9)), deviation(at(11)), receipt(1, at(13))],
                  [administration(order, at(10)), administration(order, at(12)), administration(order, at(14))],
                  [order])
    assert back.balance == -1 + 1 - 1 and ledger_block(order, order.dose, back) is not None


def test_a_deviation_before_the_balance_was_last_positive_covers_nothing() -> None:
    order = zopiklon()
    old = ledger([deviation(at(8)), receipt(1, at(9))], [administration(order, at(10))], [order])
    assert ledger_block(order, order.dose, old) is not None


def test_a_dose_in_another_unit_is_blocked() -> None:
    order = zopiklon()
    block = ledger_block(order, Dose(D(5), "mg"), ledger([receipt(10, at(9))]))
    assert block is not None and block.reason is BlockReason.UNIT and "«mg»" in block.message_nb
    with pytest.raises(DomainError) as err:
        check_entry(ledger([receipt(10, at(9))]), receipt(1, at(10), unit="ml"))
    assert err.value.field == "unit"


def test_orders_that_are_not_a_or_b_are_never_blocked() -> None:
    plain = fixed_order((8,))
    assert ledger_block(plain, plain.dose, ledger([receipt(10, at(9)), count(1, at(10))])) is None


def test_waste_and_counts_need_two_different_signers() -> None:
    with pytest.raises(DomainError) as err:
        LedgerWaste(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", "Knust", None)
    assert err.value.field == "second_signer"
    with pytest.raises(DomainError):
        LedgerCount(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", None)
    with pytest.raises(DomainError) as err:
        LedgerCount(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", WORKER)
    assert "annen person" in err.value.message_nb
    with pytest.raises(DomainError):
        LedgerNotGiven(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", NotGivenDisposition.WASTED, "Sov")
    assert not_given(1, at(9), NotGivenDisposition.RETURNED).second_signer is None


@pytest.mark.parametrize("make, field", [
    (lambda: receipt(0, at(9)), "amount"),
    (lambda: receipt("-1", at(9)), "amount"),
    (lambda: count("-1", at(9)), "counted"),
    (lambda: LedgerReceipt(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", ReceiptSource.RELATIVE, " "), "supplier"),
    (lambda: LedgerWaste(meta(at(9)), CLIENT_ID, ZOPIKLON, D(1), "tablett", "", SECOND), "reason"),
    (lambda: LedgerDeviation(meta(at(9)), CLIENT_ID, ZOPIKLON, "Mangler", "Meg", ""), "reported_to"),
    (lambda: LedgerDeviation(meta(at(9)), CLIENT_ID, ZOPIKLON, "", "Meg", "Leder"), "what"),
    (lambda: LedgerDrug(" "), "drug"),
])
def test_bad_lines_are_refused_with_the_field_named(make, field: str) -> None:  # noqa: ANN001
    with pytest.raises(DomainError) as err:
        make()
    assert err.value.field == field


def test_a_count_is_due_on_every_day_with_a_dose_of_an_a_drug() -> None:
    order = zopiklon(ControlledClass.A)
    policy = LedgerPolicy()
    kept = ledger([receipt(10, at(9, day=DAY - dt.timedelta(days=3)))], orders=[order])
    assert count_due(kept, policy, at(9))
    counted = ledger([receipt(10, at(9, day=DAY - dt.timedelta(days=3))), count(10, at(8))], orders=[order])
    assert not count_due(counted, policy, at(9))
    assert count_due(counted, policy, at(9, day=DAY + dt.timedelta(days=1)))
    # A day with no planned dose (the order stopped) and none given: no count due.
    stopped = zopiklon(ControlledClass.A, stop=DAY - dt.timedelta(days=1))
    assert not count_due(ledger([receipt(10, at(9, day=DAY - dt.timedelta(days=3)))], orders=[stopped]),
                         policy, at(9))
    prn = prn_order(drug="Zopiklon", controlled=ControlledClass.A)
    prn_ledger = build_drug_ledger(LedgerDrug.of_order(prn), [LedgerReceipt(
        meta(at(9, day=DAY - dt.timedelta(days=3))), CLIENT_ID, LedgerDrug.of_order(prn), D(10), "tablett",
        ReceiptSource.PHARMACY, "Apotek")], [], [prn])
    assert not count_due(prn_ledger, policy, at(9))
    assert count_due(prn_ledger, policy, at(12), [administration(prn, at(10))])


def test_a_count_is_due_weekly_for_b_and_the_interval_is_configurable() -> None:
    order = zopiklon(ControlledClass.B)
    last = DAY - dt.timedelta(days=6)
    b = ledger([receipt(10, at(9, day=last - dt.timedelta(days=1))), count(10, at(9, day=last))], orders=[order])
    assert not count_due(b, LedgerPolicy(), at(9))
    assert count_due(b, LedgerPolicy(), at(9, day=DAY + dt.timedelta(days=1)))
    assert count_due(b, LedgerPolicy(count_days_b=3), at(9))
    assert count_due(b, LedgerPolicy(count_days_b=0), at(9))   # like A: every day with a dose
    with pytest.raises(DomainError):
        LedgerPolicy(count_days_b=-1)


def test_no_count_is_due_for_a_drug_no_longer_ordered_and_out_of_stock() -> None:
    order = zopiklon(ControlledClass.A, stop=DAY - dt.timedelta(days=2))
    start = DAY - dt.timedelta(days=5)
    gone = ledger([receipt(1, at(9, day=start))], [administration(order, at(22, day=start))], [order])
    assert gone.balance == 0 and not count_due(gone, LedgerPolicy(count_days_a=1), at(9))
    left = ledger([receipt(3, at(9, day=start))], orders=[order])
    assert count_due(left, LedgerPolicy(count_days_a=1), at(9))


def test_every_a_and_b_drug_of_the_client_has_a_ledger_and_two_strengths_are_two() -> None:
    five = zopiklon()
    seven = fixed_order((22,), drug="Zopiklon", controlled=ControlledClass.B)
    seven = dataclasses.replace(seven, strength="7,5 mg")
    plain = fixed_order((8,))
    drugs = ledger_drugs([five, seven, plain], [])
    assert [d.label for d in drugs] == ["Zopiklon 500 mg tablett", "Zopiklon 7,5 mg tablett"]
    ledgers = build_ledgers([five, seven, plain], [receipt(10, at(9))],
                            [administration(five, at(22)), administration(seven, at(22))])
    assert [(lg.drug.strength, lg.balance, lg.kept) for lg in ledgers] == [("500 mg", 9, True), ("7,5 mg", 0, False)]


def test_a_ledger_with_an_a_order_is_class_a() -> None:
    assert ledger([], orders=[zopiklon(ControlledClass.A)]).controlled is ControlledClass.A
    assert ledger([], orders=[zopiklon(ControlledClass.B)]).controlled is ControlledClass.B


# -- corrections --------------------------------------------------------------------

def test_a_corrected_receipt_changes_the_balance_and_keeps_its_history() -> None:
    first = receipt(30, at(9))
    fixed = correct_entry(first, SECOND, DEVICE, at(12), amount=D(28), note="Feil antall")
    assert fixed.meta.version == 2 and fixed.meta.replaces == first.meta.version_id and first.amount == 30
    assert ledger([fixed]).balance == 28


def test_a_correction_never_moves_a_line_to_another_drug_or_unit() -> None:
    for change in ({"drug": LedgerDrug("Oxycodone")}, {"unit": "ml"}, {"client_id": "other"}):
        with pytest.raises(DomainError):
            correct_entry(receipt(30, at(9)), WORKER, DEVICE, at(12), **change)


def test_a_corrected_count_can_resolve_a_mismatch_and_a_deviation_gets_its_follow_up() -> None:
    order = zopiklon()
    c = count(8, at(10))
    fixed = correct_entry(c, WORKER, DEVICE, at(11), counted=D(10), note="Telte feil")
    assert ledger_block(order, order.dose, ledger([receipt(10, at(9)), fixed])) is None
    d = correct_entry(deviation(at(12)), WORKER, DEVICE, at(13), follow_up="Gjennomgått med leder")
    assert d.follow_up == "Gjennomgått med leder" and d.meta.version == 2


def test_entered_in_error_lines_stay_visible_but_do_not_count() -> None:
    order = zopiklon()
    dose = administration(order, at(22))
    wrong_dose = enter_in_error(dose, "Feil bruker", WORKER, DEVICE, at(23))
    wrong_receipt = enter_in_error(receipt(5, at(10)), "Dobbeltregistrert", WORKER, DEVICE, at(11))
    result = ledger([receipt(10, at(9)), wrong_receipt], [wrong_dose], [order])
    assert result.balance == 10
    assert [(line.kind, line.in_error, line.balance_after) for line in result.lines] == [
        (LineKind.RECEIPT, False, 10), (LineKind.RECEIPT, True, 10), (LineKind.WITHDRAWAL, True, 10)]
    c = count(8, at(10))
    wrong_count = enter_in_error(c, "Feil legemiddel", WORKER, DEVICE, at(11))
    assert ledger([receipt(10, at(9)), wrong_count]).open_mismatches == ()
    # A ledger whose only opener is in error is not kept.
    assert not ledger([wrong_receipt]).kept
