"""Reading what the domain's rules need from the journal: the order, the CAVE, nearby doses, the procedure.

The rules themselves are in ``domain.record_rules``; this module only gathers
their context, so every path that saves (or, later, receives) a record builds
it the same way.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..domain.clients import Client
from ..domain.codec import from_plain, to_plain
from ..domain.double_check_policy import LocalProcedure
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.errors import DomainError
from ..domain.kinds import client_id_of
from ..domain.medication import Administration, MedicationOrder
from ..domain.record_rules import RuleContext
from ..store.database import Database

# The setting that holds the local procedure (JSON of LocalProcedure).
PROCEDURE_KEY = "local_procedure"
# Doses this far around a dose are what the 24-hour maximum, the interval and "signed twice" look at.
_NEAR = dt.timedelta(hours=48)


def load_procedure(db: Database) -> LocalProcedure:
    """The stored local procedure, or the defaults (class A double check, ±60 min)."""
    text = db.get_setting(PROCEDURE_KEY)
    if not text:
        return LocalProcedure()
    try:
        return from_plain(LocalProcedure, json.loads(text))
    except (ValueError, TypeError, KeyError, DomainError):
        # A damaged setting must not weaken the rules: fall back to the defaults, which ask more, not less.
        return LocalProcedure()


def procedure_json(procedure: LocalProcedure) -> str:
    """The procedure as the setting stores it."""
    return json.dumps(to_plain(procedure), ensure_ascii=False, sort_keys=True)


def rule_context(db: Database, record: Any, procedure: LocalProcedure, catalogue: DrugCatalogue) -> RuleContext:
    """The context the rules judge ``record`` in, read from ``db`` (hold ``db.reading()`` around it)."""
    records = db.records
    previous = records.get(record.meta.record_id) if record.meta.version > 1 else None
    client_id = client_id_of(record)
    client = records.get(client_id) if client_id else None
    allergies = client.allergies if isinstance(client, Client) else ()
    if isinstance(record, Administration):
        order = records.get(record.order_id)
        times = [record.meta.occurred_at] + ([record.scheduled_for] if record.scheduled_for else [])
        others = records.current("administration", record.client_id, since=min(times) - _NEAR,
                                 until=max(times) + _NEAR)
        return RuleContext(procedure, order if isinstance(order, MedicationOrder) else None, allergies,
                           tuple(others), previous, catalogue)
    return RuleContext(procedure, None, allergies, (), previous, catalogue)
