"""``ambulant access-log CLIENT --out FILE.pdf``: the client's access log, printable for the client.

An unknown client or a folder that does not exist exits 2 and writes no file.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .report_arguments import add_client_argument, add_out_argument, checked_out_path, write_error

if TYPE_CHECKING:
    from ..services import Ambulant


def configure(p: argparse.ArgumentParser) -> None:
    """Arguments of the ``access-log`` sub-command."""
    add_client_argument(p)
    add_out_argument(p)


def run(args: argparse.Namespace, app: Ambulant) -> int:
    """Write the access log and log that it was printed."""
    out = checked_out_path(args.out, "innsynslogg.pdf")
    client = app.find_client(args.client)
    try:
        count = app.save_access_log(client.client_id, out)
    except OSError as exc:
        raise write_error(out, exc) from None
    print(f"Innsynslogg lagret: {out} ({count} linjer, {client.name})")
    return 0
