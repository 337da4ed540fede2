"""Norwegian words the command line prints: what record kinds are called, and argparse's own texts.

The command line speaks Bokmål only (the window has the language setting); record kinds
keep their stored names (``note``) in ``--json`` output, for scripts.
"""

from __future__ import annotations

import argparse
import re

KIND_NAMES_NB = {
    "worker": "helsepersonell", "practitioner": "helsepersonell", "client": "brukeropplysninger",
    "children_as_relatives": "barn som pårørende", "order": "legemiddelordinasjon",
    "administration": "dosesignering", "effect_evaluation": "effektvurdering", "note": "journalnotat",
    "measurement": "måling", "rating": "brukerens egen vurdering", "substance_use": "rusmiddelbruk",
    "behaviour": "atferdsregistrering", "incident": "hendelse", "chapter9": "kapittel 9-registrering",
    "goal": "mål", "measure": "tiltak", "evaluation": "evaluering", "individual_plan": "individuell plan",
    "responsibility_group": "ansvarsgruppe", "meeting": "møte", "agreed_task": "avtalt oppgave",
    "audit": "innslag i tilgangsloggen",
}


def kind_name_nb(kind: str) -> str:
    """What a record kind is called in Norwegian (the stored name if unknown)."""
    return KIND_NAMES_NB.get(kind, kind)


# argparse's English messages (it formats them before ArgumentParser.error sees them).
_ARGPARSE_ERRORS = (
    (r"the following arguments are required: (.*)", "disse må oppgis: {0}"),
    (r"unrecognized arguments: (.*)", "ukjente argumenter: {0}"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "{0}: ukjent valg {1} (velg blant {2})"),
    (r"argument (\S+): invalid (\w+) value: (.*)", "{0}: ugyldig verdi {2}"),
    (r"argument (\S+): expected one argument", "{0}: mangler en verdi"),
    (r"argument (\S+): (.*)", "{0}: {1}"),
)


def argparse_error_nb(message: str) -> str:
    """argparse's error ``message`` in Norwegian (unchanged when it is not one we know)."""
    for pattern, text in _ARGPARSE_ERRORS:
        match = re.fullmatch(pattern, message)
        if match:
            return text.format(*match.groups())
    return message


class NorwegianHelpFormatter(argparse.HelpFormatter):
    """``bruk:`` instead of ``usage:``."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 (argparse's signature)
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class NorwegianArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose headings, help flag and errors are Norwegian; errors exit with code 2."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 (argparse's signature)
        kwargs.setdefault("formatter_class", NorwegianHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjelpen og avslutt")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage()
        self.exit(2, f"{self.prog}: feil: {argparse_error_nb(message)}\n")
