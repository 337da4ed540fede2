"""The local drug catalogue: entries shaped after FEST, lookup by name or ATC, and what an order form fills in.

FEST (Forskrivnings- og ekspedisjonsstøtte, from Direktoratet for medisinske
produkter) is the national catalogue of everything prescribable, distributed as
a large XML file ("M30", namespace ``http://www.kith.no/xmlstds/eresept/m30/2014-12-01``
with the drug elements in ``.../eresept/forskrivning/2014-12-01``). The app
ships a small hand-made list of common drugs and can import FEST later
(``desktop.catalogue_files.import_fest``). This module is pure: no file I/O.

What the fields mirror in FEST 2.5.1 (element names verified against public FEST
XML samples and an XSD-derived reference of FEST 2.5.1; see catalogue_files.py):

- ``LegemiddelMerkevare`` / ``LegemiddelVirkestoff`` both extend ``typeLegemiddel``,
  which holds ``Atc`` (CV: V = code, DN = ATC text), ``NavnFormStyrke`` (text),
  ``Reseptgruppe`` (CS: V = A/B/C/F…), ``LegemiddelformKort`` (CV, Volven 7448:
  e.g. V="53" DN="Tablett") and ``AdministreringLegemiddel/Administrasjonsvei``
  (CV, Volven 7477: e.g. V="53" DN="Oral bruk").
- ``LegemiddelMerkevare`` adds ``Id``, ``Varenavn`` (brand name) and
  ``LegemiddelformLang`` (long form text), and points at its strengths through
  ``SortertVirkestoffMedStyrke/RefVirkestoffMedStyrke``.
- ``VirkestoffMedStyrke`` (in ``KatVirkestoff``) holds ``Styrke`` (PQ: V + U)
  and an optional ``StyrkeNevner`` (PQ, the denominator, e.g. per ml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import DomainError
from .medication import ControlledClass
from .text_folding import normalise

# WHO ATC, level 5: letter, two digits, two letters, two digits (e.g. N02AA05). Shorter levels are
# valid prefixes (N02, N02AA) and come up in FEST's Atc on combination products (e.g. N02AJ07).
ATC_PATTERN = re.compile(r"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$")

# Norwegian reseptgrupper. A and B are controlled (narkotika / vanedannende); C is ordinary
# prescription; F is over the counter. FEST carries the group as Reseptgruppe V="…".
RESEPTGRUPPER = frozenset({"A", "B", "C", "F"})


def is_atc_code(code: str) -> bool:
    """True when ``code`` is a well-formed ATC code at any level (A, A10, A10B, A10BA, A10BA02)."""
    return bool(ATC_PATTERN.match(code))


def controlled_class(reseptgruppe: str) -> ControlledClass | None:
    """Reseptgruppe A or B → the controlled class; anything else is not a controlled drug."""
    group = reseptgruppe.strip().upper()
    return ControlledClass(group) if group in ("A", "B") else None


@dataclass(frozen=True)
class DrugCatalogueEntry:
    """A drug (one name, strength and form) as the catalogue knows it; shaped after FEST's LegemiddelMerkevare."""

    name: str                       # substance or brand name shown first (FEST: Varenavn)
    atc: str                        # FEST: Atc/@V
    atc_text: str = ""              # FEST: Atc/@DN
    strength: str = ""              # e.g. "5 mg", "100 E/ml" (FEST: VirkestoffMedStyrke/Styrke)
    form: str = ""                  # Volven 7448 text (FEST: LegemiddelformKort/@DN)
    form_code: str = ""             # Volven 7448 code (FEST: LegemiddelformKort/@V), "" when not known
    route: str = ""                 # Volven 7477 text (FEST: Administrasjonsvei/@DN)
    route_code: str = ""            # Volven 7477 code (FEST: Administrasjonsvei/@V), "" when not known
    reseptgruppe: str = "C"         # FEST: Reseptgruppe/@V
    name_form_strength: str = ""    # FEST: NavnFormStyrke
    fest_id: str | None = None      # FEST: LegemiddelMerkevare/Id; None for the shipped list
    synonyms: tuple[str, ...] = field(default=())   # brand or international names to search by

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise DomainError("name", "Legemiddelet mangler navn.", "The drug has no name.")
        if self.atc and not is_atc_code(self.atc):
            raise DomainError("atc", f"«{self.atc}» er ikke en gyldig ATC-kode.",
                              f'"{self.atc}" is not a valid ATC code.')

    @property
    def controlled(self) -> ControlledClass | None:
        """Class A or B when the reseptgruppe is A or B."""
        return controlled_class(self.reseptgruppe)

    @property
    def label(self) -> str:
        """What a list shows: the FEST name-form-strength text, or name, strength and form."""
        if self.name_form_strength:
            return self.name_form_strength
        return " ".join(p for p in (self.name, self.strength, self.form.lower()) if p)

    @property
    def key(self) -> tuple[str, str, str]:
        """Name, strength and form, folded: two entries with the same key are duplicates."""
        return normalise(self.name), normalise(self.strength), normalise(self.form)


@dataclass(frozen=True)
class OrderDefaults:
    """What an order form can fill in from a catalogue entry; the worker may still change every field."""

    drug_name: str
    strength: str
    form: str
    route: str
    atc: str
    controlled: ControlledClass | None


def order_defaults(entry: DrugCatalogueEntry) -> OrderDefaults:
    """The order fields that follow from ``entry`` (dose, times and prescriber never do)."""
    return OrderDefaults(drug_name=entry.name, strength=entry.strength, form=entry.form, route=entry.route,
                         atc=entry.atc, controlled=entry.controlled)


