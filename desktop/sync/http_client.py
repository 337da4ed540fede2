"""One HTTP connection to the FHIR server: JSON in and out, gzip, auth, TLS.

A :class:`FhirHttpClient` holds one ``httpx.Client`` for the whole sync, so the
TCP/TLS connection is kept alive between Bundles. It makes exactly one
request per call (plus one retry after a refused token) and never retries on
its own: what to retry, and when, is the engine's decision.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import gzip
import json
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Any

import httpx

from .auth import Authenticator
from .errors import AuthError

FHIR_JSON = "application/fhir+json"
USER_AGENT = "Ambulant/0.1 (FHIR R4 sync)"
# Small bodies gain nothing from gzip.
GZIP_MIN_BYTES = 1024


class TransportError(Exception):
    """No HTTP answer: connection refused or dropped, timed out, TLS failure."""


@dataclass(frozen=True)
class Timeouts:
    """Seconds; a large Bundle may take a server a while, so reading waits longer than connecting."""

    connect: float = 10.0
    read: float = 120.0
    probe: float = 5.0


@dataclass(frozen=True)
class HttpAnswer:
    """One HTTP response, its JSON body parsed (None when empty or not JSON)."""

    status: int
    body: Any
    headers: httpx.Headers
    bytes_sent: int
    gzipped: bool = False
    text: str = ""               # the start of a body that was not JSON (an HTML page from a proxy…)

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    @property
    def server_date(self) -> dt.datetime | None:
        """The server's clock from the ``Date`` header (RFC 9110 § 6.6.1), if it sent one."""
        value = self.headers.get("Date")
        if not value:
            return None
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def system_trust() -> ssl.SSLContext:
    """A TLS context that verifies against the operating system's trust store."""
    try:  # truststore uses the OS verifier itself (Keychain, Windows CryptoAPI) where installed
        import truststore  # type: ignore[import-not-found]
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:
        return ssl.create_default_context()


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class FhirHttpClient:
    """Requests to one FHIR base URL over one kept-alive connection."""

    def __init__(self, base_url: str, auth: Authenticator | None = None, timeouts: Timeouts = Timeouts(),
                 verify: ssl.SSLContext | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeouts = timeouts
        self.bytes_sent = 0          # on the wire (after gzip)
        self.json_bytes = 0          # before gzip
        self.requests = 0
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeouts.read, connect=timeouts.connect),
            verify=verify if verify is not None else system_trust(),
            headers={"Accept": FHIR_JSON, "User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
            follow_redirects=False,
        )
        # The connections this client opened (httpcore network streams), so abort() can cut them.
        self._streams: list[Any] = []
        self._streams_lock = threading.Lock()
        self._aborted = False

    def close(self) -> None:
        self._http.close()

    def abort(self) -> None:
        """Cut the request in flight, from any thread: its connection is shut down, so a read that
        waits for the server returns at once as a :class:`TransportError`; later requests fail the same way.

        (Closing the httpx client from another thread would not wake a blocked read.)
        """
        with self._streams_lock:
            self._aborted = True
            streams = list(self._streams)
        for stream in streams:
            _shut(stream)

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace extension: keep each new connection (plain or TLS) for :meth:`abort`."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        if stream is None:
            return
        with self._streams_lock:
            self._streams.append(stream)
            aborted = self._aborted
        if aborted:
            _shut(stream)

    def __enter__(self) -> FhirHttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def metadata(self, authenticated: bool = False) -> HttpAnswer:
        """``GET [base]/metadata`` with the short probe timeout."""
        return self._request("GET", f"{self.base_url}/metadata", None, gzip_body=False,
                             timeout=self.timeouts.probe, authenticated=authenticated)

    def post_bundle(self, bundle: dict[str, Any], gzip_body: bool) -> HttpAnswer:
        """``POST [base]`` with a batch or transaction Bundle.

        No ``Prefer: return=minimal``: servers apply it to the whole answer (Medplum
        sends an empty body), and then no entry says whether it was stored.
        """
        return self._request("POST", self.base_url, encode_json(bundle), gzip_body=gzip_body,
                             timeout=None, authenticated=True)

    def search(self, relative_url: str) -> HttpAnswer:
        """``GET [base]/Type?…`` (or an absolute paging link): one search, for a server without Bundles."""
        url = relative_url if relative_url.startswith(("http://", "https://")) else f"{self.base_url}/{relative_url}"
        return self._request("GET", url, None, gzip_body=False, timeout=None, authenticated=True)

    def _request(self, method: str, url: str, body: bytes | None, gzip_body: bool, timeout: float | None,
                 authenticated: bool, extra: dict[str, str] | None = None) -> HttpAnswer:
        headers = dict(extra or {})
        zipped = False
        if body is not None:
            headers["Content-Type"] = f"{FHIR_JSON}; charset=utf-8"
            self.json_bytes += len(body)
            if gzip_body and len(body) >= GZIP_MIN_BYTES:
                body = gzip.compress(body, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
                zipped = True
        response = self._send(method, url, body, headers, timeout, authenticated)
        if response.status_code == 401 and authenticated and self.auth is not None:
            self.auth.invalidate()   # an expired or revoked token: fetch a new one, once
            response = self._send(method, url, body, headers, timeout, authenticated)
            if response.status_code == 401:
                raise AuthError("Serveren godtok ikke innloggingen (401).", "The server refused the login (401).")
        text = ""
        try:
            parsed = response.json() if response.content else None
        except ValueError:
            parsed = None
            text = response.content[:500].decode("utf-8", "replace")
        return HttpAnswer(response.status_code, parsed, response.headers, len(body or b""), zipped, text)

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float | None,
              authenticated: bool) -> httpx.Response:
        if authenticated and self.auth is not None:
            headers = {**headers, **self.auth.headers(self._http)}
        if self._aborted:
            raise TransportError("cancelled")
        self.requests += 1
        self.bytes_sent += len(body or b"")
        try:
            kwargs: dict[str, Any] = {"content": body, "headers": headers, "extensions": {"trace": self._trace}}
            if timeout is not None:
                kwargs["timeout"] = timeout
            return self._http.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            raise TransportError(f"{type(exc).__name__}: {exc}") from exc
        except (httpx.InvalidURL, UnicodeError) as exc:     # an address the checks let through: no request
            raise TransportError(f"{type(exc).__name__}: {exc}") from exc


def _shut(stream: Any) -> None:
    """Shut a connection's socket both ways (wakes a thread blocked reading it)."""
    sock = stream.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
