"""The chapter 9 report: one emergency intervention (hol. § 9-5 tredje ledd bokstav a) a page,
for the Statsforvalteren and the person with overall professional responsibility (§ 9-7).

Every field of the registration's own field list is printed, answered or
not, so a reader sees what was asked; with the start and end, who registered
it, and to whom and when it was sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..domain.clients import Client
from ..domain.errors import DomainError
from ..domain.identifiers import IdKind
from ..domain.observation import Chapter9Recipient, Chapter9Registration
from ..domain.records import WorkerRef
from ..support.atomic_files import write_file_atomically
from .portrait_frame import DocumentStyles, build_portrait_document, field_table, text
from .sheet_model import format_date, format_datetime

TITLE = "Melding om skadeavvergende tiltak i nødssituasjon"
LAW = "Helse- og omsorgstjenesteloven § 9-5 tredje ledd bokstav a, jf. § 9-7"
RECIPIENT_NAMES = {Chapter9Recipient.STATSFORVALTER: "Statsforvalteren",
                   Chapter9Recipient.PROFESSIONAL_LEAD: "Faglig ansvarlig"}
NOT_SENT = "Ikke registrert sendt"


def _duration(start: dt.datetime, end: dt.datetime) -> str:
    minutes = int((end - start).total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    return f"{hours} t {rest} min" if hours else f"{rest} min"


def _sent_line(reg: Chapter9Registration, recipient: Chapter9Recipient) -> str:
    sending = reg.sent_to(recipient)
    if sending is not None:
        how = f" ({sending.how})" if sending.how else ""
        return f"{sending.name}, {format_date(sending.date)}{how}"
    if reg.is_reported_to(recipient):
        return "Sendt (dato ikke registrert)"   # registrations from before sendings carried a date
    return NOT_SENT


def _registration_page(client: Client, reg: Chapter9Registration, unit: str, st: DocumentStyles) -> list[Flowable]:
    p = Paragraph
    id_name = "D-nummer" if client.identity.kind is IdKind.DNR else "Fødselsnummer"
    story: list[Flowable] = [
        p(LAW.upper(), st.kicker),
        p(TITLE, st.title),
        p(f"<b>{text(client.name)}</b> · {id_name} {client.national_id} · "
          f"født {format_date(client.birth_date)}", st.body),
    ]
    if unit:
        story.append(p(f"Tjeneste: {text(unit)}", st.body))
    if reg.meta.entered_in_error:
        story.append(p(f"<b>FEILREGISTRERT:</b> {text(reg.meta.status_reason)}", st.label))
    story.append(Spacer(1, 4 * mm))
    rows = [(p("Start", st.label), p(format_datetime(reg.start), st.body)),
            (p("Slutt", st.label), p(f"{format_datetime(reg.end)} (varighet {_duration(reg.start, reg.end)})",
                                     st.body))]
    for f in reg.fields_used:
        answer = reg.answer(f.key).strip()
        label = f.label_nb + ("" if f.required else " (valgfritt)")
        rows.append((p(text(label), st.label), p(text(answer) if answer else "–", st.body)))
    known = {f.key for f in reg.fields_used}
    for key, answer in reg.fields:   # answers to fields no longer on the list are printed too
        if key not in known and answer.strip():
            rows.append((p(text(key), st.label), p(text(answer), st.body)))
    author = reg.meta.author
    rows.append((p("Registrert av", st.label),
                 p(f"{text(author.name)} (HPR {author.hpr}), {format_datetime(reg.meta.recorded_at)}", st.body)))
    story.append(field_table(rows))
    story.append(p("Sendt til", st.h2))
    story.append(field_table([(p(RECIPIENT_NAMES[r], st.label), p(text(_sent_line(reg, r)), st.body))
                              for r in Chapter9Recipient]))
    story.append(Spacer(1, 5 * mm))
    version = f"versjon {reg.meta.version}" + (", rettet" if reg.meta.version > 1 else "")
    story.append(p(f"Registrerings-ID {reg.meta.record_id} ({version}). Kodeverk: {text(reg.code_system_used)}",
                   st.small))
    return story


def build_chapter9_report(client: Client, registrations: Sequence[Chapter9Registration], printed_by: WorkerRef,
                          printed_at: dt.datetime, responsible_unit: str = "") -> bytes:
    """The report for ``registrations`` of ``client``, one a page (oldest first), as PDF bytes.

    Raises :class:`DomainError` when there is nothing to report or a
    registration is another client's.
    """
    if not registrations:
        raise DomainError("record", "Det finnes ingen kapittel 9-registreringer å skrive ut.",
                          "There are no chapter 9 registrations to print.")
    if any(r.client_id != client.client_id for r in registrations):
        raise DomainError("record", "Registreringen gjelder en annen bruker.", "The registration concerns another client.")
    st = DocumentStyles()
    unit = responsible_unit.strip() or client.responsible_unit
    story: list[Flowable] = []
    for n, reg in enumerate(sorted(registrations, key=lambda r: r.start)):
        if n:
            story.append(PageBreak())
        story.extend(_registration_page(client, reg, unit, st))
    footer = (f"{TITLE} – taushetsbelagte opplysninger",
              f"Skrevet ut av {printed_by.name} (HPR {printed_by.hpr}), {format_datetime(printed_at)} · "
              f"{client.name}, f. {format_date(client.birth_date)}")
    return build_portrait_document(story, st, TITLE, printed_by.name, f"Kapittel 9, {client.name}", footer)


def write_chapter9_report(client: Client, registrations: Sequence[Chapter9Registration], printed_by: WorkerRef,
                          printed_at: dt.datetime, path: Path, responsible_unit: str = "") -> bytes:
    """Build the report and write it to ``path`` whole or not at all (nothing is written on bad input)."""
    data = build_chapter9_report(client, registrations, printed_by, printed_at, responsible_unit)
    write_file_atomically(Path(path), data)
    return data
