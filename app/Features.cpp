#include "Features.h"

#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "common/Commands.h"
#include "reference/ReferenceData.h"
#include "reports/VisitReport.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"

namespace casebook {

namespace {

// One feature: what it adds to each layer. See docs/adding-a-feature.md.
struct Feature
{
    CoreFeatureFactory core;
    CommandsFactory commands;
};

// The features, in the order their verbs are listed. A new feature is one
// line here.
const Feature features[] = {
    {settingsFeature, settingsCommands},   {staffFeature, staffCommands},
    {childrenFeature, childrenCommands},   {caseworkFeature, caseworkCommands},
    {referenceFeature, referenceCommands}, {reportsFeature, reportsCommands},
};

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
