"""Benchmark: the pull of a caseload of 30 clients with 90 days of history (~5,000 resources).

Run: ``python -m tests.bench.bench_pull`` (from the repository root).

The server (the FHIR stand-in, 50 ms of latency injected per request) holds the worker's
Practitioner, 30 Patients in CareTeams with the worker, their CAVE and orders, and 90 days of
colleagues' doses, observations and notes, each resource stamped with the time it was written.

* first pull: a fresh encrypted database, one ``SyncEngine.run()`` (the metadata probe, the
  Practitioner by HPR, the caseload, everything for 30 new clients, every page);
* incremental pull with nothing new: the same run again;
* the naive puller: one GET search per client per resource type (the same ten types and
  the same 30-day window), following ``next`` links at the server's default page size.

Round trips are counted by the engine's client (the metadata probe included) and checked
against the server's count; memory is the larger of the growth of the process's peak resident
size during the first pull and the Python heap's peak during another first pull (tracemalloc). The same two pulls also run against the independent server
(Medplum's router, same latency, no paging links). The last line is one JSON object.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import httpx  # noqa: E402

from desktop.domain.clock import utcnow  # noqa: E402
from desktop.domain.records import WorkerRef  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.store.keys import ScryptParams  # noqa: E402
from desktop.sync.caseload import DATA_SEARCHES, fhir_instant  # noqa: E402
from desktop.sync.engine import SyncEngine  # noqa: E402
from desktop.sync.summary import SyncOutcome  # noqa: E402
from desktop.sync.settings import DEFAULT_WINDOW_DAYS, SyncSettings  # noqa: E402
from tests.fhir_independent import MedplumServer  # noqa: E402
from tests.fhir_standin import StandinConfig, StandinServer  # noqa: E402
from tests.sync.ehr_data import caseload_history  # noqa: E402

PASSPHRASE = "benchmark passphrase"
WORKER = WorkerRef("Bench Vernepleier", "1234567")
LATENCY_S = 0.05
CLIENTS, DAYS = 30, 90


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def traced_peak_mb(base_url: str, folder: Path) -> float:
    """The Python heap's peak growth during a first pull (tracemalloc; a separate, untimed run)."""
    db = Database.create(folder / "traced", PASSPHRASE, WORKER, kdf=ScryptParams(n=2 ** 14))
    try:
        tracemalloc.start()
        start, _ = tracemalloc.get_traced_memory()
        summary = SyncEngine(db, SyncSettings(server_url=base_url)).run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert summary.outcome is SyncOutcome.COMPLETE
        return (peak - start) / 1e6
    finally:
        db.close()


def ambulant_pulls(base_url: str, folder: Path, name: str) -> dict[str, Any]:
    """First and incremental pull with the real engine on a real encrypted database (round trips as the
    engine's client counted them: the metadata probe included)."""
    db = Database.create(folder / name, PASSPHRASE, WORKER, kdf=ScryptParams(n=2 ** 14))
    try:
        settings = SyncSettings(server_url=base_url)
        before_rss = peak_rss_mb()
        started = time.perf_counter()
        first = SyncEngine(db, settings).run()
        first_seconds = time.perf_counter() - started
        peak = peak_rss_mb() - before_rss
        assert first.outcome is SyncOutcome.COMPLETE and first.pull is not None, first.message_en
        assert first.pull.clients == CLIENTS and first.pull.complete
        started = time.perf_counter()
        again = SyncEngine(db, settings).run()
        again_seconds = time.perf_counter() - started
        assert again.outcome is SyncOutcome.COMPLETE and again.pull is not None and again.pull.applied == 0
        with db.reading():
            counts = db.records.counts()
        return {"first_round_trips": first.round_trips, "first_seconds": first_seconds,
                "first_received": first.pull.received, "records": sum(counts.values()),
                "incremental_round_trips": again.round_trips, "incremental_seconds": again_seconds,
                "incremental_received": again.pull.received, "peak_mb": peak}
    finally:
        db.close()


