"""Getting a bearer token for the FHIR server.

Two ways:

* :class:`StaticBearer` — a token issued for a test or municipal server, kept
  in the OS keyring (:func:`store_bearer_token`) or read from a file by the
  command line.
* :class:`ClientCredentialsJwt` — OAuth 2 client credentials with a
  ``private_key_jwt`` client assertion (RFC 7523), the way HelseID
  authenticates machine clients. The app makes its own key pair
  (:func:`generate_client_key`, EC P-256 / ES256); the private key lives only
  in the OS keyring and the public JWK is what an administrator registers for
  the client. JWTs are built and signed here with ``cryptography`` — no JWT
  library needed. (DPoP-bound tokens are not implemented yet.)
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import keyring
import keyring.errors
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from .errors import AuthError

if TYPE_CHECKING:
    from .settings import SyncSettings

KEYRING_SERVICE = "no.ambulant.sync"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
ASSERTION_LIFETIME_S = 60
# Renew a token this long before it expires, so a request never carries a dying one.
EXPIRY_MARGIN_S = 30


class Authenticator(Protocol):
    """Supplies the Authorization header; :meth:`invalidate` after a 401 forces a new token."""

    def headers(self, http: httpx.Client) -> dict[str, str]:
        """Headers to add to a request to the FHIR server."""

    def invalidate(self) -> None:
        """Forget the current token (the server refused it)."""


# -- keyring -------------------------------------------------------------------------

def _keyring_get(name: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise AuthError("Fant ingen nøkkelring på maskinen; innloggingen kan ikke lagres trygt.",
                        f"No keyring on this machine; the login cannot be stored safely ({exc}).") from exc


def _keyring_set(name: str, secret: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, name, secret)
    except keyring.errors.KeyringError as exc:
        raise AuthError("Fant ingen nøkkelring på maskinen; innloggingen kan ikke lagres trygt.",
                        f"No keyring on this machine; the login cannot be stored safely ({exc}).") from exc


def store_bearer_token(server_url: str, token: str) -> None:
    """Keep a server's static token in the OS keyring."""
    _keyring_set(f"token:{server_url}", token.strip())


def load_bearer_token(server_url: str) -> str | None:
    """A server's static token from the OS keyring, or None."""
    return _keyring_get(f"token:{server_url}")


# -- static token -----------------------------------------------------------------

class StaticBearer:
    """A fixed bearer token."""

    def __init__(self, token: str) -> None:
        token = token.strip()
        if not token:
            raise AuthError("Tilgangsnøkkelen er tom.", "The access token is empty.")
        self._token = token

    def headers(self, http: httpx.Client) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        """A static token cannot be renewed; the caller reports the refusal."""


# -- client key and JWT ------------------------------------------------------------

def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _int_b64(value: int, length: int | None = None) -> str:
    length = length or (value.bit_length() + 7) // 8
    return _b64url(value.to_bytes(length, "big"))


@dataclass(frozen=True)
class ClientKey:
    """The client's private key and what identifies it."""

    private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

    @property
    def algorithm(self) -> str:
        return "ES256" if isinstance(self.private_key, ec.EllipticCurvePrivateKey) else "RS256"

    def public_jwk(self) -> dict[str, str]:
        """The public key as a JWK with ``kid`` = its RFC 7638 thumbprint (to register the client)."""
        public = self.private_key.public_key()
        if isinstance(public, ec.EllipticCurvePublicKey):
            numbers = public.public_numbers()
            jwk = {"crv": "P-256", "kty": "EC", "x": _int_b64(numbers.x, 32), "y": _int_b64(numbers.y, 32)}
        else:
            numbers = public.public_numbers()
            jwk = {"e": _int_b64(numbers.e), "kty": "RSA", "n": _int_b64(numbers.n)}
        thumbprint = _b64url(hashlib.sha256(json.dumps(jwk, separators=(",", ":"), sort_keys=True)
                                            .encode()).digest())
        return {**jwk, "kid": thumbprint, "use": "sig", "alg": self.algorithm}

    def sign_jwt(self, claims: dict[str, Any]) -> str:
        """A compact JWS of ``claims`` signed with this key."""
        header = {"alg": self.algorithm, "typ": "JWT", "kid": self.public_jwk()["kid"]}
        signing_input = (_b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                         + _b64url(json.dumps(claims, separators=(",", ":")).encode()))
        if isinstance(self.private_key, ec.EllipticCurvePrivateKey):
            der = self.private_key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256()))
            r, s = decode_dss_signature(der)
            signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")   # JWS wants raw r||s, not DER
        else:
            signature = self.private_key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + _b64url(signature)

    def to_pem(self) -> str:
        return self.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()).decode("ascii")

    @classmethod
    def from_pem(cls, pem: str) -> ClientKey:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
        if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
            raise AuthError("Klientnøkkelen har en ukjent type.", "The client key is of an unknown type.")
        return cls(key)


