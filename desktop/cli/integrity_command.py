"""``ambulant check`` and ``ambulant repair``: is the journal whole, and a copy of what can be read.

Neither opens the journal the usual way: no migration, no key copy restored, no
WAL written. ``check`` leaves the data folder byte for byte as it was; ``repair``
writes only the new folder it is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..services.integrity import check_journal, repair_journal

EXIT_OK, EXIT_DAMAGED = 0, 1


def configure_check(p: argparse.ArgumentParser) -> None:
    """``check`` has no options of its own (``--data-dir`` and ``--passphrase-file`` are global)."""


def run_check(args: argparse.Namespace, read_passphrase: Callable[[argparse.Namespace], str]) -> int:
    """Exit 0 when the journal is sound, 1 (with what it means and what to do) when it is damaged."""
    report = check_journal(Path(args.data_dir), read_passphrase(args))
    if report.sound:
        print(f"{report.summary_nb()}\n{report.summary_en()}")
        return EXIT_OK
    print(f"{report.summary_nb()}\n{report.summary_en()}", file=sys.stderr)
    if report.bad_pages:
        pages = ", ".join(str(p) for p in report.bad_pages[:20]) + (" …" if len(report.bad_pages) > 20 else "")
        print(f"Sider / pages: {pages}", file=sys.stderr)
    return EXIT_DAMAGED


def configure_repair(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, help="en ny mappe for den reparerte kopien (kan ikke inneholde en journal)")


def run_repair(args: argparse.Namespace, read_passphrase: Callable[[argparse.Namespace], str]) -> int:
    """Copy what can be read into ``--out``; the damaged journal is not changed."""
    outcome = repair_journal(Path(args.data_dir), read_passphrase(args), Path(args.out))
    print(f"{outcome.summary_nb()}\n{outcome.summary_en()}")
    print(f"Bruk den med / use it with: ambulant --data-dir {outcome.out_dir} status")
    return EXIT_OK
