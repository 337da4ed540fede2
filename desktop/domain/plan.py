"""The plan: goals in the client's own words, measures, evaluations, the
individual plan (forskrift § 19) and the responsibility group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .errors import require, require_text
from .records import RecordMeta


def _period_ok(start: dt.date | None, end: dt.date | None, field: str) -> None:
    require(start is None or end is None or end >= start, field,
            "Sluttdato kan ikke være før startdato.", "The end date cannot be before the start date.")


class GoalStatus(str, Enum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class Goal:
    """A goal as the client puts it, and whether the client took part in setting it."""

    meta: RecordMeta
    client_id: str
    title: str
    own_words: str
    client_participated: bool
    area: str = ""          # e.g. "bolig", "helse", "arbeid og aktivitet"
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE

    def __post_init__(self) -> None:
        require_text(self.title, "title", "Målet", "The goal")


@dataclass(frozen=True)
class Measure:
    """A tiltak under a goal: what is done, by whom, how often, from when."""

    meta: RecordMeta
    client_id: str
    goal_id: str
    description: str
    responsible: str
    frequency: str
    start: dt.date
    end: dt.date | None = None

    def __post_init__(self) -> None:
        require_text(self.description, "description", "Tiltaket", "The measure")
        require_text(self.responsible, "responsible", "Ansvarlig", "Responsible")
        require_text(self.frequency, "frequency", "Hyppighet", "Frequency")
        _period_ok(self.start, self.end, "end")


@dataclass(frozen=True)
class Evaluation:
    """A dated evaluation against a goal or a measure."""

    meta: RecordMeta
    client_id: str
    target_id: str          # the goal or measure evaluated
    text: str
    progress: int | None = None   # 0–10, the client's or worker's rating of progress

    def __post_init__(self) -> None:
        require_text(self.text, "text", "Evalueringen", "The evaluation")
        require(self.progress is None or 0 <= self.progress <= 10, "progress",
                "Fremgang må være mellom 0 og 10.", "Progress must be between 0 and 10.")


@dataclass(frozen=True)
class IndividualPlan:
    """The fields forskrift om habilitering og rehabilitering § 19 asks for."""

    meta: RecordMeta
    client_id: str
    coordinator: str
    participants: tuple[str, ...]
    period_start: dt.date
    period_end: dt.date | None
    next_revision: dt.date | None
    resources: str = ""
    needs: str = ""
    contributions: str = ""        # what each party contributes
    collaboration: str = ""        # collaboration with other services
    consent_to_plan: bool = False
    consent_to_share: bool = False
    consent_scope: str = ""
    consent_date: dt.date | None = None

    def __post_init__(self) -> None:
        require_text(self.coordinator, "coordinator", "Koordinator", "Coordinator")
        _period_ok(self.period_start, self.period_end, "period_end")
        if self.consent_to_share:
            require_text(self.consent_scope, "consent_scope", "Omfanget av samtykket", "The consent scope")
            require(self.consent_date is not None, "consent_date",
                    "Oppgi dato for samtykket.", "Give the date of the consent.")


@dataclass(frozen=True)
class GroupMember:
    """A member of the responsibility group and the role they have."""

    name: str
    role: str
    organisation: str = ""
    contact: str = ""

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Navn", "Name")
        require_text(self.role, "role", "Rolle", "Role")


@dataclass(frozen=True)
class ResponsibilityGroup:
    """The ansvarsgruppe around a client."""

    meta: RecordMeta
    client_id: str
    members: tuple[GroupMember, ...]
    name: str = "Ansvarsgruppe"


@dataclass(frozen=True)
class Meeting:
    """A responsibility-group meeting: date, who attended, topics, minutes."""

    meta: RecordMeta
    client_id: str
    group_id: str
    date: dt.date
    attendees: tuple[str, ...]
    topics: tuple[str, ...]
    minutes: str

    def __post_init__(self) -> None:
        require(bool(self.attendees), "attendees", "Oppgi hvem som møtte.", "List who attended.")
        require_text(self.minutes, "minutes", "Referatet", "The minutes")


@dataclass(frozen=True)
class AgreedTask:
    """A task agreed in a meeting, with the member responsible and a deadline."""

    meta: RecordMeta
    client_id: str
    meeting_id: str
    description: str
    responsible: str
    deadline: dt.date
    done: bool = False

    def __post_init__(self) -> None:
        require_text(self.description, "description", "Oppgaven", "The task")
        require_text(self.responsible, "responsible", "Ansvarlig", "Responsible")

    def is_open_and_late(self, today: dt.date) -> bool:
        """True when the task is not done and its deadline has passed."""
        return not self.done and self.deadline < today
