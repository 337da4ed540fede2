"""Norwegian identifiers: fødselsnummer, D-nummer and HPR number.

A national identity number is 11 digits, DDMMYYIII + two mod-11 check digits.
A D-nummer adds 4 to the first digit. Synthetic test numbers (Skatteetaten's
test population) add 80 to the month, so they can never belong to a real
person; the demo data uses only those.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .errors import DomainError

OID_FNR = "urn:oid:2.16.578.1.12.4.1.4.1"
OID_DNR = "urn:oid:2.16.578.1.12.4.1.4.2"
OID_HPR = "urn:oid:2.16.578.1.12.4.1.4.4"

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


class IdKind(str, Enum):
    FNR = "fnr"
    DNR = "dnr"

    @property
    def system(self) -> str:
        return OID_FNR if self is IdKind.FNR else OID_DNR


@dataclass(frozen=True)
class NationalId:
    """A checked national identity number."""

    value: str
    kind: IdKind
    birth_date: dt.date
    synthetic: bool

    @property
    def system(self) -> str:
        return self.kind.system


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(d * w for d, w in zip(digits, weights)) % 11
    if rest == 11:
        return 0
    if rest == 10:
        return None  # no valid check digit exists for this prefix
    return rest


def check_digits(first_nine: str) -> str | None:
    """The two check digits for nine leading digits, or None if none exist."""
    digits = [int(c) for c in first_nine]
    k1 = _check_digit(digits, _W1)
    if k1 is None:
        return None
    k2 = _check_digit(digits + [k1], _W2)
    if k2 is None:
        return None
    return f"{k1}{k2}"


def _century(year2: int, individual: int) -> int | None:
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if individual >= 900 and year2 >= 40:
        return 1900
    if individual >= 500 and year2 <= 39:
        return 2000
    return None


def parse_national_id(text: str, field: str = "national_id") -> NationalId:
    """Check a fødselsnummer or D-nummer and return what it tells.

    Raises :class:`DomainError` naming ``field`` when it is malformed, has a
    wrong check digit or an impossible date.
    """
    value = "".join(text.split())
    if len(value) != 11 or not value.isdigit():
        raise DomainError(field, "Fødselsnummer må være 11 siffer.",
                          "A national identity number has 11 digits.")
    if check_digits(value[:9]) != value[9:]:
        raise DomainError(field, "Fødselsnummeret har feil kontrollsiffer.",
                          "The national identity number has a wrong check digit.")
    day, month, year2 = int(value[0:2]), int(value[2:4]), int(value[4:6])
    kind = IdKind.FNR
    if day > 40:
        kind, day = IdKind.DNR, day - 40
    synthetic = month > 80
    if synthetic:
        month -= 80
    century = _century(year2, int(value[6:9]))
    try:
        if century is None:
            raise ValueError
        birth = dt.date(century + year2, month, day)
    except ValueError:
        raise DomainError(field, "Fødselsnummeret har en ugyldig dato.",
                          "The national identity number holds an impossible date.") from None
    return NationalId(value, kind, birth, synthetic)


def make_synthetic_national_id(birth: dt.date, individual: int) -> str | None:
    """A synthetic (test population) fødselsnummer, or None if ``individual`` has no check digits.

    The individual number must fit the century of ``birth``.
    """
    prefix = f"{birth.day:02d}{birth.month + 80:02d}{birth.year % 100:02d}{individual:03d}"
    digits = check_digits(prefix)
    return None if digits is None else prefix + digits


def parse_hpr(text: str, field: str = "hpr") -> str:
    """Check an HPR number (the health personnel register number): 1–9 digits."""
    value = "".join(text.split())
    if not value.isdigit() or not 1 <= len(value) <= 9 or int(value) == 0:
        raise DomainError(field, "HPR-nummer må være 1–9 siffer.",
                          "An HPR number has 1 to 9 digits.")
    return value
