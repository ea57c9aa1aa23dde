#include "Feature.h"

#include "common/Registry.h"

#include <QtGlobal>

namespace casebook {

void installCoreFeatures(QList<CoreFeatureFactory> features)
{
    registry<CoreFeatureFactory>() = std::move(features);
    registry<CoreFeature>().clear();
}

const QList<CoreFeature> &installedCoreFeatures()
{
    QList<CoreFeature> &made = registry<CoreFeature>();
    if (registry<CoreFeatureFactory>().isEmpty())
        qFatal("No features are installed: call casebook::installFeatures() (app/Features.h) "
               "as the program or test starts.");
    if (made.isEmpty())
        for (CoreFeatureFactory make : registry<CoreFeatureFactory>())
            made.append(make());
    return made;
}

} // namespace casebook
