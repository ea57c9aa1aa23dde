#pragma once

#include <QList>
#include <QString>

namespace casebook {

class RecordKind;

// What one feature adds to core: its kinds of record, each with its fields,
// labels, rules and, for every field that names another record, what deleting
// that record does (see OnDelete). The feature's folder declares it (e.g.
// childrenFeature() in children/ChildRecords.h); app/Features.cpp lists the
// features and installs them, with their verbs and pages, as the program
// starts. See docs/adding-a-feature.md.
struct CoreFeature
{
    QString name; // "children": the folder's name in core, cli and ui
    QList<const RecordKind *> recordKinds;
};

using CoreFeatureFactory = CoreFeature (*)();

// Called once, before anything reads or writes records. The declarations are
// made on first use, once the application and its translations exist: a
// record kind translates its labels as it is made.
void installCoreFeatures(QList<CoreFeatureFactory> features);
// Stops the program, saying why, when no features are installed: code that
// deletes or checks records without them would miss what refers to them.
const QList<CoreFeature> &installedCoreFeatures();

} // namespace casebook
