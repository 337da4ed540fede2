"""The use cases the GUI, the command line and the tests share.

Every write goes through :class:`Ambulant`, which builds domain records, checks
the rules, and saves each record with its outbox row and audit event in one
transaction. Nothing here knows about Qt or HTTP.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..support.catalogue_files import shipped_catalogue
from ..domain import medication_rules as rules
from ..domain.clients import Allergy, ChildrenAsRelatives, Client, Relative, YesNoUnknown
from ..domain.drug_catalogue import DrugCatalogue
from ..domain.errors import DomainError
from ..domain.kinds import OBSERVATION_KINDS, client_id_of
from ..domain.medication import (ORDER_EDITABLE_FIELDS, Administration, AdministrationStatus,
                                ControlledClass, DoubleCheckPolicy, Dose, EffectEvaluation,
                                MedicationOrder, OrderKind)
from ..domain.observation import (Chapter9Registration, Incident, JournalNote, Measurement,
                                 Severity)
from ..domain.plan import (AgreedTask, Evaluation, Goal, GroupMember, IndividualPlan, Measure,
                          Meeting, ResponsibilityGroup)
from ..domain.records import RecordMeta, WorkerRef, correct, enter_in_error, new_meta
from ..sheets.sheet_model import DEFAULT_DAYS, check_period, select_orders
from ..domain.clock import utcnow
from ..domain.audit import AuditAction, AuditEvent
from ..store.database import Database
from ..store.outbox import OutboxCounts, OutboxState


@dataclass(frozen=True)
class Status:
    """What is in the database and what waits for the server."""

    clients: int
    records: dict[str, int]
    outbox: OutboxCounts
    worker: WorkerRef
    last_sync: str | None

    def as_json(self) -> dict[str, Any]:
        return {"clients": self.clients, "records": self.records,
                "outbox": dataclasses.asdict(self.outbox),
                "worker": {"name": self.worker.name, "hpr": self.worker.hpr},
                "last_sync": self.last_sync}


@dataclass(frozen=True)
class SyncStatus:
    """The status bar's line: records waiting to be sent, failed ones, the last sync, who is signed in."""

    pending: int
    failed: int
    last_sync: str | None
    worker: WorkerRef


@dataclass(frozen=True)
class ClientOverview:
    """Everything the three tabs show for one client, read in one go."""

    client: Client
    orders: list[MedicationOrder]
    doses_today: list[rules.DueDose]
    prn_administrations: list[Administration]
    follow_ups: list[rules.PendingFollowUp]
    notes: list[JournalNote]
    measurements: list[Measurement]
    incidents: list[Incident]
    chapter9: list[Chapter9Registration]
    children: ChildrenAsRelatives | None
    goals: list[Goal]
    measures: list[Measure]
    evaluations: list[Evaluation]
    individual_plan: IndividualPlan | None
    groups: list[ResponsibilityGroup]
    meetings: list[Meeting]
    tasks: list[AgreedTask]


@dataclass(frozen=True)
class MedicationSheetData:
    """Everything the medication sheet is built from (the arguments of ``build_medication_sheet``)."""

    client: Client
    orders: list[MedicationOrder]
    start: dt.date
    days: int
    printed_by: WorkerRef
    printed_at: dt.datetime
    responsible_unit: str
    policy: DoubleCheckPolicy


@dataclass(frozen=True)
class ClientMarks:
    """What needs attention for one client today (marks in the client list)."""

    doses_left: int          # planned doses today not yet signed (upcoming, due or overdue)
    overdue_doses: int
    overdue_follow_ups: int  # as-needed doses waiting for their effect evaluation, and late agreed tasks

    @property
    def any(self) -> bool:
        return bool(self.doses_left or self.overdue_doses or self.overdue_follow_ups)


@dataclass(frozen=True)
class FailedSyncRecord:
    """An outbox row the server refused, described for the failures list: what, whose, when, and why."""

    seq: int
    kind: str                   # the record kind ("note", "administration", …) or "audit"
    client_name: str | None     # the client it is about, when it is about one
    at: dt.datetime | None      # when it happened (the record's event time, the audit event's time)
    reason: str                 # the server's own words (OperationOutcome text)


# The newest journal notes an overview reads (the window asks for fewer, then more on request).
NOTES_LIMIT = 200


