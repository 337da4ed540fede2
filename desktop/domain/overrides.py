"""The medication and journal rules by name, which of them a worker may override, and the override itself.

Which rules may be overridden follows the rules' own source:

* **May be overridden, with a reason** — they ask for the worker's judgement,
  usually after speaking with the prescriber: the allergy (CAVE) warning, the
  as-needed maximum per 24 hours and minimum interval (legemiddelhåndterings-
  forskriften § 7: the dose is given as ordered; going past the order needs
  the prescriber), and a fixed dose signed far from its planned time.
* **Never overridden** — the double check where the local procedure requires
  it ("when it applies, the record cannot be saved without the second
  person"), a dose on an order that is stopped or not in force (the
  vernepleier does not prescribe), the same planned dose signed twice, and
  the fields a chapter 9 report must hold (helse- og omsorgstjenesteloven
  § 9-7, forskrift om rettssikkerhet ved bruk av tvang og makt).

An override is part of the record it allows (``overrides`` on the
administration or order), so it is kept, synced and shown with it; the
record's author is the one who overrode.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import require, require_text


class Rule(str, Enum):
    """A rule a record is checked against (the value is stable: it is stored with overrides)."""

    WRONG_ORDER = "wrong-order"
    ORDER_IN_ERROR = "order-entered-in-error"
    ORDER_NOT_IN_FORCE = "order-not-in-force"
    STOPPED_ORDER = "stopped-order"
    DOUBLE_CHECK = "double-check"
    ALREADY_SIGNED = "already-signed"
    SIGNING_WINDOW = "signing-window"
    PRN_REASON = "prn-reason"
    PRN_MAX = "prn-max-per-24h"
    PRN_INTERVAL = "prn-min-interval"
    ALLERGY = "allergy"
    CHAPTER9_FIELDS = "chapter9-required-fields"
    STATUS_ONLY = "entered-in-error-changes-only-status"


OVERRIDABLE: frozenset[Rule] = frozenset({Rule.ALLERGY, Rule.PRN_MAX, Rule.PRN_INTERVAL, Rule.SIGNING_WINDOW})


@dataclass(frozen=True)
class RuleOverride:
    """A rule the author of the record chose to override, and why (e.g. "Avklart med fastlege kl. 14")."""

    rule: Rule
    reason: str

    def __post_init__(self) -> None:
        require(self.rule in OVERRIDABLE, "overrides", "Denne regelen kan ikke overstyres.",
                "This rule cannot be overridden.")
        require_text(self.reason, f"override:{self.rule.value}", "Begrunnelse for å overstyre",
                     "The reason for overriding")


def overridden(overrides: tuple[RuleOverride, ...], rule: Rule) -> RuleOverride | None:
    """The override of ``rule`` among ``overrides``, or None."""
    return next((o for o in overrides if o.rule is rule), None)


def with_override(overrides: tuple[RuleOverride, ...], rule: Rule, reason: str) -> tuple[RuleOverride, ...]:
    """``overrides`` with ``rule`` overridden for ``reason`` (a new reason replaces an older one)."""
    return tuple(o for o in overrides if o.rule is not rule) + (RuleOverride(rule, reason.strip()),)
