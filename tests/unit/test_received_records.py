"""One rule, every path: the context builder in the domain, and what a record from elsewhere is judged by.

* ``domain.rule_context.context_for`` is the one place the context is gathered (the services and the
  pull both call it); here it reads through a plain mapping, without a journal.
* ``record_rules.received`` (the pull, ``check_record``) keeps every finding a version has, except
  what its author overrode: an earlier version's finding is never inherited.
* A CAVE match is a fact of every version of an order; a local correction is still not blocked by it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from desktop.domain import record_rules
from desktop.domain.clients import Allergy, Client
from desktop.domain.double_check_policy import LocalProcedure
from desktop.domain.medication import Administration, AdministrationStatus, Dose, MedicationOrder, OrderKind
from desktop.domain.overrides import Rule, RuleOverride
from desktop.domain.records import new_meta
from desktop.domain.rule_context import NEAR, context_for, procedure_from_text, procedure_text
from desktop.services import Ambulant
from desktop.support.catalogue_files import shipped_catalogue
from tests.conftest import SECOND, WORKER
from tests.helpers import add_client, add_fixed_order

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
PENICILLIN = Allergy("Penicillin", "Utslett", "alvorlig", "Fastlegen", "Per Fastlege", dt.date(2025, 3, 1))


class Reader:
    """Current versions by record id: what ``context_for`` reads through (a journal's repository in the app)."""

    def __init__(self, *records: Any) -> None:
        self.records = {r.meta.record_id: r for r in records}

    def get(self, record_id: str) -> Any | None:
        return self.records.get(record_id)

    def current(self, kind: str, client_id: str | None = None, since: dt.datetime | None = None,
                until: dt.datetime | None = None) -> list[Any]:
        assert kind == "administration"
        return [r for r in self.records.values() if isinstance(r, Administration) and r.client_id == client_id
                and (since is None or r.meta.occurred_at >= since) and (until is None or r.meta.occurred_at < until)]


def _client() -> Client:
    return Client(new_meta(WORKER, "d", NOW), "Astrid Berg", "02834810037", allergies=(PENICILLIN,))


def _order(client: Client, drug: str = "Amoxicillin", atc: str = "J01CA04", **kw: Any) -> MedicationOrder:
    return MedicationOrder(new_meta(WORKER, "server", NOW), client.client_id, drug, "500 mg", "Kapsel", "Oral",
                           Dose(Decimal(1), "kapsel"), kw.pop("kind", OrderKind.FIXED), "Infeksjon",
                           dt.date(2026, 11, 20), "Per Fastlege", dt.date(2026, 11, 20),
                           kw.pop("times", (dt.time(8),)), atc=atc, **kw)


def _dose(order: MedicationOrder, at: dt.datetime, **kw: Any) -> Administration:
    return Administration(new_meta(SECOND, "server", NOW, at), order.client_id, order.order_id,
                          AdministrationStatus.GIVEN, order.dose, prn_reason="Uro", **kw)


def _next(record: Any, **changes: Any) -> Any:
    meta = dataclasses.replace(record.meta, version=record.meta.version + 1, version_id=f"{record.meta.version_id}-2",
                               replaces=record.meta.version_id)
    return dataclasses.replace(record, meta=meta, **changes)


def test_the_context_reads_the_order_the_cave_the_nearby_doses_and_the_version_replaced() -> None:
    client = _client()
    order = _order(client, "Oxazepam", "N05BA04", kind=OrderKind.AS_NEEDED, times=(), max_per_24h=2)
    near, far = _dose(order, NOW - dt.timedelta(hours=3)), _dose(order, NOW - NEAR - dt.timedelta(hours=1))
    reader = Reader(client, order, near, far)
    new = _dose(order, NOW)
    ctx = context_for(reader, new, LocalProcedure(), None)
    assert ctx.order == order and ctx.allergies == (PENICILLIN,) and ctx.others == (near,) and ctx.previous is None
    corrected = _next(near, prn_reason="Sterk uro")
    assert context_for(reader, corrected, LocalProcedure(), None).previous == near
    assert context_for(reader, order, LocalProcedure(), None).order is None     # an order has no order


def test_a_stored_procedure_reads_back_and_a_damaged_one_asks_more_not_less() -> None:
    procedure = LocalProcedure(timing_window_minutes=30)
    assert procedure_from_text(procedure_text(procedure)) == procedure
    assert procedure_from_text("{not json") == LocalProcedure() == procedure_from_text(None)


def test_a_later_version_of_an_order_for_a_drug_in_cave_still_breaks_the_rule() -> None:
    client = _client()
    order = _order(client)
    reader = Reader(client, order)
    catalogue = shipped_catalogue()
    later = _next(order, administration_notes="Gis med mat")
    ctx = context_for(reader, later, LocalProcedure(), catalogue)
    assert [f.rule for f in record_rules.check(later, ctx)] == [Rule.ALLERGY]
    assert [f.rule for f in record_rules.received(later, ctx)] == [Rule.ALLERGY]   # shown again, never inherited
    assert record_rules.unresolved(later, ctx) == []        # a local correction may keep what v1 had


def test_received_drops_only_what_the_author_overrode() -> None:
    client = _client()
    order = _order(client, "Oxazepam", "N05BA04", kind=OrderKind.AS_NEEDED, times=(), max_per_24h=1)
    earlier = _dose(order, NOW - dt.timedelta(hours=2))
    reader = Reader(client, order, earlier)
    second = _dose(order, NOW)
    ctx = context_for(reader, second, LocalProcedure(), None)
    assert [f.rule for f in record_rules.received(second, ctx)] == [Rule.PRN_MAX]
    overridden = dataclasses.replace(second, overrides=(RuleOverride(Rule.PRN_MAX, "Avklart med legevakt"),))
    assert record_rules.received(overridden, ctx) == []


def test_a_local_note_on_an_order_whose_drug_is_now_in_cave_is_still_saved(app: Ambulant) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Amoxicillin", atc="J01CA04")
    app.add_allergy(cid, "Penicillin", "Utslett", source="Fastlegen")
    assert [f.rule for f in app.check_record(order)] == [Rule.ALLERGY]      # as the pull would see it
    noted = app.correct(order.order_id, administration_notes="Gis med mat")
    assert noted.meta.version == 2 and noted.administration_notes == "Gis med mat"
