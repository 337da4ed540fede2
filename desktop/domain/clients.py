"""Clients (tjenestemottakere), the worker, and client-level records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .errors import require, require_text
from .identifiers import NationalId, parse_national_id
from .records import RecordMeta


@dataclass(frozen=True)
class Allergy:
    """One CAVE entry: what the client must not have, and what happens."""

    substance: str
    reaction: str = ""
    severity: str = ""  # e.g. "alvorlig"; free text as written on the CAVE card
    source: str = ""        # where the information came from: the client, a relative, the GP, a record …
    recorded_by: str = ""   # who recorded it (name, and HPR number where known)
    recorded_on: dt.date | None = None
    origin: str = ""        # the server's AllergyIntolerance id when it came from the municipal record
    criticality: str = ""   # the record's criticality (low, high, unable-to-assess), as written there
    verification: str = ""  # the record's verification status (confirmed, unconfirmed …)

    def __post_init__(self) -> None:
        require_text(self.substance, "substance", "Stoff/legemiddel", "Substance")

    @property
    def from_server(self) -> bool:
        """True for a CAVE entry from the municipal record: the prescriber's, read-only here."""
        return bool(self.origin)


@dataclass(frozen=True)
class Relative:
    """A pårørende."""

    name: str
    relation: str
    phone: str = ""
    next_of_kin: bool = False

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Navn", "Name")


@dataclass(frozen=True)
class Client:
    """A person the worker serves."""

    meta: RecordMeta
    name: str
    national_id: str
    address: str = ""
    phone: str = ""
    allergies: tuple[Allergy, ...] = ()
    relatives: tuple[Relative, ...] = ()
    responsible_unit: str = ""

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Navn", "Name")
        parse_national_id(self.national_id)

    @property
    def client_id(self) -> str:
        return self.meta.record_id

    @property
    def identity(self) -> NationalId:
        return parse_national_id(self.national_id)

    @property
    def birth_date(self) -> dt.date:
        return self.identity.birth_date

    @property
    def has_cave(self) -> bool:
        return bool(self.allergies)


@dataclass(frozen=True)
class Worker:
    """The signed-in vernepleier, as a record (a FHIR Practitioner)."""

    meta: RecordMeta
    name: str
    hpr: str


class YesNoUnknown(str, Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ChildrenAsRelatives:
    """Helsepersonelloven § 10 a: minor children or siblings, and their follow-up."""

    meta: RecordMeta
    client_id: str
    has_minor_children: YesNoUnknown
    assessment_made: bool
    follow_up: str = ""
    children_count: int | None = None

    def __post_init__(self) -> None:
        require(self.children_count is None or self.children_count >= 0, "children_count",
                "Antall barn kan ikke være negativt.", "The number of children cannot be negative.")
        if self.has_minor_children is YesNoUnknown.YES:
            require(self.assessment_made or bool(self.follow_up.strip()), "follow_up",
                    "Beskriv vurderingen av barnas behov.",
                    "Describe the assessment of the children's needs.")

