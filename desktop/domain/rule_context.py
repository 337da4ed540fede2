"""What the rules judge a record version against — gathered the same way on every path.

A local save (``services/base.py``), a record from elsewhere (``app.check_record``) and the
pull (``desktop.sync.pull_rules``, inside its transaction) all build the
:class:`~desktop.domain.record_rules.RuleContext` here: the order of a dose, the client's
CAVE, the client's other doses near it, the version it replaces. The journal is read
through :class:`RecordReader` (the store's ``RecordRepository`` is one), so this module
stays free of SQL; the local procedure is kept as JSON text, read and written here too.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol

from .clients import Client
from .codec import from_plain, to_plain
from .double_check_policy import LocalProcedure
from .drug_catalogue import DrugCatalogue
from .errors import DomainError
from .kinds import client_id_of
from .medication import Administration, MedicationOrder
from .record_rules import RuleContext

# Doses this far around a dose are what the 24-hour maximum, the interval and "signed twice" look at.
NEAR = dt.timedelta(hours=48)


class RecordReader(Protocol):
    """The reads the context needs (``desktop.store.records.RecordRepository`` provides them)."""

    def get(self, record_id: str) -> Any | None: ...

    def current(self, kind: str, client_id: str | None = None, since: dt.datetime | None = None,
                until: dt.datetime | None = None) -> list[Any]: ...


def context_for(records: RecordReader, record: Any, procedure: LocalProcedure,
                catalogue: DrugCatalogue | None) -> RuleContext:
    """The context the rules judge ``record`` in, read through ``records`` before ``record`` is written."""
    previous = records.get(record.meta.record_id) if record.meta.version > 1 else None
    client_id = client_id_of(record)
    client = records.get(client_id) if client_id else None
    allergies = client.allergies if isinstance(client, Client) else ()
    if isinstance(record, Administration):
        order = records.get(record.order_id)
        times = [record.meta.occurred_at] + ([record.scheduled_for] if record.scheduled_for else [])
        others = records.current("administration", record.client_id, since=min(times) - NEAR,
                                 until=max(times) + NEAR)
        return RuleContext(procedure, order if isinstance(order, MedicationOrder) else None, allergies,
                           tuple(others), previous, catalogue)
    return RuleContext(procedure, None, allergies, (), previous, catalogue)


def procedure_from_text(text: str | None) -> LocalProcedure:
    """The local procedure from its stored JSON, or the defaults (class A double check, ±60 min)."""
    if not text:
        return LocalProcedure()
    try:
        return from_plain(LocalProcedure, json.loads(text))
    except (ValueError, TypeError, KeyError, DomainError):
        # A damaged setting must not weaken the rules: fall back to the defaults, which ask more, not less.
        return LocalProcedure()


def procedure_text(procedure: LocalProcedure) -> str:
    """The procedure as the journal keeps it."""
    return json.dumps(to_plain(procedure), ensure_ascii=False, sort_keys=True)
