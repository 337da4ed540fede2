"""Damaging a real SQLCipher file on purpose: flip bytes in one page, find a page that holds a table."""

from __future__ import annotations

from pathlib import Path

from desktop.store.connection import DatabaseError, connect
from tests.store.store_files import raw_key

PAGE = 4096


def flip(db_file: Path, page: int, offset: int = 1000, count: int = 4) -> bytes:
    """XOR ``count`` bytes inside page ``page`` (1-based) of ``db_file``; returns what was there."""
    with open(db_file, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        before = handle.read(count)
        handle.seek((page - 1) * PAGE + offset)
        handle.write(bytes(b ^ 0xA5 for b in before))
    return before


def put_back(db_file: Path, page: int, original: bytes, offset: int = 1000) -> None:
    with open(db_file, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        handle.write(original)


def page_count(db_file: Path) -> int:
    return db_file.stat().st_size // PAGE


def page_of(data_dir: Path, passphrase: str, table: str, column: str = "*") -> int:
    """A page near the middle of the file that a full read of ``table`` needs (found by damaging and putting
    back, since this SQLCipher build has no dbstat). The file is left as it was."""
    db_file = Path(data_dir) / "ambulant.db"
    key = raw_key(data_dir, passphrase)
    pages = page_count(db_file)
    middle = pages // 2
    for distance in range(pages):
        for page in (middle + distance, middle - distance):
            if not 2 <= page <= pages:
                continue
            original = flip(db_file, page)
            try:
                conn = connect(db_file, key, create=False, immutable=True)
                try:
                    conn.execute(f"SELECT {column} FROM {table}").fetchall()
                except DatabaseError:
                    return page
                finally:
                    conn.close()
            finally:
                put_back(db_file, page, original)
    raise AssertionError(f"no page of {table} found")
