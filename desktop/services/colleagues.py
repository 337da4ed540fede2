"""Colleagues enrolled on this device as second signers, and how a second signer proves who they are.

A double check is worth something only if the second person is who the
record says. A colleague is enrolled once on the device (by the signed-in
worker, with the colleague typing their own passphrase) and from then on
signs a double check with that passphrase. The journal keeps the name, the
HPR number and a scrypt hash of the passphrase with its own salt — never the
passphrase itself — and the audit log says who enrolled whom and when.
Later a colleague's own login (HelseID) can stand in for the passphrase.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass, field

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.audit import AuditAction
from ..domain.errors import DomainError, require, require_text
from ..domain.identifiers import parse_hpr
from ..domain.records import WorkerRef
from ..store.keys import ScryptParams
from .base import ServiceBase

COLLEAGUES_KEY = "double_check_colleagues"
MIN_COLLEAGUE_PASSPHRASE = 8
# scrypt at N=2^15, r=8 (32 MiB, tens of milliseconds): paid at every double check, still far
# beyond guessing speed for a stolen journal (which is encrypted besides).
COLLEAGUE_KDF = ScryptParams(n=2 ** 15)
# After this many wrong passphrases for one colleague, further tries wait this long.
MAX_WRONG = 5
LOCKOUT_SECONDS = 60.0


@dataclass(frozen=True)
class SecondSignature:
    """A second signer's proof: their HPR number (which enrolled colleague) and their passphrase."""

    hpr: str
    passphrase: str = field(repr=False)


@dataclass(frozen=True)
class Colleague:
    """An enrolled colleague as the window lists them (no secret)."""

    name: str
    hpr: str
    enrolled_at: str
    enrolled_by: str

    @property
    def worker(self) -> WorkerRef:
        return WorkerRef(self.name, self.hpr)


@dataclass(frozen=True)
class _Stored:
    name: str
    hpr: str
    enrolled_at: str
    enrolled_by: str
    salt: str        # base64
    hash: str        # base64 scrypt(passphrase, salt)
    n: int
    r: int
    p: int


def _scrypt(params: ScryptParams, salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)


class ColleagueServices(ServiceBase):
    """Enrolling colleagues for double checks and checking a second signer."""

    _wrong_tries: dict[str, list[float]]

    def _stored_colleagues(self) -> list[_Stored]:
        text = self.db.get_setting(COLLEAGUES_KEY)
        return [_Stored(**item) for item in json.loads(text)] if text else []

    def _store_colleagues(self, stored: list[_Stored]) -> None:
        self.db.set_setting(COLLEAGUES_KEY, json.dumps([asdict(s) for s in stored], ensure_ascii=False))

    def colleagues(self) -> list[Colleague]:
        """The colleagues enrolled on this device, by name."""
        return sorted((Colleague(s.name, s.hpr, s.enrolled_at, s.enrolled_by) for s in self._stored_colleagues()),
                      key=lambda c: c.name.casefold())

    def enroll_colleague(self, name: str, hpr: str, passphrase: str, repeated: str | None = None,
                         kdf: ScryptParams | None = None) -> Colleague:
        """Enroll (or give a new passphrase to) a colleague who may sign double checks on this device."""
        require_text(name, "colleague_name", "Navn", "Name")
        number = parse_hpr(hpr, "colleague_hpr")
        require(number != self.worker.hpr, "colleague_hpr",
                "Du kan ikke registrere deg selv som kontrollør: den andre må være en annen person.",
                "You cannot enroll yourself: the second signer must be another person.")
        require(len(passphrase) >= MIN_COLLEAGUE_PASSPHRASE, "colleague_passphrase",
                f"Passordet må ha minst {MIN_COLLEAGUE_PASSPHRASE} tegn.",
                f"The passphrase needs at least {MIN_COLLEAGUE_PASSPHRASE} characters.")
        require(repeated is None or repeated == passphrase, "colleague_repeat",
                "Passordene er ikke like.", "The passphrases differ.")
        params = kdf or COLLEAGUE_KDF
        salt = os.urandom(16)
        digest = _scrypt(params, salt).derive(passphrase.encode("utf-8"))
        now = self.clock()
        stored = [s for s in self._stored_colleagues() if s.hpr != number]
        again = len(stored) < len(self._stored_colleagues())
        entry = _Stored(" ".join(name.split()), number, now.isoformat(), f"{self.worker.name} ({self.worker.hpr})",
                        base64.b64encode(salt).decode(), base64.b64encode(digest).decode(),
                        params.n, params.r, params.p)
        self._store_colleagues(stored + [entry])
        what = "nytt passord for kontrollør" if again else "kontrollør registrert for dobbeltkontroll"
        self.db.log_access(self.worker, AuditAction.CORRECT if again else AuditAction.CREATE, now, None,
                           f"{what}: {entry.name} (HPR {number})")
        return Colleague(entry.name, entry.hpr, entry.enrolled_at, entry.enrolled_by)

    def remove_colleague(self, hpr: str) -> None:
        """Take a colleague off this device (their earlier signatures stay on the records)."""
        stored = self._stored_colleagues()
        gone = [s for s in stored if s.hpr == hpr]
        if not gone:
            raise DomainError("colleague_hpr", "Kontrolløren er ikke registrert her.",
                              "No such colleague is enrolled here.")
        self._store_colleagues([s for s in stored if s.hpr != hpr])
        self.db.log_access(self.worker, AuditAction.CORRECT, self.clock(), None,
                           f"kontrollør fjernet: {gone[0].name} (HPR {hpr})")

    def verify_second_signer(self, signature: SecondSignature) -> WorkerRef:
        """The enrolled colleague whose passphrase ``signature`` holds; a DomainError names the field."""
        if not hasattr(self, "_wrong_tries"):
            self._wrong_tries = {}
        stored = next((s for s in self._stored_colleagues() if s.hpr == signature.hpr.strip()), None)
        if stored is None:
            raise DomainError("second_signer", "Velg en kontrollør som er registrert på denne maskinen.",
                              "Choose a second signer enrolled on this computer.")
        require(stored.hpr != self.worker.hpr, "second_signer",
                "Den som kontrollerer må være en annen person enn den som signerer.",
                "The second signer must be another person than the signer.")
        recent = [t for t in self._wrong_tries.get(stored.hpr, []) if time.monotonic() - t < LOCKOUT_SECONDS]
        if len(recent) >= MAX_WRONG:
            raise DomainError("second_signer_passphrase",
                              f"For mange feil passord. Vent {int(LOCKOUT_SECONDS)} sekunder og prøv igjen.",
                              f"Too many wrong passphrases. Wait {int(LOCKOUT_SECONDS)} seconds and try again.")
        params = ScryptParams(stored.n, stored.r, stored.p)
        try:
            _scrypt(params, base64.b64decode(stored.salt)).verify(signature.passphrase.encode("utf-8"),
                                                                   base64.b64decode(stored.hash))
        except InvalidKey:
            self._wrong_tries[stored.hpr] = recent + [time.monotonic()]
            raise DomainError("second_signer_passphrase", "Feil passord for kontrolløren.",
                              "Wrong passphrase for the second signer.") from None
        self._wrong_tries.pop(stored.hpr, None)
        return WorkerRef(stored.name, stored.hpr)
