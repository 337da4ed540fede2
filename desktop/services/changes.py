"""What a write changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.kinds import client_id_of, kind_of
from ..domain.ledger import LEDGER_KINDS

# The controlled-drug ledger belongs to the medication: its lines change the client's marks.
MEDICATION_KINDS = frozenset({"order", "administration", "effect_evaluation"}) | LEDGER_KINDS
OBSERVATION_KINDS = frozenset({"note", "measurement", "incident", "chapter9", "children_as_relatives",
                               "rating", "substance_use", "behaviour"})
PLAN_KINDS = frozenset({"goal", "measure", "evaluation", "individual_plan", "responsibility_group",
                        "meeting", "agreed_task", "assessment", "analysis", "consent"})


@dataclass(frozen=True)
class Changes:
    """The kinds of record written for one client."""

    client_id: str | None
    kinds: frozenset[str]

    @classmethod
    def of(cls, *records: Any) -> "Changes":
        """The changes made by saving ``records`` (all of one client)."""
        client_ids = {client_id_of(r) for r in records}
        return cls(next(iter(client_ids)) if len(client_ids) == 1 else None,
                   frozenset(kind_of(r) for r in records))

    def touches(self, kinds: frozenset[str]) -> bool:
        """True when any of ``kinds`` was written."""
        return bool(self.kinds & kinds)


# Nothing in the journal changed, only what waits for the server (refused records queued again).
OUTBOX_CHANGED = Changes(None, frozenset({"outbox"}))
