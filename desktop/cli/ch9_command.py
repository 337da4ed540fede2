"""``ambulant ch9-report CLIENT [--record ID] --out FILE.pdf``: the chapter 9 report, one registration a page.

An unknown client or registration, a registration of another client, a client
without registrations or a folder that does not exist is a DomainError: the
command line prints a Norwegian message, exits 2 and writes no file.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .report_arguments import add_client_argument, add_out_argument, checked_out_path, write_error

if TYPE_CHECKING:  # services imports this package; only the type is needed here
    from ..services import Ambulant


def configure(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``ch9-report`` sub-command."""
    add_client_argument(p)
    p.add_argument("--record", metavar="ID", help="bare denne registreringen (standard: alle brukerens)")
    add_out_argument(p)


def run(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the report and log the print."""
    out = checked_out_path(args.out, "kapittel9.pdf")
    client = app.find_client(args.client)
    try:
        count = app.save_chapter9_report(client.client_id, out, args.record)
    except OSError as exc:
        raise write_error(out, exc) from None
    print(f"Kapittel 9-rapport lagret: {out} ({count} registrering(er), {client.name})")
    return 0
