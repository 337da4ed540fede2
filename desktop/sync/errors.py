"""What can stop a sync, said plainly in Norwegian and English."""

from __future__ import annotations

from ..domain.errors import AmbulantError


class SyncError(AmbulantError):
    """A sync problem with a message for the user (Bokmål) and for logs (English)."""


class SettingsError(SyncError):
    """The server settings are incomplete or not allowed (e.g. plain http to a remote host); ``field`` names
    the setting at fault where it is one (as in :class:`~desktop.sync.settings.SyncSettings`), so the
    settings dialog can show the message next to it."""

    def __init__(self, message_nb: str, message_en: str, field: str = "") -> None:
        super().__init__(message_nb, message_en)
        self.field = field


class AuthError(SyncError):
    """No token could be had, or the server refused the one we sent."""

