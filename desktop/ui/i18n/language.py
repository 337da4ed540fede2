"""The UI language in effect, read from Qt's default locale (set when translators are installed)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from ...domain.errors import AmbulantError


def ui_language() -> str:
    """'nb', 'nn' or 'en'."""
    lang = QLocale().language()
    if lang == QLocale.Language.English:
        return "en"
    if lang == QLocale.Language.NorwegianNynorsk:
        return "nn"
    return "nb"


def error_text(error: AmbulantError) -> str:
    """The message of a domain, store or sync error in the UI language (Nynorsk reads the Bokmål text)."""
    return error.user_text(ui_language())


def fill(text: str, *args: object) -> str:
    """Qt-style placeholders: ``fill(tr("%1 of %2"), 1, 3)`` → '1 of 3' (tr() returns a Python str).

    One pass, so a '%2' inside an inserted value (a user's text) stays as typed.
    """
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 1 <= number <= len(args) else match.group(0)
    return _PLACEHOLDER.sub(value, text)


_PLACEHOLDER = re.compile(r"%(\d+)")
