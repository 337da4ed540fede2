"""Store benchmark: a 5-year dataset, then the two operations a worker waits for.

    python tests/bench/bench_store.py [--scale 1.0] [--rounds 6] [--samples 50] [--overviews 20]

Seeds 200 clients, 300,000 administrations, 100,000 observations, 50,000
journal notes, orders and plans (times ``--scale``) through the store's real
write path (:meth:`Database.save`: record, outbox row and audit event per
record; seeding batches many records per transaction), into a SQLCipher file
and, with the same generator and seed, into a plain SQLite file (``_plain``:
same schema, same code). Then it measures, on each:

- recording one administration with :meth:`Ambulant.record_administration`
  (a durable commit with its outbox row and audit event), p50/p99 in ms;
- :meth:`Ambulant.overview` of one client (everything the three tabs show), p50 in ms.

Each file lives in its own process (SQLCipher settings can be process-wide);
after seeding, short rounds of the same record+overview workload alternate
between the two, and the SQLCipher/SQLite ratio is the median of the per-round
ratios, so a change in background load hits both alike. Everything is written
to a temporary folder that is deleted at the end (the data is fictional). The
last line printed is one JSON object with the results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.support.demo_data import synthetic_id
from desktop.domain.clients import Allergy, Client
from desktop.domain.medication import (Administration, AdministrationStatus, ControlledClass, Dose,
                                       EffectEvaluation, MedicationOrder, OrderKind)
from desktop.domain.medication_rules import LOCAL_TZ
from desktop.domain.observation import ClientRating, Incident, JournalNote, Measurement, Severity
from desktop.domain.plan import Evaluation, Goal, Measure
from desktop.domain.records import WorkerRef, new_meta
from desktop.domain.overrides import Rule
from desktop.services import Ambulant, SecondSignature
from desktop.domain.audit import AuditAction
from desktop.store.database import Database
from desktop.store.keys import ScryptParams

WORKER = WorkerRef("Bench Vernepleier", "9144889")
COLLEAGUE = WorkerRef("Bench Kollega", "9144890")
COLLEAGUE_CHECK = SecondSignature(COLLEAGUE.hpr, "bench-kontroll")
PASSPHRASE = "benchmark passordfrase"
NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=LOCAL_TZ)
YEARS = 5
BATCH = 5000   # records per seeding transaction

BASE_CLIENTS = 200
BASE_ADMINISTRATIONS = 300_000
BASE_OBSERVATIONS = 100_000
BASE_NOTES = 50_000

NOTE_TEXTS = (
    "Rolig og i godt humør. Spiste frokost sammen med meg. Snakket om helgen og planene for uka.",
    "Litt urolig i dag, snakket om boligsøknaden. Gikk en tur rundt vannet, virket roligere etterpå.",
    "Sov dårlig i natt. Ønsket å hvile. Avtalt ny tur i morgen. Tok medisinene uten problemer.",
    "Handlet på butikken med støtte. Laget middag selv. Fornøyd med dagen, ga uttrykk for mestring.",
)


@dataclass
class Counts:
    clients: int
    administrations: int
    observations: int
    notes: int


@dataclass
class SeededClient:
    client: Client
    fixed: list[MedicationOrder] = field(default_factory=list)
    prn: MedicationOrder | None = None


def scaled(scale: float) -> Counts:
    return Counts(max(2, round(BASE_CLIENTS * scale)), round(BASE_ADMINISTRATIONS * scale),
                  round(BASE_OBSERVATIONS * scale), round(BASE_NOTES * scale))


class Seeder:
    """Builds domain records for the dataset and saves them in big transactions."""

    def __init__(self, db: Database, counts: Counts, seed: int) -> None:
        self.db = db
        self.counts = counts
        self.rng = random.Random(seed)
        self.device = db.device_id
        self.start = NOW - dt.timedelta(days=365 * YEARS)
        self.pending: list[Any] = []

    def meta(self, at: dt.datetime, author: WorkerRef = WORKER) -> Any:
        return new_meta(author, self.device, at, at)

    def add(self, record: Any) -> None:
        self.pending.append(record)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.db.save(self.pending, WORKER, AuditAction.CREATE, NOW)
            self.pending = []

    def spread(self, n: int) -> Iterator[dt.datetime]:
        """``n`` event times spread over the five years, in order."""
        span = (NOW - dt.timedelta(hours=2) - self.start).total_seconds()
        for i in range(n):
            yield self.start + dt.timedelta(seconds=span * (i + self.rng.random()) / max(n, 1))

    def run(self) -> list[SeededClient]:
        clients = [self.client(i) for i in range(self.counts.clients)]
        self.flush()
        per = self.counts.clients
        for index, seeded in enumerate(clients):
            share = lambda total: total // per + (1 if index < total % per else 0)  # noqa: E731
            self.administrations(seeded, share(self.counts.administrations))
            self.observations(seeded, share(self.counts.observations))
            self.notes(seeded, share(self.counts.notes))
            self.plan(seeded)
        self.flush()
        return clients

    def client(self, index: int) -> SeededClient:
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 58))
        allergies = (Allergy("Penicillin", "utslett", "alvorlig"),) if index % 3 == 0 else ()
        client = Client(self.meta(self.start), f"Bench Bruker {index:04d}", synthetic_id(birth),
                        f"Benchveien {index}", "400 00 000", allergies, (), "Ambulant team")
        seeded = SeededClient(client)
        self.add(client)
        start = self.start.date()
        common = dict(strength="500 mg", form="Tablett", route="Oral", dose=Dose(Decimal(1), "tablett"),
                      start=start, prescriber="Fastlege Bench", ordered_on=start)
        for drug, times, atc, controlled in (("Metformin", (8, 18), "A10BA02", None),
                                             ("Sertralin", (8,), "N06AB06", None),
                                             ("Zopiklon", (22,), "N05CF01", ControlledClass.B)):
            order = MedicationOrder(self.meta(self.start), client.client_id, drug, kind=OrderKind.FIXED,
                                    indication="Bench", times=tuple(dt.time(h) for h in times), atc=atc,
                                    controlled=controlled, double_check=controlled is not None, **common)
            seeded.fixed.append(order)
            self.add(order)
        stopped = MedicationOrder(self.meta(self.start), client.client_id, "Paracetamol", kind=OrderKind.FIXED,
                                  indication="Smerter", times=(dt.time(8), dt.time(14), dt.time(20)),
                                  **{**common, "stop": start + dt.timedelta(days=90)})
        self.add(stopped)
        seeded.prn = MedicationOrder(self.meta(self.start), client.client_id, "Oxazepam", kind=OrderKind.AS_NEEDED,
                                     indication="Uro og angst", max_per_24h=3, atc="N05BA04",
                                     controlled=ControlledClass.B, **common)
        self.add(seeded.prn)
        return seeded

    def administrations(self, seeded: SeededClient, n: int) -> None:
        cid = seeded.client.client_id
        for i, at in enumerate(self.spread(n)):
            if i % 10 == 9 and seeded.prn is not None:
                adm = Administration(self.meta(at), cid, seeded.prn.order_id, AdministrationStatus.GIVEN,
                                     seeded.prn.dose, second_signer=COLLEAGUE, prn_reason="Urolig")
                self.add(adm)
                if i % 20 == 19:
                    self.add(EffectEvaluation(self.meta(at + dt.timedelta(hours=1)), cid, adm.meta.record_id,
                                              "Roligere", 2))
                continue
            order = seeded.fixed[i % len(seeded.fixed)]
            local = at.astimezone(LOCAL_TZ)
            planned = dt.datetime.combine(local.date(), order.times[0], tzinfo=LOCAL_TZ)
            refused = self.rng.random() < 0.05
            self.add(Administration(
                self.meta(at), cid, order.order_id,
                AdministrationStatus.REFUSED if refused else AdministrationStatus.GIVEN,
                None if refused else order.dose, planned,
                COLLEAGUE if order.double_check and not refused else None,
                "Ville ikke" if refused else ""))

    def observations(self, seeded: SeededClient, n: int) -> None:
        cid = seeded.client.client_id
        kinds = (("systolic", 118, 150), ("diastolic", 70, 95), ("pulse", 60, 95), ("weight", 70, 76))
        for i, at in enumerate(self.spread(n)):
            if i % 50 == 49:
                self.add(Incident(self.meta(at), cid, "Falt i gangen, ingen synlige skader.", Severity.MODERATE,
                                  "Observert resten av besøket."))
            elif i % 10 == 9:
                self.add(ClientRating(self.meta(at), cid, self.rng.randint(0, 10), "Egen vurdering"))
            else:
                kind, low, high = kinds[i % len(kinds)]
                self.add(Measurement(self.meta(at), cid, kind, Decimal(self.rng.randint(low, high))))

    def notes(self, seeded: SeededClient, n: int) -> None:
        cid = seeded.client.client_id
        for at in self.spread(n):
            self.add(JournalNote(self.meta(at), cid, self.rng.choice(NOTE_TEXTS)))

    def plan(self, seeded: SeededClient) -> None:
        cid = seeded.client.client_id
        for g in range(3):
            goal = Goal(self.meta(self.start), cid, f"Mål {g + 1}", "«Med egne ord»", True, "helse")
            self.add(goal)
            for m in range(2):
                measure = Measure(self.meta(self.start), cid, goal.meta.record_id, f"Tiltak {m + 1}", "Vernepleier",
                                  "ukentlig", self.start.date())
                self.add(measure)
                for at in self.spread(4):
                    self.add(Evaluation(self.meta(at), cid, measure.meta.record_id, "Går framover.", 6))


@dataclass
class Workload:
    """The measured operations on one open database."""

    app: Ambulant
    clients: list[SeededClient]
    clock_now: list[dt.datetime]
    rng: random.Random

    def record_one(self, index: int) -> float:
        seeded = self.clients[index % len(self.clients)]
        self.clock_now[0] += dt.timedelta(minutes=3)   # a round of 300 spans 15 hours of work
        now = self.clock_now[0]
        t0 = time.perf_counter()
        if index % 5 == 4 and seeded.prn is not None:
            self.app.record_administration(seeded.prn.order_id, AdministrationStatus.GIVEN,
                                           second_signer=COLLEAGUE_CHECK, prn_reason="Urolig",
                                           overrides={Rule.PRN_MAX: "Bench: avklart med forskriver"})
        else:
            order = seeded.fixed[index % len(seeded.fixed)]
            self.app.record_administration(order.order_id, AdministrationStatus.GIVEN,
                                           # a planned time of its own: a planned dose is signed once
                                           scheduled_for=now,
                                           second_signer=COLLEAGUE_CHECK if order.double_check else None)
        return (time.perf_counter() - t0) * 1000

    def overview_one(self) -> float:
        seeded = self.rng.choice(self.clients)
        t0 = time.perf_counter()
        overview = self.app.overview(seeded.client)
        elapsed = (time.perf_counter() - t0) * 1000
        assert overview.client == seeded.client and overview.orders
        return elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def open_workload(db: Database, clients: list[SeededClient], seed: int) -> Workload:
    clock_now = [NOW.astimezone(dt.timezone.utc)]
    app = Ambulant(db, WORKER, clock=lambda: clock_now[0])
    # The colleague's passphrase check is about the double check, not the store: a cheap scrypt keeps it small.
    app.enroll_colleague(COLLEAGUE.name, COLLEAGUE.hpr, COLLEAGUE_CHECK.passphrase, kdf=ScryptParams(n=2 ** 10))
    return Workload(app, clients, clock_now, random.Random(seed))


def seed_database(folder: Path, counts: Counts, plain: bool) -> tuple[Database, list[SeededClient], float]:
    """A new database in ``folder`` seeded with the dataset; returns it, its clients and the seconds taken."""
    # The KDF cost belongs to unlocking, not to the store: a cheap one keeps the run about the store.
    db = Database.create(folder, PASSPHRASE, WORKER, kdf=ScryptParams(n=2 ** 14), use_keyring=False,
                         _plain=plain)
    t0 = time.perf_counter()
    clients = Seeder(db, counts, seed=2026).run()
    with db.reading() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, clients, time.perf_counter() - t0


class VariantRun:
    """One variant ('sqlcipher' or 'plain') seeded and measured inside this process (a child run)."""

    def __init__(self, variant: str, args: argparse.Namespace, folder: Path) -> None:
        self.args = args
        self.db, clients, self.seed_s = seed_database(folder / variant, scaled(args.scale),
                                                      plain=variant == "plain")
        self.work = open_workload(self.db, clients, seed=1)
        self.rounds = 0

    def warm_up(self) -> None:
        """Open a few clients first, as after unlocking (first reads fill the page cache)."""
        for _ in range(10):
            self.work.overview_one()

    def round(self) -> dict[str, list[float]]:
        """One round: record administrations, then load overviews; times in ms."""
        base = self.rounds * self.args.samples
        self.rounds += 1
        records = [self.work.record_one(base + i) for i in range(self.args.samples)]
        overviews = [self.work.overview_one() for _ in range(self.args.overviews)]
        return {"records": records, "overviews": overviews}

    def finish(self) -> dict[str, float]:
        with self.db.reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = self.db.files.db.stat().st_size / 1e6
        self.db.close()
        return {"db_mb": size_mb}


def child_main(args: argparse.Namespace) -> int:
    """Serve one variant to the parent: seed, then run a round per 'round' line on stdin."""
    run = VariantRun(args.variant, args, Path(args.folder))
    run.warm_up()
    print("READY " + json.dumps({"seed_s": run.seed_s}), flush=True)
    for line in sys.stdin:
        if line.strip() == "round":
            print("ROUND " + json.dumps(run.round()), flush=True)
        elif line.strip() == "finish":
            print("DONE " + json.dumps(run.finish()), flush=True)
            return 0
    return 1


class Child:
    """The parent's handle on a child run."""

    def __init__(self, variant: str, args: argparse.Namespace, folder: str) -> None:
        self.variant = variant
        cmd = [sys.executable, __file__, "--variant", variant, "--folder", folder, "--scale", str(args.scale),
               "--samples", str(args.samples), "--overviews", str(args.overviews)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def expect(self, tag: str) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith(tag + " "):
            raise SystemExit(f"the {self.variant} run failed (exit {self.proc.wait()}): {line!r}")
        return json.loads(line[len(tag) + 1:])

    def ask(self, command: str, tag: str) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.expect(tag)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def log(text: str) -> None:
    print(text, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="dataset size relative to the 5-year target")
    parser.add_argument("--rounds", type=int, default=6, help="alternating rounds on the two files")
    parser.add_argument("--samples", type=int, default=50, help="administrations recorded per round")
    parser.add_argument("--overviews", type=int, default=20, help="client overviews loaded per round")
    parser.add_argument("--variant", choices=("sqlcipher", "plain"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.variant:
        return child_main(args)

    counts = scaled(args.scale)
    log(f"dataset: {counts.clients} clients, {counts.administrations} administrations, "
        f"{counts.observations} observations, {counts.notes} notes (+ orders, PRN follow-ups, plans)")
    records: dict[str, list[float]] = {"sqlcipher": [], "plain": []}
    overviews: dict[str, list[float]] = {"sqlcipher": [], "plain": []}
    ratios: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ambulant-bench-") as tmp:
        # Each file in its own process (SQLCipher settings can be process-wide), seeded one after the
        # other so seeding times are not shared; then short rounds alternate between the two, so a
        # change in background load hits both alike.
        children: dict[str, Child] = {}
        try:
            seed_s: dict[str, float] = {}
            for variant in ("sqlcipher", "plain"):
                children[variant] = Child(variant, args, tmp)
                seed_s[variant] = children[variant].expect("READY")["seed_s"]
                log(f"[{variant}] seeded in {seed_s[variant]:.1f} s")
            for r in range(args.rounds):
                order = ["sqlcipher", "plain"] if r % 2 == 0 else ["plain", "sqlcipher"]
                totals = {}
                for variant in order:
                    got = children[variant].ask("round", "ROUND")
                    records[variant] += got["records"]
                    overviews[variant] += got["overviews"]
                    totals[variant] = sum(got["records"]) + sum(got["overviews"])
                ratios.append(totals["sqlcipher"] / totals["plain"])
                log(f"round {r + 1}: SQLCipher {totals['sqlcipher'] / 1000:.2f} s, "
                    f"SQLite {totals['plain'] / 1000:.2f} s, ratio {ratios[-1]:.2f}")
            sizes = {variant: child.ask("finish", "DONE")["db_mb"] for variant, child in children.items()}
        finally:
            for child in children.values():
                child.close()

    for variant in ("sqlcipher", "plain"):
        log(f"{variant:9s}: seed {seed_s[variant]:.1f} s, record p50 {percentile(records[variant], 50):.2f} ms "
            f"p99 {percentile(records[variant], 99):.2f} ms (n={len(records[variant])}), "
            f"overview p50 {percentile(overviews[variant], 50):.2f} ms (n={len(overviews[variant])}), "
            f"{sizes[variant]:.1f} MB")
    result = {
        "seed_s": round(seed_s["sqlcipher"], 1),
        "record_p50_ms": round(percentile(records["sqlcipher"], 50), 2),
        "record_p99_ms": round(percentile(records["sqlcipher"], 99), 2),
        "overview_p50_ms": round(percentile(overviews["sqlcipher"], 50), 2),
        "db_mb": round(sizes["sqlcipher"], 1),
        "sqlcipher_vs_sqlite": round(percentile(ratios, 50), 3),
    }
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
