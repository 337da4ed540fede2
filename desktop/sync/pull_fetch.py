"""Searches for the pull, many per request, every page: what any FHIR R4 server answers.

Every round of searches goes out as one ``batch`` Bundle of GET entries (``transaction``
where the server only takes that, one GET each where it takes neither). Each search is
followed to its end:

* a ``next`` link is followed as given (HAPI, the stand-in);
* without one, while the searchset's ``total`` says more matches exist, the same search is
  asked again with ``_offset`` moved on (Medplum's router gives no links; ``_count`` only cuts);

and every page still to fetch, of every search, goes in the next round's one request.

The server's clock is read from each answer (the searchset's ``meta.lastUpdated``, else the
HTTP ``Date``): the earliest is what the watermark is taken from. A whole request that gets no
usable answer is retried with backoff; one search the server refuses (4xx) is reported and
the others go on. A search refused with 400 while it has ``_include`` or ``_elements`` is asked
once more without it (a server that does not do includes, or id-only answers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .bundles import outcome_text, read_bundle, retry_after_seconds
from .fhir_read import Json, instant
from .http_client import FhirHttpClient, HttpAnswer, TransportError

MAX_SEARCHES_PER_REQUEST = 50


@dataclass(frozen=True)
class Census:
    """What a search is a complete read of: every ``resource_type`` the server holds for its patients
    (those whose local record happened at or after ``since``, when given). What such a search, complete,
    no longer holds was deleted on the server. ``ids_only``: its entries are read for their ids alone
    (an ``_elements=id`` search) and are never applied."""

    resource_type: str
    since: dt.datetime | None = None
    ids_only: bool = False


@dataclass
class Search:
    """One search and everything it has brought back so far."""

    key: str                        # what it is for ("caseload", "MedicationRequest", …)
    url: str                        # relative: "Type?param=value&…"
    entries: list[Json] = field(default_factory=list)   # resources: matches and includes
    matches: int = 0
    total: int | None = None
    first_total: int | None = None
    next_url: str | None = None
    pages: int = 0
    done: bool = False
    error: str | None = None
    offset_paging: bool = False     # no next link: paged with _offset by the total
    patients: tuple[str, ...] = ()  # the Patients a data search covers (a census is complete for them)
    census: Census | None = None    # a full read of one type for ``patients``: deletions show

    @property
    def complete(self) -> bool:
        """Every page arrived, and a server paging by offset kept the same total meanwhile."""
        return self.done and self.error is None and (not self.offset_paging or self.total == self.first_total)

    def request_url(self) -> str:
        return self.next_url or self.url


class FetchStopped(Exception):
    """The server gave no usable answer after the retries (or the run was cancelled)."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en


