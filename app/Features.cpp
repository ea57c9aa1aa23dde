#include "Features.h"

#include "FeatureList.h"
#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "common/Commands.h"
#include "dropin/DropinRecords.h"
#include "lift/LiftRecords.h"
#include "links/LinkRecords.h"
#include "reference/ReferenceData.h"
#include "reports/VisitReport.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/SupportRecords.h"

namespace casebook {

namespace {

// One feature: what it adds to core and to the command line.
struct Feature
{
    CoreFeatureFactory core;
    CommandsFactory commands;
};

#define CASEBOOK_CORE_AND_CLI(name) {name##Feature, name##Commands},
const Feature features[] = {CASEBOOK_FEATURES(CASEBOOK_CORE_AND_CLI, CASEBOOK_CORE_AND_CLI)};
#undef CASEBOOK_CORE_AND_CLI

} // namespace

void installFeatures()
{
    QList<CoreFeatureFactory> core;
    QList<CommandsFactory> commands;
    for (const Feature &feature : features) {
        core.append(feature.core);
        commands.append(feature.commands);
    }
    installCoreFeatures(core);
    installFeatureCommands(commands);
}

} // namespace casebook
