<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../desktop/ui/client/access_log_dialog.py" line="+38" />
        <location line="+8" />
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Access log for %1</source>
        <translation>Access log for %1</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Everyone who opened, wrote, corrected or printed something in this client's record on this computer, newest first. The client has a right to see this log.</source>
        <translation>Everyone who opened, wrote, corrected or printed something in this client's record on this computer, newest first. The client has a right to see this log.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+17" />
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <location line="+0" />
        <source>another device</source>
        <translation>another device</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Print for the client…</source>
        <translation>Print for the client…</translation>
    </message>
</context>
<context>
    <name>AdministrationNotesDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+43" />
        <source>Administration notes</source>
        <translation>Administration notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</source>
        <translation>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
    <message>
        <location filename="../desktop/ui/forms/client_forms.py" line="+77" />
        <source>CAVE / allergy</source>
        <translation>CAVE / allergy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CAVE for %1, entered by hand with where the information comes from.</source>
        <translation>CAVE for %1, entered by hand with where the information comes from.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From the municipal record (read-only here): %1</source>
        <translation>From the municipal record (read-only here): %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Substance or medicine</source>
        <translation>Substance or medicine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. mild, moderat, alvorlig</source>
        <translation>e.g. mild, moderat, alvorlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who the information comes from: the client, a relative, the GP …</source>
        <translation>Who the information comes from: the client, a relative, the GP …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../desktop/ui/forms/assessment_forms.py" line="+74" />
        <source>New analysis</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Builds on the assessment</source>
        <translation>Builds on the assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The worker's understanding</source>
        <translation>The worker's understanding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's understanding</source>
        <translation>The client's understanding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the client's own words where you can</source>
        <translation>In the client's own words where you can</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>User participation</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="+77" />
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</source>
        <translation>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+32" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/assessment_forms.py" line="-58" />
        <source>New assessment (kartlegging)</source>
        <translation>New assessment (kartlegging)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write what was mapped in each area you looked into; leave the others blank.</source>
        <translation>Write what was mapped in each area you looked into; leave the others blank.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the tool</source>
        <translation>Name of the tool</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>User participation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How the client took part</source>
        <translation>How the client took part</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../desktop/ui/client/assessment_page.py" line="+46" />
        <source>The working model starts here: map the client's situation together with the client, analyse it, then set goals that build on the analysis.</source>
        <translation>The working model starts here: map the client's situation together with the client, analyse it, then set goals that build on the analysis.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Assessments and analyses</source>
        <translation>Assessments and analyses</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assessment or analysis in full</source>
        <translation>Assessment or analysis in full</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New analysis…</source>
        <translation>New analysis…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New goal from the analysis…</source>
        <translation>New goal from the analysis…</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+54" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="-23" />
        <source>No assessment yet. Map the client's situation in the areas that matter, with the client.</source>
        <translation>No assessment yet. Map the client's situation in the areas that matter, with the client.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User participation</source>
        <translation>User participation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses built on it</source>
        <translation>Analyses built on it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No analysis built on it yet.</source>
        <translation>No analysis built on it yet.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>builds on: %1</source>
        <translation>builds on: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The worker’s understanding</source>
        <translation>The worker’s understanding</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The client’s understanding</source>
        <translation>The client’s understanding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals built on it: %1</source>
        <translation>Goals built on it: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No goal built on it yet.</source>
        <translation>No goal built on it yet.</translation>
    </message>
</context>
<context>
    <name>BehaviourDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="+76" />
        <source>Behaviour registration</source>
        <translation>Behaviour registration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What (the behaviour)</source>
        <translation>What (the behaviour)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many times</source>
        <translation>How many times</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where, with whom, what was going on</source>
        <translation>Where, with whom, what was going on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened just before</source>
        <translation>What happened just before</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened after</source>
        <translation>What happened after</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How others responded, how it ended</source>
        <translation>How others responded, how it ended</translation>
    </message>
</context>
<context>
    <name>CaseloadActions</name>
    <message>
        <location filename="../desktop/ui/caseload_actions.py" line="+30" />
        <source>&amp;Register client…</source>
        <translation>&amp;Register client…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAVE / a&amp;llergy…</source>
        <translation>CAVE / a&amp;llergy…</translation>
    </message>
</context>
<context>
    <name>Cave</name>
    <message>
        <location filename="../desktop/ui/forms/cave.py" line="+22" />
        <source>CAVE: no known allergies registered</source>
        <translation>CAVE: no known allergies registered</translation>
    </message>
</context>
<context>
    <name>Chapter9Dialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+32" />
        <source>Chapter 9: emergency intervention</source>
        <translation>Chapter 9: emergency intervention</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</source>
        <translation>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
</context>
<context>
    <name>Chapter9Page</name>
    <message>
        <location filename="../desktop/ui/client/chapter9_page.py" line="+33" />
        <source>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</source>
        <translation>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9 registrations</source>
        <translation>Chapter 9 registrations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Registration details</source>
        <translation>Registration details</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New registration…</source>
        <translation>New registration…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record that it was sent…</source>
        <translation>Record that it was sent…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form…</source>
        <translation>Form…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The municipality's chapter 9 form</source>
        <translation>The municipality's chapter 9 form</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sent (no date recorded)</source>
        <translation>sent (no date recorded)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No registrations. Register an emergency intervention at once, with “New registration…”.</source>
        <translation>No registrations. Register an emergency intervention at once, with “New registration…”.</translation>
    </message>
</context>
<context>
    <name>Chapter9SentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/chapter9_forms.py" line="+18" />
        <source>Record that it was sent</source>
        <translation>Record that it was sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Statsforvalteren i Vestland, or the lead's name</source>
        <translation>e.g. Statsforvalteren i Vestland, or the lead's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. Altinn, letter</source>
        <translation>e.g. Altinn, letter</translation>
    </message>
</context>
<context>
    <name>Chapter9SettingsDialog</name>
    <message>
        <location line="+14" />
        <source>Chapter 9 form</source>
        <translation>Chapter 9 form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields the law requires cannot be removed or made optional. New fields apply to new registrations; earlier ones keep the form they were made with.</source>
        <translation>The fields the law requires cannot be removed or made optional. New fields apply to new registrations; earlier ones keep the form they were made with.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (Bokmål)</source>
        <translation>Label (Bokmål)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key: lower-case letters, digits, - and _. Required: ja or nei.</source>
        <translation>Key: lower-case letters, digits, - and _. Required: ja or nei.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code system URL</source>
        <translation>Code system URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The municipality's own, e.g. https://fhir.kommune.no/…</source>
        <translation>The municipality's own, e.g. https://fhir.kommune.no/…</translation>
    </message>
