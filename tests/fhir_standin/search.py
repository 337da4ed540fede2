"""FHIR search: what gets indexed, and compiling search parameters to SQL.

Supported parameters (all types): ``_id``, ``identifier`` (token: ``system|value``,
``value``, ``|value``, ``system|``), ``status`` (token, the resource's ``status``),
``subject`` and ``patient`` (reference: ``Patient/x``, bare ``x`` or an absolute URL;
Task's ``for`` counts as its subject), ``participant`` (CareTeam ``participant.member``),
``_lastUpdated``, ``effective-time`` (MedicationAdministration ``effective[x]``) and
``date`` (Observation ``effective[x]``/``issued``, DocumentReference ``date``), all with the
prefixes eq/ne/gt/ge/lt/le/sa/eb, repeatable to form a range. Comma-separated values
are OR-ed, repeated parameters AND-ed. Result control: ``_count``, ``_offset``,
``_sort`` (``_lastUpdated``, ``-_lastUpdated``, ``_id``, ``-_id``), ``_summary=count``,
``_elements`` (top-level element names: the matches come back with those, ``id`` and ``meta``,
tagged SUBSETTED) and ``_include=Type:param`` (see :data:`INCLUDE_PATHS`). Unknown parameters answer 400 unless the request has
``Prefer: handling=lenient`` (then they are ignored), mirroring HAPI's
default strictness so the client cannot silently depend on ignored filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .instants import parse_date_range, split_prefix
from .outcomes import FhirError

SEARCH_PARAMS = ("_id", "identifier", "status", "subject", "patient", "participant", "_lastUpdated",
                 "effective-time", "date")
_DATE_PARAMS = ("effective-time", "date")
_TOKEN_PARAMS = ("identifier", "status")
_IGNORED_CONTROL = ("_format", "_pretty", "_total")
_SORTS = {
    "_lastUpdated": "r.last_updated_us ASC, r.id ASC",
    "-_lastUpdated": "r.last_updated_us DESC, r.id DESC",
    "_id": "r.id ASC",
    "-_id": "r.id DESC",
}
_RELATIVE_REF = re.compile(r"(?:.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?")


# --- indexing -----------------------------------------------------------------

@dataclass(frozen=True)
class TokenRow:
    """One ``token_index`` row."""

    param: str
    system: str
    value: str


@dataclass(frozen=True)
class ReferenceRow:
    """One ``reference_index`` row; `ref` is normalised to ``Type/id`` when possible."""

    param: str
    ref: str
    ref_id: str


def normalize_reference(ref: str) -> tuple[str, str]:
    """``(Type/id, id)`` for relative or absolute references, else ``(ref, "")``."""
    m = _RELATIVE_REF.fullmatch(ref)
    if not m or ref.startswith(("urn:", "#")):
        return ref, ""
    return f"{m['type']}/{m['id']}", m["id"]


def identifier_entries(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """The Identifier objects of a resource (``identifier`` is a list on most types, one object on a few)."""
    raw = resource.get("identifier")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    return [i for i in items if isinstance(i, dict)]


def token_rows(resource: dict[str, Any]) -> list[TokenRow]:
    """Index rows for the ``identifier`` and ``status`` search parameters."""
    rows = [
        TokenRow("identifier", str(i.get("system") or ""), i["value"])
        for i in identifier_entries(resource)
        if isinstance(i.get("value"), str)
    ]
    if isinstance(resource.get("status"), str):
        rows.append(TokenRow("status", "", resource["status"]))
    return rows


def reference_rows(resource: dict[str, Any]) -> list[ReferenceRow]:
    """Index rows for ``subject``, ``patient`` (a subject that is a Patient) and ``participant``."""
    rows: list[ReferenceRow] = []
    elements = {"subject": "subject", "patient": "patient"}
    if resource.get("resourceType") == "Task":
        elements["for"] = "subject"
    for element, param in elements.items():
        value = resource.get(element)
        if not isinstance(value, dict) or not isinstance(value.get("reference"), str):
            continue
        ref, ref_id = normalize_reference(value["reference"])
        rows.append(ReferenceRow(param, ref, ref_id))
        if param == "subject" and ref.startswith("Patient/"):
            rows.append(ReferenceRow("patient", ref, ref_id))
    if resource.get("resourceType") == "CareTeam":
        for participant in resource.get("participant") or []:
            member = participant.get("member") if isinstance(participant, dict) else None
            if isinstance(member, dict) and isinstance(member.get("reference"), str):
                ref, ref_id = normalize_reference(member["reference"])
                rows.append(ReferenceRow("participant", ref, ref_id))
    return rows


_DATE_ELEMENTS = {
    ("MedicationAdministration", "effective-time"): ("effectiveDateTime", "effectivePeriod"),
    ("Observation", "date"): ("effectiveDateTime", "effectivePeriod", "effectiveInstant", "issued"),
    ("DocumentReference", "date"): ("date",),
}


def date_rows(resource: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Index rows ``(param, lo_us, hi_us)`` for the date search parameters of a resource."""
    rows = []
    for (type_, param), elements in _DATE_ELEMENTS.items():
        if resource.get("resourceType") != type_:
            continue
        for element in elements:
            value = resource.get(element)
            text = value.get("start") if isinstance(value, dict) else value
            if not isinstance(text, str):
                continue
            try:
                rng = parse_date_range(text)
            except ValueError:
                continue
            rows.append((param, rng.lo, rng.hi))
            break
    return rows


