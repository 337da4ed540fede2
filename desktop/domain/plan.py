"""The plan: goals in the client's own words, measures, evaluations, the
individual plan (forskrift § 19) and the responsibility group.

Goals and measures *belong to* the individual plan when the client has one
(``plan_id``), and a goal links back to the analysis it came from
(``analysis_id``, see :mod:`desktop.domain.assessment`): kartlegging → analyse
→ mål → tiltak → evaluering is one thread.
"""

from __future__ import annotations

import dataclasses
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
    analysis_id: str = ""   # the analysis the goal builds on ('' when none was recorded)
    plan_id: str = ""       # the individual plan the goal belongs to ('' when none)

    def __post_init__(self) -> None:
        require_text(self.title, "title", "Målet", "The goal")


@dataclass(frozen=True)
class Measure:
    """A tiltak under a goal: what is done, its scope, how it is carried out, by whom, from–to (§ 19)."""

    meta: RecordMeta
    client_id: str
    goal_id: str
    description: str
    responsible: str
    frequency: str
    start: dt.date
    end: dt.date | None = None
    scope: str = ""         # omfang, e.g. "3 timer per uke"
    how: str = ""           # how it is carried out
    plan_id: str = ""       # the individual plan it belongs to (that of its goal)

    def __post_init__(self) -> None:
        require_text(self.description, "description", "Tiltaket", "The measure")
        require_text(self.responsible, "responsible", "Ansvarlig", "Responsible")
        require_text(self.frequency, "frequency", "Hyppighet", "Frequency")
        _period_ok(self.start, self.end, "end")


class EvaluationOutcome(str, Enum):
    """Whether the goal (or what the measure aimed at) was reached."""

    REACHED = "reached"
    PARTLY = "partly"
    NOT_REACHED = "not-reached"


@dataclass(frozen=True)
class Evaluation:
    """A dated evaluation against a goal or a measure: how far it came and what changes next."""

    meta: RecordMeta
    client_id: str
    target_id: str          # the goal or measure evaluated
    text: str
    progress: int | None = None   # 0–10, the client's or worker's rating of progress
    outcome: EvaluationOutcome | None = None
    next_steps: str = ""    # what changes from now on (measures adjusted, a new goal, …)

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
        # The consent fields here are kept for plans written before consents became records of
        # their own (domain.consent.Consent); new plans record consent as such a record.
        if self.consent_to_share:
            require_text(self.consent_scope, "consent_scope", "Omfanget av samtykket", "The consent scope")
            require(self.consent_date is not None, "consent_date",
                    "Oppgi dato for samtykket.", "Give the date of the consent.")

    def check_revision_date(self) -> None:
        """Raise unless the revision date lies in the plan period (checked on save: stored plans
        from before this rule must still read)."""
        require(self.next_revision is None or self.next_revision >= self.period_start, "next_revision",
                "Revisjonsdatoen kan ikke være før planperioden starter.",
                "The revision date cannot be before the plan period starts.")

    def revision(self, today: dt.date) -> "RevisionState | None":
        """Whether the plan's revision is coming up, due today or late (None when not yet near)."""
        if self.next_revision is None or self.meta.entered_in_error:
            return None
        if self.next_revision < today:
            return RevisionState.OVERDUE
        if self.next_revision == today:
            return RevisionState.DUE
        if self.next_revision <= today + dt.timedelta(days=REVISION_NOTICE_DAYS):
            return RevisionState.SOON
        return None


# How long before the revision date the client list starts to show it.
REVISION_NOTICE_DAYS = 14


