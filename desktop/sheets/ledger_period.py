"""The period of a printed controlled-drug ledger, and which lines fall in it (pure Python, no reportlab)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..domain.errors import DomainError
from ..domain.ledger_rules import ZERO, DrugLedger, LedgerLine
from ..domain.medication_rules import LOCAL_TZ
from .sheet_model import format_date


@dataclass(frozen=True)
class LedgerPeriod:
    """From ``start`` (None: from the ledger's first line) to ``end``, both days included."""

    start: dt.date | None
    end: dt.date

    def __post_init__(self) -> None:
        if self.start is not None and self.start > self.end:
            raise DomainError("period", f"Perioden starter ({format_date(self.start)}) etter at den slutter "
                                        f"({format_date(self.end)}).",
                              f"The period starts ({self.start}) after it ends ({self.end}).")

    def label(self) -> str:
        """As printed: "01.11.2026–26.11.2026", or "til og med 26.11.2026" from the beginning."""
        if self.start is None:
            return f"fra start til og med {format_date(self.end)}"
        return f"{format_date(self.start)}–{format_date(self.end)}"

    def holds(self, at: dt.datetime) -> bool:
        day = at.astimezone(LOCAL_TZ).date()
        return (self.start is None or day >= self.start) and day <= self.end


def lines_in(ledger: DrugLedger, period: LedgerPeriod) -> tuple[tuple[LedgerLine, ...], Decimal | None, Decimal]:
    """The lines of ``ledger`` in ``period``, the balance before the first and after the last.

    The opening balance is None when the ledger had not started before the period.
    """
    before = [line for line in ledger.lines
              if period.start is not None and line.at.astimezone(LOCAL_TZ).date() < period.start]
    inside = tuple(line for line in ledger.lines if period.holds(line.at))
    opening = before[-1].balance_after if before else None
    closing = inside[-1].balance_after if inside else (opening if opening is not None else ZERO)
    return inside, opening, closing
