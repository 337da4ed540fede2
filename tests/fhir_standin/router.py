"""HTTP semantics: decode request bodies, route URLs to FHIR interactions, build responses.

Kept apart from the socket handling in `server.py` so it can be reasoned about
(and faults injected around it) without any networking.
"""

from __future__ import annotations

import gzip
import json
import sys
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from .config import StandinConfig
from .instants import format_http_date
from .outcomes import FhirError, operation_outcome
from .service import EntryRequest, EntryResult, FhirService, Prefer

FHIR_JSON = "application/fhir+json; charset=utf-8"
_JSON_TYPES = ("application/fhir+json", "application/json", "application/json+fhir")
_FORM_TYPE = "application/x-www-form-urlencoded"


@dataclass
class HttpRequest:
    """What the router needs from an HTTP request (body already read and decoded)."""

    method: str
    path: str  # without the query string
    query: str
    headers: Any  # case-insensitive mapping (email.message.Message)
    payload: Any = None  # parsed JSON, form text, or None for no body
    payload_error: FhirError | None = None  # why the body could not be decoded


@dataclass
class HttpResponse:
    """A response to send; `body` None means an empty body."""

    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None   # sent as is instead of ``body`` (injected non-FHIR answers)


def error_response(err: FhirError) -> HttpResponse:
    """An OperationOutcome response for a FhirError."""
    return HttpResponse(err.status, err.outcome(), dict(err.headers))


def decode_body(headers: Any, raw: bytes) -> tuple[Any, FhirError | None]:
    """Undo Content-Encoding and parse the body per Content-Type; never raises.

    Returns ``(payload, None)`` or ``(None, error)``; errors only matter to
    interactions that need a body, so they are reported, not raised, here.
    """
    if not raw:
        return None, None
    try:
        data = _decompress(headers.get("Content-Encoding", "identity"), raw)
        content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == _FORM_TYPE:
            return data.decode("utf-8"), None
        if content_type not in _JSON_TYPES:
            raise FhirError(415, f"Content-Type {content_type or '(missing)'!r} is not supported; "
                            "send application/fhir+json", code="not-supported")
        return _parse_json(data), None
    except FhirError as err:
        return None, err


def _decompress(encoding: str, raw: bytes) -> bytes:
    encoding = encoding.strip().lower()
    try:
        if encoding in ("", "identity"):
            return raw
        if encoding in ("gzip", "x-gzip"):
            return gzip.decompress(raw)
        if encoding == "deflate":
            return zlib.decompress(raw)
    except (OSError, EOFError, zlib.error) as err:
        raise FhirError(400, f"Body is not valid {encoding}: {err}", code="structure") from None
    raise FhirError(415, f"Content-Encoding {encoding!r} is not supported (gzip, deflate)",
                    code="not-supported", headers={"Accept-Encoding": "gzip, deflate"})


def _parse_json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise FhirError(400, f"Request body is not valid JSON: {err}", code="structure") from None


