"""Chapter 9 in the domain: the municipality's field list, its code system URL, dated sendings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.observation import (CHAPTER9_FIELDS, DEFAULT_CHAPTER9_CODE_SYSTEM, LAW_FIELD_KEYS,
                                        Chapter9Config, Chapter9Field, Chapter9Recipient, Chapter9Registration,
                                        Chapter9Sending, check_code_system_url, chapter9_field_label, with_sending)

from .domain_builders import CLIENT_ID, at, meta

LAW_ANSWERS = tuple((key, f"svar {key}") for key in LAW_FIELD_KEYS)


def test_the_default_form_is_the_law_and_its_codes_are_not_under_example_org() -> None:
    config = Chapter9Config()
    assert {f.key for f in config.fields if f.required} == set(LAW_FIELD_KEYS)
    assert set(LAW_FIELD_KEYS) == {"concerned", "what_done", "why", "tried_first", "decided_by", "participants"}
    assert "example" not in config.code_system and config.code_system.startswith("urn:uuid:")


def test_a_municipality_may_add_and_relabel_fields_but_not_drop_the_laws() -> None:
    extra = Chapter9Field("debrief", "Evaluering med personalet", "Debrief with staff", required=False)
    relabelled = tuple(dataclasses.replace(f, label_nb=f.label_nb + " (kommunens tekst)") for f in CHAPTER9_FIELDS)
    config = Chapter9Config(relabelled + (extra,), "https://fhir.bergen.kommune.no/CodeSystem/kapittel9")
    assert config.fields[-1].key == "debrief"
    without_why = tuple(f for f in CHAPTER9_FIELDS if f.key != "why")
    with pytest.raises(DomainError) as e:
        Chapter9Config(without_why)
    assert "why" in e.value.message_nb and "loven" in e.value.message_nb
    optional_why = tuple(dataclasses.replace(f, required=False) if f.key == "why" else f for f in CHAPTER9_FIELDS)
    with pytest.raises(DomainError):
        Chapter9Config(optional_why)
    for bad in (CHAPTER9_FIELDS + (CHAPTER9_FIELDS[0],), CHAPTER9_FIELDS + (Chapter9Field("Med Mellomrom", "a", "a"),),
                CHAPTER9_FIELDS + (Chapter9Field("tom", " ", "x"),)):
        with pytest.raises(DomainError):
            Chapter9Config(bad)


@pytest.mark.parametrize("url", ["https://fhir.bergen.kommune.no/CodeSystem/kapittel9", "urn:oid:2.16.578.1.12.4.1.1.9999",
                                 DEFAULT_CHAPTER9_CODE_SYSTEM, "http://kodeverk.kommune.no:8080/cs"])
def test_code_system_urls_that_are_accepted(url: str) -> None:
    assert check_code_system_url(f"  {url} ") == url


@pytest.mark.parametrize("url", ["http://ambulant.example.org/fhir", "https://example.com/cs", "https://x.test/cs",
                                 "kommune.no/cs", "https://kommune", "urn:oid:abc", "urn:uuid:123", "",
                                 "https://kommune.no/cs med mellomrom"])
def test_code_system_urls_that_are_refused(url: str) -> None:
    with pytest.raises(DomainError) as e:
        check_code_system_url(url)
    assert e.value.field == "code_system"


def registration(**kw) -> Chapter9Registration:  # noqa: ANN003
    fields = dict(start=at(10), end=at(10, 20), fields=LAW_ANSWERS)
    fields.update(kw)
    return Chapter9Registration(meta(at(10)), CLIENT_ID, **fields)


def test_a_registration_keeps_the_field_list_it_was_made_with() -> None:
    extra = Chapter9Field("debrief", "Evaluering med personalet", "Debrief", required=True)
    reg = registration(field_list=CHAPTER9_FIELDS + (extra,), code_system="urn:oid:2.16.578.1.1")
    with pytest.raises(DomainError) as e:
        reg.validate()
    assert e.value.field == "debrief"
    registration().validate()                         # older registrations: the law's list
    assert chapter9_field_label(reg, "debrief") == "Evaluering med personalet"
    assert chapter9_field_label(reg, "debrief", "en") == "Debrief"
    assert chapter9_field_label(registration(), "unknown") == "unknown"
    assert registration().code_system_used == DEFAULT_CHAPTER9_CODE_SYSTEM


def test_sending_has_a_recipient_and_a_date() -> None:
    reg = registration()
    assert not reg.is_reported_to(Chapter9Recipient.STATSFORVALTER)
    sending = Chapter9Sending(Chapter9Recipient.STATSFORVALTER, "Statsforvalteren i Vestland", dt.date(2026, 11, 27),
                              "Altinn")
    changes = with_sending(reg, sending)
    sent = dataclasses.replace(reg, **changes)
    assert sent.sent_to(Chapter9Recipient.STATSFORVALTER) == sending
    assert sent.is_reported_to(Chapter9Recipient.STATSFORVALTER) and sent.reported_to_statsforvalter
    assert not sent.is_reported_to(Chapter9Recipient.PROFESSIONAL_LEAD)
    old_flag = registration(reported_to_professional_lead=True)       # registered before sendings had dates
    assert old_flag.is_reported_to(Chapter9Recipient.PROFESSIONAL_LEAD)
    with pytest.raises(DomainError) as e:
        with_sending(reg, Chapter9Sending(Chapter9Recipient.PROFESSIONAL_LEAD, "Leder", dt.date(2026, 11, 1)))
    assert e.value.field == "date"
    with pytest.raises(DomainError):
        Chapter9Sending(Chapter9Recipient.PROFESSIONAL_LEAD, " ", dt.date(2026, 11, 27))
