"""``ambulant sheet CLIENT --from YYYY-MM-DD --days N --out FILE.pdf``: print a medication sheet to PDF.

Bad input (unknown client, a period of 0 or over 62 days, an order without
times, a folder that does not exist) is a DomainError, which the command line
turns into a Norwegian message and exit code 2; the file is then not created.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DomainError
from ..sheets.sheet_model import DEFAULT_DAYS, MAX_DAYS, format_date

if TYPE_CHECKING:  # services imports this package; only the type is needed here
    from ..services import Ambulant


def configure_sheet(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``sheet`` sub-command."""
    p.add_argument("client", metavar="BRUKER", help="brukerens id eller fødselsnummer (se `ambulant clients`)")
    p.add_argument("--from", dest="start", metavar="ÅÅÅÅ-MM-DD", help="første dag i perioden (standard: i dag)")
    p.add_argument("--days", type=int, default=DEFAULT_DAYS,
                   help=f"antall dager, 1–{MAX_DAYS} (standard: {DEFAULT_DAYS})")
    p.add_argument("--out", required=True, metavar="FIL.pdf", help="hvor PDF-en skal lagres")


def _parse_start(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("start", f"«{text}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-11-26.",
                          f'"{text}" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-26.') from None


def run_sheet(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the sheet for one client and period to ``--out`` and log the print."""
    start = _parse_start(args.start)
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise DomainError("out", f"Mappen «{out.parent}» finnes ikke.", f'The folder "{out.parent}" does not exist.')
    if out.is_dir():
        raise DomainError("out", f"«{out}» er en mappe. Oppgi et filnavn, f.eks. legemiddelark.pdf.",
                          f'"{out}" is a folder. Give a file name, e.g. sheet.pdf.')
    client = app.find_client(args.client)
    try:
        data = app.save_medication_sheet(client.client_id, out, start, args.days)
    except OSError as exc:
        raise DomainError("out", f"Kunne ikke skrive «{out}»: {exc.strerror or exc}.",
                          f'Could not write "{out}": {exc.strerror or exc}.') from None
    end = data.start + dt.timedelta(days=data.days - 1)
    print(f"Legemiddelark lagret: {out} "
          f"({format_date(data.start)}–{format_date(end)}, {data.days} dager)")
    return 0
