"""Registrations for målrettet miljøarbeid (the client's rating, substance use, behaviour) and
the chapter 9 form's configuration and its sending to the Statsforvalter and the professional lead."""

from __future__ import annotations

import datetime as dt
import json

from ..domain.audit import AuditAction
from ..domain.errors import DomainError, require
from ..domain.observation import (BehaviourRegistration, Chapter9Config, Chapter9Field, Chapter9Recipient,
                                  Chapter9Registration, Chapter9Sending, ClientRating, SubstanceUse,
                                  SubstanceUseStatus, check_code_system_url, with_sending)
from ..domain.records import correct
from .base import ServiceBase

# The settings (meta table) that hold the municipality's chapter 9 form.
CHAPTER9_FIELDS_SETTING = "chapter9_fields"
CHAPTER9_CODE_SYSTEM_SETTING = "chapter9_code_system"


class RegistrationServices(ServiceBase):
    """Ratings, substance use, behaviour registrations; the chapter 9 configuration and sendings."""

    def record_rating(self, client_id: str, rating: int, comment: str = "",
                      at: dt.datetime | None = None) -> ClientRating:
        """The client's own rating of how things are, 0 (very bad) to 10 (very good)."""
        self.get_client(client_id)
        return self._save(ClientRating(self._meta(at), client_id, rating, comment.strip()))

    def record_substance_use(self, client_id: str, status: SubstanceUse, substances: str = "",
                             comment: str = "", at: dt.datetime | None = None) -> SubstanceUseStatus:
        """Substance use status at a visit."""
        self.get_client(client_id)
        if status in (SubstanceUse.SUSPECTED, SubstanceUse.CONFIRMED):
            require(bool(substances.strip() or comment.strip()), "substances",
                    "Skriv hva som ble observert eller hvilke rusmidler.",
                    "Write what was observed or which substances.")
        return self._save(SubstanceUseStatus(self._meta(at), client_id, status, substances.strip(), comment.strip()))

    def record_behaviour(self, client_id: str, behaviour: str, at: dt.datetime | None = None, count: int = 1,
                         duration_minutes: int | None = None, context: str = "", before: str = "",
                         after: str = "") -> BehaviourRegistration:
        """A behaviour registration: what, when, the context, what happened before and after."""
        self.get_client(client_id)
        require(duration_minutes is None or duration_minutes >= 0, "duration_minutes",
                "Varigheten kan ikke være negativ.", "The duration cannot be negative.")
        return self._save(BehaviourRegistration(self._meta(at), client_id, behaviour.strip(), count,
                                                duration_minutes, context.strip(), before.strip(), after.strip()))

    # -- chapter 9 -----------------------------------------------------------------------

    def chapter9_config(self) -> Chapter9Config:
        """The chapter 9 form in force: the stored field list and code system, or the law's defaults."""
        default = Chapter9Config()
        stored = self.db.get_setting(CHAPTER9_FIELDS_SETTING)
        fields = default.fields
        if stored:
            try:
                fields = tuple(Chapter9Field(f["key"], f["label_nb"], f["label_en"], bool(f.get("required", True)))
                               for f in json.loads(stored))
            except (ValueError, KeyError, TypeError):
                fields = default.fields   # an unreadable setting must not stop a registration
        code_system = self.db.get_setting(CHAPTER9_CODE_SYSTEM_SETTING) or default.code_system
        try:
            return Chapter9Config(fields, code_system)
        except DomainError:
            return default

    def set_chapter9_config(self, fields: tuple[Chapter9Field, ...], code_system: str) -> Chapter9Config:
        """Store the municipality's field list and code system URL (checked as a whole first)."""
        config = Chapter9Config(tuple(fields), check_code_system_url(code_system))
        plain = [{"key": f.key, "label_nb": f.label_nb.strip(), "label_en": f.label_en.strip(),
                  "required": f.required} for f in config.fields]
        self.db.set_setting(CHAPTER9_FIELDS_SETTING, json.dumps(plain, ensure_ascii=False))
        self.db.set_setting(CHAPTER9_CODE_SYSTEM_SETTING, config.code_system)
        return config

    def record_chapter9_sent(self, record_id: str, recipient: Chapter9Recipient, name: str, date: dt.date,
                             how: str = "") -> Chapter9Registration:
        """Record that the registration was sent to ``recipient`` (by name) on ``date``: a correction
        that adds the sending; what was registered stays as written."""
        registration: Chapter9Registration = self._get(record_id, Chapter9Registration)
        require(date <= self.clock().date() + dt.timedelta(days=1), "date",
                "Datoen kan ikke være fram i tid.", "The date cannot be in the future.")
        changes = with_sending(registration, Chapter9Sending(recipient, name.strip(), date, how.strip()))
        return self._save(correct(registration, self.worker, self.db.device_id, self.clock(), **changes),
                          AuditAction.CORRECT)
