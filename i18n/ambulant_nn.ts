<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
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
        <translation>Alle som har opna, skrive, retta eller skrive ut noko i journalen til denne brukaren på denne maskina, nyaste først. Brukaren har rett til å sjå denne loggen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was done</source>
        <translation>Kva vart gjort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+17" />
        <source>this device</source>
        <translation>denne eininga</translation>
    </message>
    <message>
        <location line="+0" />
        <source>another device</source>
        <translation>anna eining</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Print for the client…</source>
        <translation>Skriv ut til brukaren …</translation>
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
        <translation>Lokale notat om korleis %1 blir gitt her (t.d. knust, saman med mat). Sjølve ordinasjonen kjem frå forordnaren og kan ikkje endrast.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notat</translation>
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
        <translation>CAVE for %1, registrert for hand med kvar opplysninga kjem frå.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From the municipal record (read-only here): %1</source>
        <translation>Frå journalen i kommunen (kan ikkje endrast her): %1</translation>
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
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. mild, moderat, alvorlig</source>
        <translation>t.d. mild, moderat, alvorleg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who the information comes from: the client, a relative, the GP …</source>
        <translation>Kven opplysninga kjem frå: brukaren, pårørande, fastlegen …</translation>
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
        <translation>Byggjer på kartlegginga</translation>
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
        <translation>Forståinga til fagpersonen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's understanding</source>
        <translation>Brukaren si forståing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the client's own words where you can</source>
        <translation>Med brukaren sine eigne ord der du kan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypotesar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line</source>
        <translation>Éin per linje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukarmedverknad</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="+77" />
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</source>
        <translation>Noko uventa gjekk gale. Det du hadde lagra, er i behald. Skjer det igjen, fortel IT-kontakten din kva du heldt på med.</translation>
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
        <translation>Skriv kva som vart kartlagt på kvart område de såg på; la dei andre stå tomme.</translation>
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
        <translation>Namn på verktøyet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukarmedverknad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How the client took part</source>
        <translation>Korleis brukaren deltok</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../desktop/ui/client/assessment_page.py" line="+46" />
        <source>The working model starts here: map the client's situation together with the client, analyse it, then set goals that build on the analysis.</source>
        <translation>Arbeidsmodellen startar her: kartlegg situasjonen til brukaren saman med brukaren, analyser han, og set så mål som byggjer på analysen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assessments and analyses</source>
        <translation>Kartleggingar og analysar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assessment or analysis in full</source>
        <translation>Kartlegging eller analyse i heilskap</translation>
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
        <translation>Nytt mål frå analysen …</translation>
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
        <translation>Inga kartlegging enno. Kartlegg situasjonen til brukaren på områda som betyr noko, saman med brukaren.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User participation</source>
        <translation>Brukarmedverknad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses built on it</source>
        <translation>Analysar som byggjer på han</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No analysis built on it yet.</source>
        <translation>Ingen analyse byggjer på han enno.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>builds on: %1</source>
        <translation>byggjer på: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The worker’s understanding</source>
        <translation>Forståinga til fagpersonen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The client’s understanding</source>
        <translation>Brukaren si forståing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypotesar</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals built on it: %1</source>
        <translation>Mål som byggjer på han: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goal built on it yet.</source>
        <translation>Ingen mål byggjer på han enno.</translation>
    </message>
</context>
<context>
    <name>BehaviourDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="+76" />
        <source>Behaviour registration</source>
        <translation>Åtferdsregistrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What (the behaviour)</source>
        <translation>Kva (åtferda)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many times</source>
        <translation>Kor mange gonger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long</source>
        <translation>Kor lenge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Context</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where, with whom, what was going on</source>
        <translation>Kvar, med kven, kva som gjekk føre seg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened just before</source>
        <translation>Kva skjedde rett før</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened after</source>
        <translation>Kva skjedde etterpå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How others responded, how it ended</source>
        <translation>Korleis andre reagerte, korleis det enda</translation>
    </message>
</context>
<context>
    <name>CaseloadActions</name>
    <message>
        <location filename="../desktop/ui/caseload_actions.py" line="+30" />
        <source>&amp;Register client…</source>
        <translation>&amp;Registrer brukar …</translation>
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
        <translation>CAVE: ingen kjende allergiar registrerte</translation>
    </message>
</context>
<context>
    <name>Chapter9Dialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+32" />
        <source>Chapter 9: emergency intervention</source>
        <translation>Kapittel 9: skadeavvergjande tiltak i naudsituasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</source>
        <translation>Registrer straks. Registreringa vert send til Statsforvaltaren og til den som har det overordna faglege ansvaret.</translation>
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
        <translation>(valfritt)</translation>
    </message>
</context>
<context>
    <name>Chapter9Page</name>
    <message>
        <location filename="../desktop/ui/client/chapter9_page.py" line="+33" />
        <source>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</source>
        <translation>Skadeavvergjande tiltak i naudsituasjon (helse- og omsorgstenestelova § 9-5 tredje ledd bokstav a).</translation>
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
        <translation>Kva vart gjort</translation>
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
        <translation>Registreringar etter kapittel 9</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registration details</source>
        <translation>Detaljar om registreringa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New registration…</source>
        <translation>Ny registrering …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record that it was sent…</source>
        <translation>Registrer send …</translation>
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
        <translation>Skjemaet til kommunen for kapittel 9</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sent (no date recorded)</source>
        <translation>send (utan registrert dato)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet</source>
        <translation>ikkje enno</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent to</source>
        <translation>Send til</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Not yet</source>
        <translation>Ikkje enno</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No registrations. Register an emergency intervention at once, with “New registration…”.</source>
        <translation>Ingen registreringar. Registrer eit skadeavvergjande tiltak straks, med «Ny registrering …».</translation>
    </message>
</context>
<context>
    <name>Chapter9SentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+18" />
        <source>Record that it was sent</source>
        <translation>Registrer at ho er send</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent to</source>
        <translation>Send til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recipient</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Statsforvalteren i Vestland, or the lead's name</source>
        <translation>t.d. Statsforvaltaren i Vestland, eller namnet på fagleg ansvarleg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. Altinn, letter</source>
        <translation>t.d. Altinn, brev</translation>
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
        <translation>Felta lova krev, kan ikkje fjernast eller gjerast valfrie. Nye felt gjeld nye registreringar; tidlegare registreringar held på skjemaet dei vart laga med.</translation>
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
        <translation>Leietekst (bokmål)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (English)</source>
        <translation>Leietekst (engelsk)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Påkravd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key: lower-case letters, digits, - and _. Required: ja or nei.</source>
        <translation>Nøkkel: små bokstavar, tal, - og _. Påkravd: ja eller nei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code system URL</source>
        <translation>Adresse til kodeverket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The municipality's own, e.g. https://fhir.kommune.no/…</source>
        <translation>Kommunen sin eigen, t.d. https://fhir.kommune.no/…</translation>
    </message>
