"""FHIR interactions (read, vread, search, create, update, delete) and batch/transaction.

Choices where the spec leaves room (documented so the client must not rely on
anything stricter than the spec):

* An update whose content equals the current version (ignoring meta.versionId
  and meta.lastUpdated) creates no new version and answers 200 with the
  current version, like HAPI; set ``noop_update_bumps_version`` to bump anyway.
* Update-as-create is allowed (PUT to an unknown id creates it, 201).
* Bundle response entries carry status/location/etag/lastModified but no
  resource unless the request says ``Prefer: return=representation``; plain
  PUT/POST answer with the resource unless ``Prefer: return=minimal``.
* A failed transaction answers with the failing entry's status (400, 404, 409,
  412, 422, ...) and an OperationOutcome whose diagnostics and expression name
  ``Bundle.entry[i]``; nothing of the Bundle is committed.
* Transactions resolve ``urn:uuid:`` fullUrl references (processing order
  DELETE, POST, PUT, GET as the spec says); in a batch or a plain request a
  ``urn:uuid:`` reference is an error (400), since batch entries must not
  depend on each other.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

from .capability import capability_statement
from .config import StandinConfig
from .instants import format_instant
from .outcomes import FhirError, operation_outcome, status_text
from .search import compile_search, included_references
from .storage import Storage, StoredVersion
from .validation import check_id, check_no_local_references, check_type, rewrite_references, validate_resource

_TRANSACTION_ORDER = {"DELETE": 0, "POST": 1, "PUT": 2, "GET": 3}


@dataclass(frozen=True)
class Prefer:
    """The parts of the Prefer header (RFC 7240) the stand-in honours."""

    return_: str | None = None  # "minimal" | "representation" | "OperationOutcome"
    lenient: bool = False  # handling=lenient: ignore unknown search parameters

    @classmethod
    def parse(cls, header: str | None) -> Prefer:
        """Parse ``return=minimal, handling=lenient`` (``;`` separators tolerated)."""
        return_, lenient = None, False
        for part in (header or "").replace(";", ",").split(","):
            key, _, value = part.strip().partition("=")
            value = value.strip().strip('"')
            if key.strip() == "return" and value in ("minimal", "representation", "OperationOutcome"):
                return_ = value
            elif key.strip() == "handling":
                lenient = value == "lenient"
        return cls(return_, lenient)


@dataclass
class EntryRequest:
    """One interaction, from a plain HTTP request or from a Bundle entry."""

    method: str
    type: str
    id: str | None = None
    version_id: str | None = None
    params: list[tuple[str, str]] = field(default_factory=list)
    conditional: bool = False  # PUT Type?criteria
    resource: Any = None
    full_url: str | None = None
    if_none_exist: str | None = None
    if_match: str | None = None

    @property
    def label(self) -> str:
        """Human-readable ``PUT Patient/1`` for diagnostics."""
        target = self.type + (f"/{self.id}" if self.id else "")
        if self.version_id:
            target += f"/_history/{self.version_id}"
        if self.params:
            target += "?" + urlencode(self.params)
        return f"{self.method} {target}"


@dataclass
class Resolution:
    """Which resource a write acts on, decided before anything is written."""

    id: str
    existing: StoredVersion | None
    matched: bool = False  # conditional create found a match: nothing to write


@dataclass
class EntryResult:
    """Outcome of one successful interaction."""

    status: int
    version: StoredVersion | None = None
    body: dict[str, Any] | None = None  # GET payload (resource or searchset Bundle)


def now_instant() -> str:
    """The current time as a FHIR instant."""
    return format_instant(time.time_ns() // 1000)


def new_id() -> str:
    """A fresh server-assigned id."""
    return str(uuid.uuid4())


class FhirService:
    """FHIR semantics over a `Storage`; transport-agnostic (see `router.py` for HTTP)."""

    def __init__(self, storage: Storage, config: Callable[[], StandinConfig], base_url: Callable[[], str]) -> None:
        self._storage = storage
        self._config = config
        self._base_url = base_url
        self._started = now_instant()

    # --- public entry points -----------------------------------------------------

    def capability(self) -> dict[str, Any]:
        """The CapabilityStatement for the current configuration."""
        return capability_statement(self._config(), self._base_url(), self._started)

    def parse_target(self, method: str, url: str) -> EntryRequest:
        """Parse a request URL relative to the base (``Patient/1``, ``Patient?identifier=x``)."""
        base = self._base_url()
        if url.startswith(("http://", "https://")):
            if not url.startswith(base + "/"):
                raise FhirError(400, f"URL {url!r} is not under this server's base {base}")
            url = url[len(base) + 1:]
        path, has_query, query = url.partition("?")
        segments = [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []
        params = parse_qsl(query, keep_blank_values=True)
        if not segments:
            raise FhirError(400, f"Request URL {url!r} names no resource type")
        req = EntryRequest(method, segments[0], params=params)
        self._shape(req, segments, bool(has_query))
        return req

    def parse_entry(self, raw: Any) -> EntryRequest:
        """Turn one Bundle entry into an `EntryRequest` (raises FhirError 400)."""
        if not isinstance(raw, dict):
            raise FhirError(400, "Bundle entry must be an object", code="structure")
        request = raw.get("request")
        if not isinstance(request, dict):
            raise FhirError(400, "entry.request is required in a batch or transaction", code="required")
        method, url = request.get("method"), request.get("url")
        if method not in _TRANSACTION_ORDER:
            raise FhirError(400, f"entry.request.method {method!r} is not supported (GET, POST, PUT, DELETE)",
                            code="not-supported")
        if not isinstance(url, str) or not url:
            raise FhirError(400, "entry.request.url is required", code="required")
        req = self.parse_target(method, url)
        req.resource = raw.get("resource")
        req.full_url = raw.get("fullUrl") if isinstance(raw.get("fullUrl"), str) else None
        req.if_none_exist = _optional_str(request, "ifNoneExist")
        req.if_match = _optional_str(request, "ifMatch")
        self._check_full_url(req)
        return req

    def run(self, req: EntryRequest, prefer: Prefer) -> EntryResult:
        """Run one interaction atomically (plain HTTP request or batch entry)."""
        with self._storage.transaction():
            self._validate(req)
            resolution = self._resolve(req)
            if isinstance(req.resource, dict):
                check_no_local_references(req.resource, req.type)
            return self._execute(req, resolution, prefer)

    def process_bundle(self, bundle: Any, prefer: Prefer) -> dict[str, Any]:
        """Process ``POST [base]`` with a batch or transaction Bundle; returns the response Bundle."""
        if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
            raise FhirError(400, "POST to the base URL requires a Bundle resource")
        kind = bundle.get("type")
        if kind not in ("batch", "transaction"):
            raise FhirError(400, f"Bundle.type must be 'batch' or 'transaction', got {kind!r}",
                            expression=["Bundle.type"])
        entries = bundle.get("entry", [])
        if not isinstance(entries, list):
            raise FhirError(400, "Bundle.entry must be an array", code="structure")
        self._check_bundle_allowed(kind, len(entries))
        if kind == "batch":
            return self._batch(entries, prefer)
        return self._transaction(entries, prefer)

    # --- bundles -----------------------------------------------------------------

    def _check_bundle_allowed(self, kind: str, count: int) -> None:
        cfg = self._config()
        if kind == "transaction" and cfg.batch_only:
            raise FhirError(400, "transaction not supported: this server only accepts batch Bundles",
                            code="not-supported")
        if kind == "batch" and cfg.transaction_only:
            raise FhirError(400, "batch not supported: this server only accepts transaction Bundles",
                            code="not-supported")
        cap = cfg.max_bundle_entries
        if cap is not None and count > cap:
            raise FhirError(cfg.bundle_cap_status,
                            f"Bundle has {count} entries; this server accepts at most {cap} per request",
                            code="too-costly")

    def _batch(self, entries: list[Any], prefer: Prefer) -> dict[str, Any]:
        out = []
        for raw in entries:
            try:
                req = self.parse_entry(raw)
                out.append(self._bundle_entry(req, self.run(req, prefer), prefer))
            except FhirError as err:  # batch entries fail independently
                out.append({"response": {"status": status_text(err.status), "outcome": err.outcome()}})
        return self._response_bundle("batch-response", out)

    def _transaction(self, entries: list[Any], prefer: Prefer) -> dict[str, Any]:
        reqs = []
        for i, raw in enumerate(entries):
            with _entry_context(i, "entry"):
                reqs.append(self.parse_entry(raw))
        with self._storage.transaction():  # any exception below rolls everything back
            resolutions = self._resolve_all(reqs)
            mapping = self._local_ids(reqs, resolutions)
            results: dict[int, EntryResult] = {}
            for i in sorted(range(len(reqs)), key=lambda n: _TRANSACTION_ORDER[reqs[n].method]):
                req = reqs[i]
                with _entry_context(i, req.label):
                    if isinstance(req.resource, dict):
                        rewrite_references(req.resource, mapping)
                        check_no_local_references(req.resource, req.type)
                    results[i] = self._execute(req, resolutions.get(i), prefer)
        out = [self._bundle_entry(req, results[i], prefer) for i, req in enumerate(reqs)]
        return self._response_bundle("transaction-response", out)

    def _resolve_all(self, reqs: list[EntryRequest]) -> dict[int, Resolution]:
        """Validate and resolve every entry before writing anything; reject overlaps."""
        resolutions: dict[int, Resolution] = {}
        owners: dict[tuple[str, str], int] = {}
        full_urls: dict[str, int] = {}
        for i, req in enumerate(reqs):
            with _entry_context(i, req.label):
                self._validate(req)
                if req.full_url and req.method != "GET":
                    if req.full_url in full_urls:
                        other = full_urls[req.full_url]
                        raise FhirError(400, f"fullUrl {req.full_url!r} also used by Bundle.entry[{other}]",
                                        code="duplicate")
                    full_urls[req.full_url] = i
                resolution = self._resolve(req)
                if resolution is None:
                    continue
                key = (req.type, resolution.id)
                if key in owners:
                    raise FhirError(400, f"{key[0]}/{key[1]} is also the target of Bundle.entry[{owners[key]}]",
                                    code="duplicate")
                owners[key] = i
                resolutions[i] = resolution
        return resolutions

    @staticmethod
    def _local_ids(reqs: list[EntryRequest], resolutions: dict[int, Resolution]) -> dict[str, str]:
        """fullUrl -> ``Type/id`` for entries with Bundle-local (``urn:``) fullUrls."""
        return {
            req.full_url: f"{req.type}/{resolutions[i].id}"
            for i, req in enumerate(reqs)
            if req.full_url and req.full_url.startswith("urn:") and i in resolutions
        }

    def _bundle_entry(self, req: EntryRequest, result: EntryResult, prefer: Prefer) -> dict[str, Any]:
        if self._config().medplum_like:
            return _medplum_entry(req, result)
        entry: dict[str, Any] = {}
        response: dict[str, Any] = {"status": status_text(result.status)}
        version = result.version
        if req.method == "GET":
            if result.body is not None:
                entry["resource"] = result.body
        elif version is not None:
            entry["fullUrl"] = f"{self._base_url()}/{version.type}/{version.id}"
            if req.method != "DELETE":
                response["location"] = version.location
            if prefer.return_ == "representation" and version.resource is not None:
                entry["resource"] = version.resource
            elif prefer.return_ == "OperationOutcome":
                response["outcome"] = operation_outcome("OK", severity="information", code="informational")
        if version is not None:
            response["etag"] = version.etag
            response["lastModified"] = version.last_updated
        entry["response"] = response
        return entry

    @staticmethod
    def _response_bundle(kind: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
        bundle: dict[str, Any] = {"resourceType": "Bundle", "id": new_id(), "type": kind}
        if entries:  # FHIR JSON forbids empty arrays
            bundle["entry"] = entries
        return bundle

    # --- single interactions -------------------------------------------------------

    def _shape(self, req: EntryRequest, segments: list[str], has_query: bool) -> None:
        """Check the URL shape fits the method and fill id/version."""
        n, method = len(segments), req.method
        if method == "GET" and n == 1:
            return  # search
        if method == "GET" and n == 2 and segments[1] != "_history":
            req.id = segments[1]
            return
        if method == "GET" and n == 4 and segments[2] == "_history":
            req.id, req.version_id = segments[1], segments[3]
            return
        if method == "POST" and n == 1 and not has_query:
            return
        if method == "PUT" and n == 1 and req.params:
            req.conditional = True
            return
        if method in ("PUT", "DELETE") and n == 2 and not has_query:
            req.id = segments[1]
            return
        raise FhirError(400 if method != "POST" or n == 1 else 405,
                        f"{method} {'/'.join(segments)}{'?...' if has_query else ''} is not a supported interaction",
                        code="not-supported")

    def _check_full_url(self, req: EntryRequest) -> None:
        if req.method != "PUT" or req.conditional or not req.full_url or req.full_url.startswith("urn:"):
            return
        expected = f"{req.type}/{req.id}"
        if req.full_url != expected and not req.full_url.endswith("/" + expected):
            raise FhirError(400, f"fullUrl {req.full_url!r} does not agree with request.url {expected!r}",
                            expression=["fullUrl"])

    def _validate(self, req: EntryRequest) -> None:
        cfg = self._config()
        check_type(req.type, cfg)
        if req.id is not None:
            check_id(req.id)
        if req.method not in ("PUT", "POST"):
            return
        if req.resource is None:
            raise FhirError(400, f"{req.method} needs a resource in the request body / entry.resource",
                            code="required")
        validate_resource(req.resource, type_=req.type, url_id=req.id,
                          require_id=req.method == "PUT" and not req.conditional, config=cfg)

    def _resolve(self, req: EntryRequest) -> Resolution | None:
        if req.method == "GET":
            return None
        if req.method == "POST":
            return self._resolve_create(req)
        if req.method == "PUT" and req.conditional:
            return self._resolve_conditional_update(req)
        assert req.id is not None
        return Resolution(req.id, self._storage.current(req.type, req.id))

    def _resolve_create(self, req: EntryRequest) -> Resolution:
        if req.if_none_exist:
            criteria = parse_qsl(req.if_none_exist.lstrip("?"), keep_blank_values=True)
            matches = self._find(req.type, criteria, "If-None-Exist")
            if matches:
                return Resolution(matches[0].id, matches[0], matched=True)
        return Resolution(new_id(), None)

    def _resolve_conditional_update(self, req: EntryRequest) -> Resolution:
        matches = self._find(req.type, req.params, "conditional update")
        body_id = req.resource.get("id")
        if matches:
            if body_id is not None and body_id != matches[0].id:
                raise FhirError(400, f"Body id {body_id!r} differs from the resource the criteria matched "
                                f"({req.type}/{matches[0].id})")
            return Resolution(matches[0].id, matches[0])
        if body_id is None:
            return Resolution(new_id(), None)
        check_id(body_id)
        existing = self._storage.current(req.type, body_id)
        if existing is not None and not existing.deleted:
            raise FhirError(409, f"{req.type}/{body_id} exists but does not match the update criteria")
        return Resolution(body_id, existing)

    def _find(self, type_: str, criteria: list[tuple[str, str]], what: str) -> list[StoredVersion]:
        """At most two live matches for conditional criteria; 412 when several match."""
        query = compile_search(criteria, lenient=False, page_size=2, max_page_size=2)
        if not query.clauses:
            raise FhirError(400, f"{what} needs search criteria (e.g. identifier=system|value)")
        query.count, query.offset, query.summary_count = 2, 0, False
        _, matches = self._storage.search(type_, query)
        if len(matches) > 1:
            raise FhirError(412, f"{what} criteria match more than one {type_}", code="multiple-matches")
        return matches

    def _execute(self, req: EntryRequest, resolution: Resolution | None, prefer: Prefer) -> EntryResult:
        if req.method == "GET":
            return self._get(req, prefer)
        assert resolution is not None
        if req.method == "DELETE":
            return self._delete(req, resolution)
        if req.method == "POST":
            return self._create(req, resolution)
        return self._update(req, resolution)

    def _get(self, req: EntryRequest, prefer: Prefer) -> EntryResult:
        if req.id is None:
            return EntryResult(200, body=self._search(req, prefer))
        if req.version_id is not None:
            version = self._storage.version(req.type, req.id, int(req.version_id)) \
                if req.version_id.isdigit() else None
        else:
            version = self._storage.current(req.type, req.id)
        if version is None:
            raise FhirError(404, f"{req.label.split(' ', 1)[1]} is not known to this server", code="not-found")
        if version.deleted:
            raise FhirError(410, f"{req.type}/{req.id} has been deleted", code="deleted")
        return EntryResult(200, version, body=version.resource)

    def _search(self, req: EntryRequest, prefer: Prefer) -> dict[str, Any]:
        cfg = self._config()
        if not cfg.elements and any(k == "_elements" for k, _ in req.params):
            raise FhirError(400, "_elements is not supported", code="not-supported")
        query = compile_search(req.params, lenient=prefer.lenient, page_size=cfg.default_page_size,
                               max_page_size=cfg.max_page_size)
        total, page = self._storage.search(req.type, query)
        base = f"{self._base_url()}/{req.type}"
        bundle: dict[str, Any] = {
            "resourceType": "Bundle",
            "id": new_id(),
            "meta": {"lastUpdated": now_instant()},
            "type": "searchset",
            "total": total,
            "link": [{"relation": "self", "url": _with_query(base, req.params)}],
        }
        if cfg.medplum_like:
            del bundle["meta"]   # Medplum's searchset carries no meta; the server's clock is its Date header
        next_offset = query.offset + len(page)
        if page and next_offset < total and cfg.next_links:
            params = [(k, v) for k, v in req.params if k != "_offset"] + [("_offset", str(next_offset))]
            bundle["link"].append({"relation": "next", "url": _with_query(base, params)})
        # _elements is a summary of each match (R4 §3.1.1.5.9); Medplum's router ignores it.
        subset = query.elements if query.elements and not cfg.medplum_like else None
        entries = [{"fullUrl": f"{base}/{v.id}", "resource": _subset(v.resource, subset) if subset else v.resource,
                    "search": {"mode": "match"}} for v in page]
        entries += self._included(page, query.includes)
        if entries:
            bundle["entry"] = entries
        return bundle

    def _included(self, page: list[StoredVersion], includes: list[str]) -> list[dict[str, Any]]:
        """``_include`` entries: what the matches reference, each resource once (search mode include)."""
        seen = {(v.type, v.id) for v in page}
        out = []
        for version in page:
            for include in includes:
                for ref in included_references(version.resource or {}, include):
                    type_, id_ = ref.split("/", 1)
                    target = self._storage.current(type_, id_)
                    if target is None or target.deleted or (type_, id_) in seen:
                        continue
                    seen.add((type_, id_))
                    out.append({"fullUrl": f"{self._base_url()}/{ref}", "resource": target.resource,
                                "search": {"mode": "include"}})
        return out

    def _create(self, req: EntryRequest, resolution: Resolution) -> EntryResult:
        if resolution.matched:
            return EntryResult(200, resolution.existing)
        resource = {**req.resource, "id": resolution.id}  # the spec says a POSTed id is ignored
        version = self._storage.write(req.type, resolution.id, resource)
        return EntryResult(self._write_status(created=True), version)

    def _update(self, req: EntryRequest, resolution: Resolution) -> EntryResult:
        existing = resolution.existing
        self._check_if_match(req, existing)
        resource = {**req.resource, "id": resolution.id}
        live = existing is not None and not existing.deleted
        unchanged = live and existing is not None and _same_content(existing.resource, resource)
        if unchanged and not self._config().noop_update_bumps_version:
            return EntryResult(self._write_status(created=False), existing)
        version = self._storage.write(req.type, resolution.id, resource)
        # Medplum answers an update that created the resource with 200 all the same.
        created = not live and not self._config().medplum_like
        return EntryResult(self._write_status(created=created), version)

    def _delete(self, req: EntryRequest, resolution: Resolution) -> EntryResult:
        existing = resolution.existing
        if existing is None:
            raise FhirError(404, f"{req.type}/{resolution.id} is not known to this server")
        self._check_if_match(req, existing)
        if existing.deleted:
            return EntryResult(204, existing)
        return EntryResult(204, self._storage.write(req.type, resolution.id, None))

    def _check_if_match(self, req: EntryRequest, existing: StoredVersion | None) -> None:
        if req.if_match is None:
            return
        wanted = str(req.if_match).strip().removeprefix("W/").strip('"')
        if existing is None or existing.deleted:
            status = 404 if self._config().medplum_like else 412
            raise FhirError(status, f"If-Match {req.if_match} given but {req.type} does not exist",
                            code="not-found" if status == 404 else "conflict")
        if wanted != str(existing.version_id):
            raise FhirError(412, f"Version conflict: If-Match {req.if_match} but current version is "
                            f"{existing.etag}", code="conflict")

    def _write_status(self, *, created: bool) -> int:
        forced = self._config().create_status
        return forced if forced is not None else (201 if created else 200)


@contextmanager
def _entry_context(index: int, label: str) -> Iterator[None]:
    """Re-raise FhirError naming the Bundle entry, so a failed transaction says which one."""
    try:
        yield
    except FhirError as err:
        if (err.expression or [""])[0].startswith("Bundle.entry["):
            raise
        raise err.at_entry(index, label) from None


SUBSETTED = {"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "code": "SUBSETTED",
             "display": "subsetted"}


def _subset(resource: dict[str, Any] | None, elements: tuple[str, ...]) -> dict[str, Any] | None:
    """A match with only the asked-for elements (and resourceType, id, meta), marked SUBSETTED."""
    if resource is None:
        return None
    plain = {e for e in elements if not e.endswith("[x]")}
    choices = [e.removesuffix("[x]") for e in elements if e.endswith("[x]")]   # value[x]: valueQuantity, …
    kept = {k: v for k, v in resource.items() if k in ("resourceType", "id") or k in plain
            or any(k.startswith(c) and k[len(c):][:1].isupper() for c in choices)}
    meta = dict(resource.get("meta") or {})
    meta["tag"] = [*meta.get("tag", []), SUBSETTED]
    return {**kept, "meta": meta}


def _medplum_entry(req: EntryRequest, result: EntryResult) -> dict[str, Any]:
    """A Bundle response entry as Medplum writes one (see `StandinConfig.medplum`)."""
    ok = operation_outcome("All OK", severity="information", code="informational")
    version = result.version
    response: dict[str, Any] = {"outcome": ok, "status": str(result.status)}
    entry: dict[str, Any] = {"response": response}
    if req.method == "GET":
        if result.body is not None:
            entry["resource"] = result.body
    elif version is not None and version.resource is not None:
        response["location"] = f"{version.type}/{version.id}"
        entry["resource"] = version.resource
    return entry


def _optional_str(request: dict[str, Any], key: str) -> str | None:
    value = request.get(key)
    if value is not None and not isinstance(value, str):
        raise FhirError(400, f"entry.request.{key} must be a string", code="structure")
    return value


def _with_query(url: str, params: list[tuple[str, str]]) -> str:
    return f"{url}?{urlencode(params)}" if params else url


def _same_content(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Equal apart from server-owned meta (versionId, lastUpdated)."""
    return old is not None and _content(old) == _content(new)


def _content(resource: dict[str, Any]) -> dict[str, Any]:
    meta = {k: v for k, v in (resource.get("meta") or {}).items() if k not in ("versionId", "lastUpdated")}
    body = {k: v for k, v in resource.items() if k != "meta"}
    if meta:
        body["meta"] = meta
    return body
