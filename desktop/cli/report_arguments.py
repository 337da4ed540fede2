"""The arguments the report commands share (the client, ``--out FILE.pdf``, dates), checked before anything is
read or written, and the message for a write that failed."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ..domain.errors import DomainError


def add_client_argument(p: argparse.ArgumentParser) -> None:
    """The client a report is for: its id or national id."""
    p.add_argument("client", metavar="CLIENT", help="brukerens id eller fødselsnummer (se «ambulant clients»)")


def add_out_argument(p: argparse.ArgumentParser) -> None:
    """Where the report's PDF goes (checked by :func:`checked_out_path` before anything is read)."""
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="hvor PDF-en skal skrives")


def checked_out_path(text: str, example: str) -> Path:
    """The output path, or a DomainError when its folder is missing or it names a folder."""
    out = Path(text).expanduser()
    if not out.parent.is_dir():
        raise DomainError("out", f"Mappen «{out.parent}» finnes ikke.", f'The folder "{out.parent}" does not exist.')
    if out.is_dir():
        raise DomainError("out", f"«{out}» er en mappe. Oppgi et filnavn, f.eks. {example}.",
                          f'"{out}" is a folder. Give a file name, e.g. {example}.')
    return out


def write_error(out: Path, exc: OSError) -> DomainError:
    """A failed write as the DomainError the command line reports (exit 2)."""
    return DomainError("out", f"Kunne ikke skrive «{out}»: {exc.strerror or exc}.",
                       f'Could not write "{out}": {exc.strerror or exc}.')


def parse_day(text: str | None, field: str) -> dt.date | None:
    """A date typed as YYYY-MM-DD (None when not given), or a DomainError naming ``field``."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(field, f"«{text}» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-11-26.",
                          f'"{text}" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-26.') from None
