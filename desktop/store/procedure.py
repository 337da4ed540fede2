"""Where the journal keeps the local procedure for signing (a setting in ``meta``), read on a connection.

The services read it through the open database; the pull reads it inside its own transaction,
so the rules it applies are the journal's, not the defaults.
"""

from __future__ import annotations

from ..domain.double_check_policy import LocalProcedure
from ..domain.rule_context import procedure_from_text
from .connection import Connection

# The setting that holds the local procedure (JSON of LocalProcedure).
PROCEDURE_KEY = "local_procedure"


def read_procedure(conn: Connection) -> LocalProcedure:
    """The stored local procedure, or the defaults when none (or a damaged one) is kept."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PROCEDURE_KEY,)).fetchone()
    return procedure_from_text(row[0] if row else None)
