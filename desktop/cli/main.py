"""The ``ambulant`` command: no arguments opens the window; sub-commands work headless.

Exit codes: 0 success, 2 bad input or wrong passphrase, 1 anything else.
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
from .sheet_command import configure_sheet, run_sheet
from . import caseload_command, sync_command
from ..services.journal import (create_journal, journal_exists, journal_file, keyring_available, open_journal,
                                prepare_demo, protected_by_passphrase_only)
from ..store.connection import DatabaseError
from ..store.errors import NotAnAmbulantDatabase
from ..support.paths import default_data_dir

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
    """The passphrase from ``--passphrase-file`` or, on a terminal, a prompt."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"Kan ikke lese passordfrasefilen / cannot read the passphrase file: {exc.strerror}") from None
        passphrase = text.rstrip("\r\n")
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passordfrase / passphrase: ")
        if confirm and getpass.getpass("Gjenta / repeat: ") != passphrase:
            raise UsageError("Passordfrasene er ulike / the passphrases differ.")
    else:
        raise UsageError("Oppgi --passphrase-file, eller kjør i en terminal / "
                         "give --passphrase-file, or run in a terminal.")
    if len(passphrase) < 8:
        raise UsageError("Passordfrasen må ha minst 8 tegn / the passphrase needs at least 8 characters.")
    return passphrase


def open_app(args: argparse.Namespace) -> Ambulant:
    """Unlock the database in ``--data-dir`` and return the services on it."""
    return open_journal(Path(args.data_dir), read_passphrase(args))


# -- sub-commands ------------------------------------------------------------

def _configure_init(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True, help="your name as it appears on records")
    p.add_argument("--hpr", required=True, help="your HPR number")


def _run_init(args: argparse.Namespace) -> int:
    from ..domain.identifiers import parse_hpr
    try:
        parse_hpr(args.hpr)    # checked before the passphrase is asked for
    except DomainError as exc:
        raise UsageError(f"{exc.message_nb} / {exc.message_en}") from None
    app = create_journal(Path(args.data_dir), read_passphrase(args, confirm=True), args.name, args.hpr)
    notice_no_keyring(protected_by_passphrase_only(app))
    print(f"Ny kryptert database / new encrypted database: {journal_file(Path(args.data_dir))}")
    app.close()
    return EXIT_OK


def notice_no_keyring(passphrase_only: bool) -> None:
    """Tell the user when the key is protected by the passphrase alone."""
    if passphrase_only:
        print("Merk: fant ingen nøkkelring i operativsystemet; databasen er beskyttet av passordfrasen alene.\n"
              "Note: no OS keyring was found; the database is protected by the passphrase alone.",
              file=sys.stderr)


def _run_demo(args: argparse.Namespace) -> int:
    new = not journal_exists(Path(args.data_dir))
    created = prepare_demo(Path(args.data_dir), read_passphrase(args))
    if new:
        notice_no_keyring(not keyring_available())
    print(f"Demodata / demo data: {created} nye brukere / new clients" if created
          else "Demodata finnes allerede / demo data already present")
    return EXIT_OK


def _configure_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


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


def _run_status(args: argparse.Namespace, app: Ambulant) -> int:
    status = app.status().as_json()
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print(f"Brukere / clients: {status['clients']}")
        for kind, n in sorted(status["records"].items()):
            print(f"  {kind}: {n}")
        o = status["outbox"]
        print(f"Til synkronisering / outbox: {o['pending']} venter/pending, "
              f"{o['failed']} feilet/failed, {o['synced']} synkronisert/synced")
    return EXIT_OK


def commands() -> list[Command]:
    """Sub-commands that work on an unlocked database (other modules add theirs here)."""
    return [
        Command("clients", "list clients", _configure_json, _run_clients),
        Command("status", "counts of records and the outbox", _configure_json, _run_status),
        Command("sheet", "write a medication sheet (PDF) for a client and period", configure_sheet, run_sheet),
        Command("sync", "send waiting records to the FHIR server, then bring the caseload down",
                sync_command.configure, sync_command.run),
        Command("client", "register a client on this laptop", caseload_command.configure_client,
                caseload_command.run_client),
        Command("allergy", "add or change a CAVE entry by hand", caseload_command.configure_allergy,
                caseload_command.run_allergy),
    ]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with global options and every sub-command."""
    parser = argparse.ArgumentParser(prog="ambulant", description="Ambulant – journal for ambulante vernepleiere")
    parser.add_argument("--data-dir", default=str(default_data_dir()), help="folder with the encrypted database")
    parser.add_argument("--passphrase-file", help="read the passphrase from this file (scripted use)")
    parser.add_argument("--demo", action="store_true", help="open a demo database with fictional clients")
    sub = parser.add_subparsers(dest="command")
    _configure_init(sub.add_parser("init", help="create a new encrypted database"))
    sub.add_parser("demo", help="seed fictional demo clients")
    sub.add_parser("self-test", help="check that this installation has everything it needs")
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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_gui(args, parser)
        if args.command == "init":
            return _run_init(args)
        if args.command == "demo":
            return _run_demo(args)
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
        print(f"{exc.message_nb}\n{exc.message_en}", file=sys.stderr)
        return EXIT_BAD_INPUT if isinstance(exc, DomainError) else getattr(exc, "exit_code", EXIT_FAILURE)
    except DatabaseError:
        # A page that fails to decrypt or parse shows up only when it is read: say so, no traceback.
        damaged = NotAnAmbulantDatabase(str(journal_file(Path(args.data_dir))))
        print(f"{damaged.message_nb}\n{damaged.message_en}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
