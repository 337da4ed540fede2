"""``ambulant sync --server URL [--batch N] [--token-file F]``: push the outbox, then pull the caseload; print
progress and a summary.

Exit codes: 0 everything is synced, 1 some records failed (or still wait),
2 the server could not be reached (or the settings/login are unusable).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import TYPE_CHECKING

from .texts import kind_name_nb

if TYPE_CHECKING:  # the engine (httpx, FHIR mapping) loads only when a sync runs, not at every start
    from ..services import Ambulant
    from ..services.sync import SyncProgress, SyncSummary


def configure(parser: argparse.ArgumentParser) -> None:
    """The sync sub-command's options."""
    parser.add_argument("--server", help="FHIR R4-serverens adresse (https://…; huskes til neste gang)")
    parser.add_argument("--batch", type=int, help="innslag per bunt (standard 500; huskes)")
    parser.add_argument("--token-file", help="les tilgangstokenet fra denne filen")
    parser.add_argument("--retry-failed", action="store_true", help="legg avviste innslag i kø igjen først")
    parser.add_argument("--json", action="store_true", help="skriv sammendraget som JSON")
    parser.add_argument("--yes", action="store_true", help="bytt til en ny --server uten å spørre")
    parser.add_argument("--no-pull", action="store_true", help="bare send; ikke hent arbeidslisten ned")
    parser.add_argument("--window-days", type=int,
                        help="andres doser, observasjoner og notater: så mange dager tilbake (standard 30; huskes)")
    parser.add_argument("--group", help="en FHIR Group-id med medlemmer som også er i arbeidslisten (huskes; '' fjerner)")


def _print_progress(progress: SyncProgress) -> None:
    if progress.phase == "sending":
        print(f"Sendt {progress.sent} av {progress.total}, feilet {progress.failed} "
              f"({progress.round_trips} forespørsler)", flush=True)
    elif progress.phase in ("connecting", "waiting", "receiving") and progress.message_nb:
        print(progress.message_nb, flush=True)


def _confirm_switch(app: Ambulant, args: argparse.Namespace) -> bool:
    """Switching servers sends everything the new one lacks: say how much, and ask on a terminal."""
    lacking = app.sync.records_lacking(args.server)
    print(f"Ny server: {args.server}. {lacking} poster er ikke bekreftet der og blir sendt.", file=sys.stderr,
          flush=True)
    if args.yes or not sys.stdin.isatty():
        return True
    return input("Bytte server? [j/N] ").strip().lower() in ("j", "ja", "y", "yes")


def _print_summary(summary: SyncSummary) -> None:
    if summary.clock_warning_nb:
        print(summary.clock_warning_nb)
    print(summary.message_nb)
    print(f"Sendt: {summary.sent}   Feilet: {summary.failed_total}   Konflikt: {summary.conflicts}   "
          f"Venter: {summary.waiting}   "
          f"Forespørsler: {summary.round_trips}   Tid: {summary.seconds:.1f} s")
    for failure in summary.failed:
        print(f"  Feilet ({kind_name_nb(failure.kind)}): {failure.reason}")
    for reason in summary.waiting_reasons:
        print(f"  Venter: {reason}")
    pull = summary.pull
    if pull is not None:
        print(f"Hentet: {pull.received}   Brukere i arbeidslisten: {pull.clients} ({pull.new_clients} nye)   "
              f"Oppdatert: {pull.applied}   Fjernet: {pull.removed}   Forespørsler: {pull.round_trips}")
        if pull.removal_waiting:
            print(f"  {pull.removal_waiting} fjernet fra arbeidslisten — venter på synkronisering")
        if pull.waiting:
            print(f"  {pull.waiting} endringer på serveren venter på at dine endringer blir bekreftet")
        for problem in pull.problems[:20]:
            print(f"  Kunne ikke hentes: {problem}")


def _pull_json(pull) -> dict | None:  # noqa: ANN001 (PullSummary | None)
    if pull is None:
        return None
    return {"complete": pull.complete, "clients": pull.clients, "new_clients": pull.new_clients,
            "removed": pull.removed, "removal_waiting": pull.removal_waiting, "received": pull.received,
            "applied": pull.applied, "waiting": pull.waiting, "round_trips": pull.round_trips,
            "problems": list(pull.problems), "message": pull.message_nb}


def run(args: argparse.Namespace, app: Ambulant) -> int:
    """Run one sync (send, then bring the caseload down) and return the exit code."""
    from ..services.sync import SyncError
    settings = app.sync.load_settings()
    try:
        if args.server and app.sync.is_switch(args.server) and not _confirm_switch(app, args):
            print("Avbrutt: serveren er ikke byttet.", file=sys.stderr)
            return 2
        if args.server or args.batch or args.window_days or args.group is not None:
            settings = dataclasses.replace(settings, server_url=args.server or settings.server_url,
                                           bundle_size=args.batch or settings.bundle_size,
                                           window_days=args.window_days or settings.window_days,
                                           caseload_group=settings.caseload_group if args.group is None
                                           else args.group)
            app.sync.save_settings(settings)
        settings = settings.checked()
        if args.no_pull:
            settings = dataclasses.replace(settings, pull=False)
    except SyncError as exc:
        print(exc.message_nb, file=sys.stderr)
        return 2
    if args.retry_failed:
        app.sync.retry_failed()
    summary = app.sync.run(None if args.json else _print_progress, settings, args.token_file)
    if args.json:
        print(json.dumps({"outcome": summary.outcome.value, "sent": summary.sent, "failed": summary.failed_total,
                          "waiting": summary.waiting, "round_trips": summary.round_trips,
                          "bytes_sent": summary.bytes_sent, "seconds": round(summary.seconds, 3),
                          "conflicts": summary.conflicts, "clock_skew_seconds": summary.clock_skew_seconds,
                          "clock_warning": summary.clock_warning_nb or None, "message": summary.message_nb,
                          "failures": [dataclasses.asdict(f) for f in summary.failed],
                          "pull": _pull_json(summary.pull), "device_active": summary.device_active,
                          "journal_destroyed": summary.journal_destroyed}, ensure_ascii=False))
    else:
        _print_summary(summary)
    return summary.exit_code
