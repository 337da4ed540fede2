<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../desktop/ui/client/access_log_dialog.py" line="+38" />
        <location line="+8" />
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Access log for %1</source>
        <translation>Tilgangslogg for %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Everyone who opened, wrote, corrected or printed something in this client's record on this computer, newest first. The client has a right to see this log.</source>
        <translation>Alle som har åpnet, skrevet, rettet eller skrevet ut noe i denne brukerens journal på denne maskinen, nyeste først. Brukeren har rett til å se denne loggen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+17" />
        <source>this device</source>
        <translation>denne enheten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>another device</source>
        <translation>annen enhet</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Print for the client…</source>
        <translation>Skriv ut til brukeren …</translation>
    </message>
</context>
<context>
    <name>AdministrationNotesDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+43" />
        <source>Administration notes</source>
        <translation>Administrasjonsnotat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</source>
        <translation>Lokale notater om hvordan %1 gis her (f.eks. knust, sammen med mat). Selve ordinasjonen kommer fra forordneren og kan ikke endres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
    <message>
        <location filename="../desktop/ui/forms/client_forms.py" line="+77" />
        <source>CAVE / allergy</source>
        <translation>CAVE / allergi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAVE for %1, entered by hand with where the information comes from.</source>
        <translation>CAVE for %1, registrert for hånd med hvor opplysningen kommer fra.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From the municipal record (read-only here): %1</source>
        <translation>Fra kommunens journal (kan ikke endres her): %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entry</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New entry</source>
        <translation>Ny oppføring</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Substance or medicine</source>
        <translation>Stoff eller legemiddel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reaction</source>
        <translation>Reaksjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. mild, moderat, alvorlig</source>
        <translation>f.eks. mild, moderat, alvorlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who the information comes from: the client, a relative, the GP …</source>
        <translation>Hvem opplysningen kommer fra: brukeren, pårørende, fastlegen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../desktop/ui/forms/assessment_forms.py" line="+74" />
        <source>New analysis</source>
        <translation>Ny analyse</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Builds on the assessment</source>
        <translation>Bygger på kartleggingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The worker's understanding</source>
        <translation>Fagpersonens forståelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's understanding</source>
        <translation>Brukerens forståelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the client's own words where you can</source>
        <translation>Med brukerens egne ord der du kan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypoteser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line</source>
        <translation>Én per linje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="+77" />
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</source>
        <translation>Noe uventet gikk galt. Det du hadde lagret, er i behold. Skjer det igjen, fortell IT-kontakten din hva du holdt på med.</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+32" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/assessment_forms.py" line="-58" />
        <source>New assessment (kartlegging)</source>
        <translation>Ny kartlegging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write what was mapped in each area you looked into; leave the others blank.</source>
        <translation>Skriv hva som ble kartlagt i hvert område dere så på; la de andre stå tomme.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the tool</source>
        <translation>Navn på verktøyet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How the client took part</source>
        <translation>Hvordan brukeren deltok</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../desktop/ui/client/assessment_page.py" line="+46" />
        <source>The working model starts here: map the client's situation together with the client, analyse it, then set goals that build on the analysis.</source>
        <translation>Arbeidsmodellen starter her: kartlegg brukerens situasjon sammen med brukeren, analyser den, og sett så mål som bygger på analysen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assessments and analyses</source>
        <translation>Kartlegginger og analyser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assessment or analysis in full</source>
        <translation>Kartlegging eller analyse i sin helhet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New assessment…</source>
        <translation>Ny kartlegging …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New analysis…</source>
        <translation>Ny analyse …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New goal from the analysis…</source>
        <translation>Nytt mål fra analysen …</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+54" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="-23" />
        <source>No assessment yet. Map the client's situation in the areas that matter, with the client.</source>
        <translation>Ingen kartlegging ennå. Kartlegg brukerens situasjon på områdene som betyr noe, sammen med brukeren.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses built on it</source>
        <translation>Analyser som bygger på den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No analysis built on it yet.</source>
        <translation>Ingen analyse bygger på den ennå.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>builds on: %1</source>
        <translation>bygger på: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The worker’s understanding</source>
        <translation>Fagpersonens forståelse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The client’s understanding</source>
        <translation>Brukerens forståelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypoteser</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals built on it: %1</source>
        <translation>Mål som bygger på den: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goal built on it yet.</source>
        <translation>Ingen mål bygger på den ennå.</translation>
    </message>
</context>
<context>
    <name>BehaviourDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="+76" />
        <source>Behaviour registration</source>
        <translation>Atferdsregistrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What (the behaviour)</source>
        <translation>Hva (atferden)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many times</source>
        <translation>Hvor mange ganger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long</source>
        <translation>Hvor lenge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Context</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where, with whom, what was going on</source>
        <translation>Hvor, med hvem, hva som foregikk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened just before</source>
        <translation>Hva skjedde rett før</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened after</source>
        <translation>Hva skjedde etterpå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How others responded, how it ended</source>
        <translation>Hvordan andre reagerte, hvordan det endte</translation>
    </message>
</context>
<context>
    <name>CaseloadActions</name>
    <message>
        <location filename="../desktop/ui/caseload_actions.py" line="+30" />
        <source>&amp;Register client…</source>
        <translation>&amp;Registrer bruker …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAVE / a&amp;llergy…</source>
        <translation>CAVE / a&amp;llergi …</translation>
    </message>
</context>
<context>
    <name>Cave</name>
    <message>
        <location filename="../desktop/ui/forms/cave.py" line="+22" />
        <source>CAVE: no known allergies registered</source>
        <translation>CAVE: ingen kjente allergier registrert</translation>
    </message>
</context>
<context>
    <name>Chapter9Dialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+32" />
        <source>Chapter 9: emergency intervention</source>
        <translation>Kapittel 9: skadeavvergende tiltak i nødssituasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</source>
        <translation>Registrer straks. Registreringen sendes til Statsforvalteren og til den som har det overordnede faglige ansvaret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(optional)</source>
        <translation>(valgfritt)</translation>
    </message>
</context>
<context>
    <name>Chapter9Page</name>
    <message>
        <location filename="../desktop/ui/client/chapter9_page.py" line="+33" />
        <source>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</source>
        <translation>Skadeavvergende tiltak i nødssituasjon (helse- og omsorgstjenesteloven § 9-5 tredje ledd bokstav a).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registered by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9 registrations</source>
        <translation>Registreringer etter kapittel 9</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registration details</source>
        <translation>Detaljer om registreringen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New registration…</source>
        <translation>Ny registrering …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record that it was sent…</source>
        <translation>Registrer sendt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print report…</source>
        <translation>Skriv ut rapport …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form…</source>
        <translation>Skjema …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The municipality's chapter 9 form</source>
        <translation>Kommunens skjema for kapittel 9</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sent (no date recorded)</source>
        <translation>sendt (uten registrert dato)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No registrations. Register an emergency intervention at once, with “New registration…”.</source>
        <translation>Ingen registreringer. Registrer et skadeavvergende tiltak straks, med «Ny registrering …».</translation>
    </message>
</context>
<context>
    <name>Chapter9SentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+18" />
        <source>Record that it was sent</source>
        <translation>Registrer at den er sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Statsforvalteren i Vestland, or the lead's name</source>
        <translation>f.eks. Statsforvalteren i Vestland, eller navnet på faglig ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. Altinn, letter</source>
        <translation>f.eks. Altinn, brev</translation>
    </message>
</context>
<context>
    <name>Chapter9SettingsDialog</name>
    <message>
        <location line="+14" />
        <source>Chapter 9 form</source>
        <translation>Skjema for kapittel 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields the law requires cannot be removed or made optional. New fields apply to new registrations; earlier ones keep the form they were made with.</source>
        <translation>Feltene loven krever, kan ikke fjernes eller gjøres valgfrie. Nye felt gjelder nye registreringer; tidligere registreringer beholder skjemaet de ble laget med.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (Bokmål)</source>
        <translation>Ledetekst (bokmål)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (English)</source>
        <translation>Ledetekst (engelsk)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key: lower-case letters, digits, - and _. Required: ja or nei.</source>
        <translation>Nøkkel: små bokstaver, tall, - og _. Påkrevd: ja eller nei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code system URL</source>
        <translation>Adresse til kodeverket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The municipality's own, e.g. https://fhir.kommune.no/…</source>
        <translation>Kommunens egen, f.eks. https://fhir.kommune.no/…</translation>
    </message>
