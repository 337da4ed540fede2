"""Turn record dataclasses into plain JSON-able dicts and back.

The store keeps each record version as such a dict; the type hints of the
dataclass say how each value is read back, so no per-class code is needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any


def to_plain(value: Any) -> Any:
    """A JSON-able form of a dataclass, enum, date, Decimal, tuple or scalar."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return [to_plain(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(tp: Any, value: Any) -> Any:
    """Read ``value`` (from :func:`to_plain`) back as type ``tp``."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_plain(inner[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value))
    if origin is frozenset:
        return frozenset(from_plain(typing.get_args(tp)[0], v) for v in value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: from_plain(hints[k], v) for k, v in value.items() if k in hints})
    if isinstance(tp, type):
        if issubclass(tp, Enum):
            return tp(value)
        if tp is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if tp is dt.date:
            return dt.date.fromisoformat(value)
        if tp is dt.time:
            return dt.time.fromisoformat(value)
        if tp is Decimal:
            return Decimal(value)
    return value