</context>
<context>
    <name>ChildrenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+47" />
        <source>Children as relatives (§ 10 a)</source>
        <translation>Barn som pårørande (§ 10 a)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Has minor children or siblings</source>
        <translation>Har mindreårige born eller sysken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of children</source>
        <translation>Tal på born</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their need for information and follow-up is assessed</source>
        <translation>Behovet deira for informasjon og oppfølging er vurdert</translation>
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
        <translation>Helsepersonellova § 10 a: om brukaren har mindreårige born eller sysken, og om behovet deira for informasjon og oppfølging er vurdert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Children as relatives</source>
        <translation>Barn som pårørande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record assessment…</source>
        <translation>Registrer vurdering …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not recorded yet.</source>
        <translation>Ikkje registrert enno.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minor children or siblings</source>
        <translation>Mindreårige born eller sysken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of children</source>
        <translation>Tal på born</translation>
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
            <numerusform>%n forseinka</numerusform>
            <numerusform>%n forseinka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n dosar</numerusform>
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
            <numerusform>%n forseinka</numerusform>
            <numerusform>%n forseinka</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61" />
        <source>Name or birth date (dd.mm.yyyy)</source>
        <translation>Namn eller fødselsdato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search by name or birth date (dd.mm.yyyy). Ctrl+F</source>
        <translation>Søk på namn eller fødselsdato (dd.mm.åååå). Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search clients</source>
        <translation>Søk etter brukar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clients</source>
        <translation>Brukarar</translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n dose(s) today</source>
        <translation>
            <numerusform>%n dose i dag</numerusform>
            <numerusform>%n dosar i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n oppfølging</numerusform>
            <numerusform>%n oppfølgingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n controlled drug count(s) due</source>
        <translation>
            <numerusform>%n teljing av A/B-preparat ventar</numerusform>
            <numerusform>%n teljingar av A/B-preparat ventar</numerusform>
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
        <translation>Vel ein brukar i lista (Ctrl+F søkjer).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>From the municipal server</source>
        <translation>Frå serveren i kommunen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medication</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observations</source>
        <translation>Observasjonar</translation>
    </message>
    <message>
        <location line="+45" />
        <source>born %1</source>
        <translation>fødd %1</translation>
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
        <translation>Brukaren samtykkjer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client does not consent</source>
        <translation>Brukaren samtykkjer ikkje</translation>
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
        <translation>Kva samtykket gjeld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. information needed for the work with the plan</source>
        <translation>t.d. opplysningar som trengst i arbeidet med planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Gjeld til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Korleis gitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Given orally (not in writing)</source>
        <translation>Gitt munnleg (ikkje skriftleg)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see what</source>
        <translation>Kven kan sjå kva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who (person, role or service)</source>
        <translation>Kven (person, rolle eller teneste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they may see</source>
        <translation>Kva dei kan sjå</translation>
    </message>
</context>
<context>
    <name>CorrectDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+95" />
        <source>Correct a signed dose</source>
        <translation>Rett ein signert dose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed %1 by %2: %3. The correction is saved as a new version; the signed one stays readable.</source>
        <translation>Signert %1 av %2: %3. Rettinga blir lagra som ein ny versjon; den signerte kan framleis lesast.</translation>
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
        <translation>Årsak (ikkje gitt, nekta)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is corrected</source>
        <translation>Kvifor dosen blir retta</translation>
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
        <translation>Rettinga vert lagra som ein ny versjon. Den tidlegare teksten kan framleis lesast.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected text</source>
        <translation>Retta tekst</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+146" />
        <source>Count of controlled drugs</source>
        <translation>Teljing av A- og B-preparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted</source>
        <translation>Talt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count first, then compare</source>
        <translation>Tel først, samanlikn etterpå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This first count opens the ledger.</source>
        <translation>Denne første teljinga opnar rekneskapen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Two people count together. A count that differs from the ledger blocks the next dose until a deviation is recorded.</source>
        <translation>To personar tel saman. Ei teljing som ikkje stemmer med rekneskapen, sperrar neste dose til eit avvik er registrert.</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location line="+89" />
        <source>Deviation in the controlled drugs ledger</source>
        <translation>Avvik i narkotikarekneskapen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The count it explains</source>
        <translation>Teljinga avviket gjeld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was found</source>
        <translation>Kva som vart avdekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Found by</source>
        <translation>Oppdaga av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported to</source>
        <translation>Meldt til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the head of the unit, per local procedure</source>
        <translation>T.d. avdelingsleiar, etter lokal prosedyre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location line="+7" />
        <source>– none (another deviation) –</source>
        <translation>– inga (anna avvik) –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A count did not match the ledger. The next dose is blocked until this deviation is saved.</source>
        <translation>Ei teljing stemte ikkje med rekneskapen. Neste dose er sperra til dette avviket er lagra.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: counted %2 %3</source>
        <translation>%1: talt %2 %3</translation>
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
        <translation>Førehandsvising av %1</translation>
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
        <translation>Éi registrering per side, med alle felta i skjemaet. Send henne til Statsforvaltaren og fagleg ansvarleg, og registrer så at ho er send.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Access log for the client</source>
        <translation>Innsynslogg for brukaren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every read, write and print of the client's record, for the client to keep.</source>
        <translation>All lesing, skriving og utskrift i journalen til brukaren, for brukaren å ta vare på.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The minutes with agreements and tasks, to hand out to the group.</source>
        <translation>Referatet med avtalar og oppgåver, til å dele ut i gruppa.</translation>
    </message>
</context>
<context>
    <name>DoseTimeline</name>
    <message>
        <location filename="../desktop/ui/client/dose_timeline.py" line="+75" />
        <source>Doses today</source>
        <translation>Dosar i dag</translation>
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
        <translation>retta: %1</translation>
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
        <translation>Ikkje vurdert</translation>
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
        <translation>Registrer ein kollega for dobbeltkontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let the colleague type their own passphrase. It is stored only as a strong hash and asked for at every double check they sign.</source>
        <translation>La kollegaen skrive sitt eige passord. Det blir berre lagra som ein sterk hash og spurt etter ved kvar dobbeltkontroll dei signerer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HPR no.</source>
        <translation>HPR-nr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colleague's passphrase</source>
        <translation>Passordet til kollegaen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 8 characters</source>
        <translation>Minst 8 teikn</translation>
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
        <translation>Oppføringa vert halden på og vist som feilregistrert. Ingenting vert sletta.</translation>
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
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Was it reached?</source>
        <translation>Vart målet nådd?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not rated</source>
        <translation>Ikkje vurdert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress (0–10)</source>
        <translation>Framgang (0–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What changes next</source>
        <translation>Kva blir endra vidare</translation>
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
        <translation>%1 (meldt til %2). Oppfølginga vert lagra som ein ny versjon av avviket; den førre versjonen kan framleis lesast.</translation>
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
        <translation>Med brukaren sine eigne ord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>Brukarmedverknad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in setting the goal</source>
        <translation>Brukaren var med og sette målet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. housing, health, work and activity</source>
        <translation>til dømes bustad, helse, arbeid og aktivitet</translation>
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
        <translation>Byggjer på analysen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The goal is part of the individual plan</source>
        <translation>Målet er ein del av den individuelle planen</translation>
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
        <translation>framgang %1 av 10</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next:</source>
        <translation>Vidare:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No assessment linked to this goal.</source>
        <translation>Inga kartlegging knytt til målet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The worker’s understanding</source>
        <translation>Forståinga til fagpersonen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client’s understanding</source>
        <translation>Brukaren si forståing</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hypotheses</source>
        <translation>Hypotesar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No analysis linked. Link the goal to the analysis it builds on.</source>
        <translation>Inga analyse knytt til målet. Knyt målet til analysen det byggjer på.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The client took part</source>
        <translation>Brukaren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukaren deltok ikkje</translation>
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
        <translation>Ikkje i den individuelle planen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>who: %1</source>
        <translation>kven: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>how often: %1</source>
        <translation>kor ofte: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scope: %1</source>
        <translation>omfang: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How:</source>
        <translation>Korleis:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No measures yet.</source>
        <translation>Ingen tiltak enno.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No evaluations yet.</source>
        <translation>Ingen evalueringar enno.</translation>
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
        <translation>Brukaren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukaren deltok ikkje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No goals yet. Set the goals together with the client, in the client's own words.</source>
        <translation>Ingen mål enno. Set måla saman med brukaren, med brukaren sine eigne ord.</translation>
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
        <translation>Namn</translation>
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
        <translation>Møte</translation>
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
        <translation>Til stades</translation>
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
        <translation>Avtalte oppgåver</translation>
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
        <translation>Namn og rolle</translation>
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
        <translation>Endre medlemer …</translation>
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
        <translation>Oppgåve og ansvarleg</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New task…</source>
        <translation>Ny oppgåve …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark task done</source>
        <translation>Merk oppgåva som utført</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No responsibility group yet</source>
        <translation>Inga ansvarsgruppe enno</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dropped</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open, late</source>
        <translation>Open, over frist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Agreements</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tasks agreed</source>
        <translation>Avtalte oppgåver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Oppgåver frå tidlegare møte</translation>
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
        <translation>Ny hending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened</source>
        <translation>Kva skjedde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Severity</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>Kva vart gjort</translation>
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
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happened</source>
        <translation>Kva skjedde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>Kva vart gjort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Incidents</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New incident…</source>
        <translation>Ny hending …</translation>
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
        <translation>Deltek i planlegginga</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line or separated by commas</source>
        <translation>Éin per linje eller skilde med komma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period from</source>
        <translation>Planperiode frå</translation>
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
        <translation>Ressursar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>Kva kvar part bidreg med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tenester</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Goals to take into the plan</source>
        <translation>Mål som skal inn i planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With their measures</source>
        <translation>Med tiltaka sine</translation>
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
        <translation>Ingen individuell plan. Ein brukar med langvarige og koordinerte behov har rett til ein.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create individual plan…</source>
        <translation>Opprett individuell plan …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plan is due for revision on %1.</source>
        <translation>Planen skal reviderast %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan is due for revision today (%1).</source>
        <translation>Planen skal reviderast i dag (%1).</translation>
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
        <translation>Deltek i planlegginga</translation>
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
        <translation>Ressursar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>Kva kvar part bidreg med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Samarbeid med andre tenester</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals and measures in the plan</source>
        <translation>Mål og tiltak i planen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No goals in the plan yet: take them in with “Edit individual plan…”, or set a new goal.</source>
        <translation>Ingen mål i planen enno: ta dei inn med «Endre individuell plan …», eller set eit nytt mål.</translation>
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
        <translation>Korleis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From–to</source>
        <translation>Frå–til</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No measures yet.</source>
        <translation>Ingen tiltak enno.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not recorded</source>
        <translation>ikkje registrert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not in force today.</source>
        <translation>Gjeld ikkje i dag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see</source>
        <translation>Kven kan sjå</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+10" />
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not given</source>
        <translation>ikkje gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>withdrawn from %1</source>
        <translation>trekt tilbake frå %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>orally</source>
        <translation>munnleg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>in writing</source>
        <translation>skriftleg</translation>
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
        <translation>Sist endra</translation>
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
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of %2 pages of the journal on this computer cannot be read.</source>
        <translation>%1 av %2 sider i journalen på denne maskina kan ikkje lesast.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The journal on this computer has errors in its structure.</source>
        <translation>Journalen på denne maskina har feil i strukturen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everything else is intact: it is shown and synchronised as usual. Keep working; Repair copies everything readable into a new encrypted journal, and what is missing is fetched from the server at the next synchronisation. The damaged journal is kept.</source>
        <translation>Alt anna er i behald: det blir vist og synkronisert som vanleg. Du kan arbeide vidare. «Reparer» kopierer alt som kan lesast, over i ein ny kryptert journal, og det som manglar, blir henta frå serveren ved neste synkronisering. Den skadde journalen blir teken vare på.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Repair the journal</source>
        <translation>Reparer journalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything that can be read is copied into a new encrypted journal, which then takes the damaged one's place. The damaged journal is kept beside it, unchanged. The journal locks; unlock it with your passphrase as usual.</source>
        <translation>Alt som kan lesast, blir kopiert over i ein ny kryptert journal, som så tek plassen til den skadde. Den skadde journalen blir liggjande ved sida av, uendra. Journalen blir låst; lås han opp med passordfrasen som vanleg.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repair</source>
        <translation>Reparer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not now</source>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The repair could not finish (%1). The journal was not changed.</source>
        <translation>Reparasjonen kunne ikkje fullførast (%1). Journalen er ikkje endra.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Repaired: %1 record versions copied into a new journal. The damaged journal is kept in %2.</source>
        <translation>Reparert: %1 journalversjonar er kopierte over i ein ny journal. Den skadde journalen er teken vare på i %2.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Parts of the journal on this computer cannot be read.</source>
        <translation>Delar av journalen på denne maskina kan ikkje lesast.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="+73" />
        <source>Journal notes, newest first</source>
        <translation>Journalnotat, nyaste først</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Journal notes</source>
        <translation>Journalnotat</translation>
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
        <translation>Vis eldre notat</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Earlier version (%1, %2), corrected %3 by %4:</source>
        <translation>Tidlegare versjon (%1, %2), retta %3 av %4:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>written %1</source>
        <translation>skriven %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ENTERED IN ERROR: %1</source>
        <translation>FEILREGISTRERT: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrected %1</source>
        <translation>retta %1</translation>
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
        <translation>Ikkje gitt</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Refused</source>
        <translation>Nekta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by the client</source>
        <translation>Teke sjølv</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Later</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due now</source>
        <translation>Skal givast no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Forseinka</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>Høg</translation>
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
        <translation>Sett på pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Avslutta</translation>
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
        <translation>Oksygenmetting</translation>
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
        <translation>planlagd tid</translation>
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
        <translation>Noko effekt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Good effect</source>
        <translation>God effekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not at home</source>
        <translation>Ikkje heime</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Asleep</source>
        <translation>Sov</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nauseous / vomiting</source>
        <translation>Kvalm / kastar opp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did not want to take it</source>
        <translation>Ville ikkje ta han</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medicine missing</source>
        <translation>Legemiddelet manglar</translation>
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
        <translation>Brukaropplysningar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Barn som pårørande</translation>
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
        <translation>Brukaren si eiga vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour record</source>
        <translation>Åtferdsregistrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident</source>
        <translation>Hending</translation>
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
        <translation>Avtalt oppgåve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: receipt</source>
        <translation>Narkotikarekneskap: mottak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: count</source>
        <translation>Narkotikarekneskap: teljing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: waste</source>
        <translation>Narkotikarekneskap: kassasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: dose not given</source>
        <translation>Narkotikarekneskap: dose ikkje gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: deviation</source>
        <translation>Narkotikarekneskap: avvik</translation>
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
        <translation>Opna journalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote</source>
        <translation>Skreiv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected</source>
        <translation>Retta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked entered in error</source>
        <translation>Merkte som feilregistrert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed</source>
        <translation>Skreiv ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation>Eksporterte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed from this computer</source>
        <translation>Fjerna frå denne maskina</translation>
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
        <translation>Det blir ikkje ført rekneskap for dette legemiddelet enno.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance in the ledger: %1 %2</source>
        <translation>Behaldning i rekneskapen: %1 %2</translation>
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
        <translation>Pårørande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put back in the stock</source>
        <translation>Lagd tilbake i behaldninga</translation>
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
        <translation>Ikkje gitt – lagd tilbake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given – wasted</source>
        <translation>Ikkje gitt – kassert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waste</source>
        <translation>Kassasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count</source>
        <translation>Teljing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location line="+53" />
        <source>A and B preparations kept for the client: every receipt, dose, dose not given, waste, count and deviation, with the running balance. Kept five years.</source>
        <translation>A- og B-preparat som vert oppbevarte for brukaren: kvart mottak, kvar dose, dose som ikkje vart gitt, kassasjon, teljing og avvik, med løpande behaldning. Vert oppbevart i fem år.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+2" />
        <source>Balance per medicine</source>
        <translation>Behaldning per legemiddel</translation>
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
        <translation>Behaldning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last count</source>
        <translation>Siste teljing</translation>
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
        <translation>Rekneskap</translation>
    </message>
    <message>
        <location line="-121" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In/out</source>
        <translation>Inn/ut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance after</source>
        <translation>Behaldning etter</translation>
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
        <translation>Linjer i rekneskapen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Receipt…</source>
        <translation>&amp;Mottak …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Count…</source>
        <translation>&amp;Teljing …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Waste…</source>
        <translation>&amp;Kassasjon …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Not given…</source>
        <translation>&amp;Ikkje gitt …</translation>
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
        <translation>Skriv &amp;ut rekneskapen …</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Controlled drugs ledger – %1</source>
        <translation>Narkotikarekneskap – %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs ledger: %1</source>
        <translation>Narkotikarekneskap: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No ledger yet: record a receipt or a count</source>
        <translation>Ikkje starta: registrer eit mottak eller ei teljing</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blocked: the count did not match, record a deviation</source>
        <translation>Sperra: teljinga stemte ikkje, registrer eit avvik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the balance would go below zero</source>
        <translation>Sperra: behaldninga ville blitt negativ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the dose is in another unit</source>
        <translation>Sperra: dosen er i ei anna eining</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count due today</source>
        <translation>Skal teljast i dag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Count due today: %1</source>
        <translation>Skal teljast i dag: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ledger: %1</source>
        <translation>Rekneskap: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Showing the newest %1 of %2 lines. The printed ledger has them all.</source>
        <translation>Viser dei nyaste %1 av %2 linjer. Den utskrivne rekneskapen har alle.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>From %1 (%2)</source>
        <translation>Frå %1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dose %1 %2</source>
        <translation>Dose %1 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>taken by the client</source>
        <translation>teken av brukaren sjølv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opening count</source>
        <translation>Opningsteljing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, ledger %2: does not match (%3)</source>
        <translation>Talt %1, rekneskap %2: stemmer ikkje (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted %1, ledger %2: matches</source>
        <translation>Talt %1, rekneskap %2: stemmer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · found by %2 · reported to %3</source>
        <translation>%1 · oppdaga av %2 · meldt til %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>follow-up: %1</source>
        <translation>oppfølging: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no follow-up recorded yet</source>
        <translation>inga oppfølging registrert enno</translation>
    </message>
    <message>
        <location line="+7" />
        <source>balance below zero</source>
        <translation>negativ behaldning</translation>
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
        <translation>Skriv ut narkotikarekneskapen</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Every line of the ledger of %1 in the period, with the balances and both signatures. Printing is recorded in the access log.</source>
        <translation>Alle linjene i rekneskapen til %1 i perioden, med behaldning og begge signaturane. Utskrifta vert registrert i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="-28" />
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blank: from the ledger's first line</source>
        <translation>Tom: frå den første linja i rekneskapen</translation>
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
        <translation>Førehandsvising av narkotikarekneskapen</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save the controlled drugs ledger</source>
        <translation>Lagre narkotikarekneskapen</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+11" />
        <source>Controlled drugs ledger</source>
        <translation>Narkotikarekneskap</translation>
    </message>
</context>
<context>
    <name>LocalProcedureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/procedure_form.py" line="+16" />
        <source>Double check and colleagues</source>
        <translation>Dobbeltkontroll og kollegaer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The local procedure: which doses need a second qualified person, and how far from its planned time a dose may be signed before Ambulant asks why. Changes are written to the audit log.</source>
        <translation>Lokal prosedyre: kva dosar som krev ein person til med kompetanse, og kor langt frå planlagd tid ein dose kan signerast før Ambulant spør kvifor. Endringar blir skrivne i tilgangsloggen.</translation>
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
        <translation>Narkotika og vanedannande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC groups</source>
        <translation>ATC-grupper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma-separated, e.g. N02A, N07BC</source>
        <translation>Skil med komma, t.d. N02A, N07BC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drugs</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drug names, comma-separated, e.g. Metadon</source>
        <translation>Legemiddelnamn, skil med komma, t.d. Metadon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Routes</source>
        <translation>Administrasjonsvegar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Subkutan, Intravenøs</source>
        <translation>t.d. Subkutan, Intravenøs</translation>
    </message>
    <message>
        <location line="+5" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing window</source>
        <translation>Tidsvindauge for signering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A fixed dose signed further from its planned time asks why</source>
        <translation>Ein fast dose signert lenger frå planlagd tid spør kvifor</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Colleagues enrolled on this computer</source>
        <translation>Kollegaer registrerte på denne maskina</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enroll a colleague…</source>
        <translation>Registrer ein kollega…</translation>
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
        <translation>Ulagra tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have text that is not saved. Quit and lose it?</source>
        <translation>Du har tekst som ikkje er lagra. Avslutte og miste han?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit without saving</source>
        <translation>Avslutt utan å lagre</translation>
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
        <translation>t.d. 3 timar i veka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How it is carried out</source>
        <translation>Korleis det blir gjennomført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who does it</source>
        <translation>Kven gjer det</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often</source>
        <translation>Kor ofte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. twice a week</source>
        <translation>til dømes to gonger i veka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Frå</translation>
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
        <translation>Siste verdiar</translation>
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
        <translation>t.d. 138/88</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="+73" />
        <source>New order from paper…</source>
        <translation>Ny ordinasjon frå papir …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print medication sheet…</source>
        <translation>Skriv ut legemiddelark …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show stopped orders</source>
        <translation>Vis seponerte ordinasjonar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Controlled drugs ledger…</source>
        <translation>Narkotikarekneskap …</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Doses today</source>
        <translation>Dosar i dag</translation>
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
        <translation>Ikkje gitt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused…</source>
        <translation>Nekta …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by client</source>
        <translation>Teke sjølv</translation>
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
        <translation>Vel ein dose og trykk Enter = gitt, N = ikkje gitt, R = nekta, S = teke sjølv.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Doses today, %1</source>
        <translation>Dosar i dag, %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Follow-up overdue: %1 given %2. Record the effect (it was due %3).</source>
        <translation>Oppfølginga er forseinka: %1 gitt %2. Registrer effekten (fristen var %3).</translation>
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
        <translation>Vel ein dose først: bruk piltastane eller klikk på han.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Signed: %1%2 — %3 %4. Undo within a few seconds if it was the wrong dose.</source>
        <translation>Signert: %1%2 — %3 %4. Angre innan nokre sekund om det var feil dose.</translation>
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
        <translation>Til stades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Others present</source>
        <translation>Andre til stades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. the client; separated by commas</source>
        <translation>t.d. brukaren; skilde med komma</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreements</source>
        <translation>Avtalar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Oppgåver frå tidlegare møte</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Topics</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Separated by commas</source>
        <translation>Skilde med komma</translation>
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
        <translation>Medlemer i ansvarsgruppa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>NotGivenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+154" />
        <source>Dose prepared but not given</source>
        <translation>Dose tilreidd, men ikkje gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose recorded as not given</source>
        <translation>Dosen registrert som ikkje gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Mengd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was done with it</source>
        <translation>Kva som vart gjort med dosen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why it was not given</source>
        <translation>Kvifor han ikkje vart gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wasted doses need a second signer; a dose put back needs none.</source>
        <translation>Ein kassert dose krev to signaturar; ein dose som vert lagd tilbake, gjer ikkje det.</translation>
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
        <translation>Skriv kva du observerte og gjorde …</translation>
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
        <translation>Målingar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating and behaviour</source>
        <translation>Vurdering og åtferd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incidents</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9</source>
        <translation>Kapittel 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Barn som pårørande</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/order_form.py" line="+56" />
        <source>New order from a paper order</source>
        <translation>Ny ordinasjon frå papirordinasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</source>
        <translation>Skriv av ordinasjonen nøyaktig slik forskrivaren skreiv han. Vernepleiaren forordnar ikkje: etter lagring kan berre merknadene om utdeling endrast.</translation>
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
        <translation>Skriv nokre bokstavar for å velje frå legemiddellista, eller skriv fritt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 500 mg</source>
        <translation>til dømes 500 mg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Legemiddelform</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Route</source>
        <translation>Administrasjonsveg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengd og eining, til dømes 1 tablett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times of day</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Separate with commas, e.g. 08:00, 14:00, 22:00</source>
        <translation>Skil med komma, til dømes 08:00, 14:00, 22:00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indication</source>
        <translation>Indikasjon</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Max doses per 24 h</source>
        <translation>Maks dosar per døger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours between doses (at least)</source>
        <translation>Timar mellom dosar (minst)</translation>
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
        <translation>La stå tomt om det ikkje er nokon sluttdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered by</source>
        <translation>Forordna av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prescriber's name (and workplace)</source>
        <translation>Namnet til forskrivaren (og arbeidsstad)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered on</source>
        <translation>Forordna dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC code</source>
        <translation>ATC-kode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not controlled</source>
        <translation>Ikkje narkotikaklassifisert</translation>
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
        <translation>Ein annan person må kontrollsignere kvar dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observed intake</source>
        <translation>Observert inntak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intake must be observed (e.g. LAR)</source>
        <translation>Inntaket må observerast (til dømes LAR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packed in multidose bags</source>
        <translation>Pakka i multidoseposar</translation>
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
        <translation>Ordinasjon endra på serveren</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../desktop/ui/client/order_panel.py" line="+34" />
        <location line="+3" />
        <source>Fixed medicines</source>
        <translation>Faste legemiddel</translation>
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
        <translation>Maks per døger</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last 24 h</source>
        <translation>Siste døger</translation>
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
        <translation>Vald ordinasjon</translation>
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
        <translation>Seponert frå %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped or paused by the prescriber</source>
        <translation>Seponert eller sett på pause av forskrivar</translation>
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
        <translation>Lagt inn trass CAVE</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+28" />
        <source>Breaks a rule (municipal record)</source>
        <translation>Bryt ein regel (journalen i kommunen)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Ordered by %1, %2</source>
        <translation>Forordna av %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From %1</source>
        <translation>Frå %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least %1 hours apart</source>
        <translation>minst %1 timar mellom dosane</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stopped from %1 as instructed by %2 (%3): %4</source>
        <translation>Seponert frå %1 etter beskjed frå %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overridden: %1 (%2)</source>
        <translation>Overstyrt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select an order to see who ordered it and when.</source>
        <translation>Vel ein ordinasjon for å sjå kven som forordna han og når.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../desktop/ui/i18n/plan_labels.py" line="+16" />
        <source>Daily living</source>
        <translation>Dagleglivet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work and activity</source>
        <translation>Arbeid og aktivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network and relatives</source>
        <translation>Nettverk og pårørande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Rusmiddelbruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own view</source>
        <translation>Brukaren si eiga skildring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Anna</translation>
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
        <translation>Brukaren deltok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in some of it</source>
        <translation>Brukaren deltok delvis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>Brukaren deltok ikkje</translation>
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
        <translation>Ikkje nådd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carried on</source>
        <translation>Vidareførast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dropped</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent to the plan</source>
        <translation>Samtykke til planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent to share information</source>
        <translation>Samtykke til å dele opplysningar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Statsforvalter</source>
        <translation>Statsforvaltaren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The professional lead</source>
        <translation>Fagleg ansvarleg</translation>
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
        <translation>Stadfesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not assessed</source>
        <translation>Ikkje vurdert</translation>
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
        <translation>Skrivaren kunne ikkje startast: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file could not be written: %1</source>
        <translation>Fila kunne ikkje skrivast: %1</translation>
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
        <translation>Legemiddellista og ei signeringsliste for %1, til å signere på papir og leggje att i heimen. Utskrifta vert registrert i tilgangsloggen.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>days</source>
        <translation>dagar</translation>
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
        <translation>Legemiddelarket er lagra: %1</translation>
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
        <translation>Gitt siste døgeret: %1 av høgst %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the maximum is reached</source>
        <translation>maks er nådd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why is it given?</source>
        <translation>Kvifor vert han gitt?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Mengd og eining, til dømes 1 tablett</translation>
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
        <translation>Reglar brotne av oppføringar frå journalen i kommunen</translation>
    </message>
</context>
<context>
    <name>PulledFindings</name>
    <message>
        <location line="-40" />
        <source>Municipal record: %1 — %2</source>
        <translation>Journalen i kommunen: %1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Municipal record: the dose of %1 given %2 by %3 — %4</source>
        <translation>Journalen i kommunen: dosen av %1 gitt %2 av %3 — %4</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Municipal record: %1</source>
        <translation>Journalen i kommunen: %1</translation>
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
        <translation>&amp;Gjer om</translation>
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
        <translation>Vis detaljar …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Skjul detaljar …</translation>
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
        <translation>Opne</translation>
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
        <translation>Gjenopprett standardverdiar</translation>
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
        <translation>&amp;Gjer om</translation>
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
        <translation>Kopier &amp;lenkjeadresse</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="-66" />
        <source>The client's own rating</source>
        <translation>Brukaren si eiga vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the client how things are, from 0 (very bad) to 10 (very good).</source>
        <translation>Spør brukaren korleis det går, frå 0 (svært dårleg) til 10 (svært bra).</translation>
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
        <translation>Med orda til brukaren</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="-102" />
        <source>Receipt of controlled drugs</source>
        <translation>Mottak av A- og B-preparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount received</source>
        <translation>Motteken mengd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Received from</source>
        <translation>Motteke frå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From whom</source>
        <translation>Frå kven</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the pharmacy's name, or the relative's name</source>
        <translation>T.d. namnet på apoteket eller den pårørande</translation>
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
        <translation>Registrer brukar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client is saved on this computer and sent with the next synchronisation. If the municipal record already has the person, the record's entry is used.</source>
        <translation>Brukaren blir lagra på denne maskina og send ved neste synkronisering. Finst personen alt i journalen i kommunen, blir oppføringa der brukt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National identity number or D number</source>
        <translation>Fødselsnummer eller D-nummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>11 digits; the check digits are checked</source>
        <translation>11 siffer; kontrollsifra blir sjekka</translation>
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
        <translation>Pårørande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One a line: name; relation; phone; yes = next of kin</source>
        <translation>Éin per linje: namn; relasjon; telefon; ja = nærmaste pårørande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible unit</source>
        <translation>Ansvarleg eining</translation>
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
        <translation>Vurderingar og åtferd over tid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Behaviour per day</source>
        <translation>Åtferd per dag</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No ratings or behaviour registrations in the last 90 days</source>
        <translation>Ingen vurderingar eller åtferdsregistreringar dei siste 90 dagane</translation>
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
        <translation>Brukaren si eiga vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use…</source>
        <translation>Rusmiddelbruk …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour…</source>
        <translation>Åtferd …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Behaviour registration</source>
        <translation>Åtferdsregistrering</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Behaviour shown</source>
        <translation>Vis åtferd</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last 90 days, newest first</source>
        <translation>Siste 90 dagar, nyaste først</translation>
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
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registrations</source>
        <translation>Registreringar</translation>
    </message>
    <message>
        <location line="+32" />
        <source>All behaviours</source>
        <translation>All åtferd</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 time(s)</source>
        <translation>%1 gong(er)</translation>
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
        <translation>Oppgåve</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsible, deadline</source>
        <translation>Ansvarleg, frist</translation>
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
        <translation>Ikkje gjennomgått</translation>
    </message>
</context>
<context>
    <name>RuleForms</name>
    <message>
        <location filename="../desktop/ui/forms/rule_forms.py" line="+42" />
        <source>the order asks for it</source>
        <translation>ordinasjonen krev det</translation>
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
        <translation>legemiddelet %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>route %1</source>
        <translation>administrasjonsveg %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the colleague who checked</source>
        <translation>Vel kollegaen som kontrollerte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double check: %1.</source>
        <translation>Dobbeltkontroll: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No colleague is enrolled on this computer. Enroll one under File → Double check and colleagues…</source>
        <translation>Ingen kollega er registrert på denne maskina. Registrer ein under Fil → Dobbeltkontroll og kollegaer…</translation>
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
        <translation>Passordet til kontrolløren</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Typed by the second signer, not by you</source>
        <translation>Blir skrive av kontrolløren, ikkje av deg</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Warning</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why you go ahead (e.g. agreed with the prescriber)</source>
        <translation>Kvifor du går vidare (t.d. avklart med forskrivar)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason to go ahead</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Go ahead anyway</source>
        <translation>Gå vidare likevel</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Read the warning and give a reason to go ahead, or cancel.</source>
        <translation>Les åtvaringa og gi ei grunngiving for å gå vidare, eller avbryt.</translation>
    </message>
</context>
<context>
    <name>ServerBanners</name>
    <message>
        <location filename="../desktop/ui/client/server_banners.py" line="-30" />
        <source>The order was changed %1 at %2: %3</source>
        <translation>Ordinasjonen er endra %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was stopped %1 at %2: %3</source>
        <translation>Ordinasjonen er seponert %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was paused %1 at %2: %3</source>
        <translation>Ordinasjonen er sett på pause %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was resumed %1 at %2: %3</source>
        <translation>Ordinasjonen er teken opp att %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was marked entered in error %1 at %2: %3</source>
        <translation>Ordinasjonen er merkt som feilregistrert %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The order was deleted in the municipal record %1 at %2: %3</source>
        <translation>Ordinasjonen er sletta i journalen i kommunen %1 kl. %2: %3</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Updated from the server %1 at %2</source>
        <translation>Oppdatert frå server %1 kl. %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Removed from the caseload — waiting for synchronisation</source>
        <translation>Fjerna frå arbeidslista — ventar på synkronisering</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changes on the server wait until yours are confirmed</source>
        <translation>%1 endringar på serveren ventar til dine er stadfesta</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 gave this medicine at %2 (%3 dose(s) by others in the last 24 hours). Sign another dose anyway?</source>
        <translation>%1 gav dette legemiddelet kl. %2 (%3 dose(r) gitt av andre siste døgnet). Vil du likevel signere ein dose til?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Already given</source>
        <translation>Alt gitt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign another dose</source>
        <translation>Signer ein dose til</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Do not sign</source>
        <translation>Ikkje signer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+19" />
        <source>Settings</source>
        <translation>Innstillingar</translation>
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
        <translation>Nytt språk vert teke i bruk neste gong Ambulant startar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle minutes</source>
        <translation>Lås etter minutt utan bruk</translation>
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
        <translation>Velkomen til Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</source>
        <translation>Gjer denne datamaskina klar for arbeidet ditt. Alt du registrerer, vert lagra i ein kryptert database på denne datamaskina til det er synkronisert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your name</source>
        <translation>Namnet ditt</translation>
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
        <translation>Fann ingen nøkkelring på denne datamaskina: databasen vert verna av passordfrasen åleine. Vel ein lang ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create encrypted database</source>
        <translation>Opprett kryptert database</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Too short: at least %1 characters</source>
        <translation>For kort: minst %1 teikn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak: use more characters or several words</source>
        <translation>Svak: bruk fleire teikn eller fleire ord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair: longer is better (four words or more)</source>
        <translation>Middels: lengre er betre (fire ord eller fleire)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Minst %1 teikn. Fleire ord er lette å hugse og vanskelege å gjette.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passordfrasen må ha minst %1 teikn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The passphrases are not the same.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+111" />
        <source>Preview of the medication sheet</source>
        <translation>Førehandsvising av legemiddelarket</translation>
    </message>
</context>
<context>
    <name>SignDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-109" />
        <source>Outside the planned time</source>
        <translation>Utanfor planlagd tid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose refused</source>
        <translation>Dose nekta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose not given</source>
        <translation>Dose ikkje gitt</translation>
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
        <translation>planlagd %1</translation>
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
        <translation>Allereie signert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>planned %1</source>
        <translation>planlagd %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is already signed: %2 %3 by %4.</source>
        <translation>%1 er allereie signert: %2 %3 av %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was signed now. If the signature is wrong, correct it or mark it entered in error.</source>
        <translation>Ingenting vart signert no. Er signeringa feil, kan du rette henne eller merkje henne som feilregistrert.</translation>
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
        <translation>Forordna av %1, %2. Før inn seponeringa nøyaktig slik forskrivaren gav beskjed. Ordinasjonen blir halden som ein ny versjon; ingen dose er planlagd etter seponering.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop from</source>
        <translation>Seponerast frå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed by</source>
        <translation>Beskjed frå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The prescriber (name and workplace)</source>
        <translation>Forskrivaren (namn og arbeidsstad)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed at</source>
        <translation>Beskjed gitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Kvifor</translation>
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
        <translation>Rusmiddel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. alcohol, cannabis</source>
        <translation>t.d. alkohol, cannabis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was observed</source>
        <translation>Kva vart observert</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desktop/ui/sync/controller.py" line="+123" />
        <source>Synchronisation cancelled. What was not sent waits for the next one.</source>
        <translation>Synkroniseringa vart avbroten. Det som ikkje vart sendt, ventar til neste gong.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Everything is synchronised (%1 sent).</source>
        <translation>Alt er synkronisert (%1 sendt).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 sent, %2 failed, %3 waiting.</source>
        <translation>%1 sendt, %2 feila, %3 ventar.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Synchronisation settings saved.</source>
        <translation>Innstillingane for synkronisering er lagra.</translation>
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
        <translation>Stoppar etter sendinga som er undervegs. Ingenting går tapt: det som ikkje er sendt, ventar til neste synkronisering.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connecting…</source>
        <translation>Koplar til …</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Receiving from the server: %1</source>
        <translation>Hentar frå serveren: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to send</source>
        <translation>Ingenting å sende</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 sende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 refused</source>
        <translation>%1 avviste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting for the server</source>
        <translation>ventar på serveren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>Stoppar …</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/sync/server_dialog.py" line="+49" />
        <source>Synchronisation settings</source>
        <translation>Innstillingar for synkronisering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where Ambulant sends your records at the end of the shift: the municipality's FHIR server.</source>
        <translation>Kvar Ambulant sender oppføringane dine ved vaktslutt: FHIR-serveren til kommunen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://… (plain http only to this computer)</source>
        <translation>https://… (ukryptert http berre til denne maskina)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>records</source>
        <translation>oppføringar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records per &amp;bundle</source>
        <translation>Oppføringar per &amp;sending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the server takes fewer, Ambulant learns it and sends smaller bundles.</source>
        <translation>Tek serveren imot færre, merkar Ambulant det og sender mindre sendingar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (a test server on this computer)</source>
        <translation>Inga (ein testserver på denne maskina)</translation>
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
        <translation>Blir lagra i nøkkelringen på maskina, aldri i databasen.</translation>
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
        <translation>&amp;Gruppe i arbeidslista</translation>
    </message>
    <message>
        <location line="+7" />
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days of &amp;history</source>
        <translation>Dagar &amp;bakover</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synchronise auto&amp;matically when the network is available</source>
        <translation>Synkroniser a&amp;utomatisk når nett er tilgjengeleg</translation>
    </message>
    <message>
        <location line="-25" />
        <source>No key pair yet.</source>
        <translation>Ikkje noko nøkkelpar enno.</translation>
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
        <translation>Offentleg &amp;nøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give this public key to whoever registers the client. The private key stays in the keyring.</source>
        <translation>Gi den offentlege nøkkelen til den som registrerer klienten. Den private nøkkelen blir verande i nøkkelringen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A FHIR Group on the server whose members you follow too. Empty: none.</source>
        <translation>Ei FHIR-gruppe på serveren med brukarar du òg følgjer. Tomt: inga.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>How far back colleagues' doses and observations are fetched.</source>
        <translation>Kor langt tilbake doser og observasjonar frå kollegar blir henta.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test &amp;connection</source>
        <translation>&amp;Prøv tilkoplinga</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connection test result</source>
        <translation>Resultat av tilkoplingstesten</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A token is stored; paste a new one to replace it</source>
        <translation>Ein nøkkel er lagra; lim inn ein ny for å byte han ut</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Replace the key pair…</source>
        <translation>Byt nøkkelpar …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the client id first: the key is kept under it.</source>
        <translation>Skriv inn klient-id-en først: nøkkelen blir lagra under han.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Replace the key pair</source>
        <translation>Byte nøkkelpar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</source>
        <translation>Serveren kjenner berre den noverande offentlege nøkkelen. Etter bytet feilar synkroniseringa til den nye nøkkelen er registrert. Vil du byte?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace</source>
        <translation>Byt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the current key</source>
        <translation>Behald nøkkelen</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Asking the server…</source>
        <translation>Spør serveren …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connected: a FHIR %1 server %2</source>
        <translation>Tilkopla: ein FHIR %1-server %2</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sync/panel.py" line="-69" />
        <source>%n pulled record(s) break a rule: the warning is shown with the client's medication.</source>
        <translation>
            <numerusform>%n henta oppføring bryt ein regel: åtvaringa blir vist ved legemidla til brukaren.</numerusform>
            <numerusform>%n henta oppføringar bryt ein regel: åtvaringa blir vist ved legemidla til brukaren.</numerusform>
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
        <translation>Synkronisering med serveren til kommunen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent this time</source>
        <translation>Sendt no</translation>
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
        <translation>Ventar framleis på å bli sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronised</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Why records wait</source>
        <translation>Kvifor oppføringar ventar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's reason</source>
        <translation>Grunngivinga frå serveren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records the server refused</source>
        <translation>Oppføringar serveren avviste</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</source>
        <translation>Avviste oppføringar blir liggjande trygt på denne maskina. Rett det serveren ber om ved behov, og prøv igjen. Vel rader for å prøve berre dei; elles blir alle prøvde.</translation>
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
        <translation>Serverinnstillingar …</translation>
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
        <translation>Serveren har ikkje avvist nokon oppføringar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No server is set up for synchronisation yet.</source>
        <translation>Det er ikkje sett opp nokon server for synkronisering enno.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Everything is sent to the server.</source>
        <translation>Alt er sendt til serveren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</source>
        <translation>Serveren tok ikkje imot alt. Det han avviste, står nedanfor med grunngivinga; ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</source>
        <translation>Nokre oppføringar ventar framleis og blir sende ved neste synkronisering. Ingenting er tapt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</source>
        <translation>Synkroniseringa vart avbroten. Det som ikkje vart sendt, er lagra på denne maskina og går med neste synkronisering.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</source>
        <translation>Det er ikkje sett opp nokon server for synkronisering enno. Oppføringane dine er trygt lagra på denne maskina til det er gjort.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Could not synchronise just now. Nothing is lost: %n record(s) are kept safely on this computer and will be sent the next time you synchronise.</source>
        <translation>
            <numerusform>Fekk ikkje synkronisert no. Ingenting er tapt: %n oppføring er trygt lagra på denne maskina og blir send neste gong du synkroniserer.</numerusform>
            <numerusform>Fekk ikkje synkronisert no. Ingenting er tapt: %n oppføringar er trygt lagra på denne maskina og blir sende neste gong du synkroniserer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>Try again (%n selected)</source>
        <translation>
            <numerusform>Prøv igjen (%n vald)</numerusform>
            <numerusform>Prøv igjen (%n valde)</numerusform>
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
        <translation>Ny avtalt oppgåve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Responsible</source>
        <translation>Ansvarleg</translation>
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
        <translation>Utanfor normalområdet</translation>
    </message>
    <message>
        <location line="+34" />
        <source>no measurements in the last 90 days</source>
        <translation>ingen målingar siste 90 dagar</translation>
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
        <translation>Skriv passordfrasen din for å opne den krypterte journalen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Demo data with fictional clients. The passphrase is %1</source>
        <translation>Demodata med oppdikta brukarar. Passordfrasen er %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved text is kept until you unlock.</source>
        <translation>Ulagra tekst vert teken vare på til du låser opp.</translation>
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
        <translation>Journalen er sletta</translation>
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
        <translation>Kassasjon av A- og B-preparat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount wasted</source>
        <translation>Kassert mengd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the rest of an ampoule, a broken tablet, expired</source>
        <translation>T.d. rest i ampulle, knust tablett, gått ut på dato</translation>
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
        <translation>&amp;Synkroniser no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused &amp;records…</source>
        <translation>Avv&amp;iste oppføringar …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync&amp;hronisation…</source>
        <translation>Synkroniserin&amp;g …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Double check and colleagues…</source>
        <translation>&amp;Dobbeltkontroll og kollegaer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find client</source>
        <translation>&amp;Finn brukar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Medication</source>
        <translation>&amp;Legemiddel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Observations</source>
        <translation>&amp;Observasjonar</translation>
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
        <translation>&amp;Brukar</translation>
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
        <translation>Reglane for dobbeltkontroll er lagra.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>About Ambulant</source>
        <translation>Om Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</source>
        <translation>Ambulant – journal, legemiddel og plan for ambulante vernepleiarar. Verkar utan nett; dataa er krypterte på denne datamaskina.</translation>
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
        <translation>Pålogga som</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting to synchronise</source>
        <translation>Ventar på synkronisering</translation>
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
        <translation>Ventar på synkronisering: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed: %1</source>
        <translation>feila: %1</translation>
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
        <translation>Trekt tilbake frå</translation>
    </message>
</context>
<context>
    <name>_MembersForm</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="-158" />
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Frå</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Medlemer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates as dd.mm.yyyy. A member who leaves gets an end date.</source>
        <translation>Datoar som dd.mm.åååå. Eit medlem som går ut, får ein sluttdato.</translation>
    </message>
</context>
</TS>