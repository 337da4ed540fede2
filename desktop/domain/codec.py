"""Turn record dataclasses into plain JSON-able dicts and back.

The store keeps each record version as such a dict; the type hints of the
dataclass say how each value is read back, so no per-class code is needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
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


Decoder = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _optional(inner: Decoder) -> Decoder:
    return lambda value: None if value is None else inner(value)


@cache
def _decoder(tp: Any) -> Decoder:
    """A function that reads a plain value back as ``tp``, worked out once per type.

    Decoding runs for every record read (thousands per screen), so the type
    hints are inspected here once, not on every value.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _optional(_decoder(inner[0]))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda value: tuple(item(v) for v in value)
        items = [_decoder(a) for a in args]
        return lambda value: tuple(d(v) for d, v in zip(items, value))
    if origin is frozenset:
        item = _decoder(typing.get_args(tp)[0])
        return lambda value: frozenset(item(v) for v in value)
    if dataclasses.is_dataclass(tp):
        fields = {name: _optional(_decoder(hint)) for name, hint in typing.get_type_hints(tp).items()}
        return lambda value: tp(**{k: fields[k](v) for k, v in value.items() if k in fields})
    if isinstance(tp, type):
        if issubclass(tp, Enum):
            return tp
        readers: dict[type, Decoder] = {dt.datetime: dt.datetime.fromisoformat, dt.date: dt.date.fromisoformat,
                                        dt.time: dt.time.fromisoformat, Decimal: Decimal}
        return readers.get(tp, _identity)
    return _identity


def from_plain(tp: Any, value: Any) -> Any:
    """Read ``value`` (from :func:`to_plain`) back as type ``tp``."""
    return None if value is None else _decoder(tp)(value)
