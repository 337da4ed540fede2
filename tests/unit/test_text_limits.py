"""Text no server takes: control characters, bidirectional overrides, sizes."""

from __future__ import annotations

from desktop.domain.text_limits import (MAX_LONG_CHARS, MAX_RESOURCE_BYTES, MAX_SHORT_CHARS, TextKind,
                                        check_text, clean_for_fhir, find_problem, has_bidi_controls,
                                        has_control_characters, strip_control_characters)


def test_control_characters_are_stripped_but_line_breaks_and_tabs_kept() -> None:
    assert strip_control_characters("Ola\x00 Nord\x1bmann\x7f\x85") == "Ola Nordmann"
    assert strip_control_characters("linje 1\nlinje 2\r\n\tinnrykk") == "linje 1\nlinje 2\r\n\tinnrykk"
    assert has_control_characters("a\x00b") and not has_control_characters("Åse Ødegård\n")


def test_bidi_overrides_are_refused_in_names_only() -> None:
    name = "Ola \u202eNordmann"
    assert has_bidi_controls(name)
    problem = check_text(name, TextKind.SHORT, "name")
    assert problem is not None and "leseretningen" in problem.message_nb and problem.field == "name"
    assert check_text("مرحبا \u2067Ola\u2069", TextKind.LONG) is None


def test_sizes() -> None:
    assert check_text("x" * MAX_SHORT_CHARS, TextKind.SHORT) is None
    too_long = check_text("x" * (MAX_SHORT_CHARS + 1), TextKind.SHORT)
    assert too_long is not None and "for lang" in too_long.message_nb
    assert check_text("x" * MAX_LONG_CHARS, TextKind.LONG) is None
    assert check_text("x" * (MAX_LONG_CHARS + 1), TextKind.LONG) is not None
    assert check_text("to\nlinjer", TextKind.SHORT) is not None


def test_the_sync_guard_over_a_resource() -> None:
    patient = {"resourceType": "Patient", "name": [{"text": "Kari\x00 Nordmann", "family": "Nordmann"}],
               "address": [{"text": "Vei 1\x07"}]}
    cleaned = clean_for_fhir(patient)
    assert cleaned["name"][0]["text"] == "Kari Nordmann" and cleaned["address"][0]["text"] == "Vei 1"
    assert patient["name"][0]["text"] == "Kari\x00 Nordmann"          # the input is not changed
    assert find_problem(cleaned, 200) is None
    spoofed = {"resourceType": "Patient", "name": [{"given": ["Kari\u202e"]}]}
    assert find_problem(spoofed, 100) is not None
    note = {"resourceType": "DocumentReference", "description": "x" * (MAX_LONG_CHARS + 1)}
    assert find_problem(note, 1000) is not None
    big = find_problem({"resourceType": "Observation"}, MAX_RESOURCE_BYTES + 1)
    assert big is not None and "for stor" in big.message_nb