# _include=Type:param → where the references are in a resource of that type.
INCLUDE_PATHS: dict[tuple[str, str], Any] = {
    ("MedicationRequest", "medication"): lambda r: [r.get("medicationReference")],
    ("MedicationRequest", "requester"): lambda r: [r.get("requester")],
    ("MedicationAdministration", "performer"): lambda r: [p.get("actor") for p in r.get("performer") or []
                                                          if isinstance(p, dict)],
    ("MedicationAdministration", "request"): lambda r: [r.get("request")],
    ("CareTeam", "subject"): lambda r: [r.get("subject")],
    ("CareTeam", "patient"): lambda r: [r.get("subject")],
    ("CareTeam", "participant"): lambda r: [p.get("member") for p in r.get("participant") or []
                                            if isinstance(p, dict)],
}


def included_references(resource: dict[str, Any], include: str) -> list[str]:
    """``Type/id`` references an ``_include=Type:param`` value asks for, from one matched resource."""
    type_, _, param = include.partition(":")
    paths = INCLUDE_PATHS.get((type_, param.split(":")[0]))
    if paths is None or resource.get("resourceType") != type_:
        return []
    found = []
    for value in paths(resource):
        if isinstance(value, dict) and isinstance(value.get("reference"), str):
            ref, ref_id = normalize_reference(value["reference"])
            if ref_id:
                found.append(ref)
    return found


# --- query compilation ----------------------------------------------------------

@dataclass
class SqlClause:
    """A WHERE fragment over ``resources r`` with its parameters."""

    sql: str
    params: list[Any] = field(default_factory=list)


@dataclass
class CompiledSearch:
    """A search ready for `Storage.search`."""

    clauses: list[SqlClause]
    count: int
    offset: int = 0
    summary_count: bool = False
    order_by: str = _SORTS["_lastUpdated"]
    includes: list[str] = field(default_factory=list)
    elements: tuple[str, ...] = ()      # _elements: only these top-level elements of each match


def compile_search(
    params: list[tuple[str, str]], *, lenient: bool, page_size: int, max_page_size: int
) -> CompiledSearch:
    """Compile URL search parameters; raises FhirError(400) for anything unsupported."""
    search = CompiledSearch(clauses=[], count=page_size)
    for name, value in params:
        base, _, modifier = name.partition(":")
        if base in SEARCH_PARAMS and not modifier:
            search.clauses.append(_clause(base, value))
            continue
        # Modifiers (identifier:missing, ...) are unsupported, like unknown names.
        handled = base not in SEARCH_PARAMS and _apply_control(search, name, value, max_page_size)
        if not handled and not lenient:
            raise FhirError(400, f"Unknown or unsupported search parameter {name!r}", code="not-supported")
    return search


def _apply_control(search: CompiledSearch, name: str, value: str, max_page_size: int) -> bool:
    """Apply a result-control parameter; False if `name` is not one."""
    if name == "_count":
        search.count = min(_non_negative_int(name, value), max_page_size)
    elif name == "_offset":
        search.offset = _non_negative_int(name, value)
    elif name == "_summary":
        if value not in ("count", "false"):
            raise FhirError(400, f"_summary={value} is not supported (only count, false)",
                            code="not-supported")
        search.summary_count = value == "count"
    elif name == "_elements":
        names = tuple(n.strip() for n in value.split(","))
        if not all(re.fullmatch(r"[a-z][A-Za-z0-9]*(\[x\])?", n) for n in names):
            raise FhirError(400, f"_elements={value} is not a list of element names")
        search.elements = names
    elif name == "_sort":
        if value not in _SORTS:
            raise FhirError(400, f"_sort={value} is not supported", code="not-supported")
        search.order_by = _SORTS[value]
    elif name == "_include":
        type_, _, param = value.partition(":")
        if (type_, param.split(":")[0]) not in INCLUDE_PATHS:
            raise FhirError(400, f"_include={value} is not supported", code="not-supported")
        search.includes.append(value)
    elif name not in _IGNORED_CONTROL:
        return False
    return True


