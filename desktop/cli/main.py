"""The ``ambulant`` command: no arguments opens the window; sub-commands work headless.

Exit codes: 0 success, 2 bad input or wrong passphrase, 1 anything else. Everything it
prints is Bokmål (desktop/cli/texts.py). ``--demo`` works with every command: the demo
folder under ``--data-dir`` and the demo passphrase, seeded on first use.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import AmbulantError, DomainError
from ..services import Ambulant
from .ledger_command import configure_ledger, run_ledger
from .sheet_command import configure_sheet, run_sheet
from . import access_log_command, caseload_command, ch9_command, integrity_command, sync_command
from .passphrase_file import PassphraseFileError, read_passphrase_file
from ..services.journal import (create_journal, journal_exists, journal_file, keyring_available, normalize_passphrase,
                                open_journal, prepare_demo, protected_by_passphrase_only)
from ..store.connection import DatabaseError
from ..store.errors import DatabaseDamaged
from ..support.crash_guard import install_redacted_hooks, protect_process
from ..support.demo_data import DEMO_PASSPHRASE, demo_dir
from ..support.paths import default_data_dir
from .texts import NorwegianArgumentParser

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input, with a message for the user."""


@dataclass(frozen=True)
class Command:
    """A sub-command: how to add its arguments, and what it does with an open app."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Ambulant], int]


def read_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    """The passphrase from ``--passphrase-file``, the demo's with ``--demo``, or on a terminal a prompt."""
    if args.passphrase_file:
        try:
            passphrase = read_passphrase_file(Path(args.passphrase_file))
        except PassphraseFileError as exc:
            raise UsageError(str(exc)) from None
    elif getattr(args, "demo", False):
        passphrase = DEMO_PASSPHRASE
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passordfrase: ")
        if confirm and getpass.getpass("Gjenta passordfrasen: ") != passphrase:
            raise UsageError("Passordfrasene er ulike.")
    else:
        raise UsageError("Oppgi --passphrase-file, eller kjør i en terminal.")
    if len(normalize_passphrase(passphrase)) < 8:
        raise UsageError("Passordfrasen må ha minst 8 tegn.")
    return passphrase


def open_app(args: argparse.Namespace) -> Ambulant:
    """Unlock the database in ``--data-dir`` and return the services on it (with ``--demo``: the demo
    journal, made and seeded first if it is not there yet)."""
    if args.demo and not journal_exists(Path(args.data_dir)):
        prepare_demo(Path(args.data_dir), read_passphrase(args))
    return open_journal(Path(args.data_dir), read_passphrase(args))


# -- sub-commands ------------------------------------------------------------

def _configure_init(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True, help="navnet ditt slik det står på det du dokumenterer")
    p.add_argument("--hpr", required=True, help="HPR-nummeret ditt")


def _run_init(args: argparse.Namespace) -> int:
    from ..domain.identifiers import parse_hpr
    try:
        parse_hpr(args.hpr)    # checked before the passphrase is asked for
    except DomainError as exc:
        raise UsageError(exc.message_nb) from None
    app = create_journal(Path(args.data_dir), read_passphrase(args, confirm=True), args.name, args.hpr)
    notice_no_keyring(protected_by_passphrase_only(app))
    print(f"Ny kryptert database: {journal_file(Path(args.data_dir))}")
    app.close()
    return EXIT_OK


def notice_no_keyring(passphrase_only: bool) -> None:
    """Tell the user when the key is protected by the passphrase alone."""
    if passphrase_only:
        print("Merk: fant ingen nøkkelring i operativsystemet; databasen er beskyttet av passordfrasen alene.",
              file=sys.stderr)


def _run_demo(args: argparse.Namespace) -> int:
    new = not journal_exists(Path(args.data_dir))
    created = prepare_demo(Path(args.data_dir), read_passphrase(args))
    if new:
        notice_no_keyring(not keyring_available())
    print(f"Demodata: {created} nye brukere" if created else "Demodataene finnes allerede.")
    return EXIT_OK


def _configure_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="skriv ut som JSON")


def _run_clients(args: argparse.Namespace, app: Ambulant) -> int:
    clients = [{"id": c.client_id, "name": c.name, "birth_date": c.birth_date.isoformat(),
                "national_id": c.national_id, "cave": [a.substance for a in c.allergies]}
               for c in app.list_clients()]
    if args.json:
        print(json.dumps(clients, ensure_ascii=False, indent=2))
    else:
        for c in clients:
            print(f"{c['id']}  {c['birth_date']}  {c['name']}")
    return EXIT_OK


_RECORD_COUNTS_NB = {"administrations": "dosesigneringer", "orders": "ordinasjoner", "notes": "journalnotater",
                     "observations": "observasjoner", "plan": "planinnslag"}


