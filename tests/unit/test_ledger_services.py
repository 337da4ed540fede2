"""The ledger through the services, on a real encrypted database: the signing path asks the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.ledger import LedgerDrug, NotGivenDisposition, ReceiptSource
from desktop.domain.ledger_rules import BlockReason, LedgerPolicy, LineKind
from desktop.domain.medication import AdministrationStatus, ControlledClass, Dose
from desktop.services import Ambulant
from tests.conftest import SECOND, WORKER, Clock
from tests.helpers import add_client, add_fixed_order, second_signature
from tests.ledger_data import ledger_of_every_kind

GIVEN = AdministrationStatus.GIVEN


@pytest.fixture
def cid(app: Ambulant) -> str:
    return add_client(app, "Åse Narkotika").client_id


def test_every_kind_of_line_adds_up_per_drug(app: Ambulant, clock: Clock, cid: str) -> None:
    sample = ledger_of_every_kind(app, clock, cid)
    ledger = app.client_ledger(cid)
    oxy, dia = (ledger.find(LedgerDrug.of_order(o)) for o in (sample.oxycodone, sample.diazepam))
    assert oxy is not None and dia is not None
    assert (oxy.ledger.balance, oxy.ledger.controlled, oxy.ledger.unit) == (18, ControlledClass.A, "kapsel")
    assert dia.ledger.balance == 7 and dia.ledger.open_mismatches == ()
    assert [line.kind for line in oxy.ledger.lines] == [LineKind.RECEIPT, LineKind.WITHDRAWAL,
                                                         LineKind.NOT_GIVEN_RETURNED, LineKind.NOT_GIVEN_WASTED,
                                                         LineKind.COUNT]
    withdrawal = oxy.ledger.lines[1]
    assert withdrawal.signers == (WORKER, SECOND)
    assert withdrawal.record_id == sample.records["administration"].meta.record_id
    assert [(line.kind, line.expected, line.mismatch) for line in dia.ledger.lines if line.kind is LineKind.COUNT] \
        == [(LineKind.COUNT, Decimal("8.5"), True)]
    assert sample.records["ledger_count"].expected == Decimal("8.5")  # what the counters were shown
    assert oxy.block is None and dia.block is None
    assert [a.status for a, _ in ledger.not_given] == [AdministrationStatus.REFUSED]


def test_a_mismatch_blocks_the_next_dose_until_the_deviation_then_it_signs(app: Ambulant, clock: Clock,
                                                                           cid: str) -> None:
    order = add_fixed_order(app, cid, "Metadon", (dt.time(9),), strength="1 mg/ml", form="Mikstur",
                            dose=Dose(Decimal(5), "ml"),
                            controlled=ControlledClass.A)
    drug = LedgerDrug.of_order(order)
    app.record_ledger_receipt(cid, drug, Decimal(100), "ml", ReceiptSource.PHARMACY, "Apotek")
    clock.advance(minutes=1)
    app.record_administration(order.order_id, GIVEN, scheduled_for=clock.now, second_signer=second_signature(app))
    count = app.record_ledger_count(cid, drug, Decimal(90), second_signature(app))
    assert app.ledger_block_for(order.order_id).reason is BlockReason.COUNT_MISMATCH
    with pytest.raises(DomainError) as err:
        app.record_administration(order.order_id, GIVEN, second_signer=second_signature(app), at=clock.advance(hours=1))
    assert err.value.field == "ledger" and "stemte ikke" in err.value.message_nb
    # Not giving a dose is never blocked: only withdrawals are.
    app.record_administration(order.order_id, AdministrationStatus.REFUSED, reason="Sov")
    app.record_ledger_deviation(cid, drug, "10 ml mangler", "Test Vernepleier", "Avdelingsleder",
                                count_id=count.meta.record_id)
    assert app.ledger_block_for(order.order_id) is None
    app.record_administration(order.order_id, GIVEN, second_signer=second_signature(app))
    assert app.drug_ledger(cid, drug).balance == 85


def test_a_dose_that_would_go_below_zero_needs_a_deviation(app: Ambulant, clock: Clock, cid: str) -> None:
    order = add_fixed_order(app, cid, "Zopiklon", (dt.time(22),), strength="5 mg", controlled=ControlledClass.B)
    drug = LedgerDrug.of_order(order)
    app.record_ledger_receipt(cid, drug, Decimal(1), "tablett", ReceiptSource.MULTIDOSE, "Multidose AS")
    app.record_administration(order.order_id, GIVEN, second_signer=second_signature(app))
    with pytest.raises(DomainError) as err:
        app.record_administration(order.order_id, GIVEN, at=clock.advance(minutes=1), second_signer=second_signature(app))
    assert "Registrer mottaket, eller skriv et avvik" in err.value.message_nb
    with pytest.raises(DomainError):
        app.record_ledger_waste(cid, drug, Decimal(1), "Knust", second_signature(app))
    app.record_ledger_deviation(cid, drug, "Mottak fra apoteket ikke registrert", "Test Vernepleier", "Leder")
    app.record_administration(order.order_id, GIVEN, at=clock.advance(minutes=1), second_signer=second_signature(app))
    assert app.drug_ledger(cid, drug).balance == -1


def test_a_dose_entered_in_error_gives_its_amount_back(app: Ambulant, clock: Clock, cid: str) -> None:
    order = add_fixed_order(app, cid, "Zopiklon", (dt.time(22),), controlled=ControlledClass.B)
    drug = LedgerDrug.of_order(order)
    app.record_ledger_receipt(cid, drug, Decimal(5), "tablett", ReceiptSource.PHARMACY, "Apotek")
    dose = app.record_administration(order.order_id, GIVEN, second_signer=second_signature(app))
    assert app.drug_ledger(cid, drug).balance == 4
    app.enter_in_error(dose.meta.record_id, "Feil bruker")
    ledger = app.drug_ledger(cid, drug)
    assert ledger.balance == 5 and [line.in_error for line in ledger.lines] == [False, True]


def test_corrections_go_through_the_ledger_rules(app: Ambulant, clock: Clock, cid: str) -> None:
    order = add_fixed_order(app, cid, "Zopiklon", (dt.time(22),), controlled=ControlledClass.B)
    drug = LedgerDrug.of_order(order)
    receipt = app.record_ledger_receipt(cid, drug, Decimal(30), "tablett", ReceiptSource.PHARMACY, "Apotek")
    fixed = app.correct_ledger_entry(receipt.meta.record_id, amount=Decimal(28))
    assert app.drug_ledger(cid, drug).balance == 28 and len(app.history(fixed.meta.record_id)) == 2
    with pytest.raises(DomainError):
        app.correct_ledger_entry(receipt.meta.record_id, unit="ml")
    with pytest.raises(DomainError) as err:
        app.correct_ledger_entry(order.order_id, note="x")
    assert err.value.field == "record_id"


def test_lines_need_a_started_ledger_the_right_client_and_a_not_given_dose(app: Ambulant, clock: Clock,
                                                                          cid: str) -> None:
    order = add_fixed_order(app, cid, "Zopiklon", (dt.time(22),), controlled=ControlledClass.B)
    drug = LedgerDrug.of_order(order)
    with pytest.raises(DomainError):
        app.record_ledger_waste(cid, drug, Decimal(1), "Knust", second_signature(app))
    with pytest.raises(DomainError):
        app.record_ledger_receipt("no-such-client", drug, Decimal(1), "tablett", ReceiptSource.PHARMACY, "Apotek")
    app.record_ledger_receipt(cid, drug, Decimal(5), "tablett", ReceiptSource.PHARMACY, "Apotek")
    given = app.record_administration(order.order_id, GIVEN, second_signer=second_signature(app))
    with pytest.raises(DomainError) as err:
        app.record_ledger_not_given(cid, drug, Decimal(1), NotGivenDisposition.RETURNED, "Sov",
                                    administration_id=given.meta.record_id)
    assert err.value.field == "administration_id"
    with pytest.raises(DomainError) as err:
        app.record_ledger_deviation(cid, drug, "x", "y", "z", count_id=given.meta.record_id)


def test_counts_due_show_in_the_client_marks(app: Ambulant, clock: Clock, cid: str) -> None:
    order = add_fixed_order(app, cid, "OxyNorm", (dt.time(20),), strength="5 mg", controlled=ControlledClass.A)
    drug = LedgerDrug.of_order(order)
    assert app.day_marks(cid)[cid].counts_due == 0
    app.record_ledger_receipt(cid, drug, Decimal(10), "tablett", ReceiptSource.PHARMACY, "Apotek")
    marks = app.day_marks()
    assert marks[cid].counts_due == 1 and marks[cid].any
    app.record_ledger_count(cid, drug, Decimal(10), second_signature(app))
    assert app.day_marks(cid)[cid].counts_due == 0
    clock.advance(days=1)
    assert app.day_marks(cid)[cid].counts_due == 1
    app.set_ledger_policy(LedgerPolicy(count_days_a=3))
    assert app.ledger_policy() == LedgerPolicy(count_days_a=3, count_days_b=7)
    assert app.day_marks(cid)[cid].counts_due == 0


def test_a_client_with_only_a_count_due_gets_a_mark(app: Ambulant, clock: Clock, cid: str) -> None:
    drug = LedgerDrug("Morfin", "10 mg", "Tablett")
    app.record_ledger_receipt(cid, drug, Decimal(10), "tablett", ReceiptSource.RELATIVE, "Sønnen")
    clock.advance(days=8)
    assert app.counts_due() == {cid: 1}
    assert app.day_marks()[cid].counts_due == 1
