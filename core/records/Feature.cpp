#include "Feature.h"

#include <QtGlobal>

namespace casebook {

namespace {
QList<CoreFeature> &installed()
{
    static QList<CoreFeature> features;
    return features;
}
} // namespace

void installCoreFeatures(QList<CoreFeature> features)
{
    installed() = std::move(features);
}

const QList<CoreFeature> &installedCoreFeatures()
{
    if (installed().isEmpty())
        qFatal("No features are installed: call casebook::installFeatures() (app/Features.h) "
               "as the program or test starts.");
    return installed();
}

} // namespace casebook