def parse_decimal(text: str, field: str) -> Decimal:
    """A number typed by a user ("37,5" or "37.5"), or a DomainError naming ``field``."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise DomainError(field, "Skriv et tall.", "Enter a number.") from None
    if not value.is_finite():
        raise DomainError(field, "Skriv et tall.", "Enter a number.")
    return value


class Ambulant:
    """The application's use cases for one unlocked database and one worker."""

    def __init__(self, db: Database, worker: WorkerRef | None = None,
                 clock: Callable[[], dt.datetime] = utcnow,
                 policy: DoubleCheckPolicy | None = None) -> None:
        self.db = db
        self.worker = worker or db.worker
        self.clock = clock
        self.policy = policy or DoubleCheckPolicy()
        self._drug_catalogue: DrugCatalogue | None = None

    # -- helpers ----------------------------------------------------------

    def _meta(self, occurred_at: dt.datetime | None = None) -> RecordMeta:
        return new_meta(self.worker, self.db.device_id, self.clock(), occurred_at)

    def _save(self, record: Any, action: AuditAction = AuditAction.CREATE) -> Any:
        self.db.save([record], self.worker, action, self.clock())
        return record

    def _get(self, record_id: str, expected: type | None = None) -> Any:
        with self.db.reading():
            record = self.db.records.get(record_id)
        if record is None or (expected is not None and not isinstance(record, expected)):
            raise DomainError("record_id", "Fant ikke oppføringen.", "No such entry.")
        return record

    # -- clients ----------------------------------------------------------

    def create_client(self, name: str, national_id: str, address: str = "", phone: str = "",
                      allergies: tuple[Allergy, ...] = (), relatives: tuple[Relative, ...] = (),
                      responsible_unit: str = "") -> Client:
        """Register a new client."""
        nid = "".join(national_id.split())
        if any(c.national_id == nid for c in self.list_clients()):
            raise DomainError("national_id", "Det finnes allerede en bruker med dette fødselsnummeret.",
                              "A client with this national identity number already exists.")
        return self._save(Client(self._meta(), name.strip(), nid, address, phone,
                                 tuple(allergies), tuple(relatives), responsible_unit))

    def list_clients(self, search: str = "") -> list[Client]:
        """Active clients by name; ``search`` matches name, national id or birth date (dd.mm.yyyy)."""
        with self.db.reading():
            clients = self.db.records.current("client", include_in_error=False)
        needle = search.strip().lower()
        if needle:
            clients = [c for c in clients if needle in c.name.lower() or needle in c.national_id
                       or needle in c.birth_date.strftime("%d.%m.%Y")]
        return sorted(clients, key=lambda c: c.name.lower())

    def find_client(self, key: str) -> Client:
        """A client by record id or national id."""
        key = key.strip()
        for client in self.list_clients():
            if key in (client.client_id, client.national_id):
                return client
        raise DomainError("client", f"Fant ingen bruker «{key}».", f'No client "{key}".')

    def get_client(self, client_id: str) -> Client:
        return self._get(client_id, Client)

    def open_client(self, client_id: str, day: dt.date | None = None,
                    notes_limit: int = NOTES_LIMIT) -> ClientOverview:
        """Everything about one client, and an audit entry saying who looked."""
        client = self.get_client(client_id)
        self.db.log_access(self.worker, AuditAction.READ, self.clock(), client_id, "overview")
        return self.overview(client, day, notes_limit)

    def overview(self, client: Client, day: dt.date | None = None,
                 notes_limit: int = NOTES_LIMIT) -> ClientOverview:
        """Read a client's records for the three tabs (no audit entry: call :meth:`open_client`)."""
        now = self.clock()
        day = day or now.astimezone(rules.LOCAL_TZ).date()
        start, end = rules.day_bounds(day)
        cid = client.client_id
        recs = self.db.records
        with self.db.reading():
            orders = recs.current("order", cid)
            administrations = recs.current("administration", cid, since=start - dt.timedelta(days=1), until=end)
            evaluations_prn = recs.current("effect_evaluation", cid, since=start - dt.timedelta(days=1))
            children = recs.current("children_as_relatives", cid, include_in_error=False)
            plans = recs.current("individual_plan", cid, include_in_error=False)
            result = dict(
                notes=recs.current("note", cid, newest_first=True, limit=notes_limit),
                measurements=recs.current("measurement", cid, since=now - dt.timedelta(days=90)),
                incidents=recs.current("incident", cid, newest_first=True, limit=100),
                chapter9=recs.current("chapter9", cid, newest_first=True, limit=100),
                goals=recs.current("goal", cid), measures=recs.current("measure", cid),
                evaluations=recs.current("evaluation", cid, newest_first=True),
                groups=recs.current("responsibility_group", cid, include_in_error=False),
                meetings=recs.current("meeting", cid, newest_first=True),
                tasks=recs.current("agreed_task", cid))
        prn_ids = {o.order_id for o in orders if o.as_needed}
        return ClientOverview(
            client=client, orders=orders,
            doses_today=rules.due_doses(orders, administrations, start, end, now),
            prn_administrations=[a for a in administrations if a.order_id in prn_ids],
            follow_ups=rules.pending_effect_follow_ups(orders, administrations, evaluations_prn, now),
            children=children[-1] if children else None,
            individual_plan=plans[-1] if plans else None, **result)

    def record_children_as_relatives(self, client_id: str, has_minor_children: YesNoUnknown,
                                     assessment_made: bool, follow_up: str = "",
                                     children_count: int | None = None) -> ChildrenAsRelatives:
        """Helsepersonelloven § 10 a: record whether the client has minor children and their follow-up."""
        self.get_client(client_id)
        return self._save(ChildrenAsRelatives(self._meta(), client_id, has_minor_children,
                                              assessment_made, follow_up, children_count))

    # -- medication -------------------------------------------------------

    def add_order(self, client_id: str, drug_name: str, strength: str, form: str, route: str,
                  dose: Dose, kind: OrderKind, indication: str, start: dt.date, prescriber: str,
                  ordered_on: dt.date, times: tuple[dt.time, ...] = (), **optional: Any) -> MedicationOrder:
        """Enter an order from the prescriber (or a paper ordinasjonskort)."""
        self.get_client(client_id)
        if "controlled" in optional and isinstance(optional["controlled"], str):
            optional["controlled"] = ControlledClass(optional["controlled"])
        order = MedicationOrder(self._meta(), client_id, drug_name.strip(), strength, form, route, dose,
                                kind, indication, start, prescriber, ordered_on,
                                tuple(sorted(times)), **optional)
        return self._save(order)

    def drug_catalogue(self) -> DrugCatalogue:
        """The catalogue the order form suggests drugs from (the shipped list; read once per instance)."""
        if self._drug_catalogue is None:
            self._drug_catalogue = shipped_catalogue()
        return self._drug_catalogue

    def orders(self, client_id: str) -> list[MedicationOrder]:
        """The client's medication list (stopped and erroneous orders included)."""
        with self.db.reading():
            return self.db.records.current("order", client_id)

    def requires_second_signer(self, order: MedicationOrder) -> bool:
        return self.policy.requires_second_signer(order)

    def record_administration(self, order_id: str, status: AdministrationStatus,
                              dose: Dose | None = None, at: dt.datetime | None = None,
                              scheduled_for: dt.datetime | None = None,
                              second_signer: WorkerRef | None = None, reason: str = "",
                              prn_reason: str = "", note: str = "",
                              allow_over_max: bool = False) -> Administration:
        """Sign a dose: given, not given, refused or self-administered."""
        order: MedicationOrder = self._get(order_id, MedicationOrder)
        at = at or self.clock()
        if dose is None and status in (AdministrationStatus.GIVEN, AdministrationStatus.SELF_ADMINISTERED):
            dose = order.dose
        administration = Administration(self._meta(at), order.client_id, order_id, status, dose,
                                        scheduled_for, second_signer, reason.strip(), prn_reason.strip(), note)
        earlier: list[Administration] = []
        if order.as_needed:
            with self.db.reading():
                earlier = self.db.records.current("administration", order.client_id,
                                                  since=at - dt.timedelta(hours=24), until=at + dt.timedelta(seconds=1))
        rules.check_administration(order, administration, self.policy, earlier, allow_over_max)
        return self._save(administration)

    def record_effect(self, administration_id: str, effect: str, rating: int | None = None) -> EffectEvaluation:
        """Answer the follow-up of an as-needed dose."""
        adm: Administration = self._get(administration_id, Administration)
        return self._save(EffectEvaluation(self._meta(), adm.client_id, administration_id, effect.strip(), rating))

    def due_doses(self, client_id: str, day: dt.date | None = None) -> list[rules.DueDose]:
        """The fixed doses of a day and their state now."""
        return self.overview(self.get_client(client_id), day).doses_today

    def day_marks(self, client_id: str | None = None) -> dict[str, ClientMarks]:
        """Today's marks per client (one client, or all): doses left, overdue doses, overdue follow-ups."""
        now = self.clock()
        start, end = rules.day_bounds(now.astimezone(rules.LOCAL_TZ).date())
        recs = self.db.records
        with self.db.reading():
            orders = recs.current("order", client_id, include_in_error=False)
            administrations = recs.current("administration", client_id, since=start - dt.timedelta(days=1),
                                           until=end)
            evaluations = recs.current("effect_evaluation", client_id, since=start - dt.timedelta(days=1))
            tasks = recs.current("agreed_task", client_id, include_in_error=False)
        today = start.date()
        by_client: dict[str, list[MedicationOrder]] = {}
        for order in orders:
            by_client.setdefault(order.client_id, []).append(order)
        given: dict[str, list[Administration]] = {}
        for adm in administrations:
            given.setdefault(adm.client_id, []).append(adm)
        answered: dict[str, list[EffectEvaluation]] = {}
        for evaluation in evaluations:
            answered.setdefault(evaluation.client_id, []).append(evaluation)
        late_tasks: dict[str, int] = {}
        for task in tasks:
            if task.is_open_and_late(today):
                late_tasks[task.client_id] = late_tasks.get(task.client_id, 0) + 1
        marks = {}
        for cid in set(by_client) | set(late_tasks):
            own = by_client.get(cid, [])
            doses = rules.due_doses(own, given.get(cid, []), start, end, now)
            follow = rules.pending_effect_follow_ups(own, given.get(cid, []), answered.get(cid, []), now)
            marks[cid] = ClientMarks(
                doses_left=sum(1 for d in doses if d.administration is None),
                overdue_doses=sum(1 for d in doses if d.state is rules.DoseState.OVERDUE),
                overdue_follow_ups=sum(1 for f in follow if f.overdue) + late_tasks.get(cid, 0))
        return marks

    # -- observations -----------------------------------------------------

    def write_note(self, client_id: str, text: str, at: dt.datetime | None = None,
                   category: str = "dagsrapport") -> JournalNote:
        """Write a journal note."""
        self.get_client(client_id)
        return self._save(JournalNote(self._meta(at), client_id, text.strip(), category))

    def record_measurement(self, client_id: str, kind: str, value: Decimal | str,
                           at: dt.datetime | None = None, comment: str = "") -> Measurement:
        """Record a measurement; text values are read as Norwegian or English decimals."""
        self.get_client(client_id)
        if isinstance(value, str):
            value = parse_decimal(value, "value")
        return self._save(Measurement(self._meta(at), client_id, kind, value, comment))

    def record_incident(self, client_id: str, description: str, severity: Severity,
                        actions: str = "", at: dt.datetime | None = None) -> Incident:
        """Record an incident."""
        self.get_client(client_id)
        return self._save(Incident(self._meta(at), client_id, description.strip(), severity, actions))

    def record_chapter9(self, client_id: str, start: dt.datetime, end: dt.datetime,
                        answers: dict[str, str], reported_to_statsforvalter: bool = False,
                        reported_to_professional_lead: bool = False) -> Chapter9Registration:
        """Register an emergency intervention (hol. kap. 9) with the configured fields.

        Sending the report later is recorded as a correction with the ``reported_to_*`` flags set.
        """
        self.get_client(client_id)
        registration = Chapter9Registration(self._meta(start), client_id, start, end,
                                            tuple((k, v.strip()) for k, v in answers.items()),
                                            reported_to_statsforvalter, reported_to_professional_lead)
        registration.validate()
        return self._save(registration)

    # -- plan -------------------------------------------------------------

    def add_goal(self, client_id: str, title: str, own_words: str, client_participated: bool,
                 area: str = "", target_date: dt.date | None = None) -> Goal:
        """Add a goal in the client's own words."""
        self.get_client(client_id)
        return self._save(Goal(self._meta(), client_id, title.strip(), own_words.strip(),
                               client_participated, area, target_date))

    def add_measure(self, goal_id: str, description: str, responsible: str, frequency: str,
                    start: dt.date, end: dt.date | None = None) -> Measure:
        """Add a measure under a goal."""
        goal: Goal = self._get(goal_id, Goal)
        return self._save(Measure(self._meta(), goal.client_id, goal_id, description.strip(),
                                  responsible.strip(), frequency.strip(), start, end))

    def add_evaluation(self, target_id: str, text: str, progress: int | None = None,
                       at: dt.datetime | None = None) -> Evaluation:
        """Evaluate a goal or a measure."""
        target = self._get(target_id)
        if not isinstance(target, (Goal, Measure)):
            raise DomainError("target_id", "Evaluering må gjelde et mål eller et tiltak.",
                              "An evaluation must concern a goal or a measure.")
        return self._save(Evaluation(self._meta(at), target.client_id, target_id, text.strip(), progress))

    def set_individual_plan(self, client_id: str, **fields: Any) -> IndividualPlan:
        """Create the individual plan, or correct it as a new version."""
        self.get_client(client_id)
        with self.db.reading():
            existing = self.db.records.current("individual_plan", client_id, include_in_error=False)
        if existing:
            return self.correct(existing[-1].meta.record_id, **fields)
        return self._save(IndividualPlan(self._meta(), client_id, **fields))

    def add_responsibility_group(self, client_id: str, members: tuple[GroupMember, ...],
                                 name: str = "Ansvarsgruppe") -> ResponsibilityGroup:
        """Set up the client's responsibility group."""
        self.get_client(client_id)
        return self._save(ResponsibilityGroup(self._meta(), client_id, tuple(members), name))

    def add_meeting(self, group_id: str, date: dt.date, attendees: tuple[str, ...],
                    topics: tuple[str, ...], minutes: str) -> Meeting:
        """Record a responsibility-group meeting and its minutes."""
        group: ResponsibilityGroup = self._get(group_id, ResponsibilityGroup)
        at = dt.datetime.combine(date, dt.time(12), tzinfo=rules.LOCAL_TZ)
        return self._save(Meeting(self._meta(at), group.client_id, group_id, date,
                                  tuple(attendees), tuple(topics), minutes.strip()))

    def add_task(self, meeting_id: str, description: str, responsible: str, deadline: dt.date) -> AgreedTask:
        """Record a task agreed in a meeting."""
        meeting: Meeting = self._get(meeting_id, Meeting)
        return self._save(AgreedTask(self._meta(), meeting.client_id, meeting_id, description.strip(),
                                     responsible.strip(), deadline))

    # -- corrections ------------------------------------------------------

    def correct(self, record_id: str, **changes: Any) -> Any:
        """Save a corrected version of a record; the old version stays readable."""
        record = self._get(record_id)
        allowed = ORDER_EDITABLE_FIELDS if isinstance(record, MedicationOrder) else None
        new = correct(record, self.worker, self.db.device_id, self.clock(), allowed, **changes)
        return self._save(new, AuditAction.CORRECT)

    def enter_in_error(self, record_id: str, reason: str) -> Any:
        """Mark a record entered in error, with the reason; nothing is deleted."""
        record = self._get(record_id)
        return self._save(enter_in_error(record, reason, self.worker, self.db.device_id, self.clock()),
                          AuditAction.ENTER_IN_ERROR)

    def history(self, record_id: str) -> list[Any]:
        """Every version of a record, oldest first."""
        with self.db.reading():
            return self.db.records.history(record_id)

    def access_log(self, client_id: str) -> list[AuditEvent]:
        """Who read or wrote this client's record, newest first."""
        with self.db.reading():
            return self.db.audit.for_client(client_id)

    def log_print(self, client_id: str, detail: str) -> None:
        """Note in the audit log that something about the client was printed."""
        self.db.log_access(self.worker, AuditAction.PRINT, self.clock(), client_id, detail)

    # -- medication sheet -------------------------------------------------

    def sheet_data(self, client_id: str, start: dt.date | None = None,
                   days: int = DEFAULT_DAYS) -> MedicationSheetData:
        """The client, the medication list and the printing worker for a sheet (no audit entry).

        ``start`` defaults to today. Raises DomainError for a bad period or an
        unknown client before anything is read.
        """
        start = start or self.clock().astimezone(rules.LOCAL_TZ).date()
        check_period(start, days)
        client = self.get_client(client_id)
        return MedicationSheetData(client, self.orders(client_id), start, days, self.worker, self.clock(),
                                   client.responsible_unit, self.policy)

    def medication_sheet_pdf(self, client_id: str, start: dt.date | None = None,
                             days: int = DEFAULT_DAYS) -> bytes:
        """The medication sheet as PDF bytes, for a preview (call :meth:`log_sheet_printed` when printed)."""
        # reportlab is imported here, not at start-up: only printing needs it.
        from ..sheets.medication_sheet import build_medication_sheet
        data = self.sheet_data(client_id, start, days)
        return build_medication_sheet(data.client, data.orders, data.start, data.days, data.printed_by,
                                      data.printed_at, data.responsible_unit, data.policy)

    def log_sheet_printed(self, client_id: str, start: dt.date, days: int, destination: str = "skriver") -> None:
        """Audit entry for a printed or saved medication sheet: who (the worker), which client, which period."""
        self._log_sheet(client_id, start, days, self.orders(client_id), destination)

    def _log_sheet(self, client_id: str, start: dt.date, days: int, orders: list[MedicationOrder],
                   destination: str) -> None:
        period = check_period(start, days)
        version = select_orders(orders, period).version.code
        self.log_print(client_id, f"legemiddelark {period.label()}, listeversjon {version}, {destination}")

    def save_medication_sheet(self, client_id: str, path: Path, start: dt.date | None = None,
                              days: int = DEFAULT_DAYS) -> MedicationSheetData:
        """Write the medication sheet to ``path`` (whole or not at all) and log the print."""
        from ..sheets.medication_sheet import write_medication_sheet
        data = self.sheet_data(client_id, start, days)
        write_medication_sheet(data.client, data.orders, data.start, data.days, data.printed_by,
                               data.printed_at, Path(path), data.responsible_unit, data.policy)
        self._log_sheet(client_id, data.start, data.days, data.orders, "lagret som PDF")
        return data

    # -- status -----------------------------------------------------------

    def sync_status(self) -> SyncStatus:
        """What the status bar shows, cheaply: rows waiting for the server, the last sync, the worker."""
        with self.db.reading():
            waiting = self.db.outbox.waiting()
        return SyncStatus(waiting.pending, waiting.failed, self.db.get_setting("last_sync"), self.worker)

    def failed_sync_records(self) -> list[FailedSyncRecord]:
        """Rows the server refused (oldest first), each with its kind, client, time and the server's reason."""
        with self.db.reading():
            rows = self.db.outbox.entries(OutboxState.FAILED)
            versions = self.db.records.get_versions([r.ref for r in rows if r.entity == "record"])
            events = self.db.audit.get_many([r.ref for r in rows if r.entity == "audit"])
            client_ids = ({client_id_of(v) for v in versions.values()} |
                          {e.client_id for e in events.values()}) - {None}
            clients = {cid: self.db.records.get(cid) for cid in client_ids}
        found = []
        for row in rows:
            record, event = versions.get(row.ref), events.get(row.ref)
            client_id = client_id_of(record) if record is not None else event.client_id if event else None
            client = clients.get(client_id) if client_id else None
            at = record.meta.occurred_at if record is not None else event.at if event is not None else None
            found.append(FailedSyncRecord(row.seq, row.kind, getattr(client, "name", None), at,
                                          row.last_error or ""))
        return found

    def status(self) -> Status:
        """Counts of clients, records by kind, and the outbox."""
        with self.db.reading():
            counts = self.db.records.counts()
            outbox = self.db.outbox.counts()
        plan_kinds = ("goal", "measure", "evaluation", "individual_plan", "responsibility_group",
                      "meeting", "agreed_task")
        records = {"administrations": counts.get("administration", 0),
                   "notes": counts.get("note", 0),
                   "observations": sum(counts.get(k, 0) for k in OBSERVATION_KINDS),
                   "orders": counts.get("order", 0),
                   "plan": sum(counts.get(k, 0) for k in plan_kinds),
                   "by_kind": counts}
        return Status(clients=len(self.list_clients()), records=records, outbox=outbox,
                      worker=self.worker, last_sync=self.db.get_setting("last_sync"))

