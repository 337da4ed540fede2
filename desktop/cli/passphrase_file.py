"""Reading ``--passphrase-file``: text in the encodings Notepad writes, one line, edges as the window treats them."""

from __future__ import annotations

import codecs
from pathlib import Path


class PassphraseFileError(Exception):
    """The passphrase file cannot be used; the message says why (Norwegian / English)."""


def read_passphrase_file(path: Path) -> str:
    """A passphrase file as text: UTF-8 (with or without a BOM) or UTF-16 with a BOM (Notepad's
    "Unicode"); the line break at its end is not part of it. Spaces at the ends and the BOM are
    dropped when the passphrase is used, as for one typed in the window (``normalize_passphrase``)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PassphraseFileError("Kan ikke lese passordfrasefilen / cannot read the passphrase file: "
                                  f"{exc.strerror}") from None
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = raw.decode("utf-16")
        else:
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PassphraseFileError("Passordfrasefilen er ikke tekst i UTF-8. Lagre den som UTF-8 og prøv igjen / "
                                  "the passphrase file is not UTF-8 text. Save it as UTF-8 and try again.") from None
    lines = text.splitlines()
    if len([line for line in lines if line.strip()]) > 1:
        raise PassphraseFileError("Passordfrasefilen har mer enn én linje / "
                                  "the passphrase file has more than one line.")
    return next((line for line in lines if line.strip()), "")
