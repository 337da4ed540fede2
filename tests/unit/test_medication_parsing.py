"""Reading doses and times of day as a worker types them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.medication import Dose, parse_dose, parse_time_of_day


@pytest.mark.parametrize("text, amount, unit", [
    ("1 tablett", Decimal(1), "tablett"),
    ("2,5 ml", Decimal("2.5"), "ml"),
    ("0.5 mg", Decimal("0.5"), "mg"),
    ("  10   dråper ", Decimal(10), "dråper"),
    ("1 brusetablett à 500 mg", Decimal(1), "brusetablett à 500 mg"),
])
def test_parse_dose(text: str, amount: Decimal, unit: str) -> None:
    assert parse_dose(text) == Dose(amount, unit)


@pytest.mark.parametrize("text, words", [
    ("tablett", "mengde og enhet"),
    ("", "mengde og enhet"),
    ("1", "mengde og enhet"),
    ("en tablett", "ikke et tall"),
    ("1,2,3 ml", "ikke et tall"),
    ("0 ml", "større enn null"),
    ("-1 tablett", "større enn null"),
    ("NaN mg", "større enn null"),
    ("Infinity mg", "større enn null"),
])
def test_bad_dose_names_the_field(text: str, words: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_dose(text, field="prn_dose")
    assert caught.value.field == "prn_dose"
    assert words in caught.value.message_nb
    assert caught.value.message_en


def test_dose_default_field_is_dose() -> None:
    with pytest.raises(DomainError) as caught:
        parse_dose("mye")
    assert caught.value.field == "dose"


def test_dose_itself_refuses_zero_and_blank_unit() -> None:
    with pytest.raises(DomainError) as caught:
        Dose(Decimal(0), "ml")
    assert caught.value.field == "dose"
    with pytest.raises(DomainError):
        Dose(Decimal(1), "  ")


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10_000), places=3),
       st.sampled_from(["tablett", "ml", "mg", "dråper", "IE", "brusetablett"]))
def test_a_dose_reads_back_from_its_printed_form(amount: Decimal, unit: str) -> None:
    dose = Dose(amount, unit)
    assert parse_dose(str(dose)) == dose
    assert "." not in str(dose)  # Norwegian decimal comma on screen and paper


@pytest.mark.parametrize("text, expected", [
    ("08", dt.time(8)), ("8", dt.time(8)), ("8:00", dt.time(8)), ("08.30", dt.time(8, 30)),
    ("22:15", dt.time(22, 15)), (" 7:05 ", dt.time(7, 5)), ("0", dt.time(0)), ("23:59", dt.time(23, 59)),
])
def test_parse_time_of_day(text: str, expected: dt.time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["24", "25:00", "8:60", "abc", "", "8:", ":30", "-1", "8:00:00", "kl 8"])
def test_bad_time_names_the_field(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_time_of_day(text, field="times[2]")
    assert caught.value.field == "times[2]"
    assert "klokkeslett" in caught.value.message_nb
    assert "time of day" in caught.value.message_en


def test_time_default_field_is_times() -> None:
    with pytest.raises(DomainError) as caught:
        parse_time_of_day("halv ni")
    assert caught.value.field == "times"


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)), st.sampled_from([":", "."]),
       st.booleans())
def test_every_time_reads_back(t: dt.time, sep: str, pad: bool) -> None:
    hours = f"{t.hour:02d}" if pad else str(t.hour)
    assert parse_time_of_day(f"{hours}{sep}{t.minute:02d}") == t
