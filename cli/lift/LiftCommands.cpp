#include "common/Command.h"
#include "common/Commands.h"
#include "lift/LiftRecords.h"
#include "records/RecordVerbs.h"

namespace casebook {

CommandList liftCommands()
{
    CommandList commands;
    addRecordVerbs(commands, recordKind<&liftGroupKind>, QStringLiteral("lift group"));
    addRecordVerbs(commands, recordKind<&liftGroupSettingKind>, QStringLiteral("lift member"));
    addRecordVerbs(commands, recordKind<&liftMeetingKind>, QStringLiteral("lift meeting"));
    addRecordVerbs(commands, recordKind<&liftReferralKind>, QStringLiteral("lift referral"));
    addRecordVerbs(commands, recordKind<&liftAttendanceKind>, QStringLiteral("lift attendance"));
    addRecordVerbs(commands, recordKind<&liftActionKind>, QStringLiteral("lift action"));
    return commands;
}

} // namespace casebook
