"""Minimal but real FHIR validation of incoming resources.

Structural problems answer 400 (the spec's "could not be parsed or failed basic
FHIR validation"); the configurable business rules answer `reject_status`
(422 by default), like a server's profile or business-rule validation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .config import StandinConfig
from .outcomes import FhirError
from .search import identifier_entries

ID_RE = re.compile(r"[A-Za-z0-9\-.]{1,64}")
TYPE_RE = re.compile(r"[A-Z][A-Za-z]{0,63}")


def check_type(type_: str, config: StandinConfig) -> None:
    """404 not-supported unless `type_` is a supported resource type."""
    if not TYPE_RE.fullmatch(type_) or type_ not in config.resource_types:
        raise FhirError(404, f"Resource type {type_!r} is not supported by this server", code="not-supported")


def check_id(id_: str, where: str = "id") -> None:
    """400 unless `id_` is a valid FHIR id ([A-Za-z0-9-.]{1,64})."""
    if not ID_RE.fullmatch(id_):
        raise FhirError(400, f"Invalid resource id {id_!r}: must match [A-Za-z0-9\\-.]{{1,64}}",
                        expression=[where])


def validate_resource(
    resource: Any, *, type_: str, url_id: str | None, require_id: bool, config: StandinConfig
) -> None:
    """Check a resource about to be created/updated; raises FhirError.

    `require_id` is set for update (PUT Type/id), where the spec demands that
    the body's id equals the URL id; for create the body id is ignored.
    """
    if not isinstance(resource, dict):
        raise FhirError(400, "The request body must be a JSON object (a FHIR resource)", code="structure")
    if resource.get("resourceType") != type_:
        raise FhirError(400, f"resourceType {resource.get('resourceType')!r} does not match the URL type {type_!r}",
                        expression=["resourceType"])
    _check_body_id(resource, url_id, require_id)
    if config.strict_json:
        empty = find_empty(resource, type_)
        if empty:
            raise FhirError(400, f"FHIR JSON forbids null or empty values; found one at {empty}",
                            code="structure", expression=[empty])
    _check_shapes(resource, type_)
    _apply_reject_rules(resource, config)


def _check_body_id(resource: dict[str, Any], url_id: str | None, require_id: bool) -> None:
    body_id = resource.get("id")
    if require_id and body_id is None:
        raise FhirError(400, "An update (PUT) must carry the resource id in the body", code="required",
                        expression=["id"])
    if body_id is None:
        return
    if not isinstance(body_id, str):
        raise FhirError(400, "Resource id must be a string", expression=["id"])
    if require_id and url_id is not None and body_id != url_id:
        raise FhirError(400, f"Resource id {body_id!r} does not match the URL id {url_id!r}", expression=["id"])
    if require_id:
        check_id(body_id)


def _check_shapes(resource: dict[str, Any], type_: str) -> None:
    meta = resource.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise FhirError(400, "meta must be an object", code="structure", expression=[f"{type_}.meta"])
    raw = resource.get("identifier")
    if raw is not None and not isinstance(raw, (list, dict)):
        raise FhirError(400, "identifier must be an array of Identifier", code="structure",
                        expression=[f"{type_}.identifier"])
    for n, ident in enumerate(raw if isinstance(raw, list) else [raw] if raw is not None else []):
        if not isinstance(ident, dict) or not isinstance(ident.get("value", ""), str) \
                or not isinstance(ident.get("system", ""), str):
            raise FhirError(400, "identifier entries must be objects with string system/value",
                            code="structure", expression=[f"{type_}.identifier[{n}]"])


def _apply_reject_rules(resource: dict[str, Any], config: StandinConfig) -> None:
    rejected = config.reject_identifier_values
    for ident in identifier_entries(resource):
        value, system = ident.get("value"), ident.get("system")
        if value in rejected or f"{system}|{value}" in rejected:
            raise FhirError(config.reject_status,
                            f"Rejected by stand-in rule: identifier value {value!r} is not accepted",
                            code="business-rule")
    if config.reject_predicate is not None:
        verdict = config.reject_predicate(resource)
        if verdict:
            text = verdict if isinstance(verdict, str) else "Rejected by stand-in reject_predicate"
            raise FhirError(config.reject_status, text, code="business-rule")


def find_empty(value: Any, path: str) -> str | None:
    """Path of the first null/empty value FHIR JSON forbids, or None.

    Nulls are allowed inside a primitive array only when a parallel ``_name``
    array (primitive extensions) exists, as the JSON format specifies.
    """
    if value is None or value == "" or value == [] or value == {}:
        return path
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find_empty_member(value, key, item, f"{path}.{key}")
            if found:
                return found
    return None


def _find_empty_member(parent: dict[str, Any], key: str, item: Any, path: str) -> str | None:
    if not isinstance(item, list):
        return find_empty(item, path)
    if not item:
        return path
    partner = key[1:] if key.startswith("_") else f"_{key}"
    nulls_ok = isinstance(parent.get(partner), list)
    if all(x is None for x in item):
        return path
    for n, x in enumerate(item):
        if x is None and nulls_ok:
            continue
        found = find_empty(x, f"{path}[{n}]")
        if found:
            return found
    return None


def iter_references(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(path, Reference object)`` for every ``{"reference": str}`` in a resource."""
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield path, value
        for key, item in value.items():
            yield from iter_references(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from iter_references(item, f"{path}[{n}]")


def check_no_local_references(resource: dict[str, Any], type_: str) -> None:
    """400 if a reference still points at a Bundle-local ``urn:uuid:``/``urn:oid:`` fullUrl.

    Only transactions resolve such references; in a batch or a plain request
    they can never resolve (the spec forbids dependencies between batch entries).
    """
    for path, ref in iter_references(resource, type_):
        if ref["reference"].startswith(("urn:uuid:", "urn:oid:")):
            raise FhirError(400, f"Unresolvable reference {ref['reference']!r} at {path}: Bundle-local "
                            "references are only resolved inside a transaction", expression=[path])


def rewrite_references(resource: dict[str, Any], mapping: dict[str, str]) -> None:
    """Replace references to Bundle fullUrls with the ``Type/id`` they resolved to (in place)."""
    for _, ref in iter_references(resource, ""):
        target = mapping.get(ref["reference"])
        if target is not None:
            ref["reference"] = target
