"""Every bad input is a message, never a traceback: hostile passphrase files, key files and state files.

Through the real ``ambulant`` entry point (in-process ``main``), over real encrypted journals.
The keyring cases (a garbage entry, another journal's entry) are in tests/store/test_keyring.py,
which has a real Secret Service.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.journal import create_journal, open_journal
from desktop.store.database import DatabaseFiles
from desktop.store.keys import create_key, passphrase_forms, unlock_key
from tests.conftest import FAST_KDF

from .store.store_files import snapshot

PASSPHRASE = "en lang nok passordfrase"


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    create_journal(data_dir, PASSPHRASE, "Test Vernepleier", "1234567", kdf=FAST_KDF).close()
    return data_dir


def status_with(data_dir: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "--passphrase-file", str(file), "status"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("content", [
    PASSPHRASE.encode("utf-8"),
    codecs.BOM_UTF8 + (PASSPHRASE + "\r\n").encode("utf-8"),                 # Notepad, UTF-8
    codecs.BOM_UTF16_LE + (PASSPHRASE + "\r\n").encode("utf-16-le"),         # Notepad, "Unicode"
    (PASSPHRASE + "   \n\n").encode("utf-8"),                                # trailing spaces and blank lines
    ("  " + PASSPHRASE + "\t\n").encode("utf-8"),
], ids=["plain", "utf8-bom-crlf", "utf16-bom", "trailing-spaces", "leading-space-and-tab"])
def test_a_passphrase_file_is_read_as_the_window_reads_a_typed_passphrase(
        journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    file = tmp_path / "pass.txt"
    file.write_bytes(content)
    code, err = status_with(journal, file, capsys)
    assert code == 0, err


def test_a_passphrase_typed_with_a_trailing_space_in_the_window_opens_from_a_plain_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    create_journal(data_dir, PASSPHRASE + " ", "Test Vernepleier", "1234567", kdf=FAST_KDF).close()
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert status_with(data_dir, file, capsys)[0] == 0
    open_journal(data_dir, " " + PASSPHRASE).close()       # and the window accepts it either way


def test_a_journal_made_with_an_edge_space_before_normalising_still_opens() -> None:
    """Older journals kept the passphrase exactly as typed: the exact text is tried too (one try)."""
    info, key = create_key(PASSPHRASE + " ", FAST_KDF, use_keyring=False)
    forms = passphrase_forms(PASSPHRASE + " ")
    assert forms == [PASSPHRASE, PASSPHRASE + " "]
    assert unlock_key(info, forms[1]) == key


@pytest.mark.parametrize("content, expected", [
    ("café passordfrase".encode("latin-1"), "ikke tekst i UTF-8"),
    (b"\xff\xff\xff\xff\xff\xff\xff\xff\xff", "ikke tekst i UTF-8"),
    (b"", "minst 8 tegn"),
    (b"  \n \n", "minst 8 tegn"),
    (b"en lang nok passordfrase\nen annen linje\n", "mer enn én linje"),
], ids=["latin-1", "binary", "empty", "only-spaces", "two-lines"])
def test_a_hostile_passphrase_file_is_a_message(journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                content: bytes, expected: str) -> None:
    file = tmp_path / "pass.txt"
    file.write_bytes(content)
    before = snapshot(journal, every_file=True)
    code, err = status_with(journal, file, capsys)
    assert code == 2 and expected in err
    assert snapshot(journal, every_file=True) == before


def test_a_folder_given_as_the_passphrase_file_is_a_message(journal: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, err = status_with(journal, tmp_path, capsys)
    assert code == 2 and "passordfrasefilen" in err


@pytest.mark.parametrize("kdf", [{"n": 3, "r": 8, "p": 1}, {"n": 2 ** 40, "r": 8, "p": 1},
                                 {"n": "4096", "r": 8, "p": 1}, {"n": 4096, "r": 0, "p": 1}, {"n": 4096, "r": 8},
                                 "scrypt"],
                         ids=["not-power-of-two", "terabytes", "text", "r-zero", "p-missing", "not-a-dict"])
def test_key_files_with_bad_kdf_values_are_a_message(journal: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str], kdf: object) -> None:
    files = DatabaseFiles(journal)
    for path in (files.key_info, files.key_copy):
        data = json.loads(path.read_text())
        data["kdf"] = kdf
        data.pop("checksum")      # a hand-edited file, as before checksums: the values themselves are checked
        path.write_text(json.dumps(data))
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE, encoding="utf-8")
    before = snapshot(journal, every_file=True)
    code, err = status_with(journal, file, capsys)
    assert code == 1 and "Nøkkelfilene" in err and "skadet" in err
    assert snapshot(journal, every_file=True) == before


@pytest.mark.parametrize("content", [b"[" * 200_000, b"{" + b" " * 3_000_000 + b"}"], ids=["deeply-nested", "huge"])
def test_key_files_that_are_deep_or_huge_are_a_message(journal: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    files = DatabaseFiles(journal)
    for path in (files.key_info, files.key_copy):
        path.write_bytes(content)
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE, encoding="utf-8")
    code, err = status_with(journal, file, capsys)
    assert code == 1 and "Nøkkelfilene" in err


@pytest.mark.parametrize("content", [b"not json", b"{}", b"[" * 200_000, json.dumps({"format": "ambulant-unlock-throttle/1",
                                                                    "failures": "many"}).encode(), b"\xff\x00"])
def test_a_garbage_wrong_passphrase_count_is_no_count(journal: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    DatabaseFiles(journal).throttle.write_bytes(content)
    file = tmp_path / "pass.txt"
    file.write_text(PASSPHRASE, encoding="utf-8")
    assert status_with(journal, file, capsys)[0] == 0
    assert not DatabaseFiles(journal).throttle.exists()     # a right passphrase clears it


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/\tfhir", "http://127.0.0.1:1/fh ir", "https://fhir.kom mune.no/r4",
                                 "https://exa_mple..no/fhir", "http://127.0.0.1:1/fhir\x00"],
                         ids=["embedded-tab", "space-in-path", "space-in-host", "empty-label", "nul"])
def test_a_server_address_that_would_break_every_sync_is_refused_when_given(journal: Path, tmp_path: Path, url: str,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE, encoding="utf-8")
    code = main(["--data-dir", str(journal), "--passphrase-file", str(passphrase_file), "sync", "--server", url])
    err = capsys.readouterr().err
    assert code == 2 and "ikke en gyldig serveradresse" in err and "Traceback" not in err
    app = open_journal(journal, PASSPHRASE)
    try:
        assert app.sync.load_settings().server_url is None                # nothing was saved
    finally:
        app.close()


def test_a_broken_address_saved_by_an_older_version_is_a_message_at_sync(journal: Path) -> None:
    app = open_journal(journal, PASSPHRASE)
    try:
        app.db.set_setting("sync.server_url", "http://127.0.0.1:1/\tfhir")   # as an earlier version saved it
        summary = app.sync.run()
        assert summary.outcome.value == "unreachable" and "ikke en gyldig serveradresse" in summary.message_nb
    finally:
        app.close()
