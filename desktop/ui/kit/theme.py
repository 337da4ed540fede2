"""Colours for states that read on both light and dark palettes (the palette itself follows the OS)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.medication_rules import DoseState


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the current window background is dark."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Tones:
    """Foreground and background pairs for banners and states."""

    danger_bg: QColor
    danger_fg: QColor
    warning_bg: QColor
    warning_fg: QColor
    info_bg: QColor
    info_fg: QColor
    ok_fg: QColor
    late_fg: QColor
    muted_fg: QColor
    error_text: QColor


def tones() -> Tones:
    """Tones for the current palette."""
    if is_dark():
        return Tones(QColor("#7f1d1d"), QColor("#ffe4e4"), QColor("#5c4700"), QColor("#fff3c4"),
                     QColor("#1e3a5f"), QColor("#dbe9ff"), QColor("#81c784"), QColor("#ff8a65"),
                     QColor("#a0a4ab"), QColor("#ff8a80"))
    return Tones(QColor("#fde8e8"), QColor("#8b1111"), QColor("#fff4cc"), QColor("#5c4400"),
                 QColor("#e6f0fb"), QColor("#123a66"), QColor("#1b5e20"), QColor("#b23c0f"),
                 QColor("#6b6f76"), QColor("#b00020"))


def dose_color(state: DoseState) -> QColor | None:
    """Text colour of a dose in the timeline (None: the palette's text colour)."""
    t = tones()
    return {DoseState.OVERDUE: t.late_fg, DoseState.GIVEN: t.ok_fg,
            DoseState.NOT_GIVEN: t.muted_fg, DoseState.UPCOMING: t.muted_fg}.get(state)


def banner_style(kind: str) -> str:
    """A stylesheet for a banner label: 'danger', 'warning' or 'info'."""
    t = tones()
    bg, fg = {"danger": (t.danger_bg, t.danger_fg), "warning": (t.warning_bg, t.warning_fg),
              "info": (t.info_bg, t.info_fg)}[kind]
    return (f"background-color: {bg.name()}; color: {fg.name()}; border-radius: 4px; "
            f"padding: 6px 10px;")


def error_style() -> str:
    """The stylesheet of an error message next to a field."""
    return f"color: {tones().error_text.name()};"
