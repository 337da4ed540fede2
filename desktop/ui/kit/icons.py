"""Icons from ``resources/icons`` (SVG), cached by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ...domain.medication_rules import DoseState
from ...support.resources import resource_path

_DOSE_ICONS = {
    DoseState.UPCOMING: "dose-upcoming", DoseState.DUE: "dose-due", DoseState.OVERDUE: "dose-overdue",
    DoseState.GIVEN: "dose-given", DoseState.NOT_GIVEN: "dose-not-given",
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def dose_icon(state: DoseState) -> QIcon:
    return icon(_DOSE_ICONS[state])


def app_icon() -> QIcon:
    """The window icon."""
    path = resource_path("app-icon", "ambulant.png")
    return QIcon(str(path)) if path.exists() else icon("client")
