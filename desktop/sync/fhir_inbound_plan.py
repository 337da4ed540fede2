"""EHR-shaped plan, observation and document resources → domain records.

* ``Goal`` → goal (the text, the client's own words from a note, expressed by the client or not);
* ``CarePlan`` → individual plan (category individual-plan, or titled so) or a measure
  (its activity, who does it and how often); the goal it serves is looked up locally;
* ``CareTeam`` → responsibility group (participants by name and role);
* ``Task`` → agreed task (owner, deadline from restriction or execution period);
* ``Observation`` → a measurement when its LOINC code is one Ambulant knows and it has a
  quantity; an effect evaluation when it is Ambulant's own PRN-effect code; otherwise a
  journal note with what it says;
* ``DocumentReference`` → a journal note (a text/plain attachment, or its description).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ..domain.medication import EffectEvaluation
from ..domain.observation import MEASUREMENT_KINDS, JournalNote, Measurement
from ..domain.plan import (AgreedTask, GoalStatus, GroupMember, IndividualPlan, Measure, ResponsibilityGroup)
from ..domain.plan import Goal as GoalRecord
from ..domain.records import RecordMeta
from . import fhir_codes as codes
from .fhir_read import (InboundError, Json, ResourceKey, annotations, codes_of, concept_text, day, decimal,
                        extension, first_code, human_name, literal, person, text_of)

LocalId = Callable[[ResourceKey], "str | None"]

_GOAL_STATUS = {"active": GoalStatus.ACTIVE, "accepted": GoalStatus.ACTIVE, "planned": GoalStatus.ACTIVE,
                "proposed": GoalStatus.ACTIVE, "on-hold": GoalStatus.PAUSED, "completed": GoalStatus.ACHIEVED,
                "cancelled": GoalStatus.ENDED, "rejected": GoalStatus.ENDED}
_LOINC_KIND = {kind.loinc: key for key, kind in MEASUREMENT_KINDS.items()}


def goal_from(resource: Json, meta: RecordMeta, client_id: str) -> GoalRecord:
    """A Goal as the plan shows it."""
    title = concept_text(resource.get("description")) or "Mål (uten tekst)"
    expressed = literal(resource.get("expressedBy"))
    notes = annotations(resource.get("note"))
    own_words = notes.removeprefix("Med brukerens egne ord:").strip() if notes else ""
    status = _GOAL_STATUS.get(str(resource.get("lifecycleStatus") or "active"), GoalStatus.ACTIVE)
    if first_code(resource.get("achievementStatus"), codes.GOAL_ACHIEVEMENT) == "achieved":
        status = GoalStatus.ACHIEVED
    target = next((day(t.get("dueDate")) for t in resource.get("target") or [] if isinstance(t, dict)), None)
    area = next((concept_text(c) for c in resource.get("category") or [] if concept_text(c)), "")
    return GoalRecord(meta, client_id, title, own_words, expressed is not None and expressed[0] == "Patient",
                      area, target, status)


def _is_individual_plan(resource: Json) -> bool:
    if any(code == "individual-plan" for _, code in codes_of(resource.get("category") or [])):
        return True
    return text_of(resource.get("title")).lower() == "individuell plan"


def care_plan_from(resource: Json, meta: RecordMeta, client_id: str, local_id: LocalId,
                   today: dt.date) -> IndividualPlan | Measure:
    """A CarePlan as an individual plan or a measure."""
    period = resource.get("period") if isinstance(resource.get("period"), dict) else {}
    start = day(period.get("start")) or day(resource.get("created")) or today
    end = day(period.get("end"))
    if end is not None and end < start:
        end = start
    author = person(resource.get("author"), {})
    if _is_individual_plan(resource):
        coordinator = text_of((extension(resource, codes.EXT_PLAN_COORDINATOR) or {}).get("valueString"))
        participants = tuple(text_of(c.get("display")) for c in resource.get("contributor") or []
                             if isinstance(c, dict) and text_of(c.get("display")))
        revision = day((extension(resource, codes.EXT_PLAN_NEXT_REVISION) or {}).get("valueDate"))
        return IndividualPlan(meta, client_id, coordinator or author.name or "ikke oppgitt", participants, start,
                              end, revision, needs=annotations(resource.get("note")))
    activities = [a.get("detail") for a in resource.get("activity") or [] if isinstance(a, dict)
                  and isinstance(a.get("detail"), dict)]
    detail = activities[0] if activities else {}
    goal_ref = next((literal(g) for g in [*(detail.get("goal") or []), *(resource.get("goal") or [])]
                     if literal(g) is not None), None)
    performer = next((person(p, {}).name for p in detail.get("performer") or [] if person(p, {}).name), "")
    description = text_of(resource.get("title")) or text_of(detail.get("description")) or \
        text_of(resource.get("description")) or "Tiltak (uten tekst)"
    frequency = text_of(detail.get("scheduledString")) or \
        text_of(((detail.get("scheduledTiming") or {}).get("code") or {}).get("text")) or "se planen"
    return Measure(meta, client_id, local_id(goal_ref) or "" if goal_ref else "", description,
                   performer or author.name or "ikke oppgitt", frequency, start, end)


def care_team_from(resource: Json, meta: RecordMeta, client_id: str,
                   included: Mapping[ResourceKey, Json]) -> ResponsibilityGroup:
    """A CareTeam as a responsibility group: everyone named, with their role."""
    members = []
    for participant in resource.get("participant") or []:
        if not isinstance(participant, dict):
            continue
        who = person(participant.get("member"), included)
        name = who.name or (human_name(included.get(literal(participant.get("member")) or ("", ""), {}).get("name"))
                            if literal(participant.get("member")) else "")
        if not name:
            continue
        role = next((concept_text(r) for r in participant.get("role") or [] if concept_text(r)), "deltaker")
        organisation = person(participant.get("onBehalfOf"), {}).name
        members.append(GroupMember(name, role, organisation))
    return ResponsibilityGroup(meta, client_id, tuple(members), text_of(resource.get("name")) or "Ansvarsgruppe")


def task_from(resource: Json, meta: RecordMeta, client_id: str, local_id: LocalId, today: dt.date) -> AgreedTask:
    """A Task as an agreed task with who is responsible and the deadline."""
    description = text_of(resource.get("description")) or concept_text(resource.get("code")) or "Oppgave"
    owner = person(resource.get("owner"), {}).name or "ikke oppgitt"
    restriction = (resource.get("restriction") or {}).get("period") or {}
    execution = resource.get("executionPeriod") or {}
    deadline = day(restriction.get("end")) or day(execution.get("end")) or day(resource.get("authoredOn")) or today
    focus = literal(resource.get("focus"))
    return AgreedTask(meta, client_id, (local_id(focus) or "") if focus else "", description, owner, deadline,
                      resource.get("status") == "completed")


def observation_from(resource: Json, meta: RecordMeta, client_id: str,
                     local_id: LocalId) -> Measurement | EffectEvaluation | JournalNote:
    """An Observation by someone else, as the closest local record."""
    code = resource.get("code")
    if first_code(code, codes.OBSERVATION_CODES) == "prn-effect":
        part_of = next((literal(p) for p in resource.get("partOf") or [] if literal(p)), None)
        administration = local_id(part_of) if part_of else None
        if administration:
            rating = next((c.get("valueInteger") for c in resource.get("component") or []
                           if isinstance(c, dict) and isinstance(c.get("valueInteger"), int)), None)
            return EffectEvaluation(meta, client_id, administration,
                                    text_of(resource.get("valueString")) or "se journalen",
                                    rating if rating is None or 0 <= rating <= 3 else None)
    loinc = first_code(code, codes.LOINC)
    quantity = resource.get("valueQuantity") if isinstance(resource.get("valueQuantity"), dict) else {}
    value = decimal(quantity.get("value"))
    kind = _LOINC_KIND.get(loinc)
    if kind is not None and value is not None:
        kind_info = MEASUREMENT_KINDS[kind]
        if kind_info.minimum <= value <= kind_info.maximum:
            return Measurement(meta, client_id, kind, value, annotations(resource.get("note")))
    return JournalNote(meta, client_id, _observation_text(resource, value, quantity), "observasjon")


def _observation_text(resource: Json, value: Decimal | None, quantity: Json) -> str:
    label = concept_text(resource.get("code")) or "Observasjon"
    if value is not None:
        shown = f"{format(value.normalize(), 'f').replace('.', ',')} {quantity.get('unit') or ''}".strip()
    else:
        shown = text_of(resource.get("valueString")) or concept_text(resource.get("valueCodeableConcept"))
        if isinstance(resource.get("valueBoolean"), bool):
            shown = "ja" if resource["valueBoolean"] else "nei"
    parts = [f"{label}: {shown}" if shown else label, annotations(resource.get("note"))]
    return "\n".join(p for p in parts if p)


def document_from(resource: Json, meta: RecordMeta, client_id: str) -> JournalNote:
    """A DocumentReference by someone else as a journal note: its text, or what it is about."""
    texts = []
    for content in resource.get("content") or []:
        attachment = content.get("attachment") if isinstance(content, dict) else None
        if not isinstance(attachment, dict):
            continue
        kind = str(attachment.get("contentType") or "")
        if kind.startswith("text/plain") and isinstance(attachment.get("data"), str):
            try:
                texts.append(base64.b64decode(attachment["data"]).decode("utf-8", "replace").strip())
            except (binascii.Error, ValueError):
                continue
        elif text_of(attachment.get("title")):
            texts.append(f"[{text_of(attachment.get('title'))}]")
    text = "\n\n".join(t for t in texts if t) or text_of(resource.get("description")) or \
        concept_text(resource.get("type")) or "Dokument"
    category = next((concept_text(c) for c in resource.get("category") or [] if concept_text(c)), "dokument")
    return JournalNote(meta, client_id, text, category.lower())


def plan_record(resource: Json, meta: RecordMeta, client_id: str, local_id: LocalId,
                included: Mapping[ResourceKey, Json], today: dt.date) -> Any:
    """The local record for a plan, observation or document resource (raises InboundError)."""
    type_ = resource.get("resourceType")
    if type_ == "Goal":
        return goal_from(resource, meta, client_id)
    if type_ == "CarePlan":
        return care_plan_from(resource, meta, client_id, local_id, today)
    if type_ == "CareTeam":
        return care_team_from(resource, meta, client_id, included)
    if type_ == "Task":
        return task_from(resource, meta, client_id, local_id, today)
    if type_ == "Observation":
        return observation_from(resource, meta, client_id, local_id)
    if type_ == "DocumentReference":
        return document_from(resource, meta, client_id)
    raise InboundError(f"Ukjent ressurstype {type_}.", f"Unknown resource type {type_}.")
