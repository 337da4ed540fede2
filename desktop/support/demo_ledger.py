"""A demo client with a controlled-drug ledger: an A drug and a B drug over two weeks.

Receipts from the pharmacy and a relative, doses signed by two, daily counts of
the A drug and a weekly count of the B drug, a capsule wasted, a dose not
given (back to stock) and one prepared and wasted, and one count that did not
match with its deviation. Today's count of the A drug is still due, so the
client list shows the mark. Fictional, like all demo data.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..domain import medication_rules as rules
from ..domain.clients import Allergy, Relative
from ..domain.ledger import LedgerDrug, NotGivenDisposition, ReceiptSource
from ..domain.medication import AdministrationStatus, ControlledClass, Dose, MedicationOrder, OrderKind
from ..services.colleagues import SecondSignature
from ..services import Ambulant

LEDGER_DEMO_NAME = "Arne Brekke"
LEDGER_DEMO_BIRTH = dt.date(1971, 8, 19)
LEDGER_DEMO_DAYS = 14
LEADER = "Avdelingsleder Hanne Leder"


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=rules.LOCAL_TZ)


def _clock(app: Ambulant, when: dt.datetime) -> dt.datetime:
    app.clock = lambda: when.astimezone(dt.timezone.utc)
    return when


def seed_ledger_demo(app: Ambulant, today: dt.date, colleague: SecondSignature, national_id: str) -> int:
    """Add the ledger demo client unless it is there; returns 1 when added, else 0 (the caller restores the clock)."""
    if any(c.national_id == national_id for c in app.list_clients()):
        return 0
    start = today - dt.timedelta(days=LEDGER_DEMO_DAYS)
    _clock(app, _at(start, 7, 30))
    client = app.create_client(LEDGER_DEMO_NAME, national_id, "Havnegata 5, 9900 Kirkenes", "400 00 001",
                               allergies=(Allergy("Kodein", "kraftig kvalme", "moderat"),),
                               relatives=(Relative("Line Brekke", "datter", "900 00 001", True),),
                               responsible_unit="Ambulant team, rus og psykisk helse")
    cid = client.client_id
    common = dict(start=start, prescriber="Fastlege Demo Legesen", ordered_on=start, route="Oral")
    oxy = app.add_order(cid, "OxyNorm", "5 mg", form="Kapsel", dose=Dose(Decimal(1), "kapsel"), kind=OrderKind.FIXED,
                        indication="Smerter etter brudd", times=(dt.time(8), dt.time(20)), atc="N02AA05",
                        controlled=ControlledClass.A, **common)
    zop = app.add_order(cid, "Zopiklon", "7,5 mg", form="Tablett", dose=Dose(Decimal(1), "tablett"),
                        kind=OrderKind.FIXED, indication="Søvnvansker", times=(dt.time(22),), atc="N05CF01",
                        controlled=ControlledClass.B, **common)
    a, b = LedgerDrug.of_order(oxy), LedgerDrug.of_order(zop)
    _clock(app, _at(start, 7, 40))     # received before the first morning visit's count
    app.record_ledger_receipt(cid, a, Decimal(28), "kapsel", ReceiptSource.PHARMACY, "Apotek 1 Kirkenes",
                              note="Resept fra fastlegen")
    app.record_ledger_receipt(cid, b, Decimal(10), "tablett", ReceiptSource.RELATIVE, "Datteren Line Brekke",
                              note="Hentet på apoteket av datteren")
    for offset in range(LEDGER_DEMO_DAYS):
        _seed_ledger_day(app, cid, start + dt.timedelta(days=offset), offset, oxy, zop, a, b, colleague)
    return 1


def _count(app: Ambulant, cid: str, drug: LedgerDrug, when: dt.datetime, colleague: SecondSignature,
           missing: Decimal = Decimal(0)) -> None:
    _clock(app, when)
    balance = app.drug_ledger(cid, drug).balance
    counted = app.record_ledger_count(cid, drug, balance - missing, colleague)
    if missing:
        _clock(app, when + dt.timedelta(minutes=5))
        app.record_ledger_deviation(
            cid, drug, f"Telling viste {balance - missing}, regnskapet {balance}: {missing} kapsel mangler.",
            "Demo Vernepleier", LEADER,
            "Gjennomgått med kollega: trolig en kapsel kassert i går kveld uten registrering. "
            "Meldt i avvikssystemet.",
            count_id=counted.meta.record_id)


def _seed_ledger_day(app: Ambulant, cid: str, day: dt.date, offset: int, oxy: MedicationOrder,
                     zop: MedicationOrder, a: LedgerDrug, b: LedgerDrug, colleague: SecondSignature) -> None:
    given = AdministrationStatus.GIVEN
    # Morning visit: count the A drug (every day with a dose), then the dose, both signed by two.
    _count(app, cid, a, _at(day, 7, 55), colleague, Decimal(1) if offset == 10 else Decimal(0))
    if offset == 7:
        _clock(app, _at(day, 8, 0))
        app.record_ledger_receipt(cid, a, Decimal(14), "kapsel", ReceiptSource.PHARMACY, "Apotek 1 Kirkenes")
        app.record_ledger_receipt(cid, b, Decimal(7), "tablett", ReceiptSource.MULTIDOSE, "Multidose Nord AS")
        _count(app, cid, b, _at(day, 8, 5), colleague)       # the weekly count of the B drug: it matches
    at = _clock(app, _at(day, 8, 10))
    app.record_administration(oxy.order_id, given, at=at, scheduled_for=_at(day, 8), second_signer=colleague)
    if offset == 4:
        _clock(app, _at(day, 8, 15))
        app.record_ledger_waste(cid, a, Decimal(1), "Kapselen falt i vasken", colleague)
    # Evening visit.
    if offset == 9:
        at = _clock(app, _at(day, 20, 5))
        refused = app.record_administration(oxy.order_id, AdministrationStatus.NOT_GIVEN, at=at,
                                            scheduled_for=_at(day, 20), reason="Sov tungt, ikke vekket")
        _clock(app, _at(day, 20, 10))
        app.record_ledger_not_given(cid, a, Decimal(1), NotGivenDisposition.WASTED, "Tilberedt, men ikke gitt",
                                    colleague, administration_id=refused.meta.record_id)
    else:
        at = _clock(app, _at(day, 20, 5))
        app.record_administration(oxy.order_id, given, at=at, scheduled_for=_at(day, 20), second_signer=colleague)
    at = _clock(app, _at(day, 22, 5))
    if offset == 3:
        refused = app.record_administration(zop.order_id, AdministrationStatus.REFUSED, at=at,
                                            scheduled_for=_at(day, 22), reason="Ville ikke ta den i kveld")
        _clock(app, _at(day, 22, 10))
        app.record_ledger_not_given(cid, b, Decimal(1), NotGivenDisposition.RETURNED, "Tablett lagt tilbake i esken",
                                    administration_id=refused.meta.record_id)
    else:
        app.record_administration(zop.order_id, given, at=at, scheduled_for=_at(day, 22), second_signer=colleague)