</context>
<context>
    <name>ChildrenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+47" />
        <source>Children as relatives (§ 10 a)</source>
        <translation>Children as relatives (§ 10 a)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Has minor children or siblings</source>
        <translation>Has minor children or siblings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of children</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their need for information and follow-up is assessed</source>
        <translation>Their need for information and follow-up is assessed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+81" />
        <source>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</source>
        <translation>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record assessment…</source>
        <translation>Record assessment…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minor children or siblings</source>
        <translation>Minor children or siblings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of children</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Need for information and follow-up assessed</source>
        <translation>Need for information and follow-up assessed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>ClientDelegate</name>
    <message numerus="yes">
        <location filename="../desktop/ui/client/client_list.py" line="+89" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dose</numerusform>
            <numerusform>%n doses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location line="-7" />
        <location line="+95" />
        <source>b. %1</source>
        <translation>b. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61" />
        <source>Name or birth date (dd.mm.yyyy)</source>
        <translation>Name or birth date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search by name or birth date (dd.mm.yyyy). Ctrl+F</source>
        <translation>Search by name or birth date (dd.mm.yyyy). Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n dose(s) today</source>
        <translation>
            <numerusform>%n dose today</numerusform>
            <numerusform>%n doses today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n controlled drug count(s) due</source>
        <translation>
            <numerusform>%n controlled drug count due</numerusform>
            <numerusform>%n controlled drug counts due</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>individual plan revision %1</source>
        <translation>individual plan revision %1</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../desktop/ui/client/client_view.py" line="+35" />
        <source>Choose a client in the list (Ctrl+F searches).</source>
        <translation>Choose a client in the list (Ctrl+F searches).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>From the municipal server</source>
        <translation>From the municipal server</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+45" />
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>national id %1</source>
        <translation>national id %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/consent_forms.py" line="+30" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The client consents</source>
        <translation>The client consents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client does not consent</source>
        <translation>The client does not consent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the consent covers</source>
        <translation>What the consent covers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. information needed for the work with the plan</source>
        <translation>e.g. information needed for the work with the plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Given orally (not in writing)</source>
        <translation>Given orally (not in writing)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see what</source>
        <translation>Who may see what</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who (person, role or service)</source>
        <translation>Who (person, role or service)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they may see</source>
        <translation>What they may see</translation>
    </message>
</context>
<context>
    <name>CorrectDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+95" />
        <source>Correct a signed dose</source>
        <translation>Correct a signed dose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed %1 by %2: %3. The correction is saved as a new version; the signed one stays readable.</source>
        <translation>Signed %1 by %2: %3. The correction is saved as a new version; the signed one stays readable.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time given</source>
        <translation>Time given</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reason (not given, refused)</source>
        <translation>Reason (not given, refused)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why it is corrected</source>
        <translation>Why it is corrected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+14" />
        <source>Correct note</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The correction is saved as a new version. The earlier text stays readable.</source>
        <translation>The correction is saved as a new version. The earlier text stays readable.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected text</source>
        <translation>Corrected text</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+146" />
        <source>Count of controlled drugs</source>
        <translation>Count of controlled drugs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count first, then compare</source>
        <translation>Count first, then compare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This first count opens the ledger.</source>
        <translation>This first count opens the ledger.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Two people count together. A count that differs from the ledger blocks the next dose until a deviation is recorded.</source>
        <translation>Two people count together. A count that differs from the ledger blocks the next dose until a deviation is recorded.</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location line="+89" />
        <source>Deviation in the controlled drugs ledger</source>
        <translation>Deviation in the controlled drugs ledger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The count it explains</source>
        <translation>The count it explains</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the head of the unit, per local procedure</source>
        <translation>E.g. the head of the unit, per local procedure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+7" />
        <source>– none (another deviation) –</source>
        <translation>– none (another deviation) –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A count did not match the ledger. The next dose is blocked until this deviation is saved.</source>
        <translation>A count did not match the ledger. The next dose is blocked until this deviation is saved.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: counted %2 %3</source>
        <translation>%1: counted %2 %3</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/document_dialog.py" line="+40" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Preview of %1</source>
        <translation>Preview of %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Chapter 9 report</source>
        <translation>Chapter 9 report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One registration a page, with every field of the form. Send it to the Statsforvalter and the professional lead, then record that it was sent.</source>
        <translation>One registration a page, with every field of the form. Send it to the Statsforvalter and the professional lead, then record that it was sent.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Access log for the client</source>
        <translation>Access log for the client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every read, write and print of the client's record, for the client to keep.</source>
        <translation>Every read, write and print of the client's record, for the client to keep.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The minutes with agreements and tasks, to hand out to the group.</source>
        <translation>The minutes with agreements and tasks, to hand out to the group.</translation>
    </message>
