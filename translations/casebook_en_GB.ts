<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>casebook::AcademicYear</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::BenchCommand</name>
    <message>
        <source>Measure write speed and memory on fresh databases; print the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to write (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the demo data for the search figures (default 40000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows takes a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--children takes a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::CaseworkCommands</name>
    <message>
        <source>The %1&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an involvement for a child or a whole setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s id or URN (a whole-setting involvement, or another than the child&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened involvement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List involvements: open ones, overdue reviews first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this teacher&apos;s (an id, or “me”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this child&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed and declined ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an involvement with its outcomes, their reviews and its contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The involvement&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involvement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an involvement: its status (referred, accepted, declined, active), decision, teacher …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an active involvement, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree an expected outcome for an involvement: baseline, target, review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added outcome %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of an outcome, rated −2 to +2 (Goal Attainment Scaling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2, −1, 0, +1 or +2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded review %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit, call or other contact (today, you, and the last type by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contact-log entries, newest first: an involvement&apos;s, or a staff member&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this involvement&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this staff member&apos;s (an id, or “me”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::CaseworkRecords</name>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct sensory referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting&apos;s own resources and best endeavours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole-setting involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an involvement is for a child or a whole setting; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no direct referrals; its involvements come through LIFT or a drop-in follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new involvement cannot start closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child has no agreement to engage in force; record one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the involvement closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the involvement opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a closed involvement has a closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment (GAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2 much less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 somewhat less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 somewhat more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the involvement is %1; new contacts go on an open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement to engage was withdrawn on %1; no new contacts can be recorded (those before stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agreement to engage in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an outcome of this involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of minutes in a day (1 to 1440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what was seen, the advice given or the next steps; a contact needs at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-teacher work with the setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ChangeExport</name>
    <message>
        <source>Collecting changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ChangeImport</name>
    <message>
        <source>The package names a table (%1) this program does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names a field this program does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package holds only what another laptop lacked, and this one has none of the group&apos;s records yet. Nothing was imported. Ask whoever made it (installation …%1) for a package for a new laptop, which holds everything, or for a package for this laptop (installation %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made for a laptop that had more of the group&apos;s work than this one: it counts on changes from installation …%1 up to %2 that this one has not had. Nothing was imported. Ask whoever made it (installation …%3) for a new package for this laptop (installation %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds changes stamped %1, ahead of this computer&apos;s clock by more than a day, from installation %2. Check that computer&apos;s date and time; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ChildCommands</name>
    <message>
        <source>Setting (setting_id): there is no setting with URN “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a different child, run the command again with --different-child to keep both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one child: their id or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique pupil number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s URN or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary need (census code, e.g. ASD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN provision: N, K, E or EHC_REQUESTED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or search children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that start a first name, last name, UPN or setting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this SEN provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active, inactive or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a child&apos;s record, with contacts and agreements to engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent/carer contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a child&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this child is not the child who already has the same UPN, or the same name and date of birth; both records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The existing child&apos;s id is %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children with this primary need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --need: the secondary need counts as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ChildRecords</name>
    <message>
        <source>Year group override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child’s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement to engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement to engage from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with UPN or id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1 belongs to %2 children; give the id of one: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no setting recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, born %3, is already recorded (%4). Is this the same child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than 25 years ago; the service works with children and young people up to 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to %2 %3, born %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the same as the primary need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year group; use −3 to −1 for pre-school and nursery, 0 for Reception, 1 to 14 for Year 1 to Year 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the agreement was given (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::CommandArguments</name>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the start of more than one %2&apos;s id; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member uses this installation yet; set one with “casebook staff whoami ID”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting with URN or id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::CommandLine</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: casebook [--db FILE] [COMMAND [OPTIONS]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STLS Casebook keeps the casework of a Specialist Teaching and Learning Service.
With no command it opens the window; with a command it works on the same
database without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “casebook COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output format “%1”: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook %1: say what to do: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook: unknown command “%1”. Run “casebook --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Conflicts</name>
    <message>
        <source>There is no conflict %1; see “casebook sync conflicts”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::CsvReader</name>
    <message>
        <source>A quoted field that starts on line %1 never ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Database</name>
    <message>
        <source>“%1” is not a Casebook database: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Casebook (database schema version %2; this program knows versions up to %3). Nothing was changed: open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only: this user may not write to it, or its disk is mounted read-only. Casebook needs to write to its database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only for this user, or its disk is. Casebook keeps its write-ahead log beside the database, so it cannot work there; nothing was changed. Move the database to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another application’s SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only for this user, or its disk is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading “%1” to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no installation identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DatabaseCheck</name>
    <message>
        <source>References between records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DatabaseCommands</name>
    <message>
        <source>Create the database (or bring an existing one up to date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created database %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the schema version, installation and rows per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core dumps:     off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core dumps:     on (a crash would write the records in memory to disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and the program&apos;s own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook check: problems found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DemoCommand</name>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with fictional demo settings, staff and children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children (default 3000; 40000 for county scale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in %1: %2 settings, %3 staff, %4 children, %5 contacts, %6 agreements to engage, %7 involvements, %8 outcomes with %9 reviews, %10 contact-log entries, %11 LIFT meetings of %12 groups with %13 referrals, %14 drop-in sessions with %15 consultations, %16 intensive support episodes, %17 link teacher allocations (%18 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DemoData</name>
    <message>
        <source>%1 already holds settings or children; demo data goes into a new, empty database (casebook --db NEW.sqlite demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DropinCommands</name>
    <message>
        <source>List drop-in sessions by date, with their booked and free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district&apos;s (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those on or after this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a drop-in session; prints the new session&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a drop-in session; prints the new session&apos;s id. It needs district_code, held_on, starts_at, dimension_code (cl, ci, semh, ps) and a place (or online=yes); its slots are 6 of 30 minutes unless slot_count and slot_minutes say otherwise. --staff (repeated) names who runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff who runs it (id, or me); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a slot of a session for a consultation, or record one; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the first free slot of a session (or --set slot=N) for a consultation; prints its id. It needs asker_name, and a child (--child, or --set child_initials=J.S. for one the service does not know) or a cohort (--set cohort=… --set cohort_size=N). --set follow_up=lift_referral makes a referral for the next meeting of the setting&apos;s LIFT group that takes it; follow_up=involvement opens an involvement; follow_up=signpost needs signpost_to (early_help, health, local_offer, other_service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s URN or id (the child&apos;s unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a consultation&apos;s fields; a LIFT referral or an involvement as its follow-up is made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the consultations of a session, a setting or a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s URN or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --session, --setting or --child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DropinFollowUp</name>
    <message>
        <source>Advice at the drop-in of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a child not yet known to the service (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting&apos;s LIFT group has no planned meeting that still takes referrals (or the setting is in no group); plan one on the LIFT page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drop-in consultation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cannot be made. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DropinRecords</name>
    <message>
        <source>give a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” are not initials; give one to four letters, such as J.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by the dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-in session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the session is held, or that it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is booked; move or cancel the consultations in the later slots first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of staff running a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of staff running a drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they run this session already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role at the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s initials (not on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service and what was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-in consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-in consultation about a cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which setting asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consultation is about one child (on record, or by initials) or about a cohort; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child is on record; initials are for a child the service does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consultation is about one child or about a cohort, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how many children the cohort has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is fully booked: all %1 slots are taken. Offer another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has slots 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is booked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where you signposted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LIFT referral as the follow-up is made with the consultation: record it in the consultation dialog, or with `casebook dropin consult`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an involvement as the follow-up is opened with the consultation: record it in the consultation dialog, or with `casebook dropin consult`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::DropinSessions</name>
    <message numerus="yes">
        <source>%1 (%n children)</source>
        <translation>
            <numerusform>%1 (%n child)</numerusform>
            <numerusform>%1 (%n children)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::EditCommand</name>
    <message>
        <source>“%1” not undone: the record was changed since, by a sync or in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not redone: the record was changed since, by a sync or in another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Error</name>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a field&apos;s label, its name on the command line, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::GiasImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GIAS establishment CSV: it has none of the columns %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the GIAS columns %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA (code) is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EstablishmentName is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is also on line %2, which was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date (dd-mm-yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no district given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2 added, %3 updated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::HybridClock</name>
    <message>
        <source>A change is stamped %1 hours ahead of this computer&apos;s clock (at most %2 hours allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::IntegrityCheck</name>
    <message>
        <source>SQLite integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installation rows instead of one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftCommands</name>
    <message>
        <source>Plan a LIFT meeting of a group; prints the new meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LIFT group&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it meets, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table a referral at a meeting, by Kent&apos;s intake rules; prints the new referral&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table a referral at a meeting; prints the new referral&apos;s id. A child&apos;s referral needs an agreement to engage in force (or --set agreement_override=WHY); a setting brings three referrals to a meeting (a fourth needs --approved-by, the chair who agreed); one received after the deadline (the Wednesday before the meeting, seven days before for early years) needs --urgent with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id or UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the referral came, as YYYY-MM-DD (today unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is urgent: it is tabled after the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair who agreed to a fourth referral from the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who came to a meeting, for which agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their agency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (present unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an action agreed on a referral; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose it is: a staff member&apos;s id, or “me”, or the name and agency of anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an action done (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a held meeting&apos;s minutes (as you, the chair, unless --set approved_by=ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision on a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision on a referral, as one undo step. Specialist involvement also opens the involvement (route LIFT, with --teacher allocated); deferred carries the referral to the group&apos;s next meeting. Prints what it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher allocated (an id, or “me”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discussion, for the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the decision with --outcome: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on referral %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened involvement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried to the next meeting as referral %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district&apos;s (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the LIFT groups with their settings and next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List LIFT meetings by date, with their referral deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools&apos; deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early years&apos; deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftDecisions</name>
    <message>
        <source>There is no LIFT referral with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral has opened an involvement already; close that involvement rather than change the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred carries the referral to the group&apos;s next meeting, and none is planned yet; plan it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftIntake</name>
    <message>
        <source>the group&apos;s next meeting, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s next meeting, once one is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child has no agreement to engage in force, and one must come with every referral. Record it on the child&apos;s page, or say why the referral is tabled without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brings %2 referrals to this meeting already; one more needs the chair&apos;s agreement (say who agreed), or offer it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was received on %1, after this meeting&apos;s deadline of %2. Offer it to %3, or say why it is urgent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftMeetingDetail</name>
    <message>
        <source>There is no LIFT meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LIFT referral with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftMeetingShow</name>
    <message>
        <source>Show a meeting with its deadlines, referrals (with their decisions), attendance, the agencies missing, and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools&apos; deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early years&apos; deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftMinutes</name>
    <message>
        <source>(parent or carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(address left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(UPN left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date of birth left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist Teaching and Learning Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist Teaching and Learning Service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT agenda: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT minutes: %1 (full copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children appear by their initials only. The full referrals are held by the STLS admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Welcome, introductions and apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Actions from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not yet approved by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copy, restricted to the panel and the service: it holds children&apos;s names, dates of birth and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated copy: children appear by their initials only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies not represented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftRecords</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting in a LIFT group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting is in the LIFT group %1 already; a setting is in one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new meeting starts planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who approved the minutes (the chair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice to take back and try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend a referral to Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend seeking health advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensive specialist support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: best endeavours not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred: more information needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (SENCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the setting has tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess, plan, do, review evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra referral agreed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabled without an agreement to engage because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral of a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referral is for a child, or for a setting or a cohort in it; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STLS lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO (setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational psychology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech and language therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (anyone else, with their agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose action it is: a staff member, or a named person of an agency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LiftReportCommands</name>
    <message>
        <source>Write a LIFT meeting&apos;s minutes as an A4 PDF: the full copy, or with --circulated the copy for the schools, where children appear by their initials only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a LIFT meeting&apos;s agenda as an A4 PDF, children by their initials, for sending before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id (or its start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circulated copy: no child&apos;s name, date of birth, UPN or parent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --meeting ID (see “casebook lift meetings”) and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LinkAllocation</name>
    <message>
        <source>“%1” is not an academic year; write it as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link teachers of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LinkCommands</name>
    <message>
        <source>Give --%1, as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not an academic year; write it as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service line (district, pd, sensory; district unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a year&apos;s open settings with their link teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year: 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district&apos;s (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the settings without a link teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a teacher a setting&apos;s link teacher for a year; the one replaced stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s URN or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s id (or its start), or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each setting the link teacher it had the year before; says what it skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to copy: 2025/26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to fill: 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 link teachers from %2 to %3; %4 settings had one for %3 already; %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::LinkRecords</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link teacher for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an academic year; write it as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before they were assigned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting&apos;s link teacher for %1 is %2 already; assign the new one in their place (the history keeps both).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Package</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync group&apos;s salt is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Casebook sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is cut short: its header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its header does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer Casebook (package format %1; this program reads up to %2). Update Casebook to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package uses a key derivation this program does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package asks for key derivation limits outside what this program allows (%1 passes, %2 MiB); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its stream header is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is cut short: it ends before its last part (after part %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is cut short in part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: part %1 has an impossible length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was altered: part %1 does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has %1 bytes after its end; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Passphrase</name>
    <message>
        <source>Read the group passphrase from the first line of FILE (otherwise CASEBOOK_PASSPHRASE, otherwise a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users (its permissions are %2), so its passphrase may not be secret any more. Make it private first (chmod 600 %1), and change the group&apos;s passphrase if others may have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set CASEBOOK_PASSPHRASE (there is no terminal to ask on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, to be sure: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE or set CASEBOOK_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::PayloadCodec</name>
    <message>
        <source>The package&apos;s content cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by an earlier Casebook that did not record what it was made against, so it cannot be imported safely. Ask for a new package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::PrintedPages</name>
    <message>
        <source>The document cannot be printed there: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kent County Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Progress</name>
    <message>
        <source>Stopped before the end; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::RecordCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to edit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::RecordKind</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 refers to it (%3 records, the first %4). Change or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::RecordOutput</name>
    <message>
        <source>Set a field, named as “show --format json” names it (repeatable; an empty value clears the field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--set %1” needs the form FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changed: the values were already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n field changed.</numerusform>
            <numerusform>%n fields changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::RecordType</name>
    <message>
        <source>A %1 has no field “%2”; its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as yyyy-mm-dd or dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that is %2 stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that is %2 cannot become %3; it can become: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::RecordVerbs</name>
    <message>
        <source>The record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record id; see “casebook %2 list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records whose field has this value (an empty value: is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one %1, with the records that belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ReferenceCommand</name>
    <message>
        <source>Areas and districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA special school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary need codes (school census)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Census code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget 2021/22 (decision report, section 9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reference data: districts, service lines, needs, budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reference table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV holds one table: name it, e.g. “casebook reference budget --format csv”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ReportCommands</name>
    <message>
        <source>Write the visit report for the school about a contact, as an A4 PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact-log entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --contact ID (see “casebook contacts list”) and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SettingRecords</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URN; a DfE URN is digits (e.g. 118234), an Ofsted URN may start with letters (e.g. EY123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils on roll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SettingsCommands</name>
    <message>
        <source>Give one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would import: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to other local authorities and were left out.</source>
        <translation>
            <numerusform>%n row belongs to another local authority and was left out.</numerusform>
            <numerusform>%n rows belong to other local authorities and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported without an STLS district (set it by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or update settings from a GIAS establishment CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIAS CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this local authority (default: 886, Kent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List settings and schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those whose name, URN or postcode holds TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this district (code, as in “casebook reference districts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open or only closed settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s URN or id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::StaffCommands</name>
    <message>
        <source>List the service&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, or set, which staff member uses this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s id, to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a staff id; see “casebook staff list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member is set for this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation is used by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::StaffRecords</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STLS lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County professional lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a need code; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Statement</name>
    <message>
        <source>Database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Store</name>
    <message>
        <source>There is no %1 record with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation is missing from its own peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record with id %2 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 exists: settle its fields instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SupportCommands</name>
    <message>
        <source>List intensive support episodes: those past their planned end first, then checks overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the open ones (no outcome yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this teacher&apos;s cases (an id, or me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAST ITS PLANNED END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start intensive support on a child&apos;s involvement; prints the episode&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start intensive support on a child&apos;s involvement; prints the episode&apos;s id. It needs planned_end_on and risk (exclusion, reduced_timetable, specialist_provision, or other with risk_detail); it starts today unless starts_on says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The involvement&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an episode with its outcome; the follow-up check falls six weeks later unless given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, kept_reduced_timetable, moved (with --set outcome_detail=WHERE) or ended_other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended; the follow-up check is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SupportRecords</name>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting (the placement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of moving to specialist provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk, described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, with a reduced timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to, or how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensive support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensive support from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensive support is for a child&apos;s placement; this involvement is for a whole setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the episode starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an episode closes with its outcome; give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up check comes after the episode ends; give its outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the involvement has an episode open since %1; end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an episode cannot end before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the child moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the episode ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up check comes after the end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can now do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity built in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SyncCommands</name>
    <message>
        <source>%1 new records, %2 changed, %3 deleted; %4 conflicts to settle (%5 changes new here, %6 already known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --for ID or --full, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for needs an installation id; see “casebook sync peers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation exchanges packages with %1 others, so say who the package is for: --for ID (one of %2), or --full for a package holding everything (for a new laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted package of the changes another installation lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --for or --full, the package is for the one installation this one has had packages from (a teacher&apos;s laptop: the district office); with none, it holds everything; with several, say which. An installation that imports a package made for another is refused, changing nothing, if it lacks changes the package counts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this installation lacks, as far as it has told this one (everything, for one never heard from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, for any installation: a new laptop joins the group from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the package: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything, for any installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for installation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 changes, %4 bytes, sync group …%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge an encrypted package from another installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made here; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has joined the package&apos;s sync group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from installation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the installations known here and what each has seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest change from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has seen ours up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the edits that clashed, waiting to be settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a conflict: keep one value, or give another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local (the value in the record; for a deleted record, it stays deleted), incoming (the waiting value; a deleted record comes back), or a value to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a conflict id and --keep local|incoming|VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled; the settlement reaches the others with the next package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SyncIntegrity</name>
    <message>
        <source>This installation among its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation is not among its own peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced rows and their stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an id that is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed field clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 was never stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 is stamped after the clock’s high-water mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 names an unknown installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 are both present and deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry %1 names an unknown table or installation, or is stamped in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SyncPackages</name>
    <message>
        <source>%1 is larger than a sync package can be (more than %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder, a device or a pipe), so it cannot be a sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync package needs the group passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this sync group&apos;s passphrase; no package was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer Casebook (database version %1; this program has %2). Update Casebook to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package belongs to another sync group (…%1); this installation is in group …%2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its content names another sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::SyncSchema</name>
    <message>
        <source>“%1” is not a synced table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::Upn</name>
    <message>
        <source>A UPN has 13 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPN never uses the letters I, O or S (character %1 is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character of a UPN is its check letter; “%1” is not a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 2 to 12 of a UPN are digits; character %1 is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of a UPN is a digit, or a letter in a temporary UPN; “%1” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check letter does not match the rest of the UPN, so a character is mistyped. Copy the UPN again from the school&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::VisitReport</name>
    <message>
        <source>There is no contact-log entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist Teaching and Learning Service — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked on at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled intervention report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist teacher&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SENCO, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SENCO, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SENCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SENCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parent or carer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s STLS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting&apos;s STLS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AboutDialog</name>
    <message>
        <source>About STLS Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;STLS Casebook %1&lt;/h2&gt;&lt;p&gt;Casework for a Specialist Teaching and Learning Service: children, settings, LIFT meetings, drop-in clinics and training.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Installation:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at LIFT: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensive support…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CaseloadPage</name>
    <message>
        <source>Closed and declined &amp;too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by child, setting or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 with a review overdue</source>
        <translation>
            <numerusform>%n case, %1 with a review overdue</numerusform>
            <numerusform>%n cases, %1 with a review overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the child or the case; Ctrl+L logs a contact on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases here yet. A case is opened from a child&apos;s page (Children, Ctrl+1: Open a case…); closed and declined ones show with “Closed and declined too”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; intensive support past its planned end (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with intensive support past its planned end.</source>
        <translation>
            <numerusform>%n with intensive support past its planned end.</numerusform>
            <numerusform>%n with intensive support past its planned end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildCasework</name>
    <message>
        <source>Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for the child first (Open a case…): contacts belong to a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildLiftReferrals</name>
    <message>
        <source>LIFT referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to LIFT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to LIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child has no setting on their record, and a referral goes to the LIFT group of their setting. Give their setting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LIFT meeting that takes referrals is planned for the group of the child&apos;s setting. Plan one on the LIFT page (Ctrl+5), or check that the setting is in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to LIFT: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>primary need, secondary need</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildPage</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental resp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent and carer contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement to engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an agreement to engage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this child&apos;s record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s record will be deleted on this laptop and, once synced, everywhere, with their cases, outcomes, contact log, parent and carer contacts and agreements to engage. Edit ▸ Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact on the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildPicker</name>
    <message>
        <source>born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start of their names or their UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildrenPage</name>
    <message>
        <source>Search children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, UPN or setting (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary &amp;need too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the need chosen as the primary or the secondary need; without it, the primary need only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary or secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren) in %1</source>
        <translation>
            <numerusform>%Ln child in %1</numerusform>
            <numerusform>%Ln children in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No children match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children match “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children yet. Add one with Add child (Ctrl+N), or import a sync package on the Sync page (Ctrl+9); import the schools first on the Settings page (Ctrl+2) so that children can be placed at their setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a&amp;ll districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DatabaseWindow</name>
    <message>
        <source>There is no file “%1”: it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new name for the new database, or open it with File ▸ Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DatedList</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DistrictChoice</name>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DropinConsultationDialog</name>
    <message>
        <source>Book a drop-in slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a &amp;child on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child &amp;not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A c&amp;ohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, or Ctrl+Enter in a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the child the consultation is about: type their name or UPN, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DropinConsultationsBox</name>
    <message>
        <source>Drop-in consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DropinPage</name>
    <message>
        <source>Which sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and the last four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes to the session&apos;s slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drop-in sessions to show. Plan one with New session (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 free from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::DropinSessionView</name>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter books a free slot or opens a consultation; Delete cancels a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;taff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the list, or plan one with New session (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. %3 of %4 minutes; %5 booked, %6 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of slot %1 by %2? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member of staff running the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::KeyboardShortcutsDialog</name>
    <message>
        <source>In forms and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the field or button with that underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the record; in a paragraph, a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the record from anywhere in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the typing in a field, then the last saved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record chosen in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog without adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LiftDecisionDialog</name>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier at LIFT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never referred before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher allocated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome the panel agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LiftGroupDialog</name>
    <message>
        <source>LIFT group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the setting out of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in the &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a setting to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LiftMeetingView</name>
    <message>
        <source>&amp;Reopen the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter records the decision; Alt+Up and Alt+Down move the referral; Delete takes it off the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deci&amp;sion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an acti&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda and the minutes for schools show each child by their initials only (J.S., or J.S.-1 and J.S.-2 where two share them), with no date of birth, UPN, address or parent&apos;s name. The full minutes are for the panel and the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the &amp;agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the full &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the minutes for &amp;schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting from the list, or plan one with New meeting (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals due by %1 (schools), %2 (early years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one present for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as he&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as circ&amp;ulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the referral for %1 off this meeting&apos;s agenda? Its actions go with it; Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved by the chair using this laptop: choose who you are first (File ▸ Who Am I…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s agenda, attendance, actions and papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up the agenda (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down the agenda (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LiftPage</name>
    <message>
        <source>Which meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and the last six weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen meeting&apos;s group: its name, district and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes into the meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LIFT groups here yet. A group is a district&apos;s schools and settings that meet together: make one with New group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings to show. Plan one with New meeting (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a LIFT meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New LIFT group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LIFT group(s)</source>
        <translation>
            <numerusform>%n LIFT group</numerusform>
            <numerusform>%n LIFT groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::LiftReferralDialog</name>
    <message>
        <source>Add a LIFT referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a &amp;whole setting or a cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the child the referral is for: type their name or UPN, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::LinkAllocationPage</name>
    <message>
        <source>Link teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Without one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy last year forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter assigns the setting&apos;s link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each teacher&apos;s link settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, far above the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 without a link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 settings</source>
        <translation>
            <numerusform>%n of %1 settings</numerusform>
            <numerusform>%n of %1 settings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 settings a teacher on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n teacher(s) far above it</source>
        <translation>
            <numerusform>%n teacher far above it</numerusform>
            <numerusform>%n teachers far above it</numerusform>
        </translation>
    </message>
    <message>
        <source>Link teacher of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 link teachers from %2; %3 settings had one already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the copy back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link teachers copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the link teachers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a child fast by name, UPN or setting, and keep their record: details, needs, SEN provision, parent and carer contacts and the agreement to engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The early-years settings and schools of each district, imported from Get Information about Schools and kept up to date, with their SENCO contacts and link teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s specialist teachers, leads and admins, and who uses this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload: open involvements, agreed outcomes with their reviews, and the contact log of visits, observations, assessments and advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Inclusion Forum Team meetings: the agenda of referrals, attendance, decisions and actions, and minutes to print and circulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension-led drop-in sessions and their consultations: the question, the advice given and any follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course catalogue, events and attendance, and the CPD and qualifications of STLS staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload charts per dimension of need, district, teacher and term, and the termly KPI report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange encrypted packages with the district office and other laptops, and settle any edits that clashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop holds no records yet: join your service&apos;s sync group with a package from the district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this laptop? Select your name and press “This is me”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who Am I…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select your name in the list and press “This is me”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas of Work List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About STLS Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message>
        <source>No one chosen (File ▸ Who Am I…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help on This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ▸ Keyboard Shortcuts lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — STLS Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::PassphraseDialog</name>
    <message>
        <source>Group passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase your sync group agreed. It is never stored, and packages cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::PlaceholderPage</name>
    <message>
        <source>About this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area of work is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::PrintPreview</name>
    <message>
        <source>Pages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, or Ctrl+Enter in a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordForm</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no “%2” to choose; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a different child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both: a different child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put it back as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the existing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a child already recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep two records only if this is a different child: one child with two records has their history split between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordListPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SettingDialog</name>
    <message>
        <source>Log a whole-setting &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a whole-setting involvement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-setting visits are logged on the setting&apos;s own involvement, and it has none open. Open one for link-teacher work? Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a whole-setting visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SettingLinkTeachers</name>
    <message>
        <source>Link teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link teachers, this year and before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link teacher for %1 yet: a lead assigns one on Settings ▸ Link teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SettingsPage</name>
    <message>
        <source>%1 settings would be added, %2 updated and %3 left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of other local authorities are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would have no STLS district; set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from GIAS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings from GIAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS establishment CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings yet. Import the schools and early-years settings from Get Information about Schools with Import from GIAS…, add one with Add setting… (Ctrl+N), or join the sync group on the Sync page (Ctrl+9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact-log entries made on this laptop are recorded as theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot choose this staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet. Add the service&apos;s teachers, leads and admins with Add staff member… (Ctrl+N), or join the sync group on the Sync page (Ctrl+9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SupportEpisodeDialog</name>
    <message>
        <source>Intensive support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can now do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting staff whose capacity was built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: the case&apos;s contacts in the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member of the setting&apos;s staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start intensive support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensive support: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SupportPage</name>
    <message>
        <source>Intensive support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start on a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensive support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the planned end without an outcome</source>
        <translation>
            <numerusform>%n past the planned end without an outcome</numerusform>
            <numerusform>%n past the planned end without an outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up check(s) overdue</source>
        <translation>
            <numerusform>%n follow-up check overdue</numerusform>
            <numerusform>%n follow-up checks overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No intensive support episodes here. Start one on a child&apos;s case with Start on a case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start intensive support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncPage</name>
    <message>
        <source>%1 …%2 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 …%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest change from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has seen ours up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installations exchanged with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a deleted record: it stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a deleted record: it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;another value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither: type or choose the value the record should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits that clashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your service&apos;s sync group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop set up for a teacher gets the service&apos;s records from a sync package the district office exported for a new laptop (“everything”), or for this laptop by its installation id, shown above. Choose the package file and type the group&apos;s passphrase; the records arrive and this laptop joins the group. A package made for another laptop is refused, and nothing changes.
Setting up the very first installation? Add staff and settings, then export a package: that starts the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join from a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a sync group yet. This laptop is installation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync group …%1 · this laptop is installation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation …%1 (its latest change %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new laptop, or anyone: everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the package for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook sync package (*.casebook-sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook sync package (*.casebook-sync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made on this laptop; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edits clashed: there is nothing to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2. Take it to the district office or the other laptop, and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop has joined the sync group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this laptop had every change in the package already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records: %1. Changed: %2. Deleted: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edits clashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) clashed and wait below for you to settle.</source>
        <translation>
            <numerusform>%Ln edit clashed and waits below for you to settle.</numerusform>
            <numerusform>%Ln edits clashed and wait below for you to settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncWork</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::TeacherLinkSettings</name>
    <message>
        <source>Link settings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>STLS Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
