"""The PDF itself: read back with pypdf, rendered with pdftoppm, written atomically."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.clients import Allergy
from desktop.domain.errors import DomainError
from desktop.domain.medication import DoubleCheckPolicy, OrderKind
from desktop.support.atomic_files import write_file_atomically
from desktop.sheets.medication_sheet import NO_ALLERGIES, build_medication_sheet, write_medication_sheet
from tests.sheets.sheet_samples import LONG_NAME, PRINTED_AT, PRINTER, START, make_client, make_order, sample_orders


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace: wrapped lines in a table cell come back with line breaks."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def client():
    return make_client()


@pytest.fixture(scope="module")
def small(client):
    orders = sample_orders(client, 6)
    return orders, build_medication_sheet(client, orders, START, 14, PRINTER, PRINTED_AT)


@pytest.fixture(scope="module")
def large(client):
    orders = sample_orders(client, 40, START, 28)
    return orders, build_medication_sheet(client, orders, START, 28, PRINTER, PRINTED_AT)


def test_sheet_shows_client_cave_and_every_drug(client, small) -> None:
    orders, pdf = small
    text = "\n".join(pages_text(pdf))
    assert client.name in text                              # "Bjørn Ærlig Åsheim": æ, ø, å extracted
    assert f"{client.national_id[:6]} {client.national_id[6:]}" in text
    assert "CAVE: Penicillin" in text and "pustebesvær" in text
    assert "Ansvarlig enhet: Ambulant team Øst, helse og omsorg" in squeeze_keep_spaces(text)
    assert "Periode: 26.11.2026–09.12.2026 (14 dager)" in text
    assert "Skrevet ut av Åse Blåbærsen (HPR 9144889), 26.11.2026 kl. 09:30" in text
    flat = squeeze(text)
    for order in orders:
        assert squeeze(order.drug_name) in flat, order.drug_name
    assert squeeze(LONG_NAME) in flat                        # long names wrap, nothing is cut off
    assert "Søvnvansker" in text and "Ødemer" in text


def test_every_page_has_header_footer_and_side_x_av_y(client, large) -> None:
    _, pdf = large
    texts = pages_text(pdf)
    total = len(texts)
    assert total >= 5
    for number, text in enumerate(texts, 1):
        assert client.name in text, f"header missing on page {number}"
        assert "CAVE: Penicillin" in text
        assert "Periode: 26.11.2026–23.12.2026 (28 dager)" in text
        assert f"Side {number}/{total}" in text
        assert "Kontroller alltid arket mot gjeldende legemiddelliste før bruk." in text


def test_forty_orders_take_more_pages_than_six(small, large) -> None:
    assert len(pages_text(large[1])) > len(pages_text(small[1]))


def test_twenty_eight_days_all_get_a_column(large) -> None:
    text = "\n".join(pages_text(large[1]))
    assert "26.11.2026–09.12.2026 (del 1 av 2)" in text and "10.12.2026–23.12.2026 (del 2 av 2)" in text
    for day in range(28):
        label = (START + dt.timedelta(days=day)).strftime("%d.%m")
        assert label in text, label


def test_client_without_allergies_shows_ingen_kjente() -> None:
    client = make_client(allergies=())
    pdf = build_medication_sheet(client, [make_order(client, "Metformin", (8, 18))], START, 7, PRINTER, PRINTED_AT)
    text = pages_text(pdf)[0]
    assert f"CAVE: {NO_ALLERGIES}" in text


def test_several_allergies_are_all_listed() -> None:
    client = make_client(allergies=(Allergy("Penicillin", "utslett", "alvorlig"), Allergy("Nøtter", "anafylaksi"),
                                    Allergy("Lateks")))
    text = pages_text(build_medication_sheet(client, [], START, 7, PRINTER, PRINTED_AT))[0]
    assert "CAVE: Penicillin (utslett, alvorlig); Nøtter (anafylaksi); Lateks" in squeeze_keep_spaces(text)
    assert "Ingen faste legemidler i perioden." in text and "Ingen behovsmedisin i perioden." in text


def squeeze_keep_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_double_check_follows_the_policy() -> None:
    client = make_client()
    orders = [make_order(client, "Metformin", (8,)), make_order(client, "Sertralin", (8,))]
    plain = "\n".join(pages_text(build_medication_sheet(client, orders, START, 7, PRINTER, PRINTED_AT)))
    assert not re.search(r"\b(Gitt|Kontroll|Dobbeltkontroll)\b", plain)
    policy = DoubleCheckPolicy(drug_names=frozenset({"sertralin"}))
    checked = pages_text(build_medication_sheet(client, orders, START, 7, PRINTER, PRINTED_AT, policy=policy))[0]
    assert re.search(r"\bGitt\b", checked) and re.search(r"\bKontroll\b", checked)
    assert "Dobbeltkontroll" in checked


def test_as_needed_section_has_its_facts_and_empty_rows() -> None:
    client = make_client()
    prn = make_order(client, "Oxazepam", kind=OrderKind.AS_NEEDED, indication="Uro og angst")
    text = "\n".join(pages_text(build_medication_sheet(client, [prn], START, 14, PRINTER, PRINTED_AT)))
    for expected in ("Behovsmedisin", "Oxazepam", "Uro og angst", "3 doser", "4 t", "Utdelt behovsmedisin",
                     "Årsak", "Effekt (kl. og vurdering)", "Signaturforklaring", "HPR-nummer"):
        assert expected in text, expected
    assert "Signeringsliste" not in text       # no fixed orders: no signing grid


def test_only_embedded_dejavu_fonts_are_used(small) -> None:
    reader = PdfReader(io.BytesIO(small[1]))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor          # the TrueType program is embedded


def _read_pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    parts = data.split(maxsplit=4)                  # P5, width, height, maxval, pixels
    assert parts[0] == b"P5" and parts[3] == b"255"
    width, height = int(parts[1]), int(parts[2])
    pixels = parts[4][-width * height:]
    return width, height, pixels


def test_page_one_renders_and_is_not_blank(small, tmp_path: Path) -> None:
    assert shutil.which("pdftoppm"), "pdftoppm missing: install Debian poppler-utils (tests/run.sh does)"
    pdf_path = tmp_path / "sheet.pdf"
    pdf_path.write_bytes(small[1])
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(pdf_path), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=60)
    (png,) = list(tmp_path.glob("page*.pgm"))
    width, height, pixels = _read_pgm(png)
    assert width > height                           # landscape
    mean = sum(pixels) / len(pixels)
    variance = sum((p - mean) ** 2 for p in pixels) / len(pixels)
    dark = sum(1 for p in pixels if p < 128) / len(pixels)
    assert variance > 300, variance                 # a white page has none
    assert 0.01 < dark < 0.5, dark                  # text and lines, not a black page


def test_bad_input_raises_domain_errors(client) -> None:
    with pytest.raises(DomainError, match="days"):
        build_medication_sheet(client, [], START, 0, PRINTER, PRINTED_AT)
    with pytest.raises(DomainError, match="days"):
        build_medication_sheet(client, [], START, 63, PRINTER, PRINTED_AT)
    other = make_client(name="Annen Bruker")
    with pytest.raises(DomainError) as err:
        build_medication_sheet(client, [make_order(other, "Metformin")], START, 7, PRINTER, PRINTED_AT)
    assert "en annen bruker" in err.value.message_nb


def test_write_is_atomic_and_private(client, tmp_path: Path) -> None:
    out = tmp_path / "ark.pdf"
    data = write_medication_sheet(client, [make_order(client, "Metformin")], START, 7, PRINTER, PRINTED_AT, out)
    assert out.read_bytes() == data and data.startswith(b"%PDF")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600   # health data: owner only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ark.pdf"]


def test_failed_write_leaves_no_file_and_keeps_the_old_one(client, tmp_path: Path) -> None:
    broken = make_order(client, "Metformin", (8,))
    object.__setattr__(broken, "times", ())
    out = tmp_path / "new.pdf"
    with pytest.raises(DomainError):
        write_medication_sheet(client, [broken], START, 7, PRINTER, PRINTED_AT, out)
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old.pdf"
    old.write_bytes(b"previous sheet")
    with pytest.raises(DomainError):
        write_medication_sheet(client, [], START, 0, PRINTER, PRINTED_AT, old)
    assert old.read_bytes() == b"previous sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]


def test_error_while_replacing_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "folder.pdf"
    target.mkdir()
    (target / "inside").write_text("x")
    with pytest.raises(OSError):
        write_file_atomically(target, b"%PDF-1.4 sheet")   # a non-empty folder cannot be replaced by a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.pdf"]


def test_an_order_taller_than_a_page_and_a_long_cave_list_still_fit() -> None:
    allergies = tuple(Allergy(f"Stoff {i} med langt navn", "utslett, kløe og pustebesvær", "alvorlig")
                      for i in range(14))
    client = make_client(allergies=allergies)
    hourly = make_order(client, "Insulin aspart", tuple(range(6, 22)), double_check=True)
    texts = pages_text(build_medication_sheet(client, [hourly], START, 14, PRINTER, PRINTED_AT))
    joined = "\n".join(texts)
    for hour in range(6, 22):
        assert f"{hour:02d}:00" in joined
    assert "(fortsatt)" in joined                       # the drug is named again where its rows go on
    for text in texts:
        assert "Stoff 13 med langt navn" in squeeze_keep_spaces(text)   # the whole CAVE list on every page
