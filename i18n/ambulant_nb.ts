<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../desktop/ui/client/access_log_dialog.py" line="+32"/>
        <location line="+8"/>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access log for %1</source>
        <translation>Tilgangslogg for %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Everyone who opened, wrote, corrected or printed something in this client&apos;s record on this computer, newest first. The client has a right to see this log.</source>
        <translation>Alle som har åpnet, skrevet, rettet eller skrevet ut noe i denne brukerens journal på denne maskinen, nyeste først. Brukeren har rett til å se denne loggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>AdministrationNotesDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+43"/>
        <source>Administration notes</source>
        <translation>Administrasjonsnotat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</source>
        <translation>Lokale notater om hvordan %1 gis her (f.eks. knust, sammen med mat). Selve ordinasjonen kommer fra forordneren og kan ikke endres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="+76"/>
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</source>
        <translation>Noe uventet gikk galt. Det du hadde lagret, er i behold. Skjer det igjen, fortell IT-kontakten din hva du holdt på med.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>Chapter9Dialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+48"/>
        <source>Chapter 9: emergency intervention</source>
        <translation>Kapittel 9: skadeavvergende tiltak i nødssituasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</source>
        <translation>Registrer straks. Registreringen sendes til Statsforvalteren og til den som har det overordnede faglige ansvaret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(optional)</source>
        <translation>(valgfritt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to the Statsforvalter</source>
        <translation>Sendt til Statsforvalteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the person with overall professional responsibility</source>
        <translation>Sendt til den med overordnet faglig ansvar</translation>
    </message>
</context>
<context>
    <name>Chapter9Page</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+79"/>
        <source>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</source>
        <translation>Skadeavvergende tiltak i nødssituasjon (helse- og omsorgstjenesteloven § 9-5 tredje ledd bokstav a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Chapter 9 registrations</source>
        <translation>Registreringer etter kapittel 9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration details</source>
        <translation>Detaljer om registreringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New registration…</source>
        <translation>Ny registrering …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the Statsforvalter</source>
        <translation>Sendt til Statsforvalteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the professional lead</source>
        <translation>Sendt til faglig ansvarlig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Statsforvalter</source>
        <translation>Statsforvalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional lead</source>
        <translation>faglig ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No registrations. Register an emergency intervention at once, with “New registration…”.</source>
        <translation>Ingen registreringer. Registrer et skadeavvergende tiltak straks, med «Ny registrering …».</translation>
    </message>
</context>
<context>
    <name>ChildrenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+16"/>
        <source>Children as relatives (§ 10 a)</source>
        <translation>Barn som pårørende (§ 10 a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has minor children or siblings</source>
        <translation>Har mindreårige barn eller søsken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of children</source>
        <translation>Antall barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their need for information and follow-up is assessed</source>
        <translation>Behovet deres for informasjon og oppfølging er vurdert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+27"/>
        <source>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</source>
        <translation>Helsepersonelloven § 10 a: om brukeren har mindreårige barn eller søsken, og om behovet deres for informasjon og oppfølging er vurdert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record assessment…</source>
        <translation>Registrer vurdering …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minor children or siblings</source>
        <translation>Mindreårige barn eller søsken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of children</source>
        <translation>Antall barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need for information and follow-up assessed</source>
        <translation>Behov for informasjon og oppfølging vurdert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
</context>
<context>
    <name>ClientDelegate</name>
    <message numerus="yes">
        <location filename="../desktop/ui/client/client_list.py" line="+74"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location line="-7"/>
        <location line="+93"/>
        <source>b. %1</source>
        <translation>f. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinket</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Name or birth date (dd.mm.yyyy)</source>
        <translation>Navn eller fødselsdato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or birth date (dd.mm.yyyy). Ctrl+F</source>
        <translation>Søk på navn eller fødselsdato (dd.mm.åååå). Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Søk etter bruker</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n dose(s) today</source>
        <translation>
            <numerusform>%n dose i dag</numerusform>
            <numerusform>%n doser i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølging</numerusform>
            <numerusform>%n oppfølginger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../desktop/ui/client/client_view.py" line="+33"/>
        <source>Choose a client in the list (Ctrl+F searches).</source>
        <translation>Velg en bruker i listen (Ctrl+F søker).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national id %1</source>
        <translation>fødselsnr. %1</translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+14"/>
        <source>Correct note</source>
        <translation>Rett notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction is saved as a new version. The earlier text stays readable.</source>
        <translation>Rettingen lagres som en ny versjon. Den tidligere teksten kan fortsatt leses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text</source>
        <translation>Rettet tekst</translation>
    </message>
</context>
<context>
    <name>DoseTimeline</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="+58"/>
        <source>Doses today</source>
        <translation>Doser i dag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>as needed</source>
        <translation>behovsdose</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 av %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by %1</source>
        <translation>kontrollert av %1</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+119"/>
        <source>Effect of the as-needed dose</source>
        <translation>Effekt av behovsdosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 given %2. Reason: %3</source>
        <translation>%1 gitt %2. Grunn: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="-35"/>
        <source>Entered in error</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry is kept and shown as entered in error. Nothing is deleted.</source>
        <translation>Oppføringen beholdes og vises som feilregistrert. Ingenting slettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as entered in error</source>
        <translation>Merk som feilregistrert</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+73"/>
        <source>New evaluation</source>
        <translation>Ny evaluering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation of:</source>
        <translation>Evaluering av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress (0–10)</source>
        <translation>Fremgang (0–10)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../desktop/ui/forms/form_dialog.py" line="+73"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Second signer</source>
        <translation>Kontrollert av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second signer&apos;s HPR no.</source>
        <translation>HPR-nummer til den som kontrollerte</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-50"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the client&apos;s own words</source>
        <translation>Med brukerens egne ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client took part in setting the goal</source>
        <translation>Brukeren var med og satte målet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. housing, health, work and activity</source>
        <translation>for eksempel bolig, helse, arbeid og aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+60"/>
        <source>Goals and measures</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal details and evaluations</source>
        <translation>Målet og evalueringene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New goal…</source>
        <translation>Nytt mål …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New measure…</source>
        <translation>Nytt tiltak …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New evaluation…</source>
        <translation>Ny evaluering …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The client took part</source>
        <translation>Brukeren deltok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client did not take part</source>
        <translation>Brukeren deltok ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No goals yet. Set the goals together with the client, in the client&apos;s own words.</source>
        <translation>Ingen mål ennå. Sett målene sammen med brukeren, med brukerens egne ord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client took part</source>
        <translation>Brukeren deltok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evaluations yet.</source>
        <translation>Ingen evalueringer ennå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>progress %1 of 10</source>
        <translation>fremgang %1 av 10</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+43"/>
        <source>New responsibility group</source>
        <translation>Ny ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: name; role; organisation</source>
        <translation>Én per linje: navn; rolle; organisasjon</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+86"/>
        <location line="+3"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Attended</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Agreed tasks</source>
        <translation>Avtalte oppgaver</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New responsibility group…</source>
        <translation>Ny ansvarsgruppe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting…</source>
        <translation>Nytt møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>Ny oppgave …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark task done</source>
        <translation>Merk oppgaven som utført</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No responsibility group yet</source>
        <translation>Ingen ansvarsgruppe ennå</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, late</source>
        <translation>Åpen, over frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="-64"/>
        <source>New incident</source>
        <translation>Ny hendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="-142"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New incident…</source>
        <translation>Ny hendelse …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>Feilregistrert …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ENTERED IN ERROR: %1</source>
        <translation>FEILREGISTRERT: %1</translation>
    </message>
</context>
<context>
    <name>IndividualPlanDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+57"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in the planning</source>
        <translation>Deltar i planleggingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line or separated by commas</source>
        <translation>Én per linje eller skilt med komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period from</source>
        <translation>Planperiode fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period to</source>
        <translation>Planperiode til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next revision</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each party contributes</source>
        <translation>Hva hver part bidrar med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client consents to the plan</source>
        <translation>Brukeren samtykker til planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share information</source>
        <translation>Samtykke til å dele opplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client consents to sharing information</source>
        <translation>Brukeren samtykker til at opplysninger deles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope of the consent</source>
        <translation>Omfanget av samtykket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the consent</source>
        <translation>Dato for samtykket</translation>
    </message>
</context>
<context>
    <name>IndividualPlanPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="-111"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Edit individual plan…</source>
        <translation>Endre individuell plan …</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No individual plan. A client with long-term, coordinated needs has the right to one.</source>
        <translation>Ingen individuell plan. En bruker med langvarige og koordinerte behov har rett til en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create individual plan…</source>
        <translation>Opprett individuell plan …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in the planning</source>
        <translation>Deltar i planleggingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next revision</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each party contributes</source>
        <translation>Hva hver part bidrar med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share information</source>
        <translation>Samtykke til å dele opplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Sist endret</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="+73"/>
        <source>Journal notes, newest first</source>
        <translation>Journalnotater, nyeste først</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct…</source>
        <translation>Rett …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>Feilregistrert …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show older notes</source>
        <translation>Vis eldre notater</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Earlier version (%1, %2), corrected %3 by %4:</source>
        <translation>Tidligere versjon (%1, %2), rettet %3 av %4:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>written %1</source>
        <translation>skrevet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENTERED IN ERROR: %1</source>
        <translation>FEILREGISTRERT: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected %1</source>
        <translation>rettet %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/i18n/labels.py" line="+17"/>
        <location line="+9"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not given</source>
        <translation>Ikke gitt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Refused</source>
        <translation>Nektet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the client</source>
        <translation>Tatt selv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>Skal gis nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure, systolic</source>
        <translation>Blodtrykk, systolisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure, diastolic</source>
        <translation>Blodtrykk, diastolisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose</source>
        <translation>Blodsukker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation</source>
        <translation>Oksygenmetning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Respirasjonsfrekvens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No effect</source>
        <translation>Ingen effekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Little effect</source>
        <translation>Litt effekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some effect</source>
        <translation>Noe effekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good effect</source>
        <translation>God effekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at home</source>
        <translation>Ikke hjemme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asleep</source>
        <translation>Sov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauseous / vomiting</source>
        <translation>Kvalm / kaster opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not want to take it</source>
        <translation>Ville ikke ta den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine missing</source>
        <translation>Legemidlet mangler</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+1"/>
        <source>Health worker</source>
        <translation>Helsepersonell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client details</source>
        <translation>Brukeropplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication order</source>
        <translation>Legemiddelordinasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose record</source>
        <translation>Dosesignering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect evaluation</source>
        <translation>Effektvurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s own rating</source>
        <translation>Brukerens egen vurdering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour record</source>
        <translation>Atferdsregistrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter 9 record</source>
        <translation>Kapittel 9-registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed task</source>
        <translation>Avtalt oppgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access log entry</source>
        <translation>Innslag i tilgangsloggen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened the record</source>
        <translation>Åpnet journalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote</source>
        <translation>Skrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked entered in error</source>
        <translation>Merket som feilregistrert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Eksporterte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+53"/>
        <source>Ambulant – demo</source>
        <translation>Ambulant – demo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Lock state</source>
        <translation>Låsestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as</source>
        <translation>Pålogget som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to synchronise</source>
        <translation>Venter på synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synchronised</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>About Ambulant</source>
        <translation>Om Ambulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</source>
        <translation>Ambulant – journal, legemidler og plan for ambulante vernepleiere. Virker uten nett; dataene er kryptert på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: %1</source>
        <translation>Venter på synkronisering: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>feilet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Sist synkronisert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved text</source>
        <translation>Ulagret tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have text that is not saved. Quit and lose it?</source>
        <translation>Du har tekst som ikke er lagret. Avslutte og miste den?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit without saving</source>
        <translation>Avslutt uten å lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-61"/>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Hvem gjør det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. twice a week</source>
        <translation>for eksempel to ganger i uka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../desktop/ui/client/measurements_page.py" line="+37"/>
        <source>New measurement</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <location line="+8"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save measurement</source>
        <translation>Lagre måling</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Latest values</source>
        <translation>Siste verdier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Normal range</source>
        <translation>Normalområde</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Trend for</source>
        <translation>Utvikling for</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="-63"/>
        <source>CAVE: no known allergies registered</source>
        <translation>CAVE: ingen kjente allergier registrert</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>New order from paper…</source>
        <translation>Ny ordinasjon fra papir …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print medication sheet…</source>
        <translation>Skriv ut legemiddelark …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show stopped orders</source>
        <translation>Vis seponerte ordinasjoner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doses today</source>
        <translation>Doser i dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given…</source>
        <translation>Ikke gitt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused…</source>
        <translation>Nektet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by client</source>
        <translation>Tatt selv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</source>
        <translation>Velg en dose og trykk Enter = gitt, N = ikke gitt, R = nektet, S = tatt selv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Fixed medicines</source>
        <translation>Faste legemidler</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <source>Medicine and dose</source>
        <translation>Legemiddel og dose</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Times</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Indication</source>
        <translation>Indikasjon</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As-needed medicines (PRN)</source>
        <translation>Behovsmedisin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max per 24 h</source>
        <translation>Maks per døgn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 h</source>
        <translation>Siste døgn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As-needed medicines</source>
        <translation>Behovsmedisin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give as-needed dose…</source>
        <translation>Gi behovsdose …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected order</source>
        <translation>Valgt ordinasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order entered in error…</source>
        <translation>Ordinasjon feilregistrert …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration notes…</source>
        <translation>Administrasjonsnotat …</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Doses today, %1</source>
        <translation>Doser i dag, %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Follow up: %1 given %2. Record the effect (due %3).</source>
        <translation>Oppfølging: %1 gitt %2. Registrer effekten (frist %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record effect…</source>
        <translation>Registrer effekt …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Entered in error</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped %1</source>
        <translation>Seponert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <translation>Til %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1</source>
        <translation>%1-preparat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed intake</source>
        <translation>Observert inntak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordered by %1, %2</source>
        <translation>Forordnet av %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 hours apart</source>
        <translation>minst %1 timer mellom dosene</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an order to see who ordered it and when.</source>
        <translation>Velg en ordinasjon for å se hvem som forordnet den og når.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+13"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line or separated by commas</source>
        <translation>Én per linje eller skilt med komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Skilt med komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="-107"/>
        <source>Write what you observed and did…</source>
        <translation>Skriv hva du observerte og gjorde …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New journal note</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>ObservationTab</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+152"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter 9</source>
        <translation>Kapittel 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/order_form.py" line="+47"/>
        <source>New order from a paper order</source>
        <translation>Ny ordinasjon fra papirordinasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</source>
        <translation>Skriv av ordinasjonen nøyaktig slik forskriveren skrev den. Vernepleieren forordner ikke: etter lagring kan bare merknadene om utdeling endres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed dose</source>
        <translation>Fast dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed (PRN)</source>
        <translation>Ved behov (behovsmedisin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug name</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters to pick from the drug list, or write freely</source>
        <translation>Skriv noen bokstaver for å velge fra legemiddellista, eller skriv fritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 500 mg</source>
        <translation>for eksempel 500 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Legemiddelform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Administrasjonsvei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengde og enhet, for eksempel 1 tablett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of day</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate with commas, e.g. 08:00, 14:00, 22:00</source>
        <translation>Skill med komma, for eksempel 08:00, 14:00, 22:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication</source>
        <translation>Indikasjon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max doses per 24 h</source>
        <translation>Maks doser per døgn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours between doses (at least)</source>
        <translation>Timer mellom doser (minst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave blank for no stop date</source>
        <translation>La stå tomt hvis det ikke er noen sluttdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered by</source>
        <translation>Forordnet av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber&apos;s name (and workplace)</source>
        <translation>Forskriverens navn (og arbeidssted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered on</source>
        <translation>Forordnet dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATC code</source>
        <translation>ATC-kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not controlled</source>
        <translation>Ikke narkotikaklassifisert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class A</source>
        <translation>A-preparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class B</source>
        <translation>B-preparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controlled drug</source>
        <translation>Narkotikaklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second person must sign each dose</source>
        <translation>En annen person må kontrollsignere hver dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed intake</source>
        <translation>Observert inntak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake must be observed (e.g. LAR)</source>
        <translation>Inntaket må observeres (for eksempel LAR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed in multidose bags</source>
        <translation>Pakket i multidoseposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration notes</source>
        <translation>Merknader om utdeling</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+145"/>
        <source>Goals and measures</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+36"/>
        <location line="+63"/>
        <location line="+14"/>
        <source>Medication sheet</source>
        <translation>Legemiddelark</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</source>
        <translation>Legemiddellisten og en signeringsliste for %1, til å signere på papir og legge igjen i hjemmet. Utskriften registreres i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save medication sheet</source>
        <translation>Lagre legemiddelark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The printer could not be started: %1</source>
        <translation>Skriveren kunne ikke startes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>PrnDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-54"/>
        <source>Give an as-needed dose</source>
        <translation>Gi behovsdose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication: %1</source>
        <translation>Indikasjon: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given in the last 24 hours: %1 of at most %2</source>
        <translation>Gitt siste døgn: %1 av høyst %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the maximum is reached</source>
        <translation>maks er nådd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is it given?</source>
        <translation>Hvorfor gis den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengde og enhet, for eksempel 1 tablett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time given</source>
        <translation>Tidspunkt gitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the maximum</source>
        <translation>Over maks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have confirmed with the prescriber that this extra dose may be given</source>
        <translation>Jeg har avklart med forskriver at denne ekstra dosen kan gis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/i18n/qt_strings.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+9"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-32"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-62"/>
        <source>Dose refused</source>
        <translation>Dose nektet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose not given</source>
        <translation>Dose ikke gitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned %1</source>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>SecondSignerDialog</name>
    <message>
        <location line="+14"/>
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This medicine needs a second signer: enter the person who checked the dose.</source>
        <translation>Dette legemidlet krever dobbeltkontroll: oppgi den som kontrollerte dosen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+18"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language is used the next time Ambulant starts.</source>
        <translation>Nytt språk tas i bruk neste gang Ambulant starter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes</source>
        <translation>Lås etter minutter uten bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when idle for</source>
        <translation>Lås når ubrukt i</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../desktop/ui/setup.py" line="+41"/>
        <source>Welcome to Ambulant</source>
        <translation>Velkommen til Ambulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</source>
        <translation>Gjør denne datamaskinen klar for arbeidet ditt. Alt du registrerer, lagres i en kryptert database på denne datamaskinen til det er synkronisert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Styrken på passordfrasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</source>
        <translation>Fant ingen nøkkelring på denne datamaskinen: databasen blir beskyttet av passordfrasen alene. Velg en lang en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create encrypted database</source>
        <translation>Opprett kryptert database</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too short: at least %1 characters</source>
        <translation>For kort: minst %1 tegn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: use more characters or several words</source>
        <translation>Svak: bruk flere tegn eller flere ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: longer is better (four words or more)</source>
        <translation>Middels: lengre er bedre (fire ord eller flere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passordfrasen må ha minst %1 tegn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrases are not the same.</source>
        <translation>Passordfrasene er ikke like.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+16"/>
        <source>Preview of the medication sheet</source>
        <translation>Forhåndsvisning av legemiddelarket</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desktop/ui/sync/controller.py" line="+118"/>
        <source>Synchronisation cancelled. What was not sent waits for the next one.</source>
        <translation>Synkroniseringen ble avbrutt. Det som ikke ble sendt, venter til neste gang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everything is synchronised (%1 sent).</source>
        <translation>Alt er synkronisert (%1 sendt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2 failed, %3 waiting.</source>
        <translation>%1 sendt, %2 feilet, %3 venter.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Synchronisation settings saved.</source>
        <translation>Innstillingene for synkronisering er lagret.</translation>
    </message>
</context>
<context>
    <name>SyncProgressBox</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+46"/>
        <source>Synchronisation progress</source>
        <translation>Framdrift for synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</source>
        <translation>Stopper etter forsendelsen som er underveis. Ingenting går tapt: det som ikke er sendt, venter til neste synkronisering.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to send</source>
        <translation>Ingenting å sende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused</source>
        <translation>%1 avvist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the server</source>
        <translation>venter på serveren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/sync/server_dialog.py" line="+42"/>
        <source>Synchronisation settings</source>
        <translation>Innstillinger for synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Ambulant sends your records at the end of the shift: the municipality&apos;s FHIR server.</source>
        <translation>Hvor Ambulant sender oppføringene dine ved vaktslutt: kommunens FHIR-server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (plain http only to this computer)</source>
        <translation>https://… (ukryptert http bare til denne maskinen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records</source>
        <translation>oppføringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per &amp;bundle</source>
        <translation>Oppføringer per for&amp;sendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the server takes fewer, Ambulant learns it and sends smaller bundles.</source>
        <translation>Tar serveren imot færre, merker Ambulant det og sender mindre forsendelser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a test server on this computer)</source>
        <translation>Ingen (en testserver på denne maskinen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Tilgangsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key (HelseID, OAuth 2)</source>
        <translation>Klientnøkkel (HelseID, OAuth 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login</source>
        <translation>&amp;Innlogging</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Paste the token you were given</source>
        <translation>Lim inn tilgangsnøkkelen du har fått</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Access &amp;token</source>
        <translation>&amp;Tilgangsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the computer&apos;s keyring, never in the database.</source>
        <translation>Lagres i maskinens nøkkelring, aldri i databasen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token a&amp;ddress</source>
        <translation>Token-a&amp;dresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id</source>
        <translation>&amp;Klient-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope</source>
        <translation>&amp;Omfang (scope)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronise auto&amp;matically when the network is available</source>
        <translation>Synkroniser a&amp;utomatisk når nett er tilgjengelig</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No key pair yet.</source>
        <translation>Ingen nøkkelpar ennå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Make a key pair</source>
        <translation>Lag nøkkelpar</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Public &amp;key</source>
        <translation>Offentlig &amp;nøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this public key to whoever registers the client. The private key stays in the keyring.</source>
        <translation>Gi den offentlige nøkkelen til den som registrerer klienten. Den private nøkkelen blir i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test &amp;connection</source>
        <translation>Test &amp;forbindelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection test result</source>
        <translation>Resultat av tilkoblingstesten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A token is stored; paste a new one to replace it</source>
        <translation>En nøkkel er lagret; lim inn en ny for å bytte den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace the key pair…</source>
        <translation>Bytt nøkkelpar …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id first: the key is kept under it.</source>
        <translation>Skriv inn klient-id-en først: nøkkelen lagres under den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the key pair</source>
        <translation>Bytte nøkkelpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</source>
        <translation>Serveren kjenner bare den nåværende offentlige nøkkelen. Etter byttet feiler synkroniseringen til den nye nøkkelen er registrert. Vil du bytte?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Bytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current key</source>
        <translation>Behold nøkkelen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Asking the server…</source>
        <translation>Spør serveren …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected: a FHIR %1 server %2</source>
        <translation>Tilkoblet: en FHIR %1-server %2</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+17"/>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synchronisation with the municipal server</source>
        <translation>Synkronisering med kommunens server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent this time</source>
        <translation>Sendt nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Refused by the server</source>
        <translation>Avvist av serveren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Still waiting to be sent</source>
        <translation>Venter fortsatt på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synchronised</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why records wait</source>
        <translation>Hvorfor oppføringer venter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s reason</source>
        <translation>Serverens begrunnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the server refused</source>
        <translation>Oppføringer serveren avviste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</source>
        <translation>Avviste oppføringer blir liggende trygt på denne maskinen. Rett det serveren ber om ved behov, og prøv igjen. Velg rader for å prøve bare dem; ellers prøves alle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+126"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Server settings…</source>
        <translation>Serverinnstillinger …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server has not refused any records.</source>
        <translation>Serveren har ikke avvist noen oppføringer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server is set up for synchronisation yet.</source>
        <translation>Det er ikke satt opp noen server for synkronisering ennå.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is sent to the server.</source>
        <translation>Alt er sendt til serveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</source>
        <translation>Serveren tok ikke imot alt. Det den avviste, står nedenfor med begrunnelsen; ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</source>
        <translation>Noen oppføringer venter fortsatt og sendes ved neste synkronisering. Ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</source>
        <translation>Synkroniseringen ble avbrutt. Det som ikke ble sendt, er lagret på denne maskinen og går med neste synkronisering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</source>
        <translation>Det er ikke satt opp noen server for synkronisering ennå. Oppføringene dine er trygt lagret på denne maskinen til det er gjort.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Could not synchronise just now. Nothing is lost: %n record(s) are kept safely on this computer and will be sent the next time you synchronise.</source>
        <translation>
            <numerusform>Fikk ikke synkronisert nå. Ingenting er tapt: %n oppføring er trygt lagret på denne maskinen og sendes neste gang du synkroniserer.</numerusform>
            <numerusform>Fikk ikke synkronisert nå. Ingenting er tapt: %n oppføringer er trygt lagret på denne maskinen og sendes neste gang du synkroniserer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Try again (%n selected)</source>
        <translation>
            <numerusform>Prøv igjen (%n valgt)</numerusform>
            <numerusform>Prøv igjen (%n valgte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+15"/>
        <source>New agreed task</source>
        <translation>Ny avtalt oppgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/kit/charts.py" line="+26"/>
        <source>Trend chart</source>
        <translation>Trendgraf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Normal range</source>
        <translation>Normalområde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside normal range</source>
        <translation>Utenfor normalområdet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no measurements in the last 90 days</source>
        <translation>ingen målinger siste 90 dager</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+31"/>
        <source>Ambulant is locked</source>
        <translation>Ambulant er låst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open the encrypted journal.</source>
        <translation>Skriv passordfrasen din for å åpne den krypterte journalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data with fictional clients. The passphrase is %1</source>
        <translation>Demodata med oppdiktede brukere. Passordfrasen er %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved text is kept until you unlock.</source>
        <translation>Ulagret tekst tas vare på til du låser opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+21"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused &amp;records…</source>
        <translation>Avv&amp;iste oppføringer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync&amp;hronisation…</source>
        <translation>Synkroniserin&amp;g …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client</source>
        <translation>&amp;Finn bruker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Medication</source>
        <translation>&amp;Legemidler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Observations</source>
        <translation>&amp;Observasjoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New journal &amp;note</source>
        <translation>Nytt &amp;journalnotat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print medication sheet…</source>
        <translation>Skriv &amp;ut legemiddelark …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Access log…</source>
        <translation>&amp;Tilgangslogg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ambulant</source>
        <translation>&amp;Om Ambulant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Client</source>
        <translation>&amp;Bruker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
</context>
</TS>
