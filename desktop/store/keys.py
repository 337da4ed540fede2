"""The database key: random, kept in the OS keyring, wrapped by the passphrase.

A random 256-bit key encrypts the database. In *keyring* mode that key is
stored in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service) encrypted with AES-256-GCM under a key derived from the worker's
passphrase with scrypt, so both the keyring and the passphrase are needed.
Where no keyring exists (a headless Linux box), *passphrase* mode derives the
database key from the passphrase alone, and the app says so. The key-info
file beside the database holds only public parameters (salt, KDF cost, mode,
keyring entry name) and, in passphrase mode, a check value that tells a wrong
passphrase from a damaged database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyMissing, NotAnAmbulantDatabase, WrongPassphrase
from ..support.atomic_files import write_file_atomically

KEYRING_SERVICE = "no.ambulant.database"
_CHECK_LABEL = b"ambulant passphrase check v1"


class KeyMode(str, Enum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost. The default follows OWASP's advice for scrypt (N=2^17, r=8, p=1)."""

    n: int = 2 ** 17
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """A 256-bit key from ``passphrase`` and ``salt``."""
        return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=self.n, r=self.r, p=self.p,
                              maxmem=256 * self.n * self.r + 2 ** 20, dklen=32)


@dataclass(frozen=True)
class KeyInfo:
    """The public half of the key setup, stored beside the database."""

    mode: KeyMode
    salt: str                 # base64
    kdf: ScryptParams
    database_id: str          # names the keyring entry
    check: str = ""           # passphrase mode only: HMAC of the derived key

    def save(self, path: Path) -> None:
        data = asdict(self)
        data["mode"] = self.mode.value
        data["format"] = "ambulant-key-info/1"
        write_file_atomically(path, json.dumps(data, indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> "KeyInfo":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.pop("format") != "ambulant-key-info/1":
                raise ValueError("unknown key-info format")
            return cls(mode=KeyMode(data["mode"]), salt=data["salt"], kdf=ScryptParams(**data["kdf"]),
                       database_id=data["database_id"], check=data.get("check", ""))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise NotAnAmbulantDatabase(str(path)) from exc


def keyring_available() -> bool:
    """True when a real OS keyring backend is there (not the 'fail' or 'null' ones)."""
    backend = keyring.get_keyring()
    try:
        return backend.priority > 0 and type(backend).__module__.split(".")[-1] not in ("fail", "null")
    except Exception:  # a backend whose priority check itself fails is no backend
        return False


def _check_value(key: bytes) -> str:
    return base64.b64encode(hmac.new(key, _CHECK_LABEL, hashlib.sha256).digest()).decode()


def create_key(passphrase: str, kdf: ScryptParams, use_keyring: bool) -> tuple[KeyInfo, bytes]:
    """Make a new database key; store it wrapped in the keyring when ``use_keyring``.

    Returns the key info to save beside the database and the raw key.
    """
    salt = os.urandom(16)
    database_id = str(uuid.uuid4())
    kek = kdf.derive(passphrase, salt)
    if not use_keyring:
        info = KeyInfo(KeyMode.PASSPHRASE, base64.b64encode(salt).decode(), kdf, database_id, _check_value(kek))
        return info, kek
    db_key = os.urandom(32)
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, db_key, database_id.encode())
    keyring.set_password(KEYRING_SERVICE, database_id, base64.b64encode(wrapped).decode())
    return KeyInfo(KeyMode.KEYRING, base64.b64encode(salt).decode(), kdf, database_id), db_key


def unlock_key(info: KeyInfo, passphrase: str) -> bytes:
    """The database key, or :class:`WrongPassphrase` / :class:`KeyMissing`."""
    kek = info.kdf.derive(passphrase, base64.b64decode(info.salt))
    if info.mode is KeyMode.PASSPHRASE:
        if not hmac.compare_digest(_check_value(kek), info.check):
            raise WrongPassphrase()
        return kek
    try:
        stored = keyring.get_password(KEYRING_SERVICE, info.database_id)
    except keyring.errors.KeyringError as exc:
        raise KeyMissing() from exc
    if stored is None:
        raise KeyMissing()
    wrapped = base64.b64decode(stored)
    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], info.database_id.encode())
    except InvalidTag:
        raise WrongPassphrase() from None


def forget_key(info: KeyInfo) -> None:
    """Remove the wrapped key from the keyring (used when a new database is abandoned)."""
    if info.mode is KeyMode.KEYRING:
        try:
            keyring.delete_password(KEYRING_SERVICE, info.database_id)
        except keyring.errors.PasswordDeleteError:
            pass