</context>
<context>
    <name>ChildrenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+47" />
        <source>Children as relatives (§ 10 a)</source>
        <translation>Barn som pårørende (§ 10 a)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Has minor children or siblings</source>
        <translation>Har mindreårige barn eller søsken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of children</source>
        <translation>Antall barn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their need for information and follow-up is assessed</source>
        <translation>Behovet deres for informasjon og oppfølging er vurdert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+81" />
        <source>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</source>
        <translation>Helsepersonelloven § 10 a: om brukeren har mindreårige barn eller søsken, og om behovet deres for informasjon og oppfølging er vurdert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record assessment…</source>
        <translation>Registrer vurdering …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minor children or siblings</source>
        <translation>Mindreårige barn eller søsken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of children</source>
        <translation>Antall barn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Need for information and follow-up assessed</source>
        <translation>Behov for informasjon og oppfølging vurdert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
</context>
<context>
    <name>ClientDelegate</name>
    <message numerus="yes">
        <location filename="../desktop/ui/client/client_list.py" line="+89" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location line="-7" />
        <location line="+95" />
        <source>b. %1</source>
        <translation>f. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinket</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61" />
        <source>Name or birth date (dd.mm.yyyy)</source>
        <translation>Navn eller fødselsdato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search by name or birth date (dd.mm.yyyy). Ctrl+F</source>
        <translation>Søk på navn eller fødselsdato (dd.mm.åååå). Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search clients</source>
        <translation>Søk etter bruker</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clients</source>
        <translation>Brukere</translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n dose(s) today</source>
        <translation>
            <numerusform>%n dose i dag</numerusform>
            <numerusform>%n doser i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølging</numerusform>
            <numerusform>%n oppfølginger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n controlled drug count(s) due</source>
        <translation>
            <numerusform>%n telling av A/B-preparat venter</numerusform>
            <numerusform>%n tellinger av A/B-preparater venter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>individual plan revision %1</source>
        <translation>revisjon av individuell plan %1</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../desktop/ui/client/client_view.py" line="+35" />
        <source>Choose a client in the list (Ctrl+F searches).</source>
        <translation>Velg en bruker i listen (Ctrl+F søker).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>From the municipal server</source>
        <translation>Fra kommunens server</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medication</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <location line="+45" />
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national id %1</source>
        <translation>fødselsnr. %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/consent_forms.py" line="+30" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Consent to</source>
        <translation>Samtykke til</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The client consents</source>
        <translation>Brukeren samtykker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client does not consent</source>
        <translation>Brukeren samtykker ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the consent covers</source>
        <translation>Hva samtykket gjelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. information needed for the work with the plan</source>
        <translation>f.eks. opplysninger som trengs i arbeidet med planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Gjelder til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Hvordan gitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Given orally (not in writing)</source>
        <translation>Gitt muntlig (ikke skriftlig)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see what</source>
        <translation>Hvem kan se hva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who (person, role or service)</source>
        <translation>Hvem (person, rolle eller tjeneste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they may see</source>
        <translation>Hva de kan se</translation>
    </message>
</context>
<context>
    <name>CorrectDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+95" />
        <source>Correct a signed dose</source>
        <translation>Rett en signert dose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed %1 by %2: %3. The correction is saved as a new version; the signed one stays readable.</source>
        <translation>Signert %1 av %2: %3. Rettingen lagres som en ny versjon; den signerte kan fortsatt leses.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time given</source>
        <translation>Tidspunkt gitt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reason (not given, refused)</source>
        <translation>Årsak (ikke gitt, nektet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is corrected</source>
        <translation>Hvorfor dosen rettes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save correction</source>
        <translation>Lagre retting</translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+14" />
        <source>Correct note</source>
        <translation>Rett notat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The correction is saved as a new version. The earlier text stays readable.</source>
        <translation>Rettingen lagres som en ny versjon. Den tidligere teksten kan fortsatt leses.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected text</source>
        <translation>Rettet tekst</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+146" />
        <source>Count of controlled drugs</source>
        <translation>Telling av A- og B-preparater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted</source>
        <translation>Telt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count first, then compare</source>
        <translation>Tell først, sammenlign etterpå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This first count opens the ledger.</source>
        <translation>Denne første tellingen åpner regnskapet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Two people count together. A count that differs from the ledger blocks the next dose until a deviation is recorded.</source>
        <translation>To personer teller sammen. En telling som ikke stemmer med regnskapet, sperrer neste dose til et avvik er registrert.</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location line="+89" />
        <source>Deviation in the controlled drugs ledger</source>
        <translation>Avvik i narkotikaregnskapet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The count it explains</source>
        <translation>Tellingen avviket gjelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was found</source>
        <translation>Hva som ble avdekket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Found by</source>
        <translation>Oppdaget av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported to</source>
        <translation>Meldt til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the head of the unit, per local procedure</source>
        <translation>F.eks. avdelingsleder, etter lokal prosedyre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+7" />
        <source>– none (another deviation) –</source>
        <translation>– ingen (annet avvik) –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A count did not match the ledger. The next dose is blocked until this deviation is saved.</source>
        <translation>En telling stemte ikke med regnskapet. Neste dose er sperret til dette avviket er lagret.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: counted %2 %3</source>
        <translation>%1: telt %2 %3</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/document_dialog.py" line="+40" />
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Preview of %1</source>
        <translation>Forhåndsvisning av %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Chapter 9 report</source>
        <translation>Kapittel 9-rapport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One registration a page, with every field of the form. Send it to the Statsforvalter and the professional lead, then record that it was sent.</source>
        <translation>Én registrering per side, med alle feltene i skjemaet. Send den til Statsforvalteren og faglig ansvarlig, og registrer så at den er sendt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Access log for the client</source>
        <translation>Innsynslogg for brukeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every read, write and print of the client's record, for the client to keep.</source>
        <translation>All lesing, skriving og utskrift i brukerens journal, for brukeren å ta vare på.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The minutes with agreements and tasks, to hand out to the group.</source>
        <translation>Referatet med avtaler og oppgaver, til å dele ut i gruppen.</translation>
    </message>
</context>
<context>
    <name>DoseTimeline</name>
    <message>
        <location filename="../desktop/ui/client/dose_timeline.py" line="+75" />
        <source>Doses today</source>
        <translation>Doser i dag</translation>
    </message>
    <message>
        <location line="+45" />
        <source>as needed</source>
        <translation>behovsdose</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 %2 by %3</source>
        <translation>%1 %2 av %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>checked by %1</source>
        <translation>kontrollert av %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>overridden: %1 (%2)</source>
        <translation>overstyrt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrected: %1</source>
        <translation>rettet: %1</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Correct…</source>
        <translation>Rett…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark entered in error…</source>
        <translation>Merk som feilregistrert…</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+61" />
        <source>Effect of the as-needed dose</source>
        <translation>Effekt av behovsdosen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 given %2. Reason: %3</source>
        <translation>%1 gitt %2. Grunn: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
</context>
<context>
    <name>EnrollColleagueDialog</name>
    <message>
        <location filename="../desktop/ui/forms/procedure_form.py" line="+32" />
        <source>Enroll a colleague for double checks</source>
        <translation>Registrer en kollega for dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let the colleague type their own passphrase. It is stored only as a strong hash and asked for at every double check they sign.</source>
        <translation>La kollegaen skrive sitt eget passord. Det lagres bare som en sterk hash og spørres etter ved hver dobbeltkontroll de signerer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HPR no.</source>
        <translation>HPR-nr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colleague's passphrase</source>
        <translation>Kollegaens passord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 8 characters</source>
        <translation>Minst 8 tegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enroll</source>
        <translation>Registrer</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="-35" />
        <source>Entered in error</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The entry is kept and shown as entered in error. Nothing is deleted.</source>
        <translation>Oppføringen beholdes og vises som feilregistrert. Ingenting slettes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark as entered in error</source>
        <translation>Merk som feilregistrert</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+117" />
        <source>New evaluation</source>
        <translation>Ny evaluering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation of:</source>
        <translation>Evaluering av:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Was it reached?</source>
        <translation>Ble målet nådd?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress (0–10)</source>
        <translation>Fremgang (0–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What changes next</source>
        <translation>Hva endres videre</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+17" />
        <source>Follow-up of the deviation</source>
        <translation>Oppfølging av avviket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (reported to %2). The follow-up is saved as a new version of the deviation; the earlier version stays readable.</source>
        <translation>%1 (meldt til %2). Oppfølgingen lagres som en ny versjon av avviket; den forrige versjonen kan fortsatt leses.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../desktop/ui/forms/form_dialog.py" line="+75" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+151" />
        <source>Press Save again to save it.</source>
        <translation>Trykk Lagre igjen for å lagre likevel.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-92" />
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the client's own words</source>
        <translation>Med brukerens egne ord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukermedvirkning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in setting the goal</source>
        <translation>Brukeren var med og satte målet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. housing, health, work and activity</source>
        <translation>for eksempel bolig, helse, arbeid og aktivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(none recorded)</source>
        <translation>(ingen registrert)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Builds on the analysis</source>
        <translation>Bygger på analysen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The goal is part of the individual plan</source>
        <translation>Målet er en del av den individuelle planen</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <location line="+18" />
        <source>Goal status</source>
        <translation>Status for målet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>GoalThreadView</name>
    <message>
        <location filename="../desktop/ui/client/goal_thread_view.py" line="+47" />
        <source>1 Assessment</source>
        <translation>1 Kartlegging</translation>
    </message>
    <message>
        <location line="+0" />
        <source>2 Analysis</source>
        <translation>2 Analyse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 Goal</source>
        <translation>3 Mål</translation>
    </message>
    <message>
        <location line="+0" />
        <source>4 Measures</source>
        <translation>4 Tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>5 Evaluation</source>
        <translation>5 Evaluering</translation>
    </message>
    <message>
        <location line="+12" />
        <source>progress %1 of 10</source>
        <translation>fremgang %1 av 10</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next:</source>
        <translation>Videre:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No assessment linked to this goal.</source>
        <translation>Ingen kartlegging knyttet til målet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The worker’s understanding</source>
        <translation>Fagpersonens forståelse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client’s understanding</source>
        <translation>Brukerens forståelse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hypotheses</source>
        <translation>Hypoteser</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No analysis linked. Link the goal to the analysis it builds on.</source>
        <translation>Ingen analyse knyttet til målet. Knytt målet til analysen det bygger på.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The client took part</source>
        <translation>Brukeren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukeren deltok ikke</translation>
    </message>
    <message>
        <location line="+4" />
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the individual plan</source>
        <translation>I den individuelle planen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not in the individual plan</source>
        <translation>Ikke i den individuelle planen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>who: %1</source>
        <translation>hvem: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>how often: %1</source>
        <translation>hvor ofte: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scope: %1</source>
        <translation>omfang: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No measures yet.</source>
        <translation>Ingen tiltak ennå.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No evaluations yet.</source>
        <translation>Ingen evalueringer ennå.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+67" />
        <source>Goals and measures</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The goal's thread: assessment, analysis, goal, measures, evaluation</source>
        <translation>Tråden for målet: kartlegging, analyse, mål, tiltak, evaluering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New goal…</source>
        <translation>Nytt mål …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New measure…</source>
        <translation>Nytt tiltak …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New evaluation…</source>
        <translation>Ny evaluering …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal status…</source>
        <translation>Status for målet …</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The client took part</source>
        <translation>Brukeren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukeren deltok ikke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No goals yet. Set the goals together with the client, in the client's own words.</source>
        <translation>Ingen mål ennå. Sett målene sammen med brukeren, med brukerens egne ord.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+76" />
        <source>New responsibility group</source>
        <translation>Ny ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../desktop/ui/client/group_page.py" line="+55" />
        <location line="+4" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Attended</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="-74" />
        <location line="+2" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Agreed tasks</source>
        <translation>Avtalte oppgaver</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-18" />
        <source>New responsibility group…</source>
        <translation>Ny ansvarsgruppe …</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Name and role</source>
        <translation>Navn og rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit members…</source>
        <translation>Endre medlemmer …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New meeting…</source>
        <translation>Nytt møte …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print minutes…</source>
        <translation>Skriv ut referat …</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Task and responsible</source>
        <translation>Oppgave og ansvarlig</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New task…</source>
        <translation>Ny oppgave …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark task done</source>
        <translation>Merk oppgaven som utført</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No responsibility group yet</source>
        <translation>Ingen ansvarsgruppe ennå</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dropped</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open, late</source>
        <translation>Åpen, over frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Agreements</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tasks agreed</source>
        <translation>Avtalte oppgaver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Oppgaver fra tidligere møter</translation>
    </message>
    <message>
        <location line="+18" />
        <source>until</source>
        <translation>til</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="-34" />
        <source>New incident</source>
        <translation>Ny hendelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="-67" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New incident…</source>
        <translation>Ny hendelse …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Feilregistrert …</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ENTERED IN ERROR: %1</source>
        <translation>FEILREGISTRERT: %1</translation>
    </message>
</context>
<context>
    <name>IndividualPlanDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+69" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part in the planning</source>
        <translation>Deltar i planleggingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line or separated by commas</source>
        <translation>Én per linje eller skilt med komma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period from</source>
        <translation>Planperiode fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period to</source>
        <translation>Planperiode til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next revision</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>Hva hver part bidrar med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Goals to take into the plan</source>
        <translation>Mål som skal inn i planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With their measures</source>
        <translation>Med tiltakene sine</translation>
    </message>
</context>
<context>
    <name>IndividualPlanPage</name>
    <message>
        <location filename="../desktop/ui/client/individual_plan_page.py" line="+51" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>Edit individual plan…</source>
        <translation>Endre individuell plan …</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Record consent…</source>
        <translation>Registrer samtykke …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdraw consent…</source>
        <translation>Trekk tilbake samtykke …</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No individual plan. A client with long-term, coordinated needs has the right to one.</source>
        <translation>Ingen individuell plan. En bruker med langvarige og koordinerte behov har rett til en.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create individual plan…</source>
        <translation>Opprett individuell plan …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plan is due for revision on %1.</source>
        <translation>Planen skal revideres %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan is due for revision today (%1).</source>
        <translation>Planen skal revideres i dag (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan's revision date %1 has passed.</source>
        <translation>Revisjonsdatoen for planen, %1, er passert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part in the planning</source>
        <translation>Deltar i planleggingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period</source>
        <translation>Planperiode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next revision</source>
        <translation>Neste revisjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>Hva hver part bidrar med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tjenester</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals and measures in the plan</source>
        <translation>Mål og tiltak i planen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No goals in the plan yet: take them in with “Edit individual plan…”, or set a new goal.</source>
        <translation>Ingen mål i planen ennå: ta dem inn med «Endre individuell plan …», eller sett et nytt mål.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From–to</source>
        <translation>Fra–til</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No measures yet.</source>
        <translation>Ingen tiltak ennå.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not in force today.</source>
        <translation>Gjelder ikke i dag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see</source>
        <translation>Hvem kan se</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+10" />
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not given</source>
        <translation>ikke gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>withdrawn from %1</source>
        <translation>trukket tilbake fra %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>orally</source>
        <translation>muntlig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>in writing</source>
        <translation>skriftlig</translation>
    </message>
    <message>
        <location line="+18" />
        <source>given (noted in the plan)</source>
        <translation>gitt (notert i planen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>given %1 (noted in the plan): %2</source>
        <translation>gitt %1 (notert i planen): %2</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Last changed</source>
        <translation>Sist endret</translation>
    </message>
</context>
<context>
    <name>JournalNotice</name>
    <message>
        <location filename="../desktop/ui/journal_health.py" line="+42" />
        <source>Journal notice</source>
        <translation>Melding om journalen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repair…</source>
        <translation>Reparer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synchronise now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of %2 pages of the journal on this computer cannot be read.</source>
        <translation>%1 av %2 sider i journalen på denne maskinen kan ikke leses.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The journal on this computer has errors in its structure.</source>
        <translation>Journalen på denne maskinen har feil i strukturen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everything else is intact: it is shown and synchronised as usual. Keep working; Repair copies everything readable into a new encrypted journal, and what is missing is fetched from the server at the next synchronisation. The damaged journal is kept.</source>
        <translation>Alt annet er i behold: det vises og synkroniseres som vanlig. Du kan arbeide videre. «Reparer» kopierer alt som kan leses, over i en ny kryptert journal, og det som mangler, hentes fra serveren ved neste synkronisering. Den skadede journalen blir tatt vare på.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Repair the journal</source>
        <translation>Reparer journalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything that can be read is copied into a new encrypted journal, which then takes the damaged one's place. The damaged journal is kept beside it, unchanged. The journal locks; unlock it with your passphrase as usual.</source>
        <translation>Alt som kan leses, kopieres over i en ny kryptert journal, som så tar plassen til den skadede. Den skadede journalen blir liggende ved siden av, uendret. Journalen låses; lås den opp med passordfrasen som vanlig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repair</source>
        <translation>Reparer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The repair could not finish (%1). The journal was not changed.</source>
        <translation>Reparasjonen kunne ikke fullføres (%1). Journalen er ikke endret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Repaired: %1 record versions copied into a new journal. The damaged journal is kept in %2.</source>
        <translation>Reparert: %1 journalversjoner er kopiert over i en ny journal. Den skadede journalen er tatt vare på i %2.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Parts of the journal on this computer cannot be read.</source>
        <translation>Deler av journalen på denne maskinen kan ikke leses.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="+73" />
        <source>Journal notes, newest first</source>
        <translation>Journalnotater, nyeste først</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct…</source>
        <translation>Rett …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Feilregistrert …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show older notes</source>
        <translation>Vis eldre notater</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Earlier version (%1, %2), corrected %3 by %4:</source>
        <translation>Tidligere versjon (%1, %2), rettet %3 av %4:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>written %1</source>
        <translation>skrevet %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ENTERED IN ERROR: %1</source>
        <translation>FEILREGISTRERT: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrected %1</source>
        <translation>rettet %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/i18n/labels.py" line="+18" />
        <location line="+9" />
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Not given</source>
        <translation>Ikke gitt</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Refused</source>
        <translation>Nektet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by the client</source>
        <translation>Tatt selv</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due now</source>
        <translation>Skal gis nå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blood pressure, systolic</source>
        <translation>Blodtrykk, systolisk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood pressure, diastolic</source>
        <translation>Blodtrykk, diastolisk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood glucose</source>
        <translation>Blodsukker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oxygen saturation</source>
        <translation>Oksygenmetning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Respiratory rate</source>
        <translation>Respirasjonsfrekvens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood pressure</source>
        <translation>Blodtrykk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CAVE</source>
        <translation>CAVE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>maximum per 24 h</source>
        <translation>maks per døgn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>minimum interval</source>
        <translation>minste intervall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned time</source>
        <translation>planlagt tid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No effect</source>
        <translation>Ingen effekt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Little effect</source>
        <translation>Litt effekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some effect</source>
        <translation>Noe effekt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Good effect</source>
        <translation>God effekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not at home</source>
        <translation>Ikke hjemme</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Asleep</source>
        <translation>Sov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nauseous / vomiting</source>
        <translation>Kvalm / kaster opp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did not want to take it</source>
        <translation>Ville ikke ta den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medicine missing</source>
        <translation>Legemidlet mangler</translation>
    </message>
    <message>
        <location line="+65" />
        <location line="+1" />
        <source>Health worker</source>
        <translation>Helsepersonell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client details</source>
        <translation>Brukeropplysninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medication order</source>
        <translation>Legemiddelordinasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose record</source>
        <translation>Dosesignering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effect evaluation</source>
        <translation>Effektvurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measurement</source>
        <translation>Måling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client's own rating</source>
        <translation>Brukerens egen vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour record</source>
        <translation>Atferdsregistrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9 record</source>
        <translation>Kapittel 9-registrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed task</source>
        <translation>Avtalt oppgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: receipt</source>
        <translation>Narkotikaregnskap: mottak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: count</source>
        <translation>Narkotikaregnskap: telling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: waste</source>
        <translation>Narkotikaregnskap: kassasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: dose not given</source>
        <translation>Narkotikaregnskap: dose ikke gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: deviation</source>
        <translation>Narkotikaregnskap: avvik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access log entry</source>
        <translation>Innslag i tilgangsloggen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opened the record</source>
        <translation>Åpnet journalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote</source>
        <translation>Skrev</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked entered in error</source>
        <translation>Merket som feilregistrert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation>Eksporterte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed from this computer</source>
        <translation>Fjernet fra denne maskinen</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="-215" />
        <source>Medicine</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No ledger is kept for this medicine yet.</source>
        <translation>Det føres ikke regnskap for dette legemiddelet ennå.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance in the ledger: %1 %2</source>
        <translation>Beholdning i regnskapet: %1 %2</translation>
    </message>
</context>
<context>
    <name>LedgerForms</name>
    <message>
        <location line="-68" />
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multidose supplier</source>
        <translation>Multidoseleverandør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put back in the stock</source>
        <translation>Lagt tilbake i beholdningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wasted (destroyed)</source>
        <translation>Kassert (destruert)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../desktop/ui/client/ledger_page.py" line="+36" />
        <source>Receipt</source>
        <translation>Mottak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawal (dose)</source>
        <translation>Uttak (dose)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given – put back</source>
        <translation>Ikke gitt – lagt tilbake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given – wasted</source>
        <translation>Ikke gitt – kassert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waste</source>
        <translation>Kassasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count</source>
        <translation>Telling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+53" />
        <source>A and B preparations kept for the client: every receipt, dose, dose not given, waste, count and deviation, with the running balance. Kept five years.</source>
        <translation>A- og B-preparater som oppbevares for brukeren: hvert mottak, hver dose, dose som ikke ble gitt, kassasjon, telling og avvik, med løpende beholdning. Oppbevares i fem år.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+2" />
        <source>Balance per medicine</source>
        <translation>Beholdning per legemiddel</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Medicine</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Balance</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last count</source>
        <translation>Siste telling</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+126" />
        <source>Ledger</source>
        <translation>Regnskap</translation>
    </message>
    <message>
        <location line="-121" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In/out</source>
        <translation>Inn/ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance after</source>
        <translation>Beholdning etter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Second signer</source>
        <translation>Kontrollert av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ledger lines</source>
        <translation>Linjer i regnskapet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Receipt…</source>
        <translation>&amp;Mottak …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Count…</source>
        <translation>&amp;Telling …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Waste…</source>
        <translation>&amp;Kassasjon …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Not given…</source>
        <translation>&amp;Ikke gitt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deviation…</source>
        <translation>&amp;Avvik …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-&amp;up…</source>
        <translation>O&amp;ppfølging …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in &amp;error…</source>
        <translation>&amp;Feilregistrert …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print ledger…</source>
        <translation>Skriv &amp;ut regnskapet …</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Controlled drugs ledger – %1</source>
        <translation>Narkotikaregnskap – %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs ledger: %1</source>
        <translation>Narkotikaregnskap: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No ledger yet: record a receipt or a count</source>
        <translation>Ikke startet: registrer et mottak eller en telling</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blocked: the count did not match, record a deviation</source>
        <translation>Sperret: tellingen stemte ikke, registrer et avvik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the balance would go below zero</source>
        <translation>Sperret: beholdningen ville blitt negativ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the dose is in another unit</source>
        <translation>Sperret: dosen er i en annen enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count due today</source>
        <translation>Skal telles i dag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Count due today: %1</source>
        <translation>Skal telles i dag: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ledger: %1</source>
        <translation>Regnskap: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Showing the newest %1 of %2 lines. The printed ledger has them all.</source>
        <translation>Viser de nyeste %1 av %2 linjer. Det utskrevne regnskapet har alle.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>From %1 (%2)</source>
        <translation>Fra %1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dose %1 %2</source>
        <translation>Dose %1 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>taken by the client</source>
        <translation>tatt av brukeren selv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opening count</source>
        <translation>Åpningstelling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, ledger %2: does not match (%3)</source>
        <translation>Telt %1, regnskap %2: stemmer ikke (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted %1, ledger %2: matches</source>
        <translation>Telt %1, regnskap %2: stemmer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · found by %2 · reported to %3</source>
        <translation>%1 · oppdaget av %2 · meldt til %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>follow-up: %1</source>
        <translation>oppfølging: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no follow-up recorded yet</source>
        <translation>ingen oppfølging registrert ennå</translation>
    </message>
    <message>
        <location line="+7" />
        <source>balance below zero</source>
        <translation>negativ beholdning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entered in error (%1): %2</source>
        <translation>Feilregistrert (%1): %2</translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <location filename="../desktop/ui/client/ledger_print.py" line="+33" />
        <source>Print the controlled drugs ledger</source>
        <translation>Skriv ut narkotikaregnskapet</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Every line of the ledger of %1 in the period, with the balances and both signatures. Printing is recorded in the access log.</source>
        <translation>Alle linjer i regnskapet til %1 i perioden, med beholdning og begge signaturer. Utskriften registreres i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="-28" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blank: from the ledger's first line</source>
        <translation>Tom: fra regnskapets første linje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Preview of the controlled drugs ledger</source>
        <translation>Forhåndsvisning av narkotikaregnskapet</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save the controlled drugs ledger</source>
        <translation>Lagre narkotikaregnskapet</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+11" />
        <source>Controlled drugs ledger</source>
        <translation>Narkotikaregnskap</translation>
    </message>
</context>
<context>
    <name>LocalProcedureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/procedure_form.py" line="+16" />
        <source>Double check and colleagues</source>
        <translation>Dobbeltkontroll og kolleger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The local procedure: which doses need a second qualified person, and how far from its planned time a dose may be signed before Ambulant asks why. Changes are written to the audit log.</source>
        <translation>Lokal prosedyre: hvilke doser som krever en person til med kompetanse, og hvor langt fra planlagt tid en dose kan signeres før Ambulant spør hvorfor. Endringer skrives i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Class A</source>
        <translation>Klasse A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class B</source>
        <translation>Klasse B</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Controlled drugs</source>
        <translation>Narkotika og vanedannende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC groups</source>
        <translation>ATC-grupper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma-separated, e.g. N02A, N07BC</source>
        <translation>Skill med komma, f.eks. N02A, N07BC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drug names, comma-separated, e.g. Metadon</source>
        <translation>Legemiddelnavn, skill med komma, f.eks. Metadon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Routes</source>
        <translation>Administrasjonsveier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Subkutan, Intravenøs</source>
        <translation>f.eks. Subkutan, Intravenøs</translation>
    </message>
    <message>
        <location line="+5" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing window</source>
        <translation>Tidsvindu for signering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A fixed dose signed further from its planned time asks why</source>
        <translation>En fast dose signert lenger fra planlagt tid spør hvorfor</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Colleagues enrolled on this computer</source>
        <translation>Kolleger registrert på denne maskinen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enroll a colleague…</source>
        <translation>Registrer en kollega…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (HPR %2), enrolled %3 by %4</source>
        <translation>%1 (HPR %2), registrert %3 av %4</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+59" />
        <source>Demo – Ambulant</source>
        <translation>Demo – Ambulant</translation>
    </message>
    <message>
        <location line="+280" />
        <source>Unsaved text</source>
        <translation>Ulagret tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have text that is not saved. Quit and lose it?</source>
        <translation>Du har tekst som ikke er lagret. Avslutte og miste den?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit without saving</source>
        <translation>Avslutt uten å lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-83" />
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. 3 hours a week</source>
        <translation>f.eks. 3 timer i uka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How it is carried out</source>
        <translation>Hvordan det gjennomføres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who does it</source>
        <translation>Hvem gjør det</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. twice a week</source>
        <translation>for eksempel to ganger i uka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../desktop/ui/client/measurements_page.py" line="+38" />
        <source>New measurement</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+27" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+8" />
        <location line="+17" />
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+1" />
        <location line="+14" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+1" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save measurement</source>
        <translation>Lagre måling</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Latest values</source>
        <translation>Siste verdier</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Normal range</source>
        <translation>Normalområde</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Trend for</source>
        <translation>Utvikling for</translation>
    </message>
    <message>
        <location line="+19" />
        <source>e.g. 138/88</source>
        <translation>f.eks. 138/88</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="+73" />
        <source>New order from paper…</source>
        <translation>Ny ordinasjon fra papir …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print medication sheet…</source>
        <translation>Skriv ut legemiddelark …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show stopped orders</source>
        <translation>Vis seponerte ordinasjoner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Controlled drugs ledger…</source>
        <translation>Narkotikaregnskap …</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Doses today</source>
        <translation>Doser i dag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given…</source>
        <translation>Ikke gitt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused…</source>
        <translation>Nektet …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by client</source>
        <translation>Tatt selv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct dose…</source>
        <translation>Rett dose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Feilregistrert…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</source>
        <translation>Velg en dose og trykk Enter = gitt, N = ikke gitt, R = nektet, S = tatt selv.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Doses today, %1</source>
        <translation>Doser i dag, %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Follow-up overdue: %1 given %2. Record the effect (it was due %3).</source>
        <translation>Oppfølgingen er forsinket: %1 gitt %2. Registrer effekten (fristen var %3).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up: %1 given %2. Record the effect (due %3).</source>
        <translation>Oppfølging: %1 gitt %2. Registrer effekten (frist %3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record effect…</source>
        <translation>Registrer effekt …</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Select a dose first: use the arrow keys or click it.</source>
        <translation>Velg en dose først: bruk piltastene eller klikk på den.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Signed: %1%2 — %3 %4. Undo within a few seconds if it was the wrong dose.</source>
        <translation>Signert: %1%2 — %3 %4. Angre innen noen sekunder hvis det var feil dose.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+88" />
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attended</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Others present</source>
        <translation>Andre til stede</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. the client; separated by commas</source>
        <translation>f.eks. brukeren; skilt med komma</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreements</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Oppgaver fra tidligere møter</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Separated by commas</source>
        <translation>Skilt med komma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location line="-89" />
        <source>Members of the responsibility group</source>
        <translation>Medlemmer i ansvarsgruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>NotGivenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+154" />
        <source>Dose prepared but not given</source>
        <translation>Dose tilberedt, men ikke gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose recorded as not given</source>
        <translation>Dosen registrert som ikke gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was done with it</source>
        <translation>Hva som ble gjort med dosen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why it was not given</source>
        <translation>Hvorfor den ikke ble gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wasted doses need a second signer; a dose put back needs none.</source>
        <translation>En kassert dose krever to signaturer; en dose som legges tilbake, gjør ikke det.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>– none –</source>
        <translation>– ingen –</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="-107" />
        <source>Write what you observed and did…</source>
        <translation>Skriv hva du observerte og gjorde …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New journal note</source>
        <translation>Nytt journalnotat</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>ObservationTab</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+78" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating and behaviour</source>
        <translation>Vurdering og atferd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9</source>
        <translation>Kapittel 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Barn som pårørende</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/order_form.py" line="+56" />
        <source>New order from a paper order</source>
        <translation>Ny ordinasjon fra papirordinasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</source>
        <translation>Skriv av ordinasjonen nøyaktig slik forskriveren skrev den. Vernepleieren forordner ikke: etter lagring kan bare merknadene om utdeling endres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fixed dose</source>
        <translation>Fast dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As needed (PRN)</source>
        <translation>Ved behov (behovsmedisin)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drug name</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a few letters to pick from the drug list, or write freely</source>
        <translation>Skriv noen bokstaver for å velge fra legemiddellista, eller skriv fritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 500 mg</source>
        <translation>for eksempel 500 mg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Legemiddelform</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Route</source>
        <translation>Administrasjonsvei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengde og enhet, for eksempel 1 tablett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times of day</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Separate with commas, e.g. 08:00, 14:00, 22:00</source>
        <translation>Skill med komma, for eksempel 08:00, 14:00, 22:00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indication</source>
        <translation>Indikasjon</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Max doses per 24 h</source>
        <translation>Maks doser per døgn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours between doses (at least)</source>
        <translation>Timer mellom doser (minst)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave blank for no stop date</source>
        <translation>La stå tomt hvis det ikke er noen sluttdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered by</source>
        <translation>Forordnet av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prescriber's name (and workplace)</source>
        <translation>Forskriverens navn (og arbeidssted)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered on</source>
        <translation>Forordnet dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC code</source>
        <translation>ATC-kode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not controlled</source>
        <translation>Ikke narkotikaklassifisert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class A</source>
        <translation>A-preparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class B</source>
        <translation>B-preparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drug</source>
        <translation>Narkotikaklasse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A second person must sign each dose</source>
        <translation>En annen person må kontrollsignere hver dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observed intake</source>
        <translation>Observert inntak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intake must be observed (e.g. LAR)</source>
        <translation>Inntaket må observeres (for eksempel LAR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packed in multidose bags</source>
        <translation>Pakket i multidoseposer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administration notes</source>
        <translation>Merknader om utdeling</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>OrderNotices</name>
    <message>
        <location filename="../desktop/ui/client/server_banners.py" line="+58" />
        <source>Order changed on the server</source>
        <translation>Ordinasjon endret på serveren</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../desktop/ui/client/order_panel.py" line="+34" />
        <location line="+3" />
        <source>Fixed medicines</source>
        <translation>Faste legemidler</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+6" />
        <source>Medicine and dose</source>
        <translation>Legemiddel og dose</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Times</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>Indication</source>
        <translation>Indikasjon</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+6" />
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location line="-3" />
        <source>As-needed medicines (PRN)</source>
        <translation>Behovsmedisin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Max per 24 h</source>
        <translation>Maks per døgn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last 24 h</source>
        <translation>Siste døgn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As-needed medicines</source>
        <translation>Behovsmedisin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give as-needed dose…</source>
        <translation>Gi behovsdose …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Selected order</source>
        <translation>Valgt ordinasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order entered in error…</source>
        <translation>Ordinasjon feilregistrert …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administration notes…</source>
        <translation>Administrasjonsnotat …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop order…</source>
        <translation>Seponer…</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Entered in error</source>
        <translation>Feilregistrert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped from %1</source>
        <translation>Seponert fra %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped or paused by the prescriber</source>
        <translation>Seponert eller satt på pause av forskriver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped %1</source>
        <translation>Seponert %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until %1</source>
        <translation>Til %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Class %1</source>
        <translation>%1-preparat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Observed intake</source>
        <translation>Observert inntak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entered despite CAVE</source>
        <translation>Lagt inn tross CAVE</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+28" />
        <source>Breaks a rule (municipal record)</source>
        <translation>Bryter en regel (kommunens journal)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Ordered by %1, %2</source>
        <translation>Forordnet av %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least %1 hours apart</source>
        <translation>minst %1 timer mellom dosene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stopped from %1 as instructed by %2 (%3): %4</source>
        <translation>Seponert fra %1 etter beskjed fra %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overridden: %1 (%2)</source>
        <translation>Overstyrt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select an order to see who ordered it and when.</source>
        <translation>Velg en ordinasjon for å se hvem som forordnet den og når.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../desktop/ui/i18n/plan_labels.py" line="+16" />
        <source>Daily living</source>
        <translation>Dagligliv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work and activity</source>
        <translation>Arbeid og aktivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network and relatives</source>
        <translation>Nettverk og pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own view</source>
        <translation>Brukerens egen beskrivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A named tool</source>
        <translation>Kartleggingsverktøy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The client took part</source>
        <translation>Brukeren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in some of it</source>
        <translation>Brukeren deltok delvis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukeren deltok ikke</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partly reached</source>
        <translation>Delvis nådd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not reached</source>
        <translation>Ikke nådd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carried on</source>
        <translation>Videreføres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dropped</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent to share information</source>
        <translation>Samtykke til å dele opplysninger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Statsforvalter</source>
        <translation>Statsforvalteren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The professional lead</source>
        <translation>Faglig ansvarlig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None observed</source>
        <translation>Ingen rus observert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspected</source>
        <translation>Mistanke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+43" />
        <source>Assessment and analysis</source>
        <translation>Kartlegging og analyse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals and measures</source>
        <translation>Mål og tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsibility group</source>
        <translation>Ansvarsgruppe</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+164" />
        <source>The printer could not be started: %1</source>
        <translation>Skriveren kunne ikke startes: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location line="-145" />
        <location line="+72" />
        <location line="+14" />
        <source>Medication sheet</source>
        <translation>Legemiddelark</translation>
    </message>
    <message>
        <location line="-53" />
        <source>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</source>
        <translation>Legemiddellisten og en signeringsliste for %1, til å signere på papir og legge igjen i hjemmet. Utskriften registreres i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Save medication sheet</source>
        <translation>Lagre legemiddelark</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Medication sheet saved: %1</source>
        <translation>Legemiddelarket er lagret: %1</translation>
    </message>
</context>
<context>
    <name>PrnDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-46" />
        <source>Give an as-needed dose</source>
        <translation>Gi behovsdose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indication: %1</source>
        <translation>Indikasjon: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Given in the last 24 hours: %1 of at most %2</source>
        <translation>Gitt siste døgn: %1 av høyst %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the maximum is reached</source>
        <translation>maks er nådd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why is it given?</source>
        <translation>Hvorfor gis den?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengde og enhet, for eksempel 1 tablett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time given</source>
        <translation>Tidspunkt gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>PulledFindingNotices</name>
    <message>
        <location filename="../desktop/ui/client/pulled_findings.py" line="+76" />
        <source>Rules broken by records from the municipal record</source>
        <translation>Regler brutt av oppføringer fra kommunens journal</translation>
    </message>
</context>
<context>
    <name>PulledFindings</name>
    <message>
        <location line="-40" />
        <source>Municipal record: %1 — %2</source>
        <translation>Kommunens journal: %1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Municipal record: the dose of %1 given %2 by %3 — %4</source>
        <translation>Kommunens journal: dosen av %1 gitt %2 av %3 — %4</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Municipal record: %1</source>
        <translation>Kommunens journal: %1</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/i18n/qt_strings.py" line="+28" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+9" />
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-32" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="-66" />
        <source>The client's own rating</source>
        <translation>Brukerens egen vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the client how things are, from 0 (very bad) to 10 (very good).</source>
        <translation>Spør brukeren hvordan det går, fra 0 (svært dårlig) til 10 (svært bra).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>Rating (0–10)</source>
        <translation>Vurdering (0–10)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the client's words</source>
        <translation>Med brukerens ord</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="-102" />
        <source>Receipt of controlled drugs</source>
        <translation>Mottak av A- og B-preparater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount received</source>
        <translation>Mottatt mengde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Received from</source>
        <translation>Mottatt fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From whom</source>
        <translation>Fra hvem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the pharmacy's name, or the relative's name</source>
        <translation>F.eks. navnet på apoteket eller den pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>RegisterClientDialog</name>
    <message>
        <location filename="../desktop/ui/forms/client_forms.py" line="-51" />
        <source>Register client</source>
        <translation>Registrer bruker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client is saved on this computer and sent with the next synchronisation. If the municipal record already has the person, the record's entry is used.</source>
        <translation>Brukeren lagres på denne maskinen og sendes ved neste synkronisering. Finnes personen allerede i kommunens journal, brukes journalens oppføring.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National identity number or D number</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>11 digits; the check digits are checked</source>
        <translation>11 siffer; kontrollsifrene sjekkes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Must agree with the national identity number</source>
        <translation>Må stemme med fødselsnummeret</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relatives</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One a line: name; relation; phone; yes = next of kin</source>
        <translation>Én per linje: navn; relasjon; telefon; ja = nærmeste pårørende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible unit</source>
        <translation>Ansvarlig enhet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
</context>
<context>
    <name>RegistrationChart</name>
    <message>
        <location filename="../desktop/ui/client/registration_chart.py" line="+24" />
        <source>Ratings and behaviour over time</source>
        <translation>Vurderinger og atferd over tid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Behaviour per day</source>
        <translation>Atferd per dag</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No ratings or behaviour registrations in the last 90 days</source>
        <translation>Ingen vurderinger eller atferdsregistreringer de siste 90 dagene</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/ui/client/registrations_page.py" line="+42" />
        <source>Rating…</source>
        <translation>Vurdering …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The client's own rating</source>
        <translation>Brukerens egen vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use…</source>
        <translation>Rusmiddelbruk …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour…</source>
        <translation>Atferd …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Behaviour registration</source>
        <translation>Atferdsregistrering</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Behaviour shown</source>
        <translation>Vis atferd</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last 90 days, newest first</source>
        <translation>Siste 90 dager, nyeste først</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <location line="+32" />
        <source>All behaviours</source>
        <translation>All atferd</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 time(s)</source>
        <translation>%1 gang(er)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>context</source>
        <translation>situasjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>before</source>
        <translation>før</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after</source>
        <translation>etter</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+14" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsible, deadline</source>
        <translation>Ansvarlig, frist</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+20" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-19" />
        <source>New deadline</source>
        <translation>Ny frist</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+23" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Not reviewed</source>
        <translation>Ikke gjennomgått</translation>
    </message>
</context>
<context>
    <name>RuleForms</name>
    <message>
        <location filename="../desktop/ui/forms/rule_forms.py" line="+42" />
        <source>the order asks for it</source>
        <translation>ordinasjonen krever det</translation>
    </message>
    <message>
        <location line="+2" />
        <source>controlled drug, class %1</source>
        <translation>narkotikaklasse %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ATC group %1</source>
        <translation>ATC-gruppe %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the drug %1</source>
        <translation>legemidlet %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>route %1</source>
        <translation>administrasjonsvei %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the colleague who checked</source>
        <translation>Velg kollegaen som kontrollerte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double check: %1.</source>
        <translation>Dobbeltkontroll: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No colleague is enrolled on this computer. Enroll one under File → Double check and colleagues…</source>
        <translation>Ingen kollega er registrert på denne maskinen. Registrer en under Fil → Dobbeltkontroll og kolleger…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Second signer</source>
        <translation>Kontrollør</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Demo: %1 signs with the passphrase %2</source>
        <translation>Demo: %1 signerer med passordet %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Second signer's passphrase</source>
        <translation>Kontrollørens passord</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Typed by the second signer, not by you</source>
        <translation>Skrives av kontrolløren, ikke av deg</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why you go ahead (e.g. agreed with the prescriber)</source>
        <translation>Hvorfor du går videre (f.eks. avklart med forskriver)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason to go ahead</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Go ahead anyway</source>
        <translation>Gå videre likevel</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Read the warning and give a reason to go ahead, or cancel.</source>
        <translation>Les advarselen og gi en begrunnelse for å gå videre, eller avbryt.</translation>
    </message>
</context>
<context>
    <name>ServerBanners</name>
    <message>
        <location filename="../desktop/ui/client/server_banners.py" line="-30" />
        <source>The order was changed %1 at %2: %3</source>
        <translation>Ordinasjonen er endret %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was stopped %1 at %2: %3</source>
        <translation>Ordinasjonen er seponert %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was paused %1 at %2: %3</source>
        <translation>Ordinasjonen er satt på pause %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was resumed %1 at %2: %3</source>
        <translation>Ordinasjonen er gjenopptatt %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was marked entered in error %1 at %2: %3</source>
        <translation>Ordinasjonen er merket som feilregistrert %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The order was deleted in the municipal record %1 at %2: %3</source>
        <translation>Ordinasjonen er slettet i kommunens journal %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Updated from the server %1 at %2</source>
        <translation>Oppdatert fra server %1 kl. %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Removed from the caseload — waiting for synchronisation</source>
        <translation>Fjernet fra arbeidslisten — venter på synkronisering</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changes on the server wait until yours are confirmed</source>
        <translation>%1 endringer på serveren venter til dine er bekreftet</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 gave this medicine at %2 (%3 dose(s) by others in the last 24 hours). Sign another dose anyway?</source>
        <translation>%1 ga dette legemiddelet kl. %2 (%3 dose(r) gitt av andre siste døgn). Vil du likevel signere en dose til?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Already given</source>
        <translation>Allerede gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign another dose</source>
        <translation>Signer en dose til</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Do not sign</source>
        <translation>Ikke signer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+19" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new language is used the next time Ambulant starts.</source>
        <translation>Nytt språk tas i bruk neste gang Ambulant starter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle minutes</source>
        <translation>Lås etter minutter uten bruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock when idle for</source>
        <translation>Lås når ubrukt i</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../desktop/ui/setup.py" line="+43" />
        <source>Welcome to Ambulant</source>
        <translation>Velkommen til Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</source>
        <translation>Gjør denne datamaskinen klar for arbeidet ditt. Alt du registrerer, lagres i en kryptert database på denne datamaskinen til det er synkronisert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Passphrase strength</source>
        <translation>Styrken på passordfrasen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</source>
        <translation>Fant ingen nøkkelring på denne datamaskinen: databasen blir beskyttet av passordfrasen alene. Velg en lang en.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create encrypted database</source>
        <translation>Opprett kryptert database</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Too short: at least %1 characters</source>
        <translation>For kort: minst %1 tegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak: use more characters or several words</source>
        <translation>Svak: bruk flere tegn eller flere ord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair: longer is better (four words or more)</source>
        <translation>Middels: lengre er bedre (fire ord eller flere)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Minst %1 tegn. Flere ord er lette å huske og vanskelige å gjette.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passordfrasen må ha minst %1 tegn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The passphrases are not the same.</source>
        <translation>Passordfrasene er ikke like.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+111" />
        <source>Preview of the medication sheet</source>
        <translation>Forhåndsvisning av legemiddelarket</translation>
    </message>
</context>
<context>
    <name>SignDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-109" />
        <source>Outside the planned time</source>
        <translation>Utenfor planlagt tid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose refused</source>
        <translation>Dose nektet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose not given</source>
        <translation>Dose ikke gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double check</source>
        <translation>Dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign dose</source>
        <translation>Signer dose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>planned %1</source>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome: %1</source>
        <translation>Utfall: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>SignedDoseQuestion</name>
    <message>
        <location filename="../desktop/ui/forms/signed_dose_question.py" line="+27" />
        <source>Already signed</source>
        <translation>Allerede signert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>planned %1</source>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is already signed: %2 %3 by %4.</source>
        <translation>%1 er allerede signert: %2 %3 av %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was signed now. If the signature is wrong, correct it or mark it entered in error.</source>
        <translation>Ingenting ble signert nå. Er signeringen feil, kan du rette den eller merke den som feilregistrert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct…</source>
        <translation>Rett…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Feilregistrert…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StopOrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/stop_order_form.py" line="+27" />
        <source>Stop order as instructed</source>
        <translation>Seponer etter beskjed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ordered by %1, %2. Enter the stop exactly as the prescriber instructed it. The order is kept as a new version; no dose is due after the stop.</source>
        <translation>Forordnet av %1, %2. Før inn seponeringen nøyaktig slik forskriveren ga beskjed. Ordinasjonen beholdes som en ny versjon; ingen dose er planlagt etter seponering.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop from</source>
        <translation>Seponeres fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed by</source>
        <translation>Beskjed fra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The prescriber (name and workplace)</source>
        <translation>Forskriveren (navn og arbeidssted)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed at</source>
        <translation>Beskjed gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop order</source>
        <translation>Seponer</translation>
    </message>
</context>
<context>
    <name>SubstanceUseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="+13" />
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substances</source>
        <translation>Rusmidler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. alcohol, cannabis</source>
        <translation>f.eks. alkohol, cannabis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was observed</source>
        <translation>Hva ble observert</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desktop/ui/sync/controller.py" line="+123" />
        <source>Synchronisation cancelled. What was not sent waits for the next one.</source>
        <translation>Synkroniseringen ble avbrutt. Det som ikke ble sendt, venter til neste gang.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Everything is synchronised (%1 sent).</source>
        <translation>Alt er synkronisert (%1 sendt).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 sent, %2 failed, %3 waiting.</source>
        <translation>%1 sendt, %2 feilet, %3 venter.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Synchronisation settings saved.</source>
        <translation>Innstillingene for synkronisering er lagret.</translation>
    </message>
</context>
<context>
    <name>SyncProgressBox</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+57" />
        <source>Synchronisation progress</source>
        <translation>Framdrift for synkronisering</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</source>
        <translation>Stopper etter forsendelsen som er underveis. Ingenting går tapt: det som ikke er sendt, venter til neste synkronisering.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Receiving from the server: %1</source>
        <translation>Henter fra serveren: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to send</source>
        <translation>Ingenting å sende</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 sendt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 refused</source>
        <translation>%1 avvist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting for the server</source>
        <translation>venter på serveren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/sync/server_dialog.py" line="+49" />
        <source>Synchronisation settings</source>
        <translation>Innstillinger for synkronisering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where Ambulant sends your records at the end of the shift: the municipality's FHIR server.</source>
        <translation>Hvor Ambulant sender oppføringene dine ved vaktslutt: kommunens FHIR-server.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://… (plain http only to this computer)</source>
        <translation>https://… (ukryptert http bare til denne maskinen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>records</source>
        <translation>oppføringer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records per &amp;bundle</source>
        <translation>Oppføringer per for&amp;sendelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the server takes fewer, Ambulant learns it and sends smaller bundles.</source>
        <translation>Tar serveren imot færre, merker Ambulant det og sender mindre forsendelser.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (a test server on this computer)</source>
        <translation>Ingen (en testserver på denne maskinen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access token</source>
        <translation>Tilgangsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client key (HelseID, OAuth 2)</source>
        <translation>Klientnøkkel (HelseID, OAuth 2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Login</source>
        <translation>&amp;Innlogging</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+135" />
        <source>Paste the token you were given</source>
        <translation>Lim inn tilgangsnøkkelen du har fått</translation>
    </message>
    <message>
        <location line="-134" />
        <source>Access &amp;token</source>
        <translation>&amp;Tilgangsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept in the computer's keyring, never in the database.</source>
        <translation>Lagres i maskinens nøkkelring, aldri i databasen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token a&amp;ddress</source>
        <translation>Token-a&amp;dresse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;id</source>
        <translation>&amp;Klient-id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sc&amp;ope</source>
        <translation>&amp;Omfang (scope)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Caseload &amp;group</source>
        <translation>&amp;Gruppe i arbeidslisten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days of &amp;history</source>
        <translation>Dager &amp;bakover</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synchronise auto&amp;matically when the network is available</source>
        <translation>Synkroniser a&amp;utomatisk når nett er tilgjengelig</translation>
    </message>
    <message>
        <location line="-25" />
        <source>No key pair yet.</source>
        <translation>Ingen nøkkelpar ennå.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>Make a key pair</source>
        <translation>Lag nøkkelpar</translation>
    </message>
    <message>
        <location line="-127" />
        <source>Public &amp;key</source>
        <translation>Offentlig &amp;nøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give this public key to whoever registers the client. The private key stays in the keyring.</source>
        <translation>Gi den offentlige nøkkelen til den som registrerer klienten. Den private nøkkelen blir i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A FHIR Group on the server whose members you follow too. Empty: none.</source>
        <translation>En FHIR-gruppe på serveren med brukere du også følger. Tomt: ingen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>How far back colleagues' doses and observations are fetched.</source>
        <translation>Hvor langt tilbake kollegers doser og observasjoner hentes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test &amp;connection</source>
        <translation>Test &amp;forbindelse</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connection test result</source>
        <translation>Resultat av tilkoblingstesten</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A token is stored; paste a new one to replace it</source>
        <translation>En nøkkel er lagret; lim inn en ny for å bytte den</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Replace the key pair…</source>
        <translation>Bytt nøkkelpar …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the client id first: the key is kept under it.</source>
        <translation>Skriv inn klient-id-en først: nøkkelen lagres under den.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Replace the key pair</source>
        <translation>Bytte nøkkelpar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</source>
        <translation>Serveren kjenner bare den nåværende offentlige nøkkelen. Etter byttet feiler synkroniseringen til den nye nøkkelen er registrert. Vil du bytte?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace</source>
        <translation>Bytt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the current key</source>
        <translation>Behold nøkkelen</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Asking the server…</source>
        <translation>Spør serveren …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connected: a FHIR %1 server %2</source>
        <translation>Tilkoblet: en FHIR %1-server %2</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sync/panel.py" line="-69" />
        <source>%n pulled record(s) break a rule: the warning is shown with the client's medication.</source>
        <translation>
            <numerusform>%n hentet oppføring bryter en regel: advarselen vises ved brukerens legemidler.</numerusform>
            <numerusform>%n hentede oppføringer bryter en regel: advarselen vises ved brukerens legemidler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location line="+86" />
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Synchronisation with the municipal server</source>
        <translation>Synkronisering med kommunens server</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent this time</source>
        <translation>Sendt nå</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>Refused by the server</source>
        <translation>Avvist av serveren</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Still waiting to be sent</source>
        <translation>Venter fortsatt på å bli sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronised</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Why records wait</source>
        <translation>Hvorfor oppføringer venter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's reason</source>
        <translation>Serverens begrunnelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records the server refused</source>
        <translation>Oppføringer serveren avviste</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</source>
        <translation>Avviste oppføringer blir liggende trygt på denne maskinen. Rett det serveren ber om ved behov, og prøv igjen. Velg rader for å prøve bare dem; ellers prøves alle.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+134" />
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="-132" />
        <source>Server settings…</source>
        <translation>Serverinnstillinger …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+37" />
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The server has not refused any records.</source>
        <translation>Serveren har ikke avvist noen oppføringer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No server is set up for synchronisation yet.</source>
        <translation>Det er ikke satt opp noen server for synkronisering ennå.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Everything is sent to the server.</source>
        <translation>Alt er sendt til serveren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</source>
        <translation>Serveren tok ikke imot alt. Det den avviste, står nedenfor med begrunnelsen; ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</source>
        <translation>Noen oppføringer venter fortsatt og sendes ved neste synkronisering. Ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</source>
        <translation>Synkroniseringen ble avbrutt. Det som ikke ble sendt, er lagret på denne maskinen og går med neste synkronisering.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</source>
        <translation>Det er ikke satt opp noen server for synkronisering ennå. Oppføringene dine er trygt lagret på denne maskinen til det er gjort.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Could not synchronise just now. Nothing is lost: %n record(s) are kept safely on this computer and will be sent the next time you synchronise.</source>
        <translation>
            <numerusform>Fikk ikke synkronisert nå. Ingenting er tapt: %n oppføring er trygt lagret på denne maskinen og sendes neste gang du synkroniserer.</numerusform>
            <numerusform>Fikk ikke synkronisert nå. Ingenting er tapt: %n oppføringer er trygt lagret på denne maskinen og sendes neste gang du synkroniserer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>Try again (%n selected)</source>
        <translation>
            <numerusform>Prøv igjen (%n valgt)</numerusform>
            <numerusform>Prøv igjen (%n valgte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../desktop/ui/forms/table_field.py" line="+32" />
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+91" />
        <source>New agreed task</source>
        <translation>Ny avtalt oppgave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/kit/charts.py" line="+86" />
        <source>Trend chart</source>
        <translation>Trendgraf</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Normal range</source>
        <translation>Normalområde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outside normal range</source>
        <translation>Utenfor normalområdet</translation>
    </message>
    <message>
        <location line="+34" />
        <source>no measurements in the last 90 days</source>
        <translation>ingen målinger siste 90 dager</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <location filename="../desktop/ui/client/undo_banner.py" line="+25" />
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+35" />
        <location line="+45" />
        <source>Ambulant is locked</source>
        <translation>Ambulant er låst</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Enter your passphrase to open the encrypted journal.</source>
        <translation>Skriv passordfrasen din for å åpne den krypterte journalen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Demo data with fictional clients. The passphrase is %1</source>
        <translation>Demodata med oppdiktede brukere. Passordfrasen er %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved text is kept until you unlock.</source>
        <translation>Ulagret tekst tas vare på til du låser opp.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+1" />
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+82" />
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The journal was destroyed</source>
        <translation>Journalen er slettet</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Wait %1 s</source>
        <translation>Vent %1 s</translation>
    </message>
</context>
<context>
    <name>WasteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+46" />
        <source>Waste of controlled drugs</source>
        <translation>Kassasjon av A- og B-preparater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount wasted</source>
        <translation>Kassert mengde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the rest of an ampoule, a broken tablet, expired</source>
        <translation>F.eks. rest i ampulle, knust tablett, utgått på dato</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+21" />
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused &amp;records…</source>
        <translation>Avv&amp;iste oppføringer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync&amp;hronisation…</source>
        <translation>Synkroniserin&amp;g …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Double check and colleagues…</source>
        <translation>&amp;Dobbeltkontroll og kolleger…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find client</source>
        <translation>&amp;Finn bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Medication</source>
        <translation>&amp;Legemidler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Observations</source>
        <translation>&amp;Observasjoner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New journal &amp;note</source>
        <translation>Nytt &amp;journalnotat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print medication sheet…</source>
        <translation>Skriv &amp;ut legemiddelark …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Access log…</source>
        <translation>&amp;Tilgangslogg …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Ambulant</source>
        <translation>&amp;Om Ambulant</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Client</source>
        <translation>&amp;Bruker</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools</source>
        <translation>Verktøy</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../desktop/ui/window_dialogs.py" line="+51" />
        <source>The double-check rules are saved.</source>
        <translation>Reglene for dobbeltkontroll er lagret.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>About Ambulant</source>
        <translation>Om Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</source>
        <translation>Ambulant – journal, legemidler og plan for ambulante vernepleiere. Virker uten nett; dataene er kryptert på denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../desktop/ui/window_status.py" line="+32" />
        <source>Lock state</source>
        <translation>Låsestatus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed in as</source>
        <translation>Pålogget som</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting to synchronise</source>
        <translation>Venter på synkronisering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronised</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unlocked</source>
        <translation>Ulåst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting to sync: %1</source>
        <translation>Venter på synkronisering: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed: %1</source>
        <translation>feilet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: %1</source>
        <translation>Sist synkronisert: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never</source>
        <translation>aldri</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/consent_forms.py" line="+27" />
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn from</source>
        <translation>Trukket tilbake fra</translation>
    </message>
</context>
<context>
    <name>_MembersForm</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="-158" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates as dd.mm.yyyy. A member who leaves gets an end date.</source>
        <translation>Datoer som dd.mm.åååå. Et medlem som går ut, får en sluttdato.</translation>
    </message>
</context>
</TS>