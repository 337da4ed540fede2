"""The drug catalogue: folding, lookup, order defaults, the shipped JSON and a FEST-shaped import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.support.catalogue_files import SHIPPED_CATALOGUE, import_fest, load_catalogue_json, shipped_catalogue
from desktop.domain.drug_catalogue import (DrugCatalogue, DrugCatalogueEntry, catalogue_from_mapping,
                                           controlled_class, is_atc_code, normalise, order_defaults)
from desktop.domain.errors import DomainError
from desktop.domain.medication import ControlledClass
from desktop.support.resources import resource_path


def entry(name: str, atc: str = "N02BE01", **fields: str) -> DrugCatalogueEntry:
    return DrugCatalogueEntry(name=name, atc=atc, **fields)  # type: ignore[arg-type]


def test_folding_ignores_case_accents_and_norwegian_spelling() -> None:
    assert normalise("  OksyKODON ") == normalise("Oxycodon") == "oksykodon"
    assert normalise("Kvetiapin") == normalise("quetiapin")
    assert normalise("Blåbær Øl") == "blabaer ol"
    assert normalise("Zopiklon") == normalise("sopiklon")
    assert normalise("Ésomeprazol") == normalise("esomeprasol")


def test_search_by_prefix_of_name_brand_or_word() -> None:
    catalogue = DrugCatalogue([
        entry("Oksykodon", "N02AA05", strength="5 mg", form="Kapsel", synonyms=("OxyNorm",)),
        entry("Oksazepam", "N05BA04", strength="10 mg", form="Tablett"),
        entry("Paracetamol", "N02BE01", strength="500 mg", form="Tablett", synonyms=("Pamol",)),
        entry("Buprenorfin (LAR)", "N07BC01", strength="8 mg", form="Sublingvaltablett", synonyms=("Subutex",)),
    ])
    assert [e.name for e in catalogue.search("OKS")] == ["Oksazepam", "Oksykodon"]
    assert [e.name for e in catalogue.search("oxyn")] == ["Oksykodon"]       # brand, x = ks
    assert [e.name for e in catalogue.search("pam")] == ["Paracetamol"]      # brand name
    assert [e.name for e in catalogue.search("lar")] == ["Buprenorfin (LAR)"]  # a later word
    assert catalogue.search("") == [] and catalogue.search("xyz") == []
    assert [e.name for e in catalogue.search("o", limit=1)] == ["Oksazepam"]


def test_names_that_start_with_the_prefix_come_before_other_word_matches() -> None:
    catalogue = DrugCatalogue([entry("Atorva", "C10AA05", synonyms=("Morfin-lignende",)),
                               entry("Morfin", "N02AA01")])
    assert [e.name for e in catalogue.search("morf")] == ["Morfin", "Atorva"]


def test_lookup_by_atc_code_or_group_and_by_label() -> None:
    diazepam = entry("Diazepam", "N05BA01", strength="5 mg", form="Tablett", reseptgruppe="B")
    oxazepam = entry("Oksazepam", "N05BA04", strength="10 mg", form="Tablett", reseptgruppe="B")
    catalogue = DrugCatalogue([diazepam, oxazepam, entry("Morfin", "N02AA01")])
    assert catalogue.by_atc("n05ba") == [diazepam, oxazepam]
    assert catalogue.by_atc("N05BA04") == [oxazepam]
    assert catalogue.by_atc("") == []
    assert catalogue.find("diazepam 5 MG tablett") is diazepam
    assert catalogue.find("Morfin") is not None and catalogue.find("Ukjent") is None


def test_order_defaults_carry_the_fields_an_order_form_fills() -> None:
    oxycodone = entry("Oksykodon", "N02AA05", atc_text="Oksykodon", strength="5 mg", form="Kapsel", route="Oral",
                      reseptgruppe="A")
    defaults = order_defaults(oxycodone)
    assert (defaults.drug_name, defaults.strength, defaults.form, defaults.route, defaults.atc, defaults.controlled) \
        == ("Oksykodon", "5 mg", "Kapsel", "Oral", "N02AA05", ControlledClass.A)
    assert order_defaults(entry("Paracetamol", reseptgruppe="F")).controlled is None


def test_reseptgruppe_maps_to_the_controlled_class() -> None:
    assert controlled_class("a") is ControlledClass.A
    assert controlled_class("B") is ControlledClass.B
    assert controlled_class("C") is None and controlled_class("F") is None and controlled_class("") is None


def test_atc_codes_are_checked() -> None:
    assert is_atc_code("N02AA05") and is_atc_code("N02") and is_atc_code("A10BA")
    assert not is_atc_code("N2AA05") and not is_atc_code("QN02AA05") and not is_atc_code("n02aa05")
    with pytest.raises(DomainError) as error:
        entry("Feil", "N02A05")
    assert error.value.field == "atc"
    with pytest.raises(DomainError):
        entry(" ")


def test_catalogue_mapping_rejects_unknown_fields_and_groups() -> None:
    with pytest.raises(DomainError) as unknown:
        catalogue_from_mapping({"entries": [{"name": "X", "atc": "N02BE01", "colour": "red"}]})
    assert unknown.value.message_nb == "Ukjente felt i legemiddelkatalogen: colour."
    with pytest.raises(DomainError) as group:
        catalogue_from_mapping({"entries": [{"name": "X", "atc": "N02BE01", "reseptgruppe": "Z"}]})
    assert group.value.field == "reseptgruppe" and group.value.message_nb == "Ukjent reseptgruppe «Z»."


# -- the shipped list ------------------------------------------------------------------------------

SHIPPED = shipped_catalogue()


def test_the_shipped_list_has_a_header_that_says_it_is_not_fest() -> None:
    raw = json.loads(resource_path(SHIPPED_CATALOGUE).read_text(encoding="utf-8"))
    assert set(raw["header"]) >= {"source", "version", "date", "note"}
    assert "NOT a substitute for FEST" in SHIPPED.source.note
    assert SHIPPED.source.version and SHIPPED.source.date


def test_the_shipped_list_is_well_formed() -> None:
    assert len(SHIPPED) >= 40
    for item in SHIPPED:
        assert len(item.atc) == 7 and is_atc_code(item.atc), item
        assert item.strength and item.form and item.route and item.fest_id is None, item
        assert item.reseptgruppe in {"A", "B", "C", "F"}, item
    assert SHIPPED.duplicates() == []


@pytest.mark.parametrize("name", ["Morfin", "Oksykodon", "Fentanyl", "Metadon (LAR)", "Buprenorfin (LAR)"])
def test_opioids_are_class_a(name: str) -> None:
    found = [e for e in SHIPPED if e.name == name]
    assert found and all(e.controlled is ControlledClass.A for e in found)


@pytest.mark.parametrize("name", ["Diazepam", "Oksazepam", "Zopiklon"])
def test_benzodiazepines_and_zopiclone_are_class_b(name: str) -> None:
    found = [e for e in SHIPPED if e.name == name]
    assert found and all(e.controlled is ControlledClass.B for e in found)


def test_every_controlled_drug_in_the_shipped_list_is_an_opioid_or_a_sedative() -> None:
    controlled = {e.atc for e in SHIPPED if e.controlled is not None}
    assert all(code.startswith(("N02A", "N07BC", "N05BA", "N05CF")) for code in controlled)


def test_a_catalogue_json_can_be_read_from_any_path(tmp_path: Path) -> None:
    path = tmp_path / "lokal.json"
    path.write_text(json.dumps({"header": {"source": "Lokal"},
                                "entries": [{"name": "Metformin", "atc": "A10BA02", "strength": "500 mg"}]}),
                    encoding="utf-8")
    local = load_catalogue_json(path)
    assert local.source.source == "Lokal" and [e.name for e in local.search("metf")] == ["Metformin"]
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DomainError) as error:
        load_catalogue_json(path)
    assert error.value.message_nb.startswith("Kunne ikke lese legemiddelkatalogen:")


# -- FEST ----------------------------------------------------------------------------------------

M30 = "http://www.kith.no/xmlstds/eresept/m30/2014-12-01"
FS = "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01"


def merkevare(entry_id: str, product_id: str, status: str, body: str) -> str:
    return (f"<OppfLegemiddelMerkevare><Id>{entry_id}</Id><Tidspunkt>2026-01-05T03:11:16</Tidspunkt>"
            f"<Status V='{status}' DN='status'/><LegemiddelMerkevare xmlns='{FS}'>{body}<Id>{product_id}</Id>"
            "</LegemiddelMerkevare></OppfLegemiddelMerkevare>")


# Shaped like fest251.xml (a written sample, names of real elements; values invented where not public).
FEST_SAMPLE = f"""<?xml version='1.0' encoding='utf-8'?>
<FEST xmlns='{M30}'><HentetDato>2026-11-20T03:11:43</HentetDato>
<KatLegemiddelMerkevare>
{merkevare("ID_E1", "ID_P1", "A",
           "<Atc V='N02AA05' S='2.16.578.1.12.4.1.1.7180' DN='Oksykodon'/>"
           "<NavnFormStyrke>OxyNorm kaps 5 mg</NavnFormStyrke><Reseptgruppe V='A' DN='Reseptgruppe A'/>"
           "<LegemiddelformKort V='7' S='2.16.578.1.12.4.1.1.7448' DN='Kapsel, hard'/>"
           "<AdministreringLegemiddel><Administrasjonsvei V='53' S='2.16.578.1.12.4.1.1.7477' DN='Oral bruk'/>"
           "</AdministreringLegemiddel>"
           "<Varenavn>OxyNorm</Varenavn><LegemiddelformLang>Kapsel, hard</LegemiddelformLang>"
           "<SortertVirkestoffMedStyrke><Sortering>0</Sortering>"
           "<RefVirkestoffMedStyrke>ID_S1</RefVirkestoffMedStyrke></SortertVirkestoffMedStyrke>")}
{merkevare("ID_E2", "ID_P2", "A",
           "<Atc V='N02AJ07' DN='Kodein og acetylsalisylsyre'/>"
           "<NavnFormStyrke>Kodimagnyl tab 9,6 mg/500 mg/150 mg</NavnFormStyrke><Reseptgruppe V='B' DN='B'/>"
           "<LegemiddelformKort V='53' DN='Tablett'/>"
           "<Varenavn>Kodimagnyl</Varenavn>"
           "<SortertVirkestoffMedStyrke><Sortering>1</Sortering>"
           "<RefVirkestoffMedStyrke>ID_S3</RefVirkestoffMedStyrke></SortertVirkestoffMedStyrke>"
           "<SortertVirkestoffMedStyrke><Sortering>0</Sortering>"
           "<RefVirkestoffMedStyrke>ID_S2</RefVirkestoffMedStyrke></SortertVirkestoffMedStyrke>")}
{merkevare("ID_E3", "ID_P3", "U", "<Atc V='N02BE01' DN='Paracetamol'/><NavnFormStyrke>Gammel tab</NavnFormStyrke>")}
{merkevare("ID_E4", "ID_P4", "A", "<Atc V='QN02BA01' DN='Vet'/><NavnFormStyrke>Vet tab 10 mg</NavnFormStyrke>")}
{merkevare("ID_E5", "ID_P5", "A",
           "<Atc V='N02AA01' DN='Morfin'/><NavnFormStyrke>Morfin inj 10 mg/ml</NavnFormStyrke>"
           "<Reseptgruppe V='A' DN='A'/><LegemiddelformKort V='x' DN='Injeksjonsvæske, oppløsning'/>"
           "<SortertVirkestoffMedStyrke><Sortering>0</Sortering>"
           "<RefVirkestoffMedStyrke>ID_S4</RefVirkestoffMedStyrke></SortertVirkestoffMedStyrke>")}
