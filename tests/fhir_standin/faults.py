"""Scripted faults for `StandinConfig.fail_next`.

Each write request (POST, PUT or DELETE, including ``POST [base]`` bundles)
takes the first item of ``fail_next``, if any. Reads never consume faults.
Items are plain tuples (or `Fault` objects):

``("status", code)`` / ``("status", code, retry_after)``
    Read the whole request, commit nothing, answer ``code`` with an
    OperationOutcome. ``retry_after`` (int seconds, or a str sent verbatim such
    as an HTTP-date; None = no header) becomes the Retry-After header; floats
    are rounded up because HTTP only allows whole seconds.
``("drop_before_commit",)``
    Read the whole request, commit nothing, close the socket without answering.
``("drop_after_commit",)``
    Process and commit the request, then close the socket without answering:
    the classic lost response. A retry must not create duplicates.
``("drop_mid_upload",)``
    Read about half of the body, then close the connection; nothing committed.
``("delay_after_commit", seconds)``
    Process and commit, then wait before answering (to trip client timeouts).
``("answer_after_commit", status, content_type, text)``
    Process and commit, then answer ``status`` with this body instead of the real
    answer: an empty 200, an OperationOutcome instead of the response Bundle, a
    proxy's HTML page (the answers some servers and proxies really give).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FaultSpecError(ValueError):
    """A ``fail_next`` item that is not one of the documented forms."""


class FaultKind(StrEnum):
    """The kinds of scripted fault."""

    STATUS = "status"
    DROP_BEFORE_COMMIT = "drop_before_commit"
    DROP_AFTER_COMMIT = "drop_after_commit"
    DROP_MID_UPLOAD = "drop_mid_upload"
    DELAY_AFTER_COMMIT = "delay_after_commit"
    ANSWER_AFTER_COMMIT = "answer_after_commit"


@dataclass(frozen=True)
class Fault:
    """A parsed fault; `parse_fault` builds these from the tuple forms."""

    kind: FaultKind
    status: int = 0
    retry_after: str | None = None
    delay_s: float = 0.0
    content_type: str = ""
    text: str = ""


def parse_fault(spec: Any) -> Fault:
    """Turn a ``fail_next`` item into a `Fault`, raising FaultSpecError if malformed."""
    if isinstance(spec, Fault):
        return spec
    if not isinstance(spec, (tuple, list)) or not spec:
        raise FaultSpecError(f"fault must be a non-empty tuple, got {spec!r}")
    try:
        kind = FaultKind(spec[0])
    except (ValueError, TypeError):
        raise FaultSpecError(f"unknown fault kind {spec[0]!r}") from None
    args = tuple(spec[1:])
    if kind is FaultKind.STATUS:
        return _status_fault(args)
    if kind is FaultKind.ANSWER_AFTER_COMMIT:
        if len(args) != 3 or not isinstance(args[0], int) or not all(isinstance(a, str) for a in args[1:]):
            raise FaultSpecError("('answer_after_commit', status, content_type, text) needs an int and two strs")
        return Fault(kind, status=args[0], content_type=args[1], text=args[2])
    if kind is FaultKind.DELAY_AFTER_COMMIT:
        if len(args) != 1 or not isinstance(args[0], (int, float)) or args[0] < 0:
            raise FaultSpecError("('delay_after_commit', seconds) needs one non-negative number")
        return Fault(kind, delay_s=float(args[0]))
    if args:
        raise FaultSpecError(f"fault {kind.value!r} takes no arguments")
    return Fault(kind)


def _status_fault(args: tuple[Any, ...]) -> Fault:
    if not 1 <= len(args) <= 2 or not isinstance(args[0], int) or not 400 <= args[0] <= 599:
        raise FaultSpecError("('status', code[, retry_after]) needs a 4xx/5xx code")
    retry = args[1] if len(args) == 2 else None
    if retry is None:
        header = None
    elif isinstance(retry, bool) or not isinstance(retry, (int, float, str)):
        raise FaultSpecError(f"retry_after must be int seconds, str or None, got {retry!r}")
    elif isinstance(retry, str):
        header = retry
    else:
        header = str(max(0, math.ceil(retry)))
    return Fault(FaultKind.STATUS, status=args[0], retry_after=header)
