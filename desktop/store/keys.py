"""The database key: random, kept in the OS keyring, wrapped by the passphrase.

A random 256-bit key encrypts the database. In *keyring* mode that key is
stored in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service) encrypted with AES-256-GCM under a key derived from the worker's
passphrase with scrypt, so both the keyring and the passphrase are needed.
Where no keyring exists (a headless Linux box), *passphrase* mode derives the
database key from the passphrase alone, and the app says so. The key-info
file beside the database holds only public parameters (salt, KDF cost, mode,
keyring entry name, which database file it belongs to) and, in passphrase mode,
a check value that tells a wrong passphrase from a damaged database. It is kept
twice (:mod:`desktop.store.key_copies`): without it the key cannot be derived.

Every value from a file or the keyring is checked before it reaches scrypt or
AES: a bad one is a message, never a traceback or a process asking scrypt for
gigabytes. The keyring entry names the journal it belongs to, so an entry of
another journal is told apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyMissing, KeyringEntryDamaged, KeyringEntryForeign, NotAnAmbulantDatabase, WrongPassphrase
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

    def problem(self) -> str | None:
        """Why these values cannot be used (scrypt would fail, or ask for far too much memory), or None."""
        for name in ("n", "r", "p"):
            value = getattr(self, name)
            if type(value) is not int:
                return f"{name} is not a whole number"
        if self.n < 2 or self.n & (self.n - 1):
            return "n is not a power of two"
        if not 1 <= self.r <= _MAX_R or not 1 <= self.p <= _MAX_P:
            return "r or p out of range"
        if 128 * self.n * self.r > _MAX_KDF_MEMORY:
            return "n * r needs too much memory"
        return None


# A key file asking for more than this would stall or kill the app; no real setting comes near it.
_MAX_KDF_MEMORY = 2 ** 30
_MAX_R, _MAX_P = 32, 16
_MAX_KEY_INFO_BYTES = 64 * 1024   # a real one is about 400 bytes
KEY_INFO_FORMAT = "ambulant-key-info/1"
WRAPPED_KEY_FORMAT = "ambulant-wrapped-key/2"


class KeyInfoUnreadable(ValueError):
    """A key-info file that is not ours, or whose values cannot be used (the reason is for logs)."""


@dataclass(frozen=True)
class KeyInfo:
    """The public half of the key setup, stored beside the database (twice: see :mod:`.key_copies`)."""

    mode: KeyMode
    salt: str                 # base64
    kdf: ScryptParams
    database_id: str          # names the keyring entry
    check: str = ""           # passphrase mode only: HMAC of the derived key
    db_salt: str = ""         # hex of the database file's first 16 bytes (SQLCipher's plain salt): which file

    def to_bytes(self) -> bytes:
        """The file's content: the fields, the format and a checksum over both (catches a changed byte)."""
        data = asdict(self)
        data["mode"] = self.mode.value
        data["format"] = KEY_INFO_FORMAT
        data["checksum"] = _checksum(data)
        return json.dumps(data, indent=2).encode()

    def save(self, path: Path) -> None:
        """Write this key info to ``path`` atomically."""
        write_file_atomically(path, self.to_bytes())

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeyInfo":
        """Parse and check a key-info file's content; :class:`KeyInfoUnreadable` says why it cannot be used."""
        if len(raw) > _MAX_KEY_INFO_BYTES:
            raise KeyInfoUnreadable("far too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise KeyInfoUnreadable("not JSON") from exc
        if not isinstance(data, dict) or data.get("format") != KEY_INFO_FORMAT:
            raise KeyInfoUnreadable("unknown key-info format")
        stored_checksum = data.pop("checksum", None)
        if stored_checksum is not None and stored_checksum != _checksum(data):
            raise KeyInfoUnreadable("checksum does not match")  # files written before the checksum have none
        try:
            kdf = data["kdf"]
            if not isinstance(kdf, dict) or set(kdf) != {"n", "r", "p"}:
                raise KeyInfoUnreadable("bad kdf")
            info = cls(mode=KeyMode(data["mode"]), salt=data["salt"], kdf=ScryptParams(**kdf),
                       database_id=data["database_id"], check=data.get("check", ""),
                       db_salt=data.get("db_salt", ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyInfoUnreadable(f"missing or bad field: {type(exc).__name__}") from exc
        problem = info.problem()
        if problem:
            raise KeyInfoUnreadable(problem)
        return info

    @classmethod
    def load(cls, path: Path) -> "KeyInfo":
        """Read one key-info file; a missing, foreign or damaged one is :class:`NotAnAmbulantDatabase`."""
        try:
            return cls.from_bytes(Path(path).read_bytes())
        except (OSError, KeyInfoUnreadable) as exc:
            raise NotAnAmbulantDatabase(str(path)) from exc

    def problem(self) -> str | None:
        """Why this key info cannot be used, or None (checked before any of it reaches scrypt or AES)."""
        kdf_problem = self.kdf.problem()
        if kdf_problem:
            return kdf_problem
        if not isinstance(self.salt, str) or not 16 <= len(_b64(self.salt) or b"") <= 64:
            return "bad salt"
        try:
            uuid.UUID(str(self.database_id))
        except ValueError:
            return "bad database id"
        if self.mode is KeyMode.PASSPHRASE and len(_b64(self.check) or b"") != 32:
            return "bad check value"
        if self.mode is KeyMode.KEYRING and self.check:
            return "check value in keyring mode"
        if self.db_salt and (not isinstance(self.db_salt, str) or len(self.db_salt) != 32
                             or _hex(self.db_salt) is None):
            return "bad database salt"
        return None


def _checksum(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _b64(text: object) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None


def _hex(text: str) -> bytes | None:
    try:
        return bytes.fromhex(text)
    except ValueError:
        return None


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
    keyring.set_password(KEYRING_SERVICE, database_id, _wrap(kek, db_key, database_id))
    return KeyInfo(KeyMode.KEYRING, base64.b64encode(salt).decode(), kdf, database_id), db_key


def _wrap(kek: bytes, db_key: bytes, database_id: str) -> str:
    """The keyring entry: the wrapped key and, in clear, which journal it belongs to."""
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, db_key, database_id.encode())
    return json.dumps({"format": WRAPPED_KEY_FORMAT, "database_id": database_id,
                       "wrapped": base64.b64encode(wrapped).decode()})


def _stored_wrapped_key(info: KeyInfo) -> tuple[bytes, bool]:
    """The wrapped key from the keyring, checked before the passphrase is tried; (bytes, is the old format).

    :class:`KeyMissing` when there is none, :class:`KeyringEntryDamaged` for garbage,
    :class:`KeyringEntryForeign` for another journal's entry.
    """
    try:
        stored = keyring.get_password(KEYRING_SERVICE, info.database_id)
    except keyring.errors.KeyringError as exc:
        raise KeyMissing() from exc
    if stored is None:
        raise KeyMissing()
    legacy = not stored.lstrip().startswith("{")
    if legacy:   # written before the entry named its journal: base64 of nonce + ciphertext + tag
        wrapped = _b64(stored.strip())
    else:
        try:
            entry = json.loads(stored)
        except ValueError:
            raise KeyringEntryDamaged() from None
        if not isinstance(entry, dict) or entry.get("format") != WRAPPED_KEY_FORMAT:
            raise KeyringEntryDamaged()
        if entry.get("database_id") != info.database_id:
            raise KeyringEntryForeign()
        wrapped = _b64(entry.get("wrapped"))
    if wrapped is None or len(wrapped) != 12 + 32 + 16:
        raise KeyringEntryDamaged()
    return wrapped, legacy


def unlock_key(info: KeyInfo, passphrase: str) -> bytes:
    """The database key, or :class:`WrongPassphrase` / :class:`KeyMissing` / a damaged or foreign entry.

    The key info must have passed :meth:`KeyInfo.problem` (``load``/``from_bytes`` see to it).
    """
    if info.mode is KeyMode.PASSPHRASE:
        kek = info.kdf.derive(passphrase, base64.b64decode(info.salt))
        if not hmac.compare_digest(_check_value(kek), info.check):
            raise WrongPassphrase()
        return kek
    wrapped, legacy = _stored_wrapped_key(info)
    kek = info.kdf.derive(passphrase, base64.b64decode(info.salt))
    try:
        db_key = AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], info.database_id.encode())
    except InvalidTag:
        raise WrongPassphrase() from None
    if legacy:
        # Rewrite it in the form that names its journal, so a mix-up is told apart from a wrong passphrase.
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.set_password(KEYRING_SERVICE, info.database_id, _wrap(kek, db_key, info.database_id))
    return db_key


def forget_key(info: KeyInfo) -> None:
    """Remove the wrapped key from the keyring (a new database abandoned, or a journal shredded)."""
    if info.mode is KeyMode.KEYRING:
        try:
            keyring.delete_password(KEYRING_SERVICE, info.database_id)
        except keyring.errors.KeyringError:
            pass


def normalize_passphrase(text: str) -> str:
    """The passphrase as stored from now on: no byte-order mark, no space or line break at either end, NFC.

    A passphrase file from Notepad starts with a BOM and ends with a line break; a copied
    passphrase may carry a space. The window's field and ``--passphrase-file`` both come
    through here, so the same words open the journal from either.
    """
    return unicodedata.normalize("NFC", text.replace("\ufeff", "").strip())


def passphrase_forms(text: str) -> list[str]:
    """What to try for ``text``: the normal form, then the text exactly as given (a journal made
    before normalisation may have kept an edge space). One try for the wrong-passphrase count."""
    forms = [normalize_passphrase(text)]
    if text not in forms:
        forms.append(text)
    return forms