<OppfLegemiddelMerkevare><Id>ID_E6</Id><Tidspunkt>2026-01-05T03:11:16</Tidspunkt><Status V='A' DN='a'/>
</OppfLegemiddelMerkevare>
</KatLegemiddelMerkevare>
<KatLegemiddelpakning><OppfLegemiddelpakning><Id>ID_PK</Id><Tidspunkt>2026-01-01T00:00:00</Tidspunkt>
<Status V='A' DN='a'/><Legemiddelpakning xmlns='{FS}'><Atc V='N02AA05' DN='Oksykodon'/>
<NavnFormStyrke>Pakning, not read</NavnFormStyrke></Legemiddelpakning></OppfLegemiddelpakning></KatLegemiddelpakning>
<KatVirkestoff>
<OppfVirkestoffMedStyrke><Id>ID_V1</Id><Tidspunkt>2026-01-01T00:00:00</Tidspunkt><Status V='A' DN='a'/>
<VirkestoffMedStyrke xmlns='{FS}'><Id>ID_S1</Id><Styrke V='5' U='mg'/><RefVirkestoff>ID_X</RefVirkestoff>
</VirkestoffMedStyrke></OppfVirkestoffMedStyrke>
<OppfVirkestoffMedStyrke><Id>ID_V2</Id><Tidspunkt>2026-01-01T00:00:00</Tidspunkt><Status V='A' DN='a'/>
<VirkestoffMedStyrke xmlns='{FS}'><Id>ID_S2</Id><Styrke V='9.6' U='mg'/></VirkestoffMedStyrke>
</OppfVirkestoffMedStyrke>
<OppfVirkestoffMedStyrke><Id>ID_V3</Id><Tidspunkt>2026-01-01T00:00:00</Tidspunkt><Status V='A' DN='a'/>
<VirkestoffMedStyrke xmlns='{FS}'><Id>ID_S3</Id><Styrke V='500' U='mg'/></VirkestoffMedStyrke>
</OppfVirkestoffMedStyrke>
<OppfVirkestoffMedStyrke><Id>ID_V4</Id><Tidspunkt>2026-01-01T00:00:00</Tidspunkt><Status V='A' DN='a'/>
<VirkestoffMedStyrke xmlns='{FS}'><Id>ID_S4</Id><Styrke V='10' U='mg'/><StyrkeNevner V='1' U='ml'/>
</VirkestoffMedStyrke></OppfVirkestoffMedStyrke>
</KatVirkestoff></FEST>
"""


def test_a_fest_file_is_read_into_catalogue_entries(tmp_path: Path) -> None:
    path = tmp_path / "fest251.xml"
    path.write_text(FEST_SAMPLE, encoding="utf-8")
    result = import_fest(path)
    catalogue = result.catalogue
    assert catalogue.source.source == "FEST" and catalogue.source.date == "2026-11-20T03:11:43"
    assert result.read == 4 and result.skipped == {"inactive": 1, "no product": 1, "atc": 1}
    oxynorm, kodimagnyl, morfin = catalogue.entries
    assert oxynorm == DrugCatalogueEntry(
        name="OxyNorm", atc="N02AA05", atc_text="Oksykodon", strength="5 mg", form="Kapsel, hard", form_code="7",
        route="Oral bruk", route_code="53", reseptgruppe="A", name_form_strength="OxyNorm kaps 5 mg",
        fest_id="ID_P1")
    assert oxynorm.controlled is ControlledClass.A and oxynorm.label == "OxyNorm kaps 5 mg"
    assert (kodimagnyl.strength, kodimagnyl.controlled, kodimagnyl.route) == ("9,6 mg/500 mg", ControlledClass.B, "")
    assert (morfin.strength, morfin.form) == ("10 mg/ml", "Injeksjonsvæske, oppløsning")
    assert [e.fest_id for e in catalogue.search("oks")] == ["ID_P1"]   # by the ATC text
    assert catalogue.by_atc("N02AA") == [oxynorm, morfin]


def test_a_fest_import_can_keep_inactive_entries_and_reads_from_a_stream() -> None:
    result = import_fest(io.BytesIO(FEST_SAMPLE.encode("utf-8")), active_only=False)
    assert [e.name for e in result.catalogue if e.atc == "N02BE01"] == ["Gammel tab"]


def test_a_broken_fest_file_says_so_in_norwegian(tmp_path: Path) -> None:
    path = tmp_path / "fest251.xml"
    path.write_text(FEST_SAMPLE[:500], encoding="utf-8")
    with pytest.raises(DomainError) as error:
        import_fest(path)
    assert error.value.field == "fest" and error.value.message_nb.startswith("FEST-fila er ikke gyldig XML")