@dataclass(frozen=True)
class CatalogueSource:
    """Where a catalogue came from: the header of the shipped JSON, or FEST's HentetDato on import."""

    source: str
    version: str = ""
    date: str = ""
    note: str = ""


class DrugCatalogue:
    """An immutable list of entries with lookup by name prefix and by ATC code."""

    def __init__(self, entries: Iterable[DrugCatalogueEntry], source: CatalogueSource | None = None) -> None:
        self.entries: tuple[DrugCatalogueEntry, ...] = tuple(entries)
        self.source = source or CatalogueSource("")
        # Folded words per entry, computed once: the completer asks on every key press.
        self._names = [normalise(e.name) for e in self.entries]
        self._words = [self._search_words(e) for e in self.entries]
        self._by_name: dict[str, list[DrugCatalogueEntry]] | None = None   # built on first use (see named)

    @staticmethod
    def _search_words(entry: DrugCatalogueEntry) -> tuple[str, ...]:
        words: list[str] = []
        for text in (entry.name, entry.name_form_strength, entry.atc_text, *entry.synonyms):
            folded = normalise(text)
            if folded:
                words.append(folded)
                words.extend(re.findall(r"\w+", folded))   # "(LAR)" is found by "lar"
        return tuple(words)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[DrugCatalogueEntry]:
        return iter(self.entries)

    def search(self, prefix: str, limit: int = 20) -> list[DrugCatalogueEntry]:
        """Entries whose name, synonyms or name-form-strength words start with ``prefix``.

        Case- and accent-insensitive ("oks" finds Oksykodon and OxyNorm). Entries whose own
        name starts with the prefix come first, then the rest; each group alphabetically.
        """
        query = normalise(prefix)
        if not query:
            return []
        first: list[tuple[str, DrugCatalogueEntry]] = []
        rest: list[tuple[str, DrugCatalogueEntry]] = []
        for name, words, entry in zip(self._names, self._words, self.entries):
            if name.startswith(query):
                first.append((entry.label.casefold(), entry))
            elif any(w.startswith(query) for w in words):
                rest.append((entry.label.casefold(), entry))
        ordered = [e for _, e in sorted(first, key=lambda p: p[0])] + [e for _, e in sorted(rest, key=lambda p: p[0])]
        return ordered[:limit]

    def named(self, text: str) -> list[DrugCatalogueEntry]:
        """Entries whose name, ATC text or a synonym is ``text`` (folded), in catalogue order.

        From an index built on first use: the CAVE check asks for every record it judges (a pull
        judges thousands), and a FEST catalogue holds tens of thousands of entries.
        """
        if self._by_name is None:
            index: dict[str, list[DrugCatalogueEntry]] = {}
            for entry in self.entries:
                for name in dict.fromkeys(normalise(n) for n in (entry.name, entry.atc_text, *entry.synonyms)):
                    index.setdefault(name, []).append(entry)
            self._by_name = index
        return list(self._by_name.get(normalise(text), ()))

    def by_atc(self, code: str) -> list[DrugCatalogueEntry]:
        """Entries whose ATC code starts with ``code`` (a full code or a group such as "N05BA")."""
        wanted = code.strip().upper()
        if not wanted:
            return []
        return [e for e in self.entries if e.atc.startswith(wanted)]

    def find(self, label: str) -> DrugCatalogueEntry | None:
        """The entry shown as ``label`` (or named exactly ``label`` when only one entry has that name)."""
        folded = normalise(label)
        for entry in self.entries:
            if normalise(entry.label) == folded:
                return entry
        named = [e for e in self.entries if normalise(e.name) == folded]
        return named[0] if len(named) == 1 else None

    def duplicates(self) -> list[tuple[str, str, str]]:
        """Keys (name, strength, form) that occur more than once."""
        seen: set[tuple[str, str, str]] = set()
        doubles: list[tuple[str, str, str]] = []
        for entry in self.entries:
            if entry.key in seen:
                doubles.append(entry.key)
            seen.add(entry.key)
        return doubles


def entry_from_mapping(data: Mapping[str, Any]) -> DrugCatalogueEntry:
    """One entry from the shipped JSON's shape (the keys are the field names; unknown keys are an error)."""
    known = set(DrugCatalogueEntry.__dataclass_fields__)
    unknown = set(data) - known
    if unknown:
        raise DomainError("catalogue", f"Ukjente felt i legemiddelkatalogen: {', '.join(sorted(unknown))}.",
                          f"Unknown fields in the drug catalogue: {', '.join(sorted(unknown))}.")
    values = dict(data)
    values["synonyms"] = tuple(values.get("synonyms", ()))
    group = str(values.get("reseptgruppe", "C")).upper()
    if group not in RESEPTGRUPPER:
        raise DomainError("reseptgruppe", f"Ukjent reseptgruppe «{group}».", f'Unknown prescription group "{group}".')
    values["reseptgruppe"] = group
    return DrugCatalogueEntry(**values)


def catalogue_from_mapping(data: Mapping[str, Any]) -> DrugCatalogue:
    """A catalogue from ``{"header": {...}, "entries": [...]}`` (the shipped JSON, already parsed)."""
    header = data.get("header", {})
    source = CatalogueSource(source=str(header.get("source", "")), version=str(header.get("version", "")),
                             date=str(header.get("date", "")), note=str(header.get("note", "")))
    return DrugCatalogue((entry_from_mapping(item) for item in data.get("entries", ())), source)