@dataclass
class Fetcher:
    """Runs searches over one client; ``sleep(seconds, why)`` and ``delay(attempt)`` come from the engine."""

    client: FhirHttpClient
    kind: str | None                              # "batch", "transaction", or None: one GET per search
    sleep: Callable[[float, str], None]
    delay: Callable[[int], float]
    attempts: int = 6
    max_retry_after_s: float = 300.0
    cancelled: Callable[[], bool] = lambda: False
    progress: Callable[[int], None] = lambda received: None
    server_times: list[dt.datetime] = field(default_factory=list)
    received: int = 0

    def run(self, searches: list[Search]) -> None:
        """Fetch every page of every search; raises :class:`FetchStopped` when the server stays away."""
        while True:
            todo = [s for s in searches if not s.done]
            if not todo:
                return
            for start in range(0, len(todo), MAX_SEARCHES_PER_REQUEST):
                self._round(todo[start:start + MAX_SEARCHES_PER_REQUEST])

    def _round(self, searches: list[Search]) -> None:
        if self.kind is None:
            for search in searches:
                http = self._request(lambda s=search: self.client.search(s.request_url()), single=True)
                self._note_time(http, None)
                if http.status == 200 and isinstance(http.body, dict):
                    self._absorb(search, http.body)
                else:
                    self._refused(search, http.status, http.body)
            return
        http = self._request(lambda: self.client.post_bundle(
            read_bundle(self.kind or "batch", [s.request_url() for s in searches]), False))
        entries = http.body.get("entry") if isinstance(http.body, dict) else None
        for search, entry in zip(searches, entries or []):
            response = entry.get("response") if isinstance(entry, dict) else None
            status = str((response or {}).get("status", ""))[:3]
            resource = entry.get("resource") if isinstance(entry, dict) else None
            self._note_time(http, resource)
            if status == "200" and isinstance(resource, dict) and resource.get("resourceType") == "Bundle":
                self._absorb(search, resource)
            else:
                self._refused(search, int(status) if status.isdigit() else 0,
                              (response or {}).get("outcome") or resource)

    def _request(self, send: Callable[[], HttpAnswer], single: bool = False) -> HttpAnswer:
        """One request, retried with backoff until it gets a readable answer.

        A search of its own (``single``) refused with 4xx is that search's answer; a refused
        Bundle of searches stops the fetch.
        """
        attempt = 0
        while True:
            if self.cancelled():
                raise FetchStopped("Synkroniseringen ble avbrutt.", "The sync was cancelled.")
            wait = None
            try:
                http = send()
                if http.status == 200 and isinstance(http.body, dict):
                    if single or http.body.get("type") == f"{self.kind}-response":
                        return http
                what = f"HTTP {http.status}"
                wait = retry_after_seconds(http.headers.get("Retry-After"))
                refused = 400 <= http.status < 500 and http.status not in (408, 429)
                if refused and single:
                    return http
                if refused:
                    raise FetchStopped(f"Serveren avviste hentingen ({outcome_text(http.body, http.status)}).",
                                       f"The server refused the searches ({what}).")
            except TransportError as exc:
                what = str(exc)
            attempt += 1
            if wait is not None and wait > self.max_retry_after_s:
                raise FetchStopped(f"Serveren er opptatt og ber om at vi venter {int(wait)} sekunder. "
                                   "Hentingen fortsetter neste gang.", f"The server asks us to wait {int(wait)} s.")
            if attempt >= self.attempts:
                raise FetchStopped("Fikk ikke hentet fra serveren. Det som allerede var hentet er beholdt; "
                                   "resten hentes neste gang.", f"Gave up fetching after {attempt} attempts ({what}).")
            self.sleep(wait if wait is not None else self.delay(attempt), "Henter fra serveren, prøver igjen …")

    def _note_time(self, http: HttpAnswer, resource: Any) -> None:
        meta = resource.get("meta") if isinstance(resource, dict) else None
        when = instant(meta.get("lastUpdated")) if isinstance(meta, dict) else None
        when = when or http.server_date
        if when is not None:
            self.server_times.append(when)

    def _absorb(self, search: Search, bundle: Json) -> None:
        page_matches = 0
        for entry in bundle.get("entry") or []:
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict) or resource.get("resourceType") == "OperationOutcome":
                continue
            search.entries.append(resource)
            if ((entry.get("search") or {}).get("mode") or "match") == "match":
                page_matches += 1
        search.matches += page_matches
        search.pages += 1
        self.received += len(bundle.get("entry") or [])
        self.progress(self.received)
        total = bundle.get("total") if isinstance(bundle.get("total"), int) else None
        if search.first_total is None:
            search.first_total = total
        search.total = total
        link = next((link.get("url") for link in bundle.get("link") or []
                     if isinstance(link, dict) and link.get("relation") == "next" and link.get("url")), None)
        if link:
            search.next_url = self._relative(str(link))
        elif total is not None and page_matches and search.matches < total:
            search.offset_paging = True
            search.next_url = _with_offset(search.url, search.matches)
        else:
            search.next_url = None
        search.done = search.next_url is None

    def _relative(self, url: str) -> str:
        base = self.client.base_url + "/"
        return url[len(base):] if url.startswith(base) else url

    def _refused(self, search: Search, status: int, outcome: Any) -> None:
        if status == 400 and "_include=" in search.request_url() and search.pages == 0:
            # A server without _include: ask for the matches alone (what they reference is looked up later).
            search.url = _without(search.url, "_include")
            search.next_url = None
            return
        if status == 400 and "_elements=" in search.request_url() and search.pages == 0:
            # A server that refuses _elements: the census reads whole resources (for their ids) instead.
            search.url = _without(search.url, "_elements")
            search.next_url = None
            return
        search.error = outcome_text(outcome, status or None)
        search.done = True


def _with_offset(url: str, offset: int) -> str:
    path, _, query = url.partition("?")
    params = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "_offset"]
    return f"{path}?{urlencode(params + [('_offset', str(offset))], safe=':/,|')}"


def _without(url: str, name: str) -> str:
    path, _, query = url.partition("?")
    params = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != name]
    return f"{path}?{urlencode(params, safe=':/,|')}"
