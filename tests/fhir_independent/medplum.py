"""Start and inspect the Medplum-based FHIR server (``server.mjs``) from Python tests."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
HOST = "127.0.0.1"   # the wrapper binds this only; tests never talk to anything else


class MedplumUnavailable(RuntimeError):
    """Node or the npm packages are missing (tests/run.sh installs them), or the server did not start."""


def node_ready() -> str | None:
    """None when the server can run here, else why not."""
    if shutil.which("node") is None:
        return "node is not installed (tests/run.sh installs it)"
    if not (HERE / "node_modules" / "@medplum" / "fhir-router").is_dir():
        return "npm packages missing: run 'npm ci' in tests/fhir_independent (tests/run.sh does)"
    return None


class MedplumServer:
    """``with MedplumServer() as server: server.base_url`` — a fresh, empty server per start.

    Inspection (``resource_count``, ``get``, ``identifiers``, ``history``) goes through
    the server's own FHIR API, so it sees what any client would.
    """

    def __init__(self, *, transactions: bool = False, max_json_bytes: int | None = None,
                 validate: bool = True, latency_ms: int = 0) -> None:
        self.options = [*(["--transactions"] if transactions else []),
                        *(["--latency-ms", str(latency_ms)] if latency_ms else []),
                        *(["--max-json-bytes", str(max_json_bytes)] if max_json_bytes else []),
                        *([] if validate else ["--no-validate"])]
        self._proc: subprocess.Popen[str] | None = None
        self.port = 0
        self._http = httpx.Client(timeout=30)
        self.stderr: list[str] = []
        self.requests_before = 0

    @property
    def root(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root + "/fhir"

    def start(self, timeout: float = 30.0) -> MedplumServer:
        """Start node on a free port and wait until /fhir/metadata answers."""
        why = node_ready()
        if why:
            raise MedplumUnavailable(why)
        self._proc = subprocess.Popen(["node", str(HERE / "server.mjs"), "--port", "0", *self.options],
                                      cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None and self._proc.stderr is not None
        threading.Thread(target=self._drain, args=(self._proc.stderr,), daemon=True).start()
        deadline = time.monotonic() + timeout
        line = self._proc.stdout.readline()
        if not line.startswith("LISTENING "):
            self.stop()
            raise MedplumUnavailable(f"server.mjs did not start: {line!r} {''.join(self.stderr)[-2000:]}")
        self.port = int(line.split()[1])
        while time.monotonic() < deadline:
            try:
                if self._http.get(self.base_url + "/metadata").status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise MedplumUnavailable("server.mjs did not answer /fhir/metadata in time")

    def _drain(self, stream: Any) -> None:
        for line in stream:
            self.stderr.append(line)

    def stop(self) -> None:
        """Stop the node process (its in-memory data is gone)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def close(self) -> None:
        self.stop()
        self._http.close()

    def __enter__(self) -> MedplumServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reset(self) -> None:
        """Forget every resource (a test-only endpoint outside /fhir)."""
        self._http.post(self.root + "/_admin/reset").raise_for_status()

    def seed_history(self, resources: list[dict[str, Any]]) -> None:
        """Store resources keeping their ``meta.lastUpdated`` (test-only, outside /fhir): a record
        written over months, in one request."""
        answer = self._http.post(self.root + "/_admin/seed", json=resources)
        if answer.status_code != 204:
            raise RuntimeError(answer.text[:2000])

    # -- what the server holds, asked through FHIR -------------------------------------

    def search_all(self, type_: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Every resource of a type matching ``params`` (MemoryRepository does not page)."""
        answer = self._http.get(f"{self.base_url}/{type_}", params={**(params or {}), "_count": "100000"})
        answer.raise_for_status()
        return [e["resource"] for e in answer.json().get("entry") or []]

    def resource_count(self, type_: str | None = None) -> int:
        if type_ is None:
            return sum(self.counts().values())
        answer = self._http.get(f"{self.base_url}/{type_}", params={"_summary": "count"})
        answer.raise_for_status()
        return int(answer.json().get("total") or 0)

    def counts(self) -> dict[str, int]:
        """Resources per type, for the types Ambulant writes."""
        from desktop.sync.fhir_mapping import ALL_RESOURCE_TYPES
        found = {t: self.resource_count(t) for t in ALL_RESOURCE_TYPES}
        return {t: n for t, n in found.items() if n}

    def get(self, type_: str, id_: str) -> dict[str, Any] | None:
        answer = self._http.get(f"{self.base_url}/{type_}/{id_}")
        if answer.status_code in (404, 410):
            return None
        answer.raise_for_status()
        return answer.json()

    def identifiers(self, type_: str) -> list[str]:
        return [i.get("value", "") for r in self.search_all(type_) for i in r.get("identifier") or []]

    def history(self, type_: str, id_: str) -> list[dict[str, Any]]:
        """Every version, oldest first (ordered by lastUpdated: Medplum's own order is not stable)."""
        answer = self._http.get(f"{self.base_url}/{type_}/{id_}/_history")
        if answer.status_code == 404:
            return []
        answer.raise_for_status()
        versions = [e["resource"] for e in answer.json().get("entry") or []]
        return sorted(versions, key=lambda r: r["meta"]["lastUpdated"])
