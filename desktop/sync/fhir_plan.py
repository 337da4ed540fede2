"""The plan: goal → Goal, measure → CarePlan, evaluation → Observation,
individual plan → CarePlan, responsibility group → CareTeam,
meeting → Communication, agreed task → Task.

Choices:

* **One CarePlan per measure**, its single activity being the measure and its
  ``goal`` the Goal it serves. A measure is a record of its own (created,
  corrected, ended on its own), so it gets a resource of its own and each
  correction is one idempotent PUT; a per-client CarePlan listing all measures
  would have to be rebuilt from many records on every change.
* The **individual plan** is a separate CarePlan (category *individuell-plan*)
  holding what forskrift § 19 asks for; coordinator, next revision and consent
  are extensions because CarePlan has no elements for them.
* An **evaluation** is an Observation whose ``focus`` is the Goal or the
  measure's CarePlan.
* A **meeting** of the responsibility group is a Communication about the
  CareTeam: the minutes are the payload, the attendees the recipients, the
  topics the topic. An **agreed task** is a Task whose ``focus`` is the meeting.
* The working model's links: a goal names the analysis it builds on and the
  individual plan it belongs to (extensions: Goal has no element for either);
  a measure's CarePlan is ``partOf`` the individual plan's CarePlan, with its
  scope as an extension and how it is carried out as the ``description``. An
  evaluation says whether the goal was reached (a coded component) and what
  changes next. The agreements of a meeting are a second payload, and the
  tasks it reviewed are what it is ``about`` besides the CareTeam; a task the
  group dropped is *cancelled*.
"""

from __future__ import annotations

from ..domain.plan import (AgreedTask, Evaluation, EvaluationOutcome, Goal, GoalStatus, IndividualPlan, Measure,
                           Meeting, ResponsibilityGroup, TaskOutcome)
from . import fhir_codes as codes
from .fhir_common import (Json, MappingContext, annotation, base_resource, compact, concept, date, date_time,
                          display_ref, observation_status, patient_ref, practitioner_ref, record_identifier,
                          reference, text_concept)

_SD = f"{codes.LOCAL_BASE}/StructureDefinition"
EXT_GOAL_ANALYSIS = f"{_SD}/goal-analysis"
EXT_GOAL_PLAN = f"{_SD}/goal-individual-plan"
EXT_MEASURE_SCOPE = f"{_SD}/measure-scope"
EXT_TASK_REVIEWED_IN = f"{_SD}/task-reviewed-in"
OUTCOME_CODES = f"{codes.LOCAL_BASE}/CodeSystem/evaluation-outcome"
_OUTCOME_DISPLAY = {EvaluationOutcome.REACHED: "Nådd", EvaluationOutcome.PARTLY: "Delvis nådd",
                    EvaluationOutcome.NOT_REACHED: "Ikke nådd"}
_REVIEW_DISPLAY = {TaskOutcome.DONE: "utført", TaskOutcome.CONTINUED: "videreføres", TaskOutcome.DROPPED: "avsluttet"}

_GOAL_STATUS = {GoalStatus.ACTIVE: "active", GoalStatus.ACHIEVED: "completed", GoalStatus.PAUSED: "on-hold",
                GoalStatus.ENDED: "cancelled"}


def goal(g: Goal) -> Json:
    """A goal in the client's own words; expressedBy the client when the client took part."""
    meta = g.meta
    resource = base_resource("Goal", meta)
    resource["extension"].append({"url": codes.EXT_CLIENT_PARTICIPATED, "valueBoolean": g.client_participated})
    if g.analysis_id:
        resource["extension"].append({"url": EXT_GOAL_ANALYSIS,
                                      "valueReference": reference("ClinicalImpression", g.analysis_id)})
    if g.plan_id:
        resource["extension"].append({"url": EXT_GOAL_PLAN, "valueReference": reference("CarePlan", g.plan_id)})
    resource.update({
        "lifecycleStatus": "entered-in-error" if meta.entered_in_error else _GOAL_STATUS[g.status],
        "achievementStatus": concept(codes.GOAL_ACHIEVEMENT, "achieved", "Achieved")
        if g.status is GoalStatus.ACHIEVED else None,
        "category": [text_concept(g.area)] if g.area else None,
        "description": {"text": g.title},
        "subject": patient_ref(g.client_id),
        "startDate": meta.occurred_at.date().isoformat(),
        "target": [{"dueDate": date(g.target_date)}] if g.target_date else None,
        "statusDate": meta.recorded_at.date().isoformat(),
        "expressedBy": patient_ref(g.client_id) if g.client_participated else practitioner_ref(meta.author),
        "note": [annotation(f"Med brukerens egne ord: {g.own_words}")] if g.own_words else None,
    })
    return compact(resource)


