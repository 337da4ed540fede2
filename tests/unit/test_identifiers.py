"""National identity numbers (fødselsnummer, D-nummer) and HPR numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.support.demo_data import synthetic_id
from desktop.domain.errors import DomainError
from desktop.domain.identifiers import (OID_DNR, OID_FNR, IdKind, check_digits, make_synthetic_national_id,
                                        parse_hpr, parse_national_id)


def independent_check_digits(first_nine: str) -> str | None:
    """The mod-11 rule written out again from Skatteetaten's description, to test against."""
    d = [int(c) for c in first_nine]
    k1 = 11 - (3 * d[0] + 7 * d[1] + 6 * d[2] + 1 * d[3] + 8 * d[4] + 9 * d[5] + 4 * d[6] + 5 * d[7] + 2 * d[8]) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - (5 * d[0] + 4 * d[1] + 3 * d[2] + 2 * d[3] + 7 * d[4] + 6 * d[5] + 5 * d[6] + 4 * d[7]
               + 3 * d[8] + 2 * k1) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k2 == 10 else f"{k1}{k2}"


def individual_numbers_for(birth: dt.date) -> st.SearchStrategy[int]:
    """Individual numbers (positions 7–9) that encode the century of ``birth``."""
    if birth.year < 1900:
        return st.integers(500, 749)
    if birth.year >= 2000:
        return st.integers(500, 999)
    if birth.year >= 1940:
        return st.one_of(st.integers(0, 499), st.integers(900, 999))
    return st.integers(0, 499)


births = st.dates(dt.date(1854, 1, 1), dt.date(2039, 12, 31))
birth_and_individual = births.flatmap(lambda b: st.tuples(st.just(b), individual_numbers_for(b)))


def valid_synthetic(birth: dt.date, individual: int) -> str:
    nid = make_synthetic_national_id(birth, individual)
    assume(nid is not None)  # about 1 in 6 prefixes has no valid check digits
    return nid  # type: ignore[return-value]


@given(birth_and_individual)
def test_every_synthetic_id_parses_back_to_its_birth_date(pair: tuple[dt.date, int]) -> None:
    birth, individual = pair
    nid = valid_synthetic(birth, individual)
    parsed = parse_national_id(nid)
    assert parsed.birth_date == birth
    assert parsed.synthetic
    assert parsed.kind is IdKind.FNR and parsed.system == OID_FNR
    assert parsed.value == nid


@given(birth_and_individual)
def test_check_digits_agree_with_the_rule_written_out(pair: tuple[dt.date, int]) -> None:
    birth, individual = pair
    prefix = f"{birth.day:02d}{birth.month + 80:02d}{birth.year % 100:02d}{individual:03d}"
    assert check_digits(prefix) == independent_check_digits(prefix)


@given(birth_and_individual, st.integers(0, 10), st.integers(1, 9))
def test_changing_any_single_digit_is_rejected(pair: tuple[dt.date, int], position: int, delta: int) -> None:
    nid = valid_synthetic(*pair)
    digit = (int(nid[position]) + delta) % 10
    changed = nid[:position] + str(digit) + nid[position + 1:]
    with pytest.raises(DomainError) as caught:
        parse_national_id(changed, field="fnr")
    assert caught.value.field == "fnr"
    assert "kontrollsiffer" in caught.value.message_nb


@given(birth_and_individual)
def test_d_number_is_recognised_with_its_birth_date(pair: tuple[dt.date, int]) -> None:
    birth, individual = pair
    prefix = f"{birth.day + 40:02d}{birth.month:02d}{birth.year % 100:02d}{individual:03d}"
    digits = check_digits(prefix)
    assume(digits is not None)
    parsed = parse_national_id(prefix + digits)
    assert parsed.kind is IdKind.DNR
    assert parsed.system == OID_DNR
    assert parsed.birth_date == birth
    assert not parsed.synthetic


def with_check_digits(prefix_without_individual: str, individuals: range) -> str:
    """The first number with this date part whose check digits exist."""
    for individual in individuals:
        prefix = f"{prefix_without_individual}{individual:03d}"
        digits = check_digits(prefix)
        if digits is not None:
            return prefix + digits
    raise AssertionError("no individual number gives check digits")


@pytest.mark.parametrize("date_part", [
    "310285",   # 31 February
    "290283",   # 29 February in a year that is not a leap year
    "001085",   # day 0
    "151385",   # month 13
    "159385",   # synthetic month 13 (80 + 13)
    "721085",   # D-nummer day 32
])
def test_impossible_dates_are_rejected(date_part: str) -> None:
    nid = with_check_digits(date_part, range(100, 499))
    with pytest.raises(DomainError) as caught:
        parse_national_id(nid)
    assert caught.value.field == "national_id"
    assert "ugyldig dato" in caught.value.message_nb
    assert "impossible date" in caught.value.message_en


def test_individual_number_outside_every_century_is_rejected() -> None:
    # 750–899 with a two-digit year of 40–53 belongs to no century.
    nid = with_check_digits("150545", range(750, 899))
    with pytest.raises(DomainError) as caught:
        parse_national_id(nid)
    assert caught.value.field == "national_id"


def test_leap_day_is_accepted() -> None:
    nid = with_check_digits("290200", range(500, 999))
    assert parse_national_id(nid).birth_date == dt.date(2000, 2, 29)


@pytest.mark.parametrize("text", ["", "1234567890", "123456789012", "1505851234a", "15.05.85 123"])
def test_wrong_length_or_letters_name_the_field(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_national_id(text, field="client_national_id")
    assert caught.value.field == "client_national_id"
    assert "11 siffer" in caught.value.message_nb
    assert "11 digits" in caught.value.message_en


def test_spaces_inside_the_number_are_ignored() -> None:
    nid = synthetic_id(dt.date(1970, 5, 17))
    assert parse_national_id(f" {nid[:6]} {nid[6:]} ").value == nid


def test_demo_ids_are_synthetic_and_valid() -> None:
    for birth in (dt.date(1958, 3, 14), dt.date(1979, 11, 2), dt.date(1996, 7, 23), dt.date(1948, 1, 30),
                  dt.date(2004, 2, 29)):
        parsed = parse_national_id(synthetic_id(birth))
        assert parsed.synthetic and parsed.birth_date == birth


@given(st.integers(1, 999_999_999))
def test_hpr_accepts_one_to_nine_digits(number: int) -> None:
    assert parse_hpr(str(number)) == str(number)


def test_hpr_ignores_spaces() -> None:
    assert parse_hpr(" 12 345 67 ") == "1234567"


@pytest.mark.parametrize("text", ["", "0", "000", "1234567890", "12a45", "-123", "12.5"])
def test_bad_hpr_names_the_field(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_hpr(text, field="second_signer_hpr")
    assert caught.value.field == "second_signer_hpr"
    assert "HPR" in caught.value.message_nb and "HPR" in caught.value.message_en
