"""Reading drug catalogues from files: the shipped JSON list, and a FEST XML file (streamed).

The domain (``desktop.domain.drug_catalogue``) stays free of file I/O; this module turns files into
``DrugCatalogue`` objects.

What the FEST importer reads, and how it was verified
-----------------------------------------------------
Element names come from public FEST 2.5.1 material (real ``fest251.xml`` excerpts used as test
fixtures in open-source FEST readers, and an XSD-derived reference of the M30 and Forskrivning
schemas, 2014-12-01):

- root ``FEST`` (namespace ``http://www.kith.no/xmlstds/eresept/m30/2014-12-01``) starts with
  ``HentetDato``; then catalogues ``KatLegemiddelMerkevare``, ``KatLegemiddelpakning``,
  ``KatVirkestoff``, … in that order;
- each catalogue holds ``Oppf…`` entries with ``Id``, ``Tidspunkt`` and ``Status`` (CS;
  V="A" DN="Aktiv oppføring" is the only value seen in the samples, so only "A" counts as active);
- ``OppfLegemiddelMerkevare/LegemiddelMerkevare`` (namespace ``…/eresept/forskrivning/2014-12-01``)
  has ``Atc`` (V, DN), ``NavnFormStyrke``, ``Reseptgruppe`` (V), ``LegemiddelformKort`` (V, DN,
  Volven 7448), ``AdministreringLegemiddel/Administrasjonsvei`` (V, DN, Volven 7477), ``Id``,
  ``Varenavn``, ``LegemiddelformLang`` and ``SortertVirkestoffMedStyrke``
  (``Sortering``, ``RefVirkestoffMedStyrke``);
- ``VirkestoffMedStyrke`` (in ``KatVirkestoff``) has ``Id``, ``Styrke`` (PQ: V, U) and optional
  ``StyrkeNevner`` (PQ). The wrapping ``Oppf…`` element name in KatVirkestoff was not verified, so
  the importer looks for ``VirkestoffMedStyrke`` under any entry.

Not read (on purpose): packs (``KatLegemiddelpakning``), ``LegemiddelVirkestoff`` (generic
prescribing level), doses, refusjon, interactions, prices and every other catalogue. Incremental
FEST extracts are not handled specially: a full file is expected.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from ..domain.drug_catalogue import (CatalogueSource, DrugCatalogue, DrugCatalogueEntry, catalogue_from_mapping,
                                    is_atc_code)
from ..domain.errors import DomainError
from .resources import resource_path

SHIPPED_CATALOGUE = "drug_catalogue.json"
FEST_ACTIVE = "A"   # Status V="A" DN="Aktiv oppføring"


def load_catalogue_json(path: Path) -> DrugCatalogue:
    """Read a catalogue in the shipped JSON format (``{"header": {...}, "entries": [...]}``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DomainError("catalogue", f"Kunne ikke lese legemiddelkatalogen: {exc}",
                          f"Could not read the drug catalogue: {exc}") from exc
    return catalogue_from_mapping(data)


def shipped_catalogue() -> DrugCatalogue:
    """The small catalogue of common drugs in ``resources/drug_catalogue.json`` (not a substitute for FEST)."""
    return load_catalogue_json(resource_path(SHIPPED_CATALOGUE))


# -- FEST ---------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    """The element name without its namespace: FEST mixes the M30 and Forskrivning namespaces."""
    return tag.rsplit("}", 1)[-1]


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    for child in elem:
        if _local(child.tag) == name:
            return child
    return None


def _children(elem: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in elem if _local(child.tag) == name)


def _text(elem: ET.Element, name: str) -> str:
    child = _child(elem, name)
    return (child.text or "").strip() if child is not None else ""


def _attr(elem: ET.Element, name: str, attr: str) -> str:
    child = _child(elem, name)
    return (child.get(attr) or "").strip() if child is not None else ""


def _quantity(elem: ET.Element | None) -> str:
    """A KITH PQ (V = value, U = unit) as Norwegian text: V="2.5" U="mg" → "2,5 mg"."""
    if elem is None:
        return ""
    value, unit = (elem.get("V") or "").strip(), (elem.get("U") or "").strip()
    try:
        value = format(Decimal(value).normalize(), "f").replace(".", ",")
    except InvalidOperation:
        pass
    return " ".join(p for p in (value, unit) if p)


def _strength(elem: ET.Element) -> str:
    """VirkestoffMedStyrke → "5 mg", "10 mg/ml" or "5 mg/2 ml" (StyrkeNevner is the denominator)."""
    amount = _quantity(_child(elem, "Styrke"))
    per = _quantity(_child(elem, "StyrkeNevner"))
    per = per.removeprefix("1 ")   # "per 1 ml" reads "/ml"
    return f"{amount}/{per}" if amount and per else amount


@dataclass
class _Pending:
    """A merkevare read before KatVirkestoff: its strengths are resolved at the end of the file."""

    fields: dict[str, str]
    strength_refs: list[tuple[int, str]]


@dataclass
class FestImport:
    """The result of reading a FEST file: the catalogue and what was left out, with counts."""

    catalogue: DrugCatalogue
    read: int = 0
    skipped: dict[str, int] = field(default_factory=dict)


def _merkevare_fields(product: ET.Element) -> _Pending:
    admin = _child(product, "AdministreringLegemiddel")
    route, route_code = "", ""
    if admin is not None:
        route, route_code = _attr(admin, "Administrasjonsvei", "DN"), _attr(admin, "Administrasjonsvei", "V")
    refs: list[tuple[int, str]] = []
    for sorted_ref in _children(product, "SortertVirkestoffMedStyrke"):
        try:
            order = int(_text(sorted_ref, "Sortering") or 0)
        except ValueError:
            order = 0
        ref = _text(sorted_ref, "RefVirkestoffMedStyrke")
        if ref:
            refs.append((order, ref))
    name_form_strength = _text(product, "NavnFormStyrke")
    return _Pending(fields={
        "name": _text(product, "Varenavn") or name_form_strength,
        "atc": _attr(product, "Atc", "V").upper(),
        "atc_text": _attr(product, "Atc", "DN"),
        "form": _attr(product, "LegemiddelformKort", "DN") or _text(product, "LegemiddelformLang"),
        "form_code": _attr(product, "LegemiddelformKort", "V"),
        "route": route, "route_code": route_code,
        "reseptgruppe": _attr(product, "Reseptgruppe", "V").upper() or "C",
        "name_form_strength": name_form_strength,
        "fest_id": _text(product, "Id"),
    }, strength_refs=sorted(refs))


def import_fest(source: Path | IO[bytes], active_only: bool = True) -> FestImport:
    """Read the LegemiddelMerkevare entries of a FEST M30 file into a catalogue.

    Streams with ``iterparse`` and drops every ``Oppf…`` entry once read, so memory stays bounded
    by what is kept (one small record per drug and one string per strength), not by the file.
    Entries that are not active, have no product element or carry a malformed (e.g. veterinary
    "Q…") ATC code are skipped and counted.
    """
    pending: list[_Pending] = []
    strengths: dict[str, str] = {}
    skipped: dict[str, int] = {}
    fetched = ""
    stack: list[ET.Element] = []

    def skip(reason: str) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    try:
        for event, elem in ET.iterparse(source, events=("start", "end")):
            if event == "start":
                stack.append(elem)
                continue
            stack.pop()
            name = _local(elem.tag)
            if name == "HentetDato" and len(stack) == 1:
                fetched = (elem.text or "").strip()
            elif name == "VirkestoffMedStyrke":
                ident = _text(elem, "Id")
                if ident:
                    strengths[ident] = _strength(elem)
            elif name == "OppfLegemiddelMerkevare":
                product = _child(elem, "LegemiddelMerkevare")
                if active_only and _attr(elem, "Status", "V") != FEST_ACTIVE:
                    skip("inactive")
                elif product is None:
                    skip("no product")
                else:
                    pending.append(_merkevare_fields(product))
            if name.startswith("Oppf") and stack and _local(stack[-1].tag).startswith("Kat"):
                # The entry is read: drop it so the tree never holds more than one entry at a time.
                stack[-1].remove(elem)
    except ET.ParseError as exc:
        raise DomainError("fest", f"FEST-fila er ikke gyldig XML: {exc}",
                          f"The FEST file is not valid XML: {exc}") from exc

    entries: list[DrugCatalogueEntry] = []
    for item in pending:
        atc = item.fields["atc"]
        if atc and not is_atc_code(atc):
            skip("atc")
            continue
        strength = "/".join(s for s in (strengths.get(ref, "") for _, ref in item.strength_refs) if s)
        entries.append(DrugCatalogueEntry(strength=strength, **item.fields))  # type: ignore[arg-type]
    catalogue = DrugCatalogue(entries, CatalogueSource(
        source="FEST", version="2.5.1", date=fetched,
        note="Importert fra FEST: LegemiddelMerkevare med ATC, reseptgruppe, form, administrasjonsvei og styrke."))
    return FestImport(catalogue, read=len(pending), skipped=skipped)
