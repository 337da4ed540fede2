"""Errors the domain raises, each naming the field that is wrong."""

from __future__ import annotations


class AmbulantError(Exception):
    """An error a user is told about: ``message_nb`` is what a Norwegian user reads,
    ``message_en`` the English text for logs and the English UI.

    The domain, the store and the sync each raise their own subclasses.
    """

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en

    def user_text(self, language: str = "nb") -> str:
        """The message in the user's language ('nb', 'nn' fall back to Bokmål)."""
        return self.message_en if language == "en" else self.message_nb


class DomainError(AmbulantError, ValueError):
    """A rule of the domain was broken; ``field`` names the field (as in the
    dataclass) so a form can show the message next to it."""

    def __init__(self, field: str, message_nb: str, message_en: str) -> None:
        super().__init__(message_nb, message_en)
        self.args = (f"{field}: {message_en}",)
        self.field = field


def require(condition: bool, field: str, message_nb: str, message_en: str) -> None:
    """Raise :class:`DomainError` for ``field`` unless ``condition`` holds."""
    if not condition:
        raise DomainError(field, message_nb, message_en)


def require_text(value: str, field: str, label_nb: str, label_en: str) -> None:
    """Raise unless ``value`` holds some non-blank text."""
    require(bool(value and value.strip()), field,
            f"{label_nb} må fylles ut.", f"{label_en} is required.")