def naive_pull(base_url: str, patients: list[str], practitioner: str, now: dt.datetime) -> dict[str, Any]:
    """One GET per client per resource type, every page followed (the server's default page size)."""
    window = fhir_instant(now - dt.timedelta(days=DEFAULT_WINDOW_DAYS))
    received = 0
    started = time.perf_counter()
    with httpx.Client(timeout=60, headers={"Accept": "application/fhir+json"}) as http:
        urls = [f"{base_url}/Practitioner?identifier=urn:oid:2.16.578.1.12.4.1.4.4|{WORKER.hpr}",
                f"{base_url}/CareTeam?participant=Practitioner/{practitioner}&status=active"]
        for pid in patients:
            urls.append(f"{base_url}/Patient?_id={pid}")
            for type_, (param, window_param, _, _) in DATA_SEARCHES.items():
                url = f"{base_url}/{type_}?{param}=Patient/{pid}"
                urls.append(url + (f"&{window_param}=ge{window}" if window_param else ""))
        for url in urls:
            while url:
                bundle = http.get(url).json()
                received += len(bundle.get("entry") or [])
                url = next((link["url"] for link in bundle.get("link") or [] if link["relation"] == "next"), None)
    return {"seconds": time.perf_counter() - started, "received": received}


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="ambulant-bench-pull-"))
    now = utcnow()
    history = caseload_history(WORKER.name, WORKER.hpr, now, CLIENTS, DAYS)
    patients = [r["id"] for r in history if r["resourceType"] == "Patient"]
    try:
        with StandinServer(StandinConfig(latency_s=LATENCY_S)) as server:
            server.seed(*history, keep_last_updated=True)
            print(f"Stand-in holds {server.resource_count()} resources ({CLIENTS} clients, {DAYS} days), "
                  f"{int(LATENCY_S * 1000)} ms latency per request")
            before = server.round_trips
            ours = ambulant_pulls(server.base_url, folder, "standin")
            assert server.round_trips - before == ours["first_round_trips"] + ours["incremental_round_trips"]
            before = server.round_trips
            naive = naive_pull(server.base_url, patients, "b-worker", now)
            naive["round_trips"] = server.round_trips - before
            heap_mb = traced_peak_mb(server.base_url, folder)
        print(f"  first pull:       {ours['first_round_trips']} round trips, {ours['first_seconds']:.2f} s, "
              f"{ours['first_received']} resources received, {ours['records']} local records, "
              f"peak resident size +{ours['peak_mb']:.0f} MB, Python heap peak +{heap_mb:.0f} MB")
        print(f"  incremental pull: {ours['incremental_round_trips']} round trips, {ours['incremental_seconds']:.2f} s, "
              f"{ours['incremental_received']} resources received")
        print(f"  naive puller:     {naive['round_trips']} round trips, {naive['seconds']:.2f} s, "
              f"{naive['received']} entries received")
        with MedplumServer(latency_ms=int(LATENCY_S * 1000)) as medplum:
            medplum.seed_history(history)
            independent = ambulant_pulls(medplum.base_url, folder, "medplum")
        print(f"  independent server (Medplum's router): first {independent['first_round_trips']} round trips, "
              f"{independent['first_seconds']:.2f} s; incremental {independent['incremental_round_trips']} round "
              f"trips, {independent['incremental_seconds']:.2f} s")
        summary = {
            "clients": CLIENTS, "days": DAYS, "resources": len(history),
            "first_round_trips": ours["first_round_trips"], "first_seconds": round(ours["first_seconds"], 3),
            "incremental_round_trips": ours["incremental_round_trips"],
            "incremental_seconds": round(ours["incremental_seconds"], 3),
            "naive_round_trips": naive["round_trips"], "naive_seconds": round(naive["seconds"], 3),
            "round_trip_ratio": round(naive["round_trips"] / ours["first_round_trips"], 1),
            "first_round_trips_medplum": independent["first_round_trips"],
            "first_seconds_medplum": round(independent["first_seconds"], 3),
            "incremental_round_trips_medplum": independent["incremental_round_trips"],
            "peak_rss_growth_mb": round(ours["peak_mb"], 1),
            "peak_mb": round(max(ours["peak_mb"], heap_mb), 1),
        }
        print(json.dumps(summary))
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
