"""A tiny FHIR R4 responder on 127.0.0.1 for ``ambulant self-test`` (shipped with the app, not a test tool).

It proves that a build can reach a FHIR server: the HTTP client, gzip, the FHIR
mapping and the outbox confirmation all run for real. It stores nothing but a
count per resource type and answers as a plain R4 server would: a
CapabilityStatement, an empty searchset for any search (in a Bundle too), and a
batch-response with one ``201 Created`` per write. It never listens on anything but loopback.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FHIR_JSON = "application/fhir+json; charset=utf-8"


def _capability() -> dict[str, Any]:
    return {"resourceType": "CapabilityStatement", "status": "active", "kind": "instance", "fhirVersion": "4.0.1",
            "format": ["json"], "rest": [{"mode": "server", "interaction": [{"code": "batch"}]}]}


_EMPTY_SEARCHSET = {"resourceType": "Bundle", "type": "searchset", "total": 0}


def _entry_response(resource: dict[str, Any]) -> dict[str, Any]:
    kind, rid = resource.get("resourceType", ""), resource.get("id", "")
    return {"response": {"status": "201 Created", "location": f"{kind}/{rid}/_history/1", "etag": 'W/"1"'}}


class LoopbackFhirServer:
    """``with LoopbackFhirServer() as server:`` — a responder on a free 127.0.0.1 port."""

    def __init__(self) -> None:
        self.received: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="loopback-fhir", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/fhir"

    def __enter__(self) -> LoopbackFhirServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _count(self, resources: list[dict[str, Any]]) -> None:
        with self._lock:
            self.received.update(r.get("resourceType", "") for r in resources)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:  # quiet: the self-test prints its own lines
                return

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", FHIR_JSON)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> dict[str, Any]:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.headers.get("Content-Encoding") == "gzip":
                    raw = gzip.decompress(raw)
                return json.loads(raw or b"{}")

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path.split("?")[0].rstrip("/").endswith("/metadata"):
                    self._send(200, _capability())
                else:
                    self._send(200, {"resourceType": "Bundle", "type": "searchset", "total": 0, "entry": []})

            def do_POST(self) -> None:  # noqa: N802
                bundle = self._body()
                entries = bundle.get("entry", [])
                resources = [e.get("resource", {}) for e in entries if (e.get("request") or {}).get("method") != "GET"]
                server._count(resources)
                kind = "transaction-response" if bundle.get("type") == "transaction" else "batch-response"
                # A search in the Bundle (persons by identifier, the pull) finds nothing here.
                answers = [{"response": {"status": "200 OK"}, "resource": _EMPTY_SEARCHSET}
                           if (e.get("request") or {}).get("method") == "GET" else _entry_response(e.get("resource", {}))
                           for e in entries]
                self._send(200, {"resourceType": "Bundle", "type": kind, "entry": answers})

            def do_PUT(self) -> None:  # noqa: N802
                resource = self._body()
                server._count([resource])
                self._send(201, resource)

        return Handler
