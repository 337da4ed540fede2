"""Benchmark: 10,000 outbox rows to the FHIR stand-in, Ambulant's engine against a naive client.

Run: ``python -m tests.bench.bench_sync`` (from the repository root).

The database holds 50 clients and 4,950 notes and measurements; with the
audit line every record queues, that is 10,000 outbox rows. Both clients talk
to the stand-in on 127.0.0.1 with 50 ms of injected latency per request, then
with none.

* Ambulant's engine: the real ``SyncEngine`` on a real encrypted database
  (batch Bundles of up to 500 PUTs, gzip, one kept-alive connection).
* The naive client: one ``PUT Type/id`` per request over a kept-alive
  connection, the same resources in the same order. 10,000 × 50 ms would take
  over eight minutes, so it runs on the first NAIVE_SAMPLE resources and the
  time is extrapolated linearly to all of them (said so in the output).

Round trips are counted by the server. The same engine run also goes to the
independent server (Medplum's FHIR router, tests/fhir_independent) with the same
latency: ``round_trips_independent`` (counted by the client) and
``seconds_independent``. The last line is one JSON object.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import httpx  # noqa: E402

from desktop.domain.medication_rules import LOCAL_TZ  # noqa: E402
from desktop.domain.records import WorkerRef  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.store.keys import ScryptParams  # noqa: E402
from desktop.sync.engine import SyncEngine  # noqa: E402
from desktop.sync.summary import SyncOutcome  # noqa: E402
from desktop.sync.http_client import encode_json  # noqa: E402
from desktop.sync.planner import plan_sync  # noqa: E402
from desktop.sync.settings import ServerProfile, SyncSettings  # noqa: E402
from tests.fhir_independent import MedplumServer  # noqa: E402
from tests.fhir_standin import StandinConfig, StandinServer  # noqa: E402
from tests.sync.sync_data import fill_outbox  # noqa: E402

PASSPHRASE = "benchmark passphrase"
WORKER = WorkerRef("Bench Vernepleier", "1234567")
LATENCY_S = 0.05
NAIVE_SAMPLE = {LATENCY_S: 500, 0.0: 2000}
ROWS = 10_000


def make_database(folder: Path) -> Path:
    """A closed encrypted database with ROWS outbox rows; returns its data folder."""
    data_dir = folder / "template"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=ScryptParams(n=2 ** 14))
    now = dt.datetime(2026, 11, 26, 15, 0, tzinfo=LOCAL_TZ)
    rows = fill_outbox(db, clients=50, notes_per_client=50, measurements_per_client=49, now=now)
    assert rows == ROWS, rows
    db.close()
    return data_dir


def copy_of(template: Path, folder: Path, name: str) -> Database:
    target = folder / name
    shutil.copytree(template, target)
    return Database.open(target, PASSPHRASE)


def run_engine(db: Database, latency: float) -> dict[str, float]:
    with StandinServer(StandinConfig(latency_s=latency)) as server:
        started = time.perf_counter()
        summary = SyncEngine(db, SyncSettings(server_url=server.base_url, bundle_size=500)).run()
        seconds = time.perf_counter() - started
        assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
        assert summary.sent == ROWS
        return {"seconds": seconds, "round_trips": server.round_trips, "bytes_sent": summary.bytes_sent,
                "json_bytes": summary.json_bytes, "resources": server.resource_count()}


def run_engine_independent(db: Database, latency: float) -> dict[str, float]:
    """The same run against the Medplum-based server (round trips as the client counted them)."""
    with MedplumServer(latency_ms=int(latency * 1000)) as server:
        started = time.perf_counter()
        summary = SyncEngine(db, SyncSettings(server_url=server.base_url, bundle_size=500)).run()
        seconds = time.perf_counter() - started
        assert summary.outcome is SyncOutcome.COMPLETE, summary.message_en
        assert summary.sent == ROWS
        return {"seconds": seconds, "round_trips": summary.round_trips, "resources": server.resource_count()}


def naive_resources(db: Database, count: int) -> list[dict]:
    """The resources the engine sends, in its order (dependencies first), for the naive client."""
    plan = plan_sync(db, dt.datetime.now(dt.timezone.utc), ServerProfile(), include_deferred=True)
    ordered = [plan.entries[i].resource for level in plan.levels() for i in level]
    return ordered[:count]


def run_naive(resources: list[dict], latency: float) -> dict[str, float]:
    """One PUT per resource, one request at a time, kept-alive connection."""
    with StandinServer(StandinConfig(latency_s=latency)) as server, httpx.Client(timeout=30) as http:
        started = time.perf_counter()
        sent = 0
        for resource in resources:
            body = encode_json(resource)
            sent += len(body)
            response = http.put(f"{server.base_url}/{resource['resourceType']}/{resource['id']}", content=body,
                                headers={"Content-Type": "application/fhir+json"})
            assert response.status_code in (200, 201), response.text
        seconds = time.perf_counter() - started
        return {"seconds": seconds, "round_trips": server.round_trips, "bytes_sent": sent}


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="ambulant-bench-"))
    try:
        t0 = time.perf_counter()
        template = make_database(folder)
        print(f"Database with {ROWS} outbox rows made in {time.perf_counter() - t0:.1f} s")
        results: dict[float, dict] = {}
        for latency in (LATENCY_S, 0.0):
            db = copy_of(template, folder, f"engine-{latency}")
            try:
                engine = run_engine(db, latency)
            finally:
                db.close()
            db = copy_of(template, folder, f"naive-{latency}")
            try:
                sample = naive_resources(db, NAIVE_SAMPLE[latency])
            finally:
                db.close()
            naive = run_naive(sample, latency)
            total_resources = engine["resources"]
            factor = total_resources / len(sample)
            naive_total = naive["seconds"] * factor
            results[latency] = {"engine": engine, "naive": naive, "naive_total": naive_total, "factor": factor}
            ms = int(latency * 1000)
            print(f"\n{ms} ms latency per request")
            print(f"  engine: {ROWS} rows ({total_resources} resources) in {engine['seconds']:.2f} s, "
                  f"{engine['round_trips']} round trips, {ROWS / engine['seconds']:.0f} rows/s, "
                  f"{engine['bytes_sent'] / 1e6:.2f} MB sent (gzip; {engine['json_bytes'] / 1e6:.2f} MB JSON)")
            print(f"  naive:  {len(sample)} resources in {naive['seconds']:.2f} s, {naive['round_trips']} round trips, "
                  f"{len(sample) / naive['seconds']:.0f} resources/s; extrapolated linearly to {total_resources} "
                  f"resources: {naive_total:.1f} s, ~{int(naive['round_trips'] * factor)} round trips, "
                  f"~{naive['bytes_sent'] * factor / 1e6:.1f} MB")
            print(f"  speedup: {naive_total / engine['seconds']:.1f}x")
        db = copy_of(template, folder, "independent")
        try:
            independent = run_engine_independent(db, LATENCY_S)
        finally:
            db.close()
        print(f"\nindependent server (Medplum FHIR router), {int(LATENCY_S * 1000)} ms latency: {ROWS} rows "
              f"({independent['resources']} resources) in {independent['seconds']:.2f} s, "
              f"{independent['round_trips']} round trips")
        at50, at0 = results[LATENCY_S], results[0.0]
        summary = {
            "records": ROWS,
            "round_trips": at50["engine"]["round_trips"],
            "seconds": round(at50["engine"]["seconds"], 3),
            "naive_seconds": round(at50["naive_total"], 3),
            "speedup": round(at50["naive_total"] / at50["engine"]["seconds"], 1),
            "seconds_0ms": round(at0["engine"]["seconds"], 3),
            "naive_seconds_0ms": round(at0["naive_total"], 3),
            "records_per_s": round(ROWS / at50["engine"]["seconds"], 1),
            "bytes_sent": at50["engine"]["bytes_sent"],
            "naive_extrapolated_from": {"50ms": NAIVE_SAMPLE[LATENCY_S], "0ms": NAIVE_SAMPLE[0.0]},
            "round_trips_independent": independent["round_trips"],
            "seconds_independent": round(independent["seconds"], 3),
        }
        print(json.dumps(summary))
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
