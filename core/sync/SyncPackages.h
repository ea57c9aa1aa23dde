#pragma once

#include "ChangeSet.h"
#include "Package.h"

#include <QString>

namespace casebook {

class Database;

struct ExportOptions
{
    KdfLimits kdf = KdfLimits::moderate();
    // The installation it is for: only what that one is known to lack goes in
    // (everything, for an installation never heard from). Null: everything,
    // for any installation (a new laptop joining the group).
    QUuid recipient;
    ProgressReport progress;
};

// An installation this one has had packages from, and the latest change of
// its own it had made by then.
struct PackagePeer
{
    QUuid id;
    Stamp latest;
};
// Latest first.
QList<PackagePeer> packagePeers(Database &db);

// The largest file `importPackage` reads: a county's whole package is about
// 210 MiB.
constexpr qint64 MaximumPackageBytes = qint64(1) << 30;

struct ExportResult
{
    int changes = 0;
    qint64 bytes = 0;
    QUuid group;
};

struct PackageImport
{
    ImportSummary summary;
    QUuid sender;
    bool ownPackage = false;  // made here: nothing to do
    bool joinedGroup = false; // this installation had no group and joined the package's
};

// This installation's sync group; null before its first export or import.
QUuid syncGroup(Database &db);

// Writes a package of the changes the recipient lacks. The file appears
// complete or not at all (written aside, synced, then renamed). The first
// export makes a new sync group whose passphrase this is; later ones check
// the passphrase against it.
ExportResult exportPackage(Database &db, const QString &path, const QByteArray &passphrase,
                           const ExportOptions &options = {});

// Reads, checks and merges a package in one transaction. Refused with a clear
// message, changing nothing: not a regular file, larger than
// MaximumPackageBytes, not a package, damaged, cut short, extended, another
// group's, from a newer Casebook, KDF limits above the caps, wrong
// passphrase, a clock too far ahead, counting on changes this installation
// has not had (Error::Kind::MissingBase). A package made here is a no-op. An
// installation with no group joins the package's.
PackageImport importPackage(Database &db, const QString &path, const QByteArray &passphrase,
                            const ProgressReport &progress = {});

} // namespace casebook
