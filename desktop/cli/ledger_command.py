"""``ambulant ledger CLIENT [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.pdf``: print the controlled-drug ledger.

Bad input (unknown client, a date that is not a date, a period that starts
after it ends, a folder that does not exist) is a DomainError, which the
command line turns into a Norwegian message and exit code 2; the file is then
not created.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .report_arguments import add_client_argument, add_out_argument, checked_out_path, parse_day, write_error

if TYPE_CHECKING:  # services imports this package; only the type is needed here
    from ..services import Ambulant


def configure_ledger(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``ledger`` sub-command."""
    add_client_argument(p)
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="første dag i perioden (standard: regnskapets første linje)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="siste dag i perioden (standard: i dag)")
    add_out_argument(p)


def run_ledger(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the ledger of one client and period to ``--out`` and log the print."""
    period = app.ledger_period(parse_day(args.start, "start"), parse_day(args.end, "end"))
    out = checked_out_path(args.out, "narkotikaregnskap.pdf")
    client = app.find_client(args.client)
    try:
        app.save_ledger_sheet(client.client_id, out, period.start, period.end)
    except OSError as exc:
        raise write_error(out, exc) from None
    print(f"Narkotikaregnskap lagret: {out} ({period.label()})")
    return 0
