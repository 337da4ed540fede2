"""Is the server there? ``GET metadata`` with a short timeout, and what its CapabilityStatement says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .errors import AuthError
from .http_client import FhirHttpClient, Timeouts, TransportError


@dataclass(frozen=True)
class ServerCapabilities:
    """What the server says it can do, as far as the sync cares."""

    fhir_version: str
    batch: bool
    transaction: bool
    # RFC 7694: a server may list the request Content-Encodings it accepts in
    # an Accept-Encoding response header. None when it says nothing.
    accepts_gzip: bool | None
    software: str = ""


@dataclass(frozen=True)
class ProbeResult:
    """Online or not, why not, and the capabilities when online."""

    online: bool
    message_nb: str
    message_en: str
    capabilities: ServerCapabilities | None = None
    server_date: dt.datetime | None = None   # the server's clock (Date header), for the clock-skew check


def read_capabilities(statement: Any, accept_encoding: str | None) -> ServerCapabilities | None:
    """The parts of a CapabilityStatement the sync uses, or None if it is not one."""
    if not isinstance(statement, dict) or statement.get("resourceType") != "CapabilityStatement":
        return None
    codes: set[str] = set()
    for rest in statement.get("rest") or []:
        if isinstance(rest, dict) and rest.get("mode", "server") == "server":
            codes.update(i.get("code") for i in rest.get("interaction") or [] if isinstance(i, dict))
    declared = bool(codes & {"batch", "transaction"})
    software = statement.get("software") or {}
    gzip = None
    if accept_encoding is not None:
        gzip = "gzip" in [part.split(";")[0].strip().lower() for part in accept_encoding.split(",")]
    return ServerCapabilities(
        fhir_version=str(statement.get("fhirVersion", "")),
        # A statement that lists neither is silent, not a refusal: try batch and learn.
        batch="batch" in codes or not declared,
        transaction="transaction" in codes or not declared,
        accepts_gzip=gzip,
        software=str(software.get("name", "")) if isinstance(software, dict) else "")


def probe(client: FhirHttpClient, authenticated: bool = False) -> ProbeResult:
    """Ask the server for its CapabilityStatement; online only for a FHIR R4 (4.0.x) server."""
    try:
        answer = client.metadata(authenticated=authenticated)
    except TransportError as exc:
        return ProbeResult(False, "Får ikke kontakt med serveren. Sjekk nettverket og prøv igjen.",
                           f"Cannot reach the server: {exc}")
    except AuthError as exc:
        return ProbeResult(False, exc.message_nb, exc.message_en)
    when = answer.server_date
    if answer.status != 200:
        return ProbeResult(False, f"Serveren svarte med feil (HTTP {answer.status}). Prøv igjen senere.",
                           f"The server answered HTTP {answer.status} to GET metadata.", server_date=when)
    capabilities = read_capabilities(answer.body, answer.headers.get("Accept-Encoding"))
    if capabilities is None:
        return ProbeResult(False, "Adressen svarer, men er ikke en FHIR-server.",
                           "The address answers but is not a FHIR server.", server_date=when)
    if not capabilities.fhir_version.startswith("4.0"):
        return ProbeResult(False, f"Serveren bruker FHIR {capabilities.fhir_version}, ikke R4 (4.0).",
                           f"The server speaks FHIR {capabilities.fhir_version}, not R4 (4.0).", capabilities,
                           when)
    return ProbeResult(True, "Tilkoblet.", "Online.", capabilities, when)


def is_online(base_url: str, timeouts: Timeouts = Timeouts(connect=3.0, probe=3.0)) -> bool:
    """A quick reachability check (decides whether an automatic sync may start)."""
    with FhirHttpClient(base_url, timeouts=timeouts) as client:
        return probe(client).online
