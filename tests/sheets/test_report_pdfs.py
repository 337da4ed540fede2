"""The chapter 9 report, the client's access log and the minutes as PDFs; `ambulant ch9-report` and
`ambulant access-log`, on a real encrypted database, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli
from desktop.domain.audit import AuditAction
from desktop.domain.observation import Chapter9Field, Chapter9Recipient, CHAPTER9_FIELDS
from desktop.domain.plan import GroupMember, TaskOutcome, TaskReview
from tests.conftest import PASSPHRASE, WORKER
from tests.helpers import add_client

ANSWERS = {"concerned": "Åse Ærlig", "what_done": "Holdt armene hennes i to minutter",
           "why": "Slo hodet mot veggen", "tried_first": "Snakket rolig, skjermet rommet",
           "decided_by": "Vakthavende vernepleier", "participants": "To ansatte"}


def pages_of(data: bytes) -> list[str]:
    """The text of each page, with line breaks (a wrapped cell) read as spaces."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE, encoding="utf-8")
    return path


@pytest.fixture
def ch9_client(app, clock):  # noqa: ANN001, ANN201
    client = add_client(app, "Åse Ærlig", responsible_unit="Bofellesskapet Lia")
    first = app.record_chapter9(client.client_id, clock.now - dt.timedelta(minutes=40),
                                clock.now - dt.timedelta(minutes=30), ANSWERS)
    app.record_chapter9_sent(first.meta.record_id, Chapter9Recipient.STATSFORVALTER, "Statsforvalteren i Agder",
                             clock.now.date(), "Altinn")
    app.set_chapter9_config(CHAPTER9_FIELDS + (Chapter9Field("debrief", "Gjennomgang med personalet", "Debrief"),),
                            "https://fhir.kristiansand.kommune.no/CodeSystem/kapittel9")
    clock.advance(hours=2)
    second = app.record_chapter9(client.client_id, clock.now - dt.timedelta(minutes=15), clock.now,
                                 {**ANSWERS, "why": "Prøvde å løpe ut i veien", "debrief": "Samme kveld"})
    return client, first, second


def cli_run(data_dir: Path, passphrase_file: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file), *args])


def test_the_chapter9_report_has_every_required_field_one_registration_a_page(app, ch9_client) -> None:  # noqa: ANN001
    client, first, second = ch9_client
    pages = pages_of(app.chapter9_report_pdf(client.client_id))
    assert len(pages) == 2
    for page in pages:
        for f in CHAPTER9_FIELDS:
            assert f.label_nb in page, f.key
        assert "Åse Ærlig" in page and client.national_id in page
        assert "Start" in page and "Slutt" in page and "Registrert av" in page and WORKER.name in page
        assert "Statsforvalteren" in page and "Faglig ansvarlig" in page
        assert "Side " in page and "Bofellesskapet Lia" in page
    assert "Holdt armene hennes i to minutter" in pages[0]
    assert "Statsforvalteren i Agder" in pages[0] and "(Altinn)" in pages[0]
    assert "Ikke registrert sendt" in pages[1]
    assert "Gjennomgang med personalet" in pages[1] and "Gjennomgang med personalet" not in pages[0]
    assert "kristiansand.kommune.no" in pages[1] and "urn:uuid:" in pages[0]   # the code system of each
    one = pages_of(app.chapter9_report_pdf(client.client_id, second.meta.record_id))
    assert len(one) == 1 and "Prøvde å løpe ut i veien" in one[0]


def test_ch9_report_command(app, ch9_client, data_dir, passphrase_file, tmp_path, capsys) -> None:  # noqa: ANN001
    client, first, _ = ch9_client
    out = tmp_path / "kap9.pdf"
    assert cli_run(data_dir, passphrase_file, "ch9-report", client.national_id, "--record", first.meta.record_id,
                   "--out", str(out)) == 0, capsys.readouterr().err
    assert "Kapittel 9-rapport lagret" in capsys.readouterr().out
    (page,) = pages_of(out.read_bytes())
    assert all(f.label_nb in page for f in CHAPTER9_FIELDS if f.required)
    prints = [e for e in app.access_log(client.client_id) if e.action is AuditAction.PRINT]
    assert prints and "kapittel 9-rapport (1 registrering), lagret som PDF" in prints[0].detail