def _non_negative_int(name: str, value: str) -> int:
    if not value.isdigit():
        raise FhirError(400, f"{name} must be a non-negative integer, got {value!r}")
    return int(value)


def _clause(name: str, value: str) -> SqlClause:
    # Alternatives stay escaped here; each kind unescapes after its own splitting.
    alternatives = _split_unescaped(value, ",")
    if not alternatives or any(a == "" for a in alternatives):
        raise FhirError(400, f"Empty value for search parameter {name!r}")
    parts = [_alternative(name, a) for a in alternatives]
    return SqlClause(" OR ".join(f"({p.sql})" for p in parts), [x for p in parts for x in p.params])


def _alternative(name: str, value: str) -> SqlClause:
    if name == "_id":
        return SqlClause("r.id = ?", [_unescape(value)])
    if name in _TOKEN_PARAMS:
        return _token_clause(name, value)
    if name == "_lastUpdated":
        return _date_clause(value)
    if name in _DATE_PARAMS:
        return _date_clause(value, name)
    return _reference_clause(name, _unescape(value))


def _token_clause(name: str, value: str) -> SqlClause:
    exists = ("EXISTS (SELECT 1 FROM token_index t WHERE t.type = r.type AND t.id = r.id "
              f"AND t.param = '{name}' AND {{}})")
    pieces = _split_unescaped(value, "|")
    if len(pieces) == 1:
        return SqlClause(exists.format("t.value = ?"), [_unescape(value)])
    system, code = _unescape(pieces[0]), _unescape("|".join(pieces[1:]))
    if not code:
        return SqlClause(exists.format("t.system = ?"), [system])
    return SqlClause(exists.format("t.system = ? AND t.value = ?"), [system, code])


def _reference_clause(name: str, value: str) -> SqlClause:
    exists = ("EXISTS (SELECT 1 FROM reference_index x WHERE x.type = r.type AND x.id = r.id "
              "AND x.param = ? AND {})")
    ref, _ = normalize_reference(value)
    if "/" in ref:
        return SqlClause(exists.format("x.ref = ?"), [name, ref])
    if name == "patient":
        return SqlClause(exists.format("x.ref = ?"), [name, f"Patient/{value}"])
    return SqlClause(exists.format("x.ref_id = ?"), [name, value])


def _date_clause(value: str, param: str | None = None) -> SqlClause:
    prefix, text = split_prefix(value)
    try:
        rng = parse_date_range(text)
    except ValueError as err:
        raise FhirError(400, f"Invalid {param or '_lastUpdated'} value {value!r}: {err}") from None
    if param is not None:
        inner = _date_clause(value)
        sql = inner.sql.replace("r.last_updated_us", "d.lo_us")
        return SqlClause("EXISTS (SELECT 1 FROM date_index d WHERE d.type = r.type AND d.id = r.id "
                         f"AND d.param = ? AND ({sql}))", [param, *inner.params])
    col = "r.last_updated_us"
    # The resource's lastUpdated is a point t; [lo, hi) is the precision range of
    # the search value, so gt2024-01-01T10:00:00Z means t >= 10:00:01 (spec).
    if prefix == "eq":
        return SqlClause(f"{col} >= ? AND {col} < ?", [rng.lo, rng.hi])
    if prefix == "ne":
        return SqlClause(f"{col} < ? OR {col} >= ?", [rng.lo, rng.hi])
    if prefix in ("gt", "sa"):
        return SqlClause(f"{col} >= ?", [rng.hi])
    if prefix == "ge":
        return SqlClause(f"{col} >= ?", [rng.lo])
    if prefix in ("lt", "eb"):
        return SqlClause(f"{col} < ?", [rng.lo])
    return SqlClause(f"{col} < ?", [rng.hi])  # le


def _split_unescaped(text: str, sep: str) -> list[str]:
    """Split on `sep` except where escaped as ``\\sep`` (FHIR search escaping)."""
    parts, current, i = [], "", 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current += text[i:i + 2]
            i += 2
            continue
        if text[i] == sep:
            parts.append(current)
            current = ""
        else:
            current += text[i]
        i += 1
    parts.append(current)
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\,|$])", r"\1", text)
