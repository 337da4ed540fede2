"""CAVE as the worker reads it wherever medication is: the allergen names, in red, with reaction and severity."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.clients import Allergy, Client
from ..kit.widgets import Banner


def cave_names(allergies: tuple[Allergy, ...]) -> str:
    """The allergen names, comma-separated (plain text, for tooltips and spoken text)."""
    return ", ".join(a.substance for a in allergies)


def cave_text(client: Client) -> tuple[str, str]:
    """The CAVE banner's rich text and kind ('danger' with allergies, 'info' without)."""
    if not client.allergies:
        return QCoreApplication.translate("Cave", "CAVE: no known allergies registered"), "info"
    parts = []
    for a in client.allergies:
        detail = ", ".join(p for p in (a.reaction, a.severity) if p)
        parts.append(f"<b>{escape(a.substance)}</b>" + (f" ({escape(detail)})" if detail else ""))
    return "CAVE: " + "; ".join(parts), "danger"


def cave_banner(client: Client, parent: QWidget | None = None) -> Banner:
    """A banner with the client's CAVE (red when there is one), named for screen readers."""
    text, kind = cave_text(client)
    banner = Banner(kind, text, parent)
    banner.setAccessibleName("CAVE")
    return banner