def _run_status(args: argparse.Namespace, app: Ambulant) -> int:
    status = app.status().as_json()
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print(f"Brukere: {status['clients']}")
        for key, n in status["records"].items():
            if key in _RECORD_COUNTS_NB:   # the per-kind breakdown ("by_kind") is for --json
                print(f"  {_RECORD_COUNTS_NB[key]}: {n}")
        o = status["outbox"]
        print(f"Til synkronisering: {o['pending']} venter, {o['failed']} feilet, {o['synced']} synkronisert")
        print(f"Enhet på serveren: Device/{status['device']}")
    return EXIT_OK


def commands() -> list[Command]:
    """Sub-commands that work on an unlocked database (other modules add theirs here)."""
    return [
        Command("clients", "list brukerne", _configure_json, _run_clients),
        Command("status", "antall journalinnslag og hva som venter på synkronisering", _configure_json, _run_status),
        Command("sheet", "skriv legemiddelark (PDF) for en bruker og periode", configure_sheet, run_sheet),
        Command("sync", "send det som venter til kommunens FHIR-server, hent så arbeidslisten ned",
                sync_command.configure, sync_command.run),
        Command("client", "registrer en bruker på denne maskinen", caseload_command.configure_client,
                caseload_command.run_client),
        Command("allergy", "legg til eller endre en CAVE-oppføring for hånd", caseload_command.configure_allergy,
                caseload_command.run_allergy),
        Command("ledger", "skriv narkotikaregnskapet (PDF) for en bruker", configure_ledger, run_ledger),
        Command("ch9-report", "kapittel 9-rapport (PDF), én registrering per side", ch9_command.configure,
                ch9_command.run),
        Command("access-log", "brukerens tilgangslogg (PDF)", access_log_command.configure,
                access_log_command.run),
    ]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with global options and every sub-command."""
    parser = NorwegianArgumentParser(prog="ambulant", description="Ambulant – journal for ambulante vernepleiere")
    parser.add_argument("--data-dir", metavar="MAPPE", default=str(default_data_dir()),
                        help="mappen med den krypterte databasen")
    parser.add_argument("--passphrase-file", metavar="FIL", help="les passordfrasen fra denne filen (for skript)")
    parser.add_argument("--demo", action="store_true",
                        help="bruk demodatabasen med oppdiktede brukere (passordfrase " + DEMO_PASSPHRASE + ")")
    sub = parser.add_subparsers(dest="command", title="kommandoer", metavar="KOMMANDO")
    _configure_init(sub.add_parser("init", help="lag en ny kryptert database"))
    sub.add_parser("demo", help="legg inn oppdiktede demobrukere")
    sub.add_parser("self-test", help="sjekk at denne installasjonen har alt den trenger")
    integrity_command.configure_check(sub.add_parser("check", help="kontroller hver side i databasen (bare lesing)"))
    integrity_command.configure_repair(sub.add_parser("repair", help="kopier alt som kan leses til en ny database"))
    for command in commands():
        command.configure(sub.add_parser(command.name, help=command.help))
    return parser


def _run_gui(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Open the window; ``--demo`` uses ``<data-dir>/demo`` (seeded if new), ``--passphrase-file`` unlocks it."""
    passphrase = read_passphrase(args) if args.passphrase_file else None
    from ..ui.app import run_gui  # Qt is imported only when the window is wanted
    return run_gui(Path(args.data_dir), passphrase, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ambulant`` console script."""
    protect_process()          # no core dumps: before a key or a record is in memory
    install_redacted_hooks()   # an unexpected error prints code locations, never record content
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.demo and args.command == "init":
            raise UsageError("--demo kan ikke brukes med init: demodatabasen lages av seg selv.")
        if args.demo and args.command is not None:
            args.data_dir = str(demo_dir(Path(args.data_dir)))   # the window adds the demo folder itself
        if args.command is None:
            return _run_gui(args, parser)
        if args.command == "init":
            return _run_init(args)
        if args.command == "demo":
            return _run_demo(args)
        if args.command in ("check", "repair"):   # read-only on the journal: never opened the usual way
            run = integrity_command.run_check if args.command == "check" else integrity_command.run_repair
            return run(args, read_passphrase)
        if args.command == "self-test":
            from .self_test import run_self_test
            return run_self_test()
        command = next(c for c in commands() if c.name == args.command)
        app = open_app(args)
        try:
            return command.run(args, app)
        finally:
            app.close()
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except AmbulantError as exc:
        print(exc.message_nb, file=sys.stderr)
        return EXIT_BAD_INPUT if isinstance(exc, DomainError) else getattr(exc, "exit_code", EXIT_FAILURE)
    except DatabaseError:
        # A page that fails to decrypt or parse shows up only when it is read: say so, no traceback.
        damaged = DatabaseDamaged(str(journal_file(Path(args.data_dir))))
        print(damaged.message_nb, file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
