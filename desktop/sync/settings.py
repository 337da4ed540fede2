"""The sync's settings and what it has learnt about each server, kept in the encrypted database.

Settings (``sync.*`` keys) say where and how to sync. A :class:`ServerProfile`
(one per server base URL) remembers what a server taught us — the largest
Bundle it accepted after refusing a bigger one, whether it takes gzip bodies,
whether it refuses ``batch``, which Practitioners it already has — so the next
sync does not pay for the same lesson again.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from urllib.parse import urlsplit

from ..store.database import Database
from .errors import SettingsError

DEFAULT_BUNDLE_SIZE = 500   # a common server cap (Azure: 500); larger only when asked for
MAX_BUNDLE_SIZE = 5000
LAST_SYNC_KEY = "last_sync"

_KEY_URL = "sync.server_url"
_KEY_BATCH = "sync.batch_size"
_KEY_AUTH = "sync.auth"
_KEY_TOKEN_ENDPOINT = "sync.token_endpoint"
_KEY_CLIENT_ID = "sync.client_id"
_KEY_SCOPE = "sync.scope"
_KEY_AUTO = "sync.auto"
_KEY_PULL = "sync.pull"
_KEY_WINDOW = "sync.pull_window_days"
_KEY_GROUP = "sync.caseload_group"
DEFAULT_WINDOW_DAYS = 30    # how far back others' doses, observations and documents are pulled
MAX_WINDOW_DAYS = 366
_PROFILE_PREFIX = "sync.profile:"


class AuthMode(str, Enum):
    NONE = "none"                       # a test server on this machine
    BEARER = "bearer"                   # a static token kept in the keyring
    CLIENT_CREDENTIALS = "client-credentials"   # OAuth 2 with a private_key_jwt assertion (HelseID)


def check_server_url(url: str) -> str:
    """The base URL without a trailing slash; only https, or http to this machine (loopback).

    Whitespace or control characters inside it, or a host name that cannot be encoded, are refused
    here: saved, they would break every later sync."""
    text = url.strip().rstrip("/")
    if not text:
        raise SettingsError("Skriv inn adressen til kommunens FHIR-server (https://…).",
                            "Enter the address of the municipal FHIR server (https://...).", "server_url")
    parts = urlsplit(text)
    invalid = SettingsError(f"«{url.strip()}» er ikke en gyldig serveradresse (https://…).",
                            f'"{url.strip()}" is not a valid server address (https://...).', "server_url")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise invalid
    if any(c.isspace() or not c.isprintable() for c in text) or not _encodable_host(parts.hostname):
        raise invalid
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SettingsError("Ukryptert http er bare lov mot denne maskinen. Bruk https.",
                            "Plain http is only allowed to this machine. Use https.")
    if parts.query or parts.fragment:
        raise SettingsError("Serveradressen kan ikke ha ? eller #.", "The server address cannot have ? or #.")
    return text


def _encodable_host(host: str) -> bool:
    """True when the host name can go on the wire (IDNA for a name, or an IP address)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return all(label and len(label) <= 63 for label in host.rstrip(".").split("."))


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SyncSettings:
    """Where and how to sync."""

    server_url: str | None = None
    bundle_size: int = DEFAULT_BUNDLE_SIZE
    auth: AuthMode = AuthMode.NONE
    token_endpoint: str | None = None
    client_id: str | None = None
    scope: str = ""
    auto_sync: bool = True
    pull: bool = True                       # bring the caseload down with every sync
    window_days: int = DEFAULT_WINDOW_DAYS  # others' doses, observations and documents: this many days back
    caseload_group: str = ""                # a FHIR Group whose members are in the caseload too (its id)
    # Read this laptop's FHIR Device at every contact (a revoke, desktop/sync/device.py). Not a stored
    # setting: always on; off only where a test counts the push's own requests.
    device_check: bool = True

    @classmethod
    def load(cls, db: Database) -> SyncSettings:
        """The stored settings (defaults where none are stored)."""
        size = db.get_setting(_KEY_BATCH)
        return cls(server_url=db.get_setting(_KEY_URL),
                   bundle_size=int(size) if size else DEFAULT_BUNDLE_SIZE,
                   auth=AuthMode(db.get_setting(_KEY_AUTH, AuthMode.NONE.value)),
                   token_endpoint=db.get_setting(_KEY_TOKEN_ENDPOINT) or None,   # saved as '' when unset
                   client_id=db.get_setting(_KEY_CLIENT_ID) or None,
                   scope=db.get_setting(_KEY_SCOPE, "") or "",
                   auto_sync=db.get_setting(_KEY_AUTO, "1") == "1",
                   pull=db.get_setting(_KEY_PULL, "1") == "1",
                   window_days=int(db.get_setting(_KEY_WINDOW) or DEFAULT_WINDOW_DAYS),
                   caseload_group=db.get_setting(_KEY_GROUP, "") or "")

    def checked(self) -> SyncSettings:
        """These settings, validated; raises :class:`SettingsError`."""
        if not self.server_url:
            raise SettingsError("Ingen server er satt opp for synkronisering.", "No sync server is set up.")
        if not 1 <= self.bundle_size <= MAX_BUNDLE_SIZE:
            raise SettingsError(f"Buntstørrelsen må være mellom 1 og {MAX_BUNDLE_SIZE}.",
                                f"The bundle size must be between 1 and {MAX_BUNDLE_SIZE}.", "bundle_size")
        url = check_server_url(self.server_url)
        endpoint = self.token_endpoint
        if self.auth is AuthMode.CLIENT_CREDENTIALS:
            if not endpoint or not self.client_id:
                raise SettingsError("Innlogging med klientnøkkel trenger token-adresse og klient-id.",
                                    "Client-credential login needs a token endpoint and a client id.")
            endpoint = check_server_url(endpoint)
        if not 1 <= self.window_days <= MAX_WINDOW_DAYS:
            raise SettingsError(f"Antall dager bakover må være mellom 1 og {MAX_WINDOW_DAYS}.",
                                f"The number of days back must be between 1 and {MAX_WINDOW_DAYS}.", "window_days")
        group = self.caseload_group.strip()
        if group and not re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", group):
            raise SettingsError(f"Gruppe-id-en «{group}» er ikke en gyldig FHIR-id: bruk bare bokstavene a–z "
                                "(ikke æ, ø, å), tall, bindestrek og punktum, høyst 64 tegn.",
                                f'The Group id "{group}" is not a valid FHIR id: use only the letters a-z, digits, '
                                "hyphens and full stops, at most 64 characters.", "caseload_group")
        return replace(self, server_url=url, token_endpoint=endpoint, caseload_group=group)

    def save(self, db: Database) -> None:
        """Store the settings (validated first)."""
        checked = self.checked()
        db.set_setting(_KEY_URL, checked.server_url or "")
        db.set_setting(_KEY_BATCH, str(checked.bundle_size))
        db.set_setting(_KEY_AUTH, checked.auth.value)
        db.set_setting(_KEY_TOKEN_ENDPOINT, checked.token_endpoint or "")
        db.set_setting(_KEY_CLIENT_ID, checked.client_id or "")
        db.set_setting(_KEY_SCOPE, checked.scope)
        db.set_setting(_KEY_AUTO, "1" if checked.auto_sync else "0")
        db.set_setting(_KEY_PULL, "1" if checked.pull else "0")
        db.set_setting(_KEY_WINDOW, str(checked.window_days))
        db.set_setting(_KEY_GROUP, checked.caseload_group)


@dataclass
class ServerProfile:
    """What one server has taught the sync (see the module docstring)."""

    bundle_cap: int | None = None          # largest Bundle size known to work after a refusal
    gzip: bool | None = None               # None: not yet known
    batch_refused: bool = False            # the server only takes transaction Bundles
    practitioners: dict[str, str] = field(default_factory=dict)   # HPR → name the server has

    @classmethod
    def load(cls, db: Database, server_url: str) -> ServerProfile:
        raw = db.get_setting(_PROFILE_PREFIX + server_url)
        if not raw:
            return cls()
        data = json.loads(raw)
        return cls(data.get("bundle_cap"), data.get("gzip"), bool(data.get("batch_refused")),
                   dict(data.get("practitioners", {})))

    def save(self, db: Database, server_url: str) -> None:
        db.set_setting(_PROFILE_PREFIX + server_url, json.dumps(asdict(self), sort_keys=True))


def record_last_sync(db: Database, at: dt.datetime) -> None:
    """Note when a sync last finished (shown in the status bar and ``ambulant status``)."""
    db.set_setting(LAST_SYNC_KEY, at.astimezone(dt.timezone.utc).isoformat(timespec="seconds"))
