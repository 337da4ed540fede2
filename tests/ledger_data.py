"""Test data for the controlled-drug ledger: one client's A and B ledgers with a line of every kind.

Written through the real services, so the records (and their outbox rows) are what the app makes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.domain.ledger import LedgerDrug, NotGivenDisposition, ReceiptSource
from desktop.domain.medication import AdministrationStatus, ControlledClass, MedicationOrder, parse_dose
from desktop.services import Ambulant
from tests.helpers import add_fixed_order, add_prn_order, second_signature


@dataclass
class LedgerSample:
    """What :func:`ledger_of_every_kind` made (records by kind name, and the two orders)."""

    oxycodone: MedicationOrder
    diazepam: MedicationOrder
    records: dict[str, Any]


def ledger_of_every_kind(app: Ambulant, clock, client_id: str) -> LedgerSample:  # noqa: ANN001 - conftest.Clock
    """An A order (OxyNorm, fixed 08 and 20) and a B order (Diazepam, as needed) with a receipt each, a signed
    dose of each, a dose not given (back to stock) and one wasted, waste, a matching count, a mismatching count
    and its deviation (corrected once to add the follow-up)."""
    sig = second_signature(app)
    oxy = add_fixed_order(app, client_id, "OxyNorm", (dt.time(8), dt.time(20)), strength="5 mg", form="Kapsel",
                          dose=parse_dose("1 kapsel"), controlled=ControlledClass.A, atc="N02AA05",
                          indication="Smerter")
    dia = add_prn_order(app, client_id, "Diazepam", strength="5 mg", controlled=ControlledClass.B, atc="N05BA01",
                        max_per_24h=3)
    a, b = LedgerDrug.of_order(oxy), LedgerDrug.of_order(dia)
    made: dict[str, Any] = {}
    made["ledger_receipt"] = app.record_ledger_receipt(client_id, a, Decimal(20), "kapsel", ReceiptSource.PHARMACY,
                                                       "Apotek 1 Båtsfjord", note="Resept 1234")
    app.record_ledger_receipt(client_id, b, Decimal(10), "tablett", ReceiptSource.RELATIVE, "Datteren Kari")
    clock.advance(minutes=5)
    made["administration"] = app.record_administration(oxy.order_id, AdministrationStatus.GIVEN,
                                                       scheduled_for=clock.now, second_signer=sig)
    app.record_administration(dia.order_id, AdministrationStatus.GIVEN, prn_reason="Urolig", second_signer=sig)
    clock.advance(minutes=5)
    refused = app.record_administration(oxy.order_id, AdministrationStatus.REFUSED, reason="Ville ikke",
                                        scheduled_for=clock.now)
    made["ledger_not_given"] = app.record_ledger_not_given(client_id, a, Decimal(1), NotGivenDisposition.RETURNED,
                                                           "Ville ikke ta den",
                                                           administration_id=refused.meta.record_id)
    app.record_ledger_not_given(client_id, a, Decimal(1), NotGivenDisposition.WASTED, "Falt på gulvet",
                                second_signer=sig)
    made["ledger_waste"] = app.record_ledger_waste(client_id, b, Decimal("0.5"), "Delt tablett, rest kastet", sig)
    clock.advance(minutes=5)
    app.record_ledger_count(client_id, a, Decimal(18), sig)                  # 20 − 1 − 1 = 18: matches
    made["ledger_count"] = app.record_ledger_count(client_id, b, Decimal(7), sig, note="To mangler?")
    deviation = app.record_ledger_deviation(client_id, b, "Telling viste 7, regnskapet 8,5", "Test Vernepleier",
                                            "Avdelingsleder", count_id=made["ledger_count"].meta.record_id)
    made["ledger_deviation"] = app.correct_ledger_entry(deviation.meta.record_id,
                                                        follow_up="Gjennomgått med leder; ny telling i morgen")
    return LedgerSample(oxy, dia, made)

