"""``ambulant client add`` and ``ambulant allergy add|change|remove``: offline intake and CAVE by hand.

The client is registered on this laptop (national id or D-number checked; the sync finds the
server's Patient by national id instead of making a second one). A CAVE entry needs its source
(who the information comes from); who recorded it defaults to the signed-in worker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

from ..domain.clients import Relative
from ..domain.errors import DomainError

if TYPE_CHECKING:
    from ..services import Ambulant


def _date(text: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise DomainError("birth_date", f"«{text}» er ikke en dato (dd.mm.åååå).", f'"{text}" is not a date (dd.mm.yyyy).')


def _relative(text: str) -> Relative:
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2:
        raise DomainError("relatives", "Skriv pårørende som «Navn;relasjon[;telefon[;nærmeste]]».",
                          'Write a relative as "Navn;relasjon[;telefon[;nærmeste pårørende]]".')
    return Relative(parts[0], parts[1], parts[2] if len(parts) > 2 else "",
                    len(parts) > 3 and parts[3].lower() in ("ja", "yes", "nærmeste", "1"))


def configure_client(parser: argparse.ArgumentParser) -> None:
    """``client add``."""
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="registrer en bruker på denne maskinen (sendes ved neste synkronisering)")
    add.add_argument("--name", required=True)
    add.add_argument("--national-id", required=True, help="fødselsnummer eller D-nummer (11 sifre)")
    add.add_argument("--birth-date", help="dd.mm.åååå; må stemme med fødselsnummeret")
    add.add_argument("--address", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--unit", default="", help="ansvarlig enhet")
    add.add_argument("--relative", action="append", default=[], help="Navn;relasjon[;telefon[;nærmeste pårørende]]")
    add.add_argument("--json", action="store_true")


def run_client(args: argparse.Namespace, app: Ambulant) -> int:
    """Register the client and print its id."""
    birth = _date(args.birth_date) if args.birth_date else None
    client = app.register_client(args.name, args.national_id, birth, args.address, args.phone,
                                 tuple(_relative(r) for r in args.relative), args.unit)
    if args.json:
        print(json.dumps({"id": client.client_id, "name": client.name, "national_id": client.national_id,
                          "birth_date": client.birth_date.isoformat()}, ensure_ascii=False))
    else:
        print(f"Registrert / registered: {client.client_id}  {client.name}")
    return 0


def configure_allergy(parser: argparse.ArgumentParser) -> None:
    """``allergy add|change|remove``."""
    sub = parser.add_subparsers(dest="action", required=True)
    for name, text in (("add", "legg til en CAVE-oppføring"), ("change", "endre en CAVE-oppføring lagt inn for hånd"),
                       ("remove", "fjern en CAVE-oppføring lagt inn for hånd")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--client", required=True, help="brukerens id eller fødselsnummer")
        p.add_argument("--substance", required=True, help="stoffet eller legemidlet (oppføringen som endres)")
        if name == "remove":
            continue
        if name == "change":
            p.add_argument("--new-substance")
        p.add_argument("--reaction", default="")
        p.add_argument("--severity", default="")
        p.add_argument("--source", required=True, help="hvem opplysningen kommer fra (bruker, pårørende, fastlege …)")
        p.add_argument("--recorded-by", default="", help="hvem som registrerte den (standard: deg)")


def run_allergy(args: argparse.Namespace, app: Ambulant) -> int:
    """Add, change or remove the CAVE entry and print the client's CAVE list."""
    client = app.find_client(args.client)
    if args.action == "add":
        client = app.add_allergy(client.client_id, args.substance, args.reaction, args.severity, args.source,
                                 args.recorded_by)
    elif args.action == "change":
        client = app.change_allergy(client.client_id, args.substance, args.new_substance, args.reaction,
                                    args.severity, args.source, args.recorded_by)
    else:
        client = app.remove_allergy(client.client_id, args.substance)
    print(f"CAVE {client.name}: " + ("; ".join(a.substance for a in client.allergies) or "ingen / none"))
    return 0
