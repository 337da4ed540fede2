"""What every journal record carries, and how it changes: by new versions only.

A record is never edited in place. A correction is a new version with the
same ``record_id``, a new ``version_id`` and ``replaces`` pointing to the
version it corrects; a mistaken entry gets a new version marked
*entered in error*. Every version says who wrote it, when the event happened,
when it was written and on which device.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from .errors import DomainError, require, require_text
from .identifiers import parse_hpr


class RecordStatus(str, Enum):
    ACTIVE = "active"
    ENTERED_IN_ERROR = "entered-in-error"


@dataclass(frozen=True)
class WorkerRef:
    """A health worker as named on a record: name and HPR number."""

    name: str
    hpr: str

    def __post_init__(self) -> None:
        require_text(self.name, "name", "Navn", "Name")
        parse_hpr(self.hpr)


@dataclass(frozen=True)
class RecordMeta:
    """Identity and provenance of one version of a record."""

    record_id: str
    version_id: str
    version: int
    author: WorkerRef
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    device_id: str
    replaces: str | None = None
    status: RecordStatus = RecordStatus.ACTIVE
    status_reason: str = ""

    def __post_init__(self) -> None:
        for name in ("occurred_at", "recorded_at"):
            value = getattr(self, name)
            require(value.tzinfo is not None, name,
                    "Tidspunktet mangler tidssone.", "The time has no time zone.")
        require(self.version >= 1, "version", "Ugyldig versjon.", "Invalid version.")

    @property
    def entered_in_error(self) -> bool:
        return self.status is RecordStatus.ENTERED_IN_ERROR


def new_id() -> str:
    """A fresh record or version identity (UUID4, the FHIR resource id too)."""
    return str(uuid.uuid4())


def new_meta(author: WorkerRef, device_id: str, now: dt.datetime,
             occurred_at: dt.datetime | None = None) -> RecordMeta:
    """Metadata for the first version of a new record."""
    record_id = new_id()
    return RecordMeta(record_id=record_id, version_id=record_id, version=1,
                      author=author, occurred_at=occurred_at or now,
                      recorded_at=now, device_id=device_id)


R = TypeVar("R")

# Fields a correction may never change: they make the record what it is.
_IDENTITY_FIELDS = frozenset({"meta", "client_id"})


def correct(record: R, author: WorkerRef, device_id: str, now: dt.datetime,
            allowed: frozenset[str] | None = None, **changes: Any) -> R:
    """A new version of ``record`` with ``changes``; the old version stays as it was.

    ``allowed`` limits which fields may change (orders allow only their local
    administration notes). The new version keeps the event time unless
    ``occurred_at`` is among the changes.
    """
    meta: RecordMeta = record.meta  # type: ignore[attr-defined]
    require(not meta.entered_in_error, "status",
            "En oppføring som er merket som feilregistrert kan ikke rettes.",
            "An entry marked entered in error cannot be corrected.")
    occurred_at = changes.pop("occurred_at", meta.occurred_at)
    for name in changes:
        if name in _IDENTITY_FIELDS or not hasattr(record, name):
            raise DomainError(name, "Dette feltet kan ikke rettes.", "This field cannot be corrected.")
        if allowed is not None and name not in allowed:
            raise DomainError(name, "Dette feltet kan ikke endres her.",
                              "This field cannot be changed here.")
    new_meta_ = dataclasses.replace(
        meta, version_id=new_id(), version=meta.version + 1, author=author,
        occurred_at=occurred_at, recorded_at=now, device_id=device_id,
        replaces=meta.version_id)
    return dataclasses.replace(record, meta=new_meta_, **changes)  # type: ignore[type-var]


def enter_in_error(record: R, reason: str, author: WorkerRef, device_id: str,
                   now: dt.datetime) -> R:
    """A new version of ``record`` marking it entered in error, with the reason."""
    require_text(reason, "status_reason", "Begrunnelse", "Reason")
    meta: RecordMeta = record.meta  # type: ignore[attr-defined]
    require(not meta.entered_in_error, "status", "Oppføringen er allerede merket som feilregistrert.",
            "The entry is already marked entered in error.")
    new_meta_ = dataclasses.replace(
        meta, version_id=new_id(), version=meta.version + 1, author=author,
        recorded_at=now, device_id=device_id, replaces=meta.version_id,
        status=RecordStatus.ENTERED_IN_ERROR, status_reason=reason.strip())
    return dataclasses.replace(record, meta=new_meta_)  # type: ignore[type-var]
