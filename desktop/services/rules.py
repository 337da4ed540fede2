"""The rules' context for the services: the journal's local procedure, and the one context builder.

The context is gathered in ``domain.rule_context`` (the pull uses the same function inside its
transaction); the procedure is read from the journal by ``store.procedure``. This module only
binds them to the open :class:`Database`.
"""

from __future__ import annotations

from typing import Any

from ..domain.double_check_policy import LocalProcedure
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.record_rules import RuleContext
from ..domain.rule_context import context_for
from ..domain.rule_context import procedure_text as procedure_json
from ..store.database import Database
from ..store.procedure import PROCEDURE_KEY, read_procedure

__all__ = ["PROCEDURE_KEY", "load_procedure", "procedure_json", "rule_context"]


def load_procedure(db: Database) -> LocalProcedure:
    """The stored local procedure, or the defaults (class A double check, ±60 min)."""
    with db.reading() as conn:
        return read_procedure(conn)


def rule_context(db: Database, record: Any, procedure: LocalProcedure, catalogue: DrugCatalogue) -> RuleContext:
    """The context the rules judge ``record`` in, read from ``db`` (hold ``db.reading()`` around it)."""
    return context_for(db.records, record, procedure, catalogue)