def measure(m: Measure) -> Json:
    """A measure (tiltak) as a CarePlan with one activity, serving its goal."""
    meta = m.meta
    in_error = meta.entered_in_error
    resource = base_resource("CarePlan", meta)
    if m.scope:
        resource["extension"].append({"url": EXT_MEASURE_SCOPE, "valueString": m.scope})
    resource.update({
        "status": "entered-in-error" if in_error else "active",
        "intent": "plan",
        "category": [concept(codes.CATEGORY_CODES, "measure", "Tiltak")],
        "title": m.description,
        "description": m.how or None,
        "partOf": [reference("CarePlan", m.plan_id)] if m.plan_id else None,
        "subject": patient_ref(m.client_id),
        "period": {"start": date(m.start), "end": date(m.end) if m.end else None},
        "created": date_time(meta.recorded_at),
        "author": practitioner_ref(meta.author),
        "goal": [reference("Goal", m.goal_id)],
        "activity": [{"detail": {
            "status": "entered-in-error" if in_error else "in-progress",
            "description": m.description,
            "scheduledString": m.frequency,
            "performer": [display_ref(m.responsible)],
            "goal": [reference("Goal", m.goal_id)],
        }}],
    })
    return compact(resource)


def evaluation(e: Evaluation, context: MappingContext) -> Json:
    """A dated evaluation, focused on the goal or measure it evaluates."""
    meta = e.meta
    target = context.record(e.target_id)
    focus_type = "CarePlan" if isinstance(target, Measure) else "Goal"
    resource = base_resource("Observation", meta)
    resource.update({
        "status": observation_status(meta),
        "code": concept(codes.OBSERVATION_CODES, "plan-evaluation", "Evaluering", "Evaluering"),
        "subject": patient_ref(e.client_id),
        "focus": [reference(focus_type, e.target_id)],
        "effectiveDateTime": date_time(meta.occurred_at),
        "issued": date_time(meta.recorded_at),
        "performer": [practitioner_ref(meta.author)],
        "valueString": e.text,
        "component": _evaluation_components(e),
    })
    return compact(resource)


def _evaluation_components(e: Evaluation) -> list[Json]:
    components: list[Json] = []
    if e.progress is not None:
        components.append({"code": concept(codes.OBSERVATION_CODES, "plan-progress", "Fremgang (0–10)"),
                           "valueInteger": e.progress})
    if e.outcome is not None:
        components.append({"code": concept(codes.OBSERVATION_CODES, "plan-outcome", "Måloppnåelse"),
                           "valueCodeableConcept": concept(OUTCOME_CODES, e.outcome.value,
                                                           _OUTCOME_DISPLAY[e.outcome])})
    if e.next_steps:
        components.append({"code": concept(codes.OBSERVATION_CODES, "plan-next-steps", "Hva endres videre"),
                           "valueString": e.next_steps})
    return components


