"""`ambulant ledger` and the printed ledger, on the demo journal (a real encrypted database)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli
from desktop.domain.audit import AuditAction
from desktop.domain.errors import DomainError
from desktop.domain.ledger_rules import LineKind
from desktop.services.journal import open_journal, prepare_demo
from desktop.sheets.ledger_period import LedgerPeriod
from desktop.sheets.ledger_sheet import KIND_NB
from desktop.support.demo_data import DEMO_COLLEAGUE, DEMO_PASSPHRASE, DEMO_WORKER
from desktop.support.demo_ledger import LEDGER_DEMO_NAME
from tests.conftest import FAST_KDF


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The demo journal (data dir, passphrase file, the ledger client's national id)."""
    base = tmp_path_factory.mktemp("ledger-demo")
    prepare_demo(base / "data", kdf=FAST_KDF)
    pw = base / "pw.txt"
    pw.write_text(DEMO_PASSPHRASE, encoding="utf-8")
    app = open_journal(base / "data", DEMO_PASSPHRASE)
    try:
        client = next(c for c in app.list_clients() if c.name == LEDGER_DEMO_NAME)
    finally:
        app.close()
    return base / "data", pw, client.national_id


def run_ledger(demo: tuple[Path, Path, str], *args: str) -> int:
    data_dir, pw, _ = demo
    return cli.main(["--data-dir", str(data_dir), "--passphrase-file", str(pw), "ledger", *args])


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space as one space (table cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def test_the_demo_ledger_prints_every_kind_of_line_balances_and_signers(demo, tmp_path: Path,  # noqa: ANN001
                                                                        capsys) -> None:
    out = tmp_path / "regnskap.pdf"
    assert run_ledger(demo, demo[2], "--out", str(out)) == 0, capsys.readouterr().err
    assert "Narkotikaregnskap lagret" in capsys.readouterr().out
    text = pdf_text(out)
    assert "A- OG B-PREPARATREGNSKAP" in text and LEDGER_DEMO_NAME in text
    assert "OxyNorm 5 mg kapsel (A-preparat)" in text and "Zopiklon 7,5 mg tablett (B-preparat)" in text
    for kind in LineKind:
        assert KIND_NB[kind] in text, kind
    assert "STEMMER IKKE, differanse −1" in text and "Meldt til" not in text  # the deviation's own words:
    assert "meldt til Avdelingsleder Hanne Leder" in text and "Oppfølging: Gjennomgått med kollega" in text
    # The balances at the end (in the header of every page) and after the lines.
    assert "12 kapsel" in text and "4 tablett" in text and "Utgående beholdning: 12 kapsel" in text
    assert f"HPR {DEMO_WORKER.hpr}" in text and f"HPR {DEMO_COLLEAGUE.hpr}" in text
    pages = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert f"Side 1/{pages}" in text and f"Side {pages}/{pages}" in text
    assert f"Skrevet ut av {DEMO_WORKER.name} (HPR {DEMO_WORKER.hpr})" in text
    app = open_journal(demo[0], DEMO_PASSPHRASE)
    try:
        client = app.find_client(demo[2])
        printed = [e for e in app.access_log(client.client_id) if e.action is AuditAction.PRINT]
    finally:
        app.close()
    assert any("narkotikaregnskap" in e.detail and "lagret som PDF" in e.detail for e in printed)


def test_a_period_holds_only_its_lines_with_the_balance_going_in(demo, tmp_path: Path) -> None:  # noqa: ANN001
    app = open_journal(demo[0], DEMO_PASSPHRASE)
    try:
        client = app.find_client(demo[2])
        first = app.client_ledger(client.client_id).drugs[0].ledger
    finally:
        app.close()
    day = first.started.date() + dt.timedelta(days=3)
    out = tmp_path / "tre-dager.pdf"
    assert run_ledger(demo, demo[2], "--from", day.isoformat(), "--to", (day + dt.timedelta(days=2)).isoformat(),
                      "--out", str(out)) == 0
    text = pdf_text(out)
    assert f"Periode: {day:%d.%m.%Y}–{day + dt.timedelta(days=2):%d.%m.%Y}" in text
    assert f"{first.started:%d.%m.%Y}" in text           # "Regnskapet startet …" is still said
    assert "Inngående beholdning: 22 kapsel" in text     # 28 in, three days of two doses out
    assert f" {day - dt.timedelta(days=1):%d.%m.%Y} " not in text and f" {day:%d.%m.%Y} " in text


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-12-10", "--to", "2026-12-01"], "Perioden starter (10.12.2026) etter at den slutter"),
    (["--from", "2026-13-01"], "er ikke en dato"),
    (["--to", "i går"], "er ikke en dato"),
])
def test_a_bad_period_exits_2_and_writes_no_file(demo, tmp_path: Path, capsys, args,  # noqa: ANN001
                                                 message: str) -> None:
    out = tmp_path / "regnskap.pdf"
    assert run_ledger(demo, demo[2], *args, "--out", str(out)) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_client_or_folder_exits_2_and_writes_no_file(demo, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "regnskap.pdf"
    assert run_ledger(demo, "00000000000", "--out", str(out)) == 2
    assert "Fant ingen bruker «00000000000»" in capsys.readouterr().err
    assert run_ledger(demo, demo[2], "--out", str(tmp_path / "nope" / "x.pdf")) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_client_without_a_ledger_gets_a_sheet_that_says_so(app, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.helpers import add_client
    client = add_client(app, "Uten Regnskap")
    out = tmp_path / "tom.pdf"
    app.save_ledger_sheet(client.client_id, out)
    assert "Det føres ikke regnskap for noen A- eller B-preparater" in pdf_text(out)


def test_the_period_is_checked_before_anything_is_read() -> None:
    with pytest.raises(DomainError) as err:
        LedgerPeriod(dt.date(2026, 12, 2), dt.date(2026, 12, 1))
    assert err.value.field == "period"
    assert LedgerPeriod(None, dt.date(2026, 12, 1)).label() == "fra start til og med 01.12.2026"
