"""What text no server will take, checked before it is saved (and again before it is sent).

Pure functions, no Qt. The forms call :func:`check_text` for each field and show
the Norwegian message; the sync calls :func:`clean_for_fhir` and
:func:`find_problem` as a last guard, so a record that slipped through is
refused with a reason instead of waiting for ever.

The rules, and why:

* **Control characters** (C0 except tab, line feed and carriage return; DEL; C1):
  FHIR strings may not hold them (``[ \\r\\n\\t\\S]+``) and servers refuse the
  resource. They are invisible and carry no meaning, so they are stripped
  (:func:`strip_control_characters`), never shown as an error the worker cannot see.
* **Bidirectional overrides, embeddings and isolates** (U+202A–U+202E, U+2066–U+2069)
  reorder what is displayed: in a name they can make "Ola" read as something else
  on the next screen. Refused in names and other short identifying fields;
  allowed in free text, where a right-to-left language may need them.
* **Size**: common servers refuse bodies over 1 MB (Medplum's default, HAPI's and
  Azure's limits are in that range), and a Bundle carries many records. A short
  field holds at most :data:`MAX_SHORT_CHARS` characters, free text at most
  :data:`MAX_LONG_CHARS` (about 30 printed pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

MAX_SHORT_CHARS = 200        # names, addresses, phone numbers, drug names, titles
MAX_LONG_CHARS = 100_000     # a journal note, meeting minutes, a plan section
MAX_RESOURCE_BYTES = 512 * 1024   # one record as FHIR JSON: leaves room in a 1 MB request

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class TextKind(str, Enum):
    SHORT = "short"   # names and other identifying one-line fields
    LONG = "long"     # free text


@dataclass(frozen=True)
class TextProblem:
    """Why a text cannot be saved, for the form (Bokmål) and the log (English)."""

    field: str
    message_nb: str
    message_en: str


def strip_control_characters(text: str) -> str:
    """The text without control characters (tab, line feed and carriage return are kept)."""
    return _SURROGATE.sub("", _CONTROL.sub("", text))


def has_control_characters(text: str) -> bool:
    """True when the text holds a character :func:`strip_control_characters` would remove."""
    return bool(_CONTROL.search(text) or _SURROGATE.search(text))


def has_bidi_controls(text: str) -> bool:
    """True when the text holds a bidirectional override, embedding or isolate."""
    return bool(_BIDI_CONTROL.search(text))


def check_text(text: str, kind: TextKind, field: str = "") -> TextProblem | None:
    """The first reason ``text`` cannot be saved in a field of this kind, or None.

    Control characters are not a reason (they are stripped before saving);
    call :func:`strip_control_characters` on what the worker typed first.
    """
    limit = MAX_SHORT_CHARS if kind is TextKind.SHORT else MAX_LONG_CHARS
    if len(text) > limit:
        return TextProblem(field, f"Teksten er for lang ({len(text)} tegn, høyst {limit}).",
                           f"The text is too long ({len(text)} characters, at most {limit}).")
    if kind is TextKind.SHORT and has_bidi_controls(text):
        return TextProblem(field, "Teksten har usynlige tegn som snur leseretningen. Skriv den inn på nytt.",
                           "The text holds invisible characters that reverse its direction. Type it again.")
    if "\n" in text and kind is TextKind.SHORT:
        return TextProblem(field, "Feltet kan bare ha én linje.", "The field takes one line only.")
    return None


def clean_for_fhir(value: object) -> object:
    """A copy of a JSON value with control characters stripped from every string."""
    if isinstance(value, str):
        return strip_control_characters(value) if has_control_characters(value) else value
    if isinstance(value, dict):
        return {k: clean_for_fhir(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_for_fhir(v) for v in value]
    return value


def find_problem(resource: object, encoded_size: int) -> TextProblem | None:
    """The first reason a FHIR resource (already cleaned) would be refused by any server, or None.

    ``encoded_size`` is its JSON size in bytes. Every string is held to
    :data:`MAX_LONG_CHARS`; names (under ``name``, ``family``, ``given``,
    ``display``) may not hold bidirectional controls.
    """
    if encoded_size > MAX_RESOURCE_BYTES:
        return TextProblem("", f"Oppføringen er for stor til å sendes ({encoded_size // 1024} kB, høyst "
                               f"{MAX_RESOURCE_BYTES // 1024} kB).",
                           f"The record is too large to send ({encoded_size // 1024} kB, at most "
                           f"{MAX_RESOURCE_BYTES // 1024} kB).")
    return _walk(resource, "", in_name=False)


_NAME_KEYS = frozenset({"name", "family", "given", "display"})


def _walk(value: object, key: str, in_name: bool) -> TextProblem | None:
    if isinstance(value, str):
        if len(value) > MAX_LONG_CHARS:
            return check_text(value, TextKind.LONG, key)
        if in_name and has_bidi_controls(value):
            return check_text(value, TextKind.SHORT, key)
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _walk(v, k, in_name or k in _NAME_KEYS)
            if found is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            found = _walk(item, key, in_name)
            if found is not None:
                return found
    return None