def generate_client_key(client_id: str) -> ClientKey:
    """Make a new P-256 key pair for ``client_id`` and keep the private key in the keyring."""
    key = ClientKey(ec.generate_private_key(ec.SECP256R1()))
    _keyring_set(f"client-key:{client_id}", key.to_pem())
    return key


def load_client_key(client_id: str) -> ClientKey | None:
    """The private key kept for ``client_id``, or None."""
    pem = _keyring_get(f"client-key:{client_id}")
    return None if pem is None else ClientKey.from_pem(pem)


def client_assertion(key: ClientKey, client_id: str, token_endpoint: str, now: float | None = None) -> str:
    """The RFC 7523 client assertion: iss = sub = client id, aud = the token endpoint, short-lived."""
    issued = int(now if now is not None else time.time())
    return key.sign_jwt({"iss": client_id, "sub": client_id, "aud": token_endpoint, "jti": str(uuid.uuid4()),
                         "iat": issued, "nbf": issued, "exp": issued + ASSERTION_LIFETIME_S})


class ClientCredentialsJwt:
    """OAuth 2 client credentials with a private_key_jwt assertion; caches the token until near expiry."""

    def __init__(self, token_endpoint: str, client_id: str, key: ClientKey, scope: str = "") -> None:
        self.token_endpoint = token_endpoint
        self.client_id = client_id
        self.key = key
        self.scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def headers(self, http: httpx.Client) -> dict[str, str]:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._fetch(http)
            return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _fetch(self, http: httpx.Client) -> None:
        form = {"grant_type": "client_credentials", "client_assertion_type": ASSERTION_TYPE,
                "client_assertion": client_assertion(self.key, self.client_id, self.token_endpoint)}
        if self.scope:
            form["scope"] = self.scope
        try:
            response = http.post(self.token_endpoint, data=form, headers={"Accept": "application/json"})
        except httpx.TransportError as exc:
            raise AuthError("Fikk ikke kontakt med innloggingstjenesten.",
                            f"Could not reach the token endpoint: {exc}") from exc
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
            reason = body.get("error_description") or body.get("error") or f"HTTP {response.status_code}"
            raise AuthError(f"Innloggingstjenesten avviste klienten: {reason}",
                            f"The token endpoint refused the client: {reason}")
        self._token = str(body["access_token"])
        lifetime = float(body.get("expires_in", 300))
        self._expires_at = time.monotonic() + max(0.0, lifetime - EXPIRY_MARGIN_S)


def authenticator_for(settings: SyncSettings, token_file: str | None = None) -> Authenticator | None:
    """The authenticator the settings ask for; a token file (command line) wins over the keyring."""
    from .settings import AuthMode

    if token_file:
        try:
            with open(token_file, encoding="utf-8") as handle:
                return StaticBearer(handle.read())
        except OSError as exc:
            raise AuthError(f"Kan ikke lese tokenfilen: {exc.strerror}",
                            f"Cannot read the token file: {exc.strerror}") from exc
    if settings.auth is AuthMode.BEARER:
        token = load_bearer_token(settings.server_url or "")
        if token is None:
            raise AuthError("Fant ingen tilgangsnøkkel for serveren i nøkkelringen.",
                            "No access token for the server in the keyring.")
        return StaticBearer(token)
    if settings.auth is AuthMode.CLIENT_CREDENTIALS:
        key = load_client_key(settings.client_id or "")
        if key is None:
            raise AuthError("Fant ingen klientnøkkel i nøkkelringen. Lag en ny nøkkel og registrer den.",
                            "No client key in the keyring. Generate one and register it.")
        return ClientCredentialsJwt(settings.token_endpoint or "", settings.client_id or "", key, settings.scope)
    return None
