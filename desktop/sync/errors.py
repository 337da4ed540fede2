"""What can stop a sync, said plainly in Norwegian and English."""

from __future__ import annotations


class SyncError(Exception):
    """A sync problem with a message for the user (Bokmål) and for logs (English)."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en

    def user_text(self, language: str = "nb") -> str:
        return self.message_en if language == "en" else self.message_nb


class SettingsError(SyncError):
    """The server settings are incomplete or not allowed (e.g. plain http to a remote host)."""


class AuthError(SyncError):
    """No token could be had, or the server refused the one we sent."""


class ServerUnreachable(SyncError):
    """No usable answer from the server: down, offline, or not a FHIR R4 server."""
