#pragma once

#include <QtGlobal>

namespace casebook {

class Database;

struct DemoOptions
{
    int children = 3000;
    quint32 seed = 1;
};

struct DemoSummary
{
    int settings = 0, staff = 0, children = 0, contacts = 0, consents = 0;
    int involvements = 0, outcomes = 0, reviews = 0, contactLog = 0;
    int liftGroups = 0, liftMeetings = 0, liftReferrals = 0, liftAttendance = 0, liftActions = 0;
    int dropinSessions = 0, dropinConsultations = 0, supportEpisodes = 0, linkTeachers = 0;
};

// Fills an empty database with fictional demo data: about 700 settings over
// the 12 districts (phases in realistic proportion), about 150 staff across
// the three service lines, and `children` children with parent/carer
// contacts and agreements to engage, and casework for them over five years
// (DemoCasework): about ten contact-log entries a child; and LIFT groups,
// meetings, referrals, attendance and actions (DemoLift); drop-in sessions and
// consultations, some referred on to LIFT (DemoDropin); intensive support
// episodes (DemoSupport); link teachers by year (DemoLinks). Names are invented
// (see DemoNames); the same seed gives the same data within an academic year
// (ages are set from the current one, and ids are new each time). All in one
// transaction; sets "who am I" to the specialist teacher with the most open
// cases. Throws Error when the database already holds settings or children.
DemoSummary generateDemoData(Database &db, const DemoOptions &options);

} // namespace casebook
