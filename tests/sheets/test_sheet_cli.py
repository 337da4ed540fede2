"""`ambulant sheet` and the services behind it, on a real encrypted database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli
from desktop.domain.clients import Allergy
from desktop.domain.errors import DomainError
from desktop.domain.audit import AuditAction
from tests.conftest import PASSPHRASE, WORKER
from tests.helpers import add_client, add_fixed_order, add_prn_order


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE, encoding="utf-8")
    return path


@pytest.fixture
def client(app):
    client = add_client(app, "Åsmund Grønnæss", allergies=(Allergy("Penicillin", "utslett"),),
                        address="Bakkeveien 2, 9990 Båtsfjord", responsible_unit="Ambulant team Nord")
    add_fixed_order(app, client.client_id, "Metformin")
    add_fixed_order(app, client.client_id, "Zopiklon", times=(dt.time(22),), controlled="A")
    add_prn_order(app, client.client_id, "Oxazepam")
    return client


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run_sheet(data_dir: Path, passphrase_file: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file), "sheet", *args])


def print_events(app, client_id: str):
    return [e for e in app.access_log(client_id) if e.action is AuditAction.PRINT]


def test_cli_writes_the_sheet_and_logs_the_print(app, client, data_dir, passphrase_file, out_dir, capsys) -> None:
    out = out_dir / "ark.pdf"
    rc = run_sheet(data_dir, passphrase_file, client.client_id, "--from", "2026-11-26", "--days", "14",
                   "--out", str(out))
    assert rc == 0, capsys.readouterr().err
    assert "Legemiddelark lagret" in capsys.readouterr().out
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Åsmund Grønnæss" in text and "CAVE: Penicillin" in text
    assert "Metformin" in text and "Zopiklon" in text and "Oxazepam" in text
    assert "Side 1/" in text
    assert [p.name for p in out_dir.iterdir()] == ["ark.pdf"]
    (event,) = print_events(app, client.client_id)
    assert event.actor == WORKER
    assert event.client_id == client.client_id
    assert "legemiddelark 26.11.2026–09.12.2026 (14 dager)" in event.detail


def test_cli_finds_the_client_by_national_id(app, client, data_dir, passphrase_file, out_dir) -> None:
    out = out_dir / "ark.pdf"
    assert run_sheet(data_dir, passphrase_file, client.national_id, "--from", "2026-11-26", "--days", "28",
                     "--out", str(out)) == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "(28 dager)" in text


@pytest.mark.parametrize("args, message", [
    (["--days", "0"], "Perioden må være fra 1 til 62 dager"),
    (["--days", "63"], "Perioden må være fra 1 til 62 dager"),
    (["--from", "26.11.2026"], "er ikke en dato"),
])
def test_cli_bad_period_exits_2_and_leaves_no_file(app, client, data_dir, passphrase_file, out_dir, capsys,
                                                  args: list[str], message: str) -> None:
    out = out_dir / "ark.pdf"
    argv = [client.client_id, "--from", "2026-11-26", *args, "--out", str(out)]
    assert run_sheet(data_dir, passphrase_file, *argv) == 2
    assert message in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
    assert print_events(app, client.client_id) == []


def test_cli_unknown_client_exits_2(app, client, data_dir, passphrase_file, out_dir, capsys) -> None:
    out = out_dir / "ark.pdf"
    assert run_sheet(data_dir, passphrase_file, "finnes-ikke", "--days", "7", "--out", str(out)) == 2
    assert "Fant ingen bruker «finnes-ikke»" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_cli_missing_folder_exits_2(app, client, data_dir, passphrase_file, tmp_path, capsys) -> None:
    out = tmp_path / "no-such-folder" / "ark.pdf"
    assert run_sheet(data_dir, passphrase_file, client.client_id, "--out", str(out)) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert not out.parent.exists()


def test_cli_order_without_times_exits_2_and_keeps_the_old_file(app, client, db, data_dir, passphrase_file,
                                                              out_dir, capsys) -> None:
    # An order without times cannot be made through the services; store one as old or imported data might.
    order = add_fixed_order(app, client.client_id, "Sertralin")
    broken = dataclasses.replace(order, meta=dataclasses.replace(order.meta, version_id="v2", version=2,
                                                                 replaces=order.meta.version_id))
    object.__setattr__(broken, "times", ())
    with db.transaction():
        db.records.append(broken)
    out = out_dir / "ark.pdf"
    out.write_bytes(b"the sheet printed last week")
    assert run_sheet(data_dir, passphrase_file, client.client_id, "--from", "2026-11-26", "--out", str(out)) == 2
    assert "klokkeslett" in capsys.readouterr().err
    assert out.read_bytes() == b"the sheet printed last week"
    assert [p.name for p in out_dir.iterdir()] == ["ark.pdf"]
    assert print_events(app, client.client_id) == []


def test_preview_bytes_do_not_log_but_printing_does(app, client) -> None:
    pdf = app.medication_sheet_pdf(client.client_id, dt.date(2026, 11, 26), 7)
    assert pdf.startswith(b"%PDF")
    assert print_events(app, client.client_id) == []
    app.log_sheet_printed(client.client_id, dt.date(2026, 11, 26), 7, "skriver")
    (event,) = print_events(app, client.client_id)
    assert event.actor == WORKER
    assert event.detail.startswith("legemiddelark 26.11.2026–02.12.2026 (7 dager), listeversjon ")
    assert event.detail.endswith(", skriver")


def test_sheet_data_defaults_to_today_and_two_weeks(app, client, clock) -> None:
    data = app.sheet_data(client.client_id)
    assert data.start == dt.date(2026, 11, 26) and data.days == 14
    assert data.printed_by == WORKER and data.printed_at == clock.now
    assert data.responsible_unit == "Ambulant team Nord"
    assert sorted(o.drug_name for o in data.orders) == ["Metformin", "Oxazepam", "Zopiklon"]
    with pytest.raises(DomainError):
        app.sheet_data(client.client_id, days=0)
    with pytest.raises(DomainError):
        app.sheet_data("no-such-client")
