"""Domain objects for medication-sheet tests and the benchmark: a client and a varied medication list.

No database: the sheet is built from domain objects only, so these are made
directly. Names and national ids are fictional (synthetic numbers).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.support.demo_data import synthetic_id
from desktop.domain.clients import Allergy, Client
from desktop.domain.medication import ControlledClass, Dose, MedicationOrder, OrderKind
from desktop.domain.medication_rules import LOCAL_TZ
from desktop.domain.records import WorkerRef, new_meta

PRINTER = WorkerRef("Åse Blåbærsen", "9144889")
DEVICE = "sheet-test-device"
START = dt.date(2026, 11, 26)          # a Thursday: the first grid has a weekend in it
PRINTED_AT = dt.datetime(2026, 11, 26, 9, 30, tzinfo=LOCAL_TZ)
LIST_START = dt.date(2026, 11, 1)

LONG_NAME = ("Acetylsalisylsyre/dipyridamol med forlenget frisetting og magesaftresistent drasjering "
             "(apotekfremstilt, uregistrert)")

_DRUGS = (
    ("Metformin", "500 mg", "Tablett", "Diabetes type 2", (8, 18)),
    ("Sertralin", "50 mg", "Tablett", "Depresjon", (8,)),
    ("Zopiklon", "5 mg", "Tablett", "Søvnvansker", (22,)),
    ("Levotyroksin", "50 mikrog", "Tablett", "Hypotyreose", (7,)),
    ("Furosemid", "40 mg", "Tablett", "Ødemer", (8, 14)),
    ("Paracetamol", "1 g", "Tablett", "Smerter i kneet", (8, 13, 18, 22)),
    ("Metadon", "40 mg/ml", "Mikstur", "LAR – opioidavhengighet", (9,)),
    ("Olanzapin", "10 mg", "Smeltetablett", "Psykose", (20,)),
    ("Lamotrigin", "100 mg", "Tablett", "Epilepsi, forebygging av anfall", (8, 20)),
    ("Esomeprazol", "20 mg", "Enterotablett", "Magesår og refluks", (7,)),
)


def make_client(allergies: tuple[Allergy, ...] | None = None, name: str = "Bjørn Ærlig Åsheim",
                birth: dt.date = dt.date(1961, 4, 9)) -> Client:
    """A fictional client with a synthetic national id; CAVE penicillin unless ``allergies`` says otherwise."""
    if allergies is None:
        allergies = (Allergy("Penicillin", "utslett og pustebesvær", "alvorlig"),)
    when = dt.datetime.combine(LIST_START, dt.time(9), tzinfo=LOCAL_TZ)
    return Client(new_meta(PRINTER, DEVICE, when), name, synthetic_id(birth),
                  "Fjordgata 12 B, 9990 Båtsfjord", "400 00 000", allergies,
                  responsible_unit="Ambulant team Øst, helse og omsorg")


def make_order(client: Client, drug: str, times: tuple[int, ...] = (8,), kind: OrderKind = OrderKind.FIXED,
               start: dt.date = LIST_START, stop: dt.date | None = None, **kw) -> MedicationOrder:
    """One order of ``client`` (as-needed orders get an indication and a maximum per 24 h)."""
    when = dt.datetime.combine(LIST_START, dt.time(10), tzinfo=LOCAL_TZ)
    fields = dict(strength="10 mg", form="Tablett", route="Oral", indication="Uro", prescriber="Fastlege Olsen",
                  ordered_on=LIST_START)
    if kind is OrderKind.AS_NEEDED:
        fields.update(max_per_24h=3, min_interval_hours=Decimal(4))
        times = ()
    fields.update(kw)
    return MedicationOrder(new_meta(PRINTER, DEVICE, when), client.client_id, drug,
                           dose=Dose(Decimal(1), "tablett"), kind=kind, start=start, stop=stop,
                           times=tuple(dt.time(h) for h in times), **fields)


def sample_orders(client: Client, count: int, start: dt.date = START, days: int = 14) -> list[MedicationOrder]:
    """``count`` orders: mostly fixed, every fifth as-needed, with controlled drugs, multidose,
    double checks, one very long name, and orders that start or stop inside the period."""
    orders = []
    for i in range(count):
        drug, strength, form, indication, hours = _DRUGS[i % len(_DRUGS)]
        name = f"{drug} {i + 1}" if i >= len(_DRUGS) else drug
        if i == 3:
            name = LONG_NAME
        kw: dict = dict(strength=strength, form=form, indication=indication,
                        multidose=i % 3 == 0, controlled=ControlledClass.B if drug == "Zopiklon" else None)
        if drug == "Metadon":
            kw.update(controlled=ControlledClass.A, observed_intake=True, route="Oral")
        order_start, order_stop = LIST_START, None
        if i % 7 == 5:
            order_start = start + dt.timedelta(days=min(3, days - 1))      # starts inside the period
        if i % 7 == 6:
            order_stop = start + dt.timedelta(days=min(5, days - 1))       # stops inside the period
        if i % 5 == 4:
            orders.append(make_order(client, name, kind=OrderKind.AS_NEEDED, start=order_start, stop=order_stop,
                                     **{**kw, "indication": f"{indication} – ved behov"}))
        else:
            orders.append(make_order(client, name, hours, start=order_start, stop=order_stop,
                                     double_check=i % 4 == 2, **kw))
    return orders
