"""Does a drug match the client's CAVE? By ATC code, by active ingredient, and by name where no code exists.

A CAVE entry (:class:`~desktop.domain.clients.Allergy`) is free text as written
on the CAVE card: a substance ("Paracetamol"), a group ("Penicillin",
"NSAID"), a brand ("Paracet") or an ATC code ("N02BE01"). An order names its
drug and, mostly, its ATC code. The check turns the CAVE entry into ATC codes
and ingredient words with the drug catalogue, and the order into its ATC code
and ingredient words, and reports every way they meet:

* **ATC** — the order's ATC code lies under a code the CAVE entry stands for
  (the entry is a code, a group in :data:`ALLERGEN_GROUPS`, or the name of a
  catalogue drug, whose code it then takes);
* **ingredient** — a word of the CAVE entry is one of the order's active
  ingredients (the ATC text of its code, e.g. "kodein og paracetamol", and the
  catalogue's names for that code);
* **name** — the CAVE word is in the drug name (the only way where neither side
  has a code, and a net under the other two).

Matching is deliberately generous: a false warning costs a click and a reason,
a missed one can cost a life.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from .clients import Allergy
from .drug_catalogue import DrugCatalogue, DrugCatalogueEntry, is_atc_code
from .medication import MedicationOrder
from .text_folding import normalise, words

# Allergy groups written on CAVE cards → the ATC groups they cover. A convenience, not a
# pharmacology: it names the classic cross-reacting groups only; anything else is matched by name.
_GROUPS: dict[str, tuple[str, ...]] = {
    "penicillin": ("J01C",), "penicilliner": ("J01C",), "penisillin": ("J01C",), "penisilliner": ("J01C",),
    "cefalosporin": ("J01DB", "J01DC", "J01DD", "J01DE"), "cefalosporiner": ("J01DB", "J01DC", "J01DD", "J01DE"),
    "sulfa": ("J01E",), "sulfonamid": ("J01E",), "sulfonamider": ("J01E",),
    "nsaid": ("M01A", "N02BA"), "nsaids": ("M01A", "N02BA"),
    "opioid": ("N02A", "N07BC", "R05DA"), "opioider": ("N02A", "N07BC", "R05DA"), "opiater": ("N02A", "N07BC"),
    "benzodiazepin": ("N05BA", "N05CD"), "benzodiazepiner": ("N05BA", "N05CD"),
    "acetylsalisylsyre": ("N02BA01", "B01AC06"), "acetylsalicylsyre": ("N02BA01", "B01AC06"),
    "asa": ("N02BA01", "B01AC06"),
}
# Folded once, as every CAVE word is folded before it is looked up.
ALLERGEN_GROUPS: dict[str, tuple[str, ...]] = {normalise(k): v for k, v in _GROUPS.items()}

# Words shorter than this never match a part of a longer word ("asa" must not find "asacol…" by prefix).
_MIN_PREFIX = 5


class MatchKind(str, Enum):
    ATC = "atc"
    INGREDIENT = "ingredient"
    NAME = "name"


@dataclass(frozen=True)
class AllergyMatch:
    """One CAVE entry a drug matches, how, and on what (the ATC code or the ingredient word)."""

    allergy: Allergy
    kind: MatchKind
    matched: str


def _word_hit(wanted: str, have: dict[str, str]) -> str | None:
    """The word of ``have`` (folded → as written) that ``wanted`` names: equal, or one begins the other
    (both long enough); returned as written."""
    for word, written in have.items():
        if word == wanted:
            return written
        if len(wanted) >= _MIN_PREFIX and len(word) >= _MIN_PREFIX and (word.startswith(wanted)
                                                                        or wanted.startswith(word)):
            return written
    return None


def _entries_named(catalogue: DrugCatalogue | None, text: str) -> list[DrugCatalogueEntry]:
    """Catalogue entries whose name, synonym or ATC text is ``text`` (folded)."""
    return [] if catalogue is None else catalogue.named(text)


def allergen_codes(allergy: Allergy, catalogue: DrugCatalogue | None) -> frozenset[str]:
    """The ATC codes (or groups) a CAVE entry stands for."""
    text = allergy.substance.strip()
    codes: set[str] = set()
    if is_atc_code(text.upper().replace(" ", "")):
        codes.add(text.upper().replace(" ", ""))
    for word in (normalise(text), *words(text)):
        codes.update(ALLERGEN_GROUPS.get(word, ()))
    codes.update(e.atc for e in _entries_named(catalogue, text) if e.atc)
    return frozenset(codes)


def drug_atc(order: MedicationOrder, catalogue: DrugCatalogue | None) -> str:
    """The order's ATC code, or the catalogue's code for its drug name when the order has none."""
    if order.atc.strip():
        return order.atc.strip().upper()
    codes = {e.atc for e in _entries_named(catalogue, order.drug_name) if e.atc}
    return next(iter(codes)) if len(codes) == 1 else ""


def _spelled(texts: Iterable[str]) -> dict[str, str]:
    """Folded word → the word as written (lower case), for every word of ``texts``."""
    found: dict[str, str] = {}
    for text in texts:
        for token in re.findall(r"\w+", text):
            found.setdefault(normalise(token), token.lower())
    found.pop("og", None)   # "kodein og paracetamol"
    return found


def ingredient_words(order: MedicationOrder, catalogue: DrugCatalogue | None) -> dict[str, str]:
    """The active ingredients of the order's drug as the catalogue names them for its ATC code
    (folded → as written): the ATC text (e.g. "kodein og paracetamol"), the entries' names and synonyms."""
    atc = drug_atc(order, catalogue)
    if catalogue is None or not atc:
        return {}
    return _spelled(text for entry in catalogue.by_atc(atc) if entry.atc == atc
                    for text in (entry.atc_text, entry.name, *entry.synonyms))


def allergy_matches(order: MedicationOrder, allergies: Iterable[Allergy],
                    catalogue: DrugCatalogue | None = None) -> list[AllergyMatch]:
    """Every CAVE entry the order's drug matches (one match per entry, the strongest kind first)."""
    atc = drug_atc(order, catalogue)
    ingredients = ingredient_words(order, catalogue)
    name_words = _spelled([order.drug_name])
    found: list[AllergyMatch] = []
    for allergy in allergies:
        codes = allergen_codes(allergy, catalogue)
        code = next((c for c in sorted(codes) if atc and atc.startswith(c)), None)
        if code is not None:
            found.append(AllergyMatch(allergy, MatchKind.ATC, atc))
            continue
        substance_words = [w for w in words(allergy.substance) if w != "og"]
        hit = next((h for w in substance_words if (h := _word_hit(w, ingredients))), None)
        if hit is not None:
            found.append(AllergyMatch(allergy, MatchKind.INGREDIENT, hit))
            continue
        # By name last: the only way where neither side has a code, and a net under the others.
        hit = next((h for w in substance_words if (h := _word_hit(w, name_words))), None)
        if hit is not None:
            found.append(AllergyMatch(allergy, MatchKind.NAME, hit))
    return found
