"""``ambulant sheet CLIENT --from YYYY-MM-DD --days N --out FILE.pdf``: print a medication sheet to PDF.

Bad input (unknown client, a period of 0 or over 62 days, an order without
times, a folder that does not exist) is a DomainError, which the command line
turns into a Norwegian message and exit code 2; the file is then not created.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from .report_arguments import add_client_argument, add_out_argument, checked_out_path, parse_day, write_error
from ..sheets.sheet_model import DEFAULT_DAYS, MAX_DAYS, format_date

if TYPE_CHECKING:  # services imports this package; only the type is needed here
    from ..services import Ambulant


def configure_sheet(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``sheet`` sub-command."""
    add_client_argument(p)
    p.add_argument("--from", dest="start", metavar="ÅÅÅÅ-MM-DD", help="første dag i perioden (standard: i dag)")
    p.add_argument("--days", type=int, default=DEFAULT_DAYS,
                   help=f"antall dager, 1–{MAX_DAYS} (standard: {DEFAULT_DAYS})")
    add_out_argument(p)


def run_sheet(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the sheet for one client and period to ``--out`` and log the print."""
    start = parse_day(args.start, "start")
    out = checked_out_path(args.out, "legemiddelark.pdf")
    client = app.find_client(args.client)
    try:
        data = app.save_medication_sheet(client.client_id, out, start, args.days)
    except OSError as exc:
        raise write_error(out, exc) from None
    end = data.start + dt.timedelta(days=data.days - 1)
    print(f"Legemiddelark lagret: {out} "
          f"({format_date(data.start)}–{format_date(end)}, {data.days} dager)")
    return 0