def individual_plan(p: IndividualPlan) -> Json:
    """The individual plan (forskrift § 19) as a CarePlan."""
    meta = p.meta
    resource = base_resource("CarePlan", meta)
    consent = [
        {"url": "consentToPlan", "valueBoolean": p.consent_to_plan},
        {"url": "consentToShare", "valueBoolean": p.consent_to_share},
        {"url": "scope", "valueString": p.consent_scope} if p.consent_scope else None,
        {"url": "date", "valueDate": date(p.consent_date)} if p.consent_date else None,
    ]
    resource["extension"].extend([
        {"url": codes.EXT_PLAN_COORDINATOR, "valueString": p.coordinator},
        {"url": codes.EXT_PLAN_NEXT_REVISION, "valueDate": date(p.next_revision)} if p.next_revision else None,
        {"url": codes.EXT_PLAN_CONSENT, "extension": consent},
    ])
    sections = (("Ressurser", p.resources), ("Behov", p.needs), ("Bidrag fra hver part", p.contributions),
                ("Samarbeid med andre tjenester", p.collaboration))
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "active",
        "intent": "plan",
        "category": [concept(codes.CATEGORY_CODES, "individual-plan", "Individuell plan")],
        "title": "Individuell plan",
        "subject": patient_ref(p.client_id),
        "period": {"start": date(p.period_start), "end": date(p.period_end) if p.period_end else None},
        "created": date_time(meta.recorded_at),
        "author": practitioner_ref(meta.author),
        "contributor": [display_ref(name) for name in p.participants],
        "note": [annotation(f"{label}: {text}") for label, text in sections if text.strip()],
    })
    return compact(resource)


def responsibility_group(g: ResponsibilityGroup) -> Json:
    """The ansvarsgruppe as a CareTeam; members are named with their role and organisation."""
    meta = g.meta
    resource = base_resource("CareTeam", meta)
    contacts = [f"{m.name}: {m.contact}" for m in g.members if m.contact]
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "active",
        "category": [concept(codes.CATEGORY_CODES, "responsibility-group", "Ansvarsgruppe")],
        "name": g.name,
        "subject": patient_ref(g.client_id),
        "participant": [{"role": [text_concept(m.role)], "member": display_ref(m.name),
                         "onBehalfOf": display_ref(m.organisation) if m.organisation else None,
                         "period": {"start": date(m.start) if m.start else None,
                                    "end": date(m.end) if m.end else None}}
                        for m in g.members],
        "note": [annotation("Kontakt: " + "; ".join(contacts))] if contacts else None,
    })
    return compact(resource)


def meeting(m: Meeting) -> Json:
    """A responsibility-group meeting as a Communication about the CareTeam, the minutes as payload."""
    meta = m.meta
    resource = base_resource("Communication", meta)
    resource.update({
        "status": "entered-in-error" if meta.entered_in_error else "completed",
        "category": [concept(codes.CATEGORY_CODES, "responsibility-group-meeting", "Ansvarsgruppemøte")],
        "subject": patient_ref(m.client_id),
        "topic": text_concept("; ".join(m.topics)) if m.topics else None,
        "about": [reference("CareTeam", m.group_id)] + [reference("Task", r.task_id) for r in m.reviews],
        "sent": date(m.date),
        "recipient": [display_ref(name) for name in m.attendees],
        "sender": practitioner_ref(meta.author),
        "payload": [{"contentString": m.minutes}]
        + ([{"contentString": f"Avtaler: {m.agreements}"}] if m.agreements else [])
        # One line per reviewed task, in the order of the Tasks in ``about``.
        + [{"contentString": f"Gjennomgått oppgave {n}: {_REVIEW_DISPLAY[r.outcome]}"
                             + (f", ny frist {date(r.new_deadline)}" if r.new_deadline else "")
                             + (f". {r.comment}" if r.comment else "")}
           for n, r in enumerate(m.reviews, 1)],
    })
    return compact(resource)


def agreed_task(t: AgreedTask) -> Json:
    """A task agreed in a meeting, owned by the member responsible, due by the deadline."""
    meta = t.meta
    if meta.entered_in_error:
        status = "entered-in-error"
    elif t.dropped:
        status = "cancelled"
    else:
        status = "completed" if t.done else "requested"
    resource = base_resource("Task", meta)
    if t.reviewed_in:
        # A logical reference (by identifier): a literal one would make the task and the meeting that
        # reviewed it wait for each other on the server.
        resource["extension"].append({"url": EXT_TASK_REVIEWED_IN, "valueReference": {
            "type": "Communication", "identifier": record_identifier(t.reviewed_in)}})
    resource.update({
        "status": status,
        "intent": "plan",
        "description": t.description,
        "focus": reference("Communication", t.meeting_id),
        "for": patient_ref(t.client_id),
        "authoredOn": date_time(meta.recorded_at),
        "requester": practitioner_ref(meta.author),
        "owner": display_ref(t.responsible),
        "restriction": {"period": {"end": date(t.deadline)}},
    })
    return compact(resource)
