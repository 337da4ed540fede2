"""Who is in the worker's caseload, and which searches bring each client's records down.

The caseload is every Patient that is the ``subject`` of an *active* CareTeam in which the
worker's Practitioner (found by HPR number) is a ``participant.member`` — with the team and
the worker's participation not ended — and, when the server settings name one, the members
of a FHIR ``Group``.

For the clients of the caseload, one search per resource type covers many clients at once
(``subject=Patient/a,Patient/b,…``, at most :data:`PATIENTS_PER_SEARCH` per search):

=========================  ====================================================================
Patient                    ``_id``; incremental by ``_lastUpdated``
AllergyIntolerance         every entry, every time (the CAVE list must show what was deleted too)
MedicationRequest          every order, every time, with the Medications and prescribers included
MedicationAdministration   the window (default 30 days) by ``effective-time``, incremental,
                           with the performers included; and the last 24 hours in full (a deleted
                           dose must not stay "given")
Observation                the window by ``date``, incremental
DocumentReference          the window by ``date``, incremental
CarePlan, Goal, CareTeam,  incremental
Task
=========================  ====================================================================

**Deletions.** A resource deleted on the server simply stops appearing in searches. A search
that reads a type *in full* for its patients (every search of a first pull, the orders every
time, the last day's doses) is therefore also a *census* (:class:`~desktop.sync.pull_fetch.Census`):
what the pull brought down earlier and a complete census no longer holds was deleted there
(``Applier.mark_deleted``). On an incremental pull the notes and observations of the window and
every plan item get an id-only census of their own (``_elements=id``: a server that ignores it,
as Medplum does, sends whole resources, which are read for their ids only) in the same request
as the other searches, so an empty pull still costs one request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from ..domain.identifiers import OID_HPR
from .fhir_read import Json, ResourceKey, instant, literal
from .pull_fetch import Census, Search

PATIENTS_PER_SEARCH = 50
PAGE_SIZE = 1000

# Resource type → (search parameter naming the patient, window parameter or None, always in full, includes)
DATA_SEARCHES: dict[str, tuple[str, str | None, bool, tuple[str, ...]]] = {
    "AllergyIntolerance": ("patient", None, True, ()),
    "MedicationRequest": ("subject", None, True, ("MedicationRequest:medication", "MedicationRequest:requester")),
    "MedicationAdministration": ("subject", "effective-time", False, ("MedicationAdministration:performer",)),
    "Observation": ("subject", "date", False, ()),
    "DocumentReference": ("subject", "date", False, ()),
    "Goal": ("subject", None, False, ()),
    "CarePlan": ("subject", None, False, ()),
    "CareTeam": ("subject", None, False, ()),
    "Task": ("subject", None, False, ()),
}
# The order the pull applies them in: what a resource points to is applied before it.
APPLY_ORDER = ("Patient", "AllergyIntolerance", "MedicationRequest", "MedicationAdministration", "Observation",
               "DocumentReference", "Goal", "CarePlan", "CareTeam", "Task")


def fhir_instant(value: dt.datetime) -> str:
    """An instant as FHIR search wants it: UTC, seconds, ``Z``."""
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def practitioner_search(hpr: str) -> Search:
    """The worker's Practitioner by HPR number."""
    return Search("practitioner", f"Practitioner?identifier={quote(OID_HPR, safe=':.')}%7C{hpr}")


def caseload_searches(practitioner_id: str, group_id: str | None) -> list[Search]:
    """The active CareTeams the worker takes part in (and the configured Group)."""
    found = [Search("caseload", f"CareTeam?participant=Practitioner/{quote(practitioner_id, safe='')}"
                                f"&status=active&_count={PAGE_SIZE}")]
    if group_id:
        found.append(Search("group", f"Group?_id={quote(group_id, safe='')}"))
    return found


# On an incremental pull, the last day's doses are also read in full: a dose deleted on the server
# (no search shows a deletion) must not stay "given" on the laptop.
RECENT_DOSES = dt.timedelta(hours=24)
# What an incremental pull reads ids of, in full, to see what was deleted on the server (the windowed
# types within the window; the plan in full).
CENSUS_TYPES = ("Observation", "DocumentReference", "Goal", "CarePlan", "CareTeam", "Task")
# A windowed census judges only records that happened this long after the window opens: a date-only
# value or another time zone can put a record just inside the window here and just outside it there.
CENSUS_MARGIN = dt.timedelta(days=1)


