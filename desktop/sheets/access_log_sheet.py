"""The client's access log on paper: who read, wrote, corrected or printed what, and when.

The client has a right to see who has had access to their record (Normen
fact sheet 15). Lines from this device and lines pulled from the server
(other devices' AuditEvents) are marked by where they come from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.audit import AuditAction, AuditEvent
from ..domain.clients import Client
from ..domain.records import WorkerRef
from ..support.atomic_files import write_file_atomically
from .portrait_frame import PORTRAIT_WIDTH, DocumentStyles, build_portrait_document, grid_table, text
from .sheet_model import format_date, format_datetime

TITLE = "Logg over innsyn i journalen"

ACTION_NAMES = {
    AuditAction.READ: "Åpnet journalen",
    AuditAction.CREATE: "Skrev",
    AuditAction.CORRECT: "Rettet",
    AuditAction.ENTER_IN_ERROR: "Merket som feilregistrert",
    AuditAction.PRINT: "Skrev ut",
    AuditAction.EXPORT: "Eksporterte",
}

KIND_NAMES = {
    "worker": "Helsepersonell", "client": "Personopplysninger", "children_as_relatives": "Barn som pårørende",
    "order": "Legemiddelordinasjon", "administration": "Utdeling av legemiddel",
    "effect_evaluation": "Effektvurdering", "note": "Journalnotat", "measurement": "Måling",
    "rating": "Brukerens egen vurdering", "substance_use": "Russtatus", "behaviour": "Atferdsregistrering",
    "incident": "Hendelse", "chapter9": "Kapittel 9-registrering", "goal": "Mål", "measure": "Tiltak",
    "evaluation": "Evaluering", "individual_plan": "Individuell plan", "responsibility_group": "Ansvarsgruppe",
    "meeting": "Ansvarsgruppemøte", "agreed_task": "Avtalt oppgave", "assessment": "Kartlegging",
    "analysis": "Analyse", "consent": "Samtykke",
}


def what_of(event: AuditEvent) -> str:
    """What the event was about, in Norwegian: the record kind for writes, the detail for reads and prints."""
    if event.record_id is not None:
        return KIND_NAMES.get(event.detail, event.detail)
    return "Oversikten over brukeren" if event.detail == "overview" else event.detail


def build_access_log(client: Client, events: Sequence[AuditEvent], this_device: str, printed_by: WorkerRef,
                     printed_at: dt.datetime) -> bytes:
    """The access log of ``client`` (``events`` newest first) as PDF bytes.

    Lines whose device is ``this_device`` are marked "denne enheten"; others
    (pulled from the server) "annen enhet".
    """
    st = DocumentStyles()
    p = Paragraph
    story: list[Flowable] = [
        p("INNSYNSLOGG", st.kicker),
        p(TITLE, st.title),
        p(f"<b>{text(client.name)}</b> · født {format_date(client.birth_date)} · {client.national_id}", st.body),
        Spacer(1, 2 * mm),
        p("Oversikten viser alle som har åpnet, skrevet, rettet eller skrevet ut noe i journalen din i Ambulant, "
          "med tidspunkt, fra denne enheten og fra andre enheter så langt loggen deres er hentet fra "
          "kommunens server. Du har rett til å se hvem som har hatt tilgang til journalen din.", st.body),
    ]
    if events:
        first, last = min(e.at for e in events), max(e.at for e in events)
        story.append(p(f"Periode: {format_datetime(first)} – {format_datetime(last)} · {len(events)} oppføringer",
                       st.small))
    story.append(Spacer(1, 3 * mm))
    head = [p(h, st.cell_head) for h in ("Tidspunkt", "Hvem", "Handling", "Hva", "Enhet")]
    rows = [[p(format_datetime(e.at), st.cell),
             p(f"{text(e.actor.name)}, HPR {e.actor.hpr}" if e.actor.hpr else text(e.actor.name), st.cell),
             p(ACTION_NAMES[e.action], st.cell),
             p(text(what_of(e)) or "–", st.cell),
             p("denne enheten" if e.device_id == this_device else "annen enhet", st.cell)]
            for e in events]
    if rows:
        widths = [0.19, 0.31, 0.11, 0.25, 0.14]
        story.append(grid_table(head, rows, [w * PORTRAIT_WIDTH for w in widths]))
    else:
        story.append(p("Ingen oppføringer.", st.body))
    footer = (f"{TITLE} – {client.name}",
              f"Skrevet ut av {printed_by.name} (HPR {printed_by.hpr}), {format_datetime(printed_at)}")
    return build_portrait_document(story, st, TITLE, printed_by.name, f"Innsynslogg, {client.name}", footer)


def write_access_log(client: Client, events: Sequence[AuditEvent], this_device: str, printed_by: WorkerRef,
                     printed_at: dt.datetime, path: Path) -> bytes:
    """Build the access log and write it to ``path`` whole or not at all."""
    data = build_access_log(client, events, this_device, printed_by, printed_at)
    write_file_atomically(Path(path), data)
    return data