class Router:
    """Maps an `HttpRequest` to FHIR interactions on a `FhirService`."""

    def __init__(self, service: FhirService, config: Callable[[], StandinConfig],
                 base_url: Callable[[], str]) -> None:
        self._service = service
        self._config = config
        self._base_url = base_url

    def route(self, req: HttpRequest) -> HttpResponse:
        """Handle one request; every failure becomes an OperationOutcome response."""
        try:
            return self._route(req)
        except FhirError as err:
            return error_response(err)
        except Exception as err:  # a stand-in bug: make it loud but keep serving
            traceback.print_exc(file=sys.stderr)
            return error_response(FhirError(500, f"Stand-in internal error: {err!r}", code="exception"))

    def entry_count(self, req: HttpRequest) -> int:
        """Resources carried by the request: Bundle entries for POST [base], 1 for a resource body."""
        segments = self._segments(req.path)
        if req.method == "POST" and segments == [] and isinstance(req.payload, dict):
            entries = req.payload.get("entry")
            return len(entries) if isinstance(entries, list) else 0
        return 1 if req.method in ("PUT", "POST") and isinstance(req.payload, dict) else 0

    # --- routing -------------------------------------------------------------------

    def _segments(self, path: str) -> list[str] | None:
        """Path segments below the FHIR base, or None if the path is outside it."""
        base = self._config().base_path
        if path != base and not path.startswith(base + "/"):
            return None
        rest = path[len(base):].strip("/")
        return [unquote(s) for s in rest.split("/")] if rest else []

    def _route(self, req: HttpRequest) -> HttpResponse:
        segments = self._segments(req.path)
        if segments is None:
            raise FhirError(404, f"{req.path} is not under the FHIR base {self._config().base_path}")
        prefer = Prefer.parse(req.headers.get("Prefer"))
        if segments == ["metadata"]:
            if req.method != "GET":
                raise FhirError(405, "metadata only supports GET", code="not-supported")
            return HttpResponse(200, self._service.capability())
        if not segments:
            if req.method != "POST":
                raise FhirError(405, f"{req.method} on the base URL is not supported", code="not-supported")
            answer = self._service.process_bundle(self._json_body(req), prefer)
            if self._config().medplum_like and req.headers.get("Prefer") == "return=minimal":
                return HttpResponse(200, None)   # Medplum empties the whole answer
            return HttpResponse(200, answer)
        if req.method == "POST" and len(segments) == 2 and segments[1] == "_search":
            return self._post_search(req, segments[0], prefer)
        if req.method not in ("GET", "PUT", "POST", "DELETE"):
            raise FhirError(405, f"{req.method} is not supported", code="not-supported")
        return self._single(req, segments, prefer)

    def _single(self, req: HttpRequest, segments: list[str], prefer: Prefer) -> HttpResponse:
        url = "/".join(segments) + (f"?{req.query}" if req.query else "")
        entry = self._service.parse_target(req.method, url)
        if req.method in ("PUT", "POST"):
            entry.resource = self._json_body(req)
        entry.if_none_exist = req.headers.get("If-None-Exist")
        entry.if_match = req.headers.get("If-Match")
        result = self._service.run(entry, prefer)
        return self._to_http(entry, result, prefer)

    def _post_search(self, req: HttpRequest, type_: str, prefer: Prefer) -> HttpResponse:
        if req.payload_error is not None:
            raise req.payload_error
        form = req.payload if isinstance(req.payload, str) else ""
        params = parse_qsl(req.query, keep_blank_values=True) + parse_qsl(form, keep_blank_values=True)
        entry = EntryRequest("GET", type_, params=params)
        return self._to_http(entry, self._service.run(entry, prefer), prefer)

    @staticmethod
    def _json_body(req: HttpRequest) -> Any:
        if req.payload_error is not None:
            raise req.payload_error
        if req.payload is None:
            raise FhirError(400, f"{req.method} needs a FHIR JSON body", code="required")
        if not isinstance(req.payload, dict):
            raise FhirError(400, "The body must be a JSON object (a FHIR resource)", code="structure")
        return req.payload

    def _to_http(self, entry: EntryRequest, result: EntryResult, prefer: Prefer) -> HttpResponse:
        version = result.version
        headers: dict[str, str] = {}
        if version is not None:
            headers["ETag"] = version.etag
            headers["Last-Modified"] = format_http_date(version.last_updated_us)
        if entry.method == "GET":
            return HttpResponse(result.status, result.body, headers)
        if entry.method == "DELETE":
            return HttpResponse(result.status, None, headers)
        assert version is not None
        if self._config().medplum_like:
            if result.status == 201:
                headers["Location"] = f"{self._base_url()}/{version.type}/{version.id}"
        else:
            location = f"{self._base_url()}/{version.location}"
            headers["Location"] = location
            headers["Content-Location"] = location
        if prefer.return_ == "minimal":
            return HttpResponse(result.status, None, headers)
        if prefer.return_ == "OperationOutcome":
            return HttpResponse(result.status, operation_outcome(
                f"{entry.method} {version.location} OK", severity="information", code="informational"), headers)
        return HttpResponse(result.status, version.resource, headers)
