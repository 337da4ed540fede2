"""A small HTTP gateway on 127.0.0.1 in front of the FHIR stand-in, playing the parts it does not:

* an OAuth 2 token endpoint (``POST /token``) that checks a ``private_key_jwt``
  client assertion (RFC 7523) against a registered public JWK and issues
  bearer tokens, as HelseID does;
* a resource server that refuses requests without a valid token (401);
* a server that does not take gzip request bodies (415, no Accept-Encoding).

Everything else is forwarded to the stand-in unchanged.
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
_FORWARD_HEADERS = ("content-type", "content-encoding", "prefer", "accept")
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
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=30)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

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
        self._server.shutdown()
        self._server.server_close()
        self._http.close()

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

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

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
            upstream = gateway.forward(method, self.path, self.headers, body)
            headers = {k: v for k, v in upstream.headers.items() if k.lower() in _RETURN_HEADERS
                       and not (k.lower() == "accept-encoding" and gateway.config.refuse_gzip)}
            data = upstream.content
            self.send_response(upstream.status_code)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def gateway_for(upstream: str, **config: Any) -> Iterator[Gateway]:
    """A running gateway in front of ``upstream``."""
    with Gateway(upstream, GatewayConfig(**config)) as gw:
        yield gw
