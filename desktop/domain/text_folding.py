"""Folding text for matching names typed by people: drug names, CAVE entries, routes."""

from __future__ import annotations

import re
import unicodedata

# Spellings that differ between Norwegian and international names (oksykodon/oxycodone,
# kvetiapin/quetiapine, klozapin/clozapine) are folded the same way on both sides.
_FOLDS = (("æ", "ae"), ("ø", "o"), ("ph", "f"), ("qu", "kv"), ("x", "ks"), ("c", "k"), ("z", "s"))


def normalise(text: str) -> str:
    """Fold ``text`` for matching: case, accents (é, å), æ/ø, and x/ks, c/k, qu/kv, z/s, ph/f."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for old, new in _FOLDS:
        plain = plain.replace(old, new)
    return " ".join(plain.split())


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` ("Buprenorfin, kombinasjoner" → buprenorfin, kombinasjoner)."""
    return tuple(re.findall(r"\w+", normalise(text)))