@pytest.mark.parametrize("args", [
    ("ch9-report", "no-such-client"),
    ("ch9-report", "{client}", "--record", "no-such-record"),
    ("ch9-report", "{other}"),                                    # a client without registrations
    ("ch9-report", "{other}", "--record", "{record}"),            # another client's registration
    ("access-log", "no-such-client"),
])
def test_bad_input_exits_2_and_writes_no_file(app, ch9_client, data_dir, passphrase_file, tmp_path, capsys,
                                              args) -> None:  # noqa: ANN001
    client, first, _ = ch9_client
    other = add_client(app, "Per Annen", dt.date(1980, 2, 3))
    values = {"client": client.client_id, "other": other.client_id, "record": first.meta.record_id}
    out = tmp_path / "rapport.pdf"
    rc = cli_run(data_dir, passphrase_file, *(a.format(**values) for a in args), "--out", str(out))
    assert rc == 2
    assert capsys.readouterr().err.strip()
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".rapport*")) == []


def test_a_missing_folder_exits_2(app, ch9_client, data_dir, passphrase_file, tmp_path, capsys) -> None:  # noqa: ANN001
    client, _, _ = ch9_client
    rc = cli_run(data_dir, passphrase_file, "access-log", client.client_id, "--out", str(tmp_path / "nei" / "x.pdf"))
    assert rc == 2 and "finnes ikke" in capsys.readouterr().err


def test_the_access_log_pdf_lists_reads_writes_and_prints(app, ch9_client, data_dir, passphrase_file, tmp_path,
                                                         capsys) -> None:  # noqa: ANN001
    client, _, _ = ch9_client
    app.open_client(client.client_id)
    app.write_note(client.client_id, "Rolig kveld.")
    app.save_chapter9_report(client.client_id, tmp_path / "k.pdf")
    out = tmp_path / "logg.pdf"
    assert cli_run(data_dir, passphrase_file, "access-log", client.client_id, "--out", str(out)) == 0
    assert "Innsynslogg lagret" in capsys.readouterr().out
    text = "\n".join(pages_of(out.read_bytes()))
    for expected in ("Logg over innsyn i journalen", "Åse Ærlig", "Tidspunkt", "Hvem", "Handling", "Hva",
                     "Åpnet journalen", "Skrev", "Journalnotat", "Rettet", "Kapittel 9-registrering",
                     "Skrev ut", "kapittel 9-rapport", WORKER.name, f"HPR {WORKER.hpr}", "denne enheten"):
        assert expected in text, expected
    lines = app.access_log_lines(client.client_id)
    assert str(len(lines) - 1) + " oppføringer" in text        # all lines except the print of this log itself
    assert "innsynslogg" in lines[0].event.detail and lines[0].event.action is AuditAction.PRINT


def test_the_minutes_print_with_agreements_tasks_and_reviews(app, clock, tmp_path) -> None:  # noqa: ANN001
    client = add_client(app)
    group = app.add_responsibility_group(client.client_id, (
        GroupMember("Kari Koordinator", "Koordinator", "Kommunen", "900 00 000"),
        GroupMember("Ola NAV", "Veileder", "NAV"), GroupMember("Dr. Lege", "Fastlege", "Legesenteret")))
    first = app.add_meeting(group.meta.record_id, dt.date(2026, 10, 1), ("Kari Koordinator", "Ola NAV"),
                            ("Bolig",), "Gikk gjennom søknaden.", "Kari sender søknaden.")
    task = app.add_task(first.meta.record_id, "Sende boligsøknad", "Kari Koordinator", dt.date(2026, 10, 20))
    meeting = app.add_meeting(group.meta.record_id, dt.date(2026, 11, 26), ("Kari Koordinator", "Dr. Lege"),
                              ("Bolig", "Helse"), "Boligsøknaden er sendt.\nLegen ser på medisinene.",
                              "Ny gjennomgang av medisiner i januar.",
                              (TaskReview(task.meta.record_id, TaskOutcome.CONTINUED, "Venter på svar",
                                          dt.date(2026, 12, 20)),))
    app.add_task(meeting.meta.record_id, "Legemiddelgjennomgang", "Dr. Lege", dt.date(2027, 1, 15))
    (page,) = pages_of(app.minutes_pdf(meeting.meta.record_id))
    for expected in ("Referat fra ansvarsgruppemøte", "26.11.2026", "Til stede", "Kari Koordinator, Dr. Lege",
                     "Ikke til stede", "Ola NAV", "Tema", "Bolig, Helse", "Referat", "Legen ser på medisinene",
                     "Avtaler", "Ny gjennomgang av medisiner i januar", "Legemiddelgjennomgang", "15.01.2027",
                     "Gjennomgang av oppgaver fra tidligere møter", "Sende boligsøknad", "20.10.2026",
                     "Videreføres, ny frist 20.12.2026", "Venter på svar", "Medlemmer", "900 00 000"):
        assert expected in page, (expected, page)
    app.save_minutes(meeting.meta.record_id, tmp_path / "referat.pdf")
    assert (tmp_path / "referat.pdf").read_bytes().startswith(b"%PDF")
    assert any("referat fra ansvarsgruppemøte" in e.detail for e in app.access_log(client.client_id))
