"""`StandinServer`: the Python API tests use to run and inspect the FHIR stand-in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from .config import StandinConfig
from .faults import Fault, parse_fault
from .handler import StandinHTTPServer
from .instants import parse_date_range
from .router import Router
from .service import FhirService, new_id
from .storage import Storage

HOST = "127.0.0.1"  # never bind anything else: this is a test double with no auth


class RequestRecord(NamedTuple):
    """One HTTP request as the server saw it.

    `path` is the raw request target (with query string); `entry_count` is the
    number of Bundle entries for ``POST [base]``, 1 for a PUT/POST carrying a
    resource, else 0; `status` is the status sent, or None when the connection
    was closed without a response (drop faults, client gone).
    """

    method: str
    path: str
    entry_count: int
    status: int | None


class RequestStats:
    """Thread-safe counters and request log."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.log: list[RequestRecord] = []
        self.round_trips = 0
        self.bytes_received = 0
        self.connections = 0

    def count_connection(self) -> None:
        """Count one accepted TCP connection."""
        with self._lock:
            self.connections += 1

    def count_round_trip(self) -> None:
        """Count one HTTP request (called as soon as its headers are parsed)."""
        with self._lock:
            self.round_trips += 1

    def record(self, method: str, path: str, entry_count: int, status: int | None, body_bytes: int) -> None:
        """Log a finished request and the body bytes read for it."""
        with self._lock:
            self.log.append(RequestRecord(method, path, entry_count, status))
            self.bytes_received += body_bytes

    def reset(self) -> None:
        """Forget all requests and zero the counters."""
        with self._lock:
            self.log.clear()
            self.round_trips = 0
            self.bytes_received = 0
            self.connections = 0


class StandinServer:
    """A local FHIR R4 server for tests and development, on 127.0.0.1.

    ``StandinServer(config, db_path).start()`` serves in a background thread;
    `base_url` is ``http://127.0.0.1:PORT/fhir``. Use it as a context manager to
    stop it and close the database. ``port=0`` (the default) picks a free port;
    after `stop()` the port is remembered, so `start()` comes back on the same
    URL with the same data: that is how to simulate the server being down
    (see also `outage()`). While stopped, connections are refused.
    """

    def __init__(self, config: StandinConfig | None = None, db_path: str | None = None, *, port: int = 0) -> None:
        self._config = config or StandinConfig()
        self._port = port
        self._fault_lock = threading.Lock()
        self._httpd: StandinHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.storage = Storage(db_path)
        self.stats = RequestStats()
        self.service = FhirService(self.storage, lambda: self._config, lambda: self.base_url)
        self.router = Router(self.service, lambda: self._config, lambda: self.base_url)

    # --- lifecycle -----------------------------------------------------------------

    @property
    def config(self) -> StandinConfig:
        """The live configuration; mutate it or assign a new one at any time."""
        return self._config

    @config.setter
    def config(self, value: StandinConfig) -> None:
        self._config = value

    @property
    def port(self) -> int:
        """The TCP port (0 until first started, if an ephemeral port was asked for)."""
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/fhir`` (without trailing slash)."""
        if self._port == 0:
            raise RuntimeError("StandinServer has no port yet; call start() first")
        return f"http://{HOST}:{self._port}{self._config.base_path}"

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._httpd is not None

    def start(self) -> StandinServer:
        """Bind and serve in a daemon thread; returns self. No-op if already running."""
        if self._httpd is not None:
            return self
        httpd = StandinHTTPServer((HOST, self._port), self)
        self._port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"fhir-standin-{self._port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: close the listening socket and all open connections. Data is kept."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        httpd.close_connections()  # otherwise pooled keep-alive clients would still be served
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def close(self) -> None:
        """Stop and close the database."""
        self.stop()
        self.storage.close()

    def __enter__(self) -> StandinServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def outage(self) -> Iterator[None]:
        """Server down inside the block (connections refused), back up on the same port after."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    # --- faults --------------------------------------------------------------------

    def inject(self, *faults: Any) -> None:
        """Append faults to ``config.fail_next`` after validating them (see faults.py)."""
        parsed = [parse_fault(f) for f in faults]  # raises early on typos
        with self._fault_lock:
            self._config.fail_next.extend(parsed)

    def take_fault(self) -> Fault | None:
        """Pop the next scripted fault, if any (called once per write request)."""
        with self._fault_lock:
            queue = self._config.fail_next
            spec = queue.pop(0) if queue else None
        return parse_fault(spec) if spec is not None else None

    # --- introspection for tests -------------------------------------------------------

    @property
    def request_log(self) -> list[RequestRecord]:
        """Copy of the log: one (method, path, entry_count, status) per HTTP request."""
        with self.stats._lock:
            return list(self.stats.log)

    @property
    def round_trips(self) -> int:
        """Number of HTTP requests received (including faulted and dropped ones)."""
        return self.stats.round_trips

    @property
    def bytes_received(self) -> int:
        """Request body bytes read off the wire (compressed size for gzip bodies)."""
        return self.stats.bytes_received

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted; fewer than `round_trips` means keep-alive reuse."""
        return self.stats.connections

    def resource_count(self, type: str | None = None) -> int:  # noqa: A002 - name from the brief
        """Number of live (not deleted) resources, of one type or in total."""
        return self.storage.count(type)

    def get(self, type: str, id: str) -> dict[str, Any] | None:  # noqa: A002
        """The current version of a resource as stored, or None if absent or deleted."""
        version = self.storage.current(type, id)
        return None if version is None or version.deleted else version.resource

    def identifiers(self, type: str) -> list[str]:  # noqa: A002
        """Identifier values of live resources of `type`, oldest update first."""
        return self.storage.identifier_values(type)

    def history(self, type: str, id: str) -> list[dict[str, Any] | None]:  # noqa: A002
        """Every stored version of a resource, oldest first (None marks a deletion)."""
        return [v.resource for v in self.storage.history(type, id)]

    def seed(self, *resources: dict[str, Any], keep_last_updated: bool = False) -> list[dict[str, Any]]:
        """Store resources directly (no HTTP, no validation, not logged); returns them as stored.

        ``keep_last_updated`` stamps each with its own ``meta.lastUpdated`` (a record with a history).
        """
        out: list[dict[str, Any]] = []
        with self.storage.transaction():
            for resource in resources:
                id_ = resource.get("id") or new_id()
                at = (resource.get("meta") or {}).get("lastUpdated") if keep_last_updated else None
                at_us = parse_date_range(at).lo if at else None
                stored = self.storage.write(resource["resourceType"], id_, {**resource, "id": id_}, at_us).resource
                assert stored is not None
                out.append(stored)
        return out

    def reset(self) -> None:
        """Delete all data, clear the request log and counters, and drop pending faults."""
        self.storage.clear()
        self.stats.reset()
        with self._fault_lock:
            self._config.fail_next.clear()