</context>
<context>
    <name>DoseTimeline</name>
    <message>
        <location filename="../desktop/ui/client/dose_timeline.py" line="+75" />
        <source>Doses today</source>
        <translation>Doses today</translation>
    </message>
    <message>
        <location line="+45" />
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 %2 by %3</source>
        <translation>%1 %2 by %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>checked by %1</source>
        <translation>checked by %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>overridden: %1 (%2)</source>
        <translation>overridden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrected: %1</source>
        <translation>corrected: %1</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark entered in error…</source>
        <translation>Mark entered in error…</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+61" />
        <source>Effect of the as-needed dose</source>
        <translation>Effect of the as-needed dose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 given %2. Reason: %3</source>
        <translation>%1 given %2. Reason: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>EnrollColleagueDialog</name>
    <message>
        <location filename="../desktop/ui/forms/procedure_form.py" line="+32" />
        <source>Enroll a colleague for double checks</source>
        <translation>Enroll a colleague for double checks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let the colleague type their own passphrase. It is stored only as a strong hash and asked for at every double check they sign.</source>
        <translation>Let the colleague type their own passphrase. It is stored only as a strong hash and asked for at every double check they sign.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HPR no.</source>
        <translation>HPR no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colleague's passphrase</source>
        <translation>Colleague's passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="-35" />
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The entry is kept and shown as entered in error. Nothing is deleted.</source>
        <translation>The entry is kept and shown as entered in error. Nothing is deleted.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark as entered in error</source>
        <translation>Mark as entered in error</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+117" />
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation of:</source>
        <translation>Evaluation of:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Was it reached?</source>
        <translation>Was it reached?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress (0–10)</source>
        <translation>Progress (0–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What changes next</source>
        <translation>What changes next</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+17" />
        <source>Follow-up of the deviation</source>
        <translation>Follow-up of the deviation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (reported to %2). The follow-up is saved as a new version of the deviation; the earlier version stays readable.</source>
        <translation>%1 (reported to %2). The follow-up is saved as a new version of the deviation; the earlier version stays readable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../desktop/ui/forms/form_dialog.py" line="+75" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+151" />
        <source>Press Save again to save it.</source>
        <translation>Press Save again to save it.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-92" />
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the client's own words</source>
        <translation>In the client's own words</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User participation</source>
        <translation>User participation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in setting the goal</source>
        <translation>The client took part in setting the goal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. housing, health, work and activity</source>
        <translation>e.g. housing, health, work and activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Builds on the analysis</source>
        <translation>Builds on the analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The goal is part of the individual plan</source>
        <translation>The goal is part of the individual plan</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <location line="+18" />
        <source>Goal status</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal:</source>
        <translation>Goal:</translation>
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
        <translation>1 Assessment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>2 Analysis</source>
        <translation>2 Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 Goal</source>
        <translation>3 Goal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>4 Measures</source>
        <translation>4 Measures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>5 Evaluation</source>
        <translation>5 Evaluation</translation>
    </message>
    <message>
        <location line="+12" />
        <source>progress %1 of 10</source>
        <translation>progress %1 of 10</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No assessment linked to this goal.</source>
        <translation>No assessment linked to this goal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The worker’s understanding</source>
        <translation>The worker’s understanding</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The client’s understanding</source>
        <translation>The client’s understanding</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hypotheses</source>
        <translation>Hypotheses</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No analysis linked. Link the goal to the analysis it builds on.</source>
        <translation>No analysis linked. Link the goal to the analysis it builds on.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The client took part</source>
        <translation>The client took part</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>The client did not take part</translation>
    </message>
    <message>
        <location line="+4" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the individual plan</source>
        <translation>In the individual plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not in the individual plan</source>
        <translation>Not in the individual plan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>who: %1</source>
        <translation>who: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>how often: %1</source>
        <translation>how often: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scope: %1</source>
        <translation>scope: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No measures yet.</source>
        <translation>No measures yet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No evaluations yet.</source>
        <translation>No evaluations yet.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+67" />
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The goal's thread: assessment, analysis, goal, measures, evaluation</source>
        <translation>The goal's thread: assessment, analysis, goal, measures, evaluation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New goal…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New measure…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New evaluation…</source>
        <translation>New evaluation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal status…</source>
        <translation>Goal status…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The client took part</source>
        <translation>The client took part</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>The client did not take part</translation>
    </message>
    <message>
        <location line="+2" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No goals yet. Set the goals together with the client, in the client's own words.</source>
        <translation>No goals yet. Set the goals together with the client, in the client's own words.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+76" />
        <source>New responsibility group</source>
        <translation>New responsibility group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../desktop/ui/client/group_page.py" line="+55" />
        <location line="+4" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="-74" />
        <location line="+2" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Agreed tasks</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-18" />
        <source>New responsibility group…</source>
        <translation>New responsibility group…</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Name and role</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit members…</source>
        <translation>Edit members…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print minutes…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Task and responsible</source>
        <translation>Task and responsible</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No responsibility group yet</source>
        <translation>No responsibility group yet</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open, late</source>
        <translation>Open, late</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tasks agreed</source>
        <translation>Tasks agreed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Tasks from earlier meetings</translation>
    </message>
    <message>
        <location line="+18" />
        <source>until</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="-34" />
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="-67" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ENTERED IN ERROR: %1</source>
        <translation>ENTERED IN ERROR: %1</translation>
    </message>
</context>
<context>
    <name>IndividualPlanDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+69" />
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part in the planning</source>
        <translation>Taking part in the planning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line or separated by commas</source>
        <translation>One per line or separated by commas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period from</source>
        <translation>Plan period from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period to</source>
        <translation>Plan period to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>What each party contributes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Collaboration with other services</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Goals to take into the plan</source>
        <translation>Goals to take into the plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With their measures</source>
        <translation>With their measures</translation>
    </message>
</context>
<context>
    <name>IndividualPlanPage</name>
    <message>
        <location filename="../desktop/ui/client/individual_plan_page.py" line="+51" />
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>Edit individual plan…</source>
        <translation>Edit individual plan…</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdraw consent…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No individual plan. A client with long-term, coordinated needs has the right to one.</source>
        <translation>No individual plan. A client with long-term, coordinated needs has the right to one.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create individual plan…</source>
        <translation>Create individual plan…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plan is due for revision on %1.</source>
        <translation>The plan is due for revision on %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan is due for revision today (%1).</source>
        <translation>The plan is due for revision today (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan's revision date %1 has passed.</source>
        <translation>The plan's revision date %1 has passed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taking part in the planning</source>
        <translation>Taking part in the planning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan period</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each party contributes</source>
        <translation>What each party contributes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration with other services</source>
        <translation>Collaboration with other services</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Goals and measures in the plan</source>
        <translation>Goals and measures in the plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No goals in the plan yet: take them in with “Edit individual plan…”, or set a new goal.</source>
        <translation>No goals in the plan yet: take them in with “Edit individual plan…”, or set a new goal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From–to</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No measures yet.</source>
        <translation>No measures yet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not in force today.</source>
        <translation>Not in force today.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who may see</source>
        <translation>Who may see</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+10" />
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>withdrawn from %1</source>
        <translation>withdrawn from %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>orally</source>
        <translation>orally</translation>
    </message>
    <message>
        <location line="+0" />
        <source>in writing</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location line="+18" />
        <source>given (noted in the plan)</source>
        <translation>given (noted in the plan)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>given %1 (noted in the plan): %2</source>
        <translation>given %1 (noted in the plan): %2</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>JournalNotice</name>
    <message>
        <location filename="../desktop/ui/journal_health.py" line="+42" />
        <source>Journal notice</source>
        <translation>Journal notice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repair…</source>
        <translation>Repair…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of %2 pages of the journal on this computer cannot be read.</source>
        <translation>%1 of %2 pages of the journal on this computer cannot be read.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The journal on this computer has errors in its structure.</source>
        <translation>The journal on this computer has errors in its structure.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everything else is intact: it is shown and synchronised as usual. Keep working; Repair copies everything readable into a new encrypted journal, and what is missing is fetched from the server at the next synchronisation. The damaged journal is kept.</source>
        <translation>Everything else is intact: it is shown and synchronised as usual. Keep working; Repair copies everything readable into a new encrypted journal, and what is missing is fetched from the server at the next synchronisation. The damaged journal is kept.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Repair the journal</source>
        <translation>Repair the journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything that can be read is copied into a new encrypted journal, which then takes the damaged one's place. The damaged journal is kept beside it, unchanged. The journal locks; unlock it with your passphrase as usual.</source>
        <translation>Everything that can be read is copied into a new encrypted journal, which then takes the damaged one's place. The damaged journal is kept beside it, unchanged. The journal locks; unlock it with your passphrase as usual.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The repair could not finish (%1). The journal was not changed.</source>
        <translation>The repair could not finish (%1). The journal was not changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Repaired: %1 record versions copied into a new journal. The damaged journal is kept in %2.</source>
        <translation>Repaired: %1 record versions copied into a new journal. The damaged journal is kept in %2.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Parts of the journal on this computer cannot be read.</source>
        <translation>Parts of the journal on this computer cannot be read.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="+73" />
        <source>Journal notes, newest first</source>
        <translation>Journal notes, newest first</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Journal notes</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show older notes</source>
        <translation>Show older notes</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Earlier version (%1, %2), corrected %3 by %4:</source>
        <translation>Earlier version (%1, %2), corrected %3 by %4:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ENTERED IN ERROR: %1</source>
        <translation>ENTERED IN ERROR: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrected %1</source>
        <translation>corrected %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/i18n/labels.py" line="+18" />
        <location line="+9" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by the client</source>
        <translation>Taken by the client</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blood pressure, systolic</source>
        <translation>Blood pressure, systolic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood pressure, diastolic</source>
        <translation>Blood pressure, diastolic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood glucose</source>
        <translation>Blood glucose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oxygen saturation</source>
        <translation>Oxygen saturation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CAVE</source>
        <translation>CAVE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>maximum per 24 h</source>
        <translation>maximum per 24 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>minimum interval</source>
        <translation>minimum interval</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned time</source>
        <translation>planned time</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No effect</source>
        <translation>No effect</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Little effect</source>
        <translation>Little effect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some effect</source>
        <translation>Some effect</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Good effect</source>
        <translation>Good effect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Asleep</source>
        <translation>Asleep</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nauseous / vomiting</source>
        <translation>Nauseous / vomiting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Did not want to take it</source>
        <translation>Did not want to take it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medicine missing</source>
        <translation>Medicine missing</translation>
    </message>
    <message>
        <location line="+65" />
        <location line="+1" />
        <source>Health worker</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client details</source>
        <translation>Client details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medication order</source>
        <translation>Medication order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose record</source>
        <translation>Dose record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effect evaluation</source>
        <translation>Effect evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Journal note</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client's own rating</source>
        <translation>Client's own rating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour record</source>
        <translation>Behaviour record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9 record</source>
        <translation>Chapter 9 record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreed task</source>
        <translation>Agreed task</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: receipt</source>
        <translation>Controlled drugs: receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: count</source>
        <translation>Controlled drugs: count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: waste</source>
        <translation>Controlled drugs: waste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: dose not given</source>
        <translation>Controlled drugs: dose not given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs: deviation</source>
        <translation>Controlled drugs: deviation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access log entry</source>
        <translation>Access log entry</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opened the record</source>
        <translation>Opened the record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote</source>
        <translation>Wrote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marked entered in error</source>
        <translation>Marked entered in error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed from this computer</source>
        <translation>Removed from this computer</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="-215" />
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No ledger is kept for this medicine yet.</source>
        <translation>No ledger is kept for this medicine yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance in the ledger: %1 %2</source>
        <translation>Balance in the ledger: %1 %2</translation>
    </message>
</context>
<context>
    <name>LedgerForms</name>
    <message>
        <location line="-68" />
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multidose supplier</source>
        <translation>Multidose supplier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put back in the stock</source>
        <translation>Put back in the stock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wasted (destroyed)</source>
        <translation>Wasted (destroyed)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../desktop/ui/client/ledger_page.py" line="+36" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawal (dose)</source>
        <translation>Withdrawal (dose)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given – put back</source>
        <translation>Not given – put back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given – wasted</source>
        <translation>Not given – wasted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location line="+53" />
        <source>A and B preparations kept for the client: every receipt, dose, dose not given, waste, count and deviation, with the running balance. Kept five years.</source>
        <translation>A and B preparations kept for the client: every receipt, dose, dose not given, waste, count and deviation, with the running balance. Kept five years.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+2" />
        <source>Balance per medicine</source>
        <translation>Balance per medicine</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last count</source>
        <translation>Last count</translation>
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
        <translation>Ledger</translation>
    </message>
    <message>
        <location line="-121" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Second signer</source>
        <translation>Second signer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ledger lines</source>
        <translation>Ledger lines</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Receipt…</source>
        <translation>&amp;Receipt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Count…</source>
        <translation>&amp;Count…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Waste…</source>
        <translation>&amp;Waste…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Not given…</source>
        <translation>&amp;Not given…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Deviation…</source>
        <translation>&amp;Deviation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-&amp;up…</source>
        <translation>Follow-&amp;up…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in &amp;error…</source>
        <translation>Entered in &amp;error…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print ledger…</source>
        <translation>&amp;Print ledger…</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Controlled drugs ledger – %1</source>
        <translation>Controlled drugs ledger – %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drugs ledger: %1</source>
        <translation>Controlled drugs ledger: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No ledger yet: record a receipt or a count</source>
        <translation>No ledger yet: record a receipt or a count</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blocked: the count did not match, record a deviation</source>
        <translation>Blocked: the count did not match, record a deviation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the balance would go below zero</source>
        <translation>Blocked: the balance would go below zero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: the dose is in another unit</source>
        <translation>Blocked: the dose is in another unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count due today</source>
        <translation>Count due today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Count due today: %1</source>
        <translation>Count due today: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ledger: %1</source>
        <translation>Ledger: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Showing the newest %1 of %2 lines. The printed ledger has them all.</source>
        <translation>Showing the newest %1 of %2 lines. The printed ledger has them all.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>From %1 (%2)</source>
        <translation>From %1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dose %1 %2</source>
        <translation>Dose %1 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>taken by the client</source>
        <translation>taken by the client</translation>
    </message>
    <message>
        <location line="+0" />
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opening count</source>
        <translation>Opening count</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, ledger %2: does not match (%3)</source>
        <translation>Counted %1, ledger %2: does not match (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted %1, ledger %2: matches</source>
        <translation>Counted %1, ledger %2: matches</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · found by %2 · reported to %3</source>
        <translation>%1 · found by %2 · reported to %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>follow-up: %1</source>
        <translation>follow-up: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no follow-up recorded yet</source>
        <translation>no follow-up recorded yet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>balance below zero</source>
        <translation>balance below zero</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entered in error (%1): %2</source>
        <translation>Entered in error (%1): %2</translation>
    </message>
</context>
<context>
    <name>LedgerPrintDialog</name>
    <message>
        <location filename="../desktop/ui/client/ledger_print.py" line="+33" />
        <source>Print the controlled drugs ledger</source>
        <translation>Print the controlled drugs ledger</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Every line of the ledger of %1 in the period, with the balances and both signatures. Printing is recorded in the access log.</source>
        <translation>Every line of the ledger of %1 in the period, with the balances and both signatures. Printing is recorded in the access log.</translation>
    </message>
    <message>
        <location line="-28" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blank: from the ledger's first line</source>
        <translation>Blank: from the ledger's first line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Preview of the controlled drugs ledger</source>
        <translation>Preview of the controlled drugs ledger</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save the controlled drugs ledger</source>
        <translation>Save the controlled drugs ledger</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+11" />
        <source>Controlled drugs ledger</source>
        <translation>Controlled drugs ledger</translation>
    </message>
</context>
<context>
    <name>LocalProcedureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/procedure_form.py" line="+16" />
        <source>Double check and colleagues</source>
        <translation>Double check and colleagues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The local procedure: which doses need a second qualified person, and how far from its planned time a dose may be signed before Ambulant asks why. Changes are written to the audit log.</source>
        <translation>The local procedure: which doses need a second qualified person, and how far from its planned time a dose may be signed before Ambulant asks why. Changes are written to the audit log.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Class A</source>
        <translation>Class A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class B</source>
        <translation>Class B</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Controlled drugs</source>
        <translation>Controlled drugs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC groups</source>
        <translation>ATC groups</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comma-separated, e.g. N02A, N07BC</source>
        <translation>Comma-separated, e.g. N02A, N07BC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drug names, comma-separated, e.g. Metadon</source>
        <translation>Drug names, comma-separated, e.g. Metadon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Subkutan, Intravenøs</source>
        <translation>e.g. Subkutan, Intravenøs</translation>
    </message>
    <message>
        <location line="+5" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing window</source>
        <translation>Signing window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A fixed dose signed further from its planned time asks why</source>
        <translation>A fixed dose signed further from its planned time asks why</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Colleagues enrolled on this computer</source>
        <translation>Colleagues enrolled on this computer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enroll a colleague…</source>
        <translation>Enroll a colleague…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (HPR %2), enrolled %3 by %4</source>
        <translation>%1 (HPR %2), enrolled %3 by %4</translation>
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
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have text that is not saved. Quit and lose it?</source>
        <translation>You have text that is not saved. Quit and lose it?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit without saving</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-83" />
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e.g. 3 hours a week</source>
        <translation>e.g. 3 hours a week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How it is carried out</source>
        <translation>How it is carried out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. twice a week</source>
        <translation>e.g. twice a week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../desktop/ui/client/measurements_page.py" line="+38" />
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+27" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+8" />
        <location line="+17" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+1" />
        <location line="+14" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+1" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save measurement</source>
        <translation>Save measurement</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Latest values</source>
        <translation>Latest values</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Normal range</source>
        <translation>Normal range</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Trend for</source>
        <translation>Trend for</translation>
    </message>
    <message>
        <location line="+19" />
        <source>e.g. 138/88</source>
        <translation>e.g. 138/88</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="+73" />
        <source>New order from paper…</source>
        <translation>New order from paper…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print medication sheet…</source>
        <translation>Print medication sheet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show stopped orders</source>
        <translation>Show stopped orders</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Controlled drugs ledger…</source>
        <translation>Controlled drugs ledger…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Doses today</source>
        <translation>Doses today</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not given…</source>
        <translation>Not given…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused…</source>
        <translation>Refused…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taken by client</source>
        <translation>Taken by client</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct dose…</source>
        <translation>Correct dose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</source>
        <translation>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Doses today, %1</source>
        <translation>Doses today, %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Follow-up overdue: %1 given %2. Record the effect (it was due %3).</source>
        <translation>Follow-up overdue: %1 given %2. Record the effect (it was due %3).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up: %1 given %2. Record the effect (due %3).</source>
        <translation>Follow up: %1 given %2. Record the effect (due %3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record effect…</source>
        <translation>Record effect…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Select a dose first: use the arrow keys or click it.</source>
        <translation>Select a dose first: use the arrow keys or click it.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Signed: %1%2 — %3 %4. Undo within a few seconds if it was the wrong dose.</source>
        <translation>Signed: %1%2 — %3 %4. Undo within a few seconds if it was the wrong dose.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+88" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Others present</source>
        <translation>Others present</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. the client; separated by commas</source>
        <translation>e.g. the client; separated by commas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks from earlier meetings</source>
        <translation>Tasks from earlier meetings</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location line="-89" />
        <source>Members of the responsibility group</source>
        <translation>Members of the responsibility group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>NotGivenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+154" />
        <source>Dose prepared but not given</source>
        <translation>Dose prepared but not given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose recorded as not given</source>
        <translation>Dose recorded as not given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What was done with it</source>
        <translation>What was done with it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why it was not given</source>
        <translation>Why it was not given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wasted doses need a second signer; a dose put back needs none.</source>
        <translation>Wasted doses need a second signer; a dose put back needs none.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>– none –</source>
        <translation>– none –</translation>
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
        <translation>Write what you observed and did…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New journal note</source>
        <translation>New journal note</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save note</source>
        <translation>Save note</translation>
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
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rating and behaviour</source>
        <translation>Rating and behaviour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapter 9</source>
        <translation>Chapter 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/order_form.py" line="+56" />
        <source>New order from a paper order</source>
        <translation>New order from a paper order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</source>
        <translation>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fixed dose</source>
        <translation>Fixed dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As needed (PRN)</source>
        <translation>As needed (PRN)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drug name</source>
        <translation>Drug name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a few letters to pick from the drug list, or write freely</source>
        <translation>Type a few letters to pick from the drug list, or write freely</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 500 mg</source>
        <translation>e.g. 500 mg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Amount and unit, e.g. 1 tablett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times of day</source>
        <translation>Times of day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Separate with commas, e.g. 08:00, 14:00, 22:00</source>
        <translation>Separate with commas, e.g. 08:00, 14:00, 22:00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Max doses per 24 h</source>
        <translation>Max doses per 24 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours between doses (at least)</source>
        <translation>Hours between doses (at least)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop date</source>
        <translation>Stop date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave blank for no stop date</source>
        <translation>Leave blank for no stop date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prescriber's name (and workplace)</source>
        <translation>Prescriber's name (and workplace)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ATC code</source>
        <translation>ATC code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not controlled</source>
        <translation>Not controlled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class A</source>
        <translation>Class A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class B</source>
        <translation>Class B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled drug</source>
        <translation>Controlled drug</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A second person must sign each dose</source>
        <translation>A second person must sign each dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observed intake</source>
        <translation>Observed intake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intake must be observed (e.g. LAR)</source>
        <translation>Intake must be observed (e.g. LAR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packed in multidose bags</source>
        <translation>Packed in multidose bags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administration notes</source>
        <translation>Administration notes</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OrderNotices</name>
    <message>
        <location filename="../desktop/ui/client/server_banners.py" line="+58" />
        <source>Order changed on the server</source>
        <translation>Order changed on the server</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../desktop/ui/client/order_panel.py" line="+34" />
        <location line="+3" />
        <source>Fixed medicines</source>
        <translation>Fixed medicines</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+6" />
        <source>Medicine and dose</source>
        <translation>Medicine and dose</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+6" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-3" />
        <source>As-needed medicines (PRN)</source>
        <translation>As-needed medicines (PRN)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Max per 24 h</source>
        <translation>Max per 24 h</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last 24 h</source>
        <translation>Last 24 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As-needed medicines</source>
        <translation>As-needed medicines</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give as-needed dose…</source>
        <translation>Give as-needed dose…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Selected order</source>
        <translation>Selected order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order entered in error…</source>
        <translation>Order entered in error…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administration notes…</source>
        <translation>Administration notes…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop order…</source>
        <translation>Stop order…</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped from %1</source>
        <translation>Stopped from %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped or paused by the prescriber</source>
        <translation>Stopped or paused by the prescriber</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped %1</source>
        <translation>Stopped %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Observed intake</source>
        <translation>Observed intake</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entered despite CAVE</source>
        <translation>Entered despite CAVE</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+28" />
        <source>Breaks a rule (municipal record)</source>
        <translation>Breaks a rule (municipal record)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Ordered by %1, %2</source>
        <translation>Ordered by %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least %1 hours apart</source>
        <translation>at least %1 hours apart</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stopped from %1 as instructed by %2 (%3): %4</source>
        <translation>Stopped from %1 as instructed by %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overridden: %1 (%2)</source>
        <translation>Overridden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select an order to see who ordered it and when.</source>
        <translation>Select an order to see who ordered it and when.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../desktop/ui/i18n/plan_labels.py" line="+16" />
        <source>Daily living</source>
        <translation>Daily living</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work and activity</source>
        <translation>Work and activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network and relatives</source>
        <translation>Network and relatives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client's own view</source>
        <translation>The client's own view</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A named tool</source>
        <translation>A named tool</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The client took part</source>
        <translation>The client took part</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client took part in some of it</source>
        <translation>The client took part in some of it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client did not take part</source>
        <translation>The client did not take part</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partly reached</source>
        <translation>Partly reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carried on</source>
        <translation>Carried on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consent to the plan</source>
        <translation>Consent to the plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent to share information</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Statsforvalter</source>
        <translation>The Statsforvalter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The professional lead</source>
        <translation>The professional lead</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None observed</source>
        <translation>None observed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspected</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+43" />
        <source>Assessment and analysis</source>
        <translation>Assessment and analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+164" />
        <source>The printer could not be started: %1</source>
        <translation>The printer could not be started: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location line="-145" />
        <location line="+72" />
        <location line="+14" />
        <source>Medication sheet</source>
        <translation>Medication sheet</translation>
    </message>
    <message>
        <location line="-53" />
        <source>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</source>
        <translation>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+4" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Save medication sheet</source>
        <translation>Save medication sheet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Medication sheet saved: %1</source>
        <translation>Medication sheet saved: %1</translation>
    </message>
</context>
<context>
    <name>PrnDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-46" />
        <source>Give an as-needed dose</source>
        <translation>Give an as-needed dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indication: %1</source>
        <translation>Indication: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Given in the last 24 hours: %1 of at most %2</source>
        <translation>Given in the last 24 hours: %1 of at most %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the maximum is reached</source>
        <translation>the maximum is reached</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Why is it given?</source>
        <translation>Why is it given?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Amount and unit, e.g. 1 tablett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time given</source>
        <translation>Time given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>PulledFindingNotices</name>
    <message>
        <location filename="../desktop/ui/client/pulled_findings.py" line="+76" />
        <source>Rules broken by records from the municipal record</source>
        <translation>Rules broken by records from the municipal record</translation>
    </message>
</context>
<context>
    <name>PulledFindings</name>
    <message>
        <location line="-40" />
        <source>Municipal record: %1 — %2</source>
        <translation>Municipal record: %1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Municipal record: the dose of %1 given %2 by %3 — %4</source>
        <translation>Municipal record: the dose of %1 given %2 by %3 — %4</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Municipal record: %1</source>
        <translation>Municipal record: %1</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/i18n/qt_strings.py" line="+28" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+9" />
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>About Qt</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="-66" />
        <source>The client's own rating</source>
        <translation>The client's own rating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the client how things are, from 0 (very bad) to 10 (very good).</source>
        <translation>Ask the client how things are, from 0 (very bad) to 10 (very good).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>Rating (0–10)</source>
        <translation>Rating (0–10)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the client's words</source>
        <translation>In the client's words</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="-102" />
        <source>Receipt of controlled drugs</source>
        <translation>Receipt of controlled drugs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From whom</source>
        <translation>From whom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the pharmacy's name, or the relative's name</source>
        <translation>E.g. the pharmacy's name, or the relative's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RegisterClientDialog</name>
    <message>
        <location filename="../desktop/ui/forms/client_forms.py" line="-51" />
        <source>Register client</source>
        <translation>Register client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The client is saved on this computer and sent with the next synchronisation. If the municipal record already has the person, the record's entry is used.</source>
        <translation>The client is saved on this computer and sent with the next synchronisation. If the municipal record already has the person, the record's entry is used.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National identity number or D number</source>
        <translation>National identity number or D number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>11 digits; the check digits are checked</source>
        <translation>11 digits; the check digits are checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Must agree with the national identity number</source>
        <translation>Must agree with the national identity number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relatives</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One a line: name; relation; phone; yes = next of kin</source>
        <translation>One a line: name; relation; phone; yes = next of kin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>RegistrationChart</name>
    <message>
        <location filename="../desktop/ui/client/registration_chart.py" line="+24" />
        <source>Ratings and behaviour over time</source>
        <translation>Ratings and behaviour over time</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Behaviour per day</source>
        <translation>Behaviour per day</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No ratings or behaviour registrations in the last 90 days</source>
        <translation>No ratings or behaviour registrations in the last 90 days</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../desktop/ui/client/registrations_page.py" line="+42" />
        <source>Rating…</source>
        <translation>Rating…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The client's own rating</source>
        <translation>The client's own rating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substance use…</source>
        <translation>Substance use…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behaviour…</source>
        <translation>Behaviour…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Behaviour registration</source>
        <translation>Behaviour registration</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Behaviour shown</source>
        <translation>Behaviour shown</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last 90 days, newest first</source>
        <translation>Last 90 days, newest first</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+32" />
        <source>All behaviours</source>
        <translation>All behaviours</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of 10</source>
        <translation>%1 of 10</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 time(s)</source>
        <translation>%1 time(s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <location line="+0" />
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after</source>
        <translation>after</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+14" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsible, deadline</source>
        <translation>Responsible, deadline</translation>
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
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+23" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
</context>
<context>
    <name>RuleForms</name>
    <message>
        <location filename="../desktop/ui/forms/rule_forms.py" line="+42" />
        <source>the order asks for it</source>
        <translation>the order asks for it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>controlled drug, class %1</source>
        <translation>controlled drug, class %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ATC group %1</source>
        <translation>ATC group %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the drug %1</source>
        <translation>the drug %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the colleague who checked</source>
        <translation>Choose the colleague who checked</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Double check: %1.</source>
        <translation>Double check: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No colleague is enrolled on this computer. Enroll one under File → Double check and colleagues…</source>
        <translation>No colleague is enrolled on this computer. Enroll one under File → Double check and colleagues…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Second signer</source>
        <translation>Second signer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Demo: %1 signs with the passphrase %2</source>
        <translation>Demo: %1 signs with the passphrase %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Second signer's passphrase</source>
        <translation>Second signer's passphrase</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Typed by the second signer, not by you</source>
        <translation>Typed by the second signer, not by you</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Why you go ahead (e.g. agreed with the prescriber)</source>
        <translation>Why you go ahead (e.g. agreed with the prescriber)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason to go ahead</source>
        <translation>Reason to go ahead</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Go ahead anyway</source>
        <translation>Go ahead anyway</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Read the warning and give a reason to go ahead, or cancel.</source>
        <translation>Read the warning and give a reason to go ahead, or cancel.</translation>
    </message>
</context>
<context>
    <name>ServerBanners</name>
    <message>
        <location filename="../desktop/ui/client/server_banners.py" line="-30" />
        <source>The order was changed %1 at %2: %3</source>
        <translation>The order was changed %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was stopped %1 at %2: %3</source>
        <translation>The order was stopped %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was paused %1 at %2: %3</source>
        <translation>The order was paused %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was resumed %1 at %2: %3</source>
        <translation>The order was resumed %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The order was marked entered in error %1 at %2: %3</source>
        <translation>The order was marked entered in error %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The order was deleted in the municipal record %1 at %2: %3</source>
        <translation>The order was deleted in the municipal record %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Updated from the server %1 at %2</source>
        <translation>Updated from the server %1 at %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Removed from the caseload — waiting for synchronisation</source>
        <translation>Removed from the caseload — waiting for synchronisation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changes on the server wait until yours are confirmed</source>
        <translation>%1 changes on the server wait until yours are confirmed</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 gave this medicine at %2 (%3 dose(s) by others in the last 24 hours). Sign another dose anyway?</source>
        <translation>%1 gave this medicine at %2 (%3 dose(s) by others in the last 24 hours). Sign another dose anyway?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Already given</source>
        <translation>Already given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign another dose</source>
        <translation>Sign another dose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Do not sign</source>
        <translation>Do not sign</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+19" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new language is used the next time Ambulant starts.</source>
        <translation>A new language is used the next time Ambulant starts.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock when idle for</source>
        <translation>Lock when idle for</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../desktop/ui/setup.py" line="+43" />
        <source>Welcome to Ambulant</source>
        <translation>Welcome to Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</source>
        <translation>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HPR number</source>
        <translation>HPR number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</source>
        <translation>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create encrypted database</source>
        <translation>Create encrypted database</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Too short: at least %1 characters</source>
        <translation>Too short: at least %1 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak: use more characters or several words</source>
        <translation>Weak: use more characters or several words</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair: longer is better (four words or more)</source>
        <translation>Fair: longer is better (four words or more)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>At least %1 characters. Several words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The passphrases are not the same.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+111" />
        <source>Preview of the medication sheet</source>
        <translation>Preview of the medication sheet</translation>
    </message>
</context>
<context>
    <name>SignDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-109" />
        <source>Outside the planned time</source>
        <translation>Outside the planned time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose refused</source>
        <translation>Dose refused</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dose not given</source>
        <translation>Dose not given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign dose</source>
        <translation>Sign dose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>SignedDoseQuestion</name>
    <message>
        <location filename="../desktop/ui/forms/signed_dose_question.py" line="+27" />
        <source>Already signed</source>
        <translation>Already signed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is already signed: %2 %3 by %4.</source>
        <translation>%1 is already signed: %2 %3 by %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was signed now. If the signature is wrong, correct it or mark it entered in error.</source>
        <translation>Nothing was signed now. If the signature is wrong, correct it or mark it entered in error.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StopOrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/stop_order_form.py" line="+27" />
        <source>Stop order as instructed</source>
        <translation>Stop order as instructed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ordered by %1, %2. Enter the stop exactly as the prescriber instructed it. The order is kept as a new version; no dose is due after the stop.</source>
        <translation>Ordered by %1, %2. Enter the stop exactly as the prescriber instructed it. The order is kept as a new version; no dose is due after the stop.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop from</source>
        <translation>Stop from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed by</source>
        <translation>Instructed by</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The prescriber (name and workplace)</source>
        <translation>The prescriber (name and workplace)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instructed at</source>
        <translation>Instructed at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop order</source>
        <translation>Stop order</translation>
    </message>
</context>
<context>
    <name>SubstanceUseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/registration_forms.py" line="+13" />
        <source>Substance use</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. alcohol, cannabis</source>
        <translation>e.g. alcohol, cannabis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was observed</source>
        <translation>What was observed</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desktop/ui/sync/controller.py" line="+123" />
        <source>Synchronisation cancelled. What was not sent waits for the next one.</source>
        <translation>Synchronisation cancelled. What was not sent waits for the next one.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Everything is synchronised (%1 sent).</source>
        <translation>Everything is synchronised (%1 sent).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 sent, %2 failed, %3 waiting.</source>
        <translation>%1 sent, %2 failed, %3 waiting.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Synchronisation settings saved.</source>
        <translation>Synchronisation settings saved.</translation>
    </message>
</context>
<context>
    <name>SyncProgressBox</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+57" />
        <source>Synchronisation progress</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</source>
        <translation>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Receiving from the server: %1</source>
        <translation>Receiving from the server: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting for the server</source>
        <translation>waiting for the server</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/sync/server_dialog.py" line="+49" />
        <source>Synchronisation settings</source>
        <translation>Synchronisation settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where Ambulant sends your records at the end of the shift: the municipality's FHIR server.</source>
        <translation>Where Ambulant sends your records at the end of the shift: the municipality's FHIR server.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://… (plain http only to this computer)</source>
        <translation>https://… (plain http only to this computer)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records per &amp;bundle</source>
        <translation>Records per &amp;bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the server takes fewer, Ambulant learns it and sends smaller bundles.</source>
        <translation>If the server takes fewer, Ambulant learns it and sends smaller bundles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (a test server on this computer)</source>
        <translation>None (a test server on this computer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client key (HelseID, OAuth 2)</source>
        <translation>Client key (HelseID, OAuth 2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+135" />
        <source>Paste the token you were given</source>
        <translation>Paste the token you were given</translation>
    </message>
    <message>
        <location line="-134" />
        <source>Access &amp;token</source>
        <translation>Access &amp;token</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept in the computer's keyring, never in the database.</source>
        <translation>Kept in the computer's keyring, never in the database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token a&amp;ddress</source>
        <translation>Token a&amp;ddress</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Client &amp;id</source>
        <translation>Client &amp;id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sc&amp;ope</source>
        <translation>Sc&amp;ope</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Caseload &amp;group</source>
        <translation>Caseload &amp;group</translation>
    </message>
    <message>
        <location line="+7" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days of &amp;history</source>
        <translation>Days of &amp;history</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synchronise auto&amp;matically when the network is available</source>
        <translation>Synchronise auto&amp;matically when the network is available</translation>
    </message>
    <message>
        <location line="-25" />
        <source>No key pair yet.</source>
        <translation>No key pair yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>Make a key pair</source>
        <translation>Make a key pair</translation>
    </message>
    <message>
        <location line="-127" />
        <source>Public &amp;key</source>
        <translation>Public &amp;key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give this public key to whoever registers the client. The private key stays in the keyring.</source>
        <translation>Give this public key to whoever registers the client. The private key stays in the keyring.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A FHIR Group on the server whose members you follow too. Empty: none.</source>
        <translation>A FHIR Group on the server whose members you follow too. Empty: none.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>How far back colleagues' doses and observations are fetched.</source>
        <translation>How far back colleagues' doses and observations are fetched.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A token is stored; paste a new one to replace it</source>
        <translation>A token is stored; paste a new one to replace it</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Replace the key pair…</source>
        <translation>Replace the key pair…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the client id first: the key is kept under it.</source>
        <translation>Enter the client id first: the key is kept under it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Replace the key pair</source>
        <translation>Replace the key pair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</source>
        <translation>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the current key</source>
        <translation>Keep the current key</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connected: a FHIR %1 server %2</source>
        <translation>Connected: a FHIR %1 server %2</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <location filename="../desktop/ui/sync/panel.py" line="-69" />
        <source>%n pulled record(s) break a rule: the warning is shown with the client's medication.</source>
        <translation>
            <numerusform>%n pulled record breaks a rule: the warning is shown with the client's medication.</numerusform>
            <numerusform>%n pulled records break a rule: the warning is shown with the client's medication.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location line="+86" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Synchronisation with the municipal server</source>
        <translation>Synchronisation with the municipal server</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent this time</source>
        <translation>Sent this time</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Still waiting to be sent</source>
        <translation>Still waiting to be sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Why records wait</source>
        <translation>Why records wait</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's reason</source>
        <translation>The server's reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records the server refused</source>
        <translation>Records the server refused</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</source>
        <translation>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+134" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="-132" />
        <source>Server settings…</source>
        <translation>Server settings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The server has not refused any records.</source>
        <translation>The server has not refused any records.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No server is set up for synchronisation yet.</source>
        <translation>No server is set up for synchronisation yet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Everything is sent to the server.</source>
        <translation>Everything is sent to the server.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</source>
        <translation>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</source>
        <translation>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</source>
        <translation>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</source>
        <translation>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Could not synchronise just now. Nothing is lost: %n record(s) are kept safely on this computer and will be sent the next time you synchronise.</source>
        <translation>
            <numerusform>Could not synchronise just now. Nothing is lost: %n record is kept safely on this computer and will be sent the next time you synchronise.</numerusform>
            <numerusform>Could not synchronise just now. Nothing is lost: %n records are kept safely on this computer and will be sent the next time you synchronise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>Try again (%n selected)</source>
        <translation>
            <numerusform>Try again (%n selected)</numerusform>
            <numerusform>Try again (%n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../desktop/ui/forms/table_field.py" line="+32" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+91" />
        <source>New agreed task</source>
        <translation>New agreed task</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/kit/charts.py" line="+86" />
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Normal range</source>
        <translation>Normal range</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outside normal range</source>
        <translation>Outside normal range</translation>
    </message>
    <message>
        <location line="+34" />
        <source>no measurements in the last 90 days</source>
        <translation>no measurements in the last 90 days</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <location filename="../desktop/ui/client/undo_banner.py" line="+25" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+35" />
        <location line="+45" />
        <source>Ambulant is locked</source>
        <translation>Ambulant is locked</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Enter your passphrase to open the encrypted journal.</source>
        <translation>Enter your passphrase to open the encrypted journal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Demo data with fictional clients. The passphrase is %1</source>
        <translation>Demo data with fictional clients. The passphrase is %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved text is kept until you unlock.</source>
        <translation>Unsaved text is kept until you unlock.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+1" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+82" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The journal was destroyed</source>
        <translation>The journal was destroyed</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
</context>
<context>
    <name>WasteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/ledger_forms.py" line="+46" />
        <source>Waste of controlled drugs</source>
        <translation>Waste of controlled drugs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount wasted</source>
        <translation>Amount wasted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E.g. the rest of an ampoule, a broken tablet, expired</source>
        <translation>E.g. the rest of an ampoule, a broken tablet, expired</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+21" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused &amp;records…</source>
        <translation>Refused &amp;records…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sync&amp;hronisation…</source>
        <translation>Sync&amp;hronisation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Double check and colleagues…</source>
        <translation>&amp;Double check and colleagues…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Medication</source>
        <translation>&amp;Medication</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New journal &amp;note</source>
        <translation>New journal &amp;note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print medication sheet…</source>
        <translation>&amp;Print medication sheet…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Access log…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Ambulant</source>
        <translation>&amp;About Ambulant</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../desktop/ui/window_dialogs.py" line="+51" />
        <source>The double-check rules are saved.</source>
        <translation>The double-check rules are saved.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>About Ambulant</source>
        <translation>About Ambulant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</source>
        <translation>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../desktop/ui/window_status.py" line="+32" />
        <source>Lock state</source>
        <translation>Lock state</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting to synchronise</source>
        <translation>Waiting to synchronise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/consent_forms.py" line="+27" />
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn from</source>
        <translation>Withdrawn from</translation>
    </message>
</context>
<context>
    <name>_MembersForm</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="-158" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates as dd.mm.yyyy. A member who leaves gets an end date.</source>
        <translation>Dates as dd.mm.yyyy. A member who leaves gets an end date.</translation>
    </message>
</context>
</TS>