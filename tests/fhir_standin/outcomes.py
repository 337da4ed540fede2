"""OperationOutcome construction and the error type used throughout the stand-in."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

# Default OperationOutcome.issue.code (R4 IssueType) for an HTTP status.
_ISSUE_CODE_BY_STATUS: dict[int, str] = {
    400: "invalid",
    401: "login",
    403: "forbidden",
    404: "not-found",
    405: "not-supported",
    409: "conflict",
    410: "deleted",
    411: "structure",
    412: "conflict",
    413: "too-long",
    415: "not-supported",
    422: "processing",
    429: "throttled",
    500: "exception",
    503: "transient",
}


def status_text(status: int) -> str:
    """The ``"201 Created"`` form used in Bundle ``entry.response.status``."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def operation_outcome(
    diagnostics: str,
    *,
    code: str = "processing",
    severity: str = "error",
    expression: list[str] | None = None,
) -> dict[str, Any]:
    """A one-issue OperationOutcome resource as a JSON dict."""
    issue: dict[str, Any] = {"severity": severity, "code": code, "diagnostics": diagnostics}
    if expression:
        issue["expression"] = list(expression)
    return {"resourceType": "OperationOutcome", "issue": [issue]}


class FhirError(Exception):
    """A failed interaction: an HTTP status plus the OperationOutcome explaining it."""

    def __init__(
        self,
        status: int,
        diagnostics: str,
        *,
        code: str | None = None,
        expression: list[str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {diagnostics}")
        self.status = status
        self.diagnostics = diagnostics
        self.code = code or _ISSUE_CODE_BY_STATUS.get(status, "processing")
        self.expression = expression
        self.headers = headers or {}

    def outcome(self) -> dict[str, Any]:
        """The OperationOutcome for this error."""
        return operation_outcome(self.diagnostics, code=self.code, expression=self.expression)

    def at_entry(self, index: int, label: str) -> FhirError:
        """The same error, reworded to name the Bundle entry that caused it."""
        where = f"Bundle.entry[{index}]"
        expression = [where] + [e for e in (self.expression or []) if e != where]
        return FhirError(
            self.status,
            f"{where} ({label}) failed: {self.diagnostics}",
            code=self.code,
            expression=expression,
            headers=self.headers,
        )