class RevisionState(str, Enum):
    SOON = "soon"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class GroupMember:
    """A member of the responsibility group and the role they have."""

    name: str
    role: str
    organisation: str = ""
    contact: str = ""
    start: dt.date | None = None   # member from
    end: dt.date | None = None     # member until

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Navn", "Name")
        require_text(self.role, "role", "Rolle", "Role")
        _period_ok(self.start, self.end, "end")

    def active_on(self, day: dt.date) -> bool:
        """True when the person is a member on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ResponsibilityGroup:
    """The ansvarsgruppe around a client."""

    meta: RecordMeta
    client_id: str
    members: tuple[GroupMember, ...]
    name: str = "Ansvarsgruppe"

    def members_on(self, day: dt.date) -> tuple[GroupMember, ...]:
        """The members on ``day`` (earlier members stay in the record, with their end date)."""
        return tuple(m for m in self.members if m.active_on(day))


class TaskOutcome(str, Enum):
    """What a meeting concluded about a task agreed earlier."""

    DONE = "done"
    CONTINUED = "continued"   # carried on to the next meeting, possibly with a new deadline
    DROPPED = "dropped"


@dataclass(frozen=True)
class TaskReview:
    """A task from an earlier meeting, reviewed at this one."""

    task_id: str
    outcome: TaskOutcome
    comment: str = ""
    new_deadline: dt.date | None = None


@dataclass(frozen=True)
class Meeting:
    """A responsibility-group meeting: date, who attended, topics, minutes, agreements,
    and the review of the tasks agreed at earlier meetings."""

    meta: RecordMeta
    client_id: str
    group_id: str
    date: dt.date
    attendees: tuple[str, ...]
    topics: tuple[str, ...]
    minutes: str
    agreements: str = ""
    reviews: tuple[TaskReview, ...] = ()

    def __post_init__(self) -> None:
        require(bool(self.attendees), "attendees", "Oppgi hvem som møtte.", "List who attended.")
        require_text(self.minutes, "minutes", "Referatet", "The minutes")
        reviewed = [r.task_id for r in self.reviews]
        require(len(reviewed) == len(set(reviewed)), "reviews", "En oppgave er gjennomgått to ganger.",
                "A task is reviewed twice.")
        for review in self.reviews:
            require(review.new_deadline is None or review.new_deadline >= self.date, "reviews",
                    "Ny frist kan ikke være før møtet.", "A new deadline cannot be before the meeting.")


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
    dropped: bool = False          # the group decided not to go on with it
    reviewed_in: str = ""          # the meeting that last reviewed it

    def __post_init__(self) -> None:
        require_text(self.description, "description", "Oppgaven", "The task")
        require_text(self.responsible, "responsible", "Ansvarlig", "Responsible")

    @property
    def is_open(self) -> bool:
        return not self.done and not self.dropped

    def is_open_and_late(self, today: dt.date) -> bool:
        """True when the task is still open and its deadline has passed."""
        return self.is_open and self.deadline < today


def tasks_for_review(tasks: list[AgreedTask], meetings: list[Meeting], group_id: str,
                     day: dt.date, meeting_id: str = "") -> list[AgreedTask]:
    """The tasks a meeting of ``group_id`` on ``day`` goes through: those agreed at an earlier
    meeting of the group and still open (and, for a meeting already held, the ones it reviewed).

    Ordered by deadline, so the late ones come first.
    """
    earlier = {m.meta.record_id for m in meetings
               if m.group_id == group_id and m.date <= day and m.meta.record_id != meeting_id
               and not m.meta.entered_in_error}
    reviewed = {r.task_id for m in meetings if m.meta.record_id == meeting_id for r in m.reviews}
    chosen = [t for t in tasks if not t.meta.entered_in_error and t.meeting_id in earlier
              and (t.is_open or t.meta.record_id in reviewed)]
    return sorted(chosen, key=lambda t: (t.deadline, t.description))


def review_changes(task: AgreedTask, review: TaskReview, meeting_id: str) -> dict[str, object]:
    """The changes (for a correction of ``task``) that a meeting's review of it stands for."""
    changes: dict[str, object] = {"reviewed_in": meeting_id}
    if review.outcome is TaskOutcome.DONE:
        changes["done"] = True
    elif review.outcome is TaskOutcome.DROPPED:
        changes["dropped"] = True
    elif review.new_deadline is not None:
        changes["deadline"] = review.new_deadline
    return changes


def unapplied_reviews(tasks: list[AgreedTask], meetings: list[Meeting]) -> list[tuple[AgreedTask, TaskReview, str]]:
    """Reviews whose task does not show them yet: (task, review, meeting id), the newest review per task.

    A meeting and the corrections of the tasks it reviewed are saved one after the
    other; should the second write not happen (a crash, a full disk), the meeting
    still says what was decided, and this finds what is left to apply.
    """
    latest: dict[str, tuple[Meeting, TaskReview]] = {}
    for meeting in sorted((m for m in meetings if not m.meta.entered_in_error), key=lambda m: (m.date, m.meta.recorded_at)):
        for review in meeting.reviews:
            latest[review.task_id] = (meeting, review)
    found = []
    for task in tasks:
        hit = latest.get(task.meta.record_id)
        if hit is not None and not task.meta.entered_in_error and task.reviewed_in != hit[0].meta.record_id:
            found.append((task, hit[1], hit[0].meta.record_id))
    return found


def with_reviews(tasks: list[AgreedTask], meetings: list[Meeting]) -> list[AgreedTask]:
    """The tasks as the meetings' reviews left them (for display; the records are corrected separately)."""
    pending = {t.meta.record_id: dataclasses.replace(t, **review_changes(t, r, mid))  # type: ignore[arg-type]
               for t, r, mid in unapplied_reviews(tasks, meetings)}
    return [pending.get(t.meta.record_id, t) for t in tasks]
