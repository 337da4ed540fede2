"""Every record's text held to what a FHIR server will take, on every path that saves one.

The services run :func:`clean_record` on each record before it is written (new
records and corrections alike), so a form, an import or a pull cannot store a
text that would wait for ever in the outbox: control characters are stripped,
a text over the size limit or a direction-reversing character in a name is a
DomainError naming the field. The rules themselves are in :mod:`text_limits`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .errors import DomainError
from .text_limits import TextKind, check_text, has_control_characters, strip_control_characters

# Fields that name or identify someone or something: one line, no bidirectional controls.
SHORT_FIELDS = frozenset({"name", "address", "phone", "drug_name", "substance", "prescriber", "title",
                          "relation", "role", "strength", "form", "route"})


def _clean(value: Any, field: str) -> Any:
    if isinstance(value, str):
        text = strip_control_characters(value) if has_control_characters(value) else value
        problem = check_text(text, TextKind.SHORT if field in SHORT_FIELDS else TextKind.LONG, field)
        if problem is not None:
            raise DomainError(field, problem.message_nb, problem.message_en)
        return text
    if isinstance(value, tuple):
        cleaned = tuple(_clean(v, field) for v in value)
        return cleaned if any(a is not b for a, b in zip(cleaned, value)) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return clean_record(value)
    return value


def clean_record(record: Any) -> Any:
    """``record`` with control characters stripped from every text (the same object when none were).

    Raises DomainError for a text no server would accept (see module docstring).
    """
    changes = {}
    for f in dataclasses.fields(record):
        if f.name == "meta":
            continue
        value = getattr(record, f.name)
        cleaned = _clean(value, f.name)
        if cleaned is not value:
            changes[f.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record
