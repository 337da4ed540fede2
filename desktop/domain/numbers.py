"""Numbers typed by a person."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .errors import DomainError


def parse_decimal(text: str, field: str) -> Decimal:
    """A number typed by a user ("37,5" or "37.5"), or a DomainError naming ``field``."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise DomainError(field, "Skriv et tall.", "Enter a number.") from None
    if not value.is_finite():
        raise DomainError(field, "Skriv et tall.", "Enter a number.")
    return value
