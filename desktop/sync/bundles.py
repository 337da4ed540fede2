"""Bundles out, answers in: building batch/transaction Bundles of idempotent PUTs and reading
what the server said about each entry — by the FHIR R4 RESTful rules, not one server's habits."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

Json = dict[str, Any]

# Words servers use when a Bundle (or body) is refused for its size rather than its content.
_SIZE_WORDS = re.compile(r"too (many|large|big|long)|exceed|at most|maximum|max(imum)? (number|size)|"
                         r"limit|payload|entity too large|bundle size", re.IGNORECASE)
_SIZE_ISSUE_CODES = {"too-costly", "too-long"}
# Entry statuses worth trying again: the record is fine, the moment was not.
_TRANSIENT = {408, 409, 423, 425, 429}


def put_entry(base_url: str, resource: Json, if_match: str | None = None) -> Json:
    """One idempotent ``PUT Type/<id>`` entry: sending it twice leaves one resource.

    ``if_match`` is the server's versionId the update is based on (records several
    people edit): the server refuses the PUT with 412 if the record changed since.
    """
    type_, id_ = resource["resourceType"], resource["id"]
    request: Json = {"method": "PUT", "url": f"{type_}/{id_}"}
    if if_match:
        request["ifMatch"] = f'W/"{if_match}"'
    return {"fullUrl": f"{base_url}/{type_}/{id_}", "resource": resource, "request": request}


def build_bundle(kind: str, base_url: str, resources: list[Json], if_match: list[str | None] | None = None) -> Json:
    """A ``batch`` or ``transaction`` Bundle of PUT entries (``if_match`` per resource, or None)."""
    if kind not in ("batch", "transaction"):
        raise ValueError(kind)
    versions = if_match or [None] * len(resources)
    return {"resourceType": "Bundle", "type": kind,
            "entry": [put_entry(base_url, r, v) for r, v in zip(resources, versions)]}


def read_bundle(kind: str, urls: list[str]) -> Json:
    """A Bundle of GET entries (reads or searches), answered in one round trip."""
    return {"resourceType": "Bundle", "type": kind,
            "entry": [{"request": {"method": "GET", "url": url}} for url in urls]}


class EntryState(str, Enum):
    CONFIRMED = "confirmed"     # 200/201: the server has this version
    REJECTED = "rejected"       # 4xx: the server will not take this record as it is
    TRANSIENT = "transient"     # 5xx, 429, 409…: try again later
    CONFLICT = "conflict"       # 412: the record changed on the server since the version we built on


@dataclass(frozen=True)
class EntryAnswer:
    """What the server said about one entry."""

    state: EntryState
    status: int
    server_version: str | None = None
    reason: str = ""


def outcome_text(outcome: Any, status: int | None = None) -> str:
    """The human-readable text of an OperationOutcome (diagnostics, details), with the status."""
    parts: list[str] = []
    if isinstance(outcome, dict):
        for issue in outcome.get("issue") or []:
            if not isinstance(issue, dict):
                continue
            details = issue.get("details") if isinstance(issue.get("details"), dict) else {}
            text = issue.get("diagnostics") or details.get("text") or issue.get("code") or ""
            where = ", ".join(issue.get("expression") or issue.get("location") or [])
            if text:
                parts.append(f"{text} ({where})" if where and where not in text else str(text))
    text = "; ".join(parts) or "ingen forklaring fra serveren"
    prefix = f"HTTP {status}: " if status else ""
    return (prefix + text)[:2000]


def _status_code(status: Any) -> int | None:
    match = re.match(r"\s*(\d{3})", str(status or ""))
    return int(match.group(1)) if match else None


def _version_of(response: Json, resource: Any = None) -> str | None:
    """The server's versionId: the entry's etag, a versioned location, or the returned resource's meta."""
    etag = response.get("etag")
    if isinstance(etag, str):
        match = re.search(r'"([^"]+)"', etag)
        return match.group(1) if match else etag.removeprefix("W/")
    location = response.get("location")
    if isinstance(location, str) and "/_history/" in location:
        return location.rsplit("/_history/", 1)[1]
    return resource_version(resource)


def resource_version(resource: Any) -> str | None:
    """``meta.versionId`` of a resource, if it has one."""
    meta = resource.get("meta") if isinstance(resource, dict) else None
    version = meta.get("versionId") if isinstance(meta, dict) else None
    return str(version) if version else None


def read_entry(entry: Any) -> EntryAnswer:
    """One ``Bundle.entry`` of a batch-response or transaction-response."""
    response = entry.get("response") if isinstance(entry, dict) else None
    status = _status_code(response.get("status")) if isinstance(response, dict) else None
    if status is None:
        return EntryAnswer(EntryState.TRANSIENT, 0, reason="Svaret manglet status for oppføringen.")
    assert isinstance(response, dict)
    if 200 <= status < 300:
        return EntryAnswer(EntryState.CONFIRMED, status, _version_of(response, entry.get("resource")))
    reason = outcome_text(response.get("outcome") or entry.get("resource"), status)
    if status == 412:
        return EntryAnswer(EntryState.CONFLICT, status, reason=reason)
    if status in _TRANSIENT or status >= 500:
        return EntryAnswer(EntryState.TRANSIENT, status, reason=reason)
    return EntryAnswer(EntryState.REJECTED, status, reason=reason)


def read_bundle_response(body: Any, kind: str, count: int) -> list[EntryAnswer] | None:
    """Per-entry answers in request order, or None when the reply is not the expected Bundle."""
    if not isinstance(body, dict) or body.get("resourceType") != "Bundle":
        return None
    if body.get("type") != f"{kind}-response":
        return None
    entries = body.get("entry") or []
    if not isinstance(entries, list) or len(entries) != count:
        return None
    return [read_entry(e) for e in entries]


def unreadable_reason(body: Any, content_type: str, text: str) -> str:
    """What a 2xx answer that is not the response Bundle asked for was, for the log."""
    if body is None and not text:
        return "empty body"
    if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome":
        return "OperationOutcome instead of a Bundle: " + outcome_text(body)
    if isinstance(body, dict):
        return f"{body.get('resourceType') or 'JSON'} instead of the response Bundle"
    kind = "HTML" if "html" in content_type.lower() or text.lstrip().startswith("<") else content_type or "text"
    return f"{kind} instead of FHIR JSON: {text[:120]!r}"


def is_size_refusal(status: int, outcome: Any) -> bool:
    """413, or a 400 whose OperationOutcome says the Bundle is too big (as many servers do)."""
    if status == 413:
        return True
    if status != 400 or not isinstance(outcome, dict):
        return False
    for issue in outcome.get("issue") or []:
        if isinstance(issue, dict) and issue.get("code") in _SIZE_ISSUE_CODES:
            return True
    return bool(_SIZE_WORDS.search(outcome_text(outcome)))


def is_not_supported(outcome: Any) -> bool:
    """True when an OperationOutcome says the interaction (e.g. batch) is not supported."""
    return isinstance(outcome, dict) and any(
        isinstance(i, dict) and i.get("code") == "not-supported" for i in outcome.get("issue") or [])


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """``Retry-After`` as seconds to wait: delta-seconds or an HTTP-date (RFC 9110 § 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())
