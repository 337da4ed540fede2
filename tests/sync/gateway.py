"""A small HTTP gateway on 127.0.0.1 in front of the FHIR stand-in, playing the parts it does not:

* an OAuth 2 token endpoint (``POST /token``) that checks a ``private_key_jwt``
  client assertion (RFC 7523) against a registered public JWK and issues
  bearer tokens, as HelseID does;
* a resource server that refuses requests without a valid token (401);
* a server that does not take gzip request bodies (415, no Accept-Encoding);
* faults in front of a server that cannot inject its own (the Medplum-based
  independent server): the stand-in's ``fail_next`` forms (see
  tests/fhir_standin/faults.py) and ``reject_identifier_values`` (those Bundle
  entries answered 422 by the gateway, the rest forwarded), and ``stop()``/``start()``
  on the same port for an outage.

Everything else is forwarded to the upstream server unchanged.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
_FORWARD_HEADERS = ("content-type", "content-encoding", "prefer", "accept", "if-match", "if-none-exist",
                    "if-none-match")
_RETURN_HEADERS = ("content-type", "etag", "location", "retry-after", "accept-encoding", "last-modified")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class GatewayConfig:
    """What the gateway demands; change fields while it runs."""

    client_id: str = "ambulant-test-client"
    client_jwk: dict[str, str] | None = None   # the registered public key (EC P-256)
    static_tokens: set[str] = field(default_factory=set)
    require_token: bool = False
    token_lifetime_s: int = 3600
    refuse_gzip: bool = False
    # Refuse Bundles with more entries than this with a plain 400 that does not say why.
    silent_cap: int | None = None
    # Faults for write requests, one used per POST/PUT/DELETE (tests/fhir_standin/faults.py forms).
    fail_next: list[Any] = field(default_factory=list)
    # Bundle entries whose resource has one of these identifier values are answered 422 here.
    reject_identifier_values: set[str] = field(default_factory=set)


class Gateway:
    """Start with ``with Gateway(standin_base_url, config) as gw:``; ``gw.base_url`` is the FHIR base."""

    def __init__(self, upstream: str, config: GatewayConfig) -> None:
        self.upstream = upstream.rstrip("/")
        self.config = config
        self.issued: dict[str, float] = {}      # token → expiry (monotonic)
        self.assertions: list[dict[str, Any]] = []
        self.used_jti: set[str] = set()
        self.refused = 0
        self.gzip_refused = 0
        self.write_log: list[tuple[str, int, int | None]] = []   # (method, entries, status or None)
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=60)
        self._port = 0
        self._sockets: set[Any] = set()
        self._server: ThreadingHTTPServer | None = None
        self._bind()

    def _bind(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", self._port), _handler_for(self))
        self._server.daemon_threads = True
        self._port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        return self.root + "/fhir"

    @property
    def token_endpoint(self) -> str:
        return self.root + "/token"

    def __enter__(self) -> Gateway:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self._http.close()

    def stop(self) -> None:
        """Stop answering: close the listening socket and every open connection (connections refused)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            sockets, self._sockets = set(self._sockets), set()
        for sock in sockets:
            try:
                sock.shutdown(2)
            except OSError:
                pass

    def start(self) -> None:
        """Serve again on the same port (after :meth:`stop`)."""
        if self._server is None:
            self._bind()
            self._thread.start()

    def take_fault(self) -> Any:
        """The next scripted fault for a write request, parsed, or None."""
        from tests.fhir_standin.faults import parse_fault
        with self._lock:
            spec = self.config.fail_next.pop(0) if self.config.fail_next else None
        return parse_fault(spec) if spec is not None else None

    def expire_all_tokens(self) -> None:
        """Make every issued token invalid (the next FHIR request answers 401)."""
        with self._lock:
            self.issued = {t: 0.0 for t in self.issued}

    # -- the token endpoint ------------------------------------------------------------

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") != "client_credentials" or form.get("client_assertion_type") != ASSERTION_TYPE:
            return 400, {"error": "unsupported_grant_type"}
        try:
            claims = self._verify(form.get("client_assertion", ""))
        except ValueError as exc:
            return 400, {"error": "invalid_client", "error_description": str(exc)}
        with self._lock:
            token = f"token-{len(self.issued) + 1}"
            self.issued[token] = time.monotonic() + self.config.token_lifetime_s
            self.assertions.append(claims)
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": self.config.token_lifetime_s,
                     "scope": form.get("scope", "")}

    def _verify(self, assertion: str) -> dict[str, Any]:
        jwk = self.config.client_jwk
        if jwk is None:
            raise ValueError("no client registered")
        try:
            header_b64, claims_b64, signature_b64 = assertion.split(".")
            header = json.loads(_unb64(header_b64))
            claims = json.loads(_unb64(claims_b64))
            signature = _unb64(signature_b64)
        except ValueError as exc:
            raise ValueError(f"malformed assertion: {exc}") from None
        if header.get("alg") != "ES256" or header.get("kid") != jwk["kid"]:
            raise ValueError("unknown key")
        public = ec.EllipticCurvePublicNumbers(int.from_bytes(_unb64(jwk["x"]), "big"),
                                               int.from_bytes(_unb64(jwk["y"]), "big"),
                                               ec.SECP256R1()).public_key()
        der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
        try:
            public.verify(der, f"{header_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            raise ValueError("bad signature") from None
        now = time.time()
        if claims.get("iss") != self.config.client_id or claims.get("sub") != self.config.client_id:
            raise ValueError("wrong issuer/subject")
        if claims.get("aud") != self.token_endpoint:
            raise ValueError("wrong audience")
        if not claims.get("iat", 0) - 5 <= now < claims.get("exp", 0) or claims["exp"] - claims["iat"] > 120:
            raise ValueError("expired or too long-lived assertion")
        with self._lock:
            if claims.get("jti") in self.used_jti:
                raise ValueError("replayed assertion")
            self.used_jti.add(claims["jti"])
        return claims

    def authorised(self, header: str | None) -> bool:
        if not self.config.require_token:
            return True
        if not header or not header.startswith("Bearer "):
            return False
        token = header.removeprefix("Bearer ")
        with self._lock:
            if token in self.config.static_tokens:
                return True
            return self.issued.get(token, 0.0) > time.monotonic()

    def forward(self, method: str, path: str, headers: Any, body: bytes) -> httpx.Response:
        wanted = {k: v for k, v in headers.items() if k.lower() in _FORWARD_HEADERS}
        return self._http.request(method, self.upstream + path.removeprefix("/fhir"), headers=wanted,
                                  content=body or None)


def _bundle(headers: Any, body: bytes) -> dict[str, Any]:
    if (headers.get("Content-Encoding") or "").lower() == "gzip":
        body = gzip.decompress(body)
    return json.loads(body)


def _handler_for(gateway: Gateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            with gateway._lock:
                gateway._sockets.add(self.connection)

        def finish(self) -> None:
            with gateway._lock:
                gateway._sockets.discard(self.connection)
            try:
                super().finish()
            except OSError:
                pass

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            if length and self.command in ("POST", "PUT", "DELETE") and self.path.startswith("/fhir"):
                fault = gateway.take_fault()
                if fault is not None and fault.kind == "drop_mid_upload":
                    self.rfile.read(length // 2)
                    self._drop(0)
                    raise _Dropped()
                self._fault = fault
            return self.rfile.read(length) if length else b""

        def _drop(self, entries: int) -> None:
            """Close the connection without an answer."""
            self.close_connection = True
            gateway.write_log.append((self.command, entries, None))
            try:
                self.connection.shutdown(2)
            except OSError:
                pass

        def handle_one_request(self) -> None:
            self._fault = None
            try:
                super().handle_one_request()
            except _Dropped:
                self.close_connection = True

        def _send(self, status: int, body: dict[str, Any] | None, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _outcome(self, status: int, code: str, text: str) -> None:
            self._send(status, {"resourceType": "OperationOutcome",
                                "issue": [{"severity": "error", "code": code, "diagnostics": text}]})

        def do_POST(self) -> None:
            body = self._body()
            if self.path == "/token":
                form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                status, answer = gateway.token(form)
                self._send(status, answer)
                return
            self._fhir("POST", body)

        def do_GET(self) -> None:
            self._fhir("GET", self._body())

        do_PUT = do_POST
        do_DELETE = do_POST

        def _fhir(self, method: str, body: bytes) -> None:
            if not self.path.startswith("/fhir"):
                self._outcome(404, "not-found", "not under /fhir")
                return
            if gateway.config.refuse_gzip and (self.headers.get("Content-Encoding") or "").lower() == "gzip":
                gateway.gzip_refused += 1
                self._outcome(415, "not-supported", "Content-Encoding gzip is not supported")
                return
            cap = gateway.config.silent_cap
            if cap is not None and method == "POST" and body and len(_bundle(self.headers, body).get("entry", [])) > cap:
                self._outcome(400, "invalid", "Invalid request")
                return
            if not gateway.authorised(self.headers.get("Authorization")) and not self.path.endswith("/metadata"):
                gateway.refused += 1
                self._send(401, {"resourceType": "OperationOutcome", "issue": [
                    {"severity": "error", "code": "login", "diagnostics": "invalid or expired token"}]},
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'})
                return
            fault = self._fault if method != "GET" else None
            entries = len(_bundle(self.headers, body).get("entry", [])) if method == "POST" and body else int(bool(body))
            if fault is not None and fault.kind == "status":
                gateway.write_log.append((method, entries, fault.status))
                extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                self._send(fault.status, {"resourceType": "OperationOutcome", "issue": [
                    {"severity": "error", "code": "transient", "diagnostics": f"injected {fault.status}"}]}, extra)
                return
            if fault is not None and fault.kind == "drop_before_commit":
                self._drop(entries)
                return
            rejected: dict[int, dict[str, Any]] = {}
            if gateway.config.reject_identifier_values and method == "POST" and body:
                body, rejected = _reject_entries(self.headers, body, gateway.config.reject_identifier_values)
                if rejected == {-1: {}}:   # a transaction with a refused record fails as a whole
                    gateway.write_log.append((method, entries, 422))
                    self._outcome(422, "processing", "Rejected by the gateway (reject_identifier_values)")
                    return
            if rejected and body is None:
                upstream_status, headers, data = 200, {"Content-Type": "application/fhir+json"}, b""
            else:
                wanted = self.headers if not rejected else {k: v for k, v in self.headers.items()
                                                            if k.lower() != "content-encoding"}
                upstream = gateway.forward(method, self.path, wanted, body or b"")
                upstream_status, data = upstream.status_code, upstream.content
                headers = {k: v for k, v in upstream.headers.items() if k.lower() in _RETURN_HEADERS
                           and not (k.lower() == "accept-encoding" and gateway.config.refuse_gzip)}
            if rejected:
                data = _splice_rejections(data, rejected, entries)
            if fault is not None and fault.kind == "drop_after_commit":
                self._drop(entries)
                return
            if fault is not None and fault.kind == "delay_after_commit":
                time.sleep(fault.delay_s)
            if fault is not None and fault.kind == "answer_after_commit":
                upstream_status, data = fault.status, fault.text.encode("utf-8")
                headers = {"Content-Type": fault.content_type} if fault.content_type else {}
            if method != "GET":
                gateway.write_log.append((method, entries, upstream_status))
            self.send_response(upstream_status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class _Dropped(Exception):
    """The gateway closed the connection on purpose (a drop fault)."""


def _reject_entries(headers: Any, body: bytes, values: set[str]) -> tuple[bytes | None, dict[int, dict[str, Any]]]:
    """The Bundle without the entries to refuse (None if none is left), and the refusals by position.

    For a transaction with such an entry the refusal is {-1: {}}: it fails as a whole.
    """
    bundle = _bundle(headers, body)
    entries = bundle.get("entry") or []
    hit = {i for i, e in enumerate(entries) for ident in (e.get("resource") or {}).get("identifier") or []
           if ident.get("value") in values or f"{ident.get('system')}|{ident.get('value')}" in values}
    if not hit:
        return body, {}
    if bundle.get("type") == "transaction":
        return None, {-1: {}}
    outcome = {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "processing", "diagnostics": "Rejected by the gateway (reject_identifier_values)"}]}
    refusals = {i: {"response": {"status": "422", "outcome": outcome}} for i in sorted(hit)}
    kept = [e for i, e in enumerate(entries) if i not in hit]
    if not kept:
        return None, refusals
    return json.dumps({**bundle, "entry": kept}).encode(), refusals


def _splice_rejections(data: bytes, refusals: dict[int, dict[str, Any]], count: int) -> bytes:
    """The upstream's response Bundle with the gateway's refusals put back in their places."""
    answered = json.loads(data) if data else {"resourceType": "Bundle", "type": "batch-response", "entry": []}
    if answered.get("resourceType") != "Bundle":
        return data
    others = iter(answered.get("entry") or [])
    merged = [refusals[i] if i in refusals else next(others, {}) for i in range(count)]
    return json.dumps({**answered, "entry": merged}).encode()


@contextmanager
def gateway_for(upstream: str, **config: Any) -> Iterator[Gateway]:
    """A running gateway in front of ``upstream``."""
    with Gateway(upstream, GatewayConfig(**config)) as gw:
        yield gw
