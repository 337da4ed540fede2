"""Dialog sizes that fit the screen: a form sized for a large monitor must not put its Save button
below the bottom of a small laptop screen at 150 %."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height`` (logical pixels), or less where the screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, int(area.width() * 0.95)), min(height, int(area.height() * 0.9)))
