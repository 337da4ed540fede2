"""The local procedure for signing (double-check policy, signing window): read, change, audit-logged."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.double_check_policy import LocalProcedure, describe
from .base import ServiceBase
from .rules import PROCEDURE_KEY, procedure_json


class PolicyServices(ServiceBase):
    """Changing the journal's local procedure."""

    def set_local_procedure(self, procedure: LocalProcedure) -> LocalProcedure:
        """Keep ``procedure`` in the journal; the change (before → after) goes to the audit log."""
        before = self.local_procedure()
        if procedure == before:
            return before
        previous_text = self.db.get_setting(PROCEDURE_KEY)
        self.db.set_setting(PROCEDURE_KEY, procedure_json(procedure))
        try:
            self.db.log_access(self.worker, AuditAction.CORRECT, self.clock(), None,
                               f"lokal prosedyre for signering endret: {describe(before)} → {describe(procedure)}")
        except BaseException:
            # An unlogged change to who must double-check is not allowed to stand.
            self.db.set_setting(PROCEDURE_KEY, previous_text or procedure_json(before))
            raise
        self._procedure = procedure
        return procedure
