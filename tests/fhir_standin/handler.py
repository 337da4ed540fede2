"""The wire: HTTP/1.1 keep-alive request handling, body framing and fault injection."""

from __future__ import annotations

import json
import socket
import socketserver
import sys
import threading
import time
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from .faults import Fault, FaultKind, FaultSpecError
from .outcomes import FhirError
from .router import FHIR_JSON, HttpRequest, HttpResponse, decode_body, error_response

if TYPE_CHECKING:
    from .server import StandinServer

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})
_CHUNK = 64 * 1024


class ClientGone(Exception):
    """The client closed the connection before the request was fully read."""


class StandinHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its open connections, so stopping really ends them."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True  # restart on the same port right after stop()

    def __init__(self, address: tuple[str, int], standin: StandinServer) -> None:
        self.standin = standin
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, StandinRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a reverse-DNS lookup that can
        # stall for seconds on badly configured machines; we never need it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def track(self, conn: socket.socket) -> None:
        """Remember an accepted connection."""
        with self._connections_lock:
            self._connections.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        """Forget a finished connection."""
        with self._connections_lock:
            self._connections.discard(conn)

    def close_connections(self) -> None:
        """Shut down every open (keep-alive) connection, so pooled clients see the outage."""
        with self._connections_lock:
            conns = list(self._connections)
        for conn in conns:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients vanishing (including on purpose in fault tests) is not an error.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError, ClientGone)):
            return
        super().handle_error(request, client_address)


class StandinRequestHandler(BaseHTTPRequestHandler):
    """One connection; serves requests until either side closes (HTTP/1.1 keep-alive)."""

    protocol_version = "HTTP/1.1"
    server_version = "AmbulantFhirStandin/1.0"
    sys_version = ""
    timeout = 120  # idle keep-alive connections are closed after this many seconds
    # Headers and body go out in two writes; with Nagle on, the second waits for
    # the client's delayed ACK (~40 ms per request on Linux).
    disable_nagle_algorithm = True
    server: StandinHTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)
        self.server.standin.stats.count_connection()

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.standin.config.log_requests:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        """Every method goes through `_serve`; the router decides what is allowed."""
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    # --- request flow ------------------------------------------------------------

    def _serve(self) -> None:
        standin = self.server.standin
        self._wire_bytes = 0
        self._entries = 0
        standin.stats.count_round_trip()
        if standin.config.latency_s > 0:
            time.sleep(standin.config.latency_s)
        try:
            fault = standin.take_fault() if self.command in WRITE_METHODS else None
            self._serve_with(fault)
        except FhirError as err:  # body framing or size problem found while reading
            self._respond(error_response(err))
        except FaultSpecError as err:
            self._respond(error_response(FhirError(500, f"Invalid item in fail_next: {err}", code="exception")))
        except ClientGone:
            self._hang_up()

    def _serve_with(self, fault: Fault | None) -> None:
        kind = fault.kind if fault is not None else None
        if kind is FaultKind.DROP_MID_UPLOAD:
            self._read_part_of_body()
            self._hang_up()
            return
        request = self._http_request(self._read_body())
        self._entries = self.server.standin.router.entry_count(request)
        if fault is not None and kind is FaultKind.STATUS:
            self._respond(_fault_response(fault))
            return
        if kind is FaultKind.DROP_BEFORE_COMMIT:
            self._hang_up()
            return
        response = self.server.standin.router.route(request)  # commits
        if kind is FaultKind.DROP_AFTER_COMMIT:
            self._hang_up()
            return
        if fault is not None and kind is FaultKind.DELAY_AFTER_COMMIT:
            time.sleep(fault.delay_s)
        if fault is not None and kind is FaultKind.ANSWER_AFTER_COMMIT:
            headers = {"Content-Type": fault.content_type} if fault.content_type else {}
            response = HttpResponse(fault.status, None, headers, fault.text.encode("utf-8"))
        self._respond(response)

    def _http_request(self, raw: bytes) -> HttpRequest:
        path, _, query = self.path.partition("?")
        payload, error = decode_body(self.headers, raw)
        return HttpRequest(self.command, path, query, self.headers, payload, error)

    # --- reading the body --------------------------------------------------------

    def _read_body(self) -> bytes:
        limit = self.server.standin.config.max_body_bytes
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = self._read_chunked()
            if limit is not None and len(body) > limit:
                raise _too_large(len(body), limit)
            return body
        length = self._content_length()
        if limit is not None and length > limit:
            self._discard(length)  # read it anyway so the connection stays usable
            if self.server.standin.config.medplum_like:
                raise FhirError(400, "File too large", code="invalid")
            raise _too_large(length, limit)
        return self._read_exact(length)

    def _content_length(self) -> int:
        raw = self.headers.get("Content-Length")
        if raw is None:
            return 0  # HTTP/1.1: no Content-Length and no chunking means no body
        if not raw.strip().isdigit():
            self.close_connection = True  # cannot find the next request any more
            raise FhirError(400, f"Invalid Content-Length {raw!r}", code="structure")
        return int(raw)

    def _read_exact(self, n: int) -> bytes:
        data = self.rfile.read(n) if n else b""
        self._wire_bytes += len(data)
        if len(data) < n:
            raise ClientGone()
        return data

    def _discard(self, n: int) -> None:
        while n > 0:
            step = min(n, _CHUNK)
            self._read_exact(step)
            n -= step

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            line = self._read_line()
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                self.close_connection = True
                raise FhirError(400, "Malformed chunked request body", code="structure") from None
            if size == 0:
                while self._read_line() not in (b"\r\n", b"\n"):  # skip trailers
                    pass
                return b"".join(parts)
            parts.append(self._read_exact(size))
            self._read_line()  # CRLF after each chunk

    def _read_line(self) -> bytes:
        line = self.rfile.readline(65537)
        self._wire_bytes += len(line)
        if not line:
            raise ClientGone()
        return line

    def _read_part_of_body(self) -> None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._read_line()
            return
        length = self._content_length()
        with suppress(ClientGone):
            self._read_exact(length // 2)

    # --- answering ---------------------------------------------------------------

    def _record(self, status: int | None) -> None:
        # Recorded before the response goes out, so a test that has its answer
        # (or its connection error) always finds the request in the log.
        self.server.standin.stats.record(self.command, self.path, self._entries, status, self._wire_bytes)

    def _hang_up(self) -> None:
        """Close the connection without a response (a lost response, as the client sees it)."""
        self._record(None)
        self.close_connection = True
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _respond(self, response: HttpResponse) -> None:
        self._record(response.status)
        body = b"" if response.body is None else json.dumps(response.body, ensure_ascii=False).encode("utf-8")
        if response.raw is not None:
            body = response.raw
        try:
            self.send_response(response.status)
            if body and response.raw is None:
                self.send_header("Content-Type", FHIR_JSON)
            self.send_header("Content-Length", str(len(body)))
            # RFC 7694: tells clients which request Content-Encodings we accept (Medplum does not say).
            if not self.server.standin.config.medplum_like:
                self.send_header("Accept-Encoding", "gzip, deflate")
            for name, value in response.headers.items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def _too_large(size: int, limit: int) -> FhirError:
    return FhirError(413, f"Request body of {size} bytes exceeds this server's limit of {limit} bytes",
                     code="too-long")


def _fault_response(fault: Fault) -> HttpResponse:
    headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
    err = FhirError(fault.status, f"Injected fault: HTTP {fault.status} from the stand-in's fail_next",
                    headers=headers)
    return error_response(err)
