"""The minutes of a responsibility-group meeting on paper: date, who attended, topics, minutes,
agreements, the tasks agreed (who, by when) and the review of tasks from earlier meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.clients import Client
from ..domain.plan import AgreedTask, Meeting, ResponsibilityGroup, TaskOutcome
from ..domain.records import WorkerRef
from ..support.atomic_files import write_file_atomically
from .portrait_frame import PORTRAIT_WIDTH, DocumentStyles, build_portrait_document, field_table, grid_table, text
from .sheet_model import format_date, format_datetime

TITLE = "Referat fra ansvarsgruppemøte"
OUTCOME_NAMES = {TaskOutcome.DONE: "Utført", TaskOutcome.CONTINUED: "Videreføres", TaskOutcome.DROPPED: "Avsluttet"}


def build_minutes(client: Client, group: ResponsibilityGroup, meeting: Meeting, agreed: Sequence[AgreedTask],
                  reviewed: Sequence[AgreedTask], printed_by: WorkerRef, printed_at: dt.datetime) -> bytes:
    """The minutes of ``meeting`` as PDF bytes. ``agreed`` are the tasks agreed at it, ``reviewed``
    the earlier tasks its reviews name (as they were before the meeting)."""
    st = DocumentStyles()
    p = Paragraph
    members = group.members_on(meeting.date) or group.members
    absent = [m.name for m in members if m.name not in meeting.attendees]
    story: list[Flowable] = [
        p("ANSVARSGRUPPE" + ("" if group.name.strip().lower() == "ansvarsgruppe"
                             else " · " + text(group.name).upper()), st.kicker),
        p(TITLE, st.title),
        p(f"For <b>{text(client.name)}</b>, født {format_date(client.birth_date)}", st.body),
        Spacer(1, 3 * mm),
        field_table([
            (p("Dato", st.label), p(format_date(meeting.date), st.body)),
            (p("Til stede", st.label), p(text(", ".join(meeting.attendees)), st.body)),
            (p("Ikke til stede", st.label), p(text(", ".join(absent)) or "–", st.body)),
            (p("Tema", st.label), p(text(", ".join(meeting.topics)) or "–", st.body)),
            (p("Referent", st.label), p(f"{text(meeting.meta.author.name)} (HPR {meeting.meta.author.hpr})",
                                        st.body)),
        ], label_width=36 * mm),
        p("Referat", st.h2),
        p(text(meeting.minutes), st.body),
        p("Avtaler", st.h2),
        p(text(meeting.agreements) or "Ingen avtaler ført.", st.body),
    ]
    story.append(p("Oppgaver avtalt i møtet", st.h2))
    head = [p(h, st.label) for h in ("Oppgave", "Ansvarlig", "Frist")]
    if agreed:
        story.append(grid_table(head, [[p(text(t.description), st.body), p(text(t.responsible), st.body),
                                        p(format_date(t.deadline), st.body)] for t in agreed],
                                [0.56 * PORTRAIT_WIDTH, 0.28 * PORTRAIT_WIDTH, 0.16 * PORTRAIT_WIDTH]))
    else:
        story.append(p("Ingen nye oppgaver.", st.body))
    if meeting.reviews:
        by_id = {t.meta.record_id: t for t in reviewed}
        story.append(p("Gjennomgang av oppgaver fra tidligere møter", st.h2))
        rows = []
        for review in meeting.reviews:
            task = by_id.get(review.task_id)
            outcome = OUTCOME_NAMES[review.outcome]
            if review.new_deadline is not None:
                outcome += f", ny frist {format_date(review.new_deadline)}"
            rows.append([p(text(task.description) if task else "–", st.body),
                         p(text(task.responsible) if task else "–", st.body),
                         p(format_date(task.deadline) if task else "–", st.body),
                         p(text(outcome), st.body), p(text(review.comment) or "–", st.body)])
        story.append(grid_table([p(h, st.label) for h in ("Oppgave", "Ansvarlig", "Frist", "Status", "Kommentar")],
                                rows, [w * PORTRAIT_WIDTH for w in (0.27, 0.18, 0.14, 0.2, 0.21)]))
    story.append(p("Medlemmer", st.h2))
    story.append(grid_table([p(h, st.label) for h in ("Navn", "Rolle", "Virksomhet", "Kontakt")],
                            [[p(text(m.name), st.body), p(text(m.role), st.body), p(text(m.organisation) or "–", st.body),
                              p(text(m.contact) or "–", st.body)] for m in members],
                            [w * PORTRAIT_WIDTH for w in (0.27, 0.23, 0.25, 0.25)]))
    footer = (f"{TITLE} {format_date(meeting.date)} – taushetsbelagte opplysninger",
              f"Skrevet ut av {printed_by.name} (HPR {printed_by.hpr}), {format_datetime(printed_at)} · "
              f"{client.name}")
    return build_portrait_document(story, st, TITLE, printed_by.name, f"{TITLE} {format_date(meeting.date)}", footer)


def write_minutes(client: Client, group: ResponsibilityGroup, meeting: Meeting, agreed: Sequence[AgreedTask],
                  reviewed: Sequence[AgreedTask], printed_by: WorkerRef, printed_at: dt.datetime, path: Path) -> bytes:
    """Build the minutes and write them to ``path`` whole or not at all."""
    data = build_minutes(client, group, meeting, agreed, reviewed, printed_by, printed_at)
    write_file_atomically(Path(path), data)
    return data
