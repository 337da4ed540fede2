"""Kartlegging (assessment) and analyse: the first two steps of *vernepleierens arbeidsmodell*.

A kartlegging records what was mapped (areas of the client's life), how
(conversation, observation, a named tool) and how the client took part. An
analysis builds on one or more kartlegginger: the worker's understanding, the
client's own understanding and the hypotheses that follow. Goals then link
back to the analysis (``Goal.analysis_id``), so the chain kartlegging → analyse
→ mål → tiltak → evaluering can be followed for each goal
(:mod:`desktop.domain.goal_thread`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import require, require_text
from .records import RecordMeta


class AssessmentArea(str, Enum):
    """The areas a kartlegging usually covers (the worker's words in the UI)."""

    DAILY_LIVING = "daily-living"        # dagliglivets aktiviteter
    HEALTH = "health"
    HOUSING = "housing"
    WORK_ACTIVITY = "work-activity"
    NETWORK = "network"                  # nettverk og pårørende
    SUBSTANCE_USE = "substance-use"
    OWN_VIEW = "own-view"                # brukerens egen beskrivelse
    OTHER = "other"


# Bokmål names, for printouts and the FHIR display (the UI translates its own).
AREA_NAMES_NB: dict[AssessmentArea, str] = {
    AssessmentArea.DAILY_LIVING: "Dagligliv",
    AssessmentArea.HEALTH: "Helse",
    AssessmentArea.HOUSING: "Bolig",
    AssessmentArea.WORK_ACTIVITY: "Arbeid og aktivitet",
    AssessmentArea.NETWORK: "Nettverk og pårørende",
    AssessmentArea.SUBSTANCE_USE: "Rus",
    AssessmentArea.OWN_VIEW: "Brukerens egen beskrivelse",
    AssessmentArea.OTHER: "Annet",
}


class AssessmentMethod(str, Enum):
    CONVERSATION = "conversation"
    OBSERVATION = "observation"
    TOOL = "tool"                        # a named kartleggingsverktøy


METHOD_NAMES_NB: dict[AssessmentMethod, str] = {
    AssessmentMethod.CONVERSATION: "Samtale",
    AssessmentMethod.OBSERVATION: "Observasjon",
    AssessmentMethod.TOOL: "Kartleggingsverktøy",
}


class Participation(str, Enum):
    """How the client took part (brukermedvirkning, pasient- og brukerrettighetsloven § 3-1)."""

    TOOK_PART = "took-part"
    PARTLY = "partly"
    DID_NOT = "did-not"


PARTICIPATION_NAMES_NB: dict[Participation, str] = {
    Participation.TOOK_PART: "Brukeren deltok",
    Participation.PARTLY: "Brukeren deltok delvis",
    Participation.DID_NOT: "Brukeren deltok ikke",
}


@dataclass(frozen=True)
class AreaFinding:
    """What was found in one area."""

    area: AssessmentArea
    findings: str

    def __post_init__(self) -> None:
        require_text(self.findings, f"area:{self.area.value}", "Hva som ble kartlagt", "What was mapped")


@dataclass(frozen=True)
class Assessment:
    """A kartlegging: the areas mapped, by which methods, and the client's participation."""

    meta: RecordMeta
    client_id: str
    title: str
    findings: tuple[AreaFinding, ...]
    methods: tuple[AssessmentMethod, ...]
    participation: Participation
    tool: str = ""                       # the named tool, when one was used
    participation_note: str = ""         # how the client took part, or why not

    def __post_init__(self) -> None:
        require_text(self.title, "title", "Tittel", "Title")
        require(bool(self.findings), "findings", "Skriv hva som ble kartlagt i minst ett område.",
                "Describe what was mapped in at least one area.")
        areas = [f.area for f in self.findings]
        require(len(areas) == len(set(areas)), "findings", "Et område er ført opp to ganger.",
                "An area is listed twice.")
        require(bool(self.methods), "methods", "Velg minst én metode.", "Choose at least one method.")
        if AssessmentMethod.TOOL in self.methods:
            require_text(self.tool, "tool", "Navnet på verktøyet", "The name of the tool")
        if self.participation is not Participation.TOOK_PART:
            require_text(self.participation_note, "participation_note", "Hvordan brukeren deltok",
                         "How the client took part")

    def finding(self, area: AssessmentArea) -> str:
        """What was found in ``area`` ('' when the area was not mapped)."""
        return next((f.findings for f in self.findings if f.area is area), "")


@dataclass(frozen=True)
class Analysis:
    """An analyse: the worker's and the client's understanding, and hypotheses, built on kartlegginger."""

    meta: RecordMeta
    client_id: str
    assessment_ids: tuple[str, ...]
    worker_understanding: str
    client_understanding: str = ""
    hypotheses: tuple[str, ...] = ()
    participation: Participation = Participation.TOOK_PART
    title: str = ""

    def __post_init__(self) -> None:
        require(bool(self.assessment_ids), "assessment_ids", "Velg kartleggingen analysen bygger på.",
                "Choose the kartlegging the analysis builds on.")
        require_text(self.worker_understanding, "worker_understanding", "Fagpersonens forståelse",
                     "The worker's understanding")
        if self.participation is Participation.TOOK_PART:
            require_text(self.client_understanding, "client_understanding", "Brukerens forståelse",
                         "The client's understanding")

    @property
    def heading(self) -> str:
        """A short name for lists: the title, or the start of the worker's understanding."""
        text = self.title.strip() or self.worker_understanding.strip().splitlines()[0]
        return text if len(text) <= 80 else text[:77] + "…"

