"""Builders for test data: one place that knows how to make a valid client and order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.support.demo_data import synthetic_id
from desktop.domain.medication import Dose, MedicationOrder, OrderKind
from desktop.domain.records import WorkerRef
from desktop.services import Ambulant, SecondSignature
from tests.conftest import FAST_KDF, SECOND

# The passphrase the second signer of the tests (SECOND) enrolls with.
SECOND_PASSPHRASE = "kontroll-passord"


def add_client(app: Ambulant, name: str = "Kåre Testesen", birth: dt.date = dt.date(1970, 5, 17), **kw):
    return app.create_client(name, synthetic_id(birth), **kw)


def add_fixed_order(app: Ambulant, client_id: str, drug: str = "Metformin",
                    times: tuple[dt.time, ...] = (dt.time(8), dt.time(18)), **kw) -> MedicationOrder:
    fields = dict(strength="500 mg", form="Tablett", route="Oral", dose=Dose(Decimal(1), "tablett"),
                  kind=OrderKind.FIXED, indication="Diabetes", start=dt.date(2026, 11, 1),
                  prescriber="Dr. Lege", ordered_on=dt.date(2026, 11, 1), times=times)
    fields.update(kw)
    return app.add_order(client_id, drug, **fields)


def add_prn_order(app: Ambulant, client_id: str, drug: str = "Oxazepam", max_per_24h: int = 2, **kw):
    fields = dict(strength="10 mg", form="Tablett", route="Oral", dose=Dose(Decimal(1), "tablett"),
                  kind=OrderKind.AS_NEEDED, indication="Uro", start=dt.date(2026, 11, 1),
                  prescriber="Dr. Lege", ordered_on=dt.date(2026, 11, 1), max_per_24h=max_per_24h)
    fields.update(kw)
    return app.add_order(client_id, drug, **fields)


def second_signature(app: Ambulant, who: WorkerRef = SECOND, passphrase: str = SECOND_PASSPHRASE) -> SecondSignature:
    """``who`` enrolled on this journal as a second signer (once), and their proof for one double check."""
    if who.hpr not in {c.hpr for c in app.colleagues()}:
        app.enroll_colleague(who.name, who.hpr, passphrase, kdf=FAST_KDF)
    return SecondSignature(who.hpr, passphrase)
