"""``ambulant ledger CLIENT [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.pdf``: print the controlled-drug ledger.

Bad input (unknown client, a date that is not a date, a period that starts
after it ends, a folder that does not exist) is a DomainError, which the
command line turns into a Norwegian message and exit code 2; the file is then
not created.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DomainError

if TYPE_CHECKING:  # services imports this package; only the type is needed here
    from ..services import Ambulant


def configure_ledger(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``ledger`` sub-command."""
    p.add_argument("client", metavar="CLIENT", help="brukerens id eller fødselsnummer (se «ambulant clients»)")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="første dag i perioden (standard: regnskapets første linje)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="siste dag i perioden (standard: i dag)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="hvor PDF-en skal skrives")


def _parse_day(text: str | None, field: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(field, f"«{text}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-11-26.",
                          f'"{text}" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-26.') from None


def run_ledger(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the ledger of one client and period to ``--out`` and log the print."""
    period = app.ledger_period(_parse_day(args.start, "start"), _parse_day(args.end, "end"))
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise DomainError("out", f"Mappen «{out.parent}» finnes ikke.", f'The folder "{out.parent}" does not exist.')
    if out.is_dir():
        raise DomainError("out", f"«{out}» er en mappe. Oppgi et filnavn, f.eks. narkotikaregnskap.pdf.",
                          f'"{out}" is a folder. Give a file name, e.g. ledger.pdf.')
    client = app.find_client(args.client)
    try:
        app.save_ledger_sheet(client.client_id, out, period.start, period.end)
    except OSError as exc:
        raise DomainError("out", f"Kunne ikke skrive «{out}»: {exc.strerror or exc}.",
                          f'Could not write "{out}": {exc.strerror or exc}.') from None
    print(f"Narkotikaregnskap lagret / controlled drugs ledger saved: {out} ({period.label()})")
    return 0
