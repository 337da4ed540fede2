"""The client's consent to the individual plan and to sharing information (a FHIR Consent).

Forskrift om habilitering og rehabilitering, individuell plan og koordinator
§ 19 asks the plan to hold the person's consent to the plan and, if given, to
sharing information. A consent is a record of its own: what it covers (its
scope), when it was given, and for sharing *who may see what*. Withdrawing
it is a correction (``withdrawn_on``); the consent as given stays readable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .errors import require, require_text
from .records import RecordMeta


class ConsentKind(str, Enum):
    PLAN = "plan"            # samtykke til planen
    SHARING = "sharing"      # samtykke til å dele opplysninger


CONSENT_KIND_NAMES_NB: dict[ConsentKind, str] = {
    ConsentKind.PLAN: "Samtykke til individuell plan",
    ConsentKind.SHARING: "Samtykke til informasjonsdeling",
}


@dataclass(frozen=True)
class ConsentRecipient:
    """Who may see information (a person, a role or a service), and what they may see."""

    who: str
    may_see: str

    def __post_init__(self) -> None:
        require_text(self.who, "recipients", "Hvem som kan se opplysningene", "Who may see the information")
        require_text(self.may_see, "recipients", "Hva de kan se", "What they may see")


@dataclass(frozen=True)
class Consent:
    """A consent (or refusal) with its scope, date, period and, for sharing, its recipients."""

    meta: RecordMeta
    client_id: str
    kind: ConsentKind
    given: bool                                  # False: the client said no
    date: dt.date
    scope: str
    recipients: tuple[ConsentRecipient, ...] = ()
    valid_until: dt.date | None = None
    plan_id: str = ""                            # the individual plan it concerns
    withdrawn_on: dt.date | None = None
    oral: bool = False                           # given orally (written is the default)

    def __post_init__(self) -> None:
        require_text(self.scope, "scope", "Hva samtykket gjelder", "What the consent covers")
        require(self.valid_until is None or self.valid_until >= self.date, "valid_until",
                "Samtykket kan ikke gjelde til en dato før det ble gitt.",
                "The consent cannot end before the day it was given.")
        require(self.withdrawn_on is None or self.withdrawn_on >= self.date, "withdrawn_on",
                "Samtykket kan ikke trekkes tilbake før det ble gitt.",
                "The consent cannot be withdrawn before it was given.")
        if self.kind is ConsentKind.SHARING and self.given:
            require(bool(self.recipients), "recipients", "Skriv hvem som kan se hva.",
                    "Enter who may see what.")

    def in_force(self, day: dt.date) -> bool:
        """True when the consent was given and holds on ``day``."""
        return (self.given and not self.meta.entered_in_error and self.date <= day
                and (self.valid_until is None or day <= self.valid_until)
                and (self.withdrawn_on is None or day < self.withdrawn_on))


def current_consent(consents: list[Consent], kind: ConsentKind) -> Consent | None:
    """The newest consent of ``kind`` not entered in error (by its date, then when written)."""
    chosen = [c for c in consents if c.kind is kind and not c.meta.entered_in_error]
    return max(chosen, key=lambda c: (c.date, c.meta.recorded_at), default=None)
