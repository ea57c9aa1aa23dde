#include "Feature.h"

#include <QtGlobal>

namespace casebook {

namespace {
QList<CoreFeatureFactory> &factories()
{
    static QList<CoreFeatureFactory> installed;
    return installed;
}
QList<CoreFeature> &made()
{
    static QList<CoreFeature> features;
    return features;
}
} // namespace

void installCoreFeatures(QList<CoreFeatureFactory> features)
{
    factories() = std::move(features);
    made().clear();
}

const QList<CoreFeature> &installedCoreFeatures()
{
    if (factories().isEmpty())
        qFatal("No features are installed: call casebook::installFeatures() (app/Features.h) "
               "as the program or test starts.");
    if (made().isEmpty())
        for (CoreFeatureFactory make : factories())
            made().append(make());
    return made();
}

} // namespace casebook
