"""The local procedure for signing: when a second person must sign, and how far from its time a dose may go unasked.

Legemiddelhåndteringsforskriften leaves double checks to local procedure:
a municipality names the drugs, ATC groups, controlled classes or routes
that need a second qualified person. The same procedure says how far from
its planned time a fixed dose may be signed before the app asks why. Both
are kept in the journal and every change is written to the audit log
(``services.policy``); this module only builds, checks and describes them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .drug_catalogue import is_atc_code
from .errors import DomainError, require
from .medication import ControlledClass, DoubleCheckPolicy

DEFAULT_TIMING_WINDOW_MINUTES = 60
MIN_TIMING_WINDOW_MINUTES = 5
MAX_TIMING_WINDOW_MINUTES = 12 * 60


@dataclass(frozen=True)
class LocalProcedure:
    """The double-check policy and the signing window (± minutes around a planned dose)."""

    policy: DoubleCheckPolicy = field(default_factory=DoubleCheckPolicy)
    timing_window_minutes: int = DEFAULT_TIMING_WINDOW_MINUTES

    def __post_init__(self) -> None:
        require(MIN_TIMING_WINDOW_MINUTES <= self.timing_window_minutes <= MAX_TIMING_WINDOW_MINUTES,
                "timing_window_minutes",
                f"Tidsvinduet må være mellom {MIN_TIMING_WINDOW_MINUTES} og {MAX_TIMING_WINDOW_MINUTES} minutter.",
                f"The window must be between {MIN_TIMING_WINDOW_MINUTES} and {MAX_TIMING_WINDOW_MINUTES} minutes.")
        for prefix in self.policy.atc_prefixes:
            require(is_atc_code(prefix), "atc_prefixes", f"«{prefix}» er ikke en ATC-kode eller -gruppe.",
                    f'"{prefix}" is not an ATC code or group.')

    @property
    def timing_window(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.timing_window_minutes)


def split_list(text: str) -> tuple[str, ...]:
    """Items typed one per line or separated by commas or semicolons, blanks dropped, order kept, no repeats."""
    seen: dict[str, None] = {}
    for item in re.split(r"[,;\n]", text):
        item = " ".join(item.split())
        if item and item.casefold() not in {k.casefold() for k in seen}:
            seen[item] = None
    return tuple(seen)


def build_procedure(classes: Iterable[ControlledClass], atc_text: str, drugs_text: str, routes_text: str,
                    timing_window_minutes: int) -> LocalProcedure:
    """The procedure from what the settings form holds; a DomainError names the field that is wrong."""
    prefixes = tuple(p.upper().replace(" ", "") for p in split_list(atc_text))
    for prefix in prefixes:
        if not is_atc_code(prefix):
            raise DomainError("atc_prefixes", f"«{prefix}» er ikke en ATC-kode eller -gruppe (f.eks. N02A).",
                              f'"{prefix}" is not an ATC code or group (e.g. N02A).')
    policy = DoubleCheckPolicy(controlled_classes=frozenset(classes), atc_prefixes=frozenset(prefixes),
                               drug_names=frozenset(split_list(drugs_text)),
                               routes=frozenset(split_list(routes_text)))
    return LocalProcedure(policy, timing_window_minutes)


def describe(procedure: LocalProcedure) -> str:
    """The procedure in one Norwegian line, as the audit log keeps it."""
    p = procedure.policy
    parts = [
        "klasse " + (", ".join(sorted(c.value for c in p.controlled_classes)) or "ingen"),
        "ATC " + (", ".join(sorted(p.atc_prefixes)) or "ingen"),
        "legemidler " + (", ".join(sorted(p.drug_names, key=str.casefold)) or "ingen"),
        "administrasjonsveier " + (", ".join(sorted(p.routes, key=str.casefold)) or "ingen"),
        f"tidsvindu ±{procedure.timing_window_minutes} min",
    ]
    return "; ".join(parts)
