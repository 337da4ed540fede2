<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../desktop/ui/client/access_log_dialog.py" line="+32"/>
        <location line="+8"/>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access log for %1</source>
        <translation>Access log for %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Everyone who opened, wrote, corrected or printed something in this client&apos;s record on this computer, newest first. The client has a right to see this log.</source>
        <translation>Everyone who opened, wrote, corrected or printed something in this client&apos;s record on this computer, newest first. The client has a right to see this log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>AdministrationNotesDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+43"/>
        <source>Administration notes</source>
        <translation>Administration notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</source>
        <translation>Local notes on how %1 is given here (e.g. crushed, with food). The order itself comes from the prescriber and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="+76"/>
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</source>
        <translation>Something unexpected went wrong. What you had saved is safe. If it happens again, tell your IT contact what you were doing.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Chapter9Dialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+48"/>
        <source>Chapter 9: emergency intervention</source>
        <translation>Chapter 9: emergency intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</source>
        <translation>Register at once. The registration goes to the Statsforvalter and to the person with overall professional responsibility.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to the Statsforvalter</source>
        <translation>Sent to the Statsforvalter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the person with overall professional responsibility</source>
        <translation>Sent to the person with overall professional responsibility</translation>
    </message>
</context>
<context>
    <name>Chapter9Page</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+79"/>
        <source>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</source>
        <translation>Emergency interventions (skadeavvergende tiltak i nødssituasjon, helse- og omsorgstjenesteloven § 9-5 third paragraph a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Chapter 9 registrations</source>
        <translation>Chapter 9 registrations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration details</source>
        <translation>Registration details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New registration…</source>
        <translation>New registration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the Statsforvalter</source>
        <translation>Sent to the Statsforvalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the professional lead</source>
        <translation>Sent to the professional lead</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Statsforvalter</source>
        <translation>Statsforvalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professional lead</source>
        <translation>professional lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No registrations. Register an emergency intervention at once, with “New registration…”.</source>
        <translation>No registrations. Register an emergency intervention at once, with “New registration…”.</translation>
    </message>
</context>
<context>
    <name>ChildrenDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="+16"/>
        <source>Children as relatives (§ 10 a)</source>
        <translation>Children as relatives (§ 10 a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has minor children or siblings</source>
        <translation>Has minor children or siblings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of children</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their need for information and follow-up is assessed</source>
        <translation>Their need for information and follow-up is assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="+27"/>
        <source>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</source>
        <translation>Helsepersonelloven § 10 a: whether the client has minor children or siblings, and whether their need for information and follow-up has been considered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record assessment…</source>
        <translation>Record assessment…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minor children or siblings</source>
        <translation>Minor children or siblings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of children</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need for information and follow-up assessed</source>
        <translation>Need for information and follow-up assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>ClientDelegate</name>
    <message numerus="yes">
        <location filename="../desktop/ui/client/client_list.py" line="+74"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location line="-7"/>
        <location line="+93"/>
        <source>b. %1</source>
        <translation>b. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Name or birth date (dd.mm.yyyy)</source>
        <translation>Name or birth date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or birth date (dd.mm.yyyy). Ctrl+F</source>
        <translation>Search by name or birth date (dd.mm.yyyy). Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n dose(s) today</source>
        <translation>
            <numerusform>%n dose today</numerusform>
            <numerusform>%n doses today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../desktop/ui/client/client_view.py" line="+33"/>
        <source>Choose a client in the list (Ctrl+F searches).</source>
        <translation>Choose a client in the list (Ctrl+F searches).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national id %1</source>
        <translation>national id %1</translation>
    </message>
</context>
<context>
    <name>CorrectNoteDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="+14"/>
        <source>Correct note</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction is saved as a new version. The earlier text stays readable.</source>
        <translation>The correction is saved as a new version. The earlier text stays readable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text</source>
        <translation>Corrected text</translation>
    </message>
</context>
<context>
    <name>DoseTimeline</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="+58"/>
        <source>Doses today</source>
        <translation>Doses today</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 by %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by %1</source>
        <translation>checked by %1</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="+119"/>
        <source>Effect of the as-needed dose</source>
        <translation>Effect of the as-needed dose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 given %2. Reason: %3</source>
        <translation>%1 given %2. Reason: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <location filename="../desktop/ui/forms/record_forms.py" line="-35"/>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry is kept and shown as entered in error. Nothing is deleted.</source>
        <translation>The entry is kept and shown as entered in error. Nothing is deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as entered in error</source>
        <translation>Mark as entered in error</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+73"/>
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation of:</source>
        <translation>Evaluation of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress (0–10)</source>
        <translation>Progress (0–10)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../desktop/ui/forms/form_dialog.py" line="+73"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Second signer</source>
        <translation>Second signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second signer&apos;s HPR no.</source>
        <translation>Second signer&apos;s HPR no.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-50"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the client&apos;s own words</source>
        <translation>In the client&apos;s own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User participation</source>
        <translation>User participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client took part in setting the goal</source>
        <translation>The client took part in setting the goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. housing, health, work and activity</source>
        <translation>e.g. housing, health, work and activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+60"/>
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal details and evaluations</source>
        <translation>Goal details and evaluations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New goal…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New measure…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New evaluation…</source>
        <translation>New evaluation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The client took part</source>
        <translation>The client took part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client did not take part</source>
        <translation>The client did not take part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No goals yet. Set the goals together with the client, in the client&apos;s own words.</source>
        <translation>No goals yet. Set the goals together with the client, in the client&apos;s own words.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client took part</source>
        <translation>Client took part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evaluations yet.</source>
        <translation>No evaluations yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>progress %1 of 10</source>
        <translation>progress %1 of 10</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+43"/>
        <source>New responsibility group</source>
        <translation>New responsibility group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: name; role; organisation</source>
        <translation>One per line: name; role; organisation</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+86"/>
        <location line="+3"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Agreed tasks</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New responsibility group…</source>
        <translation>New responsibility group…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No responsibility group yet</source>
        <translation>No responsibility group yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, late</source>
        <translation>Open, late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../desktop/ui/forms/observation_forms.py" line="-64"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../desktop/ui/client/observation_tab.py" line="-142"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ENTERED IN ERROR: %1</source>
        <translation>ENTERED IN ERROR: %1</translation>
    </message>
</context>
<context>
    <name>IndividualPlanDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="+57"/>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in the planning</source>
        <translation>Taking part in the planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line or separated by commas</source>
        <translation>One per line or separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period from</source>
        <translation>Plan period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period to</source>
        <translation>Plan period to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each party contributes</source>
        <translation>What each party contributes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration with other services</source>
        <translation>Collaboration with other services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to the plan</source>
        <translation>Consent to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client consents to the plan</source>
        <translation>The client consents to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share information</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client consents to sharing information</source>
        <translation>The client consents to sharing information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope of the consent</source>
        <translation>Scope of the consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the consent</source>
        <translation>Date of the consent</translation>
    </message>
</context>
<context>
    <name>IndividualPlanPage</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="-111"/>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Edit individual plan…</source>
        <translation>Edit individual plan…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No individual plan. A client with long-term, coordinated needs has the right to one.</source>
        <translation>No individual plan. A client with long-term, coordinated needs has the right to one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create individual plan…</source>
        <translation>Create individual plan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in the planning</source>
        <translation>Taking part in the planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next revision</source>
        <translation>Next revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each party contributes</source>
        <translation>What each party contributes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration with other services</source>
        <translation>Collaboration with other services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to the plan</source>
        <translation>Consent to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share information</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="+73"/>
        <source>Journal notes, newest first</source>
        <translation>Journal notes, newest first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal notes</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show older notes</source>
        <translation>Show older notes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Earlier version (%1, %2), corrected %3 by %4:</source>
        <translation>Earlier version (%1, %2), corrected %3 by %4:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENTERED IN ERROR: %1</source>
        <translation>ENTERED IN ERROR: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected %1</source>
        <translation>corrected %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/i18n/labels.py" line="+17"/>
        <location line="+9"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by the client</source>
        <translation>Taken by the client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure, systolic</source>
        <translation>Blood pressure, systolic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure, diastolic</source>
        <translation>Blood pressure, diastolic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose</source>
        <translation>Blood glucose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation</source>
        <translation>Oxygen saturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>Respiratory rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No effect</source>
        <translation>No effect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Little effect</source>
        <translation>Little effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some effect</source>
        <translation>Some effect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good effect</source>
        <translation>Good effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asleep</source>
        <translation>Asleep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauseous / vomiting</source>
        <translation>Nauseous / vomiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not want to take it</source>
        <translation>Did not want to take it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine missing</source>
        <translation>Medicine missing</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+1"/>
        <source>Health worker</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client details</source>
        <translation>Client details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication order</source>
        <translation>Medication order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose record</source>
        <translation>Dose record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect evaluation</source>
        <translation>Effect evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal note</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s own rating</source>
        <translation>Client&apos;s own rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour record</source>
        <translation>Behaviour record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter 9 record</source>
        <translation>Chapter 9 record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed task</source>
        <translation>Agreed task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access log entry</source>
        <translation>Access log entry</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened the record</source>
        <translation>Opened the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote</source>
        <translation>Wrote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked entered in error</source>
        <translation>Marked entered in error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
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
        <translation>Lock state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to synchronise</source>
        <translation>Waiting to synchronise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>About Ambulant</source>
        <translation>About Ambulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</source>
        <translation>Ambulant – journal, medication and plan for ambulant vernepleiere. Works offline; data is encrypted on this computer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have text that is not saved. Quit and lose it?</source>
        <translation>You have text that is not saved. Quit and lose it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit without saving</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../desktop/ui/forms/plan_forms.py" line="-61"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. twice a week</source>
        <translation>e.g. twice a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../desktop/ui/client/measurements_page.py" line="+37"/>
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <location line="+8"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save measurement</source>
        <translation>Save measurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Latest values</source>
        <translation>Latest values</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Normal range</source>
        <translation>Normal range</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Trend for</source>
        <translation>Trend for</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../desktop/ui/client/medication_tab.py" line="-63"/>
        <source>CAVE: no known allergies registered</source>
        <translation>CAVE: no known allergies registered</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>New order from paper…</source>
        <translation>New order from paper…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print medication sheet…</source>
        <translation>Print medication sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show stopped orders</source>
        <translation>Show stopped orders</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doses today</source>
        <translation>Doses today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given…</source>
        <translation>Not given…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused…</source>
        <translation>Refused…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by client</source>
        <translation>Taken by client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</source>
        <translation>Select a dose and press Enter = given, N = not given, R = refused, S = taken by the client.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Fixed medicines</source>
        <translation>Fixed medicines</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <source>Medicine and dose</source>
        <translation>Medicine and dose</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As-needed medicines (PRN)</source>
        <translation>As-needed medicines (PRN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max per 24 h</source>
        <translation>Max per 24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 h</source>
        <translation>Last 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As-needed medicines</source>
        <translation>As-needed medicines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give as-needed dose…</source>
        <translation>Give as-needed dose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected order</source>
        <translation>Selected order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order entered in error…</source>
        <translation>Order entered in error…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration notes…</source>
        <translation>Administration notes…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Doses today, %1</source>
        <translation>Doses today, %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Follow up: %1 given %2. Record the effect (due %3).</source>
        <translation>Follow up: %1 given %2. Record the effect (due %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record effect…</source>
        <translation>Record effect…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped %1</source>
        <translation>Stopped %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed intake</source>
        <translation>Observed intake</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordered by %1, %2</source>
        <translation>Ordered by %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 hours apart</source>
        <translation>at least %1 hours apart</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an order to see who ordered it and when.</source>
        <translation>Select an order to see who ordered it and when.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+13"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line or separated by commas</source>
        <translation>One per line or separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../desktop/ui/client/journal_page.py" line="-107"/>
        <source>Write what you observed and did…</source>
        <translation>Write what you observed and did…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New journal note</source>
        <translation>New journal note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save note</source>
        <translation>Save note</translation>
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
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapter 9</source>
        <translation>Chapter 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children as relatives</source>
        <translation>Children as relatives</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/forms/order_form.py" line="+47"/>
        <source>New order from a paper order</source>
        <translation>New order from a paper order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</source>
        <translation>Copy the order exactly as the prescriber wrote it. The vernepleier does not prescribe: after saving, only the administration notes can be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed dose</source>
        <translation>Fixed dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed (PRN)</source>
        <translation>As needed (PRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug name</source>
        <translation>Drug name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters to pick from the drug list, or write freely</source>
        <translation>Type a few letters to pick from the drug list, or write freely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 500 mg</source>
        <translation>e.g. 500 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Amount and unit, e.g. 1 tablett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of day</source>
        <translation>Times of day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate with commas, e.g. 08:00, 14:00, 22:00</source>
        <translation>Separate with commas, e.g. 08:00, 14:00, 22:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max doses per 24 h</source>
        <translation>Max doses per 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours between doses (at least)</source>
        <translation>Hours between doses (at least)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop date</source>
        <translation>Stop date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave blank for no stop date</source>
        <translation>Leave blank for no stop date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber&apos;s name (and workplace)</source>
        <translation>Prescriber&apos;s name (and workplace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATC code</source>
        <translation>ATC code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not controlled</source>
        <translation>Not controlled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class A</source>
        <translation>Class A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class B</source>
        <translation>Class B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controlled drug</source>
        <translation>Controlled drug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second person must sign each dose</source>
        <translation>A second person must sign each dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed intake</source>
        <translation>Observed intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake must be observed (e.g. LAR)</source>
        <translation>Intake must be observed (e.g. LAR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidose</source>
        <translation>Multidose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed in multidose bags</source>
        <translation>Packed in multidose bags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration notes</source>
        <translation>Administration notes</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/client/plan_tab.py" line="+145"/>
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility group</source>
        <translation>Responsibility group</translation>
    </message>
</context>
<context>
    <name>PrintSheetDialog</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+36"/>
        <location line="+63"/>
        <location line="+14"/>
        <source>Medication sheet</source>
        <translation>Medication sheet</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</source>
        <translation>The medication list and a signing grid for %1, to sign on paper and to leave in the home. Printing is recorded in the access log.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save medication sheet</source>
        <translation>Save medication sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The printer could not be started: %1</source>
        <translation>The printer could not be started: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>PrnDoseDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-54"/>
        <source>Give an as-needed dose</source>
        <translation>Give an as-needed dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication: %1</source>
        <translation>Indication: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given in the last 24 hours: %1 of at most %2</source>
        <translation>Given in the last 24 hours: %1 of at most %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the maximum is reached</source>
        <translation>the maximum is reached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is it given?</source>
        <translation>Why is it given?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and unit, e.g. 1 tablett</source>
        <translation>Amount and unit, e.g. 1 tablett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time given</source>
        <translation>Time given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the maximum</source>
        <translation>Over the maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have confirmed with the prescriber that this extra dose may be given</source>
        <translation>I have confirmed with the prescriber that this extra dose may be given</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/i18n/qt_strings.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+9"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>About Qt</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/forms/dose_forms.py" line="-62"/>
        <source>Dose refused</source>
        <translation>Dose refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose not given</source>
        <translation>Dose not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SecondSignerDialog</name>
    <message>
        <location line="+14"/>
        <source>Double check</source>
        <translation>Double check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This medicine needs a second signer: enter the person who checked the dose.</source>
        <translation>This medicine needs a second signer: enter the person who checked the dose.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+18"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language is used the next time Ambulant starts.</source>
        <translation>A new language is used the next time Ambulant starts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when idle for</source>
        <translation>Lock when idle for</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../desktop/ui/setup.py" line="+41"/>
        <source>Welcome to Ambulant</source>
        <translation>Welcome to Ambulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</source>
        <translation>Set up this computer for your work. Everything you record is kept in an encrypted database on this computer until it is synchronised.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPR number</source>
        <translation>HPR number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</source>
        <translation>No keyring was found on this computer: the database will be protected by the passphrase alone. Choose a long one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create encrypted database</source>
        <translation>Create encrypted database</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too short: at least %1 characters</source>
        <translation>Too short: at least %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: use more characters or several words</source>
        <translation>Weak: use more characters or several words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: longer is better (four words or more)</source>
        <translation>Fair: longer is better (four words or more)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrases are not the same.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../desktop/ui/print_sheet.py" line="+16"/>
        <source>Preview of the medication sheet</source>
        <translation>Preview of the medication sheet</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desktop/ui/sync/controller.py" line="+118"/>
        <source>Synchronisation cancelled. What was not sent waits for the next one.</source>
        <translation>Synchronisation cancelled. What was not sent waits for the next one.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everything is synchronised (%1 sent).</source>
        <translation>Everything is synchronised (%1 sent).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2 failed, %3 waiting.</source>
        <translation>%1 sent, %2 failed, %3 waiting.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Synchronisation settings saved.</source>
        <translation>Synchronisation settings saved.</translation>
    </message>
</context>
<context>
    <name>SyncProgressBox</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+46"/>
        <source>Synchronisation progress</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</source>
        <translation>Stop after the bundle in flight. Nothing is lost: what is not sent waits for the next synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sent</source>
        <translation>%1 of %2 sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the server</source>
        <translation>waiting for the server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/sync/server_dialog.py" line="+42"/>
        <source>Synchronisation settings</source>
        <translation>Synchronisation settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Ambulant sends your records at the end of the shift: the municipality&apos;s FHIR server.</source>
        <translation>Where Ambulant sends your records at the end of the shift: the municipality&apos;s FHIR server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (plain http only to this computer)</source>
        <translation>https://… (plain http only to this computer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per &amp;bundle</source>
        <translation>Records per &amp;bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the server takes fewer, Ambulant learns it and sends smaller bundles.</source>
        <translation>If the server takes fewer, Ambulant learns it and sends smaller bundles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a test server on this computer)</source>
        <translation>None (a test server on this computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key (HelseID, OAuth 2)</source>
        <translation>Client key (HelseID, OAuth 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Paste the token you were given</source>
        <translation>Paste the token you were given</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Access &amp;token</source>
        <translation>Access &amp;token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the computer&apos;s keyring, never in the database.</source>
        <translation>Kept in the computer&apos;s keyring, never in the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token a&amp;ddress</source>
        <translation>Token a&amp;ddress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;id</source>
        <translation>Client &amp;id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope</source>
        <translation>Sc&amp;ope</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synchronise auto&amp;matically when the network is available</source>
        <translation>Synchronise auto&amp;matically when the network is available</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No key pair yet.</source>
        <translation>No key pair yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Make a key pair</source>
        <translation>Make a key pair</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Public &amp;key</source>
        <translation>Public &amp;key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this public key to whoever registers the client. The private key stays in the keyring.</source>
        <translation>Give this public key to whoever registers the client. The private key stays in the keyring.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A token is stored; paste a new one to replace it</source>
        <translation>A token is stored; paste a new one to replace it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace the key pair…</source>
        <translation>Replace the key pair…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id first: the key is kept under it.</source>
        <translation>Enter the client id first: the key is kept under it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the key pair</source>
        <translation>Replace the key pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</source>
        <translation>The server knows only the current public key. After replacing it, synchronisation fails until the new key is registered. Replace it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current key</source>
        <translation>Keep the current key</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected: a FHIR %1 server %2</source>
        <translation>Connected: a FHIR %1 server %2</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../desktop/ui/sync/panel.py" line="+17"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synchronisation with the municipal server</source>
        <translation>Synchronisation with the municipal server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent this time</source>
        <translation>Sent this time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Still waiting to be sent</source>
        <translation>Still waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why records wait</source>
        <translation>Why records wait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s reason</source>
        <translation>The server&apos;s reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the server refused</source>
        <translation>Records the server refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</source>
        <translation>Refused records stay safely on this computer. Correct what the server asks for if needed, then try again. Select rows to try only those; otherwise all are tried.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+126"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Server settings…</source>
        <translation>Server settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The server has not refused any records.</source>
        <translation>The server has not refused any records.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No server is set up for synchronisation yet.</source>
        <translation>No server is set up for synchronisation yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is sent to the server.</source>
        <translation>Everything is sent to the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</source>
        <translation>The server did not accept everything. What it refused is listed below with its reason; nothing is lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</source>
        <translation>Some records are still waiting and will be sent at the next synchronisation. Nothing is lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</source>
        <translation>The synchronisation was cancelled. What was not sent is kept on this computer and goes with the next synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</source>
        <translation>No server is set up for synchronisation yet. Your records are kept safely on this computer until one is.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Could not synchronise just now. Nothing is lost: %n record(s) are kept safely on this computer and will be sent the next time you synchronise.</source>
        <translation>
            <numerusform>Could not synchronise just now. Nothing is lost: %n record is kept safely on this computer and will be sent the next time you synchronise.</numerusform>
            <numerusform>Could not synchronise just now. Nothing is lost: %n records are kept safely on this computer and will be sent the next time you synchronise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Try again (%n selected)</source>
        <translation>
            <numerusform>Try again (%n selected)</numerusform>
            <numerusform>Try again (%n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../desktop/ui/forms/group_forms.py" line="+15"/>
        <source>New agreed task</source>
        <translation>New agreed task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/kit/charts.py" line="+26"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Normal range</source>
        <translation>Normal range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside normal range</source>
        <translation>Outside normal range</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no measurements in the last 90 days</source>
        <translation>no measurements in the last 90 days</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/unlock.py" line="+31"/>
        <source>Ambulant is locked</source>
        <translation>Ambulant is locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open the encrypted journal.</source>
        <translation>Enter your passphrase to open the encrypted journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data with fictional clients. The passphrase is %1</source>
        <translation>Demo data with fictional clients. The passphrase is %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved text is kept until you unlock.</source>
        <translation>Unsaved text is kept until you unlock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+21"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused &amp;records…</source>
        <translation>Refused &amp;records…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync&amp;hronisation…</source>
        <translation>Sync&amp;hronisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New journal &amp;note</source>
        <translation>New journal &amp;note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print medication sheet…</source>
        <translation>&amp;Print medication sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Access log…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ambulant</source>
        <translation>&amp;About Ambulant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
</context>
</TS>
