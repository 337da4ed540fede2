"""One Patient and one Practitioner per person on the server.

The municipal server may already hold the worker's Practitioner (by HPR number)
and the client's Patient (by national id or D-number), under ids of its own.
Before the first PUT for a person to a server, the sync searches by identifier
(one Bundle of searches for everyone at once) and then:

* no match: the person is created under our id (and remembered as such);
* one match: its id is *adopted*: our Patient is written to it (with If-Match
  on the version found, so a change there is a conflict, never overwritten
  silently, keeping the identifiers the server had); an existing Practitioner is
  left as the server has it; every reference in the plan points to it;
* several matches: the server itself holds duplicates; nothing for that person
  is sent (it is reported) rather than guessing.

What a server said is kept per server (``sync_identities``), so this costs one
round trip on the first sync to a server and none after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..domain.identifiers import OID_DNR, OID_FNR, OID_HPR
from .bundles import read_bundle, read_entry, resource_version
from .fhir_common import Json
from .planner import PlannedEntry, SyncPlan

PERSON_SYSTEMS = {"Patient": (OID_FNR, OID_DNR), "Practitioner": (OID_HPR,)}
PersonKey = tuple[str, str]   # (resource type, our id)


@dataclass(frozen=True)
class Found:
    """What a search by identifier found for one person."""

    server_id: str | None          # None: nobody; the person is created under our id
    version: str | None = None     # the found resource's versionId (for If-Match)
    resource: Json | None = None
    ambiguous: bool = False


@dataclass
class PersonSearch:
    """The persons of a plan the server has not been asked about yet, and their identifiers."""

    keys: list[PersonKey] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)   # (system, value)

    def urls(self) -> list[str]:
        """One search per person: ``Type?identifier=system|value``."""
        return [f"{t}?identifier={quote(s, safe=':.')}%7C{quote(v, safe='')}"
                for (t, _), (s, v) in zip(self.keys, self.identifiers)]


def person_identifier(resource: Json) -> tuple[str, str] | None:
    """The national id / D-number of a Patient, the HPR number of a Practitioner."""
    systems = PERSON_SYSTEMS.get(resource.get("resourceType", ""))
    if not systems:
        return None
    for identifier in resource.get("identifier") or []:
        if identifier.get("system") in systems and identifier.get("value"):
            return identifier["system"], identifier["value"]
    return None


def persons_to_search(plan: SyncPlan, known: set[PersonKey]) -> PersonSearch:
    """Patients and Practitioners planned for sending whose identity on the server is not known."""
    search = PersonSearch()
    for entry in plan.entries:
        if entry.key in known or entry.key in search.keys:
            continue
        identifier = person_identifier(entry.resource)
        if identifier is not None:
            search.keys.append(entry.key)
            search.identifiers.append(identifier)
    return search


def search_bundle(kind: str, search: PersonSearch) -> Json:
    """The Bundle of searches for :func:`read_found`."""
    return read_bundle(kind, search.urls())


def read_found(body: Any, kind: str, count: int) -> list[Found] | None:
    """What each search found, or None when the answer is not a readable response Bundle."""
    if not isinstance(body, dict) or body.get("type") != f"{kind}-response":
        return None
    entries = body.get("entry") or []
    if len(entries) != count:
        return None
    found: list[Found] = []
    for entry in entries:
        answer = read_entry(entry)
        searchset = entry.get("resource") if isinstance(entry, dict) else None
        if answer.status != 200 or not isinstance(searchset, dict):
            return None   # a search the server could not run: do not guess, ask again next time
        matches = [e.get("resource") for e in searchset.get("entry") or []
                   if isinstance(e, dict) and isinstance(e.get("resource"), dict)
                   and (e.get("search") or {}).get("mode", "match") == "match"]
        if len(matches) > 1:
            found.append(Found(None, ambiguous=True))
        elif matches:
            found.append(Found(str(matches[0].get("id")), resource_version(matches[0]), matches[0]))
        else:
            found.append(Found(None))
    return found


def rewrite_identities(plan: SyncPlan, ids: dict[PersonKey, str]) -> None:
    """Point every planned resource at the server's ids for persons (resource ids and references)."""
    references = {f"{t}/{local}": f"{t}/{remote}" for (t, local), remote in ids.items() if local != remote}
    if not references:
        return
    for entry in plan.entries:
        remote = ids.get(entry.key)
        if remote is not None and remote != entry.key[1]:
            entry.resource = {**entry.resource, "id": remote}
            entry.key = (entry.key[0], remote)
        entry.resource = _rewrite(entry.resource, references)


def _rewrite(value: Any, references: dict[str, str]) -> Any:
    if isinstance(value, dict):
        out = {k: _rewrite(v, references) for k, v in value.items()}
        ref = out.get("reference")
        if isinstance(ref, str) and ref in references:
            out["reference"] = references[ref]
        return out
    if isinstance(value, list):
        return [_rewrite(v, references) for v in value]
    return value


def merge_identifiers(entry: PlannedEntry, existing: Json) -> None:
    """Keep the identifiers an adopted Patient had on the server next to ours."""
    ours = entry.resource.get("identifier") or []
    seen = {(i.get("system"), i.get("value")) for i in ours}
    extra = [i for i in existing.get("identifier") or [] if (i.get("system"), i.get("value")) not in seen]
    if extra:
        entry.resource = {**entry.resource, "identifier": [*ours, *extra]}