def data_searches(patient_ids: Iterable[str], since: str | None, window_start: dt.datetime,
                  full_types: frozenset[str] = frozenset(), now: dt.datetime | None = None) -> list[Search]:
    """The searches that bring these patients' records: all of them (``since`` None) or what changed since.

    Every search that reads a type in full is marked as a census of it (deletions show); an
    incremental one also gets the id-only censuses of :data:`CENSUS_TYPES`."""
    ids = sorted(set(patient_ids))
    found: list[Search] = []
    windowed_since = window_start + CENSUS_MARGIN
    for start in range(0, len(ids), PATIENTS_PER_SEARCH):
        chunk = ids[start:start + PATIENTS_PER_SEARCH]
        changed = f"&_lastUpdated=gt{since}" if since else ""
        found.append(Search("Patient", f"Patient?_id={','.join(quote(i, safe='') for i in chunk)}{changed}"
                                       f"&_count={PAGE_SIZE}", patients=tuple(chunk)))
        refs = ",".join(f"Patient/{quote(i, safe='')}" for i in chunk)
        for type_, (param, window, always_full, includes) in DATA_SEARCHES.items():
            url = f"{type_}?{param}={refs}&_count={PAGE_SIZE}"
            if window:
                url += f"&{window}=ge{fhir_instant(window_start)}"
            full = not since or always_full or type_ in full_types
            if not full:
                url += f"&_lastUpdated=gt{since}"
            url += "".join(f"&_include={i}" for i in includes)
            # CAVE has its own census (the client's list is merged as a whole, desktop.sync.pull_apply).
            census = Census(type_, windowed_since if window else None) \
                if full and type_ != "AllergyIntolerance" else None
            found.append(Search(type_, url, patients=tuple(chunk), census=census))
        if since and now is not None:
            recent = now - RECENT_DOSES
            found.append(Search("MedicationAdministration",
                                f"MedicationAdministration?subject={refs}&_count={PAGE_SIZE}"
                                f"&effective-time=ge{fhir_instant(recent)}"
                                "&_include=MedicationAdministration:performer",
                                patients=tuple(chunk), census=Census("MedicationAdministration", recent)))
        if since:
            found += census_searches(chunk, window_start, full_types)
    return found


def census_searches(chunk: list[str], window_start: dt.datetime,
                    full_types: frozenset[str] = frozenset()) -> list[Search]:
    """Id-only searches of everything of :data:`CENSUS_TYPES` the server holds for these patients."""
    refs = ",".join(f"Patient/{quote(i, safe='')}" for i in chunk)
    found = []
    for type_ in CENSUS_TYPES:
        if type_ in full_types:
            continue    # read in full already: that search is the census
        param, window, _, _ = DATA_SEARCHES[type_]
        url = f"{type_}?{param}={refs}&_elements=id&_count={PAGE_SIZE}"
        if window:
            url += f"&{window}=ge{fhir_instant(window_start)}"
        since = window_start + CENSUS_MARGIN if window else None
        found.append(Search("census", url, patients=tuple(chunk), census=Census(type_, since, ids_only=True)))
    return found


def refetch_searches(keys: Iterable[ResourceKey]) -> list[Search]:
    """Resources the last pull could not apply (a local change waited): asked for again by id."""
    by_type: dict[str, list[str]] = {}
    for type_, id_ in keys:
        by_type.setdefault(type_, []).append(id_)
    found = []
    for type_, ids in sorted(by_type.items()):
        for start in range(0, len(ids), PATIENTS_PER_SEARCH):
            chunk = ids[start:start + PATIENTS_PER_SEARCH]
            found.append(Search(type_, f"{type_}?_id={','.join(quote(i, safe='') for i in chunk)}&_count={PAGE_SIZE}"))
    return found


@dataclass(frozen=True)
class Membership:
    """A Patient in the caseload, and how it got there."""

    patient_id: str
    via: str    # "careteam" or "group"


def _period_open(period: object, now: dt.datetime) -> bool:
    if not isinstance(period, dict):
        return True
    end = instant(period.get("end"))
    return end is None or end > now


def caseload_members(care_teams: Iterable[Json], groups: Iterable[Json], practitioner_id: str,
                     now: dt.datetime) -> dict[str, Membership]:
    """Patient id → membership, from the CareTeam (and Group) search results.

    Checked again here, not trusted to the search: the team is active and not ended, and the
    worker is a member whose participation has not ended.
    """
    members: dict[str, Membership] = {}
    for team in care_teams:
        if team.get("resourceType") != "CareTeam" or team.get("status") != "active":
            continue
        if not _period_open(team.get("period"), now):
            continue
        subject = literal(team.get("subject"))
        if subject is None or subject[0] != "Patient":
            continue
        if any(literal(p.get("member")) == ("Practitioner", practitioner_id) and _period_open(p.get("period"), now)
               for p in team.get("participant") or [] if isinstance(p, dict)):
            members.setdefault(subject[1], Membership(subject[1], "careteam"))
    for group in groups:
        if group.get("resourceType") != "Group" or group.get("active") is False:
            continue
        for member in group.get("member") or []:
            entity = literal(member.get("entity")) if isinstance(member, dict) else None
            if entity is not None and entity[0] == "Patient" and not member.get("inactive") \
                    and _period_open(member.get("period"), now):
                members.setdefault(entity[1], Membership(entity[1], "group"))
    return members
